"""Custom facets: user-level Python-script facets with a draft, saved versions and sharing.

Access levels, from least to most: VIEW (read), RUN (read and use in flows), EDIT (also change
the draft and save versions), ADMIN (also share and delete). The creator has every right;
NO_ACCESS revokes a share. A custom facet the caller cannot see is reported as not found.
"""

from __future__ import annotations

import json
import time
from typing import Any

from ikigai.local.catalog.provider import custom_facet_uid
from ikigai.local.errors import Conflict, Invalid, NotFound
from ikigai.local.handlers.levels import Levels
from ikigai.local.handlers.registry import Call, Json, operation
from ikigai.local.handlers.views import custom_facet_version_view, custom_facet_view
from ikigai.local.store import custom_facets
from ikigai.local.store.db import Row, Transaction
from ikigai.local.store.ids import new_id
from ikigai.local.store.users import normalise_email, user_exists

VIEW, RUN, EDIT, ADMIN, CREATOR = "VIEW", "RUN", "EDIT", "ADMIN", "CREATOR"
_LEVELS = Levels(
    "custom facet",
    {VIEW: "read it", RUN: "run it", EDIT: "edit it", ADMIN: "share or delete it", CREATOR: ""},
)


def _not_found(what: str) -> NotFound:
    return NotFound(f"Custom facet was not found: {what}")


def _facet(tx: Transaction, user: str, custom_facet_id: str, need: str) -> Row:
    row = custom_facets.seen_by(tx, user, custom_facet_id)
    if row is None:
        raise _not_found(f"no custom facet with id {custom_facet_id!r}")
    _LEVELS.require(row["level"], need, custom_facet_id)
    return row


def facet_view(call: Call, row: Row) -> Json:
    return custom_facet_view(row, custom_facet_uid(call.services.catalog, row["chain_group"]))


def _check_token(call: Call, token: str, script: str) -> None:
    if token and token != call.services.signer.rootkit_token(script):
        raise Invalid("rootkit_token was not generated for this python_script")


def _ensure_unique_name(tx: Transaction, owner: str, name: str, except_id: str) -> None:
    if custom_facets.name_taken(tx, owner, name, except_id):
        raise Conflict(f"You already have a custom facet named {name!r}")


@operation("create_custom_facet")
def create_custom_facet(call: Call) -> Json:
    facet = call.body["custom_facet"]
    _check_token(call, facet.get("rootkit_token", ""), facet["python_script"])
    custom_facet_id = new_id()
    now = time.time()
    with call.services.db.write() as tx:
        _ensure_unique_name(tx, call.user, facet["name"], "")
        custom_facets.create(tx, custom_facet_id, call.user, facet, now)
    return {"custom_facet_id": custom_facet_id}


@operation("get_custom_facet")
def get_custom_facet(call: Call) -> Json:
    with call.services.db.read() as tx:
        if call.mode == "get_custom_facet_by_id":
            row = _facet(tx, call.user, call.text("custom_facet_id"), VIEW)
        else:
            name = call.text("name")
            named = [row for row in custom_facets.visible_to(tx, call.user) if row["name"] == name]
            if not named:
                raise _not_found(f"no custom facet named {name!r}")
            named.sort(key=lambda row: row["owner"] != call.user)  # the caller's own first
            row = named[0]
    return {"custom_facet": facet_view(call, row)}


@operation("get_custom_facets_for_user")
def get_custom_facets_for_user(call: Call) -> Json:
    with call.services.db.read() as tx:
        rows = custom_facets.visible_to(tx, call.user)
    return {"custom_facets": [facet_view(call, row) for row in rows], "limit_warning": ""}


