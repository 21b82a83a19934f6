"""Argument specs (of facet types, model parameters, model hyperparameters) and value checks.

The platform describes every argument the same way: a type (`MAP`, `BOOLEAN`, `TEXT`, `NUMBER`),
whether it is a list, required, hidden, its allowed values and, for `MAP`, its allowed keys.
`ArgumentSpec` is a facet's (or an arrow's) argument; `ModelParameterSpec` and
`ModelHyperparameterSpec` are the same with the field names the platform gives model specs
(`parameter_type`, `hyperparameter_type`, `hyperparameter_group`, ...), as the published client
names them. The checks here run in the builders before anything is sent; their messages carry
the words of the published client's ("must be numeric", "is not valid for Lasso models", ...),
so that programs matching those keep working. `check_finite` is the one check that every number
a user hands the client for a JSON body goes through: the platform holds finite numbers only
(JSON has no NaN or infinity).

How a spec shows in `help()` (two spaces per level of nesting):

* a facet argument is `name: TYPE` (`list[TYPE]` for lists), then ` | None` when it is required,
  ` = <repr(default)>` when the default is truthy, and `  options=[a|b]` when it has options;
  an argument with children opens `= {` (`= [{` for a list), lists its children one level
  deeper and closes with `}` (`}]`);
* a model parameter or hyperparameter is the same except that the default is shown whenever it
  is not None, `required` is not shown, and children always use braces.

Hidden arguments and children are left out (a spec's own `help()` shows it even when hidden).
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar, TypeVar

from ikigai._names import Helpful, did_you_mean
from ikigai.errors import ArgumentTypeError, InvalidArgumentError, UnknownKeyError
from ikigai.specs.custom_arguments import fits
from ikigai.specs.enums import FacetArgumentType, ModelHyperparameterType, ModelParameterType
from ikigai.specs.help import indent
from ikigai_wire.models.argument_spec import ArgumentSpec as WireArgumentSpec
from ikigai_wire.models.hyperparameter_spec import HyperparameterSpec as WireHyperparameterSpec
from ikigai_wire.models.parameter_spec import ParameterSpec as WireParameterSpec
from ikigai_wire.types import Unset

__all__ = [
    "ArgumentSpec",
    "ModelHyperparameterSpec",
    "ModelParameterSpec",
    "Scalar",
    "check_arguments",
    "check_finite",
    "check_value",
    "facet_argument_lines",
    "facet_spec_lines",
    "model_argument_lines",
    "model_spec_lines",
]

Scalar = bool | int | float | str

_PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "BOOLEAN": (bool,),
    "TEXT": (str,),
    "NUMBER": (int, float),
}

# How a type is named in a message: the published client's word, then what Python value fits.
_WORDS: dict[str, tuple[str, str]] = {
    "BOOLEAN": ("boolean", "True or False"),
    "TEXT": ("string", "a str"),
    "NUMBER": ("numeric", "an int or a float"),
    "MAP": ("mapping", "a dict"),
}


def _member(kinds: type[StrEnum], value: str) -> str:
    """`value` as a member of `kinds` when it is one; else as given (a type this client does not
    know: the platform will judge)."""
    try:
        return kinds(value)
    except ValueError:
        return value


@dataclass(frozen=True)
class ArgumentSpec(Helpful):
    """One argument of a facet type or of an arrow: its name, type and what values it takes.

    `argument_type` is a `FacetArgumentType` (a str: `== "TEXT"` holds). `options` is None when
    the platform lists none. `have_sub_arguments` is the platform's word for "has children".
    """

    name: str
    argument_type: str
    is_required: bool = False
    is_list: bool = False
    is_hidden: bool = False
    is_deprecated: bool = False
    children: Mapping[str, ArgumentSpec] = field(default_factory=dict[str, "ArgumentSpec"])
    default_value: Any = None
    options: list[Scalar] | None = None
    have_sub_arguments: bool = False

    kinds: ClassVar[type[StrEnum]] = FacetArgumentType
    """The enum `argument_type` is a member of."""
    noun: ClassVar[str] = "argument"
    """How messages name one of these."""
    dumped: ClassVar[tuple[str, ...]] = (
        "name",
        "argument_type",
        "default_value",
        "children",
        "have_sub_arguments",
        "is_deprecated",
        "is_hidden",
        "is_list",
        "is_required",
        "options",
    )
    """What `model_dump()` gives, in order: the platform's field names."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "argument_type", _member(self.kinds, str(self.argument_type)))

    @property
    def type_text(self) -> str:
        """`TEXT`, or `list[TEXT]` for a list."""
        return f"list[{self.argument_type}]" if self.is_list else str(self.argument_type)

    @property
    def is_scalar(self) -> bool:
        """Whether the value is one BOOLEAN, TEXT or NUMBER (what a run variable can set)."""
        return not self.is_list and self.argument_type != "MAP"

    def _help(self) -> Generator[str]:
        """This argument as `help()` of its facet type shows it (even when it is hidden)."""
        yield from facet_spec_lines(self)

    def model_dump(self) -> dict[str, Any]:
        """The spec as a dict (the platform's field names; the children dumped too)."""
        return {
            key: (
                {name: child.model_dump() for name, child in self.children.items()}
                if key == "children"
                else copy.deepcopy(getattr(self, key))
            )
            for key in self.dumped
        }

    def validate_value(self, facet: str, value: Any) -> None:
        """Raise when `value` does not fit; `facet` names the facet type in the message."""
        self._validate(f"facet {facet}", value)

    def _validate(self, owner: str, value: Any) -> None:
        where = f"{owner}: {self.noun} {self.name!r}"
        check_finite(value, where)
        check_value(self, value, where)

    @classmethod
    def from_wire(cls, wire: WireArgumentSpec) -> ArgumentSpec:
        return cls(
            argument_type=str(wire.argument_type),
            children=_children(cls.from_wire, wire.children.additional_properties),
            have_sub_arguments=wire.have_sub_arguments,
            **_common(wire),
        )


