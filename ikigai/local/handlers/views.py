"""The wire shape of every object the API returns, built from database rows.

Timestamps are strings of whole epoch seconds; JSON columns are decoded and returned as stored.
"""

from __future__ import annotations

import json
from typing import Any

from ikigai.local.store.db import Row

Json = dict[str, Any]


def epoch(seconds: float) -> str:
    return str(int(seconds))


def _columns(
    row: Row, plain: str, *, decoded: str = "", stamps: str = "created_at modified_at"
) -> Json:
    """The row's columns named in `plain` as stored, those in `decoded` parsed from JSON and
    those in `stamps` as epoch strings (names separated by spaces)."""
    view: Json = {name: row[name] for name in plain.split()}
    view.update({name: json.loads(row[name]) for name in decoded.split()})
    view.update({name: epoch(row[name]) for name in stamps.split()})
    return view


def embedded_directory(kind: str, project_id: str, directory_id: str, name: str | None) -> Json:
    return {
        "directory_id": directory_id,
        "name": name or "",
        "type": kind,
        "project_id": project_id,
    }


def _placed_in(kind: str, row: Row) -> Json:
    """The directory an app item sits in, as embedded in the item's view."""
    return embedded_directory(kind, row["project_id"], row["directory_id"], row["directory_name"])


def app_view(row: Row) -> Json:
    """An app, with the directory the *caller* placed it in (app directories are per user)."""
    return {
        **_columns(
            row, "project_id name owner description", stamps="created_at modified_at last_used_at"
        ),
        "icon": "",
        "images": [],
        "directory": embedded_directory("PROJECT", "", row["placement"], row["directory_name"]),
    }


def directory_view(row: Row, kind: str, project_id: str, size: int) -> Json:
    return {
        **_columns(row, "directory_id name parent_id", stamps=""),
        "type": kind,
        "project_id": project_id,
        "size": str(size),
    }


def dataset_view(row: Row) -> Json:
    return {
        **_columns(
            row,
            "project_id dataset_id name filename file_extension size",
            decoded="data_types",
        ),
        "agent_access": bool(row["agent_access"]),
        "directory": _placed_in("DATASET", row),
        "is_optimized": False,
        "is_visible": True,
    }


def flow_view(row: Row, last_run: Row | None) -> Json:
    schedule = row["schedule"]
    flow: Json = {
        **_columns(row, "project_id pipeline_id name", decoded="definition"),
        "agent_access": bool(row["agent_access"]),
        "schedule": json.loads(schedule) if schedule else None,
        "high_volume_preference": bool(row["high_volume_preference"]),
        "directory": _placed_in("PIPELINE", row),
        "trigger_downstream_pipelines": False,
    }
    if last_run is not None:
        flow["last_run"] = {
            "log_id": last_run["run_id"],
            "status": last_run["status"],
            "timestamp": str(last_run["timestamp"]),
        }
    return flow


def run_log_view(row: Row) -> Json:
    return {
        **_columns(row, "status user erroneous_facet_id message", stamps=""),
        "log_id": row["run_id"],
        "timestamp": str(row["timestamp"]),
    }


def dataset_log_view(row: Row) -> Json:
    return {
        **_columns(row, "status job_type message", stamps=""),
        "timestamp": str(row["timestamp"]),
    }


def model_view(row: Row) -> Json:
    return {
        **_columns(
            row, "project_id model_id name model_type sub_model_type description latest_version_id"
        ),
        "directory": _placed_in("MODEL", row),
    }


def model_version_view(row: Row) -> Json:
    return _columns(row, "version_id model_id version", decoded="hyperparameters metrics")


_CUSTOM_FACET_CODE = "description python_script rootkit_token"


def custom_facet_view(row: Row, facet_uid: str) -> Json:
    return {
        **_columns(
            row,
            f"custom_facet_id name chain_group {_CUSTOM_FACET_CODE}",
            decoded="tags libraries arguments",
        ),
        "facet_uid": facet_uid,
    }


def custom_facet_version_view(row: Row) -> Json:
    return _columns(
        row,
        f"version version_id custom_facet_id {_CUSTOM_FACET_CODE}",
        decoded="libraries arguments",
    )
