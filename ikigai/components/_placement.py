"""Where objects live: what every directory shares, the `directory` value of a create or move,
the builders of what lives in a directory, and how the objects of an app are listed.

Each kind of directory is defined with what it holds (app directories in `app`, flow directories
in `flow`, ...), because each refers to the other: `flow.move(directory)` takes a FlowDirectory
and `directory.flows()` lists Flows. This module is what they all build on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar, Generic, Protocol, Self, TypedDict, TypeVar

from ikigai.components._base import Browser, Component, Identified, NamedBuilder, NamedMapping
from ikigai.components._context import Context, warn_if_truncated
from ikigai.errors import InvalidArgumentError
from ikigai_wire.bound import SyncApi
from ikigai_wire.models.create_app_directory_request import CreateAppDirectoryRequest
from ikigai_wire.models.create_app_directory_request_directory import (
    CreateAppDirectoryRequestDirectory,
)
from ikigai_wire.models.directory import Directory as WireDirectory
from ikigai_wire.models.directory_id_response import DirectoryIdResponse
from ikigai_wire.models.directory_list import DirectoryList
from ikigai_wire.models.directory_ref import DirectoryRef
from ikigai_wire.models.directory_type import DirectoryType as WireDirectoryType
from ikigai_wire.models.get_directory_response import GetDirectoryResponse
from ikigai_wire.models.no_directory import NoDirectory
from ikigai_wire.types import UNSET, Unset

__all__ = [
    "AppObjectBrowser",
    "AppObjects",
    "AppScopedDirectory",
    "Directory",
    "DirectoryBuilder",
    "DirectoryDict",
    "DirectoryOperations",
    "DirectoryProtocol",
    "DirectoryType",
    "NamedDirectoryDict",
    "NewDirectory",
    "PlacedBuilder",
    "app_directories",
    "list_directories",
    "placement",
    "wire_parent_id",
]


class DirectoryType(StrEnum):
    """What a directory holds; the values are the platform's words (an app is a PROJECT, a
    flow a PIPELINE)."""

    APP = "PROJECT"
    DATASET = "DATASET"
    FLOW = "PIPELINE"
    MODEL = "MODEL"


class DirectoryDict(TypedDict):
    """A directory as a dict: its id and its type."""

    directory_id: str
    type: DirectoryType


class NamedDirectoryDict(DirectoryDict):
    """A directory as `to_dict()` gives it: its id, its type and its name."""

    name: str


class DirectoryProtocol(Protocol):
    """What any directory has (`ikigai.typing.Directory`): an id, a type, and `to_dict()`."""

    @property
    def directory_id(self) -> str: ...

    @property
    def type(self) -> DirectoryType: ...

    def to_dict(self) -> DirectoryDict: ...


@dataclass(eq=False)
class Directory(Component):
    """A directory: a named folder that can hold objects of one kind and other directories."""

    directory_id: str
    name: str
    parent_id: str
    _ctx: Context = field(repr=False)

    directory_type: ClassVar[WireDirectoryType]

    @property
    def id(self) -> str:
        return self.directory_id

    @property
    def type(self) -> DirectoryType:
        """What the directory holds (`DirectoryType.APP`, `.DATASET`, `.FLOW`, `.MODEL`)."""
        return DirectoryType(self.directory_type.value)

    def to_dict(self) -> NamedDirectoryDict:  # type: ignore[override]  # pyright: ignore[reportIncompatibleMethodOverride]
        """`{"directory_id", "type", "name"}`, as the published client gives it."""
        return {"directory_id": self.directory_id, "type": self.type, "name": self.name}

    def reference(self) -> DirectoryRef:
        """The wire reference that places an object in this directory."""
        return DirectoryRef(
            directory_id=self.directory_id, type_=self.directory_type, name=self.name
        )

    def directories(self) -> NamedMapping[Self]:
        """The directories of the same kind directly inside this one."""
        return NamedMapping(self._children(), kind=_listed_as(type(self)))

    def _children(self) -> Sequence[Self]:
        raise NotImplementedError


def _listed_as(kind: type[Directory]) -> str:
    """How a listing names directories of this kind: "dataset directory", "app directory"."""
    return f"{DirectoryType(kind.directory_type.value).name.lower()} directory"


def placement(directory: Directory | None, expected: type[Directory]) -> DirectoryRef | NoDirectory:
    """The `directory` value of a create or move: a reference, or `{}` for the root."""
    if directory is None:
        return NoDirectory()
    if not isinstance(directory, expected):
        raise InvalidArgumentError(
            f"expected a {expected.__name__} (or None for the root), not {type(directory).__name__}"
        )
    return directory.reference()


def wire_parent_id(wire: WireDirectory) -> str:
    """The parent's id as the wire gives it, "" at the root."""
    return "" if isinstance(wire.parent_id, Unset) else wire.parent_id


