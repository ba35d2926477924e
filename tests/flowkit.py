"""Helpers for end-to-end tests: a config file pointing at the test servers."""

from __future__ import annotations

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
