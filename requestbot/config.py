"""Configuration: one TOML file -> frozen dataclasses.

Every key is documented in config.example.toml. Unknown keys, missing
required keys, wrong types and impossible combinations are rejected with a
ConfigError that names the file and the key. Secrets never live in the file:
``password_env`` names an environment variable, ``password_file`` a file.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import os
import re
import tomllib
import types
import typing
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .authcheck import AUTH_MODES
from .errors import ConfigError
from .model import LANGUAGES, Kind

SECURITY_MODES = ("ssl", "starttls", "none")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
ENV_VAR = "REQUESTBOT_CONFIG"
#: [performance] workers: more processes than this would only wait on the one writer.
MAX_WORKERS = 8
#: imap.idle_recheck_seconds: 0 (IDLE push alone) or this range.
MIN_IDLE_RECHECK = 0.05
MAX_IDLE_RECHECK = 60.0


@dataclass(frozen=True)
class LocalText:
    """A text shown to people, one per language (a TOML table ``{fi = "", sv = "", en = ""}``)."""

    fi: str = ""
    sv: str = ""
    en: str = ""

    def get(self, lang: str) -> str:
        return str(getattr(self, lang, "")) if lang in LANGUAGES else ""

    def __bool__(self) -> bool:
        return bool(self.fi or self.sv or self.en)


@dataclass(frozen=True)
class ControllerConfig:
    name: str
    address: str
    postal_address: str = ""
    website: str = ""
    timezone: str = "Europe/Helsinki"
    country: str = "FI"
    languages: tuple[str, ...] = ("fi", "sv", "en")
    default_language: str = "fi"
    case_prefix: str = "DSR"
    # Art 15(1)(g): where the personal data comes from; (h): automated decisions (empty = none).
    data_sources: LocalText = field(default_factory=LocalText)
    automated_decisions: LocalText = field(default_factory=LocalText)
    # ``name`` / ``postal_address`` given as a table per language (Vaasa / Vasa); filled by load.
    name_text: LocalText = field(default_factory=LocalText)
    postal_address_text: LocalText = field(default_factory=LocalText)

    def name_in(self, lang: str) -> str:
        return self.name_text.get(lang) or self.name

    def postal_address_in(self, lang: str) -> str:
        return self.postal_address_text.get(lang) or self.postal_address


@dataclass(frozen=True)
class Secret:
    """Where a password comes from; resolved only when it is needed."""

    key: str
    env: str = ""
    file: str = ""
    config_file: str = ""

    def resolve(self) -> str | None:
        if self.env:
            value = os.environ.get(self.env)
            if value is None:
                raise ConfigError(
                    f"environment variable {self.env} is not set",
                    file=self.config_file,
                    key=f"{self.key}.password_env",
                )
            return value
        if self.file:
            try:
                return Path(self.file).read_text(encoding="utf-8").strip()
            except OSError as exc:
                raise ConfigError(
                    f"cannot read password file {self.file}: {exc.strerror}",
                    file=self.config_file,
                    key=f"{self.key}.password_file",
                ) from exc
        return None


@dataclass(frozen=True)
class ImapConfig:
    host: str = ""
    port: int = 993
    security: str = "ssl"
    username: str = ""
    password_env: str = ""
    password_file: str = ""
    oauth2_command: str = ""
    maildir: str = ""
    folder: str = "INBOX"
    processed_folder: str = "Processed"
    automated_folder: str = "Automated"
    quarantine_folder: str = "Quarantine"
    idle: bool = True
    idle_recheck_seconds: float = 0.1
    poll_seconds: int = 60
    timeout_seconds: int = 30
    cafile: str = ""
    allow_insecure: bool = False
    max_message_bytes: int = 25_000_000
    max_message_seconds: float = 30.0
    secret: Secret = field(default_factory=lambda: Secret("imap"), compare=False)


@dataclass(frozen=True)
class SmtpConfig:
    host: str = ""
    port: int = 465
    security: str = "ssl"
    username: str = ""
    password_env: str = ""
    password_file: str = ""
    oauth2_command: str = ""
    from_address: str = ""
    from_name: str = ""
    timeout_seconds: int = 30
    cafile: str = ""
    allow_insecure: bool = False
    transport: str = "smtp"
    file_dir: str = ""
    save_to_sent: bool = False
    sent_folder: str = "Sent"
    secret: Secret = field(default_factory=lambda: Secret("smtp"), compare=False)


@dataclass(frozen=True)
class StaffConfig:
    addresses: tuple[str, ...] = ()
    notify: tuple[str, ...] = ()
    escalation: tuple[str, ...] = ()
    digest_time: str = "08:00"
    digest_days: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri")
    digest_all_clear: bool = True
    authentication: str = "dmarc_or_dkim"
    authserv_id: str = ""
    insecure_trust_from: bool = False
    alert_after_minutes: int = 60
    alert_interval_minutes: int = 180
    language: str = ""  # staff mail; empty: controller.default_language
    customer_service: str = ""  # where #forward sends mail that is not a rights request


@dataclass(frozen=True)
class RequestsConfig:
    max_acks_per_sender_per_day: int = 3
    max_acks_per_hour: int = 60
    ack_non_requests: bool = False
    optout_autoclose: bool = True
    confirm_kinds: tuple[str, ...] = (
        "access",
        "rectification",
        "erasure",
        "restriction",
        "portability",
    )
    confirm_reminder_days: int = 7
    close_unconfirmed: bool = True
    close_unconfirmed_days_before_due: int = 2
    min_confidence: float = 0.6
    notice_answer_days: int = 14


@dataclass(frozen=True)
class StorageConfig:
    path: str = "requestbot-data/cases.json"
    spool_dir: str = "requestbot-data/spool"
    suppression_hash_key_env: str = ""
    suppression_hash_key_file: str = ""


@dataclass(frozen=True)
class DeadlinesConfig:
    christmas_eve_is_holiday: bool = False
    extra_non_working_days: tuple[str, ...] = ()
    reminder_working_days: tuple[int, ...] = (7, 2)


SYSTEM_ROLES = ("internal", "recipient", "controller")
ERASURE_MODES = ("erase", "restrict")


@dataclass(frozen=True)
class SystemConfig:
    """One system or recipient holding personal data; letters are written from this."""

    name: str
    kinds: tuple[str, ...] = ()
    note: str = ""  # for staff only, e.g. "restrict, do not erase"
    notice_address: str = ""  # Art 19 notices by mail (art19.py)
    notice_language: str = ""
    # internal: our own system (or one run for us); recipient: data is disclosed to it
    # (Art 4(9), 19); controller: a recipient that is an independent controller (police).
    role: str = "internal"
    title: LocalText = field(default_factory=LocalText)  # name shown in letters, if not ``name``
    purpose: LocalText = field(default_factory=LocalText)  # Art 15(1)(a)
    categories: LocalText = field(default_factory=LocalText)  # Art 15(1)(b)
    retention: LocalText = field(default_factory=LocalText)  # Art 15(1)(d): how long
    legal_ground: LocalText = field(default_factory=LocalText)  # why that long
    on_erasure: str = "erase"  # restrict: kept under retention + legal_ground (Art 17(3))
    transfer: LocalText = field(default_factory=LocalText)  # outside the EU/EEA: where
    safeguard: LocalText = field(default_factory=LocalText)  # Art 45/46 basis of the transfer

    def title_in(self, lang: str) -> str:
        return self.title.get(lang) or self.name


@dataclass(frozen=True)
class RetentionConfig:
    closed_case_months: int = 36
    message_body_days: int = 180
    archive_after_months: int = 12
    delete_processed_mail: bool = False
    processed_mail_days: int = 180
    automated_mail_days: int = 30
    remove_identity_documents: bool = True
    log_days: int = 90


def default_workers() -> int:
    """2 worker processes on a machine with a second core, else none. One worker
    set the pace of a backlog even on two cores (the writer waited for it most of the
    time); with more than two the one writer does."""
    return 2 if (os.cpu_count() or 1) >= 2 else 0


@dataclass(frozen=True)
class PerformanceConfig:
    workers: int = field(default_factory=default_workers)


@dataclass(frozen=True)
class Config:
    controller: ControllerConfig
    imap: ImapConfig = field(default_factory=ImapConfig)
    smtp: SmtpConfig = field(default_factory=SmtpConfig)
    staff: StaffConfig = field(default_factory=StaffConfig)
    requests: RequestsConfig = field(default_factory=RequestsConfig)
    storage: StorageConfig = field(default_factory=StorageConfig)
    deadlines: DeadlinesConfig = field(default_factory=DeadlinesConfig)
    systems: tuple[SystemConfig, ...] = ()
    retention: RetentionConfig = field(default_factory=RetentionConfig)
    performance: PerformanceConfig = field(default_factory=PerformanceConfig)
    path: str = ""

    @property
    def base_dir(self) -> Path:
        return Path(self.path).resolve().parent if self.path else Path.cwd()

    def resolve_path(self, value: str) -> Path:
        p = Path(value).expanduser()
        return p if p.is_absolute() else self.base_dir / p

    @property
    def extra_non_working_days(self) -> frozenset[date]:
        return frozenset(date.fromisoformat(d) for d in self.deadlines.extra_non_working_days)

    @property
    def own_addresses(self) -> tuple[str, ...]:
        found = {self.controller.address.lower()}
        if self.smtp.from_address:
            found.add(self.smtp.from_address.lower())
        return tuple(sorted(found))

    @property
    def own_domains(self) -> tuple[str, ...]:
        return tuple(sorted({a.rpartition("@")[2] for a in self.own_addresses if "@" in a}))

    @property
    def staff_language(self) -> str:
        """The language of every staff mail: ``[staff] language``, else the default."""
        return self.staff.language or self.controller.default_language

    @property
    def sender_address(self) -> str:
        return self.smtp.from_address or self.controller.address


SECTIONS: dict[str, type] = {
    "controller": ControllerConfig,
    "imap": ImapConfig,
    "smtp": SmtpConfig,
    "staff": StaffConfig,
    "requests": RequestsConfig,
    "storage": StorageConfig,
    "deadlines": DeadlinesConfig,
    "retention": RetentionConfig,
    "performance": PerformanceConfig,
}
# TOML key -> dataclass field where they differ ("from" is a Python keyword).
RENAMED = {("smtp", "from"): "from_address"}
# Dataclass fields that are filled by ``from_dict`` and are not TOML keys of their own.
INTERNAL_FIELDS = frozenset({"secret", "name_text", "postal_address_text"})
# [controller] keys that may be a string or a table per language.
LOCALISED_CONTROLLER_KEYS = {"name": "name_text", "postal_address": "postal_address_text"}


def config_path(explicit: str | None) -> Path:
    """--config PATH, else $REQUESTBOT_CONFIG, else ./config.toml."""
    if explicit:
        return Path(explicit)
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    return Path("config.toml")


def load(path: str | os.PathLike[str]) -> Config:
    file = str(path)
    try:
        raw = Path(file).read_bytes()
    except FileNotFoundError as exc:
        raise ConfigError(
            "config file not found (use --config PATH or $REQUESTBOT_CONFIG)", file=file
        ) from exc
    except OSError as exc:
        raise ConfigError(f"cannot read config file: {exc.strerror}", file=file) from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError("config file is not UTF-8", file=file) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", file=file) from exc
    return from_dict(data, file=file)


def from_dict(data: dict[str, Any], *, file: str = "<config>") -> Config:
    allowed = set(SECTIONS) | {"systems"}
    for key in data:
        if key not in allowed:
            raise ConfigError(
                f"unknown section or key (expected one of: {', '.join(sorted(allowed))})",
                file=file,
                key=key,
            )
    if "controller" not in data:
        raise ConfigError("missing required section [controller]", file=file, key="controller")
    built: dict[str, Any] = {}
    for name, cls in SECTIONS.items():
        section = data.get(name, {})
        if not isinstance(section, dict):
            raise ConfigError("expected a table", file=file, key=name)
        localised: dict[str, LocalText] = {}
        if name == "controller":
            section, localised = _split_localised(section, file)
        built[name] = _build(cls, section, name, file)
        if localised:
            built[name] = dataclasses.replace(built[name], **localised)
    systems = data.get("systems", [])
    if not isinstance(systems, list):
        raise ConfigError("expected an array of tables [[systems]]", file=file, key="systems")
    sys_list = []
    for i, item in enumerate(systems):
        if not isinstance(item, dict):
            raise ConfigError("expected a table", file=file, key=f"systems[{i}]")
        sys_list.append(_build(SystemConfig, item, f"systems[{i}]", file))
    built["imap"] = dataclasses.replace(
        built["imap"],
        secret=Secret("imap", built["imap"].password_env, built["imap"].password_file, file),
    )
    built["smtp"] = dataclasses.replace(
        built["smtp"],
        secret=Secret("smtp", built["smtp"].password_env, built["smtp"].password_file, file),
    )
    cfg = Config(systems=tuple(sys_list), path=file, **built)
    _validate(cfg, file)
    return cfg


def _split_localised(
    section: dict[str, Any], file: str
) -> tuple[dict[str, Any], dict[str, LocalText]]:
    """[controller] name / postal_address as a table per language: the default
    language's text stays the plain value, the table goes to ``*_text``."""
    section = dict(section)
    found: dict[str, LocalText] = {}
    for key, target in LOCALISED_CONTROLLER_KEYS.items():
        value = section.get(key)
        if isinstance(value, dict):
            text = _coerce(value, LocalText, f"controller.{key}", file)
            found[target] = text
            lang = section.get("default_language", "fi")
            section[key] = text.get(lang if isinstance(lang, str) else "fi") or text.fi
    return section, found


