#!/usr/bin/env python3
"""Generate the second blind evaluation corpus (tests/corpus_blind2).

Run from anywhere: python3 tests/corpus_blind2/make_corpus.py
Writes NNN.eml files and labels.csv next to this script.  All addresses are
@example.fi / .se / .com / .test.  The messages were written by hand; this
script only wraps them in RFC 5322 / MIME with the encodings listed per message.
"""
import base64
import csv
import html
import os
import quopri
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["access", "rectification", "erasure", "restriction", "portability",
         "objection", "marketing_opt_out", "complaint"]
MSGS = []


def M(fid, lang, kinds, note, frm, subject, body=None, *, html_body=None,
      mode="plain", charset="utf-8", cte="8bit", date=None, to=None,
      headers=None, auto=False, raw_parts=None):
    MSGS.append(dict(fid=fid, lang=lang, kinds=kinds, note=note, frm=frm,
                     subject=subject, body=body, html_body=html_body, mode=mode,
                     charset=charset, cte=cte, date=date, to=to,
                     headers=headers or [], auto=auto, raw_parts=raw_parts))


def enc_header(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset if charset != "windows-1252" else "utf-8").encode()


def enc_addr(name, addr):
    return formataddr((name, addr), charset="utf-8") if name else addr


def encode_body(text, charset, cte):
    data = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "8bit":
        try:
            data.decode("ascii")
            cte = "7bit"
        except UnicodeDecodeError:
            pass
    return data.decode(charset)


def leaf(text, subtype, charset, cte):
    eff = cte
    if cte == "8bit":
        try:
            text.encode("ascii")
            eff = "7bit"
        except UnicodeEncodeError:
            pass
    hdr = [f'Content-Type: text/{subtype}; charset="{charset}"',
           f"Content-Transfer-Encoding: {eff}"]
    return hdr, encode_body(text, charset, cte)


def to_html(text):
    paras = text.strip("\n").split("\n\n")
    return ("<html><body>" + "".join(
        "<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras)
        + "</body></html>")


def build(m, n):
    d = m["date"] or "Mon, %02d %s 2024 %02d:%02d:00 +0200" % (
        1 + n % 28, ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Aug", "Sep",
                     "Oct", "Nov"][n % 10], 7 + n % 14, (n * 7) % 60)
    # fix weekday-agnostic date: use a neutral form without weekday
    if m["date"] is None:
        d = d.split(", ", 1)[1]
    name, addr = m["frm"]
    to = m["to"] or "Zoomi tietosuoja <tietosuoja@example.fi>"
    dom = addr.split("@", 1)[1]
    lines = [f"From: {enc_addr(name, addr)}", f"To: {to}",
             f"Subject: {enc_header(m['subject'], m['charset'])}",
             f"Date: {d}", f"Message-ID: <{m['fid']}.{1000 + n}.blind2@{dom}>",
             "MIME-Version: 1.0"]
    lines += m["headers"]
    cs, cte = m["charset"], m["cte"]
    if m["raw_parts"] is not None:
        lines += m["raw_parts"]
        return "\n".join(lines) + "\n"
    if m["mode"] == "plain":
        h, b = leaf(m["body"], "plain", cs, cte)
        return "\n".join(lines + h) + "\n\n" + b.rstrip("\n") + "\n"
    if m["mode"] == "html":
        hb = m["html_body"] or to_html(m["body"])
        h, b = leaf(hb, "html", cs, cte)
        return "\n".join(lines + h) + "\n\n" + b.rstrip("\n") + "\n"
    if m["mode"] == "alt":
        bnd = f"=_alt_{m['fid']}_{n}"
        hb = m["html_body"] or to_html(m["body"])
        h1, b1 = leaf(m["body"], "plain", cs, cte)
        h2, b2 = leaf(hb, "html", cs, cte)
        out = "\n".join(lines + [f'Content-Type: multipart/alternative; boundary="{bnd}"'])
        out += "\n\nThis is a multi-part message in MIME format.\n\n"
        out += f"--{bnd}\n" + "\n".join(h1) + "\n\n" + b1.rstrip("\n") + "\n\n"
        out += f"--{bnd}\n" + "\n".join(h2) + "\n\n" + b2.rstrip("\n") + "\n\n"
        out += f"--{bnd}--\n"
        return out
    raise ValueError(m["mode"])


def fi(n, kinds, note, frm, subject, body, **kw):
    M(f"fi{n:03d}", "fi", kinds, note, frm, subject, body, **kw)


def sv(n, kinds, note, frm, subject, body, **kw):
    M(f"sv{n:03d}", "sv", kinds, note, frm, subject, body, **kw)


def en(n, kinds, note, frm, subject, body, **kw):
    M(f"en{n:03d}", "en", kinds, note, frm, subject, body, **kw)


def au(n, lang, note, frm, subject, body, **kw):
    M(f"au{n:03d}", lang, "", note, frm, subject, body, auto=True, **kw)


exec(open(os.path.join(HERE, "messages.py"), encoding="utf-8").read())


def main():
    seen = set()
    for n, m in enumerate(MSGS):
        assert m["fid"] not in seen, m["fid"]
        seen.add(m["fid"])
        ks = [k for k in m["kinds"].split("+") if k]
        assert all(k in ORDER for k in ks), (m["fid"], ks)
        assert ks == sorted(ks, key=ORDER.index), (m["fid"], ks)
        raw = build(m, n).replace("\r\n", "\n").replace("\n", "\r\n")
        codec = {"iso-8859-1": "latin-1", "windows-1252": "cp1252"}.get(
            m["charset"], "utf-8")
        with open(os.path.join(HERE, m["fid"] + ".eml"), "wb") as f:
            f.write(raw.encode(codec))
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "kinds", "language", "automated", "note"])
        for m in MSGS:
            w.writerow([m["fid"] + ".eml", m["kinds"], m["lang"],
                        "true" if m["auto"] else "false", m["note"]])
    print(len(MSGS), "messages written")


if __name__ == "__main__":
    main()
