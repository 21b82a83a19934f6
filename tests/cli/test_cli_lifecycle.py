"""The lifecycle from the command: apps, datasets, flows and models created, described and
deleted with `ikigai`, each driven as a new process against the local platform, failure paths
included (unknown names, malformed definition files, a closed pipe)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cli_support import APP, DATASET, FLOW, SALES, Cli, Setup

import ikigai

MODELS_APP = "CLI models"
MODEL = "units model"


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    return result.stdout


def failed(result: subprocess.CompletedProcess[str], *words: str) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("ikigai: ")
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def test_version(cli: Cli) -> None:
    assert ok(cli("--version")).strip() == f"ikigai {ikigai.__version__}"


def test_an_app_is_created_described_and_deleted(cli: Cli) -> None:
    created = json.loads(ok(cli("apps", "create", "lifecycle", "--description", "d", "--json")))
    assert created["name"] == "lifecycle"
    described = json.loads(ok(cli("apps", "describe", "lifecycle")))
    assert (described["app"]["name"], described["app"]["description"]) == ("lifecycle", "d")
    assert "lifecycle" in ok(cli("apps", "list"))
    assert ok(cli("apps", "delete", "lifecycle")).startswith("deleted app 'lifecycle' (")
    assert "lifecycle" not in ok(cli("apps", "list"))
    failed(cli("apps", "describe", "lifecycle"), "lifecycle")


def test_creating_an_app_whose_name_is_taken_fails_in_one_line(cli: Cli) -> None:
    failed(cli("apps", "create", APP), APP)


def test_a_dataset_is_described_and_deleted(cli: Cli, tmp_path: Path) -> None:
    ok(cli("apps", "create", "datasets app"))
    csv = tmp_path / "units.csv"
    SALES.to_csv(csv, index=False)
    ok(cli("datasets", "upload", "datasets app", "units", str(csv)))
    described = json.loads(ok(cli("datasets", "describe", "datasets app", "units", "--json")))
    assert described["name"] == "units"
    gone = json.loads(ok(cli("datasets", "delete", "datasets app", "units", "--json")))
    assert (gone["deleted"], gone["name"]) == ("dataset", "units")
    failed(cli("datasets", "describe", "datasets app", "units"), "units")
    ok(cli("apps", "delete", "datasets app"))


@pytest.fixture
def definition(setup: Setup) -> dict[str, Any]:
    """The definition of the CLI app's counting flow, as `FlowDefinition.model_dump()` gives."""
    client = setup.platform.client()
    return client.apps[APP].flows[FLOW].definition().model_dump()


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_a_flow_is_created_from_a_definition_file_and_runs(
    cli: Cli, tmp_path: Path, definition: dict[str, Any], suffix: str
) -> None:
    file = tmp_path / f"flow{suffix}"
    if suffix == ".json":
        file.write_text(json.dumps(definition), encoding="utf-8")
    else:
        import yaml

        file.write_text(yaml.safe_dump(definition), encoding="utf-8")
    name = f"from {suffix}"
    made = ok(cli("flows", "create", APP, name, "--definition", str(file)))
    assert made.startswith(f"created flow {name!r} (")
    assert "with 3 facets" in made
    described = json.loads(ok(cli("flows", "describe", APP, name)))
    assert described["name"] == name
    assert len(described["definition"]["facets"]) == 3
    ran = json.loads(
        ok(cli("flows", "run", APP, name, "--wait", "--json", "--var", f"out=copy{suffix}"))
    )
    assert ran["status"] == "SUCCESS"
    ok(cli("flows", "delete", APP, name))
    failed(cli("flows", "describe", APP, name), name)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        pytest.param("{not json", ("is not valid JSON",), id="not JSON"),
        pytest.param("[1, 2]", ("is an object with facets and arrows, not list",), id="a list"),
        pytest.param('{"facets": []}', ("has no facets",), id="no facets"),
        pytest.param(
            '{"facets": [{"facet_id": "0"}]}', ("facets[0] has no facet_uid",), id="no uid"
        ),
        pytest.param(
            '{"facets": [{"facet_id": "0", "facet_uid": "I_005"}], "arrows": {}}',
            ("arrows must be a list",),
            id="arrows not a list",
        ),
        pytest.param(
            '{"facets": [{"facet_id": "0", "facet_uid": "Z_999", "arguments": {}}]}',
            ("facets[0] has facet_uid 'Z_999', which is no facet type of the platform",),
            id="a facet type the platform lacks",
        ),
    ],
)
def test_a_malformed_definition_file_is_refused_in_one_line(
    cli: Cli, tmp_path: Path, content: str, words: tuple[str, ...]
) -> None:
    file = tmp_path / "flow.json"
    file.write_text(content, encoding="utf-8")
    failed(cli("flows", "create", APP, "never made", "--definition", str(file)), *words)
    assert "never made" not in ok(cli("flows", "list", APP))


