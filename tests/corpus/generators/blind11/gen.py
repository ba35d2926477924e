#!/usr/bin/env python3
"""Build the blind11 mail set. Every mail body in parts/*.py is written by hand;
this script only wraps each one in RFC 5322 headers and writes labels.csv."""
import csv, random, glob, os, email, email.policy, email.utils
from email.message import EmailMessage
from datetime import datetime, timedelta, timezone

BASE = os.path.dirname(os.path.abspath(__file__))
MAILS = []
KINDS = {"access","rectification","erasure","restriction","portability","objection","marketing_opt_out","complaint"}

def M(lang, kinds, frm, subj, body, note, auto=False, hdrs=None, date=None, to="Zoomi tietosuoja <tietosuoja@example.fi>"):
    ks = [k for k in kinds.split("+") if k]
    assert all(k in KINDS for k in ks), kinds
    assert lang in ("fi","sv","en")
    MAILS.append(dict(lang=lang, kinds="+".join(ks), frm=frm, subj=subj, body=body.strip("\n")+"\n",
                      note=note, auto=auto, hdrs=hdrs or [], date=date, to=to))

for p in sorted(glob.glob(os.path.join(BASE, "parts", "*.py"))):
    exec(open(p, encoding="utf-8").read(), {"M": M})


DATE_FIX = [  # mails whose text names a date: keep the Date header consistent with it
    ("marko.hyvonen", "", "Fri, 20 Nov 2026 09:12:44 +0200"),
    ("henrik.ojala", "", "Wed, 25 Nov 2026 21:40:03 +0200"),
    ("teija.ronkko", "", "Wed, 02 Dec 2026 08:05:19 +0200"),
    ("annika.sundqvist", "", "Tue, 24 Nov 2026 12:31:50 +0200"),
    ("le.fagerholm", "", "Mon, 09 Nov 2026 10:02:11 +0200"),
    ("hannu.backman", "", "Mon, 23 Nov 2026 14:47:00 +0200"),
    ("jonas.holmqvist", "", "Tue, 24 Nov 2026 16:20:36 +0200"),
    ("timo.salminen", "", "Thu, 03 Dec 2026 19:58:27 +0200"),
    ("hanna.kull", "", "Fri, 04 Dec 2026 07:14:09 +0200"),
    ("rehtori.kansliakoulu", "", "Tue, 01 Dec 2026 11:00:02 +0200"),
    ("anne.kallio", "Poissa", "Fri, 04 Dec 2026 15:31:40 +0200"),
    ("kansliet@", "", "Thu, 03 Dec 2026 09:45:12 +0200"),
    ("j.harper", "", "Fri, 04 Dec 2026 13:02:55 +0200"),
    ("hanna.koski", "", "Tue, 01 Dec 2026 10:18:30 +0200"),
    ("postmaster@example.fi", "", "Tue, 01 Dec 2026 03:12:08 +0200"),
    ("uutiset@example.fi", "", "Tue, 01 Dec 2026 06:00:00 +0200"),
    ("slotti.example.com", "", "Sat, 05 Dec 2026 18:22:41 +0200"),
]

rng = random.Random(1107)
order = list(range(len(MAILS)))
rng.shuffle(order)
tz = timezone(timedelta(hours=2))
start = datetime(2026, 11, 2, 6, 0, tzinfo=tz)
outdir = os.path.join(BASE, "messages")
for f in glob.glob(os.path.join(outdir, "*.eml")):
    os.remove(f)
rows = []
for n, i in enumerate(order, 1):
    m = MAILS[i]
    fn = f"b11_{n:03d}.eml"
    fixed = [d for a, b, d in DATE_FIX if a in m["frm"].lower() and b in m["subj"]]
    if m["date"]:
        d = m["date"]
    elif fixed:
        d = fixed[0]
    else:
        dt = start + timedelta(minutes=rng.randint(0, 34*24*60))
        d = email.utils.format_datetime(dt)
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    msg["Subject"] = m["subj"]
    msg["Date"] = d
    dom = m["frm"].split("@")[-1].strip(">").strip() if "@" in m["frm"] else "example.test"
    msg["Message-ID"] = f"<b11.{n:03d}.{rng.randrange(10**8):08d}@{dom}>"
    for k, v in m["hdrs"]:
        msg[k] = v
    msg.set_content(m["body"], charset="utf-8", cte="8bit")
    with open(os.path.join(outdir, fn), "wb") as fh:
        fh.write(msg.as_bytes())
    rows.append([fn, m["kinds"], m["lang"], "true" if m["auto"] else "false", "blind11", "synthetic", m["note"]])
with open(os.path.join(BASE, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["file","kinds","language","automated","split","source_kind","note"])
    w.writerows(rows)
print(len(rows), "mails")
