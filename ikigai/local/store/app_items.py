"""The rows datasets, flows and models have in common: items of an app, each in a directory
of the app (or its root), found by id or by name, their names unique within the app."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ikigai.local.store import rows
from ikigai.local.store.db import Row, Transaction


@dataclass(frozen=True)
class ItemTable:
    table: str
    alias: str
    id_column: str

    @property
    def _select(self) -> str:
        """The item's columns and the name of its directory (`directory_name`)."""
        return (
            f"SELECT {self.alias}.*, d.name AS directory_name FROM {self.table} {self.alias}"
            f" LEFT JOIN directories d ON d.directory_id = {self.alias}.directory_id"
        )

    def all(self, tx: Transaction, project_id: str) -> list[Row]:
        """Every item of the app, oldest first."""
        order = f"{self.alias}.created_at, {self.alias}.{self.id_column}"
        return rows.every(
            tx, f"{self._select} WHERE {self.alias}.project_id = ? ORDER BY {order}", (project_id,)
        )

    def by_id(self, tx: Transaction, item_id: str, project_id: str | None = None) -> Row | None:
        """The item with this id (in this app, when one is given)."""
        found: Row | None = tx.execute(
            f"{self._select} WHERE {self.alias}.{self.id_column} = ?", (item_id,)
        ).fetchone()
        if found is None or (project_id is not None and found["project_id"] != project_id):
            return None
        return found

    def by_name(self, tx: Transaction, project_id: str, name: str) -> Row | None:
        found: Row | None = tx.execute(
            f"{self._select} WHERE {self.alias}.project_id = ? AND {self.alias}.name = ?",
            (project_id, name),
        ).fetchone()
        return found

    def name_taken(self, tx: Transaction, project_id: str, name: str, except_id: str) -> bool:
        """Whether another item of the app (not `except_id`) has this name."""
        found = tx.execute(
            f"SELECT 1 FROM {self.table}"
            f" WHERE project_id = ? AND name = ? AND {self.id_column} != ?",
            (project_id, name, except_id),
        ).fetchone()
        return found is not None

    def ids_in(self, tx: Transaction, project_id: str) -> list[str]:
        return [
            str(row[0])
            for row in tx.execute(
                f"SELECT {self.id_column} FROM {self.table} WHERE project_id = ?", (project_id,)
            )
        ]

    def insert(self, tx: Transaction, values: Mapping[str, Any]) -> None:
        rows.insert(tx, self.table, values)

    def update(self, tx: Transaction, item_id: str, changes: Mapping[str, Any]) -> None:
        rows.update(tx, self.table, self.id_column, item_id, changes)

    def delete(self, tx: Transaction, item_id: str) -> None:
        tx.execute(f"DELETE FROM {self.table} WHERE {self.id_column} = ?", (item_id,))
