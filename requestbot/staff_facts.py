"""Commands that record, by mail, the facts the final letter states.

What is kept after an erasure (and why, until when), an objection that is
not upheld (and why), until when a download link works or a restriction
lasts, and the requester's address(es). ``completion_facts`` turns a case's
recorded facts into the completion letter's variables.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from .model import Case, Kept, Kind
from .pipeline import Context
from .staff_base import (
    Call,
    Command,
    CommandError,
    Result,
    fold,
    require_date,
    set_facts,
    text_of,
)
from .staff_text import say

#: Words staff may type for the [kept_items] keys of terms.toml.
KEPT_ITEMS = {
    "invoices": "invoices",
    "laskut": "invoices",
    "lasku": "invoices",
    "fakturor": "invoices",
    "faktura": "invoices",
    "accounting": "accounting_books",
    "kirjanpito": "accounting_books",
    "bokföring": "accounting_books",
    "debt": "debt_claim",
    "perintä": "debt_claim",
    "inkasso": "debt_claim",
}
#: Words staff may type for the reasons the letter explains itself.
KEPT_REASONS = {
    "accounting": "accounting",
    "kirjanpitolaki": "accounting",
    "kirjanpito": "accounting",
    "bokföringslagen": "accounting",
    "bokföring": "accounting",
    "legal_claims": "legal_claims",
    "legal": "legal_claims",
    "perintä": "legal_claims",
    "oikeudellinen": "legal_claims",
    "rättsliga": "legal_claims",
    "inkasso": "legal_claims",
}
DEFAULT_REASON = {"invoices": "accounting", "accounting_books": "accounting"}
CLEAR_WORDS = frozenset({"clear", "tyhjennä", "tyhjenna", "töm"})
UPHELD = frozenset({"upheld", "hyväksytty", "hyvaksytty", "godtas", "godtagen"})
NOT_UPHELD = frozenset({"not-upheld", "rejected", "hylätty", "hylatty", "avslås", "avslagen"})
ALSO_WORDS = frozenset({"also", "add", "lisää", "lisaa", "även", "också"})
_ADDRESS = re.compile(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+")


def parse_kept(args: str) -> Kept:
    """``item; reason; until`` (reason and until optional) -> Kept."""
    parts = [p.strip() for p in args.split(";")]
    item_word = parts[0] if parts else ""
    if not item_word:
        raise CommandError("kept_usage")
    item = KEPT_ITEMS.get(fold(item_word), item_word)
    reason_word = parts[1] if len(parts) > 1 else ""
    reason = KEPT_REASONS.get(fold(reason_word), reason_word) or DEFAULT_REASON.get(item, "")
    if not reason:
        raise CommandError("kept_needs_reason", item=item_word)
    until = require_date(parts[2]) if len(parts) > 2 and parts[2] else None
    return Kept(item[:300], reason[:1000], until)


class KeptCommand(Command):
    name, action = "kept", "kept"
    aliases = ("säilytetään", "sailytetaan", "sparas")
    usage = "<what>; <why>; [until date]  |  clear"
    help = (
        "erasure: data kept by law, for the letter (laskut; kirjanpitolaki; 31.12.2032); "
        "clear empties the list"
    )

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        if fold(call.args) in CLEAR_WORDS:
            case = set_facts(ctx, case, kept=())
            return Result(self.action, case, (say("kept_cleared"),))
        kept = parse_kept(call.args)
        case = set_facts(ctx, case, kept=(*case.facts.kept, kept))
        notes = [say("kept_recorded", count=len(case.facts.kept))]
        if Kind.ERASURE not in case.kinds:
            notes.append(say("kept_without_erasure"))
        return Result(self.action, case, tuple(notes))


class Objection(Command):
    name, action = "objection", "objection"
    aliases = ("vastustus", "invändning")
    usage = "upheld | not-upheld <reasons>"
    help = "objection: processing stopped (upheld), or not, with the reasons for the letter"

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        first, _, rest = call.args.strip().partition(" ")
        word = fold(first)
        if word in UPHELD:
            case = set_facts(ctx, case, objection_reasons="")
            return Result(self.action, case, (say("objection_upheld"),))
        if word not in NOT_UPHELD:
            raise CommandError("objection_usage")
        reasons = text_of(dataclasses.replace(call, args=rest))
        if not reasons:
            raise CommandError("objection_needs_reasons")
        case = set_facts(ctx, case, objection_reasons=reasons[:4000])
        return Result(self.action, case, (say("objection_not_upheld"),))


class LinkExpires(Command):
    name, action = "link-expires", "link_expires"
    aliases = ("linkki-voimassa", "länk-giltig")
    usage = "<date>"
    help = "the last day the download link works (the letter says it)"

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        until = require_date(call.args)
        case = set_facts(ctx, case, link_expires=until)
        return Result(self.action, case, (say("date_recorded", date=until),))


class RestrictedUntil(Command):
    name, action = "restricted-until", "restricted_until"
    aliases = ("rajoitettu-asti", "begränsad-till")
    usage = "<date>"
    help = "restriction: the day the restriction lasts until (the letter says it)"

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        until = require_date(call.args)
        case = set_facts(ctx, case, restricted_until=until)
        return Result(self.action, case, (say("date_recorded", date=until),))


class Address(Command):
    name, action = "address", "address"
    aliases = ("osoite", "adress")
    usage = "<new address>  |  also <another address>"
    help = (
        "change the requester's address (not verified until confirmed), or record "
        "another address their data is under"
    )

    def run(self, ctx: Context, case: Case | None, call: Call) -> Result:
        assert case is not None
        words = call.args.split()
        also = bool(words) and fold(words[0]) in ALSO_WORDS
        if also:
            words = words[1:]
        if len(words) != 1 or not _ADDRESS.fullmatch(words[0].strip("<>")):
            raise CommandError("address_usage")
        address = words[0].strip("<>").lower()
        if also:
            others = tuple(dict.fromkeys((*case.facts.other_addresses, address)))
            case = set_facts(ctx, case, other_addresses=others)
            return Result(self.action, case, (say("address_added", address=address),))
        if address in ctx.cfg.own_addresses:
            raise CommandError("address_is_ours", address=address)
        old = case.requester_address
        case = ctx.store.save_case(
            dataclasses.replace(
                case,
                requester_address=address,
                address_verified=False,
                verification="address changed by staff; not confirmed",
            )
        )
        return Result(
            self.action,
            case,
            (say("address_changed", old=old, new=address),),
            event_detail=f"{old} -> {address}",
        )


FACT_COMMANDS: tuple[Command, ...] = (
    KeptCommand(),
    Objection(),
    LinkExpires(),
    RestrictedUntil(),
    Address(),
)


def completion_facts(case: Case, done_kinds: tuple[Kind, ...], *, attached: bool) -> dict[str, Any]:
    """The completion letter's variables from what staff recorded."""
    f = case.facts
    return {
        "kinds": [k.value for k in done_kinds],
        "kept": [{"item": k.item, "reason": k.reason, "until": k.until} for k in f.kept],
        "objection_upheld": not f.objection_reasons,
        "objection_reasons": f.objection_reasons,
        "link_expires": f.link_expires,
        "restricted_until": f.restricted_until,
        "refused_kinds": [k.value for k in f.refused_kinds],
        "refused_reasons": f.refused_reasons,
        "copy_attached": attached,
        "copy_sent_on": f.copy_sent_at if f.copy_sent_at and not attached else None,
    }
