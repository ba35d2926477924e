"""Raw message bytes -> InboundMessage. Pure: no I/O, and never raises.

The flow of ``parse_message``::

    raw bytes ─ size check ─> email parser (compat32, lenient)
        ├─ headers: raw values -> charset fallbacks -> RFC 2047 -> unfolded text
        ├─ body:    iterative walk -> text parts / attachments -> decoded text
        │           (text/plain preferred, else HTML via html-text)
        ├─ quotes:  quotes.strip_quotes(full_text) -> new_text
        └─ automated.automated_reason(msg) -> automated, automated_reason

Header values are read with ``Message.raw_items()`` and decoded here, so the
``email.policy.default`` header classes (which raise on malformed values) are
never involved; the lenient compat32 parser is used for structure. Anything
that still goes wrong becomes a flag on the message ("unparseable",
"charset_fallback", "malformed_mime", ...): nothing is dropped.
"""

from __future__ import annotations

import email.errors
import email.message
import email.parser
import email.policy
import email.utils
import hashlib
import html
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from requestbot.automated import (
    automated_reason,
    content_reason,
    is_own_message_id,
    reads_as_auto_reply,
)
from requestbot.mimetext import (
    content_type,
    decode_bytes,
    header_text,
    raw_header_str,
    raw_headers,
    unfold,
)
from requestbot.model import Attachment, InboundMessage
from requestbot.normalise import strip_subject_prefixes
from requestbot.quotes import strip_html_quotes, strip_quotes

__all__ = [
    "automated_reason",
    "html_to_text",
    "is_own_message_id",
    "normalise_address",
    "parse_message",
    "strip_quotes",
    "strip_subject_prefixes",
]

#: Parts nested deeper than this are recorded as attachments, not descended into.
MAX_MIME_DEPTH = 50
#: Headers-only intake reads at most this much when no header end is found.
MAX_HEADER_BYTES = 1_000_000
#: Characters of a body read for the sender's new text (quotes stripped, classified);
#: the whole text stays in ``full_text``. Bounds the work on a 20 MB body.
MAX_TEXT_SCAN = 50_000
#: Bytes of one text part decoded into text (staff notifications show far less).
MAX_PART_TEXT_BYTES = 2_000_000
#: Messages bigger than this that are not multipart skip the line-by-line body parse.
FAST_PARSE_BYTES = 1_000_000
#: Characters of an address header (From, To, Cc, Reply-To) that are read.
MAX_ADDRESS_HEADER = 16_000
#: References ids kept (the newest): enough to find a thread, bounded work per header.
MAX_REFERENCES = 100
#: Authentication-Results headers kept (only the topmost of ours is ever read).
MAX_AUTH_HEADERS = 50

_MSGID_RE = re.compile(r"<[^<>\s]+>")
_HEADER_END_RE = re.compile(rb"\r\n\r\n|\n\n|\r\r|\n\r\n")
_TAG_RE = re.compile(r"<[^>]*>")
_BLOCK_TAG_RE = re.compile(r"<\s*(?:br|/p|/div|/tr|/li|/h\d)\b[^>]*>", re.IGNORECASE)
_SCRIPT_RE = re.compile(r"<(script|style|head)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


@dataclass
class _Notes:
    """Flags collected while reading one message (kept in order, no duplicates)."""

    flags: list[str] = field(default_factory=list)

    def add(self, flag: str) -> None:
        if flag not in self.flags:
            self.flags.append(flag)


# ---------------------------------------------------------------------------
# Small pure helpers (public)


def normalise_address(addr: str) -> str:
    """Lower-case, stripped bare address, or '' if it is not a usable address."""
    text = (addr or "").strip()
    if "<" in text or "(" in text or " " in text:
        try:
            text = email.utils.parseaddr(text)[1]
        except (ValueError, TypeError, IndexError):
            return ""
    text = text.strip().strip("<>").strip().lower()
    if text.count("@") != 1 or any(ch.isspace() or ord(ch) < 32 for ch in text):
        return ""
    local, domain = text.split("@")
    if not local or not domain or "<" in text or ">" in text or "," in text:
        return ""
    if domain.startswith(".") or domain.endswith(".") or ".." in domain:
        return ""
    return text


def html_to_text(html_source: str) -> str:
    """Visible text of an HTML body (html-text), with a regex fallback."""
    if not html_source or not html_source.strip():
        return ""
    cleaned = html_source.replace("\x00", "")
    try:
        import html_text

        return str(html_text.extract_text(cleaned, guess_layout=True))
    except (ValueError, TypeError, LookupError, AttributeError) as exc:
        # lxml refuses e.g. str input with an encoding declaration; fall back.
        del exc
    except ImportError:
        pass
    text = _SCRIPT_RE.sub(" ", cleaned)
    text = _BLOCK_TAG_RE.sub("\n", text)
    text = html.unescape(_TAG_RE.sub(" ", text))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines).strip()


