"""Datasets: their rows (`DATASET_TABLE`), their data file, their log, and the files that go with
them."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ikigai.local.store import rows
from ikigai.local.store.app_items import ItemTable
from ikigai.local.store.db import Row, Transaction
from ikigai.local.store.files import DataFiles

DATASET_TABLE = ItemTable(table="datasets", alias="ds", id_column="dataset_id")


def create(
    tx: Transaction,
    dataset_id: str,
    project_id: str,
    name: str,
    now: float,
    *,
    directory_id: str = "",
    agent_access: bool = False,
) -> None:
    """A dataset with no data yet."""
    DATASET_TABLE.insert(
        tx,
        {
            "dataset_id": dataset_id,
            "project_id": project_id,
            "name": name,
            "directory_id": directory_id,
            "agent_access": agent_access,
            "created_at": now,
            "modified_at": now,
        },
    )


def set_data(
    tx: Transaction,
    dataset_id: str,
    *,
    filename: str,
    file_extension: str,
    data_types: str,
    size: int,
    data_file: str,
    now: float,
) -> None:
    """The dataset's data is now the file `data_file` (an id under its folder), described by
    `data_types` (JSON) and `size`."""
    tx.execute(
        "UPDATE datasets SET filename = ?, file_extension = ?, data_types = ?, size = ?,"
        " data_file = ?, modified_at = ? WHERE dataset_id = ?",
        (filename, file_extension, data_types, size, data_file, now, dataset_id),
    )


def data_file(tx: Transaction, dataset_id: str) -> Row | None:
    """The dataset's `data_file` (None in it when it has no data); None when it is gone."""
    return rows.one(tx, "SELECT data_file FROM datasets WHERE dataset_id = ?", (dataset_id,))


def data_files(tx: Transaction) -> set[tuple[str, str]]:
    """(dataset_id, data_file) of every dataset (data_file None when it has no data)."""
    return {
        (row["dataset_id"], row["data_file"])
        for row in tx.execute("SELECT dataset_id, data_file FROM datasets")
    }


def files_of(tx: Transaction, files: DataFiles, dataset_ids: Iterable[str]) -> list[Path]:
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


# ---------------------------------------------------------------------- the dataset log


def log(tx: Transaction, dataset_id: str, limit: int) -> list[Row]:
    """The dataset's latest log entries, newest first."""
    return rows.every(
        tx,
        "SELECT * FROM dataset_log WHERE dataset_id = ? ORDER BY timestamp DESC, seq DESC LIMIT ?",
        (dataset_id, limit),
    )


def add_log_entry(
    tx: Transaction, dataset_id: str, job_type: str, status: str, message: str, stamp: int
) -> None:
    tx.execute(
        "INSERT INTO dataset_log (dataset_id, status, job_type, message, timestamp)"
        " VALUES (?, ?, ?, ?, ?)",
        (dataset_id, status, job_type, message, stamp),
    )
