"""Models of an app, and their versions (made by flow runs that train them).

model = app.model.new("lasso").model_type(model_types.Linear.Lasso).build()
app.models()["lasso"].versions()["initial"].describe()
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

from ikigai.components._base import (
    Browser,
    Component,
    Described,
    NamedMapping,
    check_name,
    check_text,
    from_epoch,
)
from ikigai.components._context import Context, warn_if_truncated
from ikigai.components._placement import AppScopedDirectory, DirectoryOperations, placement
from ikigai.errors import ArgumentTypeError, InvalidArgumentError
from ikigai.specs.model_types import SubModelType
from ikigai_wire.bound import SyncApi
from ikigai_wire.models.create_model_request import CreateModelRequest
from ikigai_wire.models.create_model_request_model import CreateModelRequestModel
from ikigai_wire.models.delete_model_request import DeleteModelRequest
from ikigai_wire.models.directory_type import DirectoryType
from ikigai_wire.models.edit_model_request import EditModelRequest
from ikigai_wire.models.edit_model_request_model import EditModelRequestModel
from ikigai_wire.models.model import Model as WireModel
from ikigai_wire.models.model_ref import ModelRef
from ikigai_wire.models.model_version import ModelVersion as WireModelVersion

__all__ = ["Model", "ModelBrowser", "ModelDirectory", "ModelVersion", "NewModel", "list_models"]


@dataclass(eq=False)
class ModelVersion(Component):
    """A trained snapshot of a model: the hyperparameters it used and the metrics it reached."""

    app_id: str
    model_id: str
    version_id: str
    version: str
    hyperparameters: dict[str, Any]
    metrics: dict[str, Any]
    created_at: datetime
    modified_at: datetime
    _ctx: Context = field(repr=False)

    @classmethod
    def from_wire(cls, ctx: Context, app_id: str, wire: WireModelVersion) -> ModelVersion:
        return cls(
            app_id=app_id,
            model_id=wire.model_id,
            version_id=wire.version_id,
            version=wire.version,
            hyperparameters=wire.hyperparameters.to_dict(),
            metrics=wire.metrics.to_dict(),
            created_at=from_epoch(wire.created_at),
            modified_at=from_epoch(wire.modified_at),
            _ctx=ctx,
        )

    @property
    def id(self) -> str:
        return self.version_id

    @property
    def name(self) -> str:
        """The version's name (`version`)."""
        return self.version

    def describe(self) -> dict[str, Any]:
        """Everything the platform says about this version, as it says it."""
        found = self._ctx.api.get_model_version(project_id=self.app_id, version_id=self.version_id)
        return found.model_version.to_dict()


@dataclass(eq=False)
class Model(Described):
    """A model of an app, of one model type and sub-model type."""

    kind: ClassVar[str] = "model"

    app_id: str
    model_id: str
    name: str
    model_type: str
    sub_model_type: str
    description: str
    created_at: datetime
    modified_at: datetime
    _ctx: Context = field(repr=False)

    @classmethod
    def from_wire(cls, ctx: Context, wire: WireModel) -> Model:
        return cls(
            app_id=wire.project_id,
            model_id=wire.model_id,
            name=wire.name,
            model_type=wire.model_type,
            sub_model_type=wire.sub_model_type,
            description=wire.description,
            created_at=from_epoch(wire.created_at),
            modified_at=from_epoch(wire.modified_at),
            _ctx=ctx,
        )

    @property
    def id(self) -> str:
        return self.model_id

    def describe(self) -> dict[str, Any]:
        """Everything the platform says about the model, as it says it."""
        return _get_by_id(self._ctx, self.app_id, self.model_id).to_dict()

    def versions(self) -> NamedMapping[ModelVersion]:
        """The trained versions of the model, by version name."""
        ctx = self._ctx
        found = ctx.api.get_model_versions(project_id=self.app_id, model_id=self.model_id)
        versions = [ModelVersion.from_wire(ctx, self.app_id, wire) for wire in found.versions]
        return NamedMapping(versions, "model version")

    def move(self, directory: ModelDirectory | None) -> Model:
        """Put the model into `directory` (None: the app's root)."""
        self._edit(directory=placement(directory, ModelDirectory))
        return self

    def delete(self) -> None:
        body = DeleteModelRequest(model=ModelRef(project_id=self.app_id, model_id=self.model_id))
        self._ctx.api.delete_model(body=body)

    def _edit(self, **changes: Any) -> None:
        body = EditModelRequest(
            model=EditModelRequestModel(project_id=self.app_id, model_id=self.model_id, **changes)
        )
        self._ctx.api.edit_model(body=body)


