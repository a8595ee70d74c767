#!/usr/bin/env python3
"""Validate kronik's gazetteer and title lexicons (see docs/gazetteer.md).

Usage:
    python3 scripts/check_gazetteer.py [--data DIR] [--warn-collisions] [EXTRA_ENTITY_FILE ...]

Checks every data/common/gazetteer/*.tsv entity file (9 columns, unique keys, valid types, QID and ISO
formats, well-formed alias markers, metonym_of pointing at an existing key), offices.tsv (existing person
and country keys, known office names, parseable ISO dates, start <= end) and data/{id,en}/titles.tsv.
Extra entity files given on the command line (user gazetteers loaded with --gazetteer) are checked too
may refer to keys in the shipped files, and may repeat a shipped key to add aliases to it. Prints one line per problem and exits 1 if there are errors.
"""
import argparse
import glob
import os
import re
import sys

ENTITY_HEADER = ["key", "type", "name", "qid", "iso", "aliases", "demonyms", "metonym_of", "source"]
OFFICE_HEADER = ["person_key", "office", "country_key", "start", "end", "source"]
TITLE_HEADER = ["title", "office", "kind"]
TYPES = {"country", "location", "organization", "person", "group"}
# Which entity types each key prefix may carry.
PREFIX_TYPES = {
    "country": {"country", "location"},
    "city": {"location"},
    "loc": {"location"},
    "place": {"location"},
    "org": {"organization"},
    "media": {"organization"},  # news agencies and outlets: reporters, never speakers of their own
    "person": {"person"},
    "group": {"group"},
}
OFFICES = {
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister", "supreme_leader",
    "spokesperson", "vice_president", "deputy_prime_minister", "un_secretary_general", "secretary_general",
    "eu_commission_president", "eu_council_president",
    "leader",  # titles only: "Pemimpin Korea Utara" = supreme leader, else head of state, else of government
}
KINDS = {"office", "honorific", "role"}
KEY_RE = re.compile(r"^[a-z]+:[a-z0-9_]+$")
QID_RE = re.compile(r"^Q[1-9][0-9]*$")
ISO_RE = re.compile(r"^[A-Z]{3}$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
# Aliases that must never appear (ambiguous; see docs/gazetteer.md).
FORBIDDEN_ALIASES = {"korea", "kementerian luar negeri", "ministry of foreign affairs", "foreign ministry"}

errors = []
warnings = []


def err(path, line, msg):
    errors.append(f"{path}:{line}: {msg}")


def rows(path):
    """Yields (line_number, fields) for the non-comment, non-blank lines of a TSV file."""
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            yield n, line.split("\t")


def parse_alias(a):
    """Returns (surface, exact, lang) or None if malformed."""
    exact = a.startswith("=")
    if exact:
        a = a[1:]
    lang = ""
    m = re.match(r"^(.*)@([a-z]{2})$", a)
    if m:
        a, lang = m.group(1), m.group(2)
        if lang not in ("id", "en"):
            return None
    if not a.strip() or a != a.strip() or "=" in a[:1]:
        return None
    return a, exact, lang


def fold(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", s).split())


def date_key(s):
    m = DATE_RE.match(s)
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    import datetime
    try:
        datetime.date(y, mo, d)
    except ValueError:
        return None
    return (y, mo, d)


def check_entities(files, extra=()):
    entities = {}  # key -> (path, line, type)
    metonyms = []
    surfaces = {}  # (folded, lang) -> set of keys
    extra = set(extra)
    for path in files:
        header_seen = False
        for n, f in rows(path):
            if not header_seen:
                if f != ENTITY_HEADER:
                    err(path, n, f"header must be {' '.join(ENTITY_HEADER)}")
                header_seen = True
                continue
            if len(f) != 9:
                err(path, n, f"expected 9 columns, got {len(f)}")
                continue
            key, typ, name, qid, iso, aliases, demonyms, metonym, source = f
            if not KEY_RE.match(key):
                err(path, n, f"bad key {key!r}")
            prefix = key.split(":", 1)[0]
            if typ not in TYPES:
                err(path, n, f"bad type {typ!r}")
            elif prefix in PREFIX_TYPES and typ not in PREFIX_TYPES[prefix]:
                err(path, n, f"key prefix {prefix!r} does not fit type {typ!r}")
            if key in entities:
                p, l, t = entities[key]
                if path in extra and p not in extra:
                    # A user file may add aliases to a shipped entity (docs/gazetteer.md).
                    if typ != t:
                        err(path, n, f"{key} repeats a shipped key with another type ({typ} vs {t})")
                else:
                    err(path, n, f"duplicate key {key} (first at {p}:{l})")
            else:
                entities[key] = (path, n, typ)
            if not name.strip():
                err(path, n, "empty name")
            if qid and not QID_RE.match(qid):
                err(path, n, f"bad QID {qid!r}")
            if iso and not ISO_RE.match(iso):
                err(path, n, f"bad ISO alpha-3 {iso!r}")
            if not source.strip():
                err(path, n, "empty source")
            if aliases:
                for a in aliases.split("|"):
                    p = parse_alias(a)
                    if p is None:
                        err(path, n, f"malformed alias {a!r}")
                        continue
                    folded = fold(p[0])
                    if folded in FORBIDDEN_ALIASES:
                        err(path, n, f"forbidden ambiguous alias {a!r}")
                    surfaces.setdefault((folded, p[1], p[2]), set()).add(key)
            elif typ != "person":
                warnings.append(f"{path}:{n}: {key} has no aliases")
            for d in (demonyms.split("|") if demonyms else []):
                if not d.strip():
                    err(path, n, "empty demonym")
            if metonym:
                metonyms.append((path, n, metonym))
        if not header_seen:
            err(path, 1, "missing header line")
    for path, n, m in metonyms:
        if m not in entities:
            err(path, n, f"metonym_of {m!r} is not a known key")
    collisions = {s: k for s, k in surfaces.items() if len(k) > 1}
    return entities, collisions


def check_offices(path, entities):
    header_seen = False
    for n, f in rows(path):
        if not header_seen:
            if f != OFFICE_HEADER:
                err(path, n, f"header must be {' '.join(OFFICE_HEADER)}")
            header_seen = True
            continue
        if len(f) != 6:
            err(path, n, f"expected 6 columns, got {len(f)}")
            continue
        person, office, country, start, end, source = f
        if person not in entities or entities[person][2] != "person":
            err(path, n, f"unknown person {person!r}")
        if office not in OFFICES:
            err(path, n, f"unknown office {office!r}")
        if country not in entities or entities[country][2] not in ("country", "organization"):
            err(path, n, f"country_key {country!r} is not a known country or organisation")
        ks = date_key(start) if start else ()
        ke = date_key(end) if end else ()
        if ks is None:
            err(path, n, f"bad start date {start!r}")
        if ke is None:
            err(path, n, f"bad end date {end!r}")
        if ks and ke and ks > ke:
            err(path, n, f"start {start} after end {end}")
        if not source.strip():
            err(path, n, "empty source")


def check_titles(path):
    header_seen = False
    seen = {}
    for n, f in rows(path):
        if not header_seen:
            if f != TITLE_HEADER:
                err(path, n, f"header must be {' '.join(TITLE_HEADER)}")
            header_seen = True
            continue
        if len(f) != 3:
            err(path, n, f"expected 3 columns, got {len(f)}")
            continue
        title, office, kind = f
        if not title.strip():
            err(path, n, "empty title")
        if kind not in KINDS:
            err(path, n, f"bad kind {kind!r}")
        if office and office not in OFFICES:
            err(path, n, f"unknown office {office!r}")
        if kind == "office" and not office:
            err(path, n, "kind office needs an office")
        k = title.casefold()
        if k in seen:
            err(path, n, f"duplicate title {title!r} (first at line {seen[k]})")
        seen[k] = n


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=os.path.join(here, "..", "data"))
    ap.add_argument("--warn-collisions", action="store_true",
                    help="list aliases shared by several keys (informational)")
    ap.add_argument("extra", nargs="*", help="extra entity files in the gazetteer format")
    args = ap.parse_args()
    gdir = os.path.join(args.data, "common", "gazetteer")
    files = sorted(p for p in glob.glob(os.path.join(gdir, "*.tsv")) if os.path.basename(p) != "offices.tsv")
    if not files:
        err(gdir, 0, "no entity files found")
    entities, collisions = check_entities(files + args.extra, args.extra)
    offices = os.path.join(gdir, "offices.tsv")
    if os.path.exists(offices):
        check_offices(offices, entities)
    else:
        err(offices, 0, "missing")
    for lang in ("id", "en"):
        p = os.path.join(args.data, lang, "titles.tsv")
        if os.path.exists(p):
            check_titles(p)
        else:
            err(p, 0, "missing")
    if args.warn_collisions:
        for (s, exact, lang), keys in sorted(collisions.items()):
            warnings.append(f"alias {s!r}{' (exact)' if exact else ''}{'@' + lang if lang else ''} shared by {', '.join(sorted(keys))}")
    for w in warnings:
        print("warning: " + w)
    for e in errors:
        print("error: " + e)
    print(f"{len(entities)} entities, {len(collisions)} shared aliases, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
