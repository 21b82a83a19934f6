"""Writing one row from a mapping of column to value, which keeps each value next to the
column it goes in. Tables and columns are named by the platform's code, never by a request."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ikigai.local.store.db import Row, Transaction


def insert(tx: Transaction, table: str, values: Mapping[str, Any]) -> None:
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    tx.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(values.values()))


def update(
    tx: Transaction, table: str, key_column: str, key: str, changes: Mapping[str, Any]
) -> None:
    """Set `changes` on the row whose `key_column` is `key`."""
    assignments = ", ".join(f"{column} = ?" for column in changes)
    tx.execute(f"UPDATE {table} SET {assignments} WHERE {key_column} = ?", (*changes.values(), key))


def one(tx: Transaction, query: str, parameters: tuple[Any, ...] = ()) -> Row | None:
    """The first row `query` selects, or None."""
    row: Row | None = tx.execute(query, parameters).fetchone()
    return row


def every(tx: Transaction, query: str, parameters: tuple[Any, ...] = ()) -> list[Row]:
    """Every row `query` selects."""
    return tx.execute(query, parameters).fetchall()


def exists(tx: Transaction, query: str, parameters: tuple[Any, ...] = ()) -> bool:
    """Whether `query` selects any row."""
    return tx.execute(query, parameters).fetchone() is not None
