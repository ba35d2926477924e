#!/usr/bin/env python3
"""Build the fifth blind evaluation corpus (m001.eml .. m240.eml + labels.csv).

The message texts live in data_fi.py, data_sv.py, data_en.py and data_auto.py;
this script only wraps them into RFC 5322 / MIME files with varied encodings and
writes labels.csv.  Deterministic: the same seed gives the same files.

    python3 tests/corpus_blind5/make_corpus.py
"""
import base64
import csv
import datetime as dt
import html
import os
import quopri
import random
import sys
import unicodedata
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import data_auto  # noqa: E402
import data_en  # noqa: E402
import data_fi  # noqa: E402
import data_sv  # noqa: E402

KIND_ORDER = ["access", "rectification", "erasure", "restriction", "portability",
              "objection", "marketing_opt_out", "complaint"]
SEED = 50505
rng = random.Random(SEED)

TO_ADDRS = ["tietosuoja@example.fi", "asiakaspalvelu@example.fi", "info@example.fi",
            "tilaukset@example.fi", "Zoomi Kuvakaupat <asiakaspalvelu@example.fi>"]
DOMAINS = {
    "fi": [("example.fi", 70), ("example.com", 20), ("example.test", 10)],
    "sv": [("example.fi", 45), ("example.se", 40), ("example.com", 15)],
    "en": [("example.com", 60), ("example.fi", 20), ("example.test", 10), ("example.se", 10)],
}
FORMATS = [("plain", 40), ("qp", 20), ("b64", 8), ("alt", 16), ("html", 6),
           ("latin1", 5), ("cp1252", 5)]
TZS = [dt.timezone(dt.timedelta(hours=2)), dt.timezone(dt.timedelta(hours=3)),
       dt.timezone(dt.timedelta(hours=1)), dt.timezone.utc, dt.timezone(dt.timedelta(hours=-5))]


def wchoice(pairs):
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def make_addr(name, lang):
    parts = [p for p in ascii_fold(name).lower().replace("'", "").split() if p]
    first, last = parts[0], parts[-1]
    style = rng.randrange(5)
    if style == 0:
        local = f"{first}.{last}"
    elif style == 1:
        local = f"{first}{last}{rng.randrange(60, 99)}"
    elif style == 2:
        local = f"{first[0]}.{last}"
    elif style == 3:
        local = f"{first}_{last[0]}"
    else:
        local = f"{last}.{first}"
    return f"{local}@{wchoice(DOMAINS[lang])}"


