#!/usr/bin/env python3
"""
Generates data/companies.json: the listed companies of the large stock indices (S&P 500, 600 and
100, Nasdaq 100, Dow Jones, FTSE 100, DAX, MDAX, SDAX, TecDAX, CAC 40, CAC Mid 60, AEX, BEL 20,
IBEX 35, Euro Stoxx 50, Switzerland 20, OMX Stockholm 30, OMX Helsinki 25, Nikkei 225) as
Organization entries of the gazetteer, so that "Symrise", "Aperam" or "Swedbank" are companies
wherever they stand, not only after a cue.

Source: pytickersymbols 1.17.10 (MIT; index constituents from Wikipedia), not a dependency of kg:

    pip download --no-deps -d /tmp/pts pytickersymbols==1.17.10 && unzip -o -q /tmp/pts/*.whl -d /tmp/pts
    PYTHONPATH=/tmp/pts python3 scripts/companies.py      # writes data/companies.json

A short name is the listed name without its legal form ("The Coca-Cola Company" → "Coca-Cola",
"Lindsay Corporation" → "Lindsay"); the listed name stays as an alias. Left out: names the
gazetteer already has and names under MIN_LENGTH letters. Marked ambiguous (kg takes them only
with a cue, mentions.ts): one-word names that are a word of a Debian word list (wamerican,
wngerman, wfrench, wspanish, wdutch), a given name of data/given-names.json or a place of
data/places.json, or an acronym of up to four capitals ("Target", "Visa", "Lindsay", "AES").
"""
import json
import os
import re
import sys
import unicodedata

from pytickersymbols import PyTickerSymbols

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
MIN_LENGTH = 3
WORD_LISTS = ['american-english', 'ngerman', 'french', 'spanish', 'dutch']
LEGAL_FORMS = r'(?:,?\s+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|Company|Ltd\.?|Limited|plc|PLC|AG|SE|S\.?A\.?|N\.?V\.?|NV|SpA|S\.p\.A\.|ASA|AB|Oyj|A/S|K\.K\.|& Co\.?(?: KGaA)?|KGaA|GmbH|Holding(?:s)? AG|L\.?P\.?|LLC))+$'


def key(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).casefold()
    return ' '.join(re.sub(r'[^\w]+', ' ', s).split())


def short(name):
    n = re.sub(LEGAL_FORMS, '', name.strip())
    n = re.sub(r'^The\s+', '', n)
    return n.strip(' ,')


def main():
    words = set()
    for f in WORD_LISTS:
        path = os.path.join('/usr/share/dict', f)
        if os.path.exists(path):
            with open(path, encoding='utf-8', errors='ignore') as fh:
                words.update(w.strip().casefold() for w in fh if w.strip())
    with open(os.path.join(ROOT, 'data/gazetteer.json'), encoding='utf-8') as fh:
        gazetteer = json.load(fh)['entities']
    with open(os.path.join(ROOT, 'data/places.json'), encoding='utf-8') as fh:
        places = json.load(fh)['entities']
    with open(os.path.join(ROOT, 'data/given-names.json'), encoding='utf-8') as fh:
        given = {n.casefold() for n in json.load(fh)['latin']}
    known = {key(n) for e in gazetteer for n in [e['name'], *e.get('aliases', [])]}
    place_names = {key(n) for e in places for n in [e['name'], *e.get('aliases', [])]}

    out = {}
    for stock in PyTickerSymbols().get_all_stocks():
        listed = stock['name'].strip()
        name = short(listed)
        if len(re.sub(r'\W', '', name)) < MIN_LENGTH or key(name) in known or key(listed) in known or key(name) in out:
            continue
        aliases = sorted({listed} - {name})
        one_word = len(name.split()) == 1
        # A short acronym is too often something else ("AES", "ADP").
        acronym = re.fullmatch(r'[A-Z0-9&]{2,4}', name) is not None
        ambiguous = one_word and (acronym or name.casefold() in words or name.casefold() in given or key(name) in place_names)
        entry = {'name': name, 'type': 'Organization', 'aliases': aliases}
        if ambiguous:
            entry['ambiguous'] = True
        out[key(name)] = entry
    entities = sorted(out.values(), key=lambda e: e['name'].casefold())
    target = os.path.join(ROOT, 'data/companies.json')
    with open(target + '.tmp', 'w', encoding='utf-8') as fh:
        json.dump({'version': 1, 'entities': entities}, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    os.replace(target + '.tmp', target)
    print(f'{len(entities)} companies, {sum(1 for e in entities if e.get("ambiguous"))} ambiguous', file=sys.stderr)


if __name__ == '__main__':
    main()
