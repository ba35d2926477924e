"""requestbot.mailbox against the real test Dovecot (and a real Maildir on disk)."""

from __future__ import annotations

import itertools
import logging
import mailbox as std_mailbox
import os
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from imap_relay import ImapRelay
from servers import DovecotServer, MailUser, make_message

from requestbot.errors import MailboxError
from requestbot.mailbox import (
    FetchedMessage,
    ImapSettings,
    ImapSource,
    MailboxLoginError,
    MailboxState,
    backoff_delays,
)
from requestbot.maildir import MaildirSource


def settings_for(user: MailUser, **changes: Any) -> ImapSettings:
    values: dict[str, Any] = {
        "host": user.host,
        "port": user.port,
        "security": "none",
        "username": user.address,
        "password": user.password,
        "timeout": 60.0,
        "poll_seconds": 0.5,
    }
    values.update(changes)
    return ImapSettings(**values)


@pytest.fixture
def source(mailbox_user: MailUser) -> Any:
    src = ImapSource(settings_for(mailbox_user))
    yield src
    src.close()


# --------------------------------------------------------------------------- IMAP


@pytest.mark.imap
def test_fetch_keeps_internaldate_sets_no_seen_and_moves(
    mailbox_user: MailUser, source: ImapSource
) -> None:
    past = datetime(2023, 11, 5, 14, 20, 7, tzinfo=timezone(timedelta(hours=2)))
    raw = make_message("alice@example.com", "Pyyntö", "Poistakaa tietoni.\n")
    uid = mailbox_user.append(raw, internaldate=past)

    messages, state = source.fetch_new(MailboxState())
    assert [m.uid for m in messages] == [uid]
    (msg,) = messages
    assert msg.raw == raw
    assert msg.internaldate == past  # same instant; Maildir keeps no offset, so the
    assert msg.internaldate.utcoffset() is not None  # server's zone comes back, aware
    assert msg.size == len(raw)
    assert not msg.truncated
    assert state == MailboxState(uidvalidity=mailbox_user.uidvalidity(), last_uid=uid)
    assert b"\\Seen" not in mailbox_user.flags()[uid]  # reading never marks \Seen

    assert source.move(msg, "Processed") is True
    assert mailbox_user.uids() == []
    assert mailbox_user.fetch_all("Processed") == [raw]
    assert source.move(msg, "Processed") is False  # already gone
    assert source.fetch_new(state)[0] == []


@pytest.mark.imap
def test_move_creates_missing_nested_folder(mailbox_user: MailUser, source: ImapSource) -> None:
    mailbox_user.append(make_message(subject="auto"))
    assert "Requestbot/Automated" not in mailbox_user.folder_names()
    (msg,), _ = source.fetch_new(MailboxState())
    assert source.move(msg, "Requestbot/Automated")
    assert "Requestbot/Automated" in mailbox_user.folder_names()
    assert len(mailbox_user.uids("Requestbot/Automated")) == 1


@pytest.mark.imap
def test_copy_expunge_fallback(mailbox_user: MailUser) -> None:
    keep = mailbox_user.append(make_message(subject="stays"))
    moved = mailbox_user.append(make_message(subject="goes"))
    src = ImapSource(settings_for(mailbox_user, use_move=False))
    try:
        messages, _ = src.fetch_new(MailboxState())
        assert src.move(next(m for m in messages if m.uid == moved), "Processed")
    finally:
        src.close()
    assert mailbox_user.uids() == [keep]  # only the moved UID was expunged
    assert b"\\Deleted" not in mailbox_user.flags()[keep]
    assert len(mailbox_user.uids("Processed")) == 1
    assert b"\\Deleted" not in next(iter(mailbox_user.flags("Processed").values()))


@pytest.mark.imap
def test_message_arriving_during_processing_is_not_skipped(
    mailbox_user: MailUser, source: ImapSource
) -> None:
    first = mailbox_user.append(make_message(subject="1"))
    messages, state = source.fetch_new(MailboxState())
    assert [m.uid for m in messages] == [first]
    second = mailbox_user.append(make_message(subject="2"))  # arrives while "processing"
    source.move(messages[0], "Processed")
    messages, state = source.fetch_new(state)
    assert [m.uid for m in messages] == [second]


