"""Models and their versions (versions are created by flow runs that train the model)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ikigai.local.catalog.provider import known_model_types
from ikigai.local.errors import Invalid, not_found
from ikigai.local.handlers.access import VIEWER, project_row
from ikigai.local.handlers.app_items import AppItems, register
from ikigai.local.handlers.registry import Call, Json, operation
from ikigai.local.handlers.views import model_version_view, model_view
from ikigai.local.store import models
from ikigai.local.store.db import Transaction
from ikigai.local.store.files import DataFiles


def _new_columns(call: Call, model: Mapping[str, Any]) -> dict[str, Any]:
    """A new model's type (checked against the catalog, when one is installed) and description."""
    model_type, sub_model_type = model["model_type"], model["sub_model_type"]
    known = known_model_types(call.services.catalog)
    if known is not None and model_type not in known:
        raise Invalid(
            f"model.model_type: {model_type!r} is not a model type; one of {sorted(known)}"
        )
    if known is not None and sub_model_type not in known[model_type]:
        raise Invalid(
            f"model.sub_model_type: {sub_model_type!r} is not a sub-model type of {model_type};"
            f" one of {known[model_type]}"
        )
    return {
        "model_type": model_type,
        "sub_model_type": sub_model_type,
        "description": model["description"],
    }


def _files(tx: Transaction, files: DataFiles, model_id: str) -> list[Path]:
    return [files.model_artifact(version_id) for version_id in models.version_ids(tx, model_id)]


MODELS = AppItems(
    table=models.MODEL_TABLE,
    noun="Model",
    wire="model",
    directory_kind="MODEL",
    view=model_view,
    editable=("description",),
    new_columns=_new_columns,
    files=_files,
)
register(MODELS)


@operation("get_model_versions")
def get_model_versions(call: Call) -> Json:
    project_id, model_id = call.text("project_id"), call.text("model_id")
    with call.services.db.read() as tx:
        MODELS.reached(tx, call, project_id, model_id, VIEWER)
        rows = models.versions(tx, model_id)
    return {"versions": [model_version_view(row) for row in rows]}


@operation("get_model_version")
def get_model_version(call: Call) -> Json:
    project_id, version_id = call.text("project_id"), call.text("version_id")
    with call.services.db.read() as tx:
        project_row(tx, call.user, project_id, VIEWER)
        row = models.version_in_app(tx, project_id, version_id)
    if row is None:
        raise not_found("Model version", version_id)
    return {"model_version": model_version_view(row)}
