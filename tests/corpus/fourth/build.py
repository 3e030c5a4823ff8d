import json, re, unicodedata, sys, collections
from ids import *
import lines_fr_france, lines_qc, lines_other, lines_en, lines_extra
KIND = {'p':'person_name','ph':'phone','em':'email','u':'url','ip':'ip','a':'address','pc':'postal_code',
        'd':'date_of_birth','nir':'nir','sin':'sin','ramq':'ramq','iban':'iban'}
TOK = re.compile(r'⟦(\w+)\|(.*?)⟧', re.S)
allL = lines_fr_france.L + lines_qc.L + lines_other.L + lines_en.L + lines_extra.L
out = []
for lang, markup, nfd, region in allL:
    form = 'NFD' if nfd else 'NFC'
    text = ''; spans = []; pos = 0
    for m in TOK.finditer(markup):
        text += unicodedata.normalize(form, markup[pos:m.start()])
        piece = unicodedata.normalize(form, m.group(2))
        start = len(text); text += piece
        spans.append({'start': start, 'end': len(text), 'kind': KIND[m.group(1)]})
        pos = m.end()
    text += unicodedata.normalize(form, markup[pos:])
    assert '⟦' not in text and '⟧' not in text and '|' not in text, text
    out.append(({'text': text, 'spans': spans, 'lang': lang}, region, nfd, [text[s['start']:s['end']] for s in spans]))
import random
random.seed(20250603)
random.shuffle(out)
with open('fourth.jsonl', 'w', encoding='utf-8') as f:
    for o, *_ in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
with open('regions.json', 'w') as f:
    json.dump([r for _, r, _, _ in out], f)
with open('expected_texts.json', 'w', encoding='utf-8') as f:
    json.dump([t for *_, t in out], f, ensure_ascii=False)
print(len(out), 'lines')
