"""A picture of a flow definition as SVG text, drawn in pure Python.

Facets are boxes (name, facet type, facet id) laid out left to right in layers; arrows are
curves between them, labelled with their arguments (e.g. the table side of a UNION's input).
The facet type's name comes from the definition's `facet_type_names` or from `facet_types`
when given; otherwise the box shows the facet uid. No request is sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from ikigai.display.layout import place
from ikigai.display.shapes import ShownArrow, ShownDefinition, ShownFacet, ShownFacetTypes

__all__ = ["arrow_label", "facet_type_name", "flow_svg"]

BOX_WIDTH = 190
BOX_HEIGHT = 64
COLUMN_GAP = 90
ROW_GAP = 28
MARGIN = 20
MAX_CHARS = 26
FONT = "font-family:Helvetica,Arial,sans-serif"

STYLE = f"""
.facet rect {{ fill: #f4f7fb; stroke: #4a6fa5; stroke-width: 1.5; }}
.facet .name {{ {FONT}; font-size: 13px; font-weight: bold; fill: #1d2b3a; }}
.facet .type {{ {FONT}; font-size: 12px; fill: #35587f; }}
.facet .id {{ {FONT}; font-size: 11px; fill: #6b7b8c; }}
.arrow path {{ fill: none; stroke: #5b6b7b; stroke-width: 1.5; }}
.arrow text {{ {FONT}; font-size: 11px; fill: #7a4a00; }}
.empty {{ {FONT}; font-size: 13px; fill: #6b7b8c; }}
"""


def facet_type_name(
    facet: ShownFacet, names: Mapping[str, str], facet_types: ShownFacetTypes | None
) -> str:
    """The facet's type name, or its uid when neither source knows it."""
    if facet.facet_uid in names:
        return names[facet.facet_uid]
    if facet_types is not None:
        found = facet_types.find_uid(facet.facet_uid)
        if found is not None:
            return found.name
    return facet.facet_uid


def arrow_label(arrow: ShownArrow) -> str:
    """The arrow's arguments as a short label: a table side alone, anything else `k=v`."""
    parts: list[str] = []
    for key, value in arrow.arguments.items():
        if value is None:
            continue
        parts.append(str(value) if key == "table_side" else f"{key}={value}")
    return ", ".join(parts)


def _short(text: str) -> str:
    return text if len(text) <= MAX_CHARS else text[: MAX_CHARS - 1] + "\u2026"


def _text(x: float, y: float, css: str, text: str, **extra: str) -> str:
    attributes = "".join(f' {key}="{escape(value)}"' for key, value in extra.items())
    return (
        f'<text x="{x:g}" y="{y:g}" class="{css}"{attributes}>'
        f"<title>{escape(text)}</title>{escape(_short(text))}</text>"
    )


def flow_svg(definition: ShownDefinition, facet_types: ShownFacetTypes | None = None) -> str:
    """The definition as a standalone SVG document."""
    ids = [facet.facet_id for facet in definition.facets]
    edges = [(arrow.source, arrow.destination) for arrow in definition.arrows]
    placed = place(ids, edges)
    columns = max((p.layer for p in placed.values()), default=-1) + 1
    rows = max((p.rank for p in placed.values()), default=-1) + 1
    per_layer: dict[int, int] = {}
    for p in placed.values():
        per_layer[p.layer] = per_layer.get(p.layer, 0) + 1
    width = max(2 * MARGIN + columns * BOX_WIDTH + (columns - 1) * COLUMN_GAP, 240)
    height = max(2 * MARGIN + rows * BOX_HEIGHT + (rows - 1) * ROW_GAP, 60)

    corner: dict[str, tuple[float, float]] = {}
    for facet_id, p in placed.items():
        column_height = per_layer[p.layer] * BOX_HEIGHT + (per_layer[p.layer] - 1) * ROW_GAP
        top = (height - column_height) / 2 + p.rank * (BOX_HEIGHT + ROW_GAP)
        corner[facet_id] = (MARGIN + p.layer * (BOX_WIDTH + COLUMN_GAP), top)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" class="ikigai-flow">',
        f"<style>{STYLE}</style>",
        '<defs><marker id="ikigai-arrowhead" viewBox="0 0 10 10" refX="10" refY="5" '
        'markerWidth="8" markerHeight="8" orient="auto-start-reverse">'
        '<path d="M 0 0 L 10 5 L 0 10 z" fill="#5b6b7b"/></marker></defs>',
    ]
    if not definition.facets:
        parts.append(f'<text x="{MARGIN}" y="{MARGIN + 16}" class="empty">(no facets)</text>')
    for arrow in definition.arrows:
        parts.append(_arrow(arrow, corner))
    names = definition.facet_type_names
    for facet in definition.facets:
        parts.append(
            _box(facet, corner[facet.facet_id], facet_type_name(facet, names, facet_types))
        )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _box(facet: ShownFacet, at: tuple[float, float], type_name: str) -> str:
    x, y = at
    middle = x + BOX_WIDTH / 2
    name = facet.name or type_name
    attributes: dict[str, Any] = {
        "data-facet-id": facet.facet_id,
        "data-facet-uid": facet.facet_uid,
        "data-facet-type": type_name,
        "data-name": facet.name,
    }
    data = "".join(f' {key}="{escape(str(value))}"' for key, value in attributes.items())
    return "".join(
        [
            f'<g class="facet" id="facet-{escape(facet.facet_id)}"{data}>',
            f'<rect x="{x:g}" y="{y:g}" width="{BOX_WIDTH}" height="{BOX_HEIGHT}" rx="8"/>',
            _text(middle, y + 20, "name", name, **{"text-anchor": "middle"}),
            _text(middle, y + 38, "type", type_name, **{"text-anchor": "middle"}),
            _text(middle, y + 55, "id", f"id {facet.facet_id}", **{"text-anchor": "middle"}),
            "</g>",
        ]
    )


def _arrow(arrow: ShownArrow, corner: Mapping[str, tuple[float, float]]) -> str:
    if arrow.source not in corner or arrow.destination not in corner:
        return ""  # an arrow to a facet the definition lacks: nothing to draw it to
    sx, sy = corner[arrow.source]
    dx, dy = corner[arrow.destination]
    x1, y1 = sx + BOX_WIDTH, sy + BOX_HEIGHT / 2
    x2, y2 = dx, dy + BOX_HEIGHT / 2
    bend = max((x2 - x1) / 2, 30)
    path = f"M {x1:g} {y1:g} C {x1 + bend:g} {y1:g}, {x2 - bend:g} {y2:g}, {x2:g} {y2:g}"
    label = arrow_label(arrow)
    parts = [
        f'<g class="arrow" data-source="{escape(arrow.source)}" '
        f'data-destination="{escape(arrow.destination)}" data-label="{escape(label)}">',
        f'<path d="{path}" marker-end="url(#ikigai-arrowhead)"/>',
    ]
    if label:
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2 - 6
        parts.append(_text(mx, my, "label", label, **{"text-anchor": "middle"}))
    parts.append("</g>")
    return "".join(parts)
