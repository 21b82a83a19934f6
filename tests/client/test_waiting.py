"""Polling: at once, then after short pauses that grow, never past the caller's timeout."""

from __future__ import annotations

import pytest

from ikigai._waiting import Backoff, poll
from ikigai.errors import WaitTimeoutError


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.pauses: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.pauses.append(seconds)
        self.now += seconds


def test_a_ready_answer_needs_no_pause() -> None:
    time = FakeTime()
    assert (
        poll(
            lambda: "done",
            lambda a: a == "done",
            what="x",
            timeout=1,
            clock=time.clock,
            sleep=time.sleep,
        )
        == "done"
    )
    assert time.pauses == []


def test_pauses_start_short_and_grow_to_a_ceiling() -> None:
    time = FakeTime()
    answers = iter(["wait"] * 20 + ["done"])
    result = poll(
        lambda: next(answers),
        lambda a: a == "done",
        what="x",
        timeout=None,
        clock=time.clock,
        sleep=time.sleep,
    )
    assert result == "done"
    assert time.pauses[0] == pytest.approx(0.05)
    assert all(b >= a for a, b in zip(time.pauses, time.pauses[1:], strict=False))
    assert max(time.pauses) == pytest.approx(Backoff().longest)
    assert len(time.pauses) == 20


def test_the_timeout_bounds_the_wait() -> None:
    time = FakeTime()
    with pytest.raises(WaitTimeoutError, match="the flow") as caught:
        poll(
            lambda: "wait",
            lambda a: False,
            what="the flow",
            timeout=3.0,
            clock=time.clock,
            sleep=time.sleep,
        )
    assert time.now == pytest.approx(3.0)
    assert isinstance(caught.value, TimeoutError)
    assert caught.value.timeout == 3.0


def test_no_fixed_sleeps_in_the_client() -> None:
    """Every wait goes through poll(): no module of the client calls time.sleep itself (but
    the retry backoffs of `_retry.py` and `_download.py`, which wait between attempts of one
    request or one download)."""
    from pathlib import Path

    import ikigai

    root = Path(ikigai.__file__).parent
    offenders = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if "local" not in path.relative_to(root).parts
        and path.name != "cli.py"
        and "sleep(" in path.read_text(encoding="utf-8")
        and path.name not in ("_waiting.py", "_retry.py", "_download.py")
    ]
    assert offenders == []
