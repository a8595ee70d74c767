#!/usr/bin/env bash
# Command 2 of the README: install what is missing, build, run the whole test suite.
# scripts/install-clients.sh brings the npm clients of tests/clients (pinned versions).
# The end-to-end tests read ../shared (seeds and evaluation kit) when it is beside the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/install-clients.sh
scripts/build.sh
cd build
ctest --output-on-failure -j "$(nproc)" "$@"
