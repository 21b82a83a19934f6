"""Apps, the folders of everything else (datasets, flows, models, their directories), and the
directories of apps.

apps = ikigai.apps()                 # every app, by name
app = ikigai.apps["my app"]          # one, asked by name
app = ikigai.app.new("sales").description("...").build()
app.datasets(), app.flows(), app.models(), app.describe()
folder = ikigai.app_directory.new("Team").build(); folder.apps()

The builders carry the published client's names too (`AppBuilder` is `NewApp`,
`AppDirectoryBuilder` is `NewAppDirectory`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ikigai.components._base import (
    Access,
    Browser,
    Described,
    DescribedBuilder,
    NamedMapping,
    from_epoch,
)
from ikigai.components._context import Context, warn_if_truncated
from ikigai.components._placement import (
    Directory,
    DirectoryBuilder,
    PlacedBuilder,
    app_directories,
    placement,
    wire_parent_id,
)
from ikigai.errors import UnexpectedResponseError
from ikigai_wire.models.app import App as WireApp
from ikigai_wire.models.app_access_level import AppAccessLevel as WireAppAccessLevel
from ikigai_wire.models.create_project_directory_request import CreateProjectDirectoryRequest
from ikigai_wire.models.create_project_directory_request_directory import (
    CreateProjectDirectoryRequestDirectory,
)
from ikigai_wire.models.create_project_request import CreateProjectRequest
from ikigai_wire.models.create_project_request_project import CreateProjectRequestProject
from ikigai_wire.models.delete_project_directory_request import DeleteProjectDirectoryRequest
from ikigai_wire.models.delete_project_directory_request_directory import (
    DeleteProjectDirectoryRequestDirectory,
)
from ikigai_wire.models.delete_project_request import DeleteProjectRequest
from ikigai_wire.models.directory import Directory as WireDirectory
from ikigai_wire.models.directory_type import DirectoryType as WireDirectoryType
from ikigai_wire.models.edit_project_request import EditProjectRequest
from ikigai_wire.models.edit_project_request_project import EditProjectRequestProject
from ikigai_wire.models.project_access_request import ProjectAccessRequest
from ikigai_wire.models.project_access_request_user import ProjectAccessRequestUser
from ikigai_wire.models.project_list import ProjectList
from ikigai_wire.models.project_ref import ProjectRef
from ikigai_wire.models.unshare_project_request import UnshareProjectRequest
from ikigai_wire.models.user_ref import UserRef

if TYPE_CHECKING:
    from ikigai.components.dataset import (
        DatasetBrowser,
        DatasetDirectory,
        NewDataset,
        NewDatasetDirectory,
    )
    from ikigai.components.flow import FlowBrowser, FlowDirectory, NewFlow, NewFlowDirectory
    from ikigai.components.model import ModelBrowser, ModelDirectory, NewModel, NewModelDirectory

__all__ = [
    "App",
    "AppAccess",
    "AppAccessLevel",
    "AppBrowser",
    "AppBuilder",
    "AppDirectory",
    "AppDirectoryBuilder",
    "NewApp",
    "NewAppDirectory",
]


class AppAccessLevel(StrEnum):
    """What a user may do in a shared app."""

    OWNER = "OWNER"
    BUILDER = "BUILDER"
    VIEWER = "VIEWER"


@dataclass(eq=False)
class App(Described):
    """An app. Printing it shows its name, as the published client's guide shows (the
    published client itself prints its fields); `repr()` shows its fields."""

    kind: ClassVar[str] = "app"

    app_id: str
    name: str
    owner: str
    description: str
    created_at: datetime
    modified_at: datetime
    last_used_at: datetime
    _ctx: Context = field(repr=False)

    @classmethod
    def from_wire(cls, ctx: Context, wire: WireApp) -> App:
        return cls(
            app_id=wire.project_id,
            name=wire.name,
            owner=wire.owner,
            description=wire.description,
            created_at=from_epoch(wire.created_at),
            modified_at=from_epoch(wire.modified_at),
            last_used_at=from_epoch(wire.last_used_at),
            _ctx=ctx,
        )

    def __str__(self) -> str:
        return self.name

    @property
    def id(self) -> str:
        return self.app_id

    def describe(self) -> dict[str, Any]:
        """`{"app": {...}, "components": {...}}`: the app's fields (`model_dump()`, times as
        datetimes), and everything in it by kind as the platform says it (times as epoch-second
        strings). The published client gives the same mix."""
        found = self._ctx.api.get_components_for_project(project_id=self.app_id)
        components = found.project_components.additional_properties.get(self.app_id)
        if components is None:
            raise UnexpectedResponseError(
                "get_components_for_project", f"no components listed for app {self.app_id!r}"
            )
        return {"app": self.model_dump(), "components": components.to_dict()}

    # ---- what it holds -----------------------------------------------------------------------
    # (each noun's module loads when first used: a script that lists apps loads none of them)

    @property
    def datasets(self) -> DatasetBrowser:
        """`app.datasets()` lists them, `app.datasets["name"]` gets one, `.search(text)`."""
        from ikigai.components.dataset import DatasetBrowser

        return DatasetBrowser(self._ctx, self.app_id)

    @property
    def dataset(self) -> NewDataset:
        """`app.dataset.new(name)...build()`."""
        from ikigai.components.dataset import NewDataset

        return NewDataset(self._ctx, self.app_id)

    @property
    def flows(self) -> FlowBrowser:
        from ikigai.components.flow import FlowBrowser

        return FlowBrowser(self._ctx, self.app_id)

    @property
    def flow(self) -> NewFlow:
        """`app.flow.new(name)...build()`."""
        from ikigai.components.flow import NewFlow

        return NewFlow(self._ctx, self.app_id)

    @property
    def models(self) -> ModelBrowser:
        from ikigai.components.model import ModelBrowser

        return ModelBrowser(self._ctx, self.app_id)

    @property
    def model(self) -> NewModel:
        """`app.model.new(name).model_type(...).build()`."""
        from ikigai.components.model import NewModel

        return NewModel(self._ctx, self.app_id)

    def dataset_directories(self) -> NamedMapping[DatasetDirectory]:
        """Every dataset directory of the app, nested ones included."""
        from ikigai.components.dataset import DatasetDirectory

        return app_directories(self._ctx, DatasetDirectory, self.app_id)

    @property
    def dataset_directory(self) -> NewDatasetDirectory:
        """`app.dataset_directory.new(name).parent(directory).build()`."""
        from ikigai.components.dataset import NewDatasetDirectory

        return NewDatasetDirectory(self._ctx, self.app_id)

    def flow_directories(self) -> NamedMapping[FlowDirectory]:
        """Every flow directory of the app, nested ones included."""
        from ikigai.components.flow import FlowDirectory

        return app_directories(self._ctx, FlowDirectory, self.app_id)

    @property
    def flow_directory(self) -> NewFlowDirectory:
        """`app.flow_directory.new(name).parent(directory).build()`."""
        from ikigai.components.flow import NewFlowDirectory

        return NewFlowDirectory(self._ctx, self.app_id)

    def model_directories(self) -> NamedMapping[ModelDirectory]:
        """Every model directory of the app, nested ones included."""
        from ikigai.components.model import ModelDirectory

        return app_directories(self._ctx, ModelDirectory, self.app_id)

    @property
    def model_directory(self) -> NewModelDirectory:
        """`app.model_directory.new(name).parent(directory).build()`."""
        from ikigai.components.model import NewModelDirectory

        return NewModelDirectory(self._ctx, self.app_id)

    @cached_property
    def access(self) -> AppAccess:
        """Share the app: `grant`, `update`, `revoke` (each returns the same `AppAccess`)."""
        return AppAccess(self._ctx, self.app_id)

    # ---- changing ----------------------------------------------------------------------------

    def move(self, directory: AppDirectory | None) -> Self:
        """Put the app into `directory` (None: the top level)."""
        self._edit(directory=placement(directory, AppDirectory))
        return self

    def delete(self) -> None:
        """Delete the app and everything in it."""
        body = DeleteProjectRequest(project=ProjectRef(project_id=self.app_id))
        self._ctx.api.delete_project(body=body)

    def _edit(self, **changes: Any) -> None:
        body = EditProjectRequest(
            project=EditProjectRequestProject(project_id=self.app_id, **changes)
        )
        self._ctx.api.edit_project(body=body)


class AppAccess(Access[AppAccessLevel, ProjectAccessRequest]):
    """Who else may use an app, and how."""

    levels = AppAccessLevel

    def __init__(self, ctx: Context, app_id: str) -> None:
        super().__init__(ctx)
        self._project = ProjectRef(project_id=app_id)

    def _request(self, email: str, level: str) -> ProjectAccessRequest:
        user = ProjectAccessRequestUser(email=email, project_access_level=WireAppAccessLevel(level))
        return ProjectAccessRequest(project=self._project, user=user)

    def _share(self, body: ProjectAccessRequest) -> None:
        self._ctx.api.share_project(body=body)

    def _change(self, body: ProjectAccessRequest) -> None:
        self._ctx.api.edit_project_access_level_for_user(body=body)

    def _unshare(self, user: UserRef) -> None:
        self._ctx.api.unshare_project(body=UnshareProjectRequest(project=self._project, user=user))


def list_apps(ctx: Context, directory_id: str | None) -> list[App]:
    """Every app of the user (None), or the apps directly in one app directory."""
    found = (
        ctx.api.get_all_projects_for_user()
        if directory_id is None
        else ctx.api.get_projects_in_directory(directory_id=directory_id)
    )
    return _apps(ctx, found)


def _apps(ctx: Context, found: ProjectList) -> list[App]:
    warn_if_truncated("apps", found.limit_warning)
    return [App.from_wire(ctx, wire) for wire in found.projects]


class AppBrowser(Browser[App]):
    """`ikigai.apps`: call it to list, index it by name, or `search()`."""

    kind = "app"

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def _list(self) -> list[App]:
        return list_apps(self._ctx, None)

    def _get(self, name: str) -> App:
        return App.from_wire(self._ctx, self._ctx.api.get_project_by_name(name=name).project)

    def _search(self, query: str) -> list[App]:
        return _apps(self._ctx, self._ctx.api.search_projects_for_user(query=query))


class NewApp(PlacedBuilder["AppDirectory"], DescribedBuilder):
    """`ikigai.app.new(name).description(text).directory(app_directory).build()`; the calls
    before `build()` come in any order."""

    noun = "app"

    def __init__(self, ctx: Context, name: str | None = None) -> None:
        super().__init__(ctx, AppDirectory, name)

    def build(self) -> App:
        ctx = self._ctx
        body = CreateProjectRequest(
            project=CreateProjectRequestProject(
                name=self._built_name(),
                description=self._description,
                directory=self._placement(),
            )
        )
        created = ctx.api.create_project(body=body)
        found = ctx.api.get_project_by_id(project_id=created.project_id)
        return App.from_wire(ctx, found.project)


# ---- app directories ---------------------------------------------------------------------


@dataclass(eq=False)
class AppDirectory(Directory):
    """A directory of apps (each user has their own tree)."""

    directory_type: ClassVar[WireDirectoryType] = WireDirectoryType.PROJECT

    @classmethod
    def from_wire(cls, ctx: Context, wire: WireDirectory) -> AppDirectory:
        return cls(wire.directory_id, wire.name, wire_parent_id(wire), ctx)

    def _children(self) -> list[AppDirectory]:
        return list_app_directories(self._ctx, self.directory_id)

    def apps(self) -> NamedMapping[App]:
        """The apps directly in this directory."""
        return NamedMapping(list_apps(self._ctx, self.directory_id), kind="app")

    def delete(self) -> None:
        body = DeleteProjectDirectoryRequest(
            directory=DeleteProjectDirectoryRequestDirectory(directory_id=self.directory_id)
        )
        self._ctx.api.delete_project_directory(body=body)


def list_app_directories(ctx: Context, parent_id: str | None) -> list[AppDirectory]:
    """Every app directory of the user (None), or the children of one directory."""
    found = (
        ctx.api.get_all_project_directories_for_user()
        if parent_id is None
        else ctx.api.get_project_subdirectories(directory_id=parent_id)
    )
    return [AppDirectory.from_wire(ctx, wire) for wire in found.directories]


class NewAppDirectory(DirectoryBuilder[AppDirectory]):
    """`ikigai.app_directory.new(name).parent(directory).build()`."""

    noun = "app directory"

    def __init__(self, ctx: Context, name: str | None = None) -> None:
        super().__init__(ctx, AppDirectory, name)

    def build(self) -> AppDirectory:
        ctx = self._ctx
        body = CreateProjectDirectoryRequest(
            directory=CreateProjectDirectoryRequestDirectory(
                name=self._built_name(),
                parent_id=self._parent_id(),
            )
        )
        created = ctx.api.create_project_directory(body=body)
        found = ctx.api.get_project_directory(directory_id=created.directory_id)
        return AppDirectory.from_wire(ctx, found.directory)


AppBuilder = NewApp
"""The published client's name for `NewApp`."""

AppDirectoryBuilder = NewAppDirectory
"""The published client's name for `NewAppDirectory`."""
