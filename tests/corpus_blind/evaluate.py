#!/usr/bin/env python3
"""Compare `requestbot classify --json` output with labels.csv.

Usage (from /work/main):
    python3 tests/corpus_blind/evaluate.py                 # runs the classifier itself
    python3 tests/corpus_blind/evaluate.py results.jsonl   # uses saved JSON-lines output
"""
from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from email import policy
from email.parser import BytesParser
from html import unescape
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = ["access", "rectification", "erasure", "restriction", "portability",
         "objection", "marketing_opt_out", "complaint"]
BIN = HERE.parent.parent / ".venv" / "bin" / "requestbot"


def message_text(path: Path) -> str:
    msg = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        for p in msg.walk():
            if p.get_content_maintype() == "text":
                part = p
                break
    text = ""
    if part is not None:
        try:
            text = part.get_content()
        except Exception:  # noqa: BLE001
            text = part.get_payload(decode=True).decode("latin-1", "replace")
        if part.get_content_subtype() == "html":
            text = unescape(re.sub(r"<[^>]+>", " ", re.sub(r"(?s)<(style|head).*?</\1>", " ", text)))
    text = f"[{msg.get('Subject', '')}] " + text
    return " ".join(text.split())[:150]


def load_results(argv: list[str]) -> dict[str, dict]:
    if argv:
        lines = Path(argv[0]).read_text(encoding="utf-8").splitlines()
    else:
        out = subprocess.run([str(BIN), "classify", "--json", str(HERE)],
                             capture_output=True, text=True, check=False)
        if out.returncode not in (0, 1) and not out.stdout:
            sys.exit(f"classifier failed: {out.stderr}")
        lines = out.stdout.splitlines()
    res = {}
    for line in lines:
        line = line.strip()
        if not line:
            continue
        obj = json.loads(line)
        res[Path(obj["path"]).name] = obj
    return res


def main() -> None:
    with open(HERE / "labels.csv", encoding="utf-8") as f:
        labels = list(csv.DictReader(f))
    res = load_results(sys.argv[1:])
    n = len(labels)
    exact = lang_ok = auto_ok = 0
    tp = dict.fromkeys(KINDS, 0)
    fp = dict.fromkeys(KINDS, 0)
    fn = dict.fromkeys(KINDS, 0)
    mismatches = []
    missing = []
    for row in labels:
        name = row["file"]
        exp = {k for k in row["kinds"].split("+") if k}
        exp_auto = row["automated"] == "true"
        r = res.get(name)
        if r is None:
            missing.append(name)
            got, got_lang, got_auto = set(), None, None
        else:
            got = set(r.get("kinds") or [])
            got_lang, got_auto = r.get("language"), bool(r.get("automated"))
        probs = []
        if got == exp:
            exact += 1
        else:
            probs.append("kinds")
        if got_lang == row["language"]:
            lang_ok += 1
        else:
            probs.append("language")
        if got_auto == exp_auto:
            auto_ok += 1
        else:
            probs.append("automated")
        for k in KINDS:
            if k in got and k in exp:
                tp[k] += 1
            elif k in got:
                fp[k] += 1
            elif k in exp:
                fn[k] += 1
        if probs:
            mismatches.append((name, probs, row, exp, got, got_lang, got_auto))

    def fmt(s: set) -> str:
        return "+".join(k for k in KINDS if k in s) or "[]"

    print(f"messages: {n}  (classifier results: {len(res)}, missing: {len(missing)})")
    print(f"exact kind-set accuracy: {exact}/{n} = {exact / n:.1%}")
    human = [r for r in labels if r["automated"] != "true"]
    hx = sum(1 for r in human if set(k for k in r["kinds"].split("+") if k)
             == set((res.get(r["file"]) or {}).get("kinds") or []))
    print(f"  (non-automated only: {hx}/{len(human)} = {hx / len(human):.1%})")
    print(f"language accuracy:       {lang_ok}/{n} = {lang_ok / n:.1%}")
    print(f"automated accuracy:      {auto_ok}/{n} = {auto_ok / n:.1%}")
    print()
    print(f"{'kind':<18}{'support':>8}{'TP':>5}{'FP':>5}{'FN':>5}{'precision':>11}{'recall':>8}")
    for k in KINDS:
        sup = tp[k] + fn[k]
        p = tp[k] / (tp[k] + fp[k]) if tp[k] + fp[k] else float("nan")
        rc = tp[k] / sup if sup else float("nan")
        print(f"{k:<18}{sup:>8}{tp[k]:>5}{fp[k]:>5}{fn[k]:>5}{p:>11.2f}{rc:>8.2f}")
    T, F, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    print(f"{'micro':<18}{T + N:>8}{T:>5}{F:>5}{N:>5}{T / (T + F) if T + F else 0:>11.2f}"
          f"{T / (T + N) if T + N else 0:>8.2f}")
    # any-request detection (is it a rights request at all?)
    dtp = sum(1 for r in human if r["kinds"] and (res.get(r["file"]) or {}).get("kinds"))
    dfp = sum(1 for r in labels if not r["kinds"] and (res.get(r["file"]) or {}).get("kinds"))
    dfn = sum(1 for r in human if r["kinds"] and not (res.get(r["file"]) or {}).get("kinds"))
    print(f"\nrequest detection (any kind): TP {dtp}  FP {dfp}  FN {dfn}")
    if missing:
        print("\nmissing from classifier output:", ", ".join(missing))
    print(f"\nmismatches ({len(mismatches)}):")
    for name, probs, row, exp, got, gl, ga in mismatches:
        print(f"- {name} [{', '.join(probs)}] ({row['note']})")
        if "kinds" in probs:
            print(f"    kinds     expected {fmt(exp)}  got {fmt(got)}")
        if "language" in probs:
            print(f"    language  expected {row['language']}  got {gl}")
        if "automated" in probs:
            print(f"    automated expected {row['automated']}  got {str(ga).lower()}")
        print(f"    text: {message_text(HERE / name)}")


if __name__ == "__main__":
    main()
