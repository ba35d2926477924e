import csv, collections, glob, email
from email import policy
rows=list(csv.DictReader(open('/work/blind15/labels.csv')))
print('total',len(rows))
print('lang',collections.Counter(r['language'] for r in rows))
kc=collections.Counter(k for r in rows for k in r['kinds'].split('+') if k)
print('kinds',dict(kc))
print('nonreq',sum(1 for r in rows if not r['kinds']),'multi',sum(1 for r in rows if '+' in r['kinds']),'auto',sum(1 for r in rows if r['automated']=='true'))
print('nonreq by lang',collections.Counter(r['language'] for r in rows if not r['kinds']))
bad=0
for f in glob.glob('/work/blind15/messages/*.eml'):
    m=email.message_from_bytes(open(f,'rb').read(),policy=policy.default)
    b=m.get_body(('plain',)).get_content()
    if not m['From'] or not m['Subject'] or not b.strip(): bad+=1; print('bad',f)
print('parsed ok, bad=',bad)
