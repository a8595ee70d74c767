#!/usr/bin/env python3
"""Convert PETRARCH2's CAMEO verb dictionary into kronik's English verb lexicon.

Reads petrarch2/data/dictionaries/CAMEO.2.0.txt from a git checkout or bare mirror of
openeventdata/petrarch2 (MIT licence) and writes three files (format: docs/cameo-lexicon.md):

  cameo_verbs.tsv       lemma, code, code_rev, pattern, passive_ok, synset, source
  cameo_classes.tsv     class, word, source   (PETRARCH's noun synsets, &WEAPON ...)
  cameo_verb_forms.tsv  form, lemma, source   (the inflected forms PETRARCH matches)

Usage:
  petrarch_to_kronik.py --repo /work/.mirror/openeventdata+petrarch2/repo --out data/en
  petrarch_to_kronik.py --file CAMEO.2.0.txt --commit <sha> --out DIR

Deterministic: the same input file gives the same bytes. Python 3 standard library only.
"""
import argparse
import os
import re
import subprocess
import sys

DICT_PATH = "petrarch2/data/dictionaries/CAMEO.2.0.txt"
REPO_NAME = "openeventdata/petrarch2"
LICENCE = "# Licence: MIT, Copyright (c) 2015 Open Event Data Alliance (full notice in docs/cameo-lexicon.md)"

# Words after a verb that are particles (UD compound:prt, or advmod for "forward", "aside").
PARTICLES = {
    "up", "down", "out", "off", "away", "back", "over", "aside", "forward", "forth", "together",
    "along", "around", "apart", "behind", "ahead", "in", "on", "through", "about", "across",
}
# Words after a verb that open a prepositional object (UD obl with this case marker).
PREPOSITIONS = {
    "of", "for", "to", "with", "at", "by", "into", "from", "against", "upon", "onto", "as",
    "after", "before", "toward", "towards", "under", "between", "among", "within", "without",
    "near", "beyond", "behind", "during", "like", "than", "via", "amid",
}
# Words before the verb that are auxiliaries or negation rather than subjects.
AUXILIARIES = {"will", "would", "shall", "should", "can", "could", "may", "might", "must",
               "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does",
               "did", "to"}
NEGATIONS = {"not", "never", "no", "n't"}
ARTICLES = {"a", "an", "the"}
IRREGULAR_LEMMAS = {"is": "be", "are": "be", "was": "be", "were": "be", "am": "be"}
# Plural nouns whose singular is the same word or which have no singular lemma.
KEEP_PLURAL = {"news", "series", "means", "politics", "chaos", "bus", "gas", "status",
               "aegis", "analysis", "crisis", "congress", "alias", "bias", "us", "thus",
               "ties", "plus", "species", "basis", "thesis", "hostilities", "physics"}


def load_dictionary(args):
    """Returns (text, source description) of CAMEO.2.0.txt."""
    if args.file:
        with open(args.file, encoding="latin-1") as f:
            return f.read(), args.commit or "unknown"
    commit = subprocess.run(["git", "-C", args.repo, "rev-parse", "HEAD"], check=True,
                            capture_output=True, text=True).stdout.strip()
    text = subprocess.run(["git", "-C", args.repo, "show", commit + ":" + DICT_PATH], check=True,
                          capture_output=True).stdout.decode("latin-1")
    return text, commit


def singular(word):
    """A conservative English singular for pattern nouns (PETRARCH writes some plurals)."""
    w = word.lower()
    if w.endswith("men") and len(w) > 4:
        return w[:-3] + "man"
    if w in KEEP_PLURAL or len(w) <= 3 or not w.endswith("s") or w.endswith(("ss", "us", "is")):
        return w
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("sses", "xes", "ches", "shes", "zes")):
        return w[:-2]
    return w[:-1]


def parse_code(text):
    """'[042:043]' -> ('042', '043'); '[---]' -> ('-', '-'); '' -> None."""
    m = re.fullmatch(r"\[\s*([0-9-]*)!?\s*(?::\s*([0-9-]*))?\s*\]", text.strip())
    if not m:
        return None
    act, rev = m.group(1) or "---", m.group(2) or "---"
    norm = lambda c: "-" if set(c) <= {"-"} else c
    return norm(act), norm(rev)


