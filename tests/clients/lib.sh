# Shared helpers for the client tests (sourced): each runs kronik on examples/ once and loads
# the outputs into a real client. A missing client is exit 77 (ctest: skipped), named on stderr;
# scripts/install-deps.sh and scripts/install-clients.sh install them all.
set -euo pipefail
: "${KRONIK:?KRONIK must point to the kronik binary}"
: "${KRONIK_SOURCE_DIR:?}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
CLIENTS="$KRONIK_SOURCE_DIR/tests/clients"
fail() { echo "FAIL: $*" >&2; exit 1; }
skip() { echo "SKIP: $*" >&2; exit 77; }
# build_examples DIR [options]: kronik on the bundled examples into DIR.
build_examples() {
  local dir=$1
  shift
  "$KRONIK" build "$KRONIK_SOURCE_DIR/examples" -o "$dir" -q --no-svg "$@" || fail "kronik build failed"
}
# need_node_module NAME: the npm package is installed under tests/clients/node_modules.
need_node_module() {
  command -v node >/dev/null || skip "node is not installed (scripts/install-deps.sh)"
  [ -d "$CLIENTS/node_modules/$1" ] || skip "npm package $1 missing: run scripts/install-clients.sh"
}
