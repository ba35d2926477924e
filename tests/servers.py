"""Real throwaway servers for tests and bench scripts: Dovecot (IMAP) and an aiosmtpd sink.

Follows /work/shared/dovecot-notes.md: a private directory from ``tempfile.mkdtemp()``
(chmod 755, so the ``dovecot`` user can traverse it when we run as root), a generated
dovecot.conf, a passwd-file, a self-signed certificate, free loopback ports, the daemon's
stdio redirected to a file, and a stop that waits until the master process has gone.

Nothing here touches /etc/dovecot or the system service.

Usage outside pytest (bench scripts)::

    sys.path.insert(0, "tests")
    from servers import DovecotServer
    with DovecotServer() as server:
        server.append(raw)
"""

from __future__ import annotations

import contextlib
import email
import email.message
import email.policy
import grp
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import time
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from imapclient import IMAPClient

DOVECOT_BIN = Path("/usr/sbin/dovecot")
DOVEADM_BIN = Path("/usr/bin/doveadm")
HOST = "127.0.0.1"
DEFAULT_USER = "bot@example.test"
DEFAULT_PASSWORD = "secret"
STAFF_USER = "staff@example.test"


def dovecot_available() -> bool:
    """True when the Dovecot binary is installed (the fixture skips or fails otherwise)."""
    return DOVECOT_BIN.exists() and os.access(DOVECOT_BIN, os.X_OK)


def free_port(host: str = HOST) -> int:
    """A currently free TCP port on ``host`` (bind to port 0 and read it back)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def wait_for_port(host: str, port: int, timeout: float = 60.0) -> None:
    """Block until ``host:port`` accepts a TCP connection, or raise TimeoutError."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise TimeoutError(f"nothing listens on {host}:{port} after {timeout} s") from None
            time.sleep(0.05)


def make_self_signed_cert(directory: Path) -> tuple[Path, Path]:
    """Write ``cert.pem`` and ``key.pem`` (SAN localhost + 127.0.0.1) and return their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-sha256",
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost,IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    os.chmod(key, 0o644)  # read by Dovecot's config process only; throwaway key
    return cert, key


def _pid_alive(pid: int) -> bool:
    """True while ``pid`` runs (a zombie counts as gone: PID 1 here may not reap)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    for line in status.splitlines():
        if line.startswith("State:"):
            return "Z" not in line.split()[1]
    return True


def make_message(
    from_addr: str = "customer@example.com",
    subject: str = "Test",
    body: str = "Hello.\n",
    to: str = DEFAULT_USER,
    **headers: str,
) -> bytes:
    """A small RFC 5322 message as bytes (CRLF line ends) for tests.

    Extra headers are given as keyword arguments; underscores become hyphens
    (``message_id="<x@example.test>"`` → ``Message-ID``; ``in_reply_to`` → ``In-Reply-To``).
    Message-ID and Date are generated unless given.
    """
    msg = email.message.EmailMessage(policy=email.policy.SMTP)
    msg["From"] = from_addr
    msg["To"] = to
    msg["Subject"] = subject
    names = {k.lower().replace("_", "-"): v for k, v in headers.items()}
    if "message-id" not in names:
        msg["Message-ID"] = make_msgid(domain="example.test")
    if "date" not in names:
        msg["Date"] = format_datetime(datetime.now(UTC))
    for name, value in names.items():
        canonical = (
            "Message-ID"
            if name == "message-id"
            else "-".join(part.capitalize() for part in name.split("-"))
        )
        msg[canonical] = value
    msg.set_content(body)
    return msg.as_bytes()


# --------------------------------------------------------------------------- Dovecot


