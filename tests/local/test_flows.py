"""Flows: definitions, schedules, the run lifecycle, run logs, and the scheduler."""

from __future__ import annotations

import json
import time
from typing import Any

from ikigai.local import LocalPlatform

from .support import Api, error_of, wait_for

DEFINITION = {
    "facets": [
        {
            "facet_id": "0",
            "facet_uid": "I_005",
            "name": "in",
            "arguments": {
                "dataset_id": "",
                "file_type": "csv",
                "header": True,
                "use_raw_file": False,
            },
        },
        {
            "facet_id": "1",
            "facet_uid": "O_005",
            "name": "out",
            "arguments": {"dataset_name": "copy", "file_type": "csv", "header": True},
        },
    ],
    "arrows": [{"source": "0", "destination": "1", "arguments": {}}],
    "variables": {"target": {"facet_name": "out", "name": "dataset_name"}},
    "model_variables": {},
}


def _flow(user: Api, flow: str) -> dict[str, Any]:
    return dict(user.ok(user.get("/component/get-pipeline", pipeline_id=flow))["pipeline"])


def _edit(user: Api, app: str, flow: str, **changes: Any) -> None:
    body = {"pipeline": {"project_id": app, "pipeline_id": flow, **changes}}
    user.ok(user.post("/component/edit-pipeline", body))


def _status(user: Api, app: str, flow: str) -> dict[str, Any]:
    return user.ok(user.get("/component/is-pipeline-running", project_id=app, pipeline_id=flow))


def _logs(user: Api, app: str, flow: str, limit: int = 10) -> list[dict[str, Any]]:
    answer = user.ok(
        user.get("/component/get-pipeline-log", pipeline_id=flow, project_id=app, limit=limit)
    )
    return list(answer["pipeline_log"])


def _run_to_end(
    user: Api, app: str, flow: str, variables: dict[str, Any] | None = None
) -> dict[str, Any]:
    body: dict[str, Any] = {"pipeline": {"project_id": app, "pipeline_id": flow}}
    if variables is not None:
        body["variables"] = variables
    user.ok(user.post("/component/run-pipeline", body))
    start = time.time()
    wait_for(lambda: _status(user, app, flow), lambda answer: answer["status"] is False)
    latest = _logs(user, app, flow, limit=1)
    assert latest, "no log entry after the run"
    assert int(latest[0]["timestamp"]) > start, (latest, start)
    return latest[0]


def test_definitions_are_returned_exactly_as_sent(alice: Api) -> None:
    app = alice.create_app("exact")
    odd = {
        "facets": [
            {
                "facet_id": "x",
                "facet_uid": "Z_999",
                "name": "",
                "arguments": {
                    "nested": {"list": [1, 2.5, None, "é"], "deep": {"a": True}},
                    "float": 0.1,
                },
            }
        ],
        "arrows": [],
        "extra_key": {"kept": 1},
    }
    flow = alice.create_flow(app, "flow-odd", odd, agent_access=True)
    stored = _flow(alice, flow)
    assert stored["definition"] == odd
    assert json.dumps(stored["definition"]) == json.dumps(odd)
    assert stored["agent_access"] is True
    assert stored["schedule"] is None
    assert stored["high_volume_preference"] is False

    # Keys not sent are kept.
    _edit(alice, app, flow, high_volume_preference=True)
    assert _flow(alice, flow)["definition"] == odd
    _edit(alice, app, flow, definition=DEFINITION)
    assert _flow(alice, flow)["high_volume_preference"] is True
    assert _flow(alice, flow)["definition"] == DEFINITION
    _edit(alice, app, flow, name="flow-renamed", agent_access=False)
    by_name = alice.ok(alice.get("/component/get-pipeline", project_id=app, name="flow-renamed"))
    assert by_name["pipeline"]["pipeline_id"] == flow
    assert by_name["pipeline"]["agent_access"] is False
    error_of(alice.get("/component/get-pipeline", project_id=app, name="flow-odd"), 404)
    found = alice.ok(
        alice.get("/search/search-pipelines-for-project", project_id=app, query="renamed")
    )
    assert [f["pipeline_id"] for f in found["pipelines"]] == [flow]
    listed = alice.ok(
        alice.get("/component/get-pipelines-for-project", project_id=app, fetch_all=True)
    )
    assert listed["limit_warning"] == ""
    assert len(listed["pipelines"]) == 1
    alice.ok(
        alice.post(
            "/component/delete-pipeline", {"pipeline": {"project_id": app, "pipeline_id": flow}}
        )
    )
    error_of(alice.get("/component/get-pipeline", pipeline_id=flow), 404)


