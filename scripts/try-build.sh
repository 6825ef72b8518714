#!/usr/bin/env bash
# Builds a copy of the project in a temporary folder, so several people (or tests) can
# check content without touching ./dist or ./.astro. Usage: scripts/try-build.sh [astro args]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d /tmp/bingcheng-build.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
tar -C "$root" --exclude=./node_modules --exclude=./dist --exclude=./.astro --exclude=./.git \
  --exclude=./test-results --exclude=./.song-fixture -cf - . | tar -C "$tmp" -xf -
ln -s "$root/node_modules" "$tmp/node_modules"
cd "$tmp"
ASTRO_TELEMETRY_DISABLED=1 "$root/node_modules/.bin/node" "$root/node_modules/astro/bin/astro.mjs" build "$@" 2>&1 | grep -v '^\s*$' | tail -40
