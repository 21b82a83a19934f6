"""Flows (pipelines, `PIPELINE_TABLE`) and what their schedules need."""

from __future__ import annotations

from ikigai.local.store import rows
from ikigai.local.store.app_items import ItemTable
from ikigai.local.store.db import Row, Transaction

PIPELINE_TABLE = ItemTable(table="pipelines", alias="p", id_column="pipeline_id")


def scheduled_before(tx: Transaction, minute: int) -> list[Row]:
    """Flows with a schedule that last fired before `minute` (epoch minutes), each with the
    `level` in its app of the user who set the schedule (None when they are no member)."""
    return rows.every(
        tx,
        "SELECT p.*, m.level FROM pipelines p"
        " LEFT JOIN project_members m ON m.project_id = p.project_id"
        " AND m.email = p.schedule_user"
        " WHERE p.schedule IS NOT NULL AND p.schedule_last_minute < ?",
        (minute,),
    )


def mark_fired(tx: Transaction, pipeline_id: str, minute: int) -> None:
    tx.execute(
        "UPDATE pipelines SET schedule_last_minute = ? WHERE pipeline_id = ?",
        (minute, pipeline_id),
    )
