"""The mailbox edge: IMAP (imapclient) and a local Maildir. The only module that talks IMAP.

Flow, as the daemon uses it (each call blocking; run them with ``asyncio.to_thread``)::

    source = ImapSource(settings)            # or MaildirSource(path)
    state = MailboxState()                   # kept by the caller in the case store
    while True:
        messages, state = source.fetch_new(state)
        for msg in messages:                 # spool, process, store the case, then:
            source.move(msg, settings.processed_folder)
        if not messages:
            source.wait_for_changes(timeout=600)

Rules kept here:

* Reading never sets ``\\Seen`` (BODY.PEEK only); nothing but ``move`` changes the mailbox,
  except the retention calls (``search_before``, ``fetch_refs``, ``delete_refs``,
  ``append_to``), which work on other folders over their own connection.
* Processed mail is moved out of the watched folder, so *everything still in it is
  unprocessed*: ``fetch_new`` looks at ALL UIDs present, not only those above ``last_uid``.
  ``last_uid`` is only a fairness cursor (messages the caller leaves behind do not starve
  newer ones). A UIDVALIDITY change therefore skips nothing; it may hand out a message the
  caller has seen already, and the caller dedupes (Message-ID + content hash).
* ``move`` refuses a UID from another UIDVALIDITY (it could name a different message).
* Every network or protocol fault leaves as ``MailboxError`` (the connection is dropped);
  ``reconnect`` retries with ``backoff_delays`` until it succeeds. Nothing here exits.
* An ``ImapSource`` is one connection used by one thread at a time; concurrent use raises.
"""

from __future__ import annotations

import contextlib
import functools
import imaplib
import logging
import random
import shlex
import ssl
import subprocess
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timezone
from typing import Any, Protocol, TypeVar

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from requestbot.config import is_loopback
from requestbot.errors import MailboxError, MailboxFolderError

log = logging.getLogger(__name__)

SECURITY_MODES = ("ssl", "starttls", "none")
DEFAULT_MAX_SIZE = 25 * 1024 * 1024
#: RFC 2177 says clients should re-issue IDLE at least every 29 minutes.
IDLE_RENEW_SECONDS = 25 * 60
#: Upper bound for the bytes fetched by one ``fetch_new`` call (big batches are cut).
MAX_BATCH_BYTES = 64 * 1024 * 1024


class MailboxLoginError(MailboxError):
    """The server refused the credentials (retrying will not help until they change)."""


@dataclass(frozen=True)
class ImapSettings:
    """How to reach the watched IMAP folder. Built by the config loader.

    Folder names are as configured: a plain name ("Processed") is put under the server's
    personal namespace prefix (``full_folder_name``); a full name is used as it is. ``password`` or
    ``oauth2_command`` (a command printing a fresh access token on stdout) must be set.
    ``use_move=False`` forces the COPY + \\Deleted + UID EXPUNGE path.
    Invalid combinations raise ValueError (the loader turns that into a ConfigError).
    """

    host: str
    port: int = 993
    security: str = "ssl"
    username: str = ""
    password: str | None = field(default=None, repr=False)
    oauth2_command: str | None = None
    folder: str = "INBOX"
    processed_folder: str = "Processed"
    automated_folder: str = "Automated"
    quarantine_folder: str = "Quarantine"
    idle: bool = True
    idle_recheck_seconds: float = 0.0
    poll_seconds: float = 60.0
    allow_insecure: bool = False
    cafile: str | None = None
    timeout: float = 30.0
    max_size: int = DEFAULT_MAX_SIZE
    use_move: bool = True

    def __post_init__(self) -> None:
        if self.security not in SECURITY_MODES:
            raise ValueError(f"security must be one of {', '.join(SECURITY_MODES)}")
        if self.security == "none" and not self.allow_insecure and not is_loopback(self.host):
            raise ValueError(
                f"security 'none' sends the password in clear text to {self.host}; "
                "allowed only to a loopback address unless allow_insecure is set"
            )
        if not self.username:
            raise ValueError("username is required")
        if self.password is None and not self.oauth2_command:
            raise ValueError("either password or oauth2_command is required")
        if self.poll_seconds <= 0 or self.timeout <= 0 or self.max_size <= 0:
            raise ValueError("poll_seconds, timeout and max_size must be positive")
        if self.idle_recheck_seconds < 0:
            raise ValueError("idle_recheck_seconds must be 0 (IDLE news alone) or positive")


