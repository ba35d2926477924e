"""The one place requestbot reads the wall clock.

Every other module gets the time passed in (``ctx.now()``). For tests and
demos, ``REQUESTBOT_NOW`` fixes "now" for the whole process: an ISO 8601
time with a UTC offset, e.g. ``REQUESTBOT_NOW=2026-12-07T09:00:00+02:00
requestbot poll --once``. Unset or empty, the real clock is used.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime

from .errors import ConfigError

ENV = "REQUESTBOT_NOW"


def parse_now(value: str) -> datetime:
    """The instant in ``value``; it must carry its UTC offset (or Z)."""
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ConfigError(
            f"expected an ISO 8601 time such as 2026-12-07T09:00:00+02:00, got {value!r}",
            key=ENV,
        ) from None
    if when.tzinfo is None:
        raise ConfigError(
            f"{value!r} has no UTC offset; write e.g. {value.strip()}+02:00 or {value.strip()}Z",
            key=ENV,
        )
    return when.astimezone(UTC)


def now() -> datetime:
    """``$REQUESTBOT_NOW`` if set, else the real time (UTC)."""
    fixed = os.environ.get(ENV, "").strip()
    return parse_now(fixed) if fixed else datetime.now(UTC)
