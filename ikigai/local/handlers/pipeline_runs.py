"""Running a flow, its status and progress, and its run log (newest first)."""

from __future__ import annotations

import json
from typing import Any

from ikigai.local.errors import Conflict, Invalid
from ikigai.local.handlers.access import BUILDER, VIEWER, touch_project
from ikigai.local.handlers.pipelines import pipeline_row
from ikigai.local.handlers.registry import Call, Json, operation
from ikigai.local.handlers.views import run_log_view
from ikigai.local.store import runs

_MAX_LOG_ENTRIES = 1000


@operation("run_pipeline")
def run_pipeline(call: Call) -> Json:
    reference = call.body["pipeline"]
    project_id, pipeline_id = reference["project_id"], reference["pipeline_id"]
    given = call.body.get("variables", {})
    flow_runs = call.services.runs
    with call.services.db.write() as tx:
        pipeline = pipeline_row(tx, call.user, pipeline_id, project_id, BUILDER)
        declared: dict[str, Any] = json.loads(pipeline["definition"]).get("variables") or {}
        unknown = sorted(set(given) - set(declared))
        if unknown:
            allowed = ", ".join(sorted(declared)) or "none"
            raise Invalid(
                f"variables: {', '.join(unknown)} not declared by the flow (declared: {allowed})"
            )
        if runs.active(tx, pipeline_id) is not None:
            raise Conflict(f"Flow {pipeline_id!r} is already running")
        run = flow_runs.create(
            tx,
            pipeline,
            call.user,
            {name: value["value"] for name, value in given.items()},
            "MANUAL",
        )
        touch_project(tx, project_id)
    flow_runs.launch(run)
    return {"pipeline_id": pipeline_id}


@operation("is_pipeline_running")
def is_pipeline_running(call: Call) -> Json:
    project_id, pipeline_id = call.text("project_id"), call.text("pipeline_id")
    with call.services.db.read() as tx:
        pipeline_row(tx, call.user, pipeline_id, project_id, VIEWER)
        run = runs.active(tx, pipeline_id)
    if run is None:
        return {"status": False, "progress": {"status": "IDLE", "message": ""}}
    return {
        "status": True,
        "progress": {
            "status": run["status"],
            "progress": run["progress"] or 0,
            "message": run["message"],
        },
    }


@operation("get_pipeline_log")
def get_pipeline_log(call: Call) -> Json:
    project_id, pipeline_id = call.text("project_id"), call.text("pipeline_id")
    limit = min(int(call.query["limit"]), _MAX_LOG_ENTRIES)
    with call.services.db.read() as tx:
        pipeline_row(tx, call.user, pipeline_id, project_id, VIEWER)
        rows = runs.finished(tx, pipeline_id, limit)
    return {"pipeline_log": [run_log_view(row) for row in rows]}
