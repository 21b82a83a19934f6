"""Collections of named specs that answer to any spelling of a name (see `normalize`).

An unknown name raises `UnknownNameError`, both a KeyError and an AttributeError, whether it
was looked up as `x["name"]` or as `x.name`: the published client raises AttributeError for
both, and `hasattr()` needs it for the second."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from ikigai._names import did_you_mean, display, normalize
from ikigai.errors import UnknownNameError

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
    """How errors name an item, e.g. "facet type"."""
    missing = "entry"
    """The word of the published client's message for a missing item, e.g. "facet"."""

    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        self._ordered: list[T] = []
        self._by_key: dict[str, T] = {}
        self._listed: dict[str, T] = {}
        for key, item in entries:
            self._ordered.append(item)
            self._by_key.setdefault(normalize(key), item)
            self._listed.setdefault(normalize(key), item)
        for item in self._ordered:
            self._by_key.setdefault(normalize(item.name), item)

    def by_key(self) -> dict[str, T]:
        """The items by the normalised key the platform lists each under, in order."""
        return dict(self._listed)

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
            raise UnknownNameError(self._unknown(name))
        return found

    if not TYPE_CHECKING:
        # Hidden from type checkers, so that a misspelt attribute is an error there: the
        # catalog's typed view (`ikigai_catalog`) declares the names it knows, and any other
        # name is reached as `x["name"]`.
        def __getattr__(self, name: str) -> T:
            if name.startswith("_"):
                raise AttributeError(name)
            found = self.get(name)
            if found is None:
                raise UnknownNameError(self._unknown(name))
            return found

    def __dir__(self) -> list[str]:
        """The attributes, and the items' names as attributes (for tab completion)."""
        names = {normalize(item.name).upper() for item in self._ordered}
        names |= {item.name for item in self._ordered if item.name.isidentifier()}
        return sorted(set(super().__dir__()) | names)

    def __contains__(self, name: object) -> bool:
        if isinstance(name, str):
            return self.get(name) is not None
        return name in self._ordered

    def __iter__(self) -> Iterator[T]:
        return iter(self._ordered)

    def __len__(self) -> int:
        return len(self._ordered)

    def _unknown(self, name: str) -> str:
        return (
            f"{display(name)} {self.missing} does not exist: "
            f"{self.owner} has no {self.what} {name!r}{did_you_mean(name, self.types)}"
        )

    @property
    def owner(self) -> str:
        """How errors name this collection."""
        return type(self).__name__
