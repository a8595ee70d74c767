#!/usr/bin/env bash
# `kronik parse`: CoNLL-U from documents (text, HTML, JSON Lines, stdin) and from CoNLL-U input,
# checked by a small CoNLL-U validator (columns, ids, heads, one root, multiword ranges), and its
# usage errors.
source "$(dirname "$0")/lib.sh"
EX="$KRONIK_SOURCE_DIR/examples"

validate() {  # FILE: well-formed CoNLL-U with a tree per sentence
  python3 - "$1" <<'PY' || fail "$1 is not valid CoNLL-U"
import sys
UPOS = set("ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X".split())
sent, sents, words = [], 0, 0
def check(sent):
    ids = [int(c[0]) for c in sent if c[0].isdigit()]
    assert ids == list(range(1, len(ids) + 1)), "word ids out of sequence"
    heads = [int(c[6]) for c in sent if c[0].isdigit()]
    assert all(0 <= h <= len(ids) for h in heads), "head out of range"
    assert heads.count(0) >= 1, "no root"
    for c in sent:
        if "-" in c[0]:
            a, b = map(int, c[0].split("-"))
            assert 1 <= a < b <= len(ids), "bad multiword range"
for line in open(sys.argv[1], encoding="utf-8").read().split("\n"):
    if line.startswith("#"):
        continue
    if not line:
        if sent:
            check(sent); sents += 1
        sent = []
        continue
    c = line.split("\t")
    assert len(c) == 10, "line without 10 columns: %r" % line
    assert " " not in c[1], "space in FORM"
    if c[0].isdigit():
        assert c[3] in UPOS, "unknown UPOS %s" % c[3]
        words += 1
    sent.append(c)
assert sents > 0 and words > 0, "no sentence"
print(sys.argv[1], sents, "sentences", words, "words")
PY
}

"$KRONIK" parse "$EX/id_prabowo_xi_2024.txt" > "$WORK/id.conllu" || fail "parse of a text file failed"
validate "$WORK/id.conllu"
grep -q "^# newdoc id = id_prabowo_xi_2024.txt" "$WORK/id.conllu" || fail "no newdoc line"
grep -q "^# text = " "$WORK/id.conllu" || fail "no text comments"
printf 'Menteri itu menyampaikan pesannya kepada wartawan.\n' > "$WORK/clitic.txt"
"$KRONIK" parse "$WORK/clitic.txt" --lang id > "$WORK/clitic.conllu" || fail "parse of a short text failed"
validate "$WORK/clitic.conllu"
grep -qP "^4-5\tpesannya\t" "$WORK/clitic.conllu" || fail "pesannya is not a multiword token 4-5"
grep -qP "^5\tnya\t" "$WORK/clitic.conllu" || fail "nya is not word 5"
grep -qP "^3\tmenyampaikan\tsampai" "$WORK/clitic.conllu" || fail "no lemma for menyampaikan"

"$KRONIK" parse "$EX/en_putin_kim_2024.html" > "$WORK/en.conllu" || fail "parse of an HTML file failed"
validate "$WORK/en.conllu"
"$KRONIK" parse "$EX/news.jsonl" > "$WORK/jsonl.conllu" || fail "parse of a JSONL file failed"
validate "$WORK/jsonl.conllu"
[ "$(grep -c '^# newdoc' "$WORK/jsonl.conllu")" -ge 2 ] || fail "one newdoc per JSON line expected"
"$KRONIK" parse - --lang en --format text < "$EX/en_asean_2023.txt" > "$WORK/stdin.conllu" || fail "parse of stdin failed"
validate "$WORK/stdin.conllu"

# CoNLL-U in: sentences and words kept, analysis columns replaced.
"$KRONIK" parse "$KRONIK_TEST_DATA/syntax/mini.conllu" --lang id > "$WORK/re.conllu" || fail "parse of CoNLL-U failed"
validate "$WORK/re.conllu"
python3 - "$KRONIK_TEST_DATA/syntax/mini.conllu" "$WORK/re.conllu" <<'PY' || fail "CoNLL-U input words not kept"
import sys
def forms(p):
    out = []
    for l in open(p, encoding="utf-8"):
        c = l.rstrip("\n").split("\t")
        if len(c) == 10 and c[0].isdigit():
            out.append(c[1])
    return out
a, b = forms(sys.argv[1]), forms(sys.argv[2])
assert a == b, "forms differ"
print("CoNLL-U round trip keeps", len(a), "words")
PY

# Usage errors: exit 2 with a message.
expect_usage() {
  set +e; "$KRONIK" parse "$@" > /dev/null 2> "$WORK/err"; rc=$?; set -e
  [ "$rc" = 2 ] || fail "parse $* exited $rc, expected 2"
  grep -q "kronik:" "$WORK/err" || fail "parse $* gave no message"
}
expect_usage "$KRONIK_TEST_DATA/syntax/mini.conllu"            # CoNLL-U without --lang
expect_usage "$EX/en_asean_2023.txt" --lang fr
expect_usage "$EX/en_asean_2023.txt" --format pdf
set +e; "$KRONIK" parse "$WORK/missing.txt" > /dev/null 2>&1; rc=$?; set -e
[ "$rc" != 0 ] || fail "a missing file must fail"
echo "parse: ok"
