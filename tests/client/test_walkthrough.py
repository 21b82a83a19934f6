"""The guide's walkthrough against the local platform, recording what the client sends.

The sequence of operations must be the one the reference's "client feature" column gives for
each step (platform-wire-protocol.md §2), and the requests must have the reference's shapes:
wrapper keys, exactly the optional keys of each call, query parameters in order.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import pandas as pd
import pytest
from client_support import Recorder

from ikigai import Ikigai
from ikigai.components import App

# Operations the client polls: a run of repeats counts once.
POLLED = {
    "GET /component/confirm-dataset-upload",
    "GET /component/get-dataset-download-url",
    "GET /component/is-pipeline-running",
}

UPLOAD = [
    "GET /component/get-dataset-multipart-upload-urls",
    "POST /component/complete-dataset-multipart-upload",
    "GET /component/verify-dataset-upload",
    "GET /component/confirm-dataset-upload",
    "GET /component/get-dataset-log",
]


def collapse(operations: list[str]) -> list[str]:
    collapsed: list[str] = []
    for operation, _ in itertools.groupby(operations):
        collapsed.append(operation)
    return [
        op for i, op in enumerate(collapsed) if op not in POLLED or collapsed[i - 1 : i] != [op]
    ]


def step(recorder: Recorder, action: Callable[[], Any]) -> list[str]:
    recorder.clear()
    action()
    return collapse(recorder.operations())


COOKIES = pd.DataFrame(
    {
        "Product (name/description)": ["Chocolate Chip Cookie", "Snickerdoodle Cookie"],
        "SKU/Unique Item ID": ["Chocolate_C123_Am", "Snickerdoodle_C123_Am"],
        "Channel/Location": ["Amazon", "Amazon"],
        "Qty": [166, 428],
    }
)


def test_the_walkthrough_sends_what_the_reference_says(
    connect: Callable[..., Ikigai], recorder: Recorder, unique: Callable[[str], str]
) -> None:
    state: dict[str, Any] = {}
    expectations: list[tuple[str, Callable[[], Any], list[str]]] = [
        (
            "client",
            lambda: state.update(ikigai=connect()),
            ["GET /access/heartbeat", "GET /search/heartbeat"],
        ),
        (
            "app.new",
            lambda: state.update(
                app=state["ikigai"].app.new(unique("my app")).description("d").build()
            ),
            ["POST /component/create-project", "GET /component/get-project"],
        ),
        (
            "apps()",
            lambda: state.update(apps=state["ikigai"].apps()),
            ["GET /component/get-projects-for-user"],
        ),
        (
            "describe",
            lambda: state["app"].describe(),
            ["GET /component/get-components-for-project"],
        ),
        (
            "dataset.new",
            lambda: state.update(dataset=state["app"].dataset.new("[INPUT]").df(COOKIES).build()),
            ["POST /component/create-dataset", *UPLOAD, "GET /component/get-dataset"],
        ),
        (
            "datasets()",
            lambda: state["app"].datasets()["[INPUT]"],
            ["GET /component/get-datasets-for-project"],
        ),
        ("dataset.describe", lambda: state["dataset"].describe(), ["GET /component/get-dataset"]),
        (
            "dataset.df",
            lambda: state.update(df=state["dataset"].df()),
            ["GET /component/get-dataset-download-url"],
        ),
        ("edit_data", lambda: state["dataset"].edit_data(state["df"].iloc[:, :-1]), UPLOAD),
        (
            "model_types",
            lambda: state.update(model_types=state["ikigai"].model_types),
            ["GET /component/get-model-specs"],
        ),
        (
            "model.new",
            lambda: state.update(
                model=state["app"]
                .model.new("lasso")
                .model_type(model_type=state["model_types"].Linear.Lasso)
                .build()
            ),
            ["POST /component/create-model", "GET /component/get-model"],
        ),
        (
            "models()",
            lambda: state["app"].models()["lasso"],
            ["GET /component/get-models-for-project"],
        ),
        ("model.describe", lambda: state["model"].describe(), ["GET /component/get-model"]),
        ("versions", lambda: state["model"].versions(), ["GET /component/get-model-versions"]),
        (
            "facet_types",
            lambda: state.update(facet_types=state["ikigai"].facet_types),
            ["GET /component/get-facet-specs"],
        ),
        (
            "builder",
            lambda: state.update(
                definition=state["ikigai"]
                .builder.facet(facet_type=state["facet_types"].INPUT.Imported)
                .arguments(
                    dataset_id=state["dataset"].dataset_id,
                    file_type="csv",
                    header=True,
                    use_raw_file=False,
                )
                .facet(facet_type=state["facet_types"].OUTPUT.EXPORTED)
                .arguments(dataset_name="out", file_type="csv", header=True)
                .build()
            ),
            [],
        ),
        (
            "flow.new",
            lambda: state.update(
                flow=state["app"].flow.new("new flow").definition(state["definition"]).build()
            ),
            ["POST /component/create-pipeline", "GET /component/get-pipeline"],
        ),
        (
            "run",
            lambda: state["flow"].run(),
            [
                "POST /component/run-pipeline",
                "GET /component/is-pipeline-running",
                "GET /component/get-pipeline-log",
            ],
        ),
        ("run_logs", lambda: state["flow"].run_logs(), ["GET /component/get-pipeline-log"]),
        (
            "apps[name]",
            lambda: state.update(app=state["ikigai"].apps[state["app"].name]),
            ["GET /component/get-project"],
        ),
        (
            "flows()",
            lambda: state["app"].flows()["new flow"],
            ["GET /component/get-pipelines-for-project"],
        ),
        ("status", lambda: state["flow"].status(), ["GET /component/is-pipeline-running"]),
        (
            "specs are fetched once",
            lambda: (state["ikigai"].facet_types, state["ikigai"].model_types),
            [],
        ),
        ("delete", lambda: state["app"].delete(), ["POST /component/delete-project"]),
    ]
    for name, action, expected in expectations:
        assert step(recorder, action) == expected, name


def test_request_shapes_match_the_reference(
    client: Ikigai, app: App, recorder: Recorder, platform: Any
) -> None:
    """The bodies and queries of the high-level calls, as in the reference's captures."""
    p = app.app_id
    recorder.clear()
    app.rename(app.name + " renamed")
    app.update_description("d")
    assert recorder.bodies("/component/edit-project") == [
        {"project": {"project_id": p, "name": app.name}},
        {"project": {"project_id": p, "description": "d"}},
    ]

    recorder.clear()
    dataset = app.dataset.new("ds").df(pd.DataFrame({"a": [1]})).build()
    d = dataset.dataset_id
    assert recorder.bodies("/component/create-dataset") == [
        {"dataset": {"project_id": p, "name": "ds", "directory": {}}}
    ]
    urls = [
        r for r in recorder.requests if r.url.path.endswith("get-dataset-multipart-upload-urls")
    ]
    assert urls[0].url.params.multi_items() == [
        ("dataset_id", d),
        ("project_id", p),
        ("filename", "ds.csv"),
        ("file_size", str(len(b"a\n1\n"))),
    ]
    [complete] = recorder.bodies("/component/complete-dataset-multipart-upload")
    assert set(complete) == {"abort", "dataset", "upload_id", "etags"}
    assert complete["abort"] is False
    assert complete["dataset"] == {"dataset_id": d, "project_id": p, "filename": "ds.csv"}
    puts = [r for r in recorder.requests if r.method == "PUT"]
    assert puts
    assert all("api-key" not in r.headers and "user" not in r.headers for r in puts)
    assert all(r.headers["cache-control"] == "no-cache" for r in puts)

    recorder.clear()
    dataset.rename("ds2")
    assert recorder.bodies("/component/edit-dataset") == [
        {"dataset": {"project_id": p, "dataset_id": d, "name": "ds2"}}
    ]

    recorder.clear()
    flow = app.flow.new("f").high_volume_preference(True).schedule("0 0 * * *").build()
    [create] = recorder.bodies("/component/create-pipeline")
    assert create["pipeline"]["definition"] == {
        "facets": [],
        "arrows": [],
        "variables": {},
        "model_variables": {},
    }
    assert list(create["pipeline"]) == [
        "project_id",
        "name",
        "directory",
        "high_volume_preference",
        "definition",
        "schedule",
    ]
    assert create["pipeline"]["schedule"]["cron"] == "0 0 * * *"
    assert create["pipeline"]["schedule"]["end_time"] == ""
    assert [
        r.url.params.multi_items() for r in recorder.requests if r.url.path.endswith("get-pipeline")
    ] == [[("pipeline_id", flow.flow_id)]]

    recorder.clear()
    flow.update_high_volume_preference(False)
    flow.update_schedule(None)
    flow.rename("f2")
    assert recorder.bodies("/component/edit-pipeline") == [
        {
            "pipeline": {
                "project_id": p,
                "pipeline_id": flow.flow_id,
                "high_volume_preference": False,
            }
        },
        {
            "pipeline": {
                "project_id": p,
                "pipeline_id": flow.flow_id,
                "schedule": {"name": "-", "start_time": "1", "end_time": "1", "cron": "0 0 0 0 0"},
            }
        },
        {"pipeline": {"project_id": p, "pipeline_id": flow.flow_id, "name": "f2"}},
    ]

    facet_types = client.facet_types
    definition = (
        client.builder.facet(facet_type=facet_types.INPUT.Imported, name="in")
        .arguments(dataset_id=d, use_raw_file=False)
        .facet(facet_type=facet_types.OUTPUT.EXPORTED, name="result")
        .arguments(dataset_name="result")
        .variables(out="dataset_name")
        .build()
    )
    recorder.clear()
    flow.update_definition(definition)
    assert recorder.bodies("/component/edit-pipeline") == [
        {
            "pipeline": {
                "project_id": p,
                "pipeline_id": flow.flow_id,
                "definition": definition.model_dump(),
            }
        }
    ]

    recorder.clear()
    flow.run(out="x", _ignored=1)
    assert recorder.bodies("/component/run-pipeline") == [
        {
            "pipeline": {"project_id": p, "pipeline_id": flow.flow_id},
            "variables": {"out": {"value": "x"}},
        }
    ]
    logs = [r for r in recorder.requests if r.url.path.endswith("get-pipeline-log")]
    assert logs[-1].url.params.multi_items() == [
        ("pipeline_id", flow.flow_id),
        ("project_id", p),
        ("limit", "1"),
    ]

    platform.add_user("friend@example.com")
    recorder.clear()
    app.access.grant("friend@example.com", "BUILDER")
    app.access.update("friend@example.com", "VIEWER")
    app.access.revoke("friend@example.com")
    bodies = [json for r in recorder.requests for json in [r.content] if json]
    assert [r.url.path for r in recorder.requests] == [
        "/component/share-project",
        "/component/edit-project-access-level-for-user",
        "/component/unshare-project",
    ]
    assert recorder.bodies("/component/unshare-project") == [
        {"project": {"project_id": p}, "user": {"email": "friend@example.com"}}
    ]
    assert len(bodies) == 3