# ---------------------------------------------------------------------------------------------
# Synsets (noun classes)

def read_synsets(lines):
    """Returns {class: [words]} in file order; '_' at the end of a word means 'no plural'."""
    classes, current = {}, None
    for _, line in lines:
        if line.startswith("####### VERB PATTERNS"):
            break
        s = line.split("#")[0].strip()
        if s.startswith("&"):
            current = s.rstrip("_").lower()
            classes[current] = []
        elif s.startswith("+") and current:
            word = s[1:].rstrip("_").replace("_", " ").lower()
            if word and word not in classes[current]:
                classes[current].append(word)
    return classes


# ---------------------------------------------------------------------------------------------
# Verb blocks

def verb_blocks(lines):
    """Yields (block name, block code, [(lineno, verb line)], [(lineno, pattern line)])."""
    block, active = None, False
    for no, line in lines:
        if line.startswith("####### VERB PATTERNS"):
            active = True
            continue
        if line.startswith("######## TRANSFORMATIONS"):
            break
        if not active or not line.strip() or line.startswith("#"):
            continue
        if line.startswith("---"):
            if block:
                yield block
            parts = line.split()
            block = (parts[1], parse_code(parts[2]) or ("-", "-"), [], [])
        elif line.startswith("-"):
            block[3].append((no, line))
        else:
            block[2].append((no, line))
    if block:
        yield block


def split_compound(entry):
    """'+CORDON_OFF' -> ('cordon', [], ['off']); 'WIRE_+TAP' -> ('tap', ['wire'], [])."""
    entry = entry.lower()
    if "_" not in entry:
        return entry.lstrip("+"), [], []
    if "+" not in entry:
        entry = "+" + entry
    front, back = entry.split("+", 1)
    words = back.split("_")
    return words[0], [w for w in front.split("_") if w], [w for w in words[1:] if w]


def regular_forms(stem):
    """PETRARCH's regular verb forms (PETRreader.read_verb_dictionary), lower case."""
    forms = [stem]
    forms.append(stem + "es" if stem.endswith(("s", "x", "z")) else
                 stem[:-1] + "ies" if stem.endswith("y") else stem + "s")
    forms.append(stem + "d" if stem.endswith("e") else stem + "ed")
    forms.append(stem[:-1] + "ing" if stem.endswith("e") and len(stem) > 1 and stem[-2] not in "aeiou"
                 else stem + "ing")
    return forms


def compound_elements(front, back):
    """Pattern elements for the extra words of a multi-word verb."""
    elems = ["compound:" + w for w in front]
    rest = list(back)
    while rest:
        w = rest.pop(0)
        opens_phrase = rest and rest[0] not in PARTICLES and rest[0] not in PREPOSITIONS
        if w in PARTICLES and not (w in PREPOSITIONS and opens_phrase) and not (w in ("in", "on") and opens_phrase):
            elems.append("prt:" + w)
        elif w in PREPOSITIONS or w in PARTICLES:
            obj = "_".join(rest)
            elems.append("obl:" + w + (":" + obj if obj else ""))
            rest = []
        else:
            elems.append("obj:" + w)
    return elems


def read_verb_entry(line):
    """A verb line -> (lemma, extra elements, code or None, [inflected forms])."""
    text = line.split("#")[0]
    code = None
    m = re.search(r"\[[^\]]*\]\s*$", text)
    if m:
        code = parse_code(m.group(0))
        text = text[:m.start()]
    irregular = re.search(r"\{([^}]*)\}", text)
    head = text[:irregular.start()] if irregular else text
    words = head.split()
    if not words:
        return None
    verb, front, back = split_compound(words[0])
    lemma = IRREGULAR_LEMMAS.get(verb, verb)
    if irregular:
        forms = [verb] + [split_compound(w)[0] for w in irregular.group(1).replace(",", " ").split()]
    else:
        forms = regular_forms(verb)
    return lemma, compound_elements(front, back), code, forms


# ---------------------------------------------------------------------------------------------
# Patterns

