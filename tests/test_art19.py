"""Art 19: recipients told by mail when an erasure is carried out, tracked to their answer."""

from __future__ import annotations

import dataclasses
import email.message
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from flowkit import STAFF
from servers import MailUser, SmtpSink, make_message
from test_staff import MATTI, Desk, text, to

from requestbot import art19, digest
from requestbot import config as config_mod
from requestbot.cases import CaseStore
from requestbot.cli import main
from requestbot.config import ConfigError
from requestbot.model import Case, Kind, Status
from requestbot.pipeline import Context
from requestbot.templates import Renderer

COLLECTOR = "perinta@example.com"
COLLECTOR_SYSTEM = f"""
[[systems]]
name = "OK-perintä"
kinds = ["erasure", "rectification"]
notice_address = "{COLLECTOR}"
notice_language = "en"
role = "recipient"
"""
T0 = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def make_desk(tmp_path: Path, user: MailUser, sink: SmtpSink) -> Desk:
    desk = Desk(tmp_path, user, sink, requests="notice_answer_days = 7")
    desk.cfg.write_text(desk.cfg.read_text() + COLLECTOR_SYSTEM)
    return desk


def carry_out(desk: Desk, **kw: str) -> tuple[str, email.message.EmailMessage]:
    """An erasure case opened, its own systems ticked and #done: (case id, the notice)."""
    case_id, notice, _original = desk.open_case(**kw)
    desk.staff(notice, "#system Slotti done")
    desk.staff(notice, "#system Business Central done")
    desk.new()
    desk.staff(notice, "#done")
    return case_id, notice


@pytest.mark.imap
def test_erasure_notifies_the_collector_and_its_answer_closes_the_row(
    tmp_path: Path,
    mailbox_user: MailUser,
    smtp_sink: SmtpSink,
    capsys: pytest.CaptureFixture[str],
) -> None:
    desk = make_desk(tmp_path, mailbox_user, smtp_sink)
    case_id, _staff_notice = carry_out(desk)
    mails = desk.new()
    [notice] = to(mails, COLLECTOR)
    assert f"[{case_id}]" in notice["Subject"] and "erase" in notice["Subject"].lower()
    body = text(notice)
    assert MATTI in body and "Article 19" in body and case_id in body  # English, as configured
    assert notice["Auto-Submitted"] != "auto-replied"
    [final] = to(mails, MATTI)
    # The final letter (a Finnish case) names the recipient that was told.
    assert "Pyysimme myös näitä vastaanottajia poistamaan tietosi: OK-perintä." in text(final)
    case = desk.case(case_id)
    assert case.status == Status.COMPLETED
    assert case.systems["OK-perintä"] == "notified"
    assert case.notices["OK-perintä"]["message_id"] == notice["Message-ID"]

    # The collector answers in the thread: the row is answered, staff are told, nobody else.
    answer = make_message(
        f"OK-perintä <{COLLECTOR}>",
        "Re: " + notice["Subject"],
        "Hello, the data has been erased from our system.\n",
        in_reply_to=notice["Message-ID"],
        references=notice["Message-ID"],
    )
    mailbox_user.append(answer)
    desk.poll()
    case = desk.case(case_id)
    assert case.systems["OK-perintä"] == "answered"
    assert case.notices["OK-perintä"]["answer_from"] == COLLECTOR
    assert [e.action for e in desk.events(case_id)][-2:] == ["art19_notice_answered", "mail_sent"]
    mails = desk.new()
    [told] = to(mails, STAFF)
    assert "OK-perintä" in told["Subject"] and "has been erased" in text(told)
    assert to(mails, MATTI) == [] and to(mails, COLLECTOR) == []
    assert mailbox_user.uids("INBOX") == []
    capsys.readouterr()
    assert main(["--config", str(desk.cfg), "cases", "show", case_id]) == 0
    shown = capsys.readouterr().out
    assert "OK-perintä: answered" in shown and "answered " in shown and COLLECTOR in shown


@pytest.mark.imap
def test_silence_past_the_limit_shows_in_the_case_and_the_digest(
    tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink
) -> None:
    desk = make_desk(tmp_path, mailbox_user, smtp_sink)
    case_id, _ = carry_out(desk)
    [notice] = to(desk.new(), COLLECTOR)
    # A reply from some other domain in the same thread does not close the row.
    mailbox_user.append(
        make_message(
            "Someone <someone@example.org>",
            "Re: " + notice["Subject"],
            "Done!\n",
            in_reply_to=notice["Message-ID"],
        )
    )
    desk.poll()
    assert desk.case(case_id).systems["OK-perintä"] == "notified"

    cfg = config_mod.load(desk.cfg)
    renderer = Renderer(languages=cfg.controller.languages)
    path = cfg.resolve_path(cfg.storage.path)
    for days, expected in ((6, False), (8, True)):
        later = datetime.now(UTC) + timedelta(days=days)
        with CaseStore.open(path) as store:
            ctx = Context(cfg, store, renderer, lambda later=later: later)
            assert art19.notices_once(ctx) == int(expected)
            subject, body, html = digest.render(ctx, digest.build(ctx))
            actions = [e.action for e in store.events(case_id)]
        assert ("art19_notice_unanswered" in actions) is expected
        assert (f"{case_id} OK-perintä ({COLLECTOR})" in body) is expected, body
        assert html is not None and (COLLECTOR in html) is expected