# ---------------------------------------------------------------------------
# Headers


def _header(msg: email.message.Message, name: str, notes: _Notes) -> str | None:
    values = raw_headers(msg, name)
    if not values:
        return None
    text, fallback = header_text(values[0])
    if fallback:
        notes.add("charset_fallback")
    return text


def _raw_header_all(msg: email.message.Message, name: str) -> list[str]:
    """Raw (not RFC 2047-decoded) values, real text, unfolded: for address lists."""
    return [unfold(raw_header_str(value)[0]) for value in raw_headers(msg, name)]


def _addresses(msg: email.message.Message, name: str, notes: _Notes) -> list[tuple[str, str]]:
    """(display name, normalised address) pairs from all ``name`` headers."""
    pairs: list[tuple[str, str]] = []
    raw_values = _raw_header_all(msg, name)
    if not raw_values:
        return pairs
    if len(raw_values) > 10 or any(len(v) > MAX_ADDRESS_HEADER for v in raw_values):
        notes.add("long_address_header")  # only the start of the list is read
        raw_values = [v[:MAX_ADDRESS_HEADER] for v in raw_values[:10]]
    try:
        parsed = email.utils.getaddresses(raw_values)
    except (ValueError, TypeError, IndexError) as exc:
        del exc
        notes.add("bad_address_header")
        return pairs
    for display, addr in parsed:
        name_text, fallback = header_text(display) if display else ("", False)
        if fallback:
            notes.add("charset_fallback")
        address = normalise_address(header_text(addr)[0])
        if address:
            pairs.append((name_text.strip().strip('"').strip(), address))
    return pairs


def _message_ids(value: str | None, keep: int = MAX_REFERENCES) -> list[str]:
    """Distinct <ids> in first-seen order, at most the last ``keep``; linear time."""
    if not value:
        return []
    return list(dict.fromkeys(_MSGID_RE.findall(value)))[-keep:]


def _message_id(msg: email.message.Message, raw: bytes, notes: _Notes) -> str:
    value = _header(msg, "Message-ID", notes)
    ids = _message_ids(value, keep=1_000_000)
    if ids:
        return ids[0]
    if value and "@" in value and not any(ch.isspace() for ch in value.strip()):
        return "<" + value.strip().strip("<>") + ">"
    notes.add("missing_message_id")
    return "<missing-" + hashlib.sha256(raw).hexdigest()[:16] + "@requestbot.invalid>"


def _date(value: str | None, notes: _Notes) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (ValueError, TypeError, IndexError, OverflowError):
        notes.add("bad_date")
        return None
    if parsed is None:
        notes.add("bad_date")
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


# ---------------------------------------------------------------------------
# Body


def _walk(msg: email.message.Message, notes: _Notes) -> Iterator[email.message.Message]:
    """Leaf parts in order, iteratively; message/* parts are leaves (attachments)."""
    stack: list[tuple[email.message.Message, int]] = [(msg, 0)]
    while stack:
        part, depth = stack.pop()
        ctype = content_type(part)
        if part.is_multipart() and not ctype.startswith("message/"):
            if depth >= MAX_MIME_DEPTH:
                notes.add("mime_too_deep")
                yield part
                continue
            payload = part.get_payload()
            children = [p for p in payload if isinstance(p, email.message.Message)]
            stack.extend((child, depth + 1) for child in reversed(children))
        else:
            yield part


def _filename(part: email.message.Message, notes: _Notes) -> str:
    try:
        name = part.get_filename()
    except (ValueError, TypeError, LookupError, IndexError, email.errors.MessageError):
        notes.add("bad_filename")
        return ""
    if not name:
        return ""
    text, fallback = header_text(name)
    if fallback:
        notes.add("charset_fallback")
    return text


