"""Where objects live: what every directory shares, and the `directory` value of a create or move.

Each kind of directory is defined with what it holds (app directories in `app`, flow directories
in `flow`, ...), because each refers to the other: `flow.move(directory)` takes a FlowDirectory
and `directory.flows()` lists Flows. This module is what they all build on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Generic, Protocol, Self, TypeVar

from ikigai.components._base import Component, check_name
from ikigai.components._context import Context
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
from ikigai_wire.models.directory_type import DirectoryType
from ikigai_wire.models.get_directory_response import GetDirectoryResponse
from ikigai_wire.models.no_directory import NoDirectory
from ikigai_wire.types import UNSET, Unset

__all__ = [
    "AppScopedDirectory",
    "Directory",
    "DirectoryOperations",
    "NewDirectory",
    "list_directories",
    "placement",
    "wire_parent_id",
]


@dataclass(eq=False)
class Directory(Component):
    """A directory: a named folder that can hold objects of one kind and other directories."""

    directory_id: str
    name: str
    parent_id: str
    _ctx: Context = field(repr=False)

    directory_type: ClassVar[DirectoryType]

    @property
    def id(self) -> str:
        return self.directory_id

    def reference(self) -> DirectoryRef:
        """The wire reference that places an object in this directory."""
        return DirectoryRef(
            directory_id=self.directory_id, type_=self.directory_type, name=self.name
        )


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


class _Create(Protocol):
    def __call__(
        self, api: SyncApi, /, *, body: CreateAppDirectoryRequest
    ) -> DirectoryIdResponse: ...


class _Get(Protocol):
    def __call__(
        self, api: SyncApi, /, *, project_id: str, directory_id: str
    ) -> GetDirectoryResponse: ...


class _List(Protocol):
    def __call__(
        self, api: SyncApi, /, *, project_id: str, directory_id: str | Unset = ...
    ) -> DirectoryList: ...


@dataclass(frozen=True)
class DirectoryOperations:
    """The calls of one kind of directory inside an app: unbound methods of `SyncApi`."""

    create: _Create
    get: _Get
    list_children: _List


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


DirT = TypeVar("DirT", bound=AppScopedDirectory)


def list_directories(
    ctx: Context, kind: type[DirT], app_id: str, parent_id: str | None
) -> list[DirT]:
    """The directories of that kind in the app: all of them, nested ones included (None), or
    the direct children of one directory."""
    found = kind.operations.list_children(
        ctx.api, project_id=app_id, directory_id=UNSET if parent_id is None else parent_id
    )
    return [kind.of(ctx, wire, app_id) for wire in found.directories]


class NewDirectory(Generic[DirT]):
    """`app.<kind>_directory.new(name).parent(directory).build()` for datasets, flows, models."""

    def __init__(self, ctx: Context, kind: type[DirT], app_id: str, name: str) -> None:
        self._ctx = ctx
        self._kind = kind
        self._app_id = app_id
        self._name = check_name(name, "a directory's name")
        self._parent: DirT | None = None

    def parent(self, directory: DirT) -> Self:
        placement(directory, self._kind)
        self._parent = directory
        return self

    def build(self) -> DirT:
        ctx, operations = self._ctx, self._kind.operations
        body = CreateAppDirectoryRequest(
            directory=CreateAppDirectoryRequestDirectory(
                name=self._name,
                project_id=self._app_id,
                parent_id=self._parent.directory_id if self._parent else "",
            )
        )
        created = operations.create(ctx.api, body=body)
        found = operations.get(ctx.api, project_id=self._app_id, directory_id=created.directory_id)
        return self._kind.of(ctx, found.directory, self._app_id)
