"""The published client (`ikigai==0.4.4` from PyPI, in its own virtual environment) against
the local platform: app, DataFrame upload, download, flow, run and logs.

The virtual environment is cached between runs under $IKIGAI_TEST_CACHE (default: the system's
temporary folder), keyed by the client's version, and shared with the benchmarks
(`benchmarks/published_client.py`).
"""

from __future__ import annotations

import json
import subprocess
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmarks import published_client
from ikigai.local import LocalPlatform

from .lifecycle_engine import LifecycleEngine

PUBLISHED_VERSION = published_client.PUBLISHED_VERSION


@pytest.fixture(scope="session")
def published_python() -> Path:
    try:
        return published_client.published_python(PUBLISHED_VERSION)
    except published_client.PublishedClientUnavailable as error:
        pytest.fail(str(error))


def _run(python: Path, script: str, platform: LocalPlatform, *args: str) -> dict[str, Any]:
    email = "published@example.com"
    result = subprocess.run(
        [
            str(python),
            "-I",
            "-c",
            textwrap.dedent(script),
            platform.base_url,
            email,
            platform.api_key(email),
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tempfile.gettempdir(),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    answer: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return answer


UPLOAD_AND_DOWNLOAD = """
    import json, sys
    import pandas as pd
    import ikigai

    base_url, email, api_key = sys.argv[1:4]
    client = ikigai.Ikigai(user_email=email, api_key=api_key, base_url=base_url)
    app = client.app.new("published-app").description("made by the published client").build()
    frame = pd.DataFrame({"n": [1, 2, 3], "text": ["x", "y,z", "é"], "f": [1.5, None, 3.25]})
    dataset = app.dataset.new("frame").df(frame).build()
    pd.testing.assert_frame_equal(frame, dataset.df(), check_dtype=False, check_exact=False)
    assert client.apps()["published-app"].app_id == app.app_id
    assert app.datasets["frame"].dataset_id == dataset.dataset_id
    described = dataset.describe()
    assert described["directory"]["type"] == "DATASET", described
    # Replacing the data through the same sequence.
    dataset.edit_data(frame.head(2))
    pd.testing.assert_frame_equal(frame.head(2), dataset.df(), check_dtype=False)
    print(json.dumps({"app_id": app.app_id, "dataset_id": dataset.dataset_id,
                      "data_types": described["data_types"]}))
"""

FLOW_RUN_AND_LOGS = """
    import json, sys
    import pandas as pd
    import ikigai

    base_url, email, api_key, app_name = sys.argv[1:5]
    client = ikigai.Ikigai(user_email=email, api_key=api_key, base_url=base_url)
    app = client.app.new(app_name).build()
    frame = pd.DataFrame({"n": [1, 2, 3], "label": ["a", "b", "c"]})
    source = app.dataset.new("source").df(frame).build()
    types = client.facet_types
    builder = client.builder
    (
        builder.facet(facet_type=types.INPUT.IMPORTED)
        .arguments(dataset_id=source.dataset_id, file_type="csv", header=True, use_raw_file=False)
        .facet(facet_type=types.OUTPUT.EXPORTED, name="out")
        .arguments(dataset_name="copied", file_type="csv", header=True)
    )
    flow = app.flow.new("copy").definition(builder.build()).build()
    log = flow.run()
    logs = flow.run_logs(max_count=5)
    output = app.datasets["copied"].df()
    pd.testing.assert_frame_equal(frame, output, check_dtype=False)
    print(json.dumps({"status": str(log.status.value), "message": log.data,
                      "logs": len(logs), "flow_id": flow.flow_id}))
"""


def test_published_client_uploads_and_downloads(published_python: Path) -> None:
    with LocalPlatform() as platform:
        answer = _run(published_python, UPLOAD_AND_DOWNLOAD, platform)
    assert answer["data_types"]["n"]["data_type"] == "NUMERIC"


@pytest.fixture
def lifecycle_platform() -> Iterator[LocalPlatform]:
    with LocalPlatform(engine=LifecycleEngine()) as platform:
        yield platform


def test_published_client_follows_the_run_lifecycle(
    published_python: Path, lifecycle_platform: LocalPlatform
) -> None:
    """The client's polling and log-timing rules, with the lifecycle test double as engine."""
    answer = _run(published_python, FLOW_RUN_AND_LOGS, lifecycle_platform, "lifecycle-app")
    assert answer["status"] == "SUCCESS", answer
    assert answer["logs"] == 1


def test_published_client_runs_a_flow_on_the_engine(published_python: Path) -> None:
    with LocalPlatform() as platform:
        answer = _run(published_python, FLOW_RUN_AND_LOGS, platform, "engine-app")
    assert answer["status"] == "SUCCESS", answer