def _case(**kw: object) -> Case:
    base = Case(
        "DSR-2026-0001",
        MATTI,
        "Matti",
        "fi",
        (Kind.ERASURE,),
        T0,
        T0.date(),
        T0.date(),
        Status.COMPLETED,
    )
    return dataclasses.replace(base, **kw)  # type: ignore[arg-type]


def test_unanswered_skips_answered_and_hand_ticked_rows() -> None:
    cfg = config_mod.from_dict(
        {
            "controller": {"name": "X", "address": "dsr@example.fi"},
            "requests": {"notice_answer_days": 7},
        }
    )
    sent = {"to": COLLECTOR, "message_id": "<m@example.fi>", "sent_at": T0.isoformat()}
    waiting = _case(systems={"A": "notified"}, notices={"A": sent})
    answered = _case(
        id="DSR-2026-0002",
        systems={"A": "answered"},
        notices={"A": {**sent, "answered_at": T0.isoformat()}},
    )
    ticked = _case(id="DSR-2026-0003", systems={"A": "done"}, notices={"A": sent})
    now = T0 + timedelta(days=7)
    rows = art19.unanswered(cfg, [waiting, answered, ticked], now)
    assert [(r["case_id"], r["system"], r["days"]) for r in rows] == [("DSR-2026-0001", "A", 7)]
    assert art19.unanswered(cfg, [waiting], now - timedelta(seconds=1)) == []
    # Counted from delivery: a notice held with the answer and sent 2 days later is not due yet.
    assert art19.unanswered(cfg, [waiting], now, {}) == []
    delivered = {"<m@example.fi>": T0 + timedelta(days=2)}
    assert art19.unanswered(cfg, [waiting], now, delivered) == []
    assert len(art19.unanswered(cfg, [waiting], now + timedelta(days=2), delivered)) == 1


def test_notices_only_for_art19_kinds_and_systems_with_an_address() -> None:
    cfg = config_mod.from_dict(
        {
            "controller": {"name": "X", "address": "dsr@example.fi"},
            "systems": [
                {"name": "A", "kinds": ["erasure", "access"], "notice_address": COLLECTOR},
                {"name": "B", "kinds": ["erasure"]},
            ],
        }
    )
    assert [s.name for s in art19.notice_systems(cfg, _case())] == ["A"]
    assert art19.notice_systems(cfg, _case(kinds=(Kind.ACCESS,))) == []
    assert art19.notice_systems(cfg, _case(systems={"A": "n/a"})) == []
    assert (
        art19.answered_system(
            _case(notices={"A": {"to": COLLECTOR, "message_id": "<n@x>"}}),
            ["<n@x>"],
            "Helpdesk@Example.com",
        )
        == "A"
    )
    assert (
        art19.answered_system(
            _case(notices={"A": {"to": COLLECTOR, "message_id": "<n@x>"}}),
            ["<n@x>"],
            "x@example.org",
        )
        is None
    )


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"notice_address": "not-an-address"}, "expected an e-mail address"),
        ({"notice_address": "dsr@example.fi"}, "our own address"),
        ({"notice_address": COLLECTOR, "notice_language": "de"}, "expected one of"),
    ],
)
def test_notice_config_errors_name_the_key(entry: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message) as err:
        config_mod.from_dict(
            {
                "controller": {"name": "X", "address": "dsr@example.fi"},
                "systems": [{"name": "A", "kinds": ["erasure"], **entry}],
            },
            file="c.toml",
        )
    assert "systems[0]." in str(err.value) and "c.toml" in str(err.value)


@pytest.mark.imap
def test_notice_waits_with_a_held_answer_until_the_address_is_confirmed(
    tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink
) -> None:
    desk = make_desk(tmp_path, mailbox_user, smtp_sink)
    case_id, notice, _ = desk.open_case(
        subject="korjaus",
        body="Hei, nimeni on väärin rekisterissänne. Korjatkaa nimeni muotoon Matti Virtanen.\n",
        auth=None,  # no DKIM: the address is not confirmed
    )
    assert "rectification" in [k.value for k in desk.case(case_id).kinds]
    desk.staff(notice, "#system Slotti done")
    desk.new()
    desk.staff(notice, "#done")
    mails = desk.new()
    assert to(mails, COLLECTOR) == [] and to(mails, MATTI) == []  # both wait
    assert desk.case(case_id).systems["OK-perintä"] == "notified"
    desk.staff(notice, "#verified by phone")
    mails = desk.new()
    assert len(to(mails, COLLECTOR)) == 1 and len(to(mails, MATTI)) == 1
