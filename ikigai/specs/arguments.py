"""Argument specs (of facet types, model parameters, model hyperparameters) and value checks.

The platform describes every argument the same way: a type (`MAP`, `BOOLEAN`, `TEXT`, `NUMBER`),
whether it is a list, required, hidden, its allowed values and, for `MAP`, its allowed keys. The
checks here run in the builders before anything is sent. `check_finite` is the one check that
every number a user hands the client for a JSON body goes through: the platform holds finite
numbers only (JSON has no NaN or infinity).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ikigai._names import did_you_mean
from ikigai.errors import ArgumentTypeError, InvalidArgumentError
from ikigai_wire.models.argument_spec import ArgumentSpec as WireArgumentSpec
from ikigai_wire.models.hyperparameter_spec import HyperparameterSpec as WireHyperparameterSpec
from ikigai_wire.models.parameter_spec import ParameterSpec as WireParameterSpec
from ikigai_wire.types import Unset

__all__ = ["ArgumentSpec", "Scalar", "check_arguments", "check_finite", "check_value"]

Scalar = bool | int | float | str

_PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "BOOLEAN": (bool,),
    "TEXT": (str,),
    "NUMBER": (int, float),
}


@dataclass(frozen=True)
class ArgumentSpec:
    """One argument: its name, type and what values it takes."""

    name: str
    argument_type: str
    is_required: bool = False
    is_list: bool = False
    is_hidden: bool = False
    is_deprecated: bool = False
    children: Mapping[str, ArgumentSpec] = field(default_factory=dict[str, "ArgumentSpec"])
    default_value: Any = None
    options: tuple[Scalar, ...] = ()
    group: str | None = None
    """For a hyperparameter: the facet argument it is folded into (None: `hyperparameters`)."""

    @property
    def type_text(self) -> str:
        """`TEXT`, or `list[TEXT]` for a list."""
        return f"list[{self.argument_type}]" if self.is_list else self.argument_type

    @property
    def is_scalar(self) -> bool:
        """Whether the value is one BOOLEAN, TEXT or NUMBER (what a run variable can set)."""
        return not self.is_list and self.argument_type != "MAP"

    @classmethod
    def from_facet_wire(cls, wire: WireArgumentSpec) -> ArgumentSpec:
        return cls(
            argument_type=str(wire.argument_type),
            children={
                name: cls.from_facet_wire(child)
                for name, child in wire.children.additional_properties.items()
            },
            **_common(wire),
        )

    @classmethod
    def from_parameter_wire(cls, wire: WireParameterSpec) -> ArgumentSpec:
        return cls(argument_type=str(wire.parameter_type), **_common(wire))

    @classmethod
    def from_hyperparameter_wire(cls, wire: WireHyperparameterSpec) -> ArgumentSpec:
        return cls(
            argument_type=str(wire.hyperparameter_type),
            children={
                name: cls.from_hyperparameter_wire(child)
                for name, child in wire.children.additional_properties.items()
            },
            group=wire.hyperparameter_group,
            **_common(wire),
        )


def _common(wire: WireArgumentSpec | WireParameterSpec | WireHyperparameterSpec) -> dict[str, Any]:
    """What argument, parameter and hyperparameter specs say alike."""
    return {
        "name": wire.name,
        "is_required": wire.is_required,
        "is_list": wire.is_list,
        "is_hidden": wire.is_hidden,
        "is_deprecated": wire.is_deprecated,
        "default_value": _given(wire.default_value),
        "options": _options(wire.options),
    }


def _given(value: object) -> Any:
    return None if isinstance(value, Unset) else value


def _options(options: list[bool | float | str] | Unset | None) -> tuple[Scalar, ...]:
    return tuple(options) if isinstance(options, list) else ()


def check_arguments(
    owner: str, specs: Mapping[str, ArgumentSpec], given: Mapping[str, object], noun: str
) -> None:
    """Check named values against `specs`; the error names `owner` and the argument.

    `owner` is e.g. "facet Imported", `noun` e.g. "argument" or "hyperparameter".
    """
    for name, value in given.items():
        spec = specs.get(name)
        if spec is None:
            known = [key for key, known_spec in specs.items() if not known_spec.is_hidden]
            allowed = ", ".join(known) if known else f"no {noun}s"
            raise InvalidArgumentError(
                f"{owner} has no {noun} {name!r}{did_you_mean(name, known)}; it takes: {allowed}"
            )
        where = f"{owner}: {noun} {name!r}"
        check_finite(value, where)
        check_value(spec, value, where)


def check_finite(value: object, where: str) -> None:
    """Raise when `value`, or anything inside its dicts, lists and tuples, is a number JSON
    cannot carry: NaN, an infinity, or an int beyond a double's range (about 1.8e308).
    `where` starts the error message and the path inside `value` follows it."""
    seen: set[int] = set()
    pending: list[tuple[object, str]] = [(value, where)]
    while pending:  # a loop, not recursion: a user's value may be deep, or contain itself
        item, place = pending.pop()
        identity = id(item)
        if identity in seen:
            continue
        if isinstance(item, float) and not math.isfinite(item):
            raise InvalidArgumentError(f"{place} must be a finite number, not {item!r}")
        if isinstance(item, int) and not isinstance(item, bool) and not _fits_a_double(item):
            raise InvalidArgumentError(
                f"{place} must be a finite number (at most about 1.8e308), "
                f"not an int of {item.bit_length()} bits"
            )
        children: list[tuple[object, str]] = []
        if isinstance(item, Mapping):
            entries: Mapping[object, object] = item  # pyright: ignore[reportUnknownVariableType]
            children = [(child, f"{place}[{key!r}]") for key, child in entries.items()]
        elif isinstance(item, list | tuple):
            items: list[object] = list(item)  # pyright: ignore[reportUnknownArgumentType]
            children = [(child, f"{place}[{index}]") for index, child in enumerate(items)]
        if children:
            seen.add(identity)
            pending.extend(reversed(children))  # so that the first bad number is reported


def _fits_a_double(number: int) -> bool:
    try:
        float(number)
    except OverflowError:
        return False
    return True


def check_value(spec: ArgumentSpec, value: object, where: str) -> None:
    """Check one value against its spec; `where` starts the error message."""
    if value is None:
        if spec.is_required:
            raise InvalidArgumentError(f"{where} is required and cannot be None")
        return
    if spec.is_list:
        if not isinstance(value, list | tuple):
            raise ArgumentTypeError(
                f"{where} must be a {spec.type_text} (a list), not {type(value).__name__}"
            )
        items: list[object] = list(value)  # pyright: ignore[reportUnknownArgumentType]
        for index, item in enumerate(items):
            _check_item(spec, item, f"{where}[{index}]")
        return
    _check_item(spec, value, where)


def _check_item(spec: ArgumentSpec, value: object, where: str) -> None:
    if spec.argument_type == "MAP":
        _check_map(spec, value, where)
        return
    expected = _PYTHON_TYPES.get(spec.argument_type)
    if expected is None:
        return  # a type this client does not know: the platform will judge
    if (isinstance(value, bool) and bool not in expected) or not isinstance(value, expected):
        raise ArgumentTypeError(
            f"{where} must be {spec.argument_type} ({' or '.join(t.__name__ for t in expected)}),"
            f" not {type(value).__name__} {value!r}"
        )
    if spec.options and value not in spec.options:
        allowed = "|".join(str(option) for option in spec.options)
        raise InvalidArgumentError(f"{where} must be one of [{allowed}], not {value!r}")


def _check_map(spec: ArgumentSpec, value: object, where: str) -> None:
    if not isinstance(value, Mapping):
        raise ArgumentTypeError(f"{where} must be a MAP (a dict), not {type(value).__name__}")
    if not spec.children:
        return  # an open map: any keys
    entries: Mapping[object, object] = value  # pyright: ignore[reportUnknownVariableType]
    for key, item in entries.items():
        child = spec.children.get(str(key))
        if child is None:
            known = list(spec.children)
            raise InvalidArgumentError(
                f"{where} has no key {key!r}{did_you_mean(str(key), known)}; "
                f"allowed keys: {', '.join(known)}"
            )
        check_value(child, item, f"{where}[{key!r}]")
