"""Quote and signature stripping: what did the sender write in *this* message? Pure.

``strip_quotes`` cuts a plain-text body at the first sign of an earlier
message and then drops a trailing signature:

* reply headers: "On <date> <name> wrote:" (also wrapped over 2-3 lines),
  "<name> kirjoitti <date>:", "<date> <name> kirjoitti:", "Den <date> skrev
  <name>:", and the same shape in German, French, Spanish, Italian, Dutch,
  Portuguese, Danish/Norwegian, Polish, Russian, Ukrainian, Chinese;
* Outlook header blocks: "From:/Sent:", "Lähettäjä:/Lähetetty:",
  "Från:/Skickat:", "Von:/Gesendet:", ... (two header lines within four);
* separators: "-----Original Message-----", "-----Alkuperäinen viesti-----",
  "-----Ursprungligt meddelande-----", "---------- Forwarded message ----------",
  an underscore rule followed by a header block;
* a trailing block of ">" lines (inline quotes followed by new text stay);
* signatures: a "-- " line, "Sent from my iPhone", "Lähetetty iPhonesta",
  "Skickat från min iPhone", "Hanki Outlook for Android", ...

``strip_html_quotes`` removes the quoted part of an HTML body (Gmail,
Outlook, Thunderbird, Apple Mail, Yahoo markers) before it is made text.
"""

from __future__ import annotations

import re

#: Verbs that end a "<someone> wrote:" reply header, by language.
_WROTE_VERBS = (
    r"wrote|writes|kirjoitti|skrev|schrieb|a\s+écrit|a\s+ecrit|escribió|escribio|"
    r"ha\s+scritto|schreef|escreveu|napisał(?:\(a\))?|napisała|написал(?:\(а\)|а)?|"
    r"написав|пишет|пише|写道|寫道|napsal(?:\(a\))?|írta|yazdı"
)
_WROTE_RE = re.compile(
    rf"^[>\s]*(?P<head>.{{0,300}}?)(?:\b|\s)(?:{_WROTE_VERBS})(?P<tail>(?:[^:：\n]|(?<=\d)[:.](?=\d)){{0,120}})(?:[:：]|\s*-{{2,}})\s*$",
    re.IGNORECASE,
)
_WROTE_BARE_RE = re.compile(r"^[>\s]*(?P<head>on\s.{5,300})\swrote\s*$", re.IGNORECASE)
#: The "On ... wrote" family must start with one of these words (or a date).
_ON_START_RE = re.compile(
    r"^[>\s]*(?:on|den|am|le|el|il|op|em|dnia|dne|в|у|\d|\w{1,3}\s+\d|"
    r"(?:ma|ti|ke|to|pe|la|su|mån|tis|ons|tor|fre|lör|sön)\w*\.?\s+\d)",
    re.IGNORECASE,
)

#: "<date>, <name> <address>:" headers without a verb (Gmail in some locales, Yandex, mail.ru).
_ADDRESS_HEADER_RE = re.compile(r"^[>\s]*(?=.*\d)(?=.*@).{0,250}(?:>|@\S+)\s*[:：]\s*$")
_DASHED_LABEL_RE = re.compile(r"^[>\s]*-{3,}\s*[^\W\d_][\w' ]{2,40}\s*-{3,}\s*$")

_HEADER_NAMES_FROM = r"from|från|fra|lähettäjä|von|de|da|van|od|от|kimden|发件人|寄件者|expéditeur|remitente|afzender"
_HEADER_NAMES_OTHER = (
    r"sent|date|to|cc|subject|skickat|datum|till|ämne|kopia|lähetetty|päivämäärä|"
    r"vastaanottaja|aihe|kopio|gesendet|an|betreff|envoyé|envoye|à|a|objet|enviado|"
    r"para|asunto|fecha|inviato|oggetto|data|verzonden|aan|onderwerp|sendt|emne|til|"
    r"wysłano|do|temat|отправлено|кому|тема|дата|发送时间|收件人|主题|organization"
)
_FROM_LINE_RE = re.compile(rf"^[>\s]*\*?(?:{_HEADER_NAMES_FROM})\s*\*?\s*[:：]", re.IGNORECASE)
_OTHER_LINE_RE = re.compile(rf"^[>\s]*\*?(?:{_HEADER_NAMES_OTHER})\s*\*?\s*[:：]", re.IGNORECASE)

