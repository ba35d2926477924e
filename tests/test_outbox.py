"""The outbox against a real aiosmtpd sink on loopback: exactly-once delivery, retries,
permanent failures, crash recovery, header safety, and the file transport."""

from __future__ import annotations

import email
import email.policy
import json
import os
import re
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from servers import SmtpSink

from requestbot import outbox
from requestbot.cases import CaseStore
from requestbot.config import Config, from_dict
from requestbot.errors import PermanentDeliveryError

REPO = Path(__file__).resolve().parent.parent
T0 = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
CASE = "DSR-2026-0001"
SENDER = "tietosuoja@example.fi"
REQUESTER = "matti.meikalainen@example.com"
STAFF = "staff@example.fi"


def config_dict(port: int, **smtp: Any) -> dict[str, Any]:
    return {
        "controller": {"name": "Esimerkki Kuvaamo Oy", "address": SENDER},
        "smtp": {
            "host": "127.0.0.1",
            "port": port,
            "security": "none",
            "from": SENDER,
            "timeout_seconds": 5,
            **smtp,
        },
        "staff": {"notify": [STAFF], "addresses": [STAFF], "authserv_id": "mx.example.fi"},
    }


def make_config(port: int, **smtp: Any) -> Config:
    return from_dict(config_dict(port, **smtp))


class Clock:
    def __init__(self, at: datetime = T0) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at

    def advance(self, **kwargs: float) -> None:
        self.at += timedelta(**kwargs)


@pytest.fixture
def cfg(smtp_sink: SmtpSink) -> Config:
    return make_config(smtp_sink.port)


def ack(cfg: Config, **overrides: Any) -> dict[str, Any]:
    kwargs: dict[str, Any] = {
        "to": REQUESTER,
        "to_name": "Matti Meikäläinen",
        "subject": "Pyyntösi on vastaanotettu",
        "text": "Hyvä Matti,\n\npyyntösi on kirjattu. Åland, Öljy, Ärrä: äöå ÄÖÅ.\n",
        "case_id": CASE,
        "kind": "ack",
        "audience": "requester",
        "in_reply_to": "<abc123@example.com>",
        "references": ["<first@example.com>", "<abc123@example.com>"],
        "now": T0,
    }
    kwargs.update(overrides)
    return outbox.compose(cfg, **kwargs)


def enqueue(store: CaseStore, item: dict[str, Any], detail: str = "ack queued") -> int:
    """The pattern pipeline.py uses: the event and its mail in one store write."""
    with store.transaction():
        store.add_event(CASE, "requestbot", "acknowledged", detail, at=T0)
        return outbox.queue(store, item)


def received(sink: SmtpSink, index: int = -1) -> EmailMessage:
    return sink.messages[index].message


# --------------------------------------------------------------------------- pure helpers


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("[DSR-2026-0001] Pyyntösi", "DSR-2026-0001"),
        ("Re: [DSR-2026-0001] Pyyntösi", "DSR-2026-0001"),
        ("re: [dsr-2026-0001]", "DSR-2026-0001"),
        ("VS: SV: AW: Fwd: VL: Vast: Re: [DSR-2026-0042] x", "DSR-2026-0042"),
        ("RE: RE: Fw: Tietopyyntö [DSR-2027-12345]", "DSR-2027-12345"),
        ("Kysymys tapauksesta [ DSR-2026-0001 ] kiitos", "DSR-2026-0001"),
        ("DSR-2026-0001 without brackets", None),
        ("[DSR-2026-001] too few digits", None),
        ("[DSR-26-0001] short year", None),
        ("[XYZ-2026-0001] other prefix", None),
        ("[DSR-2026-0001x]", None),
        ("", None),
    ],
)
def test_find_case_tag(subject: str, expected: str | None) -> None:
    assert outbox.find_case_tag(subject) == expected