@pytest.mark.parametrize("limit", [1, 3])
def test_run_logs_ask_for_max_count(
    client: Ikigai, app: App, recorder: Recorder, limit: int
) -> None:
    flow = app.flow.new("logs").build()
    recorder.clear()
    assert flow.run_logs(max_count=limit) == []
    assert recorder.queries()[-1] == [
        ("pipeline_id", flow.flow_id),
        ("project_id", app.app_id),
        ("limit", str(limit)),
    ]


def test_directory_model_and_custom_facet_shapes(
    client: Ikigai, app: App, recorder: Recorder
) -> None:
    p = app.app_id
    outer = app.dataset_directory.new("outer").build()
    recorder.clear()
    inner = app.dataset_directory.new("inner").parent(outer).build()
    assert recorder.bodies("/component/create-dataset-directory") == [
        {"directory": {"name": "inner", "project_id": p, "parent_id": outer.directory_id}}
    ]
    assert recorder.queries()[-1] == [("project_id", p), ("directory_id", inner.directory_id)]
    recorder.clear()
    outer.directories()
    app.dataset_directories()
    assert recorder.queries() == [
        [("project_id", p), ("directory_id", outer.directory_id)],
        [("project_id", p)],
    ]

    lasso = client.model_types.Linear.Lasso
    directory = app.model_directory.new("models").build()
    recorder.clear()
    model = app.model.new("m").model_type(lasso).directory(directory).build()
    model.move(None)
    reference = {"directory_id": directory.directory_id, "type": "MODEL", "name": "models"}
    assert recorder.bodies("/component/create-model") == [
        {
            "model": {
                "project_id": p,
                "name": "m",
                "directory": reference,
                "model_type": "Linear",
                "sub_model_type": "Lasso",
                "description": "",
            }
        }
    ]
    assert recorder.bodies("/component/edit-model") == [
        {"model": {"project_id": p, "model_id": model.model_id, "directory": {}}}
    ]

    facet_type = client.facet_types.INPUT.CUSTOM_FACET
    recorder.clear()
    custom = (
        client.custom_facet.new(f"cf-{p}", facet_type)
        .script("result = data", arguments={"x": 1, "f": 1.5, "s": "a", "b": True})
        .description("d")
        .build()
    )
    try:
        assert recorder.bodies("/component/create-custom-facet") == [
            {
                "custom_facet": {
                    "name": f"cf-{p}",
                    "chain_group": "INPUT",
                    "description": "d",
                    "tags": [],
                    "python_script": "result = data",
                    "libraries": [],
                    "arguments": [
                        {"name": "x", "type": "int", "value": "1"},
                        {"name": "f", "type": "float", "value": "1.5"},
                        {"name": "s", "type": "str", "value": "a"},
                        {"name": "b", "type": "bool", "value": "True"},
                    ],
                }
            }
        ]
        recorder.clear()
        custom.rename(f"cf2-{p}")
        custom.create_version("v1")
    finally:
        custom.delete()
    cf = custom.custom_facet_id
    assert recorder.bodies("/component/edit-custom-facet") == [
        {
            "custom_facet": {"custom_facet_id": cf, "chain_group": "INPUT", "name": f"cf2-{p}"},
            "save_as_version": False,
        },
        {
            "save_as_version": True,
            "custom_facet_version": {
                "custom_facet_id": cf,
                "version": "v1",
                "python_script": "result = data",
                "libraries": [],
                "rootkit_token": "",
                "arguments": [
                    {"name": "x", "type": "int", "value": "1"},
                    {"name": "f", "type": "float", "value": "1.5"},
                    {"name": "s", "type": "str", "value": "a"},
                    {"name": "b", "type": "bool", "value": "True"},
                ],
                "description": "d",
            },
        },
    ]
