"""What a letter says, built from data: pure functions, no I/O.

The config's ``[[systems]]`` entries say what each system is for, what it
holds, how long and why, whether it is a recipient and whether data leaves the
EU/EEA; the case's checklist says which of them staff have done. The letters
print only what these say: a system marked n/a is not named, only rows marked
done are named as done, and data a system keeps under a law is listed as kept
with its ground (Art 12(4), 15, 17(3), 19).

The confirmation window (domain §1.3): an unconfirmed request is closed
automatically only when the requester had a fair time to answer, counted from
when we asked; ``confirm_by`` is the last day a confirmation is in time, and
the day after it the bot closes the case. Letters print this same date.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from .config import Config, RequestsConfig
from .model import Case

#: Checklist states staff set with #system (and "open" until they do).
DONE, NOT_APPLICABLE, OPEN = "done", "n/a", "open"


def controller_context(cfg: Config, lang: str | None = None) -> dict[str, str]:
    """The controller as a letter in ``lang`` shows it (Vaasa / Vasa)."""
    c = cfg.controller
    lang = lang or c.default_language
    return {
        "name": c.name_in(lang),
        "address": c.postal_address_in(lang),
        "email": c.address,
        "website": c.website,
        "data_sources": c.data_sources.get(lang),
        "automated_decisions": c.automated_decisions.get(lang),
    }


def checklist(cfg: Config, case: Case) -> list[dict[str, str]]:
    """One row per configured system that concerns the case's kinds."""
    kinds = {k.value for k in case.kinds}
    return [
        {
            "name": system.name,
            "state": case.systems.get(system.name, OPEN),
            "note": system.note,
        }
        for system in cfg.systems
        if set(system.kinds) & kinds
    ]


def system_rows(cfg: Config, case: Case, lang: str) -> list[dict[str, str]]:
    """The checklist rows with what a letter in ``lang`` says about each system.

    Every field is a plain string ("" when the config gives nothing), so a
    template can test and print it without knowing the config."""
    by_name = {s.name: s for s in cfg.systems}
    rows = []
    for row in checklist(cfg, case):
        system = by_name[row["name"]]
        rows.append(
            {
                "key": system.name,
                "name": system.title_in(lang),
                "state": row["state"],
                "role": system.role,
                "on_erasure": system.on_erasure,
                "purpose": system.purpose.get(lang),
                "categories": system.categories.get(lang),
                "retention": system.retention.get(lang),
                "legal_ground": system.legal_ground.get(lang),
                "transfer": system.transfer.get(lang),
                "safeguard": system.safeguard.get(lang),
            }
        )
    return rows


def letter_systems(rows: list[dict[str, str]]) -> dict[str, list[dict[str, str]]]:
    """The rows a letter names, grouped by what the letter says of them."""
    active = [r for r in rows if r["state"] != NOT_APPLICABLE]
    # "notified": an Art 19 notice went to the recipient by mail; "answered": the
    # recipient confirmed it (art19.py). Both count as told.
    done = [r for r in active if r["state"] in (DONE, "notified", "answered")]
    return {
        # Named in the access answer: everything that may hold the person's data.
        "held": active,
        "recipients": [r for r in active if r["role"] != "internal"],
        # Carried out: our own systems, and recipients we told (Art 19).
        "done_internal": [r for r in done if r["role"] == "internal"],
        "done_recipients": [r for r in done if r["role"] != "internal"],
        # Erasure: deleted from our systems, recipients asked to erase, independent
        # controllers told; kept (restricted, row done) where a law or a claim needs it.
        "erased": [r for r in done if r["role"] == "internal" and r["on_erasure"] == "erase"],
        "erasure_told": [
            r for r in done if r["role"] == "recipient" and r["on_erasure"] == "erase"
        ],
        "erasure_controllers": [r for r in done if r["role"] == "controller"],
        "kept_systems": [r for r in done if r["on_erasure"] == "restrict"],
        # Still open (#done force): a letter never claims these done (nor names them).
        "not_done": [r for r in active if r["state"] == "open"],
        "transfers": [r for r in active if r["transfer"]],
    }


def systems_context(cfg: Config, case: Case) -> dict[str, Any]:
    """The variables letters take from the config and the checklist."""
    rows = system_rows(cfg, case, case.language)
    return {"systems": rows, **letter_systems(rows)}


def confirm_by(due: date, asked_on: date, requests: RequestsConfig) -> date | None:
    """The last day an address confirmation is in time, or None when the bot must
    not close the case by itself (staff decide).

    It is ``close_unconfirmed_days_before_due`` days before the due date, and
    only when that leaves the requester at least twice the reminder interval
    from the day we asked (so a reminder goes out and can still be answered).
    A request that waited in the mailbox until its due date was near is never
    closed automatically: it goes to staff as overdue."""
    if not requests.close_unconfirmed:
        return None
    last = due - timedelta(days=requests.close_unconfirmed_days_before_due)
    if (last - asked_on).days < 2 * requests.confirm_reminder_days:
        return None
    return last
