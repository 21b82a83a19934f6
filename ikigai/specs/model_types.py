"""The model types the platform offers (`ikigai.model_types`), from `get-model-specs`.

model_types.types                   # ['Ai Cast', 'Linear', ...]
model_types.Linear.Lasso            # a sub-model type, any spelling (AI_CAST, aicast ...)
print(model_types.AI_CAST.help())
"""

from __future__ import annotations

import copy
from collections.abc import Generator, Iterator, Mapping, Sequence
from typing import Any, Generic, Self

from typing_extensions import TypeVar

from ikigai._names import Helpful, did_you_mean, display
from ikigai.display.html import help_html
from ikigai.errors import UnknownNameError
from ikigai.specs._lookup import NameLookup
from ikigai.specs.arguments import (
    ModelHyperparameterSpec,
    ModelParameterSpec,
    model_argument_lines,
)
from ikigai.specs.help import Explained, indent, section
from ikigai_wire.models.model_spec import ModelSpec as WireModelSpec
from ikigai_wire.models.model_specs import ModelSpecs as WireModelSpecs
from ikigai_wire.models.sub_model_spec import SubModelSpec as WireSubModelSpec

__all__ = [
    "ModelMetricsSpec",
    "ModelSpec",
    "ModelType",
    "ModelTypes",
    "SubModelSpec",
    "SubModelType",
]


def _heading(name: str, keywords: list[str]) -> list[str]:
    """The first lines of a model type's or sub-model type's help: its name, its keywords."""
    return [f"{display(name)}:", *([f"  keywords: {keywords!r}"] if keywords else [])]


class ModelMetricsSpec(Mapping[str, Any], Helpful):
    """The metrics a sub-model type reports, by kind (`performance`, `feature_importance`).

    A read-only mapping whose keys are lower case; a kind is found in any case
    (`metrics["PERFORMANCE"]`). An unknown kind raises `UnknownNameError` (a KeyError and an
    AttributeError).
    """

    def __init__(self, metrics: Mapping[str, Any] | None = None) -> None:
        self._metrics = {str(kind).lower(): value for kind, value in (metrics or {}).items()}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        return cls(data)

    @property
    def root(self) -> dict[str, Any]:
        """The metrics as a dict."""
        return dict(self._metrics)

    def __getitem__(self, name: str) -> Any:
        key = name.lower() if isinstance(name, str) else name  # pyright: ignore[reportUnnecessaryIsInstance]
        if key not in self._metrics:
            raise UnknownNameError(
                f"{display(str(name))} metric does not exist: the sub-model type reports no metric "
                f"{name!r}{did_you_mean(str(name), list(self._metrics))}"
            )
        return self._metrics[key]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._metrics

    def __iter__(self) -> Iterator[str]:
        return iter(self._metrics)

    def __len__(self) -> int:
        return len(self._metrics)

    def model_dump(self) -> dict[str, Any]:
        return copy.deepcopy(self._metrics)

    def _help(self) -> Generator[str]:
        yield from self.help_lines()

    def help_lines(self) -> list[str]:
        shown = [f"{kind}: {value!r}" for kind, value in self._metrics.items()]
        return section("metrics", shown, "No metrics")

    def __repr__(self) -> str:
        return f"ModelMetricsSpec({self._metrics!r})"


M = TypeVar("M", covariant=True, default=Any)
"""What type checkers know of the hyperparameters and parameters of a sub-model type: the
catalog's typed view (`ikigai_catalog`) names one class per sub-model type; Any elsewhere."""


class SubModelType(Explained, Generic[M]):
    """One sub-model type (e.g. Linear / Lasso): its parameters, hyperparameters and metrics.

    `ikigai.specs.SubModelSpec` is this class (the published client's name). `SubModelType[M]`
    is for type checkers only; the objects are the same whatever M is."""

    def __init__(
        self,
        *,
        name: str,
        model_type: str,
        keywords: list[str] | None = None,
        metrics: Mapping[str, Any] | None = None,
        parameters: Mapping[str, ModelParameterSpec] | None = None,
        hyperparameters: Mapping[str, ModelHyperparameterSpec] | None = None,
        is_hidden: bool = False,
        is_deprecated: bool = False,
    ) -> None:
        self.name = name
        self.model_type = model_type
        self.keywords = list(keywords or [])
        self.metrics = ModelMetricsSpec(metrics)
        self.parameters: Mapping[str, ModelParameterSpec] = dict(parameters or {})
        self.hyperparameters: Mapping[str, ModelHyperparameterSpec] = dict(hyperparameters or {})
        self.is_hidden = is_hidden
        self.is_deprecated = is_deprecated

    @property
    def sub_model_type(self) -> str:
        """The same as `name` (e.g. `Lasso`)."""
        return self.name

    @classmethod
    def from_wire(cls, model_type: str, wire: WireSubModelSpec) -> SubModelType:
        parameters = [
            ModelParameterSpec.from_wire(spec)
            for spec in wire.parameters.additional_properties.values()
        ]
        hyperparameters = [
            ModelHyperparameterSpec.from_wire(spec)
            for spec in wire.hyperparameters.additional_properties.values()
        ]
        return cls(
            name=wire.name,
            model_type=model_type,
            keywords=wire.keywords,
            metrics=wire.metrics.to_dict(),
            parameters={spec.name: spec for spec in parameters},
            hyperparameters={spec.name: spec for spec in hyperparameters},
            is_hidden=wire.is_hidden,
            is_deprecated=wire.is_deprecated,
        )

    @classmethod
    def from_dict(cls, model_type: str, data: Mapping[str, Any]) -> SubModelType:
        """From one sub-model type of the JSON `get-model-specs` answers."""
        return cls.from_wire(model_type, WireSubModelSpec.from_dict(data))

    def model_dump(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "model_type": self.model_type,
            "is_deprecated": self.is_deprecated,
            "is_hidden": self.is_hidden,
            "keywords": list(self.keywords),
            "metrics": self.metrics.model_dump(),
            "parameters": {name: spec.model_dump() for name, spec in self.parameters.items()},
            "hyperparameters": {
                name: spec.model_dump() for name, spec in self.hyperparameters.items()
            },
        }

    def help_lines(self) -> list[str]:
        """Keywords, metrics, parameters and hyperparameters (see `ikigai.specs.arguments`)."""
        lines = _heading(self.name, self.keywords)
        lines += indent(self.metrics.help_lines())
        lines += indent(
            section("parameters", model_argument_lines(self.parameters), "No parameters")
        )
        lines += indent(
            section(
                "hyperparameters",
                model_argument_lines(self.hyperparameters),
                "No hyperparameters",
            )
        )
        return lines

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SubModelType):
            return NotImplemented
        return (self.model_type, self.name) == (other.model_type, other.name)

    def __hash__(self) -> int:
        return hash((self.model_type, self.name))

    def __repr__(self) -> str:
        return f"SubModelType({self.model_type}.{self.name})"