class DovecotServer:
    """A throwaway Dovecot IMAP server on free loopback ports.

    Attributes after ``start()``: ``host``, ``port`` (plain IMAP, STARTTLS available),
    ``ssl_port`` (implicit TLS), ``cafile`` (the self-signed certificate to trust),
    ``user``/``password`` (bot@example.test / secret), ``dir`` (the throwaway directory).
    Also ``staff@example.test`` / ``secret``. More users with ``add_user``.

    The helper methods open a short-lived connection of their own, so they can be used
    while the code under test holds another one (like a second mail client would).
    """

    def __init__(
        self, directory: Path | None = None, *, prefix: str = "", separator: str = "/"
    ) -> None:
        # prefix="INBOX.", separator="." gives the Cyrus/Courier layout: every folder
        # lives under INBOX (INBOX.Processed), and "Processed" alone cannot be created.
        self.prefix = prefix
        self.separator = separator
        self.host = HOST
        self.port = 0
        self.ssl_port = 0
        self.user = DEFAULT_USER
        self.password = DEFAULT_PASSWORD
        self._given_dir = directory
        self.dir = Path()
        self.cafile = Path()
        self._users: dict[str, str] = {}
        self._lock = threading.Lock()
        self._running = False

    # -- lifecycle -------------------------------------------------------------

    def __enter__(self) -> DovecotServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop(remove=True)

    @property
    def conf_path(self) -> Path:
        return self.dir / "dovecot.conf"

    @property
    def log_path(self) -> Path:
        return self.dir / "dovecot.log"

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        """Create the directory on first start, then start the daemon and wait for it."""
        if not dovecot_available():
            raise RuntimeError(f"{DOVECOT_BIN} is not installed (apt-get install dovecot-imapd)")
        if self._running:
            return
        if not self.port:
            self._setup()
        with open(self.dir / "dovecot.stderr", "ab") as err:
            proc = subprocess.run(
                [str(DOVECOT_BIN), "-c", str(self.conf_path)],
                stdin=subprocess.DEVNULL,
                stdout=err,
                stderr=err,
                timeout=30,
                check=False,
            )
        if proc.returncode != 0:
            raise RuntimeError(
                f"dovecot failed to start (rc={proc.returncode}):\n{self.diagnostics()}"
            )
        try:
            wait_for_port(self.host, self.port)
            wait_for_port(self.host, self.ssl_port)
        except TimeoutError as exc:
            raise RuntimeError(f"{exc}\n{self.diagnostics()}") from None
        self._running = True

    def _setup(self) -> None:
        if self._given_dir is not None:
            self._given_dir.mkdir(parents=True, exist_ok=True)
            self.dir = self._given_dir
        else:
            self.dir = Path(tempfile.mkdtemp(prefix="requestbot-dovecot-"))
        os.chmod(self.dir, 0o755)  # trap 4: the dovecot user must traverse it
        for sub in ("run", "state", "mail"):
            (self.dir / sub).mkdir(exist_ok=True)
        cert, key = make_self_signed_cert(self.dir / "ssl")
        self.cafile = cert
        self.port = free_port()
        self.ssl_port = free_port()
        while self.ssl_port == self.port:
            self.ssl_port = free_port()
        if os.geteuid() == 0:
            # Mail is accessed as the dovecot user, never as root (trap 4).
            uid, gid = pwd.getpwnam("dovecot").pw_uid, grp.getgrnam("dovecot").gr_gid
            internal_user, internal_group, login_user = "dovecot", "dovecot", "dovenull"
            mail_dir = self.dir / "mail"
            os.chown(mail_dir, uid, gid)
        else:
            uid, gid = os.getuid(), os.getgid()
            internal_user = pwd.getpwuid(uid).pw_name
            internal_group = grp.getgrgid(gid).gr_name
            login_user = internal_user
        self._users = {DEFAULT_USER: DEFAULT_PASSWORD, STAFF_USER: DEFAULT_PASSWORD}
        self._write_passwd()
        self.conf_path.write_text(
            self._config(uid, gid, internal_user, internal_group, login_user, cert, key)
        )

    def _config(
        self,
        uid: int,
        gid: int,
        internal_user: str,
        internal_group: str,
        login_user: str,
        cert: Path,
        key: Path,
    ) -> str:
        d = self.dir
        return f"""# throwaway test server -- test use only (tests/servers.py)
protocols = imap
listen = {self.host}
base_dir = {d}/run
state_dir = {d}/state
instance_name = {self.instance_name}
shutdown_clients = yes
log_path = {d}/dovecot.log
info_log_path = {d}/dovecot.log
default_internal_user = {internal_user}
default_internal_group = {internal_group}
default_login_user = {login_user}
first_valid_uid = 1
first_valid_gid = 1

ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = no
# with passwd-file the XOAUTH2 bearer token is checked like a password
auth_mechanisms = plain login xoauth2 oauthbearer
auth_failure_delay = 0

passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {d}/users/%u
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={d}/mail/%d/%n allow_all_users=yes
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  prefix = {self.prefix}
  separator = {self.separator}
}}

# IDLE: Maildir changes arrive via inotify; this is only the fallback poll.
mailbox_idle_check_interval = 1 secs

service imap-login {{
  chroot =
  inet_listener imap {{
    address = {self.host}
    port = {self.port}
  }}
  inet_listener imaps {{
    address = {self.host}
    port = {self.ssl_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
  # no auth penalty: a wrong-password test must not slow later logins from 127.0.0.1
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""

    def _write_passwd(self, name: str | None = None) -> None:
        # One passwd-file per user (the passdb path contains %u): Dovecot re-checks a
        # passwd-file at most once a second, so a single shared file would hide users added
        # within the same second; a new user's file is simply a new file. Written to a temp
        # name and renamed, so Dovecot never reads a half-written file. ``passwd`` keeps the
        # full list for humans.
        users_dir = self.dir / "users"
        users_dir.mkdir(exist_ok=True)
        os.chmod(users_dir, 0o755)
        names = [name] if name is not None else list(self._users)
        for user in names:
            self._atomic_write(users_dir / user, f"{user}:{{PLAIN}}{self._users[user]}::::::\n")
        lines = "".join(f"{u}:{{PLAIN}}{pw}::::::\n" for u, pw in self._users.items())
        self._atomic_write(self.dir / "passwd", lines)

    @staticmethod
    def _atomic_write(path: Path, text: str) -> None:
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)

    def add_user(self, name: str, password: str = DEFAULT_PASSWORD) -> None:
        """Add (or change) a user; Dovecot re-reads the passwd-file on its next lookup."""
        if (
            any(c in name for c in ":/\n")
            or name.startswith(".")
            or any(c in password for c in ":\n")
        ):
            raise ValueError("bad user name or password (no ':', '/', newline; no leading '.')")
        with self._lock:
            self._users[name] = password
            self._write_passwd(name)

    def password_of(self, user: str) -> str:
        return self._users[user]

    def stop(self, remove: bool = False, timeout: float = 15.0) -> None:
        """SIGTERM the master and wait until it has gone (trap 5); optionally delete ``dir``."""
        if self._running:
            pid_file = self.dir / "run" / "master.pid"
            try:
                pid = int(pid_file.read_text().strip())
            except (OSError, ValueError):
                pid = 0
            if pid:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGTERM)
                deadline = time.monotonic() + timeout
                while _pid_alive(pid):
                    if time.monotonic() > deadline:
                        with contextlib.suppress(ProcessLookupError):
                            os.kill(pid, signal.SIGKILL)
                        time.sleep(0.2)
                        break
                    time.sleep(0.05)
            # The master does not always take the per-connection imap processes with it
            # (seen here: an imap process kept serving its client after the master exited).
            # A stopped server must look stopped to a connected client: end them too.
            self._end_leftover_processes(timeout)
            self._running = False
        if remove and self.port:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.port = 0

    def _instance_pids(self) -> list[int]:
        """Processes of this instance, found by their title ``dovecot-<instance>/<service>``."""
        marker = f"{self.instance_name}/".encode()
        pids = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if marker in cmdline and _pid_alive(int(entry.name)):
                pids.append(int(entry.name))
        return pids

    def _end_leftover_processes(self, timeout: float) -> None:
        pids = self._instance_pids()
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + min(timeout, 5.0)
        while pids and time.monotonic() < deadline:
            pids = [pid for pid in pids if _pid_alive(pid)]
            time.sleep(0.05)
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)

    @property
    def instance_name(self) -> str:
        return f"requestbot-test-{self.port}"

    def restart(self) -> None:
        """Stop and start again in the same directory, same ports, same mail."""
        self.stop()
        self.start()

    def diagnostics(self, lines: int = 40) -> str:
        """The tail of the server's log and stderr, for error messages."""
        out = []
        for path in (self.dir / "dovecot.stderr", self.log_path):
            with contextlib.suppress(OSError):
                text = path.read_text(errors="replace").splitlines()[-lines:]
                out.append(f"--- {path}\n" + "\n".join(text))
        return "\n".join(out)

    # -- helpers (each opens its own short connection) ---------------------------

    def client(self, user: str | None = None, password: str | None = None) -> IMAPClient:
        """A logged-in plain-IMAP client (``ssl=False``, trap 1). Caller logs out."""
        user = user or self.user
        password = password if password is not None else self._users.get(user, self.password)
        imap = IMAPClient(self.host, self.port, ssl=False, timeout=60)
        imap.login(user, password)
        return imap

    @contextlib.contextmanager
    def session(self, user: str | None = None) -> Any:
        imap = self.client(user)
        try:
            yield imap
        finally:
            with contextlib.suppress(Exception):
                imap.logout()

    def append(
        self,
        raw: bytes,
        folder: str = "INBOX",
        internaldate: datetime | None = None,
        flags: Sequence[str | bytes] = (),
        user: str | None = None,
    ) -> int:
        """APPEND one message (creating ``folder`` if needed); returns its UID (APPENDUID)."""
        return self.append_many([raw], folder, internaldate, flags, user)[0]

    def append_many(
        self,
        raws: Iterable[bytes],
        folder: str = "INBOX",
        internaldate: datetime | None = None,
        flags: Sequence[str | bytes] = (),
        user: str | None = None,
    ) -> list[int]:
        """APPEND several messages over one connection; returns their UIDs."""
        uids: list[int] = []
        with self.session(user) as imap:
            if not imap.folder_exists(folder):
                imap.create_folder(folder)
            for raw in raws:
                resp = imap.append(folder, raw, flags=tuple(flags), msg_time=internaldate)
                uids.append(_appenduid(resp))
        return uids

    def uids(self, folder: str = "INBOX", user: str | None = None) -> list[int]:
        """All UIDs in ``folder``, ascending ([] if the folder does not exist)."""
        with self.session(user) as imap:
            if not imap.folder_exists(folder):
                return []
            imap.select_folder(folder, readonly=True)
            return sorted(imap.search(["ALL"]))

    def fetch_all(self, folder: str = "INBOX", user: str | None = None) -> list[bytes]:
        """The raw bytes of every message in ``folder``, in UID order (does not set \\Seen)."""
        with self.session(user) as imap:
            if not imap.folder_exists(folder):
                return []
            imap.select_folder(folder, readonly=True)
            uids = imap.search(["ALL"])
            if not uids:
                return []
            data = imap.fetch(uids, ["BODY.PEEK[]"])
            return [data[uid][b"BODY[]"] for uid in sorted(data)]

    def flags(self, folder: str = "INBOX", user: str | None = None) -> dict[int, tuple[bytes, ...]]:
        """``{uid: flags}`` for every message in ``folder``."""
        with self.session(user) as imap:
            if not imap.folder_exists(folder):
                return {}
            imap.select_folder(folder, readonly=True)
            uids = imap.search(["ALL"])
            if not uids:
                return {}
            return {uid: tuple(f) for uid, f in imap.get_flags(uids).items()}

    def internaldates(self, folder: str = "INBOX", user: str | None = None) -> dict[int, datetime]:
        """``{uid: INTERNALDATE}`` (timezone-aware) for every message in ``folder``."""
        with self.session(user) as imap:
            imap.normalise_times = False
            if not imap.folder_exists(folder):
                return {}
            imap.select_folder(folder, readonly=True)
            uids = imap.search(["ALL"])
            if not uids:
                return {}
            data = imap.fetch(uids, ["INTERNALDATE"])
            return {uid: v[b"INTERNALDATE"] for uid, v in data.items()}

    def uidvalidity(self, folder: str = "INBOX", user: str | None = None) -> int:
        with self.session(user) as imap:
            status = imap.folder_status(folder, [b"UIDVALIDITY"])
            return int(status[b"UIDVALIDITY"])

    def folder_names(self, user: str | None = None) -> list[str]:
        with self.session(user) as imap:
            return sorted(name for _flags, _sep, name in imap.list_folders())

    def create_folder(self, folder: str, user: str | None = None) -> None:
        with self.session(user) as imap:
            if not imap.folder_exists(folder):
                imap.create_folder(folder)

    def set_uidvalidity_change(self, folder: str = "INBOX", user: str | None = None) -> int:
        """Force a new UIDVALIDITY on ``folder`` (messages and UIDs stay); returns the new one.

        Uses ``doveadm mailbox update --uid-validity``; connected clients that have the
        folder selected are told by Dovecot (usually by being disconnected).
        """
        user = user or self.user
        new = self.uidvalidity(folder, user) + 1000
        self.doveadm("mailbox", "update", "--uid-validity", str(new), "-u", user, folder)
        return new

    def doveadm(self, *args: str) -> str:
        """Run ``doveadm -c <conf> ARGS`` against this instance and return stdout."""
        proc = subprocess.run(
            [str(DOVEADM_BIN), "-c", str(self.conf_path), *args],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"doveadm {' '.join(args)} failed: {proc.stderr.strip()}")
        return proc.stdout

    def for_user(self, user: str) -> MailUser:
        return MailUser(self, user, self._users[user])


