"""HTML for notebooks: the `_repr_html_` of collections, components, run logs and help texts.

Everything shown is escaped. Nothing here sends a request: a dataset's rows appear only in
`dataset.preview(n)`, which downloads them when called.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from enum import Enum
from html import escape
from typing import TYPE_CHECKING

from ikigai.display.shapes import ShownComponent, ShownDataset, ShownFlow, ShownHelp, ShownItem

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "STATUS_COLOURS",
    "DatasetPreview",
    "component_html",
    "dataset_html",
    "flow_html",
    "help_html",
    "listing_html",
    "preview",
    "run_log_html",
    "run_logs_html",
    "status_colour",
    "table_html",
]

STYLE = "border-collapse:collapse;text-align:left"
CELL = "padding:2px 8px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top"


def text(value: object) -> str:
    """A value as escaped text: times in ISO 8601, enums by value, None as empty."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return escape(value.isoformat(timespec="seconds"))
    if isinstance(value, Enum):
        return escape(str(value.value))
    return escape(str(value))


def table_html(headers: Sequence[str], rows: Iterable[Sequence[object]], caption: str = "") -> str:
    """A plain HTML table; every header and cell is escaped."""
    head = "".join(f'<th style="{CELL}">{escape(h)}</th>' for h in headers)
    body = "".join(
        "<tr>" + "".join(f'<td style="{CELL}">{text(cell)}</td>' for cell in row) + "</tr>"
        for row in rows
    )
    title = (
        f"<caption style='text-align:left'><b>{escape(caption)}</b></caption>" if caption else ""
    )
    return (
        f'<table style="{STYLE}">{title}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
    )


def fields_html(caption: str, fields: Mapping[str, object]) -> str:
    """A two-column table: field name, value."""
    return table_html(("field", "value"), list(fields.items()), caption)


def listing_html(items: Sequence[ShownItem], kind: str) -> str:
    """A collection: name, id and modified time of each item."""
    rows = [(i.name, i.id, getattr(i, "modified_at", None)) for i in items]
    noun = kind if len(rows) == 1 else f"{kind}s"
    return table_html(("name", "id", "modified"), rows, f"{len(rows)} {noun}")


def component_html(component: ShownComponent) -> str:
    """A component's public fields (its `model_dump()`)."""
    fields = component.model_dump()
    return fields_html(type(component).__name__, fields)


def dataset_html(dataset: ShownDataset) -> str:
    """A dataset's metadata and its column types; its rows are not fetched."""
    metadata = {key: value for key, value in dataset.model_dump().items() if key != "data_types"}
    columns = table_html(
        ("column", "type", "formats"),
        [
            (name, kind.data_type, ", ".join(f"{k}={v}" for k, v in kind.data_formats.items()))
            for name, kind in dataset.data_types.items()
        ],
    )
    hint = "<p><small>Rows: <code>dataset.preview(5)</code> fetches the first ones.</small></p>"
    return f"{fields_html(f'Dataset {dataset.name}', metadata)}{columns}{hint}"


def flow_html(flow: ShownFlow) -> str:
    """A flow's fields; `flow.definition()` draws its facets."""
    hint = "<p><small>Its facets: <code>flow.definition()</code> draws them.</small></p>"
    return fields_html(f"Flow {flow.name}", flow.model_dump()) + hint


STATUS_COLOURS = {"SUCCESS": "#1a7f37", "FAILED": "#cf222e", "STOPPED": "#9a6700"}
"""The colour of a run's end state (any other status is grey: `status_colour`)."""


def status_colour(status: object) -> str:
    return STATUS_COLOURS.get(text(status), "#57606a")


def _status_html(status: object) -> str:
    return f'<b style="color:{status_colour(status)}">{text(status)}</b>'


def run_log_html(log: ShownComponent) -> str:
    """A run log (its fields: `status`, `log_id`, `user`, `timestamp`, `erroneous_facet_id` and
    the message, `data`), its status in colour."""
    fields = log.model_dump()
    shown = {name: fields[name] for name in ("log_id", "user", "timestamp", "erroneous_facet_id")}
    rest = fields_html("Run log", {**shown, "message": fields["data"]})
    return f"<div><p>Run: {_status_html(fields['status'])}</p>{rest}</div>"


RUN_LOG_COLUMNS = ("status", "timestamp", "user", "erroneous_facet_id", "message", "log_id")


def run_logs_html(logs: Sequence[ShownComponent]) -> str:
    """Run logs as one table, a row a run (newest first, as `flow.run_logs()` lists them),
    each status in colour."""
    head = "".join(f'<th style="{CELL}">{escape(name)}</th>' for name in RUN_LOG_COLUMNS)
    rows: list[str] = []
    for log in logs:
        fields = log.model_dump()
        values = [fields["timestamp"], fields["user"], fields["erroneous_facet_id"], fields["data"]]
        cells = [_status_html(fields["status"]), *(text(v) for v in values), text(fields["log_id"])]
        rows.append("<tr>" + "".join(f'<td style="{CELL}">{c}</td>' for c in cells) + "</tr>")
    noun = "run log" if len(rows) == 1 else "run logs"
    caption = f"<caption style='text-align:left'><b>{len(rows)} {noun}</b></caption>"
    return (
        f'<table style="{STYLE}">{caption}<thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def help_html(spec: ShownHelp) -> str:
    """A help text, preformatted."""
    return f"<pre>{escape(spec.help())}</pre>"


class DatasetPreview:
    """The first rows of a dataset, with its metadata (made by `dataset.preview(n)`)."""

    def __init__(self, dataset: ShownDataset, rows: pd.DataFrame) -> None:
        self.dataset = dataset
        self.rows = rows

    def _repr_html_(self) -> str:
        frame = self.rows
        table = table_html(
            [str(column) for column in frame.columns],
            [list(row) for row in frame.itertuples(index=False)],
            f"first {len(frame)} rows",
        )
        return dataset_html(self.dataset) + table

    def __repr__(self) -> str:
        return f"DatasetPreview({self.dataset.name!r}, {len(self.rows)} rows)"


def preview(dataset: ShownDataset, rows: int = 5) -> DatasetPreview:
    """Download the dataset and keep its first `rows` rows."""
    if isinstance(rows, bool) or not isinstance(rows, int) or rows < 0:  # pyright: ignore[reportUnnecessaryIsInstance]
        from ikigai.errors import InvalidArgumentError

        raise InvalidArgumentError(f"rows must be a non-negative int, not {rows!r}")
    return DatasetPreview(dataset, dataset.df().head(rows))
