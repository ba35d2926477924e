"""Templates: every registered template renders in every language; dates,
kinds, escaping and the legal must-haves (deadline, DPA, court remedy)."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from requestbot.errors import TemplateError
from requestbot.model import Kind
from requestbot.templates import (
    REGISTRY,
    Renderer,
    check_all,
    format_date,
    format_datetime,
    kind_name,
    templates_dir,
)

LANGS = ("fi", "sv", "en")
HEL = ZoneInfo("Europe/Helsinki")
DUE_TEXT = {"fi": "28.12.2026", "sv": "28.12.2026", "en": "28 December 2026"}


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer()


def render(renderer: Renderer, name: str, lang: str, **overrides: object):  # type: ignore[no-untyped-def]
    ctx = REGISTRY[name].sample()
    ctx.update(overrides)
    return renderer.render(name, lang, ctx)


# ---------------------------------------------------------------- all of them


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_every_template_renders(renderer: Renderer, name: str, lang: str) -> None:
    out = renderer.render(name, lang, REGISTRY[name].sample())
    assert out.subject and "\n" not in out.subject
    assert out.text.strip()
    assert "{{" not in out.subject
    spec = REGISTRY[name]
    if spec.audience in ("requester", "recipient"):
        # signature comes from the controller variable, never hard-coded
        assert "Esimerkki Kuvaamo Oy" in out.text


def test_registry_is_complete() -> None:
    wanted = {
        "ack",
        "ack_generic",
        "ack_review",
        "confirm_reminder",
        "extension",
        "completion",
        "optout_done",
        "refusal",
        "unconfirmed_close",
        "complaint_info",
        "staff_reply",
        "rate_limited",
        "staff_new_case",
        "staff_customer_replied",
        "staff_command_ok",
        "staff_command_error",
        "staff_help",
        "staff_alert",
        "staff_spoof_alert",
        "staff_digest",
        "staff_escalation",
    }
    assert wanted <= set(REGISTRY)
    for spec in REGISTRY.values():
        assert spec.audience in ("requester", "staff", "recipient")
        assert set(spec.required) <= set(spec.variables), spec.name
        assert set(spec.optional) <= set(spec.variables), spec.name


def test_check_all_is_clean() -> None:
    assert check_all() == []


def test_samples_use_example_addresses() -> None:
    for spec in REGISTRY.values():
        text = repr(spec.sample())
        for word in text.replace("'", " ").replace('"', " ").split():
            if "@" in word and "." in word.split("@")[-1]:
                assert "example." in word, (spec.name, word)


# ---------------------------------------------------------------- ack


@pytest.mark.parametrize("lang", LANGS)
def test_ack_has_reference_and_due_date(renderer: Renderer, lang: str) -> None:
    out = render(renderer, "ack", lang, needs_confirmation=False)
    assert "DSR-2026-0001" in out.subject
    assert "DSR-2026-0001" in out.text
    assert DUE_TEXT[lang] in out.text
    for kind in ("access", "erasure", "marketing_opt_out"):
        assert kind_name(kind, lang) in out.text
    assert "maija.mallikas@example.fi" not in out.text  # no confirmation section


@pytest.mark.parametrize(
    ("lang", "phrase"),
    [
        ("fi", "Vastaa tähän viestiin samasta osoitteesta"),
        ("sv", "Svara på det här meddelandet från samma adress"),
        ("en", "reply to this message from the same address"),
    ],
)
def test_ack_needs_confirmation(renderer: Renderer, lang: str, phrase: str) -> None:
    out = render(renderer, "ack", lang, needs_confirmation=True)
    assert phrase in out.text
    assert "maija.mallikas@example.fi" in out.text
    plain = render(renderer, "ack", lang, needs_confirmation=False)
    assert phrase not in plain.text


@pytest.mark.parametrize("lang", LANGS)
def test_ack_without_name_still_greets(renderer: Renderer, lang: str) -> None:
    out = render(renderer, "ack", lang, requester_name="")
    first = out.text.splitlines()[0]
    assert first in ("Hei,", "Hej,", "Hello,")


# ---------------------------------------------------------------- refusal & remedies

DPA_NAME = {
    "fi": "Tietosuojavaltuutetun toimisto",
    "sv": "Dataombudsmannens byrå",
    "en": "Office of the Data Protection Ombudsman",
}
COURT = {"fi": "tuomioistuim", "sv": "domstol", "en": "court"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", ["refusal", "unconfirmed_close"])
def test_art_12_4_remedies(renderer: Renderer, name: str, lang: str) -> None:
    out = render(renderer, name, lang)
    assert DPA_NAME[lang] in out.text
    assert "tietosuoja@om.fi" in out.text
    assert COURT[lang] in out.text
    assert "https://tietosuoja.fi" in out.text


@pytest.mark.parametrize("lang", LANGS)
def test_complaint_info_has_dpa(renderer: Renderer, lang: str) -> None:
    out = render(renderer, "complaint_info", lang)
    assert DPA_NAME[lang] in out.text and "tietosuoja@om.fi" in out.text


@pytest.mark.parametrize("lang", LANGS)
def test_refusal_partial_and_full_differ(renderer: Renderer, lang: str) -> None:
    assert render(renderer, "refusal", lang, partial=True).text != (
        render(renderer, "refusal", lang, partial=False).text
    )


# ---------------------------------------------------------------- completion


@pytest.mark.parametrize("lang", LANGS)
def test_completion_access_names_recipients(renderer: Renderer, lang: str) -> None:
    out = render(renderer, "completion", lang, kinds=["access"], kept=[])
    for name in ("Slotti", "Business Central", "Google Analytics", "Verifone"):
        assert name in out.text
    assert "OK-perintä" not in out.text  # marked n/a in the sample's checklist
    assert "https://files.example.fi/dl/abc123" in out.text
    assert "tietosuoja@om.fi" in out.text  # Art 15(1)(f): the right to complain, always


@pytest.mark.parametrize("lang", LANGS)
def test_completion_erasure_kept_part(renderer: Renderer, lang: str) -> None:
    out = render(renderer, "completion", lang, kinds=["erasure"])
    assert "1336/1997" in out.text
    assert format_date(date(2032, 12, 31), lang) in out.text
    assert "tietosuoja@om.fi" in out.text  # complaint right for the part kept
    assert COURT[lang] in out.text


@pytest.mark.parametrize("lang", LANGS)
def test_completion_sections_follow_kinds(renderer: Renderer, lang: str) -> None:
    only_optout = render(
        renderer, "completion", lang, kinds=["marketing_opt_out"], kept=[], note=""
    )
    everything = render(renderer, "completion", lang)
    assert "1336/1997" not in only_optout.text
    assert "Slotti" not in only_optout.text
    assert len(everything.text) > 3 * len(only_optout.text)
    assert "Kiitos kärsivällisyydestäsi." in everything.text  # staff note


def test_completion_optional_defaults(renderer: Renderer) -> None:
    spec = REGISTRY["completion"]
    ctx = {k: v for k, v in spec.sample().items() if k in spec.required}
    ctx["kinds"] = ["access", "erasure", "objection"]
    out = renderer.render("completion", "en", ctx)
    assert "attached to this message" in out.text
    assert "We have stopped using your data" in out.text


# ---------------------------------------------------------------- user text

JINJA_TEXT = "Hei {{ 7*7 }} ja {% for x in y %} {# c #}"


@pytest.mark.parametrize("lang", LANGS)
def test_user_text_with_jinja_syntax_is_literal(renderer: Renderer, lang: str) -> None:
    out = render(renderer, "staff_reply", lang, reply_text=JINJA_TEXT)
    assert JINJA_TEXT in out.text and "49" not in out.text
    out = render(renderer, "staff_new_case", lang, requester_text=JINJA_TEXT)
    assert JINJA_TEXT in out.text
    out = render(renderer, "ack_generic", lang, original_subject="{{ 7*7 }}")
    assert "{{ 7*7 }}" in out.text


def test_user_name_with_newline_keeps_subject_one_line(renderer: Renderer) -> None:
    out = render(renderer, "staff_new_case", "fi", requester_name="Matti\nBcc: x@example.fi")
    assert "\n" not in out.subject


@pytest.mark.parametrize("lang", LANGS)
def test_html_digest_escapes_user_text(renderer: Renderer, lang: str) -> None:
    out = render(renderer, "staff_digest", lang)
    assert out.html is not None
    assert "<script>" not in out.html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out.html
    assert "#c00000" in out.html  # overdue in red
    # plain text is not escaped
    assert "<script>alert(1)</script>" in out.text


def test_text_templates_are_not_escaped(renderer: Renderer) -> None:
    out = render(renderer, "staff_reply", "en", reply_text="a < b & c")
    assert "a < b & c" in out.text and out.html is None


# ---------------------------------------------------------------- staff


def test_staff_new_case_subject(renderer: Renderer) -> None:
    out = render(renderer, "staff_new_case", "fi")
    assert out.subject == (
        "[DSR-2026-0007] Poisto + markkinointikielto — Matti Meikäläinen — määräaika 28.12.2026"
    )
    for command in ("#vastaa", "#verified", "#jatka", "#valmis", "#hylkää", "#apua", "#reopen"):
        assert command in out.text
    assert "fi_erase_my_data" in out.text and "poistakaa tietoni" in out.text
    assert "25.2.2027" in out.text  # extension limit


@pytest.mark.parametrize("lang", LANGS)
def test_digest_all_clear(renderer: Renderer, lang: str) -> None:
    empty = {
        key: []
        for key in (
            "overdue",
            "due_soon",
            "due_week",
            "awaiting_confirmation",
            "extension_decision",
            "triage",
            "failed_outgoing",
            "quarantined",
            "restrictions_ending",
        )
    }
    out = render(renderer, "staff_digest", lang, open_total=0, **empty)
    marker = {"fi": "Kaikki kunnossa", "sv": "Allt klart", "en": "All clear"}[lang]
    assert marker in out.text
    assert out.html is not None and marker in out.html
    busy = render(renderer, "staff_digest", lang)
    assert marker not in busy.text


# ---------------------------------------------------------------- errors


def test_unknown_name_and_language(renderer: Renderer) -> None:
    with pytest.raises(TemplateError):
        renderer.render("nope", "fi", {})
    with pytest.raises(TemplateError):
        renderer.render("ack", "de", REGISTRY["ack"].sample())


def test_missing_variable_raises(renderer: Renderer) -> None:
    ctx = REGISTRY["ack"].sample()
    del ctx["due"]
    with pytest.raises(TemplateError, match="due"):
        renderer.render("ack", "fi", ctx)


def test_missing_attribute_raises(renderer: Renderer) -> None:
    ctx = REGISTRY["ack"].sample()
    ctx["controller"] = {"name": "Esimerkki Oy"}  # no email, no address
    with pytest.raises(TemplateError):
        renderer.render("ack", "en", ctx)


def _copy_templates(tmp_path: Path) -> Path:
    target = tmp_path / "templates"
    shutil.copytree(templates_dir(), target)
    return target


def test_check_all_catches_undefined_variable(tmp_path: Path) -> None:
    target = _copy_templates(tmp_path)
    body = target / "sv" / "optout_done.body.txt"
    body.write_text(body.read_text(encoding="utf-8") + "{{ no_such_variable }}\n", "utf-8")
    errors = check_all(Renderer(target))
    assert errors and any("optout_done" in e and "no_such_variable" in e for e in errors)
    # rendering it with the sample fails as well (StrictUndefined)
    with pytest.raises(TemplateError, match="no_such_variable"):
        Renderer(target).render("optout_done", "sv", REGISTRY["optout_done"].sample())


def test_check_all_catches_syntax_error_and_strays(tmp_path: Path) -> None:
    target = _copy_templates(tmp_path)
    (target / "en" / "ack.subject.txt").write_text("{% if %}\n", "utf-8")
    (target / "fi" / "orphan.body.txt").write_text("x\n", "utf-8")
    errors = check_all(Renderer(target))
    assert any("ack.subject.txt" in e for e in errors)
    assert any("orphan" in e for e in errors)


def test_check_all_catches_missing_language(tmp_path: Path) -> None:
    target = _copy_templates(tmp_path)
    shutil.rmtree(target / "sv")
    assert any("sv" in e for e in check_all(Renderer(target)))


def test_templates_dir_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("REQUESTBOT_TEMPLATES", str(tmp_path))
    assert templates_dir() == tmp_path
    monkeypatch.delenv("REQUESTBOT_TEMPLATES")
    assert (templates_dir() / "fi" / "ack.body.txt").is_file()


# ---------------------------------------------------------------- dates and kinds


@pytest.mark.parametrize(
    ("d", "lang", "expected"),
    [
        (date(2026, 12, 28), "fi", "28.12.2026"),
        (date(2026, 12, 28), "sv", "28.12.2026"),
        (date(2026, 12, 28), "en", "28 December 2026"),
        (date(2027, 1, 5), "fi", "5.1.2027"),
        (date(2027, 1, 5), "sv", "5.1.2027"),
        (date(2027, 1, 5), "en", "5 January 2027"),
        (date(2028, 2, 29), "en", "29 February 2028"),
    ],
)
def test_format_date(d: date, lang: str, expected: str) -> None:
    assert format_date(d, lang) == expected


@pytest.mark.parametrize(
    ("dt", "lang", "expected"),
    [
        (datetime(2026, 11, 25, 14, 3, tzinfo=HEL), "fi", "25.11.2026 klo 14.03"),
        (datetime(2026, 11, 25, 14, 3, tzinfo=HEL), "sv", "25.11.2026 kl. 14.03"),
        (datetime(2026, 11, 25, 14, 3, tzinfo=HEL), "en", "25 November 2026 at 14:03"),
        (datetime(2026, 11, 25, 9, 5, tzinfo=HEL), "fi", "25.11.2026 klo 9.05"),
        (datetime(2026, 11, 25, 9, 5, tzinfo=HEL), "en", "25 November 2026 at 09:05"),
        # UTC is converted to Helsinki time, across midnight (UTC+2 in winter)
        (datetime(2026, 12, 31, 22, 30, tzinfo=UTC), "fi", "1.1.2027 klo 0.30"),
        # summer time (UTC+3)
        (datetime(2026, 6, 19, 21, 15, tzinfo=UTC), "sv", "20.6.2026 kl. 0.15"),
    ],
)
def test_format_datetime(dt: datetime, lang: str, expected: str) -> None:
    assert format_datetime(dt, lang) == expected


def test_format_date_of_aware_datetime_uses_helsinki() -> None:
    assert format_date(datetime(2026, 12, 27, 22, 30, tzinfo=UTC), "fi") == "28.12.2026"


def test_format_unknown_language() -> None:
    with pytest.raises(TemplateError):
        format_date(date(2026, 1, 1), "de")


@pytest.mark.parametrize(
    ("kind", "lang", "expected"),
    [
        ("erasure", "fi", "tietojesi poistaminen"),
        ("erasure", "sv", "radering av dina uppgifter"),
        ("erasure", "en", "erasure of your data"),
        ("marketing_opt_out", "fi", "suoramarkkinointikielto"),
        ("marketing_opt_out", "sv", "förbud mot direktmarknadsföring"),
        ("marketing_opt_out", "en", "opting out of marketing"),
    ],
)
def test_kind_name(kind: str, lang: str, expected: str) -> None:
    assert kind_name(kind, lang) == expected


@pytest.mark.parametrize("lang", LANGS)
def test_every_kind_has_words(lang: str) -> None:
    for kind in Kind:
        assert kind_name(kind, lang) != kind.value  # a translation exists
        assert kind_name(kind.value, lang) == kind_name(kind, lang)


def test_an_edited_template_is_used_after_check_changes(tmp_path: Path) -> None:
    """Templates are read once (nothing is looked at per render); check_changes(), which
    the daemon calls once per intake batch and housekeeping run, sees an edit."""
    target = _copy_templates(tmp_path)
    r = Renderer(directory=target)
    sample = REGISTRY["ack"].sample()
    assert r.check_changes() is False  # nothing loaded yet
    first = r.render("ack", "en", sample)
    assert "We have received your request" in first.subject
    assert r.check_changes() is False  # nothing edited
    subject = target / "en" / "ack.subject.txt"
    subject.write_text("[{{ case_id }}] Your request is with us (edited)\n", "utf-8")
    assert r.render("ack", "en", sample).subject == first.subject  # kept until the check
    assert r.check_changes() is True
    assert r.render("ack", "en", sample).subject.endswith("Your request is with us (edited)")
    assert r.check_changes() is False


def test_an_edited_terms_file_or_a_new_template_is_seen(tmp_path: Path) -> None:
    target = _copy_templates(tmp_path)
    r = Renderer(directory=target)
    sample = {**REGISTRY["ack"].sample(), "kinds": ["erasure"]}
    assert "erasure of your data" in r.render("ack", "en", sample).text
    terms = target / "en" / "terms.toml"
    text = terms.read_text("utf-8")
    terms.write_text(text.replace('"erasure of your data"', '"deletion of everything"'), "utf-8")
    assert r.check_changes() is True
    assert "deletion of everything" in r.render("ack", "en", sample).text
    assert r.terms("en")["kinds"]["erasure"] == "deletion of everything"
    # a file added to another language's folder counts as a change as well
    (target / "fi" / "_notes.txt").write_text("x\n", "utf-8")
    assert r.check_changes() is True


def test_a_missing_html_part_is_looked_for_once_and_an_added_one_is_seen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Most letters have no HTML part; Jinja does not remember a template it did not
    find, so the Renderer does (until check_changes sees the folder change)."""
    import jinja2

    target = _copy_templates(tmp_path)
    assert not (target / "en" / "ack.body.html").exists()
    looked: list[str] = []
    real = jinja2.FileSystemLoader.get_source

    def spy(self: jinja2.FileSystemLoader, env: jinja2.Environment, name: str) -> object:
        looked.append(name)
        return real(self, env, name)

    monkeypatch.setattr(jinja2.FileSystemLoader, "get_source", spy)
    r = Renderer(directory=target)
    sample = REGISTRY["ack"].sample()
    for _ in range(3):
        assert r.render("ack", "en", sample).html is None
    assert looked.count("ack.body.html") == 1
    (target / "en" / "ack.body.html").write_text("<p>{{ case_id }}</p>\n", "utf-8")
    assert r.render("ack", "en", sample).html is None  # kept until the check
    assert r.check_changes() is True
    assert r.render("ack", "en", sample).html == f"<p>{sample['case_id']}</p>\n"
