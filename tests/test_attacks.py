"""Issue 15: the attacks of the security review, each run through the real flow.

Every test here puts the attack into the real Dovecot, runs ``requestbot poll
--once`` and reads what reached aiosmtpd; each one failed on c6494f9.
"""

from __future__ import annotations

import email.utils
import logging
import os
import stat
from pathlib import Path

import pytest
from flowkit import AUTHSERV, STAFF
from servers import MailUser, SmtpSink, make_message
from test_staff import MATTI, Desk, Mail, text, to

from requestbot import config as config_mod
from requestbot.cases import CaseStore
from requestbot.cli import PrintableFormatter, main
from requestbot.errors import MailboxError
from requestbot.mailbox import oauth2_token
from requestbot.pipeline import INFLIGHT, MAX_ATTEMPTS
from requestbot.spool import Spool, message_key

pytestmark = pytest.mark.imap

ACCESS = "Haluan tarkastaa, mitä henkilötietoja minusta on rekisterissänne.\n"
FORGED_PASS = f"{AUTHSERV}; dkim=pass header.d=example.fi; dmarc=pass header.from=example.fi"


@pytest.fixture
def desk(tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink) -> Desk:
    return Desk(tmp_path, mailbox_user, smtp_sink)


def victim_case(desk: Desk) -> tuple[str, Mail]:
    """An access request from Matti whose address is not confirmed yet."""
    case_id, notice, _ = desk.open_case(f"Matti <{MATTI}>", "tietoni", ACCESS, auth=None)
    assert desk.case(case_id).status.value == "awaiting_identity"
    desk.new()
    return case_id, notice


def requester_reply(desk: Desk, case_id: str, body: str, **headers: str) -> list[tuple[str, Mail]]:
    """Matti answers our acknowledgement (threaded on its Message-ID)."""
    [ack] = [m for m in desk.sink.messages if MATTI in m.rcpt_tos][:1]
    mid = ack.message["Message-ID"]
    raw = make_message(
        f"Matti <{MATTI}>",
        "Re: " + ack.message["Subject"],
        body,
        in_reply_to=mid,
        references=mid,
        **headers,
    )
    desk.user.append(raw)
    desk.poll()
    return desk.new()


def staff_mail_with_headers(desk: Desk, notice: Mail, body: str, *top: str) -> None:
    """Staff-looking mail; ``top`` are raw header lines put above everything else."""
    raw = make_message(
        f"Sanna Staff <{STAFF}>",
        "Re: " + notice["Subject"],
        body,
        in_reply_to=notice["Message-ID"],
        references=notice["Message-ID"],
    )
    desk.user.append("".join(line + "\r\n" for line in top).encode() + raw)
    desk.poll()


# --- 1. staff authentication ------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        # Our server's own header does not parse (SMTPUTF8 envelope sender): a forged
        # pass further down must not be read.
        (
            f"Authentication-Results: {AUTHSERV}; spf=pass smtp.mailfrom=ä@evil.example.com;"
            " dmarc=fail header.from=example.fi",
            f"Authentication-Results: {FORGED_PASS}",
        ),
        # Encoded words in an envelope sender the server copied into its own header.
        (
            f"Authentication-Results: {AUTHSERV}; spf=pass smtp.mailfrom="
            "=?utf-8?q?x=3B_dkim=3Dpass_header.d=3Dexample.fi_header.i=3D?=@evil.example.com;"
            " dmarc=fail header.from=example.fi",
        ),
    ],
    ids=["unparseable-top", "encoded-words"],
)
def test_forged_staff_mail_runs_no_command(desk: Desk, headers: tuple[str, ...]) -> None:
    case_id, notice = victim_case(desk)
    staff_mail_with_headers(
        desk, notice, "#verified\n#reply\nHere are all your data: ...\n", *headers
    )
    assert desk.case(case_id).status.value == "awaiting_identity"
    mails = desk.new()
    assert to(mails, MATTI) == []
    [alert] = to(mails, STAFF)
    assert STAFF in alert["Subject"] and "DKIM" in text(alert)
    assert not any(e.actor == STAFF for e in desk.events(case_id))
    assert len(desk.user.uids("Quarantine")) == 1