@dataclass(frozen=True)
class _ModelSpec(ArgumentSpec):
    """What a model parameter and a model hyperparameter share: the help text of a model
    type's spec, and messages that name the model type."""

    def _help(self) -> Generator[str]:
        """This spec as `help()` of its model type shows it (even when it is hidden)."""
        yield from model_spec_lines(self)

    def validate_value(self, model: str, value: Any) -> None:  # pyright: ignore[reportIncompatibleMethodOverride]
        """Raise when `value` does not fit; `model` names the model type in the message.
        (Its first parameter is `model`, not `facet`, as in the published client.)"""
        self._validate(f"model {model}", value)


@dataclass(frozen=True)
class ModelParameterSpec(_ModelSpec):
    """A parameter of a sub-model type (e.g. `target_column`). `parameter_type` is the type as
    the platform's word (a plain str), `argument_type` the same as a `ModelParameterType`."""

    have_options: bool = False
    parameter_type: str = field(init=False)

    kinds: ClassVar[type[StrEnum]] = ModelParameterType
    noun: ClassVar[str] = "parameter"
    dumped: ClassVar[tuple[str, ...]] = (
        "name",
        "default_value",
        "have_options",
        "is_deprecated",
        "is_required",
        "is_hidden",
        "is_list",
        "options",
        "parameter_type",
    )

    def __post_init__(self) -> None:
        super().__post_init__()
        object.__setattr__(self, "parameter_type", str(self.argument_type))

    @classmethod
    def from_wire(cls, wire: WireParameterSpec) -> ModelParameterSpec:  # type: ignore[override]
        return cls(
            argument_type=str(wire.parameter_type),
            have_options=wire.have_options,
            **_common(wire),
        )