def test_find_case_tag_other_prefix() -> None:
    assert outbox.find_case_tag("Re: [TS-2026-0007] asia", prefix="TS") == "TS-2026-0007"
    assert outbox.find_case_tag("Re: [DSR-2026-0007] asia", prefix="TS") is None


def test_case_tag_and_message_ids() -> None:
    assert outbox.case_tag(CASE) == "[DSR-2026-0001]"
    mid = outbox.make_message_id(CASE, "example.fi")
    assert mid.startswith("<DSR-2026-0001.") and mid.endswith(".rb@example.fi>")
    hexpart = mid[1:-1].split("@")[0].split(".")[1]
    assert len(hexpart) == 16 and int(hexpart, 16) >= 0
    bare = outbox.make_message_id(None, "example.fi")
    assert bare.startswith("<rb.") and bare.endswith(".rb@example.fi>")
    assert outbox.make_message_id(CASE, "example.fi") != mid


def test_compose_item_format(cfg: Config) -> None:
    item = ack(cfg)
    assert item["status"] == "queued" and item["attempts"] == 0
    assert item["to"] == REQUESTER and item["case_id"] == CASE
    assert item["subject"] == "[DSR-2026-0001] Pyyntösi on vastaanotettu"
    assert item["created_at"] == item["next_attempt_at"] == T0.isoformat()
    assert item["sent_at"] is item["smtp_reply"] is item["error"] is None
    assert item["raw"].isascii() and "\r\n" in item["raw"]
    json.dumps(item)  # storable as it is


def test_compose_keeps_existing_tag_and_caps_references(cfg: Config) -> None:
    refs = [f"<r{i}@example.com>" for i in range(30)]
    item = ack(
        cfg, subject="Re: [dsr-2026-0001] Kiitos", references=refs, in_reply_to="<r5@example.com>"
    )
    assert item["subject"] == "Re: [dsr-2026-0001] Kiitos"
    msg = email.message_from_string(item["raw"], policy=email.policy.default)
    got = str(msg["References"]).split()
    assert len(got) == 20 and len(set(got)) == 20
    assert got[-1] == "<r29@example.com>"  # r5 was already there: kept in place, not repeated
    assert msg["In-Reply-To"] == "<r5@example.com>"


def test_compose_rejects_bad_recipients_and_headers(cfg: Config) -> None:
    with pytest.raises(PermanentDeliveryError):
        ack(cfg, to=f"{REQUESTER}\r\nBcc: evil@example.com")
    with pytest.raises(PermanentDeliveryError):
        ack(cfg, to="not an address")
    with pytest.raises(ValueError):
        ack(cfg, extra_headers={"Bcc": "evil@example.com"})
    with pytest.raises(ValueError):
        ack(cfg, extra_headers={"X-Bad\r\nBcc": "evil@example.com"})


# --------------------------------------------------------------------------- delivery


async def test_delivery_and_headers(cfg: Config, store: CaseStore, smtp_sink: SmtpSink) -> None:
    oid = enqueue(store, ack(cfg, html="<p>Hyvä Matti, äöå</p>"))
    result = await outbox.drain_once(cfg, store, now=Clock())
    assert (result.sent, result.retried, result.failed, result.errors) == (1, 0, 0, [])

    (got,) = smtp_sink.wait_for(1)
    assert got.mail_from == SENDER and got.rcpt_tos == (REQUESTER,)
    msg = got.message
    assert msg["From"].addresses[0].display_name == "Esimerkki Kuvaamo Oy"
    assert msg["From"].addresses[0].addr_spec == SENDER
    assert msg["To"].addresses[0].addr_spec == REQUESTER
    assert msg["To"].addresses[0].display_name == "Matti Meikäläinen"
    assert msg["Subject"] == "[DSR-2026-0001] Pyyntösi on vastaanotettu"
    assert msg["Message-ID"].startswith("<DSR-2026-0001.")
    assert msg["Message-ID"].endswith(".rb@example.fi>")
    assert msg["In-Reply-To"] == "<abc123@example.com>"
    assert str(msg["References"]).split() == ["<first@example.com>", "<abc123@example.com>"]
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["X-Auto-Response-Suppress"] == "All"
    assert msg["MIME-Version"] == "1.0"
    assert msg["Date"].datetime == T0
    assert msg["Precedence"] is None
    assert msg.get_content_type() == "multipart/alternative"
    plain = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert plain is not None and html is not None
    assert "Åland, Öljy, Ärrä: äöå ÄÖÅ." in plain.get_content()
    assert "äöå" in html.get_content()

    item = store.get_outbox(oid)
    assert item is not None
    assert item["status"] == "sent" and item["attempts"] == 1
    assert item["sent_at"] == T0.isoformat()
    assert item["smtp_reply"].startswith("250 ")
    assert item["message_id"] == msg["Message-ID"]
    sent_events = [e for e in store.events(CASE) if e.action == "mail_sent"]
    assert len(sent_events) == 1
    assert sent_events[0].data["message_id"] == item["message_id"]
    assert sent_events[0].data["smtp_reply"] == item["smtp_reply"]