M365 = (
    "X-MS-Exchange-Organization-AuthAs: Internal",
    "X-MS-Exchange-Organization-AuthMechanism: 04",
    "X-MS-Exchange-Organization-AuthSource: AM0PR01MB1234.eurprd01.prod.outlook.com",
)


def test_internal_microsoft365_mail_in_dmarc_mode_says_what_to_configure(desk: Desk) -> None:
    plain = desk
    case_id, notice = victim_case(plain)
    staff_mail_with_headers(plain, notice, "#note checked\n", *M365)
    [alert] = to(plain.new(), STAFF)
    assert 'authentication = "microsoft365"' in text(alert)
    assert not any(e.actor == STAFF for e in plain.events(case_id))


def test_microsoft365_mode_runs_commands_from_internal_mail(
    tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink
) -> None:
    desk = Desk(tmp_path, mailbox_user, smtp_sink, staff='authentication = "microsoft365"')
    case_id, notice = victim_case(desk)
    staff_mail_with_headers(desk, notice, "#note checked\n", *M365)
    assert [(e.actor, e.action) for e in desk.events(case_id) if e.actor == STAFF] == [
        (STAFF, "note")
    ]
    # Without Exchange's stamp (an outsider's mail, even with a forged pass) nothing runs.
    staff_mail_with_headers(desk, notice, "#verified\n", f"Authentication-Results: {FORGED_PASS}")
    assert desk.case(case_id).status.value == "awaiting_identity"


def raw_from(from_header: str, body: str = ACCESS) -> bytes:
    """A request whose From header is written exactly as given."""
    raw = make_message("placeholder@example.com", "tietoni", body)
    return raw.replace(b"From: placeholder@example.com", b"From: " + from_header.encode())


# --- 2. personal data only to a confirmed address ------------------------------------------


def test_done_with_a_link_is_held_until_the_requester_answers_yes(desk: Desk) -> None:
    case_id, notice = victim_case(desk)
    desk.staff(notice, "#done https://files.example.com/export.zip")
    mails = desk.new()
    assert to(mails, MATTI) == []
    [ok] = to(mails, STAFF)
    assert "PIDÄTETTY" in text(ok)
    assert desk.case(case_id).is_open
    # A protest threaded on our acknowledgement is no confirmation: staff see it.
    mails = requester_reply(desk, case_id, "En lähettänyt tätä pyyntöä! Älkää tehkö mitään.")
    assert to(mails, MATTI) == []
    [seen] = to(mails, STAFF)
    assert "EI vahvistettu" in text(seen)
    assert not desk.case(case_id).address_verified
    # An auto-reply without RFC 3834 headers does not confirm either.
    mails = requester_reply(desk, case_id, "Thank you for your email. We will get back to you.")
    assert to(mails, MATTI) == [] and not desk.case(case_id).address_verified
    # The explicit answer the acknowledgement asks for releases the answer.
    mails = requester_reply(desk, case_id, "Kyllä\n\nMatti")
    [answer] = to(mails, MATTI)
    assert "https://files.example.com/export.zip" in text(answer)
    case = desk.case(case_id)
    assert case.address_verified and case.status.value == "completed"


def test_reply_text_is_held_until_staff_send_verified(desk: Desk) -> None:
    case_id, notice = victim_case(desk)
    desk.staff(notice, "#reply\nTietosi: asiakasnumero 12345, osoite Esimerkkikatu 2.")
    assert to(desk.new(), MATTI) == []
    desk.staff(notice, "#verified")
    [answer] = to(desk.new(), MATTI)
    assert "asiakasnumero 12345" in text(answer)


@pytest.mark.parametrize(
    "verdict",
    [
        "dkim=none; dmarc=fail header.from=example.fi",
        "dkim=fail header.d=example.fi; dmarc=none header.from=example.fi",
    ],
    ids=["dmarc-fail", "dkim-fail"],
)
def test_a_yes_our_own_server_calls_forged_confirms_nothing(desk: Desk, verdict: str) -> None:
    """Review 2b: our MX's topmost verdict fails the From domain: the "yes" is no proof."""
    case_id, notice = victim_case(desk)
    desk.staff(notice, "#reply\nTietosi: asiakasnumero 12345.")
    desk.new()
    mails = requester_reply(
        desk, case_id, "Kyllä\n", authentication_results=f"{AUTHSERV}; {verdict}"
    )
    assert to(mails, MATTI) == []
    [seen] = to(mails, STAFF)
    assert "EI vahvistettu" in text(seen)
    assert not desk.case(case_id).address_verified


