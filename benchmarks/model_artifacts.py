"""Size and dump/load time of trained-version artifacts: pickle (before) beside skops (now).

    python benchmarks/model_artifacts.py [--rows 10000] [--repeats 5]

Trains the engine's own pipelines (catalog default hyperparameters) on generated rows (three
numeric features, one text feature with 20 values, a noisy linear target), builds the artifact
a PREDICT facet stores, and times `pickle.dumps`/`loads` against `artifacts.dump`/`load` (skops
plus the allow-list check). Times are the median of the repeats.
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import time
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from ikigai.local.engine.arguments import with_defaults
from ikigai.local.engine.catalog import sub_model_specs
from ikigai.local.engine.models import artifacts
from ikigai.local.engine.models.estimators import supervised_pipeline

CASES = [
    ("Linear/Base", ("linear", "base"), False),
    ("Random Forest, regression", ("decisiontrees", "randomforest"), False),
    ("Random Forest, classification", ("decisiontrees", "randomforest"), True),
]
NUMERIC, TEXT = ["x1", "x2", "x3"], ["category"]


def _rows(rows: int) -> pd.DataFrame:
    rng = np.random.default_rng(0)
    frame = pd.DataFrame(rng.uniform(size=(rows, 3)), columns=NUMERIC)
    frame["category"] = rng.integers(0, 20, rows).astype(str).astype(object)
    noise = rng.normal(scale=0.1, size=rows)
    frame["target"] = frame["x1"] + 2 * frame["x2"] - frame["x3"] + noise
    return frame


def _artifact(key: tuple[str, str], classification: bool, frame: pd.DataFrame) -> dict[str, Any]:
    hyper = with_defaults({}, sub_model_specs()[key].hyperparameters)
    target = frame["target"]
    y = (target > target.median()).astype(str) if classification else target
    pipeline = supervised_pipeline(key, classification, hyper, NUMERIC, TEXT)
    pipeline.fit(frame[NUMERIC + TEXT], y)
    return {
        "estimator": pipeline,
        "features": NUMERIC + TEXT,
        "categorical": TEXT,
        "target": "target",
        "classification": classification,
        "model_type": key,
    }


def _median_seconds(repeats: int, work: Callable[[], object]) -> float:
    times: list[float] = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description="Artifact size and dump/load time.")
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=5)
    options = parser.parse_args()
    frame = _rows(options.rows)
    artifacts.load(artifacts.dump({"warm": "up"}))  # skops' first import is not a dump's cost
    print(f"{options.rows} rows, median of {options.repeats} runs")
    print(f"{'model':<30} {'format':<7} {'size':>10} {'dump':>9} {'load':>9}")
    for label, key, classification in CASES:
        artifact = _artifact(key, classification, frame)
        formats: list[tuple[str, Callable[[], bytes], Callable[[bytes], object]]] = [
            ("pickle", lambda a=artifact: pickle.dumps(a), pickle.loads),
            ("skops", lambda a=artifact: artifacts.dump(a), artifacts.load),
        ]
        for name, dump, load in formats:
            data = dump()
            dumping = _median_seconds(options.repeats, dump)
            loading = _median_seconds(options.repeats, lambda d=data, f=load: f(d))
            size = f"{len(data) / 1e6:.2f} MB" if len(data) >= 1e5 else f"{len(data) / 1e3:.1f} kB"
            times = f"{dumping * 1e3:>6.1f} ms {loading * 1e3:>6.1f} ms"
            print(f"{label:<30} {name:<7} {size:>10} {times}")


if __name__ == "__main__":
    main()
