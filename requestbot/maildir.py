"""A local Maildir as a mail source, with the same interface as the IMAP one.

For a mail server on the same host, and for the offline demo. Python's
``mailbox`` module reads it; "moving" renames a file into a Maildir++
sub-folder, which a Dovecot on the same host shows as a folder.
"""

from __future__ import annotations

import email
import email.parser
import mailbox as std_mailbox
import os
import time
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from requestbot.errors import MailboxError
from requestbot.mailbox import (
    DEFAULT_MAX_SIZE,
    MAX_BATCH_BYTES,
    FetchedMessage,
    FolderCheck,
    MailboxState,
)
from requestbot.store import fsync_dir


class MaildirSource:
    """A local Maildir (``maildir:`` source) with the ImapSource interface.

    Received time is the file's mtime (the delivery time). ``move`` renames the file into a
    Maildir++ sub-folder (``Processed`` → ``<root>/.Processed``), creating it when missing,
    so a Dovecot on the same host sees it as folder "Processed". UIDs do not exist here:
    ``uid`` is 0, ``ref`` is the Maildir key, and ``state`` is returned unchanged.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        poll_seconds: float = 2.0,
        max_size: int = DEFAULT_MAX_SIZE,
        create: bool = False,
    ) -> None:
        self.path = Path(path)
        self.poll_seconds = poll_seconds
        self.max_size = max_size
        try:
            self._md = std_mailbox.Maildir(str(self.path), factory=None, create=create)
        except (OSError, std_mailbox.Error) as exc:
            raise MailboxError(f"cannot open Maildir {self.path}: {exc}") from exc
        if not (self.path / "cur").is_dir():
            raise MailboxError(f"{self.path} is not a Maildir (no cur/)")
        self._handed_out: set[str] = set()

    def _entries(self) -> list[tuple[float, str, Path]]:
        """(mtime, key, path) for every message in new/ and cur/, oldest first."""
        out = []
        for sub in ("new", "cur"):
            try:
                names = os.listdir(self.path / sub)
            except OSError as exc:
                raise MailboxError(f"cannot list Maildir {self.path}/{sub}: {exc}") from exc
            for name in names:
                if name.startswith("."):
                    continue
                path = self.path / sub / name
                try:
                    mtime = path.stat().st_mtime
                except FileNotFoundError:
                    continue
                out.append((mtime, name.split(self._md.colon, 1)[0], path))
        out.sort()
        return out

    def fetch_new(
        self, state: MailboxState, batch: int = 100
    ) -> tuple[list[FetchedMessage], MailboxState]:
        out: list[FetchedMessage] = []
        total = 0
        for mtime, key, path in self._entries()[: max(1, batch)]:
            try:
                size = path.stat().st_size
                truncated = size > self.max_size
                if out and not truncated and total + size > MAX_BATCH_BYTES:
                    break  # bounded by bytes as well: the rest comes with the next call
                total += 0 if truncated else size
                raw = _read_header(path) if truncated else path.read_bytes()
            except FileNotFoundError:
                continue  # moved by someone else meanwhile
            except OSError as exc:
                raise MailboxError(f"cannot read {path}: {exc}") from exc
            out.append(
                FetchedMessage(
                    uid=0,
                    uidvalidity=0,
                    internaldate=datetime.fromtimestamp(mtime, UTC),
                    size=size,
                    raw=raw,
                    truncated=truncated,
                    ref=key,
                )
            )
            self._handed_out.add(key)
        return out, state

    def folder_path(self, folder: str) -> Path:
        parts = [p for p in folder.replace(".", "/").split("/") if p]
        if parts and parts[0].upper() == "INBOX":
            parts = parts[1:]
        if not parts:
            return self.path
        return self.path / ("." + ".".join(parts))

    def _ensure_folder(self, folder: str) -> Path:
        target = self.folder_path(folder)
        for sub in ("cur", "new", "tmp"):
            (target / sub).mkdir(parents=True, exist_ok=True)
        if target != self.path:
            (target / "maildirfolder").touch()
        return target

    def ensure_folders(self, config_file: str | None = None) -> list[FolderCheck]:
        """Nothing to check ahead: sub-folders are directories created on the first move."""
        return []

    def move(self, message: FetchedMessage | str, folder: str) -> bool:
        key = message if isinstance(message, str) else message.ref
        try:
            target = self._ensure_folder(folder)
            for _mtime, k, path in self._entries():
                if k == key:
                    sub = "cur" if path.parent.name == "cur" else "new"
                    os.rename(path, target / sub / path.name)
                    fsync_dir(target / sub)
                    self._handed_out.discard(key)
                    return True
        except OSError as exc:
            raise MailboxError(f"cannot move {key} to {folder} in {self.path}: {exc}") from exc
        return False

    def move_many(self, messages: Sequence[FetchedMessage | str], folder: str) -> int:
        return sum(self.move(m, folder) for m in messages)

    # -- other folders (retention) ------------------------------------------------------

    def _folder_files(self, folder: str) -> list[tuple[float, str, Path]]:
        root = self.folder_path(folder)
        out = []
        for sub in ("new", "cur"):
            try:
                names = os.listdir(root / sub)
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise MailboxError(f"cannot list Maildir {root}/{sub}: {exc}") from exc
            for name in names:
                if name.startswith("."):
                    continue
                path = root / sub / name
                try:
                    mtime = path.stat().st_mtime
                except FileNotFoundError:
                    continue
                out.append((mtime, name.split(self._md.colon, 1)[0], path))
        out.sort()
        return out

    def search_before(self, folder: str, before: date) -> list[str]:
        """Keys of the messages in ``folder`` delivered (mtime) before ``before`` (UTC)."""
        limit = datetime.combine(before, datetime.min.time(), UTC).timestamp()
        return [key for mtime, key, _p in self._folder_files(folder) if mtime < limit]

    def search_message_id(self, folder: str, message_id: str) -> list[str]:
        found = []
        for _mtime, key, path in self._folder_files(folder):
            try:
                head = _read_header(path)
            except OSError:
                continue
            msg = email.message_from_bytes(head)
            if message_id and str(msg.get("Message-ID", "")).strip() == message_id:
                found.append(key)
        return found

    def fetch_refs(self, folder: str, refs: Sequence[str]) -> list[FetchedMessage]:
        wanted = set(refs)
        out = []
        for mtime, key, path in self._folder_files(folder):
            if key not in wanted:
                continue
            try:
                raw = path.read_bytes()
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise MailboxError(f"cannot read {path}: {exc}") from exc
            out.append(
                FetchedMessage(
                    uid=0,
                    uidvalidity=0,
                    internaldate=datetime.fromtimestamp(mtime, UTC),
                    size=len(raw),
                    raw=raw,
                    ref=key,
                )
            )
        return out

    def delete_refs(self, folder: str, refs: Sequence[str]) -> int:
        wanted, gone = set(refs), 0
        for _mtime, key, path in self._folder_files(folder):
            if key in wanted:
                try:
                    path.unlink()
                    gone += 1
                except FileNotFoundError:
                    continue
                except OSError as exc:
                    raise MailboxError(f"cannot delete {path}: {exc}") from exc
        return gone

    def append_to(
        self, folder: str, raw: bytes, internaldate: datetime, flags: Sequence[str] = ()
    ) -> None:
        target = self._ensure_folder(folder)
        name = f"{time.time_ns()}.{os.getpid()}.requestbot"
        tmp = target / "tmp" / name
        try:
            tmp.write_bytes(raw)
            stamp = internaldate.timestamp()
            os.utime(tmp, (stamp, stamp))
            os.rename(tmp, target / "cur" / (name + self._md.colon + "2,"))
            fsync_dir(target / "cur")
        except OSError as exc:
            raise MailboxError(f"cannot store a message in {target}: {exc}") from exc

    def restore(self, message_id: str, folder: str) -> bool:
        """Move the message with ``message_id`` from ``folder`` back to new/."""
        source = self.folder_path(folder)
        if not message_id or source == self.path:
            return False
        try:
            for sub in ("new", "cur"):
                for path in sorted((source / sub).glob("*")) if (source / sub).is_dir() else ():
                    parsed = email.parser.BytesHeaderParser().parsebytes(_read_header(path))
                    if (parsed.get("Message-ID") or "").strip() == message_id:
                        os.rename(path, self.path / "new" / path.name.split(self._md.colon)[0])
                        fsync_dir(self.path / "new")
                        return True
        except OSError as exc:
            raise MailboxError(f"cannot restore {message_id} from {folder}: {exc}") from exc
        return False

    def wait_for_changes(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while True:
            if any(k not in self._handed_out for _m, k, _p in self._entries()):
                return True
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            time.sleep(min(left, self.poll_seconds))

    def reconnect(self, max_attempts: int | None = None) -> None:
        """Nothing to reconnect; present for the MailSource interface."""

    def close(self) -> None:
        self._md.close()


def _read_header(path: Path, limit: int = 1024 * 1024) -> bytes:
    """The header block of a message file (up to the first empty line, at most ``limit``)."""
    with path.open("rb") as fh:
        head = fh.read(limit)
    for sep in (b"\r\n\r\n", b"\n\n"):
        idx = head.find(sep)
        if idx >= 0:
            return head[: idx + len(sep)]
    return head
