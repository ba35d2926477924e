"""Staff-facing sentences that code composes: command errors and results.

Code says *what* happened as a key and parameters (``Say("no_system",
name="Slotti")``); the words are in ``[staff_text]`` of each language's
terms.toml, with ``{name}`` placeholders. Parameters are put into the
staff language here: a Status becomes its [statuses] word, kinds their
[kinds_short] words, dates the language's date format. Staff and customer
text is only ever a value, never a format string.
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from .errors import TemplateError
from .model import Kind, Status
from .templates import Renderer, format_date, format_datetime

SECTION = "staff_text"


@dataclass(frozen=True)
class Say:
    """One sentence for staff: a [staff_text] key and its parameters."""

    key: str
    params: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Term:
    """A word to look up in a terms.toml section when the sentence is rendered."""

    section: str
    key: str

    def __str__(self) -> str:
        return self.key


def say(key: str, **params: object) -> Say:
    return Say(key, params)


def placeholders(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def _value(value: object, terms: Mapping[str, Mapping[str, str]], lang: str) -> str:
    if isinstance(value, Term):
        return terms.get(value.section, {}).get(value.key, value.key)
    if isinstance(value, Status):
        return terms.get("statuses", {}).get(value.value, value.value)
    if isinstance(value, Kind):
        return terms.get("kinds_short", {}).get(value.value, value.value)
    if isinstance(value, datetime):
        return format_datetime(value, lang)
    if isinstance(value, date):
        return format_date(value, lang)
    if isinstance(value, Sequence) and not isinstance(value, str):
        parts = [_value(v, terms, lang) for v in value]
        return ", ".join(parts) if parts else terms.get(SECTION, {}).get("none", "-")
    return str(value)


def text(renderer: Renderer, lang: str, sentence: Say) -> str:
    """``sentence`` in ``lang``. A key missing from terms.toml is a TemplateError."""
    terms = renderer.terms(lang)
    pattern = terms.get(SECTION, {}).get(sentence.key)
    if pattern is None:
        raise TemplateError(f"{lang}/terms.toml: [{SECTION}] has no {sentence.key!r}")
    values = {k: _value(v, terms, lang) for k, v in sentence.params.items()}
    missing = placeholders(pattern) - set(values)
    if missing:
        raise TemplateError(
            f"{lang}/terms.toml: [{SECTION}] {sentence.key} needs {', '.join(sorted(missing))}"
        )
    return pattern.format_map(values)


def lines(renderer: Renderer, lang: str, sentences: Sequence[Say]) -> str:
    return "\n".join(text(renderer, lang, s) for s in sentences)
