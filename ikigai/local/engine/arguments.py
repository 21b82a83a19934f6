"""Checking argument values against their specs, and filling in defaults.

The rules follow the client's own checks (wire reference §6.1): unknown names are rejected;
`None` is allowed unless the argument is required; list arguments take lists whose items are
checked one by one; MAP arguments take objects whose keys are among the spec's children (a MAP
without children is free-form); scalars must be among the options when there are options.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from ikigai.local.engine.catalog import ArgSpec
from ikigai.local.narrowing import as_list, as_mapping

_SCALAR_TYPES: dict[str, tuple[type, ...]] = {
    "BOOLEAN": (bool,),
    "TEXT": (str,),
    "NUMBER": (int, float),
}


def _type_name(value: Any) -> str:
    return type(value).__name__


def _scalar_problem(where: str, spec: ArgSpec, value: Any) -> str | None:
    if spec.kind == "MAP":
        entries = as_mapping(value)
        if entries is None:
            return f"{where} must be an object, not {_type_name(value)}"
        if spec.children:
            problems = check_values(entries, spec.children, where=f"{where}.")
            return "; ".join(problems) if problems else None
        return None
    expected = _SCALAR_TYPES.get(spec.kind, ())
    if (isinstance(value, bool) and spec.kind != "BOOLEAN") or not isinstance(value, expected):
        return f"{where} must be {spec.kind}, not {_type_name(value)} {value!r}"
    if spec.options and value not in spec.options:
        allowed = ", ".join(str(option) for option in spec.options)
        return f"{where} is {value!r}, which is not one of the options ({allowed})"
    return None


def check_value(where: str, spec: ArgSpec, value: Any) -> str | None:
    """What is wrong with `value` for `spec`, or None."""
    if value is None:
        return f"{where} is required and may not be null" if spec.is_required else None
    if not spec.is_list:
        return _scalar_problem(where, spec, value)
    items = as_list(value)
    if items is None:
        return f"{where} must be a list, not {_type_name(value)}"
    for index, item in enumerate(items):
        problem = _scalar_problem(f"{where}[{index}]", spec, item)
        if problem:
            return problem
    return None


def check_values(
    values: Mapping[str, Any], specs: Mapping[str, ArgSpec], *, where: str = ""
) -> list[str]:
    """Every problem with `values` against `specs` (unknown, missing, mistyped), in order."""
    problems = [
        f"unknown argument {where}{name!r} (allowed: {', '.join(specs) or 'none'})"
        for name in values
        if name not in specs
    ]
    for name, spec in specs.items():
        if name not in values:
            if spec.is_required:
                problems.append(f"missing required argument {where}{name!r}")
            continue
        problem = check_value(f"{where}{name}", spec, values[name])
        if problem:
            problems.append(problem)
    return problems


def with_defaults(values: Mapping[str, Any], specs: Mapping[str, ArgSpec]) -> dict[str, Any]:
    """`values` with every absent (or null) argument set to a copy of its spec default."""
    merged = {name: copy.deepcopy(spec.default) for name, spec in specs.items()}
    merged.update({name: value for name, value in values.items() if value is not None})
    return merged
