"""Narrowing parsed JSON (or YAML) values, typed `Any` by their parsers, to typed containers.

`isinstance(value, dict)` alone leaves the item types unknown to a strict type checker; these
helpers do the check and state what a JSON document holds, in one place.
"""

from __future__ import annotations

from typing import Any, cast


def as_object(value: object) -> dict[str, Any] | None:
    """`value` as a JSON object, or None when it is not one."""
    return cast("dict[str, Any]", value) if isinstance(value, dict) else None


def as_array(value: object) -> list[Any] | None:
    """`value` as a JSON array, or None when it is not one."""
    if not isinstance(value, list):
        return None
    items: list[Any] = cast(Any, value)  # mypy reads `value` as list[Any], pyright as list[Unknown]
    return items
