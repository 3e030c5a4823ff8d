# checksum-valid (and deliberately invalid) identifier generators
def nir(sex, yy, mm, dep, com, order, bad=False):
    body = f"{sex}{yy}{mm}{dep}{com}{order}"
    num = body.replace("2A", "19").replace("2B", "18")
    key = 97 - (int(num) % 97)
    if bad: key = (key % 97) + 1 if key != 97 else 1
    return body + f"{key:02d}"

def nir_fmt(s, style):
    if style == "sp":  return " ".join([s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:15]])
    if style == "blk": return s
    if style == "13+2": return s[:13] + " " + s[13:]
    if style == "dot": return ".".join([s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:15]])
    if style == "nbsp": return "\u00a0".join([s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:15]])

def luhn_ok(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        t += x
    return t % 10 == 0

def sin(prefix8):
    for c in "0123456789":
        if luhn_ok(prefix8 + c): return prefix8 + c

def sin_bad(prefix8):
    good = sin(prefix8)
    return prefix8 + str((int(good[-1]) + 3) % 10)

def sin_fmt(s, sep):
    return sep.join([s[:3], s[3:6], s[6:]]) if sep is not None else s

def ramq(surname, given, y, m, d, female, nn):
    import unicodedata
    def strip(x):
        x = unicodedata.normalize("NFD", x)
        return "".join(c for c in x if c.isalpha() and ord(c) < 128).upper()
    s = strip(surname)[:3].ljust(3, "X")
    g = strip(given)[0]
    mm = m + 50 if female else m
    return f"{s}{g}{y % 100:02d}{mm:02d}{d:02d}{nn:02d}"

def ramq_fmt(r, sep):
    return sep.join([r[:4], r[4:8], r[8:]]) if sep is not None else r

def _conv(s):
    return "".join(str(int(c, 36)) for c in s)

def iban(cc, bban):
    chk = 98 - (int(_conv(bban + cc + "00")) % 97)
    return f"{cc}{chk:02d}{bban}"

def iban_ok(s):
    s = s.replace(" ", "")
    return int(_conv(s[4:] + s[:4])) % 97 == 1

def fr_bban(bank, branch, acct):
    # RIB key
    conv = {}
    for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
        conv[c] = str("123456789123456789234567890"[i])
    a = "".join(conv.get(c, c) for c in acct)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(a)) % 97)
    return f"{bank}{branch}{acct}{key:02d}"

def be_bban(bank3, acct7):
    n = int(bank3 + acct7) % 97
    n = 97 if n == 0 else n
    return f"{bank3}{acct7}{n:02d}"

def iban_fmt(s, grouped=True):
    return " ".join(s[i:i+4] for i in range(0, len(s), 4)) if grouped else s
