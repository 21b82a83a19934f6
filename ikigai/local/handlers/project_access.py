"""Sharing an app: grant, change and revoke another user's access level. OWNER only."""

from __future__ import annotations

import sqlite3

from ikigai.local.handlers.access import OWNER, project_row
from ikigai.local.handlers.registry import Call, Json, operation
from ikigai.local.server.errors import ApiError, not_found
from ikigai.local.store.users import normalise_email, user_exists


def _target(tx: sqlite3.Connection, call: Call) -> tuple[str, str]:
    project_id = call.body["project"]["project_id"]
    row = project_row(tx, call.user, project_id, OWNER)
    email = normalise_email(call.body["user"]["email"])
    if email == row["owner"]:
        raise ApiError(400, f"{email} created app {project_id!r} and always keeps OWNER access")
    return project_id, email


def _level(tx: sqlite3.Connection, project_id: str, email: str) -> str | None:
    row = tx.execute(
        "SELECT level FROM project_members WHERE project_id = ? AND email = ?", (project_id, email)
    ).fetchone()
    return None if row is None else str(row["level"])


@operation("share_project")
def share_project(call: Call) -> Json:
    level = call.body["user"]["project_access_level"]
    with call.services.db.write() as tx:
        project_id, email = _target(tx, call)
        if not user_exists(tx, email):
            raise not_found("User", email)
        if _level(tx, project_id, email) is not None:
            tx.execute(
                "UPDATE project_members SET level = ? WHERE project_id = ? AND email = ?",
                (level, project_id, email),
            )
        else:
            tx.execute(
                "INSERT INTO project_members (project_id, email, level) VALUES (?, ?, ?)",
                (project_id, email, level),
            )
    return {"project_id": project_id}


@operation("edit_project_access_level_for_user")
def edit_project_access_level_for_user(call: Call) -> Json:
    level = call.body["user"]["project_access_level"]
    with call.services.db.write() as tx:
        project_id, email = _target(tx, call)
        if _level(tx, project_id, email) is None:
            raise ApiError(404, f"App {project_id!r} is not shared with {email}")
        tx.execute(
            "UPDATE project_members SET level = ? WHERE project_id = ? AND email = ?",
            (level, project_id, email),
        )
    return {"project_id": project_id}


@operation("unshare_project")
def unshare_project(call: Call) -> Json:
    with call.services.db.write() as tx:
        project_id, email = _target(tx, call)
        if _level(tx, project_id, email) is None:
            raise ApiError(404, f"App {project_id!r} is not shared with {email}")
        tx.execute(
            "DELETE FROM project_members WHERE project_id = ? AND email = ?", (project_id, email)
        )
    return {"project_id": project_id}
