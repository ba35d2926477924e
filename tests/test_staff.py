"""Staff work through the mailbox: Dovecot + aiosmtpd + `requestbot poll --once`.

Each test opens a case by APPENDing a requester message and polling, takes the
staff notification from the sink, and answers it as staff would (In-Reply-To
the notification, "Re: <its subject>", authenticated by our authserv-id).
"""

from __future__ import annotations

import email.message
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from flowkit import AUTHSERV, STAFF, dkim_pass, write_config
from servers import MailUser, SmtpSink, make_message

from requestbot import config as config_mod
from requestbot.cases import CaseStore
from requestbot.cli import main
from requestbot.model import Case, CaseEvent

pytestmark = pytest.mark.imap

Mail = email.message.EmailMessage
STAFF_AUTH = dkim_pass("example.fi")
MATTI = "matti@example.fi"
ANNA = "anna@example.se"
BOB = "bob@example.com"


class Desk:
    """One test's mailbox, sink and config, with the staff side of the conversation."""

    def __init__(self, tmp_path: Path, user: MailUser, sink: SmtpSink, **extra: str) -> None:
        self.user, self.sink = user, sink
        self.cfg = write_config(tmp_path, user, sink, **extra)
        self.seen = 0

    def poll(self) -> None:
        assert main(["--config", str(self.cfg), "poll", "--once"]) == 0

    def new(self) -> list[tuple[str, Mail]]:
        """Messages the sink got since the last call: (recipient, message)."""
        msgs = self.sink.messages
        fresh, self.seen = msgs[self.seen :], len(msgs)
        return [(r, m.message) for m in fresh for r in m.rcpt_tos]

    def open_case(
        self,
        sender: str = f"Matti Meikäläinen <{MATTI}>",
        subject: str = "tietoni",
        body: str = "Hei, poistakaa kaikki minun tiedot teidän rekisteristä.\n",
        *,
        when: datetime | None = None,
        auth: str | None = STAFF_AUTH,
    ) -> tuple[str, Mail, Mail]:
        """(case id, the staff notification, the requester's original message)."""
        headers = {"authentication_results": auth} if auth else {}
        raw = make_message(sender, subject, body, **headers)
        self.user.append(raw, internaldate=when)
        self.poll()
        [notice] = [m for r, m in self.new() if r == STAFF]
        [case] = self.store_read(lambda s: s.cases())
        original = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(original, Mail)
        return case.id, notice, original

    def staff(
        self,
        notice: Mail,
        body: str,
        *,
        sender: str = f"Sanna Staff <{STAFF}>",
        auth: str | None = STAFF_AUTH,
        subject: str | None = None,
        thread: bool = True,
        **headers: str,
    ) -> str:
        """A staff reply to ``notice``; returns its Message-ID."""
        if auth is not None:
            headers["authentication_results"] = auth
        if thread:
            headers["in_reply_to"] = notice["Message-ID"]
            headers["references"] = notice["Message-ID"]
        quoted = "\n".join("> " + line for line in notice.get_content().splitlines()[:5])
        raw = make_message(
            sender,
            subject if subject is not None else "Re: " + notice["Subject"],
            f"{body}\n\n{quoted}\n",
            **headers,
        )
        self.user.append(raw)
        self.poll()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        return str(msg["Message-ID"])

    def store_read(self, fn: Any) -> Any:
        c = config_mod.load(self.cfg)
        with CaseStore.open(c.resolve_path(c.storage.path), readonly=True) as store:
            return fn(store)

    def case(self, case_id: str) -> Case:
        case: Case = self.store_read(lambda s: s.require_case(case_id))
        return case

    def events(self, case_id: str) -> list[CaseEvent]:
        events: list[CaseEvent] = self.store_read(lambda s: s.events(case_id))
        return events


def to(mails: list[tuple[str, Mail]], rcpt: str) -> list[Mail]:
    return [m for r, m in mails if r == rcpt]


def text(msg: Mail) -> str:
    body = msg.get_body(("plain",))
    assert body is not None
    return str(body.get_content())  # type: ignore[attr-defined]


@pytest.fixture
def desk(tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink) -> Desk:
    return Desk(tmp_path, mailbox_user, smtp_sink)


# --- #reply -----------------------------------------------------------------------------


def test_reply_goes_to_the_requester_in_the_case_language_threaded(desk: Desk) -> None:
    case_id, notice, original = desk.open_case(
        f"Anna <{ANNA}>", "radera", "Radera mina uppgifter, tack.\n", auth=None
    )
    desk.new()
    desk.staff(notice, "#reply\nVi har tagit emot din begäran och återkommer snart.")
    mails = desk.new()
    [answer] = to(mails, ANNA)
    assert f"[{case_id}]" in answer["Subject"]
    assert answer["In-Reply-To"] == original["Message-ID"]
    assert original["Message-ID"] in answer["References"]
    body = text(answer)
    assert "Vi har tagit emot din begäran" in body
    assert body.startswith("Hej")  # the Swedish greeting of staff_reply
    [ok] = to(mails, STAFF)
    assert f"[{case_id}]" in ok["Subject"]
    assert "> Vi har tagit emot din begäran" in text(ok)
    events = desk.events(case_id)
    assert any(e.actor == STAFF and e.action == "reply" for e in events)
