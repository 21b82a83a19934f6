"""Row and column facets that are single SQL statements over the input table (DuckDB)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import duckdb

from ikigai.local.engine.call import FacetCall
from ikigai.local.engine.workspace import column_list, quote
from ikigai.local.narrowing import as_list


def copy(call: FacetCall) -> str:
    """COPY: the same table, for several children (tables are never changed in place)."""
    return call.input_table()


def keep_headers_only(call: FacetCall) -> str:
    table = call.input_table()
    return call.workspace.create(call.output_table(), f"SELECT * FROM {quote(table)} LIMIT 0")


def drop_columns(call: FacetCall) -> str:
    table = call.input_table()
    names = call.texts("target_columns")
    call.require_columns(table, names)
    if len(set(names)) >= len(call.workspace.column_names(table)):
        raise call.fail("would drop every column")
    select = f"SELECT * EXCLUDE ({column_list(names)}) FROM {quote(table)}" if names else None
    return call.workspace.create(call.output_table(), select) if select else table


def count(call: FacetCall) -> str:
    """COUNT: rows per distinct combination of the target columns, most frequent first."""
    table = call.input_table()
    names = call.texts("target_columns")
    call.require_columns(table, names)
    output = call.text("output_column_name") or "count"
    if output in names:
        raise call.fail(f"output_column_name {output!r} is also a target column")
    if not names:
        sql = f"SELECT count(*) AS {quote(output)} FROM {quote(table)}"
        return call.workspace.create(call.output_table(), sql)
    groups = column_list(names)
    sql = f"SELECT {groups}, count(*) AS {quote(output)} FROM {quote(table)} GROUP BY {groups}"
    if call.arguments.get("sort", True) is not False:
        ties = ", ".join(f"{quote(name)} ASC NULLS LAST" for name in names)
        sql += f" ORDER BY {quote(output)} DESC, {ties}"
    return call.workspace.create(call.output_table(), sql)


def union(call: FacetCall) -> str:
    """UNION (full): the top table's rows, then the bottom's; columns matched by name."""
    sides = {str(i.arrow_arguments.get("table_side")): i.table for i in call.inputs}
    if set(sides) != {"top", "bottom"}:
        raise call.fail("needs one input with table_side top and one with table_side bottom")
    parts = [
        f"SELECT *, {rank} AS __side, rowid AS __row FROM {quote(sides[side])}"
        for rank, side in enumerate(("top", "bottom"))
    ]
    sql = (
        f"SELECT * EXCLUDE (__side, __row) FROM ({parts[0]} UNION ALL BY NAME {parts[1]}) "
        "ORDER BY __side, __row"
    )
    return call.workspace.create(call.output_table(), sql)


def deduplicate(call: FacetCall) -> str:
    table = call.input_table()
    names = call.texts("target_columns") or call.workspace.column_names(table)
    call.require_columns(table, names)
    direction = "DESC" if call.text("keep") == "last" else "ASC"
    sql = (
        f"SELECT * FROM {quote(table)} QUALIFY row_number() OVER "
        f"(PARTITION BY {column_list(names)} ORDER BY rowid {direction}) = 1 ORDER BY rowid"
    )
    return call.workspace.create(call.output_table(), sql)


def add_primary_key(call: FacetCall) -> str:
    table = call.input_table()
    name = call.text("column_name") or "primary_key"
    if name in call.workspace.column_names(table):
        raise call.fail(f"the table already has a column {name!r}")
    start = call.number("start")
    offset = int(start if start is not None else 1) - 1
    sql = (
        f"SELECT row_number() OVER (ORDER BY rowid) + {offset} AS {quote(name)}, * "
        f"FROM {quote(table)} ORDER BY rowid"
    )
    return call.workspace.create(call.output_table(), sql)


def _one_select(call: FacetCall, query: str) -> duckdb.Statement:
    """The query's single SELECT statement, as DuckDB's own parser finds it (a trailing `;` is
    fine); anything else fails the facet, saying what the query holds instead."""
    try:
        statements = call.workspace.statements(query)
    except duckdb.Error as error:
        raise call.fail(f"takes one SELECT statement; the query does not parse: {error}") from error
    if len(statements) != 1:
        found = f"holds {len(statements) or 'no'} statements"
    elif statements[0].type != duckdb.StatementType.SELECT:
        kind = statements[0].type.name
        found = f"is {'an' if kind[0] in 'AEIOU' else 'a'} {kind} statement"
        if kind == "MULTI":
            found += " (as a PIVOT without an IN list of values is)"
    else:
        return statements[0]
    raise call.fail(f"takes one SELECT statement; the query {found}")


def free_form_sql(call: FacetCall) -> str:
    """FREE_FORM_SQL: one SELECT over the input, which the query calls `data`."""
    table = call.input_table()
    statement = _one_select(call, str(call.arguments["query"]))
    call.workspace.execute(f"CREATE TEMP VIEW data AS SELECT * FROM {quote(table)}")
    try:
        return call.workspace.create_from(call.output_table(), statement)
    except duckdb.Error as error:
        raise call.fail(f"the query failed: {error}") from error
    finally:
        call.workspace.execute("DROP VIEW IF EXISTS data")


_COMPARISONS = {"==": "=", "!=": "IS DISTINCT FROM", ">": ">", ">=": ">=", "<": "<", "<=": "<="}
_TEXT_TESTS = {"contains": "contains", "starts_with": "starts_with", "ends_with": "suffix"}


def _condition(
    call: FacetCall, entry: Mapping[str, Any], types: dict[str, str]
) -> tuple[str, list[Any]]:
    column, operator = str(entry["column"]), str(entry["operator"])
    if column not in types:
        raise call.fail(f"no such column: {column}")
    target, kind = quote(column), types[column]
    if operator == "is_null":
        return f"{target} IS NULL", []
    if operator == "is_not_null":
        return f"{target} IS NOT NULL", []
    if operator in ("in", "not_in"):
        values = as_list(entry.get("values"))
        if values is None:
            raise call.fail(f"operator {operator!r} needs a list of `values`")
        test = f"list_contains(CAST(? AS {kind}[]), {target})"
        return (test if operator == "in" else f"NOT coalesce({test}, false)"), [values]
    value = entry.get("value")
    if not isinstance(value, str):
        raise call.fail(f"operator {operator!r} on {column!r} needs a `value`")
    if operator in _TEXT_TESTS:
        return f"{_TEXT_TESTS[operator]}(CAST({target} AS VARCHAR), ?)", [value]
    return f"{target} {_COMPARISONS[operator]} CAST(? AS {kind})", [value]


def filter_rows(call: FacetCall) -> str:
    """FILTER: keep the rows that meet all (logic `and`) or any (`or`) of the conditions."""
    table = call.input_table()
    types = dict(call.workspace.columns(table))
    entries = call.objects("filters")
    conditions: list[str] = []
    parameters: list[Any] = []
    for entry in entries:
        condition, values = _condition(call, entry, types)
        conditions.append(f"({condition})")
        parameters += values
    joiner = " OR " if call.text("logic") == "or" else " AND "
    where = joiner.join(conditions) or "true"
    sql = f"SELECT * FROM {quote(table)} WHERE {where}"
    try:
        return call.workspace.create(call.output_table(), sql, parameters)
    except duckdb.Error as error:
        raise call.fail(f"the filter could not be applied: {error}") from error
