"""Helpers for end-to-end tests: a config file pointing at the test servers, and the
daemon as a child process whose log the tests wait on (never on the clock)."""

from __future__ import annotations

import contextlib
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from servers import MailUser, SmtpSink

AUTHSERV = "mx.example.test"
STAFF = "staff@example.fi"


def write_config(tmp_path: Path, user: MailUser, sink: SmtpSink, **extra: str) -> Path:
    """A config.toml like a user would write from config.example.toml."""
    pwfile = tmp_path / "imap-password"
    pwfile.write_text(user.password + "\n")
    sections = {
        "controller": f'''name = "Esimerkki Kuvaamo Oy"
address = "{user.address}"
postal_address = "Esimerkkikatu 1, 65100 Vaasa"''',
        "imap": f'''host = "{user.host}"
port = {user.port}
security = "none"
username = "{user.address}"
password_file = "{pwfile}"
poll_seconds = 2''',
        "smtp": f'''host = "{sink.host}"
port = {sink.port}
security = "none"
from = "{user.address}"''',
        "staff": f'''addresses = ["{STAFF}"]
notify = ["{STAFF}"]
escalation = ["manager@example.fi"]
authserv_id = "{AUTHSERV}"''',
        "storage": f'''path = "{tmp_path / "data" / "cases.json"}"
spool_dir = "{tmp_path / "data" / "spool"}"''',
    }
    if "digest_days" not in extra.get("staff", ""):
        # No daily digest unless a test asks for one: with the default (08:00 on
        # weekdays) a poll run on the real clock after 08:00 Helsinki time would also
        # send the day's digest, and a test's count of staff mail would depend on the
        # time of day it runs at.
        sections["staff"] += "\ndigest_days = []"
    for key, value in extra.items():
        sections[key] = sections.get(key, "") + "\n" + value
    text = "\n\n".join(f"[{k}]\n{v}" for k, v in sections.items())
    text += """

[[systems]]
name = "Slotti"
kinds = ["access", "erasure", "rectification"]

[[systems]]
name = "Business Central"
kinds = ["access", "erasure"]
"""
    path = tmp_path / "config.toml"
    path.write_text(text)
    return path


def dkim_pass(domain: str) -> str:
    return f"{AUTHSERV}; dkim=pass header.d={domain}; dmarc=pass header.from={domain}"


ROOT = Path(__file__).resolve().parent.parent
READY = "ready: waiting for new mail"  # the daemon's log line when it goes idle


def wait_until(pred: Callable[[], bool], timeout: float, interval: float = 0.2) -> bool:
    """Poll ``pred`` until it holds; ``timeout`` is a generous bound, not a measurement."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pred():
            return True
        time.sleep(interval)
    return pred()


class DaemonProcess:
    """``python -m requestbot.cli --config X run`` as a child process, log to a file."""

    def __init__(self, cfg: Path, log: Path) -> None:
        self.cfg = cfg
        self.log = log
        self.proc: subprocess.Popen[bytes] | None = None
        self.offset = 0  # where this start's lines begin in the log

    def start(self) -> None:
        with self.log.open("ab") as fh:
            fh.write(f"\n===== start {datetime.now(UTC).isoformat()}\n".encode())
            fh.flush()
            self.offset = fh.tell()
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "requestbot.cli", "--config", str(self.cfg), "run"],
                stdout=fh,
                stderr=subprocess.STDOUT,
                cwd=ROOT,
            )

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> None:
        assert self.proc is not None
        with contextlib.suppress(ProcessLookupError):
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def terminate(self, timeout: float = 120.0) -> int:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout)

    def output(self) -> str:
        """The log written since the last start."""
        try:
            with self.log.open("rb") as fh:
                fh.seek(self.offset)
                return fh.read().decode(errors="replace")
        except OSError:
            return ""

    def count(self, text: str) -> int:
        """How many lines since the last start contain ``text``."""
        return sum(text in line for line in self.output().splitlines())

    def wait_for(self, text: str, timeout: float = 180.0, times: int = 1) -> None:
        """Wait until ``text`` has been logged ``times`` times since the last start."""
        if not wait_until(lambda: self.count(text) >= times or not self.alive(), timeout, 0.05):
            raise AssertionError(f"no {text!r} (x{times}) within {timeout} s:\n{self.tail()}")
        assert self.count(text) >= times, f"the daemon ended:\n{self.tail()}"

    def tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"
