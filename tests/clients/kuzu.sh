#!/usr/bin/env bash
# kuzu_*.csv load into Kuzu (embedded, from npm) and the queries docs/outputs.md documents run.
source "$(dirname "$0")/lib.sh"
need_node_module kuzu
build_examples "$WORK/out" --kuzu
node "$CLIENTS/kuzu.mjs" "$WORK/out" "$KRONIK_SOURCE_DIR/docs/outputs.md" "$WORK/db" || fail "Kuzu did not load the feed or answer the documented queries"
