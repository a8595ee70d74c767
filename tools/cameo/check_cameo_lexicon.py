#!/usr/bin/env python3
"""Checks kronik's CAMEO lexicon files (docs/cameo-lexicon.md); CI test `data_cameo_lexicon`.

1. Format of every file: column count, CAMEO codes known to data/common/cameo.tsv (exactly or by
   kronik's fallback to the root row), pattern syntax, &classes defined, no duplicate rows,
   generated files carry their GENERATED header.
2. Generated files are up to date: id_morph.py is re-run into a temporary folder and compared;
   petrarch_to_kronik.py too when the PETRARCH2 mirror is present (KRONIK_PETRARCH2_REPO, default
   /work/.mirror/openeventdata+petrarch2/repo), otherwise that part is skipped with a message.
3. Golden cases of Indonesian morphology (id_morph.form_of).

Exit status 0 when every check passes. Python 3 standard library only.
"""
import filecmp
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.environ.get("KRONIK_SOURCE_DIR") or os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(SOURCE, "data")
PETRARCH_REPO = os.environ.get("KRONIK_PETRARCH2_REPO", "/work/.mirror/openeventdata+petrarch2/repo")
sys.path.insert(0, HERE)
import id_morph  # noqa: E402
import petrarch_to_kronik  # noqa: E402

# (root, affix tag, expected form); flags for +kept where the third element says so.
GOLDEN = [
    ("tangkap", "meN-", "menangkap"), ("tangkap", "di-", "ditangkap"), ("tangkap", "ter-", "tertangkap"),
    ("tangkap", "peN-an", "penangkapan"), ("pukul", "meN-", "memukul"), ("pukul", "peN-an", "pemukulan"),
    ("pukul", "R-meN-", "pukul-memukul"), ("kirim", "meN-", "mengirim"), ("kirim", "peN-an", "pengiriman"),
    ("sita", "meN-", "menyita"), ("sita", "peN-an", "penyitaan"), ("serang", "meN-", "menyerang"),
    ("serang", "-an", "serangan"), ("serang", "peN-an", "penyerangan"), ("bom", "meN-", "mengebom"),
    ("bom", "di-", "dibom"), ("bom", "peN-an", "pengeboman"), ("sah", "meN-kan", "mengesahkan"),
    ("sah", "peN-an", "pengesahan"), ("kritik", "meN-", "mengkritik"), ("protes", "meN-", "memprotes"),
    ("klaim", "meN-", "mengklaim"), ("syarat", "meN-kan", "mensyaratkan"), ("tembak", "R-meN-", "tembak-menembak"),
    ("tembak", "meN-i", "menembaki"), ("tembak", "meN-kan", "menembakkan"), ("lantik", "peN-an", "pelantikan"),
    ("rampas", "peN-an", "perampasan"), ("nyata", "meN-kan", "menyatakan"), ("nyata", "per-an", "pernyataan"),
    ("runding", "per-an", "perundingan"), ("runding", "ber-", "berunding"), ("temu", "per-an", "pertemuan"),
    ("temu", "meN-i", "menemui"), ("kerja sama", "ber-", "bekerja sama"), ("perang", "ber-", "berperang"),
    ("perang", "meN-i", "memerangi"), ("unjuk rasa", "ber-", "berunjuk rasa"), ("gencat senjata", "-an", "gencatan senjata"),
    ("rusuh", "ke-an", "kerusuhan"), ("datang", "ke-an", "kedatangan"), ("aku", "meN-i", "mengakui"),
    ("evakuasi", "meN-", "mengevakuasi"), ("ekstradisi", "meN-", "mengekstradisi"), ("veto", "meN-", "memveto"),
    ("vonis", "di-", "divonis"), ("laku", "member-kan", "memberlakukan"), ("laku", "pember-an", "pemberlakuan"),
    ("henti", "meN-kan", "menghentikan"), ("henti", "member-kan", "memberhentikan"), ("ketat", "memper-", "memperketat"),
    ("ketat", "peN-an", "pengetatan"), ("timbang", "memper-kan", "mempertimbangkan"), ("ingat", "memper-kan", "memperingatkan"),
    ("ingat", "per-an", "peringatan"), ("makzul", "peN-an", "pemakzulan"), ("undur", "meN-kan", "mengundurkan"),
    ("sandera", "peN-an", "penyanderaan"), ("culik", "peN-an", "penculikan"), ("bantu", "-an", "bantuan"),
    ("tandatangan", "meN-i", "menandatangani"), ("tandatangan", "peN-an", "penandatanganan"), ("ledak", "meN-kan", "meledakkan"),
    ("jatuh", "di-i", "dijatuhi"), ("pilih", "peN-an", "pemilihan"), ("bui", "meN-kan", "membuikan"),
    ("yakin", "meN-kan", "meyakinkan"), ("gusur", "peN-an", "penggusuran"), ("hina", "peN-an", "penghinaan"),
    ("cegah", "peN-an", "pencegahan"), ("deportasi", "meN-", "mendeportasi"), ("jarah", "peN-an", "penjarahan"),
    ("kaji", "meN-", "mengkaji", True), ("kaji", "peN-an", "pengkajian", True), ("perkosa", "meN-", "memperkosa", True),
    ("perkosa", "meN-", "memerkosa"), ("terima kasih", "ber-", "berterima kasih"), ("kerja", "ber-", "bekerja"),
]

