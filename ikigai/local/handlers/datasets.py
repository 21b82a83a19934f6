"""Dataset records: create (before any data), read by id or name, list, edit, delete."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ikigai.local.handlers.app_items import AppItems, register
from ikigai.local.handlers.registry import Call
from ikigai.local.handlers.views import dataset_view
from ikigai.local.store import datasets
from ikigai.local.store.db import Transaction
from ikigai.local.store.files import DataFiles


def _new_columns(call: Call, dataset: Mapping[str, Any]) -> dict[str, Any]:
    return {"agent_access": bool(dataset.get("agent_access", False))}


def _files(tx: Transaction, files: DataFiles, dataset_id: str) -> list[Path]:
    return datasets.files_of(tx, files, [dataset_id])


DATASETS = AppItems(
    table=datasets.DATASET_TABLE,
    noun="Dataset",
    wire="dataset",
    directory_kind="DATASET",
    view=dataset_view,
    editable=("agent_access",),
    new_columns=_new_columns,
    files=_files,
)
register(DATASETS)
