"""The hashed suppression list: key from env or file, migration, export, erasure."""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from flowkit import write_config
from servers import MailUser, SmtpSink, make_message

from requestbot import config as config_mod
from requestbot import retention
from requestbot.cases import CaseStore
from requestbot.cli import main
from requestbot.errors import ConfigError, StoreError

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
KEY = b"0123456789abcdef0123456789abcdef"
OTHER_KEY = b"fedcba9876543210fedcba9876543210"


def expected_hash(address: str, key: bytes = KEY) -> str:
    return hmac.new(key, address.strip().lower().encode(), hashlib.sha256).hexdigest()


def files_bytes(directory: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in directory.rglob("*") if p.is_file()}


def test_plain_list_is_migrated_and_leaves_no_plain_copy(tmp_path: Path) -> None:
    path = tmp_path / "cases.json"
    with CaseStore.open(path) as s:  # an existing plain list
        s.suppress("Eeva@Example.fi", at=NOW, source="DSR-2026-0001")
        s.suppress("aku@example.fi", at=NOW, source="manual")
        s.storage.compact()  # one address in the snapshot ...
        s.suppress("liisa@example.fi", at=NOW, source="manual")  # ... one in the journal
    with CaseStore.open(path, readonly=True, hash_key=KEY) as ro:
        assert ro.is_suppressed("eeva@example.fi")  # a reader before the migration
    with CaseStore.open(path, hash_key=KEY) as s:
        keys = [d["key"] for d in s.suppression_list()]
        assert sorted(keys) == sorted(
            "hmac:" + expected_hash(a)
            for a in ("eeva@example.fi", "aku@example.fi", "liisa@example.fi")
        )
        assert s.is_suppressed(" EEVA@example.fi") and not s.is_suppressed("eve@example.fi")
        assert [d["source"] for d in s.suppression_list() if d["key"] == keys[0]]
    for p, data in files_bytes(tmp_path).items():
        for local in (b"eeva", b"aku@", b"liisa"):
            assert local not in data.lower(), f"{p} still holds {local!r}"
    with CaseStore.open(path, hash_key=KEY) as s:  # the second start changes nothing
        assert s.migrate_suppression() == 0 and len(s.suppression_list()) == 3


def test_a_hashed_list_needs_its_key(tmp_path: Path) -> None:
    path = tmp_path / "cases.json"
    with CaseStore.open(path, hash_key=KEY) as s:
        s.suppress("eeva@example.fi", at=NOW, source="manual")
    with CaseStore.open(path, readonly=True) as ro, pytest.raises(StoreError, match="no key"):
        ro.is_suppressed("eeva@example.fi")
    with pytest.raises(StoreError, match="not the one"):
        CaseStore.open(path, hash_key=OTHER_KEY)
    with CaseStore.open(path, readonly=True, hash_key=KEY) as ro:
        assert ro.is_suppressed("eeva@example.fi")
        assert ro.unsuppress  # a reader can check; removal needs the writer
    with CaseStore.open(path, hash_key=KEY) as s:
        assert s.unsuppress("EEVA@example.fi") and not s.is_suppressed("eeva@example.fi")


def _cfg(tmp_path: Path, storage: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        f'[controller]\nname = "X"\naddress = "dsr@example.fi"\n\n[storage]\n'
        f'path = "{tmp_path / "data" / "cases.json"}"\n{storage}\n'
    )
    return path


def test_key_from_env_or_file_with_clear_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyfile = tmp_path / "suppression.key"
    keyfile.write_bytes(KEY + b"\n")
    cfg = config_mod.load(_cfg(tmp_path, f'suppression_hash_key_file = "{keyfile}"'))
    assert config_mod.suppression_hash_key(cfg) == KEY
    monkeypatch.setenv("RB_TEST_KEY", KEY.decode())
    cfg = config_mod.load(_cfg(tmp_path, 'suppression_hash_key_env = "RB_TEST_KEY"'))
    assert config_mod.suppression_hash_key(cfg) == KEY
    monkeypatch.setenv("RB_TEST_KEY", "short")
    with pytest.raises(ConfigError, match="at least 16") as err:
        config_mod.suppression_hash_key(cfg)
    assert "storage.suppression_hash_key_env" in str(err.value)
    missing = config_mod.load(_cfg(tmp_path, f'suppression_hash_key_file = "{tmp_path}/nokey"'))
    with pytest.raises(ConfigError, match="cannot read") as err:
        config_mod.suppression_hash_key(missing)
    assert "storage.suppression_hash_key_file" in str(err.value)
    with pytest.raises(ConfigError, match="not both") as err:
        config_mod.load(
            _cfg(
                tmp_path,
                f'suppression_hash_key_env = "RB_TEST_KEY"\nsuppression_hash_key_file = "{keyfile}"',
            )
        )
    assert str(tmp_path / "config.toml") in str(err.value)


