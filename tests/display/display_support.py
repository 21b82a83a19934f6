"""The guide's branching flow, for the picture tests and the example in the docs."""

from __future__ import annotations

from ikigai.builders import FlowBuilder
from ikigai.builders.definition import FlowDefinition
from ikigai.specs import FacetTypes


def branching_flow(facet_types: FacetTypes) -> FlowDefinition:
    """Two imports -> UNION (top, bottom) -> EXPORTED."""
    builder = FlowBuilder(lambda: facet_types)
    csv = {"file_type": "csv", "header": True, "use_raw_file": False}
    sales = builder.facet(facet_types.INPUT.Imported, "sales 2025").arguments(
        dataset_id="d-2025", **csv
    )
    more = builder.facet(facet_types.INPUT.Imported, "sales 2026").arguments(
        dataset_id="d-2026", **csv
    )
    union = (
        builder.facet(facet_types.MID.UNION, "all sales")
        .add_arrow(sales, table_side="top")
        .add_arrow(more, table_side="bottom")
        .arguments(option="full")
    )
    return (
        union.facet(facet_types.OUTPUT.EXPORTED, "export")
        .arguments(dataset_name="all sales", file_type="csv", header=True)
        .build()
    )
