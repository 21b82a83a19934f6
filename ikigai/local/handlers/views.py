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


def embedded_directory(kind: str, project_id: str, directory_id: str, name: str | None) -> Json:
    return {
        "directory_id": directory_id,
        "name": name or "",
        "type": kind,
        "project_id": project_id,
    }


def app_view(row: Row) -> Json:
    """An app, with the directory the *caller* placed it in (app directories are per user)."""
    return {
        "project_id": row["project_id"],
        "name": row["name"],
        "owner": row["owner"],
        "description": row["description"],
        "created_at": epoch(row["created_at"]),
        "modified_at": epoch(row["modified_at"]),
        "last_used_at": epoch(row["last_used_at"]),
        "icon": "",
        "images": [],
        "directory": embedded_directory("PROJECT", "", row["placement"], row["directory_name"]),
    }


def directory_view(row: Row, kind: str, project_id: str, size: int) -> Json:
    return {
        "directory_id": row["directory_id"],
        "name": row["name"],
        "type": kind,
        "project_id": project_id,
        "parent_id": row["parent_id"],
        "size": str(size),
    }


def dataset_view(row: Row) -> Json:
    return {
        "project_id": row["project_id"],
        "dataset_id": row["dataset_id"],
        "name": row["name"],
        "filename": row["filename"],
        "file_extension": row["file_extension"],
        "data_types": json.loads(row["data_types"]),
        "size": row["size"],
        "created_at": epoch(row["created_at"]),
        "modified_at": epoch(row["modified_at"]),
        "agent_access": bool(row["agent_access"]),
        "directory": embedded_directory(
            "DATASET", row["project_id"], row["directory_id"], row["directory_name"]
        ),
        "is_optimized": False,
        "is_visible": True,
    }


def flow_view(row: Row, last_run: Row | None) -> Json:
    schedule = row["schedule"]
    flow: Json = {
        "project_id": row["project_id"],
        "pipeline_id": row["pipeline_id"],
        "name": row["name"],
        "created_at": epoch(row["created_at"]),
        "modified_at": epoch(row["modified_at"]),
        "agent_access": bool(row["agent_access"]),
        "definition": json.loads(row["definition"]),
        "schedule": json.loads(schedule) if schedule else None,
        "high_volume_preference": bool(row["high_volume_preference"]),
        "directory": embedded_directory(
            "PIPELINE", row["project_id"], row["directory_id"], row["directory_name"]
        ),
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
        "log_id": row["run_id"],
        "status": row["status"],
        "user": row["user"],
        "erroneous_facet_id": row["erroneous_facet_id"],
        "message": row["message"],
        "timestamp": str(row["timestamp"]),
    }


def model_view(row: Row) -> Json:
    return {
        "project_id": row["project_id"],
        "model_id": row["model_id"],
        "name": row["name"],
        "model_type": row["model_type"],
        "sub_model_type": row["sub_model_type"],
        "description": row["description"],
        "created_at": epoch(row["created_at"]),
        "modified_at": epoch(row["modified_at"]),
        "latest_version_id": row["latest_version_id"],
        "directory": embedded_directory(
            "MODEL", row["project_id"], row["directory_id"], row["directory_name"]
        ),
    }


def model_version_view(row: Row) -> Json:
    return {
        "version_id": row["version_id"],
        "model_id": row["model_id"],
        "version": row["version"],
        "hyperparameters": json.loads(row["hyperparameters"]),
        "metrics": json.loads(row["metrics"]),
        "created_at": epoch(row["created_at"]),
        "modified_at": epoch(row["modified_at"]),
    }


def custom_facet_view(row: Row, facet_uid: str) -> Json:
    return {
        "custom_facet_id": row["custom_facet_id"],
        "name": row["name"],
        "facet_uid": facet_uid,
        "chain_group": row["chain_group"],
        "description": row["description"],
        "tags": json.loads(row["tags"]),
        "python_script": row["python_script"],
        "libraries": json.loads(row["libraries"]),
        "rootkit_token": row["rootkit_token"],
        "arguments": json.loads(row["arguments"]),
        "created_at": epoch(row["created_at"]),
        "modified_at": epoch(row["modified_at"]),
    }


def custom_facet_version_view(row: Row) -> Json:
    return {
        "version": row["version"],
        "version_id": row["version_id"],
        "custom_facet_id": row["custom_facet_id"],
        "description": row["description"],
        "python_script": row["python_script"],
        "libraries": json.loads(row["libraries"]),
        "rootkit_token": row["rootkit_token"],
        "arguments": json.loads(row["arguments"]),
        "created_at": epoch(row["created_at"]),
        "modified_at": epoch(row["modified_at"]),
    }