ELEMENT = re.compile(r"^(nsubj|obj|iobj|prt|obl|xcomp|advmod|aux|compound|comp):[^:+]+(:[^:+]+)?$")


class Checker:
    def __init__(self):
        self.errors = []
        self.codes = self.read_cameo()

    def error(self, msg):
        self.errors.append(msg)

    @staticmethod
    def read_cameo():
        codes = set()
        rows = read_tsv(os.path.join(DATA, "common", "cameo.tsv"))
        for _, cols in rows[1:]:
            codes.add(cols[0])
        return codes

    def check_code(self, where, code, fallback_used):
        if code == "-":
            return
        if not re.fullmatch(r"\d{3,4}", code):
            self.error("%s: malformed CAMEO code '%s'" % (where, code))
        elif code not in self.codes:
            if code[:2] + "0" in self.codes:
                fallback_used.add(code)
            else:
                self.error("%s: CAMEO code '%s' is not in data/common/cameo.tsv, nor its root" % (where, code))

    def check_pattern(self, where, pattern, classes):
        if pattern == "*":
            return
        for e in pattern.split("+"):
            if not ELEMENT.match(e):
                self.error("%s: malformed pattern element '%s'" % (where, e))
        if classes is not None:
            for cls in petrarch_to_kronik.undefined_classes(pattern, classes):
                self.error("%s: undefined class %s" % (where, cls))

    def check_file(self, rel, columns, code_cols=(), pattern_col=None, classes=None, generated=False):
        """Columns, codes, patterns and duplicates of one file; returns its rows."""
        path = os.path.join(DATA, rel)
        if not os.path.exists(path):
            self.error("%s: missing" % rel)
            return []
        with open(path, encoding="utf-8") as f:
            first = f.readline()
        if generated and not first.startswith("# GENERATED by tools/cameo/"):
            self.error("%s: first line is not the GENERATED header" % rel)
        rows = read_tsv(path)
        if not rows or rows[0][1] != columns:
            self.error("%s: header should be %s" % (rel, "\t".join(columns)))
            return []
        seen, fallback = set(), set()
        for no, cols in rows[1:]:
            where = "%s:%d" % (rel, no)
            if len(cols) != len(columns):
                self.error("%s: %d columns, expected %d" % (where, len(cols), len(columns)))
                continue
            key = tuple(cols) if "source" not in columns else tuple(cols[:columns.index("source")])
            if key in seen:
                self.error("%s: duplicate row" % where)
            seen.add(key)
            for c in code_cols:
                self.check_code(where, cols[columns.index(c)], fallback)
            if pattern_col:
                self.check_pattern(where, cols[columns.index(pattern_col)], classes)
        if fallback:
            print("note: %s uses %d codes absent from cameo.tsv (kronik falls back to the root row): %s"
                  % (rel, len(fallback), " ".join(sorted(fallback))))
        return rows[1:]


