"""`requestbot demo`: the whole flow offline, on bundled sample messages.

No server and no config: the samples go into a temporary Maildir, outgoing
mail is written as .eml files (the file transport), and the case store lives
in the same temporary folder, which is kept so that it can be looked at.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import mailbox
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

from . import config, housekeeping, outbox
from .cases import CaseStore
from .runner import Runner, build_source
from .staff import handle as staff_handle

DEMO_ADDRESS = "tietosuoja@example.fi"
STAFF_ADDRESS = "asiakaspalvelu@example.fi"
# What the receiving server stamps on mail from a colleague: DKIM and DMARC passed.
STAFF_AUTH = "mx.example.fi; dkim=pass header.d=example.fi; dmarc=pass header.from=example.fi"


def sample_messages() -> list[tuple[str, bytes]]:
    folder = resources.files("requestbot") / "data" / "samples"
    return sorted((p.name, p.read_bytes()) for p in folder.iterdir() if p.name.endswith(".eml"))


def demo_config(base: Path) -> config.Config:
    """The demo's settings, also written to config.toml so the CLI can look at the cases."""
    text = f"""# written by `requestbot demo`
[controller]
name = "Esimerkki Kuvaamo Oy"
address = "{DEMO_ADDRESS}"
postal_address = "Esimerkkikatu 1, 65100 Vaasa"

[imap]
maildir = "Maildir"
poll_seconds = 1

[smtp]
transport = "file"
file_dir = "sent"

[staff]
addresses = ["asiakaspalvelu@example.fi"]
notify = ["asiakaspalvelu@example.fi"]
authserv_id = "mx.example.fi"

[storage]
path = "data/cases.json"
spool_dir = "data/spool"

[[systems]]
name = "Slotti"
kinds = ["access", "erasure", "rectification"]

[[systems]]
name = "Business Central"
kinds = ["access", "erasure"]
note = "invoicing; invoices are kept under the Accounting Act: restrict, do not erase"
on_erasure = "restrict"
categories = {{ fi = "laskut ja maksutiedot", sv = "fakturor och betalningsuppgifter", en = "invoices and payment records" }}
retention = {{ fi = "kuusi vuotta sen vuoden lopusta, jona tilikausi päättyi", sv = "sex år från utgången av det år då räkenskapsperioden gick ut", en = "six years from the end of the year in which the financial year ended" }}
legal_ground = {{ fi = "kirjanpitolaki (1336/1997) 2 luku 10 §", sv = "bokföringslagen (1336/1997) 2 kap. 10 §", en = "the Finnish Accounting Act (1336/1997), chapter 2, section 10" }}

[[systems]]
name = "Google Analytics"
kinds = ["access", "erasure", "objection"]
role = "recipient"
"""
    path = base / "config.toml"
    path.write_text(text, encoding="utf-8")
    return config.load(path)


