"""Helpers shared by the client's tests (a module, so that tests can import them)."""

from __future__ import annotations

import json
from typing import Any

import httpx


class Recorder:
    """Every request the client sends (API calls and presigned URLs), as httpx sees it."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def record(self, request: httpx.Request) -> None:
        self.requests.append(request)

    def clear(self) -> None:
        self.requests.clear()

    def operations(self) -> list[str]:
        """`METHOD /path` of each API request (presigned URLs left out)."""
        return [
            f"{request.method} {request.url.path}"
            for request in self.requests
            if request.url.path.startswith(("/component/", "/search/", "/access/"))
        ]

    def queries(self) -> list[list[tuple[str, str]]]:
        return [request.url.params.multi_items() for request in self.requests]

    def bodies(self, path: str) -> list[Any]:
        """The JSON bodies sent to `path`."""
        return [
            json.loads(request.content)
            for request in self.requests
            if request.url.path == path and request.content
        ]
