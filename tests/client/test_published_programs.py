"""One program, written for the published client (`ikigai` 0.4.4), run unchanged by it and by
ours against the local platform: both print the same answers.

The program uses what the published client names and spells its own way: keyword arguments by
its parameter names (`parent=`, `data=`, `file=`, `key=`), `grant(...).update(...).revoke(...)`
chains, `to_dict()` key sets, directory `type`s, `df(**read_csv_options)`, schedules from naive
datetimes and epoch strings that read back equal, listings compared with `==`, and
`RuntimeError` for a name the platform does not know. The published client runs in its own
virtual environment (`benchmarks/published_client.py`), ours in this one; both under a time
zone east of UTC, so that "naive means local time" is seen.

Left out of the program: `flow.update_schedule()` (the published client then sleeps 90 s; ours
is checked in test_published_components.py), and what `edit_data` returns (None in the
published client, the dataset in ours: nothing can use a None).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import textwrap
import uuid
from pathlib import Path
from typing import Any

import pytest

from benchmarks import published_client
from ikigai.local import LocalPlatform

PROGRAM = """
    import datetime, json, sys, tempfile, warnings
    from collections.abc import Mapping
    from pathlib import Path

    import pandas as pd

    import ikigai
    from ikigai import AppAccessLevel, CustomFacetAccessLevel
    from ikigai.components import Schedule
    from ikigai.utils import DatasetDataType, DirectoryType

    base_url, email, api_key, friend, tag = sys.argv[1:6]
    client = ikigai.Ikigai(user_email=email, api_key=api_key, base_url=base_url)
    out = {}

    folder = client.app_directory.new(f"folder-{tag}").build()
    inner = client.app_directory.new(f"inner-{tag}").parent(parent=folder).build()
    out["app directory"] = [
        sorted(inner.to_dict()), inner.type == DirectoryType.APP, inner.type == "PROJECT"
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        out["directories()"] = folder.name in client.directories()

    app = client.app.new(f"app-{tag}").description("made by both").directory(inner).build()
    access = app.access.grant(friend, AppAccessLevel.VIEWER)
    access = access.update(friend, AppAccessLevel.BUILDER).revoke(friend)
    out["app access"] = type(access).__name__
    out["app keys"] = sorted(app.to_dict())

    folders = [
        app.dataset_directory.new("datasets").build(),
        app.flow_directory.new("flows").build(),
        app.model_directory.new("models").build(),
    ]
    out["directories"] = [
        [sorted(d.to_dict()), str(d.type), d.to_dict()["type"] == d.type] for d in folders
    ]

    frame = pd.DataFrame({"n": [1, 2, 3], "text": ["a;b", "c", "d"]})
    dataset = app.dataset.new("frame").df(data=frame).directory(folders[0]).build()
    out["dataset keys"] = sorted(dataset.to_dict())
    out["agent_access"] = dataset.agent_access
    out["data types"] = {
        name: [kind.data_type == word for word in ("NUMERIC", "TEXT")]
        + [kind.data_type in list(DatasetDataType)]
        for name, kind in dataset.data_types.items()
    }
    out["df(dtype=str)"] = dataset.df(dtype=str).to_dict("list")
    out["df(usecols)"] = dataset.df(usecols=["text"]).to_dict("list")
    out["df(nrows, header)"] = dataset.df(nrows=1, header=None).astype(str).to_dict("list")
    dataset.edit_data(data=frame.head(2))
    out["edited"] = dataset.df().to_dict("list")
    path = Path(tempfile.mkdtemp()) / "semicolons.csv"
    path.write_text("x;y\\n1;2\\n3;4\\n", encoding="utf-8")
    from_file = app.dataset.new("from file").csv(file=path).build()
    out["csv(file), df(sep)"] = from_file.df(sep=";").to_dict("list")

    flow = app.flow.new("scheduled").directory(folders[1]).build()
    out["flow keys"] = sorted(flow.to_dict())
    out["flow agent_access"] = flow.agent_access
    naive = datetime.datetime(2031, 3, 4, 5, 6, 7, 890)
    schedule = Schedule(name="nightly", start_time=naive, end_time="1956528000", cron="0 6 * * *")
    start = schedule.start_time
    out["schedule"] = [schedule.to_dict(), start.utcoffset() is not None, start.microsecond]
    flow.update_schedule(schedule)
    back = app.flows["scheduled"]
    out["schedule read back"] = [back.schedule == schedule, back.to_dict()["schedule"]]

    listing = app.datasets()
    out["listing"] = [
        isinstance(listing, Mapping),
        listing == app.datasets(),
        sorted(listing.keys()),
        sorted(name for name, _ in listing.items()),
        len(listing.values()),
        listing.get(key="missing") is None,
        "frame" in listing,
    ]

    lasso = client.model_types.Linear.Lasso
    model = app.model.new("lasso").model_type(lasso).directory(folders[2]).build()
    out["model"] = [model.sub_model_type, [m.name for m in folders[2].models().values()]]

    custom = (
        client.custom_facet.new(f"custom-{tag}", facet_type=client.facet_types.MID.CUSTOM_FACET)
        .script("result = data", requirements=["pandas"], arguments={"step": 1})
        .build()
    )
    out["requirements"] = custom.requirements
    shared = custom.access.grant(friend, CustomFacetAccessLevel.RUNNER)
    shared = shared.update(friend, CustomFacetAccessLevel.VIEWER).revoke(friend)
    out["custom facet access"] = type(shared).__name__
    custom.delete()
    for what, find in (
        ("custom facet", lambda: client.custom_facets[f"custom-{tag}"]),
        ("dataset", lambda: app.datasets["no such dataset"]),
        ("app", lambda: client.apps["no such app"]),
    ):
        try:
            find()
            out[f"missing {what}"] = "found"
        except RuntimeError:
            out[f"missing {what}"] = "RuntimeError"

    app.delete()
    inner.delete()
    folder.delete()
    print(json.dumps(out, default=str))
"""


@pytest.fixture(scope="module")
def published_python() -> Path:
    try:
        return published_client.published_python(published_client.PUBLISHED_VERSION)
    except published_client.PublishedClientUnavailable as error:
        pytest.fail(str(error))


def _run(python: Path | str, platform: LocalPlatform, friend: str) -> dict[str, Any]:
    email = f"program-{uuid.uuid4().hex[:8]}@example.com"
    result = subprocess.run(
        [
            str(python),
            "-I",  # no checkout on the path: each interpreter imports its own `ikigai`
            "-W",
            "ignore",  # the published client warns about calls it deprecates
            "-c",
            textwrap.dedent(PROGRAM),
            platform.base_url,
            email,
            platform.api_key(email),
            friend,
            uuid.uuid4().hex[:8],
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tempfile.gettempdir(),
        env={**os.environ, "TZ": "Asia/Kolkata"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    answer: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return answer


def test_a_program_for_the_published_client_runs_the_same_with_ours(
    published_python: Path, platform: LocalPlatform
) -> None:
    friend = "program-friend@example.com"
    platform.add_user(friend)
    published = _run(published_python, platform, friend)
    ours = _run(sys.executable, platform, friend)
    assert ours == published
    # and what they agree on is what the published client documents
    assert published["app directory"] == [["directory_id", "name", "type"], True, True]
    assert [kind for _, kind, _ in published["directories"]] == ["DATASET", "PIPELINE", "MODEL"]
    assert published["dataset keys"] == [
        "agent_access",
        "created_at",
        "data_types",
        "dataset_id",
        "file_extension",
        "filename",
        "modified_at",
        "name",
        "size",
    ]
    assert "app_id" not in published["flow keys"]
    assert published["df(dtype=str)"] == {"n": ["1", "2", "3"], "text": ["a;b", "c", "d"]}
    assert published["csv(file), df(sep)"] == {"x": [1, 3], "y": [2, 4]}
    assert published["schedule"][1:] == [True, 0]
    assert published["schedule read back"][0] is True
    assert published["listing"] == [
        True,
        True,
        ["frame", "from file"],
        ["frame", "from file"],
        2,
        True,
        True,
    ]
    assert published["app access"] == "AppAccess"
    assert published["custom facet access"] == "CustomFacetAccess"
    assert {published[f"missing {what}"] for what in ("custom facet", "dataset", "app")} == {
        "RuntimeError"
    }