async def test_plain_text_only_and_staff_headers(
    cfg: Config, store: CaseStore, smtp_sink: SmtpSink
) -> None:
    item = outbox.compose(
        cfg,
        to=STAFF,
        subject="Uusi tapaus",
        text="Uusi pyyntö: äöå\n",
        case_id=None,
        kind="staff_digest",
        audience="staff",
        now=T0,
        auto_reply=False,
        extra_headers={"X-Requestbot-Kind": "staff_digest"},
    )
    outbox.queue(store, item)
    await outbox.drain_once(cfg, store, now=Clock())
    msg = received(smtp_sink)
    assert msg.get_content_type() == "text/plain"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["Subject"] == "Uusi tapaus"
    assert msg["Message-ID"].startswith("<rb.")
    assert msg["In-Reply-To"] is None and msg["References"] is None
    assert msg["X-Requestbot-Kind"] == "staff_digest"
    assert msg.get_content().replace("\r\n", "\n") == "Uusi pyyntö: äöå\n"


async def test_never_sent_twice(cfg: Config, store: CaseStore, smtp_sink: SmtpSink) -> None:
    for n in range(3):
        enqueue(store, ack(cfg, subject=f"Viesti {n}"))
    clock = Clock()
    first = await outbox.drain_once(cfg, store, now=clock)
    assert first.sent == 3
    clock.advance(days=3)
    again = await outbox.drain_once(cfg, store, now=clock)
    assert (again.sent, again.retried, again.failed) == (0, 0, 0)
    assert len(smtp_sink.messages) == 3
    assert [str(m.message["Subject"]) for m in smtp_sink.messages] == [
        f"[DSR-2026-0001] Viesti {n}" for n in range(3)
    ]  # id order
    assert outbox.pending(store, clock()) == []


async def test_drain_sends_to_requesters_before_staff(
    cfg: Config, store: CaseStore, smtp_sink: SmtpSink
) -> None:
    # Queued staff note, acknowledgement, staff note, acknowledgement: the acknowledgements
    # go first (they are what the requester waits for), each group in id order.
    for n in range(2):
        staff = ack(cfg, to=STAFF, subject=f"Uusi {n}", kind="staff_new_case", audience="staff")
        outbox.queue(store, staff)
        enqueue(store, ack(cfg, subject=f"Kuittaus {n}"))
    result = await outbox.drain_once(cfg, store, now=Clock())
    assert result.sent == 4
    assert [str(m.message["Subject"]) for m in smtp_sink.messages] == [
        "[DSR-2026-0001] Kuittaus 0",
        "[DSR-2026-0001] Kuittaus 1",
        "[DSR-2026-0001] Uusi 0",
        "[DSR-2026-0001] Uusi 1",
    ]


