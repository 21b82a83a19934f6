"""Turning what an engine reports (numpy scalars, NaN, tuples) into plain JSON values."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any, cast


def json_safe(value: object) -> Any:
    if isinstance(value, Mapping):
        mapping = cast("Mapping[object, object]", value)
        return {str(key): json_safe(item) for key, item in mapping.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [json_safe(item) for item in cast("Iterable[object]", value)]
    if isinstance(value, bool | int | str) or value is None:
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    item = getattr(value, "item", None)
    if callable(item):
        return json_safe(item())
    return str(value)
