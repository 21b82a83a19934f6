"""The catalog as the engine reads it: typed views of the facet and sub-model specs that it
checks definitions against (the data is `ikigai.local.catalog`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ikigai.local.catalog import load_facet_specs, load_model_specs
from ikigai.local.narrowing import as_mapping


@dataclass(frozen=True)
class ArgSpec:
    """One facet argument, model parameter or hyperparameter, whatever its catalog spelling."""

    name: str
    kind: str
    """MAP, BOOLEAN, TEXT or NUMBER."""
    is_required: bool = False
    is_list: bool = False
    default: Any = None
    options: tuple[Any, ...] = ()
    children: Mapping[str, ArgSpec] = field(default_factory=lambda: dict[str, ArgSpec]())
    group: str | None = None
    """For hyperparameters: the facet argument they are folded into (None: `hyperparameters`)."""


@dataclass(frozen=True)
class Requirement:
    min_parents: int
    max_parents: int
    min_children: int
    max_children: int


@dataclass(frozen=True)
class FacetSpec:
    uid: str
    chain: str
    group: str
    facet_type: str
    requirement: Requirement
    arguments: Mapping[str, ArgSpec]
    in_arrow: Mapping[str, ArgSpec]
    out_arrow: Mapping[str, ArgSpec]

    @property
    def label(self) -> str:
        return f"{self.chain} {self.facet_type}"


@dataclass(frozen=True)
class SubModelSpec:
    model_type: str
    name: str
    is_hidden: bool
    parameters: Mapping[str, ArgSpec]
    hyperparameters: Mapping[str, ArgSpec]
    performance: tuple[str, ...]
    feature_importance: tuple[str, ...]


def _argument(raw: Mapping[str, Any], prefix: str) -> ArgSpec:
    children = as_mapping(raw.get("children")) or {}
    return ArgSpec(
        name=raw["name"],
        kind=raw[f"{prefix}_type"],
        is_required=bool(raw["is_required"]),
        is_list=bool(raw["is_list"]),
        default=raw.get("default_value"),
        options=tuple(raw.get("options") or ()),
        children={name: _argument(child, prefix) for name, child in children.items()},
        group=raw.get("hyperparameter_group"),
    )


def _arguments(raw: list[Any] | Mapping[str, Any], prefix: str) -> dict[str, ArgSpec]:
    entries = raw.values() if isinstance(raw, Mapping) else raw
    specs = (_argument(entry, prefix) for entry in entries)
    return {spec.name: spec for spec in specs}


def _facet(raw: Mapping[str, Any]) -> FacetSpec:
    info = raw["facet_info"]
    requirement = raw["facet_requirement"]
    return FacetSpec(
        uid=info["facet_uid"],
        chain=info["chain_group"],
        group=info["facet_group"],
        facet_type=info["facet_type"],
        requirement=Requirement(
            min_parents=requirement["min_parent_count"],
            max_parents=requirement["max_parent_count"],
            min_children=requirement["min_child_count"],
            max_children=requirement["max_child_count"],
        ),
        arguments=_arguments(raw["facet_arguments"], "argument"),
        in_arrow=_arguments(raw["in_arrow_arguments"], "argument"),
        out_arrow=_arguments(raw["out_arrow_arguments"], "argument"),
    )


@cache
def facet_specs() -> Mapping[str, FacetSpec]:
    """Every facet spec of the catalog, by facet uid."""
    specs: dict[str, FacetSpec] = {}
    for groups in load_facet_specs().values():
        for group in groups.values():
            for raw in group.values():
                spec = _facet(raw)
                specs[spec.uid] = spec
    return specs


def _metric_names(value: object) -> tuple[str, ...]:
    entries = (as_mapping(entry) for entry in (as_mapping(value) or {}).values())
    return tuple(str(entry["name"]) for entry in entries if entry is not None)


def _sub_model(model_type: str, raw: Mapping[str, Any], hidden_model: bool) -> SubModelSpec:
    metrics = as_mapping(raw.get("metrics")) or {}
    return SubModelSpec(
        model_type=model_type,
        name=raw["name"],
        is_hidden=hidden_model or bool(raw["is_hidden"]),
        parameters=_arguments(raw["parameters"], "parameter"),
        hyperparameters=_arguments(raw["hyperparameters"], "hyperparameter"),
        performance=_metric_names(metrics.get("performance")),
        feature_importance=_metric_names(metrics.get("feature_importance")),
    )


def normalise(name: str) -> str:
    """The clients' lookup key for a model or sub-model name (`Ai Cast` → `aicast`)."""
    return name.lower().replace("_", "").replace(" ", "")


@cache
def sub_model_specs() -> Mapping[tuple[str, str], SubModelSpec]:
    """Every sub-model spec, by normalised (model type, sub-model type)."""
    specs: dict[tuple[str, str], SubModelSpec] = {}
    for model in load_model_specs().values():
        for raw in model["sub_model_types"]:
            spec = _sub_model(model["name"], raw, bool(model["is_hidden"]))
            specs[normalise(spec.model_type), normalise(spec.name)] = spec
    return specs


def find_sub_model(model_type: str, sub_model_type: str) -> SubModelSpec | None:
    return sub_model_specs().get((normalise(model_type), normalise(sub_model_type)))
