#!/usr/bin/env python3
"""Build own.jsonl (and own.check.jsonl) from the marked-up source own.src.txt.

Standard library only.  Usage:

    python3 tests/corpus/build_own.py   # build, validate, print counts (Markdown tables)

Source format (one sentence per line; blank lines and lines starting with
'#' are ignored):

    REGION|class|text with [[kind:value]] markup

REGION is FR (France), QC (Quebec) or EN (English Canada); FR and QC give
"lang": "fr", EN gives "lang": "en".

Markup inside the text:

    [[kind:value]]      a gold span of that kind.  Short aliases:
                        n=person_name e=email p=phone a=address
                        d=date_of_birth pc=postal_code u=url
                        (ip, nir, sin, ramq, iban are spelled out).
    [[kind@sub:value]]  a gold span of a sub-type that the shared check.py
                        does not know (Belgian/Swiss phones, obfuscated
                        e-mails, 13-digit NIR without key, other provinces'
                        health cards).  It is validated here with its own
                        rule and left out of own.check.jsonl.
                        subs: p@be p@ch e@obf nir@13 ramq@ohip ramq@bc
                        ramq@ab ramq@nb
    <<kind:value>>      plain text (not a span) that looks like a nir / sin /
                        iban / ramq; the script asserts that it FAILS its
                        checksum or shape rule.

Placeholders that the script computes inside values:
    nir   '??'  -> NIR key (97 - first 13 digits mod 97, 2A=19, 2B=18)
    sin   '?'   -> Luhn check digit
    iban  '%%'  -> national key (FR RIB key, BE mod 97), then
          '??'  -> IBAN check digits (mod 97-10)
    ramq@ohip '?' -> Luhn check digit over the 10 digits
    ramq@bc   '?' -> mod-11 check digit of a BC PHN

Escapes (anywhere): {NL} {TAB} {NBSP} {NNBSP} {SHY} {ZWSP} {ZWJ} {WJ}
{U+XXXX}.  Two literal spaces stay two spaces.

Outputs, next to this script:
    own.jsonl        {"text","spans","lang","class"} per line
    own.check.jsonl  the same without "class"; text.unicode lines folded
                     (NFC, invisible characters removed, full-width ASCII
                     folded) with offsets recomputed; @sub spans dropped.
                     Validate it with /work/shared/corpus/check.py.
"""
import ipaddress
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "own.src.txt")
OUT = os.path.join(HERE, "own.jsonl")
OUT_CHECK = os.path.join(HERE, "own.check.jsonl")

KINDS = {"email", "phone", "nir", "sin", "ramq", "postal_code", "iban",
         "address", "date_of_birth", "person_name", "url", "ip"}
ALIAS = {"n": "person_name", "e": "email", "p": "phone", "a": "address",
         "d": "date_of_birth", "pc": "postal_code", "u": "url"}
SUBS = {("phone", "be"), ("phone", "ch"), ("email", "obf"), ("nir", "13"),
        ("ramq", "ohip"), ("ramq", "bc"), ("ramq", "ab"), ("ramq", "nb")}
CLASSES = ["names.origins", "names.compound", "names.particles", "names.order",
           "names.case", "names.titles", "names.apostrophe", "names.separators",
           "names.scripts", "names.cues", "text.unicode", "dob", "postal",
           "numbers", "phones", "emails", "urls", "address", "ip", "negative"]
REGIONS = {"FR": "fr", "QC": "fr", "EN": "en"}

ESC = {"NL": "\n", "TAB": "\t", "NBSP": "\u00a0", "NNBSP": "\u202f",
       "SHY": "\u00ad", "ZWSP": "\u200b", "ZWJ": "\u200d", "WJ": "\u2060"}
