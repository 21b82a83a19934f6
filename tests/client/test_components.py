"""Apps, datasets, models, flows, directories and custom facets against the local platform; how
they print and what `describe()` gives, beside the published client."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import textwrap
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from benchmarks import published_client
from ikigai import Ikigai
from ikigai.components import (
    App,
    AppAccessLevel,
    CustomFacetAccessLevel,
    FlowStatus,
    Schedule,
)
from ikigai.errors import InvalidArgumentError, NotFoundError

Unique = Callable[[str], str]


# ---- apps ----------------------------------------------------------------------------------


def test_apps_are_listed_and_found_by_name(client: Ikigai, unique: Unique) -> None:
    before = client.apps()
    app = client.app.new(unique("proj")).description("A test app").build()
    try:
        with pytest.raises(KeyError):
            before.get_id(app.app_id)
        after = client.apps()
        assert after.get_id(app.app_id).name == app.name
        assert app.name in after
        assert app in after
        assert after[app.name].app_id == app.app_id
        assert client.apps[app.name].app_id == app.app_id
        assert app.name in client.apps.search(app.name.split("-", 1)[1])
        assert list(after.search(app.name.upper())) == [app.name]
        assert str(app) == app.name
        assert app.to_dict()["description"] == "A test app"
        with pytest.raises(KeyError, match="no app named 'no such app'"):
            client.apps["no such app"]
        with pytest.raises(KeyError):
            after["no such app"]
    finally:
        app.delete()
    assert app.app_id not in [a.app_id for a in client.apps().values()]


def test_an_app_is_edited_and_described(client: Ikigai, app: App) -> None:
    app.rename(app.name + " (renamed)").update_description("An updated test app")
    fetched = client.apps().get_id(app.app_id)
    assert (fetched.name, fetched.description) == (app.name, "An updated test app")
    description = app.describe()
    assert description["app"]["name"] == app.name
    assert isinstance(description["app"]["created_at"], datetime)
    for kind in ("charts", "connectors", "dashboards", "datasets", "databases", "pipelines"):
        assert description["components"][kind] == []


def test_app_directories_hold_apps(client: Ikigai, unique: Unique) -> None:
    outer = client.app_directory.new(unique("dir")).build()
    inner = client.app_directory.new(unique("sub")).parent(outer).build()
    app = client.app.new(unique("proj")).directory(inner).build()
    try:
        assert outer.name in client.app_directories()
        assert list(outer.directories()) == [inner.name]
        assert inner.parent_id == outer.directory_id
        assert list(inner.apps()) == [app.name]
        assert len(outer.apps()) == 0
        app.move(outer)
        assert list(outer.apps()) == [app.name]
    finally:
        app.delete()
        inner.delete()
        outer.delete()


def test_an_app_is_shared(client: Ikigai, app: App, platform: Any, connect: Any) -> None:
    friend = "friend@example.com"
    platform.add_user(friend)
    app.access.grant(friend, AppAccessLevel.VIEWER)
    assert app.app_id in [a.app_id for a in connect(friend).apps().values()]
    app.access.update(friend, "builder")
    app.access.revoke(friend)
    assert app.app_id not in [a.app_id for a in connect(friend).apps().values()]


# ---- datasets ------------------------------------------------------------------------------

DF = pd.DataFrame({"Name": ["Alice", "Bob"], "Age": [25, 30], "Score": [1.5, None]})


def test_a_dataset_round_trips_its_data(app: App) -> None:
    dataset = app.dataset.new("New Dataset").df(DF).build()
    assert (dataset.name, dataset.filename, dataset.file_extension) == (
        "New Dataset",
        "New Dataset.csv",
        "csv",
    )
    assert dataset.size > 0
    assert set(dataset.data_types) == {"Name", "Age", "Score"}
    pd.testing.assert_frame_equal(dataset.df(), DF)
    dataset.edit_data(DF[["Name"]])
    assert dataset.df().columns.tolist() == ["Name"]
    assert app.datasets["New Dataset"].dataset_id == dataset.dataset_id
    description = dataset.describe()
    assert description["project_id"] == app.app_id
    assert description["directory"]["type"] == "DATASET"


def test_a_dataset_comes_from_a_csv_file(app: App, tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    path.write_bytes(b"a,b\n1,x\n2,y\n")
    dataset = app.dataset.new("from file").csv(path).build()
    assert dataset.df()["b"].tolist() == ["x", "y"]
    assert dataset.filename == "from file.csv"


def test_datasets_are_renamed_moved_searched_and_deleted(app: App, unique: Unique) -> None:
    dataset = app.dataset.new(unique("dats")).df(DF).build()
    dataset.rename(dataset.name + "-renamed")
    assert app.datasets().get_id(dataset.dataset_id).name == dataset.name
    assert dataset.name in app.datasets.search(dataset.name.split("-", 1)[1])
    outer = app.dataset_directory.new("outer").build()
    inner = app.dataset_directory.new("inner").parent(outer).build()
    assert {"outer", "inner"} <= set(app.dataset_directories())
    assert list(outer.directories()) == ["inner"]
    dataset.move(inner)
    assert list(inner.datasets()) == [dataset.name]
    assert len(outer.datasets()) == 0
    dataset.update_agent_access(True)
    assert dataset.describe()["agent_access"] is True
    dataset.delete()
    with pytest.raises(KeyError):
        app.datasets[dataset.name]
    with pytest.raises(NotFoundError) as caught:
        dataset.describe()
    assert (caught.value.operation, caught.value.status) == ("get_dataset", 404)
    assert caught.value.message


# ---- models --------------------------------------------------------------------------------


def test_models_are_created_edited_and_listed(client: Ikigai, app: App) -> None:
    lasso = client.model_types.Linear.Lasso
    model = app.model.new("model-x").model_type(lasso).description("example 1").build()
    assert (model.model_type, model.sub_model_type, model.description) == (
        "Linear",
        "Lasso",
        "example 1",
    )
    assert app.models()["model-x"].model_id == model.model_id
    assert app.models["model-x"].model_id == model.model_id
    model.rename("model-y").update_description("changed")
    described = model.describe()
    assert (described["name"], described["description"]) == ("model-y", "changed")
    assert "model-y" in app.models.search("y")
    directory = app.model_directory.new("models").build()
    model.move(directory)
    assert list(directory.models()) == ["model-y"]
    assert list(app.model_directories()) == ["models"]
    assert len(model.versions()) == 0
    model.delete()
    assert len(app.models()) == 0


# ---- flows ---------------------------------------------------------------------------------


def test_flows_are_created_renamed_cloned_and_deleted(
    client: Ikigai, app: App, unique: Unique
) -> None:
    name = unique("flow")
    flow = app.flow.new(name).build()
    assert flow.to_dict()["schedule"] is None
    assert flow.status().status == FlowStatus.IDLE
    assert flow.status().progress is None
    assert not flow.status().message
    assert app.flows[name].flow_id == flow.flow_id
    assert name in app.flows.search(name.split("-", 1)[1])
    flow.rename(name + " renamed")
    assert app.flows().get_id(flow.flow_id).name == flow.name
    definition = (
        client.builder.facet(facet_type=client.facet_types.MID.PYTHON)
        .arguments(script="result = data\n")
        .build()
    )
    flow.update_definition(definition)
    clone = app.flow.new("clone").definition(flow).build()
    assert clone.describe()["definition"]["facets"] == definition.model_dump()["facets"]
    assert flow.clone("clone 2").definition().model_dump() == definition.model_dump()
    directory = app.flow_directory.new("flows").build()
    moved = app.flow.new("in dir").directory(directory).definition(flow).build()
    assert list(directory.flows()) == [moved.name]
    flow.move(directory)
    assert set(directory.flows()) == {moved.name, flow.name}
    flow.delete()
    with pytest.raises(KeyError):
        app.flows()[flow.name]


def test_a_flow_is_not_cloned_into_another_app(client: Ikigai, app: App, unique: Unique) -> None:
    other = client.app.new(unique("other")).build()
    try:
        flow = other.flow.new("f").build()
        with pytest.raises(InvalidArgumentError, match="another app"):
            app.flow.new("copy").definition(flow)
    finally:
        other.delete()


def test_high_volume_preference_and_definition_are_independent(client: Ikigai, app: App) -> None:
    definition = (
        client.builder.facet(facet_type=client.facet_types.MID.PYTHON)
        .arguments(script="result = data\n")
        .build()
    )
    flow = app.flow.new("hv").definition(definition).high_volume_preference(False).build()
    before = flow.describe()
    assert before["high_volume_preference"] is False
    flow.update_high_volume_preference(True)
    after = flow.describe()
    assert after["high_volume_preference"] is True
    assert after["definition"] == before["definition"]
    flow.update_definition(client.builder.build())
    assert flow.describe()["high_volume_preference"] is True


def test_schedules_are_set_changed_and_removed(app: App) -> None:
    flow = app.flow.new("scheduled").schedule("0 0 * * *").build()
    assert flow.schedule is not None
    assert (flow.schedule.name, flow.schedule.cron, flow.schedule.end_time) == (
        "scheduled",
        "0 0 * * *",
        None,
    )
    start = datetime.now(tz=UTC).replace(microsecond=0)
    flow.update_schedule(Schedule("s", "0 */2 * * *", start, start + timedelta(days=1)))
    fetched = app.flows["scheduled"].schedule
    assert fetched == Schedule("s", "0 */2 * * *", start, start + timedelta(days=1))
    flow.update_schedule({"cron": "5 * * * *", "start_time": str(int(start.timestamp()))})
    fetched = app.flows["scheduled"].schedule
    assert fetched is not None
    assert (fetched.name, fetched.cron, fetched.end_time) == ("scheduled", "5 * * * *", None)
    flow.update_schedule(None)
    assert app.flows["scheduled"].schedule is None


def test_run_variables_must_be_declared(client: Ikigai, app: App) -> None:
    dataset = app.dataset.new("in").df(DF).build()
    facet_types = client.facet_types
    definition = (
        client.builder.facet(facet_type=facet_types.INPUT.Imported, name="in")
        .arguments(dataset_id=dataset.dataset_id, use_raw_file=False)
        .facet(facet_type=facet_types.OUTPUT.EXPORTED, name="out")
        .variables(target="dataset_name")
        .build()
    )
    flow = app.flow.new("with variables").definition(definition).build()
    assert flow.describe()["definition"]["variables"]["target"]["facet_name"] == "out"


# ---- custom facets -------------------------------------------------------------------------


def test_custom_facets_are_created_found_and_edited(client: Ikigai, unique: Unique) -> None:
    name = unique("cf")
    with pytest.raises(KeyError, match="Custom facet was not found"):
        client.custom_facets[name]
    facet_types = client.facet_types
    custom = (
        client.custom_facet.new(name, facet_type=facet_types.INPUT.CUSTOM_FACET)
        .script(
            """
            result = data  # no-op
            """,
            arguments={"input": "input-1", "n": 2, "ratio": 0.5, "flag": True},
            requirements=["pandas"],
        )
        .description("a custom facet")
        .build()
    )
    try:
        found = client.custom_facets[name]
        assert found.custom_facet_id == custom.custom_facet_id
        assert found.facet_type == facet_types.INPUT.CUSTOM_FACET
        assert found.script == "result = data  # no-op"
        assert found.libraries == ["pandas"]
        arguments = {a.name: (a.argument_type, a.value) for a in found.arguments.values()}
        assert arguments == {
            "input": ("str", "input-1"),
            "n": ("int", 2),
            "ratio": ("float", 0.5),
            "flag": ("bool", True),
        }
        assert custom in client.custom_facets.search(name)
        assert name in client.custom_facets()
        custom.rename(name + "-updated").update_description("changed").update_script(
            "result = data", arguments={"updated": "x"}
        )
        edited = client.custom_facets[name + "-updated"]
        assert (edited.custom_facet_id, edited.description) == (custom.custom_facet_id, "changed")
        assert list(edited.arguments) == ["updated"]
        assert edited.describe()["name"] == name + "-updated"
    finally:
        custom.delete()


def test_custom_facet_versions_and_the_unpinned_choice(client: Ikigai, unique: Unique) -> None:
    facet_types = client.facet_types
    custom = (
        client.custom_facet.new(unique("cf"), facet_type=facet_types.MID.CUSTOM_FACET)
        .script("result = data", arguments={"step": 1})
        .build()
    )
    try:
        assert custom.unpinned().arguments["step"].value == 1
        first = custom.create_version("version-1")
        custom.update_script("result = data", arguments={"step": 5})
        second = custom.create_version("version-2")
        versions = custom.versions()
        assert len(versions) == 2
        assert first in versions
        assert versions["version-2"].version_id == second.version_id
        unpinned = custom.unpinned()
        assert (unpinned.version_id, unpinned.arguments["step"].value) == ("", 5)
        definition = (
            client.builder.custom_facet(custom_facet_version=first, name="custom")
            .arguments(step=3)
            .build()
        )
        arguments = definition.facets[0].arguments
        assert arguments["custom_facet_id"] == custom.custom_facet_id
        assert arguments["version_id"] == first.version_id
        assert arguments["arguments"] == [{"name": "step", "value": 3, "type": "NUMBER"}]
    finally:
        custom.delete()


def test_custom_facets_are_shared(client: Ikigai, platform: Any, unique: Unique) -> None:
    friend = "cf-friend@example.com"
    platform.add_user(friend)
    custom = client.custom_facet.new(
        unique("cf"), facet_type=client.facet_types.MID.CUSTOM_FACET
    ).build()
    try:
        custom.access.grant(friend, CustomFacetAccessLevel.EDITOR)
        custom.access.update(friend, "RUN")
        custom.access.revoke(friend)
    finally:
        custom.delete()


# ---- printing and describing ---------------------------------------------------------------

# What the same program sees in either client: how each kind prints (`str`, `repr`) and the
# type of every value `describe()` gives (a list by its first item).
SHAPES = """
    import json, sys, warnings
    import pandas as pd
    import ikigai

    warnings.simplefilter("ignore")
    base_url, email, api_key, tag = sys.argv[1:5]
    client = ikigai.Ikigai(user_email=email, api_key=api_key, base_url=base_url)
    app = client.app.new(f"shapes-{tag}").description("printed").build()
    objects = {
        "app": app,
        "dataset": app.dataset.new("data").df(pd.DataFrame({"x": [1.0, 2.0]})).build(),
        "flow": app.flow.new("flow").schedule("0 6 * * *").build(),
        "model": app.model.new("model").model_type(client.model_types.Linear.Lasso).build(),
    }

    def shape(value):
        if isinstance(value, dict):
            return {key: shape(item) for key, item in value.items()}
        if isinstance(value, list):
            return [shape(item) for item in value[:1]]
        return type(value).__name__

    out = {}
    for kind, obj in objects.items():
        text, shown = str(obj), repr(obj)
        out[kind] = {
            "str": "name" if text == obj.name else "repr" if text == shown else text[:7],
            "repr": shown[: len(type(obj).__name__) + 9],
            "describe": shape(obj.describe()),
        }
    app.delete()
    print(json.dumps(out))
