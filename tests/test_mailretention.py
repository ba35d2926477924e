"""A mailbox that forgets: old processed/automated mail deleted, open cases keep theirs."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from flowkit import dkim_pass, write_config
from servers import MailUser, SmtpSink, make_message

from requestbot import config as config_mod
from requestbot.cases import CaseStore
from requestbot.cli import main
from requestbot.mailbox import FetchedMessage
from requestbot.maildir import MaildirSource
from requestbot.mailretention import content_hash, decide

RETENTION = """delete_processed_mail = true
processed_mail_days = 30
automated_mail_days = 10"""


def fm(raw: bytes, ref: str) -> FetchedMessage:
    return FetchedMessage(
        uid=1, uidvalidity=1, internaldate=datetime.now(UTC), size=1, raw=raw, ref=ref
    )


def test_decide_keeps_unknown_and_copies_for_open_cases() -> None:
    a, b, c, d = b"a", b"b", b"c", b"d"
    known = {content_hash(a): "DSR-1", content_hash(b): "DSR-2", content_hash(c): ""}
    got = decide([fm(a, "1:1"), fm(b, "1:2"), fm(c, "1:3"), fm(d, "1:4")], known, {"DSR-1"})
    assert got.delete == ("1:1", "1:2", "1:3")
    assert got.copy == (("DSR-1", "1:1"),)
    assert got.keep == ("1:4",)


def test_maildir_folder_calls(tmp_path: Path) -> None:
    src = MaildirSource(tmp_path / "md", create=True)
    old = datetime(2026, 1, 5, 12, tzinfo=UTC)
    src.append_to("Processed", b"Subject: old\r\n\r\nx\r\n", old)
    src.append_to("Processed", b"Subject: new\r\n\r\ny\r\n", datetime(2026, 3, 1, tzinfo=UTC))
    refs = src.search_before("Processed", date(2026, 2, 1))
    assert len(refs) == 1
    (msg,) = src.fetch_refs("Processed", refs)
    assert msg.raw.startswith(b"Subject: old") and msg.internaldate == old
    assert src.delete_refs("Processed", refs) == 1
    assert src.search_before("Processed", date(2027, 1, 1)) != refs
    assert src.search_before("Nowhere", date(2027, 1, 1)) == []


@pytest.mark.imap
def test_retention_run_empties_old_mail_and_open_cases_keep_theirs(
    tmp_path: Path,
    mailbox_user: MailUser,
    smtp_sink: SmtpSink,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cfg = write_config(tmp_path, mailbox_user, smtp_sink)  # retention off while taking in
    now = datetime.now(UTC)
    old, recent = now - timedelta(days=45), now - timedelta(days=2)
    open_req = make_message(
        "Matti <matti@example.fi>",
        "tietoni",
        "Hei, poistakaa kaikki minun tiedot teidän rekisteristä.\n",
        authentication_results=dkim_pass("example.fi"),
    )
    optout = make_message("Bob <bob@example.com>", "news", "Please stop sending me marketing.\n")
    fresh = make_message(
        "Anna <anna@example.se>", "registerutdrag", "Hej! Jag vill ha ett registerutdrag.\n"
    )
    auto_old = make_message(
        "Liisa <liisa@example.fi>",
        "Automaattinen vastaus",
        "Olen lomalla.\n",
        auto_submitted="auto-replied",
    )
    auto_recent = make_message(
        "Aku <aku@example.fi>", "Automatic reply", "I am away.\n", auto_submitted="auto-replied"
    )
    mailbox_user.append(open_req, internaldate=old)
    mailbox_user.append(optout, internaldate=old)
    mailbox_user.append(fresh, internaldate=recent)
    mailbox_user.append(auto_old, internaldate=now - timedelta(days=12))
    mailbox_user.append(auto_recent, internaldate=now - timedelta(days=3))
    assert main(["--config", str(cfg), "poll", "--once"]) == 0
    assert len(mailbox_user.uids("Processed")) == 3 and len(mailbox_user.uids("Automated")) == 2
    filed = make_message("Someone <someone@example.com>", "filed by hand", "Kept.\n")
    mailbox_user.append(filed, folder="Processed", internaldate=old)
    cfg = write_config(tmp_path, mailbox_user, smtp_sink, retention=RETENTION)

    capsys.readouterr()
    assert main(["--config", str(cfg), "purge"]) == 0
    out = capsys.readouterr().out
    assert "Processed: 2 message(s)" in out and "1 kept with their open case" in out
    assert "1 unknown to requestbot left in place" in out
    assert "Automated: 1 message(s)" in out

    limit = now - timedelta(days=30)
    left = {bytes(r) for r in mailbox_user.fetch_all("Processed")}
    dates = mailbox_user.internaldates("Processed")
    assert left == {fresh, filed}
    raws = mailbox_user.fetch_all("Processed")
    older = [bytes(raw) for uid, raw in zip(sorted(dates), raws, strict=True) if dates[uid] < limit]
    assert older == [filed]  # nothing requestbot took in is older than the limit
    assert {bytes(r) for r in mailbox_user.fetch_all("Automated")} == {auto_recent}

    # The open case still has everything: its record, its text and a copy of its mail.
    c = config_mod.load(cfg)
    store_path = c.resolve_path(c.storage.path)
    with CaseStore.open(store_path, readonly=True) as store:
        (case,) = [x for x in store.open_cases() if x.requester_address == "matti@example.fi"]
        copies = list((store_path.parent / "cases.json.mail" / case.id).iterdir())
        assert [p.read_bytes() for p in copies] == [open_req]
        closed = [x for x in store.cases() if not x.is_open]
        assert closed and all(
            not (store_path.parent / "cases.json.mail" / x.id).exists() for x in closed
        )
    capsys.readouterr()
    assert main(["--config", str(cfg), "cases", "show", case.id, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["kinds"] == ["erasure"]
    assert main(["--config", str(cfg), "purge"]) == 0  # a second run finds nothing more
    assert "Processed: 0 message(s)" in capsys.readouterr().out
    assert {bytes(r) for r in mailbox_user.fetch_all("Processed")} == {fresh, filed}
