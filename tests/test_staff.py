"""Staff work through the mailbox: Dovecot + aiosmtpd + `requestbot poll --once`.

Each test opens a case by APPENDing a requester message and polling, takes the
staff notification from the sink, and answers it as staff would (In-Reply-To
the notification, "Re: <its subject>", authenticated by our authserv-id).
"""

from __future__ import annotations

import email.message
import email.policy
import email.utils
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
        f"Anna <{ANNA}>", "radera", "Radera mina uppgifter, tack.\n", auth=dkim_pass("example.se")
    )  # a genuine address: an erasure case's answer is held until it is (test_attacks)
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
    assert "Uusi" not in body and "> " not in body  # the quoted notification stays out


def test_verified_confirms_the_address(desk: Desk) -> None:
    case_id, notice, _ = desk.open_case(
        f"Anna <{ANNA}>", "radera", "Radera mina uppgifter, tack.\n", auth=None
    )
    assert desk.case(case_id).status.value == "awaiting_identity"
    desk.new()
    desk.staff(notice, "#verified")
    case = desk.case(case_id)
    assert case.status.value == "in_progress"
    assert case.address_verified and case.verification == "confirmed by staff"
    mails = desk.new()
    assert to(mails, ANNA) == []
    [ok] = to(mails, STAFF)
    assert "#verified" in ok["Subject"]


# --- #extend ----------------------------------------------------------------------------


def test_extend_within_the_first_month(desk: Desk) -> None:
    case_id, notice, original = desk.open_case()
    desk.new()
    desk.staff(notice, "#extend Pyyntö koskee kuvia kymmenen vuoden ajalta.")
    case = desk.case(case_id)
    assert case.status.value == "extended"
    assert case.extension_reasons == "Pyyntö koskee kuvia kymmenen vuoden ajalta."
    mails = desk.new()
    [notice_to_matti] = to(mails, MATTI)
    body = text(notice_to_matti)
    assert "kymmenen vuoden ajalta" in body
    due = case.extended_due
    assert f"{due.day}.{due.month}.{due.year}" in body
    assert notice_to_matti["In-Reply-To"] == original["Message-ID"]
    [ok] = to(mails, STAFF)
    assert f"{due.day}.{due.month}.{due.year}" in text(ok)


def test_extend_after_the_first_month_is_refused(desk: Desk) -> None:
    long_ago = datetime.now(UTC) - timedelta(days=45)
    case_id, notice, _ = desk.open_case(when=long_ago)
    desk.new()
    desk.staff(notice, "#jatka Paljon kuvia.")
    case = desk.case(case_id)
    assert case.status.value == "in_progress" and case.extension_reasons == ""
    mails = desk.new()
    assert to(mails, MATTI) == []
    [err] = to(mails, STAFF)
    assert "Määräaikaa ei voi enää jatkaa" in text(err)
    assert any(e.action == "command_failed" and e.actor == STAFF for e in desk.events(case_id))


# --- #done ------------------------------------------------------------------------------


def test_done_on_erasure_with_open_systems_asks_for_force(desk: Desk) -> None:
    case_id, notice, _ = desk.open_case()
    desk.new()
    desk.staff(notice, "#done")
    assert desk.case(case_id).status.value == "in_progress"
    mails = desk.new()
    assert to(mails, MATTI) == []
    [err] = to(mails, STAFF)
    assert "#valmis pakota" in text(err) and "Slotti" in text(err)

    desk.staff(notice, "#järjestelmä slotti done\n#jarjestelma business n/a\n#valmis Kiitos!")
    case = desk.case(case_id)
    assert case.status.value == "completed" and case.outcome == "completed"
    assert case.systems == {"Slotti": "done", "Business Central": "n/a"}
    mails = desk.new()
    [answer] = to(mails, MATTI)
    assert "Kiitos!" in text(answer) and f"[{case_id}]" in answer["Subject"]
    assert len(to(mails, STAFF)) == 3  # one answer per command


def test_done_force_closes_with_systems_open(desk: Desk) -> None:
    case_id, notice, _ = desk.open_case()
    desk.new()
    desk.staff(notice, "#done force")
    assert desk.case(case_id).status.value == "completed"
    mails = desk.new()
    assert len(to(mails, MATTI)) == 1
    assert "yhä tekemättä: Slotti" in text(to(mails, STAFF)[0])


# --- #refuse ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "outcome"),
    [
        ("#refuse Laskusi on perinnässä.", "refused"),
        ("#hylkaa Laskusi on perinnässä.", "refused"),
    ],
)
def test_refuse(desk: Desk, line: str, outcome: str) -> None:
    case_id, notice, _ = desk.open_case()
    desk.new()
    desk.staff(notice, line)
    case = desk.case(case_id)
    assert case.status.value == "refused" and case.outcome == outcome
    [answer] = to(desk.new(), MATTI)
    assert "Laskusi on perinnässä." in text(answer)


# --- case data: kind, language, system, note ---------------------------------------------