def test_schedules_and_their_removal(alice: Api) -> None:
    app = alice.create_app("schedules")
    schedule = {"name": "nightly", "start_time": "1795731713", "end_time": "", "cron": "0 0 * * *"}
    flow = alice.create_flow(app, "scheduled", DEFINITION, schedule)
    assert _flow(alice, flow)["schedule"] == schedule
    changed = {"name": "hourly", "start_time": "1795731714", "end_time": "", "cron": "5 * * * *"}
    _edit(alice, app, flow, schedule=changed)
    assert _flow(alice, flow)["schedule"] == changed
    sentinel = {"name": "-", "cron": "0 0 0 0 0", "start_time": "1", "end_time": "1"}
    _edit(alice, app, flow, schedule=sentinel)
    assert _flow(alice, flow)["schedule"] is None
    body = {
        "pipeline": {
            "project_id": app,
            "pipeline_id": flow,
            "schedule": {"name": "x", "start_time": "1", "cron": "5 * *"},
        }
    }
    assert "cron" in error_of(alice.post("/component/edit-pipeline", body), 400)


def test_a_run_copies_a_dataset_and_logs_success(alice: Api) -> None:
    app = alice.create_app("run")
    dataset = alice.create_dataset(app, "source")
    assert alice.upload(app, dataset, b"a,b\n1,2\n") == "SUCCESS"
    definition = json.loads(json.dumps(DEFINITION))
    definition["facets"][0]["arguments"]["dataset_id"] = dataset
    flow = alice.create_flow(app, "copier", definition)
    assert _status(alice, app, flow) == {
        "status": False,
        "progress": {"status": "IDLE", "message": ""},
    }
    log = _run_to_end(alice, app, flow)
    assert log["status"] == "SUCCESS"
    assert log["message"] == ""
    assert not log["erroneous_facet_id"]
    assert log["user"] == alice.email
    copy = alice.ok(alice.get("/component/get-dataset", project_id=app, name="copy"))["dataset"]
    assert alice.download(app, copy["dataset_id"]) == b"a,b\n1,2\n"
    assert copy["filename"] == "copy.csv"
    assert copy["data_types"]["a"]["data_type"] == "NUMERIC"

    # Run variables override the facet argument they are bound to.
    log = _run_to_end(alice, app, flow, {"target": {"value": "renamed-copy"}})
    assert log["status"] == "SUCCESS"
    alice.ok(alice.get("/component/get-dataset", project_id=app, name="renamed-copy"))
    error_of(
        alice.post(
            "/component/run-pipeline",
            {
                "pipeline": {"project_id": app, "pipeline_id": flow},
                "variables": {"undeclared": {"value": 1}},
            },
        ),
        400,
    )

    logs = _logs(alice, app, flow)
    assert len(logs) == 2
    assert int(logs[0]["timestamp"]) >= int(logs[1]["timestamp"])
    assert _flow(alice, flow)["last_run"]["log_id"] == logs[0]["log_id"]


def test_a_failed_run_names_the_failing_facet(alice: Api) -> None:
    app = alice.create_app("fail")
    definition = {
        "facets": [
            {
                "facet_id": "7",
                "facet_uid": "TEST_FAIL",
                "name": "bad",
                "arguments": {"message": "no good"},
            }
        ],
        "arrows": [],
    }
    flow = alice.create_flow(app, "failing", definition)
    log = _run_to_end(alice, app, flow)
    assert (log["status"], log["erroneous_facet_id"], log["message"]) == ("FAILED", "7", "no good")