def _disposition(part: email.message.Message) -> str:
    values = raw_headers(part, "Content-Disposition")
    if not values:
        return ""
    return header_text(values[0])[0].split(";", 1)[0].strip().lower()


def _payload_bytes(part: email.message.Message, notes: _Notes) -> bytes:
    try:
        if part.is_multipart():
            return part.as_bytes()
        data = part.get_payload(decode=True)
    except (
        ValueError,
        TypeError,
        LookupError,
        IndexError,
        RecursionError,
        email.errors.MessageError,
    ):
        notes.add("bad_payload")
        return b""
    if isinstance(data, bytes):
        return data
    return b""


def _part_charset(part: email.message.Message) -> str | None:
    try:
        charset = part.get_param("charset")
    except (ValueError, TypeError, LookupError, IndexError, email.errors.MessageError):
        return None
    if isinstance(charset, tuple):  # RFC 2231 (charset, language, value)
        charset = charset[2]
    return str(charset) if charset else None


def _part_text(part: email.message.Message, notes: _Notes) -> str:
    data = _payload_bytes(part, notes)
    if len(data) > MAX_PART_TEXT_BYTES:
        notes.add("long_text")  # the rest is in the mailbox; staff see a part anyway
        data = data[:MAX_PART_TEXT_BYTES]
    text, fallback = decode_bytes(data, _part_charset(part))
    if fallback:
        notes.add("charset_fallback")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def _body(
    msg: email.message.Message, notes: _Notes
) -> tuple[list[str], list[str], list[Attachment]]:
    """(plain texts, html texts, attachments) of a message."""
    plains: list[str] = []
    htmls: list[str] = []
    attachments: list[Attachment] = []
    for part in _walk(msg, notes):
        ctype = content_type(part)
        disposition = _disposition(part)
        filename = _filename(part, notes)
        inline_text = disposition != "attachment" and not filename
        if ctype.startswith("multipart/") and not part.is_multipart():
            notes.add("malformed_mime")  # boundary missing: keep the raw text
            plains.append(_part_text(part, notes))
        elif ctype == "text/plain" and inline_text:
            plains.append(_part_text(part, notes))
        elif ctype == "text/html" and inline_text:
            htmls.append(_part_text(part, notes))
        else:
            size = len(_payload_bytes(part, notes))
            attachments.append(Attachment(filename=filename, content_type=ctype, size=size))
    return plains, htmls, attachments


#: The writer says they are away: "olen lomalla", "olen syyslomalla", "jag är
#: tjänstledig", "I'm on leave", "I am in court for the rest of the week". Any leave
#: ("\w*lomalla", "\w*vapaalla", "\w*ledig") and the usual reasons to be away from mail.
_OOO_STATE = (
    r"(?:olen (?:poissa|\w*lomalla|\w*vapaalla|matkoilla|ty[öo]matkalla|koulutuksessa|"
    r"kurssilla|messuilla|oikeudessa)|"
    r"en ole tavoitettavissa|"
    r"jag [äa]r (?:\w*ledig|p[åa] (?:semester|tj[äa]nsteresa|utbildning|kurs|m[äa]ssa)|borta|"
    r"fr[åa]nvarande|sjukskriven|inte p[åa] kontoret|i r[äa]tten)|jag har semester|"
    r"i(?: am|'m| will be) (?:currently )?(?:out of (?:the )?office|away|on (?:annual )?leave|"
    r"on (?:vacation|holiday|parental leave|sick leave|a business trip|a course)|"
    r"not in the office|travell?ing|at a (?:conference|trade fair|training)|in court))"
)
_OOO_OPENING = re.compile(
    r"^\W*(?:(?:hei|hej|hello|hi|moi|terve|god dag|hyv[äa] vastaanottaja|dear \w+)[.!,]*\s*)?"
    r"(?:(?:kiitos viestist[äa]si|tack f[öo]r ditt (?:mejl|mail|meddelande|e-?post\w*)|"
    r"thank you for your (?:e-?mail|message)|thanks for your (?:e-?mail|message))[.!,]*\s*)?"
    + _OOO_STATE,
    re.IGNORECASE,
)
_OOO_ANYWHERE = re.compile(r"\b" + _OOO_STATE, re.IGNORECASE)