@dataclass(frozen=True)
class ModelHyperparameterSpec(_ModelSpec):
    """A hyperparameter of a sub-model type (e.g. `alpha`).

    `hyperparameter_type` is its `ModelHyperparameterType` (also `argument_type`);
    `hyperparameter_group` the facet argument it is folded into (None: `hyperparameters`);
    `sub_hyperparameter_requirements` maps a value of this hyperparameter to the children that
    value needs.
    """

    hyperparameter_group: str | None = None
    have_options: bool = False
    have_sub_hyperparameters: bool = False
    sub_hyperparameter_requirements: dict[Any, list[str]] = field(
        default_factory=dict[Any, list[str]]
    )
    hyperparameter_type: str = field(init=False)

    kinds: ClassVar[type[StrEnum]] = ModelHyperparameterType
    noun: ClassVar[str] = "hyperparameter"
    dumped: ClassVar[tuple[str, ...]] = (
        "name",
        "default_value",
        "have_options",
        "have_sub_hyperparameters",
        "hyperparameter_group",
        "hyperparameter_type",
        "is_deprecated",
        "is_required",
        "is_hidden",
        "is_list",
        "children",
        "options",
        "sub_hyperparameter_requirements",
    )

    def __post_init__(self) -> None:
        super().__post_init__()
        object.__setattr__(self, "hyperparameter_type", self.argument_type)

    @property
    def group(self) -> str | None:
        """The same as `hyperparameter_group`."""
        return self.hyperparameter_group

    @classmethod
    def from_wire(cls, wire: WireHyperparameterSpec) -> ModelHyperparameterSpec:  # type: ignore[override]
        return cls(
            argument_type=str(wire.hyperparameter_type),
            children=_children(cls.from_wire, wire.children.additional_properties),
            hyperparameter_group=wire.hyperparameter_group,
            have_options=wire.have_options,
            have_sub_hyperparameters=wire.have_sub_hyperparameters,
            sub_hyperparameter_requirements=_requirements(wire.sub_hyperparameter_requirements),
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


W = TypeVar("W")
S = TypeVar("S", bound=ArgumentSpec)


def _children(make: Callable[[W], S], wires: Mapping[str, W]) -> dict[str, S]:
    """The children of a spec, by name, made from the wire's."""
    return {name: make(child) for name, child in wires.items()}


def _given(value: object) -> Any:
    return None if isinstance(value, Unset) else value


def _options(options: list[bool | float | str] | Unset | None) -> list[Scalar] | None:
    return list(options) if isinstance(options, list) else None


def _requirements(
    pairs: list[list[bool | float | list[str] | str]] | Unset,
) -> dict[Any, list[str]]:
    """The wire's `[[value, [child, ...]], ...]` as `{value: [child, ...]}`."""
    found: dict[Any, list[str]] = {}
    for pair in [] if isinstance(pairs, Unset) else pairs:
        if len(pair) != 2 or isinstance(pair[0], list):
            continue  # not a requirement this client can read
        value, children = pair
        found[value] = [str(c) for c in children] if isinstance(children, list) else [str(children)]
    return found


# ---- help text -----------------------------------------------------------------------------


def facet_argument_lines(specs: Mapping[str, ArgumentSpec]) -> list[str]:
    """The facet arguments that are not hidden, laid out as a facet type's `help()` shows them."""
    return _shown(specs, facet_spec_lines)


def model_argument_lines(specs: Mapping[str, ArgumentSpec]) -> list[str]:
    """The parameters or hyperparameters that are not hidden, as a model type shows them."""
    return _shown(specs, model_spec_lines)


def _shown(
    specs: Mapping[str, ArgumentSpec], lines_of: Callable[[ArgumentSpec], list[str]]
) -> list[str]:
    return [line for spec in specs.values() if not spec.is_hidden for line in lines_of(spec)]


def facet_spec_lines(spec: ArgumentSpec) -> list[str]:
    """One facet argument (its hidden children left out)."""
    type_text = spec.type_text + (" | None" if spec.is_required else "")
    if spec.children:
        opening, closing = ("[{", "}]") if spec.is_list else ("{", "}")
        return [
            f"{spec.name}: {type_text} = {opening}",
            *indent(facet_argument_lines(spec.children)),
            closing,
        ]
    default = f" = {spec.default_value!r}" if spec.default_value else ""
    return [f"{spec.name}: {type_text}{default}{_options_text(spec)}"]


def model_spec_lines(spec: ArgumentSpec) -> list[str]:
    """One model parameter or hyperparameter (its hidden children left out)."""
    if spec.children:
        return [
            f"{spec.name}: {spec.type_text} = {{",
            *indent(model_argument_lines(spec.children)),
            "}",
        ]
    default = "" if spec.default_value is None else f" = {spec.default_value!r}"
    return [f"{spec.name}: {spec.type_text}{default}{_options_text(spec)}"]


def _options_text(spec: ArgumentSpec) -> str:
    if not spec.options:
        return ""
    return "  options=[" + "|".join(str(option) for option in spec.options) + "]"


# ---- checks ----------------------------------------------------------------------------------


def check_arguments(
    owner: str,
    specs: Mapping[str, ArgumentSpec],
    given: Mapping[str, object],
    noun: str,
    subject: str | None = None,
) -> None:
    """Check named values against `specs`; the error names `owner` and the argument.

    `owner` starts a message about a value (e.g. "facet Imported 'in'", "model type
    Linear.Lasso"), `subject` ends the one about an unknown name (e.g. "Imported facet 'in'",
    "Lasso models"; default: `owner`), `noun` is e.g. "argument" or "hyperparameter".
    """
    for name, value in given.items():
        spec = specs.get(name)
        if spec is None:
            known = [key for key, known_spec in specs.items() if not known_spec.is_hidden]
            allowed = ", ".join(known) if known else f"no {noun}s"
            raise InvalidArgumentError(
                f"{noun} {name!r} is not valid for {subject or owner}"
                f"{did_you_mean(name, known)}; it takes: {allowed}"
            )
        where = f"{owner}: {noun} {name!r}"
        check_finite(value, where)
        check_value(spec, value, where, noun)


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


def check_value(spec: ArgumentSpec, value: object, where: str, noun: str = "argument") -> None:
    """Check one value against its spec; `where` starts the error message, `noun` names the
    children of a MAP ("argument", "hyperparameter")."""
    if value is None:
        if spec.is_required:
            raise InvalidArgumentError(f"{where} is required and cannot be None")
        return
    if spec.is_list:
        if not isinstance(value, list | tuple):
            raise ArgumentTypeError(
                f"{where} must be list ({spec.type_text}: a list or tuple), "
                f"not {type(value).__name__}"
            )
        items: list[object] = list(value)  # pyright: ignore[reportUnknownArgumentType]
        for index, item in enumerate(items):
            _check_item(spec, item, f"{where}[{index}]", noun)
        return
    _check_item(spec, value, where, noun)


def _check_item(spec: ArgumentSpec, value: object, where: str, noun: str) -> None:
    kind = str(spec.argument_type)
    if kind == "MAP":
        _check_map(spec, value, where, noun)
        return
    expected = _PYTHON_TYPES.get(kind)
    if expected is None:
        return  # a type this client does not know: the platform will judge
    if not fits(value, expected):
        word, python_value = _WORDS[kind]
        raise ArgumentTypeError(
            f"{where} must be {word} ({kind}: {python_value}), not {type(value).__name__} {value!r}"
        )
    if spec.options and value not in spec.options:
        allowed = "|".join(str(option) for option in spec.options)
        raise InvalidArgumentError(f"{where} must be one of [{allowed}], not {value!r}")


def _check_map(spec: ArgumentSpec, value: object, where: str, noun: str) -> None:
    if not isinstance(value, Mapping):
        raise ArgumentTypeError(
            f"{where} must be mapping (MAP: a dict), not {type(value).__name__}"
        )
    if not spec.children:
        return  # an open map: any keys
    entries: Mapping[object, object] = value  # pyright: ignore[reportUnknownVariableType]
    for key, item in entries.items():
        child = spec.children.get(str(key))
        if child is None:
            known = list(spec.children)
            raise UnknownKeyError(
                f"{where} was provided with unexpected child {noun} {key!r}"
                f"{did_you_mean(str(key), known)}; its keys are: {', '.join(known)}"
            )
        check_value(child, item, f"{where}[{key!r}]", noun)
