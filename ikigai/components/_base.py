"""What every component shares: dumping, dict-by-name collections, browsers, times, checks."""

from __future__ import annotations

import dataclasses
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from typing import Any, ClassVar, Generic, Protocol, Self, TypeVar

from ikigai.display.html import component_html, listing_html
from ikigai.errors import ArgumentTypeError, InvalidArgumentError, NotFoundError

__all__ = [
    "Browser",
    "Component",
    "Described",
    "Editable",
    "Factory",
    "NamedMapping",
    "check_email",
    "check_flag",
    "check_name",
    "check_text",
    "epoch_text",
    "from_epoch",
]


class Component:
    """A platform object shown to the user (a dataclass whose private fields start with `_`)."""

    def model_dump(self) -> dict[str, Any]:
        """The public fields as a dict (what `repr` shows)."""
        return {
            field.name: getattr(self, field.name)
            for field in dataclasses.fields(self)  # type: ignore[arg-type]
            if not field.name.startswith("_")
        }

    def to_dict(self) -> dict[str, Any]:
        """The same as `model_dump()`."""
        return self.model_dump()

    def _repr_html_(self) -> str:
        return component_html(self)


class Editable(Component):
    """A component that is renamed through its `_edit` (the edit call of its kind)."""

    name: str
    kind: ClassVar[str] = "object"

    def _edit(self, **changes: Any) -> None:
        raise NotImplementedError

    def rename(self, name: str) -> Self:
        """Give it a new name."""
        self._edit(name=check_name(name, f"a {self.kind}'s name"))
        self.name = name
        return self


class Described(Editable):
    """An editable component with a description."""

    description: str

    def update_description(self, description: str) -> Self:
        """Replace its description."""
        self._edit(description=check_text(description, "a description"))
        self.description = description
        return self


class Named(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def id(self) -> str: ...


T = TypeVar("T", bound=Named)
B = TypeVar("B")


class NamedMapping(Generic[T]):
    """A listing of platform objects, looked up by name like a dict.

    `mapping["name"]` raises KeyError when no object, or more than one, has that name;
    `get_id(id)` looks up by id. `in` takes a name or an object.
    """

    def __init__(self, items: Iterable[T], kind: str) -> None:
        self._items = list(items)
        self._kind = kind

    def __getitem__(self, name: str) -> T:
        found = [item for item in self._items if item.name == name]
        if not found:
            raise KeyError(f"no {self._kind} named {name!r}")
        if len(found) > 1:
            raise KeyError(f"{len(found)} {self._kind}s are named {name!r}; use get_id()")
        return found[0]

    def get(self, name: str, default: T | None = None) -> T | None:
        try:
            return self[name]
        except KeyError:
            return default

    def get_id(self, id: str) -> T:
        for item in self._items:
            if item.id == id:
                return item
        raise KeyError(f"no {self._kind} with id {id!r}")

    def search(self, query: str) -> NamedMapping[T]:
        """The listed objects whose name contains `query` (ignoring case); no request is sent."""
        wanted = query.lower()
        return NamedMapping(
            [item for item in self._items if wanted in item.name.lower()], self._kind
        )

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str):
            return any(item.name == key for item in self._items)
        key_id: object = getattr(key, "id", None)
        return any(item.id == key_id for item in self._items)

    def __iter__(self) -> Iterator[str]:
        """The names, each once."""
        return iter(self.keys())

    def __len__(self) -> int:
        return len(self._items)

    def keys(self) -> list[str]:
        return list(dict.fromkeys(item.name for item in self._items))

    def values(self) -> list[T]:
        return list(self._items)

    def items(self) -> list[tuple[str, T]]:
        return [(item.name, item) for item in self._items]

    def __repr__(self) -> str:
        return f"NamedMapping({self._kind}s: {self.keys()!r})"

    def _repr_html_(self) -> str:
        return listing_html(self._items, self._kind)


class Browser(ABC, Generic[T]):
    """`browser()` lists everything, `browser["name"]` asks the platform for one object by
    name (KeyError when there is none), `browser.search("text")` searches names."""

    kind: str = "object"

    def __call__(self) -> NamedMapping[T]:
        return NamedMapping(self._list(), self.kind)

    def __getitem__(self, name: str) -> T:
        try:
            return self._get(name)
        except NotFoundError as error:
            raise KeyError(f"no {self.kind} named {name!r} ({error.message})") from error

    def search(self, query: str) -> NamedMapping[T]:
        return NamedMapping(self._search(query), self.kind)

    @abstractmethod
    def _list(self) -> list[T]: ...

    @abstractmethod
    def _get(self, name: str) -> T: ...

    @abstractmethod
    def _search(self, query: str) -> list[T]: ...


class Factory(Generic[B]):
    """`something.new(name)`: starts a builder."""

    def __init__(self, make: Callable[[str], B]) -> None:
        self._make = make

    def new(self, name: str) -> B:
        return self._make(name)


def from_epoch(text: str) -> datetime:
    """A wire timestamp (a string of epoch seconds) as an aware UTC datetime."""
    return datetime.fromtimestamp(int(text), tz=UTC)


def epoch_text(moment: datetime) -> str:
    """An aware or naive (local time) datetime as a wire timestamp (whole epoch seconds)."""
    return str(int(moment.timestamp()))


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


def check_email(email: str, what: str = "email") -> str:
    if not isinstance(email, str) or not _EMAIL.match(email):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise InvalidArgumentError(f"{what} {email!r} is not an e-mail address")
    return email


def check_text(value: object, what: str) -> str:
    """`value` when it is a str (a description, say); else an ArgumentTypeError."""
    if not isinstance(value, str):
        raise ArgumentTypeError(f"{what} must be a str, not {value!r}")
    return value


def check_flag(value: object, what: str) -> bool:
    """`value` when it is a bool; else an ArgumentTypeError."""
    if not isinstance(value, bool):
        raise ArgumentTypeError(f"{what} must be a bool, not {value!r}")
    return value


def check_name(name: str, what: str) -> str:
    if not isinstance(name, str) or not name.strip():  # pyright: ignore[reportUnnecessaryIsInstance]
        raise InvalidArgumentError(f"{what} must be a non-empty string, not {name!r}")
    return name