ESC_RE = re.compile(r"\{(NL|TAB|NBSP|NNBSP|SHY|ZWSP|ZWJ|WJ|U\+[0-9A-Fa-f]{4,6})\}")
MARK_RE = re.compile(r"\[\[([a-z_]+)(?:@([a-z0-9]+))?:(.+?)\]\]|<<([a-z_]+):(.+?)>>")
INVIS = set("\u00ad\u200b\u200c\u200d\u2060\ufeff")
SEPS = " \u00a0\u202f.-"
EXAMPLE_HOSTS = ("example.com", "example.org", "example.net")
DOC_NETS = [ipaddress.ip_network(n) for n in
            ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
FR_FICTION = ("019900", "026191", "035301", "046571", "053649", "063998")
IBAN_LEN = {"FR": 27, "BE": 16, "CH": 21, "LU": 20}
CA_POSTAL = re.compile(r"^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \u00a0-]?\d[ABCEGHJ-NPRSTV-Z]\d$", re.I)


def unescape(s):
    def rep(m):
        k = m.group(1)
        if k.startswith("U+"):
            return chr(int(k[2:], 16))
        return ESC[k]
    return ESC_RE.sub(rep, s)


def fold(s):
    """What a careful normaliser would see: no invisibles, ASCII, NFC."""
    s = "".join(ch for ch in s if ch not in INVIS)
    s = "".join(chr(ord(ch) - 0xFEE0) if 0xFF01 <= ord(ch) <= 0xFF5E else
                (" " if ch == "\u3000" else ch) for ch in s)
    return unicodedata.normalize("NFC", s)


def has_special(s):
    """Invisible characters, full-width digits/letters/@ (not CJK punctuation)."""
    return any(ch in INVIS or 0xFF10 <= ord(ch) <= 0xFF5A for ch in s)


def strip_seps(s):
    return "".join(ch for ch in fold(s) if ch not in SEPS)


# ---------------------------------------------------------------- checksums
def luhn_ok(d):
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def nir_key(n13):
    n13 = n13.upper().replace("2A", "19").replace("2B", "18")
    return 97 - int(n13) % 97


RIB_LETTERS = {}
for _i, _grp in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"], 1):
    for _c in _grp:
        RIB_LETTERS[_c] = str(_i)


def rib_key(bank, branch, account):
    acc = "".join(RIB_LETTERS.get(c, c) for c in account.upper())
    return 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)


def iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def bc_phn_check(d9):
    """d9: the first 9 digits (starting with 9). Returns check digit or None."""
    w = [2, 4, 8, 5, 10, 9, 7, 3]
    s = sum(int(c) * wi % 11 for c, wi in zip(d9[1:9], w))
    c = 11 - s % 11
    return c if 0 <= c <= 9 else None


def fill(kind, sub, v):
    """Replace placeholders with computed check digits."""
    if kind == "nir" and "??" in v:
        raw = strip_seps(v)
        v = v.replace("??", "%02d" % nir_key(raw[:13]), 1)
    elif kind == "sin" and "?" in v:
        raw = strip_seps(v)
        for c in "0123456789":
            if luhn_ok(raw.replace("?", c)):
                v = v.replace("?", c, 1)
                break
    elif kind == "iban":
        if "%%" in v:
            raw = strip_seps(v)
            cc = raw[:2]
            if cc == "FR":
                key = rib_key(raw[4:9], raw[9:14], raw[14:25])
            elif cc == "BE":
                r = int(raw[4:14]) % 97
                key = r if r else 97
            else:
                raise ValueError("%% only for FR/BE: " + v)
            v = v.replace("%%", "%02d" % key, 1)
        if "??" in v:
            raw = strip_seps(v).upper().replace("??", "00")
            chk = 98 - iban_num(raw[4:] + raw[:4]) % 97
            v = v.replace("??", "%02d" % chk, 1)
    elif kind == "ramq" and sub == "ohip" and "?" in v:
        d = re.sub(r"[^0-9?]", "", fold(v))[:10]
        for c in "0123456789":
            if luhn_ok(d.replace("?", c)):
                v = v.replace("?", c, 1)
                break
    elif kind == "ramq" and sub == "bc" and "?" in v:
        d = re.sub(r"[^0-9?]", "", fold(v))
        c = bc_phn_check(d[:9])
        if c is None:
            raise ValueError("BC PHN has no valid check digit: " + v)
        v = v.replace("?", str(c), 1)
    if "??" in v or "%%" in v or (kind in ("sin", "ramq") and "?" in v):
        raise ValueError("unfilled placeholder in " + v)
    return v


