"""The `requestbot` command.

Exit codes: 0 ok, 1 runtime failure, 2 usage or config error.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO, cast

from . import __version__, clock
from .errors import ConfigError, RequestbotError
from .safetext import printable

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2

log = logging.getLogger("requestbot")


class UsageError(RequestbotError):
    pass


# --- helpers -----------------------------------------------------------------


def load_config(args: argparse.Namespace) -> Any:
    from . import config

    return config.load(config.config_path(args.config))


def open_store(cfg: Any, *, readonly: bool = False) -> Any:
    from .cases import CaseStore

    return CaseStore.open(
        cfg.resolve_path(cfg.storage.path), readonly=readonly, hash_key=suppression_hash_key(cfg)
    )


def suppression_hash_key(cfg: Any) -> bytes | None:
    from . import config

    return config.suppression_hash_key(cfg)


def print_table(rows: Sequence[Sequence[str]], headers: Sequence[str], out: TextIO) -> None:
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(str(c))) for w, c in zip(widths, row, strict=True)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    out.write(fmt.format(*headers).rstrip() + "\n")
    out.write(fmt.format(*("-" * w for w in widths)).rstrip() + "\n")
    for row in rows:
        out.write(fmt.format(*(str(c) for c in row)).rstrip() + "\n")


def parse_aware(value: str, default_tz: str = "Europe/Helsinki") -> datetime:
    """An ISO 8601 date-time; without an offset it is read in ``default_tz``."""
    try:
        dt = datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise UsageError(
            f"not an ISO 8601 date-time: {value!r} (e.g. 2026-11-25T14:03:00+02:00)"
        ) from exc
    if dt.tzinfo is None:
        from zoneinfo import ZoneInfo

        dt = dt.replace(tzinfo=ZoneInfo(default_tz))
    return dt


# --- commands ----------------------------------------------------------------


def cmd_deadline(args: argparse.Namespace, out: TextIO) -> int:
    from zoneinfo import ZoneInfo

    from . import deadlines

    try:
        ZoneInfo(args.timezone)
    except (KeyError, ValueError) as exc:
        raise UsageError(f"unknown timezone {args.timezone!r} (e.g. Europe/Helsinki)") from exc
    received = parse_aware(args.received, args.timezone)
    cal = deadlines.Calendar(args.country, args.christmas_eve_is_holiday)
    rdate = deadlines.receipt_date(received, args.timezone)
    dl = deadlines.extended(rdate, cal) if args.extended else deadlines.one_month(rdate, cal)
    if args.json:
        data = dl.to_json()
        data["received_at"] = received.isoformat()
        data["timezone"] = args.timezone
        data["country"] = args.country
        data["extended"] = bool(args.extended)
        data["one_month_due"] = deadlines.one_month(rdate, cal).due.isoformat()
        data["extension_notice_by"] = deadlines.one_month(rdate, cal).due.isoformat()
        out.write(json.dumps(data, ensure_ascii=False) + "\n")
    else:
        out.write(dl.due.isoformat() + "\n")
    return EXIT_OK


def cmd_check_config(args: argparse.Namespace, out: TextIO) -> int:
    from .checks import offline_problems

    cfg = load_config(args)
    problems = offline_problems(cfg)
    for p in problems:
        sys.stderr.write(f"requestbot: {p}\n")
    if problems:
        return EXIT_USAGE
    out.write(f"{cfg.path}: configuration is valid\n")
    warnings = []
    if cfg.staff.authentication == "none":
        warnings.append(
            'staff.authentication = "none": anyone who forges a staff From address can '
            "run staff commands"
        )
    if not cfg.staff.notify:
        warnings.append("staff.notify is empty: nobody is told about new cases")
    if not (cfg.storage.suppression_hash_key_env or cfg.storage.suppression_hash_key_file):
        warnings.append(
            "the suppression list keeps plain addresses: set "
            "storage.suppression_hash_key_file (or _env) to keep keyed hashes instead"
        )
    if not cfg.imap.host and not cfg.imap.maildir:
        warnings.append("neither imap.host nor imap.maildir is set: no mail is read")
    for w in warnings:
        out.write(f"warning: {w}\n")
    if args.offline:
        return EXIT_OK
    from .checks import check_imap, check_smtp

    ok = True
    for label, fn in (("IMAP", check_imap), ("SMTP", check_smtp)):
        good, detail = fn(cfg)
        ok = ok and good
        out.write(f"{label}: {'ok' if good else 'FAILED'}: {detail}\n")
    return EXIT_OK if ok else EXIT_FAIL


def case_summary(c: Any) -> dict[str, Any]:
    return {
        "id": c.id,
        "status": c.status.value,
        "kinds": [k.value for k in c.kinds],
        "language": c.language,
        "requester": c.requester_address,
        "received_at": c.received_at.isoformat(),
        "due": c.due.isoformat(),
        "extended_due": c.extended_due.isoformat(),
        "effective_due": c.effective_due.isoformat(),
        "open": c.is_open,
    }


class PrintableOut:
    """A text stream that shows terminal escapes and other control characters from
    mail (a subject, a name) as \\x.. instead of passing them to the terminal."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, text: str) -> int:
        return self.out.write(printable(text))


