"""Servers whose folders live under "INBOX." (Cyrus, Courier, many hosting panels).

The name mapping is a pure function; the flow runs against a real Dovecot configured
with the namespace prefix "INBOX." and separator "." (fixture ``dovecot_inbox_ns``),
where "CREATE Processed" is refused just as on Cyrus with ``altnamespace: no``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from flowkit import READY, STAFF, DaemonProcess, write_config
from servers import MailUser, SmtpSink, make_message

from requestbot.cli import main
from requestbot.mailbox import Namespace, full_folder_name, parse_namespace

CYRUS = Namespace("INBOX.", ".", ("INBOX.", "user.", "shared."))
FLAT = Namespace("", "/", ())


@pytest.mark.parametrize(
    "name,ns,full",
    [
        ("Processed", CYRUS, "INBOX.Processed"),
        ("INBOX", CYRUS, "INBOX"),
        ("inbox", CYRUS, "inbox"),
        ("INBOX.Processed", CYRUS, "INBOX.Processed"),  # a configured full name
        ("inbox.Processed", CYRUS, "inbox.Processed"),
        ("shared.Team", CYRUS, "shared.Team"),  # another namespace: kept
        ("Requests.Processed", CYRUS, "INBOX.Requests.Processed"),
        ("INBOXES", CYRUS, "INBOX.INBOXES"),
        ("Processed", FLAT, "Processed"),
        ("INBOX.Processed", FLAT, "INBOX.Processed"),
        ("Processed", Namespace("Mail/", "/", ("Mail/",)), "Mail/Processed"),
    ],
)
def test_full_folder_name(name: str, ns: Namespace, full: str) -> None:
    assert full_folder_name(name, ns) == full


def test_parse_namespace() -> None:
    # imapclient's namespace(): (personal, other users, shared), each a tuple or None
    assert parse_namespace(((("INBOX.", "."),), (("user.", "."),), None)) == Namespace(
        "INBOX.", ".", ("INBOX.", "user.")
    )
    assert parse_namespace((((b"", b"/"),), None, None)) == Namespace("", "/", ())
    assert parse_namespace((None, None, None)) == Namespace()
    assert parse_namespace(None) == Namespace()


def check_config(cfg: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    rc = main(["--config", str(cfg), "check-config"])
    return rc, capsys.readouterr().out


@pytest.mark.imap
def test_whole_flow_with_default_folder_names(
    tmp_path: Path,
    inbox_ns_user: MailUser,
    smtp_sink: SmtpSink,
    capsys: pytest.CaptureFixture[str],
) -> None:
    user = inbox_ns_user
    cfg = write_config(tmp_path, user, smtp_sink)
    rc, out = check_config(cfg, capsys)
    assert rc == 0, out
    assert "IMAP: ok" in out and "'INBOX.Processed'" in out and "'INBOX.Quarantine'" in out

    user.append(
        make_message("Matti <matti@example.fi>", "poisto", "Poistakaa tietoni rekisteristänne.\n")
    )
    user.append(
        make_message(
            "Anna <anna@example.se>",
            "Frånvaro",
            "Jag är på semester.\n",
            auto_submitted="auto-replied",
        )
    )
    capsys.readouterr()
    assert main(["--config", str(cfg), "poll", "--once"]) == 0, capsys.readouterr()
    assert user.uids("INBOX") == []
    assert len(user.uids("INBOX.Processed")) == 1
    assert len(user.uids("INBOX.Automated")) == 1
    rcpts = sorted(r for m in smtp_sink.messages for r in m.rcpt_tos)
    assert rcpts == sorted(["matti@example.fi", STAFF])  # the ack and the staff notice
    # Nothing was created outside the namespace (the server would not allow it anyway).
    assert all(f == "INBOX" or f.startswith("INBOX.") for f in user.folder_names())

    # The daemon on the same mailbox: a new request goes all the way, no reconnect loop.
    daemon = DaemonProcess(cfg, tmp_path / "daemon.log")
    daemon.start()
    try:
        daemon.wait_for(READY)
        user.append(
            make_message(
                "Liisa <liisa@example.fi>", "poisto", "Poistakaa tietoni rekisteristänne.\n"
            )
        )
        daemon.wait_for(READY, times=2)
    finally:
        assert daemon.terminate() == 0, daemon.tail()
    assert "liisa@example.fi" in {r for m in smtp_sink.messages for r in m.rcpt_tos}
    assert len(user.uids("INBOX.Processed")) == 2
    assert "reconnecting" not in daemon.output()


@pytest.mark.imap
def test_a_folder_that_cannot_be_created_is_a_configuration_error(
    tmp_path: Path,
    inbox_ns_user: MailUser,
    smtp_sink: SmtpSink,
    capsys: pytest.CaptureFixture[str],
) -> None:
    user = inbox_ns_user
    # "/" is not this server's separator: Dovecot refuses the name, as Cyrus would.
    cfg = write_config(tmp_path, user, smtp_sink, imap='processed_folder = "Requests/Processed"')
    rc, out = check_config(cfg, capsys)
    assert rc == 1
    assert "IMAP: FAILED" in out and "imap.processed_folder" in out
    assert "'INBOX.Requests/Processed'" in out and "refuses to create" in out
    assert str(cfg) in out
    assert "separated by '.'" in out

    user.append(
        make_message("Matti <matti@example.fi>", "poisto", "Poistakaa tietoni rekisteristänne.\n")
    )
    # poll --once stops before taking anything in: no case, no acknowledgement.
    capsys.readouterr()
    assert main(["--config", str(cfg), "poll", "--once"]) == 2
    assert "imap.processed_folder" in capsys.readouterr().err
    assert len(user.uids("INBOX")) == 1
    capsys.readouterr()
    assert main(["--config", str(cfg), "cases", "list", "--json"]) == 0
    assert capsys.readouterr().out.strip() == ""
    assert smtp_sink.messages == []

    # The daemon: one staff alert, the mail stays in the inbox, no reconnect loop.
    daemon = DaemonProcess(cfg, tmp_path / "daemon.log")
    daemon.start()
    try:
        daemon.wait_for("configuration error")
        (alert,) = smtp_sink.wait_for(1)
    finally:
        assert daemon.terminate() == 0, daemon.tail()
    assert list(alert.rcpt_tos) == [STAFF]
    assert "imap.processed_folder" in alert.message.get_body().get_content()
    assert len(user.uids("INBOX")) == 1
    log = daemon.output()
    assert "reconnecting" not in log and "Traceback" not in log
    capsys.readouterr()
    assert main(["--config", str(cfg), "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["open_cases"] in (0, "0")


@pytest.mark.imap
def test_other_folder_operations_use_the_full_name(inbox_ns_user: MailUser) -> None:
    """Retention and identity-document clean-up name the folder as configured too."""
    from datetime import UTC, date, datetime

    from requestbot.mailbox import ImapSettings, ImapSource

    user = inbox_ns_user
    src = ImapSource(
        ImapSettings(
            host=user.host,
            port=user.port,
            security="none",
            username=user.address,
            password=user.password,
        )
    )
    try:
        when = datetime(2020, 1, 2, 3, 4, 5, tzinfo=UTC)
        src.append_to("Processed", make_message(subject="old"), when, ("\\Seen",))
        assert len(user.uids("INBOX.Processed")) == 1
        refs = src.search_before("Processed", date(2021, 1, 1))
        assert len(refs) == 1
        (msg,) = src.fetch_refs("Processed", refs)
        assert b"Subject: old" in msg.raw
        assert src.delete_refs("Processed", refs) == 1
        assert user.uids("INBOX.Processed") == []
    finally:
        src.close()
