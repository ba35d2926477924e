"""Shared fixtures: a real Dovecot (session), a fresh IMAP user per test, an SMTP sink.

``tests/`` is on sys.path while pytest runs (rootdir conftest, no ``__init__.py``), so
test modules import the helpers with ``from servers import make_message, DovecotServer``.

Without /usr/sbin/dovecot the IMAP tests are skipped with a message, except when the
environment variable ``CI`` is set: then they fail, because CI must run them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from servers import DOVECOT_BIN, DovecotServer, MailUser, SmtpSink, dovecot_available, make_message

from requestbot.cases import CaseStore

__all__ = ["make_message"]

# Hypothesis fails an example that takes over 200 ms by default: a wall-clock limit
# that a loaded machine breaks. Tests check behaviour; bench/ measures speed.
settings.register_profile("requestbot", deadline=None)
settings.load_profile("requestbot")


def require_dovecot() -> None:
    """Skip without Dovecot, or fail when CI is set (CI must run the IMAP tests)."""
    if not dovecot_available():
        reason = (
            f"{DOVECOT_BIN} not found: install it with "
            "'apt-get install -y --no-install-recommends dovecot-imapd'"
        )
        if os.environ.get("CI"):
            pytest.fail(f"CI is set and the IMAP tests must run, but {reason}", pytrace=False)
        pytest.skip(reason)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """One throwaway Dovecot for the whole session (start ~0.5 s, stop ~2-3 s)."""
    require_dovecot()
    server = DovecotServer()
    server.start()
    try:
        yield server
    finally:
        server.stop(remove=True)


@pytest.fixture
def mailbox_user(dovecot: DovecotServer) -> MailUser:
    """A fresh, empty user (t<uuid>@example.test / secret) on the session Dovecot.

    Make sure the server runs (a test may have stopped it) and hand out a new address,
    so tests never see each other's mail.
    """
    if not dovecot.running:
        dovecot.start()
    address = f"t{uuid.uuid4().hex[:12]}@example.test"
    dovecot.add_user(address, "secret")
    return dovecot.for_user(address)


@pytest.fixture(scope="session")
def dovecot_inbox_ns() -> Iterator[DovecotServer]:
    """A second throwaway Dovecot laid out like Cyrus or Courier: every folder lives under
    the namespace prefix "INBOX." with "." as separator, and "Processed" alone is refused."""
    require_dovecot()
    server = DovecotServer(prefix="INBOX.", separator=".")
    server.start()
    try:
        yield server
    finally:
        server.stop(remove=True)


@pytest.fixture
def inbox_ns_user(dovecot_inbox_ns: DovecotServer) -> MailUser:
    """A fresh user on the INBOX.-namespace Dovecot."""
    if not dovecot_inbox_ns.running:
        dovecot_inbox_ns.start()
    address = f"t{uuid.uuid4().hex[:12]}@example.test"
    dovecot_inbox_ns.add_user(address, "secret")
    return dovecot_inbox_ns.for_user(address)


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    """An aiosmtpd sink on a free loopback port, started and stopped around the test."""
    sink = SmtpSink()
    sink.start()
    try:
        yield sink
    finally:
        sink.stop()
        sink.cleanup()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[CaseStore]:
    """An empty case store in the test's directory, closed afterwards."""
    s = CaseStore.open(tmp_path / "c.json")
    try:
        yield s
    finally:
        s.close()
