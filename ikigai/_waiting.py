"""Waiting for the platform without fixed sleeps.

`poll` asks at once, then again after a short pause that grows (50 ms, 62 ms, 78 ms, … up to
2 s), until the answer is final or the caller's timeout runs out. Quick operations on a local
platform finish within a few polls, and a wait ends at most a quarter later than the work did;
long ones on the hosted platform are not polled hard.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from ikigai.errors import WaitTimeoutError

__all__ = ["Backoff", "poll"]

T = TypeVar("T")


@dataclass(frozen=True)
class Backoff:
    """The pauses between polls: `first`, then each `growth` times longer, at most `longest`."""

    first: float = 0.05
    growth: float = 1.25
    longest: float = 2.0

    def pauses(self) -> Callable[[], float]:
        pause = self.first

        def next_pause() -> float:
            nonlocal pause
            current = pause
            pause = min(pause * self.growth, self.longest)
            return current

        return next_pause


def poll(
    ask: Callable[[], T],
    done: Callable[[T], bool],
    *,
    what: str,
    timeout: float | None,
    backoff: Backoff = Backoff(),
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] | None = None,
) -> T:
    """Call `ask` until `done(answer)`; return that answer.

    `timeout` bounds the whole wait in seconds (None: no bound). The last pause is shortened so
    that the final poll happens at the deadline rather than after it; past the deadline a
    `WaitTimeoutError` naming `what` is raised. `sleep` defaults to `time.sleep`, looked up
    at each call (so that tests can watch the pauses).
    """
    pause_for = sleep or time.sleep
    deadline = None if timeout is None else clock() + timeout
    next_pause = backoff.pauses()
    while True:
        answer = ask()
        if done(answer):
            return answer
        pause = next_pause()
        if deadline is not None:
            left = deadline - clock()
            if left <= 0:
                raise WaitTimeoutError(what, timeout if timeout is not None else 0.0)
            pause = min(pause, left)
        pause_for(pause)
