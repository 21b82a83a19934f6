"""Multipart uploads into datasets, and the parts received so far."""

from __future__ import annotations

from collections.abc import Sequence

from ikigai.local.store import rows
from ikigai.local.store.db import Row, Transaction


def create(
    tx: Transaction,
    upload_id: str,
    dataset_id: str,
    filename: str,
    *,
    file_size: int,
    part_size: int,
    part_count: int,
    state: str,
    now: float,
) -> None:
    rows.insert(
        tx,
        "uploads",
        {
            "upload_id": upload_id,
            "dataset_id": dataset_id,
            "filename": filename,
            "file_size": file_size,
            "part_size": part_size,
            "part_count": part_count,
            "state": state,
            "created_at": now,
        },
    )


def find(tx: Transaction, upload_id: str, dataset_id: str | None = None) -> Row | None:
    """The upload (into this dataset, when one is given)."""
    row: Row | None = tx.execute(
        "SELECT * FROM uploads WHERE upload_id = ?", (upload_id,)
    ).fetchone()
    if row is None or (dataset_id is not None and row["dataset_id"] != dataset_id):
        return None
    return row


def state(tx: Transaction, upload_id: str) -> str | None:
    """The upload's state; None when it is gone."""
    row = tx.execute("SELECT state FROM uploads WHERE upload_id = ?", (upload_id,)).fetchone()
    return None if row is None else str(row["state"])


def set_state(tx: Transaction, upload_id: str, state: str) -> None:
    tx.execute("UPDATE uploads SET state = ? WHERE upload_id = ?", (state, upload_id))


def mark_completed(tx: Transaction, upload_id: str, state: str, now: float) -> None:
    tx.execute(
        "UPDATE uploads SET state = ?, completed_at = ? WHERE upload_id = ?",
        (state, now, upload_id),
    )


def mark_failed(tx: Transaction, upload_id: str, state: str, message: str) -> None:
    tx.execute(
        "UPDATE uploads SET state = ?, message = ? WHERE upload_id = ?",
        (state, message, upload_id),
    )


def latest_completed(tx: Transaction, dataset_id: str) -> Row | None:
    """The dataset's upload completed last (whatever became of it since)."""
    return rows.one(
        tx,
        "SELECT * FROM uploads WHERE dataset_id = ? AND completed_at IS NOT NULL"
        " ORDER BY completed_at DESC LIMIT 1",
        (dataset_id,),
    )


def others_in_state(tx: Transaction, dataset_id: str, state: str, upload_id: str) -> list[Row]:
    """The dataset's uploads other than `upload_id` that are in `state`."""
    return rows.every(
        tx,
        "SELECT * FROM uploads WHERE dataset_id = ? AND state = ? AND upload_id != ?",
        (dataset_id, state, upload_id),
    )


def in_states(tx: Transaction, states: Sequence[str]) -> list[Row]:
    """Every upload in one of these states, in the order they were completed."""
    marks = ", ".join("?" for _ in states)
    return rows.every(
        tx, f"SELECT * FROM uploads WHERE state IN ({marks}) ORDER BY completed_at", tuple(states)
    )


def ids_in_states(tx: Transaction, states: Sequence[str]) -> set[str]:
    return {str(row["upload_id"]) for row in in_states(tx, states)}


def created_before(tx: Transaction, state: str, cutoff: float) -> list[str]:
    """The ids of the uploads in `state` that began before `cutoff`."""
    return [
        str(row["upload_id"])
        for row in tx.execute(
            "SELECT upload_id FROM uploads WHERE state = ? AND created_at < ?", (state, cutoff)
        )
    ]


def completed_before(tx: Transaction, state: str, cutoff: float) -> list[Row]:
    """The uploads in `state` that were completed before `cutoff`."""
    return rows.every(
        tx, "SELECT * FROM uploads WHERE state = ? AND completed_at < ?", (state, cutoff)
    )


def delete_orphans(tx: Transaction) -> None:
    """Drop uploads into datasets that are gone (deleting a dataset deletes its uploads; rows
    written without that rule remain)."""
    tx.execute("DELETE FROM uploads WHERE dataset_id NOT IN (SELECT dataset_id FROM datasets)")


# ---------------------------------------------------------------------- parts


def part_etags(tx: Transaction, upload_id: str) -> dict[int, str]:
    """Part number -> ETag of every part received."""
    return {
        row["part"]: row["etag"]
        for row in tx.execute(
            "SELECT part, etag FROM upload_parts WHERE upload_id = ?", (upload_id,)
        )
    }


def parts(tx: Transaction, upload_id: str) -> list[Row]:
    """The parts received (part, etag, size), in part order."""
    return rows.every(
        tx,
        "SELECT part, etag, size FROM upload_parts WHERE upload_id = ? ORDER BY part",
        (upload_id,),
    )


def has_part(tx: Transaction, upload_id: str, part: int) -> bool:
    return rows.exists(
        tx, "SELECT 1 FROM upload_parts WHERE upload_id = ? AND part = ?", (upload_id, part)
    )


def drop_part(tx: Transaction, upload_id: str, part: int) -> None:
    tx.execute("DELETE FROM upload_parts WHERE upload_id = ? AND part = ?", (upload_id, part))


def store_part(tx: Transaction, upload_id: str, part: int, etag: str, size: int) -> None:
    """Record a received part (a part sent again replaces the earlier one)."""
    tx.execute(
        "INSERT OR REPLACE INTO upload_parts (upload_id, part, etag, size) VALUES (?, ?, ?, ?)",
        (upload_id, part, etag, size),
    )


def drop_parts(tx: Transaction, upload_id: str) -> None:
    tx.execute("DELETE FROM upload_parts WHERE upload_id = ?", (upload_id,))
