"""The arguments a custom facet declares: a name, a type (`bool`, `int`, `float`, `str`) and a
default value. A spec, so that `ikigai.specs` offers it (as `CustomFacetArgumentSpec`, the
published client's name) and the facet types of custom facets can be made from it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple, Self

from ikigai.errors import ArgumentTypeError, InvalidArgumentError
from ikigai.specs.enums import CustomFacetArgumentType, FacetArgumentType
from ikigai_wire.models.custom_facet_argument import CustomFacetArgument as WireArgument
from ikigai_wire.models.custom_facet_argument_type import (
    CustomFacetArgumentType as WireArgumentType,
)

__all__ = [
    "CUSTOM_KINDS",
    "UNKNOWN_KIND",
    "ArgumentValue",
    "CustomArgumentKind",
    "CustomFacetArgumentSpec",
    "fits",
]

ArgumentValue = bool | int | float | str


class CustomArgumentKind(NamedTuple):
    """What one type of custom facet argument means."""

    facet_type: FacetArgumentType
    """The facet argument type that carries it in a flow definition."""
    accepts: tuple[type, ...]
    """What a value may be (its own type last): a bool is not an int here."""
    word: str
    """The published client's word for it in a message."""


CUSTOM_KINDS: dict[str, CustomArgumentKind] = {
    "bool": CustomArgumentKind(FacetArgumentType.BOOLEAN, (bool,), "boolean"),
    "int": CustomArgumentKind(FacetArgumentType.NUMBER, (int,), "numeric"),
    "float": CustomArgumentKind(FacetArgumentType.NUMBER, (int, float), "numeric"),
    "str": CustomArgumentKind(FacetArgumentType.TEXT, (str,), "string"),
}

UNKNOWN_KIND = CustomArgumentKind(FacetArgumentType.TEXT, (object,), "string")
"""A type this client does not know: carried as TEXT, any value let through."""


def fits(value: object, accepted: tuple[type, ...]) -> bool:
    """Whether `value` is of one of the `accepted` types; a bool is not taken for an int or a
    float unless `bool` is accepted."""
    return isinstance(value, accepted) and (bool in accepted or not isinstance(value, bool))


@dataclass(frozen=True)
class CustomFacetArgumentSpec:
    """An argument of a custom facet: its type (a `CustomFacetArgumentType`, a str: `== "int"`
    holds) and its default `value` (None: no default)."""

    name: str
    argument_type: str
    value: ArgumentValue | None

    def __post_init__(self) -> None:
        try:
            kind = CustomFacetArgumentType(str(self.argument_type))
        except ValueError:
            known = ", ".join(kind.value for kind in CustomFacetArgumentType)
            raise InvalidArgumentError(
                f"custom facet argument {self.name!r}: the type must be one of {known}, "
                f"not {self.argument_type!r}"
            ) from None
        object.__setattr__(self, "argument_type", kind)

    @classmethod
    def of(cls, name: str, default: object) -> Self:
        """An argument whose type is that of its default value."""
        for kind in ("bool", "int", "float", "str"):  # bool first: a bool is also an int
            if isinstance(default, CUSTOM_KINDS[kind].accepts[-1]):
                return cls(name, kind, default)  # type: ignore[arg-type]
        raise ArgumentTypeError(
            f"custom facet argument {name!r}: a default must be a bool, int, float or str, "
            f"not {type(default).__name__}"
        )

    @classmethod
    def from_wire(cls, wire: WireArgument) -> Self:
        kind = str(wire.type_)
        return cls(wire.name, kind, _cast(kind, wire.value))

    def to_wire(self) -> WireArgument:
        """As the platform stores it: the value as a string."""
        return WireArgument(
            name=self.name,
            type_=WireArgumentType(str(self.argument_type)),
            value="" if self.value is None else str(self.value),
        )

    def model_dump(self) -> dict[str, Any]:
        return {"name": self.name, "argument_type": self.argument_type, "value": self.value}

    def to_dict(self) -> dict[str, Any]:
        """As the platform stores it, as a dict: `{"name", "type", "value"}`."""
        return self.to_wire().to_dict()

    def validate_value(self) -> Self:
        """Raise when the default does not fit the type; the spec itself otherwise."""
        value = self.value
        if value is not None and not fits(value, CUSTOM_KINDS[str(self.argument_type)].accepts):
            raise ArgumentTypeError(
                f"custom facet argument {self.name!r}: the default must be "
                f"{self.argument_type}, not {type(value).__name__} {value!r}"
            )
        return self


def _cast(kind: str, value: object) -> ArgumentValue | None:
    """A stored value (often a string) as the argument's type; None when it does not parse."""
    if value is None:
        return None
    try:
        if kind == "bool":
            if isinstance(value, str):
                return value.strip().lower() in ("true", "1", "yes")
            return bool(value)
        if kind == "int":
            return int(value) if not isinstance(value, str) else int(value.strip())  # type: ignore[call-overload]
        if kind == "float":
            return float(value) if not isinstance(value, str) else float(value.strip())  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return str(value)
