"""Customer- and staff-facing text: Jinja2 over ``templates/{fi,sv,en}/``.

Every message requestbot writes is a registered template (``REGISTRY``): a
subject (``NAME.subject.txt``), a plain-text body (``NAME.body.txt``) and, where
it helps, an HTML alternative (``NAME.body.html``). Each language folder also
holds ``terms.toml``: the words for kinds, system roles, statuses and the like,
so that no customer-facing word lives in Python.

Rules this module enforces:

* ``StrictUndefined``: a variable the template uses but the caller did not give
  is an error, never an empty string.
* Autoescape only for ``.html`` templates.
* User text is only ever a *variable*; templates come from files, so "{{ 7*7 }}"
  in a message body is printed as it is.
* Subjects are one line.

Dates: ``format_date`` / ``format_datetime`` give "28.12.2026" (fi, sv) and
"28 December 2026" (en); templates use them as the filters ``date`` and
``datetime``.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

import jinja2
import jinja2.meta

from requestbot.errors import TemplateError
from requestbot.template_registry import REGISTRY, TemplateSpec

__all__ = [
    "REGISTRY",
    "Rendered",
    "Renderer",
    "TemplateSpec",
    "check_all",
    "format_date",
    "format_datetime",
    "kind_name",
    "templates_dir",
]

DEFAULT_LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")
DEFAULT_TZ = "Europe/Helsinki"
TERMS_FILE = "terms.toml"
ENV_VAR = "REQUESTBOT_TEMPLATES"

# Month names are locale data for the English long date format; fi and sv use
# the numeric form "28.12.2026" that is standard in Finland.
_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


# --------------------------------------------------------------------------
# Dates and times
# --------------------------------------------------------------------------


def _as_date(value: date | datetime | str, tz: str = DEFAULT_TZ) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(ZoneInfo(tz))
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return date.fromisoformat(value)
    raise TypeError(f"expected a date, got {type(value).__name__}")


def format_date(d: date | datetime, lang: str, tz: str = DEFAULT_TZ) -> str:
    """Format a date for ``lang``: fi/sv "5.1.2027", en "5 January 2027".

    A datetime is first converted to ``tz``, the controller's time zone (if aware).
    """
    day = _as_date(d, tz)
    if lang in ("fi", "sv"):
        return f"{day.day}.{day.month}.{day.year}"
    if lang == "en":
        return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"
    raise TemplateError(f"unknown language {lang!r}")


def format_datetime(dt: datetime, lang: str, tz: str = DEFAULT_TZ) -> str:
    """Format a time for ``lang`` in ``tz``.

    fi "25.11.2026 klo 14.03", sv "25.11.2026 kl. 14.03",
    en "25 November 2026 at 14:03". A naive datetime is taken as already in ``tz``.
    """
    if not isinstance(dt, datetime):
        raise TypeError(f"expected a datetime, got {type(dt).__name__}")
    local = dt.astimezone(ZoneInfo(tz)) if dt.tzinfo is not None else dt
    day = format_date(local.date(), lang)
    if lang == "fi":
        return f"{day} klo {local.hour}.{local.minute:02d}"
    if lang == "sv":
        return f"{day} kl. {local.hour}.{local.minute:02d}"
    return f"{day} at {local.hour:02d}:{local.minute:02d}"


# --------------------------------------------------------------------------
# Where the templates are
# --------------------------------------------------------------------------


def templates_dir() -> Path:
    """The template folder: $REQUESTBOT_TEMPLATES, else the repository's
    ``templates/``, else the copy packaged as ``requestbot/_templates``."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    repo = Path(__file__).resolve().parent.parent / "templates"
    if repo.is_dir():
        return repo
    return Path(__file__).resolve().parent / "_templates"


# --------------------------------------------------------------------------
# Terms (kinds in plain words etc.), read from templates/{lang}/terms.toml
# --------------------------------------------------------------------------


@lru_cache(maxsize=32)
def _load_terms(directory: str, lang: str, mtime: float) -> dict[str, dict[str, str]]:
    path = Path(directory) / lang / TERMS_FILE
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError as exc:
        raise TemplateError(f"{path}: missing") from exc
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"{path}: {exc}") from exc
    terms: dict[str, dict[str, str]] = {}
    for section, table in data.items():
        if not isinstance(table, dict):
            raise TemplateError(f"{path}: [{section}] must be a table")
        terms[section] = {str(k): str(v) for k, v in table.items()}
    return terms


def _terms(directory: Path, lang: str) -> dict[str, dict[str, str]]:
    path = directory / lang / TERMS_FILE
    try:
        mtime = path.stat().st_mtime
    except FileNotFoundError as exc:
        raise TemplateError(f"{path}: missing") from exc
    return _load_terms(str(directory), lang, mtime)


