"""Outgoing mail: compose, store in the outbox, send with aiosmtplib, retry.

Every message requestbot sends is a legal act, so nothing is ever sent inline
(STYLE.md practice 5). A caller *composes* a message (a pure function that
returns an outbox item) and *queues* it inside the same ``CaseStore.transaction()``
as the case event that caused it. ``drain_once`` later sends what is due.

The outbox item (one TinyDB document in the ``outbox`` table)::

    case_id          "DSR-2026-0001" or None
    to               the one recipient address (envelope and To header)
    kind             what the message is ("ack", "staff_alert", ...)
    audience         "requester" | "staff"
    message_id       "<DSR-2026-0001.<16 hex>.rb@example.fi>"
    subject          the subject as sent (with the case tag)
    raw              the whole RFC 5322 message as a str with CRLF line ends,
                     7-bit ASCII (headers RFC 2047-encoded, bodies UTF-8 in
                     quoted-printable, IDN domains in punycode), so any server
                     takes it; ``raw.encode("utf-8")`` gives the exact bytes sent.
    status           "queued" -> "sending" -> "sent" | "failed"
    attempts         how many times SMTP was tried
    created_at       ISO-8601
    next_attempt_at  ISO-8601; not tried before this
    sent_at          ISO-8601 or None
    smtp_reply       the server's final reply ("250 2.0.0 OK queued"): delivery evidence
    error            the last error text or None
    first_failure_at ISO-8601 of the first temporary failure (gives up after GIVE_UP_AFTER)
    interrupted      how many times a send was interrupted (found in "sending")
    alerted          for failed items: staff have been told

Delivery is **at least once**. An item is marked "sending" (one store write)
before its bytes go to SMTP and "sent" (with the server's reply and a
``mail_sent`` case event, one store write) after the server accepted it. If
the process dies in between, the item is found in "sending" on the next drain
and sent again: the requester may get the same notice twice, with the same
Message-ID (so most mail clients show it once). For a statutory notice a
duplicate is harmless, a lost notice is not. Such resends are counted in
``DrainResult.resent`` and in the item's ``interrupted`` field. Outside that
window an item is never sent twice: a "sent" item is never picked again.

A permanent failure (5xx) marks the item "failed", adds a ``mail_failed`` case
event and queues one staff alert per drain for all failed items not yet
reported. A failed staff alert never causes another alert.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.parser
import email.policy
import email.utils
import functools
import logging
import random
import re
import secrets
import shlex
import ssl
import weakref
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.headerregistry import Address, BaseHeader, HeaderRegistry
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import aiosmtplib

from .cases import CaseStore
from .config import Config
from .errors import (
    DeliveryError,
    PermanentDeliveryError,
    RequestbotError,
    TemporaryDeliveryError,
)
from .safetext import display_name
from .store import atomic_write_bytes, write_unsynced

__all__ = [
    "BACKOFF_CAP",
    "GIVE_UP_AFTER",
    "DrainResult",
    "case_tag",
    "compose",
    "drain_once",
    "failed",
    "find_case_tag",
    "make_message_id",
    "pending",
    "queue",
]

log = logging.getLogger(__name__)

ACTOR = "requestbot"
STAFF_ALERT_KIND = "staff_alert"
MAX_REFERENCES = 20
BACKOFF_BASE = timedelta(minutes=1)
BACKOFF_CAP = timedelta(hours=1)
GIVE_UP_AFTER = timedelta(hours=48)

# Headers compose() sets itself; extra_headers may not replace them.
_OWN_HEADERS = frozenset(
    {
        "from",
        "to",
        "cc",
        "bcc",
        "subject",
        "date",
        "message-id",
        "in-reply-to",
        "references",
        "mime-version",
        "content-type",
        "content-transfer-encoding",
        "auto-submitted",
        "x-auto-response-suppress",
        "sender",
        "reply-to",
        "return-path",
    }
)
_HEADER_NAME = re.compile(r"[!-9;-~]+")
_MSGID = re.compile(r"<[^<>\s]+>")
_CRLF = re.compile(r"[\r\n\x00]+")


class _FoldedOnce(BaseHeader):
    """A header that keeps its folded form: the same header object (see _Headers) is
    folded once, not once for every message it goes into."""

    def fold(self, *, policy: Any) -> str:
        done = self.__dict__.get("_folded")
        if done is not None and done[0] is policy:
            return str(done[1])
        folded = super().fold(policy=policy)
        self._folded = (policy, folded)
        return folded


class _Headers(HeaderRegistry):
    """The standard header classes, each made once: ``HeaderRegistry`` builds a new
    class with ``type()`` for every header it parses, most of a header's cost. The
    headers every message has alike (From, MIME-Version, Content-Type, Auto-Submitted
    ...) are parsed once too: header objects are immutable, so the recent ones are
    kept and handed out again."""

    def __init__(self) -> None:
        super().__init__(base_class=_FoldedOnce)
        self._made: dict[str, type[BaseHeader]] = {}
        self._recent = functools.lru_cache(maxsize=128)(super().__call__)

    def __getitem__(self, name: str) -> type[BaseHeader]:
        key = name.lower()
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = super().__getitem__(name)
        return made

    def __call__(self, name: str, value: Any) -> BaseHeader:
        if type(value) is str:  # an Address object is not hashable (nor immutable)
            return self._recent(name, value)  # type: ignore[no-any-return]
        return super().__call__(name, value)  # type: ignore[no-any-return]


#: email.policy.SMTP with the header classes made once (the output is the same).
SMTP = SMTP_POLICY.clone(header_factory=_Headers())


# --------------------------------------------------------------------------
# Message-IDs and case tags
# --------------------------------------------------------------------------


def make_message_id(case_id: str | None, domain: str) -> str:
    """A new Message-ID; its local part always ends in ".rb" (intake spots our own mail).

    ``"<DSR-2026-0001.<16 hex>.rb@example.fi>"``, or ``"<rb.<16 hex>.rb@example.fi>"``.
    """
    domain = re.sub(r"[^A-Za-z0-9.-]", "", domain) or "localhost"
    tag = re.sub(r"[^A-Za-z0-9-]", "", case_id) if case_id else ""
    return f"<{tag or 'rb'}.{secrets.token_hex(8)}.rb@{domain}>"


def case_tag(case_id: str) -> str:
    """The tag put in subjects: ``"[DSR-2026-0001]"``."""
    return f"[{case_id}]"


def find_case_tag(subject: str, prefix: str = "DSR") -> str | None:
    """The case id of the first ``[PREFIX-YYYY-NNNN]`` tag in ``subject``, upper-cased.

    Any reply/forward prefixes (Re:, VS:, SV:, AW:, Fwd:, VL:, Vast:) may come
    before it; matching is case-insensitive. Only bracketed tags count, with
    a four-digit year and at least four digits of number.
    """
    if not subject:
        return None
    pattern = rf"\[\s*({re.escape(prefix)}-\d{{4}}-\d{{4,}})\s*\]"
    m = re.search(pattern, subject, re.IGNORECASE)
    return m.group(1).upper() if m else None


# --------------------------------------------------------------------------
# Composing
# --------------------------------------------------------------------------


def _one_line(value: str) -> str:
    """CR, LF and NUL become spaces: no header value can start a new header line."""
    return _CRLF.sub(" ", value).strip()


@functools.lru_cache(maxsize=1024)
def _address(addr: str, name: str = "") -> Address:
    """A header Address; an IDN domain becomes punycode. Non-ASCII local parts
    (SMTPUTF8) are not supported: PermanentDeliveryError, like any bad address.

    Kept for the last 1,024 pairs (an Address is immutable, and building one parses
    it: 0.1-0.3 ms, paid for every letter; a backlog's staff notes and senders repeat)."""
    addr = _one_line(addr).strip("<>").strip()
    local, at, domain = addr.rpartition("@")
    try:
        if at and not domain.isascii():
            addr = f"{local}@{domain.encode('idna').decode('ascii')}"
        if not addr.isascii():
            raise ValueError("non-ASCII local part")
        return Address(display_name=_one_line(name), addr_spec=addr)
    except (ValueError, IndexError, UnicodeError) as exc:
        raise PermanentDeliveryError(f"not a usable e-mail address: {addr!r}") from exc


def _to_addresses(raw: str) -> list[str]:
    """The addresses a recipient's mail program reads from the To header of ``raw``
    (the To fields as a compat32 header parser gives them: the value after the colon
    and its continuation lines; the rest of the head is not parsed)."""
    end = raw.find("\r\n\r\n")
    values: list[str] = []
    current: list[str] | None = None
    for line in raw[: end if end >= 0 else len(raw)].split("\r\n"):
        if line[:1] in (" ", "\t"):
            if current is not None:
                current.append("\r\n" + line)
            continue
        if current is not None:
            values.append("".join(current))
        name, colon, rest = line.partition(":")
        current = [rest.lstrip(" \t")] if colon and name.lower() == "to" else None
    if current is not None:
        values.append("".join(current))
    return [addr.lower() for _name, addr in email.utils.getaddresses(values) if addr]


def _to_addresses_parsed(raw: str) -> list[str]:
    """``_to_addresses`` by the standard header parser (tests compare the two)."""
    end = raw.find("\r\n\r\n")
    head = email.parser.HeaderParser(policy=email.policy.compat32).parsestr(
        raw[: end if end >= 0 else len(raw)], headersonly=True
    )
    values = [str(v) for v in head.get_all("To", [])]
    return [addr.lower() for _name, addr in email.utils.getaddresses(values) if addr]


def _iso(dt: datetime) -> str:
    return dt.isoformat()


def _parse(value: str) -> datetime:
    dt = datetime.fromisoformat(value)
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _msgids(value: str) -> list[str]:
    """The <id@host> tokens in ``value``; a lone bare id@host is given brackets."""
    value = _one_line(value)
    found = _MSGID.findall(value)
    if not found and re.fullmatch(r"[^<>\s@]+@[^<>\s@]+", value):
        found = [f"<{value}>"]
    return found


def _references(references: Sequence[str], parent: str | None) -> list[str]:
    """The last MAX_REFERENCES distinct ids in first-seen order, then the parent if new;
    linear in the input, and only the tail of a huge References list is read."""
    ids = [m for value in references[-4 * MAX_REFERENCES :] for m in _msgids(value[-20_000:])]
    found = dict.fromkeys([*ids, *([parent] if parent else [])])
    return list(found)[-MAX_REFERENCES:]


@dataclass(frozen=True)
class Letter:
    """What the bytes of one message are made from (plain data: a worker process can
    build them, ``build_raw``); ``prepare`` checked the recipient and made the ids."""

    sender: str
    from_name: str
    to: str
    to_name: str  # the display name as it was given (cut to a plain name)
    subject: str
    date: str
    message_id: str
    parent: str | None
    references: tuple[str, ...]
    auto_reply: bool
    text: str
    html: str | None = None
    extra_headers: tuple[tuple[str, str], ...] = ()
    attachments: tuple[tuple[str, str, bytes], ...] = ()


def compose(
    cfg: Config,
    *,
    to: str,
    to_name: str = "",
    subject: str,
    text: str,
    html: str | None = None,
    case_id: str | None,
    kind: str,
    audience: str,
    in_reply_to: str | None = None,
    references: Sequence[str] = (),
    now: datetime,
    auto_reply: bool = True,
    extra_headers: Mapping[str, str] | None = None,
    attachments: Sequence[tuple[str, str, bytes]] = (),
) -> dict[str, Any]:
    """Build one complete message and return it as an outbox item (no I/O).

    ``attachments`` are (filename, content type, bytes), sent base64-encoded.

    CR/LF in any header input is replaced by a space, so no input can add a
    header; long or non-ASCII values are folded and RFC 2047-encoded.
    ``to`` must be the requester's own address (From), never a Reply-To.
    Raises PermanentDeliveryError for an unusable recipient address.
    """
    item, letter = prepare(
        cfg,
        to=to,
        to_name=to_name,
        subject=subject,
        text=text,
        html=html,
        case_id=case_id,
        kind=kind,
        audience=audience,
        in_reply_to=in_reply_to,
        references=references,
        now=now,
        auto_reply=auto_reply,
        extra_headers=extra_headers,
        attachments=attachments,
    )
    item["raw"] = build_raw(letter)
    return item


def prepare(
    cfg: Config,
    *,
    to: str,
    to_name: str = "",
    subject: str,
    text: str,
    html: str | None = None,
    case_id: str | None,
    kind: str,
    audience: str,
    in_reply_to: str | None = None,
    references: Sequence[str] = (),
    now: datetime,
    auto_reply: bool = True,
    extra_headers: Mapping[str, str] | None = None,
    attachments: Sequence[tuple[str, str, bytes]] = (),
) -> tuple[dict[str, Any], Letter]:
    """``compose`` but the message's bytes: the outbox item with ``raw`` empty, and the
    Letter that ``build_raw`` makes them from. Raises PermanentDeliveryError for an
    unusable recipient address (and ValueError for a header that is not allowed)."""
    if now.tzinfo is None:
        raise ValueError("compose() needs a timezone-aware 'now'")
    sender = cfg.sender_address
    recipient = _address(to, display_name(to_name))
    subject = _one_line(subject)
    if case_id and case_tag(case_id).lower() not in subject.lower():
        subject = f"{case_tag(case_id)} {subject}".rstrip()
    domain = sender.rpartition("@")[2]
    message_id = make_message_id(case_id, domain)
    parents = _msgids(in_reply_to) if in_reply_to else []
    parent = parents[0] if parents else None
    for name in extra_headers or {}:
        if not _HEADER_NAME.fullmatch(name) or name.lower() in _OWN_HEADERS:
            raise ValueError(f"extra header {name!r} is not allowed")
    letter = Letter(
        sender=sender,
        from_name=cfg.smtp.from_name or cfg.controller.name,
        to=to,
        to_name=recipient.display_name,
        subject=subject,
        date=format_datetime(now),
        message_id=message_id,
        parent=parent,
        references=tuple(_references(references, parent)),
        auto_reply=auto_reply,
        text=text,
        html=html,
        extra_headers=tuple((extra_headers or {}).items()),
        attachments=tuple(attachments),
    )
    stamp = _iso(now)
    item = {
        "case_id": case_id,
        "to": recipient.addr_spec,
        "kind": kind,
        "audience": audience,
        "message_id": message_id,
        "subject": subject,
        "raw": "",
        "status": "queued",
        "attempts": 0,
        "created_at": stamp,
        "next_attempt_at": stamp,
        "sent_at": None,
        "smtp_reply": None,
        "error": None,
        "first_failure_at": None,
        "interrupted": 0,
        "alerted": False,
    }
    return item, letter


def build_raw(letter: Letter) -> str:
    """The message's bytes (7-bit, as text). Raises PermanentDeliveryError when its To
    header would not read back as the one recipient."""
    recipient = _address(letter.to, letter.to_name)
    msg = EmailMessage(policy=SMTP)
    # As text, which the header parser reads as it reads an Address (str(Address)): the
    # same header, and From (and To of staff mail) is then parsed once, not per message.
    msg["From"] = str(_address(letter.sender, letter.from_name))
    msg["To"] = str(recipient)
    msg["Subject"] = letter.subject
    msg["Date"] = letter.date
    msg["Message-ID"] = letter.message_id
    if letter.parent:
        msg["In-Reply-To"] = letter.parent
    if letter.references:
        msg["References"] = " ".join(letter.references)
    msg["Auto-Submitted"] = "auto-replied" if letter.auto_reply else "auto-generated"
    msg["X-Auto-Response-Suppress"] = "All"
    for name, value in letter.extra_headers:
        msg[name] = _one_line(value)
    msg.set_content(letter.text, charset="utf-8", cte="quoted-printable")
    if letter.html is not None:
        msg.add_alternative(letter.html, subtype="html", charset="utf-8", cte="quoted-printable")
    for filename, ctype, data in letter.attachments:
        maintype, _, subtype = ctype.partition("/")
        if not maintype or not subtype or maintype in ("multipart", "message", "text"):
            maintype, subtype = "application", "octet-stream"  # sent as opaque bytes
        msg.add_attachment(
            data, maintype=maintype, subtype=subtype, filename=_one_line(filename) or "attachment"
        )

    raw = msg.as_bytes(policy=SMTP).decode("ascii")  # 7-bit: any server takes it
    read_back = _to_addresses(raw)
    if recipient.display_name and read_back != [recipient.addr_spec.lower()]:
        # Folding must never turn a display name into a second recipient.
        del msg["To"]
        recipient = _address(letter.to)
        msg["To"] = recipient
        raw = msg.as_bytes(policy=SMTP).decode("ascii")
        read_back = _to_addresses(raw)
    if read_back != [recipient.addr_spec.lower()]:
        raise PermanentDeliveryError(f"the To header does not read back as {letter.to!r}")
    return raw


def queue(store: CaseStore, item: dict[str, Any]) -> int:
    """Store ``item`` in the outbox; call inside the caller's ``store.transaction()``."""
    return store.enqueue(item)


# --------------------------------------------------------------------------
# Looking at the outbox
# --------------------------------------------------------------------------


def pending(store: CaseStore, now: datetime) -> list[dict[str, Any]]:
    """Items waiting to go out whose ``next_attempt_at <= now``, in id order.

    Includes items left in "sending" by an interrupted drain (they are resent).
    """

    return store.outbox_active(lambda d: _due(d, now))  # in id order


def failed(store: CaseStore) -> list[dict[str, Any]]:
    """Items that will not be sent (permanent failure or given up), in id order."""
    return sorted(store.outbox(lambda d: d.get("status") == "failed"), key=lambda d: int(d["id"]))


# --------------------------------------------------------------------------
# Sending
# --------------------------------------------------------------------------


@dataclass
class DrainResult:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    resent: int = 0  # items found in "sending" (interrupted before) and sent again
    more: bool = False  # more items were due than the drain's limit


# One drain at a time per store in this process; the store's file lock keeps
# other processes out, so an item found in "sending" was left by a dead drain.
_drain_locks: weakref.WeakKeyDictionary[CaseStore, asyncio.Lock] = weakref.WeakKeyDictionary()


def backoff(attempts: int) -> timedelta:
    """1 min, 2, 4, ... with +-10 % jitter (spreads retries), never more than 1 h."""
    base = BACKOFF_BASE * (2 ** max(0, min(attempts - 1, 20)))
    jittered: timedelta = base * random.uniform(0.9, 1.1)
    return min(BACKOFF_CAP, jittered)


async def drain_once(
    cfg: Config,
    store: CaseStore,
    *,
    now: Callable[[], datetime] | None = None,
    limit: int = 500,
) -> DrainResult:
    """Send the due outbox items (at most ``limit``) over one SMTP connection:
    mail to requesters first (the acknowledgements), then staff mail, each in id order."""
    clock = now or (lambda: datetime.now(UTC))
    lock = _drain_locks.setdefault(store, asyncio.Lock())
    async with lock:
        from .sender import recover  # a sender journal left by a killed run comes first

        recover(store)
        result = DrainResult()
        # One look at the outbox for the three things a drain needs from it.
        at = clock()
        found = store.outbox_active(lambda d: _due(d, at) or _body_left(d) or _unreported(d))
        items = [d for d in found if _due(d, at)]
        result.more = len(items) > limit
        items = items[:limit]
        items.sort(key=lambda d: d.get("audience") == "staff")  # stable: id order within
        if cfg.smtp.transport != "file":
            # Bodies of mail sent by a drain that was cut short still sit in the store.
            left = [d for d in found if _body_left(d)]
            if left:
                with store.group_commit() as sync:
                    _move_bodies_out(store, left, sync)
        if items:
            if cfg.smtp.transport == "file":
                _drain_to_files(cfg, store, items, clock, result)
            else:
                await _drain_smtp(cfg, store, items, clock, result)
            if result.sent:
                store.set_state("last_send_ok", _iso(clock()))
        if result.failed or any(_unreported(d) for d in found):
            _alert_staff(cfg, store, clock())
        return result


def _due(d: Mapping[str, Any], now: datetime) -> bool:
    """Waiting to go out (or left in "sending" by an interrupted drain) and due."""
    return d.get("status") in ("queued", "sending") and _parse(d["next_attempt_at"]) <= now


def _body_left(d: Mapping[str, Any]) -> bool:
    return d.get("status") == "sent" and bool(d.get("raw"))


def _unreported(d: Mapping[str, Any]) -> bool:
    return d.get("status") == "failed" and not d.get("alerted")


def _drain_to_files(
    cfg: Config,
    store: CaseStore,
    items: list[dict[str, Any]],
    clock: Callable[[], datetime],
    result: DrainResult,
) -> None:
    """transport = "file": each message becomes ``<id>.eml``; rewriting one is harmless."""
    directory = cfg.resolve_path(cfg.smtp.file_dir)
    directory.mkdir(parents=True, exist_ok=True)
    for item in items:
        path = eml_path(directory, int(item["id"]), str(item.get("kind", "")))
        try:
            atomic_write_bytes(path, item["raw"].encode("utf-8"))
        except OSError as exc:
            gave_up = _temporary(store, item, TemporaryDeliveryError(str(exc)), clock())
            result.failed += gave_up
            result.retried += not gave_up
            result.errors.append(f"outbox {item['id']}: cannot write {path}: {exc.strerror}")
            continue
        _mark_sent(store, item, f"written to {path}", clock())
        result.sent += 1


async def _drain_smtp(
    cfg: Config,
    store: CaseStore,
    items: list[dict[str, Any]],
    clock: Callable[[], datetime],
    result: DrainResult,
) -> None:
    try:
        smtp = await _connect(cfg)
    except DeliveryError as exc:
        # Nothing was handed over: every item waits for the next try.
        at = clock()
        with store.transaction():
            gave_up = sum(_temporary(store, item, exc, at) for item in items)
        result.failed += gave_up
        result.retried += len(items) - gave_up
        result.errors.append(str(exc))
        log.warning("outbox: cannot connect to SMTP: %s", exc)
        return
    sent: list[dict[str, Any]] = []
    # Group commit: the claims and outcomes of this drain are written at once and
    # made durable together; a killed process loses none of them (at most the one
    # message in flight is sent again, as before). A power loss may lose the last
    # "sent" marks, which means duplicates, never a lost message.
    with store.group_commit() as sync:
        try:
            for item in items:
                current = store.get_outbox(int(item["id"]))
                if current is None or current.get("status") not in ("queued", "sending"):
                    continue  # changed behind our back (e.g. cancelled by staff)
                if current["status"] == "sending":
                    result.resent += 1
                    current["interrupted"] = int(current.get("interrupted") or 0) + 1
                    log.warning("outbox %s: interrupted before, sending again", current["id"])
                # Claim before sending: after a crash from here on, it is resent (at least once).
                with store.transaction():
                    store.update_outbox(
                        int(current["id"]),
                        status="sending",
                        interrupted=current.get("interrupted", 0),
                        last_attempt_at=_iso(clock()),
                    )
                try:
                    reply = await _send(smtp, cfg, current)
                except PermanentDeliveryError as exc:
                    _permanent(store, current, str(exc), clock())
                    result.failed += 1
                    result.errors.append(f"outbox {current['id']}: {exc}")
                except TemporaryDeliveryError as exc:
                    gave_up = _temporary(store, current, exc, clock())
                    result.failed += gave_up
                    result.retried += not gave_up
                    result.errors.append(f"outbox {current['id']}: {exc}")
                    if not smtp.is_connected:
                        break  # the rest stay queued and due: the next drain tries them
                else:
                    _mark_sent(store, current, reply, clock(), move_body=False)
                    sent.append(current)
                    result.sent += 1
        finally:
            with contextlib.suppress(aiosmtplib.SMTPException, OSError, TimeoutError):
                if smtp.is_connected:
                    await smtp.quit()
        _move_bodies_out(store, sent, sync)  # if this is cut short: the next drain does it


def _move_bodies_out(
    store: CaseStore, items: Sequence[Mapping[str, Any]], sync: Callable[[], None]
) -> None:
    """Sent bodies leave the store for ``sent_dir``: all files, one sync, one transaction."""
    names: dict[int, str] = {}
    directory = sent_dir(store)
    for item in items:
        if not item.get("raw"):
            continue
        name = f"{int(item['id'])}.eml"
        try:
            directory.mkdir(parents=True, exist_ok=True)
            write_unsynced(directory / name, str(item["raw"]).encode("utf-8"))
        except OSError as exc:
            log.warning("keeping the body of outbox %s in the store: %s", item["id"], exc)
            continue
        names[int(item["id"])] = name
    if not names:
        return
    sync()  # the files are durable before the store stops holding the bodies
    with store.transaction():
        for outbox_id, name in names.items():
            store.update_outbox(outbox_id, raw="", raw_file=name)


async def send_direct(cfg: Config, item: dict[str, Any]) -> str:
    """Send one composed item now, without the store (for alerts when the store
    itself cannot be written). Raises DeliveryError."""
    smtp = await _connect(cfg)
    try:
        return await _send(smtp, cfg, item)
    finally:
        with contextlib.suppress(aiosmtplib.SMTPException, OSError, TimeoutError):
            if smtp.is_connected:
                await smtp.quit()


async def _connect(cfg: Config) -> aiosmtplib.SMTP:
    """Connect, say EHLO (and STARTTLS) and log in when a username is configured.

    A server that offers no AUTH at all (a relay on the same host that accepts
    mail from us by address) is used without logging in; the log says so.
    """
    s = cfg.smtp
    kwargs: dict[str, Any] = {
        "hostname": s.host,
        "port": s.port,
        "timeout": float(s.timeout_seconds),
        "use_tls": s.security == "ssl",
        "start_tls": s.security == "starttls",
    }
    if s.security != "none":
        kwargs["tls_context"] = ssl.create_default_context(cafile=s.cafile or None)
    smtp = aiosmtplib.SMTP(**kwargs)
    try:
        await smtp.connect()
        if s.username:
            await smtp.ehlo()
            if not smtp.supports_extension("auth"):
                log.warning(
                    "SMTP %s:%s offers no AUTH: sending without logging in as %s",
                    s.host,
                    s.port,
                    s.username,
                )
            elif s.oauth2_command:
                token = await _run_token_command(s.oauth2_command)
                await smtp.auth_xoauth2(s.username, token)
            else:
                await _login_once(smtp, s.username, s.secret.resolve() or "")
    except aiosmtplib.SMTPAuthenticationError as exc:
        await _close_quietly(smtp)
        raise TemporaryDeliveryError(
            f"SMTP login to {s.host}:{s.port} failed: {exc.code} {exc.message}", code=exc.code
        ) from exc
    except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
        await _close_quietly(smtp)
        raise TemporaryDeliveryError(f"cannot connect to SMTP {s.host}:{s.port}: {exc}") from exc
    except BaseException:
        await _close_quietly(smtp)
        raise
    return smtp


#: The one AUTH mechanism tried, in this order of preference (CRAM-MD5 needs the
#: server to keep the password in clear; PLAIN and LOGIN run inside TLS).
LOGIN_MECHANISMS = ("plain", "login", "cram-md5")


async def _login_once(smtp: aiosmtplib.SMTP, username: str, password: str) -> None:
    """Log in with ONE mechanism the server offers.

    aiosmtplib's ``login()`` tries every offered mechanism in turn, so a wrong password
    counts two or three failures towards a hosted server's lockout; one is enough.
    """
    offered = set(smtp.supported_auth_methods)
    for name in LOGIN_MECHANISMS:
        if name in offered:
            method = {
                "plain": smtp.auth_plain,
                "login": smtp.auth_login,
                "cram-md5": smtp.auth_crammd5,
            }[name]
            await method(username, password)
            return
    raise aiosmtplib.SMTPException(
        f"the server offers no AUTH mechanism requestbot can use "
        f"(offered: {', '.join(sorted(smtp.server_auth_methods)) or 'none'})"
    )


async def _close_quietly(smtp: aiosmtplib.SMTP) -> None:
    with contextlib.suppress(aiosmtplib.SMTPException, OSError, TimeoutError):
        if smtp.is_connected:
            smtp.close()


async def _run_token_command(command: str) -> str:
    """Run ``smtp.oauth2_command`` (no shell) and return its first output line."""
    proc = await asyncio.create_subprocess_exec(
        *shlex.split(command),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, _err = await proc.communicate()
    token = out.decode("utf-8", "replace").strip().splitlines()
    if proc.returncode != 0 or not token:
        # Its error output is not copied: a token helper may print its secrets there.
        raise aiosmtplib.SMTPException(
            f"oauth2_command failed (exit {proc.returncode}; its output is not shown: "
            "run the command by hand to see why)"
        )
    return token[0]


async def _send(smtp: aiosmtplib.SMTP, cfg: Config, item: dict[str, Any]) -> str:
    """Hand one stored message to SMTP; return the server's reply. Raises DeliveryError."""
    try:
        _, message = await smtp.sendmail(
            cfg.sender_address, [item["to"]], item["raw"].encode("utf-8")
        )
    except aiosmtplib.SMTPRecipientsRefused as exc:
        refused = exc.recipients[0] if exc.recipients else None
        code = refused.code if refused else 550
        text = f"{code} {refused.message}" if refused else str(exc)
        raise _by_code(code, f"recipient refused: {text}") from exc
    except aiosmtplib.SMTPNotSupported as exc:
        raise PermanentDeliveryError(f"server cannot take this message: {exc}") from exc
    except aiosmtplib.SMTPResponseException as exc:
        raise _by_code(exc.code, f"{exc.code} {exc.message}") from exc
    except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
        raise TemporaryDeliveryError(f"connection trouble: {exc}") from exc
    except ValueError as exc:  # aiosmtplib refuses an unsafe address
        raise PermanentDeliveryError(f"address cannot be sent: {exc}") from exc
    return f"250 {message}"


def _by_code(code: int, text: str) -> DeliveryError:
    if 500 <= code < 600:
        return PermanentDeliveryError(text, code=code)
    return TemporaryDeliveryError(text, code=code)


# --------------------------------------------------------------------------
# Recording outcomes (one store write each)
# --------------------------------------------------------------------------


def sent_dir(store: CaseStore) -> Path:
    """Where the bodies of sent mail are kept (out of the store, which stays small)."""
    return store.path.with_name(store.path.name + ".sent")


def raw_of(store: CaseStore, item: Mapping[str, Any]) -> str:
    """The stored message of an outbox item, wherever it is kept ("" once purged)."""
    if item.get("raw"):
        return str(item["raw"])
    name = item.get("raw_file")
    if not name:
        return ""
    try:
        # bytes, not read_text: universal newlines would turn the CRLF sent into LF
        return (sent_dir(store) / str(name)).read_bytes().decode("utf-8")
    except OSError:
        return ""


def _move_body_out(store: CaseStore, item: dict[str, Any]) -> dict[str, Any]:
    """Write a sent message's body next to the store; returns the fields to store."""
    name = f"{int(item['id'])}.eml"
    directory = sent_dir(store)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(directory / name, str(item["raw"]).encode("utf-8"))
    except OSError as exc:
        log.warning("keeping the body of outbox %s in the store: %s", item["id"], exc)
        return {}
    return {"raw": "", "raw_file": name}


def _mark_sent(
    store: CaseStore, item: dict[str, Any], reply: str, at: datetime, *, move_body: bool = True
) -> None:
    body = _move_body_out(store, item) if move_body and item.get("raw") else {}
    with store.transaction():
        store.update_outbox(
            int(item["id"]),
            status="sent",
            attempts=int(item.get("attempts") or 0) + 1,
            sent_at=_iso(at),
            smtp_reply=reply,
            error=None,
            **body,
        )
        if item.get("case_id"):
            store.add_event(
                item["case_id"],
                ACTOR,
                "mail_sent",
                f"{item['kind']} sent",
                at=at,
                data={
                    "outbox_id": int(item["id"]),
                    "message_id": item["message_id"],
                    "kind": item["kind"],
                    "smtp_reply": reply,
                },
            )
    log.info("outbox %s sent (case %s, %s)", item["id"], item.get("case_id"), item["kind"])


def _permanent(store: CaseStore, item: dict[str, Any], error: str, at: datetime) -> None:
    with store.transaction():
        store.update_outbox(
            int(item["id"]),
            status="failed",
            attempts=int(item.get("attempts") or 0) + 1,
            error=error,
            alerted=item.get("kind") == STAFF_ALERT_KIND,  # never alert about an alert
        )
        if item.get("case_id"):
            store.add_event(
                item["case_id"],
                ACTOR,
                "mail_failed",
                error,
                at=at,
                data={
                    "outbox_id": int(item["id"]),
                    "message_id": item["message_id"],
                    "kind": item["kind"],
                },
            )
    log.warning("outbox %s failed (case %s): %s", item["id"], item.get("case_id"), error)


def _temporary(store: CaseStore, item: dict[str, Any], exc: DeliveryError, at: datetime) -> bool:
    """Schedule a retry, or give up after GIVE_UP_AFTER of failures. True if given up."""
    first = item.get("first_failure_at")
    first_at = _parse(first) if first else at
    if at - first_at >= GIVE_UP_AFTER:
        _permanent(store, item, f"gave up after {at - first_at}: {exc}", at)
        return True
    attempts = int(item.get("attempts") or 0) + 1
    with store.transaction():
        store.update_outbox(
            int(item["id"]),
            status="queued",
            attempts=attempts,
            error=str(exc),
            first_failure_at=_iso(first_at),
            next_attempt_at=_iso(at + backoff(attempts)),
        )
    return False


# --------------------------------------------------------------------------
# Telling staff
# --------------------------------------------------------------------------


def _alert_staff(cfg: Config, store: CaseStore, at: datetime) -> None:
    """Queue one alert about every failed item staff have not been told about."""
    todo = store.outbox_active(_unreported)
    if not todo:
        return
    todo.sort(key=lambda d: int(d["id"]))
    lines = [
        f"- outbox {d['id']} case {d.get('case_id') or '-'} ({d.get('kind')}): {d.get('error')}"
        for d in todo
    ]
    detail = "Outgoing messages that could not be delivered:\n" + "\n".join(lines)
    case_ids = {d.get("case_id") for d in todo}
    case_id = case_ids.pop() if len(case_ids) == 1 else None
    subject, text = _alert_text(cfg, detail, case_id, at)
    recipients = cfg.staff.notify or cfg.staff.addresses
    with store.transaction():
        for to in recipients:
            item = compose(
                cfg,
                to=to,
                subject=subject,
                text=text,
                case_id=case_id,
                kind=STAFF_ALERT_KIND,
                audience="staff",
                now=at,
                auto_reply=False,
            )
            queue(store, item)
        for d in todo:
            store.update_outbox(int(d["id"]), alerted=True)
    if not recipients:
        log.error("outbox: %d failed message(s) but no staff.notify address", len(todo))


def _alert_text(cfg: Config, detail: str, case_id: str | None, at: datetime) -> tuple[str, str]:
    lang = cfg.staff_language
    try:
        from .templates import Renderer

        rendered = Renderer().render(
            STAFF_ALERT_KIND,
            lang,
            {
                "alert": "smtp",
                "at": at,
                "detail": detail,
                "case_id": case_id or "",
                "requester_name": "",
                "controller": {
                    "name": cfg.controller.name,
                    "address": cfg.controller.postal_address,
                    "email": cfg.controller.address,
                },
            },
        )
        return rendered.subject, rendered.text
    except (ImportError, SyntaxError, RequestbotError) as exc:
        log.warning("outbox: staff_alert template unusable (%s); sending plain text", exc)
        return "requestbot: outgoing mail failed", detail + "\n"


def eml_path(directory: Path, outbox_id: int, kind: str = "") -> Path:
    """Where transport = "file" writes outbox item ``outbox_id``: ``000001-ack.eml``,
    ``000002-staff_new_case.eml`` (the kind tells the files apart without opening them)."""
    tag = re.sub(r"[^A-Za-z0-9_]", "", kind)
    return directory / (f"{outbox_id:06d}-{tag}.eml" if tag else f"{outbox_id:06d}.eml")
