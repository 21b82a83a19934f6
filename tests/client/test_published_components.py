"""Ours as a drop-in for the published client (`ikigai` 0.4.4): its import paths and names,
its parameter names, and its behaviours, checked on our client against the local platform.

The same behaviours run by both clients side by side: test_published_programs.py.
"""

from __future__ import annotations

import importlib
import inspect
import time
import uuid
from collections.abc import Callable, Iterator, KeysView, Mapping
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from client_support import Recorder

import ikigai
from ikigai import Ikigai, builders, components
from ikigai.components import App, ComponentNotFoundError, NamedMapping, Schedule
from ikigai.errors import APIError, InvalidArgumentError, NotFoundError
from ikigai.local import LocalPlatform

Unique = Callable[[str], str]

# ---- import paths ----------------------------------------------------------------------------

# The `__all__` of the published package's import paths (facts read with `inspect`).
PUBLISHED_NAMES = {
    "ikigai": ["AppAccessLevel", "CustomFacetAccessLevel", "FlowStatus", "Ikigai"],
    "ikigai.components": [
        "App", "AppBrowser", "AppBuilder", "AppDirectory", "AppDirectoryBuilder", "CustomFacet",
        "CustomFacetBrowser", "CustomFacetBuilder", "Dataset", "DatasetBrowser",
        "DatasetBuilder", "DatasetDirectory", "DatasetDirectoryBuilder", "Flow", "FlowBrowser",
        "FlowBuilder", "FlowDefinitionBuilder", "FlowDirectory", "FlowDirectoryBuilder",
        "Model", "ModelBrowser", "ModelBuilder", "ModelDirectory", "ModelDirectoryBuilder",
        "Schedule",
    ],
    "ikigai.specs": [
        "CustomFacetArgumentSpec", "CustomFacetType", "FacetType", "FacetTypes", "ModelTypes",
        "SubModelSpec",
    ],
    "ikigai.typing": [
        "ComponentBrowser", "Directory", "DirectoryDict", "Helpful", "ModelType", "Named",
        "NamedDirectoryDict", "NamedMapping",
    ],
    "ikigai.utils": [
        "AppAccessLevel", "CustomFacetAccessLevel", "CustomFacetArgumentType",
        "DatasetDataType", "DatasetDownloadStatus", "DirectoryType", "FacetArgumentType",
        "FlowStatus", "ModelHyperparameterType", "ModelParameterType",
    ],
}  # fmt: skip

# Modules of the published package that programs import from, and what they hold.
PUBLISHED_MODULES = {
    "ikigai.ikigai": ["Ikigai"],
    "ikigai.components.app": ["App", "AppAccess", "AppBrowser", "AppBuilder", "AppDirectory"],
    "ikigai.components.dataset": ["ColumnDataType", "Dataset", "DatasetBuilder"],
    "ikigai.components.flow": ["Flow", "FlowBuilder", "FlowStatusReport", "RunLog", "Schedule"],
    "ikigai.components.model": ["Model", "ModelBuilder", "ModelVersion"],
    "ikigai.components.custom_facet": ["CustomFacet", "CustomFacetBuilder"],
    "ikigai.components.flow_definition": [
        "Arrow", "CustomFacetFacetBuilder", "Facet", "FacetBuilder", "FlowDefinition",
        "FlowDefinitionBuilder", "FlowVariable", "ModelFacetBuilder",
    ],
    "ikigai.typing.named_mapping": ["Named", "NamedMapping"],
    "ikigai.typing.component_browser": ["ComponentBrowser"],
    "ikigai.typing.helpful": ["Helpful"],
    "ikigai.typing.protocol": ["Directory", "DirectoryDict", "ModelType", "NamedDirectoryDict"],
    "ikigai.typing.protocol.directory": ["Directory", "DirectoryDict", "NamedDirectoryDict"],
    "ikigai.typing.protocol.model": ["ModelType"],
    "ikigai.utils.enums": PUBLISHED_NAMES["ikigai.utils"],
    "ikigai.utils.missing": ["MISSING", "MissingType"],
}  # fmt: skip


@pytest.mark.parametrize("path", list(PUBLISHED_NAMES))
def test_every_published_name_resolves_at_its_import_path(path: str) -> None:
    module = importlib.import_module(path)
    missing = [name for name in PUBLISHED_NAMES[path] if not hasattr(module, name)]
    assert missing == []
    assert set(PUBLISHED_NAMES[path]) <= set(module.__all__)


