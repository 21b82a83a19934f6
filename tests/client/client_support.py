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


# ---- small catalog entries, for specs the catalog has no example of ---------------------------


def argument(name: str, kind: str = "TEXT", **extra: Any) -> dict[str, Any]:
    """An argument spec in the wire's shape, with the defaults the tests leave out."""
    spec: dict[str, Any] = {
        "name": name,
        "argument_type": kind,
        "is_required": False,
        "is_list": False,
        "is_hidden": False,
        "is_deprecated": False,
        "have_sub_arguments": False,
        "children": {},
    }
    spec.update(extra)
    return spec


def facet(
    uid: str, facet_type: str, chain: str, arguments: list[Any], group: str = "G", **extra: Any
) -> Any:
    """A facet spec in the wire's shape, with the defaults the tests leave out."""
    spec: dict[str, Any] = {
        "facet_info": {
            "facet_uid": uid,
            "chain_group": chain,
            "facet_group": group,
            "facet_type": facet_type,
        },
        "is_deprecated": False,
        "is_hidden": False,
        "facet_requirement": {
            "max_child_count": 1,
            "min_child_count": 0,
            "max_parent_count": 1,
            "min_parent_count": 0,
        },
        "facet_arguments": arguments,
        "in_arrow_arguments": [],
        "out_arrow_arguments": [],
    }
    spec.update(extra)
    return spec
