#!/usr/bin/env python3
"""Evaluate requestbot's classifier against tests/corpus_blind2/labels.csv.

Usage (from anywhere):  python3 tests/corpus_blind2/evaluate.py [--requestbot PATH]
Runs `requestbot classify --json tests/corpus_blind2` from /work/main (the repo
root) and prints exact kind-set accuracy, language accuracy, automated accuracy,
per-kind precision/recall and every mismatch.
"""
import argparse
import csv
import email
import html
import json
import os
import re
import subprocess
import sys
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
KINDS = ["access", "rectification", "erasure", "restriction", "portability",
         "objection", "marketing_opt_out", "complaint"]


def text_of(path):
    with open(path, "rb") as f:
        msg = email.message_from_binary_file(f, policy=policy.default)
    subj = str(msg.get("subject", ""))
    body = ""
    try:
        part = msg.get_body(preferencelist=("plain", "html"))
        if part is not None:
            body = part.get_content()
            if part.get_content_type() == "text/html":
                body = html.unescape(re.sub(r"<[^>]+>", " ", body))
    except Exception as e:  # noqa: BLE001
        body = f"<unreadable: {e}>"
    return re.sub(r"\s+", " ", f"[{subj}] {body}").strip()


def fmt(kinds):
    return "+".join(k for k in KINDS if k in kinds) or "-"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--requestbot", default=os.path.join(ROOT, ".venv", "bin", "requestbot"))
    args = ap.parse_args()

    with open(os.path.join(HERE, "labels.csv"), newline="", encoding="utf-8") as f:
        labels = {r["file"]: r for r in csv.DictReader(f)}

    proc = subprocess.run([args.requestbot, "classify", "--json", "tests/corpus_blind2"],
                          cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        print("classify exited with", proc.returncode, file=sys.stderr)
        print(proc.stderr, file=sys.stderr)
    got = {}
    for line in proc.stdout.splitlines():
        line = line.strip()
        if not line:
            continue
        obj = json.loads(line)
        got[os.path.basename(obj["path"])] = obj

    missing = sorted(set(labels) - set(got))
    extra = sorted(set(got) - set(labels))
    n = len(labels)
    ok_kinds = ok_lang = ok_auto = ok_all = 0
    tp = {k: 0 for k in KINDS}
    fp = {k: 0 for k in KINDS}
    fn = {k: 0 for k in KINDS}
    mismatches = []
    for fname, lab in sorted(labels.items()):
        exp_k = set(k for k in lab["kinds"].split("+") if k)
        exp_l = lab["language"]
        exp_a = lab["automated"] == "true"
        g = got.get(fname)
        if g is None:
            mismatches.append((fname, lab, None, ["missing from output"]))
            for k in exp_k:
                fn[k] += 1
            continue
        got_k = set(g.get("kinds") or [])
        got_l = g.get("language")
        got_a = bool(g.get("automated"))
        for k in KINDS:
            if k in got_k and k in exp_k:
                tp[k] += 1
            elif k in got_k:
                fp[k] += 1
            elif k in exp_k:
                fn[k] += 1
        what = []
        if got_k == exp_k:
            ok_kinds += 1
        else:
            what.append("kinds")
        if got_l == exp_l:
            ok_lang += 1
        else:
            what.append("language")
        if got_a == exp_a:
            ok_auto += 1
        else:
            what.append("automated")
        if not what:
            ok_all += 1
        else:
            mismatches.append((fname, lab, g, what))

    pct = lambda a, b: f"{a}/{b} = {100.0 * a / b:.1f}%" if b else "n/a"
    print(f"Messages labelled: {n}; classified: {len(got)}")
    if missing:
        print("MISSING from output:", ", ".join(missing))
    if extra:
        print("Unlabelled in output:", ", ".join(extra))
    print(f"Exact kind-set accuracy : {pct(ok_kinds, n)}")
    print(f"Language accuracy       : {pct(ok_lang, n)}")
    print(f"Automated accuracy      : {pct(ok_auto, n)}")
    print(f"All three correct       : {pct(ok_all, n)}")
    human = [f for f, l in labels.items() if l["automated"] == "false"]
    nm = [f for f in human if not labels[f]["kinds"]]
    nm_ok = sum(1 for f in nm if f in got and not got[f].get("kinds"))
    dsr = [f for f in human if labels[f]["kinds"]]
    dsr_any = sum(1 for f in dsr if f in got and got[f].get("kinds"))
    print(f"Near-misses with no kinds (human, kinds=[]): {pct(nm_ok, len(nm))}")
    print(f"Rights requests detected at all (any kind)  : {pct(dsr_any, len(dsr))}")
    print()
    print(f"{'kind':<18} {'TP':>3} {'FP':>3} {'FN':>3} {'precision':>10} {'recall':>8}")
    for k in KINDS:
        p = tp[k] / (tp[k] + fp[k]) if tp[k] + fp[k] else float("nan")
        r = tp[k] / (tp[k] + fn[k]) if tp[k] + fn[k] else float("nan")
        print(f"{k:<18} {tp[k]:>3} {fp[k]:>3} {fn[k]:>3} {p:>10.2f} {r:>8.2f}")
    T, F, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    print(f"{'micro':<18} {T:>3} {F:>3} {N:>3} {T / (T + F) if T + F else 0:>10.2f} "
          f"{T / (T + N) if T + N else 0:>8.2f}")
    print()
    print(f"Mismatches: {len(mismatches)}")
    for fname, lab, g, what in mismatches:
        exp = f"{fmt(set(lab['kinds'].split('+')) - {''})} {lab['language']} auto={lab['automated']}"
        if g is None:
            gs = "(none)"
        else:
            gs = f"{fmt(set(g.get('kinds') or []))} {g.get('language')} auto={str(bool(g.get('automated'))).lower()}"
        print(f"- {fname} [{','.join(what)}]")
        print(f"    expected: {exp}   ({lab['note']})")
        print(f"    got     : {gs}")
        print(f"    text    : {text_of(os.path.join(HERE, fname))[:150]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
