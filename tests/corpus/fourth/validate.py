import json, re, sys, unicodedata, collections, ipaddress, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ids import nir_valid, sin_valid, ramq_valid, iban_valid
KINDS = {'email','phone','nir','sin','ramq','postal_code','iban','address','date_of_birth','person_name','url','ip'}
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fourth.jsonl')
exp = None
errs = []; counts = collections.Counter(); bylang = collections.Counter(); neg = collections.Counter(); nfd = 0
lines = open(path, encoding='utf-8').read().split('\n')
assert lines[-1] == ''; lines = lines[:-1]
for i, ln in enumerate(lines):
    o = json.loads(ln)
    assert set(o) == {'text','spans','lang'}, i
    t = o['text']; sp = o['spans']
    if o['lang'] not in ('fr','en'): errs.append((i,'lang'))
    bylang[o['lang']] += 1
    if not sp: neg[o['lang']] += 1
    if unicodedata.normalize('NFC', t) != t:
        nfd += 1
        if unicodedata.normalize('NFD', t) != t: errs.append((i,'mixed normalisation'))
    prev = 0
    for j, s in enumerate(sp):
        a, b, k = s['start'], s['end'], s['kind']
        if k not in KINDS: errs.append((i,'kind',k))
        if not (0 <= a < b <= len(t)): errs.append((i,'bounds',s)); continue
        if a < prev: errs.append((i,'order/overlap',s))
        prev = b
        x = t[a:b]
        if x != x.strip() or x[0].isspace() or x[-1].isspace(): errs.append((i,'ws',x))
        if exp and exp[i][j] != x: errs.append((i,'text mismatch',x))
        if k == 'nir' and not nir_valid(x): errs.append((i,'nir',x))
        if k == 'sin' and not (sin_valid(x)): errs.append((i,'sin',x))
        if k == 'ramq' and not ramq_valid(x): errs.append((i,'ramq',x))
        if k == 'iban' and not iban_valid(x): errs.append((i,'iban',x))
        if k == 'email':
            y = x.lower().replace(' ','')
            if not re.search(r'example(\.|\(point\)|\[dot\]|\(dot\)|point)(com|org|net)', y): errs.append((i,'email domain',x))
        if k == 'url' and 'example.' not in x: errs.append((i,'url domain',x))
        if k == 'ip':
            ip = ipaddress.ip_address(x)
            if not any(ip in ipaddress.ip_network(n) for n in ('192.0.2.0/24','198.51.100.0/24','203.0.113.0/24','2001:db8::/32')): errs.append((i,'ip range',x))
        if k == 'phone':
            d = re.sub(r'\D', '', x)
            if len(d) in (10, 11) and (d.startswith('1') and len(d)==11 or len(d)==10 and d[0] in '2-9' and not d.startswith('0')):
                dd = d[-10:]
                if dd[3:8] != '55501': errs.append((i,'NA phone range',x))
            if d.startswith('0') and len(d) == 10 and o['lang']=='fr' and d[:6] not in ('019900','026191','035301','046571','053649','063998') and not d.startswith(('04','07')) :
                pass
        counts[k] += 1
    # look-alikes outside spans must fail checksums
    masked = list(t)
    for s in sp:
        for q in range(s['start'], s['end']): masked[q] = '#'
    m = ''.join(masked)
    for cand in re.findall(r'\b[12][\d\s\-]{12,22}\d\b', m):
        dd = re.sub(r'\D','',cand)
        if len(dd)==15 and nir_valid(dd): errs.append((i,'valid NIR unlabelled',cand))
    for cand in re.findall(r'\b\d{3}[\s\-]?\d{3}[\s\-]?\d{3}\b', m):
        if sin_valid(cand): errs.append((i,'valid SIN unlabelled',cand))
    for cand in re.findall(r'\b(?:FR|BE|CH|LU)\d{2}(?:\s?[0-9A-Z]{1,4}){3,7}', m):
        if iban_valid(cand): errs.append((i,'valid IBAN unlabelled',cand))
print(json.dumps({'lines': len(lines), 'by_lang': bylang, 'negative': neg, 'neg_total': sum(neg.values()),
                  'nfd_lines': nfd, 'spans': sum(counts.values()), 'by_kind': dict(counts.most_common())}, ensure_ascii=False, indent=1))
for e in errs: print('ERR', e)
sys.exit(1 if errs else 0)
