"""Fault injection: a seeded fraction of requests fail the way real networks and servers do.

Each faulty request gets one of: a 503 with `Retry-After` (the handler never runs), a dropped
connection (the response starts, then the connection closes; the handler never runs), or a
slow answer (the request is served normally after a delay). Seeded, so a test run is
reproducible in the sequence of faults it sees.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import threading

from starlette.types import ASGIApp, Receive, Scope, Send

_KINDS = ("unavailable", "dropped", "slow")


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

    def _draw(self) -> str | None:
        with self._lock:
            if self._random.random() >= self._rate:
                return None
            return self._random.choice(_KINDS)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        fault = self._draw() if scope["type"] == "http" and self._rate > 0 else None
        if fault == "unavailable":
            body = json.dumps({"message": "Injected fault: the service is unavailable"}).encode()
            await send(
                {
                    "type": "http.response.start",
                    "status": 503,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"retry-after", b"1"),
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
