"""A running daemon picks up an edited template without a restart.

The Renderer reads each template once; the runner asks it to look for edits once per
intake batch (``Renderer.check_changes``). One Runner (the daemon's) takes in two
requests against the real Dovecot and SMTP sink, with the acknowledgement's subject
edited in between.
"""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest
from flowkit import write_config
from servers import MailUser, SmtpSink, make_message

from requestbot import config, outbox
from requestbot.cli import make_runner, open_store
from requestbot.templates import templates_dir


def request(i: int) -> bytes:
    return make_message(
        f"Person {i} <person{i}@example.com>",
        f"Delete my data {i}",
        "Please erase all my personal data from your systems.\n",
    )


def test_the_daemon_uses_an_edited_template_from_the_next_batch(
    tmp_path: Path,
    mailbox_user: MailUser,
    smtp_sink: SmtpSink,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "templates"
    shutil.copytree(templates_dir(), folder)
    monkeypatch.setenv("REQUESTBOT_TEMPLATES", str(folder))
    cfg = config.load(write_config(tmp_path, mailbox_user, smtp_sink))
    store = open_store(cfg)
    runner = make_runner(cfg, store)
    try:

        def take_in_and_send(i: int) -> list[str]:
            mailbox_user.append(request(i))
            assert runner.intake_once().fetched == 1
            asyncio.run(outbox.drain_once(cfg, store, now=runner.ctx.now))
            got = smtp_sink.wait_for(2 * (i + 1))
            return [
                str(m.message["Subject"]) for m in got if f"person{i}@example.com" in m.rcpt_tos
            ]

        (before,) = take_in_and_send(0)
        assert "(edited)" not in before
        subject = folder / "en" / "ack.subject.txt"
        subject.write_text("[{{ case_id }}] Your request is with us (edited)\n", "utf-8")
        (after,) = take_in_and_send(1)
        assert after.endswith("Your request is with us (edited)"), after
    finally:
        runner.source.close()
        store.close()
