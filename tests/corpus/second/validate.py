import json, sys, unicodedata, collections, re, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_ids import luhn_ok, iban_ok
KINDS = {"email","phone","nir","sin","ramq","postal_code","iban","address","date_of_birth","person_name","url","ip"}
def fold(s):  # full-width digits -> ascii, drop separators/format chars
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\u00ad\u200b.\-−]", "", s)
cnt = collections.Counter(); bylang = collections.Counter(); neg = collections.Counter(); errs = 0; nfd = 0
for i, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    d = json.loads(line)
    assert set(d) == {"text", "spans", "lang"} and d["lang"] in ("fr", "en")
    t = d["text"]; bylang[d["lang"]] += 1
    if unicodedata.normalize("NFC", t) != t: nfd += 1
    if not d["spans"]: neg[d["lang"]] += 1
    prev = 0
    for s in d["spans"]:
        st, en, k = s["start"], s["end"], s["kind"]
        ok = k in KINDS and 0 <= st < en <= len(t) and st >= prev and not t[st].isspace() and not t[en-1].isspace()
        prev = en
        v = t[st:en]; f = fold(v)
        if k == "nir":
            n = f.replace("2A", "19").replace("2B", "18")
            ok &= len(f) == 15 and 97 - int(n[:13]) % 97 == int(n[13:])
        if k == "sin": ok &= len(f) == 9 and luhn_ok(f) and f[0] in "12345679"
        if k == "iban": ok &= iban_ok(f)
        if k == "ramq": ok &= bool(re.fullmatch(r"[A-Z]{4}\d{8}", f))
        if not ok: errs += 1; print("ERR line", i, s, repr(v))
        cnt[k] += 1
print("lines", sum(bylang.values()), dict(bylang), "negative", dict(neg), "non-NFC lines", nfd, "errors", errs)
print(dict(sorted(cnt.items(), key=lambda x: -x[1])), "total", sum(cnt.values()))