@pytest.mark.imap
def test_batches_and_left_behind_messages(mailbox_user: MailUser, source: ImapSource) -> None:
    uids = mailbox_user.append_many([make_message(subject=str(i)) for i in range(5)])
    state = MailboxState()
    batch1, state = source.fetch_new(state, batch=2)
    assert [m.uid for m in batch1] == uids[:2]
    source.move(batch1[1], "Processed")  # batch1[0] fails and stays behind
    batch2, state = source.fetch_new(state, batch=2)
    assert [m.uid for m in batch2] == uids[2:4]  # newer ones are not starved
    batch3, state = source.fetch_new(state, batch=3)
    assert [m.uid for m in batch3] == [uids[4], uids[0], uids[2]]  # then the left-behind


@pytest.mark.imap
def test_oversize_message_comes_header_only(mailbox_user: MailUser) -> None:
    raw = make_message(subject="big", body="x" * 5000 + "\n")
    mailbox_user.append(raw)
    src = ImapSource(settings_for(mailbox_user, max_size=1000))
    try:
        (msg,), _ = src.fetch_new(MailboxState())
    finally:
        src.close()
    assert msg.truncated
    assert msg.size == len(raw)
    assert msg.raw.endswith(b"\r\n\r\n")
    assert b"Subject: big" in msg.raw
    assert b"xxxx" not in msg.raw


@pytest.mark.imap
def test_uidvalidity_change_skips_nothing(mailbox_user: MailUser, source: ImapSource) -> None:
    old_uid = mailbox_user.append(make_message(subject="before"))
    (old_msg,), state = source.fetch_new(MailboxState())
    new_validity = mailbox_user.set_uidvalidity_change()
    assert new_validity != state.uidvalidity
    fresh = mailbox_user.append(make_message(subject="after"))

    try:
        messages, state2 = source.fetch_new(state)
    except MailboxError:  # Dovecot may drop a session whose folder changed under it
        source.reconnect(max_attempts=3, delays=itertools.repeat(0.1))
        messages, state2 = source.fetch_new(state)
    assert state2.uidvalidity == new_validity
    assert [m.uid for m in messages] == [old_uid, fresh]  # re-handed out, caller dedupes
    assert all(m.uidvalidity == new_validity for m in messages)
    with pytest.raises(MailboxError, match="UIDVALIDITY"):
        source.move(old_msg, "Processed")  # a stale UID is never used
    assert source.move(messages[0], "Processed")


@pytest.mark.imap
def test_server_restart_raises_then_reconnect_misses_nothing(
    dovecot: DovecotServer, mailbox_user: MailUser, source: ImapSource
) -> None:
    a = mailbox_user.append(make_message(subject="a"))
    (msg_a,), state = source.fetch_new(MailboxState())
    dovecot.stop()
    try:
        with pytest.raises(MailboxError, match="127.0.0.1"):
            source.fetch_new(state)
        with pytest.raises(MailboxError):
            source.reconnect(max_attempts=2, delays=itertools.repeat(0.05))
    finally:
        dovecot.start()
    b = mailbox_user.append(make_message(subject="b"))
    source.reconnect(max_attempts=5, delays=itertools.repeat(0.1))
    messages, state = source.fetch_new(state)
    assert {m.uid for m in messages} == {a, b}
    assert source.move(msg_a, "Processed")


class LogSignal(logging.Handler):
    """Sets ``seen`` when a record containing ``text`` is logged (from any thread)."""

    def __init__(self, text: str) -> None:
        super().__init__(logging.DEBUG)
        self.text = text
        self.seen = threading.Event()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        self.messages.append(message)
        if self.text in message:
            self.seen.set()


@pytest.fixture
def idle_log() -> Iterator[LogSignal]:
    logger = logging.getLogger("requestbot.mailbox")
    handler = LogSignal("IDLE on ")
    old_level = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)
    logger.setLevel(old_level)