def test_a_missing_definition_file_is_named(cli: Cli, tmp_path: Path) -> None:
    failed(cli("flows", "create", APP, "x", "--definition", str(tmp_path / "none.json")), "none")


@pytest.fixture(scope="module")
def trained(setup: Setup) -> Iterator[None]:
    """An app with a Lasso model trained once by a flow (so that it has a version)."""
    client = setup.platform.client()
    facet_types, model_types = client.facet_types, client.model_types
    app = client.app.new(MODELS_APP).build()
    data = SALES.assign(size=[1.0, 2.0, 3.0])
    dataset = app.dataset.new("training").df(data).build()
    model = app.model.new(MODEL).model_type(model_types.Linear.Lasso).build()
    train = (
        client.builder.facet(facet_type=facet_types.INPUT.Imported)
        .arguments(dataset_id=dataset.dataset_id, use_raw_file=False)
        .model_facet(facet_type=facet_types.MID.PREDICT, model_type=model_types.Linear.Lasso)
        .arguments(model_name=model.name, model_version="first")
        .parameters(target_column="size", feature_columns=["units"])
        .facet(facet_type=facet_types.OUTPUT.EXPORTED)
        .arguments(dataset_name="predictions")
        .build()
    )
    log = app.flow.new("train").definition(train).build().run()
    assert log.status.value == "SUCCESS", log
    yield
    app.delete()


@pytest.mark.usefixtures("trained")
def test_models_are_listed_described_and_their_versions_shown(cli: Cli) -> None:
    assert MODEL in ok(cli("models", "list", MODELS_APP))
    described = json.loads(ok(cli("models", "describe", MODELS_APP, MODEL)))
    assert (described["name"], described["sub_model_type"]) == (MODEL, "Lasso")
    versions = ok(cli("models", "versions", MODELS_APP, MODEL))
    assert versions.splitlines()[0].split() == ["VERSION", "ID", "CREATED", "METRICS"]
    assert versions.splitlines()[1].startswith("first ")
    [version] = json.loads(ok(cli("models", "versions", MODELS_APP, MODEL, "--json")))
    assert version["version"] == "first"
    failed(cli("models", "versions", MODELS_APP, "no such model"), "no such model")


@pytest.mark.usefixtures("trained")
def test_a_model_is_deleted(cli: Cli, setup: Setup) -> None:
    client = setup.platform.client()
    app = client.apps[MODELS_APP]
    app.model.new("to delete").model_type(client.model_types.Linear.Base).build()
    ok(cli("models", "delete", MODELS_APP, "to delete"))
    assert "to delete" not in ok(cli("models", "list", MODELS_APP))


def test_unknown_names_list_the_choices(cli: Cli) -> None:
    message = failed(cli("model-types", "Nope"), "'Nope'", "Linear", "Ai Cast")
    assert "the model types are" in message
    failed(cli("facet-types", "SIDE"), "INPUT, MID, OUTPUT", "'SIDE'")
    assert "chain" not in cli("facet-types", "SIDE").stderr


def test_a_closed_pipe_ends_quietly(setup: Setup) -> None:
    """`ikigai facet-types | head -0`: the reader is gone before anything is written."""
    process = subprocess.Popen(
        [sys.executable, "-m", "ikigai.cli", "facet-types"],
        env=setup.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.close()
    errors = process.stderr.read()
    assert (process.wait(timeout=120), errors) == (0, b"")


def test_the_dataset_of_the_shared_app_is_still_there(cli: Cli) -> None:
    assert DATASET in ok(cli("datasets", "list", APP))