@pytest.mark.parametrize(
    "body",
    [
        "Yes\n\nI am out of office until 2 January and will read your message then.\n",
        "YES\n\n--\nThis is an automatic reply. I am away until 2 January.\n",
        "Kyllä\n\nOlen lomalla 2.1. asti.\n",
    ],
    ids=["ooo", "automatic-reply", "lomalla"],
)
def test_a_yes_opening_a_vacation_notice_confirms_nothing(desk: Desk, body: str) -> None:
    """Review 2e: an auto-reply without RFC 3834 headers that starts with "Yes"."""
    case_id, _notice = victim_case(desk)
    mails = requester_reply(desk, case_id, body)
    assert to(mails, MATTI) == []
    assert not desk.case(case_id).address_verified
    # a plain yes still confirms (the control)
    requester_reply(desk, case_id, "Yes\n\nMatti\n")
    assert desk.case(case_id).address_verified


ERASURE = "Poistakaa kaikki henkilötietoni ja sulkekaa tilini.\n"


def test_a_forged_erasure_request_is_not_closed_until_the_address_is_confirmed(
    desk: Desk,
) -> None:
    """Review 2c: erasure is in confirm_kinds, so its letter is held like an access answer
    and staff are told the request may be forged."""
    case_id, notice, _ = desk.open_case(f"Matti <{MATTI}>", "poisto", ERASURE, auth=None)
    assert desk.case(case_id).status.value == "awaiting_identity"
    desk.new()
    desk.staff(notice, "#system Slotti done\n#system Business Central done\n#done")
    mails = desk.new()
    assert to(mails, MATTI) == []
    # each #system answer warns before anything is erased for a possible forger
    assert len([m for m in to(mails, STAFF) if "VAROITUS" in text(m)]) == 2
    [ok] = [m for m in to(mails, STAFF) if "PIDÄTETTY" in text(m)]
    assert "EI ole vahvistettu" in text(ok) and "väärennetty" in text(ok)
    assert "#verified" in text(ok)
    assert desk.case(case_id).is_open
    desk.staff(notice, "#verified")
    [letter] = to(desk.new(), MATTI)
    assert "Slotti" in text(letter)
    assert desk.case(case_id).status.value == "completed"


def test_done_force_with_every_system_open_claims_no_erasure(desk: Desk) -> None:
    """Review 2d: the letter says done only of systems marked done."""
    case_id, notice, _ = desk.open_case(f"Matti <{MATTI}>", "poisto", ERASURE)
    assert desk.case(case_id).address_verified
    desk.new()
    desk.staff(notice, "#done force")
    [letter] = to(desk.new(), MATTI)
    body = text(letter)
    assert "Olemme poistaneet tietosi" not in body
    assert "Emme ole vielä poistaneet tietojasi." in body
    assert "Slotti" not in body  # an open row is not named as done (test_letters)


# --- 3. header bombs and messages that take too long ----------------------------------------


def test_a_references_bomb_is_read_in_bounded_time_and_answered(desk: Desk) -> None:
    refs = " ".join(f"<r{i}.{'x' * 20}@example.com>" for i in range(50_000))
    subject = " ".join("=?utf-8?q?tieto?=" for _ in range(50_000))
    raw = make_message(f"Matti <{MATTI}>", "tietoni", ACCESS)  # headers written by hand:
    bomb = f"Subject: {subject}\r\nReferences: {refs}"  # the email package folds slowly
    raw = raw.replace(b"Subject: tietoni", bomb.encode())
    desk.user.append(raw)
    desk.poll()
    [ack] = to(desk.new(), MATTI)
    assert len(str(ack["References"]).split()) <= 20
    [case] = desk.store_read(lambda s: s.cases())
    assert len(case.subject) <= 300