def _get_by_id(ctx: Context, app_id: str, model_id: str) -> WireModel:
    return ctx.api.get_model_by_id(project_id=app_id, model_id=model_id).model


def list_models(ctx: Context, app_id: str, directory_id: str | None) -> list[Model]:
    """Every model of the app (None), or the models directly in one directory."""
    found = (
        ctx.api.get_all_models_for_project(project_id=app_id)
        if directory_id is None
        else ctx.api.get_models_in_directory(project_id=app_id, directory_id=directory_id)
    )
    warn_if_truncated("models", found.limit_warning)
    return [Model.from_wire(ctx, wire) for wire in found.models]


class ModelBrowser(Browser[Model]):
    """`app.models`: call it to list, index it by name, or `search()`."""

    kind = "model"

    def __init__(self, ctx: Context, app_id: str) -> None:
        self._ctx = ctx
        self._app_id = app_id

    def _list(self) -> list[Model]:
        return list_models(self._ctx, self._app_id, None)

    def _get(self, name: str) -> Model:
        ctx = self._ctx
        found = ctx.api.get_model_by_name(project_id=self._app_id, name=name)
        return Model.from_wire(ctx, found.model)

    def _search(self, query: str) -> list[Model]:
        ctx = self._ctx
        found = ctx.api.search_models_for_project(project_id=self._app_id, query=query)
        warn_if_truncated("models", found.limit_warning)
        return [Model.from_wire(ctx, wire) for wire in found.models]


class NewModel:
    """`app.model.new(name).model_type(model_types.Linear.Lasso).description(d).build()`."""

    def __init__(self, ctx: Context, app_id: str, name: str) -> None:
        self._ctx = ctx
        self._app_id = app_id
        self._name = check_name(name, "a model's name")
        self._model_type: SubModelType | None = None
        self._description = ""
        self._directory: ModelDirectory | None = None

    def model_type(self, model_type: SubModelType) -> NewModel:
        """The sub-model type, e.g. `ikigai.model_types.Linear.Lasso`."""
        if not isinstance(model_type, SubModelType):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise ArgumentTypeError(
                "model_type must be a sub-model type such as model_types.Linear.Lasso, "
                f"not {model_type!r}"
            )
        self._model_type = model_type
        return self

    def description(self, description: str) -> NewModel:
        check_text(description, "a description")
        self._description = description
        return self

    def directory(self, directory: ModelDirectory | None) -> NewModel:
        placement(directory, ModelDirectory)
        self._directory = directory
        return self

    def build(self) -> Model:
        if self._model_type is None:
            raise InvalidArgumentError(
                f"model {self._name!r} needs a model type: call .model_type(...) before build()"
            )
        ctx = self._ctx
        body = CreateModelRequest(
            model=CreateModelRequestModel(
                project_id=self._app_id,
                name=self._name,
                directory=placement(self._directory, ModelDirectory),
                model_type=self._model_type.model_type,
                sub_model_type=self._model_type.name,
                description=self._description,
            )
        )
        created = ctx.api.create_model(body=body)
        return Model.from_wire(ctx, _get_by_id(ctx, self._app_id, created.model_id))


@dataclass(eq=False)
class ModelDirectory(AppScopedDirectory):
    """A directory of models inside an app."""

    directory_type: ClassVar[DirectoryType] = DirectoryType.MODEL
    operations: ClassVar[DirectoryOperations] = DirectoryOperations(
        SyncApi.create_model_directory,
        SyncApi.get_model_directory,
        SyncApi.get_model_directories_for_project,
    )

    def directories(self) -> NamedMapping[ModelDirectory]:
        """The model directories directly inside this one."""
        return NamedMapping(self._children(), "model directory")

    def models(self) -> NamedMapping[Model]:
        """The models directly in this directory."""
        return NamedMapping(list_models(self._ctx, self.app_id, self.directory_id), "model")
