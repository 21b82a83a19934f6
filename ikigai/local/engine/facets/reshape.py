"""Facets that change the table's shape: MELT, CROSS_TAB, DESCRIBE (DuckDB)."""

from __future__ import annotations

import duckdb

from ikigai.local.engine.call import FacetCall
from ikigai.local.engine.workspace import column_list, is_numeric, literal, quote


def melt(call: FacetCall) -> str:
    """MELT: one row per (input row, value column), as pandas' `melt` orders them."""
    table = call.input_table()
    types = dict(call.workspace.columns(table))
    ids = call.texts("id_columns")
    values = call.texts("value_columns") or [name for name in types if name not in ids]
    call.require_columns(table, ids + values)
    if not values:
        raise call.fail("there are no value columns to melt")
    variable = call.text("variable_column_name") or "variable"
    value = call.text("value_column_name") or "value"
    kinds = {types[name] for name in values}
    common = kinds.pop() if len(kinds) == 1 else None
    if common is None:
        common = "DOUBLE" if all(is_numeric(types[name]) for name in values) else "VARCHAR"
    head = f"{column_list(ids)}, " if ids else ""
    parts = [
        f"SELECT {head}{literal(name)} AS {quote(variable)}, CAST({quote(name)} AS {common}) "
        f"AS {quote(value)}, {index} AS __k, rowid AS __row FROM {quote(table)}"
        for index, name in enumerate(values)
    ]
    sql = f"SELECT * EXCLUDE (__k, __row) FROM ({' UNION ALL '.join(parts)}) ORDER BY __k, __row"
    return call.workspace.create(call.output_table(), sql)


_AGGREGATES = {"sum": "sum", "mean": "avg", "min": "min", "max": "max", "count": "count"}


def cross_tab(call: FacetCall) -> str:
    """CROSS_TAB: index columns down, the values of `column` across, an aggregate in the cells.

    Without a value column the cells count rows; count cells with no rows are 0, other empty
    cells are null.
    """
    table = call.input_table()
    index = call.texts("index_columns")
    column = str(call.arguments["column"])
    value_column = call.text("value_column")
    aggregation = call.text("aggregation") or "count"
    call.require_columns(table, [*index, column, *([value_column] if value_column else [])])
    if value_column is None and aggregation != "count":
        raise call.fail(f"aggregation {aggregation!r} needs a value_column")
    target = quote(value_column) if value_column else "*"
    using = f"{_AGGREGATES[aggregation]}({target})"
    groups = column_list(index)
    sql = f"PIVOT {quote(table)} ON {quote(column)} USING {using} GROUP BY {groups}"
    if aggregation == "count":
        sql = f"SELECT {groups}, coalesce(COLUMNS(* EXCLUDE ({groups})), 0) FROM ({sql})"
    try:
        return call.workspace.create(call.output_table(), f"{sql} ORDER BY {groups}")
    except duckdb.Error as error:
        raise call.fail(str(error)) from error


def describe(call: FacetCall) -> str:
    """DESCRIBE: one row of statistics per column (numeric statistics for numeric columns)."""
    table = call.input_table()
    types = dict(call.workspace.columns(table))
    names = call.texts("target_columns") or list(types)
    call.require_columns(table, names)
    parts: list[str] = []
    for name in names:
        column = quote(name)
        numeric = is_numeric(types[name])

        def stat(expression: str, *, numeric: bool = numeric) -> str:
            return f"CAST({expression} AS DOUBLE)" if numeric else "CAST(NULL AS DOUBLE)"

        parts.append(
            f"SELECT {literal(name)} AS column_name, {literal(types[name])} AS column_type, "
            f"count({column}) AS count, count(*) - count({column}) AS missing, "
            f'count(DISTINCT {column}) AS "unique", {stat(f"avg({column})")} AS mean, '
            f"{stat(f'stddev_samp({column})')} AS std, CAST(min({column}) AS VARCHAR) AS min, "
            f"{stat(f'quantile_cont({column}, 0.25)')} AS q25, "
            f"{stat(f'quantile_cont({column}, 0.5)')} AS median, "
            f"{stat(f'quantile_cont({column}, 0.75)')} AS q75, "
            f"CAST(max({column}) AS VARCHAR) AS max, {len(parts)} AS __k FROM {quote(table)}"
        )
    sql = f"SELECT * EXCLUDE (__k) FROM ({' UNION ALL '.join(parts)}) ORDER BY __k"
    return call.workspace.create(call.output_table(), sql)
