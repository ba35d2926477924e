"""The accountability report (EDPB CEF 2025 §4.2.1 KPIs): figures, CSV and an HTML page.

A case belongs to the window by its receipt date (controller's timezone).
"Answered" means completed or refused; days to answer are
``closed_at - received_at`` in days (one decimal); an answer is in time when
its closing date is on or before the case's due date (the extended one if the
case was ever extended). Charts are inline SVG drawn here (no library, no
external assets).
"""

from __future__ import annotations

import csv
import html
import io
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from .cases import CaseStore
from .model import KIND_ORDER, Case, CaseEvent, Status

ANSWERED = frozenset({Status.COMPLETED, Status.REFUSED})


@dataclass(frozen=True)
class Row:
    """One case with its timeline."""

    case: Case
    received: date
    acknowledged: datetime | None
    extended: datetime | None
    closed: datetime | None

    @property
    def due(self) -> date:
        return self.case.extended_due if self.extended else self.case.due

    @property
    def answered(self) -> bool:
        return self.case.status in ANSWERED and self.closed is not None

    @property
    def days_to_answer(self) -> float | None:
        if not self.answered or self.closed is None:
            return None
        return round((self.closed - self.case.received_at).total_seconds() / 86400, 1)

    def in_time(self, tz: ZoneInfo) -> bool | None:
        if not self.answered or self.closed is None:
            return None
        return self.closed.astimezone(tz).date() <= self.due


@dataclass
class Report:
    date_from: date | None
    date_to: date | None
    today: date
    rows: list[Row] = field(default_factory=list)
    tz: ZoneInfo = field(default_factory=lambda: ZoneInfo("Europe/Helsinki"))

    def figures(self) -> dict[str, Any]:
        rows = self.rows
        answered = [r for r in rows if r.answered]
        days = [r.days_to_answer for r in answered if r.days_to_answer is not None]
        in_time = [r for r in answered if r.in_time(self.tz)]
        by_kind = Counter(k.value for r in rows for k in r.case.kinds)
        no_kind = sum(1 for r in rows if not r.case.kinds)
        if no_kind:
            by_kind["(none)"] = no_kind
        return {
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat() if self.date_to else None,
            "today": self.today.isoformat(),
            "cases": len(rows),
            "by_kind": {
                k: by_kind[k] for k in [*(k.value for k in KIND_ORDER), "(none)"] if by_kind[k]
            },
            "by_language": dict(sorted(Counter(r.case.language for r in rows).items())),
            "by_status": dict(sorted(Counter(r.case.status.value for r in rows).items())),
            "by_outcome": dict(
                sorted(Counter(r.case.outcome or "-" for r in rows if not r.case.is_open).items())
            ),
            "answered": len(answered),
            "median_days": round(statistics.median(days), 1) if days else None,
            "max_days": max(days) if days else None,
            "answered_in_time": len(in_time),
            "share_in_time": round(len(in_time) / len(answered), 3) if answered else None,
            "extensions": sum(1 for r in rows if r.extended),
            "refusals": sum(1 for r in rows if r.case.status == Status.REFUSED),
            "open": sum(1 for r in rows if r.case.is_open),
            "overdue_now": sum(
                1 for r in rows if r.case.is_open and r.case.effective_due < self.today
            ),
        }


def timeline(case: Case, events: Iterable[CaseEvent]) -> tuple[datetime | None, ...]:
    """(acknowledged, extended) from the audit trail: the first of each."""
    ack = ext = None
    for ev in sorted(events, key=lambda e: e.at):
        if ack is None and ev.action in ("queued:ack", "queued:ack_review"):
            ack = ev.at
        if ext is None and ev.action == "status:extended":
            ext = ev.at
    if ext is None and case.status == Status.EXTENDED:
        ext = case.received_at
    return ack, ext


def build(
    store: CaseStore,
    *,
    date_from: date | None,
    date_to: date | None,
    today: date,
    timezone: str = "Europe/Helsinki",
) -> Report:
    tz = ZoneInfo(timezone)
    report = Report(date_from, date_to, today, tz=tz)
    live = [(case, store.events(case.id)) for case in store.cases()]
    live_ids = {case.id for case, _ in live}
    archived = [(c, evs) for c, evs in store.archived_cases() if c.id not in live_ids]
    for case, events in live + archived:
        received = case.received_at.astimezone(tz).date()
        if (date_from and received < date_from) or (date_to and received > date_to):
            continue
        ack, ext = timeline(case, events)
        report.rows.append(Row(case, received, ack, ext, case.closed_at))
    report.rows.sort(key=lambda r: (r.case.received_at, r.case.id))
    return report