_SEPARATOR_RE = re.compile(
    r"^[>\s]*[-_=*\s]{2,}\s*(?:original message|alkuperäinen viesti|ursprungligt meddelande|"
    r"ursprüngliche nachricht|message d'origine|messaggio originale|mensaje original|"
    r"oorspronkelijk bericht|opprinnelig melding|oprindelig meddelelse|originalnachricht|"
    r"forwarded message|välitetty viesti|vidarebefordrat meddelande|"
    r"weitergeleitete nachricht|message transféré|mensagem original|"
    r"исходное сообщение|пересылаемое сообщение|原始邮件)\s*[-_=*\s]{2,}$",
    re.IGNORECASE,
)
_BEGIN_FORWARD_RE = re.compile(
    r"^[>\s]*(?:begin forwarded message|välitetty viesti alkaa|början på vidarebefordrat "
    r"meddelande|anfang der weitergeleiteten nachricht)\s*:\s*$",
    re.IGNORECASE,
)
_RULE_RE = re.compile(r"^\s*(?:_{10,}|-{10,}|={10,})\s*$")

_SIGNATURE_LINE_RE = re.compile(r"^(?:--|--\s|__|_{20,})\s*$|^\s*[\u1427\u200b]+\s*$")
_MOBILE_RE = re.compile(
    r"^\s*(?:sent from my [\w\s.-]{1,40}|sent from [\w.-]{2,30}|sent from (?:mail|outlook|yahoo|windows)\b.{0,60}|"
    r"sent via .{0,40}|sent with .{0,40}|get outlook for \w+.{0,30}|"
    r"lähetetty (?:iphonesta|ipadista|android-?puhelimesta|.{0,20}(?:mobiilista|puhelimesta))\.?|"
    r"lähetetty .{0,30}sähköpostista|hanki outlook for \w+.{0,20}|"
    r"skickat från min \w+.{0,30}|skickades från min \w+.{0,30}|hämta outlook för \w+.{0,20}|"
    r"von meinem \w+.{0,30} gesendet|gesendet von meinem .{0,40}|"
    r"envoyé (?:de|depuis|à partir de) .{0,60}|gesendet von .{0,60}|enviado desde mi .{0,40}|inviato da .{0,40}|"
    r"verzonden vanaf mijn .{0,40}|sendt fra min .{0,40}|wysłano z .{0,40}|"
    r"отправлено с .{0,40})\s*(?:<[^<>\s]+>)?\s*$",
    re.IGNORECASE,
)


def _wrote_header_at(lines: list[str], index: int) -> int:
    """Number of lines (1-3) of a reply header starting at ``index``, or 0."""
    if not lines[index].strip():
        return 0
    for count in (1, 2, 3):
        chunk = lines[index : index + count]
        if len(chunk) < count or any(not line.strip() for line in chunk):
            return 0
        joined = " ".join(line.strip() for line in chunk)
        if len(joined) > 400:
            return 0
        dated = bool(_ON_START_RE.match(joined))
        if count > 1 and index > 0 and lines[index - 1].strip() and not dated:
            # A wrapped header starts a paragraph; don't glue it to prose above.
            return 0
        if not any(ch.isdigit() or ch == "@" for ch in joined):
            continue
        match = _WROTE_RE.match(joined) or (_WROTE_BARE_RE.match(joined) if dated else None)
        if (match and (dated or _looks_like_sender(match.group("head")))) or (
            _ADDRESS_HEADER_RE.match(joined)
        ):
            if count > 1 and not dated and _wrote_header_at(lines, index + 1) == count - 1:
                return 0  # the header starts on a later line: leave this one as text
            return count
    return 0


def _looks_like_sender(head: str) -> bool:
    """'<name> kirjoitti <date>:' style: the part before the verb is a name or address."""
    head = head.strip()
    if not head or head.endswith((".", "!", "?")):
        return False
    return "@" in head or any(ch.isdigit() for ch in head) or len(head.split()) <= 5


def _header_block_at(lines: list[str], index: int) -> bool:
    """An Outlook-style header block ("From: ..." + another header within 4 lines)."""
    if not _FROM_LINE_RE.match(lines[index]):
        # Some clients put Sent/Date first, From second.
        if not _OTHER_LINE_RE.match(lines[index]):
            return False
        window = lines[index + 1 : index + 4]
        return (
            any(_FROM_LINE_RE.match(line) for line in window)
            and sum(1 for line in window if _OTHER_LINE_RE.match(line) or _FROM_LINE_RE.match(line))
            >= 2
        )
    window = lines[index + 1 : index + 6]
    return any(_OTHER_LINE_RE.match(line) for line in window)


def _quote_start(lines: list[str]) -> tuple[int, int] | None:
    """(index, header line count) of the first quoted material, or None."""
    for index, line in enumerate(lines):
        if (
            _SEPARATOR_RE.match(line)
            or _BEGIN_FORWARD_RE.match(line)
            or _DASHED_LABEL_RE.match(line)
        ):
            return index, 1 + _header_lines(lines, index + 1)
        if _RULE_RE.match(line) and index + 1 < len(lines):
            following = next((ln for ln in lines[index + 1 : index + 3] if ln.strip()), "")
            if following and (_FROM_LINE_RE.match(following) or _OTHER_LINE_RE.match(following)):
                return index, 1 + _header_lines(lines, index + 1)
        if _header_block_at(lines, index):
            return index, _header_lines(lines, index)
        count = _wrote_header_at(lines, index)
        if count:
            return index, count
    return None


