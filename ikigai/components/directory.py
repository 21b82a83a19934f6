"""Directories: app directories (per user) and dataset, flow and model directories (per app).

folder = ikigai.app_directory.new("Team").build()
inner = app.dataset_directory.new("raw").parent(outer).build()
inner.datasets(), outer.directories()
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Generic, Self, TypeVar

from ikigai._context import Context
from ikigai.components._base import Component, NamedMapping, check_name
from ikigai.components.dataset import Dataset, list_datasets
from ikigai.components.flow import Flow, list_flows
from ikigai.components.model import Model, list_models
from ikigai.errors import InvalidArgumentError
from ikigai_wire.api.directories import (
    create_dataset_directory,
    create_model_directory,
    create_pipeline_directory,
    create_project_directory,
    delete_project_directory,
    get_dataset_directories_for_project,
    get_dataset_directory,
    get_model_directories_for_project,
    get_model_directory,
    get_pipeline_directories_for_project,
    get_pipeline_directory,
    get_project_directories_for_user,
    get_project_directory,
)
from ikigai_wire.models.create_app_directory_request import CreateAppDirectoryRequest
from ikigai_wire.models.create_app_directory_request_directory import (
    CreateAppDirectoryRequestDirectory,
)
from ikigai_wire.models.create_project_directory_request import CreateProjectDirectoryRequest
from ikigai_wire.models.create_project_directory_request_directory import (
    CreateProjectDirectoryRequestDirectory,
)
from ikigai_wire.models.delete_project_directory_request import DeleteProjectDirectoryRequest
from ikigai_wire.models.delete_project_directory_request_directory import (
    DeleteProjectDirectoryRequestDirectory,
)
from ikigai_wire.models.directory import Directory as WireDirectory
from ikigai_wire.models.directory_id_response import DirectoryIdResponse
from ikigai_wire.models.directory_list import DirectoryList
from ikigai_wire.models.directory_ref import DirectoryRef
from ikigai_wire.models.directory_type import DirectoryType
from ikigai_wire.models.error_message import ErrorMessage
from ikigai_wire.models.get_directory_response import GetDirectoryResponse
from ikigai_wire.models.no_directory import NoDirectory
from ikigai_wire.types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ikigai.components.app import App

__all__ = [
    "AppDirectory",
    "AppScopedDirectory",
    "DatasetDirectory",
    "Directory",
    "FlowDirectory",
    "ModelDirectory",
    "NewAppDirectory",
    "NewDirectory",
    "list_app_directories",
    "list_directories",
    "placement",
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


def _text(value: str | Unset) -> str:
    return "" if isinstance(value, Unset) else value


# ---- app directories ---------------------------------------------------------------------


@dataclass(eq=False)
class AppDirectory(Directory):
    """A directory of apps (each user has their own tree)."""

    directory_type: ClassVar[DirectoryType] = DirectoryType.PROJECT

    @classmethod
    def from_wire(cls, ctx: Context, wire: WireDirectory) -> AppDirectory:
        return cls(wire.directory_id, wire.name, _text(wire.parent_id), ctx)

    def directories(self) -> NamedMapping[AppDirectory]:
        """The app directories directly inside this one."""
        return NamedMapping(list_app_directories(self._ctx, self.directory_id), "app directory")

    def apps(self) -> NamedMapping[App]:
        """The apps directly in this directory."""
        from ikigai.components.app import list_apps

        return NamedMapping(list_apps(self._ctx, self.directory_id), "app")

    def delete(self) -> None:
        body = DeleteProjectDirectoryRequest(
            directory=DeleteProjectDirectoryRequestDirectory(directory_id=self.directory_id)
        )
        self._ctx.call(
            "delete_project_directory",
            delete_project_directory.sync_detailed,
            client=self._ctx.client,
            body=body,
        )


def list_app_directories(ctx: Context, parent_id: str | None) -> list[AppDirectory]:
    """Every app directory of the user (None), or the children of one directory."""
    found = ctx.call(
        "get_project_directories_for_user",
        get_project_directories_for_user.sync_detailed,
        client=ctx.client,
        fetch_all=parent_id is None,
        directory_id=UNSET if parent_id is None else parent_id,
    )
    return [AppDirectory.from_wire(ctx, wire) for wire in found.directories]


class NewAppDirectory:
    """`ikigai.app_directory.new(name).parent(directory).build()`."""

    def __init__(self, ctx: Context, name: str) -> None:
        self._ctx = ctx
        self._name = check_name(name, "an app directory's name")
        self._parent: AppDirectory | None = None

    def parent(self, directory: AppDirectory) -> NewAppDirectory:
        placement(directory, AppDirectory)
        self._parent = directory
        return self

    def build(self) -> AppDirectory:
        ctx = self._ctx
        body = CreateProjectDirectoryRequest(
            directory=CreateProjectDirectoryRequestDirectory(
                name=self._name,
                parent_id=self._parent.directory_id if self._parent else "",
            )
        )
        created = ctx.call(
            "create_project_directory",
            create_project_directory.sync_detailed,
            client=ctx.client,
            body=body,
        )
        found = ctx.call(
            "get_project_directory",
            get_project_directory.sync_detailed,
            client=ctx.client,
            directory_id=created.directory_id,
        )
        return AppDirectory.from_wire(ctx, found.directory)


# ---- directories inside an app -----------------------------------------------------------

_Create = Callable[..., Response[DirectoryIdResponse | ErrorMessage]]
_Get = Callable[..., Response[ErrorMessage | GetDirectoryResponse]]
_List = Callable[..., Response[DirectoryList | ErrorMessage]]


@dataclass(frozen=True)
class _Operations:
    wire_kind: str
    create: _Create
    get: _Get
    list_children: _List


@dataclass(eq=False)
class AppScopedDirectory(Directory):
    """A dataset, flow or model directory: it belongs to one app."""

    app_id: str = ""

    operations: ClassVar[_Operations]

    @classmethod
    def of(cls, ctx: Context, wire: WireDirectory, app_id: str) -> Self:
        return cls(wire.directory_id, wire.name, _text(wire.parent_id), ctx, app_id)

    def _children(self) -> list[Self]:
        return list_directories(self._ctx, type(self), self.app_id, self.directory_id)


DirT = TypeVar("DirT", bound=AppScopedDirectory)


def list_directories(
    ctx: Context, kind: type[DirT], app_id: str, parent_id: str | None
) -> list[DirT]:
    """The directories of that kind in the app: all of them, nested ones included (None), or
    the direct children of one directory."""
    operations = kind.operations
    found = ctx.call(
        f"get_{operations.wire_kind}_directories_for_project",
        operations.list_children,
        client=ctx.client,
        project_id=app_id,
        directory_id=UNSET if parent_id is None else parent_id,
    )
    return [kind.of(ctx, wire, app_id) for wire in found.directories]


@dataclass(eq=False)
class DatasetDirectory(AppScopedDirectory):
    """A directory of datasets inside an app."""

    directory_type: ClassVar[DirectoryType] = DirectoryType.DATASET
    operations: ClassVar[_Operations] = _Operations(
        "dataset",
        create_dataset_directory.sync_detailed,
        get_dataset_directory.sync_detailed,
        get_dataset_directories_for_project.sync_detailed,
    )

    def directories(self) -> NamedMapping[DatasetDirectory]:
        """The dataset directories directly inside this one."""
        return NamedMapping(self._children(), "dataset directory")

    def datasets(self) -> NamedMapping[Dataset]:
        """The datasets directly in this directory."""
        return NamedMapping(list_datasets(self._ctx, self.app_id, self.directory_id), "dataset")


@dataclass(eq=False)
class FlowDirectory(AppScopedDirectory):
    """A directory of flows inside an app."""

    directory_type: ClassVar[DirectoryType] = DirectoryType.PIPELINE
    operations: ClassVar[_Operations] = _Operations(
        "pipeline",
        create_pipeline_directory.sync_detailed,
        get_pipeline_directory.sync_detailed,
        get_pipeline_directories_for_project.sync_detailed,
    )

    def directories(self) -> NamedMapping[FlowDirectory]:
        """The flow directories directly inside this one."""
        return NamedMapping(self._children(), "flow directory")

    def flows(self) -> NamedMapping[Flow]:
        """The flows directly in this directory."""
        return NamedMapping(list_flows(self._ctx, self.app_id, self.directory_id), "flow")


@dataclass(eq=False)
class ModelDirectory(AppScopedDirectory):
    """A directory of models inside an app."""

    directory_type: ClassVar[DirectoryType] = DirectoryType.MODEL
    operations: ClassVar[_Operations] = _Operations(
        "model",
        create_model_directory.sync_detailed,
        get_model_directory.sync_detailed,
        get_model_directories_for_project.sync_detailed,
    )

    def directories(self) -> NamedMapping[ModelDirectory]:
        """The model directories directly inside this one."""
        return NamedMapping(self._children(), "model directory")

    def models(self) -> NamedMapping[Model]:
        """The models directly in this directory."""
        return NamedMapping(list_models(self._ctx, self.app_id, self.directory_id), "model")


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
        created = ctx.call(
            f"create_{operations.wire_kind}_directory",
            operations.create,
            client=ctx.client,
            body=body,
        )
        found = ctx.call(
            f"get_{operations.wire_kind}_directory",
            operations.get,
            client=ctx.client,
            project_id=self._app_id,
            directory_id=created.directory_id,
        )
        return self._kind.of(ctx, found.directory, self._app_id)