# The shapes of the calls on the objects of an app, as unbound methods of `SyncApi`.

R_co = TypeVar("R_co", covariant=True)


class _InApp(Protocol[R_co]):
    def __call__(self, api: SyncApi, /, *, project_id: str) -> R_co: ...


class _InDirectory(Protocol[R_co]):
    def __call__(self, api: SyncApi, /, *, project_id: str, directory_id: str) -> R_co: ...


class _Searched(Protocol[R_co]):
    def __call__(self, api: SyncApi, /, *, project_id: str, query: str) -> R_co: ...


class _ByName(Protocol[R_co]):
    def __call__(self, api: SyncApi, /, *, project_id: str, name: str) -> R_co: ...


class _Create(Protocol):
    def __call__(
        self, api: SyncApi, /, *, body: CreateAppDirectoryRequest
    ) -> DirectoryIdResponse: ...


class _Children(Protocol):
    def __call__(
        self, api: SyncApi, /, *, project_id: str, directory_id: str | Unset = ...
    ) -> DirectoryList: ...


@dataclass(frozen=True)
class DirectoryOperations:
    """The calls of one kind of directory inside an app: unbound methods of `SyncApi`."""

    create: _Create
    get: _InDirectory[GetDirectoryResponse]
    list_children: _Children


@dataclass(eq=False)
class AppScopedDirectory(Directory):
    """A dataset, flow or model directory: it belongs to one app."""

    app_id: str = ""

    operations: ClassVar[DirectoryOperations]

    @classmethod
    def of(cls, ctx: Context, wire: WireDirectory, app_id: str) -> Self:
        return cls(wire.directory_id, wire.name, wire_parent_id(wire), ctx, app_id)

    def _children(self) -> list[Self]:
        return list_directories(self._ctx, type(self), self.app_id, self.directory_id)


DirT = TypeVar("DirT", bound=Directory)
ScopedT = TypeVar("ScopedT", bound=AppScopedDirectory)


def list_directories(
    ctx: Context, kind: type[ScopedT], app_id: str, parent_id: str | None
) -> list[ScopedT]:
    """The directories of that kind in the app: all of them, nested ones included (None), or
    the direct children of one directory."""
    found = kind.operations.list_children(
        ctx.api, project_id=app_id, directory_id=UNSET if parent_id is None else parent_id
    )
    return [kind.of(ctx, wire, app_id) for wire in found.directories]


def app_directories(ctx: Context, kind: type[ScopedT], app_id: str) -> NamedMapping[ScopedT]:
    """Every directory of that kind in the app, nested ones included."""
    return NamedMapping(list_directories(ctx, kind, app_id, None), kind=_listed_as(kind))


# ---- builders of what lives in a directory --------------------------------------------------


class _PlacingBuilder(NamedBuilder, Generic[DirT]):
    """A builder of an object created in a directory of one kind (or at the top)."""

    def __init__(self, ctx: Context, kind: type[DirT], name: str | None = None) -> None:
        super().__init__(ctx, name)
        self._kind = kind
        self._directory: DirT | None = None

    def new(self, name: str) -> Self:
        """Name the new object."""
        self._name = self._checked(name)
        return self

    def _place(self, directory: DirT | None) -> Self:
        placement(directory, self._kind)
        self._directory = directory
        return self

    def _placement(self) -> DirectoryRef | NoDirectory:
        return placement(self._directory, self._kind)


class PlacedBuilder(_PlacingBuilder[DirT]):
    """A builder of an app, dataset, flow or model: `.directory(d)` chooses where it goes."""

    def directory(self, directory: DirT | None) -> Self:
        """Create it in `directory` (None: at the top: the app's root, or the user's)."""
        return self._place(directory)


