"""Flow runs: one row from the moment a run is accepted; its log entry once it has finished."""

from __future__ import annotations

from ikigai.local.store import rows
from ikigai.local.store.db import Row, Transaction


def active(tx: Transaction, pipeline_id: str) -> Row | None:
    """The flow's run that has not finished, if any."""
    return rows.one(
        tx,
        "SELECT * FROM runs WHERE pipeline_id = ? AND finished_at IS NULL LIMIT 1",
        (pipeline_id,),
    )


def finished(tx: Transaction, pipeline_id: str, limit: int) -> list[Row]:
    """The flow's latest finished runs (its run log), newest first."""
    return rows.every(
        tx,
        "SELECT * FROM runs WHERE pipeline_id = ? AND finished_at IS NOT NULL"
        " ORDER BY timestamp DESC, seq DESC LIMIT ?",
        (pipeline_id, limit),
    )


def last_finished(tx: Transaction, pipeline_id: str) -> Row | None:
    latest = finished(tx, pipeline_id, 1)
    return latest[0] if latest else None


def create(
    tx: Transaction,
    run_id: str,
    pipeline_id: str,
    project_id: str,
    user: str,
    trigger: str,
    status: str,
    started_at: float,
) -> None:
    rows.insert(
        tx,
        "runs",
        {
            "run_id": run_id,
            "pipeline_id": pipeline_id,
            "project_id": project_id,
            "user": user,
            "trigger": trigger,
            "status": status,
            "progress": 0,
            "started_at": started_at,
        },
    )


def record_progress(tx: Transaction, run_id: str, percent: int, message: str) -> None:
    """What the run reports while it runs (nothing once it has finished)."""
    tx.execute(
        "UPDATE runs SET progress = ?, message = ? WHERE run_id = ? AND finished_at IS NULL",
        (percent, message, run_id),
    )


def finish(
    tx: Transaction,
    run_id: str,
    status: str,
    message: str,
    facet_id: str,
    now: float,
    stamp: int,
) -> None:
    """The run's outcome: its log entry, stamped `stamp`."""
    tx.execute(
        "UPDATE runs SET status = ?, message = ?, erroneous_facet_id = ?, progress = 100,"
        " finished_at = ?, timestamp = ? WHERE run_id = ?",
        (status, message, facet_id, now, stamp, run_id),
    )


def finish_unfinished(tx: Transaction, status: str, message: str, now: float, stamp: int) -> None:
    """End every run that has not finished (after a restart) with this outcome."""
    tx.execute(
        "UPDATE runs SET status = ?, message = ?, finished_at = ?, timestamp = ?"
        " WHERE finished_at IS NULL",
        (status, message, now, stamp),
    )
