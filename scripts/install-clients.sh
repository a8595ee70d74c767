#!/usr/bin/env bash
# Installs the npm clients the test suite loads outputs into (tests/clients/package.json, versions
# pinned by package-lock.json) into tests/clients/node_modules. Idempotent: nothing is fetched
# when the installed tree came from the same lock file (a copy is kept as node_modules/.kronik-lock).
# Needs node and npm (scripts/install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/../tests/clients"
if cmp -s package-lock.json node_modules/.kronik-lock; then
  echo "install-clients: npm clients present"
  exit 0
fi
echo "install-clients: npm ci in tests/clients"
npm ci --no-audit --no-fund --loglevel=error
cp package-lock.json node_modules/.kronik-lock
