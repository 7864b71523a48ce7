#!/usr/bin/env bash
# System pieces the test suite needs beyond Python: Debian's chromium and Noto fonts (browser tests), bubblewrap
# (grading sandbox), PostgreSQL (gradebook on a server), iproute2/util-linux (offline bundle test), node and npm
# (the hub's proxy, the Lab extension). As root with apt-get they are installed; otherwise the missing ones are named.
set -euo pipefail
PACKAGES=(chromium fonts-noto-mono fonts-noto-core fonts-noto-color-emoji bubblewrap postgresql iproute2 util-linux
          python3-venv)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
command -v npm >/dev/null || missing+=(nodejs npm)
((${#missing[@]})) || exit 0
if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Cần cài (Debian/Ubuntu): sudo apt-get install ${missing[*]}" >&2
  echo "Needed for the tests: ${missing[*]}" >&2
fi