@operation("edit_custom_facet")
def edit_custom_facet(call: Call) -> Json:
    if call.body["save_as_version"]:
        return _save_version(call, call.body["custom_facet_version"])
    facet = call.body["custom_facet"]
    custom_facet_id = facet["custom_facet_id"]
    updates: dict[str, Any] = {"chain_group": facet["chain_group"]}
    for key in ("name", "description", "python_script", "rootkit_token"):
        if key in facet:
            updates[key] = facet[key]
    for key in ("libraries", "arguments"):
        if key in facet:
            updates[key] = json.dumps(facet[key])
    with call.services.db.write() as tx:
        row = _facet(tx, call.user, custom_facet_id, EDIT)
        if "python_script" in facet or "rootkit_token" in facet:
            _check_token(
                call,
                facet.get("rootkit_token", row["rootkit_token"]),
                facet.get("python_script", row["python_script"]),
            )
        if "name" in facet:
            _ensure_unique_name(tx, row["owner"], facet["name"], custom_facet_id)
        updates["modified_at"] = time.time()
        custom_facets.update(tx, custom_facet_id, updates)
    return {"custom_facet_id": custom_facet_id}


def _save_version(call: Call, version: dict[str, Any]) -> Json:
    custom_facet_id = version["custom_facet_id"]
    _check_token(call, version["rootkit_token"], version["python_script"])
    version_id = new_id()
    now = time.time()
    with call.services.db.write() as tx:
        _facet(tx, call.user, custom_facet_id, EDIT)
        if custom_facets.version_taken(tx, custom_facet_id, version["version"]):
            raise Conflict(
                f"Custom facet {custom_facet_id!r} already has a version {version['version']!r}"
            )
        custom_facets.add_version(tx, version_id, custom_facet_id, version, now)
    return {"version_id": version_id, "limit_warning": ""}


@operation("delete_custom_facet")
def delete_custom_facet(call: Call) -> Json:
    custom_facet_id = call.body["custom_facet"]["custom_facet_id"]
    with call.services.db.write() as tx:
        _facet(tx, call.user, custom_facet_id, ADMIN)
        custom_facets.delete(tx, custom_facet_id)
    return {"custom_facet_id": custom_facet_id}


@operation("get_version_for_custom_facet")
def get_version_for_custom_facet(call: Call) -> Json:
    custom_facet_id, version_id = call.text("custom_facet_id"), call.text("version_id")
    with call.services.db.read() as tx:
        _facet(tx, call.user, custom_facet_id, VIEW)
        row = custom_facets.version(tx, custom_facet_id, version_id)
    if row is None:
        raise NotFound(f"Custom facet {custom_facet_id!r} has no version {version_id!r}")
    return {"custom_facet_version": custom_facet_version_view(row)}


@operation("get_versions_for_custom_facet")
def get_versions_for_custom_facet(call: Call) -> Json:
    custom_facet_id = call.text("custom_facet_id")
    with call.services.db.read() as tx:
        _facet(tx, call.user, custom_facet_id, VIEW)
        rows = custom_facets.versions(tx, custom_facet_id)
    return {
        "custom_facet_versions": [custom_facet_version_view(row) for row in rows],
        "limit_warning": "",
    }


def _share_target(tx: Transaction, call: Call) -> tuple[str, str]:
    custom_facet_id = call.body["custom_facet"]["custom_facet_id"]
    row = _facet(tx, call.user, custom_facet_id, ADMIN)
    email = normalise_email(call.body["user"]["email"])
    if email == row["owner"]:
        raise Invalid(f"{email} created custom facet {custom_facet_id!r} and keeps every right")
    return custom_facet_id, email


@operation("share_custom_facet")
def share_custom_facet(call: Call) -> Json:
    with call.services.db.write() as tx:
        custom_facet_id, email = _share_target(tx, call)
        if not user_exists(tx, email):
            raise NotFound(f"User {email!r} was not found")
        custom_facets.share(tx, custom_facet_id, email, call.body["access_level"])
    return {"custom_facet_id": custom_facet_id}


@operation("edit_custom_facet_access_level")
def edit_custom_facet_access_level(call: Call) -> Json:
    level = call.body["access_level"]
    with call.services.db.write() as tx:
        custom_facet_id, email = _share_target(tx, call)
        if level == "NO_ACCESS":
            custom_facets.unshare(tx, custom_facet_id, email)
        elif not custom_facets.change_level(tx, custom_facet_id, email, level):
            raise NotFound(f"Custom facet {custom_facet_id!r} is not shared with {email}")
    return {"custom_facet_id": custom_facet_id}


@operation("generate_rootkit_token")
def generate_rootkit_token(call: Call) -> Json:
    return {"token": call.services.signer.rootkit_token(call.body["script"])}
