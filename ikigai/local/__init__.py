"""The local Ikigai platform: a real server speaking the platform's HTTP protocol, offline.

Needs the `local` extra (`pip install "ikigai[local]"`). `LocalPlatform` is imported on first
use, so the engine's modules (and `run_context`) import without the server stack.
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
