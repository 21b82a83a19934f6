"""Models of an app, and their versions (made by flow runs that train them).

model = app.model.new("lasso").model_type(model_types.Linear.Lasso).build()
app.models()["lasso"].versions()["initial"].describe()

The builders carry the published client's names too (`ModelBuilder` is `NewModel`,
`ModelDirectoryBuilder` is `NewModelDirectory`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar, Protocol, Self

from ikigai.components._base import (
    Described,
    DescribedBuilder,
    NamedMapping,
    Version,
    from_epoch,
)
from ikigai.components._context import Context
from ikigai.components._placement import (
    AppObjectBrowser,
    AppObjects,
    AppScopedDirectory,
    DirectoryOperations,
    NewDirectory,
    PlacedBuilder,
    placement,
)
from ikigai.errors import ArgumentTypeError, InvalidArgumentError
from ikigai.specs.model_types import SubModelType
from ikigai_wire.bound import SyncApi
from ikigai_wire.models.create_model_request import CreateModelRequest
from ikigai_wire.models.create_model_request_model import CreateModelRequestModel
from ikigai_wire.models.delete_model_request import DeleteModelRequest
from ikigai_wire.models.directory_type import DirectoryType as WireDirectoryType
from ikigai_wire.models.edit_model_request import EditModelRequest
from ikigai_wire.models.edit_model_request_model import EditModelRequestModel
from ikigai_wire.models.model import Model as WireModel
from ikigai_wire.models.model_ref import ModelRef
from ikigai_wire.models.model_version import ModelVersion as WireModelVersion

__all__ = [
    "Model",
    "ModelBrowser",
    "ModelBuilder",
    "ModelDirectory",
    "ModelDirectoryBuilder",
    "ModelVersion",
    "NewModel",
    "NewModelDirectory",
]


class ModelKind(Protocol):
    """Anything that names a model type and a sub-model type (`ikigai.typing.ModelType`): a
    model, or a sub-model type of `ikigai.model_types`."""

    @property
    def model_type(self) -> str: ...

    @property
    def sub_model_type(self) -> str: ...


@dataclass(eq=False)
class ModelVersion(Version):
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

    def describe(self) -> dict[str, Any]:
        """Everything the platform says about this version, as it says it."""
        found = self._ctx.api.get_model_version(project_id=self.app_id, version_id=self.version_id)
        return found.model_version.to_dict()


@dataclass(eq=False)
class Model(Described):
    """A model of an app, of one model type and sub-model type. Printing it shows its
    `repr()`."""

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
        """Everything the platform says about the model, as it says it: times are epoch-second
        strings (as the published client gives them; the attributes hold datetimes)."""
        return _get_by_id(self._ctx, self.app_id, self.model_id).to_dict()

    def versions(self) -> NamedMapping[ModelVersion]:
        """The trained versions of the model, by version name."""
        ctx = self._ctx
        found = ctx.api.get_model_versions(project_id=self.app_id, model_id=self.model_id)
        versions = [ModelVersion.from_wire(ctx, self.app_id, wire) for wire in found.versions]
        return NamedMapping(versions, kind="model version")

    def move(self, directory: ModelDirectory | None) -> Self:
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


_MODELS = AppObjects(
    "model",
    Model.from_wire,
    every=SyncApi.get_all_models_for_project,
    in_directory=SyncApi.get_models_in_directory,
    search=SyncApi.search_models_for_project,
    items=lambda found: found.models,
    by_name=SyncApi.get_model_by_name,
    item=lambda found: found.model,
)


class ModelBrowser(AppObjectBrowser[Model]):
    """`app.models`: call it to list, index it by name, or `search()`."""

    def __init__(self, ctx: Context, app_id: str) -> None:
        super().__init__(ctx, app_id, _MODELS)


def _kind_of(model_type: object) -> tuple[str, str]:
    """(model type, sub-model type) of a sub-model type of `ikigai.model_types`, or of anything
    with `model_type` and `sub_model_type` strings (a Model)."""
    if isinstance(model_type, SubModelType):
        return model_type.model_type, model_type.name
    kind: object = getattr(model_type, "model_type", None)
    sub_kind: object = getattr(model_type, "sub_model_type", None)
    if isinstance(kind, str) and isinstance(sub_kind, str) and kind and sub_kind:
        return kind, sub_kind
    raise ArgumentTypeError(
        f"model_type must be a sub-model type such as model_types.Linear.Lasso, not {model_type!r}"
    )


class NewModel(PlacedBuilder["ModelDirectory"], DescribedBuilder):
    """`app.model.new(name).model_type(model_types.Linear.Lasso).description(d).build()`."""

    noun = "model"

    def __init__(self, ctx: Context, app_id: str, name: str | None = None) -> None:
        super().__init__(ctx, ModelDirectory, name)
        self._app_id = app_id
        self._model_type: tuple[str, str] | None = None

    def model_type(self, model_type: SubModelType | ModelKind) -> Self:
        """The sub-model type, e.g. `ikigai.model_types.Linear.Lasso` (or a model whose type
        to copy)."""
        self._model_type = _kind_of(model_type)
        return self

    def build(self) -> Model:
        name = self._built_name()
        if self._model_type is None:
            raise InvalidArgumentError(
                f"model {name!r} needs a model type: call .model_type(...) before build()"
            )
        ctx = self._ctx
        kind, sub_kind = self._model_type
        body = CreateModelRequest(
            model=CreateModelRequestModel(
                project_id=self._app_id,
                name=name,
                directory=self._placement(),
                model_type=kind,
                sub_model_type=sub_kind,
                description=self._description,
            )
        )
        created = ctx.api.create_model(body=body)
        return Model.from_wire(ctx, _get_by_id(ctx, self._app_id, created.model_id))


@dataclass(eq=False)
class ModelDirectory(AppScopedDirectory):
    """A directory of models inside an app."""

    directory_type: ClassVar[WireDirectoryType] = WireDirectoryType.MODEL
    operations: ClassVar[DirectoryOperations] = DirectoryOperations(
        SyncApi.create_model_directory,
        SyncApi.get_model_directory,
        SyncApi.get_model_directories_for_project,
    )

    def models(self) -> NamedMapping[Model]:
        """The models directly in this directory."""
        return _MODELS.in_directory_listing(self._ctx, self.app_id, self.directory_id)


class NewModelDirectory(NewDirectory[ModelDirectory]):
    """`app.model_directory.new(name).parent(directory).build()`."""

    def __init__(self, ctx: Context, app_id: str, name: str | None = None) -> None:
        super().__init__(ctx, ModelDirectory, app_id, name)


ModelBuilder = NewModel
"""The published client's name for `NewModel`."""

ModelDirectoryBuilder = NewModelDirectory
"""The published client's name for `NewModelDirectory`."""
