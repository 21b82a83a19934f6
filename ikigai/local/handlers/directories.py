"""The four directory trees: app directories per user; dataset, flow and model directories per app.

Listing without `directory_id` returns every directory of the tree, nested ones included;
with it, only the direct children. Deleting an app directory deletes its subdirectories too and
moves the apps placed in them back to the caller's root (no app is ever deleted with a folder).
"""

from __future__ import annotations

import time

from ikigai.local.errors import not_found
from ikigai.local.handlers.access import BUILDER, VIEWER, project_row
from ikigai.local.handlers.registry import Call, Json, operation
from ikigai.local.handlers.views import directory_view
from ikigai.local.store import directories
from ikigai.local.store.db import Row, Transaction
from ikigai.local.store.ids import new_id

# ---------------------------------------------------------------------- app directories


def _app_directory(tx: Transaction, user: str, directory_id: str) -> Row:
    row = directories.app_directory(tx, user, directory_id)
    if row is None:
        raise not_found("App directory", directory_id)
    return row


def _app_directory_view(tx: Transaction, user: str, row: Row) -> Json:
    size = directories.app_directory_size(tx, user, row["directory_id"])
    return directory_view(row, "PROJECT", "", size)


@operation("create_project_directory")
def create_project_directory(call: Call) -> Json:
    directory = call.body["directory"]
    directory_id = new_id()
    with call.services.db.write() as tx:
        if directory["parent_id"]:
            _app_directory(tx, call.user, directory["parent_id"])
        directories.create_app_directory(
            tx, directory_id, call.user, directory["name"], directory["parent_id"], time.time()
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
        parent = None
        if call.mode == "get_project_subdirectories":
            parent = _app_directory(tx, call.user, call.text("directory_id"))["directory_id"]
        rows = directories.app_directories(tx, call.user, parent)
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
                for row in directories.app_directories(tx, call.user, parent)
            ]
            doomed += children
            frontier = children
        for doomed_id in doomed:
            directories.delete_app_directory(tx, call.user, doomed_id)
    return {"directory_id": directory_id}


# ---------------------------------------------------------------------- directories in an app


def _in_app_directory(tx: Transaction, project_id: str, kind: str, directory_id: str) -> Row:
    row = directories.directory(tx, project_id, kind, directory_id)
    if row is None:
        raise not_found(f"{kind.capitalize()} directory", directory_id)
    return row


def _in_app_view(tx: Transaction, row: Row, kind: str) -> Json:
    size = directories.directory_size(tx, kind, row["directory_id"])
    return directory_view(row, kind, row["project_id"], size)


def _register(kind: str, noun: str) -> None:
    def create(call: Call) -> Json:
        directory = call.body["directory"]
        project_id = directory["project_id"]
        directory_id = new_id()
        with call.services.db.write() as tx:
            project_row(tx, call.user, project_id, BUILDER)
            if directory["parent_id"]:
                _in_app_directory(tx, project_id, kind, directory["parent_id"])
            directories.create_directory(
                tx,
                directory_id,
                project_id,
                kind,
                directory["name"],
                directory["parent_id"],
                time.time(),
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
                rows = directories.children(tx, parent["directory_id"])
            else:
                rows = directories.directories(tx, project_id, kind)
            return {"directories": [_in_app_view(tx, row, kind) for row in rows]}

    operation(f"create_{noun}_directory")(create)
    operation(f"get_{noun}_directory")(get)
    operation(f"get_{noun}_directories_for_project")(list_all)


for _kind, _noun in (("DATASET", "dataset"), ("PIPELINE", "pipeline"), ("MODEL", "model")):
    _register(_kind, _noun)
