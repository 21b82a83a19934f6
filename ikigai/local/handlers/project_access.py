"""Sharing an app: grant, change and revoke another user's access level. OWNER only."""

from __future__ import annotations

from ikigai.local.errors import Invalid, NotFound, not_found
from ikigai.local.handlers.access import OWNER, project_row
from ikigai.local.handlers.registry import Call, Json, operation
from ikigai.local.store import projects
from ikigai.local.store.db import Transaction
from ikigai.local.store.users import normalise_email, user_exists


def _target(tx: Transaction, call: Call) -> tuple[str, str]:
    project_id = call.body["project"]["project_id"]
    row = project_row(tx, call.user, project_id, OWNER)
    email = normalise_email(call.body["user"]["email"])
    if email == row["owner"]:
        raise Invalid(f"{email} created app {project_id!r} and always keeps OWNER access")
    return project_id, email


def _shared_target(tx: Transaction, call: Call) -> tuple[str, str]:
    """The app and the member the call names, who must be one already."""
    project_id, email = _target(tx, call)
    if projects.level_of(tx, project_id, email) is None:
        raise NotFound(f"App {project_id!r} is not shared with {email}")
    return project_id, email


@operation("share_project")
def share_project(call: Call) -> Json:
    level = call.body["user"]["project_access_level"]
    with call.services.db.write() as tx:
        project_id, email = _target(tx, call)
        if not user_exists(tx, email):
            raise not_found("User", email)
        if projects.level_of(tx, project_id, email) is not None:
            projects.set_level(tx, project_id, email, level)
        else:
            projects.add_member(tx, project_id, email, level)
    return {"project_id": project_id}


@operation("edit_project_access_level_for_user")
def edit_project_access_level_for_user(call: Call) -> Json:
    level = call.body["user"]["project_access_level"]
    with call.services.db.write() as tx:
        project_id, email = _shared_target(tx, call)
        projects.set_level(tx, project_id, email, level)
    return {"project_id": project_id}


@operation("unshare_project")
def unshare_project(call: Call) -> Json:
    with call.services.db.write() as tx:
        project_id, email = _shared_target(tx, call)
        projects.remove_member(tx, project_id, email)
    return {"project_id": project_id}
