#!/usr/bin/env bash
# cmake --install into a folder of the build tree, then: the installed binary runs on an example
# with the installed data (not the source tree's), and a consumer project configured with
# find_package(kronik) and linked to kronik::runner builds and runs on the same example.
# Needs: KRONIK_BUILD_DIR (the build tree), KRONIK_SOURCE_DIR.
set -euo pipefail
src=$KRONIK_SOURCE_DIR
work=$KRONIK_BUILD_DIR/install-test
rm -rf "$work"
mkdir -p "$work"
prefix=$work/prefix
cmake --install "$KRONIK_BUILD_DIR" --prefix "$prefix" > "$work/install.log"

fail() { echo "FAIL: $*" >&2; exit 1; }
for f in bin/kronik share/kronik/common lib/cmake/kronik/kronikConfig.cmake lib/cmake/kronik/kronikTargets.cmake \
         include/kronik/runner/build.h include/kronik/export/export.h lib/libkronik_runner.a; do
  [ -e "$prefix/$f" ] || fail "not installed: $f"
done

example=$src/examples/en_asean_2023.txt
# The installed binary finds the installed data: no KRONIK_DATA_DIR, run from elsewhere; the
# store records which data folder the analyses were made with.
( cd "$work" && env -u KRONIK_DATA_DIR "$prefix/bin/kronik" build "$example" -o "$work/cli-out" --no-svg -q --latest-year 2025 )
[ -s "$work/cli-out/timeline.json" ] || fail "installed kronik wrote no timeline.json"
python3 - "$work/cli-out/kronik.db" "$prefix/share/kronik" <<'PY'
import sqlite3, sys
settings = sqlite3.connect(sys.argv[1]).execute("select value from meta where key='settings'").fetchone()[0]
if "data " + sys.argv[2] + ";" not in settings:
    sys.exit("FAIL: the installed binary read other data: " + settings)
PY

# The consumer: configure, build, run.
gen=()
command -v ninja > /dev/null 2>&1 && gen=(-G Ninja)
cmake -S "$src/tests/install/consumer" -B "$work/consumer" "${gen[@]}" -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_PREFIX_PATH="$prefix" > "$work/consumer-configure.log" || { cat "$work/consumer-configure.log"; fail "configure"; }
cmake --build "$work/consumer" > "$work/consumer-build.log" 2>&1 || { cat "$work/consumer-build.log"; fail "build"; }
out=$(env -u KRONIK_DATA_DIR "$work/consumer/consumer" "$example" "$work/consumer-out")
echo "consumer: $out"
[[ $out =~ ^events\ [1-9][0-9]*\ entities\ [1-9] ]] || fail "consumer output: $out"
# The library call writes what the CLI writes (both without a store for timeline.json: same bytes).
cmp -s "$work/consumer-out/timeline.json" "$work/cli-out/timeline.json" || fail "consumer and CLI timelines differ"
rm -rf "$work"  # 200+ MB of static libraries with debug info
echo "install: ok"
