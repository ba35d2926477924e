#!/usr/bin/env python3
"""Generate the third blind evaluation corpus (tests/corpus_blind3).

Each message is written by hand in messages_*.py; this script only turns
them into RFC 5322 .eml files with varied MIME structure and charsets and
writes labels.csv.  Run:  python3 tests/corpus_blind3/make_corpus.py
"""
import base64
import csv
import html
import os
import quopri
import random
import sys
from email.header import Header
from email.utils import formataddr, format_datetime
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from messages_fi import FI  # noqa: E402
from messages_sv import SV  # noqa: E402
from messages_en import EN  # noqa: E402
from messages_auto import AUTO  # noqa: E402

ORDER = ["access", "rectification", "erasure", "restriction", "portability",
         "objection", "marketing_opt_out", "complaint"]
MAILBOX = "tietosuoja@example.fi"
TZ = timezone(timedelta(hours=2))


def enc_header(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def enc_addr(name, addr):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), addr)


def to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(l) for l in p.split("\n")]
        if all(l.startswith("&gt;") for l in lines if l):
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                       + "<br>".join(l[4:].lstrip() for l in lines) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style>p{margin:0 0 1em 0}</style></head>\n'
            '<body><div dir="ltr" style="font-family:Arial,sans-serif;font-size:11pt">\n'
            + "\n".join(out) + "\n</div></body></html>\n")


def body_part(text, subtype="plain", charset="utf-8", cte="8bit"):
    data = text.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "8bit":
        # raw bytes carried through a str; written back with surrogateescape
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    hdr = "Content-Type: text/%s; charset=%s\nContent-Transfer-Encoding: %s\n" % (
        subtype, charset if charset != "utf-8" else '"utf-8"', cte)
    return hdr, payload


def build(i, m, when):
    lang = m["lang"]
    fmt = m.get("fmt", "plain")
    name, addr = m["sender"]
    hdrs = [
        ("From", enc_addr(name, addr)),
        ("To", m.get("to", MAILBOX)),
        ("Subject", enc_header(m["subject"])),
        ("Date", format_datetime(when)),
        ("Message-ID", "<%s.%04d.blind3@%s>" % (when.strftime("%Y%m%d%H%M%S"), i,
                                               addr.split("@")[1])),
        ("MIME-Version", "1.0"),
    ]
    hdrs += m.get("extra", [])
    head = "".join("%s: %s\n" % kv for kv in hdrs)
    text = m["body"]
    if fmt == "raw":
        # the message supplies its own Content-Type and body (bounces, reports)
        return head + m["raw"]
    if fmt in ("plain", "qp", "b64", "latin1", "cp1252", "latin1-8bit"):
        charset, cte = {
            "plain": ("utf-8", "8bit"),
            "qp": ("utf-8", "quoted-printable"),
            "b64": ("utf-8", "base64"),
            "latin1": ("iso-8859-1", "quoted-printable"),
            "latin1-8bit": ("iso-8859-1", "8bit"),
            "cp1252": ("windows-1252", "quoted-printable"),
        }[fmt]
        ph, payload = body_part(text, "plain", charset, cte)
        return head + ph + "\n" + payload
    if fmt in ("html", "html-b64"):
        cte = "base64" if fmt == "html-b64" else "quoted-printable"
        ph, payload = body_part(m.get("html") or to_html(text), "html", "utf-8", cte)
        return head + ph + "\n" + payload
    if fmt == "alt":
        boundary = "----=_Part_%d_blind3" % (1000 + i)
        p1h, p1 = body_part(text, "plain", "utf-8", "quoted-printable")
        p2h, p2 = body_part(m.get("html") or to_html(text), "html", "utf-8", "quoted-printable")
        return (head + 'Content-Type: multipart/alternative; boundary="%s"\n\n' % boundary
                + "This is a multi-part message in MIME format.\n\n"
                + "--%s\n%s\n%s\n--%s\n%s\n%s\n--%s--\n" % (boundary, p1h, p1, boundary, p2h, p2, boundary))
    raise ValueError(fmt)


def main():
    rng = random.Random(20250303)
    everything = []
    for group in (FI, SV, EN, AUTO):
        everything.extend(group)
    rng.shuffle(everything)
    start = datetime(2025, 1, 7, 8, 12, tzinfo=TZ)
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    rows = []
    for i, m in enumerate(everything, 1):
        when = start + timedelta(hours=rng.randint(7, 70), minutes=rng.randint(0, 59)) * 1
        start = when
        fname = "msg%03d.eml" % i
        data = build(i, m, when)
        if not data.endswith("\n"):
            data += "\n"
        with open(os.path.join(HERE, fname), "w", encoding="utf-8", errors="surrogateescape",
                  newline="\n") as fh:
            fh.write(data)
        kinds = m["kinds"]
        for k in kinds:
            assert k in ORDER, (k, m["note"])
        kinds = [k for k in ORDER if k in kinds]
        rows.append([fname, "+".join(kinds), m["lang"],
                     "true" if m.get("automated") else "false", m["note"]])
    with open(os.path.join(HERE, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "kinds", "language", "automated", "note"])
        w.writerows(rows)
    print("wrote %d messages" % len(rows))


if __name__ == "__main__":
    main()