def _build(cls: type, section: dict[str, Any], prefix: str, file: str) -> Any:
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.name not in INTERNAL_FIELDS}
    values: dict[str, Any] = {}
    toml_name = {f: k for (p, k), f in RENAMED.items() if p == prefix}
    for key, value in section.items():
        fname = RENAMED.get((prefix, key), key)
        if fname not in fields or (fname in toml_name and key != toml_name[fname]):
            if key == "password" and "password_env" in fields:
                raise ConfigError(
                    "passwords are not kept in the config file: use password_env or "
                    "password_file (password_env names an environment variable, "
                    "password_file a file only requestbot can read)",
                    file=file,
                    key=f"{prefix}.{key}",
                )
            known = sorted(toml_name.get(n, n) for n in fields)
            raise ConfigError(
                f"unknown key (known keys: {', '.join(known)})", file=file, key=f"{prefix}.{key}"
            )
        values[fname] = _coerce(value, hints[fname], f"{prefix}.{key}", file)
    for name, f in fields.items():
        missing = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        if missing and name not in values:
            raise ConfigError("missing required key", file=file, key=f"{prefix}.{name}")
    return cls(**values)


def _coerce(value: Any, hint: Any, key: str, file: str) -> Any:
    if hint is LocalText:
        if not isinstance(value, dict):
            raise ConfigError(
                f'expected a table of texts per language, e.g. {{ fi = "...", sv = "...", '
                f'en = "..." }}, got {_tname(value)}',
                file=file,
                key=key,
            )
        for lang, text in value.items():
            if lang not in LANGUAGES:
                raise ConfigError(
                    f"unknown language (expected {', '.join(LANGUAGES)})",
                    file=file,
                    key=f"{key}.{lang}",
                )
            if not isinstance(text, str):
                raise ConfigError(
                    f"expected a string, got {_tname(text)}", file=file, key=f"{key}.{lang}"
                )
        return LocalText(**{k: v.strip() for k, v in value.items()})
    origin = typing.get_origin(hint)
    if origin is tuple:
        (item_type, _) = typing.get_args(hint)
        if not isinstance(value, list):
            raise ConfigError(f"expected a list, got {_tname(value)}", file=file, key=key)
        return tuple(_coerce(v, item_type, f"{key}[{i}]", file) for i, v in enumerate(value))
    if origin in (types.UnionType, typing.Union):
        raise ConfigError("unsupported type in schema", file=file, key=key)
    expected = {str: "a string", int: "an integer", bool: "true or false", float: "a number"}
    if hint is bool:
        ok = isinstance(value, bool)
    elif hint is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif hint is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        value = float(value) if ok else value
    else:
        ok = isinstance(value, hint)
    if not ok:
        raise ConfigError(
            f"expected {expected.get(hint, hint)}, got {_tname(value)} {value!r}",
            file=file,
            key=key,
        )
    return value