def _folder_stamp(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """(name, mtime in ns, size) of every file in ``folder``: any edit, new file, removal
    or rename changes it."""
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return ()
    stamp = []
    for entry in entries:
        try:
            st = entry.stat()
        except FileNotFoundError:  # removed while we looked: the next look sees it
            continue
        stamp.append((entry.name, st.st_mtime_ns, st.st_size))
    return tuple(sorted(stamp))


def _term(terms: Mapping[str, Mapping[str, str]], section: str, key: object) -> str:
    """The text for ``key`` in ``[section]``; an unknown key is printed as is."""
    table = terms.get(section, {})
    text = str(getattr(key, "value", key))
    return table.get(text, text)


def kind_name(kind: str, lang: str) -> str:
    """A kind in plain words, e.g. kind_name("erasure", "fi") == "tietojesi poistaminen"."""
    if lang not in DEFAULT_LANGUAGES:
        raise TemplateError(f"unknown language {lang!r}")
    return _term(_terms(templates_dir(), lang), "kinds", kind)


# --------------------------------------------------------------------------
# The registry
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str | None


# --------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------

_PARTS = ("subject.txt", "body.txt", "body.html")
_JINJA_ERRORS = (jinja2.TemplateError, TypeError, ValueError, AttributeError, KeyError)


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _tidy(text: str) -> str:
    """Trailing spaces off, at most one blank line in a row, one final newline."""
    lines = [line.rstrip() for line in text.splitlines()]
    out = "\n".join(lines)
    out = re.sub(r"\n{3,}", "\n\n", out)
    return out.strip("\n") + "\n"


class Renderer:
    """Renders registered templates from one template folder."""

    def __init__(
        self,
        directory: Path | None = None,
        languages: Sequence[str] = DEFAULT_LANGUAGES,
        timezone: str = DEFAULT_TZ,
    ) -> None:
        self.directory = Path(directory) if directory is not None else templates_dir()
        self.languages = tuple(languages)
        self.timezone = timezone  # dates shown to people are the controller's dates
        self._envs: dict[str, jinja2.Environment] = {}
        self._terms: dict[str, dict[str, dict[str, str]]] = {}
        # (language, file) of optional parts that do not exist (most letters have no
        # HTML part): Jinja caches the templates it finds, not the ones it does not,
        # and would look on disk for them at every render.
        self._missing: set[tuple[str, str]] = set()
        # What the folders held when the first environment was made (check_changes).
        self._stamp: tuple[tuple[tuple[str, int, int], ...], ...] | None = None

    # -- edits while running -------------------------------------------------

    def _folders_stamp(self) -> tuple[tuple[tuple[str, int, int], ...], ...]:
        return tuple(_folder_stamp(self.directory / lang) for lang in self.languages)

    def check_changes(self) -> bool:
        """Forget the loaded templates and terms if any file in the language folders
        changed since they were loaded; returns whether they did.

        Templates are read once and kept (no file is looked at while rendering): the
        daemon calls this once per intake batch and housekeeping run, so an edited
        template is used from the next batch on, without a restart."""
        if self._stamp is None:
            return False  # nothing loaded yet: the first render reads the files
        stamp = self._folders_stamp()
        if stamp == self._stamp:
            return False
        self._envs.clear()
        self._terms.clear()
        self._missing.clear()
        self._stamp = None
        return True

    # -- environments ------------------------------------------------------

    def _env(self, lang: str) -> jinja2.Environment:
        if lang not in self.languages:
            raise TemplateError(f"unknown language {lang!r} (have {', '.join(self.languages)})")
        env = self._envs.get(lang)
        if env is None:
            if self._stamp is None:  # before reading: an edit from now on is seen
                self._stamp = self._folders_stamp()
            env = self._make_env(lang)
            self._envs[lang] = env
        return env

    def _lang_terms(self, lang: str) -> dict[str, dict[str, str]]:
        table = self._terms.get(lang)
        if table is None:
            table = self._terms[lang] = _terms(self.directory, lang)
        return table

    def _make_env(self, lang: str) -> jinja2.Environment:
        folder = self.directory / lang
        if not folder.is_dir():
            raise TemplateError(f"{folder}: template folder missing")
        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(folder)),
            undefined=jinja2.StrictUndefined,
            autoescape=jinja2.select_autoescape(
                enabled_extensions=("html",), default_for_string=False, default=False
            ),
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=False,  # check_changes() looks for edits, once per batch
        )

        def terms() -> dict[str, dict[str, str]]:
            return self._lang_terms(lang)

        def term(key: object, section: str) -> str:
            return _term(terms(), section, key)

        def kinds_list(kinds: Sequence[object]) -> str:
            names = [_term(terms(), "kinds", k) for k in kinds]
            return _join(names, _term(terms(), "words", "and"))

        def kinds_short(kinds: Sequence[object]) -> str:
            text = " + ".join(_term(terms(), "kinds_short", k) for k in kinds)
            return text[:1].upper() + text[1:]

        zone = self.timezone
        env.filters["date"] = lambda d: format_date(d, lang, zone)
        env.filters["datetime"] = lambda dt: format_datetime(dt, lang, zone)
        env.filters["kind_name"] = lambda k: _term(terms(), "kinds", k)
        env.filters["kinds_list"] = kinds_list
        env.filters["kinds_short"] = kinds_short
        env.filters["term"] = term
        env.globals["lang"] = lang
        return env

    # -- public ------------------------------------------------------------

    def terms(self, lang: str) -> dict[str, dict[str, str]]:
        """The [section] -> {key: text} tables of ``lang``'s terms.toml."""
        self._env(lang)  # the same checks as rendering: a known language with a folder
        return self._lang_terms(lang)

    def render(self, name: str, lang: str, context: Mapping[str, object]) -> Rendered:
        """Render template ``name`` in ``lang``. Raises TemplateError."""
        spec = REGISTRY.get(name)
        if spec is None:
            raise TemplateError(f"unknown template {name!r}")
        env = self._env(lang)
        missing = [v for v in spec.required if v not in context]
        if missing:
            raise TemplateError(f"{lang}/{name}: missing variables: {', '.join(missing)}")
        ctx: dict[str, object] = {**spec.optional, **context}
        subject = self._render_part(env, lang, f"{name}.subject.txt", ctx, required=True)
        text = self._render_part(env, lang, f"{name}.body.txt", ctx, required=True)
        html = self._render_part(env, lang, f"{name}.body.html", ctx, required=False)
        assert subject is not None and text is not None
        return Rendered(subject=_one_line(subject), text=_tidy(text), html=html)

    def _render_part(
        self,
        env: jinja2.Environment,
        lang: str,
        filename: str,
        ctx: Mapping[str, object],
        *,
        required: bool,
    ) -> str | None:
        if not required and (lang, filename) in self._missing:
            return None
        try:
            template = env.get_template(filename)
        except jinja2.TemplateNotFound as exc:
            if required:
                raise TemplateError(f"{lang}/{filename}: template missing") from exc
            self._missing.add((lang, filename))
            return None
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(
                f"{lang}/{exc.name or filename}:{exc.lineno}: {exc.message}"
            ) from exc
        try:
            return template.render(ctx)
        except _JINJA_ERRORS as exc:
            raise TemplateError(f"{lang}/{filename}: {exc}") from exc

    def referenced_variables(self, name: str, lang: str) -> set[str]:
        """Top-level variables the template files of ``name`` refer to."""
        env = self._env(lang)
        loader = env.loader
        assert loader is not None
        found: set[str] = set()
        for part in _PARTS:
            filename = f"{name}.{part}"
            try:
                source, _, _ = loader.get_source(env, filename)
            except jinja2.TemplateNotFound:
                continue
            try:
                ast = env.parse(source, filename)
            except jinja2.TemplateSyntaxError as exc:
                raise TemplateError(f"{lang}/{filename}:{exc.lineno}: {exc.message}") from exc
            found |= jinja2.meta.find_undeclared_variables(ast)
        return found - set(env.globals)


