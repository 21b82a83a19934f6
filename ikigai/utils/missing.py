"""`MISSING`: the default that stands for "not given" where None means something else."""

from __future__ import annotations

from enum import Enum

__all__ = ["MISSING", "MissingType"]


class MissingType(Enum):
    """The type of `MISSING` (an enum of one member, so that type checkers can narrow it)."""

    _MISSING = "Missing"


MISSING = MissingType._MISSING  # pyright: ignore[reportPrivateUsage]
"""An argument left out (e.g. `Ikigai(ssl=...)`: then certificates are verified)."""