# --------------------------------------------------------------- validators
def host_ok(host):
    host = host.lower().rstrip(".")
    return any(host == h or host.endswith("." + h) for h in EXAMPLE_HOSTS)


def v_nir(v):
    s = strip_seps(v).upper()
    if len(s) != 15 or s[0] not in "12" or not (s[:5] + s[7:]).isdigit():
        return "NIR shape"
    if not (s[5:7].isdigit() or s[5:7] in ("2A", "2B")):
        return "NIR département"
    if not 1 <= int(s[3:5]) <= 12:
        return "NIR month"
    if nir_key(s[:13]) != int(s[13:]):
        return "NIR key"
    return None


def v_nir13(v):
    s = strip_seps(v).upper()
    if len(s) != 13 or s[0] not in "12" or not (s[:5] + s[7:]).isdigit():
        return "13-digit NIR shape"
    if not 1 <= int(s[3:5]) <= 12:
        return "NIR month"
    return None


def v_sin(v):
    s = strip_seps(v)
    if len(s) != 9 or not s.isdigit() or s[0] not in "12345679" or not luhn_ok(s):
        return "SIN invalid"
    return None


RAMQ_RE = re.compile(r"^([A-Z]{4})[ \u00a0\u202f-]?(\d{2})(\d{2})[ \u00a0\u202f-]?(\d{2})(\d{2})$")


def v_ramq(v):
    m = RAMQ_RE.match(fold(v))
    if not m:
        return "RAMQ shape"
    mm, dd = int(m.group(3)), int(m.group(4))
    if not (1 <= mm <= 12 or 51 <= mm <= 62) or not 1 <= dd <= 31:
        return "RAMQ date"
    return None


def v_ohip(v):
    m = re.fullmatch(r"(\d{4})[ -]?(\d{3})[ -]?(\d{3})(?:[ -]?([A-Z]{2}))?", fold(v))
    if not m or not luhn_ok("".join(m.groups()[:3])):
        return "OHIP invalid"
    return None


def v_bc(v):
    d = re.sub(r"[ -]", "", fold(v))
    if not re.fullmatch(r"9\d{9}", d) or bc_phn_check(d[:9]) != int(d[9]):
        return "BC PHN invalid"
    return None


def v_nine(v):
    if not re.fullmatch(r"\d{9}", re.sub(r"[ -]", "", fold(v))):
        return "need 9 digits"
    return None


def v_iban(v):
    s = strip_seps(v).upper()
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc] or not s[2:].isalnum():
        return "IBAN shape"
    if iban_num(s[4:] + s[:4]) % 97 != 1:
        return "IBAN mod 97"
    if cc == "FR" and rib_key(s[4:9], s[9:14], s[14:25]) != int(s[25:27]):
        return "FR RIB key"
    if cc == "BE" and ((int(s[4:14]) % 97) or 97) != int(s[14:16]):
        return "BE national key"
    groups = fold(v).replace("\u00a0", " ").replace("\u202f", " ").split(" ")
    if len(groups) > 1 and any(len(g) != 4 for g in groups[:-1]):
        return "IBAN groups of 4"
    return None


def v_phone(v):
    f = fold(v)
    if not re.fullmatch(r"[+(\d][\d \u00a0\u202f.()\-]*\d", f):
        return "phone characters"
    d = re.sub(r"\D", "", f)
    if f.startswith("+33") or (d.startswith("33") and len(d) in (11, 12)):
        d = "0" + d[2:]
        if d.startswith("00"):
            d = d[1:]
    if len(d) == 10 and d.startswith("0"):
        return None if d.startswith(FR_FICTION) else "FR phone outside fiction ranges"
    if len(d) == 11 and d.startswith("1"):
        d = d[1:]
    if len(d) == 10 and d[3:6] == "555" and d[6:8] == "01":
        return None
    return "phone not FR-fiction nor NXX-555-01XX"