def test_a_message_over_its_time_budget_is_quarantined_and_the_loop_goes_on(
    tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink
) -> None:
    # A budget no message can meet (a microsecond): every message runs over it, none hangs
    # the poll. Far below the kernel's tick, so the checkpoints between steps see it.
    desk = Desk(tmp_path, mailbox_user, smtp_sink, imap="max_message_seconds = 0.000001")
    desk.user.append(make_message(f"Matti <{MATTI}>", "tietoni", ACCESS))
    desk.user.append(make_message("Anna <anna@example.se>", "radera", "Radera mina uppgifter.\n"))
    desk.poll()
    assert desk.user.uids() == []
    assert len(desk.user.uids("Quarantine")) == 2
    alerts = to(desk.new(), STAFF)
    assert len(alerts) == 2 and all("time budget" in text(a) for a in alerts)
    assert to(desk.new(), MATTI) == []
    assert desk.store_read(lambda s: s.cases()) == []


def test_a_message_the_process_kept_dying_on_is_not_fetched_forever(desk: Desk) -> None:
    """Two earlier runs ended (killed, or hung and restarted) while handling it; the
    run that was cut short the third time left its in-hand marker behind."""
    desk.user.append(make_message(f"Matti <{MATTI}>", "tietoni", ACCESS))
    [uid] = desk.user.uids()
    [raw] = desk.user.fetch_all()
    key = message_key(raw, f"{desk.user.uidvalidity()}:{uid}")
    c = config_mod.load(desk.cfg)
    with CaseStore.open(c.resolve_path(c.storage.path)) as store, store.transaction():
        store.set_state(f"attempts:{key}", MAX_ATTEMPTS - 1)
        store.set_state(INFLIGHT, [key])
    desk.poll()
    assert desk.user.uids() == [] and len(desk.user.uids("Quarantine")) == 1
    [alert] = to(desk.new(), STAFF)
    assert "process ended" in text(alert)
    assert desk.store_read(lambda s: s.cases()) == []


def test_a_batch_cut_short_by_a_kill_is_retried_one_by_one_not_quarantined(desk: Desk) -> None:
    """A kill from outside lands on whatever batch is in hand: that says nothing about
    any one message, so only messages in hand alone count towards quarantine."""
    senders = [f"asiakas{i}@example.fi" for i in range(3)]
    for addr in senders:
        desk.user.append(make_message(addr, "tietoni", ACCESS))
    raws = desk.user.fetch_all()
    uidvalidity = desk.user.uidvalidity()
    keys = [
        message_key(raw, f"{uidvalidity}:{uid}")
        for uid, raw in zip(desk.user.uids(), raws, strict=True)
    ]
    c = config_mod.load(desk.cfg)
    with CaseStore.open(c.resolve_path(c.storage.path)) as store, store.transaction():
        for key in keys:
            store.set_state(f"attempts:{key}", MAX_ATTEMPTS - 1)
        store.set_state(INFLIGHT, keys)
    desk.poll()
    assert desk.user.uids() == [] and desk.user.uids("Quarantine") == []
    assert len(desk.store_read(lambda s: s.cases())) == len(senders)


# --- 5 (names), 6. the To header and the greeting --------------------------------------------


def test_a_long_display_name_never_adds_a_recipient_or_phishing_text(desk: Desk) -> None:
    name = "A" * 70 + " <attacker@evil.example>, Matti"
    desk.user.append(raw_from(f'"{name}" <{MATTI}>'))
    desk.poll()
    [ack] = to(desk.new(), MATTI)
    assert [a for _n, a in email.utils.getaddresses([str(v) for v in ack.get_all("To")])] == [MATTI]
    assert "evil.example" not in ack.as_string()


def test_a_phishing_display_name_is_not_repeated_in_letters(desk: Desk) -> None:
    name = "Congratulations! You won 1000 EUR, claim at http://evil.example/claim"
    desk.user.append(raw_from(f'"{name}" <{MATTI}>'))
    desk.poll()
    for _rcpt, mail in desk.new():
        assert "evil.example" not in mail.as_string()
        assert "Congratulations" not in mail.as_string()


