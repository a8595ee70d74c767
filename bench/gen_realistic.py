#!/usr/bin/env python3
"""Generate a realistic, deterministic news archive for kronik's scale benchmark.

bench/gen_corpus.py writes articles from a handful of templates: every article looks alike and
the cross-document merge never meets what a real archive gives it. This generator starts from
REAL articles read at run time from the folders given on the command line (by default the
repository's examples/ plus ../shared/seeds and ../shared/eval/dev/texts when present; .txt,
.html/.htm and .jsonl files) and varies them:

  * each source article is split into sentences, its language guessed from function words;
  * person names, countries and places found in a sentence (kronik's own gazetteer,
    data/common/gazetteer/*.tsv) become slots, and so do dates ("Senin (14/7/2025)",
    "14 Juli 2025", "July 14, 2025", "on Tuesday", bare years);
  * a pool of "happenings" (about one per --per-happening articles: a few thousand for 50k
    articles), each with a date over several years, two persons, two countries and a place,
    drawn with a skewed distribution so that the same parties meet again on many dates;
  * every output article reports one happening: it takes a source article of a language,
    replaces part of its sentences with sentences of other articles of the same language,
    and fills every slot with the happening's parties, place and date in that language's
    patterns;
  * metadata is dropped in a share of the documents (published, url, language absent).

Output: one JSON object per line, {"id", "url", "text", "published", "language"} with the
optional fields left out where dropped, like a crawler's dump. The same arguments and the same
input files always give byte-identical output (random.Random(seed), sorted inputs, no clock).

The source texts are read, never copied into the repository: --out must lie outside it (a
build*/ folder, which git ignores, is allowed).

Usage:
    python3 bench/gen_realistic.py --out /tmp/corpus.jsonl --articles 20000 --seed 1 [SOURCE_DIR...]
"""

import argparse
import bisect
import datetime
import html
import json
import os
import random
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GAZETTEER = os.path.join(REPO, "data", "common", "gazetteer")

# --- language --------------------------------------------------------------------------------

# A handful of very frequent function words per language is enough to tell the two apart.
FUNCTION_WORDS = {
    "id": set("yang dan di ke dari dengan untuk pada itu ini dalam tidak akan juga telah "
              "oleh sebagai kata bahwa atau".split()),
    "en": set("the and of to in is was that with for on are by said has have it from "
              "at as".split()),
}
WORD_RE = re.compile(r"[A-Za-z]+")


def guess_language(text):
    counts = {lang: 0 for lang in FUNCTION_WORDS}
    for w in WORD_RE.findall(text.lower()):
        for lang, words in FUNCTION_WORDS.items():
            if w in words:
                counts[lang] += 1
    return "id" if counts["id"] >= counts["en"] else "en"


# --- reading sources -------------------------------------------------------------------------

TAG_BREAK_RE = re.compile(r"(?is)<(script|style)\b.*?</\1>|<br\s*/?>|</(p|div|h[1-6]|li|title|tr)>")
TAG_RE = re.compile(r"(?s)<[^>]*>")


def html_to_text(raw):
    text = TAG_BREAK_RE.sub(lambda m: "" if m.group(1) else "\n", raw)
    return html.unescape(TAG_RE.sub("", text))


def read_texts(path):
    """Article texts held by one file (one for .txt/.html, one per line for .jsonl)."""
    with open(path, encoding="utf-8", errors="replace") as f:
        raw = f.read()
    ext = os.path.splitext(path)[1].lower()
    if ext in (".jsonl", ".ndjson"):
        out = []
        for line in raw.splitlines():
            try:
                doc = json.loads(line)
            except ValueError:
                continue
            if isinstance(doc, dict) and isinstance(doc.get("text"), str):
                out.append(doc["text"])
        return out
    if ext in (".html", ".htm"):
        return [html_to_text(raw)]
    return [raw]


def list_source_files(dirs):
    files = []
    for d in dirs:
        if os.path.isfile(d):
            files.append(d)
            continue
        for root, subdirs, names in os.walk(d):
            subdirs[:] = sorted(s for s in subdirs if not s.startswith("."))
            for n in sorted(names):
                if not n.startswith(".") and os.path.splitext(n)[1].lower() in (
                        ".txt", ".html", ".htm", ".jsonl", ".ndjson"):
                    files.append(os.path.join(root, n))
    return files


# Sentence ends: ". " before a capital or a quote, and scraped text glued with no space
# ("TASS 13.\"Kamerad", "Utara)JAKARTA") where a lower-case letter or digit ends the sentence.
SENTENCE_END_RE = re.compile(r"(?<=[.!?])[\"”']?\s+(?=[\"“]?[A-Z])|(?<=[a-z0-9][.!?])(?=[\"“]?[A-Z])")


