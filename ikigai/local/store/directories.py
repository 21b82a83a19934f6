"""The four directory trees: each user's app directories (`project_directories`), and the
dataset, flow and model directories of each app (`directories`, told apart by `kind`)."""

from __future__ import annotations

from ikigai.local.store import rows
from ikigai.local.store.db import Row, Transaction

_ITEM_TABLES = {"DATASET": "datasets", "PIPELINE": "pipelines", "MODEL": "models"}

# ---------------------------------------------------------------------- app directories


def app_directory(tx: Transaction, owner: str, directory_id: str) -> Row | None:
    return rows.one(
        tx,
        "SELECT * FROM project_directories WHERE directory_id = ? AND owner = ?",
        (directory_id, owner),
    )


def app_directories(tx: Transaction, owner: str, parent_id: str | None = None) -> list[Row]:
    """The owner's app directories, oldest first: all of them, or the children of one."""
    if parent_id is None:
        return rows.every(
            tx, "SELECT * FROM project_directories WHERE owner = ? ORDER BY created_at", (owner,)
        )
    return tx.execute(
        "SELECT * FROM project_directories WHERE owner = ? AND parent_id = ? ORDER BY created_at",
        (owner, parent_id),
    ).fetchall()


def app_directory_size(tx: Transaction, owner: str, directory_id: str) -> int:
    """How many app directories and apps the owner has directly in this one."""
    size = tx.execute(
        "SELECT (SELECT count(*) FROM project_directories WHERE parent_id = ? AND owner = ?)"
        " + (SELECT count(*) FROM project_members WHERE directory_id = ? AND email = ?)",
        (directory_id, owner, directory_id, owner),
    ).fetchone()[0]
    return int(size)


def create_app_directory(
    tx: Transaction, directory_id: str, owner: str, name: str, parent_id: str, now: float
) -> None:
    tx.execute(
        "INSERT INTO project_directories (directory_id, owner, name, parent_id, created_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (directory_id, owner, name, parent_id, now),
    )


def delete_app_directory(tx: Transaction, owner: str, directory_id: str) -> None:
    """Delete one app directory; the apps the owner placed in it go back to their root."""
    tx.execute(
        "UPDATE project_members SET directory_id = '' WHERE directory_id = ? AND email = ?",
        (directory_id, owner),
    )
    tx.execute("DELETE FROM project_directories WHERE directory_id = ?", (directory_id,))


# ---------------------------------------------------------------------- directories in an app


def directory(tx: Transaction, project_id: str, kind: str, directory_id: str) -> Row | None:
    return rows.one(
        tx,
        "SELECT * FROM directories WHERE directory_id = ? AND project_id = ? AND kind = ?",
        (directory_id, project_id, kind),
    )


def directories(tx: Transaction, project_id: str, kind: str) -> list[Row]:
    """Every directory of this kind in the app, nested ones included, oldest first."""
    return rows.every(
        tx,
        "SELECT * FROM directories WHERE project_id = ? AND kind = ? ORDER BY created_at",
        (project_id, kind),
    )


def children(tx: Transaction, parent_id: str) -> list[Row]:
    return rows.every(
        tx, "SELECT * FROM directories WHERE parent_id = ? ORDER BY created_at", (parent_id,)
    )


def directory_size(tx: Transaction, kind: str, directory_id: str) -> int:
    """How many directories and items are directly in this one."""
    size = tx.execute(
        f"SELECT (SELECT count(*) FROM directories WHERE parent_id = ?)"
        f" + (SELECT count(*) FROM {_ITEM_TABLES[kind]} WHERE directory_id = ?)",
        (directory_id, directory_id),
    ).fetchone()[0]
    return int(size)


def create_directory(
    tx: Transaction,
    directory_id: str,
    project_id: str,
    kind: str,
    name: str,
    parent_id: str,
    now: float,
) -> None:
    tx.execute(
        "INSERT INTO directories (directory_id, project_id, kind, name, parent_id, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (directory_id, project_id, kind, name, parent_id, now),
    )