async def test_server_down_then_back(cfg: Config, store: CaseStore, smtp_sink: SmtpSink) -> None:
    oid = enqueue(store, ack(cfg))
    smtp_sink.stop()
    clock = Clock()
    down = await outbox.drain_once(cfg, store, now=clock)
    assert (down.sent, down.retried, down.failed) == (0, 1, 0)
    assert down.errors
    item = store.get_outbox(oid)
    assert item is not None
    assert item["status"] == "queued" and item["attempts"] == 1 and item["error"]
    retry_at = datetime.fromisoformat(item["next_attempt_at"])
    assert 0.9 <= (retry_at - T0) / outbox.BACKOFF_BASE <= 1.1  # the first backoff, jittered ±10 %

    smtp_sink.start()
    early = await outbox.drain_once(cfg, store, now=clock)  # not due yet
    assert early.sent == 0 and smtp_sink.messages == []
    clock.at = retry_at
    back = await outbox.drain_once(cfg, store, now=clock)
    assert back.sent == 1
    clock.advance(hours=1)
    assert (await outbox.drain_once(cfg, store, now=clock)).sent == 0
    assert len(smtp_sink.wait_for(1)) == 1
    item = store.get_outbox(oid)
    assert item is not None and item["status"] == "sent" and item["attempts"] == 2


async def test_4xx_then_success(cfg: Config, store: CaseStore, smtp_sink: SmtpSink) -> None:
    oid = enqueue(store, ack(cfg))
    smtp_sink.fail_next(2, "451 4.3.0 Try again later")
    clock = Clock()
    r1 = await outbox.drain_once(cfg, store, now=clock)
    assert (r1.sent, r1.retried) == (0, 1) and "451" in r1.errors[0]
    item = store.get_outbox(oid)
    assert item is not None and item["status"] == "queued" and "451" in item["error"]
    first_wait = datetime.fromisoformat(item["next_attempt_at"]) - clock()

    clock.at = datetime.fromisoformat(item["next_attempt_at"])
    r2 = await outbox.drain_once(cfg, store, now=clock)
    assert r2.retried == 1
    item = store.get_outbox(oid)
    assert item is not None
    second_wait = datetime.fromisoformat(item["next_attempt_at"]) - clock()
    assert second_wait > first_wait * 1.5  # exponential backoff (with +-10 % jitter)

    clock.at = datetime.fromisoformat(item["next_attempt_at"])
    r3 = await outbox.drain_once(cfg, store, now=clock)
    assert r3.sent == 1 and len(smtp_sink.messages) == 1
    item = store.get_outbox(oid)
    assert item is not None and item["status"] == "sent" and item["attempts"] == 3


def test_backoff_is_capped() -> None:
    assert outbox.backoff(1) <= timedelta(seconds=66)
    assert outbox.backoff(30) <= outbox.BACKOFF_CAP
    assert outbox.backoff(30) >= outbox.BACKOFF_CAP * 0.9


async def test_gives_up_after_48h(cfg: Config, store: CaseStore, smtp_sink: SmtpSink) -> None:
    oid = enqueue(store, ack(cfg))
    smtp_sink.stop()
    clock = Clock()
    await outbox.drain_once(cfg, store, now=clock)
    clock.advance(hours=47)
    r = await outbox.drain_once(cfg, store, now=clock)
    assert r.retried == 1
    clock.advance(hours=2)
    r = await outbox.drain_once(cfg, store, now=clock)
    assert r.failed == 1
    item = store.get_outbox(oid)
    assert item is not None and item["status"] == "failed" and "gave up" in item["error"]
    assert [f["id"] for f in outbox.failed(store)] == [oid]
    alerts = store.outbox(lambda d: d["kind"] == "staff_alert")
    assert len(alerts) == 1 and alerts[0]["to"] == STAFF


