"""Operations commands of `requestbot`: digest, report, suppression, purge.

``register(sub)`` adds their parsers to the main command's subparsers. The
handlers import their modules inside the function (no import cycles, fast
start-up) and return an exit code.
"""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO


def _now() -> datetime:
    from . import clock

    return clock.now()


def _context(cfg: Any, store: Any) -> Any:
    from .pipeline import Context
    from .templates import Renderer

    return Context(
        cfg,
        store,
        Renderer(languages=cfg.controller.languages, timezone=cfg.controller.timezone),
        _now,
    )


def cmd_digest(args: argparse.Namespace, out: TextIO) -> int:
    import asyncio

    from . import digest, outbox
    from .cli import EXIT_FAIL, EXIT_OK, load_config, open_store
    from .safetext import printable

    cfg = load_config(args)
    store = open_store(cfg, readonly=not args.send)
    try:
        ctx = _context(cfg, store)
        data = digest.build(ctx)
        if not args.send:
            subject, text, html = digest.render(ctx, data)
            # names and subjects come from mail: their control characters are shown
            # escaped (as in `cases show`), never written raw to the terminal
            shown = (html or "") if args.html else f"Subject: {subject}\n\n{text}"
            out.write(printable(shown))
            return EXIT_OK
        with store.transaction():
            ids = digest.queue_digest(ctx, data)
            store.set_state(digest.sent_key(data["today"]), ctx.now().isoformat())
        res = asyncio.run(outbox.drain_once(cfg, store, now=ctx.now))
        out.write(
            f"digest queued to {len(ids)} address(es); sent {res.sent}, failed {res.failed}\n"
        )
        return EXIT_OK if not res.failed else EXIT_FAIL
    finally:
        store.close()


def parse_day(value: str | None, option: str) -> date | None:
    from .cli import UsageError

    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise UsageError(f"{option}: not a date: {value!r} (use YYYY-MM-DD)") from exc


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    from . import report
    from .cli import EXIT_OK, load_config, open_store

    cfg = load_config(args)
    date_from = parse_day(args.date_from, "--from")
    date_to = parse_day(args.date_to, "--to")
    store = open_store(cfg, readonly=True)
    try:
        from zoneinfo import ZoneInfo

        today = _now().astimezone(ZoneInfo(cfg.controller.timezone)).date()
        rep = report.build(
            store,
            date_from=date_from,
            date_to=date_to,
            today=today,
            timezone=cfg.controller.timezone,
        )
    finally:
        store.close()
    if args.html:
        Path(args.html).write_text(report.html_page(rep), encoding="utf-8")
        out.write(f"wrote {args.html}\n")
    elif args.json:
        out.write(json.dumps(rep.figures(), ensure_ascii=False, indent=2) + "\n")
    elif args.csv:
        out.write(report.csv_text(rep))
    else:
        out.write(report.text(rep))
    return EXIT_OK


def cmd_suppression(args: argparse.Namespace, out: TextIO) -> int:
    import csv

    from .cli import EXIT_FAIL, EXIT_OK, UsageError, load_config, open_store, print_table
    from .safetext import csv_cell

    cfg = load_config(args)
    action = args.suppression_cmd
    store = open_store(cfg, readonly=action in ("list", "check", "export"))
    try:
        if action == "list":
            rows = [
                (d["key"], d.get("added", ""), d.get("source", ""))
                for d in store.suppression_list()
            ]
            print_table(rows, ("key", "added", "source"), out)
            return EXIT_OK
        if action == "export":
            if not (args.csv or args.hashed):
                raise UsageError("suppression export: give --csv or --hashed")
            w = csv.writer(out, lineterminator="\n")
            if args.hashed:
                w.writerow(("hmac_sha256", "added", "source"))
                for d in store.suppression_hashes():
                    w.writerow((d["hmac_sha256"], d.get("added", ""), d.get("source", "")))
                return EXIT_OK
            w.writerow(("key", "added", "source"))
            for d in store.suppression_list():
                # An address may start with = + - @: a spreadsheet must show it as text.
                row = (d["key"], d.get("added", ""), d.get("source", ""))
                w.writerow(tuple(csv_cell(str(v)) for v in row))
            return EXIT_OK
        address = args.address
        if "@" not in address:
            raise UsageError(f"not an e-mail address: {address!r}")
        if action == "check":
            found = store.is_suppressed(address)
            out.write(f"{address}: {'suppressed' if found else 'not suppressed'}\n")
            return EXIT_OK if found else EXIT_FAIL
        if action == "add":
            added = store.suppress(address, at=_now(), source=args.source)
            out.write(f"{address}: {'added' if added else 'already on the list'}\n")
            return EXIT_OK
        removed = store.unsuppress(address)
        out.write(f"{address}: {'removed' if removed else 'was not on the list'}\n")
        return EXIT_OK if removed else EXIT_FAIL
    finally:
        store.close()


