#!/usr/bin/env python3
"""Generates data/common/gazetteer/id_regions.tsv: Indonesia's provinces and regencies/cities.

Input: db/wilayah.sql of github.com/cahyadsn/wilayah (MIT licence; codes and names per the Ministry of
Home Affairs decree, Kepmendagri). Only level 1 (provinces, code "32") and level 2 (regencies and
cities, code "32.73") are read. Recipe and exact command: tools/gazetteer/README.md.

Names: Indonesian as in the source ("Kabupaten Aceh Barat", "Kota Bandung"); English by the regular
translation of the direction words the names end with ("Aceh Barat" -> "West Aceh Regency",
"Jakarta Selatan" -> "South Jakarta", "Kepulauan Riau" -> "Riau Islands"), plus a few fixed forms.
A bare name ("Bandung") goes to the province, else the city (kota), else the regency of that name; it is
left out (and written to `guarded`) when lib.Lexicon says it is a common word, short, or a person name.
Places already in the hand-curated files keep their row there; generated rows never repeat their aliases.
"""
import argparse
import re

import gazlib as lib

SOURCE_REPO = "https://github.com/cahyadsn/wilayah"
SOURCE_FILE = "db/wilayah.sql"

DIRECTIONS = [("Barat Daya", "Southwest"), ("Barat Laut", "Northwest"), ("Timur Laut", "Northeast"),
              ("Utara", "North"), ("Selatan", "South"), ("Barat", "West"), ("Timur", "East"),
              ("Tengah", "Central"), ("Tenggara", "Southeast")]
# English names that are not the regular translation.
ENGLISH_FIXED = {
    "Daerah Khusus Ibukota Jakarta": "Jakarta",
    "Daerah Istimewa Yogyakarta": "Special Region of Yogyakarta",
    "Papua Pegunungan": "Highland Papua",
}
# Abbreviations of province names in Indonesian official and press usage (Indonesian text only).
PROVINCE_ABBREVIATIONS = {
    "Sumatera Utara": ["Sumut@id"], "Sumatera Barat": ["Sumbar@id"], "Sumatera Selatan": ["Sumsel@id"],
    "Kepulauan Bangka Belitung": ["Bangka Belitung", "=Babel@id"], "Kepulauan Riau": ["Kepri@id"],
    "Jawa Barat": ["Jabar@id"], "Jawa Tengah": ["Jateng@id"], "Jawa Timur": ["Jatim@id"],
    "Nusa Tenggara Barat": ["=NTB@id"], "Nusa Tenggara Timur": ["=NTT@id"],
    "Kalimantan Barat": ["Kalbar@id"], "Kalimantan Tengah": ["Kalteng@id"], "Kalimantan Selatan": ["Kalsel@id"],
    "Kalimantan Timur": ["Kaltim@id"], "Kalimantan Utara": ["Kaltara@id"],
    "Sulawesi Utara": ["Sulut@id"], "Sulawesi Tengah": ["Sulteng@id"], "Sulawesi Selatan": ["Sulsel@id"],
    "Sulawesi Tenggara": ["Sultra@id"], "Sulawesi Barat": ["Sulbar@id"], "Maluku Utara": ["Malut@id"],
}
RANK = {"province": 0, "kota": 1, "kabupaten": 2}  # who gets a bare name shared by several


def english(name):
    if name in ENGLISH_FIXED:
        return ENGLISH_FIXED[name]
    name = re.sub(r"\bSumatera\b", "Sumatra", re.sub(r"\bJawa\b", "Java", name))
    if name.startswith("Kepulauan "):
        return english(name[len("Kepulauan "):]) + " Islands"
    for ind, en in DIRECTIONS:
        if name.endswith(" " + ind) and len(name) > len(ind) + 1:
            return en + " " + english(name[: -len(ind) - 1])
    return name


def read_wilayah(path):
    """[(code, kind, bare Indonesian name, province code)] for levels 1 and 2."""
    out = []
    text = open(path, encoding="utf-8").read()
    for code, nama in re.findall(r"\('(\d{2}(?:\.\d{2})?)','([^']*)'\)", text):
        nama = " ".join(nama.split())
        if len(code) == 2:
            out.append((code, "province", nama, ""))
            continue
        m = re.match(r"^(Kabupaten|Kota)(?: Administrasi)? (.+)$", nama)
        if not m:
            raise SystemExit(f"unexpected level-2 name {nama!r} ({code})")
        bare = re.sub(r"^Kep\. ", "Kepulauan ", m.group(2))
        out.append((code, m.group(1).lower(), bare, code[:2]))
    return out


class Place:
    def __init__(self, code, kind, bare, prov):
        self.code, self.kind, self.bare, self.prov = code, kind, bare, prov
        self.en = english(bare)
        self.key = ""
        self.existing = False  # kept in a hand-curated file under self.key