@pytest.mark.imap
def test_idle_wakes_up_on_append(
    mailbox_user: MailUser, source: ImapSource, idle_log: LogSignal
) -> None:
    source.fetch_new(MailboxState())
    assert source.wait_for_changes(timeout=1.0) is False  # nothing new: IDLE times out
    assert idle_log.seen.is_set()
    idle_log.seen.clear()

    def deliver() -> None:
        # Append only once the source is in IDLE, so that IDLE is what wakes it.
        assert idle_log.seen.wait(60), "the source never entered IDLE"
        mailbox_user.append(make_message(subject="wake"))

    thread = threading.Thread(target=deliver)
    thread.start()
    try:
        assert source.wait_for_changes(timeout=120.0) is True
    finally:
        thread.join()
    assert "IDLE: the server announced new mail" in idle_log.messages
    messages, _ = source.fetch_new(MailboxState())
    assert len(messages) == 1


@pytest.mark.imap
def test_recheck_finds_mail_the_server_never_announces_in_idle(
    mailbox_user: MailUser, idle_log: LogSignal
) -> None:
    # The relay holds back all that Dovecot says during IDLE until the next other
    # command: only the re-check's NOOP can tell the source about the new message.
    with ImapRelay(mailbox_user.host, mailbox_user.port, quiet_idle=True) as relay:
        src = ImapSource(settings_for(mailbox_user, port=relay.port, idle_recheck_seconds=0.1))
        try:
            src.fetch_new(MailboxState())

            def deliver() -> None:
                assert idle_log.seen.wait(60), "the source never entered IDLE"
                mailbox_user.append(make_message(subject="unannounced"))

            thread = threading.Thread(target=deliver)
            thread.start()
            try:
                assert src.wait_for_changes(timeout=600.0) is True
            finally:
                thread.join()
            assert "IDLE: a re-check (NOOP) found new mail" in idle_log.messages
            assert relay.first_told(1) == "NOOP", relay.exists
            messages, _ = src.fetch_new(MailboxState())
            assert len(messages) == 1
        finally:
            src.close()


@pytest.mark.imap
def test_wait_returns_at_once_when_mail_is_waiting(
    mailbox_user: MailUser, source: ImapSource, idle_log: LogSignal
) -> None:
    source.fetch_new(MailboxState())
    mailbox_user.append(make_message())
    assert source.wait_for_changes(timeout=600.0)
    assert not idle_log.seen.is_set(), "it went into IDLE although mail was waiting"


@pytest.mark.imap
def test_poll_fallback_without_idle(mailbox_user: MailUser) -> None:
    src = ImapSource(settings_for(mailbox_user, idle=False, poll_seconds=0.3))
    try:
        src.fetch_new(MailboxState())
        assert src.wait_for_changes(timeout=0.3) is False
        mailbox_user.append(make_message())
        assert src.wait_for_changes(timeout=5.0) is True
    finally:
        src.close()


@pytest.mark.imap
@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_tls_with_cafile(mailbox_user: MailUser, security: str) -> None:
    mailbox_user.append(make_message(subject="tls"))
    port = mailbox_user.ssl_port if security == "ssl" else mailbox_user.port
    src = ImapSource(
        settings_for(mailbox_user, security=security, port=port, cafile=str(mailbox_user.cafile))
    )
    try:
        (msg,), _ = src.fetch_new(MailboxState())
        assert b"Subject: tls" in msg.raw
    finally:
        src.close()


@pytest.mark.imap
def test_tls_without_trusted_ca_fails(mailbox_user: MailUser) -> None:
    src = ImapSource(settings_for(mailbox_user, security="ssl", port=mailbox_user.ssl_port))
    with pytest.raises(MailboxError, match="127.0.0.1"):
        src.connect()


@pytest.mark.imap
def test_wrong_password_names_the_host(mailbox_user: MailUser) -> None:
    src = ImapSource(settings_for(mailbox_user, password="wrong"))
    with pytest.raises(MailboxLoginError, match=r"127\.0\.0\.1") as err:
        src.fetch_new(MailboxState())
    assert "wrong" not in str(err.value)
    assert not src.connected


@pytest.mark.imap
def test_xoauth2_with_token_command(mailbox_user: MailUser) -> None:
    # The test Dovecot checks an XOAUTH2 bearer token like a password.
    mailbox_user.append(make_message())
    src = ImapSource(
        settings_for(mailbox_user, password=None, oauth2_command=f"echo {mailbox_user.password}")
    )
    try:
        messages, _ = src.fetch_new(MailboxState())
        assert len(messages) == 1
    finally:
        src.close()
    bad = ImapSource(settings_for(mailbox_user, password=None, oauth2_command="false"))
    with pytest.raises(MailboxError, match="token command"):
        bad.connect()


