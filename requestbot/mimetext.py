"""Turning the bytes and raw header strings of a message into text, never raising.

Shared by ``intake`` (building an InboundMessage) and ``automated`` (reading
headers of a parsed ``email.message.Message``). Every function here is pure
and total: bad input gives degraded text, and a ``fallback`` result tells the
caller to flag the message, instead of an exception.
"""

from __future__ import annotations

import binascii
import codecs
import email.errors
import email.header
import email.message
import email.utils
import re

#: Decoding order after the declared charset has failed.
FALLBACK_CHARSETS: tuple[str, ...] = ("utf-8", "windows-1252")

#: Charset names that say "we don't know" rather than naming an encoding.
_UNKNOWN_CHARSETS = frozenset(
    {"", "unknown-8bit", "x-unknown", "unknown", "x-user-defined", "8bit"}
)

#: Single-byte Western charsets often declared for text that is really UTF-8.
_WESTERN_SINGLE_BYTE = frozenset({"ascii", "iso8859-1", "iso8859-15", "cp1252"})

_FOLD_RE = re.compile(r"\r\n|\r|\n")
_WS_RE = re.compile(r"\s+")
_NON_ASCII_RE = re.compile(rb"[\x80-\xff]")


def codec_name(charset: str | None) -> str | None:
    """Return Python's codec name for a MIME charset label, or None if unusable.

    Only text encodings count: labels such as "base64" or "zlib" name
    bytes-to-bytes codecs and are refused.
    """
    if not charset:
        return None
    label = charset.strip().strip("\"'").lower()
    label = label.split("*", 1)[0]  # RFC 2231 language suffix: utf-8*fi
    if label in _UNKNOWN_CHARSETS:
        return None
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True):
        return None
    return info.name


def decode_bytes(data: bytes, charset: str | None) -> tuple[str, bool]:
    """Decode ``data`` declared as ``charset``; return (text, fallback_used).

    Order: declared charset -> utf-8 -> windows-1252 -> latin-1 with
    replacement. ISO-8859-1 and US-ASCII are read as Windows-1252 (as browsers
    do), and a Western single-byte label on bytes that are valid UTF-8 with
    non-ASCII characters is taken to be a lie: UTF-8 wins.
    """
    declared = codec_name(charset)
    if declared is None and not _NON_ASCII_RE.search(data):
        return data.decode("ascii", errors="replace"), False
    if declared in _WESTERN_SINGLE_BYTE and _NON_ASCII_RE.search(data):
        try:
            return data.decode("utf-8"), True
        except UnicodeDecodeError:
            if declared in ("ascii", "iso8859-1"):
                # Read as browsers do; ISO-8859-1 is never "wrong", so it stays no fallback.
                fallback_free = declared == "iso8859-1"
                try:
                    return data.decode("cp1252"), not fallback_free
                except UnicodeDecodeError:
                    return data.decode("latin-1"), not fallback_free
    candidates = ([declared] if declared else []) + [c for c in FALLBACK_CHARSETS if c != declared]
    for index, name in enumerate(candidates):
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        # Anything but the declared charset (US-ASCII when none) is a fallback.
        return text, index > 0 or declared is None
    return data.decode("latin-1", errors="replace"), True


def unfold(value: str) -> str:
    """Unfold a header value and collapse whitespace; CR and LF never remain."""
    return _WS_RE.sub(" ", _FOLD_RE.sub(" ", value)).strip()


def raw_header_str(value: object) -> tuple[str, bool]:
    """Return a raw header value as real text; (text, fallback_used).

    Parsers keep undecodable 8-bit header bytes as surrogate escapes (or as
    ``email.header.Header`` objects under compat32); both are turned back into
    bytes and decoded with the charset fallbacks (raw UTF-8 headers, RFC 6532,
    decode cleanly).
    """
    if isinstance(value, email.header.Header):
        try:
            parts = [
                decode_bytes(chunk, cs) if isinstance(chunk, bytes) else (chunk, False)
                for chunk, cs in email.header.decode_header(value)
            ]
            return "".join(text for text, _ in parts), any(fb for _, fb in parts)
        except (email.errors.HeaderParseError, ValueError, TypeError, LookupError):
            value = str(value)
    text = value if isinstance(value, str) else str(value)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raw = text.encode("utf-8", errors="surrogateescape")
        return decode_bytes(raw, "utf-8")
    return text, False


def decode_words(value: str) -> tuple[str, bool]:
    """Decode RFC 2047 encoded words in an (unfolded) header value."""
    if "=?" not in value:
        return value, False
    try:
        chunks = email.header.decode_header(value)
    except (email.errors.HeaderParseError, ValueError, binascii.Error, LookupError):
        return value, True
    out: list[str] = []
    fallback = False
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            out.append(chunk)
        elif charset is None:
            # decode_header returns undecoded runs as raw-unicode-escape bytes.
            out.append(chunk.decode("raw-unicode-escape", errors="replace"))
        else:
            text, used = decode_bytes(chunk, charset)
            fallback = fallback or used
            out.append(text)
    return "".join(out), fallback


#: Characters of one header value that are decoded into text (a Subject, a display
#: name); the rest is dropped. Bounds the work on a header made of 100,000 encoded words.
MAX_HEADER_TEXT = 16_000


def header_text(value: object) -> tuple[str, bool]:
    """Raw header value -> decoded, unfolded, single-line text; (text, fallback).

    Only the first MAX_HEADER_TEXT characters are read."""
    text, fb1 = raw_header_str(value)
    decoded, fb2 = decode_words(unfold(text[: 4 * MAX_HEADER_TEXT])[:MAX_HEADER_TEXT])
    return unfold(decoded.replace("\x00", "")), fb1 or fb2


def raw_headers(msg: email.message.Message, name: str) -> list[object]:
    """All raw values of header ``name`` (case-insensitive), never raising.

    Uses ``raw_items()`` so no policy header parsing (which can raise on
    malformed values) is involved.
    """
    wanted = name.lower()
    try:
        return [value for key, value in msg.raw_items() if str(key).lower() == wanted]
    except (AttributeError, TypeError, ValueError):
        return []


def header_texts(msg: email.message.Message, name: str) -> list[str]:
    """All values of header ``name`` as decoded single-line text."""
    return [header_text(value)[0] for value in raw_headers(msg, name)]


def first_header(msg: email.message.Message, name: str) -> str | None:
    """The first value of header ``name`` as decoded text, or None if absent."""
    values = raw_headers(msg, name)
    return header_text(values[0])[0] if values else None


def content_type(msg: email.message.Message) -> str:
    """Lower-case ``maintype/subtype`` of a part, 'text/plain' when unreadable."""
    try:
        return msg.get_content_type()
    except (
        AttributeError,
        TypeError,
        ValueError,
        IndexError,
        LookupError,
        email.errors.MessageError,
    ):
        return "text/plain"
