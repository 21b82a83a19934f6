"""Collections of named specs that answer to any spelling of a name (see `normalize`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Generic, Protocol, TypeVar

from ikigai._names import did_you_mean, normalize

__all__ = ["NameLookup"]


class _Named(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def is_hidden(self) -> bool: ...


T = TypeVar("T", bound=_Named)


class NameLookup(Generic[T]):
    """Items in order, found by attribute (`x.Lasso`), by key (`x["Drop Columns"]`) or with `in`.

    `entries` pairs each item with the key the platform lists it under; its name is a key too.
    """

    what = "an entry"

    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        self._ordered: list[T] = []
        self._by_key: dict[str, T] = {}
        for key, item in entries:
            self._ordered.append(item)
            self._by_key.setdefault(normalize(key), item)
        for item in self._ordered:
            self._by_key.setdefault(normalize(item.name), item)

    @property
    def types(self) -> list[str]:
        """The names, hidden ones left out."""
        return [item.name for item in self._ordered if not item.is_hidden]

    def get(self, name: str) -> T | None:
        if not isinstance(name, str):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(f"{self.what} is looked up by its name, a str, not {name!r}")
        return self._by_key.get(normalize(name))

    def __getitem__(self, name: str) -> T:
        found = self.get(name)
        if found is None:
            raise KeyError(self._unknown(name))
        return found

    def __getattr__(self, name: str) -> T:
        if name.startswith("_"):
            raise AttributeError(name)
        found = self.get(name)
        if found is None:
            raise AttributeError(self._unknown(name))
        return found

    def __contains__(self, name: object) -> bool:
        if isinstance(name, str):
            return self.get(name) is not None
        return name in self._ordered

    def __iter__(self) -> Iterator[T]:
        return iter(self._ordered)

    def __len__(self) -> int:
        return len(self._ordered)

    def _unknown(self, name: str) -> str:
        return f"{self.owner} has no {self.what} {name!r}{did_you_mean(name, self.types)}"

    @property
    def owner(self) -> str:
        """How errors name this collection."""
        return type(self).__name__
