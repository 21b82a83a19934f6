"""Whole-second timestamps for log entries that clients compare with their own clock.

Published clients check an outcome with `int(log_timestamp) > clock_after_the_call`, reading
their clock just after the call that started the work (run-pipeline, or the upload's complete
call) returned. Rather than delay the outcome until that clock reading is surely in the past,
the entry is stamped late enough: at least two whole seconds after the second the call was
accepted in, so it beats any client reading taken up to a second after acceptance, and always
strictly after the moment of writing.
"""

from __future__ import annotations

import math

__all__ = ["log_stamp"]


def log_stamp(accepted_at: float, now: float) -> int:
    """The stamp for an outcome written at `now` of work accepted at `accepted_at`."""
    return max(math.floor(now) + 1, math.floor(accepted_at) + 2)
