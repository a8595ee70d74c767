#!/usr/bin/env python3
"""Generates data/common/gazetteer/world_cities.tsv: the world's cities above a population threshold.

Inputs (recipe and exact command: tools/gazetteer/README.md):
* data/world-cities.csv of github.com/datasets/world-cities (GeoNames cities15000 with country and
  first-level subdivision names; CC BY 4.0): the cities, their current names and countries;
* a GeoNames cities15000.txt dump (CC BY): the population of each geonameid, used only to pick the
  cities above --min-population;
* Debian iso-codes' iso_3166-1.json: ISO alpha-2 -> alpha-3, i.e. the country:xxx key.

Indonesia is left out (data/common/gazetteer/id_regions.tsv covers it), and so is every city the
hand-curated files or id_regions.tsv already name. A bare name shared by several cities goes to the
largest when it is at least --dominance times as large as every other, else no city gets it alone and
each is named "Name, Country". Bare names that lib.Lexicon flags (common words, short, person names)
are written to `guarded`, and the city is named "Name, Country".
"""
import argparse
import csv
import json

import gazlib as lib

SOURCE_REPO = "https://github.com/datasets/world-cities"
SOURCE_FILE = "data/world-cities.csv"


def read_population(path):
    """geonameid -> (population, ISO alpha-2 country, ASCII name) from a GeoNames cities dump."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) > 14:
                out[c[0]] = (int(c[14] or 0), c[8], c[2])
    return out


def read_countries(iso_json, existing):
    """ISO alpha-2 -> (country key, display name in countries.tsv) for the countries kronik knows."""
    out = {}
    for c in json.load(open(iso_json, encoding="utf-8"))["3166-1"]:
        key = "country:" + c["alpha_3"].lower()
        if key in existing.types:
            out[c["alpha_2"]] = (key, existing.names[key])
    return out


class City:
    def __init__(self, row, pop, country):
        self.name = row["name"].strip()
        self.subcountry = row["subcountry"].strip() if row["subcountry"].strip() not in ("", "N/A") else ""
        self.geonameid = row["geonameid"]
        self.population, _, self.ascii = pop
        self.country_key, self.country_name = country
        self.key = f"city:{lib.slug(self.name)}_{self.country_key.split(':')[1]}"


def bare_owners(cities, all_pops, dominance):
    """Folded bare name -> the one city that may use it alone (absent when none may)."""
    groups = {}
    for c in cities:
        groups.setdefault(lib.fold(c.name), []).append(c)
    win = {}
    for folded, group in groups.items():
        group.sort(key=lambda c: (-c.population, c.geonameid))
        best = group[0]
        rivals = [p for g, p in all_pops.get(folded, []) if g != best.geonameid]
        if all(best.population >= dominance * p for p in rivals):
            win[folded] = best
    return win


def qualified_forms(c):
    """"Arlington, Texas" and "Arlington, United States": the forms that name a city with its area."""
    forms = [f"{c.name}, {c.country_name}"]
    if c.subcountry and lib.fold(c.subcountry) != lib.fold(c.name):
        forms.append(f"{c.name}, {c.subcountry}")
    return forms


def row_for(c, win, existing, lexicon, shared, src):
    why = lexicon.why_guarded(c.name)
    bare_ok = win.get(lib.fold(c.name)) is c and not why
    aliases = lib.AliasSet()
    if bare_ok:
        aliases.add(c.name)
        if c.ascii and lib.fold(c.ascii) != lib.fold(c.name) and not lexicon.why_guarded(c.ascii):
            aliases.add(c.ascii)
    for q in qualified_forms(c):
        aliases.add(q)
    kept = [a for a in aliases.items if not existing.owner(lib.alias_text(a)) and lib.fold(a) not in shared]
    unique = [q for q in qualified_forms(c) if q in kept]
    if not bare_ok and not unique:
        return None  # no form names this city alone
    return {"key": c.key, "type": "location", "name": c.name if bare_ok else unique[0],
            "aliases": "|".join(kept), "source": f"{src} geonameid {c.geonameid}",
            "within": c.country_key, "guarded": c.name if (why and win.get(lib.fold(c.name)) is c) else ""}


def drop_shared_aliases(rows):
    """An alias two generated cities would share ("Saint Louis" as the ASCII form of two names) names neither."""
    count = {}
    for r in rows:
        for a in r["aliases"].split("|"):
            count[lib.fold(a)] = count.get(lib.fold(a), 0) + 1
    out = []
    for r in rows:
        kept = [a for a in r["aliases"].split("|") if count[lib.fold(a)] == 1]
        if lib.fold(r["name"]) not in {lib.fold(a) for a in kept}:
            if not kept:
                continue
            r["name"] = kept[-1]  # the most qualified form
        r["aliases"] = "|".join(kept)
        out.append(r)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--world-cities", required=True, help="data/world-cities.csv of datasets/world-cities")
    ap.add_argument("--commit", required=True, help="commit of datasets/world-cities")
    ap.add_argument("--geonames", required=True, help="GeoNames cities15000.txt (population by geonameid)")
    ap.add_argument("--geonames-origin", required=True, help="where the GeoNames dump comes from (for the header)")
    ap.add_argument("--iso", default="/usr/share/iso-codes/json/iso_3166-1.json")
    ap.add_argument("--min-population", type=int, default=150000)
    ap.add_argument("--dominance", type=float, default=3.0)
    lib.add_lexicon_args(ap)
    args = ap.parse_args()
    lib.fill_lexicon_defaults(args)
    existing = lib.Existing(skip={"world_cities.tsv"})
    lexicon = lib.lexicon_from_args(args, existing)
    pops = read_population(args.geonames)
    countries = read_countries(args.iso, existing)
    rows_in = list(csv.DictReader(open(args.world_cities, encoding="utf-8", newline="")))
    all_pops = {}
    for r in rows_in:
        if r["geonameid"] in pops:
            all_pops.setdefault(lib.fold(r["name"]), []).append((r["geonameid"], pops[r["geonameid"]][0]))
    cities = []
    for r in rows_in:
        p = pops.get(r["geonameid"])
        if not p or p[0] < args.min_population or p[1] == "ID" or p[1] not in countries:
            continue
        c = City(r, p, countries[p[1]])
        if any(existing.owner(s) for s in [c.name, c.ascii] + qualified_forms(c)):
            continue  # already named by a hand-curated file or id_regions.tsv (or a country: "Kuwait")
        cities.append(c)
    keys = {}
    for c in cities:
        keys.setdefault(c.key, []).append(c)
    for same in keys.values():
        if len(same) > 1:  # two cities of one name in one country: the geonameid tells them apart
            for c in same:
                c.key += f"_{c.geonameid}"
    win = bare_owners(cities, all_pops, args.dominance)
    qualified_count = {}
    for c in cities:
        for q in qualified_forms(c):
            qualified_count[lib.fold(q)] = qualified_count.get(lib.fold(q), 0) + 1
    shared = {q for q, n in qualified_count.items() if n > 1}  # "Suzhou, China" names two cities
    src = "GeoNames via datasets/world-cities (CC BY 4.0);"
    rows = [r for r in (row_for(c, win, existing, lexicon, shared, src) for c in cities) if r]
    rows = drop_shared_aliases(rows)
    comments = lib.provenance(
        "gen_world_cities.py",
        [f"World cities with at least {args.min_population} inhabitants (GeoNames population), outside Indonesia",
         "and not already in the hand-curated files; names as GeoNames writes them, with their country."],
        SOURCE_REPO, args.commit, f"{SOURCE_FILE}; population from {args.geonames_origin}",
        ["CC BY 4.0 (data: GeoNames, https://www.geonames.org/; packaging: datasets/world-cities)."],
        "key of the country")
    lib.write_tsv(args.out, comments, rows)


if __name__ == "__main__":
    main()
