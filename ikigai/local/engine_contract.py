"""The contract between the local platform's server and its flow engine.

The server owns storage (apps, datasets, models, custom facets) and the run lifecycle (status,
progress, run logs). The engine owns executing a flow definition. They meet here: the server
hands the engine a `RunContext` for one run of one flow, and the engine answers with a
`RunOutcome`. Neither side imports the other's internals.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol


class RunError(Exception):
    """A facet failed; the run log names the facet and carries the message."""

    def __init__(self, facet_id: str, message: str) -> None:
        super().__init__(message)
        self.facet_id = facet_id
        self.message = message


@dataclass(frozen=True)
class StoredModel:
    model_id: str
    name: str
    model_type: str
    sub_model_type: str


@dataclass(frozen=True)
class StoredModelVersion:
    version_id: str
    version: str
    hyperparameters: Mapping[str, Any]
    metrics: Mapping[str, Any]
    artifact: bytes
    """The trained estimator, serialised by the engine (opaque to the server)."""


@dataclass(frozen=True)
class CustomFacetCode:
    """The script a custom-facet node runs, already resolved to a version or the draft."""

    custom_facet_id: str
    version_id: str
    python_script: str
    libraries: tuple[str, ...]
    arguments: Mapping[str, Any]
    """Default argument values, already cast from their stored strings."""


@dataclass
class RunOutcome:
    """What a finished run produced (the server writes the run log from it)."""

    exported_datasets: list[str] = field(default_factory=list[str])
    """Names of the datasets the run created or replaced."""
    model_versions: list[str] = field(default_factory=list[str])
    """version_ids of model versions the run trained."""


class RunContext(Protocol):
    """Everything a running flow may read or change, scoped to the flow's app."""

    @property
    def project_id(self) -> str: ...

    @property
    def work_dir(self) -> Path:
        """A private scratch directory for this run, removed by the server afterwards."""
        ...

    @property
    def unsandboxed_code_allowed(self) -> bool:
        """Whether user code may run where no sandbox confines it: on a platform with one user,
        or one started with `allow_unsandboxed_code`."""
        ...

    def dataset_csv(self, dataset_id: str) -> Path:
        """The CSV file of a dataset of this app.

        KeyError if there is no such dataset or it has no data yet.
        """
        ...

    def export_dataset(self, name: str, csv_file: Path) -> str:
        """Create or replace the dataset `name` of this app with the CSV at `csv_file`.

        The file is moved into storage atomically: readers see the old data or the new data,
        never a partial file. Returns the dataset_id.
        """
        ...

    def model(self, name: str) -> StoredModel:
        """A model of this app by name. KeyError if missing."""
        ...

    def model_version(self, model_id: str, version: str) -> StoredModelVersion | None:
        """The model's version with that name, or None when it has not been trained yet."""
        ...

    def save_model_version(
        self,
        model_id: str,
        version: str,
        hyperparameters: Mapping[str, Any],
        metrics: Mapping[str, Any],
        artifact: bytes,
    ) -> str:
        """Record a trained version of a model; returns its version_id."""
        ...

    def custom_facet(self, custom_facet_id: str, version_id: str) -> CustomFacetCode:
        """Resolve a custom-facet node: a pinned version, or ("" = unpinned) the newest saved
        version, or the draft when there is none. KeyError if the user may not run it."""
        ...

    def progress(self, facet_id: str, fraction: float, message: str) -> None:
        """Report that `facet_id` is running and `fraction` (0..1) of the flow is done."""
        ...

    def cancelled(self) -> bool:
        """True when the run should stop (the platform is shutting down)."""
        ...


class FlowEngine(Protocol):
    """Runs one flow definition. Raises RunError when a facet fails or the definition is invalid."""

    def describe_sandbox(self) -> str:
        """What confines the user code this engine runs ("" when nothing does)."""
        ...

    def run(
        self,
        definition: Mapping[str, Any],
        variables: Mapping[str, Any],
        context: RunContext,
    ) -> RunOutcome: ...