def cmd_cases_export(args: argparse.Namespace, out: TextIO) -> int:

    from . import evidence
    from .cli import EXIT_OK, UsageError, load_config, open_store
    from .pipeline import controller_context
    from .templates import Renderer

    cfg = load_config(args)
    lang = args.lang or cfg.controller.default_language
    if lang not in cfg.controller.languages:
        raise UsageError(f"--lang: expected one of {', '.join(cfg.controller.languages)}")
    store = open_store(cfg, readonly=True)
    try:
        pack = evidence.build(store, args.case_id, _now())
    finally:
        store.close()
    renderer = Renderer(languages=cfg.controller.languages, timezone=cfg.controller.timezone)
    written = evidence.write(Path(args.directory), pack, renderer, lang, controller_context(cfg))
    out.write(f"{args.case_id}: {len(written)} file(s) written to {args.directory}\n")
    return EXIT_OK


def cmd_purge(args: argparse.Namespace, out: TextIO) -> int:
    from . import mailretention, retention
    from .cli import EXIT_OK, load_config, open_store, print_table

    cfg = load_config(args)
    store = open_store(cfg, readonly=args.dry_run)
    try:
        now = _now()
        actions = (
            retention.plan(cfg, store, now) if args.dry_run else retention.apply(cfg, store, now)
        )
        folders = mailretention.run_with_own_connection(cfg, store, now, dry_run=args.dry_run)
    finally:
        store.close()
    for f in folders:
        if args.dry_run:
            out.write(f"{f.folder}: {f.found} message(s) received before {f.before}\n")
        else:
            out.write(
                f"{f.folder}: {f.deleted} message(s) received before {f.before} deleted "
                f"({f.copied} kept with their open case first; "
                f"{f.kept_unknown} unknown to requestbot left in place)\n"
            )
    if not actions:
        out.write("nothing to purge\n")
        return EXIT_OK
    print_table([(a.step, a.target, a.detail) for a in actions], ("step", "target", "what"), out)
    out.write(f"{'would purge' if args.dry_run else 'purged'}: {len(actions)} item(s)\n")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    d = sub.add_parser("digest", help="print or send the daily staff digest now")
    mode = d.add_mutually_exclusive_group(required=True)
    mode.add_argument("--print", action="store_true", help="print it (nothing is sent)")
    mode.add_argument("--send", action="store_true", help="queue it now and drain the outbox")
    d.add_argument("--html", action="store_true", help="with --print: the HTML alternative")
    d.set_defaults(func=cmd_digest)

    r = sub.add_parser("report", help="accountability report: figures per period")
    r.add_argument("--from", dest="date_from", metavar="DATE", help="received on or after")
    r.add_argument("--to", dest="date_to", metavar="DATE", help="received on or before")
    fmt = r.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="the figures as JSON")
    fmt.add_argument("--csv", action="store_true", help="one row per case with its timeline")
    fmt.add_argument("--html", metavar="FILE", help="write a self-contained page with charts")
    r.set_defaults(func=cmd_report)

    s = sub.add_parser("suppression", help="the marketing suppression list")
    ssub = s.add_subparsers(dest="suppression_cmd", metavar="list|add|remove|check|export")
    ssub.required = True
    ssub.add_parser("list", help="list the entries")
    add = ssub.add_parser("add", help="add an address")
    add.add_argument("address")
    add.add_argument("--source", default="manual", help="why (default: manual)")
    rm = ssub.add_parser("remove", help="remove an address")
    rm.add_argument("address")
    chk = ssub.add_parser("check", help="exit 0 if the address is on the list, 1 if not")
    chk.add_argument("address")
    exp = ssub.add_parser("export", help="export for the marketing tools")
    exp.add_argument("--csv", action="store_true", help="CSV: key, added, source")
    exp.add_argument(
        "--hashed",
        action="store_true",
        help="CSV: hmac_sha256 (HMAC-SHA256 of the normalised address), added, source",
    )
    s.set_defaults(func=cmd_suppression)

    p = sub.add_parser("purge", help="remove personal data past the retention periods")
    p.add_argument("--dry-run", action="store_true", help="list what would go; change nothing")
    p.set_defaults(func=cmd_purge)
