"""Apps (projects) and their members: who may see an app, at which level, and where each
member placed it in their own tree of app directories."""

from __future__ import annotations

from ikigai.local.store import rows
from ikigai.local.store.db import Row, Transaction

_AS_SEEN_BY = """
    SELECT p.*, m.level, m.directory_id AS placement, pd.name AS directory_name
    FROM projects p
    JOIN project_members m ON m.project_id = p.project_id AND m.email = ?
    LEFT JOIN project_directories pd ON pd.directory_id = m.directory_id
"""
"""An app as one member sees it: with their `level`, their `placement` (app directory) and
that directory's name."""


def seen_by(tx: Transaction, user: str, project_id: str) -> Row | None:
    """The app as this member sees it; None when they are not a member (or it does not exist)."""
    return rows.one(tx, _AS_SEEN_BY + " WHERE p.project_id = ?", (user, project_id))


def all_seen_by(tx: Transaction, user: str) -> list[Row]:
    """Every app the user is a member of, oldest first."""
    return tx.execute(_AS_SEEN_BY + " ORDER BY p.created_at, p.project_id", (user,)).fetchall()


def exists(tx: Transaction, project_id: str) -> bool:
    row = tx.execute("SELECT 1 FROM projects WHERE project_id = ?", (project_id,)).fetchone()
    return row is not None


def name_taken(tx: Transaction, owner: str, name: str, except_id: str) -> bool:
    """Whether another app of this owner (not `except_id`) has this name."""
    return rows.exists(
        tx,
        "SELECT 1 FROM projects WHERE owner = ? AND name = ? AND project_id != ?",
        (owner, name, except_id),
    )


def create(
    tx: Transaction,
    project_id: str,
    name: str,
    owner: str,
    description: str,
    now: float,
) -> None:
    """A new app, with no members yet."""
    tx.execute(
        "INSERT INTO projects (project_id, name, owner, description, created_at, modified_at,"
        " last_used_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (project_id, name, owner, description, now, now, now),
    )


def rename(tx: Transaction, project_id: str, name: str) -> None:
    tx.execute("UPDATE projects SET name = ? WHERE project_id = ?", (name, project_id))


def describe(tx: Transaction, project_id: str, description: str) -> None:
    tx.execute(
        "UPDATE projects SET description = ? WHERE project_id = ?", (description, project_id)
    )


def mark_modified(tx: Transaction, project_id: str, now: float) -> None:
    tx.execute("UPDATE projects SET modified_at = ? WHERE project_id = ?", (now, project_id))


def touch(tx: Transaction, project_id: str, now: float) -> None:
    """Something in the app changed: it was modified and used at `now`."""
    tx.execute(
        "UPDATE projects SET modified_at = ?, last_used_at = ? WHERE project_id = ?",
        (now, now, project_id),
    )


def delete(tx: Transaction, project_id: str) -> None:
    """The app and (by the schema's cascades) every row in it."""
    tx.execute("DELETE FROM projects WHERE project_id = ?", (project_id,))


# ---------------------------------------------------------------------- members


def members(tx: Transaction, project_id: str) -> list[Row]:
    """`email` and `level` of every member, by e-mail."""
    return rows.every(
        tx,
        "SELECT email, level FROM project_members WHERE project_id = ? ORDER BY email",
        (project_id,),
    )


def level_of(tx: Transaction, project_id: str, email: str) -> str | None:
    """The member's access level; None when they are not a member."""
    row = tx.execute(
        "SELECT level FROM project_members WHERE project_id = ? AND email = ?", (project_id, email)
    ).fetchone()
    return None if row is None else str(row["level"])


def add_member(
    tx: Transaction, project_id: str, email: str, level: str, directory_id: str = ""
) -> None:
    """A new member, who placed the app in their app directory `directory_id` ("" for their
    root)."""
    tx.execute(
        "INSERT INTO project_members (project_id, email, level, directory_id) VALUES (?, ?, ?, ?)",
        (project_id, email, level, directory_id),
    )


def set_level(tx: Transaction, project_id: str, email: str, level: str) -> None:
    tx.execute(
        "UPDATE project_members SET level = ? WHERE project_id = ? AND email = ?",
        (level, project_id, email),
    )


def remove_member(tx: Transaction, project_id: str, email: str) -> None:
    tx.execute(
        "DELETE FROM project_members WHERE project_id = ? AND email = ?", (project_id, email)
    )


def place(tx: Transaction, project_id: str, email: str, directory_id: str) -> None:
    """Put the app in this member's app directory `directory_id` ("" for their root)."""
    tx.execute(
        "UPDATE project_members SET directory_id = ? WHERE project_id = ? AND email = ?",
        (directory_id, project_id, email),
    )
