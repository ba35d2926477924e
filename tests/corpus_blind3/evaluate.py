#!/usr/bin/env python3
"""Evaluate requestbot's classifier on tests/corpus_blind3.

Run from /work/main:  python3 tests/corpus_blind3/evaluate.py
"""
import csv
import email
import email.policy
import json
import os
import re
import subprocess
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
BOT = os.path.join(ROOT, ".venv", "bin", "requestbot")
KINDS = ["access", "rectification", "erasure", "restriction", "portability",
         "objection", "marketing_opt_out", "complaint"]


def load_labels():
    with open(os.path.join(HERE, "labels.csv"), encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    out = {}
    for r in rows:
        out[r["file"]] = {
            "kinds": frozenset(k for k in r["kinds"].split("+") if k),
            "language": r["language"],
            "automated": r["automated"].strip().lower() == "true",
            "note": r["note"],
        }
    return out


def run_bot():
    rel = os.path.relpath(HERE, ROOT)
    proc = subprocess.run([BOT, "classify", "--json", rel], cwd=ROOT,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
    got = {}
    for line in proc.stdout.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        d = json.loads(line)
        got[os.path.basename(d["path"])] = d
    return got


def snippet(fname, n=150):
    with open(os.path.join(HERE, fname), "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    parts = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                parts.append(part.get_content())
            except Exception:  # noqa: BLE001
                pass
            if parts and parts[-1].strip():
                break
    text = " ".join(parts)
    text = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", text)
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    subj = str(msg.get("Subject", ""))
    return ("[%s] %s" % (subj, text))[:n]


def fmt(kinds):
    return "+".join(k for k in KINDS if k in kinds) or "-"


def main():
    labels = load_labels()
    got = run_bot()
    n = len(labels)
    missing = sorted(set(labels) - set(got))
    exact = lang_ok = auto_ok = 0
    tp, fp, fn = Counter(), Counter(), Counter()
    mismatches = []
    for f in sorted(labels):
        exp = labels[f]
        g = got.get(f)
        gk = frozenset(g["kinds"]) if g else frozenset()
        gl = g.get("language") if g else None
        ga = bool(g.get("automated")) if g else None
        kinds_ok = gk == exp["kinds"]
        exact += kinds_ok
        lang_ok += gl == exp["language"]
        auto_ok += ga == exp["automated"]
        for k in KINDS:
            if k in gk and k in exp["kinds"]:
                tp[k] += 1
            elif k in gk:
                fp[k] += 1
            elif k in exp["kinds"]:
                fn[k] += 1
        problems = []
        if not kinds_ok:
            problems.append("kinds")
        if gl != exp["language"]:
            problems.append("language")
        if ga != exp["automated"]:
            problems.append("automated")
        if problems:
            mismatches.append((f, problems, exp, gk, gl, ga))

    print("messages: %d labelled, %d classified" % (n, len(got)))
    if missing:
        print("MISSING from output:", ", ".join(missing))
    print("exact kind-set accuracy: %d/%d = %.1f%%" % (exact, n, 100.0 * exact / n))
    print("language accuracy:       %d/%d = %.1f%%" % (lang_ok, n, 100.0 * lang_ok / n))
    print("automated accuracy:      %d/%d = %.1f%%" % (auto_ok, n, 100.0 * auto_ok / n))
    print()
    print("%-18s %5s %5s %5s %9s %7s" % ("kind", "tp", "fp", "fn", "precision", "recall"))
    for k in KINDS:
        p = tp[k] / (tp[k] + fp[k]) if tp[k] + fp[k] else float("nan")
        r = tp[k] / (tp[k] + fn[k]) if tp[k] + fn[k] else float("nan")
        print("%-18s %5d %5d %5d %9.2f %7.2f" % (k, tp[k], fp[k], fn[k], p, r))
    # subgroup figures
    print()
    groups = Counter()
    groups_ok = Counter()
    for f, exp in labels.items():
        key = "automated" if exp["automated"] else (
            "none (near-miss)" if not exp["kinds"] else ("several kinds" if len(exp["kinds"]) > 1 else "one kind"))
        groups[key] += 1
        g = got.get(f)
        groups_ok[key] += bool(g) and frozenset(g["kinds"]) == exp["kinds"]
    for key in sorted(groups):
        print("%-18s exact %d/%d" % (key, groups_ok[key], groups[key]))
    print()
    print("mismatches: %d" % len(mismatches))
    for f, problems, exp, gk, gl, ga in mismatches:
        print("- %s [%s]" % (f, ",".join(problems)))
        print("    expected: kinds=%s lang=%s automated=%s  (%s)" % (
            fmt(exp["kinds"]), exp["language"], str(exp["automated"]).lower(), exp["note"]))
        print("    got:      kinds=%s lang=%s automated=%s" % (fmt(gk), gl, str(ga).lower()))
        print("    text:     %s" % snippet(f))


if __name__ == "__main__":
    main()
