"""What every component shares: dumping, equality, dict-by-name listings, browsers, times,
checks."""

from __future__ import annotations

import dataclasses
import re
from abc import ABC, abstractmethod
from collections.abc import (
    ItemsView,
    Iterable,
    Iterator,
    KeysView,
    Mapping,
    Sequence,
    ValuesView,
)
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, ClassVar, Generic, Protocol, Self, TypeVar, cast, overload

from ikigai.components._context import Context
from ikigai.display.html import component_html, listing_html
from ikigai.errors import ArgumentTypeError, InvalidArgumentError, NotFoundError
from ikigai_wire.models.user_ref import UserRef
from ikigai_wire.types import UNSET, Unset

__all__ = [
    "Access",
    "AgentAccessBuilder",
    "AgentAccessible",
    "Browser",
    "Component",
    "ComponentNotFoundError",
    "Described",
    "DescribedBuilder",
    "Editable",
    "Identified",
    "ListingView",
    "Named",
    "NamedBuilder",
    "NamedMapping",
    "NamesView",
    "ObjectsView",
    "PairsView",
    "Version",
    "check_email",
    "check_flag",
    "check_name",
    "check_text",
    "check_unicode",
    "dump_fields",
    "epoch_text",
    "from_epoch",
    "named_builder_name",
]


def dump_fields(value: object) -> dict[str, Any]:
    """The public fields of a dataclass as a dict (what `model_dump()` gives)."""
    return {
        field.name: getattr(value, field.name)
        for field in dataclasses.fields(value)  # type: ignore[arg-type]
        if not field.name.startswith("_")
    }


class Component:
    """A platform object shown to the user (a dataclass whose private fields start with `_`)."""

    def model_dump(self) -> dict[str, Any]:
        """The public fields as a dict (what `repr` shows)."""
        return dump_fields(self)

    def to_dict(self) -> dict[str, Any]:
        """The same as `model_dump()` (some kinds leave out what the published client leaves
        out)."""
        return self.model_dump()

    def __eq__(self, other: object) -> bool:
        """Two objects of one kind are equal when their public fields are (fetched twice, an
        object equals itself)."""
        if type(other) is not type(self):
            return NotImplemented
        return self.model_dump() == other.model_dump()

    def __hash__(self) -> int:
        return hash((type(self).__name__, getattr(self, "id", None)))

    def _repr_html_(self) -> str:
        return component_html(self)


class Editable(Component):
    """A component that is changed through its `_edit` (the edit call of its kind)."""

    kind: ClassVar[str] = "object"

    def _edit(self, **changes: Any) -> None:
        raise NotImplementedError

    def _update(self, field: str, value: object) -> Self:
        """Change one field on the platform, then here."""
        self._edit(**{field: value})
        setattr(self, field, value)
        return self

    def rename(self, name: str) -> Self:
        """Give it a new name."""
        return self._update("name", check_name(name, f"a {self.kind}'s name"))


class Described(Editable):
    """An editable component with a description."""

    def update_description(self, description: str) -> Self:
        """Replace its description."""
        return self._update("description", check_text(description, "a description"))


class Version(Component):
    """A saved version of an object (a model's, a custom facet's): known by its `version_id`,
    named by its `version`."""

    version_id: str
    version: str

    @property
    def id(self) -> str:
        return self.version_id

    @property
    def name(self) -> str:
        """The version's name (`version`)."""
        return self.version


class AgentAccessible(Editable):
    """An editable component that AI agents may be allowed to use (a dataset, a flow)."""

    def update_agent_access(self, agent_access: bool) -> Self:
        """Whether AI agents may use it."""
        return self._update("agent_access", check_flag(agent_access, "agent_access"))


class NamedBuilder:
    """What every builder of a component shares: the client's session, and the name of what it
    builds (given to the constructor or to `.new(name)`, checked at once)."""

    noun: ClassVar[str] = "object"
    """What it builds, as messages name it: "dataset", "app directory"."""

    def __init__(self, ctx: Context, name: str | None = None) -> None:
        self._ctx = ctx
        self._name = None if name is None else self._checked(name)

    def _checked(self, name: str) -> str:
        article = "an" if self.noun[:1] in "aeiou" else "a"
        return check_name(name, f"{article} {self.noun}'s name")

    def _built_name(self) -> str:
        """The name for `build()`: an error naming the call when none was given."""
        return named_builder_name(self._name, f"the {self.noun}")


class DescribedBuilder(NamedBuilder):
    """A builder whose object has a description ("" unless `.description(text)` gives one)."""

    _description: str = ""

    def description(self, description: str) -> Self:
        self._description = check_text(description, "a description")
        return self


class AgentAccessBuilder(NamedBuilder):
    """A builder whose object AI agents may be allowed to use (the platform's default unless
    `.agent_access(flag)` chooses)."""

    _agent_access: bool | Unset = UNSET

    def agent_access(self, agent_access: bool) -> Self:
        self._agent_access = check_flag(agent_access, "agent_access")
        return self


class Named(Protocol):
    """What a listing is made of: objects with a name."""

    @property
    def name(self) -> str: ...


