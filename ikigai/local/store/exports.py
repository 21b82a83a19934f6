"""Exports: snapshots of a dataset's data that presigned download URLs serve."""

from __future__ import annotations

from ikigai.local.store import rows
from ikigai.local.store.db import Row, Transaction


def latest(tx: Transaction, dataset_id: str, data_file: str) -> Row | None:
    """The newest export of this version of the dataset's data."""
    return rows.one(
        tx,
        "SELECT * FROM exports WHERE dataset_id = ? AND data_file = ?"
        " ORDER BY created_at DESC LIMIT 1",
        (dataset_id, data_file),
    )


def served(tx: Transaction, dataset_id: str, export_id: str) -> Row | None:
    """The export's `state` and its dataset's `filename`, for a download URL."""
    return rows.one(
        tx,
        "SELECT e.state, d.filename FROM exports e JOIN datasets d USING (dataset_id)"
        " WHERE e.export_id = ? AND e.dataset_id = ?",
        (export_id, dataset_id),
    )


def dataset_facts(tx: Transaction, dataset_id: str) -> Row | None:
    """The dataset's `project_id`, `name` and `size`: what decides how its export is made."""
    return rows.one(
        tx, "SELECT project_id, name, size FROM datasets WHERE dataset_id = ?", (dataset_id,)
    )


def high_volume_definitions(tx: Transaction, project_id: str) -> list[str]:
    """The definitions (JSON text) of the app's flows that prefer high-volume processing."""
    found = rows.every(
        tx,
        "SELECT definition FROM pipelines WHERE project_id = ? AND high_volume_preference != 0",
        (project_id,),
    )
    return [str(row["definition"]) for row in found]


def create(
    tx: Transaction, export_id: str, dataset_id: str, data_file: str, state: str, now: float
) -> None:
    tx.execute(
        "INSERT INTO exports (export_id, dataset_id, data_file, state, created_at,"
        " last_signed_at) VALUES (?, ?, ?, ?, ?, ?)",
        (export_id, dataset_id, data_file, state, now, now),
    )


def set_state(tx: Transaction, export_id: str, state: str) -> bool:
    """Set the export's state; False when there is no such export (any more)."""
    updated = tx.execute("UPDATE exports SET state = ? WHERE export_id = ?", (state, export_id))
    return updated.rowcount > 0


def mark_signed(tx: Transaction, export_id: str, now: float) -> None:
    """A URL for the export was handed out at `now`."""
    tx.execute("UPDATE exports SET last_signed_at = ? WHERE export_id = ?", (now, export_id))


def delete(tx: Transaction, export_id: str) -> None:
    tx.execute("DELETE FROM exports WHERE export_id = ?", (export_id,))


def delete_unless(tx: Transaction, state: str) -> None:
    """Drop every export that is not in `state`."""
    tx.execute("DELETE FROM exports WHERE state != ?", (state,))


def replaced_signed_before(tx: Transaction, cutoff: float) -> list[str]:
    """The exports of data their dataset no longer holds whose last URL was handed out before
    `cutoff`."""
    return [
        str(row["export_id"])
        for row in tx.execute(
            "SELECT e.export_id FROM exports e JOIN datasets d USING (dataset_id)"
            " WHERE (d.data_file IS NULL OR e.data_file != d.data_file)"
            " AND e.last_signed_at < ?",
            (cutoff,),
        )
    ]


def all_ids(tx: Transaction) -> set[str]:
    return {row["export_id"] for row in tx.execute("SELECT export_id FROM exports")}
