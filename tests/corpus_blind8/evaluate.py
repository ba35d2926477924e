#!/usr/bin/env python3
"""Evaluate requestbot against corpus_blind8 (final measurement).

Runs `/work/main/.venv/bin/requestbot classify --json tests/corpus_blind8` from
/work/main and compares each output line (keys: path, kinds, language,
automated) with labels.csv.
"""
import csv
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = "/work/main"
KINDS = ["access", "rectification", "erasure", "restriction", "portability",
         "objection", "marketing_opt_out", "complaint"]


def load_labels():
    labels = {}
    with open(os.path.join(HERE, "labels.csv"), newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            labels[row["file"]] = {
                "kinds": frozenset(k for k in row["kinds"].split("+") if k),
                "language": row["language"],
                "automated": row["automated"].strip().lower() == "true",
                "note": row["note"],
            }
    return labels


def run_classifier():
    proc = subprocess.run(
        [os.path.join(ROOT, ".venv/bin/requestbot"), "classify", "--json", "tests/corpus_blind8"],
        cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
    out = {}
    for line in proc.stdout.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        obj = json.loads(line)
        kinds = obj.get("kinds") or []
        if isinstance(kinds, str):
            kinds = [k for k in kinds.replace(",", "+").split("+") if k]
        auto = obj.get("automated")
        if isinstance(auto, str):
            auto = auto.strip().lower() == "true"
        out[os.path.basename(obj["path"])] = {
            "kinds": frozenset(kinds), "language": obj.get("language"), "automated": bool(auto)}
    return out, proc.returncode


def fmt(kinds):
    return "+".join(k for k in KINDS if k in kinds) or "-"


def main():
    labels = load_labels()
    pred, rc = run_classifier()
    n = len(labels)
    kind_ok = lang_ok = auto_ok = 0
    tp = {k: 0 for k in KINDS}
    fp = {k: 0 for k in KINDS}
    fn = {k: 0 for k in KINDS}
    mismatches = []
    for name in sorted(labels):
        gold = labels[name]
        p = pred.get(name)
        if p is None:
            mismatches.append(f"{name}: MISSING from classifier output (gold {fmt(gold['kinds'])}, "
                              f"{gold['language']}, automated={gold['automated']}) -- {gold['note']}")
            for k in gold["kinds"]:
                fn[k] += 1
            continue
        problems = []
        if p["kinds"] == gold["kinds"]:
            kind_ok += 1
        else:
            problems.append(f"kinds gold={fmt(gold['kinds'])} got={fmt(p['kinds'])}")
        if p["language"] == gold["language"]:
            lang_ok += 1
        else:
            problems.append(f"language gold={gold['language']} got={p['language']}")
        if p["automated"] == gold["automated"]:
            auto_ok += 1
        else:
            problems.append(f"automated gold={gold['automated']} got={p['automated']}")
        for k in KINDS:
            g, q = k in gold["kinds"], k in p["kinds"]
            tp[k] += g and q
            fp[k] += q and not g
            fn[k] += g and not q
        if problems:
            mismatches.append(f"{name}: " + "; ".join(problems) + f" -- {gold['note']}")
    extra = sorted(set(pred) - set(labels))

    print(f"classifier exit code: {rc}; outputs: {len(pred)}; labelled: {n}")
    print(f"exact kind-set accuracy: {kind_ok}/{n} = {kind_ok / n:.3f}")
    print(f"language accuracy:       {lang_ok}/{n} = {lang_ok / n:.3f}")
    print(f"automated accuracy:      {auto_ok}/{n} = {auto_ok / n:.3f}")
    print()
    print(f"{'kind':<18} {'prec':>6} {'rec':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
    for k in KINDS:
        prec = tp[k] / (tp[k] + fp[k]) if tp[k] + fp[k] else float("nan")
        rec = tp[k] / (tp[k] + fn[k]) if tp[k] + fn[k] else float("nan")
        print(f"{k:<18} {prec:>6.3f} {rec:>6.3f} {tp[k]:>4} {fp[k]:>4} {fn[k]:>4}")
    print()
    print(f"mismatches ({len(mismatches)}):")
    for line in mismatches:
        print("  " + line)
    if extra:
        print(f"unlabelled outputs: {', '.join(extra)}")


if __name__ == "__main__":
    main()
