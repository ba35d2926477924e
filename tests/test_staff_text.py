"""Staff mail in the staff language; the pure parts of the new staff commands; the clock."""

from __future__ import annotations

import re
import string
import tomllib
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from requestbot import clock, deadlines, digest
from requestbot.cli import main
from requestbot.config import RequestsConfig
from requestbot.errors import ConfigError, TemplateError
from requestbot.model import Case, Kind, Status
from requestbot.staff_base import CommandError, leading_kinds, parse_date
from requestbot.staff_commands import COMMANDS
from requestbot.staff_facts import parse_kept
from requestbot.staff_text import Say, Term, placeholders, text
from requestbot.template_registry import REGISTRY
from requestbot.templates import Renderer, templates_dir

SOURCES = Path(__file__).resolve().parent.parent / "requestbot"
LANGS = ("fi", "sv", "en")


def terms(lang: str) -> dict[str, Any]:
    with (templates_dir() / lang / "terms.toml").open("rb") as fh:
        return tomllib.load(fh)


def keys_in_code() -> set[str]:
    found: set[str] = set()
    for path in SOURCES.glob("*.py"):
        found |= set(re.findall(r'(?:CommandError|say)\(\s*"([a-z_]+)"', path.read_text()))
    return found


def test_every_sentence_the_code_says_exists_in_every_language() -> None:
    used = keys_in_code()
    assert len(used) > 40  # the regex still finds them
    for lang in LANGS:
        table = terms(lang)["staff_text"]
        assert used <= set(table), (lang, sorted(used - set(table)))


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_sentences_take_the_same_placeholders_in_every_language(lang: str) -> None:
    fi, other = terms("fi")["staff_text"], terms(lang)["staff_text"]
    assert set(fi) == set(other)
    for key, sentence in fi.items():
        assert placeholders(sentence) == placeholders(other[key]), key


def test_every_intake_remark_has_words_in_every_language() -> None:
    source = (SOURCES / "intake.py").read_text() + (SOURCES / "pipeline.py").read_text()
    found = set(re.findall(r'(?:notes\.add|flags=\[)\(?"([a-z_]+)[:"]', source))
    found |= {"reply_to_differs", "other_sender", "repeat_request"}
    assert {"html_only", "oversize", "intake_error"} <= found
    for lang in LANGS:
        assert found <= set(terms(lang)["flags"]), (lang, sorted(found - set(terms(lang)["flags"])))


# English words that must not reach Finnish or Swedish staff: states and error words.
ENGLISH = re.compile(
    r"(?<![#\w-])(unknown|error|failed|cannot|needs|missing|invalid|triage|in[_ ]progress|"
    r"awaiting|completed|refused|withdrawn|extended|still|none|not found|no case|"
    r"attachments?|closed|moved|partial refusal|allowed|verified)(?![\w-])",
    re.IGNORECASE,
)


