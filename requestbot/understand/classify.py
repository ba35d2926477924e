"""Named rules → kinds + language + evidence (the project's issue "Understand requests").

People never write "I invoke Article 17"; they write "poistakaa mun tiedot",
"radera allt ni har om min dotter" or "stop sending me your ads". The rules in
``requestbot.understand.rules`` recognise such everyday wording in Finnish, Swedish and
English on folded text (``requestbot.normalise``). This module runs them and
decides:

1. Every positive rule that matches adds evidence for its kind, keyed on the
   words that make it a request (the *key*, usually the object).
2. Every negative rule that matches (a near-miss such as "poistakaa
   tilaukseni", or a negation such as "radera inte") cancels the positive
   matches of the kinds it names **whose key it overlaps** (a negation: whose
   match it overlaps; a "but don't ..." negation: whose match lies in the part
   of its sentence up to it), and nothing else:
   a real request phrase elsewhere in the message survives.
3. Every surviving match is placed in its sentence (``segment``), and the
   sentence's role (``roles``: request, subject, list item, context,
   condition, not the writer's) says what the match is worth: the weights per
   kind, role and rule are learned from labelled texts (``calibration``,
   ``scripts/train_weights.py``). A kind is returned when its probability
   reaches the learned threshold.
4. ``needs_review`` is set when a kind's log-odds lie near the threshold (a
   margin chosen for a target rate of wrong and unflagged readings), or when
   an ambiguity rule fired and nothing was decided.

Rules of all three languages run on every message (people mix languages:
"Hei, unsubscribe pliis"); ``languages`` only restricts the language reported.
Mail that intake marked as automated (auto-replies, bounces, newsletters) is
never a request: its kinds are empty, its evidence is kept for staff.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from requestbot.automated import (
    HEURISTIC_AUTOMATED,
    LIKELY_MACHINE_FLAG,
    LIKELY_MACHINE_REASON,
    WORDING_VERDICTS,
    is_delivery_report,
)
from requestbot.model import Classification, Evidence, InboundMessage, Kind, sort_kinds
from requestbot.normalise import Folded, fold, strip_subject_prefixes
from requestbot.understand import calibration, lexical
from requestbot.understand import language as language_mod
from requestbot.understand import roles as roles_mod
from requestbot.understand import segment as segment_mod
from requestbot.understand.rules import CHILD_PATTERNS, RULES, Rule
from requestbot.understand.rules import frames as frames_mod
from requestbot.understand.rules.frame_tables import FRAME_SETS
from requestbot.understand.rules.gate import Gate, GateIndex, Presence, Scanner

#: How much of a message's new text is read.
MAX_TEXT = 20_000

#: Kinds with at least this probability are reported in ``confidence``.
MIN_REPORTED = 0.05
#: A reply's subject names the thread's earlier topic ("Re: Tietopyyntö"), not
#: necessarily what this message asks: rules matching there count this much.
REPLY_SUBJECT_FACTOR = 0.45
#: Characters of subject + text looked at (enough for any real request).
MAX_CHARS = 20_000

_POSITIVE = tuple(r for r in RULES if not r.negative and r.kind is not None)
_NEGATIVE = tuple(r for r in RULES if r.negative)
_REVIEW = tuple(r for r in RULES if r.is_review)
_REPLY_PREFIX = re.compile(r"\s*(?:re|vs|sv|aw|antw|vast|ynt)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)
_FORWARD_PREFIX = re.compile(r"\s*(?:fw|fwd|wg|vl|vb|tr|rv|enc)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)
_CHILD = re.compile(r"(?<!\w)(?:" + "|".join(CHILD_PATTERNS) + r")(?!\w)")
#: Signs that quoted or forwarded text (or a reply's subject) is one of our
#: mailings: then a short "take me off this" / "ei kiitos, ei näitä" refers to it.
_MARKETING_MAIL = re.compile(
    r"\w*uutiskir\w*|\w*uutiset|\w*tarjou(?:s|k)\w*|\w*kampanj\w*|\w*alennu\w*|peruuttaa tilauksen"
    r"|\w*nyhetsbrev\w*|\w*erbjudand\w*|avregistrera\w*|\w*rabatt\w*|(?<!\w)news(?!\w)|newsletter\w*"
    r"|unsubscribe\w*|(?<!\w)offers?(?!\w)|promotion\w*|(?<!\w)sale(?!\w)|\d+ ?%"
    # a mailing that says how to refuse it by a reply word ("ei jos et halua viestejä")
    r"|jos et halua (?:\w+ )?viest\w*|vastaa (?:ei|stop|lopeta)|reply (?:stop|no)|text stop"
    r"|svara (?:stopp|stop|nej)"
    # a campaign's call and season ("varaa nyt!", "Boka nu", "Uutta:", "lahjaksi")
    r"|(?:varaa|tilaa|osta|boka|bestall|kop|book|order|shop) (?:nyt|nu|now|heti)\b"
    r"|(?:^|\n)(?:re: ?|sv: ?|vs: ?|aw: ?)*(?:uutta|nytt|new|uutuus|nyhet)\b ?:"
    r"|\w*lahjaksi\b|\w*lahja(?:ideat|vinkit)\b|\bpresenttips\b|\bgift ideas?\b"
    r"|(?:muista|kom ihag|don'?t forget) (?:\w+ )?\w*(?:paiva|dag|day)",
)


#: The negative rule for a request a complaint recounts (``nearmiss.recounted_in_complaint``
#: per language): what it explains away is not asked, and needs no human to say so.
_RECOUNTED = ".nearmiss.recounted_in_complaint"
#: Negative rules whose explanation leaves no doubt how much is asked: the recounted
#: request, and an access match in a sentence that sends data to move it elsewhere.
_EXPLAINED_FULLY = (_RECOUNTED, ".nearmiss.access_for_moving")


def _gate(rule: Rule) -> Gate:
    """What a positive rule needs to run: the requirements of its pattern, and its
    ``needs`` (a hand-written gate that may also stop a match)."""
    return (*rule.requires, rule.needs) if rule.needs else rule.requires


#: The rules whose gate holds in a message are found from the strings it holds,
#: looked for once per message in one pass (``gate.Presence``), shared with the frames.
_NEGATIVE_INDEX = GateIndex([r.requires for r in _NEGATIVE])
_POSITIVE_INDEX = GateIndex([_gate(r) for r in _POSITIVE])
_REVIEW_INDEX = GateIndex([r.requires for r in _REVIEW])
_SCANNER = Scanner(
    s
    for strings in (
        _NEGATIVE_INDEX.strings,
        _POSITIVE_INDEX.strings,
        _REVIEW_INDEX.strings,
        frames_mod.scanner(FRAME_SETS).strings,
    )
    for s in strings
)


@dataclass
class _Hit:
    rule: Rule
    start: int
    end: int
    key_start: int
    key_end: int
    weight: float
    cancelled_by: str = ""

    def span(self, which: str) -> tuple[int, int]:
        """The key span, or the whole match span for ``which`` "match" / "sentence"."""
        if which in ("match", "sentence"):
            return (self.start, self.end)
        return (self.key_start, self.key_end)


#: Why a rectification match was explained away by an erasure match around it.
ERASED_FIELD = "erased_field"


def _explain_erased_fields(hits: Sequence[_Hit]) -> None:
    """A detail named inside an erasure request is to be erased, not corrected:
    "remove my old mobile number", "poistakaa vanha sähköpostiosoitteeni", "my old
    e-mail address deleted". A rectification match whose key lies inside the match
    of a surviving erasure rule is explained away (a correction asked elsewhere in
    the message, "and correct my surname", keeps its own match)."""
    erasures = [
        (h.start, h.end) for h in hits if h.rule.kind is Kind.ERASURE and not h.cancelled_by
    ]
    if not erasures:
        return
    for h in hits:
        inside = any(s <= h.key_start and h.key_end <= e for s, e in erasures)
        if h.rule.kind is Kind.RECTIFICATION and not h.cancelled_by and inside:
            h.cancelled_by = ERASED_FIELD


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


#: A list item's number opens a unit of its own ("1) a copy … 2) my data for moving")
_LIST_MARK = re.compile(r"(?<!\w)\d{1,2}\)\s")


def _sentence_start(body: str, pos: int) -> int:
    """Index just after the sentence boundary (. ! ? ; a line break, or a list item's
    number) before ``pos``."""
    start = max(body.rfind(c, 0, pos) for c in ".!?;\n") + 1
    marks = [m.start() for m in _LIST_MARK.finditer(body, start, pos)]
    return marks[-1] if marks else start


def _explained_by(h: _Hit, negatives: Sequence[tuple[Rule, int, int]]) -> str:
    """The first negative rule that explains (cancels) this positive match, or ""."""
    for rule, ns, ne in negatives:
        if h.rule.kind in rule.cancels and _overlaps(h.span(rule.overlap), (ns, ne)):
            return rule.name
    return ""


def _later_match(regex: re.Pattern[str], body: str, m: re.Match[str]) -> re.Match[str] | None:
    """A match of ``regex`` that starts after ``m`` starts and ends by the time it ends.

    ``finditer`` reports leftmost matches only, so a negated verb can swallow a
    request phrase of the same rule that follows it. The caller checks the
    returned match against the negative rules again.
    """
    return regex.search(body, m.start() + 1, m.end())


def _key_span(m: re.Match[str]) -> tuple[int, int]:
    for group in ("key", "key2", "key3"):
        if group in m.re.groupindex and m.group(group) is not None:
            return m.span(group)
    return m.span()


def classify_text(
    subject: str,
    text: str,
    *,
    languages: Sequence[str] = ("fi", "sv", "en"),
    default_language: str = "fi",
) -> Classification:
    """Classify a subject and the new text of a message; see the module docstring."""
    return _classify(
        subject, text, languages, default_language, automated=False, context=_context(subject, "")
    )


def evidence_by_kind(msg: InboundMessage) -> dict[Kind, calibration.KindEvidence]:
    """What the rules found per kind and role in a message (the trainer's features)."""
    return reading_inputs(msg)[0]


def reading_inputs(
    msg: InboundMessage,
) -> tuple[dict[Kind, calibration.KindEvidence], calibration.Facts]:
    """What the rules found per kind and role, and what the review model reads
    of the message (the trainer's features)."""
    found: dict[Kind, calibration.KindEvidence] = {}
    facts: list[calibration.Facts] = []
    quoted = _quoted_part(msg)[:MAX_TEXT]
    _classify(
        msg.subject[:1000],
        _text_to_read(msg),
        ("fi", "sv", "en"),
        "fi",
        automated=False,
        context=_context(msg.subject[:1000], quoted),
        quoted=bool(quoted.strip()),
        found_out=found,
        facts_out=facts,
    )
    return found, facts[0]


def _context(subject: str, quoted: str) -> frozenset[str]:
    """Flags for the frames: ``quoted_marketing`` when this answers one of our mailings."""
    reply = bool(_REPLY_PREFIX.match(subject or "")) or bool(quoted.strip())
    if reply and _MARKETING_MAIL.search(fold(f"{subject}\n{quoted[:3000]}").text):
        return frozenset({"quoted_marketing"})
    return frozenset()


#: The writer's new text points at the quoted or forwarded message as what they
#: ask: a forward of someone's wish ("välitän tässä vanhemman toiveen", "jag
#: vidarebefordrar ett meddelande", "I'm forwarding"), or a reminder of their own
#: earlier request quoted below ("my request below", "alla olevan pyynnön",
#: "nedanstående begäran").
_POINTS_AT_QUOTE = re.compile(
    r"(?<!\w)(?:(?:i(?:'m| am)? |we(?:'re| are)? )?(?:forward|forwarding)(?! to)"
    r"|(?:request|message|e-?mail|letter|mail) below|below,? (?:sent|dated|from)"
    r"|valitan|valitamme|edelleenlahetan|edelleenlahetamme|laitan (?:\w+ )?eteenpain"
    r"|alla olev\w*|(?:viesti|pyynto|sahkoposti)\w* alla"
    r"|vidarebefordrar|nedanstaende|(?:begaran|meddelande|mejl|mail)\w* nedan)(?!\w)"
)
#: A quoted or forwarded message's own header lines and separators.
_QUOTE_FRAME = re.compile(
    r"\A(?:-{2,}.*-{2,}|(?:from|sent|to|subject|date|cc|lahettaja|lahetetty|vastaanottaja|aihe"
    r"|paivamaara|fran|skickat|till|amne|datum|päivämäärä|lähettäjä|lähetetty|från|ämne) ?:.*"
    r"|on .{0,120} wrote:|.{0,120} (?:kirjoitti|skrev):|begin forwarded message:?)\Z",
    re.IGNORECASE,
)


#: A forward whose note on top is this short passes the forwarded message on ("Min fru
#: vill detta", "Tytär pyysi, voitteko hoitaa?", "Please sort it out for him"): its
#: request is the request. A longer note is a letter of its own that carries a forward.
PASSED_ON_WORDS = 40
#: A forwarded message's separator (not a reply's "Original message").
_FORWARD_BLOCK = re.compile(
    r"forwarded message|valitetty viesti|vidarebefordrat meddelande|begin forwarded"
)


def _passes_on(msg: InboundMessage, folded_new: str, quoted: str) -> bool:
    """The mail forwards a message with no more than a short note of its own."""
    if len(folded_new.split()) > PASSED_ON_WORDS:
        return False
    return bool(_FORWARD_PREFIX.match(msg.subject or "")) or bool(
        _FORWARD_BLOCK.search(fold(quoted[:300]).text)
    )


def _text_to_read(msg: InboundMessage) -> str:
    """The writer's new text, followed by the quoted or forwarded message when the new
    text points at it as what is asked (``_POINTS_AT_QUOTE``), when the mail passes a
    forwarded message on with a short note (``_passes_on``), or when a reply's new
    text is a reminder (``roles.reminds``: the request it reminds of is the quoted
    one): then that message is read as the writer's own words (without its quote
    marks and header lines)."""
    new = msg.new_text[:MAX_TEXT]
    quoted = _quoted_part(msg)[:MAX_TEXT] if len(msg.full_text) > len(msg.new_text) else ""
    if not quoted.strip():
        return new
    folded_new = fold(new).text
    if (
        not _POINTS_AT_QUOTE.search(folded_new)
        and not (_REPLY_PREFIX.match(msg.subject or "") and roles_mod.reminds(folded_new))
        and not _passes_on(msg, folded_new, quoted)
    ):
        return new
    lines = []
    for line in quoted.splitlines():
        plain = line.lstrip("> ").rstrip()
        if not _QUOTE_FRAME.match(plain):
            lines.append(plain)
    return f"{new}\n\n" + "\n".join(lines).strip()


def _quoted_part(msg: InboundMessage) -> str:
    """What the full text holds besides the new text (quotes, forwarded mail)."""
    new = msg.new_text.strip()
    full = msg.full_text
    if not new:
        return full
    at = full.find(new)
    return full if at < 0 else full[:at] + full[at + len(new) :]


def _classify(
    subject: str,
    text: str,
    languages: Sequence[str],
    default_language: str,
    *,
    automated: bool,
    context: frozenset[str] = frozenset(),
    quoted: bool = False,
    model: calibration.Model | None = None,
    found_out: dict[Kind, calibration.KindEvidence] | None = None,
    facts_out: list[calibration.Facts] | None = None,
) -> Classification:
    stripped = strip_subject_prefixes(subject)
    is_reply = bool(_REPLY_PREFIX.match(subject or ""))
    combined = f"{stripped}\n\n{text}" if stripped else text
    folded = fold(combined[:MAX_CHARS])
    body = folded.text
    subject_end = len(fold(stripped).text) if stripped else 0
    if automated:
        # Never answered, so never a request: only its language is of use.
        return Classification(
            kinds=(),
            language=language_mod.detect(
                folded.original, languages, default_language, folded=folded.text, opening=text
            ),
            evidence=(Evidence("automated_mail", None, "", negative=True),),
        )

    evidence: list[Evidence] = []
    negatives: list[tuple[Rule, int, int]] = []
    present = Presence(body, _SCANNER)
    for i in _NEGATIVE_INDEX.open(present):
        rule = _NEGATIVE[i]
        for m in rule.regex.finditer(body):
            ns, ne = m.span()
            if rule.overlap == "sentence":
                ns = _sentence_start(body, ns)
            negatives.append((rule, ns, ne))
            evidence.append(Evidence(rule.name, None, folded.source(ns, ne), negative=True))
    frame_hits = frames_mod.find(FRAME_SETS, body, subject_end, context, present)
    for fh in frame_hits:
        if fh.frame.negative:
            ns, ne = fh.segment if fh.frame.scope == "segment" else (fh.start, fh.end)
            negatives.append((fh.frame.rule, ns, ne))
            evidence.append(
                Evidence(fh.frame.rule.name, None, folded.source(fh.start, fh.end), negative=True)
            )

    def hit(rule: Rule, m: re.Match[str]) -> _Hit:
        ks, ke = _key_span(m)
        weight = rule.weight
        if is_reply and m.start() < subject_end:
            weight *= REPLY_SUBJECT_FACTOR
        h = _Hit(rule, m.start(), m.end(), ks, ke, weight)
        h.cancelled_by = _explained_by(h, negatives)
        return h

    hits: list[_Hit] = []
    for i in _POSITIVE_INDEX.open(present):
        rule = _POSITIVE[i]
        for m in rule.regex.finditer(body):
            h = hit(rule, m)
            hits.append(h)
            # a cancelled match may hide a real phrase that starts inside it
            # ("älkää poistako tilausta, mutta poistakaa tietoni")
            inner: re.Match[str] | None = m
            while h.cancelled_by and inner is not None:
                inner = _later_match(rule.regex, body, inner)
                if inner is not None:
                    h = hit(rule, inner)
                    hits.append(h)
    for fh in frame_hits:
        if not fh.frame.negative:
            fweight = fh.frame.weight
            if is_reply and fh.start < subject_end:
                fweight *= REPLY_SUBJECT_FACTOR
            fhit = _Hit(fh.frame.rule, fh.start, fh.end, fh.key_start, fh.key_end, fweight)
            fhit.cancelled_by = _explained_by(fhit, negatives)
            hits.append(fhit)
    _explain_erased_fields(hits)
    language = language_mod.detect(
        folded.original, languages, default_language, folded=folded.text, opening=text
    )
    model = model or calibration.shipped_model()
    # the words are read only when the model weighs them, or for the trainer
    role_of, shape, words = _roles(
        folded, subject_end, language, words=bool(model.lexicon) or facts_out is not None
    )
    found: dict[Kind, calibration.KindEvidence] = {} if found_out is None else found_out
    for h in hits:
        kind = h.rule.kind
        assert kind is not None
        ev = found.setdefault(kind, calibration.KindEvidence(message=shape))
        if not h.cancelled_by and _unfolded_mismatch(h, folded):
            h.cancelled_by = "diacritics"
        if h.cancelled_by:
            # a match explained away leaves doubt how much is asked (a human confirms);
            # the explanations in _EXPLAINED_FULLY leave none
            recounted = h.cancelled_by.endswith(_RECOUNTED)
            ev.cancelled = ev.cancelled or not h.cancelled_by.endswith(_EXPLAINED_FULLY)
            ev.recounted = ev.recounted or recounted
            continue
        role, voice = role_of(h.key_start)
        ev.add(role, h.rule.name, h.weight, mine=voice == "i")
        name = h.rule.name if role in ("request", "statement") else f"{h.rule.name}@{role}"
        evidence.append(Evidence(name, kind, folded.source(h.start, h.end)))

    ambiguous = False
    for i in _REVIEW_INDEX.open(present):
        rule = _REVIEW[i]
        found_at = rule.regex.search(body)
        if found_at:
            ambiguous = True
            evidence.append(Evidence(rule.name, None, folded.source(*found_at.span())))

    facts = calibration.Facts(
        reply=is_reply,
        forward=bool(_FORWARD_PREFIX.match(subject or "")),
        quoted=quoted,
        ambiguous=ambiguous,
        review_only=_has_review_only(evidence, reply=is_reply),
        words=words,
    )
    if facts_out is not None:
        facts_out.append(facts)
    decision = calibration.decide(model, found, facts)
    kinds = sort_kinds(decision.kinds)
    needs_review = decision.needs_review
    # a second opinion from the words alone: a strong disagreement is flagged, never obeyed
    # (negative: the words doubt a returned kind; positive: they suggest one not returned)
    for kind, p in lexical.reading_flags(body, kinds, decision.probability):
        needs_review = True
        evidence.append(Evidence(lexical.RULE_NAME, kind, f"p={p:.2f}", negative=kind in kinds))

    return Classification(
        kinds=kinds,
        language=language,
        confidence={
            k: round(p, 3) for k, p in sorted(decision.probability.items()) if p >= MIN_REPORTED
        },
        evidence=tuple(_ordered(evidence)),
        on_behalf_of_child=bool(_CHILD.search(body)),
        needs_review=needs_review,
    )


def _roles(
    folded: Folded, subject_end: int, language: str, *, words: bool = True
) -> tuple[Callable[[int], tuple[str, str]], dict[str, float], frozenset[str]]:
    """A function from a folded position to the role and the voice
    (``roles.speaks_as``) of the sentence it lies in, the message's shape
    (``calibration.message_shape``) and (with ``words``) the words of the
    sentences in which the writer asks or says something of their own
    (``calibration.words``)."""
    segs = segment_mod.segments(folded.original, language)
    spans = [segment_mod.to_folded(folded.index, s.start, s.end) for s in segs]
    pieces, voices = roles_mod.assign_with_voices(folded.text, spans, segs, subject_end)
    starts = [s for s, _, _ in pieces]
    # "Where did you get it?" right after "I got a text from you" asks about the
    # writer's own data: a sentence that names no one speaks as the one before it
    near = [
        v or (voices[i - 1] if i and voices[i - 1] == "i" else "") for i, v in enumerate(voices)
    ]

    def role_of(pos: int) -> tuple[str, str]:
        i = bisect_right(starts, pos) - 1
        return (pieces[i][2], near[i]) if i >= 0 else ("request", "")

    shape = calibration.message_shape([r for _, _, r in pieces], voices)
    if not words:
        return role_of, shape, frozenset()
    asking = (folded.text[s:e] for s, e, r in pieces if r in calibration.WORD_ROLES)
    return role_of, shape, calibration.words(asking)


#: Folding loses letters that change a word: Swedish "andra" (other) is not
#: "ändra" (change). Per (language, kind): the folded stem and the letter the
#: original must have at its first position for a match to count.
_UNFOLDED = {("sv", Kind.RECTIFICATION): (re.compile(r"(?<!\w)andr"), "äÄ")}


def _unfolded_mismatch(h: _Hit, folded: Folded) -> bool:
    """A match that only matched because folding removed a diacritic."""
    guard = _UNFOLDED.get((h.rule.language, h.rule.kind)) if h.rule.kind else None
    if guard is None:
        return False
    stem, letters = guard
    for m in stem.finditer(folded.text, h.start, h.end):
        if folded.original[folded.index[m.start()]] not in letters:
            return True
    return False


#: Ambiguity rules that alone ask a human when no kind was decided: "peru tilaus"
#: (an order or the newsletter?) ...
REVIEW_ALONE = (".ambiguous.cancel_subscription",)
#: ... and in a reply, talk of a request's identity check ("Re: Identity verification
#: -- does a scan of my passport do?": a reply inside a request, whose kind its case
#: knows; a privacy notice that describes the check is no reply).
REVIEW_ALONE_IN_REPLY = (".ambiguous.identity_check",)


def _has_review_only(evidence: list[Evidence], *, reply: bool) -> bool:
    """An ambiguity rule (not a mere privacy mention) fired and nothing decided."""
    alone = REVIEW_ALONE + REVIEW_ALONE_IN_REPLY if reply else REVIEW_ALONE
    return any(e.rule.split("@")[0].endswith(alone) for e in evidence)


def _ordered(evidence: list[Evidence]) -> list[Evidence]:
    """Positive evidence first (in kind order), then negative and review evidence."""
    order = {k: i for i, k in enumerate(Kind)}
    return sorted(evidence, key=lambda e: (e.kind is None, order.get(e.kind, 99) if e.kind else 99))


def classify(
    msg: InboundMessage,
    *,
    languages: Sequence[str] = ("fi", "sv", "en"),
    default_language: str = "fi",
) -> Classification:
    """Classify an inbound message from its subject and new (unquoted) text.

    Only the first MAX_TEXT characters are read: a request is not hidden after
    them, and a megabyte of text must not cost seconds. A message that
    ``classify_received`` found to be a likely machine's is read as
    ``likely_machine_reading``."""
    quoted = _quoted_part(msg)[:MAX_TEXT]
    result = _classify(
        msg.subject[:1000],
        _text_to_read(msg),
        languages,
        default_language,
        automated=msg.automated,
        context=_context(msg.subject[:1000], quoted),
        quoted=bool(quoted.strip()),
    )
    if LIKELY_MACHINE_FLAG in msg.flags and not msg.automated:
        return likely_machine_reading(result)
    if msg.automated and is_delivery_report(msg.subject, msg.from_addr, msg.automated_reason):
        returned = language_mod.of_returned_message(_quoted_part(msg), languages, result.language)
        if returned is not None:
            return dataclasses.replace(result, language=returned)
    return result


#: Verdicts under which a marketing opt-out alone does not make a request: bulk mail
#: carries unsubscribe footers.
_FOOTER_VERDICTS = ("spam:", LIKELY_MACHINE_REASON)
#: Verdicts under which a request is told to staff but never answered.
_UNANSWERED_VERDICTS = (LIKELY_MACHINE_REASON, *WORDING_VERDICTS)


def read_as_machine(msg: InboundMessage) -> bool:
    """The message is treated as machine mail: automated, or a likely machine whose
    request goes to staff as a flagged case that is never answered."""
    return msg.automated or LIKELY_MACHINE_FLAG in msg.flags


def likely_machine_reading(result: Classification) -> Classification:
    """A likely machine's text that reads as a request: no kinds, flagged for staff
    (``#kind``), and what was read kept as evidence."""
    return dataclasses.replace(
        result,
        kinds=(),
        needs_review=True,
        evidence=(*result.evidence, Evidence(LIKELY_MACHINE_FLAG, None, "", negative=True)),
    )


def classify_received(
    msg: InboundMessage,
    *,
    languages: Sequence[str] = ("fi", "sv", "en"),
    default_language: str = "fi",
) -> tuple[InboundMessage, Classification]:
    """Classify a received message, settling heuristic automated verdicts.

    Returns the message (with ``automated`` cleared when a heuristic verdict
    gave way to a recognised request) and its classification."""
    reason = msg.automated_reason or ""
    if msg.automated and reason.startswith(HEURISTIC_AUTOMATED):
        human = dataclasses.replace(msg, automated=False)
        result = classify(human, languages=languages, default_language=default_language)
        # Bulk mail carries unsubscribe footers: an opt-out alone does not make it a request.
        wanted = set(result.kinds) - (
            {Kind.MARKETING_OPT_OUT} if reason.startswith(_FOOTER_VERDICTS) else set()
        )
        if wanted and reason.startswith(_UNANSWERED_VERDICTS):
            # Never answered (pipeline), but staff get a case: it may be a person.
            flagged = dataclasses.replace(human, flags=(*human.flags, LIKELY_MACHINE_FLAG))
            return flagged, likely_machine_reading(result)
        if wanted:
            return human, result
    return msg, classify(msg, languages=languages, default_language=default_language)


def evidence_to_json(c: Classification) -> list[dict[str, object]]:
    """Evidence as JSON-ready dicts: rule, kind, matched, negative."""
    return [
        {
            "rule": e.rule,
            "kind": e.kind.value if e.kind else None,
            "matched": e.matched,
            "negative": e.negative,
        }
        for e in c.evidence
    ]
