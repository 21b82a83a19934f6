"""`RunContext` (see `ikigai.local.engine_contract`) implemented on the platform's storage."""

from __future__ import annotations

import json
import math
import shutil
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ikigai.local.core import Core
from ikigai.local.engine_contract import CustomFacetCode, StoredModel, StoredModelVersion
from ikigai.local.runs.jsonsafe import json_safe
from ikigai.local.store import custom_facets, datasets, models, projects
from ikigai.local.store.datasets import DATASET_TABLE
from ikigai.local.store.db import Transaction
from ikigai.local.store.ids import new_id
from ikigai.local.store.models import MODEL_TABLE
from ikigai.local.store.users import user_count
from ikigai.local.transfer.inference import summarise_csv

_RUNNERS = ("ADMIN", "EDIT", "RUN")


@dataclass(kw_only=True, eq=False)
class StoredRunContext:
    core: Core
    run_id: str
    project_id: str
    user: str
    stopping: threading.Event
    on_progress: Callable[[str, int, str], None]
    current_facet: str = ""
    work_dir: Path = field(init=False)

    def __post_init__(self) -> None:
        self.work_dir = self.core.files.run_dir(self.run_id)
        self.work_dir.mkdir(parents=True, exist_ok=True)

    @property
    def unsandboxed_code_allowed(self) -> bool:
        if self.core.settings.allow_unsandboxed_code:
            return True
        with self.core.db.read() as tx:
            return user_count(tx) <= 1

    # ------------------------------------------------------------------ datasets
    def dataset_csv(self, dataset_id: str) -> Path:
        with self.core.db.read() as tx:
            row = DATASET_TABLE.by_id(tx, dataset_id, self.project_id)
        if row is None or not row["data_file"]:
            raise KeyError(f"dataset {dataset_id!r} does not exist in this app or has no data")
        # A private link: replacing the dataset during the run cannot pull the file away.
        snapshot = self.work_dir / "inputs" / f"{dataset_id}-{row['data_file']}.csv"
        if not snapshot.exists():
            self.core.files.copy_in(
                self.core.files.dataset_file(dataset_id, row["data_file"]), snapshot
            )
        return snapshot

    def export_dataset(self, name: str, csv_file: Path) -> str:
        summary = summarise_csv(csv_file)
        file_id = new_id()
        now = time.time()
        with self.core.db.write() as tx:
            row = DATASET_TABLE.by_name(tx, self.project_id, name)
            if row is None:
                if not projects.exists(tx, self.project_id):
                    raise KeyError(f"app {self.project_id!r} no longer exists")
                dataset_id, old_file = new_id(), None
                datasets.create(tx, dataset_id, self.project_id, name, now)
            else:
                dataset_id, old_file = str(row["dataset_id"]), row["data_file"]
            target = self.core.files.dataset_file(dataset_id, file_id)
            try:
                self.core.files.install(csv_file, target)
            except OSError:
                self.core.files.copy_in(csv_file, target)
            datasets.set_data(
                tx,
                dataset_id,
                filename=f"{name}.csv",
                file_extension="csv",
                data_types=json.dumps(summary.data_types),
                size=summary.size,
                data_file=file_id,
                now=now,
            )
            projects.touch(tx, self.project_id, now)
        if old_file:
            self.core.files.remove(self.core.files.dataset_file(dataset_id, old_file))
        return dataset_id

    # ------------------------------------------------------------------ models
    def model(self, name: str) -> StoredModel:
        with self.core.db.read() as tx:
            row = MODEL_TABLE.by_name(tx, self.project_id, name)
        if row is None:
            raise KeyError(f"there is no model named {name!r} in this app")
        return StoredModel(
            model_id=row["model_id"],
            name=row["name"],
            model_type=row["model_type"],
            sub_model_type=row["sub_model_type"],
        )

    def _check_model(self, tx: Transaction, model_id: str) -> None:
        if MODEL_TABLE.by_id(tx, model_id, self.project_id) is None:
            raise KeyError(f"model {model_id!r} does not exist in this app")

    def model_version(self, model_id: str, version: str) -> StoredModelVersion | None:
        with self.core.db.read() as tx:
            self._check_model(tx, model_id)
            row = models.version_named(tx, model_id, version)
        if row is None:
            return None
        return StoredModelVersion(
            version_id=row["version_id"],
            version=row["version"],
            hyperparameters=json.loads(row["hyperparameters"]),
            metrics=json.loads(row["metrics"]),
            artifact=self.core.files.model_artifact(row["version_id"]).read_bytes(),
        )

    def save_model_version(
        self,
        model_id: str,
        version: str,
        hyperparameters: Mapping[str, Any],
        metrics: Mapping[str, Any],
        artifact: bytes,
    ) -> str:
        now = time.time()
        hyper_json = json.dumps(json_safe(hyperparameters))
        metrics_json = json.dumps(json_safe(metrics))
        with self.core.db.write() as tx:
            self._check_model(tx, model_id)
            row = models.version_named(tx, model_id, version)
            version_id = new_id() if row is None else str(row["version_id"])
            self.core.files.write_bytes(self.core.files.model_artifact(version_id), artifact)
            if row is None:
                models.add_version(tx, version_id, model_id, version, hyper_json, metrics_json, now)
            else:
                models.retrain_version(tx, version_id, hyper_json, metrics_json, now)
            models.set_latest_version(tx, model_id, version_id, now)
        return version_id

    # ------------------------------------------------------------------ custom facets
    def custom_facet(self, custom_facet_id: str, version_id: str) -> CustomFacetCode:
        with self.core.db.read() as tx:
            facet = custom_facets.find(tx, custom_facet_id)
            runner = custom_facets.shared_level(tx, custom_facet_id, self.user) in _RUNNERS
            if facet is None or not (facet["owner"] == self.user or runner):
                raise KeyError(
                    f"custom facet {custom_facet_id!r} does not exist"
                    f" or may not be run by {self.user}"
                )
            if version_id:
                source = custom_facets.version(tx, custom_facet_id, version_id)
                if source is None:
                    raise KeyError(
                        f"custom facet {custom_facet_id!r} has no version {version_id!r}"
                    )
            else:
                source = custom_facets.newest_version(tx, custom_facet_id) or facet
        return CustomFacetCode(
            custom_facet_id=custom_facet_id,
            version_id=source["version_id"] if source is not facet else "",
            python_script=source["python_script"],
            libraries=tuple(json.loads(source["libraries"])),
            arguments={
                argument["name"]: cast_argument(argument.get("type", "str"), argument.get("value"))
                for argument in json.loads(source["arguments"])
            },
        )

    # ------------------------------------------------------------------ progress
    def progress(self, facet_id: str, fraction: float, message: str) -> None:
        self.current_facet = facet_id
        percent = 0 if not math.isfinite(fraction) else round(min(max(fraction, 0.0), 1.0) * 100)
        self.on_progress(self.run_id, percent, message)

    def cancelled(self) -> bool:
        return self.stopping.is_set()

    def close(self) -> None:
        shutil.rmtree(self.work_dir, ignore_errors=True)


def cast_argument(kind: str, value: Any) -> Any:
    """A custom-facet argument's stored value (usually a string) as its declared type."""
    if value is None or not isinstance(value, str):
        return value
    text = value.strip()
    try:
        if kind == "bool":
            return text.lower() in ("true", "1", "yes")
        if kind == "int":
            return int(text)
        if kind == "float":
            return float(text)
    except ValueError:
        return None
    return value
