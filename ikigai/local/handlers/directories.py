"""The four directory trees: app directories per user; dataset, flow and model directories per app.

Listing without `directory_id` returns every directory of the tree, nested ones included;
with it, only the direct children. Deleting an app directory deletes its subdirectories too and
moves the apps placed in them back to the caller's root (no app is ever deleted with a folder).
"""

from __future__ import annotations

import sqlite3
import time

from ikigai.local.handlers.access import BUILDER, VIEWER, project_row
from ikigai.local.handlers.registry import Call, Json, operation
from ikigai.local.handlers.views import directory_view
from ikigai.local.server.errors import not_found
from ikigai.local.store.ids import new_id

# ---------------------------------------------------------------------- app directories


def _app_directory(tx: sqlite3.Connection, user: str, directory_id: str) -> sqlite3.Row:
    row: sqlite3.Row | None = tx.execute(
        "SELECT * FROM project_directories WHERE directory_id = ? AND owner = ?",
        (directory_id, user),
    ).fetchone()
    if row is None:
        raise not_found("App directory", directory_id)
    return row


def _app_directory_view(tx: sqlite3.Connection, user: str, row: sqlite3.Row) -> Json:
    directory_id = row["directory_id"]
    size = tx.execute(
        "SELECT (SELECT count(*) FROM project_directories WHERE parent_id = ? AND owner = ?)"
        " + (SELECT count(*) FROM project_members WHERE directory_id = ? AND email = ?)",
        (directory_id, user, directory_id, user),
    ).fetchone()[0]
    return directory_view(row, "PROJECT", "", int(size))


@operation("create_project_directory")
def create_project_directory(call: Call) -> Json:
    directory = call.body["directory"]
    directory_id = new_id()
    with call.services.db.write() as tx:
        if directory["parent_id"]:
            _app_directory(tx, call.user, directory["parent_id"])
        tx.execute(
            "INSERT INTO project_directories (directory_id, owner, name, parent_id, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (directory_id, call.user, directory["name"], directory["parent_id"], time.time()),
        )
    return {"directory_id": directory_id}


@operation("get_project_directory")
def get_project_directory(call: Call) -> Json:
    with call.services.db.read() as tx:
        row = _app_directory(tx, call.user, call.text("directory_id"))
        return {"directory": _app_directory_view(tx, call.user, row)}


@operation("get_project_directories_for_user")
def get_project_directories_for_user(call: Call) -> Json:
    with call.services.db.read() as tx:
        if call.mode == "get_project_subdirectories":
            parent = _app_directory(tx, call.user, call.text("directory_id"))["directory_id"]
            rows = tx.execute(
                "SELECT * FROM project_directories WHERE owner = ? AND parent_id = ?"
                " ORDER BY created_at",
                (call.user, parent),
            ).fetchall()
        else:
            rows = tx.execute(
                "SELECT * FROM project_directories WHERE owner = ? ORDER BY created_at",
                (call.user,),
            ).fetchall()
        return {"directories": [_app_directory_view(tx, call.user, row) for row in rows]}


@operation("delete_project_directory")
def delete_project_directory(call: Call) -> Json:
    directory_id = call.body["directory"]["directory_id"]
    with call.services.db.write() as tx:
        _app_directory(tx, call.user, directory_id)
        doomed, frontier = [directory_id], [directory_id]
        while frontier:
            children = [
                row["directory_id"]
                for parent in frontier
                for row in tx.execute(
                    "SELECT directory_id FROM project_directories"
                    " WHERE parent_id = ? AND owner = ?",
                    (parent, call.user),
                )
            ]
            doomed += children
            frontier = children
        for doomed_id in doomed:
            tx.execute(
                "UPDATE project_members SET directory_id = '' WHERE directory_id = ? AND email = ?",
                (doomed_id, call.user),
            )
            tx.execute("DELETE FROM project_directories WHERE directory_id = ?", (doomed_id,))
    return {"directory_id": directory_id}


# ---------------------------------------------------------------------- directories in an app

_ITEMS = {"DATASET": "datasets", "PIPELINE": "pipelines", "MODEL": "models"}


def _in_app_directory(
    tx: sqlite3.Connection, project_id: str, kind: str, directory_id: str
) -> sqlite3.Row:
    row: sqlite3.Row | None = tx.execute(
        "SELECT * FROM directories WHERE directory_id = ? AND project_id = ? AND kind = ?",
        (directory_id, project_id, kind),
    ).fetchone()
    if row is None:
        raise not_found(f"{kind.capitalize()} directory", directory_id)
    return row


def _in_app_view(tx: sqlite3.Connection, row: sqlite3.Row, kind: str) -> Json:
    directory_id = row["directory_id"]
    size = tx.execute(
        f"SELECT (SELECT count(*) FROM directories WHERE parent_id = ?)"
        f" + (SELECT count(*) FROM {_ITEMS[kind]} WHERE directory_id = ?)",
        (directory_id, directory_id),
    ).fetchone()[0]
    return directory_view(row, kind, row["project_id"], int(size))


def _register(kind: str, noun: str) -> None:
    def create(call: Call) -> Json:
        directory = call.body["directory"]
        project_id = directory["project_id"]
        directory_id = new_id()
        with call.services.db.write() as tx:
            project_row(tx, call.user, project_id, BUILDER)
            if directory["parent_id"]:
                _in_app_directory(tx, project_id, kind, directory["parent_id"])
            tx.execute(
                "INSERT INTO directories (directory_id, project_id, kind, name, parent_id,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    directory_id,
                    project_id,
                    kind,
                    directory["name"],
                    directory["parent_id"],
                    time.time(),
                ),
            )
        return {"directory_id": directory_id}

    def get(call: Call) -> Json:
        project_id = call.text("project_id")
        with call.services.db.read() as tx:
            project_row(tx, call.user, project_id, VIEWER)
            row = _in_app_directory(tx, project_id, kind, call.text("directory_id"))
            return {"directory": _in_app_view(tx, row, kind)}

    def list_all(call: Call) -> Json:
        project_id = call.text("project_id")
        with call.services.db.read() as tx:
            project_row(tx, call.user, project_id, VIEWER)
            if "directory_id" in call.query:
                parent = _in_app_directory(tx, project_id, kind, call.text("directory_id"))
                rows = tx.execute(
                    "SELECT * FROM directories WHERE parent_id = ? ORDER BY created_at",
                    (parent["directory_id"],),
                ).fetchall()
            else:
                rows = tx.execute(
                    "SELECT * FROM directories WHERE project_id = ? AND kind = ?"
                    " ORDER BY created_at",
                    (project_id, kind),
                ).fetchall()
            return {"directories": [_in_app_view(tx, row, kind) for row in rows]}

    operation(f"create_{noun}_directory")(create)
    operation(f"get_{noun}_directory")(get)
    operation(f"get_{noun}_directories_for_project")(list_all)


for _kind, _noun in (("DATASET", "dataset"), ("PIPELINE", "pipeline"), ("MODEL", "model")):
    _register(_kind, _noun)