def v_phone_be(v):
    d = re.sub(r"\D", "", fold(v))
    if fold(v).startswith("+32"):
        d = "0" + d[2:]
    return None if d.startswith("0") and len(d) in (9, 10) else "BE phone shape"


def v_phone_ch(v):
    d = re.sub(r"\D", "", fold(v))
    if fold(v).startswith("+41"):
        d = "0" + d[2:]
    return None if d.startswith("0") and len(d) == 10 else "CH phone shape"


EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)$")


def v_email(v):
    m = EMAIL_RE.match(fold(v))
    if not m or not host_ok(m.group(1)):
        return "email shape/host"
    return None


def v_email_obf(v):
    f = fold(v).lower()
    if "example" not in f or not re.search(r"(com|org|net)$", f) or not f[0].isalnum():
        return "obfuscated email must be an example host"
    if not re.search(r"\b(at|arobase)\b|\(at\)|\[at\]|\[arobase\]", f):
        return "obfuscated email needs an at-marker"
    return None


def v_url(v):
    f = fold(v)
    m = re.match(r"^(?:https?://)?([^/?#:\s]+)", f)
    if not m or not host_ok(m.group(1)) or f[-1] in ".,;:!?)]}>\"'«»":
        return "url host/edge"
    return None


def v_ip(v):
    try:
        ip = ipaddress.ip_address(fold(v))
    except ValueError:
        return "not an IP"
    if not any(ip in n for n in DOC_NETS if n.version == ip.version):
        return "IP outside documentation ranges"
    return None


def v_postal(v):
    f = fold(v)
    if CA_POSTAL.match(f) or (re.fullmatch(r"\d{5}", f) and f[:2] not in ("00", "96", "99")):
        return None
    return "postal code"


def v_address(v):
    f = fold(v)
    if not f[0].isdigit() or not re.search(r"[^\W\d_]{2}", f):
        return "address must start at civic number"
    return None


def v_dob(v):
    return None if re.search(r"\d", fold(v)) else "DOB without digits"


def v_name(v):
    f = fold(v)
    if re.search(r"\d", f) or not f[0].isalpha():
        return "name shape"
    if f[-1] in ",;:!?)]}>\"'«»“”‘’(" or (f.endswith(".") and len(f.split()[-1]) > 2):
        return "name ends with punctuation"
    return None


VALIDATE = {
    ("nir", None): v_nir, ("nir", "13"): v_nir13, ("sin", None): v_sin,
    ("ramq", None): v_ramq, ("ramq", "ohip"): v_ohip, ("ramq", "bc"): v_bc,
    ("ramq", "ab"): v_nine, ("ramq", "nb"): v_nine, ("iban", None): v_iban,
    ("phone", None): v_phone, ("phone", "be"): v_phone_be, ("phone", "ch"): v_phone_ch,
    ("email", None): v_email, ("email", "obf"): v_email_obf, ("url", None): v_url,
    ("ip", None): v_ip, ("postal_code", None): v_postal, ("address", None): v_address,
    ("date_of_birth", None): v_dob, ("person_name", None): v_name,
}
LOOKALIKE = {"nir": v_nir, "sin": v_sin, "iban": v_iban, "ramq": v_ramq}

# A deliberately small, hand-written set of very common given names and
# surnames, used only to estimate what share of name spans is "very common".
VERY_COMMON = set("""
marie jean john martin tremblay pierre michel nathalie sophie david michael
smith gagnon roy nicolas thomas kevin sébastien julie isabelle robert james
mary sarah anne françois philippe catherine louis paul mohamed fatima nguyen
chen wang li lee brown wilson côté bouchard gauthier morin lavoie fortin
bernard dubois durand leroy moreau laurent lefebvre petit richard johnson
williams jones garcia nadia luc josée
""".split())