"""


def _shapes(python: Path | str, platform: Any) -> dict[str, Any]:
    email = f"shapes-{uuid.uuid4().hex[:8]}@example.com"
    arguments = [platform.base_url, email, platform.api_key(email), uuid.uuid4().hex[:8]]
    result = subprocess.run(
        [str(python), "-I", "-c", textwrap.dedent(SHAPES), *arguments],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tempfile.gettempdir(),  # -I and a folder outside the checkout: its own `ikigai`
    )
    assert result.returncode == 0, result.stdout + result.stderr
    shapes: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return shapes


def test_printing_and_describing_as_the_published_client(platform: Any) -> None:
    try:
        published_python = published_client.published_python()
    except published_client.PublishedClientUnavailable as error:
        pytest.fail(str(error))
    published = _shapes(published_python, platform)
    ours = _shapes(sys.executable, platform)
    # describe(): the same keys and value types, times included (docs/notebooks.md)
    for kind in ("app", "dataset", "flow", "model"):
        assert ours[kind]["describe"] == published[kind]["describe"], kind
        assert ours[kind]["repr"] == published[kind]["repr"] == f"{kind.title()}(app_id='"
    app = published["app"]["describe"]
    assert {app["app"][key] for key in ("created_at", "modified_at", "last_used_at")} == {
        "datetime"
    }
    assert app["components"]["datasets"][0]["created_at"] == "str"
    for kind in ("dataset", "flow", "model"):
        times = published[kind]["describe"]
        assert (times["created_at"], times["modified_at"]) == ("str", "str")
    # str(): the published client prints pydantic's field list ("app_id='...' name=..."); ours
    # prints what its guide shows: an app's name, the repr of the others (docs/notebooks.md)
    assert {published[kind]["str"] for kind in published} == {"app_id="}
    assert {kind: ours[kind]["str"] for kind in ours} == {
        "app": "name",
        "dataset": "repr",
        "flow": "repr",
        "model": "repr",
    }


def test_printed_and_described_values(client: Ikigai, app: App) -> None:
    dataset = app.dataset.new("data").df(DF).build()
    flow = app.flow.new("flow").schedule("0 6 * * *").build()
    model = app.model.new("model").model_type(client.model_types.Linear.Lasso).build()
    assert str(app) == app.name
    assert repr(app).startswith(f"App(app_id='{app.app_id}', name='{app.name}'")
    for obj in (dataset, flow, model):
        assert str(obj) == repr(obj)
        assert repr(obj).startswith(f"{type(obj).__name__}(app_id='{app.app_id}', ")
    # an app's own fields as datetimes, what it holds as the platform says it: epoch strings
    described = app.describe()
    assert described["app"] == app.model_dump()
    assert isinstance(described["app"]["last_used_at"], datetime)
    [listed] = described["components"]["datasets"]
    assert listed["created_at"] == str(int(dataset.created_at.timestamp()))
    for obj in (dataset, flow, model):
        times = obj.describe()
        for key in ("created_at", "modified_at"):
            assert times[key] == str(int(getattr(obj, key).timestamp())), (obj, key)
    schedule = flow.describe()["schedule"]
    assert flow.schedule is not None
    assert schedule["start_time"] == str(int(flow.schedule.start_time.timestamp()))