class Identified(Named, Protocol):
    """A named object that knows its own id (every component does)."""

    @property
    def id(self) -> str: ...


VT = TypeVar("VT", bound=Named)
T = TypeVar("T", bound=Identified)
E = TypeVar("E")


class ComponentNotFoundError(NotFoundError, KeyError):
    """No object of that name: the platform's 404 (a RuntimeError, as the published client
    raises) that is also a KeyError, as a missing key of a dict is."""

    def __str__(self) -> str:
        return Exception.__str__(self)  # the message as written, not quoted as KeyError does


class NamedMapping(Mapping[str, VT]):
    """A listing of platform objects, looked up by name like a dict.

    `mapping["name"]` raises KeyError when no object, or more than one, has that name;
    `get_id(id)` looks up by id. `in` takes a name or an object. `keys()` are the names (each
    once), `values()` every object, `items()` (name, object) pairs; `==` compares the objects
    by id with another listing, by name with a dict.

    Made from `{id: object}` (as the published client makes it) or from objects that have an
    `id`; `kind` names the objects in messages.
    """

    def __init__(
        self, mapping: Mapping[str, VT] | Iterable[VT] = (), *, kind: str = "item"
    ) -> None:
        if isinstance(mapping, Mapping):
            entries = cast("Mapping[str, VT]", mapping)
            self._entries = list(entries.items())
        else:
            self._entries = [(_id_of(item), item) for item in mapping]
        self._kind = kind

    def __getitem__(self, key: str) -> VT:
        found = [item for _, item in self._entries if item.name == key]
        if not found:
            raise KeyError(f"no {self._kind} named {key!r}")
        if len(found) > 1:
            raise KeyError(f"{len(found)} {self._kind}s are named {key!r}; use get_id()")
        return found[0]

    def get(self, key: str, default: Any = None) -> Any:  # pyright: ignore[reportIncompatibleMethodOverride]
        """The object named `key`, or `default` when none (or several) is."""
        try:
            return self[key]
        except KeyError:
            return default

    def get_id(self, id: str) -> VT:
        """The object whose id is `id` (KeyError when none is)."""
        for item_id, item in self._entries:
            if item_id == id:
                return item
        raise KeyError(f"no {self._kind} with id {id!r}")

    def search(self, query: str) -> NamedMapping[VT]:
        """The listed objects whose name contains `query` (ignoring case); no request is sent."""
        wanted = query.lower()
        return NamedMapping(
            {item_id: item for item_id, item in self._entries if wanted in item.name.lower()},
            kind=self._kind,
        )

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str):
            return any(item.name == key for _, item in self._entries)
        key_id: object = getattr(key, "id", None)
        return any(
            item is key or (key_id is not None and item_id == key_id)
            for item_id, item in self._entries
        )

    def __iter__(self) -> Iterator[str]:
        """The names, each once."""
        return iter(dict.fromkeys(item.name for _, item in self._entries))

    def __len__(self) -> int:
        """How many objects are listed (two with one name count twice)."""
        return len(self._entries)

    def keys(self) -> NamesView:
        """The names, each once."""
        return NamesView(self)

    def values(self) -> ObjectsView[VT]:
        """Every object, in the platform's order (two with one name are both there)."""
        return ObjectsView(self)

    def items(self) -> PairsView[VT]:
        """(name, object) of every object."""
        return PairsView(self)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, NamedMapping):
            theirs = cast("NamedMapping[Named]", other)
            return dict(self._entries) == dict(theirs._entries)
        if isinstance(other, Mapping):
            names = [item.name for _, item in self._entries]
            if len(set(names)) < len(names):
                return False
            return dict(self.items()) == dict(cast("Mapping[object, object]", other).items())
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # a listing compares by contents

    def __repr__(self) -> str:
        return f"NamedMapping({self._kind}s: {list(self.keys())!r})"

    def _repr_html_(self) -> str:
        rows = [
            _Row(item.name, item_id, getattr(item, "modified_at", None))
            for item_id, item in self._entries
        ]
        return listing_html(rows, self._kind)


def _id_of(item: object) -> str:
    found: object = getattr(item, "id", None)
    if not isinstance(found, str):
        raise ArgumentTypeError(
            f"NamedMapping takes {{id: object}} or objects with an id, not {type(item).__name__}"
        )
    return found


@dataclasses.dataclass(frozen=True)
class _Row:
    name: str
    id: str
    modified_at: object


class ListingView(Sequence[E]):
    """What the views of a NamedMapping add to those of a dict: `len`, indexing and slicing
    over a snapshot of the listing, as the lists they once were gave."""

    def _snapshot(self) -> list[E]:
        raise NotImplementedError

    def __len__(self) -> int:
        return len(self._snapshot())

    @overload
    def __getitem__(self, index: int) -> E: ...

    @overload
    def __getitem__(self, index: slice) -> list[E]: ...

    def __getitem__(self, index: int | slice) -> E | list[E]:
        return self._snapshot()[index]

    def __iter__(self) -> Iterator[E]:
        return iter(self._snapshot())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._snapshot()!r})"