@dataclass(frozen=True)
class MailboxState:
    """The caller-kept position in the watched folder (store it with the cases)."""

    uidvalidity: int | None = None
    last_uid: int = 0


@dataclass(frozen=True)
class FetchedMessage:
    """One message as read from the source; ``raw`` is the full message unless ``truncated``.

    ``ref`` names the message for ``move`` ("<uidvalidity>:<uid>" for IMAP, the Maildir key
    for Maildir); ``internaldate`` is timezone-aware.
    """

    uid: int
    uidvalidity: int
    internaldate: datetime
    size: int
    raw: bytes = field(repr=False)
    truncated: bool = False
    flags: tuple[str, ...] = ()
    ref: str = ""


@dataclass(frozen=True)
class Namespace:
    """The server's folder layout from NAMESPACE (RFC 2342): ``prefix`` and ``separator`` of
    the personal namespace, and the prefixes of all namespaces (other users', shared)."""

    prefix: str = ""
    separator: str = "/"
    all_prefixes: tuple[str, ...] = ()


def full_folder_name(name: str, ns: Namespace) -> str:
    """The full name of a configured folder on a server with namespace ``ns``.

    INBOX is INBOX everywhere. A name already inside one of the server's namespaces
    ("INBOX.Processed", "shared.Team") is a full name and kept; any other name gets the
    personal prefix: "Processed" is "INBOX.Processed" on Cyrus or Courier (prefix "INBOX.").
    """
    if name.upper() == "INBOX" or not ns.prefix:
        return name
    for prefix in (ns.prefix, *ns.all_prefixes):
        if not prefix:
            continue
        if name.startswith(prefix):
            return name
        inbox = "INBOX" + ns.separator
        if prefix.upper().startswith(inbox) and name.upper().startswith(prefix.upper()):
            return name  # "inbox.Processed": INBOX's name is case-insensitive (RFC 3501)
    return ns.prefix + name


def parse_namespace(response: Any) -> Namespace:
    """A ``Namespace`` from imapclient's ``namespace()`` result (None parts allowed)."""
    entries: list[tuple[str, str]] = []
    personal: tuple[str, str] | None = None
    for i, part in enumerate(response or ()):
        for entry in part or ():
            prefix, sep = _text(entry[0] or ""), _text(entry[1] or "")
            entries.append((prefix, sep))
            if i == 0 and personal is None:
                personal = (prefix, sep)
    if personal is None:
        return Namespace()
    return Namespace(personal[0], personal[1] or "/", tuple(p for p, _ in entries if p))


@dataclass(frozen=True)
class FolderCheck:
    """One configured folder as ``ensure_folders`` found it."""

    key: str  # the config key, e.g. "imap.processed_folder"
    name: str  # as configured
    full_name: str  # as the server knows it
    created: bool


class MailSource(Protocol):
    """What the daemon needs from a mail source (ImapSource and MaildirSource)."""

    def fetch_new(
        self, state: MailboxState, batch: int = 100
    ) -> tuple[list[FetchedMessage], MailboxState]: ...

    def move(self, message: FetchedMessage, folder: str) -> bool: ...

    def wait_for_changes(self, timeout: float) -> bool: ...

    def ensure_folders(self, config_file: str | None = None) -> list[FolderCheck]: ...

    def reconnect(self, max_attempts: int | None = None) -> None: ...

    def close(self) -> None: ...


