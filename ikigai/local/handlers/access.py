"""Who may do what in an app, and where objects may be placed.

An app is visible only to its members. Members have one of three levels: a VIEWER reads, a
BUILDER also creates, edits, deletes, uploads and runs what is inside the app, an OWNER also
shares the app, renames it and deletes it. An app that is not visible to the caller is reported
as not found, so its existence does not leak.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from ikigai.local.errors import Conflict, Invalid, not_found
from ikigai.local.handlers.levels import Levels
from ikigai.local.store import directories, projects
from ikigai.local.store.app_items import ItemTable
from ikigai.local.store.db import Row, Transaction

VIEWER, BUILDER, OWNER = "VIEWER", "BUILDER", "OWNER"
APP_LEVELS = Levels(
    "app", {VIEWER: "read it", BUILDER: "change what is in it", OWNER: "share or delete it"}
)


def project_row(tx: Transaction, user: str, project_id: str, need: str = VIEWER) -> Row:
    """The app as the caller sees it; 404 when invisible, 403 when their level is too low."""
    row = projects.seen_by(tx, user, project_id)
    if row is None:
        raise not_found("App", project_id)
    APP_LEVELS.require(row["level"], need, project_id)
    return row


def touch_project(tx: Transaction, project_id: str) -> None:
    projects.touch(tx, project_id, time.time())


_DIRECTORY_KINDS = {"DATASET": "dataset", "PIPELINE": "pipeline", "MODEL": "model"}


def app_directory_id(
    tx: Transaction, project_id: str, kind: str, placement: Mapping[str, Any]
) -> str:
    """The directory a DirectoryPlacement names inside an app ("" for `{}`, the root)."""
    if not placement:
        return ""
    _check_type(placement, kind)
    directory_id = str(placement["directory_id"])
    if directories.directory(tx, project_id, kind, directory_id) is None:
        raise not_found(f"{_DIRECTORY_KINDS[kind].capitalize()} directory", directory_id)
    return directory_id


def listed_directory(
    tx: Transaction, project_id: str, kind: str, mode: str | None, directory_id: str
) -> str | None:
    """For list calls: the directory whose direct items are asked for (checked to exist), or
    None when every item of the app is."""
    if mode is None or not mode.endswith("_in_directory"):
        return None
    return app_directory_id(tx, project_id, kind, {"directory_id": directory_id, "type": kind})


def user_directory_id(tx: Transaction, user: str, placement: Mapping[str, Any]) -> str:
    """The app directory of the caller a DirectoryPlacement names ("" for the root)."""
    if not placement:
        return ""
    _check_type(placement, "PROJECT")
    directory_id = str(placement["directory_id"])
    if directories.app_directory(tx, user, directory_id) is None:
        raise not_found("App directory", directory_id)
    return directory_id


def _check_type(placement: Mapping[str, Any], kind: str) -> None:
    if placement.get("type") != kind:
        raise Invalid(
            f"directory.type must be {kind} for this object, not {placement.get('type')!r}"
        )


_A_NOUN = {"datasets": "A dataset", "pipelines": "A flow", "models": "A model"}


def ensure_unique_name(
    tx: Transaction, items: ItemTable, project_id: str, name: str, except_id: str = ""
) -> None:
    """Names of datasets, flows and models are unique within an app (they are looked up by
    name)."""
    if items.name_taken(tx, project_id, name, except_id):
        raise Conflict(f"{_A_NOUN[items.table]} named {name!r} already exists in this app")
