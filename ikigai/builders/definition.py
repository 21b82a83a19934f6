"""A flow definition: facets joined by arrows, plus the run variables that set facet arguments.

This is what `FlowBuilder.build()` returns and what a flow stores. `model_dump()` gives the JSON
object the platform receives:

    {"facets": [{"facet_id", "facet_uid", "name", "arguments"}, ...],
     "arrows": [{"source", "destination", "arguments"}, ...],
     "variables": {"<variable>": {"facet_name", "name"}, ...},
     "model_variables": {}}
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ikigai.display.flow_svg import flow_svg

if TYPE_CHECKING:
    from ikigai.specs.facet_types import FacetTypes

__all__ = ["Arrow", "Facet", "FlowDefinition", "FlowVariable", "deep_merge"]


@dataclass
class Facet:
    facet_id: str
    facet_uid: str
    name: str = ""
    arguments: dict[str, Any] = field(default_factory=dict[str, Any])

    def model_dump(self) -> dict[str, Any]:
        return {
            "facet_id": self.facet_id,
            "facet_uid": self.facet_uid,
            "name": self.name,
            "arguments": copy.deepcopy(self.arguments),
        }


@dataclass
class Arrow:
    source: str
    destination: str
    arguments: dict[str, Any] = field(default_factory=dict[str, Any])

    def model_dump(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "destination": self.destination,
            "arguments": copy.deepcopy(self.arguments),
        }


@dataclass
class FlowVariable:
    """A run variable: `flow.run(<name>=value)` sets argument `name` of the facet `facet_name`."""

    facet_name: str
    name: str

    @property
    def argument_name(self) -> str:
        """The same as `name`: the argument the variable sets (the published client's name)."""
        return self.name

    def model_dump(self) -> dict[str, Any]:
        return {"facet_name": self.facet_name, "name": self.name}


@dataclass
class FlowDefinition:
    facets: list[Facet] = field(default_factory=list[Facet])
    arrows: list[Arrow] = field(default_factory=list[Arrow])
    variables: dict[str, FlowVariable] = field(default_factory=dict[str, FlowVariable])
    model_variables: dict[str, Any] = field(default_factory=dict[str, Any])
    facet_type_names: dict[str, str] = field(
        default_factory=dict[str, str], repr=False, compare=False
    )
    """Facet uid -> facet type name, for pictures; the builder fills it. Not sent anywhere."""

    def to_svg(
        self, path: str | Path | None = None, *, facet_types: FacetTypes | None = None
    ) -> str:
        """A picture of the flow as SVG text; with `path`, also written to that file.
        `facet_types` names the facet types the definition does not know (else: their uids)."""
        svg = flow_svg(self, facet_types)
        if path is not None:
            Path(path).write_text(svg, encoding="utf-8")
        return svg

    def _repr_svg_(self) -> str:
        return self.to_svg()

    def _repr_html_(self) -> str:
        return self.to_svg()

    def model_dump(self) -> dict[str, Any]:
        """The definition as the platform's JSON object."""
        return {
            "facets": [facet.model_dump() for facet in self.facets],
            "arrows": [arrow.model_dump() for arrow in self.arrows],
            "variables": {name: v.model_dump() for name, v in self.variables.items()},
            "model_variables": copy.deepcopy(self.model_variables),
        }

    def to_dict(self) -> dict[str, Any]:
        """The same as `model_dump()`."""
        return self.model_dump()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FlowDefinition:
        """A definition from its JSON object (as `describe()` shows it)."""
        return cls(
            facets=[
                Facet(
                    facet_id=str(facet["facet_id"]),
                    facet_uid=str(facet["facet_uid"]),
                    name=str(facet.get("name", "")),
                    arguments=copy.deepcopy(dict(facet.get("arguments", {}))),
                )
                for facet in data.get("facets", [])
            ],
            arrows=[
                Arrow(
                    source=str(arrow["source"]),
                    destination=str(arrow["destination"]),
                    arguments=copy.deepcopy(dict(arrow.get("arguments", {}))),
                )
                for arrow in data.get("arrows", [])
            ],
            variables={
                str(name): FlowVariable(str(v["facet_name"]), str(v["name"]))
                for name, v in dict(data.get("variables", {})).items()
            },
            model_variables=copy.deepcopy(dict(data.get("model_variables", {}))),
        )


def deep_merge(base: Mapping[str, Any], update: Mapping[str, Any]) -> dict[str, Any]:
    """`update` merged into a copy of `base`: nested dicts merge key by key, anything else
    (lists included) is replaced."""
    merged = copy.deepcopy(dict(base))
    for key, value in update.items():
        current = merged.get(key)
        if isinstance(current, Mapping) and isinstance(value, Mapping):
            merged[key] = deep_merge(current, value)  # pyright: ignore[reportUnknownArgumentType]
        else:
            merged[key] = copy.deepcopy(value)
    return merged
