"""The model types the platform offers (`ikigai.model_types`), from `get-model-specs`.

model_types.types                   # ['Ai Cast', 'Linear', ...]
model_types.Linear.Lasso            # a sub-model type, any spelling (AI_CAST, aicast ...)
print(model_types.AI_CAST.help())
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ikigai._names import display
from ikigai.display.html import help_html
from ikigai.specs._lookup import NameLookup
from ikigai.specs.arguments import ArgumentSpec
from ikigai.specs.help import indent, model_argument_lines, section
from ikigai_wire.models.model_spec import ModelSpec
from ikigai_wire.models.model_specs import ModelSpecs
from ikigai_wire.models.sub_model_spec import SubModelSpec

__all__ = ["ModelType", "ModelTypes", "SubModelType"]


class SubModelType:
    """One sub-model type (e.g. Linear / Lasso): its parameters, hyperparameters and metrics."""

    def __init__(
        self,
        *,
        name: str,
        model_type: str,
        keywords: list[str] | None = None,
        metrics: Mapping[str, Any] | None = None,
        parameters: Mapping[str, ArgumentSpec] | None = None,
        hyperparameters: Mapping[str, ArgumentSpec] | None = None,
        is_hidden: bool = False,
        is_deprecated: bool = False,
    ) -> None:
        self.name = name
        self.model_type = model_type
        self.keywords = list(keywords or [])
        self.metrics: Mapping[str, Any] = dict(metrics or {})
        self.parameters: Mapping[str, ArgumentSpec] = dict(parameters or {})
        self.hyperparameters: Mapping[str, ArgumentSpec] = dict(hyperparameters or {})
        self.is_hidden = is_hidden
        self.is_deprecated = is_deprecated

    @classmethod
    def from_wire(cls, model_type: str, wire: SubModelSpec) -> SubModelType:
        parameters = [
            ArgumentSpec.from_parameter_wire(spec)
            for spec in wire.parameters.additional_properties.values()
        ]
        hyperparameters = [
            ArgumentSpec.from_hyperparameter_wire(spec)
            for spec in wire.hyperparameters.additional_properties.values()
        ]
        return cls(
            name=wire.name,
            model_type=model_type,
            keywords=wire.keywords,
            metrics={key.lower(): value for key, value in wire.metrics.to_dict().items()},
            parameters={spec.name: spec for spec in parameters},
            hyperparameters={spec.name: spec for spec in hyperparameters},
            is_hidden=wire.is_hidden,
            is_deprecated=wire.is_deprecated,
        )

    def help(self) -> str:
        """Keywords, metrics, parameters and hyperparameters (see `ikigai.specs.help`)."""
        return "\n".join(self.help_lines())

    def help_lines(self) -> list[str]:
        lines = [f"{display(self.name)}:"]
        if self.keywords:
            lines.append(f"  keywords: {self.keywords!r}")
        metrics = [f"{kind}: {value!r}" for kind, value in self.metrics.items()]
        lines += indent(section("metrics", metrics, "No metrics"))
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

    def _repr_html_(self) -> str:
        return help_html(self)


class ModelType(NameLookup[SubModelType]):
    """One model type (e.g. Linear) and its sub-model types."""

    what = "sub-model type"

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
    def from_wire(cls, wire: ModelSpec) -> ModelType:
        return cls(
            name=wire.name,
            sub_model_types=[SubModelType.from_wire(wire.name, s) for s in wire.sub_model_types],
            keywords=wire.keywords,
            is_hidden=wire.is_hidden,
            is_deprecated=wire.is_deprecated,
        )

    @property
    def owner(self) -> str:
        return f"model type {self.name!r}"

    def help(self) -> str:
        return "\n".join(self.help_lines())

    def help_lines(self) -> list[str]:
        lines = [f"{display(self.name)}:"]
        if self.keywords:
            lines.append(f"  keywords: {self.keywords!r}")
        visible = [sub for sub in self if not sub.is_hidden]
        if visible:
            lines.append("  sub-model types:")
            for sub in visible:
                lines += indent(sub.help_lines(), 4)
        return lines

    def __repr__(self) -> str:
        return f"ModelType({self.name}: {', '.join(self.types)})"

    def _repr_html_(self) -> str:
        return help_html(self)


class ModelTypes(NameLookup[ModelType]):
    """All model types, by name."""

    what = "model type"

    def __init__(self, model_types: list[ModelType]) -> None:
        super().__init__((model_type.name, model_type) for model_type in model_types)

    @classmethod
    def from_wire(cls, wire: ModelSpecs) -> ModelTypes:
        return cls([ModelType.from_wire(spec) for spec in wire.additional_properties.values()])

    @property
    def owner(self) -> str:
        return "the platform"

    def help(self) -> str:
        lines: list[str] = []
        for model_type in self:
            if not model_type.is_hidden:
                lines += model_type.help_lines()
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"ModelTypes({', '.join(self.types)})"

    def _repr_html_(self) -> str:
        return help_html(self)
