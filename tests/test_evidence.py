"""The evidence pack: `requestbot cases export ID DIR` after a case lived through the flow."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from servers import MailUser, SmtpSink
from test_staff import MATTI, STAFF, Desk

from requestbot.cli import main
from requestbot.evidence import Entry, timeline
from requestbot.model import Case, CaseEvent, Kind, Status

T0 = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture
def desk(tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink) -> Desk:
    return Desk(tmp_path, mailbox_user, smtp_sink)


def test_timeline_orders_milestones_with_who() -> None:
    case = Case(
        "DSR-2026-0001",
        MATTI,
        "Matti",
        "fi",
        (Kind.ERASURE,),
        T0,
        T0.date(),
        T0.date(),
        Status.COMPLETED,
        subject="tietoni",
    )
    events = [
        CaseEvent(case.id, T0, "requestbot", "opened"),
        CaseEvent(case.id, T0 + timedelta(days=2), STAFF, "system", "Slotti: done"),
        CaseEvent(case.id, T0 + timedelta(days=3), STAFF, "status:extended", "#extend"),
        CaseEvent(case.id, T0 + timedelta(days=5), STAFF, "status:completed", "#done"),
    ]
    letters = [
        {
            "kind": "ack",
            "audience": "requester",
            "to": MATTI,
            "sent_at": (T0 + timedelta(minutes=1)).isoformat(),
        },
        {"kind": "staff_new_case", "audience": "staff", "to": STAFF, "sent_at": T0.isoformat()},
        {
            "kind": "completion",
            "audience": "requester",
            "to": MATTI,
            "sent_at": (T0 + timedelta(days=5)).isoformat(),
        },
        {"kind": "extension", "audience": "requester", "to": MATTI, "sent_at": None},
    ]
    got = timeline(case, events, letters)
    assert [e.what for e in got] == [
        "received",
        "acknowledged",
        "system",
        "extended",
        "closed_completed",
        "answered",
    ]  # the unsent extension letter and staff mail are no milestones
    assert got[0] == Entry(T0, "received", MATTI, "tietoni")
    assert got[2].who == STAFF and got[2].detail == "Slotti: done"


@pytest.mark.imap
def test_export_of_a_completed_erasure(
    desk: Desk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case_id, notice, _original = desk.open_case()
    desk.staff(notice, "#system Slotti done")
    desk.staff(notice, "#system Business Central done")
    desk.staff(notice, "#done")
    assert desk.case(case_id).status == Status.COMPLETED
    sent = {m.message["Message-ID"]: m.raw for m in desk.sink.messages}

    out_dir = tmp_path / "pack"
    assert (
        main(["--config", str(desk.cfg), "cases", "export", case_id, str(out_dir), "--lang", "en"])
        == 0
    )
    html = (out_dir / "index.html").read_text()
    for label in (
        "Request received",
        "Acknowledgement sent",
        "Answer sent",
        "Case closed: completed",
    ):
        assert label in html
    assert "#system" in html and STAFF in html  # the staff commands, with who
    assert "<script" not in html
    data = json.loads((out_dir / "evidence.json").read_text())
    assert data["case"]["id"] == case_id and data["classification"]["kinds"] == ["erasure"]
    assert data["classification"]["evidence"]  # the rules that fired, with matched text
    whats = [e["what"] for e in data["timeline"]]
    assert whats[0] == "received" and "acknowledged" in whats and "answered" in whats
    commands = [c["command"] for c in data["staff_commands"]]
    assert commands == ["system", "system", "done"]
    letters = {x["kind"]: x for x in data["letters"]}
    assert {"ack", "completion"} <= set(letters)
    for letter in data["letters"]:
        assert letter["smtp_reply"].startswith("250") and letter["sent_at"]
        on_disk = (out_dir / "letters" / letter["file"]).read_bytes()
        # The exact bytes the SMTP server received.
        assert on_disk.replace(b"\r\n", b"\n") == sent[letter["message_id"]].replace(b"\r\n", b"\n")
    text = (out_dir / "README.txt").read_text()
    assert case_id in text and "Timeline" in text

    # A pack is never written over something else.
    assert main(["--config", str(desk.cfg), "cases", "export", case_id, str(out_dir)]) == 1
    assert "not an empty directory" in capsys.readouterr().err
    assert (
        main(["--config", str(desk.cfg), "cases", "export", "DSR-1999-0001", str(tmp_path / "x")])
        == 1
    )


@pytest.mark.imap
def test_export_in_finnish(desk: Desk, tmp_path: Path) -> None:
    case_id, _notice, _original = desk.open_case()
    assert main(["--config", str(desk.cfg), "cases", "export", case_id, str(tmp_path / "fi")]) == 0
    html = (tmp_path / "fi" / "index.html").read_text()
    assert "Näyttöaineisto asiassa" in html and "Pyyntö vastaanotettu" in html
    assert 'lang="fi"' in html


def test_pack_escapes_what_people_wrote(tmp_path: Path) -> None:
    import dataclasses

    from test_digest import make_case

    from requestbot.cases import CaseStore
    from requestbot.evidence import build, write
    from requestbot.model import Evidence
    from requestbot.templates import Renderer

    evil = "<script>alert(1)</script>"
    with CaseStore.open(tmp_path / "cases.json") as store:
        case = dataclasses.replace(
            make_case("DSR-2026-0007", name=evil),
            subject=evil,
            evidence=(Evidence("en.erasure.x", Kind.ERASURE, evil),),
        )
        store.add_case(case)
        store.add_event(case.id, STAFF, "note", evil, at=T0)
        pack = build(store, case.id, T0)
    controller = {"name": "X", "address": "Y", "email": "dsr@example.fi"}
    write(tmp_path / "pack", pack, Renderer(), "en", controller)
    html = (tmp_path / "pack" / "index.html").read_text()
    assert evil not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