class DirectoryBuilder(_PlacingBuilder[DirT]):
    """A builder of a directory: `.parent(d)` creates it inside another of the same kind."""

    noun = "directory"

    def parent(self, parent: DirT) -> Self:
        """Create it inside `parent` (a directory of the same kind)."""
        return self._place(parent)

    def _parent_id(self) -> str:
        return "" if self._directory is None else self._directory.directory_id


class NewDirectory(DirectoryBuilder[ScopedT]):
    """`app.<kind>_directory.new(name).parent(directory).build()` for datasets, flows, models
    (each kind has its own subclass)."""

    def __init__(
        self, ctx: Context, kind: type[ScopedT], app_id: str, name: str | None = None
    ) -> None:
        super().__init__(ctx, kind, name)
        self._app_id = app_id

    def build(self) -> ScopedT:
        ctx, operations = self._ctx, self._kind.operations
        body = CreateAppDirectoryRequest(
            directory=CreateAppDirectoryRequestDirectory(
                name=self._built_name(),
                project_id=self._app_id,
                parent_id=self._parent_id(),
            )
        )
        created = operations.create(ctx.api, body=body)
        found = operations.get(ctx.api, project_id=self._app_id, directory_id=created.directory_id)
        return self._kind.of(ctx, found.directory, self._app_id)


# ---- the objects of an app, listed ----------------------------------------------------------


class _ListAnswer(Protocol):
    """A list the platform answers, with its note that it cut the list short."""

    @property
    def limit_warning(self) -> object: ...


L = TypeVar("L", bound=_ListAnswer)
G = TypeVar("G")
W = TypeVar("W")
T = TypeVar("T", bound=Identified)


@dataclass(frozen=True)
class AppObjects(Generic[L, G, W, T]):
    """One kind of object in an app (datasets, flows, models) as the platform lists it: the
    calls that list it (the app's, or one directory's), search it and get one by name (unbound
    methods of `SyncApi`), where their answers hold it, and how the client makes one."""

    kind: str
    make: Callable[[Context, W], T]
    every: _InApp[L]
    in_directory: _InDirectory[L]
    search: _Searched[L]
    items: Callable[[L], Sequence[W]]
    by_name: _ByName[G]
    item: Callable[[G], W]

    def listed(self, ctx: Context, app_id: str, directory_id: str | None) -> list[T]:
        """Every one of the app (None), or those directly in one directory."""
        found = (
            self.every(ctx.api, project_id=app_id)
            if directory_id is None
            else self.in_directory(ctx.api, project_id=app_id, directory_id=directory_id)
        )
        return self._made(ctx, found)

    def in_directory_listing(self, ctx: Context, app_id: str, directory_id: str) -> NamedMapping[T]:
        """Those directly in one directory, by name."""
        return NamedMapping(self.listed(ctx, app_id, directory_id), kind=self.kind)

    def named(self, ctx: Context, app_id: str, name: str) -> T:
        return self.make(ctx, self.item(self.by_name(ctx.api, project_id=app_id, name=name)))

    def searched(self, ctx: Context, app_id: str, query: str) -> list[T]:
        return self._made(ctx, self.search(ctx.api, project_id=app_id, query=query))

    def _made(self, ctx: Context, found: L) -> list[T]:
        warn_if_truncated(f"{self.kind}s", found.limit_warning)
        return [self.make(ctx, wire) for wire in self.items(found)]


class AppObjectBrowser(Browser[T]):
    """`app.datasets`, `app.flows`, `app.models`: call it to list, index it by name, or
    `search()`."""

    def __init__(self, ctx: Context, app_id: str, objects: AppObjects[Any, Any, Any, T]) -> None:
        self._ctx = ctx
        self._app_id = app_id
        self._objects = objects
        self.kind = objects.kind

    def _list(self) -> list[T]:
        return self._objects.listed(self._ctx, self._app_id, None)

    def _get(self, name: str) -> T:
        return self._objects.named(self._ctx, self._app_id, name)

    def _search(self, query: str) -> list[T]:
        return self._objects.searched(self._ctx, self._app_id, query)
