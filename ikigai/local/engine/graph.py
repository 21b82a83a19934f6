"""The order facets run in: the flow as a DAG, parents before children."""

from __future__ import annotations

from ikigai.local.engine.definition import Flow
from ikigai.local.engine_contract import RunError


def run_order(flow: Flow) -> list[str]:
    """Facet ids in a topological order (definition order among ready facets).

    Raises RunError naming a facet on a cycle.
    """
    waiting = {facet_id: len(flow.incoming(facet_id)) for facet_id in flow.facets}
    order: list[str] = []
    ready = [facet_id for facet_id, count in waiting.items() if count == 0]
    while ready:
        facet_id = ready.pop(0)
        order.append(facet_id)
        for arrow in flow.outgoing(facet_id):
            waiting[arrow.destination] -= 1
            if waiting[arrow.destination] == 0:
                ready.append(arrow.destination)
    if len(order) < len(flow.facets):
        stuck = [facet_id for facet_id in flow.facets if facet_id not in order]
        on_cycle = _a_facet_on_a_cycle(flow, set(stuck))
        raise RunError(on_cycle, f"the flow has a cycle through facet {on_cycle!r}")
    return order


def _a_facet_on_a_cycle(flow: Flow, stuck: set[str]) -> str:
    """Walk backwards among facets that never became ready until a facet repeats."""
    current = next(facet_id for facet_id in flow.facets if facet_id in stuck)
    seen: list[str] = []
    while current not in seen:
        seen.append(current)
        current = next(a.source for a in flow.incoming(current) if a.source in stuck)
    return current