def backoff_delays(
    base: float = 1.0, cap: float = 300.0, *, rng: Callable[[], float] = random.random
) -> Iterator[float]:
    """Endless exponential backoff with jitter: each delay lies in [d/2, d], d = min(cap, base*2**n)."""
    attempt = 0
    while True:
        ceiling = min(cap, base * (2**attempt))
        yield ceiling / 2 + rng() * ceiling / 2
        if ceiling < cap:
            attempt += 1


def oauth2_token(command: str, timeout: float = 30.0) -> str:
    """Run ``command`` (no shell) and return its stdout stripped: a fresh access token."""
    try:
        proc = subprocess.run(
            shlex.split(command),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise MailboxError(f"oauth2 token command failed to run: {exc}") from exc
    if proc.returncode != 0:
        # Its error output is not copied: a token helper may print its secrets there.
        raise MailboxError(
            f"oauth2 token command exited with {proc.returncode} "
            "(its output is not shown; run the command by hand to see why)"
        )
    token = proc.stdout.strip()
    if not token:
        raise MailboxError("oauth2 token command printed nothing")
    return token


_F = TypeVar("_F", bound=Callable[..., Any])
#: What imapclient and the socket layer raise on faults.
_NET_ERRORS: tuple[type[Exception], ...] = (
    IMAPClientError,
    imaplib.IMAP4.error,
    OSError,
    EOFError,
)


def _imap_call(func: _F) -> _F:
    """Guard one public ImapSource call: one thread at a time; faults become MailboxError."""

    @functools.wraps(func)
    def wrapper(self: ImapSource, *args: Any, **kwargs: Any) -> Any:
        if not self._lock.acquire(blocking=False):
            raise RuntimeError("ImapSource is used by two threads at once")
        try:
            return func(self, *args, **kwargs)
        except MailboxError:
            self._drop()
            raise
        except _NET_ERRORS as exc:
            self._drop()
            raise MailboxError(f"IMAP {self.settings.host}:{self.settings.port}: {exc!r}") from exc
        finally:
            self._lock.release()

    return wrapper  # type: ignore[return-value]


class ImapSource:
    """The watched IMAP folder over one connection (opened lazily, dropped on any fault)."""

    def __init__(self, settings: ImapSettings) -> None:
        self.settings = settings
        self._client: IMAPClient | None = None
        self._lock = threading.Lock()
        self._uidvalidity: int | None = None
        self._handed_out: set[int] = set()  # UIDs returned since the folder was selected
        self._known_folders: set[str] = set()
        self._namespace: Namespace | None = None

    # -- connection ----------------------------------------------------------------

    def _ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.settings.cafile)

    def _connect(self) -> IMAPClient:
        s = self.settings
        where = f"{s.host}:{s.port}"
        try:
            if s.security == "ssl":
                client = IMAPClient(
                    s.host, s.port, ssl=True, ssl_context=self._ssl_context(), timeout=s.timeout
                )
            else:
                client = IMAPClient(s.host, s.port, ssl=False, timeout=s.timeout)
                if s.security == "starttls":
                    if not client.has_capability("STARTTLS"):
                        client.shutdown()
                        raise MailboxError(f"IMAP {where} does not offer STARTTLS")
                    client.starttls(self._ssl_context())
        except MailboxError:
            raise
        except _NET_ERRORS as exc:
            raise MailboxError(f"cannot connect to IMAP {where} ({s.security}): {exc}") from exc
        client.normalise_times = False  # keep INTERNALDATE's own offset
        try:
            if s.oauth2_command:
                client.oauth2_login(s.username, oauth2_token(s.oauth2_command, s.timeout))
            else:
                client.login(s.username, s.password or "")
        except MailboxError:
            _shutdown(client)
            raise
        except LoginError as exc:
            _shutdown(client)
            raise MailboxLoginError(f"IMAP login as {s.username} at {where} failed: {exc}") from exc
        except _NET_ERRORS as exc:
            _shutdown(client)
            raise MailboxError(f"IMAP {where}: login as {s.username} failed: {exc!r}") from exc
        log.info("connected to IMAP %s (%s)", where, s.security)
        return client

    def _drop(self) -> None:
        client, self._client = self._client, None
        self._uidvalidity = None
        self._known_folders.clear()
        if client is not None:
            with contextlib.suppress(Exception):
                client.shutdown()

    def _conn(self) -> IMAPClient:
        if self._client is None:
            self._client = self._connect()
            self._namespace = self._read_namespace(self._client)
            self._select()
        return self._client

    def _read_namespace(self, client: IMAPClient) -> Namespace:
        if not client.has_capability("NAMESPACE"):
            return Namespace()
        ns = parse_namespace(client.namespace())
        if ns.prefix:
            log.info("IMAP folders live under %r (separator %r)", ns.prefix, ns.separator)
        return ns

    def full_name(self, folder: str) -> str:
        """The server's name for a configured folder (known once connected)."""
        return full_folder_name(folder, self._namespace or Namespace())

    def _select(self) -> int:
        assert self._client is not None
        info = self._client.select_folder(self.full_name(self.settings.folder))
        uidvalidity = int(info[b"UIDVALIDITY"])
        if uidvalidity != self._uidvalidity:
            self._handed_out.clear()
        self._uidvalidity = uidvalidity
        return uidvalidity

    @property
    def connected(self) -> bool:
        return self._client is not None

    @_imap_call
    def connect(self) -> None:
        """Open the connection now (otherwise the first call does)."""
        self._conn()

    def close(self) -> None:
        """Log out (best effort) and forget the connection."""
        client, self._client = self._client, None
        if client is not None:
            with contextlib.suppress(Exception):
                client.logout()
            with contextlib.suppress(Exception):
                client.shutdown()

    def reconnect(
        self,
        max_attempts: int | None = None,
        delays: Iterable[float] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        """Drop the connection and connect again, waiting ``delays`` between failures.

        Retries forever unless ``max_attempts`` is given (then the last MailboxError is
        raised). Every failure is logged with the host.
        """
        self._drop()
        waits = iter(delays if delays is not None else backoff_delays())
        attempt = 0
        while True:
            attempt += 1
            try:
                self.connect()
                return
            except MailboxError as exc:
                if max_attempts is not None and attempt >= max_attempts:
                    raise
                delay = next(waits)
                log.warning(
                    "IMAP reconnect attempt %d failed: %s; next in %.1f s", attempt, exc, delay
                )
                sleep(delay)

    # -- reading ---------------------------------------------------------------------

    @_imap_call
    def fetch_new(
        self, state: MailboxState, batch: int = 100
    ) -> tuple[list[FetchedMessage], MailboxState]:
        """Return up to ``batch`` messages from the watched folder and the new state.

        All UIDs present are candidates (present = unprocessed), those above
        ``state.last_uid`` first, then the ones left behind below it. Bodies are fetched with
        BODY.PEEK (no \\Seen); a message over ``max_size`` comes with its header only and
        ``truncated=True``.
        """
        client = self._conn()
        uidvalidity = self._select()  # re-SELECT: fresh view, and notices a UIDVALIDITY change
        last_uid = state.last_uid
        if state.uidvalidity is not None and state.uidvalidity != uidvalidity:
            log.warning(
                "UIDVALIDITY of %s changed %s -> %s; rescanning the folder",
                self.settings.folder,
                state.uidvalidity,
                uidvalidity,
            )
            last_uid = 0
        uids = sorted(int(u) for u in client.search(["ALL"]))
        ordered = [u for u in uids if u > last_uid] + [u for u in uids if u <= last_uid]
        chosen = ordered[: max(1, batch)]
        if not chosen:
            return [], MailboxState(uidvalidity, last_uid)
        meta = client.fetch(chosen, ["RFC822.SIZE", "INTERNALDATE", "FLAGS"])
        max_size = self.settings.max_size
        full: list[int] = []
        partial: list[int] = []
        total = 0
        for uid in chosen:
            if uid not in meta:
                continue  # expunged by someone else meanwhile
            size = int(meta[uid][b"RFC822.SIZE"])
            if size > max_size:
                partial.append(uid)
                continue
            if full and total + size > MAX_BATCH_BYTES:
                break  # the rest comes with the next call
            full.append(uid)
            total += size
        bodies: dict[int, bytes] = {}
        if full:
            for uid, data in client.fetch(full, ["BODY.PEEK[]"]).items():
                bodies[int(uid)] = bytes(data[b"BODY[]"])
        if partial:
            for uid, data in client.fetch(partial, ["BODY.PEEK[HEADER]"]).items():
                bodies[int(uid)] = bytes(data[b"BODY[HEADER]"])
        out: list[FetchedMessage] = []
        for uid in chosen:
            if uid not in bodies:
                continue
            out.append(
                FetchedMessage(
                    uid=uid,
                    uidvalidity=uidvalidity,
                    internaldate=_aware(meta[uid][b"INTERNALDATE"]),
                    size=int(meta[uid][b"RFC822.SIZE"]),
                    raw=bodies[uid],
                    truncated=uid in partial,
                    flags=tuple(_text(f) for f in meta[uid].get(b"FLAGS", ())),
                    ref=f"{uidvalidity}:{uid}",
                )
            )
            self._handed_out.add(uid)
        new_last = out[-1].uid if out else last_uid
        return out, MailboxState(uidvalidity, new_last)

    # -- moving ----------------------------------------------------------------------

    def _folder_key(self, folder: str) -> str:
        s = self.settings
        for key in ("processed_folder", "automated_folder", "quarantine_folder", "folder"):
            if getattr(s, key) == folder:
                return f"imap.{key}"
        return "imap"

    def _ensure_folder(self, folder: str, config_file: str | None = None) -> bool:
        """Make sure ``folder`` exists (creating it); True if it was created now."""
        client = self._conn()
        if folder in self._known_folders:
            return False
        full = self.full_name(folder)
        created = False
        if not client.folder_exists(full):
            try:
                client.create_folder(full)
                created = True
                log.info("created IMAP folder %s", full)
            except IMAPClientError as exc:
                if not client.folder_exists(full):  # lost a race with someone else: fine
                    shown = repr(folder) if full == folder else f"{folder!r} ({full!r})"
                    ns = self._namespace or Namespace()
                    layout = (
                        f" (on this server folders live under {ns.prefix!r}, levels are "
                        f"separated by {ns.separator!r})"
                        if ns.prefix or ns.separator != "/"
                        else ""
                    )
                    raise MailboxFolderError(
                        f"the IMAP folder {shown} does not exist on {self.settings.host} and "
                        f"the server refuses to create it: {_text(str(exc))}{layout}. "
                        "Create it on the server or name a folder this account may use",
                        file=config_file,
                        key=self._folder_key(folder),
                    ) from exc
        self._known_folders.add(folder)
        return created

    @_imap_call
    def ensure_folders(self, config_file: str | None = None) -> list[FolderCheck]:
        """Check (and create when missing) the processed, automated and quarantine folders.

        Raises MailboxFolderError, naming every folder that cannot be used, before any mail
        is taken in: a folder problem is a configuration error, not a connection fault.
        """
        checks: list[FolderCheck] = []
        problems: list[MailboxFolderError] = []
        for key in ("processed_folder", "automated_folder", "quarantine_folder"):
            name = str(getattr(self.settings, key))
            try:
                created = self._ensure_folder(name, config_file)
            except MailboxFolderError as exc:
                problems.append(exc)
                continue
            checks.append(FolderCheck(f"imap.{key}", name, self.full_name(name), created))
        if len(problems) == 1:
            raise problems[0]
        if problems:
            raise MailboxFolderError("; ".join(str(p) for p in problems))
        return checks

    def _uid_of(self, message: FetchedMessage | int) -> int:
        if isinstance(message, int):
            return message
        if message.uidvalidity != self._uidvalidity:
            raise MailboxError(
                f"UID {message.uid} belongs to UIDVALIDITY {message.uidvalidity}, "
                f"the folder now has {self._uidvalidity}; fetch again before moving"
            )
        return message.uid

    @_imap_call
    def move(self, message: FetchedMessage | int, folder: str) -> bool:
        """Move one message (a FetchedMessage, or a UID of the current UIDVALIDITY) to ``folder``.

        Creates ``folder`` if needed. MOVE when offered (and ``use_move``), else COPY,
        \\Deleted and UID EXPUNGE (plain EXPUNGE without UIDPLUS). Returns False when the
        message was no longer in the folder.
        """
        return self._move([message], folder) > 0

    @_imap_call
    def move_many(self, messages: Sequence[FetchedMessage | int], folder: str) -> int:
        """Move several messages in one command; returns how many were still there."""
        return self._move(list(messages), folder)

    def _move(self, messages: list[FetchedMessage | int], folder: str) -> int:
        client = self._conn()
        if not messages:
            return 0
        uids = [self._uid_of(m) for m in messages]
        self._ensure_folder(folder)
        present = [int(u) for u in client.search(["UID", ",".join(map(str, uids))])]
        if not present:
            return 0
        target = self.full_name(folder)
        if self.settings.use_move and client.has_capability("MOVE"):
            client.move(present, target)
        else:
            client.copy(present, target)
            client.add_flags(present, [b"\\Deleted"], silent=True)
            if client.has_capability("UIDPLUS"):
                client.uid_expunge(present)
            else:
                client.expunge()
        self._handed_out.difference_update(present)
        return len(present)

    # -- other folders (retention) -----------------------------------------------------

    def _in_folder(self, folder: str) -> tuple[IMAPClient, int]:
        client = self._conn()
        full = self.full_name(folder)
        if not client.folder_exists(full):
            return client, 0
        info = client.select_folder(full)
        return client, int(info[b"UIDVALIDITY"])

    def _back_to_watched(self) -> None:
        if self._client is not None:
            self._select()

    @_imap_call
    def search_before(self, folder: str, before: date) -> list[str]:
        """Refs ("<uidvalidity>:<uid>") of the messages in ``folder`` whose INTERNALDATE is
        before ``before`` (IMAP SEARCH BEFORE), oldest first; [] if the folder is missing."""
        try:
            client, uidvalidity = self._in_folder(folder)
            if not uidvalidity:
                return []
            uids = sorted(int(u) for u in client.search(["BEFORE", before]))
            return [f"{uidvalidity}:{u}" for u in uids]
        finally:
            self._back_to_watched()

    @_imap_call
    def search_message_id(self, folder: str, message_id: str) -> list[str]:
        """Refs of the messages in ``folder`` with this Message-ID (SEARCH HEADER)."""
        try:
            client, uidvalidity = self._in_folder(folder)
            if not uidvalidity or not message_id:
                return []
            uids = client.search(["HEADER", "Message-ID", message_id])
            return [f"{uidvalidity}:{int(u)}" for u in sorted(uids)]
        finally:
            self._back_to_watched()

    @_imap_call
    def fetch_refs(self, folder: str, refs: Sequence[str]) -> list[FetchedMessage]:
        """The full messages named by ``refs`` in ``folder`` (BODY.PEEK, never \\Seen);
        refs of another UIDVALIDITY or no longer present are left out."""
        try:
            client, uidvalidity = self._in_folder(folder)
            uids = _uids_of_refs(refs, uidvalidity)
            if not uids:
                return []
            data = client.fetch(uids, ["BODY.PEEK[]", "INTERNALDATE", "RFC822.SIZE", "FLAGS"])
            return [
                FetchedMessage(
                    uid=int(uid),
                    uidvalidity=uidvalidity,
                    internaldate=_aware(d[b"INTERNALDATE"]),
                    size=int(d[b"RFC822.SIZE"]),
                    raw=bytes(d[b"BODY[]"]),
                    flags=tuple(_text(f) for f in d.get(b"FLAGS", ())),
                    ref=f"{uidvalidity}:{uid}",
                )
                for uid, d in sorted(data.items())
            ]
        finally:
            self._back_to_watched()

    @_imap_call
    def delete_refs(self, folder: str, refs: Sequence[str]) -> int:
        """Delete the messages named by ``refs`` from ``folder`` (\\Deleted + UID EXPUNGE,
        plain EXPUNGE without UIDPLUS); returns how many were there."""
        try:
            client, uidvalidity = self._in_folder(folder)
            uids = _uids_of_refs(refs, uidvalidity)
            if not uids:
                return 0
            present = [int(u) for u in client.search(["UID", ",".join(map(str, uids))])]
            if not present:
                return 0
            client.add_flags(present, [b"\\Deleted"], silent=True)
            if client.has_capability("UIDPLUS"):
                client.uid_expunge(present)
            else:
                client.expunge()
            return len(present)
        finally:
            self._back_to_watched()

    @_imap_call
    def append_to(
        self, folder: str, raw: bytes, internaldate: datetime, flags: Sequence[str] = ()
    ) -> None:
        """Store ``raw`` in ``folder`` with its original INTERNALDATE and flags."""
        self._ensure_folder(folder)
        assert self._client is not None
        keep = [f for f in flags if f.lower() != "\\recent"]
        self._client.append(self.full_name(folder), raw, flags=keep, msg_time=internaldate)

    @_imap_call
    def restore(self, message_id: str, folder: str) -> bool:
        """Move the message with ``message_id`` from ``folder`` back to the watched
        folder (a quarantined message staff released); False if it is not there."""
        client = self._conn()
        if not message_id or not client.folder_exists(folder):
            return False
        client.select_folder(folder)
        try:
            uids = [int(u) for u in client.search(["HEADER", "Message-ID", message_id])][:1]
            if uids:
                if self.settings.use_move and client.has_capability("MOVE"):
                    client.move(uids, self.settings.folder)
                else:
                    client.copy(uids, self.settings.folder)
                    client.add_flags(uids, [b"\\Deleted"], silent=True)
                    client.expunge()
        finally:
            self._select()
        return bool(uids)

    # -- waiting ---------------------------------------------------------------------

    @_imap_call
    def wait_for_changes(self, timeout: float) -> bool:
        """Block until new mail may be there (True) or ``timeout`` seconds passed (False).

        Returns True at once if the folder holds UIDs not yet handed out by ``fetch_new``.
        Uses IDLE when enabled and offered (re-issued every 25 min, or every
        ``idle_recheck_seconds`` to make the server look again), else sleeps
        ``poll_seconds`` (at most ``timeout``) and looks again.
        """
        client = self._conn()
        self._select()
        if self._has_unseen_uids(client):
            return True
        if self.settings.idle and client.has_capability("IDLE"):
            return self._idle(client, timeout)
        time.sleep(min(timeout, self.settings.poll_seconds))
        client.noop()
        return self._has_unseen_uids(client)

    def _has_unseen_uids(self, client: IMAPClient) -> bool:
        return any(int(u) not in self._handed_out for u in client.search(["ALL"]))

    def _idle(self, client: IMAPClient, timeout: float) -> bool:
        """IDLE until news or ``timeout``.

        With ``idle_recheck_seconds`` the IDLE is ended that often, a NOOP asks the server
        to look at the folder (RFC 3501 6.1.2), and IDLE starts anew (Dovecot looks then
        too): the server's own IDLE news may come late (Dovecot delays them by 500 ms)
        or, on some servers, not at all.
        """
        deadline = time.monotonic() + timeout
        recheck = self.settings.idle_recheck_seconds
        log.debug("IDLE on %s (re-check every %s s)", self.settings.folder, recheck or "-")
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            span = min(left, IDLE_RENEW_SECONDS)
            if recheck > 0:
                span = min(span, recheck)
            if self._idle_once(client, time.monotonic() + span):
                log.debug("IDLE: the server announced new mail")
                return True
            if recheck > 0 and _idle_news(client.noop()[1]):
                log.debug("IDLE: a re-check (NOOP) found new mail")
                return True

    def _idle_once(self, client: IMAPClient, until: float) -> bool:
        """One IDLE ... DONE, ending at ``until`` or at news; True if mail came."""
        client.idle()
        changed = False
        quick_empties = 0
        try:
            # Starting IDLE makes Dovecot look at the folder, and its news may come in the
            # same packet as "+ idling": then they already sit in the reader's buffer, where
            # idle_check (it polls the socket) does not look. DONE collects them at once.
            while not changed and not _buffered(client):
                wait = until - time.monotonic()
                if wait <= 0:
                    break
                started = time.monotonic()
                responses = client.idle_check(timeout=wait)
                changed = _idle_news(responses)
                quick = time.monotonic() - started < min(wait, 1.0) * 0.5
                quick_empties = quick_empties + 1 if not responses and quick else 0
                if quick_empties >= 3:
                    # idle_check returns [] at once, again and again, on a closed socket
                    raise MailboxError(
                        f"IMAP {self.settings.host}:{self.settings.port}: "
                        "connection closed during IDLE"
                    )
            _text_resp, rest = client.idle_done()
        except BaseException:
            self._drop()  # mid-IDLE: the connection cannot be reused
            raise
        return changed or _idle_news(rest)


def _buffered(client: IMAPClient) -> bool:
    """True if the connection has read bytes that no one has parsed yet (without waiting)."""
    reader = getattr(getattr(client, "_imap", None), "file", None)
    peek = getattr(reader, "peek", None)
    if peek is None:
        return False
    sock = client.socket()
    timeout = sock.gettimeout()
    sock.setblocking(False)
    try:
        return bool(peek(1))
    except OSError:  # nothing there yet (EAGAIN, SSLWantReadError); faults show up next
        return False
    finally:
        sock.settimeout(timeout)


def _idle_news(responses: Iterable[Any]) -> bool:
    """True if IDLE responses announce new mail; "* OK Still here" keepalives are ignored."""
    for resp in responses:
        if (
            len(resp) >= 2
            and isinstance(resp[0], int)
            and (resp[1] == b"EXISTS" or (resp[1] == b"RECENT" and resp[0] > 0))
        ):
            return True
        if resp and resp[0] == b"BYE":
            raise MailboxError(f"IMAP server said BYE during IDLE: {resp!r}")
    return False


def _shutdown(client: IMAPClient) -> None:
    with contextlib.suppress(Exception):
        client.shutdown()


def _uids_of_refs(refs: Iterable[str], uidvalidity: int) -> list[int]:
    """The UIDs of refs that belong to ``uidvalidity`` (others could name other messages)."""
    uids = []
    for ref in refs:
        validity, _, uid = ref.partition(":")
        if validity.isdigit() and uid.isdigit() and int(validity) == uidvalidity:
            uids.append(int(uid))
    return uids


def _aware(value: Any) -> datetime:
    if not isinstance(value, datetime):
        raise MailboxError(f"bad INTERNALDATE {value!r}")
    offset = value.utcoffset()
    if offset is None:
        return value.replace(tzinfo=UTC)
    return value.replace(tzinfo=timezone(offset))  # stdlib tzinfo instead of imapclient's


def _text(value: bytes | str) -> str:
    return value.decode("ascii", "replace") if isinstance(value, bytes) else value


# --------------------------------------------------------------------------- Maildir


__all__ = [
    "DEFAULT_MAX_SIZE",
    "FetchedMessage",
    "FolderCheck",
    "ImapSettings",
    "ImapSource",
    "MailSource",
    "MailboxLoginError",
    "MailboxState",
    "Namespace",
    "backoff_delays",
    "full_folder_name",
    "is_loopback",
    "oauth2_token",
    "parse_namespace",
]