def read_tsv(path):
    """[(line number, columns)] without comments; the first entry is the header."""
    out = []
    with open(path, encoding="utf-8") as f:
        for no, line in enumerate(f, start=1):
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                out.append((no, line.split("\t")))
    return out


def check_formats(ck):
    classes_rows = ck.check_file("en/cameo_classes.tsv", ["class", "word"], generated=True)
    classes = {cols[0] for _, cols in classes_rows}
    ck.check_file("en/cameo_verbs.tsv", ["lemma", "code", "code_rev", "pattern", "passive_ok", "synset", "source"],
                  ("code", "code_rev"), "pattern", classes, generated=True)
    ck.check_file("en/cameo_verb_forms.tsv", ["form", "lemma"], generated=True)
    ck.check_file("en/cameo_nouns.tsv", ["lemma", "code", "pattern", "args", "source"], ("code",), "pattern")
    roots = ck.check_file("id/cameo_roots.tsv", ["root", "affixes", "code", "pattern", "frame", "args", "gloss"],
                          (), "pattern")
    for no, cols in roots:
        for code in cols[2].split(":"):
            ck.check_code("id/cameo_roots.tsv:%d" % no, code or "-", set())
    ck.check_file("id/cameo_verbs.tsv", ["form", "lemma", "affix", "code", "code_rev", "pattern", "voice", "frame", "source"],
                  ("code", "code_rev"), "pattern", generated=True)
    ck.check_file("id/cameo_nouns.tsv", ["form", "lemma", "affix", "code", "code_rev", "pattern", "args", "source"],
                  ("code", "code_rev"), "pattern", generated=True)


def same_files(ck, tmp, folder, names, how):
    for name in names:
        if not filecmp.cmp(os.path.join(tmp, name), os.path.join(DATA, folder, name), shallow=False):
            ck.error("data/%s/%s is not up to date: run %s" % (folder, name, how))


def check_generated(ck):
    with tempfile.TemporaryDirectory() as tmp:
        verbs, nouns = id_morph.expand(os.path.join(DATA, "id", "cameo_roots.tsv"))
        id_morph.write_outputs(tmp, verbs, nouns)
        same_files(ck, tmp, "id", ["cameo_verbs.tsv", "cameo_nouns.tsv"],
                   "tools/cameo/id_morph.py --roots data/id/cameo_roots.tsv --out data/id")
    if not os.path.isdir(PETRARCH_REPO):
        print("skip: PETRARCH2 mirror %s absent; data/en/cameo_verbs.tsv checked for format only" % PETRARCH_REPO)
        return
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(HERE, "petrarch_to_kronik.py"), "--repo", PETRARCH_REPO,
                        "--out", tmp], check=True, stderr=subprocess.DEVNULL)
        same_files(ck, tmp, "en", ["cameo_verbs.tsv", "cameo_classes.tsv", "cameo_verb_forms.tsv"],
                   "tools/cameo/petrarch_to_kronik.py --repo %s --out data/en" % PETRARCH_REPO)


def check_morphology(ck):
    for case in GOLDEN:
        root, tag, want = case[:3]
        got = id_morph.form_of(root, tag, keep=len(case) > 3 and case[3])
        if got != want:
            ck.error("id_morph: %s + %s gives '%s', expected '%s'" % (root, tag, got, want))


def main():
    ck = Checker()
    check_formats(ck)
    check_generated(ck)
    check_morphology(ck)
    for e in ck.errors:
        print("error: " + e)
    print("%d golden morphology cases; %s" % (len(GOLDEN), "FAIL" if ck.errors else "ok"))
    return 1 if ck.errors else 0


if __name__ == "__main__":
    sys.exit(main())
