"""The model modules (scikit-learn, skops) are imported by a background thread once the local
platform's process is idle, not while it starts or works, and a training run finds them ready,
or imports them itself, or waits for the thread halfway through them.

Each check is a new process (what has been imported is per process): it starts the platform,
lets it idle or keeps it busy, trains a model with a flow run, and reports what `sys.modules`
and the thread showed at each step."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

pytest.importorskip("sklearn")
pytest.importorskip("skops")

PROBE = """
import json, sys, threading, time
import pandas as pd
from ikigai.local import LocalPlatform

LIBRARIES = ("sklearn", "skops", "scipy")

def libraries():
    return {name for name in sys.modules if name.split(".")[0] in LIBRARIES}

def importing():
    return any(t.name == "ikigai-model-imports" for t in threading.enumerate())

def until(condition, seconds=120.0):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)

def busy(seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        sum(range(1000))

seen = {}
with LocalPlatform() as platform:
    seen["started"] = sorted(libraries())
    client = platform.client()
    facet_types, model_types = client.facet_types, client.model_types
    app = client.app.new("warm-up").build()
    frame = pd.DataFrame({"x": [1.0, 2.0, 3.0, 4.0, 5.0], "y": [2.0, 4.1, 5.9, 8.2, 9.9]})
    dataset = app.dataset.new("points").df(frame).build()
    model = app.model.new("line").model_type(model_types.Linear.Lasso).build()
    definition = (
        client.builder.facet(facet_type=facet_types.INPUT.Imported)
        .arguments(dataset_id=dataset.dataset_id, use_raw_file=False)
        .model_facet(facet_type=facet_types.MID.PREDICT, model_type=model_types.Linear.Lasso)
        .arguments(model_name=model.name, model_version="first")
        .parameters(target_column="y", feature_columns=["x"])
        .facet(facet_type=facet_types.OUTPUT.EXPORTED)
        .arguments(dataset_name="predicted")
        .build()
    )
    flow = app.flow.new("train").definition(definition).build()

    %(step)s

    seen["thread before the run"] = importing()
    before = libraries()
    seen["status"] = flow.run().status.value
    seen["imported by the run"] = sorted(libraries() - before)
    until(lambda: not importing(), 10)  # the thread ends once the modules are in
    seen["versions"] = [v.name for v in model.versions().values()]
print(json.dumps(seen))
"""

STEPS = {
    # idle: the thread imports everything, then leaves
    "idle": "until(lambda: not importing())",
    # busy from the start: nothing is imported behind the work's back
    "busy": "busy(1.5); seen['after busy work'] = sorted(libraries())",
    # the run comes while the thread is halfway: it waits for the thread, then trains
    "halfway": "until(lambda: 'sklearn' in sys.modules)",
}


def probe(step: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE % {"step": STEPS[step]}],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["started"] == [], "the platform waited for the model modules as it started"
    assert seen["status"] == "SUCCESS", seen
    assert seen["versions"] == ["first"], seen
    return seen


def test_an_idle_platform_imports_the_model_modules_before_the_first_training() -> None:
    seen = probe("idle")
    assert seen["thread before the run"] is False
    assert seen["imported by the run"] == []  # the first training found them all imported


def test_a_busy_process_is_not_slowed_by_the_imports_and_trains_all_the_same() -> None:
    seen = probe("busy")
    assert seen["after busy work"] == []
    assert "skops.io" in seen["imported by the run"]  # the run imported them itself
    assert any(name.startswith("sklearn.linear_model") for name in seen["imported by the run"])


def test_a_run_that_comes_while_the_thread_imports_waits_for_it() -> None:
    seen = probe("halfway")
    # scikit-learn takes seconds to import: the thread was still at it when the run began
    assert seen["thread before the run"] is True
