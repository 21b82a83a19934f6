"""Fault injection: a seeded fraction of requests fail the way real networks and servers do.

Each faulty request gets one of:

* a 503 with `Retry-After` (whole seconds), `retry-after-ms` and `x-should-retry: true`;
* a dropped connection: the response starts, then the connection closes;
* a slow answer: the request is served normally after a delay.

Every fault is decided and applied BEFORE the operation's handler runs, and the 503 and the
dropped connection never run it at all, so a faulty request changes nothing on the platform.
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

from starlette.types import ASGIApp, Receive, Scope, Send

_KINDS = ("unavailable", "dropped", "slow")
_POST_KINDS = ("unavailable", "slow")
_NEVER = frozenset({"/access/heartbeat", "/search/heartbeat"})

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

    def _draw(self, scope: Scope) -> str | None:
        if scope["type"] != "http" or self._rate <= 0 or scope["path"] in _NEVER:
            return None
        with self._lock:
            if self._random.random() >= self._rate:
                return None
            kind = self._random.choice(_POST_KINDS if scope["method"] == "POST" else _KINDS)
            INJECTED[kind] += 1
            return kind

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        fault = self._draw(scope)
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
