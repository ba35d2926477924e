"""The pure parts of staff mail: command lines, the command table, kinds, systems, auth."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from requestbot.config import StaffConfig, SystemConfig
from requestbot.model import InboundMessage, Kind
from requestbot.staff import authenticate, parse_commands
from requestbot.staff_commands import (
    BY_WORD,
    COMMANDS,
    CommandError,
    help_text,
    lookup,
    match_system,
    parse_kinds,
)
from requestbot.templates import Renderer

AUTHSERV = "mx.example.test"

# --- command lines ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "commands", "body"),
    [
        ("#reply\nHello there.\n", [("reply", "")], "Hello there."),
        ("#extend many systems\n", [("extend", "many systems")], ""),
        ("\n\n#Done  force  \n", [("done", "force")], ""),
        ("  #done force\n", [], "#done force"),  # indented: pasted text, never a command
        ("#vastaa / #svara / #reply <teksti>\n", [], "#vastaa / #svara / #reply <teksti>"),
        (
            "#note: called\n\n#verified\n\nrest\nmore",
            [("note", "called"), ("verified", "")],
            "rest\nmore",
        ),
        ("# reply\ntext", [("reply", "")], "text"),
        ("#hylkää osittain syyt", [("hylkää", "osittain syyt")], ""),
        ("Hello\n#reply text", [("reply", "text")], ""),  # after a greeting: a command
        ("Hei,\n\n#valmis\n", [("valmis", "")], ""),
        ("Hei,\n#1 priority today\n", [], "Hei,\n#1 priority today"),  # not a command word
        ("#frobnicate now\n#verified", [("frobnicate", "now"), ("verified", "")], ""),
        ("", [], ""),
        ("#\n", [], "#"),  # a lone hash is no command
    ],
)
def test_parse_commands(text: str, commands: list[tuple[str, str]], body: str) -> None:
    parsed = parse_commands(text)
    assert [(c.word, c.args) for c in parsed.commands] == commands
    assert parsed.body == body


def test_crlf_line_ends() -> None:
    parsed = parse_commands("#note a\r\n#verified\r\nbody\r\n")
    assert [c.word for c in parsed.commands] == ["note", "verified"] and parsed.body == "body"


@pytest.mark.parametrize(
    ("text", "commands", "ignored"),
    [
        # A command inside a sentence is not run, but reported.
        ("Hei, #valmis https://x.example.fi\n", [], ["Hei, #valmis https://x.example.fi"]),
        # A command below the body of #reply is not run either.
        ("#vastaa\nHei Matti,\nohessa.\n#valmis\n", [("vastaa", "")], ["#valmis"]),
        ("Soitin asiakkaalle.\n", [], []),
        ("Tilaus #12345 on lähetetty.\n", [], []),  # '#12345' names no command
    ],
)
def test_lines_that_look_like_commands_are_reported(
    text: str, commands: list[tuple[str, str]], ignored: list[str]
) -> None:
    parsed = parse_commands(text)
    assert [(c.word, c.args) for c in parsed.commands] == commands
    assert list(parsed.ignored) == ignored


# --- the command table ----------------------------------------------------------------

ALIASES = {
    "reply": ["vastaa"],
    "verified": ["vahvistettu"],
    "extend": ["jatka"],
    "done": ["valmis"],
    "refuse": ["hylkää", "hylkaa"],
    "kind": ["tyyppi"],
    "language": ["kieli"],
    "system": ["järjestelmä", "jarjestelma"],
    "note": ["huom"],
    "not-a-request": ["ei-pyyntö", "ei-pyynto"],
    "reopen": ["avaa"],
    "help": ["apua"],
}


@pytest.mark.parametrize(("word", "name"), [(w, n) for n, ws in ALIASES.items() for w in (n, *ws)])
def test_every_name_and_alias_finds_its_command(word: str, name: str) -> None:
    command = lookup(word)
    assert command is not None and command.name == name
    assert lookup(word.upper()) is command


def test_decomposed_umlauts_still_match() -> None:
    import unicodedata

    assert lookup(unicodedata.normalize("NFD", "hylkää")) is lookup("hylkaa")


def test_no_word_names_two_commands() -> None:
    words = [w for c in COMMANDS for w in c.words]
    assert len(words) == len(set(words)) == len(BY_WORD)


def test_unknown_word() -> None:
    assert lookup("frobnicate") is None


def test_help_text_has_one_line_per_command() -> None:
    lines = help_text().splitlines()
    assert len(lines) == len(COMMANDS)
    for command, line in zip(COMMANDS, lines, strict=True):
        assert line.startswith(f"#{command.name}") and command.help in line


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_help_mail_lists_every_command(lang: str) -> None:
    """The help mail's list lives in the templates: it must name every command."""
    rendered = Renderer().render(
        "staff_help", lang, {"controller": {"name": "X", "address": "Y", "email": "z@example.fi"}}
    )
    for command in COMMANDS:
        assert f"#{command.name}" in rendered.text, command.name


