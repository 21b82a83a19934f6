"""INPUT IMPORTED and OUTPUT EXPORTED: datasets of the app in and out of the run."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from ikigai.local.engine.call import FacetCall, PendingExport
from ikigai.local.engine.facets.python_code import run_script_on_table
from ikigai.local.engine.libraries import library
from ikigai.local.engine.workspace import literal, quote
from ikigai.local.narrowing import as_list, as_mapping

MAX_NAME = 255
"""The spec's limit on names: an exported dataset's name is a dataset name like any other."""
_CANDIDATES = "['BIGINT', 'DOUBLE', 'DATE', 'VARCHAR']"
_CASTS = {"NUMERIC": "DOUBLE", "TEXT": "VARCHAR", "CATEGORICAL": "VARCHAR", "TIME": "TIMESTAMP"}


def _read_csv(call: FacetCall, path: Path, table: str) -> str:
    options = [
        f"header = {'true' if call.arguments.get('header', True) else 'false'}",
        # Only types whose CSV text comes back unchanged on export (no yes/no → true/false).
        f"auto_type_candidates = {_CANDIDATES}",
    ]
    skip = call.number("header_row_number")
    if skip:
        options.append(f"skip = {int(skip)}")
    if call.flag("use_raw_file"):
        options.append("all_varchar = true")
    # DuckDB reads files only in the workspace's io directory; the link goes once read.
    local = call.workspace.import_file(path)
    source = f"read_csv({literal(str(local))}, {', '.join(options)}"
    try:
        return call.workspace.create(table, f"SELECT * FROM {source})")
    except duckdb.Error:
        # The type sniffer looks at a sample; a later row that does not fit needs a full scan.
        call.workspace.execute(f"DROP TABLE IF EXISTS {quote(table)}")
        try:
            return call.workspace.create(table, f"SELECT * FROM {source}, sample_size = -1)")
        except duckdb.Error as error:
            raise call.fail(f"could not read the dataset as CSV: {error}") from error
    finally:
        local.unlink(missing_ok=True)


def _read_excel(call: FacetCall, path: Path, table: str) -> str:
    sheet = call.text("sheet_name")
    header_row = int(call.number("header_row_number") or 0)
    try:
        # pandas-stubs types read_excel with openpyxl/xlrd classes that have no type information.
        frame: pd.DataFrame = library("pandas").read_excel(
            path,
            sheet_name=sheet if sheet is not None else 0,
            header=header_row if call.arguments.get("header", True) else None,
            dtype=str if call.flag("use_raw_file") else None,
        )
    except ImportError as error:
        message = f"reading Excel files needs a reader that is not installed: {error}"
        raise call.fail(message) from error
    except (ValueError, OSError) as error:
        raise call.fail(f"could not read the dataset as Excel: {error}") from error
    frame.columns = [str(column) for column in frame.columns]
    return call.workspace.from_frame(table, frame)


def _rename(call: FacetCall, table: str) -> str:
    names = call.texts("column_names")
    if not names:
        return table
    current = call.workspace.column_names(table)
    if len(names) > len(current):
        raise call.fail(f"column_names lists {len(names)} names for {len(current)} columns")
    renamed = [f"{quote(old)} AS {quote(new)}" for old, new in zip(current, names, strict=False)]
    select = ", ".join(renamed + [quote(old) for old in current[len(names) :]])
    return call.workspace.create(call.output_table(), f"SELECT {select} FROM {quote(table)}")


def _cast_expression(column: str, entry: Mapping[str, Any]) -> str:
    data_type = str(entry.get("data_type"))
    items = (as_mapping(item) for item in as_list(entry.get("data_formats")) or [])
    formats = {str(item.get("key")): str(item.get("value")) for item in items if item is not None}
    if data_type == "TIME" and "format" in formats:
        return f"try_strptime(CAST({quote(column)} AS VARCHAR), {literal(formats['format'])})"
    return f"TRY_CAST({quote(column)} AS {_CASTS[data_type]})"


def _cast(call: FacetCall, table: str) -> str:
    entries = call.objects("data_types")
    if not entries:
        return table
    by_column = {str(entry["column_name"]): entry for entry in entries}
    columns = call.workspace.column_names(table)
    call.require_columns(table, list(by_column))
    select = ", ".join(
        f"{_cast_expression(name, by_column[name])} AS {quote(name)}"
        if name in by_column
        else quote(name)
        for name in columns
    )
    return call.workspace.create(call.output_table(), f"SELECT {select} FROM {quote(table)}")


def imported(call: FacetCall) -> str:
    dataset_id = str(call.arguments["dataset_id"])
    path = call.found(
        lambda: call.context.dataset_csv(dataset_id),
        f"the app has no dataset {dataset_id!r} with data",
    )
    file_type = call.text("file_type") or "csv"
    read = _read_csv if file_type == "csv" else _read_excel
    table = read(call, path, call.output_table())
    table = _cast(call, _rename(call, table))
    script = call.text("script")
    if script is None:
        return table
    return run_script_on_table(call, script, table, variables={}, require_result=True)


def exported(call: FacetCall) -> None:
    name = call.text("dataset_name")
    if name is None:
        raise call.fail("dataset_name may not be empty")
    if len(name) > MAX_NAME:
        raise call.fail(f"dataset_name has {len(name)} characters; at most {MAX_NAME} are allowed")
    table = call.input_table()
    csv_file = call.workspace.io_file("export", ".csv")
    call.workspace.to_csv(table, csv_file, header=call.arguments.get("header", True) is not False)
    call.state.exports.append(PendingExport(call.facet_id, name, csv_file))
