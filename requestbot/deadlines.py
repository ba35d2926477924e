"""Statutory deadlines: pure date arithmetic, no clock reads.

Rules (domain.md §0, §1.2-1.4, §2):

* The receipt date is the date of the mailbox's arrival time in the
  controller's timezone (EDPB §159): a message at 23:30 UTC is already the
  next day in Helsinki.
* One month under Regulation 1182/71 Art 3: the day of receipt does not
  count; the period ends on the same date number in the next month, or on that
  month's last day when it has no such date (Art 3(2)(c)); a last day that is
  a Saturday, Sunday or public holiday rolls forward to the next working day
  (Art 3(4)). Holidays inside the period do not lengthen it.
* The extended deadline is receipt + 3 months under the same rules; the
  extension notice must reach the person by the one-month deadline.
* Public holidays come from the ``holidays`` library for the configured
  country. Christmas Eve counts only with ``christmas_eve_is_holiday``
  (it is absent from the e-Justice 1182/71 list for Finland; see §2.4).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays as holidays_lib
from dateutil.relativedelta import relativedelta

from .errors import ConfigError


@dataclass(frozen=True)
class Calendar:
    """Which days are not working days for deadline purposes."""

    country: str = "FI"
    christmas_eve_is_holiday: bool = False
    extra_non_working_days: frozenset[date] = field(default_factory=frozenset)

    def holiday_name(self, day: date) -> str | None:
        """The reason ``day`` is not a working day, or None if it is one."""
        if day in self.extra_non_working_days:
            return "extra non-working day (config)"
        name = _holidays_for(self.country, day.year).get(day)
        if day.month == 12 and day.day == 24:
            if self.christmas_eve_is_holiday:
                return name or "Christmas Eve"
            name = None
        if name:
            return str(name)
        if day.weekday() == 5:
            return "Saturday"
        if day.weekday() == 6:
            return "Sunday"
        return None

    def is_working_day(self, day: date) -> bool:
        return self.holiday_name(day) is None


@lru_cache(maxsize=64)
def _holidays_for(country: str, year: int) -> dict[date, str]:
    try:
        table = holidays_lib.country_holidays(country, years=year, language="en_US")
    except NotImplementedError as exc:
        raise ConfigError(f"unknown country code {country!r}", key="controller.country") from exc
    # holidays.SE and some others list every Sunday as a holiday; we add
    # weekends ourselves, so keep only the named days.
    return {d: n for d, n in table.items() if n != "Sunday"}


@dataclass(frozen=True)
class RolledDay:
    day: date
    reason: str


@dataclass(frozen=True)
class Deadline:
    """A computed deadline with its explanation."""

    receipt_date: date
    months: int
    nominal: date
    due: date
    rolled: tuple[RolledDay, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "receipt_date": self.receipt_date.isoformat(),
            "months": self.months,
            "nominal": self.nominal.isoformat(),
            "due": self.due.isoformat(),
            "rolled_over": [{"date": r.day.isoformat(), "reason": r.reason} for r in self.rolled],
        }


def receipt_date(received_at: datetime, timezone: str = "Europe/Helsinki") -> date:
    """The date on which a message was received, in the controller's timezone."""
    if received_at.tzinfo is None or received_at.utcoffset() is None:
        raise ValueError("received_at must be timezone-aware")
    return received_at.astimezone(ZoneInfo(timezone)).date()


def add_months(start: date, months: int) -> date:
    """Same date number ``months`` later, clamped to that month's last day."""
    return start + relativedelta(months=months)


def roll_forward(day: date, calendar: Calendar) -> tuple[date, tuple[RolledDay, ...]]:
    rolled: list[RolledDay] = []
    while (reason := calendar.holiday_name(day)) is not None:
        rolled.append(RolledDay(day, reason))
        day += timedelta(days=1)
    return day, tuple(rolled)


def roll_back(day: date, calendar: Calendar) -> date:
    while not calendar.is_working_day(day):
        day -= timedelta(days=1)
    return day


def deadline_for(received: date, calendar: Calendar, months: int = 1) -> Deadline:
    nominal = add_months(received, months)
    due, rolled = roll_forward(nominal, calendar)
    return Deadline(received, months, nominal, due, rolled)


def one_month(received: date, calendar: Calendar) -> Deadline:
    return deadline_for(received, calendar, 1)


def extended(received: date, calendar: Calendar) -> Deadline:
    return deadline_for(received, calendar, 3)


def safe_target(received: date, calendar: Calendar) -> date:
    """Internal target: the working day on or before the nominal one-month date.

    Christmas Eve is treated as a non-working day here whatever the legal flag
    says, because offices are closed (domain.md §2.4).
    """
    staffing = Calendar(calendar.country, True, calendar.extra_non_working_days)
    return roll_back(add_months(received, 1), staffing)


def can_extend(received: date, today: date, calendar: Calendar) -> bool:
    """An extension notice is possible only until the one-month deadline."""
    return today <= one_month(received, calendar).due


def working_days_between(start: date, end: date, calendar: Calendar) -> int:
    """Working days after ``start`` up to and including ``end`` (negative if end < start)."""
    if end == start:
        return 0
    sign = 1 if end > start else -1
    lo, hi = (start, end) if sign > 0 else (end, start)
    count = 0
    day = lo + timedelta(days=1)
    while day <= hi:
        if calendar.is_working_day(day):
            count += 1
        day += timedelta(days=1)
    return sign * count


def subtract_working_days(day: date, n: int, calendar: Calendar) -> date:
    """The date ``n`` working days before ``day``."""
    while n > 0:
        day -= timedelta(days=1)
        if calendar.is_working_day(day):
            n -= 1
    return day


def reminder_dates(
    due: date, calendar: Calendar, working_days_before: Iterable[int] = (7, 2)
) -> list[date]:
    """Dates on which the digest should remind staff of a case, earliest first."""
    return sorted({subtract_working_days(due, n, calendar) for n in working_days_before} | {due})


def days_left(due: date, today: date) -> int:
    """Calendar days until the due date (0 = due today, negative = overdue)."""
    return (due - today).days