class PrintableFormatter(logging.Formatter):
    """Log lines with control characters from mail made visible (safetext.printable)."""

    def format(self, record: logging.LogRecord) -> str:
        return printable(super().format(record))


def cmd_cases(args: argparse.Namespace, out: TextIO) -> int:
    from zoneinfo import ZoneInfo

    from . import deadlines
    from .cases import case_to_doc

    out = cast(TextIO, PrintableOut(out))
    cfg = load_config(args)
    store = open_store(cfg, readonly=True)
    try:
        if args.cases_cmd == "list":
            zone = cfg.controller.timezone  # dates shown to people: the controller's
            cases = store.open_cases() if args.open else store.cases()
            if args.json:
                for c in cases:
                    out.write(json.dumps(case_summary(c), ensure_ascii=False) + "\n")
                return EXIT_OK
            rows = [
                (
                    c.id,
                    c.status.value,
                    "+".join(k.value for k in c.kinds) or "-",
                    c.language,
                    c.requester_address,
                    deadlines.receipt_date(c.received_at, zone).isoformat(),
                    c.effective_due.isoformat(),
                )
                for c in cases
            ]
            print_table(
                rows, ("CASE", "STATUS", "KINDS", "LANG", "REQUESTER", "RECEIVED", "DUE"), out
            )
            out.write(f"{len(cases)} case(s)\n")
            return EXIT_OK
        case = store.get_case(args.case_id)
        if case is None:
            sys.stderr.write(f"requestbot: no case {args.case_id}\n")
            return EXIT_FAIL
        events = store.events(case.id)
        if args.json:
            doc = case_to_doc(case)
            doc["events"] = [
                {"at": e.at.isoformat(), "actor": e.actor, "action": e.action, "detail": e.detail}
                for e in events
            ]
            out.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
            return EXIT_OK
        pairs = [
            ("Case", case.id),
            ("Status", case.status.value),
            ("Kinds", ", ".join(k.value for k in case.kinds) or "(none: triage)"),
            ("Language", case.language),
            ("Requester", f"{case.requester_name} <{case.requester_address}>".strip()),
            (
                "Received",
                case.received_at.astimezone(ZoneInfo(cfg.controller.timezone)).isoformat(),
            ),
            ("Due", case.due.isoformat()),
            ("Extended due", case.extended_due.isoformat()),
            ("Address verified", f"{case.address_verified} {case.verification}".strip()),
            ("Subject", case.subject),
        ]
        for k, v in pairs:
            out.write(f"{k + ':':<18}{v}\n")
        if case.evidence:
            out.write("Evidence:\n")
            for e in case.evidence:
                neg = " (negative)" if e.negative else ""
                out.write(f"  {e.rule}{neg}: {e.kind or '-'}: {e.matched!r}\n")
        if case.systems:
            out.write("Systems:\n")
            for name, state in case.systems.items():
                out.write(f"  {name}: {state}\n")
        if case.notices:
            out.write("Art 19 notices:\n")
            for name, n in case.notices.items():
                answer = (
                    f"answered {n['answered_at']} by {n.get('answer_from', '')}"
                    if n.get("answered_at")
                    else "no answer yet"
                )
                out.write(f"  {name}: sent {n.get('sent_at', '')} to {n.get('to', '')}; {answer}\n")
        out.write("Events:\n")
        for e in events:
            at = e.at.astimezone(ZoneInfo(cfg.controller.timezone)).isoformat(timespec="seconds")
            out.write(f"  {at}  {e.actor:<24} {e.action:<22} {e.detail}\n")
        return EXIT_OK
    finally:
        store.close()