# --- output -------------------------------------------------------------------------------


def _num(value: object) -> str:
    return "-" if value is None else str(value)


def text(report: Report) -> str:
    f = report.figures()
    window = f"{f['from'] or 'start'} .. {f['to'] or 'now'}"
    share = f["share_in_time"]
    lines = [
        f"Rights requests received {window} (as of {f['today']})",
        "",
        f"Cases:                 {f['cases']}  (open {f['open']}, overdue now {f['overdue_now']})",
        f"Answered:              {f['answered']}",
        f"Answered in time:      {f['answered_in_time']}"
        + (f" ({share * 100:.1f} %)" if share is not None else ""),
        f"Days to answer:        median {_num(f['median_days'])}, max {_num(f['max_days'])}",
        f"Extensions:            {f['extensions']}",
        f"Refusals:              {f['refusals']}",
    ]
    for title, key in (
        ("By kind", "by_kind"),
        ("By language", "by_language"),
        ("By status", "by_status"),
        ("By outcome", "by_outcome"),
    ):
        lines += ["", title + ":"]
        lines += [f"  {k:<20} {v}" for k, v in f[key].items()] or ["  -"]
    return "\n".join(lines) + "\n"


CSV_FIELDS = (
    "case_id",
    "received",
    "kinds",
    "language",
    "status",
    "outcome",
    "due",
    "opened",
    "acknowledged",
    "extended",
    "closed",
    "days_to_answer",
    "in_time",
)


def _iso(value: datetime | None) -> str:
    return value.isoformat() if value else ""


def csv_text(report: Report) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_FIELDS)
    for r in report.rows:
        in_time = r.in_time(report.tz)
        w.writerow(
            [
                r.case.id,
                r.received.isoformat(),
                "+".join(k.value for k in r.case.kinds),
                r.case.language,
                r.case.status.value,
                r.case.outcome,
                r.due.isoformat(),
                r.case.received_at.isoformat(),
                _iso(r.acknowledged),
                _iso(r.extended),
                _iso(r.closed),
                _num(r.days_to_answer) if r.days_to_answer is not None else "",
                "" if in_time is None else ("yes" if in_time else "no"),
            ]
        )
    return buf.getvalue()


# --- HTML with inline SVG charts -------------------------------------------------------------

COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f")


def monthly_by_kind(rows: Sequence[Row]) -> tuple[list[str], list[str], dict[str, Counter[str]]]:
    months = sorted({r.received.strftime("%Y-%m") for r in rows})
    kinds = [k.value for k in KIND_ORDER if any(k in r.case.kinds for r in rows)]
    counts: dict[str, Counter[str]] = {m: Counter() for m in months}
    for r in rows:
        for k in r.case.kinds:
            counts[r.received.strftime("%Y-%m")][k.value] += 1
    return months, kinds, counts


