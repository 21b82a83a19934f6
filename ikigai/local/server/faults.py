"""Fault injection: a seeded fraction of requests fail the way real networks and servers do.

Each faulty request gets one of:

* a 503 with `Retry-After` (whole seconds), `retry-after-ms` and `x-should-retry: true`;
* a dropped connection: the response starts, then the connection closes (a presigned download
  is served, and its body cut off partway: the client must resume it);
* a slow answer: the request is served normally after a delay.

Every fault is decided and applied BEFORE the operation's handler runs, and the 503 and the
dropped connection never run it at all (but for downloads, which only read), so a faulty
request changes nothing on the platform.
The 503 says so with `x-should-retry: true`, which lets a client repeat even a POST. A slow
answer does run the handler, after the delay: a client whose timeout is shorter than the delay
sees a timeout for a request that was applied, as with any slow server (the client does not
repeat a POST after a read timeout). A dropped connection is never injected on a POST: a client
cannot tell a POST dropped before the handler from one dropped after it, so it must not repeat
one, and the fault would only test that the client gives up. Heartbeats are never faulty (a
client checks the base URL with them); part PUTs and downloads are. Seeded, so a run is
reproducible in the sequence of faults it draws (which requests get them also depends on the
order requests arrive in). `INJECTED` counts the faults of every injector in the process.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import random
import threading
from collections import Counter

from starlette.types import ASGIApp, Message, Receive, Scope, Send

_KINDS = ("unavailable", "dropped", "slow")
_POST_KINDS = ("unavailable", "slow")
_NEVER = frozenset({"/access/heartbeat", "/search/heartbeat"})
_FILES = "/_download/"  # presigned downloads: reads only, so they can be cut off midway

INJECTED: Counter[str] = Counter()


class DroppedConnection(Exception):
    """Raised on purpose to make the server close the connection mid-response."""


class _QuietDrops(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], DroppedConnection))


class FaultInjector:
    def __init__(self, app: ASGIApp, rate: float, seed: int, slow_seconds: float = 1.5) -> None:
        self._app = app
        self._rate = rate
        self._random = random.Random(seed)
        self._lock = threading.Lock()
        self._slow_seconds = slow_seconds
        logging.getLogger("uvicorn.error").addFilter(_QuietDrops())

    def _draw(self, scope: Scope) -> tuple[str | None, float]:
        """The fault for this request (None: none), and where to cut a GET's body (a
        fraction of its length)."""
        if scope["type"] != "http" or self._rate <= 0 or scope["path"] in _NEVER:
            return None, 0.0
        with self._lock:
            if self._random.random() >= self._rate:
                return None, 0.0
            kind = self._random.choice(_POST_KINDS if scope["method"] == "POST" else _KINDS)
            INJECTED[kind] += 1
            return kind, self._random.random()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        fault, cut = self._draw(scope)
        if fault == "unavailable":
            body = json.dumps(
                {"message": "Injected fault: the service is unavailable; nothing was changed"}
            ).encode()
            after = max(self._slow_seconds, 0.0)
            await send(
                {
                    "type": "http.response.start",
                    "status": 503,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"retry-after", str(max(1, math.ceil(after))).encode()),
                        (b"retry-after-ms", str(round(after * 1000)).encode()),
                        (b"x-should-retry", b"true"),
                        (b"content-length", str(len(body)).encode()),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return
        if fault == "dropped" and scope["method"] == "GET" and scope["path"].startswith(_FILES):
            cutting = _CutOff(send, cut)
            await self._app(scope, receive, cutting.send)
            if cutting.cut:
                raise DroppedConnection("injected fault: connection dropped mid-body")
            return
        if fault == "dropped":
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", b"64")],
                }
            )
            raise DroppedConnection("injected fault: connection dropped")
        if fault == "slow":
            await asyncio.sleep(self._slow_seconds)
        await self._app(scope, receive, send)


class _CutOff:
    """A `send` that passes the answer on until `fraction` of its body has gone out, and then
    nothing more (the connection is dropped once the app is done)."""

    def __init__(self, send: Send, fraction: float) -> None:
        self._send = send
        self._fraction = fraction
        self._left = 0
        self.cut = False

    async def send(self, message: Message) -> None:
        if self.cut:
            return
        if message["type"] == "http.response.start":
            length = dict(message.get("headers", [])).get(b"content-length", b"0")
            self._left = int(int(length) * self._fraction) if length.isdigit() else 0
        elif message["type"] == "http.response.body":
            body: bytes = message.get("body", b"")
            if len(body) >= self._left:
                message = {
                    "type": "http.response.body",
                    "body": body[: self._left],
                    "more_body": True,
                }
                self.cut = True
            else:
                self._left -= len(body)
        await self._send(message)
