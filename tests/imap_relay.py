"""A plain-text IMAP relay in front of the real Dovecot, for tests of IDLE behaviour.

``ImapRelay(host, port)`` listens on a free loopback port and passes every byte on,
except that it can play a server that says nothing while a client idles
(``quiet_idle=True``): untagged EXISTS and RECENT responses sent during IDLE are held
back and handed over just before the tagged reply of the client's next other command,
which RFC 3501 allows (a server need not announce anything in IDLE). The client then
learns of new mail only by asking.

It records the client's commands (``commands``) and which command's reply first told the client about each message count
(``exists``: a list of (command, count)), so a test can see how the client found
new mail, without timing anything. Security "none" only (it reads the protocol).
"""

from __future__ import annotations

import contextlib
import re
import socket
import threading
from dataclasses import dataclass, field
from typing import BinaryIO

from servers import HOST

_LITERAL = re.compile(rb"\{(\d+)\+?\}\r\n$")
_COUNT = re.compile(rb"^\* (\d+) (EXISTS|RECENT)\r\n$", re.IGNORECASE)


@dataclass
class _Session:
    command: str = ""  # the client's command now running (IDLE, NOOP, SELECT, UID ...)
    held: list[bytes] = field(default_factory=list)  # announcements held back


def _copy_literal(line: bytes, src: BinaryIO, dst: socket.socket) -> bool:
    """Pass on the literal a line announces; True if one followed (the line goes on)."""
    m = _LITERAL.search(line)
    if not m:
        return False
    dst.sendall(src.read(int(m.group(1))))
    return True


class ImapRelay:
    """Relay connections from a free loopback port to ``host:port``."""

    def __init__(self, host: str, port: int, *, quiet_idle: bool = False) -> None:
        self.upstream = (host, port)
        self.quiet_idle = quiet_idle
        self.exists: list[tuple[str, int]] = []  # (command, count) as first told
        self.commands: list[str] = []  # every client command, in order
        self.held_back = 0  # announcements held back during IDLE
        self._lock = threading.Lock()
        self._listener = socket.create_server((HOST, 0))
        self.host = HOST
        self.port = self._listener.getsockname()[1]
        self._closing = False
        self._sockets: list[socket.socket] = []

    def __enter__(self) -> ImapRelay:
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._closing = True
        for s in [self._listener, *self._sockets]:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()

    def idling_after_select(self, start: int) -> bool:
        """True once the client, since its ``start``-th command, selected the folder and
        then went into IDLE (a new wait of the daemon has begun)."""
        with self._lock:
            later = self.commands[start:]
        return "SELECT" in later and "IDLE" in later[later.index("SELECT") :]

    def first_told(self, count: int) -> str | None:
        """The command whose reply first told the client the folder holds ``count``."""
        with self._lock:
            return next((cmd for cmd, n in self.exists if n >= count), None)

    def _accept(self) -> None:
        while not self._closing:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.upstream)
            self._sockets += [client, server]
            session = _Session()
            for target in (self._from_client, self._from_server):
                threading.Thread(target=target, args=(client, server, session), daemon=True).start()

    def _from_client(self, client: socket.socket, server: socket.socket, s: _Session) -> None:
        src = client.makefile("rb")
        with contextlib.suppress(OSError, ValueError):
            while line := src.readline():
                words = line.split()
                if len(words) >= 2 and line.upper() != b"DONE\r\n":
                    with self._lock:
                        s.command = words[1].decode("ascii", "replace").upper()
                        self.commands.append(s.command)
                server.sendall(line)
                while _copy_literal(line, src, server):
                    line = src.readline()
                    server.sendall(line)
        with contextlib.suppress(OSError):
            server.shutdown(socket.SHUT_WR)

    def _from_server(self, client: socket.socket, server: socket.socket, s: _Session) -> None:
        src = server.makefile("rb")
        with contextlib.suppress(OSError, ValueError):
            while line := src.readline():
                out = [line]
                with self._lock:
                    count = _COUNT.match(line)
                    if count and self.quiet_idle and s.command == "IDLE":
                        s.held.append(line)
                        self.held_back += 1
                        continue
                    if not line.startswith((b"*", b"+")) and s.command != "IDLE":
                        out = [*s.held, line]  # a tagged reply: what was held goes first
                        s.held.clear()
                    for item in out:
                        m = _COUNT.match(item)
                        if m and m.group(2).upper() == b"EXISTS":
                            n = int(m.group(1))
                            if all(n > told for _, told in self.exists):
                                self.exists.append((s.command, n))
                client.sendall(b"".join(out))
                while _copy_literal(line, src, client):
                    line = src.readline()  # the rest of the response after a literal
                    client.sendall(line)
        with contextlib.suppress(OSError):
            client.shutdown(socket.SHUT_WR)


__all__ = ["ImapRelay"]
