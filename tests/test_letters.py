"""Letters built from the [[systems]] data, rendered through the real flow in fi/sv/en.

``letter_check.production_letters`` sends requests through the pipeline, staff
commands by mail (``#system``, ``#done`` on a case with a checklist, ``#extend``,
``#refuse``, ``#reply``) and the reminders, and records every message; these tests
read those letters and check the legal items each must carry.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from requestbot import config
from requestbot.config import RequestsConfig
from requestbot.errors import ConfigError
from requestbot.letter_check import (
    SHOWN_SYSTEMS,
    Flow,
    Letter,
    check_config,
    lint_letters,
    lint_text,
    production_letters,
)
from requestbot.letters import confirm_by
from requestbot.model import Status
from requestbot.templates import Renderer, format_date

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = config.load(ROOT / "config.example.toml")
LANGS = ("fi", "sv", "en")
DPA = {
    "fi": "Tietosuojavaltuutetun toimisto",
    "sv": "Dataombudsmannens byrå",
    "en": "Office of the Data Protection Ombudsman",
}
COURT = {"fi": "tuomioistuim", "sv": "domstol", "en": "judicial remedy"}
RECIPIENTS = {"fi": "vastaanottajille:", "sv": "mottagarna:", "en": "these recipients:"}
TOLD = {"fi": "näitä vastaanottajia", "sv": "de här mottagarna", "en": "these recipients"}
ERASED = {"fi": "poistaneet tietosi näistä", "sv": "raderat dina uppgifter ur", "en": "erased your"}
OTHER_RIGHTS = {
    "fi": "korjaamaan tai poistamaan tietosi",
    "sv": "rätta eller radera dina uppgifter",
    "en": "correct or erase your data",
}
NOT_NAMED = ("OK-perintä", "Verifone", "Police permit server", "Newsletter tool")


@pytest.fixture(scope="module")
def letters() -> list[Letter]:
    return production_letters(base=EXAMPLE)


def date_at(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, 12, 3, tzinfo=UTC)


def one(letters: list[Letter], template: str, scenario: str, lang: str) -> str:
    found = [x for x in letters if (x.template, x.scenario, x.lang) == (template, scenario, lang)]
    assert len(found) == 1, [(x.template, x.scenario) for x in letters if x.lang == lang]
    return found[0].text


def system(name: str) -> config.SystemConfig:
    return next(s for s in EXAMPLE.systems if s.name == name)


def line_with(text: str, phrase: str) -> str:
    return next(line for line in text.splitlines() if phrase in line)


def test_every_production_letter_passes_the_lint(letters: list[Letter]) -> None:
    assert lint_letters(letters) == []
    made = {x.template for x in letters}
    for name in (
        "ack",
        "confirm_reminder",
        "unconfirmed_close",
        "completion",
        "extension",
        "refusal",
        "staff_reply",
        "optout_done",
        "ack_generic",
        "rate_limited",
        "staff_new_case",
    ):
        assert name in made
    assert {x.lang for x in letters} == set(LANGS)


@pytest.mark.parametrize("lang", LANGS)
def test_access_answer_states_the_art_15_items(letters: list[Letter], lang: str) -> None:
    text = one(letters, "completion", "access", lang)
    for name in SHOWN_SYSTEMS:  # (a) purposes, (b) categories, (d) retention, by system
        s = system(name)
        for field in (s.purpose, s.categories, s.retention, s.legal_ground):
            assert field.get(lang) in text, (name, field)
    ga = system("Google Analytics")  # 15(2): the transfer to the USA and its safeguard
    assert ga.transfer.get(lang) in text and ga.safeguard.get(lang) in text
    recipients = line_with(text, RECIPIENTS[lang])  # (c) recipients by name, not our systems
    assert "Google Analytics" in recipients
    assert "Slotti" not in recipients and "Business Central" not in recipients
    assert EXAMPLE.controller.data_sources.get(lang) in text  # (g) the source
    assert OTHER_RIGHTS[lang] in text  # (e)
    assert DPA[lang] in text and COURT[lang] in text  # (f) and Art 12(4)
    for name in NOT_NAMED:  # marked n/a on this case
        assert name not in text
    assert "https://files.example.fi/dl/abc123" in text


@pytest.mark.parametrize("lang", LANGS)
def test_erasure_answer_says_what_went_where_and_what_is_kept(
    letters: list[Letter], lang: str
) -> None:
    text = one(letters, "completion", "erasure", lang)
    erased = line_with(text, ERASED[lang])
    assert "Slotti" in erased and "Business Central" not in erased
    bc = system("Business Central")  # kept under the Accounting Act: why and until when
    kept = line_with(text, "Business Central")
    assert bc.retention.get(lang) in kept and bc.legal_ground.get(lang) in kept
    assert "1336/1997" in kept
    assert "Google Analytics" in line_with(text, TOLD[lang])  # a recipient asked to erase
    assert DPA[lang] in text and COURT[lang] in text  # remedies for the part kept
    for name in NOT_NAMED:
        assert name not in text


@pytest.mark.parametrize("lang", LANGS)
def test_every_kind_in_one_answer(letters: list[Letter], lang: str) -> None:
    text = one(letters, "completion", "all kinds", lang)
    assert DPA[lang] in text
    for name in NOT_NAMED:
        assert name not in text


def test_only_systems_marked_done_are_named_as_done(tmp_path: Path) -> None:
    flow = Flow(check_config(EXAMPLE, tmp_path), Renderer(), date_at(2026, 11, 25))
    try:
        case_id = flow.mail("Eva <eva@example.com>", "data", "Please erase all my personal data.")
        flow.staff(case_id, "#verified\n#language en\n#kind erasure\n#system Slotti done")
        flow.staff(case_id, "#done force")
        [text] = [x.text for x in flow.take("force") if x.template == "completion"]
        assert flow.case(case_id).status == Status.COMPLETED
    finally:
        flow.store.close()
    assert "Slotti" in line_with(text, ERASED["en"])
    for still_open in ("Google Analytics", "Police permit server", "Business Central"):
        assert still_open not in text
    assert "We have erased your data." not in text  # no claim beyond what was done


@pytest.mark.parametrize("lang", LANGS)
def test_confirmation_dates_are_the_dates_the_bot_acts_on(letters: list[Letter], lang: str) -> None:
    # Received 25.11.2026, due 28.12.2026: the last day to confirm is 26.12.2026.
    last = format_date(date(2026, 12, 26), lang)
    ack = one(letters, "ack", "intake", lang)
    assert format_date(date(2026, 12, 28), lang) in ack and last in ack
    assert last in one(letters, "confirm_reminder", "unconfirmed", lang)
    closing = one(letters, "unconfirmed_close", "unconfirmed", lang)
    assert DPA[lang] in closing and COURT[lang] in closing
    # The opt-out was done at intake: the letters do not list it as waiting.
    assert "marketing" not in closing.split("\n\n")[1].lower()


@pytest.mark.parametrize("lang", LANGS)
def test_staff_text_goes_verbatim_with_remedies(letters: list[Letter], lang: str) -> None:
    assert "Reply text." in one(letters, "staff_reply", "staff letters", lang)
    extension = one(letters, "extension", "staff letters", lang)
    assert "Reasons for the extension." in extension
    # Received 25.11.2026: the extended due date is three months on, 25.2.2027.
    assert format_date(date(2027, 2, 25), lang) in extension
    refusal = one(letters, "refusal", "staff letters", lang)
    assert "Reasons for the refusal." in refusal and DPA[lang] in refusal


@pytest.mark.parametrize(("lang", "town"), [("fi", "65100 Vaasa"), ("sv", "65100 Vasa")])
def test_signature_follows_the_language(letters: list[Letter], lang: str, town: str) -> None:
    assert town in one(letters, "completion", "erasure", lang).splitlines()[-2]


def test_staff_notification_names_the_language_and_lists_kinds(letters: list[Letter]) -> None:
    notes = [x.text for x in letters if x.template == "staff_new_case" and x.scenario == "intake"]
    assert len(notes) == 3  # one per language, all in the staff language (fi)
    for note, language in zip(notes, ("suomi", "ruotsi", "englanti"), strict=True):
        assert language in line_with(note, "Kieli:") and "sellaisenaan" in note
        bullets = [line for line in note.splitlines() if line.startswith("- ")]
        # kinds in the staff language only (issue 16: no English kind or state words)
        assert "- poisto" in bullets
        assert "- markkinointikielto" in bullets
        assert "botti sulkee tapauksen, jos vahvistusta ei tule viimeistään 26.12.2026" in note
        assert "[ ] Slotti – tekemättä\n    booking system" in note


# --- the lint ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "audience"),
    [
        ("- poisto (erasure)- markkinointikielto (marketing_opt_out)", "fi", "staff"),
        ("- erasure- marketing opt-out (marketing_opt_out)", "en", "staff"),
        ("[ ] Slotti – open", "fi", "staff"),
        ("[ ] Slotti – open", "en", "staff"),
        ("Pyyntösi koskee: erasure", "fi", "requester"),
        ("Your request covers marketing_opt_out.", "en", "requester"),
        ("Tila: awaiting_identity", "sv", "staff"),
    ],
)
def test_lint_finds(text: str, lang: str, audience: str) -> None:
    assert lint_text(text, lang, audience)


@pytest.mark.parametrize(
    ("text", "lang", "audience"),
    [
        ("Jos asut toisessa EU- tai ETA-maassa, voit valittaa.", "fi", "requester"),
        ("- tietojesi poistaminen\n- suoramarkkinointikielto", "fi", "requester"),
        ("You have the right of access to your data.", "en", "requester"),
        ("- poisto (erasure)", "fi", "staff"),
        ("[ ] Slotti – tekemättä (booking system)", "fi", "staff"),
        (
            "Complaint form: https://tietosuoja.fi/notification-to-the-data-protection",
            "en",
            "requester",
        ),
    ],
)
def test_lint_passes(text: str, lang: str, audience: str) -> None:
    assert lint_text(text, lang, audience) == []


# --- the confirmation window -----------------------------------------------------------


def test_confirm_by_runs_from_when_we_asked() -> None:
    req = RequestsConfig()  # close 2 days before the due date, remind after 7 days
    assert confirm_by(date(2026, 12, 28), date(2026, 11, 25), req) == date(2026, 12, 26)
    # Read late (the bot was down): the window from asking is too short, staff decide.
    assert confirm_by(date(2026, 12, 28), date(2026, 12, 20), req) is None
    assert confirm_by(date(2026, 10, 1), date(2026, 11, 15), req) is None  # already overdue
    assert (
        confirm_by(date(2026, 12, 28), date(2026, 11, 25), RequestsConfig(close_unconfirmed=False))
        is None
    )


# --- config ------------------------------------------------------------------------------

MINIMAL = '[controller]\nname = "Example Oy"\naddress = "dsr@example.fi"\n'
SYSTEM = "[[systems]]\nname = 'A'\n"
TEXT = "{ fi = 'a', sv = 'b', en = 'c' }"


@pytest.mark.parametrize(
    ("extra", "key", "message"),
    [
        (SYSTEM + "purpose = { fi = 'x' }\n", "systems[0].purpose.sv", "every language"),
        (SYSTEM + "purpose = 'x'\n", "systems[0].purpose", "table of texts"),
        (SYSTEM + "purpose = { de = 'x' }\n", "systems[0].purpose.de", "unknown language"),
        (SYSTEM + "role = 'processor'\n", "systems[0].role", "internal, recipient"),
        (SYSTEM + "on_erasure = 'keep'\n", "systems[0].on_erasure", "erase, restrict"),
        (SYSTEM + f"transfer = {TEXT}\n", "systems[0].safeguard", "EU/EEA"),
        (SYSTEM + "on_erasure = 'restrict'\n", "systems[0].retention", "how long"),
        (
            SYSTEM + f"on_erasure = 'restrict'\nretention = {TEXT}\n",
            "systems[0].legal_ground",
            "why",
        ),
        (
            "[requests]\nclose_unconfirmed_days_before_due = 0\n",
            "requests.close_unconfirmed_days_before_due",
            "at least 1",
        ),
    ],
)
def test_system_config_errors_name_key_and_file(
    tmp_path: Path, extra: str, key: str, message: str
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(MINIMAL + extra, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        config.load(path)
    assert err.value.key == key and str(path) in str(err.value) and message in str(err.value)


def test_postal_address_per_language(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        MINIMAL + "postal_address = { fi = 'Tie 1, 65100 Vaasa', sv = 'Väg 1, 65100 Vasa', "
        "en = 'Tie 1, 65100 Vaasa, Finland' }\n",
        encoding="utf-8",
    )
    c = config.load(path).controller
    assert c.postal_address == "Tie 1, 65100 Vaasa"  # the default language's text
    assert c.postal_address_in("sv") == "Väg 1, 65100 Vasa"
    assert EXAMPLE.controller.postal_address_in("sv").endswith("Vasa")


def test_digest_counts_waiting_days_in_the_controller_time_zone() -> None:
    from test_digest import make_case

    from requestbot import digest
    from requestbot.deadlines import Calendar

    # 23:51 UTC on 20.12. is 01:51 on 21.12. in Helsinki: nine minutes of waiting, not a day.
    case = make_case(
        "DSR-2026-0001",
        received=datetime(2026, 12, 20, 23, 51, tzinfo=UTC),
        due=date(2027, 1, 21),
        status=Status.AWAITING_IDENTITY,
    )
    data = digest.digest_data([case], [], [], date(2026, 12, 21), Calendar("FI"))
    assert data["awaiting_confirmation"][0]["waiting_days"] == 0
    utc = digest.digest_data([case], [], [], date(2026, 12, 21), Calendar("FI"), timezone="UTC")
    assert utc["awaiting_confirmation"][0]["waiting_days"] == 1


def test_dates_in_letters_are_in_the_controller_time_zone() -> None:
    from requestbot.template_registry import REGISTRY

    at = datetime(2026, 11, 25, 22, 30, tzinfo=UTC)  # 00.30 on 26.11. in Helsinki
    ctx = REGISTRY["ack"].sample() | {"received_at": at}
    assert "26.11.2026 klo 0.30" in Renderer().render("ack", "fi", ctx).text
    stockholm = Renderer(timezone="Europe/Stockholm").render("ack", "fi", ctx).text
    assert "25.11.2026 klo 23.30" in stockholm


@pytest.mark.parametrize(
    ("lang", "count"),
    [("fi", "jo 4 viestiä"), ("sv", "redan fått 4"), ("en", "already received 4")],
)
def test_the_one_notice_to_a_busy_sender_counts_todays_messages(
    letters: list[Letter], lang: str, count: str
) -> None:
    assert count in one(letters, "rate_limited", "repeated", lang)