def _header_lines(lines: list[str], index: int) -> int:
    """Length of a header block (up to the first blank line) starting at ``index``."""
    count = 0
    while index + count < len(lines) and lines[index + count].strip():
        count += 1
    return count


def _is_quoted(line: str) -> bool:
    return line.lstrip().startswith(">")


def _drop_trailing_quote_block(lines: list[str]) -> list[str]:
    """Remove a final run of '>' lines (and the blank lines around it)."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start = end
    while start and (_is_quoted(lines[start - 1]) or not lines[start - 1].strip()):
        start -= 1
    if start < end and any(_is_quoted(line) for line in lines[start:end]):
        return lines[:start]
    return lines[:end]


def _drop_signature(lines: list[str]) -> list[str]:
    for index, line in enumerate(lines):
        if index == 0:
            continue
        if _SIGNATURE_LINE_RE.match(line) or _MOBILE_RE.match(line):
            return lines[:index]
    if lines and _MOBILE_RE.match(lines[0]):
        return []
    return lines


def strip_quotes(text: str, *, keep_signature: bool = False, whole_if_empty: bool = True) -> str:
    """The new text of a reply: quoted earlier messages and signature removed.

    ``keep_signature=True`` keeps signatures ("-- " blocks, "Sent from my
    iPhone") and removes only quoted material. When nothing new is left (a bare
    forward), the whole text is returned, or "" with ``whole_if_empty=False``.
    """
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    lines = text.split("\n")
    found = _quote_start(lines)
    if found is not None:
        cut, header = found
        before = lines[:cut]
        if any(line.strip() and not _is_quoted(line) for line in before):
            lines = before
        else:
            # Bottom-posting or a bare forward: header and quote first, the new text below.
            rest = [line for line in lines[cut + header :] if not _is_quoted(line)]
            again = _quote_start(rest)
            lines = rest if again is None else rest[: again[0]]
    lines = _drop_trailing_quote_block(lines)
    if not keep_signature:
        lines = _drop_signature(lines)
    result = "\n".join(lines).strip()
    if not result and whole_if_empty:
        # Nothing new could be found: better the whole text than nothing.
        return text.strip()
    return result


# ---------------------------------------------------------------------------
# HTML

_HTML_QUOTE_XPATH = (
    "//blockquote[@type='cite']",
    "//div[contains(concat(' ', normalize-space(@class), ' '), ' gmail_quote ')]",
    "//div[contains(concat(' ', normalize-space(@class), ' '), ' gmail_extra ')]",
    "//div[contains(concat(' ', normalize-space(@class), ' '), ' yahoo_quoted ')]",
    "//div[contains(concat(' ', normalize-space(@class), ' '), ' moz-cite-prefix ')]",
    "//blockquote[contains(@class, 'gmail_quote')]",
    "//*[@id='OLK_SRC_BODY_SECTION']",
    "//*[@id='divRplyFwdMsg']",
    "//*[@id='appendonsend']",
    "//*[@id='stopSpelling']",
    "//hr[@id='stopSpelling']",
)


def strip_html_quotes(html_source: str) -> str:
    """Remove quoted blocks from an HTML body (and everything after the first marker)."""
    if not html_source or not html_source.strip():
        return html_source
    import lxml.etree  # here: ~7 MB the daemon needs only once HTML mail comes
    import lxml.html

    try:
        doc = lxml.html.document_fromstring(html_source.replace("\x00", ""))
    except (ValueError, TypeError, LookupError, lxml.etree.ParserError) as exc:
        del exc
        return html_source
    found = False
    for xpath in _HTML_QUOTE_XPATH:
        for node in doc.xpath(xpath):
            _remove_from(node)
            found = True
    if not found:
        return html_source
    return str(lxml.html.tostring(doc, encoding="unicode"))


def _remove_from(node: object) -> None:
    """Remove ``node`` and all that follows it in document order."""
    current = node
    while current is not None and getattr(current, "getparent", None) is not None:
        parent = current.getparent()  # type: ignore[attr-defined]
        if parent is None:
            break
        for sibling in list(current.itersiblings()):  # type: ignore[attr-defined]
            parent.remove(sibling)
        current = parent
    if node.getparent() is not None:  # type: ignore[attr-defined]
        tail_keeper = node.getparent()  # type: ignore[attr-defined]
        tail_keeper.remove(node)
