"""Models (`MODEL_TABLE`) and their trained versions, whose artifacts are files."""

from __future__ import annotations

from ikigai.local.store import rows
from ikigai.local.store.app_items import ItemTable
from ikigai.local.store.db import Row, Transaction

MODEL_TABLE = ItemTable(table="models", alias="m", id_column="model_id")


def versions(tx: Transaction, model_id: str) -> list[Row]:
    """The model's versions, oldest first."""
    return rows.every(
        tx,
        "SELECT * FROM model_versions WHERE model_id = ? ORDER BY created_at, version_id",
        (model_id,),
    )


def version_in_app(tx: Transaction, project_id: str, version_id: str) -> Row | None:
    """A version of any model of the app."""
    return rows.one(
        tx,
        "SELECT v.* FROM model_versions v JOIN models m USING (model_id)"
        " WHERE v.version_id = ? AND m.project_id = ?",
        (version_id, project_id),
    )


def version_named(tx: Transaction, model_id: str, version: str) -> Row | None:
    return rows.one(
        tx, "SELECT * FROM model_versions WHERE model_id = ? AND version = ?", (model_id, version)
    )


def version_ids(tx: Transaction, model_id: str) -> list[str]:
    return [
        str(row["version_id"])
        for row in tx.execute(
            "SELECT version_id FROM model_versions WHERE model_id = ?", (model_id,)
        )
    ]


def version_ids_in_app(tx: Transaction, project_id: str) -> list[str]:
    return [
        str(row["version_id"])
        for row in tx.execute(
            "SELECT v.version_id FROM model_versions v JOIN models m USING (model_id)"
            " WHERE m.project_id = ?",
            (project_id,),
        )
    ]


def all_version_ids(tx: Transaction) -> set[str]:
    return {row["version_id"] for row in tx.execute("SELECT version_id FROM model_versions")}


def add_version(
    tx: Transaction,
    version_id: str,
    model_id: str,
    version: str,
    hyperparameters: str,
    metrics: str,
    now: float,
) -> None:
    """A trained version (`hyperparameters` and `metrics` in JSON); its artifact file is named
    by its id."""
    rows.insert(
        tx,
        "model_versions",
        {
            "version_id": version_id,
            "model_id": model_id,
            "version": version,
            "hyperparameters": hyperparameters,
            "metrics": metrics,
            "artifact_file": version_id,
            "created_at": now,
            "modified_at": now,
        },
    )


def retrain_version(
    tx: Transaction, version_id: str, hyperparameters: str, metrics: str, now: float
) -> None:
    tx.execute(
        "UPDATE model_versions SET hyperparameters = ?, metrics = ?, modified_at = ?"
        " WHERE version_id = ?",
        (hyperparameters, metrics, now, version_id),
    )


def set_latest_version(tx: Transaction, model_id: str, version_id: str, now: float) -> None:
    tx.execute(
        "UPDATE models SET latest_version_id = ?, modified_at = ? WHERE model_id = ?",
        (version_id, now, model_id),
    )
