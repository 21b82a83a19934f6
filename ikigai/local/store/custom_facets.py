"""Custom facets: each user's Python-script facets, their saved versions, and who else may use
them at which level."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ikigai.local.store import rows
from ikigai.local.store.db import Row, Transaction

_VISIBLE = """
    SELECT f.*, CASE WHEN f.owner = ? THEN 'CREATOR' ELSE a.level END AS level
    FROM custom_facets f
    LEFT JOIN custom_facet_access a ON a.custom_facet_id = f.custom_facet_id AND a.email = ?
    WHERE (f.owner = ? OR a.level IS NOT NULL)
"""
"""The custom facets a user created or was given access to, each with their `level` (CREATOR
for their own)."""


def visible_to(tx: Transaction, user: str) -> list[Row]:
    return rows.every(
        tx, _VISIBLE + " ORDER BY f.created_at, f.custom_facet_id", (user, user, user)
    )


def seen_by(tx: Transaction, user: str, custom_facet_id: str) -> Row | None:
    """The custom facet with the user's level; None when they may not see it."""
    return rows.one(
        tx, _VISIBLE + " AND f.custom_facet_id = ?", (user, user, user, custom_facet_id)
    )


def _code(source: Mapping[str, Any], rootkit_token: str) -> dict[str, Any]:
    """The columns of a custom facet's code, in its draft and in each saved version."""
    return {
        "python_script": source["python_script"],
        "libraries": json.dumps(source["libraries"]),
        "rootkit_token": rootkit_token,
        "arguments": json.dumps(source["arguments"]),
    }


def find(tx: Transaction, custom_facet_id: str) -> Row | None:
    return rows.one(tx, "SELECT * FROM custom_facets WHERE custom_facet_id = ?", (custom_facet_id,))


def name_taken(tx: Transaction, owner: str, name: str, except_id: str) -> bool:
    """Whether another custom facet of this owner (not `except_id`) has this name."""
    return rows.exists(
        tx,
        "SELECT 1 FROM custom_facets WHERE owner = ? AND name = ? AND custom_facet_id != ?",
        (owner, name, except_id),
    )


def create(
    tx: Transaction, custom_facet_id: str, owner: str, facet: Mapping[str, Any], now: float
) -> None:
    """A new custom facet from a request's `custom_facet` (its lists stored as JSON)."""
    rows.insert(
        tx,
        "custom_facets",
        {
            "custom_facet_id": custom_facet_id,
            "owner": owner,
            "name": facet["name"],
            "chain_group": facet["chain_group"],
            "description": facet["description"],
            "tags": json.dumps(facet["tags"]),
            **_code(facet, facet.get("rootkit_token", "")),
            "created_at": now,
            "modified_at": now,
        },
    )


def update(tx: Transaction, custom_facet_id: str, changes: Mapping[str, Any]) -> None:
    rows.update(tx, "custom_facets", "custom_facet_id", custom_facet_id, changes)


def delete(tx: Transaction, custom_facet_id: str) -> None:
    tx.execute("DELETE FROM custom_facets WHERE custom_facet_id = ?", (custom_facet_id,))


# ---------------------------------------------------------------------- versions


def version_taken(tx: Transaction, custom_facet_id: str, version: str) -> bool:
    return rows.exists(
        tx,
        "SELECT 1 FROM custom_facet_versions WHERE custom_facet_id = ? AND version = ?",
        (custom_facet_id, version),
    )


def add_version(
    tx: Transaction, version_id: str, custom_facet_id: str, version: Mapping[str, Any], now: float
) -> None:
    """A saved version from a request's `custom_facet_version` (its lists stored as JSON)."""
    rows.insert(
        tx,
        "custom_facet_versions",
        {
            "version_id": version_id,
            "custom_facet_id": custom_facet_id,
            "version": version["version"],
            "description": version["description"],
            **_code(version, version["rootkit_token"]),
            "created_at": now,
            "modified_at": now,
        },
    )


def version(tx: Transaction, custom_facet_id: str, version_id: str) -> Row | None:
    return rows.one(
        tx,
        "SELECT * FROM custom_facet_versions WHERE custom_facet_id = ? AND version_id = ?",
        (custom_facet_id, version_id),
    )


def versions(tx: Transaction, custom_facet_id: str) -> list[Row]:
    """The saved versions, oldest first."""
    return rows.every(
        tx,
        "SELECT * FROM custom_facet_versions WHERE custom_facet_id = ? ORDER BY created_at, rowid",
        (custom_facet_id,),
    )


def newest_version(tx: Transaction, custom_facet_id: str) -> Row | None:
    return rows.one(
        tx,
        "SELECT * FROM custom_facet_versions WHERE custom_facet_id = ?"
        " ORDER BY created_at DESC, rowid DESC LIMIT 1",
        (custom_facet_id,),
    )


# ---------------------------------------------------------------------- sharing


def shared_level(tx: Transaction, custom_facet_id: str, email: str) -> str | None:
    """The level the custom facet is shared with this user at; None when it is not."""
    row = tx.execute(
        "SELECT level FROM custom_facet_access WHERE custom_facet_id = ? AND email = ?",
        (custom_facet_id, email),
    ).fetchone()
    return None if row is None else str(row["level"])


def share(tx: Transaction, custom_facet_id: str, email: str, level: str) -> None:
    """Share at `level` (replacing the level it was shared at, if any)."""
    tx.execute(
        "INSERT OR REPLACE INTO custom_facet_access (custom_facet_id, email, level)"
        " VALUES (?, ?, ?)",
        (custom_facet_id, email, level),
    )


def change_level(tx: Transaction, custom_facet_id: str, email: str, level: str) -> bool:
    """Change the level of an existing share; False when there is none."""
    changed = tx.execute(
        "UPDATE custom_facet_access SET level = ? WHERE custom_facet_id = ? AND email = ?",
        (level, custom_facet_id, email),
    ).rowcount
    return bool(changed)


def unshare(tx: Transaction, custom_facet_id: str, email: str) -> None:
    tx.execute(
        "DELETE FROM custom_facet_access WHERE custom_facet_id = ? AND email = ?",
        (custom_facet_id, email),
    )