def enc_header(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def rand_date():
    start = dt.datetime(2024, 8, 1, 0, 0)
    t = start + dt.timedelta(seconds=rng.randrange(0, 300 * 86400))
    return t.replace(tzinfo=rng.choice(TZS))


def msgid(domain):
    return f"<{rng.getrandbits(64):016x}.{rng.randrange(10**6)}@{domain}>"


def boundary():
    return f"----=_Part_{rng.getrandbits(48):012x}"


def to_html(text):
    """Plain text -> simple HTML; '>' lines become blockquotes."""
    out, quote = [], []

    def flush_quote():
        if quote:
            inner = "<br>\n".join(html.escape(q) for q in quote)
            out.append(f'<blockquote style="border-left:2px solid #ccc;padding-left:6px">{inner}</blockquote>')
            quote.clear()

    for para in text.split("\n\n"):
        lines = para.split("\n")
        normal = []
        for ln in lines:
            if ln.startswith(">"):
                if normal:
                    out.append("<p>" + "<br>\n".join(html.escape(x) for x in normal) + "</p>")
                    normal = []
                quote.append(ln.lstrip("> "))
            else:
                flush_quote()
                normal.append(ln)
        flush_quote()
        if normal and any(x.strip() for x in normal):
            out.append("<p>" + "<br>\n".join(html.escape(x) for x in normal) + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head>\n<body style=\"font-family:Arial\">\n"
            + "\n".join(out) + "\n</body></html>\n")


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    return body


def leaf(ctype, text, charset, cte, extra=""):
    head = (f"Content-Type: {ctype}; charset=\"{charset}\"{extra}\n"
            f"Content-Transfer-Encoding: {cte}\n\n").encode("ascii")
    return head + encode_body(text, charset, cte)


def human_body(text, fmt):
    """Return (bytes of the body entity incl. its content headers, mime label)."""
    if fmt == "plain":
        try:
            text.encode("ascii")
            return leaf("text/plain", text, "us-ascii", "7bit"), "text/plain us-ascii 7bit"
        except UnicodeEncodeError:
            return leaf("text/plain", text, "utf-8", "8bit"), "text/plain utf-8 8bit"
    if fmt == "qp":
        return leaf("text/plain", text, "utf-8", "quoted-printable"), "text/plain utf-8 qp"
    if fmt == "b64":
        return leaf("text/plain", text, "utf-8", "base64"), "text/plain utf-8 base64"
    if fmt in ("latin1", "cp1252"):
        cs = "iso-8859-1" if fmt == "latin1" else "windows-1252"
        try:
            text.encode(cs)
        except UnicodeEncodeError:
            return human_body(text, "qp")
        cte = rng.choice(["8bit", "quoted-printable"])
        return leaf("text/plain", text, cs, cte), f"text/plain {cs} {cte}"
    if fmt == "html":
        cte = rng.choice(["quoted-printable", "base64"])
        return leaf("text/html", to_html(text), "utf-8", cte), f"text/html-only utf-8 {cte}"
    if fmt == "alt":
        b = boundary()
        hcte = rng.choice(["quoted-printable", "base64"])
        parts = [leaf("text/plain", text, "utf-8", "quoted-printable"),
                 leaf("text/html", to_html(text), "utf-8", hcte)]
        body = f"Content-Type: multipart/alternative; boundary=\"{b}\"\n\n".encode()
        body += b"This is a multi-part message in MIME format.\n\n"
        for p in parts:
            body += f"--{b}\n".encode() + p + b"\n"
        body += f"--{b}--\n".encode()
        return body, "multipart/alternative"
    raise ValueError(fmt)


def report_body(spec, rep, date):
    b = boundary()
    out = (f"Content-Type: multipart/report; report-type={rep['type']}; "
           f"boundary=\"{b}\"\n\n").encode()
    out += f"--{b}\n".encode() + leaf("text/plain", spec["body"], "utf-8", "quoted-printable") + b"\n"
    if rep["type"] == "delivery-status":
        status = (f"Reporting-MTA: dns; mx.{spec['addr'].split('@')[1]}\n"
                  f"Arrival-Date: {format_datetime(date)}\n\n"
                  f"Final-Recipient: rfc822; {rep['rcpt']}\n"
                  f"Original-Recipient: rfc822;{rep['rcpt']}\n"
                  f"Action: {rep['action']}\n"
                  f"Status: {rep['status']}\n"
                  f"Diagnostic-Code: {rep['diag']}\n")
        out += f"--{b}\nContent-Type: message/delivery-status\n\n".encode() + status.encode() + b"\n"
        orig_headers = (f"From: Zoomi Kuvakaupat <{rep['orig_from']}>\n"
                        f"To: {rep['rcpt']}\n"
                        f"Subject: {enc_header(rep['orig_subject'])}\n"
                        f"Date: {format_datetime(date - dt.timedelta(minutes=2))}\n"
                        f"Message-ID: {msgid('example.fi')}\n"
                        f"MIME-Version: 1.0\n")
        if rep.get("headers_only"):
            out += (f"--{b}\nContent-Type: text/rfc822-headers\n\n".encode()
                    + orig_headers.encode() + b"\n")
        else:
            orig = orig_headers.encode() + leaf("text/plain", rep["orig_body"], "utf-8", "8bit")
            out += f"--{b}\nContent-Type: message/rfc822\n\n".encode() + orig + b"\n"
    else:  # disposition-notification
        mdn = (f"Reporting-UA: {spec['addr'].split('@')[1]}; Microsoft Outlook 16.0\n"
               f"Final-Recipient: rfc822;{rep['orig_rcpt']}\n"
               f"Original-Message-ID: {msgid('example.fi')}\n"
               f"Disposition: {rep['disposition']}\n")
        out += f"--{b}\nContent-Type: message/disposition-notification\n\n".encode() + mdn.encode() + b"\n"
    out += f"--{b}--\n".encode()
    return out, f"multipart/report ({rep['type']})"


def build(spec):
    date = rand_date()
    lang = spec["lang"]
    addr = spec.get("addr") or make_addr(spec["name"], lang)
    fmt = spec.get("fmt") or wchoice(FORMATS)
    to = rng.choice(TO_ADDRS)
    headers = [
        ("From", formataddr((spec["name"], addr), charset="utf-8")),
        ("To", to),
        ("Subject", enc_header(spec["subject"])),
        ("Date", format_datetime(date)),
        ("Message-ID", msgid(addr.split("@")[1])),
    ]
    if spec.get("reply"):
        ref = msgid("example.fi")
        headers += [("In-Reply-To", ref), ("References", ref)]
    for k, v in (spec.get("headers") or {}).items():
        headers.append((k, v))
    if not spec.get("automated") and rng.random() < 0.3:
        headers.append(("X-Mailer", rng.choice(["iPhone Mail (21F90)", "Microsoft Outlook 16.0",
                                                "Thunderbird 115.6.0", "Android Gmail"])))
    headers.append(("MIME-Version", "1.0"))
    if spec.get("report"):
        body, mime = report_body(spec, spec["report"], date)
    else:
        body, mime = human_body(spec["body"], fmt)
    head = "".join(f"{k}: {v}\n" for k, v in headers).encode("ascii")
    return head + body, mime


def main():
    specs = []
    for mod in (data_fi, data_sv, data_en, data_auto):
        for m in mod.MESSAGES:
            m.setdefault("automated", False)
            specs.append(m)
    order = list(range(len(specs)))
    rng.shuffle(order)
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    rows, mimes = [], {}
    for n, idx in enumerate(order, 1):
        spec = specs[idx]
        kinds = [k for k in spec["kinds"].split("+") if k]
        assert all(k in KIND_ORDER for k in kinds), spec
        kinds.sort(key=KIND_ORDER.index)
        name = f"m{n:03d}.eml"
        data, mime = build(spec)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        mimes[mime] = mimes.get(mime, 0) + 1
        rows.append([name, "+".join(kinds), spec["lang"],
                     "true" if spec["automated"] else "false", spec["note"]])
    rows.sort()
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "kinds", "language", "automated", "note"])
        w.writerows(rows)
    print(f"wrote {len(rows)} messages")
    for k, v in sorted(mimes.items()):
        print(f"  {v:4d}  {k}")


if __name__ == "__main__":
    main()
