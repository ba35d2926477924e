#!/usr/bin/env python3
"""Evaluate requestbot on the seventh blind corpus (final measurement).

Runs `/work/main/.venv/bin/requestbot classify --json tests/corpus_blind7` from /work/main
and compares with labels.csv. Prints exact kind-set accuracy, language accuracy,
automated accuracy, per-kind precision/recall and every mismatch.
"""
import csv
import email
import json
import os
import subprocess
import sys
from email import policy

ROOT = "/work/main"
CORPUS = "tests/corpus_blind7"
HERE = os.path.join(ROOT, CORPUS)
KINDS = ["access", "rectification", "erasure", "restriction", "portability",
         "objection", "marketing_opt_out", "complaint"]


def load_labels():
    out = {}
    with open(os.path.join(HERE, "labels.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out[r["file"]] = dict(kinds=frozenset(k for k in r["kinds"].split("+") if k),
                                  language=r["language"], automated=r["automated"] == "true",
                                  note=r["note"])
    return out


def pick(d, *names, default=None):
    for n in names:
        if n in d:
            return d[n]
    return default


def as_bool(v):
    if isinstance(v, str):
        return v.strip().lower() in ("true", "yes", "1")
    return bool(v)


def parse_output(text):
    """Accept JSON lines (one object per message) or a single JSON list/dict."""
    objs = []
    text = text.strip()
    try:
        whole = json.loads(text)
        if isinstance(whole, list):
            objs = whole
        elif isinstance(whole, dict):
            if all(isinstance(v, dict) for v in whole.values()):
                objs = [dict(v, file=k) for k, v in whole.items()]
            else:
                objs = [whole]
    except ValueError:
        for line in text.splitlines():
            line = line.strip()
            if line:
                try:
                    objs.append(json.loads(line))
                except ValueError:
                    print("unparsable output line:", line[:200], file=sys.stderr)
    got = {}
    for o in objs:
        name = pick(o, "file", "path", "filename", "source", "name", "id", default="")
        name = os.path.basename(str(name))
        kinds = pick(o, "kinds", "labels", "rights", default=[]) or []
        if isinstance(kinds, str):
            kinds = [k for k in kinds.replace(",", "+").split("+") if k]
        kinds = [k["kind"] if isinstance(k, dict) and "kind" in k else k for k in kinds]
        got[name] = dict(kinds=frozenset(kinds),
                         language=pick(o, "language", "lang", default=None),
                         automated=as_bool(pick(o, "automated", "is_automated", "auto",
                                                default=False)))
    return got


def snippet(fname):
    try:
        with open(os.path.join(HERE, fname), "rb") as f:
            m = email.message_from_bytes(f.read(), policy=policy.default)
        part = m.get_body(preferencelist=("plain", "html"))
        txt = part.get_content() if part is not None else ""
        if not txt and m.is_multipart():
            for p in m.walk():
                if p.get_content_maintype() == "text":
                    txt = p.get_content()
                    break
        txt = ((m["subject"] or "") + " | " + txt).replace("\r", " ").replace("\n", " ")
        return " ".join(txt.split())[:150]
    except Exception as e:  # pragma: no cover
        return "<unreadable: %s>" % e


def fmt(ks):
    return "+".join(k for k in KINDS if k in ks) + "".join(
        "+" + k for k in sorted(ks) if k not in KINDS) or "[]"


def main():
    labels = load_labels()
    proc = subprocess.run([os.path.join(ROOT, ".venv/bin/requestbot"), "classify", "--json",
                           CORPUS], cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        print("classifier exited with", proc.returncode, file=sys.stderr)
        print(proc.stderr[-2000:], file=sys.stderr)
    got = parse_output(proc.stdout)
    n = len(labels)
    exact = lang_ok = auto_ok = 0
    tp = {k: 0 for k in KINDS}
    fp = {k: 0 for k in KINDS}
    fn = {k: 0 for k in KINDS}
    mismatches = []
    for fname in sorted(labels):
        exp = labels[fname]
        g = got.get(fname)
        if g is None:
            mismatches.append((fname, "MISSING", exp, None))
            for k in exp["kinds"]:
                fn[k] += 1
            continue
        ok_k = g["kinds"] == exp["kinds"]
        ok_l = g["language"] == exp["language"]
        ok_a = g["automated"] == exp["automated"]
        exact += ok_k
        lang_ok += ok_l
        auto_ok += ok_a
        for k in KINDS:
            if k in g["kinds"] and k in exp["kinds"]:
                tp[k] += 1
            elif k in g["kinds"]:
                fp[k] += 1
            elif k in exp["kinds"]:
                fn[k] += 1
        if not (ok_k and ok_l and ok_a):
            what = []
            if not ok_k:
                what.append("kinds")
            if not ok_l:
                what.append("language")
            if not ok_a:
                what.append("automated")
            mismatches.append((fname, ",".join(what), exp, g))
    print("messages: %d (classifier returned %d)" % (n, len(got)))
    print("exact kind-set accuracy: %d/%d = %.1f%%" % (exact, n, 100.0 * exact / n))
    print("language accuracy:       %d/%d = %.1f%%" % (lang_ok, n, 100.0 * lang_ok / n))
    print("automated accuracy:      %d/%d = %.1f%%" % (auto_ok, n, 100.0 * auto_ok / n))
    print()
    print("%-18s %5s %5s %5s %9s %7s" % ("kind", "tp", "fp", "fn", "precision", "recall"))
    for k in KINDS:
        p = tp[k] / (tp[k] + fp[k]) if tp[k] + fp[k] else float("nan")
        r = tp[k] / (tp[k] + fn[k]) if tp[k] + fn[k] else float("nan")
        print("%-18s %5d %5d %5d %9.3f %7.3f" % (k, tp[k], fp[k], fn[k], p, r))
    print()
    print("mismatches: %d" % len(mismatches))
    for fname, what, exp, g in mismatches:
        e = "%s lang=%s auto=%s" % (fmt(exp["kinds"]), exp["language"], exp["automated"])
        o = ("%s lang=%s auto=%s" % (fmt(g["kinds"]), g["language"], g["automated"])
             if g else "<no output>")
        print("- %s [%s] expected: %s | got: %s | note: %s" % (fname, what, e, o, exp["note"]))
        print("    text: %s" % snippet(fname))


if __name__ == "__main__":
    main()