@pytest.mark.parametrize(
    ("name", "bait"),
    [
        ("Visit evil.example/login now", "evil.example"),
        ("call +358401234567", "358401234567"),
        ("Click https://evil.example/x", "evil.example"),
        ("soita 040 123 4567", "4567"),
    ],
    ids=["domain", "phone", "url", "spaced-phone"],
)
def test_a_short_phishing_display_name_is_not_echoed(desk: Desk, name: str, bait: str) -> None:
    """Review 5b: a short name with a domain, a link or a phone number is not a name."""
    desk.user.append(raw_from(f'"{name}" <{MATTI}>'))
    desk.poll()
    [ack] = to(desk.new(), MATTI)
    assert bait not in ack.as_string()
    assert [n for n, _a in email.utils.getaddresses([str(v) for v in ack.get_all("To")])] == [""]
    assert text(ack).startswith("Hei,")


def test_a_flood_of_forged_requests_is_answered_at_the_global_rate(
    tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink
) -> None:
    desk = Desk(tmp_path, mailbox_user, smtp_sink, requests="max_acks_per_hour = 3")
    senders = [f"victim{i}@example.com" for i in range(7)]
    for addr in senders:
        desk.user.append(make_message(addr, "delete", "Please delete all my personal data.\n"))
    desk.poll()
    mails = desk.new()
    acked = [r for r, _m in mails if r in senders]
    assert len(acked) == 3
    staff = to(mails, STAFF)
    alerts = [m for m in staff if "automatic answers" in text(m)]
    assert len(alerts) == 1 and len(staff) == 3 + 1  # three notices, then one alert
    # The rest are held for the next hours, not dropped.
    waiting = desk.store_read(
        lambda s: s.outbox(lambda d: d["audience"] == "requester" and d["status"] == "queued")
    )
    assert sorted(d["to"] for d in waiting) == sorted(set(senders) - set(acked))
    assert len(desk.store_read(lambda s: s.cases())) == 7


def test_a_second_wave_of_the_same_forged_senders_gives_staff_no_notice_per_repeat(
    tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink
) -> None:
    """Review 5d: the repeats join their open cases; staff get no "replied" notice each."""
    desk = Desk(tmp_path, mailbox_user, smtp_sink, requests="max_acks_per_hour = 3")
    senders = [f"victim{i}@example.com" for i in range(7)]
    for _wave in range(2):
        for addr in senders:
            desk.user.append(make_message(addr, "delete", "Please delete all my personal data.\n"))
        desk.poll()
    cases = desk.store_read(lambda s: s.cases())
    assert len(cases) == 7
    joined = [e for c in cases for e in desk.events(c.id) if e.action == "joined"]
    assert len(joined) == 7
    mails = desk.new()
    assert len([r for r, _m in mails if r in senders]) == 3  # the first wave's acks only
    assert len(to(mails, STAFF)) == 3 + 1  # three new-case notices and one flood alert


def test_repeat_notices_over_the_hourly_limit_are_coalesced_with_one_alert(
    tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink
) -> None:
    """Repeats alone (no answer held, so no ack flood) over max_acks_per_hour an hour."""
    desk = Desk(tmp_path, mailbox_user, smtp_sink, requests="max_acks_per_hour = 2")
    senders = ["victim0@example.com", "victim1@example.com"]
    notices = []
    for _wave in range(3):
        for addr in senders:
            desk.user.append(make_message(addr, "delete", "Please delete all my personal data.\n"))
        desk.poll()
        notices.append(len(to(desk.new(), STAFF)))
    assert notices == [2, 2, 1]  # new cases, repeats, then one alert instead of two notices


# --- 7. nothing a customer wrote can become a staff command ---------------------------------


def test_a_pasted_notification_runs_no_command_from_the_display_name(desk: Desk) -> None:
    sender = f'"#done force https://evil.example/claim" <{MATTI}>'
    body = "Poistakaa tietoni.\n#done force\n#reply\nYour data: https://evil.example/x\n"
    case_id, notice, _ = desk.open_case(sender, "tietoni", body)
    desk.new()
    # Staff paste the whole notification, indented, under a note of their own.
    pasted = "\n".join("    " + line for line in text(notice).splitlines())
    desk.staff(notice, pasted)
    case = desk.case(case_id)
    assert case.is_open
    assert to(desk.new(), MATTI) == []
    assert [e.action for e in desk.events(case_id) if e.actor == STAFF] == ["note"]
    assert "> #done force" in text(notice)


