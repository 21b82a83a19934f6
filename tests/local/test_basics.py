"""Transport-level behaviour: auth, paths, query spellings, and every kind of bad input."""

from __future__ import annotations

import http.client
import socket
from urllib.parse import urlsplit

import httpx
import pytest

from ikigai.local import LocalPlatform
from ikigai.local.server.listener import base_url, open_listener
from ikigai.local.server.openapi import load_spec, operations

from .support import Api, error_of


def _raw(
    platform: LocalPlatform, method: str, path: str, headers: dict[str, str]
) -> tuple[int, bytes]:
    """A request with the path exactly as given (httpx would normalise `//`)."""
    url = urlsplit(platform.base_url)
    connection = http.client.HTTPConnection(url.hostname or "", url.port)
    try:
        connection.request(method, path, headers=headers)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def test_every_operation_of_the_spec_has_a_route(platform: LocalPlatform) -> None:
    ops = operations(load_spec())
    assert len(ops) == 67
    for op in ops:
        response = httpx.request(op.method, platform.base_url + op.path)
        # Heartbeats answer; everything else asks for credentials - never 404 or 405.
        assert response.status_code == (200 if op.public else 401), op.path


def test_heartbeats_need_no_credentials(platform: LocalPlatform) -> None:
    for path in ("/search/heartbeat", "/access/heartbeat"):
        assert httpx.get(platform.base_url + path).status_code == 200


def test_missing_credentials_are_refused(platform: LocalPlatform, alice: Api) -> None:
    response = httpx.get(platform.base_url + "/component/get-projects-for-user?fetch_all=True")
    assert error_of(response, 401) == "Missing Authentication Token"
    response = httpx.get(
        platform.base_url + "/component/get-projects-for-user?fetch_all=True",
        headers={"user": alice.email, "api-key": "not-the-key"},
    )
    error_of(response, 401)
    response = httpx.get(
        platform.base_url + "/component/get-projects-for-user?fetch_all=True",
        headers={"user": "stranger@example.com", "api-key": "whatever"},
    )
    error_of(response, 401)


def test_repeated_slashes_are_collapsed(platform: LocalPlatform, alice: Api) -> None:
    key = alice.http.headers["api-key"]
    status, _ = _raw(platform, "GET", "//search/heartbeat", {})
    assert status == 200
    status, body = _raw(
        platform,
        "GET",
        "//component/get-projects-for-user?fetch_all=True",
        {"user": alice.email, "api-key": key},
    )
    assert status == 200, body


@pytest.mark.parametrize("spelling", ["True", "true"])
def test_booleans_accept_both_spellings(alice: Api, spelling: str) -> None:
    alice.ok(alice.get("/component/get-projects-for-user", fetch_all=spelling))


@pytest.mark.parametrize("spelling", ["1", "yes", "TRUE", ""])
def test_other_boolean_spellings_are_refused(alice: Api, spelling: str) -> None:
    message = error_of(alice.get("/component/get-projects-for-user", fetch_all=spelling), 400)
    assert "fetch_all" in message


def test_integers_must_parse(alice: Api) -> None:
    app = alice.create_app("ints")
    dataset = alice.create_dataset(app, "d")
    response = alice.get(
        "/component/get-dataset-log", dataset_id=dataset, project_id=app, limit="five"
    )
    assert "limit" in error_of(response, 400)
    response = alice.get("/component/get-dataset-log", dataset_id=dataset, project_id=app, limit=0)
    assert "limit" in error_of(response, 400)


def test_a_query_must_fit_one_mode(alice: Api) -> None:
    message = error_of(alice.get("/component/get-projects-for-user", fetch_all=False), 400)
    assert "directory_id" in message
    assert "project_id" in error_of(alice.get("/component/get-dataset"), 400)


def test_unknown_paths_and_wrong_methods(platform: LocalPlatform, alice: Api) -> None:
    error_of(alice.get("/component/no-such-thing"), 404)
    error_of(alice.http.delete("/component/get-project"), 405)
    error_of(alice.post("/component/get-project", {}), 405)


def test_malformed_json_is_refused(alice: Api) -> None:
    for content in (b"{", b"", b"NaN", b'{"project": NaN}', b"[" * 5000 + b"]" * 5000):
        response = alice.http.post(
            "/component/create-project",
            content=content,
            headers={"Content-Type": "application/json"},
        )
        error_of(response, 400)


