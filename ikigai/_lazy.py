"""Names a package imports on first use, so that importing it stays light (pandas, pyarrow and
the generated models load only when a transfer or a call needs them)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_attributes"]


def lazy_attributes(package: str, where: Mapping[str, str]) -> Callable[[str], Any]:
    """A module `__getattr__` for `package`: each name of `where` is imported from its module
    the first time it is asked for. A module is named relative to the package ("._download")
    or absolutely; "module:other" gives that module's `other` under the name."""

    def __getattr__(name: str) -> Any:
        found = where.get(name)
        if found is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module, _, attribute = found.partition(":")
        value = getattr(importlib.import_module(module, package), attribute or name)
        setattr(sys.modules[package], name, value)  # later lookups find it without this hook
        return value

    return __getattr__