def tokenize_pattern(text):
    """'* OUT {NEW STRATEGY} (FOR AID)' -> tokens with groups kept together."""
    tokens, i = [], 0
    text = text.replace("(", " ( ").replace(")", " ) ").replace("{", " { ").replace("}", " } ")
    parts = [p.strip("_") for p in text.split() if p.strip("_")]
    while i < len(parts):
        p = parts[i]
        if p in ("(", "{"):
            close = ")" if p == "(" else "}"
            depth, j = 0, i
            while j < len(parts):
                if parts[j] in ("(", "{"):
                    depth += 1
                elif parts[j] in (")", "}"):
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            tokens.append((p + close, parts[i + 1:j]))
            i = j + 1
        else:
            tokens.append(("w", p))
            i += 1
    return tokens


def noun_value(words):
    """Words of a noun phrase -> 'financial_aid', '&military_aid', '@target'."""
    out = []
    for w in words:
        if w in ("{", "}"):
            continue
        lw = w.lower()
        if lw == "$":
            out.append("@target")
        elif lw == "+":
            out.append("@source")
        elif lw in ("^", "%") or lw in ARTICLES:
            continue
        elif lw.startswith("&"):
            out.append(lw.rstrip("_"))
        else:
            out.append(lw)
    if out and not out[-1].startswith(("@", "&")):
        out[-1] = "|".join(singular(w) for w in out[-1].split("/"))
    roles = [w for w in out if w.startswith("@")]
    nouns = [w for w in out if not w.startswith("@")]
    if roles and nouns:
        return "_".join(nouns) + roles[0]
    return "_".join(nouns) if nouns else (roles[0] if roles else "")


def pp_value(words):
    """Words inside ( ... ) -> 'obl:for', 'obl:for:financial_aid'."""
    flat = [w for w in words if w not in ("{", "}")]
    if not flat:
        return None
    prep = flat[0].lower().replace("/", "|")
    noun = noun_value(words[1:])
    return "obl:" + prep + (":" + noun if noun else "")


def side_elements(tokens, before_verb):
    elems = []
    tokens = list(tokens)
    while tokens:
        kind, val = tokens.pop(0)
        if kind == "w" and val in (")", "}"):
            continue  # a stray closing bracket in the source line
        if kind == "w" and not before_verb and val.lower() in PREPOSITIONS:
            # A bare preposition: the noun after it, if any, is its object ("FOR LESSER").
            words = [val]
            if tokens and tokens[0][0] == "{}":
                words += tokens.pop(0)[1]
            elif tokens and tokens[0][0] == "w" and tokens[0][1].lower() not in PREPOSITIONS:
                words.append(tokens.pop(0)[1])
            e = pp_value(words)
        elif kind == "()":
            e = pp_value(val)
        elif kind == "{}":
            n = noun_value(val)
            e = ("nsubj:" if before_verb else "obj:") + n if n else None
        else:
            w = val.lower()
            if w in ("^", "%") or w in ARTICLES:
                e = None
            elif w == "$":
                e = ("nsubj:" if before_verb else "obj:") + "@target"
            elif w == "+":
                e = ("nsubj:" if before_verb else "obj:") + "@source"
            elif before_verb and w in AUXILIARIES:
                e = "aux:" + w
            elif before_verb and w.endswith("ly"):
                e = "advmod:" + w
            elif w in NEGATIONS:
                e = "advmod:not"
            elif not before_verb and w in PARTICLES:
                e = "prt:" + w
            else:
                e = ("nsubj:" if before_verb else "obj:") + noun_value([val])
        if e:
            elems.append(e)
    return elems


def read_pattern(line):
    """'- * (FOR AID)  [0231]  # ASK' -> (elements, (code, code_rev), comment verb) or None."""
    body, _, comment = line[1:].partition("#")
    m = re.search(r"\[[^\]]*\]\s*$", body.strip())
    if not m or "*" not in body:
        return None
    code = parse_code(m.group(0))
    if code is None:
        return None
    text = body.strip()[:m.start()]
    pre, _, post = text.replace("*_", "* ").replace("_*", " *").partition("*")
    elems = side_elements(tokenize_pattern(pre), True) + side_elements(tokenize_pattern(post), False)
    cverb = comment.split()[0].lower() if comment.split() else ""
    return elems, code, cverb


