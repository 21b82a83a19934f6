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
    from ikigai.components.app import AppAccessLevel
    from ikigai.components.custom_facet import CustomFacetAccessLevel
    from ikigai.components.flow import FlowStatus, FlowStatusReport, RunLog, Schedule

__all__ = [
    "AppAccessLevel",
    "CustomFacetAccessLevel",
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
    "AppAccessLevel": "ikigai.components.app",
    "CustomFacetAccessLevel": "ikigai.components.custom_facet",
    "FlowStatus": "ikigai.components.flow",
    "FlowStatusReport": "ikigai.components.flow",
    "RunLog": "ikigai.components.flow",
    "Schedule": "ikigai.components.flow",
    "request_options": "ikigai._retry",
}


_SUBPACKAGES = frozenset({"builders", "components", "errors", "specs", "typing", "utils"})
"""Public subpackages that `ikigai.<name>` imports on first use, as `import ikigai.<name>`."""


def __getattr__(name: str) -> Any:
    if name in _SUBPACKAGES:
        return importlib.import_module(f"ikigai.{name}")
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'ikigai' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