def _tname(value: Any) -> str:
    return {bool: "boolean", int: "integer", float: "number", str: "string", list: "list"}.get(
        type(value), type(value).__name__
    )


_ADDR = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


def _validate(cfg: Config, file: str) -> None:
    def fail(key: str, msg: str) -> None:
        raise ConfigError(msg, file=file, key=key)

    c = cfg.controller
    if not _ADDR.match(c.address):
        fail("controller.address", f"expected an e-mail address, got {c.address!r}")
    try:
        ZoneInfo(c.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        fail("controller.timezone", f"unknown timezone {c.timezone!r} (e.g. 'Europe/Helsinki')")
    for lang in c.languages:
        if lang not in LANGUAGES:
            fail("controller.languages", f"unsupported language {lang!r} (supported: fi, sv, en)")
    if not c.languages:
        fail("controller.languages", "at least one language is needed")
    if c.default_language not in c.languages:
        fail("controller.default_language", f"{c.default_language!r} is not in languages")
    if not re.fullmatch(r"[A-Z][A-Z0-9]{0,9}", c.case_prefix):
        fail("controller.case_prefix", "expected 1-10 capital letters or digits, e.g. 'DSR'")
    try:
        from .deadlines import _holidays_for

        _holidays_for(c.country, 2026)
    except ConfigError:
        fail("controller.country", f"unknown country code {c.country!r} (e.g. 'FI')")

    for sect in ("imap", "smtp"):
        s = getattr(cfg, sect)
        if s.security not in SECURITY_MODES:
            fail(f"{sect}.security", f"expected one of ssl, starttls, none; got {s.security!r}")
        if not 0 < s.port < 65536:
            fail(f"{sect}.port", f"expected a port number 1-65535, got {s.port}")
        if s.password_env and s.password_file:
            fail(f"{sect}.password_file", "give password_env or password_file, not both")
        if s.security == "none" and s.host and not s.allow_insecure and not is_loopback(s.host):
            fail(
                f"{sect}.security",
                f'security = "none" sends the password unencrypted to {s.host}; '
                f"use ssl or starttls, or set {sect}.allow_insecure = true",
            )
    i = cfg.imap
    if i.maildir and i.host:
        fail(
            "imap.maildir", "give either imap.host (IMAP) or imap.maildir (local Maildir), not both"
        )
    if i.host and not i.username:
        fail("imap.username", "missing required key (needed with imap.host)")
    if i.poll_seconds < 1:
        fail("imap.poll_seconds", "expected at least 1")
    if i.idle_recheck_seconds != 0 and not (
        MIN_IDLE_RECHECK <= i.idle_recheck_seconds <= MAX_IDLE_RECHECK
    ):
        fail(
            "imap.idle_recheck_seconds",
            f"expected 0 (IDLE push alone) or {MIN_IDLE_RECHECK} to {MAX_IDLE_RECHECK} "
            f"seconds, got {i.idle_recheck_seconds}",
        )
    if i.max_message_bytes < 1024:
        fail("imap.max_message_bytes", "expected at least 1024")
    if i.max_message_seconds < 0:
        fail("imap.max_message_seconds", "expected 0 (no budget) or more")
    if not 0 <= cfg.performance.workers <= MAX_WORKERS:
        fail(
            "performance.workers",
            f"expected 0 (all in the daemon's process) to {MAX_WORKERS}, "
            f"got {cfg.performance.workers}",
        )
    s = cfg.smtp
    if s.transport not in ("smtp", "file"):
        fail("smtp.transport", f"expected 'smtp' or 'file', got {s.transport!r}")
    if s.transport == "file" and not s.file_dir:
        fail("smtp.file_dir", 'missing required key (needed with transport = "file")')
    if s.from_address and not _ADDR.match(s.from_address):
        fail("smtp.from", f"expected an e-mail address, got {s.from_address!r}")

    st = cfg.staff
    for key in ("addresses", "notify", "escalation"):
        for a in getattr(st, key):
            if not _ADDR.match(a):
                fail(f"staff.{key}", f"expected e-mail addresses, got {a!r}")
    if st.language and st.language not in cfg.controller.languages:
        fail(
            "staff.language",
            f"{st.language!r} is not in controller.languages "
            f"({', '.join(cfg.controller.languages)})",
        )
    if st.customer_service and not _ADDR.match(st.customer_service):
        fail("staff.customer_service", f"expected an e-mail address, got {st.customer_service!r}")
    if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", st.digest_time):
        fail("staff.digest_time", f"expected HH:MM (24-hour), got {st.digest_time!r}")
    for d in st.digest_days:
        if d not in WEEKDAYS:
            fail("staff.digest_days", f"expected day names {', '.join(WEEKDAYS)}; got {d!r}")
    if st.authentication not in AUTH_MODES:
        fail("staff.authentication", f"expected one of {', '.join(AUTH_MODES)}")
    if st.authentication == "none" and not st.insecure_trust_from:
        fail(
            "staff.authentication",
            'authentication = "none" trusts a forgeable From header; '
            "it needs insecure_trust_from = true as well",
        )
    needs_id = st.authentication in ("dmarc_or_dkim", "dmarc")
    if needs_id and st.addresses and not st.authserv_id:
        fail(
            "staff.authserv_id",
            "missing: the authserv-id of your receiving server's Authentication-Results "
            "header is needed to recognise staff mail",
        )

    r = cfg.requests
    for k in r.confirm_kinds:
        if k not in {x.value for x in Kind}:
            fail("requests.confirm_kinds", f"unknown kind {k!r}")
    if r.max_acks_per_sender_per_day < 1:
        fail("requests.max_acks_per_sender_per_day", "expected at least 1")
    if r.max_acks_per_hour < 1:
        fail("requests.max_acks_per_hour", "expected at least 1")
    if r.close_unconfirmed_days_before_due < 1:
        fail(
            "requests.close_unconfirmed_days_before_due",
            "expected at least 1 (the closing letter must reach the requester by the due date)",
        )
    if r.confirm_reminder_days < 1:
        fail("requests.confirm_reminder_days", "expected at least 1")
    if not 0 <= r.min_confidence <= 1:
        fail("requests.min_confidence", "expected a number between 0 and 1")
    if r.notice_answer_days < 1:
        fail("requests.notice_answer_days", "expected at least 1")

    for i2, d in enumerate(cfg.deadlines.extra_non_working_days):
        try:
            date.fromisoformat(d)
        except ValueError:
            fail(f"deadlines.extra_non_working_days[{i2}]", f"expected YYYY-MM-DD, got {d!r}")
    names = set()
    for i3, sys_ in enumerate(cfg.systems):
        if not sys_.name.strip():
            fail(f"systems[{i3}].name", "must not be empty")
        if sys_.name.lower() in names:
            fail(f"systems[{i3}].name", f"duplicate system name {sys_.name!r}")
        names.add(sys_.name.lower())
        for k in sys_.kinds:
            if k not in {x.value for x in Kind}:
                fail(
                    f"systems[{i3}].kinds",
                    f"unknown kind {k!r} for system {sys_.name!r} "
                    f"(known: {', '.join(x.value for x in Kind)})",
                )
        if sys_.notice_address and not _ADDR.match(sys_.notice_address):
            fail(
                f"systems[{i3}].notice_address",
                f"expected an e-mail address, got {sys_.notice_address!r}",
            )
        if sys_.notice_address.lower() in cfg.own_addresses:
            fail(f"systems[{i3}].notice_address", "is our own address (a mail loop)")
        if sys_.notice_language and sys_.notice_language not in c.languages:
            fail(
                f"systems[{i3}].notice_language",
                f"expected one of {', '.join(c.languages)}, got {sys_.notice_language!r}",
            )
        _validate_system(sys_, f"systems[{i3}]", c.languages, fail)
    for key in ("data_sources", "automated_decisions", "name_text", "postal_address_text"):
        toml_key = {"name_text": "name", "postal_address_text": "postal_address"}.get(key, key)
        _complete(getattr(c, key), f"controller.{toml_key}", c.languages, fail)
    sg = cfg.storage
    if sg.suppression_hash_key_env and sg.suppression_hash_key_file:
        fail(
            "storage.suppression_hash_key_file",
            "give suppression_hash_key_env or suppression_hash_key_file, not both",
        )
    rt = cfg.retention
    if rt.closed_case_months < 1:
        fail("retention.closed_case_months", "expected at least 1")
    if rt.message_body_days < 1:
        fail("retention.message_body_days", "expected at least 1")
    for key in ("processed_mail_days", "automated_mail_days"):
        if getattr(rt, key) < 1:
            fail(f"retention.{key}", "expected at least 1")


#: A shorter key makes the hashes of a small address space guessable offline.
MIN_HASH_KEY_BYTES = 16


def suppression_hash_key(cfg: Config) -> bytes | None:
    """The HMAC key of the suppression list, from the environment variable or the
    file the config names (never from the config itself); None if neither is set."""
    sg = cfg.storage
    if sg.suppression_hash_key_env:
        key_name, where = (
            "storage.suppression_hash_key_env",
            f"environment variable {sg.suppression_hash_key_env}",
        )
        value = os.environ.get(sg.suppression_hash_key_env)
        if value is None:
            raise ConfigError(f"{where} is not set", file=cfg.path, key=key_name)
        raw = value.strip().encode()
    elif sg.suppression_hash_key_file:
        key_name = "storage.suppression_hash_key_file"
        path = cfg.resolve_path(sg.suppression_hash_key_file)
        where = f"key file {path}"
        try:
            raw = path.read_bytes().strip()
        except OSError as exc:
            raise ConfigError(
                f"cannot read {where}: {exc.strerror}", file=cfg.path, key=key_name
            ) from exc
    else:
        return None
    if len(raw) < MIN_HASH_KEY_BYTES:
        raise ConfigError(
            f"the suppression hash key in {where} is {len(raw)} bytes; "
            f"at least {MIN_HASH_KEY_BYTES} are needed (e.g. `openssl rand -hex 32`)",
            file=cfg.path,
            key=key_name,
        )
    return raw


def _complete(
    text: LocalText, key: str, languages: tuple[str, ...], fail: typing.Callable[[str, str], None]
) -> None:
    """A text given in one language must be given in every language letters are written in."""
    if not text:
        return
    for lang in languages:
        if not text.get(lang):
            fail(
                f"{key}.{lang}", "missing: give the text in every language of controller.languages"
            )


def _validate_system(
    system: SystemConfig,
    key: str,
    languages: tuple[str, ...],
    fail: typing.Callable[[str, str], None],
) -> None:
    if system.role not in SYSTEM_ROLES:
        fail(f"{key}.role", f"expected one of {', '.join(SYSTEM_ROLES)}; got {system.role!r}")
    if system.on_erasure not in ERASURE_MODES:
        fail(
            f"{key}.on_erasure",
            f"expected one of {', '.join(ERASURE_MODES)}; got {system.on_erasure!r}",
        )
    for name in ("title", "purpose", "categories", "retention", "legal_ground"):
        _complete(getattr(system, name), f"{key}.{name}", languages, fail)
    _complete(system.transfer, f"{key}.transfer", languages, fail)
    _complete(system.safeguard, f"{key}.safeguard", languages, fail)
    if system.transfer and not system.safeguard:
        fail(
            f"{key}.safeguard",
            "missing: data sent outside the EU/EEA needs its safeguard named "
            "(adequacy decision, standard contractual clauses ...; Art 15(2), 45, 46)",
        )
    if system.on_erasure == "restrict":
        for name in ("retention", "legal_ground"):
            if not getattr(system, name):
                fail(
                    f"{key}.{name}",
                    'missing: on_erasure = "restrict" keeps data, and the erasure answer '
                    "must say how long and why",
                )


def is_loopback(host: str) -> bool:
    """A host name or address that stays on this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def digest_clock(cfg: Config) -> time:
    hh, mm = cfg.staff.digest_time.split(":")
    return time(int(hh), int(mm))
