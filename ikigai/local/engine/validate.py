"""Checking a whole flow against the facet catalog before anything runs."""

from __future__ import annotations

from collections.abc import Mapping

from ikigai.local.engine.arguments import check_values
from ikigai.local.engine.catalog import FacetSpec
from ikigai.local.engine.definition import FacetNode, Flow
from ikigai.local.engine.graph import run_order
from ikigai.local.engine_contract import RunError


def _counts(node: FacetNode, spec: FacetSpec, parents: int, children: int) -> None:
    need = spec.requirement
    label = f"{spec.label} facet {node.facet_id!r}"
    if not need.min_parents <= parents <= need.max_parents:
        raise RunError(
            node.facet_id,
            f"{label} takes {need.min_parents} to {need.max_parents} inputs, but has {parents}",
        )
    if not need.min_children <= children <= need.max_children:
        raise RunError(
            node.facet_id,
            f"{label} takes {need.min_children} to {need.max_children} outputs, but has {children}",
        )


def _table_sides(flow: Flow, node: FacetNode, spec: FacetSpec) -> None:
    if "table_side" not in spec.in_arrow:
        return
    sides = [arrow.arguments.get("table_side") for arrow in flow.incoming(node.facet_id)]
    if len(set(sides)) != len(sides):
        raise RunError(
            node.facet_id,
            f"{spec.label} facet {node.facet_id!r} has two inputs on the same table_side",
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
            raise RunError(facet_id, f"{spec.label} facet {facet_id!r}: {'; '.join(problems)}")
        incoming = flow.incoming(facet_id)
        _counts(node, spec, len(incoming), len(flow.outgoing(facet_id)))
        for arrow in incoming:
            arrow_specs = {**specs[flow.facets[arrow.source].facet_uid].out_arrow, **spec.in_arrow}
            problems = check_values(arrow.arguments, arrow_specs)
            if problems:
                raise RunError(
                    facet_id,
                    f"arrow {arrow.source!r} → {facet_id!r}: {'; '.join(problems)}",
                )
        _table_sides(flow, node, spec)
    return order
