"""Deadlines: domain.md §2.5 worked examples and more, through the pure API and the CLI."""

from __future__ import annotations

import json
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from requestbot import deadlines
from requestbot.cli import main
from requestbot.deadlines import Calendar

FI = Calendar("FI")
FI_XMAS = Calendar("FI", christmas_eve_is_holiday=True)

# (received date, 1-month deadline, extended deadline) — domain.md §2.5
WORKED = [
    ("2027-01-31", "2027-03-01", "2027-04-30"),
    ("2026-12-05", "2027-01-05", "2027-03-05"),
    ("2027-05-19", "2027-06-21", "2027-08-19"),
    ("2026-05-19", "2026-06-22", "2026-08-19"),
    ("2026-11-25", "2026-12-28", "2027-02-25"),
    ("2026-11-24", "2026-12-24", "2027-02-24"),
    ("2026-08-31", "2026-09-30", "2026-11-30"),
    ("2027-03-05", "2027-04-05", "2027-06-07"),
    ("2028-01-31", "2028-02-29", "2028-05-02"),
    ("2027-02-26", "2027-03-30", "2027-05-26"),
    ("2027-02-28", "2027-03-30", "2027-05-28"),
    ("2027-04-01", "2027-05-03", "2027-07-01"),
    ("2027-04-06", "2027-05-07", "2027-07-06"),
    ("2026-11-06", "2026-12-07", "2027-02-08"),
    ("2027-10-06", "2027-11-08", "2028-01-07"),
]

# More of our own: month ends, leap years, every moving Finnish holiday.
MORE = [
    ("2026-01-31", "2026-02-28", FI),  # Sat 28 Feb 2026 -> rolls
    ("2027-12-31", "2028-01-31", FI),  # Mon
    ("2028-01-29", "2028-02-29", FI),  # leap day, Tue
    ("2028-01-30", "2028-02-29", FI),  # clamped to leap day
    ("2029-01-31", "2029-02-28", FI),  # non-leap clamp, Wed
    ("2026-03-03", "2026-04-03", FI),  # Good Friday 2026 -> Tue 7 Apr
    ("2026-03-06", "2026-04-06", FI),  # Easter Monday 2026 -> Tue 7 Apr
    ("2026-04-14", "2026-05-14", FI),  # Ascension 2026 -> Fri 15 May
    ("2026-04-01", "2026-05-01", FI),  # May Day (Fri) -> Mon 4 May
    ("2026-04-24", "2026-05-24", FI),  # Whit Sunday -> Mon 25 May
    ("2028-05-25", "2028-06-23", FI),  # placeholder replaced below
    ("2026-09-30", "2026-10-30", FI),  # Fri, normal
    ("2026-10-01", "2026-11-02", FI),  # 1 Nov Sun (All Saints' Sat 31 Oct not involved)
    ("2026-12-06", "2027-01-07", FI),  # 6 Jan Epiphany (Wed) -> Thu 7 Jan
    ("2026-12-01", "2027-01-01", FI),  # placeholder replaced below
    ("2025-11-24", "2025-12-24", FI),  # Christmas Eve Wed, flag false -> stays
    ("2025-11-24", "2025-12-29", FI_XMAS),  # flag true: 24, 25, 26 (Fri), Sat, Sun -> Mon 29
    ("2027-05-25", "2027-06-25", FI),  # placeholder replaced below
    ("2028-03-14", "2028-04-14", FI),  # placeholder replaced below
    ("2026-10-31", "2026-11-30", FI),  # Oct 31 -> Nov 30 Mon
    ("2027-03-29", "2027-04-29", FI),  # Thu normal
]
MORE_EXPECTED = {
    ("2026-01-31", FI): "2026-03-02",
    ("2027-12-31", FI): "2028-01-31",
    ("2028-01-29", FI): "2028-02-29",
    ("2028-01-30", FI): "2028-02-29",
    ("2029-01-31", FI): "2029-02-28",
    ("2026-03-03", FI): "2026-04-07",
    ("2026-03-06", FI): "2026-04-07",
    ("2026-04-14", FI): "2026-05-15",
    ("2026-04-01", FI): "2026-05-04",
    ("2026-04-24", FI): "2026-05-25",
    ("2028-05-25", FI): "2028-06-26",  # 25 Jun 2028 is a Sunday (Midsummer 23-24 Jun)
    ("2026-09-30", FI): "2026-10-30",
    ("2026-10-01", FI): "2026-11-02",
    ("2026-12-06", FI): "2027-01-07",
    ("2026-12-01", FI): "2027-01-04",  # New Year's Day (Fri), Sat, Sun -> Mon 4 Jan
    ("2025-11-24", FI): "2025-12-24",
    ("2025-11-24", FI_XMAS): "2025-12-29",
    ("2027-05-25", FI): "2027-06-28",  # Midsummer Eve 25 Jun 2027, Sat, Sun -> Mon 28
    ("2028-03-14", FI): "2028-04-18",  # Good Friday 14 Apr 2028 .. Easter Monday 17 -> Tue 18
    ("2026-10-31", FI): "2026-11-30",
    ("2027-03-29", FI): "2027-04-29",
}


@pytest.mark.parametrize(("received", "due", "ext"), WORKED)
def test_worked_examples(received: str, due: str, ext: str) -> None:
    r = date.fromisoformat(received)
    assert deadlines.one_month(r, FI).due.isoformat() == due
    assert deadlines.extended(r, FI).due.isoformat() == ext


