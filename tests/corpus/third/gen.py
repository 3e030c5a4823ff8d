import json, sys, unicodedata, re, random, collections, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_helpers import *
from lines_qc import QC
from lines_fr import FR
from lines_bech import BECH
from lines_en import EN
from lines_more import MORE_QC, MORE_FR, EN, BECH

NFD_PREFIXES = [
    "Présent·es : ⟦P|Ghislaine",            # QC sign-in list
    "Mme ⟦P|Ferrandi⟧",                     # FR
    "Retour de ⟦P|Thi Ngoc Anh Phan⟧",      # FR
    "⟦P|Évangéline Arsenault⟧",             # QC
    "⟦P|Ruairí O'Donoghue⟧",                # EN
    "Le Centre hospitalier Guillaume-Régnier",  # FR negative
]
rows = []
used_nfd = set()
for reg, lst in (('QC', QC + MORE_QC), ('FR', FR + MORE_FR), ('BE/CH', BECH), ('EN', EN)):
    for mk, _ in lst:
        nfd = any(mk.startswith(p) for p in NFD_PREFIXES)
        if nfd: used_nfd.add(next(p for p in NFD_PREFIXES if mk.startswith(p)))
        t, sp = build(mk, nfd)
        rows.append(dict(region=reg, text=t, spans=sp, nfd=nfd, lang='en' if reg == 'EN' else 'fr'))
assert len(used_nfd) == len(NFD_PREFIXES), set(NFD_PREFIXES) - used_nfd

# ---- validation ----
RAMQ_RE = re.compile(r'^([A-Z]{3})([A-Z]) ?(\d{2})(\d{2}) ?(\d{2})(\d{2})$')
def ramq_ok(v):
    m = RAMQ_RE.match(v)
    if not m: return False
    mm, dd = int(m.group(4)), int(m.group(5))
    if mm > 50: mm -= 50
    return 1 <= mm <= 12 and 1 <= dd <= 31
errs = 0
for i, r in enumerate(rows):
    t = r['text']
    if not r['nfd']:
        assert unicodedata.normalize('NFC', t) == t
    else:
        assert unicodedata.normalize('NFC', t) != t, t
    last = 0
    for s in r['spans']:
        assert 0 <= s['start'] < s['end'] <= len(t)
        assert s['start'] >= last, t
        last = s['end']
        v = t[s['start']:s['end']]
        assert v == s['_val'], (v, s)
        assert not v[0].isspace() and not v[-1].isspace(), v
        k = s['kind']
        if k == 'nir': assert nir_valid(v), v
        if k == 'sin':
            d = re.sub(r'\D', '', v); assert len(d) == 9 and luhn_ok(d) and d[0] in '12345679', v
        if k == 'iban': assert iban_valid(v) and v[:2] in ('FR','BE','CH','LU'), v
        if k == 'ramq': assert ramq_ok(v), v
        if k == 'email': assert 'example' in v.lower(), v
        if k == 'url': assert 'example.' in v, v
    # distractors: every unlabelled 9-digit / 15-digit run must fail checksum
    masked = list(t)
    for s in r['spans']:
        for j in range(s['start'], s['end']): masked[j] = '#'
    masked = ''.join(masked)
    for m in re.finditer(r'(?<![\d#])\d[\d .\u00a0-]{8,22}\d(?![\d#])', masked):
        d = re.sub(r'\D', '', m.group())
        if len(d) == 9: assert not luhn_ok(d) or d[0] in '08', ('SIN-like', m.group(), t)
        if len(d) == 15: assert not nir_valid(d), ('NIR-like', m.group(), t)

random.seed(20240917)
order = list(range(len(rows)))
random.shuffle(order)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'third.jsonl'), 'w', encoding='utf-8') as f:
    for i in order:
        r = rows[i]
        f.write(json.dumps({'text': r['text'],
                            'spans': [{'start': s['start'], 'end': s['end'], 'kind': s['kind']} for s in r['spans']],
                            'lang': r['lang']}, ensure_ascii=False) + '\n')
# stats
cnt = collections.Counter(); creg = collections.defaultdict(collections.Counter)
for r in rows:
    for s in r['spans']:
        cnt[s['kind']] += 1; creg[r['region']][s['kind']] += 1
print('lines', len(rows), 'neg', sum(1 for r in rows if not r['spans']))
for reg in ('QC','FR','BE/CH','EN'):
    rr = [r for r in rows if r['region']==reg]
    print(reg, len(rr), 'neg', sum(1 for r in rr if not r['spans']), dict(creg[reg]))
print(dict(cnt), sum(cnt.values()))
print('nfd lines:', [ (order.index(i)+1) for i,r in enumerate(rows) if r['nfd']])
print('newline lines', sum('\n' in r['text'] for r in rows), 'nbsp lines', sum(('\u00a0' in r['text'] or '\u202f' in r['text']) for r in rows),
      'emoji lines', sum(any(ord(c) > 0xFFFF for c in r['text']) for r in rows),
      'multi-kind', sum(len({s['kind'] for s in r['spans']})>1 for r in rows))
