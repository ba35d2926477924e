"""Text that came from outside, made safe for the place it goes to. Pure functions.

- ``display_name``: a sender's display name fit to greet them with and to put
  into a To header (short, one line, no address, link, domain or phone number), else "".
- ``quote_lines``: customer text for staff mail, every line starting "> ", so no
  line of it can be read as a staff #command.
- ``cap_text``: a long text cut for a notification (the whole stays in the store).
- ``printable``: terminal escape sequences and other control characters made
  visible, for the terminal and the log.
- ``csv_cell``: a spreadsheet cell that cannot start a formula.
"""

from __future__ import annotations

import re
import unicodedata

#: Longest display name used in a letter or a To header.
MAX_NAME_CHARS = 64

#: A name carrying a link, an address, a domain-like token ("evil.example/login") or a
#: run of digits (a phone number) is not a name to greet with: it is text an attacker
#: wants a letter signed by us to carry.
_LINKISH = re.compile(
    r"@|/|://|\bwww\.|\.(?:com|net|org|info|io|ru|cn|xyz|top|link)\b"
    r"|[^\W_]\.[^\W\d_]{2,}\b|\d{3,}|\d[\s().-]+\d[\s().-]*\d",
    re.I,
)
_NAME_DROP = re.compile(r'["<>()\[\]\\,;:]')
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def _no_controls(text: str) -> str:
    """Control and format characters (C0/C1, bidi overrides, zero-width) become spaces."""
    return "".join(" " if unicodedata.category(ch) in ("Cc", "Cf") else ch for ch in text)


def display_name(name: str, limit: int = MAX_NAME_CHARS) -> str:
    """A display name to greet with, or "" when it is too long or carries an address, a
    link, a domain-like token or a run of digits."""
    text = " ".join(_no_controls(name or "").split())
    if _LINKISH.search(text):  # before the punctuation goes: "http://x" is no "http //x"
        return ""
    text = _NAME_DROP.sub(" ", text)
    text = " ".join(text.split()).strip(" '.-#")
    if not text or len(text) > limit or _LINKISH.search(text):
        return ""
    return text


def quote_lines(text: str) -> str:
    """Every line prefixed with "> " (an empty line with ">")."""
    return "\n".join(("> " + line) if line.strip() else ">" for line in text.split("\n"))


def cap_text(text: str, limit: int) -> tuple[str, bool]:
    """(text cut at ``limit`` characters on a line end if one is near, was it cut)."""
    if len(text) <= limit:
        return text, False
    cut = text.rfind("\n", limit - 2000, limit)
    return text[: cut if cut > 0 else limit], True


def printable(text: str) -> str:
    """ESC, BEL, CR and other control characters shown as \\x.. escapes (tab/LF kept)."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def csv_cell(value: str) -> str:
    """A cell a spreadsheet shows as text: a leading = + - @ (formula) gets a quote."""
    return "'" + value if value.startswith(_FORMULA_START) else value
