"""`ikigai` fails with one readable line on stderr and a non-zero exit, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import APP, BROKEN_FLOW, DATASET, FLOW, Cli, Setup

from ikigai.commands._progress import progress_bar
from ikigai.commands.flows import parse_variables


def failed(result: object, *words: str) -> str:
    assert getattr(result, "returncode", 0) != 0
    assert getattr(result, "stdout", None) == ""
    err = str(getattr(result, "stderr", ""))
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("ikigai: ")
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def test_wrong_key(cli: Cli) -> None:
    line = failed(cli("apps", "list", env={"IKIGAI_API_KEY": "wrong"}), "401")
    assert "wrong" not in line


def test_no_key(cli: Cli) -> None:
    failed(cli("apps", "list", env={"IKIGAI_API_KEY": ""}), "IKIGAI_API_KEY")


def test_no_platform_at_the_base_url(cli: Cli) -> None:
    failed(cli("apps", "list", env={"IKIGAI_BASE_URL": "http://127.0.0.1:9"}), "could not reach")


@pytest.mark.parametrize(
    "args",
    [
        ("datasets", "list", "no such app"),
        ("flows", "list", "no such app"),
        ("flows", "logs", "no such app", FLOW),
        ("datasets", "download", "no such app", DATASET, "out.csv"),
    ],
)
def test_unknown_app(cli: Cli, args: tuple[str, ...]) -> None:
    failed(cli(*args), "no app named 'no such app'")


def test_unknown_dataset(cli: Cli, tmp_path: Path) -> None:
    failed(cli("datasets", "download", APP, "nope", str(tmp_path / "x.csv")), "no dataset")


def test_unknown_flow(cli: Cli) -> None:
    failed(cli("flows", "run", APP, "nope", "--wait"), "no flow")


def test_missing_upload_file(cli: Cli, tmp_path: Path) -> None:
    failed(cli("datasets", "upload", APP, "x", str(tmp_path / "missing.csv")), "missing.csv")


def test_download_into_a_missing_folder(cli: Cli, tmp_path: Path) -> None:
    failed(cli("datasets", "download", APP, DATASET, str(tmp_path / "no" / "x.csv")), "no folder")


def test_bad_variable(cli: Cli) -> None:
    failed(cli("flows", "run", APP, FLOW, "--var", "novalue"), "NAME=VALUE")


def test_undeclared_variable(cli: Cli) -> None:
    failed(cli("flows", "run", APP, FLOW, "--var", "limit=3", "--wait"), "not declared")


def test_bad_max_count(cli: Cli) -> None:
    failed(cli("flows", "logs", APP, FLOW, "--max-count", "0"), "max_count")


def test_unknown_types(cli: Cli) -> None:
    failed(cli("model-types", "Nope"), "Nope")
    failed(cli("facet-types", "SIDEWAYS"), "INPUT, MID, OUTPUT")


def test_usage_error_exits_2(cli: Cli) -> None:
    result = cli("apps")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_json_errors_are_still_one_line(cli: Cli) -> None:
    result = cli("datasets", "list", "no such app", "--json")
    failed(result)
    with pytest.raises(json.JSONDecodeError):
        json.loads(result.stderr)


def test_parse_variables() -> None:
    assert parse_variables(["a=1", "b=x", "c=[1, 2]", "d="]) == {
        "a": 1,
        "b": "x",
        "c": [1, 2],
        "d": "",
    }
    with pytest.raises(ValueError, match="NAME=VALUE"):
        parse_variables(["=1"])


def test_a_failed_run_exits_1(cli: Cli, setup: Setup) -> None:
    result = cli("flows", "run", APP, BROKEN_FLOW, "--wait")
    assert result.returncode == 1
    assert "FAILED" in result.stdout
    assert result.stderr.strip().splitlines() == [f"ikigai: flow {BROKEN_FLOW!r} ended with FAILED"]
    logs = json.loads(cli("flows", "logs", APP, BROKEN_FLOW, "--json").stdout)
    assert logs[0]["status"] == "FAILED"
    assert logs[0]["erroneous_facet_id"] == "0"
    # why it failed, under the name the Python API gives it
    [log] = setup.platform.client().apps[APP].flows[BROKEN_FLOW].run_logs(max_count=1)
    assert logs[0]["data"] == log.data != ""


def test_progress_bar() -> None:
    assert progress_bar(0, "RUNNING") == "[" + "." * 30 + "]   0%  RUNNING"
    assert progress_bar(50, "RUNNING").count("#") == 15
    assert progress_bar(250, "RUNNING").startswith("[" + "#" * 30 + "] 100%")
    assert "?" in progress_bar(None, "SCHEDULED")
