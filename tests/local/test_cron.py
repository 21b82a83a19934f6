"""Cron expressions (unit tests: no server involved)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ikigai.local.scheduling.cron import CronError, parse_cron


def _at(day: int, hour: int, minute: int) -> datetime:
    return datetime(2024, 1, day, hour, minute, tzinfo=UTC)  # 2024-01-01 is a Monday


@pytest.mark.parametrize(
    ("expression", "moment", "expected"),
    [
        ("5 * * * *", _at(1, 3, 5), True),
        ("5 * * * *", _at(1, 3, 6), False),
        ("0 0 * * *", _at(2, 0, 0), True),
        ("*/15 9-17 * * mon-fri", _at(1, 9, 30), True),
        ("*/15 9-17 * * mon-fri", _at(6, 9, 30), False),  # Saturday
        ("0 12 1 * 0", _at(7, 12, 0), True),  # day OR weekday when both are restricted
        ("0 12 1 * 7", _at(1, 12, 0), True),
        ("0 12 2 jan *", _at(2, 12, 0), True),
        ("1,2,3 * * * *", _at(1, 0, 2), True),
        ("10-20/5 * * * *", _at(1, 0, 15), True),
        ("10-20/5 * * * *", _at(1, 0, 16), False),
    ],
)
def test_matching(expression: str, moment: datetime, expected: bool) -> None:
    assert parse_cron(expression).matches(moment) is expected


@pytest.mark.parametrize(
    "expression", ["0 0 0 0 0", "60 * * * *", "* * *", "a * * * *", "*/0 * * * *", "5-1 * * * *"]
)
def test_invalid_expressions(expression: str) -> None:
    with pytest.raises(CronError):
        parse_cron(expression)
