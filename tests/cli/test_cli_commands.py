"""Every `ikigai` client command, as a subprocess against a local platform."""

from __future__ import annotations

import dataclasses
import json
import time
from datetime import datetime
from pathlib import Path

import pandas as pd
from cli_support import APP, BROKEN_FLOW, DATASET, FLOW, SALES, Cli, Setup

from ikigai.components.flow import RunLog


def ok(result: object) -> str:
    assert getattr(result, "returncode", None) == 0, getattr(result, "stderr", "")
    assert getattr(result, "stderr", "") == ""
    return str(getattr(result, "stdout", ""))


def test_apps_list(cli: Cli) -> None:
    out = ok(cli("apps", "list"))
    header, *rows = out.splitlines()
    assert header.split() == ["NAME", "ID", "MODIFIED"]
    assert any(row.startswith(APP) for row in rows)


def test_apps_list_json(cli: Cli) -> None:
    apps = json.loads(ok(cli("apps", "list", "--json")))
    assert [app["name"] for app in apps] == [APP]
    assert set(apps[0]) == {"name", "id", "modified_at"}


def test_datasets_list(cli: Cli) -> None:
    assert DATASET in ok(cli("datasets", "list", APP))
    names = [d["name"] for d in json.loads(ok(cli("datasets", "list", APP, "--json")))]
    assert DATASET in names


def test_datasets_download_then_upload(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "sales.csv"
    out = ok(cli("datasets", "download", APP, DATASET, str(target)))
    assert f"({target.stat().st_size:,} bytes of CSV)" in out
    pd.testing.assert_frame_equal(pd.read_csv(target), SALES, check_dtype=False)

    created = json.loads(ok(cli("datasets", "upload", APP, "copy", str(target), "--json")))
    assert created["name"] == "copy"
    assert created["created"] is True
    again = json.loads(ok(cli("datasets", "upload", APP, "copy", str(target), "--json")))
    assert again == {**created, "created": False}

    copied = tmp_path / "copy.csv"
    info = json.loads(ok(cli("datasets", "download", APP, "copy", str(copied), "--json")))
    assert info["bytes"] == copied.stat().st_size
    pd.testing.assert_frame_equal(pd.read_csv(copied), SALES, check_dtype=False)


def test_flows_list(cli: Cli) -> None:
    assert FLOW in ok(cli("flows", "list", APP))
    listed = json.loads(ok(cli("flows", "list", APP, "--json")))
    assert sorted(f["name"] for f in listed) == sorted([FLOW, BROKEN_FLOW])


def test_flows_run_wait_then_logs(cli: Cli) -> None:
    out = ok(cli("flows", "run", APP, FLOW, "--wait"))
    assert "SUCCESS" in out
    log = json.loads(ok(cli("flows", "run", APP, FLOW, "--wait", "--json")))
    assert log["status"] == "SUCCESS"

    logs = json.loads(ok(cli("flows", "logs", APP, FLOW, "--max-count", "2", "--json")))
    assert [entry["status"] for entry in logs] == ["SUCCESS", "SUCCESS"]
    table = ok(cli("flows", "logs", APP, FLOW, "--max-count", "1")).splitlines()
    assert table[0].split()[:3] == ["TIME", "STATUS", "USER"]
    assert len(table) == 2
    assert "SUCCESS" in table[1]


def test_run_logs_as_json_have_the_python_apis_field_names(cli: Cli, setup: Setup) -> None:
    """`--json` names a run log's fields as `RunLog` does: its text is `data`, not `message`."""
    fields = [field.name for field in dataclasses.fields(RunLog)]
    ran = json.loads(ok(cli("flows", "run", APP, FLOW, "--wait", "--json")))
    [shown] = json.loads(ok(cli("flows", "logs", APP, FLOW, "--max-count", "1", "--json")))
    [log] = setup.platform.client().apps[APP].flows[FLOW].run_logs(max_count=1)
    assert list(ran) == list(shown) == fields
    assert ran == shown
    assert "data" in fields
    assert "message" not in shown
    assert shown["data"] == log.data
    assert (shown["log_id"], shown["user"], shown["erroneous_facet_id"]) == (
        log.log_id,
        log.user,
        log.erroneous_facet_id,
    )
    assert shown["status"] == log.status.value == "SUCCESS"
    assert datetime.fromisoformat(shown["timestamp"]) == log.timestamp.replace(microsecond=0)


def test_flows_run_without_wait_starts_it(cli: Cli, setup: Setup) -> None:
    started = json.loads(ok(cli("flows", "run", APP, FLOW, "--json")))
    assert started["status"] == "STARTED"
    flow = setup.platform.client().apps[APP].flows[FLOW]
    deadline = time.monotonic() + 60
    while flow.status().status.is_running:  # let the run end before the next test runs the flow
        assert time.monotonic() < deadline
        time.sleep(0.1)
    assert flow.run_logs()[0].status.value == "SUCCESS"


def test_flows_run_with_a_variable(cli: Cli, tmp_path: Path) -> None:
    assert "SUCCESS" in ok(cli("flows", "run", APP, FLOW, "--var", "out=renamed", "--wait"))
    ok(cli("datasets", "download", APP, "renamed", str(tmp_path / "renamed.csv")))
    counted = pd.read_csv(tmp_path / "renamed.csv")
    assert dict(zip(counted["channel"], counted["count"], strict=True)) == {"web": 2, "store": 1}


def test_model_types(cli: Cli) -> None:
    assert "Lasso" in ok(cli("model-types"))
    assert "Lasso" in ok(cli("model-types", "Linear"))
    assert "Lasso" in json.loads(ok(cli("model-types", "Linear", "--json")))["Linear"]


def test_facet_types(cli: Cli) -> None:
    everything = ok(cli("facet-types"))
    assert everything.splitlines()[0] == "INPUT"
    mid = ok(cli("facet-types", "mid"))
    assert mid.splitlines()[0] == "MID"
    assert "facet_arguments:" in mid
    groups = json.loads(ok(cli("facet-types", "--json")))
    assert set(groups) == {"INPUT", "MID", "OUTPUT"}
    assert "IMPORTED" in groups["INPUT"]


def test_one_entry_point_keeps_the_local_commands(cli: Cli) -> None:
    out = ok(cli("--help"))
    for command in ("apps", "datasets", "flows", "model-types", "facet-types", "local"):
        assert command in out
    assert "add-user" in ok(cli("local", "--help"))
