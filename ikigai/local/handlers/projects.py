"""Apps (projects on the wire): create, read, list, edit, delete, and their components."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from ikigai.local.handlers.access import (
    BUILDER,
    OWNER,
    PROJECT_SELECT,
    VIEWER,
    project_row,
    user_directory_id,
)
from ikigai.local.handlers.datasets import files_of_datasets
from ikigai.local.handlers.registry import Call, Json, operation
from ikigai.local.handlers.views import app_view, dataset_view, directory_view, model_view
from ikigai.local.server.errors import ApiError, not_found
from ikigai.local.store.ids import new_id


def visible_apps(tx: sqlite3.Connection, user: str) -> list[sqlite3.Row]:
    return tx.execute(PROJECT_SELECT + " ORDER BY p.created_at, p.project_id", (user,)).fetchall()


def _ensure_unique_app_name(tx: sqlite3.Connection, owner: str, name: str, except_id: str) -> None:
    row = tx.execute(
        "SELECT 1 FROM projects WHERE owner = ? AND name = ? AND project_id != ?",
        (owner, name, except_id),
    ).fetchone()
    if row is not None:
        raise ApiError(409, f"You already have an app named {name!r}")


@operation("create_project")
def create_project(call: Call) -> Json:
    project = call.body["project"]
    project_id = new_id()
    now = time.time()
    with call.services.db.write() as tx:
        _ensure_unique_app_name(tx, call.user, project["name"], "")
        directory_id = user_directory_id(tx, call.user, project["directory"])
        tx.execute(
            "INSERT INTO projects (project_id, name, owner, description, created_at, modified_at,"
            " last_used_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (project_id, project["name"], call.user, project["description"], now, now, now),
        )
        tx.execute(
            "INSERT INTO project_members (project_id, email, level, directory_id)"
            " VALUES (?, ?, ?, ?)",
            (project_id, call.user, OWNER, directory_id),
        )
    return {"project_id": project_id}


@operation("get_project")
def get_project(call: Call) -> Json:
    with call.services.db.read() as tx:
        if call.mode == "get_project_by_id":
            return {"project": app_view(project_row(tx, call.user, call.text("project_id")))}
        name = call.text("name")
        named = [row for row in visible_apps(tx, call.user) if row["name"] == name]
    if not named:
        raise not_found("App named", name)
    named.sort(key=lambda row: row["owner"] != call.user)  # the caller's own app first
    return {"project": app_view(named[0])}


@operation("get_projects_for_user")
def get_projects_for_user(call: Call) -> Json:
    with call.services.db.read() as tx:
        apps = visible_apps(tx, call.user)
        if call.mode == "get_projects_in_directory":
            directory_id = call.text("directory_id")
            user_directory_id(tx, call.user, {"directory_id": directory_id, "type": "PROJECT"})
            apps = [row for row in apps if row["placement"] == directory_id]
    return {"projects": [app_view(row) for row in apps], "limit_warning": ""}


@operation("get_components_for_project")
def get_components_for_project(call: Call) -> Json:
    # Imported here: pipelines imports this module's helpers for its own listings.
    from ikigai.local.handlers.pipelines import flows_of

    project_id = call.text("project_id")
    with call.services.db.read() as tx:
        project_row(tx, call.user, project_id, VIEWER)
        datasets = tx.execute(
            "SELECT ds.*, d.name AS directory_name FROM datasets ds"
            " LEFT JOIN directories d ON d.directory_id = ds.directory_id"
            " WHERE ds.project_id = ? ORDER BY ds.created_at",
            (project_id,),
        ).fetchall()
        models = tx.execute(
            "SELECT m.*, d.name AS directory_name FROM models m"
            " LEFT JOIN directories d ON d.directory_id = m.directory_id"
            " WHERE m.project_id = ? ORDER BY m.created_at",
            (project_id,),
        ).fetchall()
        flows = flows_of(tx, project_id)
        directories = {
            kind: [
                directory_view(row, kind, project_id, 0)
                for row in tx.execute(
                    "SELECT * FROM directories WHERE project_id = ? AND kind = ?"
                    " ORDER BY created_at",
                    (project_id, kind),
                )
            ]
            for kind in ("DATASET", "PIPELINE", "MODEL")
        }
        users = [
            {"email": row["email"], "project_access_level": row["level"]}
            for row in tx.execute(
                "SELECT email, level FROM project_members WHERE project_id = ? ORDER BY email",
                (project_id,),
            )
        ]
    components: Json = {
        "charts": [],
        "connectors": [],
        "dashboards": [],
        "datasets": [dataset_view(row) for row in datasets],
        "databases": [],
        "pipelines": flows,
        "models": [model_view(row) for row in models],
        "external_resources": [],
        "users": users,
        "connector_directories": [],
        "dashboard_directories": [],
        "dataset_directories": directories["DATASET"],
        "database_directories": [],
        "pipeline_directories": directories["PIPELINE"],
        "model_directories": directories["MODEL"],
        "external_resource_directories": [],
    }
    return {"project_components": {project_id: components}}


@operation("edit_project")
def edit_project(call: Call) -> Json:
    """Name and description need BUILDER; the directory is the caller's own placement of the
    app in their app-directory tree, which any member may change."""
    project = call.body["project"]
    project_id = project["project_id"]
    with call.services.db.write() as tx:
        need = BUILDER if "name" in project or "description" in project else VIEWER
        row = project_row(tx, call.user, project_id, need)
        if "directory" in project:
            directory_id = user_directory_id(tx, call.user, project["directory"])
            tx.execute(
                "UPDATE project_members SET directory_id = ? WHERE project_id = ? AND email = ?",
                (directory_id, project_id, call.user),
            )
        if "name" in project:
            _ensure_unique_app_name(tx, row["owner"], project["name"], project_id)
            tx.execute(
                "UPDATE projects SET name = ? WHERE project_id = ?", (project["name"], project_id)
            )
        if "description" in project:
            tx.execute(
                "UPDATE projects SET description = ? WHERE project_id = ?",
                (project["description"], project_id),
            )
        if need == BUILDER:
            tx.execute(
                "UPDATE projects SET modified_at = ? WHERE project_id = ?",
                (time.time(), project_id),
            )
    return {"project_id": project_id}


@operation("delete_project")
def delete_project(call: Call) -> Json:
    """Deletes the app and everything in it: datasets and their files, flows and their runs,
    models and their versions, directories."""
    project_id = call.body["project"]["project_id"]
    files = call.services.files
    with call.services.db.write() as tx:
        project_row(tx, call.user, project_id, OWNER)
        dataset_ids = [
            row["dataset_id"]
            for row in tx.execute(
                "SELECT dataset_id FROM datasets WHERE project_id = ?", (project_id,)
            )
        ]
        doomed: list[Path] = files_of_datasets(tx, files, dataset_ids)
        doomed += [
            files.model_artifact(row["version_id"])
            for row in tx.execute(
                "SELECT v.version_id FROM model_versions v JOIN models m USING (model_id)"
                " WHERE m.project_id = ?",
                (project_id,),
            )
        ]
        tx.execute("DELETE FROM projects WHERE project_id = ?", (project_id,))
    for path in doomed:
        files.remove(path)
    return {"project_id": project_id}
