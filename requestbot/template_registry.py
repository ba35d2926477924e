"""The registry of template names: who each template is for, the variables it
takes, and a sample context that renders it (example addresses, invented
people), so that one test can render every template in every language."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

DEFAULT_TZ = "Europe/Helsinki"


@dataclass(frozen=True)
class TemplateSpec:
    """One registered template.

    ``required``: variables the caller must give. ``optional``: variables the
    caller may give, with the defaults used otherwise. ``variables``: one line
    per variable, for people reading the registry. ``sample``: a context that
    renders the template (example addresses, invented names).
    """

    name: str
    audience: str  # "requester" | "staff" | "recipient" (a recipient system, Art 19)
    required: tuple[str, ...]
    sample: Callable[[], dict[str, Any]]
    optional: Mapping[str, object] = field(default_factory=dict)
    variables: Mapping[str, str] = field(default_factory=dict)
    description: str = ""


# Shared sample pieces (example.fi addresses, invented people).
_TZ = ZoneInfo(DEFAULT_TZ)
_CONTROLLER = {
    "name": "Esimerkki Kuvaamo Oy",
    "address": "Esimerkkikatu 1 A, 65100 Vaasa",
    "email": "tietosuoja@example.fi",
    "website": "https://www.example.fi",
    "data_sources": "Saamme tiedot sinulta itseltäsi tai kuvauksen tilanneelta koululta.",
    "automated_decisions": "",
}
_RECEIVED = datetime(2026, 11, 25, 14, 3, tzinfo=_TZ)
_DUE = date(2026, 12, 28)
_EXT_DUE = date(2027, 2, 25)


def _system(
    name: str, state: str, role: str = "internal", on_erasure: str = "erase", transfer: str = ""
) -> dict[str, str]:
    """A checklist row as letters.system_rows builds it (texts in Finnish)."""
    return {
        "key": name,
        "name": name,
        "state": state,
        "role": role,
        "on_erasure": on_erasure,
        "purpose": f"{name}: käyttötarkoitus",
        "categories": "nimi ja yhteystiedot",
        "retention": "asiakassuhteen ajan",
        "legal_ground": "sopimus",
        "transfer": transfer,
        "safeguard": "vakiosopimuslausekkeet" if transfer else "",
    }


_SYSTEMS = [
    _system("Slotti", "done"),
    _system("Business Central", "done", on_erasure="restrict"),
    _system("OK-perintä", "n/a", role="recipient", on_erasure="restrict"),
    _system("Google Analytics", "done", role="recipient", transfer="Yhdysvallat"),
    _system("Poliisin lupakuvapalvelin", "done", role="controller"),
    _system("Verifone", "open", role="controller"),
]
_V_ROWS = (
    "list of system rows (letters.system_rows: key, name, state, role, on_erasure, "
    "purpose, categories, retention, legal_ground, transfer, safeguard)"
)

_COMMON = {
    "controller": "the controller: {name, address, email}; the signature uses it",
    "case_id": "case reference, e.g. DSR-2026-0001",
    "requester_name": "the requester's name as they gave it (may be empty)",
}
_V_KINDS = "list of kind values (model.Kind), e.g. ['erasure', 'marketing_opt_out']"
_V_LINES = "list of case lines {case_id, kinds, requester, due, days_left}"


def _spec(
    name: str,
    audience: str,
    description: str,
    sample: Callable[[], dict[str, Any]],
    variables: Mapping[str, str],
    optional: Mapping[str, object] | None = None,
    common: tuple[str, ...] = ("controller", "case_id", "requester_name"),
) -> TemplateSpec:
    """Build a spec: ``variables`` documents every variable; those not in
    ``optional`` (name -> default) are required. ``common`` adds shared ones."""
    docs = {key: _COMMON[key] for key in common} | dict(variables)
    opt = dict(optional or {})
    required = tuple(key for key in docs if key not in opt)
    return TemplateSpec(name, audience, required, sample, opt, docs, description)


def _base(**extra: Any) -> dict[str, Any]:
    ctx: dict[str, Any] = {
        "controller": dict(_CONTROLLER),
        "case_id": "DSR-2026-0001",
        "requester_name": "Maija Mallikas",
    }
    ctx.update(extra)
    return ctx


def _case_line(case_id: str, kinds: list[str], who: str, due: date, days: int) -> dict[str, Any]:
    return {"case_id": case_id, "kinds": kinds, "requester": who, "due": due, "days_left": days}


def _sample_digest() -> dict[str, Any]:
    today = date(2026, 12, 21)
    return {
        "controller": dict(_CONTROLLER),
        "today": today,
        "generated_at": datetime(2026, 12, 21, 7, 0, tzinfo=_TZ),
        "open_total": 9,
        "overdue": [
            _case_line("DSR-2026-0003", ["access"], "Ville Virtanen", date(2026, 12, 18), -3)
        ],
        "due_soon": [
            _case_line("DSR-2026-0004", ["erasure"], "Liisa Esimerkki", today, 0),
            _case_line("DSR-2026-0005", ["rectification"], "Erik Exempel", today + timedelta(1), 1),
        ],
        "due_week": [
            _case_line(
                "DSR-2026-0006",
                ["erasure", "marketing_opt_out"],
                "<script>alert(1)</script>",
                date(2026, 12, 28),
                7,
            )
        ],
        "awaiting_confirmation": [
            _case_line("DSR-2026-0007", ["erasure"], "Anna Testi", date(2027, 1, 4), 14)
            | {"waiting_days": 6}
        ],
        "extension_decision": [
            _case_line("DSR-2026-0008", ["access"], "Pekka Puu", date(2026, 12, 23), 2)
            | {"decide_by": date(2026, 12, 23)}
        ],
        "triage": [_case_line("DSR-2026-0009", [], "Okänd Avsändare", date(2027, 1, 11), 21)],
        "failed_outgoing": [
            {
                "case_id": "DSR-2026-0002",
                "to": "ville.virtanen@example.fi",
                "error": "550 5.1.1 mailbox unavailable",
                "since": datetime(2026, 12, 20, 9, 15, tzinfo=_TZ),
            }
        ],
        "quarantined": [
            {
                "number": 1,
                "id": "<q-20261220-0001@example.fi>",
                "sender": "tietosuoja@example.fi",
                "subject": "Re: [DSR-2026-0004] Poisto",
                "spoofed": True,
                "reason": "no Authentication-Results from mx.example.fi",
                "since": datetime(2026, 12, 20, 22, 40, tzinfo=_TZ),
            }
        ],
        "quarantined_total": 2009,
        "all_open": [
            _case_line("DSR-2026-0003", ["access"], "Ville Virtanen", date(2026, 12, 18), -3)
            | {"status": "in_progress"},
            _case_line("DSR-2026-0009", [], "Okänd Avsändare", date(2027, 1, 11), 21)
            | {"status": "triage"},
        ],
        "auto_close": [
            _case_line("DSR-2026-0007", ["erasure"], "Anna Testi", date(2027, 1, 4), 14)
            | {"status": "awaiting_identity", "closes_on": date(2027, 1, 2)}
        ],
        "restrictions_ending": [
            {
                "case_id": "DSR-2026-0002",
                "requester": "Erik Exempel",
                "until": date(2026, 12, 31),
                "days_to_end": 10,
                "status": "completed",
            }
        ],
    }


_ALL_KINDS = [
    "access",
    "rectification",
    "erasure",
    "restriction",
    "portability",
    "objection",
    "marketing_opt_out",
    "complaint",
]

_GROUPS = (
    "held",
    "recipients",
    "transfers",
    "done_internal",
    "done_recipients",
    "erased",
    "erasure_told",
    "erasure_controllers",
    "kept_systems",
    "not_done",
)


def _completion_systems() -> dict[str, Any]:
    from .letters import letter_systems

    rows = [dict(s) for s in _SYSTEMS]
    return {"systems": rows, **letter_systems(rows)}


_REQUESTER_SPECS = (
    _spec(
        "ack",
        "requester",
        "Acknowledgement of a rights request, with the deadline.",
        lambda: _base(
            requester_address="maija.mallikas@example.fi",
            kinds=["access", "erasure", "marketing_opt_out"],
            received_at=_RECEIVED,
            due=_DUE,
            needs_confirmation=True,
            confirm_by=date(2026, 12, 26),
        ),
        {
            "requester_address": "the address the request came from",
            "kinds": _V_KINDS,
            "received_at": "datetime the request reached the mailbox",
            "due": "date: the one-month deadline",
            "needs_confirmation": "bool: ask the requester to confirm the address by replying",
            "confirm_by": "date or None: without a confirmation by then the bot closes the "
            "request (letters.confirm_by); None: it will not close it by itself",
        },
        optional={"confirm_by": None},
    ),
    _spec(
        "ack_generic",
        "requester",
        "Short receipt for a message not recognised as a rights request.",
        lambda: _base(original_subject="Kysymys {{ 7*7 }} kuvista", received_at=_RECEIVED),
        {
            "original_subject": "the subject of the message we received (user text)",
            "received_at": "datetime the message reached the mailbox",
            "case_id": "optional reference of the case staff will look at",
        },
        optional={"case_id": ""},
        common=("controller", "requester_name"),
    ),
    _spec(
        "ack_review",
        "requester",
        "Acknowledgement of a message whose reading staff must confirm: reference and "
        "deadline, no kinds named (issue 13).",
        lambda: _base(received_at=_RECEIVED, due=_DUE),
        {
            "received_at": "datetime the message reached the mailbox",
            "due": "date: the one-month deadline",
        },
    ),
    _spec(
        "confirm_reminder",
        "requester",
        "Reminder to confirm the address by replying (domain §1.3).",
        lambda: _base(
            requester_address="maija.mallikas@example.fi",
            kinds=["erasure", "marketing_opt_out"],
            asked_on=date(2026, 11, 25),
            confirm_by=date(2026, 12, 26),
        ),
        {
            "requester_address": "the address that must reply",
            "kinds": _V_KINDS,
            "asked_on": "date we first asked for the confirmation",
            "confirm_by": "date or None: without a reply by then the bot closes the request",
        },
        optional={"confirm_by": None},
    ),
    _spec(
        "extension",
        "requester",
        "Art 12(3) extension notice with the reasons and the new deadline.",
        lambda: _base(
            kinds=["access"],
            received_at=_RECEIVED,
            due=_DUE,
            new_due=_EXT_DUE,
            reasons="Pyyntö koskee kuvia kymmenen vuoden ajalta kolmesta eri järjestelmästä.",
        ),
        {
            "kinds": _V_KINDS,
            "received_at": "datetime the request was received",
            "due": "date: the original one-month deadline",
            "new_due": "date: the extended deadline (at most three months from receipt)",
            "reasons": "staff-written reasons for the extension (in the case language)",
        },
    ),
    _spec(
        "completion",
        "requester",
        "The answer when the request has been carried out; one section per kind.",
        lambda: _base(
            kinds=list(_ALL_KINDS),
            received_at=_RECEIVED,
            **_completion_systems(),
            note="Kiitos kärsivällisyydestäsi.",
            access_link="https://files.example.fi/dl/abc123",
            link_expires=date(2027, 1, 31),
            kept=[
                {"item": "invoices", "reason": "accounting", "until": date(2032, 12, 31)},
                {"item": "debt_claim", "reason": "legal_claims", "until": None},
            ],
            objection_upheld=False,
            objection_reasons="Avoin laskusi on perinnässä, ja tarvitsemme tietoja sen hoitamiseen.",
            restricted_until=date(2027, 3, 31),
        ),
        {
            "kinds": _V_KINDS,
            "received_at": "datetime the request was received",
            "systems": _V_ROWS + ": the case's checklist with the config's texts",
            "held": "access: rows not marked n/a (where the data may be)",
            "recipients": "access: held rows that are recipients or independent controllers",
            "transfers": "access: held rows with a transfer outside the EU/EEA",
            "done_internal": "rows marked done that are our own systems",
            "done_recipients": "rows marked done that are recipients (told, Art 19)",
            "erased": "erasure: our own systems marked done where data is erased",
            "erasure_told": "erasure: recipients marked done that were asked to erase",
            "erasure_controllers": "erasure: independent controllers marked done (told)",
            "kept_systems": "erasure: rows marked done whose data is kept (on_erasure restrict)",
            "not_done": "rows still open (#done force): the letter says the work is not done yet",
            "note": "optional staff paragraph (free text)",
            "access_link": "access/portability: download link; empty = the copy is attached",
            "link_expires": "optional date the download link stops working",
            "kept": "erasure: list of {item, reason, until}: item is a key of [kept_items] or "
            "free text; reason is accounting | legal_claims (or free text); until a date or None",
            "objection_upheld": "objection: bool, True = processing stopped",
            "objection_reasons": "objection: staff reasons when not upheld",
            "restricted_until": "restriction: optional date the restriction lasts until",
            "refused_kinds": "partial refusal: the kinds refused (list of Kind values)",
            "refused_reasons": "partial refusal: staff reasons (empty = nothing refused)",
            "copy_attached": "access: bool, the copy is attached to this letter",
            "copy_sent_on": "access: datetime the copy was sent earlier as an attachment, or None",
        },
        optional={
            "note": "",
            "access_link": "",
            "link_expires": None,
            "kept": [],
            "objection_upheld": True,
            "objection_reasons": "",
            "restricted_until": None,
            **{key: [] for key in _GROUPS},
            "refused_kinds": [],
            "refused_reasons": "",
            "copy_attached": False,
            "copy_sent_on": None,
        },
    ),
    _spec(
        "optout_done",
        "requester",
        "Marketing opt-out carried out at once; case closed.",
        lambda: _base(requester_address="maija.mallikas@example.fi"),
        {"requester_address": "the address put on the do-not-contact list"},
    ),
    _spec(
        "refusal",
        "requester",
        "Art 12(4) refusal or partial refusal with reasons and remedies.",
        lambda: _base(
            kinds=["erasure"],
            received_at=_RECEIVED,
            reasons="Laskusi on perinnässä, ja tarvitsemme tietoja saatavan hoitamiseen.",
            partial=True,
        ),
        {
            "kinds": _V_KINDS,
            "received_at": "datetime the request was received",
            "reasons": "staff-written reasons (in the case language)",
            "partial": "bool: True = we act on part of the request",
        },
    ),
    _spec(
        "unconfirmed_close",
        "requester",
        "Art 12(4)-style closing when the address was never confirmed (domain §1.3 step 3).",
        lambda: _base(
            requester_address="maija.mallikas@example.fi",
            kinds=["erasure", "access"],
            received_at=_RECEIVED,
            asked_on=date(2026, 11, 25),
        ),
        {
            "requester_address": "the address we asked to confirm",
            "kinds": _V_KINDS,
            "received_at": "datetime the request was received",
            "asked_on": "date we asked for the confirmation",
        },
    ),
    _spec(
        "complaint_info",
        "requester",
        "How to complain to the Finnish DPA (or the authority of residence).",
        _base,
        {},
    ),
    _spec(
        "staff_reply",
        "requester",
        "A staff-written reply wrapped in greeting and signature.",
        lambda: _base(
            reply_text="Tarkoititko myös lapsesi koulukuvia?\n\nVastaa tähän viestiin {% if %}."
        ),
        {"reply_text": "the text staff wrote after #reply (printed as is)"},
    ),
    _spec(
        "rate_limited",
        "requester",
        "'We have received your messages' when one address sends too many.",
        lambda: _base(message_count=12),
        {
            "message_count": "int: messages from this address today (the answered ones and this one)",
            "case_id": "optional open case reference",
        },
        optional={"case_id": ""},
        common=("controller", "requester_name"),
    ),
)

_STAFF_SPECS = (
    _spec(
        "staff_new_case",
        "staff",
        "A new case for staff: who, what, deadlines, checklist, the text, commands.",
        lambda: _base(
            case_id="DSR-2026-0007",
            requester_name="Matti Meikäläinen",
            requester_address="matti.meikalainen@example.fi",
            language="fi",
            kinds=["erasure", "marketing_opt_out"],
            evidence=[
                {"kind": "erasure", "rule": "fi_erase_my_data", "matched": "poistakaa tietoni"},
                {
                    "kind": "marketing_opt_out",
                    "rule": "fi_no_marketing",
                    "matched": "en halua markkinointia",
                },
            ],
            received_at=_RECEIVED,
            due=_DUE,
            extension_limit=_EXT_DUE,
            address_verified=False,
            verification="",
            needs_confirmation=True,
            confirm_by=None,
            checklist=[
                {"name": "Slotti", "state": "open", "note": "booking system"},
                {"name": "Business Central", "state": "open", "note": "restrict, do not erase"},
                {"name": "OK-perintä", "state": "n/a", "note": ""},
                {"name": "Google Analytics", "state": "done", "note": ""},
                {"name": "Uutiskirje", "state": "done", "note": ""},
            ],
            requester_text="Poistakaa tietoni {{ 7*7 }} ja {% for x in y %}.\n"
            "En halua markkinointia.\n\nTerveisin Matti",
            flags=["html_only"],
            original_subject="Tietojeni poisto",
            text_truncated=False,
            status="triage",
            on_behalf_of_child=True,
            other_addresses=["matti@example.com"],
        ),
        {
            "requester_address": "the requester's address",
            "language": "fi | sv | en: the language we answer in",
            "kinds": _V_KINDS + " (empty = needs triage)",
            "evidence": "list of {kind, rule, matched}: the rules that fired (kind may be None)",
            "received_at": "datetime of receipt",
            "due": "date: the one-month deadline (also the last day for an extension notice)",
            "extension_limit": "date: the latest possible extended deadline",
            "address_verified": "bool: DMARC/DKIM passed or the address has replied",
            "verification": "how, e.g. 'dmarc=pass dkim=pass' (may be empty)",
            "needs_confirmation": "bool: the requester was asked to confirm the address",
            "confirm_by": "date or None: the bot closes the case unconfirmed after this day; "
            "None: it will not (staff decide)",
            "checklist": "list of {name, state, note}; state is open | done | n/a; note is "
            "the system's staff note from the config",
            "requester_text": "what the requester wrote, every line quoted with '> ' and "
            "capped (pipeline.staff_text), printed as is",
            "text_truncated": "bool: requester_text was cut (the whole is in the mailbox)",
            "flags": "list of remarks: key of [flags] in terms.toml, optionally ':value'",
            "original_subject": "the subject of the requester's message",
            "status": "case status value: the status line (triage vs classified)",
            "on_behalf_of_child": "bool: a parent or guardian asks for a child",
            "other_addresses": "list of other addresses the person's data is under",
        },
        optional={
            "needs_confirmation": False,
            "confirm_by": None,
            "status": "in_progress",
            "on_behalf_of_child": False,
            "other_addresses": [],
        },
    ),
    _spec(
        "staff_customer_replied",
        "staff",
        "The requester wrote again in an open case.",
        lambda: _base(
            requester_address="maija.mallikas@example.fi",
            kinds=["erasure"],
            status="in_progress",
            due=_DUE,
            received_at=datetime(2026, 11, 26, 8, 30, tzinfo=_TZ),
            text="> Kyllä, pyyntö on minulta.",
            confirmed=True,
            text_truncated=True,
            unconfirmed_reply=False,
            replied_at=datetime(2026, 11, 27, 19, 12, tzinfo=_TZ),
            flags=["other_sender:maija@example.com", "html_only"],
        ),
        {
            "requester_address": "the requester's address",
            "kinds": _V_KINDS,
            "status": "case status value (model.Status)",
            "due": "date: the current deadline",
            "received_at": "datetime this reply arrived",
            "text": "what the requester wrote (new text only), every line quoted with '> ' "
            "and capped (pipeline.staff_text), printed as is",
            "text_truncated": "bool: text was cut (the whole is in the mailbox)",
            "confirmed": "bool: this reply confirmed the address",
            "unconfirmed_reply": "bool: a threaded reply that is not an explicit yes, "
            "so the address stays unconfirmed",
            "replied_at": "datetime this reply arrived (None: unknown)",
            "flags": "list of remarks: key of [flags] in terms.toml, optionally ':value'",
        },
        optional={"replied_at": None, "flags": []},
    ),
    _spec(
        "staff_command_ok",
        "staff",
        "A staff command was carried out.",
        lambda: _base(
            command="#extend Pyyntö koskee kymmenen vuoden kuvia",
            action="extend",
            status="extended",
            due=_EXT_DUE,
            sent_subject="[DSR-2026-0001] Tarvitsemme lisäaikaa",
            sent_text="Hei Maija Mallikas,\n\nTarvitsemme lisäaikaa.\n",
        ),
        {
            "command": "the command line as staff typed it",
            "action": "canonical command (reply, verified, extend, done, refuse, kind, language, "
            "system, note, not_a_request, reopen, help): key of [actions] in terms.toml",
            "status": "the case status after the command (model.Status value)",
            "due": "date: the deadline after the command",
            "detail": "optional extra line",
            "sent_subject": "optional subject of the message sent to the requester",
            "sent_text": "optional text of the message sent (quoted with '> ')",
            "held": "bool: the message to the customer is held until the address is confirmed",
            "ignored": "lines that looked like commands but were not run",
        },
        optional={
            "case_id": "",
            "status": "",
            "due": None,
            "detail": "",
            "sent_subject": "",
            "sent_text": "",
            "held": False,
            "ignored": [],
        },
        common=("controller", "case_id"),
    ),
    _spec(
        "staff_command_error",
        "staff",
        "A staff command could not be carried out; includes the help text.",
        lambda: _base(
            command="#jatka",
            error="#jatka tarvitsee perustelut (ne lähetetään asiakkaalle).",
            ignored=["Hei, #valmis"],
        ),
        {
            "command": "the command line as staff typed it",
            "error": "what went wrong, in the staff language ([staff_text] of terms.toml)",
            "case_id": "optional case reference",
            "ignored": "lines that looked like commands but were not run",
        },
        optional={"case_id": "", "ignored": []},
        common=("controller",),
    ),
    _spec(
        "staff_note_saved",
        "staff",
        "A staff mail without a command was kept as an internal note.",
        lambda: _base(status="in_progress", ignored=["Hei, #valmis"]),
        {
            "status": "case status value",
            "ignored": "lines that looked like commands but were not run",
        },
        optional={"ignored": []},
        common=("controller", "case_id"),
    ),
    _spec(
        "staff_list",
        "staff",
        "Answer to #list / #find: cases, most urgent first.",
        lambda: {
            "controller": dict(_CONTROLLER),
            "today": date(2026, 12, 21),
            "cases": [
                _case_line("DSR-2026-0003", ["access"], "Ville Virtanen", date(2026, 12, 18), -3)
                | {"status": "in_progress"},
                _case_line("DSR-2026-0005", [], "Erik Exempel", date(2027, 1, 20), 30)
                | {"status": "triage"},
            ],
            "more": 0,
            "query": "",
            "closed_too": False,
        },
        {
            "today": "date",
            "cases": _V_LINES + " + status",
            "more": "int: cases not listed",
            "query": "what staff searched for (may be empty)",
            "closed_too": "bool: #find (closed cases too)",
        },
        optional={"more": 0, "query": "", "closed_too": False},
        common=("controller",),
    ),
    _spec(
        "staff_history",
        "staff",
        "Answer to #history: the case's events.",
        lambda: _base(
            requester_address="maija.mallikas@example.fi",
            kinds=["erasure"],
            status="completed",
            due=_DUE,
            events=[
                {
                    "at": _RECEIVED,
                    "actor": "requestbot",
                    "action": "opened",
                    "arg": "",
                    "detail": "",
                },
                {
                    "at": _RECEIVED,
                    "actor": "requestbot",
                    "action": "queued",
                    "arg": "ack",
                    "detail": "",
                },
                {
                    "at": _RECEIVED,
                    "actor": "staff@example.fi",
                    "action": "#done",
                    "arg": "",
                    "detail": "",
                },
                {
                    "at": _RECEIVED,
                    "actor": "staff@example.fi",
                    "action": "status",
                    "arg": "completed",
                    "detail": "",
                },
            ],
        ),
        {
            "requester_address": "the requester's address",
            "kinds": _V_KINDS,
            "status": "case status value",
            "due": "date: the current deadline",
            "events": "list of {at, actor, action, arg, detail}; action is a key of [events] "
            "or '#<command>'; arg a status (action status) or a template (action queued)",
        },
    ),
    _spec(
        "staff_forward",
        "staff",
        "#forward: a message that is not a rights request, to customer service.",
        lambda: _base(
            requester_address="maija.mallikas@example.fi",
            original_subject="Tilaukseni",
            received_at=_RECEIVED,
            requester_text="Missä tilaukseni on?",
            text="Asiakas kysyy tilauksesta.",
        ),
        {
            "requester_address": "the sender's address",
            "original_subject": "the subject of their message",
            "received_at": "datetime of receipt",
            "requester_text": "what they wrote",
            "text": "staff's words to customer service (may be empty)",
        },
        optional={"text": ""},
    ),
    _spec(
        "staff_help",
        "staff",
        "The list of staff commands.",
        lambda: {"controller": dict(_CONTROLLER)},
        {},
        common=("controller",),
    ),
    _spec(
        "staff_alert",
        "staff",
        "A health alert.",
        lambda: {
            "controller": dict(_CONTROLLER),
            "alert": "imap",
            "detail": "LOGIN failed: [AUTHENTICATIONFAILED] 3 times since 06:00",
            "at": datetime(2026, 12, 21, 6, 15, tzinfo=_TZ),
        },
        {
            "alert": "key of [alerts] in terms.toml (imap, smtp, spool, quarantine, store, "
            "scheduler, disk) or free text",
            "detail": "technical detail, printed as is",
            "at": "datetime the problem was seen",
        },
        common=("controller",),
    ),
    _spec(
        "staff_spoof_alert",
        "staff",
        "Mail claiming a staff address failed authentication.",
        lambda: {
            "controller": dict(_CONTROLLER),
            "from_addr": "asiakaspalvelu@example.fi",
            "subject": "Re: [DSR-2026-0001] #done",
            "auth_results": ["mx.example.fi; dmarc=fail header.from=example.fi; dkim=none"],
            "received_at": datetime(2026, 12, 21, 3, 12, tzinfo=_TZ),
            "reason": "dmarc=fail, dkim=none",
        },
        {
            "from_addr": "the claimed staff address",
            "subject": "the message subject",
            "auth_results": "list of Authentication-Results lines",
            "received_at": "datetime of receipt",
            "reason": "why authentication failed and what to configure (technical, as is)",
        },
        common=("controller",),
    ),
    _spec(
        "staff_digest",
        "staff",
        "Daily digest (text + HTML).",
        _sample_digest,
        {
            "today": "date of the digest",
            "generated_at": "datetime the digest was made",
            "open_total": "int: open cases",
            "overdue": _V_LINES,
            "due_soon": "case lines due today or tomorrow",
            "due_week": "case lines due within 7 days (after tomorrow)",
            "awaiting_confirmation": "case lines + waiting_days (int)",
            "extension_decision": "case lines + decide_by (working days before the due date)",
            "triage": "case lines with no kind decided yet",
            "failed_outgoing": "list of {case_id, to, error, since}",
            "quarantined": "list of {number, id, sender, subject, spoofed, reason, since}; "
            "number is what #release takes",
            "all_open": "every open case, most urgent first: case lines + status",
            "auto_close": "unconfirmed cases the bot will close: case lines + closes_on",
            "quarantined_total": "int: all quarantined messages",
            "suppressed_last_day": "int: addresses added to the suppression list in 24 h",
            "unanswered_notices": "Art 19 notices without an answer after notice_answer_days: "
            "list of {case_id, system, to, sent_at, days}",
            "restrictions_ending": "cases (open or closed) whose restriction ends within 14 "
            "days (Art 18(3)): list of {case_id, requester, until, days_to_end, status}",
        },
        optional={
            "suppressed_last_day": 0,
            "unanswered_notices": [],
            "restrictions_ending": [],
            "all_open": [],
            "auto_close": [],
        },
        common=("controller",),
    ),
    _spec(
        "staff_escalation",
        "staff",
        "To a manager: cases due tomorrow or overdue.",
        lambda: {
            "controller": dict(_CONTROLLER),
            "today": date(2026, 12, 21),
            "cases": [
                _case_line("DSR-2026-0003", ["access"], "Ville Virtanen", date(2026, 12, 18), -3)
                | {"status": "in_progress"},
                _case_line(
                    "DSR-2026-0005", ["rectification"], "Erik Exempel", date(2026, 12, 22), 1
                )
                | {"status": "extended"},
            ],
        },
        {"today": "date", "cases": _V_LINES + " + status"},
        common=("controller",),
    ),
)


def _sample_evidence() -> dict[str, Any]:
    at = _RECEIVED
    return {
        "controller": dict(_CONTROLLER),
        "case_id": "DSR-2026-0001",
        "case": {
            "id": "DSR-2026-0001",
            "requester_name": "Maija Mallikas",
            "requester_address": "maija.mallikas@example.fi",
            "status": "completed",
            "due": "2026-12-28",
            "extended_due": "2027-02-25",
        },
        "received_at": at,
        "generated_at": at + timedelta(days=20),
        "timeline": [
            {"at": at, "what": "received", "who": "maija.mallikas@example.fi", "detail": "tietoni"},
            {
                "at": at + timedelta(minutes=1),
                "what": "acknowledged",
                "who": "requestbot",
                "detail": "ack → maija.mallikas@example.fi",
            },
            {
                "at": at + timedelta(days=3),
                "what": "system",
                "who": "staff@example.fi",
                "detail": "Slotti: done",
            },
            {
                "at": at + timedelta(days=4),
                "what": "recipient_told",
                "who": "requestbot",
                "detail": "art19_notice → perinta@example.com",
            },
            {
                "at": at + timedelta(days=4),
                "what": "answered",
                "who": "requestbot",
                "detail": "completion → maija.mallikas@example.fi",
            },
        ],
        "classification": {
            "kinds": ["erasure"],
            "language": "fi",
            "evidence": [
                {
                    "rule": "fi.erasure.poistakaa",
                    "kind": "erasure",
                    "matched": "poistakaa",
                    "negative": False,
                }
            ],
        },
        "staff_commands": [
            {
                "at": at + timedelta(days=3),
                "who": "staff@example.fi",
                "command": "system",
                "detail": "Slotti: done",
            }
        ],
        "letters": [
            {
                "file": "01-ack.eml",
                "kind": "ack",
                "to": "maija.mallikas@example.fi",
                "subject": "[DSR-2026-0001] Olemme vastaanottaneet pyyntösi",
                "status": "sent",
                "sent_at": at + timedelta(minutes=1),
                "smtp_reply": "250 2.0.0 Ok: queued",
                "kept": True,
            }
        ],
    }


_ART19_SPECS = (
    _spec(
        "art19_notice",
        "recipient",
        "To a recipient system's notice address (Art 19): what to do with one person's data.",
        lambda: _base(
            system_name="OK-perintä",
            actions=["erasure"],
            requester_address="maija.mallikas@example.fi",
            received_at=_RECEIVED,
            answer_by=_DUE,
        ),
        {
            "system_name": "the recipient system's name from [[systems]]",
            "actions": "list of rectification | erasure | restriction",
            "requester_address": "the requester's address (so the recipient finds the person)",
            "received_at": "datetime the request was received",
            "answer_by": "date by which we ask for a confirmation",
        },
    ),
    _spec(
        "staff_recipient_answered",
        "staff",
        "To staff: a recipient answered an Art 19 notice; its row is marked answered.",
        lambda: _base(
            system_name="OK-perintä",
            reply_from="asiakaspalvelu@example.com",
            requester_address="maija.mallikas@example.fi",
            status="completed",
            text="Tiedot on poistettu järjestelmästämme.",
        ),
        {
            "system_name": "the recipient system",
            "reply_from": "the address the answer came from",
            "requester_address": "the requester's address",
            "status": "the case status",
            "text": "what the recipient wrote (new text only)",
        },
    ),
)


_EVIDENCE_SPEC = _spec(
    "evidence_pack",
    "staff",
    "One case's evidence pack for the supervisory authority (`cases export`): README.txt "
    "and the index.html timeline.",
    _sample_evidence,
    {
        "case": "the case record (cases.case_to_doc)",
        "received_at": "datetime of receipt",
        "generated_at": "datetime the pack was made",
        "timeline": "list of {at, what, who, detail}; `what` is named in _evidence.txt",
        "classification": "{kinds, language, evidence: [{rule, kind, matched, negative}]}",
        "staff_commands": "list of {at, who, command, detail}",
        "letters": "list of {file, kind, to, subject, status, sent_at, smtp_reply, kept}",
    },
    common=("controller", "case_id"),
)

REGISTRY: dict[str, TemplateSpec] = {
    s.name: s for s in _REQUESTER_SPECS + _STAFF_SPECS + _ART19_SPECS + (_EVIDENCE_SPEC,)
}
