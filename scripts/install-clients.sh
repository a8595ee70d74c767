#!/usr/bin/env bash
# Installs the npm clients the test suite loads outputs into (tests/clients/package.json, versions
# pinned by package-lock.json) into tests/clients/node_modules. Idempotent: nothing is fetched
# when the installed tree matches the lock file. Needs node and npm (scripts/install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/../tests/clients"
if [ -f node_modules/.package-lock.json ] && cmp -s <(sed -n '/"packages"/,$p' package-lock.json | grep -v '"": {' ) <(sed -n '/"packages"/,$p' node_modules/.package-lock.json | grep -v '"": {'); then
  echo "install-clients: npm clients present"
  exit 0
fi
echo "install-clients: npm ci in tests/clients"
npm ci --no-audit --no-fund --loglevel=error
