"""The two heartbeats our client sends when it is made carry the `user` and `api-key` headers, as
the published client's do (shared/reference/wire-capture-0.4.4.txt):

    GET /access/heartbeat HTTP/1.1
        headers: user: bob@example.com api-key: KEY123
    GET /search/heartbeat HTTP/1.1
        headers: user: bob@example.com api-key: KEY123

Recorded over real HTTP twice: by a recording server, which keeps each request line and header
as it arrives on the socket, and against the local platform, which must answer them (what httpx
sends there is seen through the client's request hook, as the client tests record it).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from ikigai import Ikigai
from ikigai.local import LocalPlatform

REFERENCE = Path(__file__).resolve().parents[2].parent / "shared" / "reference"
CAPTURE = REFERENCE / "wire-capture-0.4.4.txt"
USER, API_KEY = "bob@example.com", "KEY123"  # the capture's credentials
# What the capture shows: the heartbeats in this order, each with these headers (names as sent).
EXPECTED = [
    ("GET", "/access/heartbeat", {"user": USER, "api-key": API_KEY}),
    ("GET", "/search/heartbeat", {"user": USER, "api-key": API_KEY}),
]
CREDENTIALS = ("user", "api-key")


@dataclass
class Arrived:
    method: str
    path: str
    headers: list[tuple[str, str]]  # as received: names in the case they were sent

    def credentials(self) -> list[tuple[str, str]]:
        return sorted((n, v) for n, v in self.headers if n.lower() in CREDENTIALS)


class RecordingServer(ThreadingHTTPServer):
    """Answers every request 200 with a heartbeat's body, and keeps what arrived."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.arrived: list[Arrived] = []

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: RecordingServer

    def do_GET(self) -> None:
        self.server.arrived.append(Arrived(self.command, self.path, list(self.headers.items())))
        body = b'{"status": "ok"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: the test reads `arrived`


@pytest.fixture
def recording_server() -> Iterator[RecordingServer]:
    server = RecordingServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join()


def test_heartbeats_arrive_with_the_credentials_as_captured(
    recording_server: RecordingServer,
) -> None:
    client = Ikigai(user_email=USER, api_key=API_KEY, base_url=recording_server.base_url)
    client.close()
    heartbeats = [a for a in recording_server.arrived if a.path.endswith("/heartbeat")]
    assert [(a.method, a.path) for a in heartbeats] == [(m, p) for m, p, _ in EXPECTED]
    for arrived, (_, _, headers) in zip(heartbeats, EXPECTED, strict=True):
        # each header once, named as the capture names it, with the client's credentials
        assert arrived.credentials() == sorted(headers.items()), arrived.path


def test_heartbeats_to_the_local_platform_carry_the_users_credentials() -> None:
    sent: list[httpx.Request] = []
    with LocalPlatform() as platform:
        user = platform.default_user
        key = platform.api_key(user)
        client = Ikigai(
            user_email=user,
            api_key=key,
            base_url=platform.base_url,
            httpx_args={"event_hooks": {"request": [sent.append]}},
        )
        client.close()  # made: the platform answered both heartbeats
    heartbeats = [r for r in sent if r.url.path.endswith("/heartbeat")]
    assert [(r.method, r.url.path) for r in heartbeats] == [(m, p) for m, p, _ in EXPECTED]
    for request in heartbeats:
        names = [n.decode() for n, _ in request.headers.raw if n.decode().lower() in CREDENTIALS]
        assert sorted(names) == sorted(CREDENTIALS), request.url.path
        assert (request.headers["user"], request.headers["api-key"]) == (user, key)


def test_the_capture_shows_the_heartbeats_with_the_credentials() -> None:
    """EXPECTED is what the published client sends: the first requests of the capture."""
    if not CAPTURE.exists():
        pytest.skip(f"{CAPTURE} is absent")
    found = re.findall(
        r"^(GET|POST) (\S+) HTTP/1\.1\n\s+headers: (.*)$",
        CAPTURE.read_text(encoding="utf-8"),
        re.MULTILINE,
    )
    captured = [
        (method, path, dict(re.findall(r"(\S+): (\S+)", headers)))
        for method, path, headers in found
    ]
    assert captured[: len(EXPECTED)] == EXPECTED
    # and every heartbeat of the capture looks the same (the client is made twice)
    heartbeats = [c for c in captured if c[1].endswith("/heartbeat")]
    assert heartbeats == EXPECTED * (len(heartbeats) // len(EXPECTED))
