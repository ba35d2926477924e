"""`requestbot check-config`: what the file lacks to run (offline), then try the servers."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

import aiosmtplib

from .config import Config, suppression_hash_key
from .errors import ConfigError, DeliveryError, MailboxError


def offline_problems(cfg: Config) -> list[ConfigError]:
    """What a loadable config still lacks to run: checked by ``check-config --offline``.

    Loading accepts a partial file (``cases list`` needs no SMTP); running needs an SMTP
    server (or the file transport), and readable password and CA files.
    """
    problems: list[ConfigError] = []

    def problem(key: str, message: str) -> None:
        problems.append(ConfigError(message, file=cfg.path, key=key))

    if cfg.smtp.transport == "smtp" and not cfg.smtp.host.strip():
        problem(
            "smtp.host",
            "no SMTP server is configured, so no answer could be sent: add an [smtp] "
            'section with host (or transport = "file" to write mail to a directory)',
        )
    for section in ("imap", "smtp"):
        s = getattr(cfg, section)
        if s.password_file:
            try:
                s.secret.resolve()
            except ConfigError as exc:
                problems.append(exc)
        if s.cafile and not Path(s.cafile).is_file():  # opened as given, like at run time
            problem(f"{section}.cafile", f"CA file {s.cafile} does not exist")
    try:  # the suppression list's hash key: the store cannot be opened without it
        suppression_hash_key(cfg)
    except ConfigError as exc:
        problems.append(exc)
    return problems


def check_imap(cfg: Config) -> tuple[bool, str]:
    """Log in, select the folder and report what the server offers."""
    from .mailbox import ImapSource
    from .runner import build_source

    try:
        source = build_source(cfg)
    except (MailboxError, ConfigError, ValueError) as exc:
        return False, str(exc)
    try:
        if not isinstance(source, ImapSource):
            return True, f"Maildir {cfg.resolve_path(cfg.imap.maildir)} is readable"
        source.connect()
        client = source._conn()  # noqa: SLF001 - the connection the daemon would use
        caps = {c.decode() if isinstance(c, bytes) else str(c) for c in client.capabilities()}
        offered = ", ".join(c for c in ("IDLE", "MOVE", "UIDPLUS") if c in caps) or "none"
        waiting = len(client.search(["ALL"]))
        folders = ", ".join(
            f"{c.full_name!r} ({'created now' if c.created else 'exists'})"
            for c in source.ensure_folders(cfg.path or None)
        )
        return True, (
            f"logged in to {cfg.imap.host}:{cfg.imap.port} as {cfg.imap.username}; "
            f"folder {source.full_name(cfg.imap.folder)!r} holds {waiting} message(s); "
            f"offers {offered}; folders {folders}"
        )
    except (MailboxError, ConfigError) as exc:
        return False, str(exc)
    finally:
        source.close()


def check_smtp(cfg: Config) -> tuple[bool, str]:
    """Connect, say EHLO, log in when configured, and quit without sending."""
    if cfg.smtp.transport == "file":
        return True, f"file transport: mail is written to {cfg.resolve_path(cfg.smtp.file_dir)}"
    if not cfg.smtp.host:
        return False, "smtp.host is not set"

    async def probe() -> str:
        from .outbox import _connect

        smtp = await _connect(cfg)
        try:
            code, _ = await smtp.ehlo()
            auth = f", logged in as {cfg.smtp.username}" if cfg.smtp.username else ""
            return f"{cfg.smtp.host}:{cfg.smtp.port} answered EHLO with {code}{auth}"
        finally:
            with contextlib.suppress(aiosmtplib.SMTPException, OSError, TimeoutError):
                await smtp.quit()

    try:
        return True, asyncio.run(probe())
    except (DeliveryError, aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
        return False, str(exc)