def run_demo(out: TextIO, keep: str | None = None) -> int:
    base = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="requestbot-demo-"))
    base.mkdir(parents=True, exist_ok=True)
    cfg = demo_config(base)
    md = mailbox.Maildir(str(base / "Maildir"), create=True)
    for _name, raw in sample_messages():
        md.add(raw)
    out.write(f"Demo folder: {base}\n")
    out.write(f"Put {len(sample_messages())} sample messages into {base / 'Maildir'}\n\n")
    with CaseStore.open(cfg.resolve_path(cfg.storage.path)) as store:
        runner = Runner(cfg, store, build_source(cfg), staff_handler=staff_handle)
        result = runner.intake_once()
        housekeeping.housekeeping_once(runner.ctx)
        sent = asyncio.run(outbox.drain_once(cfg, store, now=runner.ctx.now))
        out.write(
            f"Taken in: {result.fetched} messages "
            f"({', '.join(f'{k} {v}' for k, v in sorted(result.outcomes.items()))}); "
            f"outgoing mail written: {sent.sent}\n\n"
        )
        cases = store.cases()
        rows = [
            (
                c.id,
                c.status.value,
                "+".join(k.value for k in c.kinds) or "-",
                c.language,
                c.requester_address,
                c.effective_due.isoformat(),
            )
            for c in cases
        ]
        from .cli import print_table

        print_table(rows, ("CASE", "STATUS", "KINDS", "LANG", "REQUESTER", "DUE"), out)
        first_id = cases[0].id if cases else "DSR-YYYY-0001"
        acks = [i for i in store.outbox() if i["kind"] == "ack" and i["status"] == "sent"]
        first_raw = outbox.raw_of(store, acks[0]) if acks else ""
    if acks:
        msg = email.message_from_string(first_raw, policy=email.policy.default)
        body = msg.get_body(("plain",))
        text = body.get_content() if body is not None else ""
        out.write("\nOne acknowledgement as sent:\n" + "-" * 72 + "\n")
        for header in ("From", "To", "Subject", "Message-ID", "In-Reply-To", "Auto-Submitted"):
            out.write(f"{header}: {msg[header]}\n")
        out.write("\n" + text.rstrip() + "\n" + "-" * 72 + "\n")
    if cases:
        staff_round_trip(cfg, base, md, first_id, out)
    out.write(
        f"\nWhere everything is:\n"
        f"  mailbox (Maildir, handled mail in .Processed/.Automated): {base / 'Maildir'}\n"
        f"  outgoing mail as .eml files: {base / 'sent'}\n"
        f"  case store: {base / 'data' / 'cases.json'}\n"
        f"  its config: {base / 'config.toml'}\n"
        f"Try: requestbot --config {base / 'config.toml'} cases show {first_id}\n"
    )
    return 0


def staff_message(notice: EmailMessage, body: str, now: Any) -> bytes:
    """A colleague's answer to a staff notification, as their mail program sends it."""
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = f"Sanna Asiakaspalvelu <{STAFF_ADDRESS}>"
    msg["To"] = DEMO_ADDRESS
    msg["Subject"] = "Re: " + str(notice["Subject"])
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid(domain="example.fi")
    msg["In-Reply-To"] = str(notice["Message-ID"])
    msg["References"] = str(notice["Message-ID"])
    msg["Authentication-Results"] = STAFF_AUTH
    msg.set_content(body)
    return msg.as_bytes()


def staff_round_trip(
    cfg: config.Config, base: Path, md: mailbox.Maildir, case_id: str, out: TextIO
) -> None:
    """Staff answer the first case's notification from their mail program: #reply, then
    #done; each goes through intake, the staff commands and the outbox like any mail."""
    folder = resources.files("requestbot") / "data" / "demo"
    out.write(f"\nStaff answer the notification about {case_id} from their mail program:\n")
    for name in ("staff-reply.txt", "staff-done.txt"):
        body = (folder / name).read_text(encoding="utf-8")
        with CaseStore.open(cfg.resolve_path(cfg.storage.path)) as store:
            runner = Runner(cfg, store, build_source(cfg), staff_handler=staff_handle)
            before = {int(i["id"]) for i in store.outbox()}
            [notice_item] = [
                i
                for i in store.outbox()
                if i["kind"] == "staff_new_case" and i.get("case_id") == case_id
            ]
            notice = email.message_from_string(
                outbox.raw_of(store, notice_item), policy=email.policy.default
            )
            assert isinstance(notice, EmailMessage)
            md.add(staff_message(notice, body, runner.ctx.now()))
            runner.intake_once()
            asyncio.run(outbox.drain_once(cfg, store, now=runner.ctx.now))
            new = sorted((i for i in store.outbox() if int(i["id"]) not in before), key=_id)
            case = store.get_case(case_id)
        out.write("\n" + "\n".join("  > " + line for line in body.strip().splitlines()) + "\n")
        for item in new:
            path = outbox.eml_path(base / "sent", int(item["id"]), str(item["kind"]))
            out.write(f"  sent {path.name:<32} to {item['to']}\n")
        if case is not None:
            out.write(f"  {case_id} is now {case.status.value}\n")


def _id(item: dict[str, Any]) -> int:
    return int(item["id"])
