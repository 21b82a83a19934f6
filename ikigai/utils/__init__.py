"""The published client's `ikigai.utils`: its enums (`ikigai.utils.enums`), and `MISSING`
(`ikigai.utils.missing`).

The enums load when first asked for: they come from the components' modules, which a client
that only needs `MISSING` (every client does) should not import.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ikigai.utils.enums import *  # noqa: F403

_SUBMODULES = ("enums", "missing")


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        value: Any = importlib.import_module(f"{__name__}.{name}")
    else:
        enums = importlib.import_module(f"{__name__}.enums")
        if name == "__all__":
            value = list(enums.__all__)
        elif name in enums.__all__:
            value = getattr(enums, name)
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value  # later lookups find it without this hook
    return value


def __dir__() -> list[str]:
    """What the package gives, loaded or not (`dir()` and completion see every name)."""
    names: list[str] = globals().get("__all__") or __getattr__("__all__")
    return sorted({*globals(), *names, *_SUBMODULES})
