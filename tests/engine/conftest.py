"""A small file-backed `RunContext` (the engine's contract) and helpers to build and run flows."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from ikigai.local.engine import Engine, Limits
from ikigai.local.engine_contract import (
    CustomFacetCode,
    RunOutcome,
    StoredModel,
    StoredModelVersion,
)

IMPORTED, EXPORTED = "I_005", "O_005"


@dataclass
class FileContext:
    """Datasets are CSV files in `root`; models, versions and custom facets live in memory."""

    root: Path
    datasets: dict[str, Path] = field(default_factory=dict)
    exports: dict[str, Path] = field(default_factory=dict)
    models: dict[str, StoredModel] = field(default_factory=dict)
    versions: dict[tuple[str, str], StoredModelVersion] = field(default_factory=dict)
    custom_facets: dict[tuple[str, str], CustomFacetCode] = field(default_factory=dict)
    progress_log: list[tuple[str, float, str]] = field(default_factory=list)

    @property
    def project_id(self) -> str:
        return "app"

    unsandboxed_code_allowed: bool = True
    """A file context stands for a platform with one user."""

    @property
    def work_dir(self) -> Path:
        path = self.root / "work"
        path.mkdir(parents=True, exist_ok=True)
        return path

    def add_dataset(self, dataset_id: str, frame: pd.DataFrame) -> Path:
        path = self.root / f"{dataset_id}.csv"
        frame.to_csv(path, index=False)
        self.datasets[dataset_id] = path
        return path

    def dataset_csv(self, dataset_id: str) -> Path:
        return self.datasets[dataset_id]

    def export_dataset(self, name: str, csv_file: Path) -> str:
        target = self.root / "exports" / f"{name}.csv"
        target.parent.mkdir(exist_ok=True)
        shutil.move(csv_file, target)
        self.exports[name] = target
        return f"ds-{name}"

    def exported(self, name: str) -> pd.DataFrame:
        return pd.read_csv(self.exports[name])

    def add_model(self, name: str, model_type: str, sub_model_type: str) -> StoredModel:
        model = StoredModel(f"m-{name}", name, model_type, sub_model_type)
        self.models[name] = model
        return model

    def model(self, name: str) -> StoredModel:
        return self.models[name]

    def model_version(self, model_id: str, version: str) -> StoredModelVersion | None:
        return self.versions.get((model_id, version))

    def save_model_version(
        self,
        model_id: str,
        version: str,
        hyperparameters: Mapping[str, Any],
        metrics: Mapping[str, Any],
        artifact: bytes,
    ) -> str:
        version_id = f"v-{model_id}-{version}"
        stored = StoredModelVersion(version_id, version, hyperparameters, metrics, artifact)
        self.versions[model_id, version] = stored
        return version_id

    def custom_facet(self, custom_facet_id: str, version_id: str) -> CustomFacetCode:
        return self.custom_facets[custom_facet_id, version_id]

    def progress(self, facet_id: str, fraction: float, message: str) -> None:
        self.progress_log.append((facet_id, fraction, message))

    def cancelled(self) -> bool:
        return False


TEST_LIMITS = Limits(python_seconds=30, python_memory_bytes=2 * 1024**3, duckdb_memory="512MB")


@pytest.fixture
def ctx(tmp_path: Path) -> FileContext:
    return FileContext(tmp_path)


def facet(facet_id: str, uid: str, name: str = "", **arguments: Any) -> dict[str, Any]:
    return {"facet_id": facet_id, "facet_uid": uid, "name": name, "arguments": arguments}


def arrow(source: str, destination: str, **arguments: Any) -> dict[str, Any]:
    return {"source": source, "destination": destination, "arguments": arguments}


def chain(*facets: dict[str, Any], variables: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """A definition with the facets in a line."""
    arrows = [arrow(a["facet_id"], b["facet_id"]) for a, b in itertools.pairwise(facets)]
    return {"facets": list(facets), "arrows": arrows, "variables": dict(variables or {})}


def imported(dataset_id: str, facet_id: str = "in", **arguments: Any) -> dict[str, Any]:
    return facet(facet_id, IMPORTED, dataset_id=dataset_id, use_raw_file=False, **arguments)


def exported(name: str, facet_id: str = "out", **arguments: Any) -> dict[str, Any]:
    return facet(facet_id, EXPORTED, dataset_name=name, **arguments)


def run(
    ctx: FileContext,
    definition: Mapping[str, Any],
    variables: Mapping[str, Any] | None = None,
    limits: Limits = TEST_LIMITS,
) -> RunOutcome:
    return Engine(limits).run(definition, variables or {}, ctx)


def run_mid(ctx: FileContext, frame: pd.DataFrame, uid: str, **arguments: Any) -> pd.DataFrame:
    """IMPORTED(frame) → the facet → EXPORTED; the exported dataset as pandas reads it."""
    ctx.add_dataset("source", frame)
    run(ctx, chain(imported("source"), facet("mid", uid, **arguments), exported("result")))
    return ctx.exported("result")


def round_trip(frame: pd.DataFrame, tmp_path: Path) -> pd.DataFrame:
    """The frame as pandas reads it back from CSV (what the engine's input looks like)."""
    path = tmp_path / "round_trip.csv"
    frame.to_csv(path, index=False)
    return pd.read_csv(path)
