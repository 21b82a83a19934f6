"""Wall time and peak memory of the local flow engine on generated data.

    python benchmarks/engine.py --rows 1000000 10000000 [--dir DIR]

For each size the script writes a CSV (id, x1..x3 uniform, category 0..99, a noisy linear
target) with DuckDB, then runs two flows, each in a fresh process so that its peak memory is its
own:

* relational: IMPORTED → FILTER (x1 > 0.5) → COUNT (by category) → EXPORTED
* predict:    IMPORTED → PREDICT (Linear/Lasso, trains a version) → EXPORTED

and prints the wall time and the peak resident memory of the flow's process and of its children
(PYTHON facets run in children; these flows have none).
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from ikigai.local.engine import default_engine
from ikigai.local.engine_contract import CustomFacetCode, StoredModel, StoredModelVersion

FLOWS: dict[str, dict[str, Any]] = {
    "relational": {
        "facets": [
            {
                "facet_id": "0",
                "facet_uid": "I_005",
                "arguments": {"dataset_id": "data", "use_raw_file": False},
            },
            {
                "facet_id": "1",
                "facet_uid": "M_010",
                "arguments": {"filters": [{"column": "x1", "operator": ">", "value": "0.5"}]},
            },
            {"facet_id": "2", "facet_uid": "M_003", "arguments": {"target_columns": ["category"]}},
            {"facet_id": "3", "facet_uid": "O_005", "arguments": {"dataset_name": "counts"}},
        ],
        "arrows": [
            {"source": "0", "destination": "1"},
            {"source": "1", "destination": "2"},
            {"source": "2", "destination": "3"},
        ],
    },
    "predict": {
        "facets": [
            {
                "facet_id": "0",
                "facet_uid": "I_005",
                "arguments": {"dataset_id": "data", "use_raw_file": False},
            },
            {
                "facet_id": "1",
                "facet_uid": "M_016",
                "arguments": {
                    "model_name": "lasso",
                    "model_version": "initial",
                    "hyperparameters": {"alpha": 0.001},
                    "parameters": {
                        "target_column": "target",
                        "feature_columns": ["x1", "x2", "x3"],
                    },
                },
            },
            {"facet_id": "2", "facet_uid": "O_005", "arguments": {"dataset_name": "predicted"}},
        ],
        "arrows": [{"source": "0", "destination": "1"}, {"source": "1", "destination": "2"}],
    },
}


@dataclass
class BenchContext:
    """A RunContext over one CSV file and an output folder; models live in memory."""

    csv: Path
    root: Path
    versions: dict[tuple[str, str], StoredModelVersion] = field(default_factory=dict)

    @property
    def project_id(self) -> str:
        return "bench"

    @property
    def work_dir(self) -> Path:
        return self.root / "work"

    def dataset_csv(self, dataset_id: str) -> Path:
        return self.csv

    def export_dataset(self, name: str, csv_file: Path) -> str:
        shutil.move(csv_file, self.root / f"{name}.csv")
        return name

    def model(self, name: str) -> StoredModel:
        return StoredModel("model-1", name, "Linear", "Lasso")

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
        self.versions[model_id, version] = StoredModelVersion(
            version, version, hyperparameters, metrics, artifact
        )
        print(json.dumps({"metrics": metrics["performance"]}), file=sys.stderr)
        return version

    def custom_facet(self, custom_facet_id: str, version_id: str) -> CustomFacetCode:
        raise KeyError(custom_facet_id)

    def progress(self, facet_id: str, fraction: float, message: str) -> None:
        print(
            f"  {time.strftime('%H:%M:%S')} {fraction:4.0%} facet {facet_id}: {message}",
            file=sys.stderr,
        )

    def cancelled(self) -> bool:
        return False


def generate(path: Path, rows: int) -> None:
    connection = duckdb.connect()
    connection.execute("SELECT setseed(0.42)")
    connection.execute(
        f"""COPY (
            SELECT i AS id, x1, x2, x3, i % 100 AS category,
                   round(3 * x1 - 2 * x2 + 0.5 * x3 + (random() - 0.5) * 0.1, 6) AS target
            FROM (SELECT i, round(random(), 6) AS x1, round(random(), 6) AS x2,
                         round(random(), 6) AS x3 FROM range({rows}) t(i))
        ) TO '{path}' (FORMAT csv, HEADER true)"""
    )
    connection.close()


def run_flow(flow: str, csv: Path, root: Path) -> None:
    """Run one flow in this process and print its figures as JSON."""
    root.mkdir(parents=True, exist_ok=True)
    context = BenchContext(csv, root)
    context.work_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    outcome = default_engine().run(FLOWS[flow], {}, context)
    elapsed = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(
        json.dumps(
            {
                "seconds": elapsed,
                "peak_rss_mib": own / 1024,
                "children_peak_rss_mib": children / 1024,
                "exported": outcome.exported_datasets,
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, nargs="+", default=[1_000_000])
    parser.add_argument(
        "--dir", type=Path, default=None, help="where to put the data (default: a temp dir)"
    )
    parser.add_argument("--flows", nargs="+", default=list(FLOWS), choices=list(FLOWS))
    parser.add_argument("--run-flow", choices=list(FLOWS), help=argparse.SUPPRESS)
    parser.add_argument("--csv", type=Path, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.run_flow:
        run_flow(arguments.run_flow, arguments.csv, arguments.dir)
        return
    base = arguments.dir or Path(tempfile.mkdtemp(prefix="ikigai-bench-"))
    base.mkdir(parents=True, exist_ok=True)
    print(f"{'rows':>11} {'flow':<11} {'wall s':>8} {'peak RSS MiB':>13} {'children MiB':>13}")
    for rows in arguments.rows:
        csv = base / f"data_{rows}.csv"
        if not csv.exists():
            started = time.perf_counter()
            generate(csv, rows)
            size = csv.stat().st_size / 2**20
            print(f"{rows:>11,} generated {size:.0f} MiB in {time.perf_counter() - started:.1f} s")
        for flow in arguments.flows:
            command = [
                sys.executable,
                __file__,
                "--run-flow",
                flow,
                "--csv",
                str(csv),
                "--dir",
                str(base / f"run_{flow}_{rows}"),
            ]
            finished = subprocess.run(command, capture_output=True, text=True, check=False)
            if finished.returncode != 0:
                print(finished.stderr, file=sys.stderr)
                raise SystemExit(f"{flow} at {rows} rows failed")
            figures = json.loads(finished.stdout.strip().splitlines()[-1])
            seconds, peak = figures["seconds"], figures["peak_rss_mib"]
            children = figures["children_peak_rss_mib"]
            print(f"{rows:>11,} {flow:<11} {seconds:>8.2f} {peak:>13.0f} {children:>13.0f}")
    if arguments.dir is None:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
