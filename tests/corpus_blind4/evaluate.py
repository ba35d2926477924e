#!/usr/bin/env python3
"""Score requestbot's classifier on the fourth blind corpus (tests/corpus_blind4).

Runs `.venv/bin/requestbot classify --json tests/corpus_blind4` from /work/main and compares
with labels.csv: exact kind-set accuracy, language accuracy, automated accuracy, per-kind
precision/recall, and every mismatch with file, expected, got and the first 150 characters.

Usage: python3 tests/corpus_blind4/evaluate.py
"""

from __future__ import annotations

import csv
import email
import json
import re
import subprocess
import sys
from email import policy
from pathlib import Path

ROOT = Path("/work/main")
HERE = Path(__file__).resolve().parent
REQUESTBOT = ROOT / ".venv" / "bin" / "requestbot"
KINDS = ["access", "rectification", "erasure", "restriction", "portability",
         "objection", "marketing_opt_out", "complaint"]


def load_labels() -> dict[str, dict]:
    with open(HERE / "labels.csv", newline="", encoding="utf-8") as fh:
        return {
            row["file"]: {
                "kinds": frozenset(k for k in row["kinds"].split("+") if k),
                "language": row["language"],
                "automated": row["automated"].strip().lower() == "true",
                "note": row["note"],
            }
            for row in csv.DictReader(fh)
        }


def run_classifier() -> dict[str, dict]:
    rel = HERE.relative_to(ROOT).as_posix()
    proc = subprocess.run([str(REQUESTBOT), "classify", "--json", rel], cwd=ROOT,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(f"requestbot exited {proc.returncode}\n{proc.stderr}\n")
    got: dict[str, dict] = {}
    for line in proc.stdout.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        obj = json.loads(line)
        got[Path(obj["path"]).name] = obj
    return got


def snippet(name: str, n: int = 150) -> str:
    msg = email.message_from_bytes((HERE / name).read_bytes(), policy=policy.default)
    text = ""
    try:
        part = msg.get_body(preferencelist=("plain", "html"))
        if part is not None:
            text = part.get_content()
            if part.get_content_type() == "text/html":
                text = re.sub(r"<[^>]+>", " ", text)
    except Exception:  # noqa: BLE001 - a snippet is best effort
        text = ""
    subj = str(msg.get("Subject", ""))
    flat = re.sub(r"\s+", " ", f"[{subj}] {text}").strip()
    return flat[:n]


def fmt(kinds) -> str:
    return "+".join(k for k in KINDS if k in kinds) or "-"


def main() -> int:
    labels = load_labels()
    got = run_classifier()
    n = len(labels)
    kinds_ok = lang_ok = auto_ok = 0
    tp = dict.fromkeys(KINDS, 0)
    fp = dict.fromkeys(KINDS, 0)
    fn = dict.fromkeys(KINDS, 0)
    mismatches = []
    raw_kinds_on_auto: list[str] = []
    for name, exp in sorted(labels.items()):
        res = got.get(name)
        if res is None:
            mismatches.append((name, exp, None, "missing from classifier output"))
            for k in exp["kinds"]:
                fn[k] += 1
            continue
        g_kinds = frozenset(res.get("kinds") or [])
        g_auto = bool(res.get("automated"))
        # The pipeline never classifies automated mail, so a message the intake flags as
        # automated counts as "not a request" whatever the rules matched (counted below).
        if g_auto and g_kinds:
            raw_kinds_on_auto.append(name)
            g_kinds = frozenset()
        g_lang = res.get("language")
        for k in KINDS:
            if k in g_kinds and k in exp["kinds"]:
                tp[k] += 1
            elif k in g_kinds:
                fp[k] += 1
            elif k in exp["kinds"]:
                fn[k] += 1
        problems = []
        if g_kinds == exp["kinds"]:
            kinds_ok += 1
        else:
            problems.append("kinds")
        if g_lang == exp["language"]:
            lang_ok += 1
        else:
            problems.append("language")
        if g_auto == exp["automated"]:
            auto_ok += 1
        else:
            problems.append("automated")
        if problems:
            mismatches.append((name, exp, dict(kinds=g_kinds, language=g_lang, automated=g_auto),
                               ",".join(problems)))

    def pct(a: int, b: int) -> str:
        return f"{a}/{b} = {100.0 * a / b:.1f}%" if b else f"{a}/{b}"

    print(f"messages: {n}  (classifier output for {len(got)})")
    print(f"exact kind-set accuracy: {pct(kinds_ok, n)}")
    print(f"language accuracy:       {pct(lang_ok, n)}")
    print(f"automated accuracy:      {pct(auto_ok, n)}")
    human = [k for k, v in labels.items() if not v["automated"]]
    h_ok = sum(1 for k in human if k in got and not got[k].get("automated")
               and frozenset(got[k].get("kinds") or []) == labels[k]["kinds"])
    print(f"flagged automated but rules matched kinds (scored as none): {len(raw_kinds_on_auto)}"
          + (f" {' '.join(raw_kinds_on_auto)}" if raw_kinds_on_auto else ""))
    print(f"exact kind-set accuracy, human mail only: {pct(h_ok, len(human))}")
    print()
    print(f"{'kind':<18} {'prec':>7} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}")
    for k in KINDS:
        p = tp[k] / (tp[k] + fp[k]) if tp[k] + fp[k] else float("nan")
        r = tp[k] / (tp[k] + fn[k]) if tp[k] + fn[k] else float("nan")
        print(f"{k:<18} {p:>7.3f} {r:>7.3f} {tp[k]:>4} {fp[k]:>4} {fn[k]:>4}")
    print()
    print(f"mismatches: {len(mismatches)}")
    for name, exp, g, what in mismatches:
        exp_s = f"{fmt(exp['kinds'])} [{exp['language']}{', auto' if exp['automated'] else ''}]"
        if g is None:
            got_s = "(no output)"
        else:
            got_s = f"{fmt(g['kinds'])} [{g['language']}{', auto' if g['automated'] else ''}]"
        print(f"{name}  {what}\n  expected: {exp_s}  ({exp['note']})\n  got:      {got_s}\n"
              f"  text:     {snippet(name)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
