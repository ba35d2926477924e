#!/usr/bin/env python3
"""Final measurement on tests/corpus_blind6.

Runs `/work/main/.venv/bin/requestbot classify --json tests/corpus_blind6` from
/work/main and compares with labels.csv: exact kind-set accuracy, language
accuracy, automated accuracy, per-kind precision/recall and every mismatch.
The JSON reader is tolerant of a few plausible output shapes.
"""
import csv
import email
import json
import os
import subprocess
import sys
from email import policy

ROOT = "/work/main"
CORPUS = "tests/corpus_blind6"
HERE = os.path.join(ROOT, CORPUS)
KINDS = ["access", "rectification", "erasure", "restriction", "portability",
         "objection", "marketing_opt_out", "complaint"]


def load_labels():
    out = {}
    with open(os.path.join(HERE, "labels.csv"), encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            out[r["file"]] = {
                "kinds": frozenset(k for k in r["kinds"].split("+") if k),
                "language": r["language"],
                "automated": r["automated"].strip().lower() == "true",
            }
    return out


def parse_output(text):
    text = text.strip()
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        data = [json.loads(l) for l in text.splitlines() if l.strip().startswith("{")]
    if isinstance(data, dict):
        for key in ("results", "files", "messages", "items", "classifications"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
        else:
            data = [dict(v, file=k) if isinstance(v, dict) else {"file": k, "kinds": v}
                    for k, v in data.items()]
    return data


def first(d, *names, default=None):
    for n in names:
        if n in d:
            return d[n]
    return default


def norm_item(it):
    f = first(it, "file", "path", "filename", "name", "eml")
    f = os.path.basename(str(f)) if f is not None else None
    kinds = first(it, "kinds", "labels", "rights", "kind", default=[])
    if isinstance(kinds, str):
        kinds = [k for k in kinds.replace(",", "+").split("+") if k]
    ks = set()
    for k in kinds or []:
        if isinstance(k, dict):
            k = first(k, "kind", "name", "label")
        if k:
            ks.add(str(k))
    lang = first(it, "language", "lang")
    if isinstance(lang, dict):
        lang = first(lang, "code", "language", "lang")
    auto = first(it, "automated", "is_automated", "auto")
    if isinstance(auto, dict):
        auto = first(auto, "automated", "verdict", "is_automated", "value")
    if isinstance(auto, str):
        auto = auto.strip().lower() in ("true", "yes", "1", "automated")
    return f, frozenset(ks), lang, bool(auto)


def snippet(fn):
    try:
        with open(os.path.join(HERE, fn), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=policy.default)
        part = msg.get_body(("plain", "html"))
        txt = part.get_content() if part is not None else ""
        if not txt and msg.is_multipart():
            for p in msg.walk():
                if p.get_content_maintype() == "text":
                    txt = p.get_content()
                    break
        txt = ("[" + str(msg.get("Subject", "")) + "] " + txt)
    except Exception as exc:  # noqa: BLE001
        txt = f"<unreadable: {exc}>"
    return " ".join(txt.split())[:150]


def main():
    labels = load_labels()
    proc = subprocess.run([os.path.join(ROOT, ".venv/bin/requestbot"), "classify", "--json", CORPUS],
                          cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0 and not proc.stdout.strip():
        print(proc.stderr, file=sys.stderr)
        sys.exit(proc.returncode or 1)
    got = {}
    for it in parse_output(proc.stdout):
        f, ks, lang, auto = norm_item(it)
        if f:
            got[f] = (ks, lang, auto)
    n = len(labels)
    exact = lang_ok = auto_ok = 0
    tp = {k: 0 for k in KINDS}
    fp = {k: 0 for k in KINDS}
    fn = {k: 0 for k in KINDS}
    mism = []
    for f in sorted(labels):
        exp = labels[f]
        ks, lang, auto = got.get(f, (frozenset(), None, None))
        if f not in got:
            mism.append((f, "missing from output", "", snippet(f)))
        if ks == exp["kinds"]:
            exact += 1
        if lang == exp["language"]:
            lang_ok += 1
        if auto == exp["automated"]:
            auto_ok += 1
        for k in KINDS:
            if k in ks and k in exp["kinds"]:
                tp[k] += 1
            elif k in ks:
                fp[k] += 1
            elif k in exp["kinds"]:
                fn[k] += 1
        if ks != exp["kinds"] or lang != exp["language"] or auto != exp["automated"]:
            e = "kinds=%s lang=%s auto=%s" % ("+".join(k for k in KINDS if k in exp["kinds"]) or "-",
                                              exp["language"], exp["automated"])
            g = "kinds=%s lang=%s auto=%s" % ("+".join(sorted(ks, key=lambda k: KINDS.index(k) if k in KINDS else 99)) or "-",
                                              lang, auto)
            mism.append((f, e, g, snippet(f)))
    extra = sorted(set(got) - set(labels))
    print(f"messages: {n}  (output rows: {len(got)}, unlabelled in output: {len(extra)})")
    print(f"exact kind-set accuracy: {exact}/{n} = {exact / n:.3f}")
    print(f"language accuracy:       {lang_ok}/{n} = {lang_ok / n:.3f}")
    print(f"automated accuracy:      {auto_ok}/{n} = {auto_ok / n:.3f}")
    print("\nper kind:            precision  recall   (tp/fp/fn)")
    for k in KINDS:
        p = tp[k] / (tp[k] + fp[k]) if tp[k] + fp[k] else float("nan")
        r = tp[k] / (tp[k] + fn[k]) if tp[k] + fn[k] else float("nan")
        print(f"  {k:<18} {p:9.3f} {r:7.3f}   ({tp[k]}/{fp[k]}/{fn[k]})")
    print(f"\nmismatches: {len(mism)}")
    for f, e, g, s in mism:
        print(f"- {f}\n    expected: {e}\n    got:      {g}\n    text:     {s}")


if __name__ == "__main__":
    main()