@pytest.mark.parametrize("path", list(PUBLISHED_MODULES))
def test_the_published_modules_resolve(path: str) -> None:
    module = importlib.import_module(path)
    assert [name for name in PUBLISHED_MODULES[path] if not hasattr(module, name)] == []


def test_names_ours_calls_otherwise_are_aliases_of_the_same_class() -> None:
    from ikigai import typing as published_typing
    from ikigai import utils
    from ikigai.components import flow_definition

    assert components.AppBuilder is components.NewApp
    assert components.AppDirectoryBuilder is components.NewAppDirectory
    assert components.DatasetBuilder is components.NewDataset
    assert components.ModelBuilder is components.NewModel
    assert components.CustomFacetBuilder is components.NewCustomFacet
    assert components.DatasetDirectoryBuilder is components.NewDatasetDirectory
    assert components.FlowDirectoryBuilder is components.NewFlowDirectory
    assert components.ModelDirectoryBuilder is components.NewModelDirectory
    # FlowBuilder builds a Flow; the definition builder is FlowDefinitionBuilder
    assert components.FlowBuilder is components.NewFlow
    assert components.FlowDefinitionBuilder is builders.FlowBuilder
    assert flow_definition.FlowDefinitionBuilder is builders.FlowBuilder
    assert flow_definition.CustomFacetFacetBuilder is builders.CustomFacetBuilder
    assert utils.DatasetDataType is components.DataType
    assert utils.AppAccessLevel is ikigai.AppAccessLevel is components.AppAccessLevel
    assert utils.FlowStatus is ikigai.FlowStatus
    assert published_typing.NamedMapping is NamedMapping
    assert ikigai.ikigai.Ikigai is Ikigai
    assert ikigai.typing is published_typing  # the subpackages are attributes of `ikigai`


def test_the_published_enums_compare_equal_to_their_words() -> None:
    from ikigai.utils import DatasetDataType, DatasetDownloadStatus, DirectoryType

    assert {member.name: member.value for member in DirectoryType} == {
        "APP": "PROJECT",
        "DATASET": "DATASET",
        "FLOW": "PIPELINE",
        "MODEL": "MODEL",
    }
    assert [member.value for member in DatasetDownloadStatus] == [
        "SUCCESS",
        "IN_PROGRESS",
        "FAILED",
    ]
    assert DatasetDataType.TEXT == "TEXT"
    assert DatasetDataType("NUMERIC") is DatasetDataType.NUMERIC
    assert repr(DatasetDataType.TEXT) == "<DataType.TEXT: 'TEXT'>"  # as the guide shows it


# ---- parameter names -----------------------------------------------------------------------


def _parameters(function: Callable[..., Any]) -> list[tuple[str, str, object]]:
    return [
        (p.name, p.kind.name, p.default)
        for p in inspect.signature(function).parameters.values()
        if p.name != "self"
    ]


def test_the_published_parameter_names_and_defaults() -> None:
    empty = inspect.Parameter.empty
    positional = "POSITIONAL_OR_KEYWORD"
    assert _parameters(components.NewAppDirectory.parent) == [("parent", positional, empty)]
    assert _parameters(components.NewDatasetDirectory.parent) == [("parent", positional, empty)]
    assert _parameters(components.NewDataset.df) == [("data", positional, empty)]
    assert _parameters(components.NewDataset.csv)[0] == ("file", positional, empty)
    assert _parameters(components.Dataset.edit_data)[0] == ("data", positional, empty)
    assert _parameters(components.Dataset.df)[-1][:2] == ("parser_options", "VAR_KEYWORD")
    assert _parameters(components.Flow.update_schedule) == [("schedule", positional, None)]
    assert _parameters(NamedMapping.get) == [
        ("key", positional, empty),
        ("default", positional, None),
    ]
    for method in (components.NewCustomFacet.script, components.CustomFacet.update_script):
        assert [(name, kind) for name, kind, _ in _parameters(method)] == [
            ("script", positional),
            ("requirements", "KEYWORD_ONLY"),
            ("system_access", "KEYWORD_ONLY"),
            ("arguments", "KEYWORD_ONLY"),
        ]
    client = _parameters(Ikigai)
    assert client[2] == ("base_url", positional, "https://api.ikigailabs.io")
    assert client[3][0] == "ssl"
    assert repr(client[3][2]) == "<MissingType._MISSING: 'Missing'>"
    assert all(kind == "KEYWORD_ONLY" for _, kind, _ in client[4:])