# --- kinds ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "kinds"),
    [
        ("erasure marketing_opt_out", (Kind.ERASURE, Kind.MARKETING_OPT_OUT)),
        ("poisto, markkinointikielto", (Kind.ERASURE, Kind.MARKETING_OPT_OUT)),
        ("tarkastus+oikaisu", (Kind.ACCESS, Kind.RECTIFICATION)),
        ("Marketing-Opt-Out access", (Kind.ACCESS, Kind.MARKETING_OPT_OUT)),
        ("radering registerutdrag", (Kind.ACCESS, Kind.ERASURE)),
        ("valitus valitus", (Kind.COMPLAINT,)),
    ],
)
def test_parse_kinds(args: str, kinds: tuple[Kind, ...]) -> None:
    assert parse_kinds(args) == kinds


@pytest.mark.parametrize("args", ["", "   ", "erasure teleport"])
def test_parse_kinds_errors(args: str) -> None:
    with pytest.raises(CommandError):
        parse_kinds(args)


# --- systems ---------------------------------------------------------------------------


def ctx_with(**cfg: Any) -> Any:
    return SimpleNamespace(cfg=SimpleNamespace(**cfg))


SYSTEMS = (
    SystemConfig("Slotti"),
    SystemConfig("Business Central"),
    SystemConfig("Business Central Archive"),
    SystemConfig("OK-perintä"),
)


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("slotti", "Slotti"),
        ("SL", "Slotti"),
        ("business central", "Business Central"),  # exact beats prefix
        ("business central a", "Business Central Archive"),
        ("ok", "OK-perintä"),
    ],
)
def test_match_system(typed: str, found: str) -> None:
    assert match_system(ctx_with(systems=SYSTEMS), typed) == found


@pytest.mark.parametrize(("typed", "error"), [("bus", "ambiguous_system"), ("google", "no_system")])
def test_match_system_errors(typed: str, error: str) -> None:
    with pytest.raises(CommandError, match=error):
        match_system(ctx_with(systems=SYSTEMS), typed)


# --- authentication ----------------------------------------------------------------------


def msg(*auth: str, sender: str = "staff@example.fi") -> InboundMessage:
    return InboundMessage(message_id="<m@example.test>", from_addr=sender, auth_results=auth)


DKIM_ONLY = f"{AUTHSERV}; dkim=pass header.d=example.fi; dmarc=none header.from=example.fi"
BOTH = f"{AUTHSERV}; dkim=pass header.d=example.fi; dmarc=pass header.from=example.fi"


@pytest.mark.parametrize(
    ("staff", "message", "ok"),
    [
        (StaffConfig(authserv_id=AUTHSERV), msg(BOTH), True),
        (StaffConfig(authserv_id=AUTHSERV), msg(DKIM_ONLY), True),
        (StaffConfig(authserv_id=AUTHSERV, authentication="dmarc"), msg(DKIM_ONLY), False),
        (StaffConfig(authserv_id=AUTHSERV), msg(), False),
        (StaffConfig(authserv_id=AUTHSERV), msg(BOTH.replace(AUTHSERV, "mx.example.com")), False),
        (StaffConfig(authserv_id=AUTHSERV), msg(BOTH, sender="staff@example.com"), False),
        (StaffConfig(authentication="none"), msg(), False),
        (StaffConfig(authentication="none", insecure_trust_from=True), msg(), True),
    ],
    ids=[
        "dmarc",
        "dkim",
        "dmarc-only-mode",
        "none",
        "other-authserv",
        "unaligned",
        "none-unsafe",
        "none-trusted",
    ],
)
def test_authenticate(staff: StaffConfig, message: InboundMessage, ok: bool) -> None:
    assert authenticate(ctx_with(staff=staff), message).ok is ok
