#!/usr/bin/env python3
"""Expand kronik's Indonesian CAMEO roots into surface verb and noun forms.

Reads data/id/cameo_roots.tsv (hand-written: root, affixes, code, pattern, frame, args, gloss) and
writes data/id/cameo_verbs.tsv and data/id/cameo_nouns.tsv with every affixed form the row names,
its lemma (the root, as UD Indonesian lemmatises), the CAMEO code and the dependency pattern.
Format and affix tags: docs/cameo-lexicon.md. Python 3 standard library only; deterministic.

Usage:
  id_morph.py --roots data/id/cameo_roots.tsv --out data/id
  id_morph.py --form tangkap meN-      # print one form (for checking a rule by hand)
"""
import argparse
import os
import sys

VOWELS = set("aeiou")

# ------------------------------------------------------------------------------------------------
# Prefix allomorphy


def monosyllabic(word):
    """One vowel letter: bom, sah, cek, tes (klaim and bui have two syllables)."""
    return sum(1 for c in word if c in VOWELS) == 1


def nasal_prefix(root, keep=False):
    """The meN- form of a root: me-, mem-, men-, meng-, meny- or menge-.

    k, p, t, s are replaced by the nasal before a vowel (kirim -> mengirim, pukul -> memukul,
    tangkap -> menangkap, sita -> menyita) and kept before a consonant (kritik -> mengkritik,
    protes -> memprotes, sponsor -> mensponsori); keep=True keeps them everywhere (kaji -> mengkaji).
    One-syllable roots take menge- (bom -> mengebom, sah -> mengesahkan)."""
    if monosyllabic(root):
        return "menge" + root
    first, second = root[0], root[1:2]
    deletes = not keep and second in VOWELS
    if first in VOWELS:
        return "meng" + root
    if first == "k":
        return "meng" + (root[1:] if deletes else root)
    if first in "gh":
        return "meng" + root
    if first == "p":
        return "mem" + (root[1:] if deletes else root)
    if first in "bfv":
        return "mem" + root
    if first == "t":
        return "men" + (root[1:] if deletes else root)
    if first == "s":
        return "meny" + root[1:] if deletes and root[:2] != "sy" else "men" + root
    if first in "cdjz":
        return "men" + root
    return "me" + root  # l m n r w y, ny, ng


def agent_prefix(root, keep=False):
    """peN- follows meN-: penangkapan, pemukulan, pengiriman, penyitaan, pengeboman."""
    return "pe" + nasal_prefix(root, keep)[2:]


def er_prefix(prefix, root):
    """ber-/ter-/per- lose their r before r (berapat, perundingan) and before a first syllable
    ending in -er (bekerja, tepercaya); berperang keeps it (pe-rang)."""
    if root[0] == "r":
        return prefix[:-1] + root
    if root[0] not in VOWELS and root[1:3] == "er" and len(root) > 3 and root[3] not in VOWELS:
        return prefix[:-1] + root
    return prefix + root



# ------------------------------------------------------------------------------------------------
# Affix tags -> (form, voice or noun)

VERB_TAGS = {
    "0v": (lambda r, k: r, "active"),
    "meN-": (lambda r, k: nasal_prefix(r, k), "active"),
    "meN-kan": (lambda r, k: nasal_prefix(r, k) + "kan", "active"),
    "meN-i": (lambda r, k: nasal_prefix(r, k) + "i", "active"),
    "di-": (lambda r, k: "di" + r, "passive"),
    "di-kan": (lambda r, k: "di" + r + "kan", "passive"),
    "di-i": (lambda r, k: "di" + r + "i", "passive"),
    "ter-": (lambda r, k: er_prefix("ter", r), "passive"),
    "ter-kan": (lambda r, k: er_prefix("ter", r) + "kan", "passive"),
    "ber-": (lambda r, k: er_prefix("ber", r), "intrans"),
    "ber-kan": (lambda r, k: er_prefix("ber", r) + "kan", "intrans"),
    "memper-": (lambda r, k: "mem" + er_prefix("per", r), "active"),
    "memper-kan": (lambda r, k: "mem" + er_prefix("per", r) + "kan", "active"),
    "memper-i": (lambda r, k: "mem" + er_prefix("per", r) + "i", "active"),
    "diper-": (lambda r, k: "di" + er_prefix("per", r), "passive"),
    "diper-kan": (lambda r, k: "di" + er_prefix("per", r) + "kan", "passive"),
    "diper-i": (lambda r, k: "di" + er_prefix("per", r) + "i", "passive"),
    "member-kan": (lambda r, k: "mem" + er_prefix("ber", r) + "kan", "active"),
    "diber-kan": (lambda r, k: "di" + er_prefix("ber", r) + "kan", "passive"),
    "R-meN-": (lambda r, k: r + "-" + nasal_prefix(r, k), "reciprocal"),
}
NOUN_TAGS = {
    "0n": lambda r, k: r,
    "-an": lambda r, k: r + "an",
    "peN-an": lambda r, k: agent_prefix(r, k) + "an",
    "per-an": lambda r, k: er_prefix("per", r) + "an",
    "ke-an": lambda r, k: "ke" + r + "an",
    "pember-an": lambda r, k: "pem" + er_prefix("ber", r) + "an",
}
FLAG_TAGS = {"+kpts", "+kept"}

