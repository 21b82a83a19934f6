"""What the user-code sandbox costs: a trivial PYTHON facet run in each sandbox mode.

    python benchmarks/sandbox.py [--rounds 7] [--checkout DIR]

One run is the flow IMPORTED (10 rows) → PYTHON (`result = data`) → EXPORTED on the engine,
timed from the call to the engine's return; the same flow without the PYTHON facet shows what
the rest of the run costs. Each round times every variant once, in turn, so that the machine's
noise falls on all of them alike; the medians and their ratios to "none" are printed.

`--checkout DIR` adds the engine of another checkout of this repository (e.g. the commit before
the sandbox, checked out with `git worktree add`), timed in a worker process of its own.
"""

from __future__ import annotations

import argparse
import itertools
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

IMPORTED, PYTHON, EXPORTED = "I_005", "M_000", "O_005"


class Context:
    """The least a run context needs here: one dataset in, one dataset out."""

    project_id = "bench"
    unsandboxed_code_allowed = True

    def __init__(self, root: Path) -> None:
        self.root = root
        self.data = root / "data.csv"
        self.data.write_text("n,label\n" + "".join(f"{i},row{i}\n" for i in range(10)))

    @property
    def work_dir(self) -> Path:
        path = self.root / "work"
        path.mkdir(exist_ok=True)
        return path

    def dataset_csv(self, dataset_id: str) -> Path:
        return self.data

    def export_dataset(self, name: str, csv_file: Path) -> str:
        shutil.move(csv_file, self.root / f"{name}.csv")
        return name

    def progress(self, facet_id: str, fraction: float, message: str) -> None:
        pass

    def cancelled(self) -> bool:
        return False


def _definition(with_python: bool) -> dict[str, Any]:
    facets: list[dict[str, Any]] = [
        {
            "facet_id": "in",
            "facet_uid": IMPORTED,
            "arguments": {"dataset_id": "d", "use_raw_file": False},
        },
        {"facet_id": "out", "facet_uid": EXPORTED, "arguments": {"dataset_name": "out"}},
    ]
    if with_python:
        code = {"facet_id": "py", "facet_uid": PYTHON, "arguments": {"script": "result = data"}}
        facets.insert(1, code)
    ids = [facet["facet_id"] for facet in facets]
    arrows = [{"source": a, "destination": b} for a, b in itertools.pairwise(ids)]
    return {"facets": facets, "arrows": arrows}


def _engine(mode: str) -> Any:
    from ikigai.local.engine import default_engine

    return default_engine() if mode == "old" else default_engine(sandbox=mode)  # type: ignore[arg-type]


def _time_once(engine: Any, with_python: bool) -> float:
    root = Path(tempfile.mkdtemp(prefix="sandbox-bench-"))
    try:
        context = Context(root)
        started = time.perf_counter()
        engine.run(_definition(with_python), {}, context)
        return time.perf_counter() - started
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _worker(checkout: str) -> None:
    """Times runs on request: a line "python" or "plain" in, seconds out."""
    sys.path.insert(0, checkout)
    engine = _engine("old")
    for line in sys.stdin:
        print(_time_once(engine, line.strip() == "python"), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--checkout", help="also time the engine of this checkout")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        _worker(args.worker)
        return
    from ikigai.local.sandbox import SandboxError, find_sandbox

    variants: dict[str, Any] = {}
    for mode in ("none", "landlock", "bubblewrap", "auto"):
        try:
            find_sandbox(mode)  # type: ignore[arg-type]
        except SandboxError as error:
            print(f"{mode}: not available here ({error})")
            continue
        variants[mode] = _engine(mode)
    old = None
    if args.checkout:
        old = subprocess.Popen(
            [sys.executable, __file__, "--worker", str(Path(args.checkout).resolve())],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=args.checkout,
        )
    times: dict[str, list[float]] = {}
    for _ in range(args.rounds + 1):  # the first round warms caches and is dropped
        for kind in ("plain", "python"):
            for mode, engine in variants.items():
                times.setdefault(f"{mode} {kind}", []).append(_time_once(engine, kind == "python"))
            if old is not None:
                assert old.stdin is not None
                assert old.stdout is not None
                old.stdin.write(kind + "\n")
                old.stdin.flush()
                times.setdefault(f"checkout {kind}", []).append(float(old.stdout.readline()))
    if old is not None:
        old.communicate("")
    medians = {name: statistics.median(values[1:]) for name, values in times.items()}
    print(f"medians of {args.rounds} rounds (seconds per flow run):")
    for kind in ("plain", "python"):
        base = medians[f"none {kind}"]
        for name, value in medians.items():
            if name.endswith(kind):
                print(f"  {name:<22} {value:7.3f}  ({value / base:.2f}x none)")
    for mode in [*variants, *(["checkout"] if old else [])]:
        cost = medians[f"{mode} python"] - medians[f"{mode} plain"]
        print(f"  the PYTHON facet itself, {mode:<10} {cost:7.3f}")
    print(json.dumps({name: round(value, 4) for name, value in medians.items()}))


if __name__ == "__main__":
    main()