#: Notices that say of themselves that a machine sent them.
_AUTO_NOTICE = re.compile(
    r"t[äa]m[äa] (?:viesti|on automaattinen|ilmoitus) (?:on )?(?:l[äa]hetetty )?automaattisesti|"
    r"t[äa]m[äa] on automaattinen (?:viesti|ilmoitus|vastaus)|"
    r"[äa]l[äa] vastaa t[äa]h[äa]n viestiin|"
    r"detta (?:meddelande|mejl|e-?postmeddelande) (?:har skickats|skickas|[äa]r skickat) "
    r"automatiskt|svara inte p[åa] (?:detta|det h[äa]r) (?:meddelande|mejl|e-?post)|"
    r"this (?:message|e-?mail|notification) (?:was|has been|is) (?:sent |generated )?"
    r"automatically|(?:please )?do not reply to this (?:message|e-?mail)|"
    r"this is an? (?:automated|automatic|automatically generated) (?:message|reply|response|"
    r"notification|e-?mail|reminder|notice)|"
    r"detta [äa]r ett (?:automatiskt|automatgenererat) (?:svar|meddelande|mejl|utskick)|"
    r"t[äa]m[äa] on automaattisesti (?:l[äa]hetetty|luotu) (?:viesti|ilmoitus)",
    re.IGNORECASE,
)


def auto_notice_text(text: str) -> bool:
    """The text declares itself machine-sent ("Tämä viesti on lähetetty automaattisesti")."""
    return _AUTO_NOTICE.search(text[:20_000]) is not None


_OOO_DETAIL = re.compile(
    r"\bpalaan\b|takaisin|\basti\b|v[äa]litet[äa]|en lue|luen (?:s[äa]hk[öo]post|viest)|"
    r"kiireellisi|tavoitat\b|"
    r"tillbaka|\b[åa]ter\b|vidarebefordra|l[äa]ser inte|kommer inte att l[äa]sa|br[åa]dskande|"
    r"till och med|\bt\.?o\.?m\b|\b(?:fram )?till (?:den )?\d|"
    r"\bback (?:on|in)\b|\breturn(?:ing)? (?:on|to)\b|\buntil\b|will not be (?:read|forwarded)|"
    r"won't be (?:read|forwarded)|\burgent\b|limited access",
    re.IGNORECASE,
)


#: Subject verdicts drawn from words a person's topic may carry too: "Lomalla otetut
#: kuvat" (photos taken on holiday), "Out of office party photos", "På semester".
#: ("Automatic reply" names nothing else: that verdict always stands.)
_SUBJECT_WORDING = ("subject:out-of-office",)
#: What an auto-reply says besides being away: it thanks for the message it answers
#: and promises an answer ("Thank you for your email. I will reply as soon as possible").
_AUTO_REPLY_SAYS = re.compile(
    r"\b(?:kiitos viestist[äa]si|tack f[öo]r ditt (?:mejl|mail|meddelande|e-?post\w*)|"
    r"thank(?:s| you) for your (?:e-?mail|message)|"
    r"mahdollisimman pian|s[åa] snart som m[öo]jligt|as soon as possible)",
    re.IGNORECASE,
)
#: Under such a subject, a text of at least this many words is read before the verdict
#: stands (an auto-reply's text may be a line; a person's letter is longer).
_LETTER_WORDS = 6


def subject_verdict_stands(reason: str, own_text: str) -> bool:
    """Whether an automated verdict stands in front of the text the sender wrote.

    Only a subject verdict from an away word can fall: it stands when the text is short
    or says what an away notice says (the writer is away, a return date, "not
    forwarded", thanks for the message, "this is an automatic reply"); a letter with
    none of that under "Lomalla otetut kuvat" is a person's, and is read like any other
    mail (an out-of-office subject reads as a machine's only by that one word)."""
    if not reason.startswith(_SUBJECT_WORDING):
        return True
    text = own_text.strip()[:MAX_TEXT_SCAN]
    if len(text.split()) < _LETTER_WORDS:
        return True
    return bool(
        _OOO_ANYWHERE.search(text)
        or _OOO_DETAIL.search(text)
        or _AUTO_REPLY_SAYS.search(text)
        or auto_notice_text(text)
        or reads_as_auto_reply(text)
    )


