"""Serving the API with uvicorn: on a background thread (`LocalPlatform`), or in the
foreground until interrupted (`ikigai local serve`)."""

from __future__ import annotations

import socket
import threading
import time

import uvicorn

from ikigai.local.server.app import build_app
from ikigai.local.services import Services

_START_SECONDS = 30


class BackgroundServer:
    """The API on `listener`, served by a daemon thread."""

    def __init__(self, services: Services, listener: socket.socket) -> None:
        config = uvicorn.Config(
            build_app(services),
            log_level="warning",
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=5,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [listener]},
            name="ikigai-local-server",
            daemon=True,
        )

    def start(self) -> bool:
        """Start serving; False when the server did not come up in time (or stopped)."""
        self._thread.start()
        deadline = time.monotonic() + _START_SECONDS
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                return False
            time.sleep(0.01)
        return True

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout=30)


def serve(services: Services, listener: socket.socket) -> None:
    """Serve the API on `listener` in this thread until interrupted (Ctrl+C)."""
    config = uvicorn.Config(build_app(services), log_level="warning", lifespan="off")
    uvicorn.Server(config).run(sockets=[listener])