def _appenduid(resp: bytes | str) -> int:
    """The UID from an APPEND response like ``[APPENDUID 1700000000 5] Append completed.``."""
    text = resp.decode() if isinstance(resp, bytes) else resp
    if "APPENDUID" not in text:
        return 0
    return int(text.split("APPENDUID", 1)[1].split("]", 1)[0].split()[1])


@dataclass
class MailUser:
    """One Dovecot user with the server's helpers bound to it (the ``mailbox_user`` fixture)."""

    server: DovecotServer
    address: str
    password: str

    @property
    def host(self) -> str:
        return self.server.host

    @property
    def port(self) -> int:
        return self.server.port

    @property
    def ssl_port(self) -> int:
        return self.server.ssl_port

    @property
    def cafile(self) -> Path:
        return self.server.cafile

    def client(self) -> IMAPClient:
        return self.server.client(self.address, self.password)

    def append(
        self,
        raw: bytes,
        folder: str = "INBOX",
        internaldate: datetime | None = None,
        flags: Sequence[str | bytes] = (),
    ) -> int:
        return self.server.append(raw, folder, internaldate, flags, user=self.address)

    def append_many(self, raws: Iterable[bytes], folder: str = "INBOX") -> list[int]:
        return self.server.append_many(raws, folder, user=self.address)

    def uids(self, folder: str = "INBOX") -> list[int]:
        return self.server.uids(folder, user=self.address)

    def fetch_all(self, folder: str = "INBOX") -> list[bytes]:
        return self.server.fetch_all(folder, user=self.address)

    def flags(self, folder: str = "INBOX") -> dict[int, tuple[bytes, ...]]:
        return self.server.flags(folder, user=self.address)

    def internaldates(self, folder: str = "INBOX") -> dict[int, datetime]:
        return self.server.internaldates(folder, user=self.address)

    def uidvalidity(self, folder: str = "INBOX") -> int:
        return self.server.uidvalidity(folder, user=self.address)

    def folder_names(self) -> list[str]:
        return self.server.folder_names(user=self.address)

    def create_folder(self, folder: str) -> None:
        self.server.create_folder(folder, user=self.address)

    def set_uidvalidity_change(self, folder: str = "INBOX") -> int:
        return self.server.set_uidvalidity_change(folder, user=self.address)


