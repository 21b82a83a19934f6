"""How names are matched and shown: one rule for facet types, model types and sub-model types;
and `Helpful`, the base of what shows a help text (`ikigai.typing.Helpful`)."""

from __future__ import annotations

import difflib
from abc import ABC, abstractmethod
from collections.abc import Generator, Iterable

__all__ = ["Helpful", "did_you_mean", "display", "normalize"]


class Helpful(ABC):
    """Subclasses yield their help text line by line from `_help()`; `help()` returns it as
    one string."""

    @abstractmethod
    def _help(self) -> Generator[str]: ...

    def help(self) -> str:
        """The help text, its lines joined."""
        return "\n".join(self._help())


def normalize(name: str) -> str:
    """The lookup key of a name: lower case, without underscores and spaces.

    `DROP_COLUMNS`, `drop_columns`, `DropColumns` and `Drop Columns` are all `dropcolumns`.
    """
    return name.lower().replace("_", "").replace(" ", "")


def display(name: str) -> str:
    """A name as help text shows it (`IMPORTED` -> `Imported`, `Ai Cast` -> `Ai Cast`)."""
    return name.title()


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """` (did you mean 'x'?)` for the closest known name, or `` when none is close."""
    candidates = list(known)
    by_key = {normalize(candidate): candidate for candidate in candidates}
    close = difflib.get_close_matches(normalize(name), list(by_key), n=1, cutoff=0.6)
    if close:
        return f" (did you mean {by_key[close[0]]!r}?)"
    close = difflib.get_close_matches(name, candidates, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""
