"""Dataset records: create (before any data), read by id or name, list, edit, delete."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path

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
from ikigai.local.handlers.views import dataset_view
from ikigai.local.server.errors import not_found
from ikigai.local.store.files import DataFiles
from ikigai.local.store.ids import new_id

DATASET_SELECT = """
    SELECT ds.*, d.name AS directory_name FROM datasets ds
    LEFT JOIN directories d ON d.directory_id = ds.directory_id
"""


def datasets_of(tx: sqlite3.Connection, project_id: str) -> list[sqlite3.Row]:
    return tx.execute(
        DATASET_SELECT + " WHERE ds.project_id = ? ORDER BY ds.created_at, ds.dataset_id",
        (project_id,),
    ).fetchall()


def dataset_row(tx: sqlite3.Connection, project_id: str, dataset_id: str) -> sqlite3.Row:
    row: sqlite3.Row | None = tx.execute(
        DATASET_SELECT + " WHERE ds.dataset_id = ? AND ds.project_id = ?",
        (dataset_id, project_id),
    ).fetchone()
    if row is None:
        raise not_found("Dataset", dataset_id)
    return row


def files_of_datasets(
    tx: sqlite3.Connection, files: DataFiles, dataset_ids: Iterable[str]
) -> list[Path]:
    """Every file that belongs to these datasets: data, exports, unfinished uploads."""
    paths: list[Path] = []
    for dataset_id in dataset_ids:
        paths.append(files.dataset_dir(dataset_id))
        paths += [
            files.export_file(row["export_id"])
            for row in tx.execute(
                "SELECT export_id FROM exports WHERE dataset_id = ?", (dataset_id,)
            )
        ]
        paths += [
            files.upload_dir(row["upload_id"])
            for row in tx.execute(
                "SELECT upload_id FROM uploads WHERE dataset_id = ?", (dataset_id,)
            )
        ]
    return paths


@operation("create_dataset")
def create_dataset(call: Call) -> Json:
    dataset = call.body["dataset"]
    project_id = dataset["project_id"]
    dataset_id = new_id()
    now = time.time()
    with call.services.db.write() as tx:
        project_row(tx, call.user, project_id, BUILDER)
        ensure_unique_name(tx, "datasets", project_id, dataset["name"])
        directory_id = app_directory_id(tx, project_id, "DATASET", dataset["directory"])
        tx.execute(
            "INSERT INTO datasets (dataset_id, project_id, name, directory_id, agent_access,"
            " created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                dataset_id,
                project_id,
                dataset["name"],
                directory_id,
                bool(dataset.get("agent_access", False)),
                now,
                now,
            ),
        )
        touch_project(tx, project_id)
    return {"dataset_id": dataset_id}


@operation("get_dataset")
def get_dataset(call: Call) -> Json:
    project_id = call.text("project_id")
    with call.services.db.read() as tx:
        project_row(tx, call.user, project_id, VIEWER)
        if call.mode == "get_dataset_by_name":
            row: sqlite3.Row | None = tx.execute(
                DATASET_SELECT + " WHERE ds.project_id = ? AND ds.name = ?",
                (project_id, call.text("name")),
            ).fetchone()
            if row is None:
                raise not_found("Dataset named", call.text("name"))
        else:
            row = dataset_row(tx, project_id, call.text("dataset_id"))
    return {"dataset": dataset_view(row)}


@operation("get_datasets_for_project")
def get_datasets_for_project(call: Call) -> Json:
    project_id = call.text("project_id")
    with call.services.db.read() as tx:
        project_row(tx, call.user, project_id, VIEWER)
        rows = datasets_of(tx, project_id)
        directory_id = listed_directory(
            tx, project_id, "DATASET", call.mode, call.text("directory_id")
        )
        if directory_id is not None:
            rows = [row for row in rows if row["directory_id"] == directory_id]
    return {"datasets": [dataset_view(row) for row in rows], "limit_warning": ""}


@operation("edit_dataset")
def edit_dataset(call: Call) -> Json:
    dataset = call.body["dataset"]
    project_id, dataset_id = dataset["project_id"], dataset["dataset_id"]
    with call.services.db.write() as tx:
        project_row(tx, call.user, project_id, BUILDER)
        dataset_row(tx, project_id, dataset_id)
        if "name" in dataset:
            ensure_unique_name(tx, "datasets", project_id, dataset["name"], dataset_id)
            tx.execute(
                "UPDATE datasets SET name = ? WHERE dataset_id = ?", (dataset["name"], dataset_id)
            )
        if "directory" in dataset:
            directory_id = app_directory_id(tx, project_id, "DATASET", dataset["directory"])
            tx.execute(
                "UPDATE datasets SET directory_id = ? WHERE dataset_id = ?",
                (directory_id, dataset_id),
            )
        if "agent_access" in dataset:
            tx.execute(
                "UPDATE datasets SET agent_access = ? WHERE dataset_id = ?",
                (bool(dataset["agent_access"]), dataset_id),
            )
        tx.execute(
            "UPDATE datasets SET modified_at = ? WHERE dataset_id = ?", (time.time(), dataset_id)
        )
        touch_project(tx, project_id)
    return {"dataset_id": dataset_id}


@operation("delete_dataset")
def delete_dataset(call: Call) -> Json:
    dataset = call.body["dataset"]
    project_id, dataset_id = dataset["project_id"], dataset["dataset_id"]
    files = call.services.files
    with call.services.db.write() as tx:
        project_row(tx, call.user, project_id, BUILDER)
        dataset_row(tx, project_id, dataset_id)
        doomed = files_of_datasets(tx, files, [dataset_id])
        tx.execute("DELETE FROM datasets WHERE dataset_id = ?", (dataset_id,))
        touch_project(tx, project_id)
    for path in doomed:
        files.remove(path)
    return {"dataset_id": dataset_id}
