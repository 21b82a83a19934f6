"""The retry rules, against a scripted transport: what is repeated, how often, how long apart."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable, Iterator

import httpx
import pytest

from ikigai import request_options
from ikigai._retry import RetryingTransport, RetryPolicy

from .support import FIGURES

Answer = Callable[[httpx.Request], httpx.Response]


class Script(httpx.BaseTransport):
    """Answers from a list: a status code, or an exception to raise."""

    def __init__(self, *steps: int | Exception | httpx.Response) -> None:
        self.steps = list(steps)
        self.seen: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
        if isinstance(step, Exception):
            raise step
        if isinstance(step, httpx.Response):
            return step
        return httpx.Response(step, json={"message": f"status {step}"})


def _client(script: Script, retries: int = 3) -> tuple[httpx.Client, list[float]]:
    waits: list[float] = []
    transport = RetryingTransport(script, RetryPolicy(max_retries=retries), sleep=waits.append)
    return httpx.Client(transport=transport, base_url="http://platform.test"), waits


@pytest.fixture(autouse=True)
def _count() -> Iterator[None]:
    """Scripted retries are counted apart from the retries against a faulty platform."""
    before = FIGURES["retries made"]
    yield
    FIGURES["retry rules checked"] += 1
    FIGURES["scripted retries"] += FIGURES["retries made"] - before
    FIGURES["retries made"] = before


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_gets_and_puts_are_retried_on_transient_statuses(status: int) -> None:
    for method in ("GET", "PUT"):
        script = Script(status, status, 200)
        client, waits = _client(script)
        assert client.request(method, "/x", content=b"body").status_code == 200
        assert len(script.seen) == 3
        assert [request.content for request in script.seen] == [b"body"] * 3
        assert len(waits) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_other_errors_are_not_retried(status: int) -> None:
    script = Script(status, 200)
    client, _ = _client(script)
    assert client.get("/x").status_code == status
    assert len(script.seen) == 1


def test_a_post_is_not_retried_once_it_may_have_arrived() -> None:
    for step in (503, httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("dropped")):
        script = Script(step, 200)
        client, _ = _client(script)
        if isinstance(step, int):
            assert client.post("/x", json={}).status_code == 503
        else:
            with pytest.raises(type(step)):
                client.post("/x", json={})
        assert len(script.seen) == 1, step


def test_a_post_is_retried_when_it_never_left_or_the_server_says_so() -> None:
    for step in (httpx.ConnectError("refused"), httpx.ConnectTimeout("no route")):
        script = Script(step, 200)
        client, _ = _client(script)
        assert client.post("/x", json={"a": 1}).status_code == 200
        assert len(script.seen) == 2
    told = httpx.Response(503, headers={"x-should-retry": "true"})
    script = Script(told, 200)
    client, _ = _client(script)
    assert client.post("/x", json={}).status_code == 200
    forbidden = httpx.Response(503, headers={"x-should-retry": "false"})
    script = Script(forbidden, 200)
    client, _ = _client(script)
    assert client.get("/x").status_code == 503


def test_retries_stop_at_max_retries_and_per_call_options() -> None:
    script = Script(503)
    client, waits = _client(script, retries=2)
    assert client.get("/x").status_code == 503
    assert len(script.seen) == 3
    with request_options(max_retries=0):
        client.get("/x")
    assert len(script.seen) == 4
    with request_options(timeout=1.5, max_retries=5):
        client.get("/x")
    assert len(script.seen) == 10
    assert script.seen[-1].extensions["timeout"]["read"] == 1.5
    assert len(waits) == 2 + 5
    with pytest.raises(ValueError, match="max_retries"):
        request_options(max_retries=-1).__enter__()


def test_backoff_is_exponential_with_jitter_and_honours_retry_after() -> None:
    policy = RetryPolicy()
    for retry, full in enumerate([0.5, 1.0, 2.0, 4.0, 8.0, 8.0]):
        for _ in range(20):
            assert 0.75 * full <= policy.delay(retry) <= full
    assert policy.delay(0, httpx.Headers({"retry-after": "3"})) == 3.0
    assert policy.delay(0, httpx.Headers({"retry-after-ms": "250", "retry-after": "9"})) == 0.25
    later = email.utils.formatdate(time.time() + 5, usegmt=True)
    assert 3.5 < policy.delay(0, httpx.Headers({"retry-after": later})) <= 5.0
    assert policy.delay(0, httpx.Headers({"retry-after": "3600"})) <= 0.5  # too long: ignored
    script = Script(httpx.Response(429, headers={"retry-after": "2"}), 200)
    client, waits = _client(script)
    assert client.get("/x").status_code == 200
    assert waits == [2.0]


def test_a_body_dropped_midway_is_fetched_again_and_streams_are_not_resent() -> None:
    def broken() -> Iterator[bytes]:
        yield b"part"
        raise httpx.RemoteProtocolError("peer closed connection")

    script = Script(httpx.Response(200, content=broken()), httpx.Response(200, content=b"all"))
    client, _ = _client(script)
    assert client.get("/download").content == b"all"
    script = Script(503, 200)
    client, _ = _client(script)
    assert client.put("/x", content=iter([b"a", b"b"])).status_code == 503
    assert len(script.seen) == 1
