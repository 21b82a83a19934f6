"""Checking a whole flow against the facet catalog before anything runs.

The checks, in order: every facet type is known; the arrows make no cycle; each facet's
arguments, its number of inputs and the arguments of the arrows into it fit its spec; every
INPUT facet leads, through any facets, to an OUTPUT facet (a flow that only imports writes
nothing, and fails as the hosted platform fails it); each facet's number of outputs fits its
spec. Each failure names the facet by name (when it has one) and id.

An output may feed any number of facets, and an INPUT facet may be the destination of arrows:
such an arrow only orders the run (the INPUT facet runs after its parents and reads none of
their tables), as in the guide's branching example, where `import_1.facet(...)` draws an arrow
from one Imported facet to the next.
"""

from __future__ import annotations

from collections.abc import Mapping

from ikigai.local.engine.arguments import check_values
from ikigai.local.engine.catalog import FacetSpec
from ikigai.local.engine.definition import FacetNode, Flow
from ikigai.local.engine.graph import run_order
from ikigai.local.engine_contract import RunError


def facet_label(node: FacetNode, spec: FacetSpec) -> str:
    """How messages name a facet: chain, type, name (when it has one) and id."""
    if node.name:
        return f"{spec.label} facet {node.name!r} (facet_id {node.facet_id!r})"
    return f"{spec.label} facet {node.facet_id!r}"


def _count(
    node: FacetNode, spec: FacetSpec, count: int, bounds: tuple[int, int], what: str
) -> None:
    """Refuse a facet whose number of inputs or outputs (`what`) is outside `bounds`."""
    low, high = bounds
    if not low <= count <= high:
        raise RunError(
            node.facet_id,
            f"{facet_label(node, spec)} takes {low} to {high} {what}, but has {count}",
        )


def _table_sides(flow: Flow, node: FacetNode, spec: FacetSpec) -> None:
    if "table_side" not in spec.in_arrow:
        return
    sides = [arrow.arguments.get("table_side") for arrow in flow.incoming(node.facet_id)]
    if len(set(sides)) != len(sides):
        raise RunError(
            node.facet_id, f"{facet_label(node, spec)} has two inputs on the same table_side"
        )


def _leading_to_an_output(flow: Flow, specs: Mapping[str, FacetSpec]) -> set[str]:
    """The facets from which arrows lead to an OUTPUT facet (OUTPUT facets included)."""
    reached = {
        facet_id
        for facet_id, node in flow.facets.items()
        if specs[node.facet_uid].chain == "OUTPUT"
    }
    frontier = list(reached)
    while frontier:
        for arrow in flow.incoming(frontier.pop()):
            if arrow.source not in reached:
                reached.add(arrow.source)
                frontier.append(arrow.source)
    return reached


def _inputs_lead_to_outputs(flow: Flow, order: list[str], specs: Mapping[str, FacetSpec]) -> None:
    leading = _leading_to_an_output(flow, specs)
    for facet_id in order:
        node = flow.facets[facet_id]
        spec = specs[node.facet_uid]
        if spec.chain != "INPUT" or facet_id in leading:
            continue
        fed = "feeds no facet" if not flow.outgoing(facet_id) else "leads to no OUTPUT facet"
        raise RunError(
            facet_id,
            f"{facet_label(node, spec)} {fed}: the flow would write nothing. Draw arrows from "
            "each INPUT facet, through any facets, to an OUTPUT facet such as EXPORTED",
        )


def validate_flow(flow: Flow, specs: Mapping[str, FacetSpec]) -> list[str]:
    """Raise RunError for the first thing wrong with `flow`; else return its run order."""
    for node in flow.facets.values():
        if node.facet_uid not in specs:
            raise RunError(
                node.facet_id,
                f"facet {node.facet_id!r} has an unknown facet_uid {node.facet_uid!r}",
            )
    order = run_order(flow)
    for facet_id in order:
        node = flow.facets[facet_id]
        spec = specs[node.facet_uid]
        problems = check_values(node.arguments, spec.arguments)
        if problems:
            raise RunError(facet_id, f"{facet_label(node, spec)}: {'; '.join(problems)}")
        incoming = flow.incoming(facet_id)
        need = spec.requirement
        _count(node, spec, len(incoming), (need.min_parents, need.max_parents), "inputs")
        for arrow in incoming:
            arrow_specs = {**specs[flow.facets[arrow.source].facet_uid].out_arrow, **spec.in_arrow}
            problems = check_values(arrow.arguments, arrow_specs)
            if problems:
                raise RunError(
                    facet_id,
                    f"arrow {arrow.source!r} → {facet_id!r}: {'; '.join(problems)}",
                )
        _table_sides(flow, node, spec)
    _inputs_lead_to_outputs(flow, order, specs)
    for facet_id in order:
        node = flow.facets[facet_id]
        spec = specs[node.facet_uid]
        need = spec.requirement
        bounds = (need.min_children, need.max_children)
        _count(node, spec, len(flow.outgoing(facet_id)), bounds, "outputs")
    return order