def test_cli_export_plain_and_hashed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    keyfile = tmp_path / "suppression.key"
    keyfile.write_bytes(KEY)
    cfg = _cfg(tmp_path, f'suppression_hash_key_file = "{keyfile}"')
    (tmp_path / "data").mkdir()

    def run(*argv: str) -> int:
        return main(["--config", str(cfg), "suppression", *argv])

    assert run("add", "Eve@Example.com") == 0
    assert run("check", "eve@example.com") == 0
    assert run("check", "adam@example.com") == 1
    capsys.readouterr()
    assert run("export", "--csv") == 0  # the existing contract: key, added, source
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["key", "added", "source"]
    assert rows[1][0] == "hmac:" + expected_hash("eve@example.com") and rows[1][2] == "manual"
    assert run("export", "--hashed") == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["hmac_sha256", "added", "source"]
    assert [r[0] for r in rows[1:]] == [expected_hash("eve@example.com")]
    assert b"eve@" not in (tmp_path / "data" / "cases.json.journal").read_bytes()


@pytest.mark.imap
def test_opted_out_then_erased_stays_suppressed_without_a_plain_copy(
    tmp_path: Path,
    mailbox_user: MailUser,
    smtp_sink: SmtpSink,
    capsys: pytest.CaptureFixture[str],
) -> None:
    keyfile = tmp_path / "suppression.key"
    keyfile.write_bytes(KEY)
    cfg = write_config(
        tmp_path, mailbox_user, smtp_sink, storage=f'suppression_hash_key_file = "{keyfile}"'
    )
    mailbox_user.append(
        make_message(
            "Bob Example <bob@example.com>", "newsletter", "Please stop sending me marketing.\n"
        )
    )
    assert main(["--config", str(cfg), "poll", "--once"]) == 0
    smtp_sink.wait_for(2)
    assert main(["--config", str(cfg), "suppression", "check", "bob@example.com"]) == 0
    capsys.readouterr()
    assert main(["--config", str(cfg), "cases", "list", "--json"]) == 0
    (case,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert case["status"] == "completed"

    # Years later the retention run erases the person from the bot's records.
    c = config_mod.load(cfg)
    data_dir = c.resolve_path(c.storage.path).parent
    held = [p for p, b in files_bytes(data_dir).items() if b"bob@example.com" in b.lower()]
    assert held  # the case itself still names him
    later = datetime.now(UTC) + timedelta(days=4 * 366)
    with CaseStore.open(c.resolve_path(c.storage.path), hash_key=KEY) as store:
        for _ in range(3):  # purge, archive, anonymise the archive
            retention.apply(c, store, later)
    leaks = [p for p, b in files_bytes(data_dir).items() if b"bob@example.com" in b.lower()]
    assert leaks == []
    assert main(["--config", str(cfg), "suppression", "check", "bob@example.com"]) == 0
    capsys.readouterr()
    assert main(["--config", str(cfg), "suppression", "export", "--hashed"]) == 0
    assert expected_hash("bob@example.com") in capsys.readouterr().out


def test_check_config_names_a_missing_key_and_warns_about_a_plain_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    base = 'transport = "file"\nfile_dir = "out"'
    plain = _cfg(tmp_path, "")
    plain.write_text(plain.read_text() + f"\n[smtp]\n{base}\n")
    assert main(["--config", str(plain), "check-config", "--offline"]) == 0
    assert "suppression list keeps plain addresses" in capsys.readouterr().out
    monkeypatch.delenv("RB_MISSING_KEY", raising=False)
    keyed = _cfg(tmp_path, 'suppression_hash_key_env = "RB_MISSING_KEY"')
    keyed.write_text(keyed.read_text() + f"\n[smtp]\n{base}\n")
    assert main(["--config", str(keyed), "check-config", "--offline"]) == 2
    err = capsys.readouterr().err
    assert "RB_MISSING_KEY is not set" in err and "storage.suppression_hash_key_env" in err
