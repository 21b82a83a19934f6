"""The published client (`ikigai==0.4.4` from PyPI, in its own virtual environment) against
the local platform: app, DataFrame upload, download, flow, run and logs; the guide's branching
flow, a flow that only imports (its run fails), and the asynchronous download of a high-volume
flow's output (IN_PROGRESS first, then ready).

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


BRANCHING = """
    import json, sys
    import pandas as pd
    import ikigai

    base_url, email, api_key = sys.argv[1:4]
    client = ikigai.Ikigai(user_email=email, api_key=api_key, base_url=base_url)
    app = client.app.new("branching").build()
    top = pd.DataFrame({"n": [1, 2], "label": ["a", "b"]})
    bottom = pd.DataFrame({"n": [3, 4, 5], "label": ["c", "d", "e"]})
    first = app.dataset.new("first").df(top).build()
    second = app.dataset.new("second").df(bottom).build()
    facet_types = client.facet_types
    # The guide's "Creating a Branch in the Flow", with the reader's dataset ids.
    flow_builder = client.builder
    import_1 = flow_builder.facet(facet_type=facet_types.INPUT.Imported).arguments(
        dataset_id=first.dataset_id, file_type="csv", header=True, use_raw_file=False
    )
    import_2 = import_1.facet(facet_type=facet_types.INPUT.Imported).arguments(
        dataset_id=second.dataset_id, file_type="csv", header=True, use_raw_file=False
    )
    union_facet = (
        flow_builder.facet(facet_type=facet_types.MID.UNION, name="union")
        .add_arrow(import_1, table_side="top")
        .add_arrow(import_2, table_side="bottom")
        .arguments(option="full")
    )
    flow_definition = (
        union_facet.facet(facet_type=facet_types.OUTPUT.EXPORTED)
        .arguments(dataset_name="both", file_type="csv", header=True)
        .build()
    )
    arrows = [(a.source, a.destination) for a in flow_definition.arrows]
    flow = app.flow.new("branch").definition(flow_definition).build()
    log = flow.run()
    output = app.datasets["both"].df()
    pd.testing.assert_frame_equal(pd.concat([top, bottom], ignore_index=True), output,
                                  check_dtype=False)
    print(json.dumps({"status": str(log.status.value), "message": log.data, "arrows": arrows,
                      "facet_ids": [facet.facet_id for facet in flow_definition.facets],
                      "rows": output.to_dict("records")}))
"""


def test_published_client_runs_the_guides_branching_flow(published_python: Path) -> None:
    """import_1 feeds import_2 and the UNION's top (fan-out, an arrow into an INPUT facet);
    the UNION stacks the top rows, then the bottom's."""
    with LocalPlatform() as platform:
        answer = _run(published_python, BRANCHING, platform)
    assert answer["status"] == "SUCCESS", answer
    i1, i2, union, out = answer["facet_ids"]
    expected = [[i1, i2], [i1, union], [i2, union], [union, out]]
    assert sorted(answer["arrows"]) == sorted(expected)
    assert [row["label"] for row in answer["rows"]] == ["a", "b", "c", "d", "e"]


IMPORT_ONLY = """
    import json, sys
    import pandas as pd
    import ikigai

    base_url, email, api_key = sys.argv[1:4]
    client = ikigai.Ikigai(user_email=email, api_key=api_key, base_url=base_url)
    app = client.app.new("import only").build()
    source = app.dataset.new("source").df(pd.DataFrame({"n": [1, 2]})).build()
    definition = (
        client.builder.facet(facet_type=client.facet_types.INPUT.IMPORTED, name="lonely")
        .arguments(dataset_id=source.dataset_id, file_type="csv", header=True, use_raw_file=False)
        .build()
    )
    flow = app.flow.new("imports only").definition(definition).build()
    log = flow.run()
    print(json.dumps({"status": str(log.status.value), "message": log.data,
                      "facet": log.erroneous_facet_id,
                      "facet_ids": [facet.facet_id for facet in definition.facets],
                      "datasets": sorted(app.datasets().keys())}))
"""


def test_published_client_sees_an_import_only_flow_fail(published_python: Path) -> None:
    """A flow whose only facet imports writes nothing: its run ends FAILED, and the log names
    the facet by name and id, as the hosted platform's does."""
    with LocalPlatform() as platform:
        answer = _run(published_python, IMPORT_ONLY, platform)
    assert answer["status"] == "FAILED", answer
    facet_id = answer["facet_ids"][0]
    assert answer["facet"] == facet_id
    assert f"INPUT IMPORTED facet 'lonely' (facet_id '{facet_id}')" in answer["message"]
    assert "feeds no facet" in answer["message"]
    assert answer["datasets"] == ["source"]


HIGH_VOLUME_DOWNLOAD = """
    import json, sys, time
    import pandas as pd
    import requests
    import ikigai

    base_url, email, api_key = sys.argv[1:4]
    # Watch the answers of get-dataset-download-url as the client's session receives them.
    answers = []
    send = requests.Session.send
    def watching(session, request, **options):
        response = send(session, request, **options)
        if "/component/get-dataset-download-url" in request.url:
            answers.append({"status": response.json()["status"], "at": time.monotonic()})
        return response
    requests.Session.send = watching

    client = ikigai.Ikigai(user_email=email, api_key=api_key, base_url=base_url)
    app = client.app.new("high volume").build()
    frame = pd.DataFrame({"n": list(range(100)), "text": [f"row {i}" for i in range(100)]})
    source = app.dataset.new("source").df(frame).build()
    types = client.facet_types
    definition = (
        client.builder.facet(facet_type=types.INPUT.IMPORTED)
        .arguments(dataset_id=source.dataset_id, file_type="csv", header=True, use_raw_file=False)
        .facet(facet_type=types.OUTPUT.EXPORTED, name="out")
        .arguments(dataset_name="big output", file_type="csv", header=True)
        .build()
    )
    flow = (
        app.flow.new("high volume").definition(definition).high_volume_preference(optimize=True)
        .build()
    )
    log = flow.run()
    started = time.monotonic()
    output = app.datasets["big output"].df()
    took = time.monotonic() - started
    pd.testing.assert_frame_equal(frame, output, check_dtype=False)
    first_download = list(answers)
    answers.clear()
    small = source.df()  # not a high-volume flow's output, and small: the fast path
    pd.testing.assert_frame_equal(frame, small, check_dtype=False)
    print(json.dumps({"status": str(log.status.value), "message": log.data,
                      "high_volume": [a["status"] for a in first_download],
                      "small": [a["status"] for a in answers], "seconds": took}))
"""


def test_published_client_polls_a_high_volume_download_until_ready(
    published_python: Path,
) -> None:
    """The first download request for a high-volume flow's output answers IN_PROGRESS; the
    client polls (1 s apart) and gets it; a small ordinary dataset is ready at once."""
    with LocalPlatform() as platform:
        answer = _run(published_python, HIGH_VOLUME_DOWNLOAD, platform)
    assert answer["status"] == "SUCCESS", answer
    assert answer["high_volume"] == ["IN_PROGRESS", "SUCCESS"], answer
    assert answer["small"] == ["SUCCESS"], answer
    assert 1.0 <= answer["seconds"] < 10.0, answer
    print(f"the published client's high-volume download took {answer['seconds']:.2f} s")
