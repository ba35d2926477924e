#!/usr/bin/env python3
"""Generate the eighth blind evaluation corpus (final measurement).

Writes m001.eml .. m160.eml and labels.csv next to this script.
Deterministic (fixed seed).  Labels describe only the NEW text of each
message (quoted earlier messages are ignored); automated mail has no kinds.
"""
import base64
import csv
import html
import os
import sys
import quopri
import random
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_data import MESSAGES  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(80808)
ORDER = ["access", "rectification", "erasure", "restriction", "portability",
         "objection", "marketing_opt_out", "complaint"]
TO = "tietosuoja@example.fi"


def enc_header(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def to_html(body):
    out, quote = [], []

    def flush_quote():
        if quote:
            out.append("<blockquote style=\"border-left:2px solid #ccc;padding-left:6px\">"
                       + "<br>\n".join(html.escape(q.lstrip("> ").rstrip()) for q in quote)
                       + "</blockquote>")
            quote.clear()
    for para in body.split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines if l.strip()):
            quote.extend(lines)
            continue
        flush_quote()
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in lines) + "</p>")
    flush_quote()
    return ("<html><head></head><body style=\"font-family:Calibri,sans-serif\">\n" + "\n".join(out)
            + "\n</body></html>")


def encode_part(text, cte, charset):
    raw = text.replace("\n", "\r\n").encode(charset)
    if cte == "base64":
        b = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        b = quopri.encodestring(raw).decode("ascii")
    else:
        b = raw.decode(charset)
    return b.replace("\r\n", "\n")


def leaf(ctype, text, fmt):
    charset, cte = {
        "plain": ("utf-8", "8bit"),
        "qp": ("utf-8", "quoted-printable"),
        "b64": ("utf-8", "base64"),
        "latin1": ("iso-8859-1", "quoted-printable"),
        "latin1_8bit": ("iso-8859-1", "8bit"),
        "cp1252": ("windows-1252", "8bit"),
        "cp1252_qp": ("windows-1252", "quoted-printable"),
    }[fmt]
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    try:
        text.encode("ascii")
        if cte == "8bit":
            cte = "7bit"
    except UnicodeEncodeError:
        pass
    hdr = (f"Content-Type: {ctype}; charset=\"{charset}\"\n"
           f"Content-Transfer-Encoding: {cte}\n\n")
    return hdr + encode_part(text, cte, charset), charset


def build(m, idx, when):
    fmt = m.get("fmt", "plain")
    headers = [
        ("From", formataddr(parseaddr(m["frm"]), charset="utf-8")),
        ("To", m.get("to", TO)),
        ("Subject", None),
        ("Date", format_datetime(when)),
        ("Message-ID", f"<{RNG.getrandbits(64):016x}.{idx}@{m['frm'].split('@')[-1].rstrip('>')}>"),
        ("MIME-Version", "1.0"),
    ]
    extra = m.get("headers", [])
    body = m["body"]
    if fmt == "report":
        boundary = f"=_report_{RNG.getrandbits(40):010x}"
        text, dsn, orig = body
        mime = (f"Content-Type: multipart/report; report-type=delivery-status;\n boundary=\"{boundary}\"\n\n"
                f"This is a MIME-encapsulated message.\n\n--{boundary}\n"
                f"Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n{text}\n\n"
                f"--{boundary}\nContent-Type: message/delivery-status\n\n{dsn}\n\n"
                f"--{boundary}\nContent-Type: text/rfc822-headers\n\n{orig}\n\n--{boundary}--\n")
        charset = "utf-8"
    elif fmt == "html":
        part, charset = leaf("text/html", to_html(body), "qp")
        mime = part
    elif fmt.startswith("alt"):
        sub = fmt.split("_", 1)[1] if "_" in fmt else "qp"
        boundary = f"=_alt_{RNG.getrandbits(40):010x}"
        p1, charset = leaf("text/plain", body, sub)
        p2, _ = leaf("text/html", to_html(body), sub)
        mime = (f"Content-Type: multipart/alternative; boundary=\"{boundary}\"\n\n"
                f"--{boundary}\n{p1}\n--{boundary}\n{p2}\n--{boundary}--\n")
    else:
        mime, charset = leaf("text/plain", body, fmt)
    subj_cs = charset if charset != "utf-8" else "utf-8"
    out = []
    for k, v in headers:
        if k == "Subject":
            out.append(f"Subject: {enc_header(m['subj'], subj_cs)}")
        else:
            out.append(f"{k}: {v}")
    for k, v in extra:
        out.append(f"{k}: {v}")
    return ("\n".join(out) + "\n" + mime).replace("\n", "\r\n").encode(charset)


def main():
    msgs = list(MESSAGES)
    assert len(msgs) == 160, len(msgs)
    RNG.shuffle(msgs)
    start = datetime(2025, 1, 7, 8, 0, tzinfo=timezone(timedelta(hours=2)))
    rows = []
    for i, m in enumerate(msgs, 1):
        if m["fmt"] == "plain":
            m = dict(m, fmt=RNG.choice(["plain"] * 6 + ["qp", "b64", "latin1", "cp1252", "alt", "alt_b64"]))
        name = f"m{i:03d}.eml"
        when = start + timedelta(minutes=RNG.randint(0, 60 * 24 * 300))
        if when.month in range(4, 11):
            when = when.astimezone(timezone(timedelta(hours=3)))
        data = build(m, i, when)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        kinds = [k for k in ORDER if k in m["kinds"]]
        assert len(kinds) == len(m["kinds"]), m
        rows.append([name, "+".join(kinds), m["lang"],
                     "true" if m.get("auto") else "false", m.get("note", "")])
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "kinds", "language", "automated", "note"])
        w.writerows(rows)


if __name__ == "__main__":
    main()