def _join(items: Sequence[str], conjunction: str) -> str:
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def check_all(renderer: Renderer | None = None, *, production: bool = False) -> list[str]:
    """Render every registered template in every language with its sample.

    Also checks that each template refers only to variables its spec
    declares, and that every template file in the folder is registered.
    With ``production``, also runs requests through the real flow in every
    language and lints every letter it writes (letter_check: no list items
    run together, no raw state or kind identifiers).
    Returns error strings; [] means all good.
    """
    renderer = renderer or Renderer()
    errors: list[str] = []
    if production:
        from requestbot.letter_check import check_production

        errors += check_all(renderer)
        if errors:
            return errors
        return check_production(renderer)
    for lang in renderer.languages:
        folder = renderer.directory / lang
        if not folder.is_dir():
            errors.append(f"{folder}: template folder missing")
            continue
        try:
            _terms(renderer.directory, lang)
        except TemplateError as exc:
            errors.append(str(exc))
        for path in sorted(folder.glob("*.*.*")):
            base = path.name.split(".", 1)[0]
            if base not in REGISTRY and not base.startswith("_"):
                errors.append(f"{lang}/{path.name}: not in REGISTRY")
        for name, spec in REGISTRY.items():
            declared = set(spec.required) | set(spec.optional)
            try:
                extra = renderer.referenced_variables(name, lang) - declared
            except TemplateError as exc:
                errors.append(str(exc))
                continue
            if extra:
                errors.append(f"{lang}/{name}: undeclared variables: {', '.join(sorted(extra))}")
            sample = spec.sample()
            missing = [v for v in spec.required if v not in sample]
            if missing:
                errors.append(f"{name}: sample lacks {', '.join(missing)}")
                continue
            try:
                renderer.render(name, lang, sample)
            except TemplateError as exc:
                errors.append(str(exc))
    return errors
