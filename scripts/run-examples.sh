#!/usr/bin/env bash
# Command 1 of the README: install what is missing, build, run kronik on examples/ into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build/src/cli/kronik build examples -o out
echo "run-examples: wrote out/timeline.json, out/graph.dot, out/graph.svg, out/graph.graphml"