def test_kind_language_note_in_english_and_finnish(desk: Desk) -> None:
    case_id, notice, _ = desk.open_case()
    desk.new()
    desk.staff(notice, "#kind access erasure\n#language en\n#note called the customer")
    case = desk.case(case_id)
    assert [k.value for k in case.kinds] == ["access", "erasure"] and case.language == "en"
    desk.staff(notice, "#tyyppi poisto markkinointikielto\n#kieli sv\n#huom soitin asiakkaalle")
    case = desk.case(case_id)
    assert [k.value for k in case.kinds] == ["erasure", "marketing_opt_out"]
    assert case.language == "sv"
    assert desk.store_read(lambda s: s.is_suppressed(MATTI))
    mails = desk.new()
    assert to(mails, MATTI) == []
    assert len(to(mails, STAFF)) == 6
    events = [(e.actor, e.action, e.detail) for e in desk.events(case_id)]
    assert (STAFF, "kinds", "erasure -> access+erasure") in events
    assert (STAFF, "kinds", "access+erasure -> erasure+marketing_opt_out") in events
    assert (STAFF, "note", "called the customer") in events
    assert (STAFF, "note", "soitin asiakkaalle") in events
    assert (STAFF, "language", "sv") in events


def test_vastaa_and_vahvistettu(desk: Desk) -> None:
    case_id, notice, _ = desk.open_case(
        f"Matti <{MATTI}>", "tietoni", "Poistakaa tietoni.\n", auth=None
    )
    desk.new()
    desk.staff(notice, "#vahvistettu\n#vastaa\nTietosi poistetaan viikon sisällä.")
    case = desk.case(case_id)
    assert case.address_verified and case.status.value == "in_progress"
    [answer] = to(desk.new(), MATTI)
    assert "Tietosi poistetaan viikon sisällä." in text(answer)
    assert text(answer).startswith("Hei")


def test_not_a_request_and_reopen_run_in_order(desk: Desk) -> None:
    case_id, notice, _ = desk.open_case()
    desk.new()
    desk.staff(notice, "#not-a-request\n#reopen\n#ei-pyyntö\n#avaa\n#ei-pyynto")
    case = desk.case(case_id)
    assert case.status.value == "not_a_request" and case.outcome == "not_a_request"
    actions = [e.action for e in desk.events(case_id) if e.actor == STAFF]
    assert [a for a in actions if not a.startswith("status:")] == [
        "not-a-request",
        "reopen",
        "not-a-request",
        "reopen",
        "not-a-request",
    ]
    mails = desk.new()
    assert to(mails, MATTI) == [] and len(to(mails, STAFF)) == 5


# --- help, errors, notes -----------------------------------------------------------------


def test_help_with_and_without_a_case(desk: Desk) -> None:
    _, notice, _ = desk.open_case()
    desk.new()
    desk.staff(notice, "#help")
    [help_mail] = to(desk.new(), STAFF)
    assert "#vastaa" in text(help_mail)
    desk.staff(notice, "#apua", subject="ohjeet", thread=False)
    [help_mail] = to(desk.new(), STAFF)
    assert "#vastaa" in text(help_mail)


def test_unknown_command_answers_with_help_and_stops(desk: Desk) -> None:
    case_id, notice, _ = desk.open_case(f"Anna <{ANNA}>", "radera", "Radera mina uppgifter.\n")
    desk.new()
    desk.staff(notice, "#frobnicate now\n#verified")
    assert not desk.case(case_id).address_verified
    mails = desk.new()
    assert to(mails, ANNA) == []
    [err] = to(mails, STAFF)
    assert "Tuntematon komento #frobnicate" in text(err) and "#reply" in text(err)


def test_first_failing_command_stops_the_rest(desk: Desk) -> None:
    case_id, notice, _ = desk.open_case()
    desk.new()
    desk.staff(notice, "#note first\n#extend\n#language en")
    case = desk.case(case_id)
    assert case.language == "fi" and case.status.value == "in_progress"
    mails = desk.new()
    assert len(to(mails, STAFF)) == 2  # ok for #note, error for #extend
    assert "#jatka tarvitsee perustelut" in text(to(mails, STAFF)[1])


def test_reply_without_command_is_an_internal_note(desk: Desk) -> None:
    case_id, notice, _ = desk.open_case()
    desk.new()
    desk.staff(notice, "Soitin asiakkaalle, hän odottaa vastausta.")
    assert to(desk.new(), MATTI) == []
    notes = [e for e in desk.events(case_id) if e.action == "note"]
    assert notes and notes[0].actor == STAFF and "Soitin asiakkaalle" in notes[0].detail
    assert len(desk.store_read(lambda s: s.cases())) == 1


def test_command_by_subject_tag_without_threading(desk: Desk) -> None:
    case_id, notice, _ = desk.open_case()
    desk.new()
    desk.staff(notice, "#note by tag", subject=f"[{case_id}] note", thread=False)
    assert any(e.action == "note" and e.detail == "by tag" for e in desk.events(case_id))


# --- spoofed staff mail ------------------------------------------------------------------


