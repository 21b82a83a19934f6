"""A flow definition as typed facets and arrows, with run variables applied."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ikigai.local.engine_contract import RunError
from ikigai.local.narrowing import as_list, as_mapping


@dataclass(frozen=True)
class FacetNode:
    facet_id: str
    facet_uid: str
    name: str
    arguments: dict[str, Any]


@dataclass(frozen=True)
class Arrow:
    source: str
    destination: str
    arguments: dict[str, Any]


@dataclass(frozen=True)
class Flow:
    facets: dict[str, FacetNode]
    """By facet_id, in definition order."""
    arrows: list[Arrow]

    def incoming(self, facet_id: str) -> list[Arrow]:
        return [arrow for arrow in self.arrows if arrow.destination == facet_id]

    def outgoing(self, facet_id: str) -> list[Arrow]:
        return [arrow for arrow in self.arrows if arrow.source == facet_id]


def _object(value: object, what: str, facet_id: str = "") -> dict[str, Any]:
    if value is None:
        return {}
    entries = as_mapping(value)
    if entries is None:
        raise RunError(facet_id, f"{what} must be an object")
    return copy.deepcopy(dict(entries))


def _facet(value: object, index: int) -> FacetNode:
    raw = as_mapping(value)
    if raw is None:
        raise RunError("", f"facet #{index} of the definition is not an object")
    facet_id = raw.get("facet_id")
    facet_uid = raw.get("facet_uid")
    if not isinstance(facet_id, str) or not facet_id:
        raise RunError("", f"facet #{index} of the definition has no facet_id")
    if not isinstance(facet_uid, str) or not facet_uid:
        raise RunError(facet_id, f"facet {facet_id!r} has no facet_uid")
    name = raw.get("name") or ""
    if not isinstance(name, str):
        raise RunError(facet_id, f"facet {facet_id!r} has a name that is not text")
    arguments = _object(raw.get("arguments"), f"the arguments of facet {facet_id!r}", facet_id)
    return FacetNode(facet_id, facet_uid, name, arguments)


def _arrow(value: object, facets: Mapping[str, FacetNode]) -> Arrow:
    raw = as_mapping(value)
    if raw is None:
        raise RunError("", "an arrow of the definition is not an object")
    source, destination = raw.get("source"), raw.get("destination")
    for end in (source, destination):
        if not isinstance(end, str) or end not in facets:
            blamed = destination if isinstance(destination, str) and destination in facets else ""
            blamed = blamed or (source if isinstance(source, str) and source in facets else "")
            raise RunError(
                blamed, f"arrow {source!r} → {destination!r} points at an unknown facet {end!r}"
            )
    source, destination = str(source), str(destination)
    arguments = _object(raw.get("arguments"), f"the arguments of arrow {source} → {destination}")
    return Arrow(source, destination, arguments)


def _run_value(value: object) -> object:
    """Run variables arrive as values or as the wire's `{"value": ...}` objects."""
    wrapped = as_mapping(value)
    if wrapped is not None and set(wrapped) == {"value"}:
        return wrapped["value"]
    return value


def _apply_variables(
    facets: dict[str, FacetNode], declared: Mapping[str, Any], given: Mapping[str, Any]
) -> None:
    by_name = {node.name: node for node in facets.values() if node.name}
    for variable in given:
        if variable not in declared:
            known = ", ".join(sorted(declared)) or "none"
            raise RunError("", f"unknown run variable {variable!r} (the flow declares: {known})")
    for variable, value in declared.items():
        binding = as_mapping(value)
        if binding is None:
            raise RunError("", f"flow variable {variable!r} is not an object")
        facet_name, argument = binding.get("facet_name"), binding.get("name")
        node = by_name.get(facet_name) if isinstance(facet_name, str) else None
        if node is None:
            raise RunError("", f"flow variable {variable!r} names no facet ({facet_name!r})")
        if not isinstance(argument, str) or not argument:
            raise RunError(node.facet_id, f"flow variable {variable!r} names no argument")
        if variable in given:
            node.arguments[argument] = copy.deepcopy(_run_value(given[variable]))
        elif "value" in binding and binding["value"] is not None:
            node.arguments[argument] = copy.deepcopy(binding["value"])


def parse_flow(definition: Mapping[str, Any], variables: Mapping[str, Any]) -> Flow:
    """The definition's facets and arrows, with `variables` written into their facets."""
    raw_facets = as_list(definition.get("facets"))
    raw_arrows = as_list(definition.get("arrows") or [])
    if raw_facets is None or raw_arrows is None:
        raise RunError("", "a flow definition needs a list of facets and a list of arrows")
    facets: dict[str, FacetNode] = {}
    for index, raw in enumerate(raw_facets):
        node = _facet(raw, index)
        if node.facet_id in facets:
            raise RunError(node.facet_id, f"two facets have the facet_id {node.facet_id!r}")
        facets[node.facet_id] = node
    arrows = [_arrow(raw, facets) for raw in raw_arrows]
    declared = as_mapping(definition.get("variables") or {})
    if declared is None:
        raise RunError("", "the definition's variables must be an object")
    _apply_variables(facets, declared, variables)
    return Flow(facets, arrows)
