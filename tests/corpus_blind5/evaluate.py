#!/usr/bin/env python3
"""Evaluate requestbot's classifier on the fifth blind corpus.

Runs, from /work/main:
    /work/main/.venv/bin/requestbot classify --json tests/corpus_blind5
and compares the output with labels.csv.  Prints exact kind-set accuracy,
language accuracy, automated accuracy, per-kind precision/recall and every
mismatch (file, expected, got, first 150 characters of the text).

    python3 tests/corpus_blind5/evaluate.py
"""
import csv
import email
import html
import json
import os
import re
import subprocess
import sys
from email import policy

ROOT = "/work/main"
CORPUS = "tests/corpus_blind5"
BIN = "/work/main/.venv/bin/requestbot"
KINDS = ["access", "rectification", "erasure", "restriction", "portability",
         "objection", "marketing_opt_out", "complaint"]
HERE = os.path.dirname(os.path.abspath(__file__))


def load_labels():
    with open(os.path.join(HERE, "labels.csv"), encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return {r["file"]: dict(kinds=frozenset(k for k in r["kinds"].split("+") if k),
                            language=r["language"],
                            automated=r["automated"].strip().lower() == "true",
                            note=r["note"]) for r in rows}


def run_classifier():
    proc = subprocess.run([BIN, "classify", "--json", CORPUS], cwd=ROOT,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        if not proc.stdout.strip():
            sys.exit(f"classifier failed with exit code {proc.returncode}")
    got = {}
    for line in proc.stdout.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        obj = json.loads(line)
        name = os.path.basename(obj.get("path") or obj.get("file") or "")
        got[name] = obj
    return got


def text_of(name, limit=150):
    try:
        with open(os.path.join(HERE, name), "rb") as fh:
            msg = email.message_from_binary_file(fh, policy=policy.default)
        plain, htm = None, None
        for part in msg.walk():
            ctype = part.get_content_type()
            if part.is_multipart() or part.get_content_maintype() != "text":
                continue
            try:
                content = part.get_content()
            except Exception:
                content = part.get_payload(decode=True).decode("latin-1", "replace")
            if ctype == "text/plain" and plain is None:
                plain = content
            elif ctype == "text/html" and htm is None:
                htm = html.unescape(re.sub(r"<[^>]+>", " ", content))
        text = plain if plain is not None else (htm or "")
        text = f"[{msg.get('subject', '')}] " + text
        return re.sub(r"\s+", " ", text).strip()[:limit]
    except Exception as exc:  # pragma: no cover
        return f"<unreadable: {exc}>"


def fmt_kinds(ks):
    return "+".join(k for k in KINDS if k in ks) or "-"


def main():
    labels = load_labels()
    got = run_classifier()
    n = len(labels)
    exact = lang_ok = auto_ok = 0
    tp = {k: 0 for k in KINDS}
    fp = {k: 0 for k in KINDS}
    fn = {k: 0 for k in KINDS}
    mism = []
    missing = []
    for name in sorted(labels):
        exp = labels[name]
        g = got.get(name)
        if g is None:
            missing.append(name)
            gk, gl, ga = frozenset(), None, None
        else:
            gk = frozenset(g.get("kinds") or [])
            gl = g.get("language")
            ga = bool(g.get("automated"))
        problems = []
        if gk == exp["kinds"]:
            exact += 1
        else:
            problems.append(f"kinds expected {fmt_kinds(exp['kinds'])} got {fmt_kinds(gk)}")
        if gl == exp["language"]:
            lang_ok += 1
        else:
            problems.append(f"language expected {exp['language']} got {gl}")
        if ga == exp["automated"]:
            auto_ok += 1
        else:
            problems.append(f"automated expected {exp['automated']} got {ga}")
        for k in KINDS:
            if k in gk and k in exp["kinds"]:
                tp[k] += 1
            elif k in gk:
                fp[k] += 1
            elif k in exp["kinds"]:
                fn[k] += 1
        if problems:
            mism.append((name, exp, problems))

    print(f"corpus: {CORPUS}  messages: {n}  classified: {len(got)}")
    if missing:
        print(f"missing from classifier output: {', '.join(missing)}")
    print(f"exact kind-set accuracy: {exact}/{n} = {exact / n:.3f}")
    print(f"language accuracy:       {lang_ok}/{n} = {lang_ok / n:.3f}")
    print(f"automated accuracy:      {auto_ok}/{n} = {auto_ok / n:.3f}")
    print()
    print(f"{'kind':<18} {'prec':>6} {'recall':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
    for k in KINDS:
        p = tp[k] / (tp[k] + fp[k]) if tp[k] + fp[k] else float("nan")
        r = tp[k] / (tp[k] + fn[k]) if tp[k] + fn[k] else float("nan")
        print(f"{k:<18} {p:6.3f} {r:6.3f} {tp[k]:4d} {fp[k]:4d} {fn[k]:4d}")
    print()
    print(f"mismatches: {len(mism)}")
    for name, exp, problems in mism:
        print(f"- {name} ({exp['language']}, {exp['note']})")
        for p in problems:
            print(f"    {p}")
        print(f"    text: {text_of(name)}")


if __name__ == "__main__":
    main()
