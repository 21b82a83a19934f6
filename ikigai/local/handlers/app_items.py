"""What datasets and models have in common, written once: the operations that create, get,
list, edit and delete them. Each noun says how it differs (`AppItems`), and `register` adds
its five operations."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ikigai.local.errors import not_found
from ikigai.local.handlers.access import (
    BUILDER,
    VIEWER,
    app_directory_id,
    ensure_unique_name,
    listed_directory,
    project_row,
    touch_project,
)
from ikigai.local.handlers.registry import Call, Json, operation
from ikigai.local.store.app_items import ItemTable
from ikigai.local.store.db import Row, Transaction
from ikigai.local.store.files import DataFiles
from ikigai.local.store.ids import new_id


@dataclass(frozen=True)
class AppItems:
    table: ItemTable
    noun: str
    """How messages name one item ("Dataset")."""
    wire: str
    """How operations and request bodies name one ("dataset": `get_dataset`, `{"dataset": }`)."""
    directory_kind: str
    """The DirectoryType of the directories the items sit in ("DATASET")."""
    view: Callable[[Row], Json]
    editable: tuple[str, ...]
    """The columns an edit call may set as sent (name and directory are checked first)."""
    new_columns: Callable[[Call, Mapping[str, Any]], dict[str, Any]]
    """A create call's columns of this noun alone, from its request (refused when invalid)."""
    files: Callable[[Transaction, DataFiles, str], list[Path]]
    """The files that go with an item when it is deleted."""

    @property
    def id_key(self) -> str:
        return self.table.id_column

    def row(self, tx: Transaction, project_id: str, item_id: str) -> Row:
        """The item with this id in this app; 404 otherwise."""
        found = self.table.by_id(tx, item_id, project_id)
        if found is None:
            raise not_found(self.noun, item_id)
        return found

    def reached(self, tx: Transaction, call: Call, project_id: str, item_id: str, need: str) -> Row:
        """The item, for a caller who has at least `need` in its app; 404 or 403 otherwise."""
        project_row(tx, call.user, project_id, need)
        return self.row(tx, project_id, item_id)

    def looked_up(self, tx: Transaction, call: Call, project_id: str) -> Row:
        """The item a get call asks for, by name in the by-name mode, else by id."""
        if call.mode is None or not call.mode.endswith("_by_name"):
            return self.row(tx, project_id, call.text(self.id_key))
        name = call.text("name")
        found = self.table.by_name(tx, project_id, name)
        if found is None:
            raise not_found(f"{self.noun} named", name)
        return found

    def listed(self, tx: Transaction, call: Call, project_id: str) -> list[Row]:
        """The items a list call asks for: all of the app's, or those directly in a directory."""
        rows = self.table.all(tx, project_id)
        directory_id = listed_directory(
            tx, project_id, self.directory_kind, call.mode, call.text("directory_id")
        )
        if directory_id is None:
            return rows
        return [row for row in rows if row["directory_id"] == directory_id]

    def edit(self, tx: Transaction, project_id: str, item_id: str, changes: Json) -> None:
        """Apply an edit call: name (kept unique), directory, and the `editable` columns given;
        keys not sent stay as they are."""
        self.row(tx, project_id, item_id)
        updates: dict[str, Any] = {key: changes[key] for key in self.editable if key in changes}
        if "name" in changes:
            ensure_unique_name(tx, self.table, project_id, changes["name"], item_id)
            updates["name"] = changes["name"]
        if "directory" in changes:
            updates["directory_id"] = app_directory_id(
                tx, project_id, self.directory_kind, changes["directory"]
            )
        updates["modified_at"] = time.time()
        self.table.update(tx, item_id, updates)
        touch_project(tx, project_id)


def register(items: AppItems) -> None:
    """Add the create, get, list, edit and delete operations of one noun."""

    def create(call: Call) -> Json:
        item = call.body[items.wire]
        project_id = item["project_id"]
        own_columns = items.new_columns(call, item)
        item_id = new_id()
        now = time.time()
        with call.services.db.write() as tx:
            project_row(tx, call.user, project_id, BUILDER)
            ensure_unique_name(tx, items.table, project_id, item["name"])
            directory_id = app_directory_id(tx, project_id, items.directory_kind, item["directory"])
            items.table.insert(
                tx,
                {
                    items.id_key: item_id,
                    "project_id": project_id,
                    "name": item["name"],
                    "directory_id": directory_id,
                    **own_columns,
                    "created_at": now,
                    "modified_at": now,
                },
            )
            touch_project(tx, project_id)
        return {items.id_key: item_id}

    def get(call: Call) -> Json:
        project_id = call.text("project_id")
        with call.services.db.read() as tx:
            project_row(tx, call.user, project_id, VIEWER)
            row = items.looked_up(tx, call, project_id)
        return {items.wire: items.view(row)}

    def list_all(call: Call) -> Json:
        project_id = call.text("project_id")
        with call.services.db.read() as tx:
            project_row(tx, call.user, project_id, VIEWER)
            rows = items.listed(tx, call, project_id)
        return {f"{items.wire}s": [items.view(row) for row in rows], "limit_warning": ""}

    def edit(call: Call) -> Json:
        item = call.body[items.wire]
        project_id, item_id = item["project_id"], item[items.id_key]
        with call.services.db.write() as tx:
            project_row(tx, call.user, project_id, BUILDER)
            items.edit(tx, project_id, item_id, item)
        return {items.id_key: item_id}

    def delete(call: Call) -> Json:
        item = call.body[items.wire]
        project_id, item_id = item["project_id"], item[items.id_key]
        files = call.services.files
        with call.services.db.write() as tx:
            items.reached(tx, call, project_id, item_id, BUILDER)
            doomed = items.files(tx, files, item_id)
            items.table.delete(tx, item_id)
            touch_project(tx, project_id)
        for path in doomed:
            files.remove(path)
        return {items.id_key: item_id}

    operation(f"create_{items.wire}")(create)
    operation(f"get_{items.wire}")(get)
    operation(f"get_{items.wire}s_for_project")(list_all)
    operation(f"edit_{items.wire}")(edit)
    operation(f"delete_{items.wire}")(delete)
