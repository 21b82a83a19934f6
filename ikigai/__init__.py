"""A typed Python client for the Ikigai data platform.

    from ikigai import Ikigai
    ikigai = Ikigai(user_email="bob@example.com", api_key="...")

The client layer is imported on first use, so that `ikigai.local` (the local platform) does not
load it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from ikigai._retry import request_options
    from ikigai.client import Ikigai
    from ikigai.components.flow import FlowStatus, FlowStatusReport, RunLog, Schedule

__all__ = [
    "FlowStatus",
    "FlowStatusReport",
    "Ikigai",
    "RunLog",
    "Schedule",
    "__version__",
    "request_options",
]

_LAZY = {
    "Ikigai": "ikigai.client",
    "FlowStatus": "ikigai.components.flow",
    "FlowStatusReport": "ikigai.components.flow",
    "RunLog": "ikigai.components.flow",
    "Schedule": "ikigai.components.flow",
    "request_options": "ikigai._retry",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'ikigai' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
