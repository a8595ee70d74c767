#!/usr/bin/env bash
# The recipe of data/models/names-id.bin and data/models/names-en.bin (docs/names.md).
#
#   tools/names/train.sh [build-dir]        # default ./build; about a minute on one core
#
# Corpora are read from git mirrors at pinned commits (no work tree needed), outside the repo:
#   NAMES_MIRRORS=/work/.mirror  holds IndoNLP+indonlu/repo and UniversalDependencies+UD_English-GUM/repo
# Hints (gazetteer membership, title before) come from this checkout's data/ (tools/names/hints.h).
# The FNV-1a hash of this file is stored in each model header, so any change to the data, the
# commits or the settings below gives models with a different recipe hash.
#
# Held out, never trained on: NER-Grit test, NER-P test, GUM test documents. Scores are printed.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
mirrors=${NAMES_MIRRORS:-/work/.mirror}

# ---- Data: repository, commit, files -------------------------------------------------------
# IndoNLU (github.com/IndoNLP/indonlu), LICENSE: Apache-2.0 (README badge: MIT). Test labels
# were released in commit 5ec863d ("release test set").
INDONLU=IndoNLP+indonlu;          INDONLU_COMMIT=ce728f6926a36174b9923dfe49d6a6839b6e9bb7
GRIT=dataset/nergrit_ner-grit     # NER-Grit: PERSON, PLACE, ORGANISATION (cased)
NERP=dataset/nerp_ner-prosa       # NER-P: PPL, PLC, IND, EVT, FNB (lower-cased text)
# UD_English-GUM (github.com/UniversalDependencies/UD_English-GUM), entity annotations in MISC.
GUM=UniversalDependencies+UD_English-GUM; GUM_COMMIT=afb41ee9bca57991125814fa04d96a0e61470c8b
# Only the genres whose texts GUM's README names as CC BY or public domain (as for the syntax
# models): wikiHow and fiction (CC BY-NC-SA) and genres without an explicit licence are left out.
GUM_GENRES="bio conversation interview news speech textbook vlog voyage"
# Test documents: GUM's own split, not-to-release/file-lists/files.test.

# ---- Settings ------------------------------------------------------------------------------
SETTINGS=(--epochs 10 --buckets 18 --prune 0.0005 --dropout 0.2 --seed 1)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

git -C "$mirrors/$INDONLU/repo" show "$INDONLU_COMMIT:$GRIT/train_preprocess.txt" > "$work/grit-train.txt"
git -C "$mirrors/$INDONLU/repo" show "$INDONLU_COMMIT:$GRIT/test_preprocess.txt"  > "$work/grit-test.txt"   # held out
git -C "$mirrors/$INDONLU/repo" show "$INDONLU_COMMIT:$NERP/test_preprocess.txt"  > "$work/nerp-test.txt"   # held out
gum_repo="$mirrors/$GUM/repo"
git -C "$gum_repo" show "$GUM_COMMIT:not-to-release/file-lists/files.test" | tr -d '\r' > "$work/gum-test.list"
: > "$work/gum-train.conllu"; : > "$work/gum-test.conllu"
for genre in $GUM_GENRES; do
  for path in $(git -C "$gum_repo" ls-tree --name-only "$GUM_COMMIT" not-to-release/sources/ | grep "/GUM_${genre}_.*\.conllu$"); do
    doc=$(basename "$path" .conllu)
    if grep -qx "$doc" "$work/gum-test.list"; then split=test; else split=train; fi
    git -C "$gum_repo" show "$GUM_COMMIT:$path" >> "$work/gum-$split.conllu"
  done
done

cmake --build "$build" --target names_train >/dev/null
trainer="$build/tools/names/names_train"
mkdir -p data/models

# Indonesian: NER-Grit train only. NER-P is lower-cased; adding its train split lowered NER-Grit
# (cased, like the news kronik reads) by 3 F1 points (docs/names.md), so it is only scored.
echo "== Indonesian"
nice -n 19 "$trainer" --language id --data data --out data/models/names-id.bin --recipe "$0" "${SETTINGS[@]}" \
  --train "grit:$work/grit-train.txt" \
  --eval "grit:$work/grit-test.txt" --eval "nerp:$work/nerp-test.txt" --no-gazetteer-eval
echo "== English"
nice -n 19 "$trainer" --language en --data data --out data/models/names-en.bin --recipe "$0" "${SETTINGS[@]}" \
  --train "gum:$work/gum-train.conllu" \
  --eval "gum:$work/gum-test.conllu" --no-gazetteer-eval
ls -l data/models/names-id.bin data/models/names-en.bin
