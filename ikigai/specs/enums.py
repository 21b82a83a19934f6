"""The kinds of values specs describe, as enums whose values are the platform's words.

Members and values are those of the published client's `ikigai.utils.enums` (which re-exports
these), so that `spec.argument_type == FacetArgumentType.TEXT` and `== "TEXT"` both hold.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "CustomFacetArgumentType",
    "FacetArgumentType",
    "ModelHyperparameterType",
    "ModelParameterType",
]


class FacetArgumentType(StrEnum):
    """The type of a facet argument (and of an arrow argument)."""

    MAP = "MAP"
    BOOLEAN = "BOOLEAN"
    TEXT = "TEXT"
    NUMBER = "NUMBER"


class ModelHyperparameterType(StrEnum):
    """The type of a model hyperparameter."""

    MAP = "MAP"
    BOOLEAN = "BOOLEAN"
    TEXT = "TEXT"
    NUMBER = "NUMBER"


class ModelParameterType(StrEnum):
    """The type of a model parameter (never a MAP)."""

    BOOLEAN = "BOOLEAN"
    TEXT = "TEXT"
    NUMBER = "NUMBER"


class CustomFacetArgumentType(StrEnum):
    """The type of a custom facet's argument, as the Python type's name."""

    BOOLEAN = "bool"
    INTEGER = "int"
    STRING = "str"
    FLOAT = "float"