def test_christmas_eve_flag_worked_example() -> None:
    assert deadlines.one_month(date(2026, 11, 24), FI_XMAS).due == date(2026, 12, 28)


@pytest.mark.parametrize(("received", "_nominal", "cal"), MORE)
def test_more_dates(received: str, _nominal: str, cal: Calendar) -> None:
    got = deadlines.one_month(date.fromisoformat(received), cal).due.isoformat()
    assert got == MORE_EXPECTED[(received, cal)]


def test_rollover_explained() -> None:
    dl = deadlines.one_month(date(2026, 11, 25), FI)
    assert dl.nominal == date(2026, 12, 25)
    reasons = [r.reason for r in dl.rolled]
    assert reasons == ["Christmas Day", "Second Day of Christmas", "Sunday"]


def test_receipt_date_uses_controller_timezone() -> None:
    # 23:30 UTC is already the next day in Helsinki.
    late = datetime(2026, 1, 30, 23, 30, tzinfo=ZoneInfo("UTC"))
    assert deadlines.receipt_date(late) == date(2026, 1, 31)
    assert deadlines.receipt_date(late, "UTC") == date(2026, 1, 30)


def test_receipt_date_across_dst_changes() -> None:
    # DST starts 29 Mar 2026 03:00 EET -> 04:00 EEST; ends 25 Oct 2026.
    spring = datetime(2026, 3, 28, 22, 30, tzinfo=ZoneInfo("UTC"))  # 00:30 EET on the 29th
    assert deadlines.receipt_date(spring) == date(2026, 3, 29)
    autumn = datetime(2026, 10, 24, 21, 30, tzinfo=ZoneInfo("UTC"))  # 00:30 EEST on the 25th
    assert deadlines.receipt_date(autumn) == date(2026, 10, 25)
    autumn2 = datetime(2026, 10, 25, 21, 59, tzinfo=ZoneInfo("UTC"))  # 23:59 EET on the 25th
    assert deadlines.receipt_date(autumn2) == date(2026, 10, 25)


def test_naive_datetime_rejected() -> None:
    with pytest.raises(ValueError):
        deadlines.receipt_date(datetime(2026, 1, 1, 12, 0))


def test_extension_only_until_one_month_deadline() -> None:
    r = date(2026, 11, 25)
    assert deadlines.can_extend(r, date(2026, 12, 28), FI)
    assert not deadlines.can_extend(r, date(2026, 12, 29), FI)


def test_reminder_dates_are_working_days_before_due() -> None:
    due = date(2026, 12, 28)
    got = deadlines.reminder_dates(due, FI, (7, 2))
    assert got[-1] == due
    assert all(FI.is_working_day(d) for d in got)
    assert deadlines.working_days_between(got[0], due, FI) == 7


def test_extra_non_working_day() -> None:
    cal = Calendar("FI", extra_non_working_days=frozenset({date(2026, 12, 30)}))
    assert deadlines.one_month(date(2026, 11, 30), cal).due == date(2026, 12, 31)


def test_unknown_country_is_config_error() -> None:
    from requestbot.errors import ConfigError

    with pytest.raises(ConfigError):
        deadlines.one_month(date(2026, 1, 1), Calendar("XX"))


# --- CLI contract ------------------------------------------------------------


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        ("2026-11-25T14:03:00+02:00", "2026-12-28"),
        ("2027-01-30T23:30:00Z", "2027-03-01"),  # 31 Jan in Helsinki
        ("2026-08-31T09:00:00+03:00", "2026-09-30"),
    ],
)
def test_cli_deadline(capsys: pytest.CaptureFixture[str], received: str, expected: str) -> None:
    code, out = run_cli(capsys, "deadline", "--received", received)
    assert code == 0
    assert out.strip() == expected


def test_cli_deadline_extended_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run_cli(
        capsys, "deadline", "--received", "2028-01-31T10:00:00+02:00", "--extended", "--json"
    )
    assert code == 0
    data = json.loads(out)
    assert data["due"] == "2028-05-02"
    assert data["nominal"] == "2028-04-30"
    assert [r["date"] for r in data["rolled_over"]] == ["2028-04-30", "2028-05-01"]


def test_cli_deadline_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deadline", "--received", "yesterday"]) == 2
    assert "ISO 8601" in capsys.readouterr().err
    assert main(["deadline", "--received", "2026-11-25", "--timezone", "Mars/Base"]) == 2
    assert "timezone" in capsys.readouterr().err


def test_cli_deadline_without_offset_uses_timezone(capsys: pytest.CaptureFixture[str]) -> None:
    # 23:30 on 30 Jan without an offset is read in Helsinki: still the 30th.
    code, out = run_cli(capsys, "deadline", "--received", "2027-01-30T23:30:00")
    assert code == 0 and out.strip() == "2027-03-01"
    code, out = run_cli(capsys, "deadline", "--received", "2026-11-25")
    assert code == 0 and out.strip() == "2026-12-28"


def test_cli_deadline_country_and_timezone(capsys: pytest.CaptureFixture[str]) -> None:
    # 6 June is Sweden's national day (Tue in 2028), not a Finnish holiday.
    argv = ["deadline", "--received", "2028-05-06T10:00:00+02:00"]
    code, out = run_cli(capsys, *argv, "--country", "SE", "--timezone", "Europe/Stockholm")
    assert code == 0 and out.strip() == "2028-06-07"
    code, out = run_cli(capsys, *argv)
    assert code == 0 and out.strip() == "2028-06-06"