def out_of_office_text(new_text: str) -> bool:
    """A short text that opens like an out-of-office notice ("Olen poissa toimistolta
    17.3. asti", "I am out of the office"). Some auto-replies carry no header that
    says so. The pipeline still reads such a message as a request when it is one."""
    text = new_text.strip()
    return bool(text) and len(text) < 800 and _OOO_OPENING.match(text) is not None


def attachment_files(raw: bytes, max_total: int = 20_000_000) -> list[tuple[str, str, bytes]]:
    """(filename, content type, bytes) of a message's attachments, for forwarding.

    Never raises; stops adding files once ``max_total`` bytes are reached."""
    notes = _Notes()
    try:
        msg = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(raw)
    except Exception:  # noqa: BLE001 - unreadable mail has nothing to forward
        return []
    files: list[tuple[str, str, bytes]] = []
    total = 0
    for part in _walk(msg, notes):
        ctype = content_type(part)
        filename = _filename(part, notes)
        if ctype.startswith("multipart/") or (
            ctype in ("text/plain", "text/html")
            and _disposition(part) != "attachment"
            and not filename
        ):
            continue
        data = _payload_bytes(part, notes)
        if total + len(data) > max_total:
            break
        total += len(data)
        files.append((filename or f"attachment-{len(files) + 1}", ctype, data))
    return files


# ---------------------------------------------------------------------------
# The message


def _split_headers(raw: bytes) -> bytes:
    match = _HEADER_END_RE.search(raw, 0, MAX_HEADER_BYTES)
    end = match.end() if match else min(len(raw), MAX_HEADER_BYTES)
    return raw[:end]


def _parse(raw: bytes, notes: _Notes) -> email.message.Message:
    parser = email.parser.BytesParser(policy=email.policy.compat32)
    try:
        fast = _parse_single_part(parser, raw) if len(raw) > FAST_PARSE_BYTES else None
        return fast if fast is not None else parser.parsebytes(raw)
    except (ValueError, TypeError, IndexError, RecursionError, email.errors.MessageError):
        notes.add("unparseable")
        try:
            return parser.parsebytes(_split_headers(raw), headersonly=True)
        except (ValueError, TypeError, IndexError, RecursionError, email.errors.MessageError):
            return email.message.Message()


def _parse_single_part(
    parser: email.parser.BytesParser, raw: bytes
) -> email.message.Message | None:
    """A big message that is not multipart: its headers parsed, its body taken as it is.

    The email package reads a body line by line (seconds for 20 MB of short lines);
    a single-part body needs no reading at all. The payload is what the parser
    would have stored. None: multipart (or no header end found), parse it whole."""
    match = _HEADER_END_RE.search(raw, 0, MAX_HEADER_BYTES)
    if match is None:
        return None
    msg = parser.parsebytes(raw[: match.end()], headersonly=True)
    if msg.is_multipart() or content_type(msg).startswith(("multipart/", "message/")):
        return None
    msg.set_payload(raw[match.end() :].decode("ascii", "surrogateescape"))
    return msg


def parse_message(
    raw: bytes,
    *,
    received_at: datetime | None = None,
    own_addresses: Sequence[str] = (),
    own_domains: Sequence[str] = (),
    max_message_bytes: int = 25_000_000,
) -> InboundMessage:
    """Read one message. Never raises; problems become ``flags``."""
    raw = bytes(raw) if not isinstance(raw, bytes) else raw
    notes = _Notes()
    content_hash = hashlib.sha256(raw).hexdigest()
    try:
        return _parse_message(
            raw, notes, received_at, own_addresses, own_domains, max_message_bytes, content_hash
        )
    except Exception as exc:  # noqa: BLE001 - recorded as flags; the message is kept
        notes.add("unparseable")
        notes.add("intake_error:" + type(exc).__name__)
        return InboundMessage(
            message_id="<missing-" + content_hash[:16] + "@requestbot.invalid>",
            from_addr="",
            received_at=received_at,
            full_text=_last_resort_text(raw),
            flags=tuple(notes.flags),
            size=len(raw),
            content_hash=content_hash,
        )


