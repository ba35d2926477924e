"""Report figures against hand-computed ones, CSV timeline, HTML page."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from test_digest import make_case

from requestbot import report
from requestbot.cases import CaseStore
from requestbot.model import Kind, Status

T = UTC


def filled_store(path: Path) -> CaseStore:
    store = CaseStore.open(path)
    # 1: access, received 2 Nov, closed 12 Nov 12:00 -> 10.0 days, in time (due 2 Dec).
    c1 = make_case(
        "DSR-2026-0001",
        received=datetime(2026, 11, 2, 12, 0, tzinfo=T),
        due=date(2026, 12, 2),
        kinds=(Kind.ACCESS,),
    )
    # 2: erasure (sv), received 5 Nov, extended, closed 20 Jan -> 76.0 days, in time
    #    against the extended due 5 Feb.
    c2 = make_case(
        "DSR-2026-0002",
        received=datetime(2026, 11, 5, 8, 0, tzinfo=T),
        due=date(2026, 12, 7),
        extended_due=date(2027, 2, 5),
        kinds=(Kind.ERASURE,),
        language="sv",
    )
    # 3: access + erasure, received 1 Dec, refused 5 Jan -> 35.0 days, late (due 2 Jan).
    c3 = make_case(
        "DSR-2026-0003",
        received=datetime(2026, 12, 1, 10, 0, tzinfo=T),
        due=date(2027, 1, 2),
        kinds=(Kind.ACCESS, Kind.ERASURE),
    )
    # 4: open access, received 10 Dec, due 12 Jan: overdue on 20 Jan.
    c4 = make_case(
        "DSR-2026-0004",
        received=datetime(2026, 12, 10, 10, 0, tzinfo=T),
        due=date(2027, 1, 12),
        language="en",
    )
    # 5: received in October: outside a November-December window.
    c5 = make_case("DSR-2026-0005", received=datetime(2026, 10, 1, 10, 0, tzinfo=T))
    for c in (c1, c2, c3, c4, c5):
        store.add_case(c)
    store.add_event(c1.id, "requestbot", "queued:ack", at=datetime(2026, 11, 2, 12, 1, tzinfo=T))
    store.transition(
        c1.id,
        Status.COMPLETED,
        actor="staff",
        at=datetime(2026, 11, 12, 12, 0, tzinfo=T),
        outcome="answered",
    )
    store.transition(
        c2.id, Status.EXTENDED, actor="staff", at=datetime(2026, 12, 1, 9, 0, tzinfo=T)
    )
    store.transition(
        c2.id,
        Status.COMPLETED,
        actor="staff",
        at=datetime(2027, 1, 20, 8, 0, tzinfo=T),
        outcome="erased",
    )
    store.transition(
        c3.id,
        Status.REFUSED,
        actor="staff",
        at=datetime(2027, 1, 5, 10, 0, tzinfo=T),
        outcome="manifestly_unfounded",
    )
    return store


def build(tmp_path: Path) -> report.Report:
    with filled_store(tmp_path / "cases.json") as store:
        return report.build(
            store, date_from=date(2026, 11, 1), date_to=date(2026, 12, 31), today=date(2027, 1, 20)
        )


def test_figures_match_hand_computed(tmp_path: Path) -> None:
    f = build(tmp_path).figures()
    assert f["cases"] == 4
    assert f["by_kind"] == {"access": 3, "erasure": 2}
    assert f["by_language"] == {"en": 1, "fi": 2, "sv": 1}
    assert f["by_status"] == {"completed": 2, "in_progress": 1, "refused": 1}
    assert f["by_outcome"] == {"answered": 1, "erased": 1, "manifestly_unfounded": 1}
    assert f["answered"] == 3
    assert f["median_days"] == 35.0 and f["max_days"] == 76.0
    assert f["answered_in_time"] == 2 and f["share_in_time"] == round(2 / 3, 3)
    assert f["extensions"] == 1 and f["refusals"] == 1
    assert f["overdue_now"] == 1 and f["open"] == 1


def test_csv_has_a_timeline_per_case(tmp_path: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(report.csv_text(build(tmp_path)))))
    assert [r["case_id"] for r in rows] == [f"DSR-2026-000{i}" for i in (1, 2, 3, 4)]
    one, two, three = rows[0], rows[1], rows[2]
    assert one["acknowledged"].startswith("2026-11-02T12:01")
    assert one["closed"].startswith("2026-11-12") and one["days_to_answer"] == "10.0"
    assert two["extended"].startswith("2026-12-01") and two["due"] == "2027-02-05"
    assert two["in_time"] == "yes" and three["in_time"] == "no"
    assert rows[3]["closed"] == "" and rows[3]["in_time"] == ""


def test_text_and_html(tmp_path: Path) -> None:
    rep = build(tmp_path)
    text = report.text(rep)
    assert "median 35.0, max 76.0" in text and "(66.7 %)" in text
    page = report.html_page(rep)
    assert page.count("<svg") == 2
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "<script" not in page and "src=" not in page


@pytest.mark.skipif(
    not (shutil.which("chromium") or shutil.which("chromium-browser")),
    reason="Chromium is not installed",
)
def test_html_opens_in_headless_chromium(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(report.html_page(build(tmp_path)), encoding="utf-8")
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    assert exe
    done = subprocess.run(
        [exe, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "<svg" in done.stdout and "Days to answer" in done.stdout