async def test_5xx_fails_and_alerts_staff_once(
    cfg: Config, store: CaseStore, smtp_sink: SmtpSink
) -> None:
    oid = enqueue(store, ack(cfg))
    smtp_sink.fail_next(1, "550 5.1.1 No such user", stage="rcpt")
    clock = Clock()
    r = await outbox.drain_once(cfg, store, now=clock)
    assert (r.sent, r.retried, r.failed) == (0, 0, 1)
    assert "550" in r.errors[0]
    item = store.get_outbox(oid)
    assert item is not None and item["status"] == "failed" and "550" in item["error"]
    assert [e.action for e in store.events(CASE)].count("mail_failed") == 1
    alerts = store.outbox(lambda d: d["kind"] == "staff_alert")
    assert len(alerts) == 1
    assert alerts[0]["to"] == STAFF and alerts[0]["audience"] == "staff"
    assert alerts[0]["case_id"] == CASE and alerts[0]["status"] == "queued"

    # The alert goes out on the next drain, and no further alert is made.
    r = await outbox.drain_once(cfg, store, now=clock)
    assert r.sent == 1
    alert_msg = received(smtp_sink)
    assert alert_msg["Auto-Submitted"] == "auto-generated"
    assert smtp_sink.messages[0].rcpt_tos == (STAFF,)
    assert "[DSR-2026-0001]" in str(alert_msg["Subject"])
    body = alert_msg.get_content()
    assert f"outbox {oid}" in body and "550 5.1.1 No such user" in body
    assert len(store.outbox(lambda d: d["kind"] == "staff_alert")) == 1


async def test_failed_alert_never_alerts(
    cfg: Config, store: CaseStore, smtp_sink: SmtpSink
) -> None:
    enqueue(store, ack(cfg))
    smtp_sink.fail_next(2, "554 5.7.1 Rejected", stage="rcpt")
    clock = Clock()
    await outbox.drain_once(cfg, store, now=clock)  # the ack fails, an alert is queued
    r = await outbox.drain_once(cfg, store, now=clock)  # the alert fails too
    assert r.failed == 1
    await outbox.drain_once(cfg, store, now=clock)
    assert len(store.outbox(lambda d: d["kind"] == "staff_alert")) == 1
    assert len(outbox.failed(store)) == 2
    assert smtp_sink.messages == []


async def test_one_connection_mixed_outcomes(
    cfg: Config, store: CaseStore, smtp_sink: SmtpSink
) -> None:
    ids = [enqueue(store, ack(cfg, subject=f"n{n}")) for n in range(3)]
    smtp_sink.fail_next(1, "452 4.2.2 Mailbox full")
    r = await outbox.drain_once(cfg, store, now=Clock())
    assert (r.sent, r.retried, r.failed) == (2, 1, 0)
    statuses = [store.get_outbox(i)["status"] for i in ids]  # type: ignore[index]
    assert statuses == ["queued", "sent", "sent"]


