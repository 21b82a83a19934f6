"""Ranked access levels, as apps and custom facets each have their own: a caller whose level is
below what an action needs is refused, with what the needed level would let them do."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ikigai.local.errors import Forbidden


@dataclass(frozen=True)
class Levels:
    what: str
    """The kind of object, as a message names it ("app")."""
    lets: Mapping[str, str]
    """Each level, lowest first, with what it lets a user do ("read it")."""

    def require(self, level: str, need: str, object_id: str) -> None:
        order = list(self.lets)
        if order.index(level) < order.index(need):
            raise Forbidden(
                f"Your access to {self.what} {object_id!r} is {level}: "
                f"{need} or more is needed to {self.lets[need]}"
            )