@pytest.mark.parametrize(
    "auth",
    [
        None,
        f"{AUTHSERV}; dkim=fail header.d=example.fi; dmarc=fail header.from=example.fi",
        "mx.attacker.example.com; dkim=pass header.d=example.fi; dmarc=pass header.from=example.fi",
    ],
    ids=["no-auth-results", "failing", "other-authserv"],
)
def test_spoofed_staff_mail_runs_nothing(desk: Desk, auth: str | None) -> None:
    case_id, notice, _ = desk.open_case()
    desk.new()
    desk.staff(notice, "#reply\nHere are all your data.\n#done force", auth=auth)
    case = desk.case(case_id)
    assert case.status.value == "in_progress"
    mails = desk.new()
    assert to(mails, MATTI) == []
    [alert] = to(mails, STAFF)
    assert STAFF in alert["Subject"]
    assert any(e.action == "spoofed_staff_mail" for e in desk.events(case_id))
    assert not any(e.actor == STAFF for e in desk.events(case_id))
    assert len(desk.store_read(lambda s: s.cases())) == 1
    assert len(desk.user.uids("Quarantine")) == 1


# --- the event log -----------------------------------------------------------------------


def test_cases_show_tells_who_did_what(desk: Desk, capsys: pytest.CaptureFixture[str]) -> None:
    case_id, notice, _ = desk.open_case()
    desk.staff(notice, "#note checked Slotti\n#system slotti done")
    capsys.readouterr()
    assert main(["--config", str(desk.cfg), "cases", "show", case_id, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    mine = [(e["actor"], e["action"], e["detail"]) for e in doc["events"] if e["actor"] == STAFF]
    assert mine == [(STAFF, "note", "checked Slotti"), (STAFF, "system", "slotti done")]


def _staff_reply_with_file(desk: Desk, notice: Mail, body: str) -> None:
    msg = email.message.EmailMessage(policy=email.policy.SMTP)
    msg["From"] = f"Sanna Staff <{STAFF}>"
    msg["To"] = desk.user.address
    msg["Subject"] = "Re: " + notice["Subject"]
    msg["Message-ID"] = email.utils.make_msgid(domain="example.fi")
    msg["In-Reply-To"] = notice["Message-ID"]
    msg["Authentication-Results"] = STAFF_AUTH
    msg.set_content(body)
    msg.add_attachment(
        b"%PDF-1.4 tiedot", maintype="application", subtype="pdf", filename="tiedot.pdf"
    )
    desk.user.append(msg.as_bytes())
    desk.poll()


def test_reply_forwards_attachments_only_to_a_verified_address(desk: Desk) -> None:
    # Matti's request came with a DKIM/DMARC pass: his address is genuine.
    case_id, notice, _ = desk.open_case()
    assert desk.case(case_id).address_verified
    desk.new()
    _staff_reply_with_file(desk, notice, "#reply\nOhessa tietosi.")
    mails = desk.new()
    [answer] = to(mails, MATTI)
    files = [(p.get_filename(), p.get_content()) for p in answer.iter_attachments()]
    assert files == [("tiedot.pdf", b"%PDF-1.4 tiedot")]
    assert "tiedot.pdf" in text(to(mails, STAFF)[0])


def test_reply_keeps_attachments_back_while_the_address_is_unverified(desk: Desk) -> None:
    # an objection is no confirm_kinds kind: its text goes, attachments wait (an erasure
    # case would hold the whole answer: test_attacks)
    case_id, notice, _ = desk.open_case(
        f"Anna <{ANNA}>", "profilering", "Jag motsätter mig profilering.\n", auth=None
    )
    assert not desk.case(case_id).address_verified
    desk.new()
    _staff_reply_with_file(desk, notice, "#reply\nHär är dina uppgifter.")
    mails = desk.new()
    [answer] = to(mails, ANNA)
    assert list(answer.iter_attachments()) == []
    assert "EI lähetetty" in text(to(mails, STAFF)[0])


# --- a flagged reading (issue 13) ----------------------------------------------------------


def test_flagged_opt_out_is_suppressed_at_once_but_told_only_after_kind(desk: Desk) -> None:
    case_id, notice, _ = desk.open_case(f"Bob <{BOB}>", "hello", "remove me\n")
    case = desk.case(case_id)
    assert case.needs_review and case.status.value == "triage"
    assert [k.value for k in case.kinds] == ["marketing_opt_out"]
    assert desk.store_read(lambda s: s.is_suppressed(BOB))
    [ack] = [m.message for m in desk.sink.messages if BOB in m.rcpt_tos]
    assert case_id in ack["Subject"]
    body = text(ack)
    assert case_id in body and "marketing" not in body.lower()
    kinds_sent = desk.store_read(lambda s: [i["kind"] for i in s.outbox() if i["to"] == BOB])
    assert kinds_sent == ["ack_review"]

    desk.staff(notice, "#kind marketing_opt_out")
    case = desk.case(case_id)
    assert case.status.value == "completed" and case.outcome == "opted_out"
    assert not case.needs_review
    kinds_sent = desk.store_read(lambda s: [i["kind"] for i in s.outbox() if i["to"] == BOB])
    assert kinds_sent == ["ack_review", "optout_done"]
    assert len(to(desk.new(), BOB)) == 1