# ---- the client ----------------------------------------------------------------------------


def test_the_base_url_comes_from_the_environment_unless_given(
    platform: LocalPlatform, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IKIGAI_BASE_URL", platform.base_url)
    email = platform.default_user
    with Ikigai(user_email=email, api_key=platform.api_key(email)) as from_environment:
        assert from_environment.base_url == platform.base_url.rstrip("/")
    monkeypatch.setenv("IKIGAI_BASE_URL", "http://127.0.0.1:9")  # nothing listens there
    given = Ikigai(user_email=email, api_key=platform.api_key(email), base_url=platform.base_url)
    with given:
        assert given.base_url == platform.base_url.rstrip("/")


def test_directories_is_the_older_name_of_app_directories(client: Ikigai, unique: Unique) -> None:
    folder = client.app_directory.new(unique("dir")).build()
    try:
        with pytest.warns(DeprecationWarning, match="app_directories"):
            listed = client.directories()
        assert listed == client.app_directories()
        assert folder.name in listed
    finally:
        folder.delete()


def test_builders_take_their_calls_in_any_order(client: Ikigai, unique: Unique) -> None:
    name = unique("app")
    app = client.app.description("described first").new(name).build()
    try:
        assert (app.name, app.description) == (name, "described first")
        with pytest.raises(InvalidArgumentError, match=r"call \.new\(name\) before build\(\)"):
            app.dataset.build()
        lasso = app.model.new("lasso").model_type(client.model_types.Linear.Lasso).build()
        copy = app.model.new("copy").model_type(lasso).build()  # a model names its type too
        assert (copy.model_type, copy.sub_model_type) == ("Linear", "Lasso")
    finally:
        app.delete()


# ---- sharing returns the sharing object ----------------------------------------------------


def test_grant_update_and_revoke_return_the_access(
    client: Ikigai, app: App, platform: LocalPlatform, unique: Unique
) -> None:
    friend = f"{unique('friend')}@example.com"
    platform.add_user(friend)
    access = app.access
    assert app.access is access  # one per app, as the published client keeps it
    assert access.grant(friend, "VIEWER").update(friend, "BUILDER").revoke(friend) is access
    assert access.model_dump() == {}
    custom = client.custom_facet.new(
        unique("cf"), facet_type=client.facet_types.MID.CUSTOM_FACET
    ).build()
    try:
        sharing = custom.access
        chained = sharing.grant(friend, "RUN").update(friend, "VIEW").revoke(friend)
        assert chained is sharing
    finally:
        custom.delete()


# ---- names the platform does not know ------------------------------------------------------


def test_a_missing_name_is_a_runtime_error_and_a_key_error(client: Ikigai, app: App) -> None:
    lookups: list[tuple[str, Callable[[], object]]] = [
        ("custom facet", lambda: client.custom_facets["no such facet"]),
        ("app", lambda: client.apps["no such app"]),
        ("dataset", lambda: app.datasets["no such dataset"]),
        ("flow", lambda: app.flows["no such flow"]),
        ("model", lambda: app.models["no such model"]),
    ]
    for kind, lookup in lookups:
        with pytest.raises(ComponentNotFoundError) as caught:
            lookup()
        error = caught.value
        assert isinstance(error, RuntimeError)
        assert isinstance(error, KeyError)
        assert isinstance(error, NotFoundError)
        assert isinstance(error, APIError)
        assert error.status == 404
        assert f"no {kind} named 'no such" in str(error)
        assert not str(error).startswith("'")  # not quoted as a plain KeyError is


# ---- datasets ------------------------------------------------------------------------------

AWKWARD = pd.DataFrame(
    {
        "id": ["007", "010", "011"],
        "when": ["2024-01-02", "2024-02-03", "2024-03-04"],
        "amount": [1.5, None, 3.25],
        "note": ["a;b", "", "c"],
    }
)

READ_CSV_OPTIONS: list[dict[str, Any]] = [
    {"dtype": str},
    {"dtype": {"id": str}, "usecols": ["id", "amount"]},
    {"sep": ";"},
    {"header": None, "nrows": 2},
    {"parse_dates": ["when"], "index_col": "id"},
    {"keep_default_na": False},
    {"skiprows": [1], "names": ["a", "b", "c", "d"]},
]


def test_df_takes_read_csv_options_and_reads_as_pandas_does(
    app: App, tmp_path: Path, recorder: Recorder
) -> None:
    dataset = app.dataset.new("awkward").df(AWKWARD).build()
    stored = dataset.download(tmp_path / "stored.csv")
    for options in READ_CSV_OPTIONS:
        pd.testing.assert_frame_equal(dataset.df(**options), pd.read_csv(stored, **options))
    # no options: the fast reader, the same frame as pandas' defaults
    pd.testing.assert_frame_equal(dataset.df(), pd.read_csv(stored))
    recorder.clear()
    with pytest.raises(TypeError, match="'sepp'"):
        dataset.df(sepp=";")
    with pytest.raises(TypeError, match="'chunksize'"):
        dataset.df(chunksize=1)
    assert recorder.operations() == []  # refused before anything was asked


def test_datasets_and_flows_carry_agent_access(app: App) -> None:
    dataset = app.dataset.new("shared").df(AWKWARD).agent_access(True).build()
    assert dataset.agent_access is True
    assert app.datasets["shared"].agent_access is True
    dataset.update_agent_access(False)
    assert dataset.agent_access is False
    assert app.datasets["shared"].agent_access is False
    flow = app.flow.new("agents").build()
    assert flow.agent_access is False
    flow.update_agent_access(True)
    assert flow.agent_access is True
    assert app.flows["agents"].agent_access is True
    assert app.flows["agents"].to_dict()["agent_access"] is True
    assert "agent_access" not in repr(dataset)  # the guide's repr of a dataset


def test_to_dict_gives_the_published_keys(app: App, client: Ikigai) -> None:
    dataset = app.dataset.new("keys").df(AWKWARD).build()
    assert list(dataset.to_dict()) == [
        "dataset_id",
        "name",
        "filename",
        "file_extension",
        "data_types",
        "size",
        "agent_access",
        "created_at",
        "modified_at",
    ]
    assert dataset.to_dict()["data_types"]["amount"].data_type == "NUMERIC"
    assert dataset.data_types["amount"].model_dump() == {
        "data_type": "NUMERIC",
        "data_formats": dataset.data_types["amount"].data_formats,
    }
    flow = app.flow.new("keys").schedule("5 4 * * *").build()
    described = flow.to_dict()
    assert list(described) == [
        "flow_id",
        "name",
        "agent_access",
        "schedule",
        "created_at",
        "modified_at",
    ]
    assert flow.schedule is not None
    assert described["schedule"] == flow.schedule.to_dict()
    assert set(app.to_dict()) == {
        "app_id",
        "name",
        "owner",
        "description",
        "created_at",
        "modified_at",
        "last_used_at",
    }
    made = [
        (app.dataset_directory.new("d").build(), "DATASET"),
        (app.flow_directory.new("f").build(), "PIPELINE"),
        (app.model_directory.new("m").build(), "MODEL"),
    ]
    folder = client.app_directory.new(f"apps-{uuid.uuid4().hex[:6]}").build()
    try:
        for directory, word in [*made, (folder, "PROJECT")]:
            assert directory.type == word
            assert directory.to_dict() == {
                "directory_id": directory.directory_id,
                "type": directory.type,
                "name": directory.name,
            }
    finally:
        folder.delete()


# ---- schedules -----------------------------------------------------------------------------


@pytest.fixture
def east_of_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is UTC+05:30 for the test."""
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("east_of_utc")
def test_a_schedule_reads_back_equal_to_the_one_set(app: App) -> None:
    naive = datetime(2031, 3, 4, 5, 6, 7, 890)
    schedule = Schedule(name="s", start_time=naive, end_time="1956528000", cron="0 6 * * *")
    assert schedule.start_time == naive.replace(
        microsecond=0, tzinfo=timezone(timedelta(hours=5.5))
    )
    assert schedule.start_time.utcoffset() == timedelta(hours=5, minutes=30)
    assert schedule.end_time == datetime(2032, 1, 1, tzinfo=UTC)
    assert schedule.to_dict() == {
        "name": "s",
        "start_time": str(int(naive.replace(microsecond=0).timestamp())),
        "end_time": "1956528000",
        "cron": "0 6 * * *",
    }
    assert Schedule.from_dict(schedule.to_dict()) == schedule
    assert schedule.model_dump() == schedule.to_dict()
    flow = app.flow.new("scheduled").schedule(schedule).build()
    assert app.flows["scheduled"].schedule == schedule
    aware = datetime(2031, 5, 6, 7, 8, 9, 123456, tzinfo=UTC)
    flow.update_schedule(Schedule("t", "0 7 * * *", aware))
    assert app.flows["scheduled"].schedule == Schedule("t", "0 7 * * *", aware)


def test_update_schedule_without_an_argument_removes_the_schedule(app: App) -> None:
    flow = app.flow.new("scheduled").schedule("0 0 * * *").build()
    assert flow.update_schedule() is flow
    assert flow.schedule is None
    assert app.flows["scheduled"].schedule is None


def test_a_schedule_refuses_what_is_not_a_time() -> None:
    with pytest.raises(TypeError, match="start_time"):
        Schedule(name="s", cron="0 6 * * *", start_time=1893456000)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="end_time"):
        Schedule(name="s", cron="0 6 * * *", start_time="1893456000", end_time="soon")
    with pytest.raises(ValueError, match="cron"):
        Schedule(name="s", cron="daily", start_time="1893456000")
    assert (
        Schedule(name="s", cron="0 6 * * *", start_time="1893456000", end_time="").end_time is None
    )


# ---- listings ------------------------------------------------------------------------------


def test_a_listing_is_a_mapping_by_name(app: App) -> None:
    app.dataset.new("one").df(AWKWARD).build()
    app.dataset.new("two").df(AWKWARD).build()
    listing = app.datasets()
    assert isinstance(listing, Mapping)
    assert listing == app.datasets()  # fetched again: equal objects
    assert listing != app.flows()
    assert listing == {name: listing[name] for name in ("one", "two")}
    assert isinstance(listing.keys(), KeysView)
    assert sorted(listing.keys()) == ["one", "two"]
    assert {name for name, _ in listing.items()} == {"one", "two"}
    assert ("one", listing["one"]) in listing.items()
    assert listing["two"] in listing.values()
    # what ours gave before stays: indexing, len, search, get_id, `in` with an object
    assert listing.values()[0].name in {"one", "two"}
    assert len(listing.keys()) == len(listing.values()) == 2
    assert listing.get(key="three") is None
    assert listing.get("three", "none") == "none"
    assert list(listing.search("ON")) == ["one"]
    assert listing.get_id(listing["one"].dataset_id).name == "one"
    assert listing["one"] in listing


def test_a_listing_is_made_as_the_published_one_is() -> None:
    class Thing:
        def __init__(self, name: str) -> None:
            self.name = name

    first, second, again = Thing("a"), Thing("b"), Thing("a")
    listing = NamedMapping({"1": first, "2": second, "3": again})
    assert list(listing) == ["a", "b"]
    assert len(listing) == 3
    assert listing.get_id("2") is second
    assert listing["b"] is second
    with pytest.raises(KeyError, match="2 items are named 'a'; use get_id"):
        listing["a"]
    assert listing.get("a") is None
    assert listing.items()[0] == ("a", first)  # every object, duplicates too
    assert listing != {"a": first, "b": second}  # two are named "a": no dict is equal


# ---- custom facets -------------------------------------------------------------------------


def test_a_custom_facet_has_requirements(client: Ikigai, unique: Unique) -> None:
    custom = (
        client.custom_facet.new(unique("cf"), facet_type=client.facet_types.MID.CUSTOM_FACET)
        .script("result = data", requirements=["pandas", "numpy"], arguments={"step": 1})
        .build()
    )
    try:
        found = client.custom_facets[custom.name]
        assert found.requirements == ["pandas", "numpy"]
        assert found.libraries == found.requirements  # the name ours used before
        assert found.rootkit_token == ""
        found.update_script("result = data", requirements=["polars"], arguments={"step": 1})
        assert client.custom_facets[custom.name].requirements == ["polars"]
        version = found.create_version("v1")
        assert version.facet_type.custom_facet_id == custom.custom_facet_id
        assert version.facet_type.version_id == version.version_id
        assert list(version.facet_type.custom_facet_arguments) == ["step"]
        assert found == client.custom_facets[custom.name]
    finally:
        custom.delete()


def test_components_compare_by_their_fields(app: App, client: Ikigai) -> None:
    fetched, again = client.apps[app.name], client.apps[app.name]
    assert fetched == again
    assert fetched is not again
    assert {fetched, again} == {fetched}  # hashable, by id
    renamed = client.apps[app.rename(app.name + "-renamed").name]
    assert renamed != fetched
    assert renamed == client.apps().get_id(app.app_id)
