#!/usr/bin/env python3
"""Generate the sixth blind evaluation corpus (m001..m240 .eml + labels.csv).

Message texts live in msgs_fi.py, msgs_sv.py, msgs_en.py and msgs_auto.py; this
script only renders them as RFC 5322 files with varied MIME shapes and writes
labels.csv.  Deterministic (fixed seed).
"""
import base64
import csv
import datetime as dt
import html
import os
import quopri
import random
import sys
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import msgs_fi, msgs_sv, msgs_en, msgs_auto  # noqa: E402

ORDER = ["access", "rectification", "erasure", "restriction", "portability",
         "objection", "marketing_opt_out", "complaint"]
RNG = random.Random(20250611)


def enc_header(text):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, "utf-8").encode()


def enc_addr(name, addr):
    if not name:
        return addr
    return formataddr((name, addr), charset="utf-8")


def body_bytes(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw


def part(text, subtype="plain", charset="utf-8", cte="8bit"):
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    try:
        text.encode("ascii")
        if cte == "8bit":
            cte = "7bit"
    except UnicodeEncodeError:
        if cte == "7bit":
            cte = "quoted-printable"
    hdr = (f"Content-Type: text/{subtype}; charset=\"{charset}\"\n"
           f"Content-Transfer-Encoding: {cte}\n")
    b = body_bytes(text, charset, cte)
    if not b.endswith(b"\n"):
        b += b"\n"
    return hdr.encode("ascii"), b


def to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines if l.strip()):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append(f'<blockquote style="border-left:2px solid #ccc;padding-left:6px">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(html.escape(l) for l in lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + "\n".join(out) + "\n</body></html>\n")


def boundary():
    return "----=_Part_%d_%d" % (RNG.randint(10000, 99999), RNG.randint(100000000, 999999999))


def pick_mime(spec):
    if spec.get("mime"):
        return spec["mime"]
    r = RNG.random()
    lang = spec["lang"]
    if r < 0.44:
        return "plain"
    if r < 0.58:
        return "qp"
    if r < 0.68:
        return "b64"
    if r < 0.77:
        return "latin1" if lang in ("fi", "sv") else "cp1252"
    if r < 0.84:
        return "cp1252"
    if r < 0.93:
        return "alt"
    return "html"


def render(spec, n):
    lang = spec["lang"]
    name, addr = spec["frm"]
    when = spec["date"]
    mid_dom = addr.split("@")[1]
    mime = pick_mime(spec)
    spec["mime_used"] = mime
    head = [
        ("From", enc_addr(name, addr)),
        ("To", spec.get("to", "tietosuoja@example.fi")),
        ("Subject", enc_header(spec["subj"])),
        ("Date", format_datetime(when)),
        ("Message-ID", "<%s.%d@%s>" % (when.strftime("%Y%m%d%H%M%S"), RNG.randint(1000, 99999), mid_dom)),
        ("MIME-Version", "1.0"),
    ]
    for k, v in spec.get("hdrs", []):
        head.append((k, v))
    body = spec["body"]
    if mime == "report":
        blob = spec["report"](when)
        return "".join(f"{k}: {v}\n" for k, v in head).encode("utf-8") + blob
    if mime in ("plain", "qp", "b64", "latin1", "cp1252", "html"):
        if mime == "plain":
            h, b = part(body)
        elif mime == "qp":
            h, b = part(body, cte="quoted-printable")
        elif mime == "b64":
            h, b = part(body, cte="base64")
        elif mime == "latin1":
            h, b = part(body, charset="iso-8859-1", cte=RNG.choice(["8bit", "quoted-printable"]))
        elif mime == "cp1252":
            h, b = part(body, charset="windows-1252", cte=RNG.choice(["8bit", "quoted-printable"]))
        else:
            h, b = part(spec.get("html") or to_html(body), "html", cte="quoted-printable")
        return "".join(f"{k}: {v}\n" for k, v in head).encode("utf-8") + h + b"\n" + b
    if mime == "alt":
        bd = boundary()
        h1, b1 = part(body, cte=RNG.choice(["8bit", "quoted-printable"]))
        h2, b2 = part(spec.get("html") or to_html(body), "html", cte=RNG.choice(["quoted-printable", "base64"]))
        out = "".join(f"{k}: {v}\n" for k, v in head).encode("utf-8")
        out += f'Content-Type: multipart/alternative; boundary="{bd}"\n\n'.encode()
        out += b"This is a multi-part message in MIME format.\n\n"
        out += f"--{bd}\n".encode() + h1 + b"\n" + b1 + f"\n--{bd}\n".encode() + h2 + b"\n" + b2
        out += f"\n--{bd}--\n".encode()
        return out
    if mime == "mixed":
        bd = boundary()
        h1, b1 = part(body)
        fname, ctype, data = spec["attach"]
        out = "".join(f"{k}: {v}\n" for k, v in head).encode("utf-8")
        out += f'Content-Type: multipart/mixed; boundary="{bd}"\n\n'.encode()
        out += f"--{bd}\n".encode() + h1 + b"\n" + b1
        out += f"\n--{bd}\nContent-Type: {ctype}; name=\"{fname}\"\nContent-Disposition: attachment; filename=\"{fname}\"\nContent-Transfer-Encoding: base64\n\n".encode()
        out += base64.encodebytes(data)
        out += f"\n--{bd}--\n".encode()
        return out
    raise ValueError(mime)


def main():
    specs = []
    for mod, lang in ((msgs_fi, "fi"), (msgs_sv, "sv"), (msgs_en, "en")):
        for s in mod.M:
            s.setdefault("lang", lang)
            s["automated"] = False
            specs.append(s)
    for s in msgs_auto.M:
        s["automated"] = True
        assert not s["kinds"]
        specs.append(s)
    start = dt.datetime(2024, 1, 8, 7, 0)
    for s in specs:
        for k in s["kinds"].split("+") if s["kinds"] else []:
            assert k in ORDER, (k, s["subj"])
        ks = [k for k in ORDER if k in (s["kinds"].split("+") if s["kinds"] else [])]
        s["kinds"] = "+".join(ks)
        off = dt.timedelta(days=RNG.randint(0, 640), minutes=RNG.randint(0, 60 * 16))
        naive = start + off
        tz = dt.timezone(dt.timedelta(hours=3 if 4 <= naive.month <= 10 else 2))
        if s["lang"] == "sv" and RNG.random() < 0.3:
            tz = dt.timezone(dt.timedelta(hours=2 if 4 <= naive.month <= 10 else 1))
        if s["lang"] == "en" and RNG.random() < 0.3:
            tz = dt.timezone.utc
        s["date"] = naive.replace(tzinfo=tz)
    RNG.shuffle(specs)
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    rows = []
    for i, s in enumerate(specs, 1):
        fn = "m%03d.eml" % i
        data = render(s, i)
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(data)
        rows.append([fn, s["kinds"], s["lang"], "true" if s["automated"] else "false",
                     s.get("note", "") + (" [" + s["mime_used"] + "]")])
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "kinds", "language", "automated", "note"])
        w.writerows(rows)
    print(len(rows), "messages written")


if __name__ == "__main__":
    main()