def test_status_is_running_until_the_log_exists(alice: Api) -> None:
    app = alice.create_app("running")
    definition = {
        "facets": [
            {"facet_id": "s", "facet_uid": "TEST_SLOW", "name": "", "arguments": {"seconds": 1.0}}
        ],
        "arrows": [],
    }
    flow = alice.create_flow(app, "slow", definition)
    alice.ok(
        alice.post(
            "/component/run-pipeline", {"pipeline": {"project_id": app, "pipeline_id": flow}}
        )
    )
    seen = []
    while True:
        # read in this order, each answer only says something about the reads after it
        logged_before = _logs(alice, app, flow)
        status = _status(alice, app, flow)
        logged_after = _logs(alice, app, flow)
        seen.append(status["status"])
        if logged_before:
            assert not status["status"], "running after the log entry existed"
        if not status["status"]:
            assert logged_after, "idle before the log entry existed"
            break
        assert status["progress"]["status"] == "RUNNING"
        assert isinstance(status["progress"]["message"], str)
        time.sleep(0.05)
    assert seen[0] is True
    # A second run while one is under way is refused.
    alice.ok(
        alice.post(
            "/component/run-pipeline", {"pipeline": {"project_id": app, "pipeline_id": flow}}
        )
    )
    error_of(
        alice.post(
            "/component/run-pipeline", {"pipeline": {"project_id": app, "pipeline_id": flow}}
        ),
        409,
    )
    wait_for(lambda: _status(alice, app, flow), lambda answer: answer["status"] is False)


def test_without_an_engine_runs_fail_cleanly(tmp_path: Any) -> None:
    from ikigai.local.runs.manager import EngineUnavailable
    from ikigai.local.services import Services

    def missing() -> Any:
        raise EngineUnavailable("The flow engine is not installed (test)")

    services = Services(tmp_path, engine=missing)
    services.start()
    try:
        with services.db.write() as tx:
            now = time.time()
            tx.execute(
                "INSERT INTO projects VALUES ('p', 'p', 'u@example.com', '', ?, ?, ?)",
                (now, now, now),
            )
            tx.execute(
                "INSERT INTO pipelines (pipeline_id, project_id, name, definition, created_at,"
                " modified_at) VALUES ('f', 'p', 'f', '{}', ?, ?)",
                (now, now),
            )
            row = tx.execute("SELECT * FROM pipelines").fetchone()
            run = services.runs.create(tx, row, "u@example.com", {}, "MANUAL")
        services.runs.launch(run)

        def finished() -> Any:
            with services.db.read() as tx:
                return tx.execute("SELECT * FROM runs WHERE finished_at IS NOT NULL").fetchone()

        row = wait_for(finished, lambda found: found is not None)
        assert row["status"] == "FAILED"
        assert "not installed" in row["message"]
    finally:
        services.stop()


def test_the_scheduler_starts_due_flows(platform: LocalPlatform, alice: Api) -> None:
    app = alice.create_app("cron")
    dataset = alice.create_dataset(app, "source")
    assert alice.upload(app, dataset, b"v\n1\n") == "SUCCESS"
    definition = json.loads(json.dumps(DEFINITION))
    definition["facets"][0]["arguments"]["dataset_id"] = dataset
    definition["facets"][1]["arguments"]["dataset_name"] = "scheduled-copy"
    schedule = {"name": "at :07", "start_time": "0", "end_time": "", "cron": "7 * * * *"}
    flow = alice.create_flow(app, "on-time", definition, schedule)
    scheduler = platform.services.scheduler
    next_hour = (int(time.time()) // 3600 + 1) * 3600
    assert flow not in _flow_ids_started(platform, scheduler.fire((next_hour + 6 * 60) // 60))
    started = scheduler.fire((next_hour + 7 * 60) // 60)
    assert flow in _flow_ids_started(platform, started)
    assert scheduler.fire((next_hour + 7 * 60) // 60) == []  # once per minute
    wait_for(lambda: _status(alice, app, flow), lambda answer: answer["status"] is False)
    assert _logs(alice, app, flow)[0]["status"] == "SUCCESS"
    alice.ok(alice.get("/component/get-dataset", project_id=app, name="scheduled-copy"))


def _flow_ids_started(platform: LocalPlatform, run_ids: list[str]) -> set[str]:
    with platform.services.db.read() as tx:
        return {
            row["pipeline_id"]
            for run_id in run_ids
            for row in tx.execute("SELECT pipeline_id FROM runs WHERE run_id = ?", (run_id,))
        }
