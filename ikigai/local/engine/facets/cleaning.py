"""Facets that repair values: missing values, find/replace, interpolation (DuckDB)."""

from __future__ import annotations

import re

import duckdb

from ikigai.local.engine.call import FacetCall
from ikigai.local.engine.workspace import is_numeric, literal, quote


def _targets(call: FacetCall, table: str, *, numeric_only: bool = False) -> list[str]:
    """The target_columns (checked), or every (numeric) column when none are named."""
    types = dict(call.workspace.columns(table))
    named = call.texts("target_columns")
    call.require_columns(table, named)
    if numeric_only:
        wrong = [name for name in named if not is_numeric(types[name])]
        if wrong:
            raise call.fail(f"needs numeric columns; not numeric: {', '.join(wrong)}")
        return named or [name for name, kind in types.items() if is_numeric(kind)]
    return named or list(types)


def _replace_columns(call: FacetCall, table: str, expressions: dict[str, str], order: str) -> str:
    select = ", ".join(
        f"{expressions[name]} AS {quote(name)}" if name in expressions else quote(name)
        for name in call.workspace.column_names(table)
    )
    sql = f"SELECT {select} FROM {quote(table)} ORDER BY {order}"
    try:
        return call.workspace.create(call.output_table(), sql)
    except duckdb.Error as error:
        raise call.fail(str(error)) from error


def drop_missing_values(call: FacetCall) -> str:
    table = call.input_table()
    names = _targets(call, table)
    tests = [f"{quote(name)} IS NULL" for name in names]
    joiner = " AND " if call.text("how") == "all" else " OR "
    sql = f"SELECT * FROM {quote(table)} WHERE NOT ({joiner.join(tests)})"
    return call.workspace.create(call.output_table(), sql)


def _fill_expression(call: FacetCall, table: str, name: str, kind: str, method: str) -> str:
    column = quote(name)
    whole = "ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW"
    if method == "forward_fill":
        return (
            f"coalesce({column}, last_value({column} IGNORE NULLS) OVER (ORDER BY rowid {whole}))"
        )
    if method == "backward_fill":
        rest = "ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING"
        return (
            f"coalesce({column}, first_value({column} IGNORE NULLS) OVER (ORDER BY rowid {rest}))"
        )
    if method == "zero":
        return f"coalesce({column}, 0)"
    if method in ("mean", "median"):
        aggregate = "avg" if method == "mean" else "median"
        overall = f"(SELECT {aggregate}({column}) FROM {quote(table)})"
        return f"coalesce(CAST({column} AS DOUBLE), {overall})"
    if method == "mode":
        return f"coalesce({column}, (SELECT mode({column}) FROM {quote(table)}))"
    value = call.text("value")
    if value is None:
        raise call.fail("method 'value' needs a `value` to fill with")
    return f"coalesce({column}, CAST({literal(value)} AS {kind}))"


def fill_missing_values(call: FacetCall) -> str:
    table = call.input_table()
    method = call.text("method") or "value"
    numeric = method in ("zero", "mean", "median")
    types = dict(call.workspace.columns(table))
    expressions = {
        name: _fill_expression(call, table, name, types[name], method)
        for name in _targets(call, table, numeric_only=numeric)
    }
    return _replace_columns(call, table, expressions, "rowid")


def _pattern(call: FacetCall) -> tuple[str, str]:
    """A regular expression and its flags for the find text under the chosen match mode."""
    find = str(call.arguments["find"])
    match = call.text("match") or "substring"
    flags = "g" if call.arguments.get("case_sensitive", True) is not False else "gi"
    if match == "regex":
        return find, flags
    escaped = re.escape(find)
    return (f"^{escaped}$" if match == "exact" else escaped), flags


def find_replace(call: FacetCall) -> str:
    table = call.input_table()
    types = dict(call.workspace.columns(table))
    named = call.texts("target_columns")
    call.require_columns(table, named)
    names = named or [name for name, kind in types.items() if kind == "VARCHAR"]
    pattern, flags = _pattern(call)
    replacement = str(call.arguments.get("replace") or "")
    if call.text("match") != "regex":
        replacement = replacement.replace("\\", "\\\\")
    expressions = {
        name: f"regexp_replace(CAST({quote(name)} AS VARCHAR), {literal(pattern)}, "
        f"{literal(replacement)}, {literal(flags)})"
        for name in names
    }
    return _replace_columns(call, table, expressions, "rowid")


def interpolate(call: FacetCall) -> str:
    """INTERPOLATE (linear): fill gaps between known values by position along the order.

    As pandas' `interpolate(method="linear")` does: values are taken as equally spaced, a gap
    after the last known value repeats it, and a gap before the first known value stays empty.
    """
    table = call.input_table()
    names = _targets(call, table, numeric_only=True)
    order = call.text("order_column")
    if order is not None:
        call.require_columns(table, [order])
    order_by = f"{quote(order)}, rowid" if order else "rowid"
    before = "ORDER BY __pos ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW"
    after = "ORDER BY __pos ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING"
    windows: list[str] = []
    expressions: dict[str, str] = {}
    for index, name in enumerate(names):
        column, known = quote(name), f"CASE WHEN {quote(name)} IS NOT NULL THEN __pos END"
        windows += [
            f"last_value({known} IGNORE NULLS) OVER ({before}) AS __pp{index}",
            f"last_value(CAST({column} AS DOUBLE) IGNORE NULLS) OVER ({before}) AS __pv{index}",
            f"first_value({known} IGNORE NULLS) OVER ({after}) AS __np{index}",
            f"first_value(CAST({column} AS DOUBLE) IGNORE NULLS) OVER ({after}) AS __nv{index}",
        ]
        pp, pv, np_, nv = (f"__{k}{index}" for k in ("pp", "pv", "np", "nv"))
        expressions[name] = (
            f"CASE WHEN {column} IS NOT NULL THEN CAST({column} AS DOUBLE) "
            f"WHEN {pv} IS NULL THEN NULL WHEN {nv} IS NULL THEN {pv} "
            f"ELSE {pv} + ({nv} - {pv}) * (__pos - {pp}) / ({np_} - {pp}) END"
        )
    select = ", ".join(
        f"{expressions[name]} AS {quote(name)}" if name in expressions else quote(name)
        for name in call.workspace.column_names(table)
    )
    positioned = f"SELECT *, row_number() OVER (ORDER BY {order_by}) AS __pos FROM {quote(table)}"
    windowed = f"SELECT *, {', '.join(windows)} FROM ({positioned})" if windows else positioned
    sql = f"SELECT {select} FROM ({windowed}) ORDER BY __pos"
    return call.workspace.create(call.output_table(), sql)