async def test_login(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RB_TEST_SMTP_PASSWORD", "s3cret")
    with SmtpSink(auth=("bot@example.test", "s3cret")) as sink:
        cfg = make_config(
            sink.port, username="bot@example.test", password_env="RB_TEST_SMTP_PASSWORD"
        )
        with CaseStore.open(tmp_path / "c.json") as store:
            enqueue(store, ack(cfg))
            r = await outbox.drain_once(cfg, store, now=Clock())
            assert r.sent == 1
        assert sink.messages[0].auth_user == "bot@example.test"


async def test_username_but_no_auth_offered_sends_without_login(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A relay that offers no AUTH (a local MTA accepting us by address) still gets the mail."""
    monkeypatch.setenv("RB_TEST_SMTP_PASSWORD", "s3cret")
    with SmtpSink() as sink:
        cfg = make_config(
            sink.port, username="bot@example.test", password_env="RB_TEST_SMTP_PASSWORD"
        )
        with CaseStore.open(tmp_path / "c.json") as store:
            enqueue(store, ack(cfg))
            r = await outbox.drain_once(cfg, store, now=Clock())
            assert r.sent == 1, r.errors
        assert sink.messages[0].auth_user is None


async def test_starttls_with_private_ca(tmp_path: Path) -> None:
    with SmtpSink(starttls=True) as sink:
        assert sink.cafile is not None
        cfg = make_config(sink.port, security="starttls", cafile=str(sink.cafile))
        with CaseStore.open(tmp_path / "c.json") as store:
            enqueue(store, ack(cfg))
            r = await outbox.drain_once(cfg, store, now=Clock())
            assert r.sent == 1, r.errors
        assert len(sink.messages) == 1


async def test_wrong_password_retries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RB_TEST_SMTP_PASSWORD", "wrong")
    with SmtpSink(auth=("bot@example.test", "s3cret")) as sink:
        cfg = make_config(
            sink.port, username="bot@example.test", password_env="RB_TEST_SMTP_PASSWORD"
        )
        with CaseStore.open(tmp_path / "c.json") as store:
            oid = enqueue(store, ack(cfg))
            r = await outbox.drain_once(cfg, store, now=Clock())
            assert r.retried == 1 and "535" in r.errors[0]
            assert store.get_outbox(oid)["status"] == "queued"  # type: ignore[index]
        assert sink.messages == []
        # One failed login per attempt, not one per offered mechanism (PLAIN and LOGIN
        # here): each failure counts towards a hosted server's lockout.
        assert sink.auth_attempts == ["PLAIN"]


# --------------------------------------------------------------------------- crashes


QUEUE_THEN_WAIT = textwrap.dedent(
    """
    import json, sys, time
    from datetime import datetime
    from requestbot import outbox
    from requestbot.cases import CaseStore
    from requestbot.config import from_dict

    cfg = from_dict(json.loads(sys.argv[1]))
    store = CaseStore.open(sys.argv[2])
    now = datetime.fromisoformat(sys.argv[3])
    item = outbox.compose(cfg, to="matti.meikalainen@example.com", subject="Kuittaus",
                          text="Pyyntösi on kirjattu.\\n", case_id="DSR-2026-0001",
                          kind="ack", audience="requester", now=now)
    with store.transaction():
        store.add_event("DSR-2026-0001", "requestbot", "acknowledged", "", at=now)
        outbox.queue(store, item)
    print("queued", flush=True)
    time.sleep(60)
    """
)


async def test_killed_after_queue_sends_on_restart(
    tmp_path: Path, cfg: Config, smtp_sink: SmtpSink
) -> None:
    path = tmp_path / "c.json"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            QUEUE_THEN_WAIT,
            json.dumps(config_dict(smtp_sink.port)),
            str(path),
            T0.isoformat(),
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "queued"
    finally:
        proc.kill()  # SIGKILL: no cleanup, no flush on exit
        proc.wait(timeout=10)
    assert smtp_sink.messages == []
    with CaseStore.open(path) as store:
        r = await outbox.drain_once(cfg, store, now=Clock())
        assert r.sent == 1
        assert [e.action for e in store.events(CASE)] == ["acknowledged", "mail_sent"]
    (got,) = smtp_sink.wait_for(1)
    assert got.message["Subject"] == "[DSR-2026-0001] Kuittaus"


async def test_interrupted_send_is_sent_again(
    cfg: Config, store: CaseStore, smtp_sink: SmtpSink
) -> None:
    """A crash between 'sending' and 'sent': at-least-once, so it goes out (again)."""
    oid = enqueue(store, ack(cfg))
    store.update_outbox(oid, status="sending")
    assert [i["id"] for i in outbox.pending(store, T0)] == [oid]
    r = await outbox.drain_once(cfg, store, now=Clock())
    assert (r.sent, r.resent) == (1, 1)
    item = store.get_outbox(oid)
    assert item is not None and item["status"] == "sent" and item["interrupted"] == 1
    assert len(smtp_sink.messages) == 1


# --------------------------------------------------------------------------- header safety


async def test_header_injection_is_harmless(
    cfg: Config, store: CaseStore, smtp_sink: SmtpSink
) -> None:
    long_subject = "Pyyntö " + "ä" * 1000 + " " + "x" * 993
    enqueue(
        store,
        ack(
            cfg,
            to_name="Matti\r\nBcc: evil@example.com",
            subject="Hei\r\nBcc: evil@example.com\nX-Evil: 1",
            in_reply_to="<a@example.com>\r\nBcc: evil@example.com",
            extra_headers={"X-Requestbot-Note": "ok\r\nBcc: evil@example.com"},
        ),
    )
    enqueue(store, ack(cfg, subject=long_subject))
    r = await outbox.drain_once(cfg, store, now=Clock())
    assert r.sent == 2
    first, second = smtp_sink.wait_for(2)
    for got in (first, second):
        assert got.rcpt_tos == (REQUESTER,)
        msg = got.message
        assert msg["Bcc"] is None and msg["X-Evil"] is None
        lines = got.raw.split(b"\r\n")
        assert not any(line.lower().startswith((b"bcc:", b"x-evil:")) for line in lines)
        assert max(len(line) for line in lines) <= 998
    msg = first.message
    assert msg["To"].addresses[0].addr_spec == REQUESTER
    assert msg["Subject"] == "[DSR-2026-0001] Hei Bcc: evil@example.com X-Evil: 1"
    assert msg["In-Reply-To"] == "<a@example.com>"
    assert str(msg["References"]).split() == [
        "<first@example.com>",
        "<abc123@example.com>",
        "<a@example.com>",
    ]
    assert msg["X-Requestbot-Note"] == "ok Bcc: evil@example.com"
    assert second.message["Subject"] == f"[DSR-2026-0001] {long_subject}"


# --------------------------------------------------------------------------- file transport


async def test_file_transport(tmp_path: Path, store: CaseStore) -> None:
    out = tmp_path / "out"
    cfg = make_config(2525, transport="file", file_dir=str(out))
    oid = enqueue(store, ack(cfg))
    r = await outbox.drain_once(cfg, store, now=Clock())
    assert r.sent == 1
    files = list(out.glob("*.eml"))
    assert files == [outbox.eml_path(out, oid, "ack")] == [out / f"{oid:06d}-ack.eml"]
    msg = email.message_from_bytes(files[0].read_bytes(), policy=email.policy.default)
    assert msg["Subject"] == "[DSR-2026-0001] Pyyntösi on vastaanotettu"
    item = store.get_outbox(oid)
    assert item is not None and item["status"] == "sent"
    assert item["smtp_reply"] == f"written to {files[0]}"
    assert not list(out.glob(".*.tmp"))
    assert (await outbox.drain_once(cfg, store, now=Clock())).sent == 0


@pytest.mark.parametrize(
    "overrides",
    [
        {},
        {"to_name": "", "in_reply_to": None, "references": []},
        {"to_name": "Anna-Lena Åström, " * 8, "subject": "Re: " + "pitkä otsikko ä " * 12},
        {"html": "<p>Hyvä Matti</p>", "attachments": [("kopio.json", "application/json", b"{}")]},
    ],
)
def test_compose_writes_what_the_stdlib_smtp_policy_writes(
    cfg: Config, monkeypatch: pytest.MonkeyPatch, overrides: dict[str, Any]
) -> None:
    """outbox.SMTP only makes each header class once: the bytes are those of
    email.policy.SMTP (same Message-ID, so the whole message can be compared)."""
    monkeypatch.setattr(outbox, "make_message_id", lambda case_id, domain: "<fixed.rb@example.fi>")
    ours = ack(cfg, **overrides)
    monkeypatch.setattr(outbox, "SMTP", email.policy.SMTP)
    theirs = ack(cfg, **overrides)

    def same_boundary(raw: str) -> str:  # a multipart boundary is random
        return re.sub(r"===============\d+==", "=====BOUNDARY==", raw)

    assert same_boundary(theirs["raw"]) == same_boundary(ours["raw"])
