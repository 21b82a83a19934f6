"""Narrowing loosely typed values (parsed JSON or YAML, typed `Any` by their parsers) to typed
containers, in one place for the server and the engine.

`isinstance(value, dict)` alone leaves the item types unknown to a strict type checker; these
helpers do the check and state what a JSON document holds.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast


def as_mapping(value: object) -> Mapping[str, Any] | None:
    """`value` as a JSON object, or None when it is not one."""
    return cast("Mapping[str, Any]", value) if isinstance(value, Mapping) else None


def as_list(value: object) -> list[Any] | None:
    """`value` as a JSON array, or None when it is not one."""
    if not isinstance(value, list):
        return None
    items: list[Any] = cast(Any, value)  # mypy reads `value` as list[Any], pyright as list[Unknown]
    return items


def as_texts(value: object) -> list[str]:
    """The items of a JSON array as text (none when `value` is not an array)."""
    return [str(item) for item in as_list(value) or []]