# --- 8. the small ones ------------------------------------------------------------------------


def test_terminal_escapes_from_mail_never_reach_the_terminal(
    desk: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    evil = "tietoni \x1b]0;pwned\x07\x1b[2J\x1b[31m"
    raw = make_message(f"Matti <{MATTI}>", "x", ACCESS)
    desk.user.append(raw.replace(b"Subject: x", b"Subject: " + evil.encode()))
    desk.poll()
    [case] = desk.store_read(lambda s: s.cases())
    capsys.readouterr()
    assert main(["--config", str(desk.cfg), "cases", "show", case.id]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b]0;pwned" in out


@pytest.mark.parametrize("html", [False, True], ids=["text", "html"])
def test_terminal_escapes_in_a_name_never_reach_the_terminal_from_the_digest(
    desk: Desk, capsys: pytest.CaptureFixture[str], html: bool
) -> None:
    """Review 6b: `digest --print` wrote the raw ESC/OSC/BEL of a display name."""
    sender = f"=?utf-8?q?Eve_=1B=5B31mRED=1B=5D0=3Btitle=07?= <{MATTI}>"
    desk.user.append(raw_from(sender))
    desk.poll()
    capsys.readouterr()
    argv = ["--config", str(desk.cfg), "digest", "--print", *(["--html"] if html else [])]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "DSR-" in out
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b[31mRED" in out


def test_log_lines_show_control_characters_escaped() -> None:
    record = logging.LogRecord(
        "requestbot.audit", logging.INFO, "", 0, "message=%s", ("<\x1b[2J@x>",), None
    )
    line = PrintableFormatter("%(message)s").format(record)
    assert line == "message=<\\x1b[2J@x>"


def test_spool_is_private_whatever_the_umask(desk: Desk) -> None:
    desk.user.append(make_message(f"Matti <{MATTI}>", "tietoni", ACCESS))
    old = os.umask(0o022)
    try:
        desk.poll()
        spool = Spool(desk.cfg.parent / "data" / "spool")
        entry = spool.put("k1", b"From: a@example.com\r\n\r\nx\r\n", {})
    finally:
        os.umask(old)
    root = desk.cfg.parent / "data" / "spool"
    for path in [root, *root.iterdir()]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o700, path
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600, entry


def test_suppression_export_neutralises_formulas(
    desk: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    sender = "=cmd|'/C calc'!A0@example.com".replace(" ", "")
    desk.user.append(raw_from(sender, "Älkää lähettäkö minulle enää markkinointia.\n"))
    desk.poll()
    capsys.readouterr()
    assert main(["--config", str(desk.cfg), "suppression", "export", "--csv"]) == 0
    rows = capsys.readouterr().out.splitlines()[1:]
    assert rows and all(not row.startswith(("=", "+", "-", "@")) for row in rows)
    assert any(row.startswith("'=cmd") for row in rows)


def test_digest_counts_quarantine_and_lists_only_a_few(
    desk: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    for i in range(8):
        desk.user.append(make_message(f"Sanna Staff <{STAFF}>", f"#help {i}", "#help\n"))
    desk.poll()
    assert len(desk.user.uids("Quarantine")) == 8
    capsys.readouterr()
    assert main(["--config", str(desk.cfg), "digest", "--print"]) == 0
    out = capsys.readouterr().out
    # numbered as #vapauta takes them (oldest first), the newest five shown (issue 16)
    listed = [line.split(".")[0] for line in out.splitlines() if line[:1].isdigit()]
    assert listed == ["8", "7", "6", "5", "4"]
    assert "(8)" in out


def test_a_failing_token_command_does_not_leak_its_output(tmp_path: Path) -> None:
    helper = tmp_path / "token"
    helper.write_text("#!/bin/sh\necho 'client_secret=s3cr3t-value' >&2\nexit 1\n")
    helper.chmod(0o700)
    with pytest.raises(MailboxError) as info:
        oauth2_token(str(helper))
    assert "s3cr3t" not in str(info.value)
