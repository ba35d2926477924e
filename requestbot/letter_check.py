"""Letters as production writes them, and the checks every rendered letter must pass.

``production_letters`` runs requests through the real steps (``pipeline``
intake, staff commands by mail through ``staff.handle``, the reminders of
``housekeeping``) in a throw-away store, in every language, and records every
message rendered on the way: acknowledgement, reminder, closing letter, the
final answers after ``#done`` on a case with a checklist, extension, refusal,
staff reply, opt-out, and the staff notifications. ``templates check`` lints
them with ``lint_text``, so a defect that only shows with production contexts
(a kind glued to the next one, a raw state such as ``open``) fails the check.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from . import config as config_mod
from .cases import CaseStore
from .model import Case, Kind, Status
from .template_registry import REGISTRY
from .templates import Rendered, Renderer

STAFF = "staff@example.fi"
REQUESTS = {
    "fi": "Hei,\n\npoistakaa kaikki minun tiedot teidän rekisteristä. "
    "En halua enää markkinointia.\n\nTerveisin",
    "sv": "Hej,\n\nradera mina personuppgifter, tack. "
    "Jag vill inte längre få marknadsföring.\n\nHälsningar",
    "en": "Hello,\n\nplease erase all my personal data from your systems. "
    "I do not want any more marketing.\n\nRegards",
}
OPT_OUT = {
    "fi": "En halua enää markkinointia. Lopettakaa uutiskirjeen lähettäminen.",
    "sv": "Jag vill inte längre få marknadsföring. Sluta skicka nyhetsbrevet.",
    "en": "I do not want any more marketing. Stop sending me the newsletter.",
}
NOT_A_REQUEST = {
    "fi": "Hei, milloin kuvat ovat valmiita?",
    "sv": "Hej, när blir bilderna klara?",
    "en": "Hello, when will the photos be ready?",
}
#: What the final answers are shown running through (the note's example).
SHOWN_SYSTEMS = ("Slotti", "Business Central", "Google Analytics")
ALL_KINDS = " ".join(k.value for k in Kind)


@dataclass(frozen=True)
class Letter:
    template: str
    lang: str
    audience: str
    scenario: str
    subject: str
    text: str


class RecordingRenderer(Renderer):
    """A Renderer that keeps every message it renders."""

    def __init__(self, base: Renderer) -> None:
        super().__init__(base.directory, base.languages, base.timezone)
        self.rendered: list[tuple[str, str, Rendered]] = []

    def render(self, name: str, lang: str, context: Mapping[str, object]) -> Rendered:
        out = super().render(name, lang, context)
        self.rendered.append((name, lang, out))
        return out


# --- checks on a rendered text ---------------------------------------------------------

#: A list line with a second item glued on: "- poisto (erasure)- markkinointikielto".
_GLUED = re.compile(r"^\s*- \S.*?[\w)\]»”\"'.]- (?!(?:tai|ja|sekä|eller|och|or|and)\b)\w")
_STATES = ("open", "todo", *(s.value for s in Status))
#: A staff checklist row ending in a raw state: "[ ] Slotti – open" (any language).
_RAW_ROW = re.compile(r"^\[[ x-]\] .+ – (open|todo)\b")


def raw_identifiers(lang: str, audience: str) -> tuple[str, ...]:
    """Identifiers that must not show in a rendered text.

    In letters to requesters: every kind and state value with an underscore, and
    in fi/sv every kind or state value at all (in English "access" is a word).
    In staff mail: states (staff see kinds as "poisto (erasure)" on purpose)."""
    kinds = tuple(k.value for k in Kind)
    if audience == "staff":
        names = _STATES if lang != "en" else tuple(s for s in _STATES if "_" in s)
        return tuple(n for n in names if n not in ("new", "extended", "completed"))
    if lang == "en":
        return tuple(n for n in (*kinds, *_STATES) if "_" in n)
    return (*kinds, *_STATES)


def lint_text(text: str, lang: str, audience: str) -> list[str]:
    """Problems in one rendered text: glued list items and raw identifiers."""
    problems = []
    words = raw_identifiers(lang, audience)
    pattern = re.compile(r"(?<![\w#/@.-])(" + "|".join(map(re.escape, words)) + r")(?![\w@-])")
    for number, line in enumerate(text.splitlines(), 1):
        if _GLUED.search(line):
            problems.append(f"line {number} runs two list items together: {line.strip()!r}")
        if _RAW_ROW.search(line):
            problems.append(f"line {number} shows a raw checklist state: {line.strip()!r}")
        if line.lstrip().startswith(("#", "(#", "Komennot", "Kommandon", "Commands")):
            continue  # command syntax shown to staff
        found = pattern.search(line)
        if found and "://" not in line:
            problems.append(
                f"line {number} shows the raw identifier {found[1]!r}: {line.strip()!r}"
            )
    return problems


#: Staff answers to commands carry the commands' own detail strings; translating
#: those is part of the staff-language work, not of this check.
UNCHECKED = frozenset({"staff_command_ok", "staff_command_error", "staff_help"})


def lint_letters(letters: list[Letter]) -> list[str]:
    errors = []
    for letter in letters:
        if letter.template in UNCHECKED:
            continue
        for problem in lint_text(letter.subject + "\n" + letter.text, letter.lang, letter.audience):
            errors.append(f"{letter.lang}/{letter.template} ({letter.scenario}): {problem}")
    return errors


# --- letters through the real flow -----------------------------------------------------


def check_config(base: config_mod.Config | None, folder: Path) -> config_mod.Config:
    """``base`` (or a small built-in config) pointed at ``folder``, with staff mail
    trusted by its From address so that commands can be sent without DKIM."""
    if base is None:
        example = Path(__file__).resolve().parent.parent / "config.example.toml"
        base = config_mod.load(example) if example.is_file() else _builtin()
    return dataclasses.replace(
        base,
        storage=dataclasses.replace(
            base.storage,
            path=str(folder / "cases.json"),
            spool_dir=str(folder / "spool"),
            suppression_hash_key_env="",
            suppression_hash_key_file="",
        ),
        staff=dataclasses.replace(
            base.staff,
            addresses=(STAFF,),
            notify=(STAFF,),
            authentication="none",
            insecure_trust_from=True,
        ),
        smtp=dataclasses.replace(base.smtp, transport="file", file_dir=str(folder / "sent")),
        requests=dataclasses.replace(base.requests, ack_non_requests=True),
    )


def _builtin() -> config_mod.Config:
    return config_mod.from_dict(
        {
            "controller": {"name": "Esimerkki Oy", "address": "tietosuoja@example.fi"},
            "systems": [
                {"name": name, "kinds": [k.value for k in Kind if k != Kind.COMPLAINT]}
                for name in SHOWN_SYSTEMS
            ],
        },
        file="<built-in>",
    )


def raw_mail(sender: str, subject: str, body: str, at: datetime, in_reply_to: str = "") -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "tietosuoja@example.fi"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(at)
    msg["Message-ID"] = make_msgid(domain="example.test")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    msg.set_content(body)
    return msg.as_bytes()


class Flow:
    """A throw-away store with a clock; requests and staff mail go through the steps."""

    def __init__(self, cfg: config_mod.Config, renderer: Renderer, start: datetime) -> None:
        from .pipeline import Context
        from .staff import handle

        self.at = start
        self.renderer = RecordingRenderer(renderer)
        self.store = CaseStore.open(cfg.storage.path)
        self.ctx = Context(cfg, self.store, self.renderer, lambda: self.at, staff_handler=handle)
        self.seen = 0

    def mail(self, sender: str, subject: str, body: str, in_reply_to: str = "") -> str:
        from .pipeline import handle_raw

        raw = raw_mail(sender, subject, body, self.at, in_reply_to)
        self.seen += 1
        d = handle_raw(self.ctx, raw, self.at, key=f"check-{self.seen}")
        return d.case_id or ""

    def staff(self, case_id: str, commands: str) -> None:
        case = self.store.require_case(case_id)
        self.mail(STAFF, f"Re: [{case_id}] {case.subject}", commands)

    def case(self, case_id: str) -> Case:
        return self.store.require_case(case_id)

    def take(self, scenario: str) -> Iterator[Letter]:
        """The letters rendered since the last take (a command renders its letter
        twice: for the outbox and for the answer to staff; kept once)."""
        seen = set()
        for name, lang, out in self.renderer.rendered:
            if (name, lang, out.text) not in seen:
                seen.add((name, lang, out.text))
                yield Letter(name, lang, REGISTRY[name].audience, scenario, out.subject, out.text)
        self.renderer.rendered.clear()


def production_letters(
    renderer: Renderer | None = None, base: config_mod.Config | None = None
) -> list[Letter]:
    """Every letter a request can bring, rendered through the real flow in every language."""
    from .housekeeping import reminders_once

    letters: list[Letter] = []
    # A throw-away store: in memory-backed /dev/shm where there is one (fsync is free).
    shm = "/dev/shm" if Path("/dev/shm").is_dir() else None
    quiet = [logging.getLogger(n) for n in ("requestbot.audit", "requestbot.pipeline")]
    levels = [log.level for log in quiet]
    for log in quiet:
        log.setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="requestbot-letters-", dir=shm) as tmp:
        cfg = check_config(base, Path(tmp))
        renderer = renderer or Renderer(
            languages=cfg.controller.languages, timezone=cfg.controller.timezone
        )
        systems = [s.name for s in cfg.systems]
        marks = "\n".join(
            f"#system {name} {'done' if name in SHOWN_SYSTEMS else 'n/a'}" for name in systems
        )
        start = datetime(2026, 11, 25, 12, 3, tzinfo=UTC)
        flow = Flow(cfg, renderer, start)
        try:
            for lang in cfg.controller.languages:
                who = f"{lang}@example.com"
                # 1. Unconfirmed: ack, reminder, closing letter.
                flow.at = start
                first = flow.mail(f"Anna <anna.{who}>", "Tietoni", REQUESTS[lang])
                flow.staff(first, f"#language {lang}")
                letters += flow.take("intake")
                for days in range(1, 40):
                    flow.at = start + timedelta(days=days)
                    reminders_once(flow.ctx)
                letters += flow.take("unconfirmed")
                # 2. Access, 3. erasure, 4. every kind: #done on a case with a checklist.
                for scenario, kinds in (
                    ("access", "access"),
                    ("erasure", "erasure"),
                    ("all kinds", ALL_KINDS),
                ):
                    flow.at = start
                    sender = f"Bea <bea.{scenario.replace(' ', '-')}.{who}>"
                    case_id = flow.mail(sender, scenario, REQUESTS[lang])
                    flow.staff(case_id, f"#verified\n#language {lang}\n#kind {kinds}\n{marks}")
                    letters += flow.take("setup")
                    flow.at = start + timedelta(days=3)
                    flow.staff(case_id, "#done https://files.example.fi/dl/abc123")
                    letters += flow.take(scenario)
                # 5. Extension, partial refusal, a staff reply.
                flow.at = start
                case_id = flow.mail(f"Cai <cai.{who}>", "Pyyntö", REQUESTS[lang])
                flow.staff(case_id, f"#verified\n#language {lang}")
                letters += flow.take("setup")
                flow.staff(case_id, "#reply\nReply text.")
                flow.staff(case_id, "#extend Reasons for the extension.")
                flow.staff(
                    case_id, "#refuse Reasons for the refusal."
                )  # partial: one letter at #done
                letters += flow.take("staff letters")
                # 6. A marketing opt-out alone.
                flow.mail(f"Dan <dan.{who}>", "Markkinointi", OPT_OUT[lang])
                letters += flow.take("opt-out")
                # 7. A message that is no request (receipt), 8. one sender writing again and
                # again on one day (the one "we have your messages" notice).
                flow.mail(f"Eli <eli.{who}>", "?", NOT_A_REQUEST[lang])
                letters += flow.take("not a request")
                for n in range(cfg.requests.max_acks_per_sender_per_day + 1):
                    case_id = flow.mail(f"Fay <fay.{who}>", f"{n}", REQUESTS[lang] + f" ({n})")
                    flow.staff(case_id, "#not-a-request")  # the next one opens a new case
                letters += flow.take("repeated")
        finally:
            flow.store.close()
            for log, level in zip(quiet, levels, strict=True):
                log.setLevel(level)
    return [letter for letter in letters if letter.lang in cfg.controller.languages]


def check_production(renderer: Renderer | None = None) -> list[str]:
    """``templates check``: the lint over every letter of the real flow."""
    return lint_letters(production_letters(renderer))