class ModelType(NameLookup[SubModelType], Explained):
    """One model type (e.g. Linear) and its sub-model types.

    `ikigai.specs.ModelSpec` is this class (the published client's name)."""

    what = "sub-model type"
    missing = "sub-model"

    def __init__(
        self,
        *,
        name: str,
        sub_model_types: list[SubModelType],
        keywords: list[str] | None = None,
        is_hidden: bool = False,
        is_deprecated: bool = False,
    ) -> None:
        super().__init__((sub.name, sub) for sub in sub_model_types)
        self.name = name
        self.keywords = list(keywords or [])
        self.is_hidden = is_hidden
        self.is_deprecated = is_deprecated

    @classmethod
    def from_wire(cls, wire: WireModelSpec) -> ModelType:
        return cls(
            name=wire.name,
            sub_model_types=[SubModelType.from_wire(wire.name, s) for s in wire.sub_model_types],
            keywords=wire.keywords,
            is_hidden=wire.is_hidden,
            is_deprecated=wire.is_deprecated,
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModelType:
        """From one model type of the JSON `get-model-specs` answers."""
        return cls.from_wire(WireModelSpec.from_dict(data))

    @property
    def model_type(self) -> str:
        """The same as `name` (e.g. `Linear`)."""
        return self.name

    @property
    def sub_model_types(self) -> dict[str, SubModelType]:
        """The sub-model types by their normalised name (`lasso`), in order."""
        return self.by_key()

    @property
    def owner(self) -> str:
        return f"model type {self.name!r}"

    def model_dump(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "is_deprecated": self.is_deprecated,
            "is_hidden": self.is_hidden,
            "keywords": list(self.keywords),
            "sub_model_types": {key: sub.model_dump() for key, sub in self.by_key().items()},
        }

    def help_lines(self) -> list[str]:
        lines = _heading(self.name, self.keywords)
        visible = [sub for sub in self if not sub.is_hidden]
        if visible:
            lines.append("  sub-model types:")
            for sub in visible:
                lines += indent(sub.help_lines(), 4)
        return lines

    def __repr__(self) -> str:
        return f"ModelType({self.name}: {', '.join(self.types)})"


class ModelTypes(NameLookup[ModelType], Helpful):
    """All model types, by name."""

    what = "model type"
    missing = "model"

    def __init__(self, model_types: list[ModelType]) -> None:
        super().__init__((model_type.name, model_type) for model_type in model_types)

    @classmethod
    def from_wire(cls, wire: WireModelSpecs) -> ModelTypes:
        return cls([ModelType.from_wire(spec) for spec in wire.additional_properties.values()])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModelTypes:
        """From the JSON object `get-model-specs` answers (model types by name)."""
        return cls.from_wire(WireModelSpecs.from_dict(dict(data)))

    @classmethod
    def from_list(cls, data: Sequence[Mapping[str, Any]]) -> ModelTypes:
        """From a list of model types, each as `get-model-specs` answers one."""
        return cls([ModelType.from_dict(spec) for spec in data])

    @property
    def root(self) -> dict[str, ModelType]:
        """The model types by their normalised name (`aicast`), in order."""
        return self.by_key()

    @property
    def owner(self) -> str:
        return "the platform"

    def model_dump(self) -> dict[str, Any]:
        """The model types as dicts, by normalised name (as `root`)."""
        return {key: model_type.model_dump() for key, model_type in self.by_key().items()}

    def _help(self) -> Generator[str]:
        for model_type in self:
            if not model_type.is_hidden:
                yield from model_type.help_lines()

    def __repr__(self) -> str:
        return f"ModelTypes({', '.join(self.types)})"

    def _repr_html_(self) -> str:
        return help_html(self)


ModelSpec = ModelType
"""The published client's name for `ModelType`."""

SubModelSpec = SubModelType
"""The published client's name for `SubModelType`."""
