"""The shared fixtures work against the real servers."""

from __future__ import annotations

import smtplib
import ssl
from datetime import datetime, timedelta, timezone

import pytest
from imapclient import IMAPClient
from imapclient.exceptions import LoginError
from servers import DovecotServer, MailUser, SmtpSink, make_message

pytestmark = pytest.mark.imap


def test_login_append_with_internaldate_and_fetch(mailbox_user: MailUser) -> None:
    assert mailbox_user.uids() == []
    when = datetime(2024, 3, 1, 9, 30, tzinfo=timezone(timedelta(hours=2)))
    raw = make_message("alice@example.com", "Access request", "Send me my data.\n")
    uid = mailbox_user.append(raw, internaldate=when)
    assert uid > 0
    assert mailbox_user.uids() == [uid]
    assert mailbox_user.fetch_all() == [raw]
    assert mailbox_user.internaldates()[uid] == when
    assert b"\\Seen" not in mailbox_user.flags()[uid]


def test_users_are_isolated(dovecot: DovecotServer, mailbox_user: MailUser) -> None:
    mailbox_user.append(make_message(subject="mine"))
    assert dovecot.uids(user=dovecot.user) == [] or mailbox_user.address != dovecot.user
    assert "INBOX" in mailbox_user.folder_names()


def test_wrong_password_is_refused(dovecot: DovecotServer) -> None:
    with pytest.raises(LoginError):
        dovecot.client(dovecot.user, "wrong")


def test_tls_ports_with_cafile(dovecot: DovecotServer) -> None:
    ctx = ssl.create_default_context(cafile=str(dovecot.cafile))
    with IMAPClient(dovecot.host, dovecot.ssl_port, ssl=True, ssl_context=ctx, timeout=30) as c:
        c.login(dovecot.user, dovecot.password)
    c2 = IMAPClient(dovecot.host, dovecot.port, ssl=False, timeout=30)
    c2.starttls(ctx)
    c2.login(dovecot.user, dovecot.password)
    c2.logout()


def test_uidvalidity_change(mailbox_user: MailUser) -> None:
    uid = mailbox_user.append(make_message())
    before = mailbox_user.uidvalidity()
    after = mailbox_user.set_uidvalidity_change()
    assert after != before
    assert mailbox_user.uidvalidity() == after
    assert mailbox_user.uids() == [uid]


def test_smtp_sink_receives(smtp_sink: SmtpSink) -> None:
    raw = make_message("bot@example.test", "Hello", to="alice@example.com")
    with smtplib.SMTP(smtp_sink.host, smtp_sink.port, timeout=30) as smtp:
        smtp.sendmail("bot@example.test", ["alice@example.com"], raw)
    (got,) = smtp_sink.wait_for(1, timeout=30)
    assert got.mail_from == "bot@example.test"
    assert got.rcpt_tos == ("alice@example.com",)
    assert got.message["Subject"] == "Hello"


def test_smtp_sink_failures_auth_and_downtime() -> None:
    with SmtpSink(auth=("bot", "pw")) as sink:
        sink.fail_next(1, "451 4.3.0 Try later")
        raw = make_message("bot@example.test", "x", to="alice@example.com")
        with smtplib.SMTP(sink.host, sink.port, timeout=30) as smtp:
            with pytest.raises(smtplib.SMTPAuthenticationError):
                smtp.login("bot", "wrong")
            smtp.login("bot", "pw")
            with pytest.raises(smtplib.SMTPDataError) as err:
                smtp.sendmail("bot@example.test", ["alice@example.com"], raw)
            assert err.value.smtp_code == 451
            smtp.sendmail("bot@example.test", ["alice@example.com"], raw)
        assert sink.wait_for(1)[0].auth_user == "bot"
        sink.stop()
        with pytest.raises(OSError):
            smtplib.SMTP(sink.host, sink.port, timeout=2)
        sink.start()
        with smtplib.SMTP(sink.host, sink.port, timeout=30) as smtp:
            smtp.login("bot", "pw")
            smtp.sendmail("bot@example.test", ["alice@example.com"], raw)
        assert len(sink.wait_for(2)) == 2


def test_smtp_sink_starttls() -> None:
    with SmtpSink(starttls=True) as sink:
        assert sink.cafile is not None
        ctx = ssl.create_default_context(cafile=str(sink.cafile))
        with smtplib.SMTP(sink.host, sink.port, timeout=30) as smtp:
            smtp.starttls(context=ctx)
            smtp.sendmail("bot@example.test", ["a@example.com"], make_message())
        sink.wait_for(1)