def undefined_classes(pattern, classes):
    """The &class references of a pattern that are not classes ('&defense_&weapon' is two)."""
    missing = []
    for value in re.split(r"[+:|]", pattern):
        words = value.split("_")
        i = 0
        while i < len(words):
            if not words[i].startswith("&"):
                i += 1
                continue
            ends = [j for j in range(len(words), i, -1) if "_".join(words[i:j]) in classes]
            if not ends:
                missing.append(words[i])
            i = ends[0] if ends else i + 1
    return missing


def join_pattern(elems):
    seen = []
    for e in elems:
        if e not in seen:
            seen.append(e)
    return "+".join(seen) if seen else "*"


# ---------------------------------------------------------------------------------------------

def convert(text):
    lines = list(enumerate(text.split("\n"), start=1))
    classes = read_synsets(lines)
    rows, forms = [], []
    for name, bcode, verbs, patterns in verb_blocks(lines):
        members = []
        for no, vline in verbs:
            entry = read_verb_entry(vline)
            if not entry:
                continue
            lemma, extra, code, vforms = entry
            members.append(lemma)
            code = code or bcode
            rows.append((lemma, code[0], code[1], join_pattern(extra), name, no))
            for f in vforms:
                forms.append((f, lemma))
        for no, pline in patterns:
            pat = read_pattern(pline)
            if not pat:
                print("skipped line %d: %s" % (no, pline.strip()), file=sys.stderr)
                continue
            elems, code, cverb = pat
            lemma = cverb if cverb in members else (members[0] if members else name.lower())
            pattern = join_pattern(elems)
            if undefined_classes(pattern, classes):
                # PETRARCH reports "Undefined synset" and such a pattern never matches.
                print("skipped line %d (undefined synset): %s" % (no, pline.strip()), file=sys.stderr)
                continue
            rows.append((lemma, code[0], code[1], pattern, name, no))
    return classes, rows, forms


def header(script, commit, what):
    return ("# GENERATED by tools/cameo/%s from %s, commit %s, %s — do not edit\n%s\n# %s\n"
            % (script, REPO_NAME, commit, DICT_PATH, LICENCE, what))


def write_outputs(out, commit, classes, rows, forms):
    script = os.path.basename(__file__)
    os.makedirs(out, exist_ok=True)
    seen, body = set(), []
    for lemma, code, rev, pattern, block, no in rows:
        key = (lemma, code, rev, pattern)
        if key in seen:
            continue
        seen.add(key)
        body.append("%s\t%s\t%s\t%s\t1\t%s\tpetrarch2:%d\n" % (lemma, code, rev, pattern, block.lower(), no))
    with open(os.path.join(out, "cameo_verbs.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(header(script, commit, "English verb frames with CAMEO codes; format in docs/cameo-lexicon.md"))
        f.write("lemma\tcode\tcode_rev\tpattern\tpassive_ok\tsynset\tsource\n")
        f.writelines(body)
    with open(os.path.join(out, "cameo_classes.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(header(script, commit, "Noun classes (PETRARCH synsets) used as &class in cameo_verbs.tsv patterns"))
        f.write("class\tword\n")
        for cls, words in classes.items():
            for w in words:
                f.write("%s\t%s\n" % (cls, w))
    with open(os.path.join(out, "cameo_verb_forms.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(header(script, commit, "Inflected verb forms PETRARCH matches, with their lemma"))
        f.write("form\tlemma\n")
        done = set()
        for form, lemma in forms:
            if (form, lemma) not in done:
                done.add((form, lemma))
                f.write("%s\t%s\n" % (form, lemma))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--repo", help="git directory of openeventdata/petrarch2")
    src.add_argument("--file", help="CAMEO.2.0.txt itself")
    ap.add_argument("--commit", help="commit the --file comes from (recorded in the header)")
    ap.add_argument("--out", required=True, help="output folder (data/en)")
    args = ap.parse_args()
    text, commit = load_dictionary(args)
    classes, rows, forms = convert(text)
    write_outputs(args.out, commit, classes, rows, forms)
    return 0


if __name__ == "__main__":
    sys.exit(main())
