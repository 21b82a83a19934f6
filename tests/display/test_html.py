"""The notebook reprs: tables of collections, components, datasets (rows only when asked),
flows, run logs (one and a flow's list of them) and help texts; everything escaped."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pandas as pd
import pytest

from ikigai import Ikigai
from ikigai.components.flow import FlowStatus, RunLog, RunLogs
from ikigai.display.html import listing_html, table_html
from ikigai.local import LocalPlatform
from ikigai.specs import FacetTypes

NASTY = "<i>&'\""


def cells(html: str) -> list[list[str]]:
    """The rows of the first table, as text (parsing fails on anything unescaped)."""
    root = ET.fromstring(f"<div>{html}</div>")
    table = root.find(".//table")
    assert table is not None
    return [["".join(cell.itertext()) for cell in row] for row in table.iter("tr")]


@pytest.fixture(scope="module")
def client() -> Iterator[Ikigai]:
    with LocalPlatform() as platform, platform.client() as client:
        yield client


def test_table_escapes_everything() -> None:
    html = table_html([NASTY], [[NASTY]], caption=NASTY)
    assert "<i>" not in html
    assert cells(html) == [[NASTY], [NASTY]]


def test_collections_show_name_id_and_modified_time(client: Ikigai) -> None:
    app = client.app.new(f"app {NASTY}").build()
    html = client.apps()._repr_html_()
    rows = cells(html)
    assert rows[0] == ["name", "id", "modified"]
    assert [app.name, app.app_id, app.modified_at.isoformat(timespec="seconds")] in rows
    assert "1 app" in "".join(ET.fromstring(f"<div>{html}</div>").itertext())
    assert "0 datasets" in listing_html([], "dataset")


def test_a_dataset_repr_does_not_download(client: Ikigai, monkeypatch: pytest.MonkeyPatch) -> None:
    app = client.app.new("datasets").build()
    dataset = app.dataset.new(NASTY).df(pd.DataFrame({"x<": [1, 2, 3], "y": list("abc")})).build()

    def no_download(*_: object) -> pd.DataFrame:
        raise AssertionError("the repr must not download")

    monkeypatch.setattr(type(dataset), "df", no_download)
    rows = cells(dataset._repr_html_())
    assert ["name", NASTY] in rows
    assert ["dataset_id", dataset.dataset_id] in rows
    monkeypatch.undo()

    shown = dataset.preview(2)
    assert list(shown.rows["y"]) == ["a", "b"]
    root = ET.fromstring(f"<div>{shown._repr_html_()}</div>")
    tables = root.findall(".//table")
    last = [["".join(c.itertext()) for c in row] for row in tables[-1].iter("tr")]
    assert last == [["x<", "y"], ["1", "a"], ["2", "b"]]
    column_types = [["".join(c.itertext()) for c in row] for row in tables[1].iter("tr")]
    assert [row[0] for row in column_types[1:]] == ["x<", "y"]
    with pytest.raises(ValueError, match="rows"):
        dataset.preview(-1)


def test_flow_and_components(client: Ikigai) -> None:
    app = client.app.new("flows").build()
    flow = app.flow.new(NASTY).build()
    assert ["name", NASTY] in cells(flow._repr_html_())
    assert ["flow_id", flow.flow_id] in cells(flow._repr_html_())
    assert ["app_id", app.app_id] in cells(app._repr_html_())


def test_run_log() -> None:
    log = RunLog(
        log_id="l1",
        status=FlowStatus.FAILED,
        user="ann@example.com",
        erroneous_facet_id="2",
        data=f"boom {NASTY}",
        timestamp=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
    )
    html = log._repr_html_()
    root = ET.fromstring(f"<div>{html}</div>")
    assert "Run: FAILED" in "".join(root.itertext())
    rows = cells(html)
    assert ["message", f"boom {NASTY}"] in rows
    assert ["timestamp", "2026-01-02T03:04:05+00:00"] in rows


def test_help_texts(facet_types: FacetTypes) -> None:
    for spec in (facet_types, facet_types.MID, facet_types.MID.UNION):
        html = spec._repr_html_()
        root = ET.fromstring(html)
        assert root.tag == "pre"
        assert "".join(root.itertext()) == spec.help()


def test_model_type_help(client: Ikigai) -> None:
    model_types = client.model_types
    for spec in (model_types, model_types.Linear, model_types.Linear.Lasso):
        root = ET.fromstring(spec._repr_html_())
        assert "".join(root.itertext()) == spec.help()


def _log(status: FlowStatus, facet: str | None, message: str, second: int) -> RunLog:
    return RunLog(
        log_id=f"l{second}",
        status=status,
        user="ann@example.com",
        erroneous_facet_id=facet,
        data=message,
        timestamp=datetime(2026, 1, 2, 3, 4, second, tzinfo=UTC),
    )


def test_run_logs_are_a_list_shown_as_one_table() -> None:
    failed = _log(FlowStatus.FAILED, "2", f"boom {NASTY}", 6)
    succeeded = _log(FlowStatus.SUCCESS, None, "", 5)
    logs = RunLogs([failed, succeeded])
    assert isinstance(logs, list)
    assert logs == [failed, succeeded]
    assert repr(logs) == repr([failed, succeeded])  # printed as the list it is
    html = logs._repr_html_()
    assert cells(html) == [
        ["status", "timestamp", "user", "erroneous_facet_id", "message", "log_id"],
        ["FAILED", "2026-01-02T03:04:06+00:00", "ann@example.com", "2", f"boom {NASTY}", "l6"],
        ["SUCCESS", "2026-01-02T03:04:05+00:00", "ann@example.com", "", "", "l5"],
    ]
    root = ET.fromstring(f"<div>{html}</div>")
    colours = {b.text: b.get("style") for b in root.iter("b") if b.text in ("FAILED", "SUCCESS")}
    assert colours == {"FAILED": "color:#cf222e", "SUCCESS": "color:#1a7f37"}
    assert "2 run logs" in "".join(root.itertext())
    assert "0 run logs" in RunLogs()._repr_html_()


def test_flow_run_logs_from_the_platform_show_as_a_table(client: Ikigai) -> None:
    app = client.app.new("run logs").build()
    dataset = app.dataset.new("data").df(pd.DataFrame({"k": ["a", "b", "a"]})).build()
    facet_types = client.facet_types
    definition = (
        client.builder.facet(facet_type=facet_types.INPUT.Imported)
        .arguments(dataset_id=dataset.dataset_id, file_type="csv", header=True, use_raw_file=False)
        .facet(facet_type=facet_types.MID.COUNT)
        .arguments(output_column_name="n", sort=True, target_columns=["k"])
        .facet(facet_type=facet_types.OUTPUT.EXPORTED)
        .arguments(dataset_name="counted", file_type="csv", header=True)
        .build()
    )
    flow = app.flow.new("count").definition(definition).build()
    first, second = flow.run(), flow.run()
    logs = flow.run_logs(max_count=5)
    assert type(logs) is RunLogs
    assert logs == [second, first]
    since = flow.run_logs(max_count=5, since=first.timestamp - timedelta(seconds=1))
    assert (type(since), since) == (RunLogs, logs)
    rows = cells(logs._repr_html_())
    assert [row[0] for row in rows[1:]] == ["SUCCESS", "SUCCESS"]
    assert [row[-1] for row in rows[1:]] == [second.log_id, first.log_id]
    assert [row[2] for row in rows[1:]] == [client.user_email] * 2
