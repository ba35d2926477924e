"""The operations commands through requestbot.cli.main with --config."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from flowkit import STAFF, write_config
from servers import SmtpSink
from test_digest import make_case

from requestbot import config as config_mod
from requestbot.cases import CaseStore
from requestbot.cli import main
from requestbot.model import Status

NO_IMAP = SimpleNamespace(password="secret", host="127.0.0.1", port=1, address="dsr@example.test")
NO_SMTP = SimpleNamespace(host="127.0.0.1", port=1)


def store_path(cfg: Path) -> Path:
    c = config_mod.load(cfg)
    return c.resolve_path(c.storage.path)


def seeded(tmp_path: Path, sink: object = NO_SMTP) -> Path:
    cfg = write_config(tmp_path, NO_IMAP, sink)  # type: ignore[arg-type]
    path = store_path(cfg)
    path.parent.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    with CaseStore.open(path) as store:
        store.add_case(
            make_case(
                "DSR-2026-0001",
                received=now - timedelta(days=40),
                due=(now - timedelta(days=2)).date(),
            )
        )
        store.add_case(
            make_case(
                "DSR-2026-0002",
                received=now - timedelta(days=25),
                due=(now + timedelta(days=5)).date(),
            )
        )
        old = now - timedelta(days=40 * 31)
        store.add_case(
            make_case("DSR-2022-0003", received=old - timedelta(days=10), due=old.date())
        )
        store.transition(
            "DSR-2022-0003", Status.COMPLETED, actor="staff", at=old, outcome="answered"
        )
    return cfg


def run(cfg: Path, *args: str) -> int:
    return main(["--config", str(cfg), *args])


def test_digest_print_text_and_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = seeded(tmp_path)
    before = store_path(cfg).read_bytes()
    assert run(cfg, "digest", "--print") == 0
    text = capsys.readouterr().out
    assert text.startswith("Subject: ")
    assert text.index("DSR-2026-0001") < text.index("DSR-2026-0002")  # overdue first
    assert run(cfg, "digest", "--print", "--html") == 0
    html = capsys.readouterr().out
    assert html.lstrip().startswith("<!DOCTYPE html>") and "DSR-2026-0001" in html
    assert store_path(cfg).read_bytes() == before  # printing changes nothing


def test_digest_send(
    tmp_path: Path, smtp_sink: SmtpSink, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = seeded(tmp_path, smtp_sink)
    assert run(cfg, "digest", "--send") == 0
    assert "sent 1" in capsys.readouterr().out
    [msg] = smtp_sink.wait_for(1)
    assert STAFF in msg.rcpt_tos
    assert msg.message.get_body(("html",)) is not None


def test_report_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = seeded(tmp_path)
    assert run(cfg, "report", "--json") == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["cases"] == 3 and figures["overdue_now"] == 1
    assert run(cfg, "report", "--csv", "--from", "2024-01-01") == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["case_id"] for r in rows] == ["DSR-2026-0001", "DSR-2026-0002"]
    page = tmp_path / "r.html"
    assert run(cfg, "report", "--html", str(page)) == 0
    assert page.read_text().count("<svg") == 2
    assert run(cfg, "report") == 0
    assert "Answered in time" in capsys.readouterr().out
    assert run(cfg, "report", "--from", "last week") == 2


def test_suppression_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = seeded(tmp_path)
    assert run(cfg, "suppression", "check", "eve@example.com") == 1
    assert run(cfg, "suppression", "add", "Eve@Example.com") == 0
    assert run(cfg, "suppression", "add", "eve@example.com") == 0
    assert "already" in capsys.readouterr().out
    assert run(cfg, "suppression", "check", "eve@example.com") == 0
    assert run(cfg, "suppression", "list") == 0
    assert "eve@example.com" in capsys.readouterr().out
    assert run(cfg, "suppression", "export", "--csv") == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["key", "added", "source"] and rows[1][0] == "eve@example.com"
    assert rows[1][2] == "manual"
    assert run(cfg, "suppression", "remove", "eve@example.com") == 0
    assert run(cfg, "suppression", "check", "eve@example.com") == 1
    assert run(cfg, "suppression", "add", "not-an-address") == 2


def test_purge_dry_run_then_purge(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = seeded(tmp_path)
    before = store_path(cfg).read_bytes()
    assert run(cfg, "purge", "--dry-run") == 0
    out = capsys.readouterr().out
    assert "DSR-2022-0003" in out and "would purge" in out
    assert store_path(cfg).read_bytes() == before
    assert run(cfg, "purge") == 0
    assert "purged" in capsys.readouterr().out
    with CaseStore.open(store_path(cfg), readonly=True) as store:
        assert store.require_case("DSR-2022-0003").purged
        assert not store.require_case("DSR-2026-0001").purged
    assert run(cfg, "purge") == 0  # the next run moves the anonymised case to the archive
    assert "archive" in capsys.readouterr().out
    with CaseStore.open(store_path(cfg), readonly=True) as store:
        assert store.get_case("DSR-2022-0003") is None
        assert [c.id for c, _ in store.archived_cases()] == ["DSR-2022-0003"]
    assert run(cfg, "purge") == 0
    assert "nothing to purge" in capsys.readouterr().out


def test_status_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = seeded(tmp_path)
    assert run(cfg, "status", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["open_cases"] == "2" and data["last_fetch_ok"] == "never"
    assert data["quarantined"] == "0" and data["next_digest"] != ""