def _last_resort_text(raw: bytes) -> str:
    text, _ = decode_bytes(raw[:MAX_HEADER_BYTES], None)
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def _parse_message(
    raw: bytes,
    notes: _Notes,
    received_at: datetime | None,
    own_addresses: Sequence[str],
    own_domains: Sequence[str],
    max_message_bytes: int,
    content_hash: str,
) -> InboundMessage:
    oversize = len(raw) > max_message_bytes
    if oversize:
        notes.add("oversize")
        msg = _parse(_split_headers(raw), notes)
    else:
        msg = _parse(raw, notes)
    if not any(True for _ in msg.raw_items()):
        notes.add("unparseable")  # not a single header could be read

    senders = _addresses(msg, "From", notes)
    from_name, from_addr = senders[0] if senders else ("", "")
    if not senders:
        notes.add("no_sender")
    reply_to_pairs = _addresses(msg, "Reply-To", notes)
    subject = _header(msg, "Subject", notes) or ""
    in_reply_to = _message_ids(_header(msg, "In-Reply-To", notes), keep=1_000_000)
    references = _message_ids(" ".join(_raw_header_all(msg, "References")))
    # Raw: encoded words in an Authentication-Results value are the sender's data.
    auth_results = tuple(_raw_header_all(msg, "Authentication-Results")[:MAX_AUTH_HEADERS])
    auth_as = _raw_header_all(msg, "X-MS-Exchange-Organization-AuthAs")[:1]
    auth_source = _raw_header_all(msg, "X-MS-Exchange-Organization-AuthSource")[:1]

    full_text = ""
    new_source = None
    attachments: list[Attachment] = []
    if not oversize:
        plains, htmls, attachments = _body(msg, notes)
        if any(p.strip() for p in plains):
            full_text = "\n\n".join(p.strip("\n") for p in plains if p.strip())
        elif htmls:
            full_text = "\n\n".join(html_to_text(h) for h in htmls).strip()
            new_source = "\n\n".join(html_to_text(strip_html_quotes(h)) for h in htmls)
            notes.add("html_only")
        if not full_text.strip():
            notes.add("no_text")
    if _defects(msg):
        notes.add("mime_defects")

    source = full_text if new_source is None else new_source
    if len(source) > MAX_TEXT_SCAN:
        notes.add("long_text")  # only the start is read as what the sender wrote
        source = source[:MAX_TEXT_SCAN]
    # What the sender wrote themselves: for a bare forward (nothing above the forwarded
    # mail but a phone signature) nothing. The forwarded notice's "do not reply" or
    # out-of-office lines are not the sender's, though new_text falls back to them.
    own_text = strip_quotes(source, whole_if_empty=False)
    new_text = own_text or strip_quotes(source)
    reason = automated_reason(msg, own_addresses=own_addresses, own_domains=own_domains)
    if reason is not None and not subject_verdict_stands(reason, own_text):
        reason = None
    if reason is None and out_of_office_text(own_text):
        # With a return date or "not forwarded" it is a notice; the bare opening
        # alone could be a person ("I'm on holiday, but please delete ...").
        firm = _OOO_DETAIL.search(own_text) is not None
        reason = "body:out-of-office" if firm else "body:maybe-out-of-office"
    if reason is None and auto_notice_text(own_text):
        reason = "body:auto-notice"
    if reason is None:
        reason = content_reason(
            msg, subject=subject, new_text=new_text, html_only="html_only" in notes.flags
        )
    return InboundMessage(
        message_id=_message_id(msg, raw, notes),
        from_addr=from_addr,
        from_name=from_name,
        reply_to=reply_to_pairs[0][1] if reply_to_pairs else None,
        to=tuple(addr for _, addr in _addresses(msg, "To", notes)),
        cc=tuple(addr for _, addr in _addresses(msg, "Cc", notes)),
        subject=subject,
        date=_date(_header(msg, "Date", notes), notes),
        received_at=received_at,
        in_reply_to=in_reply_to[0] if in_reply_to else None,
        references=tuple(references),
        new_text=new_text,
        full_text=full_text,
        attachments=tuple(attachments),
        auth_results=auth_results,
        exchange_auth_as=auth_as[0][:200] if auth_as else "",
        exchange_auth_source=auth_source[0][:200] if auth_source else "",
        automated=reason is not None,
        automated_reason=reason,
        flags=tuple(notes.flags),
        size=len(raw),
        content_hash=content_hash,
    )


def _defects(msg: email.message.Message) -> bool:
    return bool(getattr(msg, "defects", None))
