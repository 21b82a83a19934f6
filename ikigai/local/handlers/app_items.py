"""What datasets and models have in common: rows of an app, found by id or by name, listed
whole or by directory, renamed, moved and edited column by column."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ikigai.local.handlers.access import (
    app_directory_id,
    ensure_unique_name,
    listed_directory,
    touch_project,
)
from ikigai.local.handlers.registry import Call
from ikigai.local.server.errors import not_found


@dataclass(frozen=True)
class AppItems:
    table: str
    """The SQL table, also the name ensure_unique_name knows (e.g. "datasets")."""
    alias: str
    id_column: str
    noun: str
    """How messages name one item ("Dataset")."""
    directory_kind: str
    """The DirectoryType of the directories the items sit in ("DATASET")."""

    @property
    def select(self) -> str:
        return (
            f"SELECT {self.alias}.*, d.name AS directory_name FROM {self.table} {self.alias}"
            f" LEFT JOIN directories d ON d.directory_id = {self.alias}.directory_id"
        )

    def rows(self, tx: sqlite3.Connection, project_id: str) -> list[sqlite3.Row]:
        """Every item of the app, oldest first."""
        order = f"{self.alias}.created_at, {self.alias}.{self.id_column}"
        return tx.execute(
            f"{self.select} WHERE {self.alias}.project_id = ? ORDER BY {order}", (project_id,)
        ).fetchall()

    def row(self, tx: sqlite3.Connection, project_id: str, item_id: str) -> sqlite3.Row:
        """The item with this id in this app; 404 otherwise."""
        where = f"WHERE {self.alias}.{self.id_column} = ? AND {self.alias}.project_id = ?"
        found: sqlite3.Row | None = tx.execute(
            f"{self.select} {where}", (item_id, project_id)
        ).fetchone()
        if found is None:
            raise not_found(self.noun, item_id)
        return found

    def looked_up(self, tx: sqlite3.Connection, call: Call, project_id: str) -> sqlite3.Row:
        """The item a get call asks for, by name in the by-name mode, else by id."""
        if call.mode is None or not call.mode.endswith("_by_name"):
            return self.row(tx, project_id, call.text(self.id_column))
        name = call.text("name")
        found: sqlite3.Row | None = tx.execute(
            f"{self.select} WHERE {self.alias}.project_id = ? AND {self.alias}.name = ?",
            (project_id, name),
        ).fetchone()
        if found is None:
            raise not_found(f"{self.noun} named", name)
        return found

    def listed(self, tx: sqlite3.Connection, call: Call, project_id: str) -> list[sqlite3.Row]:
        """The items a list call asks for: all of the app's, or those directly in a directory."""
        rows = self.rows(tx, project_id)
        directory_id = listed_directory(
            tx, project_id, self.directory_kind, call.mode, call.text("directory_id")
        )
        if directory_id is None:
            return rows
        return [row for row in rows if row["directory_id"] == directory_id]

    def edit(
        self,
        tx: sqlite3.Connection,
        project_id: str,
        item_id: str,
        changes: Mapping[str, Any],
        columns: tuple[str, ...],
    ) -> None:
        """Apply an edit call: name (kept unique), directory, and the plain `columns` given;
        keys not sent stay as they are."""
        self.row(tx, project_id, item_id)
        updates: dict[str, Any] = {key: changes[key] for key in columns if key in changes}
        if "name" in changes:
            ensure_unique_name(tx, self.table, project_id, changes["name"], item_id)
            updates["name"] = changes["name"]
        if "directory" in changes:
            updates["directory_id"] = app_directory_id(
                tx, project_id, self.directory_kind, changes["directory"]
            )
        updates["modified_at"] = time.time()
        assignments = ", ".join(f"{column} = ?" for column in updates)
        tx.execute(
            f"UPDATE {self.table} SET {assignments} WHERE {self.id_column} = ?",
            (*updates.values(), item_id),
        )
        touch_project(tx, project_id)