def svg_monthly(rows: Sequence[Row]) -> str:
    months, kinds, counts = monthly_by_kind(rows)
    if not months:
        return "<p>No requests in this period.</p>"
    width, height, left, bottom = 640, 260, 40, 40
    top = max(sum(counts[m].values()) for m in months) or 1
    bar = (width - left - 10) / len(months)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height + 30}" '
        f'role="img" aria-label="Requests per month by kind">'
    ]
    parts.append(
        f'<line x1="{left}" y1="{height - bottom}" x2="{width}" y2="{height - bottom}" '
        'stroke="#333"/>'
    )
    scale = (height - bottom - 10) / top
    for i, m in enumerate(months):
        x = left + i * bar + bar * 0.15
        y: float = height - bottom
        for j, k in enumerate(kinds):
            n = counts[m][k]
            if not n:
                continue
            h = n * scale
            y -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar * 0.7:.1f}" height="{h:.1f}" '
                f'fill="{COLOURS[j % len(COLOURS)]}"><title>{m} {k}: {n}</title></rect>'
            )
        parts.append(
            f'<text x="{x + bar * 0.35:.1f}" y="{height - bottom + 15}" font-size="11" '
            f'text-anchor="middle">{m}</text>'
        )
    parts.append(f'<text x="{left - 5}" y="15" font-size="11" text-anchor="end">{top}</text>')
    for j, k in enumerate(kinds):
        x = left + j * 95
        parts.append(
            f'<rect x="{x}" y="{height + 5}" width="10" height="10" '
            f'fill="{COLOURS[j % len(COLOURS)]}"/>'
            f'<text x="{x + 14}" y="{height + 14}" font-size="11">{k}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def svg_days(report: Report) -> str:
    """One dot per answered case: days to answer, against its deadline (grey tick)."""
    rows = [r for r in report.rows if r.answered]
    if not rows:
        return "<p>No answered requests in this period.</p>"
    width, height, left, bottom = 640, 260, 40, 30
    allowed = [(r.due - r.received).days for r in rows]
    top = max([*(r.days_to_answer or 0 for r in rows), *allowed, 1])
    step = (width - left - 10) / len(rows)
    scale = (height - bottom - 10) / top
    base = height - bottom
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'role="img" aria-label="Days to answer against the deadline">',
        f'<line x1="{left}" y1="{base}" x2="{width}" y2="{base}" stroke="#333"/>',
        f'<text x="{left - 5}" y="15" font-size="11" text-anchor="end">{top:g}</text>',
    ]
    for i, (r, limit) in enumerate(zip(rows, allowed, strict=True)):
        x = left + (i + 0.5) * step
        days = r.days_to_answer or 0
        colour = "#2ca02c" if r.in_time(report.tz) else "#d62728"
        parts.append(
            f'<line x1="{x - step * 0.35:.1f}" y1="{base - limit * scale:.1f}" '
            f'x2="{x + step * 0.35:.1f}" y2="{base - limit * scale:.1f}" stroke="#999" '
            f'stroke-width="2"/>'
            f'<circle cx="{x:.1f}" cy="{base - days * scale:.1f}" r="4" fill="{colour}">'
            f"<title>{html.escape(r.case.id)}: {days:g} days, deadline {limit} days"
            "</title></circle>"
        )
    parts.append(
        f'<text x="{left}" y="{height - 8}" font-size="11">dots: days to answer '
        "(green in time, red late); grey ticks: days allowed</text></svg>"
    )
    return "".join(parts)


def html_page(report: Report, title: str = "Rights requests") -> str:
    f = report.figures()
    esc = html.escape
    summary = [
        ("Cases received", f["cases"]),
        ("Open", f["open"]),
        ("Overdue now", f["overdue_now"]),
        ("Answered", f["answered"]),
        ("Answered in time", f["answered_in_time"]),
        ("Share in time", "-" if f["share_in_time"] is None else f"{f['share_in_time']:.1%}"),
        ("Median days to answer", _num(f["median_days"])),
        ("Maximum days to answer", _num(f["max_days"])),
        ("Extensions", f["extensions"]),
        ("Refusals", f["refusals"]),
    ]
    table = "".join(f"<tr><th>{esc(k)}</th><td>{esc(str(v))}</td></tr>" for k, v in summary)
    groups = ""
    for name, key in (
        ("By kind", "by_kind"),
        ("By language", "by_language"),
        ("By status", "by_status"),
        ("By outcome", "by_outcome"),
    ):
        body = "".join(f"<tr><td>{esc(str(k))}</td><td>{v}</td></tr>" for k, v in f[key].items())
        groups += f"<h3>{name}</h3><table>{body}</table>"
    window = f"{f['from'] or 'start'} – {f['to'] or 'now'}"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)} {esc(window)}</title>
<style>body{{font-family:Arial,Helvetica,sans-serif;max-width:760px;margin:20px;color:#222}}
table{{border-collapse:collapse}}th,td{{padding:3px 10px;text-align:left;border-bottom:1px solid #ddd}}
</style></head><body>
<h1>{esc(title)} {esc(window)}</h1>
<p>As of {esc(f["today"])}.</p>
<table id="summary">{table}</table>
<h2>Requests per month by kind</h2>
{svg_monthly(report.rows)}
<h2>Days to answer against the deadline</h2>
{svg_days(report)}
{groups}
</body></html>
"""
