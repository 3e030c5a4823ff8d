import re, json, unicodedata

KIND = {'P':'person_name','T':'phone','E':'email','A':'address','Z':'postal_code',
        'D':'date_of_birth','U':'url','I':'ip','N':'nir','S':'sin','R':'ramq','B':'iban'}

def nir_key(d13):
    d = d13.replace('2A','19').replace('2B','18')
    return 97 - (int(d) % 97)

def nir(spec):
    # spec: digits with optional spaces/dots, 13 'digits' (2A/2B allowed); key appended with the same separator
    sep = ' ' if ' ' in spec else ('\u00a0' if '\u00a0' in spec else ('.' if '.' in spec else ''))
    raw = re.sub(r'[ .\u00a0]', '', spec)
    assert len(raw) == 13, spec
    k = nir_key(raw)
    return spec + sep + '%02d' % k

def nir_valid(s):
    raw = re.sub(r'[ .\u00a0]', '', s)
    if len(raw) != 15: return False
    return nir_key(raw[:13]) == int(raw[13:])

def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9: n -= 9
        tot += n
    return tot % 10 == 0

def sin(d8, fmt='sp'):
    assert len(d8) == 8 and d8[0] in '12345679'
    for c in '0123456789':
        if luhn_ok(d8 + c):
            d = d8 + c; break
    if fmt == 'sp': return d[:3] + ' ' + d[3:6] + ' ' + d[6:]
    if fmt == 'dash': return d[:3] + '-' + d[3:6] + '-' + d[6:]
    if fmt == 'nb': return d[:3] + '\u00a0' + d[3:6] + '\u00a0' + d[6:]
    return d

def iban_conv(s):
    return ''.join(str(int(c, 36)) for c in s)

def iban(cc, bban, fmt='g'):
    chk = 98 - int(iban_conv(bban + cc + '00')) % 97
    s = cc + '%02d' % chk + bban
    assert int(iban_conv(s[4:] + s[:4])) % 97 == 1
    if fmt == 'g': return ' '.join(s[i:i+4] for i in range(0, len(s), 4))
    return s

def iban_valid(s):
    s = re.sub(r'\s', '', s)
    return int(iban_conv(s[4:] + s[:4])) % 97 == 1

def rib_key(bank, guichet, acct):
    return 97 - ((89*int(bank) + 15*int(guichet) + 3*int(acct)) % 97)

def fr_bban(bank, guichet, acct):
    return bank + guichet + acct + '%02d' % rib_key(bank, guichet, acct)

def be_bban(d10):
    m = int(d10) % 97
    return d10 + '%02d' % (m if m else 97)

def expand(tok):
    # ${func:args} inside span content
    def rep(m):
        f, a = m.group(1), m.group(2).split('|')
        if f == 'nir': return nir(a[0])
        if f == 'sin': return sin(a[0], a[1] if len(a) > 1 else 'sp')
        if f == 'ibanfr': return iban('FR', fr_bban(a[0], a[1], a[2]), a[3] if len(a) > 3 else 'g')
        if f == 'ibanbe': return iban('BE', be_bban(a[0]), a[1] if len(a) > 1 else 'g')
        if f == 'ibanch': return iban('CH', a[0], a[1] if len(a) > 1 else 'g')
        if f == 'ibanlu': return iban('LU', a[0], a[1] if len(a) > 1 else 'g')
        raise ValueError(f)
    return re.sub(r'\$\{(\w+):([^}]*)\}', rep, tok)

PAT = re.compile(r'⟦([A-Z])\|(.*?)⟧', re.S)

def build(markup, nfd=False):
    text = ''
    spans = []
    pos = 0
    norm = (lambda s: unicodedata.normalize('NFD', s)) if nfd else (lambda s: unicodedata.normalize('NFC', s))
    for m in PAT.finditer(markup):
        text += norm(expand(markup[pos:m.start()]))
        val = norm(expand(m.group(2)))
        st = len(text)
        text += val
        spans.append({'start': st, 'end': len(text), 'kind': KIND[m.group(1)], '_val': val})
        pos = m.end()
    text += norm(expand(markup[pos:]))
    assert '⟦' not in text and '⟧' not in text, markup
    return text, spans
