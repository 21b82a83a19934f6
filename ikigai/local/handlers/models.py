"""Models and their versions (versions are created by flow runs that train the model)."""

from __future__ import annotations

import sqlite3
import time

from ikigai.local.catalogs import known_model_types
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
from ikigai.local.handlers.views import model_version_view, model_view
from ikigai.local.server.errors import ApiError, not_found
from ikigai.local.store.ids import new_id

MODELS = AppItems(
    table="models", alias="m", id_column="model_id", noun="Model", directory_kind="MODEL"
)


def models_of(tx: sqlite3.Connection, project_id: str) -> list[sqlite3.Row]:
    return MODELS.rows(tx, project_id)


def _check_model_type(call: Call, model_type: str, sub_model_type: str) -> None:
    known = known_model_types(call.services.catalog)
    if known is None:
        return
    if model_type not in known:
        raise ApiError(
            400, f"model.model_type: {model_type!r} is not a model type; one of {sorted(known)}"
        )
    if sub_model_type not in known[model_type]:
        raise ApiError(
            400,
            f"model.sub_model_type: {sub_model_type!r} is not a sub-model type of {model_type};"
            f" one of {known[model_type]}",
        )


@operation("create_model")
def create_model(call: Call) -> Json:
    model = call.body["model"]
    project_id = model["project_id"]
    _check_model_type(call, model["model_type"], model["sub_model_type"])
    model_id = new_id()
    now = time.time()
    with call.services.db.write() as tx:
        project_row(tx, call.user, project_id, BUILDER)
        ensure_unique_name(tx, "models", project_id, model["name"])
        directory_id = app_directory_id(tx, project_id, "MODEL", model["directory"])
        tx.execute(
            "INSERT INTO models (model_id, project_id, name, directory_id, model_type,"
            " sub_model_type, description, created_at, modified_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                model_id,
                project_id,
                model["name"],
                directory_id,
                model["model_type"],
                model["sub_model_type"],
                model["description"],
                now,
                now,
            ),
        )
        touch_project(tx, project_id)
    return {"model_id": model_id}


@operation("get_model")
def get_model(call: Call) -> Json:
    project_id = call.text("project_id")
    with call.services.db.read() as tx:
        project_row(tx, call.user, project_id, VIEWER)
        row = MODELS.looked_up(tx, call, project_id)
    return {"model": model_view(row)}


@operation("get_models_for_project")
def get_models_for_project(call: Call) -> Json:
    project_id = call.text("project_id")
    with call.services.db.read() as tx:
        project_row(tx, call.user, project_id, VIEWER)
        rows = MODELS.listed(tx, call, project_id)
    return {"models": [model_view(row) for row in rows], "limit_warning": ""}


@operation("edit_model")
def edit_model(call: Call) -> Json:
    model = call.body["model"]
    project_id, model_id = model["project_id"], model["model_id"]
    with call.services.db.write() as tx:
        project_row(tx, call.user, project_id, BUILDER)
        MODELS.edit(tx, project_id, model_id, model, columns=("description",))
    return {"model_id": model_id}


@operation("delete_model")
def delete_model(call: Call) -> Json:
    model = call.body["model"]
    project_id, model_id = model["project_id"], model["model_id"]
    files = call.services.files
    with call.services.db.write() as tx:
        project_row(tx, call.user, project_id, BUILDER)
        MODELS.row(tx, project_id, model_id)
        doomed = [
            files.model_artifact(row["version_id"])
            for row in tx.execute(
                "SELECT version_id FROM model_versions WHERE model_id = ?", (model_id,)
            )
        ]
        tx.execute("DELETE FROM models WHERE model_id = ?", (model_id,))
        touch_project(tx, project_id)
    for path in doomed:
        files.remove(path)
    return {"model_id": model_id}


@operation("get_model_versions")
def get_model_versions(call: Call) -> Json:
    project_id, model_id = call.text("project_id"), call.text("model_id")
    with call.services.db.read() as tx:
        project_row(tx, call.user, project_id, VIEWER)
        MODELS.row(tx, project_id, model_id)
        rows = tx.execute(
            "SELECT * FROM model_versions WHERE model_id = ? ORDER BY created_at, version_id",
            (model_id,),
        ).fetchall()
    return {"versions": [model_version_view(row) for row in rows]}


@operation("get_model_version")
def get_model_version(call: Call) -> Json:
    project_id, version_id = call.text("project_id"), call.text("version_id")
    with call.services.db.read() as tx:
        project_row(tx, call.user, project_id, VIEWER)
        row: sqlite3.Row | None = tx.execute(
            "SELECT v.* FROM model_versions v JOIN models m USING (model_id)"
            " WHERE v.version_id = ? AND m.project_id = ?",
            (version_id, project_id),
        ).fetchone()
    if row is None:
        raise not_found("Model version", version_id)
    return {"model_version": model_version_view(row)}
