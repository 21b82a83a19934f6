"""Apps (projects on the wire): create, read, list, edit, delete, and their components."""

from __future__ import annotations

import time
from pathlib import Path

from ikigai.local.errors import Conflict, not_found
from ikigai.local.handlers.access import (
    BUILDER,
    OWNER,
    VIEWER,
    project_row,
    user_directory_id,
)
from ikigai.local.handlers.pipelines import flows_of
from ikigai.local.handlers.registry import Call, Json, operation
from ikigai.local.handlers.views import app_view, dataset_view, directory_view, model_view
from ikigai.local.store import datasets, directories, models, projects
from ikigai.local.store.db import Transaction
from ikigai.local.store.ids import new_id


def _ensure_unique_app_name(tx: Transaction, owner: str, name: str, except_id: str) -> None:
    if projects.name_taken(tx, owner, name, except_id):
        raise Conflict(f"You already have an app named {name!r}")


@operation("create_project")
def create_project(call: Call) -> Json:
    project = call.body["project"]
    project_id = new_id()
    now = time.time()
    with call.services.db.write() as tx:
        _ensure_unique_app_name(tx, call.user, project["name"], "")
        directory_id = user_directory_id(tx, call.user, project["directory"])
        projects.create(tx, project_id, project["name"], call.user, project["description"], now)
        projects.add_member(tx, project_id, call.user, OWNER, directory_id)
    return {"project_id": project_id}


@operation("get_project")
def get_project(call: Call) -> Json:
    with call.services.db.read() as tx:
        if call.mode == "get_project_by_id":
            return {"project": app_view(project_row(tx, call.user, call.text("project_id")))}
        name = call.text("name")
        named = [row for row in projects.all_seen_by(tx, call.user) if row["name"] == name]
    if not named:
        raise not_found("App named", name)
    named.sort(key=lambda row: row["owner"] != call.user)  # the caller's own app first
    return {"project": app_view(named[0])}


@operation("get_projects_for_user")
def get_projects_for_user(call: Call) -> Json:
    with call.services.db.read() as tx:
        apps = projects.all_seen_by(tx, call.user)
        if call.mode == "get_projects_in_directory":
            directory_id = call.text("directory_id")
            user_directory_id(tx, call.user, {"directory_id": directory_id, "type": "PROJECT"})
            apps = [row for row in apps if row["placement"] == directory_id]
    return {"projects": [app_view(row) for row in apps], "limit_warning": ""}


@operation("get_components_for_project")
def get_components_for_project(call: Call) -> Json:
    project_id = call.text("project_id")
    with call.services.db.read() as tx:
        project_row(tx, call.user, project_id, VIEWER)
        dataset_rows = datasets.DATASET_TABLE.all(tx, project_id)
        model_rows = models.MODEL_TABLE.all(tx, project_id)
        flows = flows_of(tx, project_id)
        directories_of = {
            kind: [
                directory_view(row, kind, project_id, 0)
                for row in directories.directories(tx, project_id, kind)
            ]
            for kind in ("DATASET", "PIPELINE", "MODEL")
        }
        users = [
            {"email": row["email"], "project_access_level": row["level"]}
            for row in projects.members(tx, project_id)
        ]
    components: Json = {
        "charts": [],
        "connectors": [],
        "dashboards": [],
        "datasets": [dataset_view(row) for row in dataset_rows],
        "databases": [],
        "pipelines": flows,
        "models": [model_view(row) for row in model_rows],
        "external_resources": [],
        "users": users,
        "connector_directories": [],
        "dashboard_directories": [],
        "dataset_directories": directories_of["DATASET"],
        "database_directories": [],
        "pipeline_directories": directories_of["PIPELINE"],
        "model_directories": directories_of["MODEL"],
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
            projects.place(tx, project_id, call.user, directory_id)
        if "name" in project:
            _ensure_unique_app_name(tx, row["owner"], project["name"], project_id)
            projects.rename(tx, project_id, project["name"])
        if "description" in project:
            projects.describe(tx, project_id, project["description"])
        if need == BUILDER:
            projects.mark_modified(tx, project_id, time.time())
    return {"project_id": project_id}


@operation("delete_project")
def delete_project(call: Call) -> Json:
    """Deletes the app and everything in it: datasets and their files, flows and their runs,
    models and their versions, directories."""
    project_id = call.body["project"]["project_id"]
    files = call.services.files
    with call.services.db.write() as tx:
        project_row(tx, call.user, project_id, OWNER)
        dataset_ids = datasets.DATASET_TABLE.ids_in(tx, project_id)
        doomed: list[Path] = datasets.files_of(tx, files, dataset_ids)
        doomed += [
            files.model_artifact(version_id)
            for version_id in models.version_ids_in_app(tx, project_id)
        ]
        projects.delete(tx, project_id)
    for path in doomed:
        files.remove(path)
    return {"project_id": project_id}
