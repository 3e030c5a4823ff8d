import json, re, random, unicodedata, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
ns = {}
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "lines_fr.py")).read(), ns)
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "lines_en.py")).read(), ns)
CODES = {"n": "person_name", "ph": "phone", "em": "email", "ad": "address", "pc": "postal_code",
         "dob": "date_of_birth", "url": "url", "ip": "ip", "nir": "nir", "sin": "sin",
         "ramq": "ramq", "iban": "iban"}
TOK = re.compile(r"⟦(\w+):(.*?)⟧", re.S)

def build(markup, lang, expect_neg):
    form = "NFC"
    if markup.startswith("§NFD§"):
        form, markup = "NFD", markup[5:]
    text, spans, pos = "", [], 0
    for m in TOK.finditer(markup):
        text += unicodedata.normalize(form, markup[pos:m.start()])
        piece = unicodedata.normalize(form, m.group(2))
        spans.append({"start": len(text), "end": len(text) + len(piece), "kind": CODES[m.group(1)]})
        text += piece
        pos = m.end()
    text += unicodedata.normalize(form, markup[pos:])
    assert "⟦" not in text and "⟧" not in text and "§" not in text, markup
    assert bool(spans) != expect_neg, markup
    return {"text": text, "spans": spans, "lang": lang}, form

rows = []
for m in ns["FR"]: rows.append(build(m, "fr", False))
for m in ns["FR_NEG"]: rows.append(build(m, "fr", True))
for m in ns["EN"]: rows.append(build(m, "en", False))
for m in ns["EN_NEG"]: rows.append(build(m, "en", True))
random.Random(20240611).shuffle(rows)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "second.jsonl"), "w", encoding="utf-8") as f:
    for r, form in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows))