def iter_message_paths(paths: Sequence[str]) -> list[str]:
    found: list[str] = []
    for p in paths:
        if p == "-":
            found.append(p)
            continue
        path = Path(p)
        if path.is_dir():
            found.extend(
                str(f)
                for f in sorted(path.rglob("*"))
                if f.is_file()
                and f.suffix.lower() in (".eml", ".msg", ".txt", "")
                and not f.name.startswith(".")
            )
        elif path.exists():
            found.append(str(path))
        else:
            raise UsageError(f"no such file or directory: {p}")
    return found


def cmd_classify(args: argparse.Namespace, out: TextIO) -> int:
    from .intake import parse_message
    from .understand.classify import classify_received, evidence_to_json, read_as_machine

    languages = tuple(args.languages.split(",")) if args.languages else ("fi", "sv", "en")
    default_language = args.default_language or languages[0]
    failures = 0
    for path in iter_message_paths(args.paths):
        try:
            raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
        except OSError as exc:
            sys.stderr.write(f"requestbot: {path}: {exc.strerror}\n")
            failures += 1
            continue
        msg, result = classify_received(
            parse_message(raw), languages=languages, default_language=default_language
        )
        kinds = [k.value for k in result.kinds]
        if args.json:
            obj = {
                "path": path,
                "kinds": kinds,
                "language": result.language,
                "automated": read_as_machine(msg),
                "automated_reason": msg.automated_reason,
                "confidence": {k.value: round(v, 3) for k, v in result.confidence.items()},
                "evidence": evidence_to_json(result),
                "needs_review": result.needs_review,
                "on_behalf_of_child": result.on_behalf_of_child,
            }
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        else:
            label = "+".join(kinds) or "not a request"
            auto = f"  automated ({msg.automated_reason})" if read_as_machine(msg) else ""
            review = "  needs review" if result.needs_review else ""
            out.write(f"{path}: {label}  [{result.language}]{auto}{review}\n")
    return EXIT_FAIL if failures else EXIT_OK


def cmd_templates(args: argparse.Namespace, out: TextIO) -> int:
    from . import templates

    if args.templates_cmd == "check":
        errors = templates.check_all(production=True)
        for e in errors:
            out.write(f"error: {e}\n")
        n = len(templates.REGISTRY)
        out.write(f"{n} templates x 3 languages: {'all rendered' if not errors else 'FAILED'}\n")
        return EXIT_FAIL if errors else EXIT_OK
    if args.name not in templates.REGISTRY:
        raise UsageError(f"unknown template {args.name!r}; known: {', '.join(templates.REGISTRY)}")
    spec = templates.REGISTRY[args.name]
    rendered = templates.Renderer().render(args.name, args.lang, spec.sample())
    out.write(f"Subject: {rendered.subject}\n\n{rendered.text}\n")
    if rendered.html and args.html:
        out.write("\n--- HTML ---\n" + rendered.html + "\n")
    return EXIT_OK


def parse_since(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value)
    except ValueError as exc:
        raise UsageError(f"--since: not a date: {value!r} (use YYYY-MM-DD)") from exc
    if dt.tzinfo is None:
        from zoneinfo import ZoneInfo

        dt = dt.replace(tzinfo=ZoneInfo("Europe/Helsinki"))
    return dt


