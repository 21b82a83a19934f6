"""Who may do what in an app, and where objects may be placed.

An app is visible only to its members. Members have one of three levels: a VIEWER reads, a
BUILDER also creates, edits, deletes, uploads and runs what is inside the app, an OWNER also
shares the app, renames it and deletes it. An app that is not visible to the caller is reported
as not found, so its existence does not leak.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Mapping
from typing import Any

from ikigai.local.server.errors import ApiError, not_found

VIEWER, BUILDER, OWNER = "VIEWER", "BUILDER", "OWNER"
_RANK = {VIEWER: 1, BUILDER: 2, OWNER: 3}

PROJECT_SELECT = """
    SELECT p.*, m.level, m.directory_id AS placement, pd.name AS directory_name
    FROM projects p
    JOIN project_members m ON m.project_id = p.project_id AND m.email = ?
    LEFT JOIN project_directories pd ON pd.directory_id = m.directory_id
"""

_WHAT = {
    VIEWER: "read it",
    BUILDER: "change what is in it",
    OWNER: "share or delete it",
}


def project_row(
    tx: sqlite3.Connection, user: str, project_id: str, need: str = VIEWER
) -> sqlite3.Row:
    """The app as the caller sees it; 404 when invisible, 403 when their level is too low."""
    row: sqlite3.Row | None = tx.execute(
        PROJECT_SELECT + " WHERE p.project_id = ?", (user, project_id)
    ).fetchone()
    if row is None:
        raise not_found("App", project_id)
    if _RANK[row["level"]] < _RANK[need]:
        raise ApiError(
            403,
            f"You are a {row['level']} of app {project_id!r}: "
            f"only a {need}{'' if need == OWNER else ' or higher'} may {_WHAT[need]}",
        )
    return row


def touch_project(tx: sqlite3.Connection, project_id: str) -> None:
    now = time.time()
    tx.execute(
        "UPDATE projects SET modified_at = ?, last_used_at = ? WHERE project_id = ?",
        (now, now, project_id),
    )


_DIRECTORY_KINDS = {"DATASET": "dataset", "PIPELINE": "pipeline", "MODEL": "model"}


def app_directory_id(
    tx: sqlite3.Connection, project_id: str, kind: str, placement: Mapping[str, Any]
) -> str:
    """The directory a DirectoryPlacement names inside an app ("" for `{}`, the root)."""
    if not placement:
        return ""
    _check_type(placement, kind)
    directory_id = str(placement["directory_id"])
    row: sqlite3.Row | None = tx.execute(
        "SELECT 1 FROM directories WHERE directory_id = ? AND project_id = ? AND kind = ?",
        (directory_id, project_id, kind),
    ).fetchone()
    if row is None:
        raise not_found(f"{_DIRECTORY_KINDS[kind].capitalize()} directory", directory_id)
    return directory_id


def listed_directory(
    tx: sqlite3.Connection, project_id: str, kind: str, mode: str | None, directory_id: str
) -> str | None:
    """For list calls: the directory whose direct items are asked for (checked to exist), or
    None when every item of the app is."""
    if mode is None or not mode.endswith("_in_directory"):
        return None
    return app_directory_id(tx, project_id, kind, {"directory_id": directory_id, "type": kind})


def user_directory_id(tx: sqlite3.Connection, user: str, placement: Mapping[str, Any]) -> str:
    """The app directory of the caller a DirectoryPlacement names ("" for the root)."""
    if not placement:
        return ""
    _check_type(placement, "PROJECT")
    directory_id = str(placement["directory_id"])
    row: sqlite3.Row | None = tx.execute(
        "SELECT 1 FROM project_directories WHERE directory_id = ? AND owner = ?",
        (directory_id, user),
    ).fetchone()
    if row is None:
        raise not_found("App directory", directory_id)
    return directory_id


def _check_type(placement: Mapping[str, Any], kind: str) -> None:
    if placement.get("type") != kind:
        raise ApiError(
            400, f"directory.type must be {kind} for this object, not {placement.get('type')!r}"
        )


def ensure_unique_name(
    tx: sqlite3.Connection, table: str, project_id: str, name: str, except_id: str = ""
) -> None:
    """Names of datasets, flows and models are unique within an app (they are looked up by
    name)."""
    key = {"datasets": "dataset_id", "pipelines": "pipeline_id", "models": "model_id"}[table]
    row: sqlite3.Row | None = tx.execute(
        f"SELECT {key} FROM {table} WHERE project_id = ? AND name = ? AND {key} != ?",
        (project_id, name, except_id),
    ).fetchone()
    if row is not None:
        what = {"datasets": "A dataset", "pipelines": "A flow", "models": "A model"}[table]
        raise ApiError(409, f"{what} named {name!r} already exists in this app")
