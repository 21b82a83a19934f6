"""The local Ikigai platform: a real server speaking the platform's HTTP protocol, offline.

Needs the `local` extra (`pip install "ikigai[local]"`). `LocalPlatform` is imported on first
use, so the engine's modules (and `engine_contract`) import without the server stack.

Its layers, top down (the `local-*` contracts of `pyproject.toml` check the arrows):

    platform, cli     what starts the platform: `LocalPlatform`, `ikigai local ...`
    server/           the HTTP edge: routes, validation against the OpenAPI description
                      (`server.openapi`), refusals as statuses (`server.http_errors`)
    handlers/         one function per operation; they refuse with `errors`
    services          everything a running platform holds
    scheduling/, runs/, transfer/
                      scheduled runs and housekeeping; flow runs; uploads and downloads
    store/            the only code that runs SQL (SQLite) and lays out files, a module a noun
    engine/, sandbox/ the flow engine, met only through `engine_contract`; user code's sandbox
    catalog/          the facet and model catalogs (`catalog.provider`: as handlers use them)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ikigai.local.platform import LocalPlatform

__all__ = ["LocalPlatform"]


def __getattr__(name: str) -> Any:
    if name == "LocalPlatform":
        from ikigai.local.platform import LocalPlatform

        return LocalPlatform
    raise AttributeError(f"module 'ikigai.local' has no attribute {name!r}")
