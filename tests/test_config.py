"""Config loading: every error names the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest
from flowkit import write_config
from servers import MailUser, SmtpSink

from requestbot import config
from requestbot.cli import main
from requestbot.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]
MINIMAL = '[controller]\nname = "Example Oy"\naddress = "dsr@example.fi"\n'


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "config.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_example_config_is_valid() -> None:
    cfg = config.load(ROOT / "config.example.toml")
    assert cfg.controller.timezone == "Europe/Helsinki"
    assert [s.name for s in cfg.systems][:2] == ["Slotti", "Business Central"]
    assert cfg.smtp.from_address == "tietosuoja@example.fi"


def test_defaults(tmp_path: Path) -> None:
    cfg = config.load(write(tmp_path, MINIMAL))
    assert cfg.controller.country == "FI"
    assert cfg.controller.languages == ("fi", "sv", "en")
    assert cfg.controller.default_language == "fi"
    assert cfg.controller.case_prefix == "DSR"
    assert cfg.deadlines.christmas_eve_is_holiday is False
    assert cfg.retention.closed_case_months == 36


@pytest.mark.parametrize(("line", "seconds"), [("", 0.1), ("= 0", 0.0), ("= 2", 2.0)])
def test_idle_recheck_seconds(tmp_path: Path, line: str, seconds: float) -> None:
    """Default 0.1 s; 0 means IDLE news alone; whole seconds are read as a number."""
    text = MINIMAL + (f"[imap]\nidle_recheck_seconds {line}\n" if line else "")
    cfg = config.load(write(tmp_path, text))
    assert cfg.imap.idle_recheck_seconds == seconds
    assert isinstance(cfg.imap.idle_recheck_seconds, float)


BAD = [
    ("[controller]\nname = 'x'\n", "controller.address", "missing"),
    ("", "controller", "missing required section"),
    (MINIMAL + "colour = 'red'\n", "controller.colour", "unknown key"),
    (MINIMAL + "[imapp]\n", "imapp", "unknown section"),
    (MINIMAL + "[imap]\nport = '993'\n", "imap.port", "expected an integer"),
    (MINIMAL + "[imap]\nidle = 'yes'\n", "imap.idle", "true or false"),
    (MINIMAL + "[imap]\nsecurity = 'tls'\n", "imap.security", "ssl, starttls, none"),
    (
        MINIMAL + "[imap]\nhost = 'imap.example.fi'\nusername = 'u'\nsecurity = 'none'\n",
        "imap.security",
        "allow_insecure",
    ),
    (MINIMAL + "[imap]\nhost = 'imap.example.fi'\n", "imap.username", "missing"),
    (
        MINIMAL + "[smtp]\npassword_env = 'A'\npassword_file = '/x'\n",
        "smtp.password_file",
        "not both",
    ),
    (MINIMAL + "[smtp]\nfrom_address = 'a@example.fi'\n", "smtp.from_address", "unknown key"),
    (MINIMAL + "[smtp]\nfrom = 'not an address'\n", "smtp.from", "e-mail address"),
    (MINIMAL + "[smtp]\ntransport = 'file'\n", "smtp.file_dir", "missing"),
    (MINIMAL + "[staff]\ndigest_time = '8am'\n", "staff.digest_time", "HH:MM"),
    (MINIMAL + "[staff]\ndigest_days = ['monday']\n", "staff.digest_days", "day names"),
    (MINIMAL + "[staff]\nauthentication = 'none'\n", "staff.authentication", "insecure_trust_from"),
    (MINIMAL + "[staff]\naddresses = ['a@example.fi']\n", "staff.authserv_id", "authserv-id"),
    (MINIMAL + "[staff]\nnotify = 'a@example.fi'\n", "staff.notify", "expected a list"),
    (
        '[controller]\nname = "x"\naddress = "dsr@example.fi"\ntimezone = "Mars/Base"\n',
        "controller.timezone",
        "unknown timezone",
    ),
    (
        '[controller]\nname = "x"\naddress = "dsr@example.fi"\ncountry = "XX"\n',
        "controller.country",
        "unknown country",
    ),
    (
        '[controller]\nname = "x"\naddress = "dsr@example.fi"\ndefault_language = "de"\n',
        "controller.default_language",
        "not in languages",
    ),
    (
        '[controller]\nname = "x"\naddress = "dsr@example.fi"\nlanguages = ["fi", "de"]\n',
        "controller.languages",
        "unsupported language",
    ),
    (
        MINIMAL + "[requests]\nconfirm_kinds = ['deletion']\n",
        "requests.confirm_kinds",
        "unknown kind",
    ),
    (
        MINIMAL + "[deadlines]\nextra_non_working_days = ['24.12.2026']\n",
        "deadlines.extra_non_working_days[0]",
        "YYYY-MM-DD",
    ),
    (MINIMAL + "[[systems]]\nkinds = ['erasure']\n", "systems[0].name", "missing"),
    (
        MINIMAL + "[[systems]]\nname = 'A'\n[[systems]]\nname = 'Slotti'\nkinds = ['delete']\n",
        "systems[1].kinds",
        "unknown kind 'delete' for system 'Slotti'",
    ),
    (
        MINIMAL + "[imap]\npassword = 'hunter2'\n",
        "imap.password",
        "use password_env or password_file",
    ),
    (
        MINIMAL + "[smtp]\npassword = 'hunter2'\n",
        "smtp.password",
        "use password_env or password_file",
    ),
    (
        MINIMAL + "[[systems]]\nname = 'A'\n[[systems]]\nname = 'a'\n",
        "systems[1].name",
        "duplicate",
    ),
    (
        MINIMAL + "[imap]\nidle_recheck_seconds = 'fast'\n",
        "imap.idle_recheck_seconds",
        "expected a number",
    ),
    (MINIMAL + "[imap]\nidle_recheck_seconds = -1\n", "imap.idle_recheck_seconds", "0 (IDLE"),
    (MINIMAL + "[imap]\nidle_recheck_seconds = 0.01\n", "imap.idle_recheck_seconds", "0.05 to"),
    (MINIMAL + "[imap]\nidle_recheck_seconds = 61\n", "imap.idle_recheck_seconds", "to 60.0"),
    (
        MINIMAL + "[retention]\nclosed_case_months = 0\n",
        "retention.closed_case_months",
        "at least 1",
    ),
    ("[controller\nname = 'x'", None, "not valid TOML"),
]


@pytest.mark.parametrize(("text", "key", "words"), BAD)
def test_errors_name_file_and_key(tmp_path: Path, text: str, key: str | None, words: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        config.load(path)
    err = info.value
    assert err.file == str(path)
    assert str(path) in str(err)
    if key is not None:
        assert err.key == key
        assert f"'{key}'" in str(err)
    assert words in str(err)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        config.load(tmp_path / "nope.toml")


def test_secret_from_env_and_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = tmp_path / "pw"
    secret.write_text("s3cret\n")
    text = MINIMAL + f"[imap]\npassword_file = '{secret}'\n[smtp]\npassword_env = 'RB_SMTP_PW'\n"
    cfg = config.load(write(tmp_path, text))
    assert cfg.imap.secret.resolve() == "s3cret"
    monkeypatch.delenv("RB_SMTP_PW", raising=False)
    with pytest.raises(ConfigError) as info:
        cfg.smtp.secret.resolve()
    assert info.value.key == "smtp.password_env"
    monkeypatch.setenv("RB_SMTP_PW", "pw2")
    assert cfg.smtp.secret.resolve() == "pw2"


def test_insecure_allowed_on_loopback(tmp_path: Path) -> None:
    text = MINIMAL + "[imap]\nhost = '127.0.0.1'\nusername = 'u'\nsecurity = 'none'\nport = 143\n"
    assert config.load(write(tmp_path, text)).imap.security == "none"


def test_config_path_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REQUESTBOT_CONFIG", "/etc/rb.toml")
    assert config.config_path("x.toml") == Path("x.toml")
    assert config.config_path(None) == Path("/etc/rb.toml")
    monkeypatch.delenv("REQUESTBOT_CONFIG")
    assert config.config_path(None) == Path("config.toml")


RUNNABLE = MINIMAL + "[smtp]\nhost = 'smtp.example.fi'\n"


@pytest.mark.parametrize(
    "text,key,words",
    [
        (MINIMAL, "smtp.host", "no SMTP server is configured"),
        (MINIMAL + "[smtp]\nhost = ''\n", "smtp.host", "add an [smtp] section"),
        (
            RUNNABLE.replace("[smtp]\n", "[smtp]\npassword_file = 'nope'\n"),
            "smtp.password_file",
            "cannot read password file nope",
        ),
        (
            RUNNABLE + "[imap]\npassword_file = '/nonexistent/pw'\n",
            "imap.password_file",
            "/nonexistent/pw",
        ),
        (RUNNABLE + "[imap]\ncafile = '/nonexistent/ca.pem'\n", "imap.cafile", "does not exist"),
        (
            RUNNABLE.replace("[smtp]\n", "[smtp]\ncafile = '/nonexistent/ca.pem'\n"),
            "smtp.cafile",
            "does not exist",
        ),
    ],
)
def test_check_config_offline_rejects_what_cannot_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, key: str, words: str
) -> None:
    path = write(tmp_path, text)
    config.load(path)  # loading a partial config is fine (cases list needs no SMTP) ...
    capsys.readouterr()
    assert main(["--config", str(path), "check-config", "--offline"]) == 2  # ... running is not
    captured = capsys.readouterr()
    assert "configuration is valid" not in captured.out
    assert f"{path}: key '{key}'" in captured.err and words in captured.err


def test_check_config_offline_accepts_the_file_transport_and_real_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pw").write_text("secret\n")
    (tmp_path / "ca.pem").write_text("-----BEGIN CERTIFICATE-----\n")
    text = (
        MINIMAL
        + f"[imap]\npassword_file = '{tmp_path / 'pw'}'\ncafile = '{tmp_path / 'ca.pem'}'\n"
        + "[smtp]\ntransport = 'file'\nfile_dir = 'out'\n"
    )
    assert main(["--config", str(write(tmp_path, text)), "check-config", "--offline"]) == 0
    assert "configuration is valid" in capsys.readouterr().out


def test_check_config_offline_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write(tmp_path, RUNNABLE)
    assert main(["--config", str(good), "check-config", "--offline"]) == 0
    assert "valid" in capsys.readouterr().out
    bad = tmp_path / "bad.toml"
    bad.write_text(MINIMAL + "[imap]\nport = 'x'\n")
    assert main(["--config", str(bad), "check-config", "--offline"]) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and "imap.port" in err


def test_check_config_warns_about_trusting_from(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = RUNNABLE + "[staff]\nauthentication = 'none'\ninsecure_trust_from = true\n"
    assert main(["--config", str(write(tmp_path, text)), "check-config", "--offline"]) == 0
    assert "warning" in capsys.readouterr().out


@pytest.mark.imap
def test_check_config_online_reports_each_server(
    tmp_path: Path,
    mailbox_user: MailUser,
    smtp_sink: SmtpSink,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cfg = write_config(tmp_path, mailbox_user, smtp_sink)
    assert main(["--config", str(cfg), "check-config"]) == 0
    out = capsys.readouterr().out
    assert "IMAP: ok: logged in" in out and "IDLE" in out
    assert "SMTP: ok:" in out and "EHLO" in out
    # A wrong password and a dead SMTP port are reported, exit 1.
    (tmp_path / "imap-password").write_text("wrong\n")
    smtp_sink.stop()
    assert main(["--config", str(cfg), "check-config"]) == 1
    out = capsys.readouterr().out
    assert "IMAP: FAILED" in out and "SMTP: FAILED" in out