def identify(places, existing):
    """Keys: an existing row when the hand-curated files already name the place, else a new key."""
    for p in places:
        probe = {"province": [p.bare, "Provinsi " + p.bare], "kota": [p.bare, "Kota " + p.bare],
                 "kabupaten": ["Kabupaten " + p.bare]}[p.kind]
        owners = set()
        for s in probe:
            owners |= {k for k in existing.owner(s) if existing.types[k] == "location"}
        if len(owners) == 1:
            p.key, p.existing = owners.pop(), True
        elif p.kind == "province":
            p.key = "loc:idn_" + lib.slug(p.bare)
        elif p.kind == "kota":
            p.key = "city:idn_" + lib.slug(p.bare)
        else:
            p.key = "loc:idn_kab_" + lib.slug(p.bare)


def bare_winners(places):
    """Folded bare name -> the place that may use it alone."""
    win = {}
    for p in sorted(places, key=lambda p: (RANK[p.kind], p.code)):
        win.setdefault(lib.fold(p.bare), p)
    return win


def row_for(p, places_by_code, win, existing, lexicon, src):
    prov = places_by_code.get(p.prov)
    wins = win[lib.fold(p.bare)] is p
    why = lexicon.why_guarded(p.bare)
    bare_ok = wins and not why
    guarded = []
    if wins and why:
        guarded.append(p.bare)
    aliases = lib.AliasSet()
    if p.kind == "province":
        name = p.en
        for a in [p.bare, "Provinsi " + p.bare, p.en, "Province of " + p.en, p.en + " Province"]:
            aliases.add(a)
        if "Sumatera" in p.bare:
            aliases.add(p.bare.replace("Sumatera", "Sumatra"))
        for a in PROVINCE_ABBREVIATIONS.get(p.bare, []):
            aliases.add(a)
        within = "country:idn"
    elif p.kind == "kota":
        name = p.en if bare_ok and lexicon.why_guarded(p.en) == "" else f"{p.en}, {prov.en}"
        if bare_ok:
            aliases.add(p.bare)
            aliases.add(p.en)
        aliases.add("Kota " + p.bare)
        if p.prov == "31":
            aliases.add("Kota Administrasi " + p.bare)
        aliases.add(p.en + " City")
        aliases.add("City of " + p.en)
        within = prov.key
    else:
        name = p.en + " Regency"
        if bare_ok:
            aliases.add(p.bare)
            if p.en != p.bare and not lexicon.why_guarded(p.en):
                aliases.add(p.en)
        aliases.add("Kabupaten " + p.bare)
        if p.prov == "31":
            aliases.add("Kabupaten Administrasi " + p.bare)
        aliases.add(p.en + " Regency")
        within = prov.key
    kept = [a for a in aliases.items if not (existing.owner(lib.alias_text(a)) - {p.key})]
    if lib.fold(name) not in {lib.fold(lib.alias_text(a)) for a in kept} and existing.owner(name):
        name = f"{name}, {prov.en if prov else 'Indonesia'}"
    return {"key": p.key, "type": "location", "name": name, "aliases": "|".join(kept),
            "source": src + f" code {p.code}", "within": within, "guarded": "|".join(guarded)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wilayah", required=True, help="db/wilayah.sql of cahyadsn/wilayah")
    ap.add_argument("--commit", required=True, help="commit of cahyadsn/wilayah the file comes from")
    lib.add_lexicon_args(ap)
    args = ap.parse_args()
    lib.fill_lexicon_defaults(args)
    existing = lib.Existing(skip={"id_regions.tsv", "world_cities.tsv"})
    lexicon = lib.lexicon_from_args(args, existing)
    places = [Place(*t) for t in read_wilayah(args.wilayah)]
    identify(places, existing)
    by_code = {p.code: p for p in places}
    win = bare_winners(places)
    src = "Kepmendagri codes via cahyadsn/wilayah (MIT);"
    rows = [row_for(p, by_code, win, existing, lexicon, src) for p in places if not p.existing]
    counts = {k: sum(1 for p in places if p.kind == k) for k in RANK}
    comments = lib.provenance(
        "gen_id_regions.py",
        ["Indonesia's provinces (provinsi) and regencies/cities (kabupaten/kota), Indonesian and English names;",
         f"levels 1-2: {counts['province']} provinces, {counts['kabupaten']} kabupaten, {counts['kota']} kota, "
         f"of which {sum(p.existing for p in places)} are already in hand-curated files and not repeated."],
        SOURCE_REPO, args.commit, SOURCE_FILE,
        ["MIT (Copyright (c) 2017 Cahya DSN); codes and names are official data of the Indonesian Ministry",
         "of Home Affairs (Kepmendagri). English names: regular translation of the direction words."],
        "key of the enclosing area (province, or country:idn)")
    lib.write_tsv(args.out, comments, rows)


if __name__ == "__main__":
    main()
