"""Five-field cron expressions (`minute hour day-of-month month day-of-week`), evaluated in UTC.

Each field takes `*`, a number, a range `a-b`, a step `*/n` or `a-b/n`, and comma-separated
lists of those; months and weekdays also take English three-letter names. Day of week runs 0-7
with both 0 and 7 meaning Sunday. As in classic cron, when both day fields are restricted a
day matches if either does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")

_FIELDS: tuple[tuple[str, int, int, dict[str, int]], ...] = (
    ("minute", 0, 59, {}),
    ("hour", 0, 23, {}),
    ("day of month", 1, 31, {}),
    ("month", 1, 12, {name: index + 1 for index, name in enumerate(_MONTHS)}),
    ("day of week", 0, 7, {name: index for index, name in enumerate(_WEEKDAYS)}),
)


class CronError(ValueError):
    """The expression is not a valid five-field cron expression."""


@dataclass(frozen=True)
class Cron:
    minutes: frozenset[int]
    hours: frozenset[int]
    days: frozenset[int]
    months: frozenset[int]
    weekdays: frozenset[int]
    days_restricted: bool
    weekdays_restricted: bool

    def matches(self, moment: datetime) -> bool:
        """Whether the schedule fires in the minute of `moment` (a UTC datetime)."""
        if (
            moment.minute not in self.minutes
            or moment.hour not in self.hours
            or moment.month not in self.months
        ):
            return False
        day = moment.day in self.days
        weekday = (moment.isoweekday() % 7) in self.weekdays
        if self.days_restricted and self.weekdays_restricted:
            return day or weekday
        return day and weekday


def parse_cron(expression: str) -> Cron:
    fields = expression.split()
    if len(fields) != 5:
        raise CronError(f"a cron expression has 5 fields, {expression!r} has {len(fields)}")
    sets = [
        _parse_field(text, name, low, high, names)
        for text, (name, low, high, names) in zip(fields, _FIELDS, strict=True)
    ]
    weekdays = frozenset(day % 7 for day in sets[4])
    return Cron(
        minutes=sets[0],
        hours=sets[1],
        days=sets[2],
        months=sets[3],
        weekdays=weekdays,
        days_restricted=fields[2] != "*",
        weekdays_restricted=fields[4] != "*",
    )


def _parse_field(
    text: str, name: str, low: int, high: int, names: dict[str, int]
) -> frozenset[int]:
    values: set[int] = set()
    for item in text.split(","):
        span, _, step_text = item.partition("/")
        step = _number(step_text, name, names) if step_text else 1
        if step < 1:
            raise CronError(f"the step of the {name} field must be at least 1, not {step}")
        if span == "*":
            first, last = low, high
        elif "-" in span:
            start, _, end = span.partition("-")
            first, last = _number(start, name, names), _number(end, name, names)
        else:
            first = _number(span, name, names)
            last = high if step_text else first
        if not low <= first <= last <= high:
            raise CronError(f"the {name} field allows {low}-{high}, not {item!r}")
        values.update(range(first, last + 1, step))
    return frozenset(values)


def _number(text: str, name: str, names: dict[str, int]) -> int:
    lowered = text.strip().lower()
    if lowered in names:
        return names[lowered]
    if not lowered.isdigit():
        raise CronError(f"the {name} field has {text!r}, which is not a number")
    return int(lowered)