# --------------------------------------------------------------------------- SMTP sink


@dataclass(frozen=True)
class ReceivedMessage:
    """One message the sink accepted."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    raw: bytes
    received_at: float  # time.time()
    auth_user: str | None = None

    @property
    def message(self) -> email.message.EmailMessage:
        msg = email.message_from_bytes(self.raw, policy=email.policy.default)
        assert isinstance(msg, email.message.EmailMessage)
        return msg


@dataclass
class _Failure:
    stage: str  # "mail", "rcpt" or "data"
    reply: str
    remaining: int


@dataclass
class SmtpSink:
    """An aiosmtpd server on a free loopback port, in its own thread, that keeps what it gets.

    * ``messages`` (a copy, thread-safe) / ``wait_for(n, timeout)``.
    * ``auth=(user, password)`` requires AUTH PLAIN/LOGIN (plain-text auth is allowed on
      loopback without TLS); ``auth_attempts`` lists the mechanism of every attempt.
    * ``starttls=True`` offers STARTTLS with a self-signed cert (``cafile``).
    * ``fail_next(count, "451 4.3.0 Try again later")`` answers the next ``count``
      transactions with that reply (at DATA by default, or at "mail"/"rcpt").
    * ``stop()`` / ``start()`` simulate the server being down; the port stays the same.
    """

    host: str = HOST
    port: int = 0
    auth: tuple[str, str] | None = None
    starttls: bool = False
    cafile: Path | None = None
    _messages: list[ReceivedMessage] = field(default_factory=list)
    _cond: threading.Condition = field(default_factory=threading.Condition)
    _failures: list[_Failure] = field(default_factory=list)
    _controller: Any = None
    _tls_context: ssl.SSLContext | None = None
    _tmpdir: Path | None = None
    auth_attempts: list[str] = field(default_factory=list)  # mechanism of each AUTH

    def __enter__(self) -> SmtpSink:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
        self.cleanup()

    @property
    def running(self) -> bool:
        return self._controller is not None

    def start(self) -> None:
        if self._controller is not None:
            return
        if not self.port:
            self.port = free_port(self.host)
        kwargs: dict[str, Any] = {}
        if self.auth is not None:
            kwargs.update(
                auth_required=True,
                auth_require_tls=False,
                authenticator=self._authenticate,
            )
        if self.starttls:
            if self._tls_context is None:
                self._tmpdir = Path(tempfile.mkdtemp(prefix="requestbot-smtp-"))
                cert, key = make_self_signed_cert(self._tmpdir)
                ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
                ctx.load_cert_chain(cert, key)
                self._tls_context = ctx
                self.cafile = cert
            kwargs.update(tls_context=self._tls_context, require_starttls=False)
        controller = _QuietController(
            _SinkHandler(self),
            hostname=self.host,
            port=self.port,
            ready_timeout=60,
            **kwargs,
        )
        controller.start()
        self._controller = controller

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def cleanup(self) -> None:
        if self._tmpdir is not None:
            shutil.rmtree(self._tmpdir, ignore_errors=True)
            self._tmpdir = None

    def fail_next(
        self, count: int, reply: str = "451 4.3.0 Try again later", stage: str = "data"
    ) -> None:
        """Answer the next ``count`` transactions with ``reply`` at ``stage`` (mail/rcpt/data)."""
        if stage not in ("mail", "rcpt", "data"):
            raise ValueError("stage must be 'mail', 'rcpt' or 'data'")
        with self._cond:
            self._failures.append(_Failure(stage, reply, count))

    def clear(self) -> None:
        with self._cond:
            self._messages.clear()
            self._failures.clear()

    @property
    def messages(self) -> list[ReceivedMessage]:
        with self._cond:
            return list(self._messages)

    def wait_for(self, n: int, timeout: float = 60.0) -> list[ReceivedMessage]:
        """Wait until at least ``n`` messages arrived; return them or raise TimeoutError."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while len(self._messages) < n:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(
                        f"SMTP sink got {len(self._messages)} message(s), expected {n}"
                    )
                self._cond.wait(left)
            return list(self._messages)

    # -- called from the aiosmtpd thread -----------------------------------------

    def _failure_for(self, stage: str) -> str | None:
        with self._cond:
            for failure in self._failures:
                if failure.stage == stage and failure.remaining > 0:
                    failure.remaining -= 1
                    return failure.reply
        return None

    def _record(self, message: ReceivedMessage) -> None:
        with self._cond:
            self._messages.append(message)
            self._cond.notify_all()

    def _authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> Any:
        from aiosmtpd.smtp import AuthResult, LoginPassword

        assert self.auth is not None
        with self._cond:
            self.auth_attempts.append(mechanism)
        if isinstance(auth_data, LoginPassword):
            user, password = auth_data.login.decode(), auth_data.password.decode()
            if (user, password) == self.auth:
                return AuthResult(success=True, auth_data=user)
        # handled=False lets aiosmtpd send the 535 (libraries.md gotcha)
        return AuthResult(success=False, handled=False)


