"""Flows (pipelines on the wire): definitions stored and returned exactly as sent, schedules,
the high-volume preference and agent access."""

from __future__ import annotations

import json
import time
from typing import Any

from ikigai.local.errors import Invalid, NotFound, not_found
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
from ikigai.local.handlers.views import flow_view
from ikigai.local.scheduling.cron import CronError, parse_cron
from ikigai.local.store import runs
from ikigai.local.store.db import Row, Transaction
from ikigai.local.store.ids import new_id
from ikigai.local.store.pipelines import PIPELINE_TABLE

LAST_EPOCH_SECOND = 253402300799
"""9999-12-31 23:59:59 UTC, the last second a Python datetime holds."""


def _view(tx: Transaction, row: Row) -> Json:
    return flow_view(row, runs.last_finished(tx, row["pipeline_id"]))


def flows_of(tx: Transaction, project_id: str, directory_id: str | None = None) -> list[Json]:
    return [
        _view(tx, row)
        for row in PIPELINE_TABLE.all(tx, project_id)
        if directory_id is None or row["directory_id"] == directory_id
    ]


def pipeline_row(
    tx: Transaction, user: str, pipeline_id: str, project_id: str | None, need: str
) -> Row:
    """A flow the caller may access at level `need` (its app's membership decides)."""
    row = PIPELINE_TABLE.by_id(tx, pipeline_id, project_id)
    if row is None:
        raise not_found("Flow", pipeline_id)
    try:
        project_row(tx, user, row["project_id"], need)
    except NotFound:
        raise not_found("Flow", pipeline_id) from None
    return row


def stored_schedule(schedule: dict[str, Any] | None) -> str | None:
    """The schedule to store (JSON, as sent), or None for "not scheduled".

    A schedule whose values are all empty, or whose end time is not after its start time (the
    clients' removal sentinel `{"name": "-", "cron": "0 0 0 0 0", "start_time": "1",
    "end_time": "1"}`), removes the schedule.
    """
    if schedule is None or not any(schedule.values()):
        return None
    start, end = schedule.get("start_time", ""), schedule.get("end_time", "")
    for key, text in (("start_time", start), ("end_time", end)):
        # Past the year 9999 no datetime holds the time: clients could not read the flow.
        if text and int(text) > LAST_EPOCH_SECOND:
            raise Invalid(f"pipeline.schedule.{key}: at most {LAST_EPOCH_SECOND}, not {text}")
    if start and end and int(end) <= int(start):
        return None
    try:
        parse_cron(schedule.get("cron", ""))
    except CronError as error:
        raise Invalid(f"pipeline.schedule.cron: {error}") from None
    return json.dumps(schedule)


@operation("create_pipeline")
def create_pipeline(call: Call) -> Json:
    pipeline = call.body["pipeline"]
    project_id = pipeline["project_id"]
    pipeline_id = new_id()
    now = time.time()
    schedule = stored_schedule(pipeline["schedule"])
    with call.services.db.write() as tx:
        project_row(tx, call.user, project_id, BUILDER)
        ensure_unique_name(tx, PIPELINE_TABLE, project_id, pipeline["name"])
        directory_id = app_directory_id(tx, project_id, "PIPELINE", pipeline["directory"])
        PIPELINE_TABLE.insert(
            tx,
            {
                "pipeline_id": pipeline_id,
                "project_id": project_id,
                "name": pipeline["name"],
                "directory_id": directory_id,
                "agent_access": bool(pipeline.get("agent_access", False)),
                "high_volume_preference": bool(pipeline["high_volume_preference"]),
                "definition": json.dumps(pipeline["definition"]),
                "schedule": schedule,
                "schedule_user": call.user,
                "schedule_last_minute": int(now // 60),
                "created_at": now,
                "modified_at": now,
            },
        )
        touch_project(tx, project_id)
    return {"pipeline_id": pipeline_id}


@operation("get_pipeline")
def get_pipeline(call: Call) -> Json:
    with call.services.db.read() as tx:
        if call.mode == "get_pipeline_by_name":
            project_id, name = call.text("project_id"), call.text("name")
            project_row(tx, call.user, project_id, VIEWER)
            row = PIPELINE_TABLE.by_name(tx, project_id, name)
            if row is None:
                raise not_found("Flow named", name)
        else:
            row = pipeline_row(tx, call.user, call.text("pipeline_id"), None, VIEWER)
        return {"pipeline": _view(tx, row)}


@operation("get_pipelines_for_project")
def get_pipelines_for_project(call: Call) -> Json:
    project_id = call.text("project_id")
    with call.services.db.read() as tx:
        project_row(tx, call.user, project_id, VIEWER)
        directory_id = listed_directory(
            tx, project_id, "PIPELINE", call.mode, call.text("directory_id")
        )
        return {"pipelines": flows_of(tx, project_id, directory_id), "limit_warning": ""}


@operation("edit_pipeline")
def edit_pipeline(call: Call) -> Json:
    pipeline = call.body["pipeline"]
    project_id, pipeline_id = pipeline["project_id"], pipeline["pipeline_id"]
    updates: dict[str, Any] = {}
    if "schedule" in pipeline:
        updates["schedule"] = stored_schedule(pipeline["schedule"])
        updates["schedule_user"] = call.user
        updates["schedule_last_minute"] = int(time.time() // 60)
    for key in ("high_volume_preference", "agent_access"):
        if key in pipeline:
            updates[key] = bool(pipeline[key])
    if "definition" in pipeline:
        updates["definition"] = json.dumps(pipeline["definition"])
    with call.services.db.write() as tx:
        pipeline_row(tx, call.user, pipeline_id, project_id, BUILDER)
        if "name" in pipeline:
            ensure_unique_name(tx, PIPELINE_TABLE, project_id, pipeline["name"], pipeline_id)
            updates["name"] = pipeline["name"]
        if "directory" in pipeline:
            updates["directory_id"] = app_directory_id(
                tx, project_id, "PIPELINE", pipeline["directory"]
            )
        updates["modified_at"] = time.time()
        PIPELINE_TABLE.update(tx, pipeline_id, updates)
        touch_project(tx, project_id)
    return {"pipeline_id": pipeline_id}


@operation("delete_pipeline")
def delete_pipeline(call: Call) -> Json:
    pipeline = call.body["pipeline"]
    project_id, pipeline_id = pipeline["project_id"], pipeline["pipeline_id"]
    with call.services.db.write() as tx:
        pipeline_row(tx, call.user, pipeline_id, project_id, BUILDER)
        PIPELINE_TABLE.delete(tx, pipeline_id)
        touch_project(tx, project_id)
    return {"pipeline_id": pipeline_id}