# ------------------------------------------------------------------- build
def parse_line(raw, lineno):
    try:
        region, cls, body = raw.split("|", 2)
    except ValueError:
        raise SystemExit("line %d: expected REGION|class|text" % lineno)
    if region not in REGIONS:
        raise SystemExit("line %d: bad region %r" % (lineno, region))
    if cls not in CLASSES:
        raise SystemExit("line %d: bad class %r" % (lineno, cls))
    # segments: (plain_text, None) or (value, (kind, sub))
    segs = []
    pos = 0
    for m in MARK_RE.finditer(body):
        if m.start() > pos:
            segs.append((unescape(body[pos:m.start()]), None))
        if m.group(1):
            kind = ALIAS.get(m.group(1), m.group(1))
            sub = m.group(2)
            if kind not in KINDS:
                raise SystemExit("line %d: unknown kind %r" % (lineno, kind))
            if sub and (kind, sub) not in SUBS:
                raise SystemExit("line %d: unknown sub-type %s@%s" % (lineno, kind, sub))
            value = fill(kind, sub, unescape(m.group(3)))
            err = VALIDATE[(kind, sub)](value)
            if err:
                raise SystemExit("line %d: %s %r: %s" % (lineno, kind, value, err))
            segs.append((value, (kind, sub)))
        else:
            kind, value = m.group(4), unescape(m.group(5))
            if kind not in LOOKALIKE:
                raise SystemExit("line %d: no look-alike rule for %r" % (lineno, kind))
            if LOOKALIKE[kind](value) is None:
                raise SystemExit("line %d: look-alike %r PASSES the %s rule" % (lineno, value, kind))
            segs.append((value, None))
        pos = m.end()
    if pos < len(body):
        segs.append((unescape(body[pos:]), None))
    return region, cls, segs


def assemble(segs, folded=False, drop_subs=False):
    text = ""
    spans = []
    for value, tag in segs:
        piece = fold(value) if folded else value
        start = len(text)
        text += piece
        if tag and not (drop_subs and tag[1]):
            spans.append({"start": start, "end": len(text), "kind": tag[0]})
    return text, spans


def edge_bad(ch, first=True):
    # a combining mark may end a span (NFD "Bérubé"), never start one
    return ch.isspace() or ch in INVIS or (first and unicodedata.combining(ch) != 0)