class _QuietController(Controller):
    """Silences aiosmtpd's "AUTH without TLS" warning: the sink only listens on loopback."""

    def factory(self) -> Any:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            return super().factory()


class _SinkHandler:
    def __init__(self, sink: SmtpSink) -> None:
        self.sink = sink

    async def handle_MAIL(  # noqa: N802 (aiosmtpd hook name)
        self, server: Any, session: Any, envelope: Any, address: str, mail_options: list[str]
    ) -> str:
        reply = self.sink._failure_for("mail")
        if reply:
            return reply
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(  # noqa: N802
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        reply = self.sink._failure_for("rcpt")
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        reply = self.sink._failure_for("data")
        if reply:
            return reply
        raw = envelope.original_content or envelope.content
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogateescape")
        auth_user = session.auth_data if isinstance(session.auth_data, str) else None
        self.sink._record(
            ReceivedMessage(
                mail_from=envelope.mail_from or "",
                rcpt_tos=tuple(envelope.rcpt_tos),
                raw=bytes(raw),
                received_at=time.time(),
                auth_user=auth_user,
            )
        )
        return "250 2.0.0 OK queued"


__all__ = [
    "DEFAULT_PASSWORD",
    "DEFAULT_USER",
    "STAFF_USER",
    "DovecotServer",
    "MailUser",
    "ReceivedMessage",
    "SmtpSink",
    "dovecot_available",
    "free_port",
    "make_message",
    "make_self_signed_cert",
    "wait_for_port",
]