def make_runner(cfg: Any, store: Any, since: datetime | None = None) -> Any:
    from .runner import Runner, build_source
    from .staff import handle as staff_handle

    return Runner(cfg, store, build_source(cfg), since=since, staff_handler=staff_handle)


async def drain_all(cfg: Any, store: Any, now: Any) -> Any:
    """Drain until nothing due is left (or a round sends nothing)."""
    from . import outbox

    total = await outbox.drain_once(cfg, store, now=now)
    last = total
    while last.sent and last.more:
        last = await outbox.drain_once(cfg, store, now=now)
        total.sent += last.sent
        total.retried += last.retried
        total.failed += last.failed
        total.errors.extend(last.errors)
    return total


def cmd_poll(args: argparse.Namespace, out: TextIO) -> int:
    import asyncio

    from . import housekeeping

    cfg = load_config(args)
    store = open_store(cfg)
    try:
        runner = make_runner(cfg, store, parse_since(args.since))
        runner.send_while_taking_in = True  # each batch's letters go out during the next
        try:
            result = runner.intake_once()
            housekeeping.housekeeping_once(runner.ctx)
            drained = asyncio.run(drain_all(cfg, store, runner.ctx.now))
        finally:
            runner.close()
        sent = drained.sent + result.sent
        retried = drained.retried + result.retried
        failed = drained.failed + result.failed
        out.write(
            f"fetched {result.fetched}, moved {result.moved}, kept {result.kept}; "
            f"outcomes {dict(sorted(result.outcomes.items()))}; "
            f"sent {sent}, retry {retried}, failed {failed}\n"
        )
        return EXIT_OK if not failed else EXIT_FAIL
    finally:
        store.close()


def cmd_run(args: argparse.Namespace, out: TextIO) -> int:
    # Catch SIGTERM/SIGINT before anything slow (imports, the store): a stop asked for
    # during start-up is remembered, and the daemon ends cleanly as soon as it can act.
    import signal
    import threading

    early_stop = threading.Event()

    def remember_stop(signum: int, frame: object) -> None:
        early_stop.set()

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, remember_stop)
    logging.getLogger("requestbot.daemon").info("starting (pid %d)", os.getpid())

    import asyncio

    from .scheduler import Daemon

    cfg = load_config(args)
    store = open_store(cfg)
    try:
        runner = make_runner(cfg, store, parse_since(args.since))
        try:
            return asyncio.run(Daemon(runner, early_stop=early_stop).run())
        finally:
            runner.close()
    finally:
        store.close()


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from .demo import run_demo

    return run_demo(out, keep=args.dir)


def cmd_status(args: argparse.Namespace, out: TextIO) -> int:
    from .status import status_lines

    cfg = load_config(args)
    store = open_store(cfg, readonly=True)
    try:
        data = status_lines(cfg, store)
    finally:
        store.close()
    if args.json:
        out.write(json.dumps(data, ensure_ascii=False) + "\n")
    else:
        for key, value in data.items():
            out.write(f"{key + ':':<24}{value}\n")
    return EXIT_OK