def main():
    records, checks = [], []
    seen = set()
    stats_kind = defaultdict(Counter)      # kind -> region -> n
    stats_class = defaultdict(Counter)     # class -> lines/positive/spans
    region_lines = Counter()
    region_neg = Counter()
    name_spans = 0
    common_spans = 0
    sub_spans = Counter()
    with open(SRC, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            raw = raw.rstrip("\n")
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            region, cls, segs = parse_line(raw, lineno)
            text, spans = assemble(segs)
            if "[[" in text or "]]" in text or "<<" in text or ">>" in text:
                raise SystemExit("line %d: leftover markup: %r" % (lineno, text))
            if ESC_RE.search(text):
                raise SystemExit("line %d: leftover escape" % lineno)
            if text in seen:
                raise SystemExit("line %d: duplicate text" % lineno)
            seen.add(text)
            if cls == "negative" and spans:
                raise SystemExit("line %d: negative line with spans" % lineno)
            if cls != "negative" and not spans:
                raise SystemExit("line %d: positive class without spans" % lineno)
            if cls == "text.unicode":
                if unicodedata.normalize("NFC", text) == text and not has_special(text):
                    raise SystemExit("line %d: text.unicode line has nothing special" % lineno)
                if fold(text) != assemble(segs, folded=True)[0]:
                    raise SystemExit("line %d: folding crosses a span boundary" % lineno)
            else:
                if unicodedata.normalize("NFC", text) != text:
                    raise SystemExit("line %d: not NFC" % lineno)
                if has_special(text):
                    raise SystemExit("line %d: invisible/full-width char outside text.unicode" % lineno)
            prev = -1
            for sp in spans:
                val = text[sp["start"]:sp["end"]]
                if sp["start"] < prev:
                    raise SystemExit("line %d: overlapping spans" % lineno)
                prev = sp["end"]
                if edge_bad(val[0]) or edge_bad(val[-1], first=False):
                    raise SystemExit("line %d: span %r starts/ends badly" % (lineno, val))
            for value, tag in segs:
                if tag:
                    stats_kind[tag[0]][region] += 1
                    if tag[1]:
                        sub_spans["%s@%s" % tag] += 1
                    if tag[0] == "person_name":
                        name_spans += 1
                        toks = re.split(r"[\s\-,.'’]+", fold(value).lower())
                        if any(t in VERY_COMMON for t in toks):
                            common_spans += 1
            lang = REGIONS[region]
            records.append({"text": text, "spans": spans, "lang": lang, "class": cls})
            ctext, cspans = assemble(segs, folded=(cls == "text.unicode"), drop_subs=True)
            checks.append({"text": ctext, "spans": cspans, "lang": lang})
            region_lines[region] += 1
            if not spans:
                region_neg[region] += 1
            stats_class[cls]["lines"] += 1
            stats_class[cls]["positive"] += 1 if spans else 0
            stats_class[cls]["spans"] += len(spans)
            stats_class[cls][region] += 1

    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(OUT_CHECK, "w", encoding="utf-8") as fh:
        for r in checks:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    # coverage requirements
    problems = []
    for c in CLASSES:
        if c == "negative":
            if stats_class[c]["lines"] < 200:
                problems.append("negative: only %d lines" % stats_class[c]["lines"])
        elif stats_class[c]["positive"] < 8:
            problems.append("%s: only %d positive lines" % (c, stats_class[c]["positive"]))

    total_lines = sum(region_lines.values())
    total_spans = sum(sum(c.values()) for c in stats_kind.values())
    print("lines: %d (FR %d, QC %d, EN %d); negative lines: %d; spans: %d" % (
        total_lines, region_lines["FR"], region_lines["QC"], region_lines["EN"],
        sum(region_neg.values()), total_spans))
    print("person_name spans with a very common token: %d / %d (%.1f %%)" % (
        common_spans, name_spans, 100.0 * common_spans / max(name_spans, 1)))
    print("spans of sub-types outside check.py (dropped from own.check.jsonl):",
          dict(sorted(sub_spans.items())))
    if True:  # tables for the README
        print()
        print("| kind | fr (France) | fr (Quebec) | en (Canada) | total |")
        print("|---|---:|---:|---:|---:|")
        for k in sorted(stats_kind, key=lambda k: -sum(stats_kind[k].values())):
            c = stats_kind[k]
            print("| %s | %d | %d | %d | %d |" % (k, c["FR"], c["QC"], c["EN"], sum(c.values())))
        print("| **all spans** | %d | %d | %d | %d |" % (
            sum(c["FR"] for c in stats_kind.values()), sum(c["QC"] for c in stats_kind.values()),
            sum(c["EN"] for c in stats_kind.values()), total_spans))
        print("| lines | %d | %d | %d | %d |" % (region_lines["FR"], region_lines["QC"],
                                                 region_lines["EN"], total_lines))
        print("| negative lines | %d | %d | %d | %d |" % (region_neg["FR"], region_neg["QC"],
                                                          region_neg["EN"], sum(region_neg.values())))
        print()
        print("| class | lines | positive lines | spans | FR | QC | EN |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for c in CLASSES:
            s = stats_class[c]
            print("| %s | %d | %d | %d | %d | %d | %d |" % (
                c, s["lines"], s["positive"], s["spans"], s["FR"], s["QC"], s["EN"]))
    if problems:
        print("\nCOVERAGE PROBLEMS:", *problems, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
