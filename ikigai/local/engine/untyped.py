"""Typed access to loosely typed values: JSON from definitions, and untyped libraries.

Flow definitions arrive as JSON, so `object` values are narrowed here to `Mapping[str, Any]` and
`list[Any]` in one place. scikit-learn and pyarrow ship no type information; importing their
modules through `library` gives the engine explicitly `Any`-typed handles, so strict mypy and
pyright check the rest of the engine without per-module configuration. Values that come back
from them are narrowed where they are used (`numpy.asarray`, `float()`, the protocols in
`models.estimators`).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any, cast


def as_mapping(value: object) -> Mapping[str, Any] | None:
    """`value` as a JSON object, or None when it is not one."""
    return cast("Mapping[str, Any]", value) if isinstance(value, Mapping) else None


def as_list(value: object) -> list[Any] | None:
    """`value` as a JSON array, or None when it is not one."""
    if not isinstance(value, list):
        return None
    items: list[Any] = cast(Any, value)
    return items


def as_texts(value: object) -> list[str]:
    """The items of a JSON array as text (none when `value` is not an array)."""
    return [str(item) for item in as_list(value) or []]


def library(name: str) -> Any:
    """An untyped library module (e.g. `sklearn.linear_model`), imported on first use."""
    return importlib.import_module(name)
