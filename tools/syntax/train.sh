#!/usr/bin/env bash
# The recipe of data/models/syntax-id.bin and data/models/syntax-en.bin (docs/syntax.md).
#
#   tools/syntax/train.sh [build-dir]        # default ./build; takes ~5 minutes on one core
#
# Treebanks are read from git mirrors at pinned commits (no work tree needed):
#   UD_MIRRORS=/work/.mirror  holds UniversalDependencies+<treebank>/repo
# The FNV-1a hash of this file is stored in each model header, so any change to the data, the
# commits or the settings below gives models with a different recipe hash.
#
# Held out, never trained on: Indonesian GSD test, English EWT test. Scores are printed.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
mirrors=${UD_MIRRORS:-/work/.mirror}

# ---- Data: repository, commit, files -------------------------------------------------------
ID_GSD=UD_Indonesian-GSD;   ID_GSD_COMMIT=89491e4d51c15da157175c303213ae5ff6f05f9d     # CC BY-SA 4.0
ID_CSUI=UD_Indonesian-CSUI; ID_CSUI_COMMIT=41dd7f23be883382dd111b119fe58b563c5541ee    # CC BY-SA 4.0
ID_PUD=UD_Indonesian-PUD;   ID_PUD_COMMIT=765fb3fe486201f094cb177aff5aa84bc6b06800     # CC BY-SA 3.0
EN_EWT=UD_English-EWT;      EN_EWT_COMMIT=15d613d8447b3478787d4c278730a1e48a945efb     # CC BY-SA 4.0
EN_GUM=UD_English-GUM;      EN_GUM_COMMIT=afb41ee9bca57991125814fa04d96a0e61470c8b     # see below
# GUM documents are used only from the genres whose texts GUM's README names as CC BY or
# public domain (Wikinews news/interviews/bios, Wikivoyage, OpenStax textbooks, CC vlogs,
# political speeches, Santa Barbara conversations). wikiHow and fiction (CC BY-NC-SA) and
# genres the README does not license explicitly are left out. EN_GUM_GENRES="" trains on EWT only.
EN_GUM_GENRES=${EN_GUM_GENRES-"bio conversation interview news speech textbook vlog voyage"}

# ---- Settings ------------------------------------------------------------------------------
SETTINGS=(--tagger-epochs 10 --parser-epochs 15 --folds 5 --prune 0.02 --seed 1)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

show() {  # show <treebank> <commit> <path> <out>
  git -C "$mirrors/UniversalDependencies+$1/repo" show "$2:$3" > "$work/$4"
}

show $ID_GSD  $ID_GSD_COMMIT  id_gsd-ud-dev.conllu    id-gsd-dev.conllu
show $ID_GSD  $ID_GSD_COMMIT  id_gsd-ud-test.conllu   id-gsd-test.conllu      # held out
show $ID_CSUI $ID_CSUI_COMMIT id_csui-ud-train.conllu id-csui-train.conllu
show $ID_CSUI $ID_CSUI_COMMIT id_csui-ud-test.conllu  id-csui-test.conllu
show $ID_PUD  $ID_PUD_COMMIT  id_pud-ud-test.conllu   id-pud-test.conllu
show $EN_EWT  $EN_EWT_COMMIT  en_ewt-ud-dev.conllu    en-ewt-dev.conllu
show $EN_EWT  $EN_EWT_COMMIT  en_ewt-ud-test.conllu   en-ewt-test.conllu      # held out
gum_train=()
for genre in $EN_GUM_GENRES; do
  for path in $(git -C "$mirrors/UniversalDependencies+$EN_GUM/repo" ls-tree --name-only "$EN_GUM_COMMIT" \
                  not-to-release/sources/ | grep "/GUM_${genre}_.*\.conllu$"); do
    show $EN_GUM $EN_GUM_COMMIT "$path" "en-$(basename "$path")"
    gum_train+=(--train "$work/en-$(basename "$path")")
  done
done

cmake --build "$build" --target syntax_train >/dev/null
trainer="$build/tools/syntax/syntax_train"
mkdir -p data/models

# GSD dev is read three times: GSD is the news treebank and its conventions (compound for
# noun-noun compounds, where CSUI and PUD write nmod) are the ones the held-out set scores.
echo "== Indonesian"
nice -n 19 "$trainer" --language id --out data/models/syntax-id.bin --recipe "$0" "${SETTINGS[@]}" \
  --train "$work/id-gsd-dev.conllu" --train "$work/id-gsd-dev.conllu" --train "$work/id-gsd-dev.conllu" \
  --train "$work/id-csui-train.conllu" \
  --train "$work/id-csui-test.conllu" --train "$work/id-pud-test.conllu" \
  --eval "$work/id-gsd-test.conllu"
echo "== English"
nice -n 19 "$trainer" --language en --out data/models/syntax-en.bin --recipe "$0" "${SETTINGS[@]}" \
  --train "$work/en-ewt-dev.conllu" "${gum_train[@]}" \
  --eval "$work/en-ewt-test.conllu"
ls -l data/models/syntax-id.bin data/models/syntax-en.bin
