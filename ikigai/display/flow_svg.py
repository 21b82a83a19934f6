"""A picture of a flow definition as SVG text, drawn in pure Python.

Facets are boxes (name, facet type, facet id) laid out left to right in layers; arrows are
curves between them, labelled with their arguments (e.g. the table side of a UNION's input).
The facet type's name comes from the definition's `facet_type_names` or from `facet_types`
when given; otherwise the box shows the facet uid. Drawn with a run log, the picture gains a
line that tells how the run went, and the facet the log names as erroneous is marked (red, with
"failed here" above it). No request is sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from pathlib import Path
from typing import Any

from ikigai.display.html import status_colour, text
from ikigai.display.layout import place
from ikigai.display.shapes import (
    ShownArrow,
    ShownDefinition,
    ShownFacet,
    ShownFacetTypes,
    ShownRunLog,
)

__all__ = ["FlowPicture", "arrow_label", "facet_type_name", "flow_svg"]

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

# Only in pictures of a run, so that a plain picture stays as it was.
RUN_STYLE = f"""
.facet.failed rect {{ fill: #ffebe9; stroke: #cf222e; stroke-width: 3; }}
.facet .badge {{ {FONT}; font-size: 11px; font-weight: bold; fill: #cf222e; }}
.run {{ {FONT}; font-size: 12px; fill: #1d2b3a; }}
.run .status {{ font-weight: bold; }}
"""
RUN_HEIGHT = 28
"""The band under the facets that tells how the run went."""
CHAR_WIDTH = 7
"""About how wide a character of the run's line is, to cut the message to the picture."""


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


def flow_svg(
    definition: ShownDefinition,
    facet_types: ShownFacetTypes | None = None,
    *,
    run_log: ShownRunLog | None = None,
) -> str:
    """The definition as a standalone SVG document; with `run_log`, a picture of that run: its
    status under the facets, and the facet it failed at marked."""
    ids = [facet.facet_id for facet in definition.facets]
    edges = [(arrow.source, arrow.destination) for arrow in definition.arrows]
    placed = place(ids, edges)
    columns = max((p.layer for p in placed.values()), default=-1) + 1
    rows = max((p.rank for p in placed.values()), default=-1) + 1
    per_layer: dict[int, int] = {}
    for p in placed.values():
        per_layer[p.layer] = per_layer.get(p.layer, 0) + 1
    width = max(2 * MARGIN + columns * BOX_WIDTH + (columns - 1) * COLUMN_GAP, 240)
    drawing = max(2 * MARGIN + rows * BOX_HEIGHT + (rows - 1) * ROW_GAP, 60)
    height = drawing if run_log is None else drawing + RUN_HEIGHT

    corner: dict[str, tuple[float, float]] = {}
    for facet_id, p in placed.items():
        column_height = per_layer[p.layer] * BOX_HEIGHT + (per_layer[p.layer] - 1) * ROW_GAP
        top = (drawing - column_height) / 2 + p.rank * (BOX_HEIGHT + ROW_GAP)
        corner[facet_id] = (MARGIN + p.layer * (BOX_WIDTH + COLUMN_GAP), top)

    failed = None if run_log is None else run_log.erroneous_facet_id
    run_data = ""
    style = STYLE
    if run_log is not None:
        run_data = f' data-run-status="{text(run_log.status)}"'
        if failed:
            run_data += f' data-failed-facet="{escape(failed)}"'
        style += RUN_STYLE
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" class="ikigai-flow"{run_data}>',
        f"<style>{style}</style>",
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
        type_name = facet_type_name(facet, names, facet_types)
        failure = run_log.data if run_log is not None and failed == facet.facet_id else None
        parts.append(_box(facet, corner[facet.facet_id], type_name, failure))
    if run_log is not None:
        parts.append(_run_line(definition, run_log, width, drawing))
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _where(definition: ShownDefinition, facet_id: str) -> str:
    """Where a run failed, as the run's line says it."""
    named = [facet for facet in definition.facets if facet.facet_id == facet_id]
    if not named:
        return f" at facet id {facet_id} (not in this definition)"
    if not named[0].name:
        return f" at facet id {facet_id}"
    return f" at facet {named[0].name!r} (id {facet_id})"


def _run_line(
    definition: ShownDefinition, run_log: ShownRunLog, width: float, drawing: float
) -> str:
    """`Run FAILED at facet 'count' (id 1): <message>` (or `Run SUCCESS`), cut to the width;
    its tooltip is the whole line."""
    status = text(run_log.status)
    failed = run_log.erroneous_facet_id
    rest = (_where(definition, failed) if failed else "") + (
        f": {run_log.data}" if run_log.data else ""
    )
    room = max(int((width - 2 * MARGIN) / CHAR_WIDTH) - len("Run ") - len(status), 8)
    shown = rest if len(rest) <= room else rest[: room - 1] + "\u2026"
    y = drawing + RUN_HEIGHT / 2
    return (
        f'<text x="{MARGIN}" y="{y:g}" class="run">'
        f"<title>{escape(f'Run {status}{rest}')}</title>"
        f'Run <tspan class="status" fill="{status_colour(run_log.status)}">{escape(status)}</tspan>'
        f"{escape(shown)}</text>"
    )


def _box(
    facet: ShownFacet, at: tuple[float, float], type_name: str, failure: str | None = None
) -> str:
    """A facet's box; with `failure` (the run's message), marked as the one the run failed at:
    red, "failed here" above it, the message as that note's tooltip."""
    x, y = at
    middle = x + BOX_WIDTH / 2
    name = facet.name or type_name
    attributes: dict[str, Any] = {
        "data-facet-id": facet.facet_id,
        "data-facet-uid": facet.facet_uid,
        "data-facet-type": type_name,
        "data-name": facet.name,
    }
    css = "facet"
    badge = ""
    if failure is not None:
        css = "facet failed"
        attributes["data-status"] = "FAILED"
        badge = (
            f'<text x="{middle:g}" y="{y - 6:g}" class="badge" text-anchor="middle">'
            f"<title>{escape(failure)}</title>\u2716 failed here</text>"
        )
    data = "".join(f' {key}="{escape(str(value))}"' for key, value in attributes.items())
    return "".join(
        [
            f'<g class="{css}" id="facet-{escape(facet.facet_id)}"{data}>',
            f'<rect x="{x:g}" y="{y:g}" width="{BOX_WIDTH}" height="{BOX_HEIGHT}" rx="8"/>',
            _text(middle, y + 20, "name", name, **{"text-anchor": "middle"}),
            _text(middle, y + 38, "type", type_name, **{"text-anchor": "middle"}),
            _text(middle, y + 55, "id", f"id {facet.facet_id}", **{"text-anchor": "middle"}),
            badge,
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


class FlowPicture:
    """A picture of a flow as SVG (what `flow.picture()` gives): a notebook shows it, `svg` is
    its text and `save(path)` writes it to a file."""

    def __init__(self, svg: str, title: str) -> None:
        self.svg = svg
        self.title = title

    def save(self, path: str | Path) -> Path:
        """Write the SVG to `path`; returns the path."""
        target = Path(path)
        target.write_text(self.svg, encoding="utf-8")
        return target

    def _repr_svg_(self) -> str:
        return self.svg

    def _repr_html_(self) -> str:
        return self.svg

    def __str__(self) -> str:
        return self.svg

    def __repr__(self) -> str:
        return f"FlowPicture({self.title!r})"
