"""End to end: Dovecot + aiosmtpd + `requestbot poll --once`."""

from __future__ import annotations

import email
import email.policy
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from flowkit import STAFF, dkim_pass, write_config
from servers import MailUser, SmtpSink, make_message

from requestbot.cli import main

pytestmark = pytest.mark.imap


def poll(cfg: Path) -> None:
    assert main(["--config", str(cfg), "poll", "--once"]) == 0


def cases(cfg: Path, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    capsys.readouterr()
    assert main(["--config", str(cfg), "cases", "list", "--json"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def by_recipient(sink: SmtpSink) -> dict[str, list[email.message.EmailMessage]]:
    out: dict[str, list] = {}
    for m in sink.messages:
        for rcpt in m.rcpt_tos:
            out.setdefault(rcpt, []).append(m.message)
    return out


def test_mixed_inbox_end_to_end(
    tmp_path: Path,
    mailbox_user: MailUser,
    smtp_sink: SmtpSink,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cfg = write_config(tmp_path, mailbox_user, smtp_sink)
    when = datetime(2026, 11, 25, 12, 3, tzinfo=UTC)  # 14:03 in Helsinki
    fi = make_message(
        "Matti Meikäläinen <matti@example.fi>",
        "tietoni",
        "Hei, poistakaa kaikki minun tiedot teidän rekisteristä.\n",
        authentication_results=dkim_pass("example.fi"),
    )
    sv = make_message(
        "Anna <anna@example.se>",
        "registerutdrag",
        "Hej! Jag vill ha ett registerutdrag över mina personuppgifter.\n",
    )
    en = make_message(
        "Bob <bob@example.com>", "newsletter", "Please stop sending me marketing emails.\n"
    )
    auto = make_message(
        "Matti <matti2@example.fi>",
        "Automaattinen vastaus: Loma",
        "Olen lomalla.\n",
        auto_submitted="auto-replied",
    )
    near = make_message(
        "Liisa <liisa@example.fi>",
        "tilaus",
        "Voisitteko perua tilaukseni 12345, tilasin vahingossa.\n",
    )
    for raw in (fi, sv, en, auto, near):
        mailbox_user.append(raw, internaldate=when)

    poll(cfg)
    poll(cfg)  # a second run takes nothing twice

    assert mailbox_user.uids("INBOX") == []
    got = {c["requester"]: c for c in cases(cfg, capsys)}
    assert set(got) == {
        "matti@example.fi",
        "anna@example.se",
        "bob@example.com",
        "liisa@example.fi",
    }
    assert got["matti@example.fi"]["kinds"] == ["erasure"]
    assert got["matti@example.fi"]["status"] == "in_progress"  # DKIM/DMARC pass
    assert got["matti@example.fi"]["due"] == "2026-12-28"
    assert got["anna@example.se"]["status"] == "awaiting_identity"
    assert got["bob@example.com"]["status"] == "completed"  # opt-out done at once
    assert got["liisa@example.fi"]["kinds"] == [] and got["liisa@example.fi"]["status"] == "triage"

    mail = by_recipient(smtp_sink)
    assert len(mail["matti@example.fi"]) == 1 and len(mail["anna@example.se"]) == 1
    assert len(mail["bob@example.com"]) == 1
    assert "liisa@example.fi" not in mail and "matti2@example.fi" not in mail
    ack_fi = mail["matti@example.fi"][0]
    assert ack_fi["Auto-Submitted"] == "auto-replied"
    assert got["matti@example.fi"]["id"] in ack_fi["Subject"]
    assert "28.12.2026" in ack_fi.get_content()
    ack_sv = mail["anna@example.se"][0].get_content()
    assert "Hej" in ack_sv or "hej" in ack_sv
    assert mail["anna@example.se"][0]["In-Reply-To"]
    assert len(mail[STAFF]) == 4  # one notification per case
    assert sorted(mailbox_user.folder_names())
    assert len(mailbox_user.uids("Automated")) == 1
    assert len(mailbox_user.uids("Processed")) == 4

    # The opt-out is on the suppression list.
    from requestbot import config as config_mod
    from requestbot.cases import CaseStore

    c = config_mod.load(cfg)
    with CaseStore.open(c.resolve_path(c.storage.path), readonly=True) as store:
        assert store.is_suppressed("bob@example.com")


def test_confirmation_reply_and_repeat(
    tmp_path: Path,
    mailbox_user: MailUser,
    smtp_sink: SmtpSink,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cfg = write_config(tmp_path, mailbox_user, smtp_sink)
    mailbox_user.append(
        make_message("Anna <anna@example.se>", "radera", "Radera mina uppgifter, tack.\n")
    )
    poll(cfg)
    smtp_sink.wait_for(2)  # the acknowledgement and the staff notification
    ack_msg = next(m.message for m in smtp_sink.messages if "anna@example.se" in m.rcpt_tos)
    # She asks again (same kinds): joins the case, no second acknowledgement.
    mailbox_user.append(
        make_message("Anna <anna@example.se>", "radera igen", "Radera mina uppgifter!\n")
    )
    # And confirms by replying to the acknowledgement.
    mailbox_user.append(
        make_message(
            "Anna <anna@example.se>",
            "Re: " + ack_msg["Subject"],
            "Ja, det är jag.\n",
            in_reply_to=ack_msg["Message-ID"],
        )
    )
    poll(cfg)
    [case] = cases(cfg, capsys)
    assert case["status"] == "in_progress"
    to_anna = [m for m in smtp_sink.messages if "anna@example.se" in m.rcpt_tos]
    assert len(to_anna) == 1


def test_spooled_message_removed_from_inbox_is_not_lost(
    tmp_path: Path,
    mailbox_user: MailUser,
    smtp_sink: SmtpSink,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A message whose bytes reached the spool but which someone moved out of the
    inbox before it was recorded is processed from the spool's copy."""
    from requestbot import config as config_mod
    from requestbot.spool import Spool, message_key

    cfg = write_config(tmp_path, mailbox_user, smtp_sink)
    c = config_mod.load(cfg)
    raw = make_message("Eva <eva@example.se>", "radera", "Radera mina uppgifter.\n")
    spool = Spool(c.resolve_path(c.storage.spool_dir))
    spool.put(
        message_key(raw, "1:1"), raw, {"ref": "1:1", "internaldate": "2026-11-25T12:00:00+00:00"}
    )
    poll(cfg)
    [case] = cases(cfg, capsys)
    assert case["requester"] == "eva@example.se" and case["due"] == "2026-12-28"
    assert Spool(c.resolve_path(c.storage.spool_dir)).pending() == []
    poll(cfg)  # nothing twice
    assert len(cases(cfg, capsys)) == 1


def test_heuristic_automated_verdict_yields_to_a_real_request(
    tmp_path: Path,
    mailbox_user: MailUser,
    smtp_sink: SmtpSink,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A body that opens like an out-of-office notice but asks for erasure is a request;
    a plain notice is filed as automated and never answered."""
    cfg = write_config(tmp_path, mailbox_user, smtp_sink)
    mailbox_user.append(
        make_message(
            "Kimmo <kimmo@example.fi>", "Kevään uutiset", "Olen poissa toimistolta 17.3. asti.\n"
        )
    )
    mailbox_user.append(
        make_message(
            "Sari <sari@example.fi>",
            "tiedot",
            "Olen lomalla, mutta poistakaa kaikki tietoni rekisteristänne.\n",
        )
    )
    poll(cfg)
    [case] = cases(cfg, capsys)
    assert case["requester"] == "sari@example.fi" and case["kinds"] == ["erasure"]
    assert len(mailbox_user.uids("Automated")) == 1
    assert "kimmo@example.fi" not in by_recipient(smtp_sink)


def test_only_a_threaded_reply_confirms_and_strangers_get_nothing(
    tmp_path: Path,
    mailbox_user: MailUser,
    smtp_sink: SmtpSink,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cfg = write_config(tmp_path, mailbox_user, smtp_sink)
    mailbox_user.append(
        make_message("Anna <anna@example.se>", "radera", "Radera mina uppgifter, tack.\n")
    )
    poll(cfg)
    [case] = cases(cfg, capsys)
    tag = f"[{case['id']}]"
    # The case tag alone (anyone can copy a subject) does not confirm the address.
    mailbox_user.append(make_message("Anna <anna@example.se>", f"Re: {tag}", "Det är jag.\n"))
    # Someone else answering our acknowledgement (say, it was forwarded to them):
    # staff see it, the stranger gets nothing.
    ack = next(m.message for m in smtp_sink.messages if "anna@example.se" in m.rcpt_tos)
    mailbox_user.append(
        make_message(
            "Eve <eve@example.com>",
            f"Re: {tag}",
            "Skicka allt hit.\n",
            in_reply_to=ack["Message-ID"],
        )
    )
    poll(cfg)
    [case] = cases(cfg, capsys)
    assert case["status"] == "awaiting_identity"
    mail = by_recipient(smtp_sink)
    assert "eve@example.com" not in mail
    staff_texts = [m.get_body(("plain",)).get_content() for m in mail[STAFF]]
    assert any("Det är jag" in t for t in staff_texts)
    assert any("Skicka allt hit" in t for t in staff_texts)