def test_lone_surrogates_are_refused(alice: Api) -> None:
    body = b'{"project": {"name": "\\ud800", "description": "", "directory": {}}}'
    response = alice.http.post(
        "/component/create-project", content=body, headers={"Content-Type": "application/json"}
    )
    error_of(response, 400)


def test_json_must_be_declared(alice: Api) -> None:
    response = alice.http.post(
        "/component/create-project",
        content=b'{"project": {"name": "x", "description": "", "directory": {}}}',
        headers={"Content-Type": "text/plain"},
    )
    assert "application/json" in error_of(response, 415)


def test_missing_keys_and_wrong_types_name_the_field(alice: Api) -> None:
    message = error_of(alice.post("/component/create-project", {"project": {"name": "x"}}), 400)
    assert "body.project" in message
    assert "required" in message
    body = {"project": {"name": 5, "description": "", "directory": {}}}
    message = error_of(alice.post("/component/create-project", body), 400)
    assert "body.project.name" in message
    assert "string" in message
    body = {
        "project": {"project_id": "x"},
        "user": {"email": "a@example.com", "project_access_level": "KING"},
    }
    message = error_of(alice.post("/component/share-project", body), 400)
    assert "project_access_level" in message
    assert "VIEWER" in message


def test_oversize_bodies_are_refused(platform: LocalPlatform, alice: Api) -> None:
    limit = platform.services.settings.max_body_bytes
    body = b'{"project": {"name": "' + b"x" * limit + b'", "description": "", "directory": {}}}'
    response = alice.http.post(
        "/component/create-project", content=body, headers={"Content-Type": "application/json"}
    )
    error_of(response, 413)
    projects = alice.ok(alice.get("/component/get-projects-for-user", fetch_all=True))
    assert projects["projects"] == []


def test_unknown_ids_are_not_found(alice: Api) -> None:
    error_of(alice.get("/component/get-project", project_id="nope"), 404)
    app = alice.create_app("known")
    error_of(alice.get("/component/get-dataset", project_id=app, dataset_id="nope"), 404)
    error_of(alice.get("/component/get-pipeline", pipeline_id="nope"), 404)
    error_of(alice.get("/component/get-model", project_id=app, model_id="nope"), 404)
    error_of(alice.get("/component/get-model-version", project_id=app, version_id="nope"), 404)
    body = {"dataset": {"project_id": app, "dataset_id": "nope"}}
    error_of(alice.post("/component/delete-dataset", body), 404)


def test_failed_requests_write_nothing(alice: Api) -> None:
    app = alice.create_app("atomic")
    bad_schedule = {"name": "s", "start_time": "1", "end_time": "", "cron": "61 * * * *"}
    body = {
        "pipeline": {
            "project_id": app,
            "name": "f",
            "directory": {},
            "high_volume_preference": False,
            "definition": {"facets": [], "arrows": []},
            "schedule": bad_schedule,
        }
    }
    assert "cron" in error_of(alice.post("/component/create-pipeline", body), 400)
    missing_directory = {"directory_id": "nope", "type": "DATASET", "name": "x"}
    body = {"dataset": {"project_id": app, "name": "d", "directory": missing_directory}}
    error_of(alice.post("/component/create-dataset", body), 404)
    body = {
        "dataset": {
            "project_id": app,
            "name": "d",
            "directory": {"directory_id": "nope", "type": "MODEL", "name": "x"},
        }
    }
    assert "type" in error_of(alice.post("/component/create-dataset", body), 400)
    pipelines = alice.ok(
        alice.get("/component/get-pipelines-for-project", project_id=app, fetch_all=True)
    )
    datasets = alice.ok(
        alice.get("/component/get-datasets-for-project", project_id=app, fetch_all=True)
    )
    assert pipelines["pipelines"] == []
    assert datasets["datasets"] == []


def test_names_are_unique_where_they_are_looked_up(alice: Api) -> None:
    alice.create_app("twice")
    body = {"project": {"name": "twice", "description": "", "directory": {}}}
    error_of(alice.post("/component/create-project", body), 409)


def test_the_listener_says_tcp_so_that_asyncio_turns_nagle_off() -> None:
    # asyncio sets TCP_NODELAY only on sockets whose proto is IPPROTO_TCP; with Nagle on, every
    # answer waited ~40 ms for a delayed ACK.
    listener = open_listener("127.0.0.1", 0)
    try:
        assert listener.proto == socket.IPPROTO_TCP
        assert base_url("127.0.0.1", listener) == f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        listener.close()