# Noun argument roles by affix when the root row says '-' (docs/cameo-lexicon.md).
ACTION_ARGS = "nmod:target|oleh:source|terhadap:target"
RESULT_ARGS = "nmod:source|terhadap:target|atas:target|ke:target|kepada:target|untuk:target|bagi:target"
MEET_ARGS = "nmod:source|dengan:target|antara:both"
VISIT_ARGS = "nmod:source|ke:target|di:target"
DEFAULT_ARGS = {"peN-an": ACTION_ARGS, "pember-an": ACTION_ARGS, "per-an": RESULT_ARGS,
                "-an": RESULT_ARGS, "0n": RESULT_ARGS, "ke-an": "nmod:source"}


def form_of(root, tag, keep=False):
    """Surface form of a (possibly multi-word) root with one affix tag; the first word is affixed."""
    head, _, rest = root.partition(" ")
    build = VERB_TAGS[tag][0] if tag in VERB_TAGS else NOUN_TAGS[tag]
    word = build(head, keep)
    return word + (" " + rest if rest else "")


def noun_pattern(pattern):
    """A verb's object is the noun's complement: obj:diri -> comp:diri (pengunduran diri)."""
    if pattern == "*":
        return pattern
    return "+".join("comp:" + e[4:] if e.startswith("obj:") else e for e in pattern.split("+"))


def noun_args(tag, frame, args):
    if args != "-":
        return args
    if frame == "meet":
        return MEET_ARGS
    if frame == "visit":
        return VISIT_ARGS
    return DEFAULT_ARGS[tag]


# ------------------------------------------------------------------------------------------------


def read_roots(path):
    """Yields (line number, [root, affixes, code, pattern, frame, args, gloss])."""
    with open(path, encoding="utf-8") as f:
        header_seen = False
        for no, line in enumerate(f, start=1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            if not header_seen:
                header_seen = True
                continue
            cols = line.split("\t")
            if len(cols) != 7:
                raise ValueError("%s:%d: expected 7 columns, got %d" % (path, no, len(cols)))
            yield no, cols


def split_code(code):
    act, _, rev = code.partition(":")
    return act or "-", rev or "-"


def expand(path):
    """Returns (verb rows, noun rows), each row a tuple of output columns, in roots-file order."""
    verbs, nouns = [], []
    for no, (root, affixes, code, pattern, frame, args, _gloss) in read_roots(path):
        tags = affixes.split("|")
        unknown = [t for t in tags if t not in VERB_TAGS and t not in NOUN_TAGS and t not in FLAG_TAGS]
        if unknown:
            raise ValueError("%s:%d: unknown affix tag %s" % (path, no, ", ".join(unknown)))
        keep_all = "+kept" in tags
        act, rev = split_code(code)
        source = "kronik:cameo_roots.tsv:%d" % no
        for tag in tags:
            if tag in VERB_TAGS:
                variants = [form_of(root, tag, keep_all)]
                if "+kpts" in tags and tag.startswith(("meN-", "R-meN-")):
                    variants.append(form_of(root, tag, True))
                for form in variants:
                    verbs.append((form, root, tag, act, rev, pattern, VERB_TAGS[tag][1], frame, source))
            elif tag in NOUN_TAGS:
                form = form_of(root, tag, keep_all)
                npat, nargs = noun_pattern(pattern), noun_args(tag, frame, args)
                nouns.append((form, root, tag, act, rev, npat, nargs, source))
                if " " not in form:  # plural by reduplication: serangan-serangan
                    nouns.append((form + "-" + form, root, tag + "+R", act, rev, npat, nargs, source))
    return dedupe(verbs), dedupe(nouns)


def dedupe(rows):
    seen, out = set(), []
    for r in rows:
        key = r[:-1]
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


HEADER = ("# GENERATED by tools/cameo/id_morph.py from kronik, data/id/cameo_roots.tsv — do not edit\n"
          "# Licence: kronik's own data (hand-written from the grammar of Indonesian; no third-party text)\n")


def write(path, comment, columns, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER + "# " + comment + "\n")
        f.write("\t".join(columns) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


def write_outputs(out, verbs, nouns):
    write(os.path.join(out, "cameo_verbs.tsv"), "Indonesian verb forms with CAMEO codes; format in docs/cameo-lexicon.md",
          ["form", "lemma", "affix", "code", "code_rev", "pattern", "voice", "frame", "source"], verbs)
    write(os.path.join(out, "cameo_nouns.tsv"), "Indonesian nominal triggers with CAMEO codes; format in docs/cameo-lexicon.md",
          ["form", "lemma", "affix", "code", "code_rev", "pattern", "args", "source"], nouns)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--roots", help="data/id/cameo_roots.tsv")
    ap.add_argument("--out", help="output folder (data/id)")
    ap.add_argument("--form", nargs=2, metavar=("ROOT", "TAG"), help="print one affixed form")
    args = ap.parse_args()
    if args.form:
        print(form_of(args.form[0], args.form[1]))
        return 0
    if not args.roots or not args.out:
        ap.error("--roots and --out are required")
    verbs, nouns = expand(args.roots)
    write_outputs(args.out, verbs, nouns)
    return 0


if __name__ == "__main__":
    sys.exit(main())
