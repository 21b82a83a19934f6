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
    project_row,
    touch_project,
)
from ikigai.local.handlers.app_items import AppItems
from ikigai.local.handlers.registry import Call, Json, operation
from ikigai.local.handlers.views import dataset_view
from ikigai.local.store.files import DataFiles
from ikigai.local.store.ids import new_id

DATASETS = AppItems(
    table="datasets", alias="ds", id_column="dataset_id", noun="Dataset", directory_kind="DATASET"
)


def datasets_of(tx: sqlite3.Connection, project_id: str) -> list[sqlite3.Row]:
    return DATASETS.rows(tx, project_id)


def dataset_row(tx: sqlite3.Connection, project_id: str, dataset_id: str) -> sqlite3.Row:
    return DATASETS.row(tx, project_id, dataset_id)


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
        row = DATASETS.looked_up(tx, call, project_id)
    return {"dataset": dataset_view(row)}


@operation("get_datasets_for_project")
def get_datasets_for_project(call: Call) -> Json:
    project_id = call.text("project_id")
    with call.services.db.read() as tx:
        project_row(tx, call.user, project_id, VIEWER)
        rows = DATASETS.listed(tx, call, project_id)
    return {"datasets": [dataset_view(row) for row in rows], "limit_warning": ""}


@operation("edit_dataset")
def edit_dataset(call: Call) -> Json:
    dataset = call.body["dataset"]
    project_id, dataset_id = dataset["project_id"], dataset["dataset_id"]
    with call.services.db.write() as tx:
        project_row(tx, call.user, project_id, BUILDER)
        DATASETS.edit(tx, project_id, dataset_id, dataset, columns=("agent_access",))
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