def _values(value: object) -> list[str]:
    """Every string in a sample context (data, not template words)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _values(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _values(v)]
    return []


def _english_words(rendered: str, sample: dict[str, Any]) -> list[str]:
    for value in sorted(_values(sample), key=len, reverse=True):
        if len(value) > 3:
            rendered = rendered.replace(value, " ")
    return ENGLISH.findall(rendered)


STAFF_TEMPLATES = sorted(name for name, spec in REGISTRY.items() if spec.audience == "staff")


@pytest.mark.parametrize("lang", ["fi", "sv"])
@pytest.mark.parametrize("name", STAFF_TEMPLATES)
def test_no_english_state_or_error_word_in_staff_templates(name: str, lang: str) -> None:
    sample = REGISTRY[name].sample()
    rendered = Renderer().render(name, lang, sample)
    for part in (rendered.subject, rendered.text, rendered.html or ""):
        assert _english_words(part, sample) == [], (name, lang)


def _sample_params(sentence: str) -> dict[str, object]:
    params: dict[str, object] = {}
    for name in placeholders(sentence):
        params[name] = {
            "old": Status.IN_PROGRESS,
            "new": Status.COMPLETED,
            "allowed": [Status.EXTENDED, Status.REFUSED, Status.WITHDRAWN],
            "kinds": [Kind.ERASURE],
            "case_kinds": [Kind.ACCESS, Kind.ERASURE],
            "known": [Term("kinds_short", k.value) for k in Kind],
            "refused": [Kind.ERASURE],
            "done": [Kind.MARKETING_OPT_OUT],
            "due": date(2027, 1, 7),
            "date": date(2027, 1, 31),
            "state": Term("checklist", "n/a"),
            "still_open": [],
            "count": 2,
        }.get(name, "X")
    return params


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_no_english_word_in_any_command_error_or_result(lang: str) -> None:
    renderer = Renderer()
    table = terms(lang)["staff_text"]
    for key in sorted(table):
        words = text(renderer, lang, Say(key, _sample_params(table[key])))
        sample = REGISTRY["staff_command_error"].sample() | {"error": words}
        mail = renderer.render("staff_command_error", lang, sample).text
        assert ENGLISH.findall(words) == [], (key, words)
        assert f"Virhe:   {words}" in mail or f"Fel:      {words}" in mail


def test_parameters_are_put_in_the_staff_language() -> None:
    r = Renderer()
    say = Say("transition", {"old": Status.REFUSED, "new": Status.COMPLETED, "allowed": []})
    assert text(r, "fi", say) == (
        "Tapausta ei voi siirtää tilasta ”hylätty” tilaan ”valmis” (mahdollista: ei yhtään)."
    )
    sv = text(
        r,
        "sv",
        Say(
            "system_set",
            {
                "system": "Slotti",
                "state": Term("checklist", "done"),
                "still_open": ["Business Central"],
            },
        ),
    )
    assert sv == "Slotti: klart. Återstår: Business Central."
    assert "7.1.2027" in text(r, "fi", Say("too_late_to_extend", {"due": date(2027, 1, 7)}))
    with pytest.raises(TemplateError, match="needs due"):
        text(r, "fi", Say("too_late_to_extend"))
    with pytest.raises(TemplateError, match="no 'no_such_key'"):
        text(r, "fi", Say("no_such_key"))


def test_staff_values_are_never_format_strings() -> None:
    r = Renderer()
    assert text(r, "en", Say("no_such_case", {"ref": "{ref.__class__}"})) == (
        "There is no case {ref.__class__}."
    )


@pytest.mark.parametrize("lang", LANGS)
def test_help_names_every_word_of_every_command(lang: str) -> None:
    help_mail = Renderer().render("staff_help", lang, REGISTRY["staff_help"].sample()).text
    for command in COMMANDS:
        for word in command.words:
            assert re.search(rf"#{re.escape(word)}(?![\w-])", help_mail), (lang, word)


# --- small parsers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "item", "reason", "until"),
    [
        ("laskut; kirjanpitolaki; 31.12.2032", "invoices", "accounting", date(2032, 12, 31)),
        ("fakturor; bokföringslagen", "invoices", "accounting", None),
        ("invoices", "invoices", "accounting", None),  # the usual reason by default
        ("perintä; perintä", "debt_claim", "legal_claims", None),
        ("valokuvat; sopimus kesken; 2027-06-30", "valokuvat", "sopimus kesken", date(2027, 6, 30)),
    ],
)
def test_parse_kept(args: str, item: str, reason: str, until: date | None) -> None:
    kept = parse_kept(args)
    assert (kept.item, kept.reason, kept.until) == (item, reason, until)


@pytest.mark.parametrize(
    ("args", "key"),
    [("", "kept_usage"), ("valokuvat", "kept_needs_reason"), ("laskut; x; 31.13.2032", "bad_date")],
)
def test_parse_kept_errors(args: str, key: str) -> None:
    with pytest.raises(CommandError) as info:
        parse_kept(args)
    assert info.value.say.key == key


@pytest.mark.parametrize(
    ("args", "kinds", "rest"),
    [
        ("erasure: the invoice is in collection", (Kind.ERASURE,), "the invoice is in collection"),
        ("poisto, markkinointikielto: syy", (Kind.ERASURE, Kind.MARKETING_OPT_OUT), "syy"),
        ("radering skälet", (Kind.ERASURE,), "skälet"),
        ("Laskusi on perinnässä.", (), "Laskusi on perinnässä."),
    ],
)
def test_leading_kinds(args: str, kinds: tuple[Kind, ...], rest: str) -> None:
    assert leading_kinds(args) == (kinds, rest)


@pytest.mark.parametrize(
    ("word", "day"),
    [("31.1.2027", date(2027, 1, 31)), ("2027-01-31", date(2027, 1, 31)), ("31.2.2027", None)],
)
def test_parse_date(word: str, day: date | None) -> None:
    assert parse_date(word) == day


# --- the digest and escalation count working days ----------------------------------------

CAL = deadlines.Calendar("FI")


def case(n: int, due: date, status: Status = Status.IN_PROGRESS) -> Case:
    return Case(
        id=f"DSR-2026-{n:04d}",
        requester_address=f"p{n}@example.fi",
        requester_name=f"Henkilö {n}",
        language="fi",
        kinds=(Kind.ACCESS,),
        received_at=datetime(2026, 12, 7, 8, 0, tzinfo=UTC),
        due=due,
        extended_due=date(2027, 3, 8),
        status=status,
    )


def test_decide_by_and_escalation_skip_the_epiphany_holiday() -> None:
    due = date(2027, 1, 7)  # Thursday; Wednesday 6.1. is a public holiday
    assert digest.decide_by(case(1, due), date(2026, 12, 28), CAL) == date(2027, 1, 4)
    assert not digest.escalate(due, date(2027, 1, 1), CAL)
    assert digest.escalate(due, date(2027, 1, 4), CAL)  # Monday: 5.1. and 7.1. left
    assert digest.escalate(due, date(2027, 1, 8), CAL)  # overdue


def test_digest_lists_every_open_case_most_urgent_first_and_what_closes_itself() -> None:
    cases = [
        case(1, date(2027, 1, 7)),
        case(2, date(2026, 12, 20), Status.EXTENDED),
        case(3, date(2026, 12, 30), Status.AWAITING_IDENTITY),
        case(4, date(2026, 12, 28), Status.COMPLETED),
    ]
    d = digest.digest_data(cases, [], [], date(2026, 12, 21), CAL, requests=RequestsConfig())
    assert [c["case_id"] for c in d["all_open"]] == [
        "DSR-2026-0003",
        "DSR-2026-0001",
        "DSR-2026-0002",
    ]
    assert d["all_open"][0]["status"] == "awaiting_identity"
    # received 7.12., due 30.12.: confirm by 28.12. (two days before), closed on 29.12.
    assert d["auto_close"] == [d["all_open"][0] | {"closes_on": date(2026, 12, 29)}]
    none = digest.digest_data(cases, [], [], date(2026, 12, 21), CAL, requests=None)
    assert none["auto_close"] == []


def test_quarantined_mail_is_numbered_with_sender_and_subject() -> None:
    held = [
        {
            "message_id": "<a@example.fi>",
            "from_addr": "x@example.fi",
            "subject": "Moi",
            "outcome": "spoofed",
            "detail": "claimed",
            "taken_at": "2026-12-20T10:00:00+00:00",
        }
    ]
    [q] = digest.digest_data([], [], held, date(2026, 12, 21), CAL)["quarantined"]
    assert (q["number"], q["sender"], q["subject"], q["spoofed"]) == (
        1,
        "x@example.fi",
        "Moi",
        True,
    )


# --- the clock --------------------------------------------------------------------------


def test_requestbot_now_sets_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(clock.ENV, "2026-12-07T09:00:00+02:00")
    assert clock.now() == datetime(2026, 12, 7, 7, 0, tzinfo=UTC)
    monkeypatch.setenv(clock.ENV, "")
    assert clock.now().year >= 2026


@pytest.mark.parametrize(
    ("value", "says"), [("2026-12-07T09:00", "no UTC offset"), ("maanantaina", "ISO 8601")]
)
def test_a_bad_requestbot_now_names_the_variable(
    value: str, says: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(ConfigError, match=f"REQUESTBOT_NOW.*{says}"):
        clock.parse_now(value)
    monkeypatch.setenv(clock.ENV, value)
    assert main(["status"]) == 2
    assert "REQUESTBOT_NOW" in capsys.readouterr().err


def test_template_sentences_are_plain_format_strings() -> None:
    for lang in LANGS:
        for key, sentence in terms(lang)["staff_text"].items():
            for _lit, name, spec, conv in string.Formatter().parse(sentence):
                assert not spec and not conv, (lang, key)
                assert name is None or name.isidentifier(), (lang, key)
