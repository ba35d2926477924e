"""Abuse: mail loops, floods, template injection, forged staff mail, Reply-To redirection.

Everything goes through real Dovecot + aiosmtpd and ``requestbot poll --once``.
``REQUESTBOT_FULL=1`` runs the flood at full size (500 mails instead of 50).
"""

from __future__ import annotations

import email
import email.message
import json
import os
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from flowkit import STAFF, write_config
from servers import MailUser, SmtpSink, make_message

from requestbot.cli import main

pytestmark = pytest.mark.imap

FULL = os.environ.get("REQUESTBOT_FULL") == "1"
LIMIT = 3  # [requests] max_acks_per_sender_per_day, the default


def poll(cfg: Path) -> None:
    assert main(["--config", str(cfg), "poll", "--once"]) == 0


def cases(cfg: Path, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    capsys.readouterr()
    assert main(["--config", str(cfg), "cases", "list", "--json"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def show(cfg: Path, case_id: str, capsys: pytest.CaptureFixture[str]) -> dict:
    capsys.readouterr()
    assert main(["--config", str(cfg), "cases", "show", case_id, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def to(sink: SmtpSink, addr: str) -> list[email.message.EmailMessage]:
    return [m.message for m in sink.messages if addr in (r.lower() for r in m.rcpt_tos)]


def text_of(msg: email.message.EmailMessage) -> str:
    part = msg.get_body(("plain",))
    assert part is not None
    return part.get_content()


# --------------------------------------------------------------------------- mail loop


class AutoResponder:
    """Another auto-responder that answers everything it gets, without Auto-Submitted.

    It looks human: a personal address, "Re: <subject>", the original quoted. Called
    after each poll; it answers every message the sink received for it since the last
    call by APPENDing its reply to the bot's inbox.
    """

    def __init__(self, user: MailUser, sink: SmtpSink, address: str, threaded: bool) -> None:
        self.user, self.sink, self.address, self.threaded = user, sink, address, threaded
        self.seen = 0

    def answer(self) -> int:
        got = to(self.sink, self.address)
        new = got[self.seen :]
        self.seen = len(got)
        for msg in new:
            quoted = "\n".join("> " + line for line in text_of(msg).splitlines())
            headers = {}
            if self.threaded:
                headers["in_reply_to"] = msg["Message-ID"]
            subject = "Re: " + str(msg["Subject"])
            if not self.threaded:
                # A responder that rewrites the subject and drops the thread: it
                # still asks the same thing, so it reads as a new request each time.
                subject = "Re: your message"
            body = (
                "Thank you for your message. I will answer as soon as possible.\n"
                "Please delete my personal data.\n\n" + quoted + "\n"
            )
            self.user.append(
                make_message(f"Kalle Responder <{self.address}>", subject, body, **headers)
            )
        return len(new)


@pytest.mark.parametrize("threaded", [True, False], ids=["threaded", "unthreaded"])
def test_mail_loop_with_another_autoresponder_ends(
    threaded: bool, tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink
) -> None:
    cfg = write_config(tmp_path, mailbox_user, smtp_sink)
    addr = "kalle.responder@example.com"
    mailbox_user.append(
        make_message(f"Kalle <{addr}>", "Delete my data", "Please delete my personal data.\n")
    )
    bot = AutoResponder(mailbox_user, smtp_sink, addr, threaded)
    rounds = 0
    while rounds < 20:
        rounds += 1
        poll(cfg)
        if bot.answer() == 0:
            break
    sent = to(smtp_sink, addr)
    # The loop must end by itself, within the daily acknowledgement limit (+ one notice).
    assert rounds < 20, f"still looping after {rounds} rounds ({len(sent)} mails to {addr})"
    assert 1 <= len(sent) <= LIMIT + 1, [m["Subject"] for m in sent]
    assert mailbox_user.uids("INBOX") == []


# --------------------------------------------------------------------------- flood


def test_flood_from_one_sender_gets_limited_answers(
    tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink, capsys: pytest.CaptureFixture[str]
) -> None:
    n = 500 if FULL else 50
    cfg = write_config(tmp_path, mailbox_user, smtp_sink)
    addr = "flooder@example.com"
    # Each an opt-out: it closes its case at once, so every one would be answered.
    start = datetime.now(UTC) - timedelta(hours=1)
    raws = [
        make_message(
            f"Flooder <{addr}>",
            f"Unsubscribe {i}",
            f"Please stop sending me marketing emails. ({i})\n",
        )
        for i in range(n)
    ]
    with mailbox_user.client() as imap:
        for i, raw in enumerate(raws):
            imap.append("INBOX", raw, msg_time=start + timedelta(seconds=3600 * i / n))
    poll(cfg)
    poll(cfg)
    sent = to(smtp_sink, addr)
    subjects = [str(m["Subject"]) for m in sent]
    assert len(sent) <= LIMIT + 1, subjects
    assert len(sent) == LIMIT + 1, f"expected {LIMIT} answers and one notice: {subjects}"
    assert mailbox_user.uids("INBOX") == []
    assert len(mailbox_user.uids("Processed")) == n, "flood messages ended elsewhere"
    assert len(cases(cfg, capsys)) >= 1


# --------------------------------------------------------------------------- template syntax


def test_template_syntax_in_a_message_stays_literal(
    tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink
) -> None:
    cfg = write_config(tmp_path, mailbox_user, smtp_sink)
    body = (
        "Please delete my personal data.\n"
        "MARK-A {{ 7*7 }} MARK-B\n"
        "MARK-C {% for x in y %}loop{% endfor %} MARK-D\n"
        "MARK-E {{ config.__class__ }} {# comment #} MARK-F\n"
    )
    mailbox_user.append(make_message("Eve <eve@example.com>", "Delete {{ 7*7 }} data", body))
    poll(cfg)
    [note] = to(smtp_sink, STAFF)
    staff_text = text_of(note)
    assert re.search(r"MARK-A \{\{ 7\*7 \}\} MARK-B", staff_text), staff_text
    assert "MARK-A 49 MARK-B" not in staff_text
    assert "MARK-C {% for x in y %}loop{% endfor %} MARK-D" in staff_text
    assert "MARK-E {{ config.__class__ }} {# comment #} MARK-F" in staff_text
    [ack] = to(smtp_sink, "eve@example.com")
    for msg in (note, ack):
        assert "49" not in str(msg["Subject"]), msg["Subject"]
    assert "{{ 7*7 }}" in str(note["Subject"]) or "{{ 7*7 }}" in staff_text


# --------------------------------------------------------------------------- forged staff mail


def test_forged_staff_command_has_no_effect(
    tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = write_config(tmp_path, mailbox_user, smtp_sink)
    customer = "maija@example.fi"
    mailbox_user.append(
        make_message(f"Maija <{customer}>", "Poisto", "Poistakaa kaikki minun tietoni.\n")
    )
    poll(cfg)
    [case] = cases(cfg, capsys)
    before = show(cfg, case["id"], capsys)
    [note] = to(smtp_sink, STAFF)
    sent_before = len(smtp_sink.messages)
    forged = [
        # No Authentication-Results at all.
        make_message(
            f"Staff <{STAFF}>",
            "Re: " + str(note["Subject"]),
            "#done\n",
            in_reply_to=note["Message-ID"],
        ),
        # A pass from someone else's authserv-id (anyone can write that header).
        make_message(
            f"Staff <{STAFF}>",
            f"Re: [{case['id']}] done",
            "#done\n#close\n",
            in_reply_to=note["Message-ID"],
            authentication_results=(
                "mx.evil.example.com; dkim=pass header.d=example.fi; dmarc=pass header.from=example.fi"
            ),
        ),
        # A failing result from our own authserv-id.
        make_message(
            f"Staff <{STAFF}>",
            f"[{case['id']}] #done",
            "#done\n",
            authentication_results="mx.example.test; dkim=fail header.d=example.fi; dmarc=fail",
        ),
    ]
    mailbox_user.append_many(forged)
    poll(cfg)
    after = show(cfg, case["id"], capsys)
    assert after["status"] == before["status"] == case["status"]
    assert after.get("outcome") == before.get("outcome")
    # Nothing goes to the requester because of the forged mail.
    assert len(to(smtp_sink, customer)) == 1
    new_mail = smtp_sink.messages[sent_before:]
    assert all(customer not in m.rcpt_tos for m in new_mail)
    staff_actions = [
        e
        for e in after.get("events", [])
        if e.get("actor", "").lower() == STAFF and e.get("action") not in ("third_party_reply",)
    ]
    assert not staff_actions, staff_actions
    assert mailbox_user.uids("INBOX") == []


# --------------------------------------------------------------------------- Reply-To


def test_reply_to_elsewhere_never_receives_anything(
    tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink
) -> None:
    cfg = write_config(tmp_path, mailbox_user, smtp_sink)
    victim = "victim@example.se"
    raws = [
        make_message(
            "Ville <ville@example.fi>",
            "Delete my data",
            "Please delete my personal data.\n",
            reply_to=f"Victim <{victim}>",
        ),
        make_message(
            "Ville <ville@example.fi>",
            "Please stop",
            "Please stop sending me marketing emails.\n",
            reply_to=victim,
        ),
        make_message(
            "Sara <sara@example.se>",
            "Registerutdrag",
            "Hej! Jag vill ha ett registerutdrag över mina personuppgifter.\n",
            reply_to=f"{victim}, other@example.com",
        ),
    ]
    mailbox_user.append_many(raws)
    poll(cfg)
    everything = smtp_sink.messages
    assert to(smtp_sink, "ville@example.fi") and to(smtp_sink, "sara@example.se")
    for m in everything:
        assert victim not in (r.lower() for r in m.rcpt_tos)
        assert "other@example.com" not in (r.lower() for r in m.rcpt_tos)
        for header in ("To", "Cc", "Bcc"):
            assert victim not in str(m.message.get(header, "")).lower()
    staff = [text_of(m) for m in to(smtp_sink, STAFF)]
    assert any("Reply-To" in t for t in staff), "staff are not told about the Reply-To"
