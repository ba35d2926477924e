"""Assemble the blind35 mails (each written individually in parts/p*.py) into .eml files + labels.csv."""
import sys, os, random, csv, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from email import policy
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import importlib
for _p in ('p1','p2','p3','p4','p5','p6'):
    if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'parts', _p + '.py')):
        importlib.import_module('parts.' + _p)
from parts.common import M

KINDS = {"access","rectification","erasure","restriction","portability","objection","marketing_opt_out","complaint"}
rnd = random.Random(3500)
mails = list(M)
rnd.shuffle(mails)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "messages")
os.makedirs(out, exist_ok=True)
tz = datetime.timezone(datetime.timedelta(hours=2))
start = datetime.datetime(2026, 9, 1, 0, 0, tzinfo=tz)
end = datetime.datetime(2026, 12, 7, 8, 30, tzinfo=tz)
span = int((end - start).total_seconds())
rows = []
for i, m in enumerate(mails, 1):
    for k in filter(None, m["kinds"].split("+")):
        assert k in KINDS, (k, m["subj"])
    msg = EmailMessage(policy=policy.SMTP.clone(max_line_length=998))
    msg["From"] = m["frm"]
    msg["To"] = m["to"] or "Zoomi Kuvakaupat tietosuoja <tietosuoja@example.fi>"
    msg["Subject"] = m["subj"]
    msg["Date"] = format_datetime(start + datetime.timedelta(seconds=rnd.randrange(span)))
    dom = m["frm"].rsplit("@", 1)[1].rstrip(">").strip()
    msg["Message-ID"] = "<b35-%03d.%08x@%s>" % (i, rnd.getrandbits(32), dom)
    for h, v in m["hdrs"].items():
        msg[h] = v
    msg.set_content(m["body"], charset="utf-8")
    fn = "b35_%03d.eml" % i
    with open(os.path.join(out, fn), "wb") as f:
        f.write(msg.as_bytes())
    rows.append(dict(file=fn, kinds=m["kinds"], language=m["lang"], automated=str(m["auto"]).lower(),
                     split="blind35", source_kind="synthetic", note=m["note"]))
with open(os.path.join(os.path.dirname(out), "labels.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=["file","kinds","language","automated","split","source_kind","note"])
    w.writeheader(); w.writerows(rows)
print(len(rows))