# --- parser ------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="requestbot",
        description="Runs a GDPR rights-request mailbox: reads mail, opens cases with their "
        "statutory deadlines, answers requesters and keeps staff informed.",
    )
    p.add_argument(
        "--config",
        metavar="PATH",
        help="config file (default: $REQUESTBOT_CONFIG, else ./config.toml)",
    )
    p.add_argument("--version", action="version", version=f"requestbot {__version__}")
    p.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    d = sub.add_parser("deadline", help="compute a statutory deadline (needs no config)")
    d.add_argument(
        "--received",
        required=True,
        metavar="DATETIME",
        help="arrival time with offset, e.g. 2026-11-25T14:03:00+02:00",
    )
    d.add_argument("--extended", action="store_true", help="the extended (3-month) deadline")
    d.add_argument("--json", action="store_true", help="also the nominal date and roll-overs")
    d.add_argument("--country", default="FI", help="holiday calendar (default FI)")
    d.add_argument("--timezone", default="Europe/Helsinki", help="default Europe/Helsinki")
    d.add_argument(
        "--christmas-eve-is-holiday",
        action="store_true",
        help="count 24 December as a non-working day",
    )
    d.set_defaults(func=cmd_deadline)

    c = sub.add_parser("check-config", help="validate the config (and try IMAP and SMTP)")
    c.add_argument("--offline", action="store_true", help="do not connect to the servers")
    c.set_defaults(func=cmd_check_config)

    cs = sub.add_parser("cases", help="list or show cases")
    csub = cs.add_subparsers(dest="cases_cmd", metavar="list|show|export", required=True)
    cl = csub.add_parser("list", help="list cases")
    cl.add_argument("--open", action="store_true", help="only open cases")
    cl.add_argument("--json", action="store_true", help="one JSON object per line")
    csh = csub.add_parser("show", help="show one case with its audit trail")
    csh.add_argument("case_id", metavar="ID")
    csh.add_argument("--json", action="store_true")
    cs.set_defaults(func=cmd_cases)
    from . import cli_ops

    cex = csub.add_parser("export", help="write one case's evidence pack into a new folder")
    cex.add_argument("case_id", metavar="ID")
    cex.add_argument("directory", metavar="DIR", help="a new or empty folder")
    cex.add_argument("--lang", help="language of the pack (default: controller.default_language)")
    cex.set_defaults(func=cli_ops.cmd_cases_export)

    cf = sub.add_parser("classify", help="classify .eml files (needs no config)")
    cf.add_argument(
        "paths", nargs="+", metavar="PATH", help=".eml file, directory of them, or - for stdin"
    )
    cf.add_argument("--json", action="store_true", help="one JSON object per message per line")
    cf.add_argument("--languages", help="comma-separated, default fi,sv,en")
    cf.add_argument("--default-language", help="language when it cannot tell (default: first)")
    cf.set_defaults(func=cmd_classify)

    t = sub.add_parser("templates", help="check or preview the message templates")
    tsub = t.add_subparsers(dest="templates_cmd", metavar="check|preview", required=True)
    tsub.add_parser("check", help="render every template in every language")
    tp = tsub.add_parser("preview", help="print one template with sample data")
    tp.add_argument("name")
    tp.add_argument("--lang", default="fi", choices=("fi", "sv", "en"))
    tp.add_argument("--html", action="store_true")
    t.set_defaults(func=cmd_templates)

    r = sub.add_parser("run", help="run the daemon (IDLE/poll, outbox, digest, jobs)")
    r.add_argument(
        "--since",
        metavar="DATE",
        help="archive mode: mail received before DATE becomes cases without answers",
    )
    r.set_defaults(func=cmd_run)
    po = sub.add_parser("poll", help="one intake cycle and one outbox drain, then exit")
    po.add_argument("--once", action="store_true", help="(the default) one cycle")
    po.add_argument("--since", metavar="DATE", help="archive mode, as for run")
    po.set_defaults(func=cmd_poll)
    de = sub.add_parser("demo", help="run the whole flow offline on bundled sample messages")
    de.add_argument("--dir", help="work in this directory (default: a new temporary one)")
    de.set_defaults(func=cmd_demo)
    stt = sub.add_parser("status", help="last fetch, last send, queues, open cases, next digest")
    stt.add_argument("--json", action="store_true")
    stt.set_defaults(func=cmd_status)
    cli_ops.register(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(PrintableFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, handlers=[handler])
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        clock.now()  # a malformed $REQUESTBOT_NOW stops here, naming the variable
        return int(args.func(args, sys.stdout))
    except (ConfigError, UsageError) as exc:
        sys.stderr.write(f"requestbot: {exc}\n")
        return EXIT_USAGE
    except RequestbotError as exc:
        sys.stderr.write(f"requestbot: {exc}\n")
        return EXIT_FAIL
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
