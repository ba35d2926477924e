"""`requestbot run` answers mail that the IMAP server never announces in IDLE.

imap.idle_recheck_seconds (default 0.1) ends IDLE that often and asks with NOOP. The
real Dovecot sits behind a relay that holds back everything it says during IDLE
(``ImapRelay(quiet_idle=True)``), like a server without IDLE news: the daemon must
learn of the new message from a NOOP reply, not from IDLE and not from the re-SELECT
it makes every few seconds anyway.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from flowkit import READY, DaemonProcess, wait_until, write_config
from imap_relay import ImapRelay
from servers import MailUser, SmtpSink, make_message

pytestmark = pytest.mark.imap


def test_mail_a_server_never_announces_in_idle_is_found_by_the_recheck(
    tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink
) -> None:
    with ImapRelay(mailbox_user.host, mailbox_user.port, quiet_idle=True) as relay:
        cfg = write_config(tmp_path, mailbox_user, smtp_sink)
        text = cfg.read_text()
        assert f"port = {mailbox_user.port}\n" in text
        cfg.write_text(text.replace(f"port = {mailbox_user.port}\n", f"port = {relay.port}\n"))
        assert "idle_recheck_seconds" not in text  # the default is what is tested
        daemon = DaemonProcess(cfg, tmp_path / "daemon.log")
        daemon.start()
        try:
            daemon.wait_for(READY)
            # A new wait has begun (SELECT, then IDLE): the next look at the folder is
            # a re-check, seconds before the next re-SELECT.
            start = len(relay.commands)
            assert wait_until(lambda: relay.idling_after_select(start), 60, 0.01)
            mailbox_user.append(
                make_message("Anna <anna@example.se>", "radera", "Radera mina uppgifter, tack.\n")
            )
            assert wait_until(
                lambda: any("anna@example.se" in m.rcpt_tos for m in smtp_sink.messages), 180
            ), daemon.tail()
            daemon.wait_for(READY, times=2)
        finally:
            if daemon.alive():
                assert daemon.terminate() == 0, daemon.tail()
    assert relay.first_told(1) == "NOOP", relay.exists
    # "ready" means idle with everything before handled: said when idling anew, not at
    # every re-check (there was at least one NOOP between the two).
    assert daemon.count(READY) == 2, daemon.tail()
    assert "Traceback" not in daemon.output()
    assert mailbox_user.uids("INBOX") == []
