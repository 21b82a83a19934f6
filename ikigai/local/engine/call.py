"""What a facet implementation is given, and what it hands back to the run."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from ikigai.local.engine.catalog import FacetSpec
from ikigai.local.engine.definition import FacetNode
from ikigai.local.engine.workspace import Workspace
from ikigai.local.engine_contract import RunContext, RunError
from ikigai.local.narrowing import as_list, as_mapping
from ikigai.local.sandbox import Sandbox

Found = TypeVar("Found")


@dataclass(frozen=True)
class Limits:
    """Limits of one run: user code (PYTHON and custom facets), DuckDB, and model training.

    The child's memory limit is its address space (RLIMIT_AS); pandas and pyarrow need about
    1 GiB of it just to start, so limits below that make every script fail (or stall until the
    time limit). Its process limit counts threads too (numerical libraries start one per core).
    """

    python_seconds: float = 600.0
    python_memory_bytes: int = 4 * 1024**3
    python_file_bytes: int = 4 * 1024**3
    """Largest file user code may write (its result included)."""
    python_processes: int = 128
    python_scratch_bytes: int = 1024**3
    """Size of the scratch file system user code gets (under bubblewrap: memory-backed)."""
    duckdb_memory: str = "1GB"
    duckdb_threads: int | None = None
    predict_batch_rows: int = 250_000
    cv_max_rows: int = 200_000
    """Cross-validation and permutation importance use at most this many (sampled) rows."""


@dataclass(frozen=True)
class PendingExport:
    facet_id: str
    dataset_name: str
    csv_file: Path


@dataclass(frozen=True)
class PendingModelVersion:
    facet_id: str
    model_id: str
    version: str
    hyperparameters: Mapping[str, Any]
    metrics: Mapping[str, Any]
    artifact: bytes


@dataclass
class RunState:
    """What the run has produced so far; written to the platform only once every facet succeeded."""

    exports: list[PendingExport] = field(default_factory=lambda: list[PendingExport]())
    model_versions: dict[tuple[str, str], PendingModelVersion] = field(
        default_factory=lambda: dict[tuple[str, str], PendingModelVersion]()
    )


@dataclass(frozen=True)
class Input:
    table: str
    arrow_arguments: Mapping[str, Any]


@dataclass(frozen=True)
class FacetCall:
    node: FacetNode
    spec: FacetSpec
    arguments: Mapping[str, Any]
    """The node's arguments with the spec's defaults filled in."""
    inputs: list[Input]
    workspace: Workspace
    context: RunContext
    limits: Limits
    state: RunState
    sandbox: Sandbox

    @property
    def facet_id(self) -> str:
        return self.node.facet_id

    def fail(self, message: str) -> RunError:
        """An error naming this facet (raise it)."""
        return RunError(self.facet_id, f"{self.spec.facet_type} facet {self.facet_id!r}: {message}")

    def found(self, look_up: Callable[[], Found], missing: str) -> Found:
        """What `look_up` finds on the platform; when it finds nothing (a KeyError), a failure
        of this facet that says `missing`."""
        try:
            return look_up()
        except KeyError as error:
            raise self.fail(missing) from error

    def input_table(self) -> str:
        if len(self.inputs) != 1:
            raise self.fail(f"expects one input, has {len(self.inputs)}")
        return self.inputs[0].table

    def output_table(self) -> str:
        return self.workspace.new_table_name(self.facet_id)

    def text(self, name: str) -> str | None:
        value = self.arguments.get(name)
        return value if isinstance(value, str) and value != "" else None

    def texts(self, name: str) -> list[str]:
        return [item for item in as_list(self.arguments.get(name)) or [] if isinstance(item, str)]

    def objects(self, name: str) -> list[Mapping[str, Any]]:
        """The JSON objects in the list argument `name`."""
        found = (as_mapping(item) for item in as_list(self.arguments.get(name)) or [])
        return [item for item in found if item is not None]

    def number(self, name: str) -> float | None:
        value = self.arguments.get(name)
        return float(value) if isinstance(value, int | float) else None

    def flag(self, name: str) -> bool:
        return self.arguments.get(name) is True

    def require_columns(self, table: str, names: list[str]) -> None:
        present = set(self.workspace.column_names(table))
        missing = [name for name in names if name not in present]
        if missing:
            raise self.fail(f"no such column(s): {', '.join(missing)}")


FacetRunner = Callable[[FacetCall], str | None]
"""Runs one facet; returns the name of its output table (None for OUTPUT facets)."""