class NamesView(ListingView[str], KeysView[str]):
    """The names of a listing, each once."""

    _mapping: NamedMapping[Any]

    def _snapshot(self) -> list[str]:
        return list(iter(self._mapping))

    def __contains__(self, key: object) -> bool:
        return key in self._snapshot()


class ObjectsView(ListingView[VT], ValuesView[VT]):
    """The objects of a listing, in the platform's order."""

    _mapping: NamedMapping[VT]

    def _snapshot(self) -> list[VT]:
        return [item for _, item in self._mapping._entries]  # pyright: ignore[reportPrivateUsage]

    def __contains__(self, value: object) -> bool:
        return value in self._snapshot()


class PairsView(ListingView[tuple[str, VT]], ItemsView[str, VT]):
    """(name, object) of each object of a listing."""

    _mapping: NamedMapping[VT]

    def _snapshot(self) -> list[tuple[str, VT]]:
        return [(item.name, item) for _, item in self._mapping._entries]  # pyright: ignore[reportPrivateUsage]

    def __contains__(self, pair: object) -> bool:
        return pair in self._snapshot()


class Browser(ABC, Generic[T]):
    """`browser()` lists everything, `browser["name"]` asks the platform for one object by
    name, `browser.search("text")` searches names.

    A name the platform does not know raises `ComponentNotFoundError`: a `NotFoundError`
    (and so a RuntimeError) that is also a KeyError.
    """

    kind: str = "object"

    def __call__(self) -> NamedMapping[T]:
        return NamedMapping(self._list(), kind=self.kind)

    def __getitem__(self, name: str) -> T:
        try:
            return self._get(name)
        except NotFoundError as error:
            raise ComponentNotFoundError(
                error.operation,
                error.status,
                f"no {self.kind} named {name!r} ({error.message})",
                error.request_id,
            ) from error

    def search(self, query: str) -> NamedMapping[T]:
        return NamedMapping(self._search(query), kind=self.kind)

    @abstractmethod
    def _list(self) -> list[T]: ...

    @abstractmethod
    def _get(self, name: str) -> T: ...

    @abstractmethod
    def _search(self, query: str) -> list[T]: ...


LevelT = TypeVar("LevelT", bound=StrEnum)
BodyT = TypeVar("BodyT")


class Access(ABC, Generic[LevelT, BodyT]):
    """Who else may use an object (an app, a custom facet), and how. `grant`, `update` and
    `revoke` each return the same object; `BodyT` is the request that shares it."""

    levels: ClassVar[type[StrEnum]]
    """The access levels it takes (by member, or by a member's name or value in any case)."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def model_dump(self) -> dict[str, Any]:
        """`{}`: sharing has no fields of its own (ask the platform for who has access)."""
        return {}

    def grant(self, email: str, access_level: LevelT | str) -> Self:
        """Share it with the user of `email`."""
        self._share(self._request(check_email(email), self._level(access_level)))
        return self

    def update(self, email: str, access_level: LevelT | str) -> Self:
        """Change what the user of `email` may do with it."""
        self._change(self._request(check_email(email), self._level(access_level)))
        return self

    def revoke(self, email: str) -> Self:
        """Stop sharing it with the user of `email`."""
        self._unshare(UserRef(email=check_email(email)))
        return self

    def _level(self, level: object) -> str:
        """The wire value of `level`."""
        if isinstance(level, self.levels):
            return level.value
        if isinstance(level, str):
            for member in self.levels:
                if level.upper() in (member.name, member.value):
                    return member.value
        allowed = ", ".join(member.name for member in self.levels)
        raise InvalidArgumentError(f"access level {level!r} is not one of {allowed}")

    @abstractmethod
    def _request(self, email: str, level: str) -> BodyT:
        """The request that gives the user of `email` the access level `level` (a wire value)."""

    @abstractmethod
    def _share(self, body: BodyT) -> None: ...

    @abstractmethod
    def _change(self, body: BodyT) -> None: ...

    @abstractmethod
    def _unshare(self, user: UserRef) -> None: ...


def named_builder_name(name: str | None, what: str) -> str:
    """The name given to a builder's `new(name)`; an error naming the call when none was."""
    if name is None:
        raise InvalidArgumentError(f"{what} has no name: call .new(name) before build()")
    return name


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
    return check_unicode(value, what)


def check_flag(value: object, what: str) -> bool:
    """`value` when it is a bool; else an ArgumentTypeError."""
    if not isinstance(value, bool):
        raise ArgumentTypeError(f"{what} must be a bool, not {value!r}")
    return value


def check_name(name: str, what: str) -> str:
    if not isinstance(name, str) or not name.strip():  # pyright: ignore[reportUnnecessaryIsInstance]
        raise InvalidArgumentError(f"{what} must be a non-empty string, not {name!r}")
    return check_unicode(name, what)


def check_unicode(text: str, what: str) -> str:
    """`text` when UTF-8 can carry it; a lone surrogate (such as "\\ud800") it cannot."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise InvalidArgumentError(
            f"{what} {text!r} is not valid Unicode: a lone surrogate at position {error.start}"
        ) from None
    return text