# --------------------------------------------------------------------------- pure parts


def test_settings_refuse_cleartext_to_remote_host() -> None:
    with pytest.raises(ValueError, match="loopback"):
        ImapSettings(host="imap.example.com", security="none", username="u", password="p")
    ImapSettings(
        host="imap.example.com", security="none", username="u", password="p", allow_insecure=True
    )
    with pytest.raises(ValueError):
        ImapSettings(host="imap.example.com", security="tls", username="u", password="p")
    with pytest.raises(ValueError):
        ImapSettings(host="imap.example.com", username="u")
    with pytest.raises(ValueError, match="idle_recheck_seconds"):
        ImapSettings(host="h", username="u", password="p", idle_recheck_seconds=-0.1)
    assert "hunter2" not in repr(ImapSettings(host="h", username="u", password="hunter2"))


def test_backoff_delays_grow_to_cap_with_jitter() -> None:
    delays = list(itertools.islice(backoff_delays(1.0, 30.0), 10))
    ceilings = [1, 2, 4, 8, 16, 30, 30, 30, 30, 30]
    for delay, ceiling in zip(delays, ceilings, strict=True):
        assert ceiling / 2 <= delay <= ceiling
    fixed = list(itertools.islice(backoff_delays(2.0, 10.0, rng=lambda: 1.0), 4))
    assert fixed == [2.0, 4.0, 8.0, 10.0]
    assert len(set(itertools.islice(backoff_delays(1.0, 30.0), 20))) > 1  # jittered


# --------------------------------------------------------------------------- Maildir


def _maildir_with(tmp_path: Path, n: int) -> tuple[Path, list[str]]:
    root = tmp_path / "Maildir"
    md = std_mailbox.Maildir(str(root), create=True)
    keys = []
    for i in range(n):
        key = md.add(make_message(subject=f"m{i}"))
        path = root / "new" / key
        os.utime(path, (1_700_000_000 + i, 1_700_000_000 + i))
        keys.append(key)
    md.close()
    return root, keys


def test_maildir_source_fetch_move_wait(tmp_path: Path) -> None:
    root, keys = _maildir_with(tmp_path, 2)
    src = MaildirSource(root, poll_seconds=0.05)
    messages, state = src.fetch_new(MailboxState())
    assert [m.ref for m in messages] == keys
    assert messages[0].internaldate == datetime.fromtimestamp(1_700_000_000, UTC)
    assert b"Subject: m0" in messages[0].raw
    assert state == MailboxState()

    assert src.move(messages[0], "Processed")
    assert (root / ".Processed" / "maildirfolder").exists()
    assert [p.name for p in (root / ".Processed" / "new").iterdir()] == [keys[0]]
    assert [m.ref for m in src.fetch_new(state)[0]] == [keys[1]]
    assert not src.move(messages[0], "Processed")

    assert src.wait_for_changes(0.1) is False
    md = std_mailbox.Maildir(str(root))

    def deliver() -> None:
        time.sleep(0.2)
        md.add(make_message(subject="late"))

    thread = threading.Thread(target=deliver)
    thread.start()
    assert src.wait_for_changes(120.0) is True
    thread.join()
    assert len(src.fetch_new(state)[0]) == 2


def test_maildir_source_truncates_oversize_and_rejects_non_maildir(tmp_path: Path) -> None:
    root, _ = _maildir_with(tmp_path, 0)
    std_mailbox.Maildir(str(root)).add(make_message(body="y" * 4000))
    (msg,), _ = MaildirSource(root, max_size=500).fetch_new(MailboxState())
    assert msg.truncated and b"yyyy" not in msg.raw and msg.raw.endswith((b"\n\n", b"\r\n\r\n"))
    with pytest.raises(MailboxError):
        MaildirSource(tmp_path / "nothing")


def test_fetched_message_repr_hides_raw() -> None:
    msg = FetchedMessage(1, 2, datetime.now(UTC), 3, b"secret body")
    assert "secret body" not in repr(msg)