def split_paragraphs(text):
    """Paragraphs (lists of sentences) of one article, blank lines dropped."""
    paragraphs = []
    for line in text.splitlines():
        line = line.strip()
        if line:
            paragraphs.append([s.strip() for s in SENTENCE_END_RE.split(line) if s and s.strip()])
    return [p for p in paragraphs if p]


# --- gazetteer -------------------------------------------------------------------------------

def read_tsv(name, header):
    rows = []
    with open(os.path.join(GAZETTEER, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if cells[0] == header:
                continue
            rows.append(cells + [""] * (9 - len(cells)))
    return rows


def plain_alias(alias):
    """Alias text without kronik's markers ("=RI@id" -> "RI"), or None for language-bound ones."""
    alias = alias.strip()
    if alias.startswith("="):
        alias = alias[1:]
    return alias.split("@")[0].strip() or None


ID_FORMAL_PREFIXES = ("Republi", "Federa", "Kerajaan", "Negara", "Negeri", "Kesultanan",
                      "Keamiran", "Persemakmuran", "Emirat", "Kepulauan")


def indonesian_country_name(name, aliases):
    """The short Indonesian name of a country: the first plain alias other than the English name."""
    for a in aliases:
        if a.startswith("=") or "@" in a or a == name or a.startswith(ID_FORMAL_PREFIXES):
            continue
        if len(a.split()) <= 3 and not any(w in a for w in ("Republic", "of ", "Kingdom", "State")):
            return a
    return name


class Gazetteer:
    """Persons, countries and places of kronik's gazetteer, with forms for both languages."""

    def __init__(self, calendar_words):
        self.entities = {}   # key -> {"kind", "en", "id", "short", "country"}
        self.surface = {}    # surface form -> (key, style)
        countries = {r[0]: r for r in read_tsv("countries.tsv", "key")}
        office_country = {}
        for r in read_tsv("offices.tsv", "person_key"):
            if r[2].startswith("country:"):
                office_country.setdefault(r[0], r[2])
        family_first = set()
        with open(os.path.join(os.path.dirname(GAZETTEER), "name_order.tsv"), encoding="utf-8") as f:
            for line in f:
                cells = line.rstrip("\n").split("\t")
                if len(cells) >= 2 and cells[1] == "family_first":
                    family_first.add(cells[0])
        for key, r in countries.items():
            aliases = [a for a in r[5].split("|") if a]
            self.entities[key] = {"kind": "country", "en": r[2],
                                  "id": indonesian_country_name(r[2], aliases)}
            for a in aliases + [r[2]]:
                self._add_surface(plain_alias(a), key, "name")
        for r in read_tsv("persons.tsv", "key"):
            country = office_country.get(r[0], "")
            words = r[2].split()
            short = words[0] if country in family_first else words[-1]
            self.entities[r[0]] = {"kind": "person", "en": r[2], "id": r[2], "short": short,
                                   "country": country}
            for a in [r[2]] + r[5].split("|"):
                a = plain_alias(a) if a else None
                self._add_surface(a, r[0], "full")
                if a and len(a.split()) >= 2:
                    for w in (a.split()[0], a.split()[-1]):
                        if len(w) >= 3 and w[0].isupper() and w.lower() not in calendar_words:
                            self.surface.setdefault(w, (r[0], "short"))
        for r in read_tsv("cities.tsv", "key"):
            if not r[0].startswith("city:"):
                continue
            aliases = [a for a in r[5].split("|") if a]
            id_form = plain_alias(aliases[0]) if aliases and not aliases[0].startswith("=") else r[2]
            self.entities[r[0]] = {"kind": "city", "en": r[2].split(",")[0], "id": id_form or r[2],
                                   "country": r[7]}
            for a in aliases + [r[2]]:
                a = plain_alias(a)
                self._add_surface(a, r[0], "name")
                if a:
                    self._add_surface(a.upper(), r[0], "upper")
        # Surface forms that are also ordinary function words would replace too much.
        for w in list(self.surface):
            if w.lower() in calendar_words or len(w) < 3:
                del self.surface[w]
        names = sorted(self.surface, key=lambda s: (-len(s), s))
        self.pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")

    def _add_surface(self, text, key, style):
        if text:
            self.surface.setdefault(text, (key, style))


# --- dates -----------------------------------------------------------------------------------

MONTHS = {
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}
WEEKDAYS = {
    "id": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
_WD = "|".join(WEEKDAYS["id"] + WEEKDAYS["en"])
_MO = "|".join(MONTHS["id"] + MONTHS["en"] + ["Pebruari", "Nopember", "Sept", "Jan", "Feb", "Mar",
                                               "Apr", "Jun", "Jul", "Aug", "Agu", "Okt", "Oct",
                                               "Nov", "Dec", "Des"])
# Order matters: the longest pattern of a place is tried first.
DATE_PATTERNS = [
    ("wd_numeric", r"(?:%s),?\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)" % _WD),   # Senin (14/7/2025)
    ("wd_dmy", r"(?:%s),?\s+\d{1,2}\s+(?:%s)\.?\s+\d{4}" % (_WD, _MO)),     # Senin, 14 Juli 2025
    ("numeric", r"\d{1,2}/\d{1,2}/\d{4}"),                                  # 14/07/2025
    ("mdy", r"(?:%s)\.?\s+\d{1,2},\s+\d{4}" % _MO),                         # July 14, 2025
    ("dmy", r"\d{1,2}\s+(?:%s)\.?\s+\d{4}" % _MO),                          # 14 Juli 2025
    ("md", r"(?:%s)\.?\s+\d{1,2}(?![\d,])" % _MO),                          # July 14
    ("dm", r"\d{1,2}\s+(?:%s)(?![\w])" % _MO),                              # 14 Juli
    ("weekday", r"(?:%s)(?![\w])" % _WD),                                    # on Tuesday
    ("year", r"(?:19[89]\d|20[0-3]\d)(?![\d/])"),                           # 2024
]
DATE_RE = re.compile(r"(?<![\w/])(?:" + "|".join("(?P<%s>%s)" % p for p in DATE_PATTERNS) + ")")


def format_date(style, lang, d):
    months, days = MONTHS[lang], WEEKDAYS[lang]
    if style == "wd_numeric":
        return "%s (%d/%d/%d)" % (WEEKDAYS["id"][d.weekday()], d.day, d.month, d.year)
    if style == "wd_dmy":
        return "%s, %d %s %d" % (days[d.weekday()], d.day, months[d.month - 1], d.year)
    if style == "numeric":
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if style == "mdy":
        return "%s %d, %d" % (MONTHS["en"][d.month - 1], d.day, d.year)
    if style == "dmy":
        return "%d %s %d" % (d.day, months[d.month - 1], d.year)
    if style == "md":
        return "%s %d" % (MONTHS["en"][d.month - 1], d.day)
    if style == "dm":
        return "%d %s" % (d.day, months[d.month - 1])
    if style == "weekday":
        return days[d.weekday()]
    return str(d.year)


# Dates an article without any gets in its first sentence, per language.
LEAD_DATE_STYLES = {"id": ["wd_numeric", "wd_numeric", "dmy", "weekday"],
                    "en": ["mdy", "dmy", "weekday", "weekday"]}
LEAD_DATE_CUE = {"id": " pada ", "en": " on "}


# --- sentence templates ----------------------------------------------------------------------

def make_template(sentence, gaz):
    """A sentence as literal strings and slots: ("p"|"c"|"l", original key, style) or ("d", style)."""
    spans = []
    for m in gaz.pattern.finditer(sentence):
        key, style = gaz.surface[m.group(0)]
        kind = gaz.entities[key]["kind"]
        spans.append((m.start(), m.end(), ({"person": "p", "country": "c", "city": "l"}[kind], key, style)))
    taken = [(s, e) for s, e, _ in spans]
    for m in DATE_RE.finditer(sentence):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            spans.append((m.start(), m.end(), ("d", m.lastgroup)))
    spans.sort()
    parts, pos = [], 0
    for s, e, slot in spans:
        if s > pos:
            parts.append(sentence[pos:s])
        parts.append(slot)
        pos = e
    if pos < len(sentence):
        parts.append(sentence[pos:])
    return tuple(parts)


class Source:
    """One source article: its language and its paragraphs of sentence templates."""

    def __init__(self, lang, paragraphs):
        self.lang = lang
        self.paragraphs = paragraphs


def load_sources(dirs, gaz):
    sources = []
    for path in list_source_files(dirs):
        for text in read_texts(path):
            paragraphs = split_paragraphs(text)
            if sum(len(p) for p in paragraphs) < 2:
                continue
            lang = guess_language(text)
            sources.append(Source(lang, [[make_template(s, gaz) for s in p] for p in paragraphs]))
    return sources


# --- happenings and articles -----------------------------------------------------------------

def skewed_picker(rng, items, exponent=1.1):
    """A function drawing items with Zipf-like weights (rank r weighs 1/r^exponent), in a
    random rank order so that which items are frequent depends on the seed only."""
    items = list(items)
    rng.shuffle(items)
    cum, total = [], 0.0
    for r in range(len(items)):
        total += 1.0 / (r + 1) ** exponent
        cum.append(total)
    return lambda: items[bisect.bisect_left(cum, rng.random() * total)]


class Happening:
    __slots__ = ("date", "persons", "countries", "places")

    def __init__(self, date, persons, countries, places):
        self.date, self.persons, self.countries, self.places = date, persons, countries, places


def make_happenings(rng, gaz, count, first_year, years):
    persons = sorted(k for k, e in gaz.entities.items() if e["kind"] == "person" and e.get("country"))
    pick_person = skewed_picker(rng, persons)
    capitals = {}
    for k, e in sorted(gaz.entities.items()):
        if e["kind"] == "city" and e.get("country"):
            capitals.setdefault(e["country"], []).append(k)
    all_cities = sorted(k for k, e in gaz.entities.items() if e["kind"] == "city")
    start = datetime.date(first_year, 1, 1).toordinal()
    span = datetime.date(first_year + years, 1, 1).toordinal() - start
    out = []
    for _ in range(count):
        a, b = pick_person(), pick_person()
        for _ in range(20):  # parties of two countries, as in most diplomatic news
            if gaz.entities[b]["country"] != gaz.entities[a]["country"]:
                break
            b = pick_person()
        while b == a:
            b = pick_person()
        ca, cb = gaz.entities[a]["country"], gaz.entities[b]["country"]
        host = ca if rng.random() < 0.5 else cb
        places = capitals.get(host) or [rng.choice(all_cities)]
        out.append(Happening(datetime.date.fromordinal(start + rng.randrange(span)),
                             [a, b], [ca, cb] if ca != cb else [ca], [rng.choice(places)]))
    return out


class ArticleWriter:
    """Fills sentence templates with one happening's parties, place and date."""

    def __init__(self, gaz):
        self.gaz = gaz

    def fill(self, template, lang, happening, mapping):
        ents = self.gaz.entities
        out = []
        for part in template:
            if isinstance(part, str):
                out.append(part)
            elif part[0] == "d":
                out.append(format_date(part[1], lang, happening.date))
            else:
                key = self._assign(part, happening, mapping)
                e = ents[key]
                if part[2] == "short":
                    out.append(e.get("short", e["en"]))
                elif part[2] == "upper":
                    out.append(e[lang].upper())
                else:
                    out.append(e[lang])
        return "".join(out)

    @staticmethod
    def _assign(part, happening, mapping):
        """The happening's party that stands for the source's entity `part[1]` in this article:
        the n-th distinct person (country, place) of the article gets the n-th of the happening."""
        kind, key = part[0], part[1]
        slot = (kind, key)
        if slot not in mapping:
            pool = {"p": happening.persons, "c": happening.countries, "l": happening.places}[kind]
            n = sum(1 for k in mapping if k[0] == kind)
            mapping[slot] = pool[n % len(pool)]
        return mapping[slot]


def with_lead_date(template, lang, rng):
    """Gives a first sentence without a date one ("... pada Senin (14/7/2025).")."""
    if any(isinstance(p, tuple) and p[0] == "d" for p in template):
        return template
    style = rng.choice(LEAD_DATE_STYLES[lang])
    if not template or not isinstance(template[-1], str):
        return template + (LEAD_DATE_CUE[lang], ("d", style), ".")
    last = template[-1].rstrip()
    stop = last[-1:] if last[-1:] in (".", "!", "?") else ""
    body = last[:-1] if stop else last
    return template[:-1] + ((body,) if body else ()) + (LEAD_DATE_CUE[lang], ("d", style), stop or ".")


def compose_article(rng, writer, by_lang, lang, happening, keep_share):
    """One article: a source article of `lang`, part of its sentences replaced by sentences of
    other articles of the same language, every slot filled from `happening`."""
    pool_sources, pool_sentences = by_lang[lang]
    base = rng.choice(pool_sources)
    mapping = {}
    paragraphs = []
    first = True
    for para in base.paragraphs:
        if rng.random() < 0.15 and not first:
            continue  # a paragraph the outlet left out
        sentences = []
        for t in para:
            if not first and rng.random() > keep_share:
                t = rng.choice(pool_sentences)
            if first:
                t = with_lead_date(t, lang, rng)
                first = False
            sentences.append(writer.fill(t, lang, happening, mapping))
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


OUTLETS = ["kabar-nusantara.example", "harian-contoh.example", "suaradunia.example",
           "warta-kita.example", "example-wire.example", "global-desk.example",
           "sample-post.example", "world-brief.example"]


def metadata(rng, happening, lang, index, args):
    """Crawler metadata of one article, each field dropped in a share of the documents."""
    meta = {}
    published = happening.date + datetime.timedelta(days=rng.choice((0, 0, 0, 1, 1, 2)))
    if rng.random() < args.url_share:
        meta["url"] = "https://%s/%s/%s/%07d" % (
            rng.choice(OUTLETS), lang, published.strftime("%Y/%m/%d"), index)
    if rng.random() < args.published_share:
        meta["published"] = "%sT%02d:%02d:00+07:00" % (published.isoformat(), rng.randrange(6, 23),
                                                       rng.randrange(60))
    if rng.random() < args.language_share:
        meta["language"] = lang
    return meta


def generate(args, sources, gaz, out):
    rng = random.Random(args.seed)
    by_lang = {}
    for s in sources:
        srcs, sents = by_lang.setdefault(s.lang, ([], []))
        srcs.append(s)
        sents.extend(t for p in s.paragraphs for t in p)
    langs = sorted(by_lang)
    lang_weights = [len(by_lang[l][0]) for l in langs]
    n_happenings = max(1, round(args.articles / args.per_happening))
    happenings = make_happenings(rng, gaz, n_happenings, args.first_year, args.years)
    pick_happening = skewed_picker(rng, range(n_happenings), exponent=0.8)
    writer = ArticleWriter(gaz)
    for i in range(args.articles):
        h = happenings[pick_happening()]
        lang = rng.choices(langs, lang_weights)[0]
        text = compose_article(rng, writer, by_lang, lang, h, args.keep_share)
        doc = {"id": "r%d-%07d" % (args.seed, i)}
        meta = metadata(rng, h, lang, i, args)
        if "url" in meta:
            doc["url"] = meta["url"]
        doc["text"] = text
        for k in ("published", "language"):
            if k in meta:
                doc[k] = meta[k]
        out.write(json.dumps(doc, ensure_ascii=False))
        out.write("\n")


# --- command line ----------------------------------------------------------------------------

def default_source_dirs():
    dirs = [os.path.join(REPO, "examples")]
    shared = os.path.join(os.path.dirname(REPO), "shared")
    for d in (os.path.join(shared, "seeds"), os.path.join(shared, "eval", "dev", "texts")):
        if os.path.isdir(d):
            dirs.append(d)
    return dirs


def inside_repository(path):
    """True when `path` would put source texts into the repository (a build*/ folder is fine:
    git ignores it)."""
    path = os.path.realpath(path)
    rel = os.path.relpath(path, os.path.realpath(REPO))
    if rel.startswith(os.pardir):
        return False
    return not rel.split(os.sep)[0].startswith("build")


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("sources", nargs="*", help="folders or files of real articles "
                   "(default: examples/ and ../shared/seeds, ../shared/eval/dev/texts if present)")
    p.add_argument("--out", required=True, help="output JSONL, outside the repository")
    p.add_argument("--articles", type=int, default=1000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--per-happening", type=float, default=12.0,
                   help="mean articles per happening (default 12: ~4000 happenings for 50k articles)")
    p.add_argument("--first-year", type=int, default=2019)
    p.add_argument("--years", type=int, default=7, help="happenings spread over this many years")
    p.add_argument("--keep-share", type=float, default=0.6,
                   help="share of a source article's sentences kept (the rest come from others)")
    p.add_argument("--published-share", type=float, default=0.7)
    p.add_argument("--url-share", type=float, default=0.8)
    p.add_argument("--language-share", type=float, default=0.5)
    args = p.parse_args(argv)
    if args.articles < 0 or args.per_happening <= 0 or args.years < 1:
        p.error("--articles must be >= 0, --per-happening > 0, --years >= 1")
    if inside_repository(args.out):
        p.error("--out %s is inside the repository: source texts must not be written there "
                "(use build*/ or /tmp)" % args.out)
    return args


def main(argv):
    args = parse_args(argv)
    calendar = {w.lower() for names in list(MONTHS.values()) + list(WEEKDAYS.values()) for w in names}
    gaz = Gazetteer(calendar)
    sources = load_sources(args.sources or default_source_dirs(), gaz)
    if not sources:
        print("gen_realistic: no usable article in %s" % (args.sources or default_source_dirs()),
              file=sys.stderr)
        return 1
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as out:
        generate(args, sources, gaz, out)
    os.replace(tmp, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
