import csv, collections, glob, email
from email import policy
rows = list(csv.DictReader(open("labels.csv", encoding="utf-8")))
print("total", len(rows))
print("lang", collections.Counter(r["language"] for r in rows))
kc = collections.Counter(k for r in rows for k in r["kinds"].split("+") if k)
print("kinds", dict(kc.most_common()))
print("none", sum(1 for r in rows if not r["kinds"]), "automated", sum(1 for r in rows if r["automated"] == "true"),
      "auto+kinds", sum(1 for r in rows if r["automated"] == "true" and r["kinds"]))
print("multi", sum(1 for r in rows if "+" in r["kinds"]))
print("none by lang", collections.Counter(r["language"] for r in rows if not r["kinds"]))
bad = 0
for f in sorted(glob.glob("messages/*.eml")):
    m = email.message_from_binary_file(open(f, "rb"), policy=policy.default)
    b = m.get_body(preferencelist=("plain",)).get_content()
    if not m["From"] or not m["Subject"] or not b.strip(): bad += 1; print("BAD", f)
print("parsed", len(glob.glob("messages/*.eml")), "bad", bad)
