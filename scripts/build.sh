#!/usr/bin/env bash
# Configures (once) and builds kinerja in a build folder.
#   scripts/build.sh [BUILD_DIR] [extra cmake arguments...]
# BUILD_DIR defaults to build/. Rebuilding with nothing changed is a no-op.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-"$root/build"}
shift || true

if [[ ! -f "$build/build.ninja" ]]; then
  cmake -S "$root" -B "$build" -G Ninja "$@" >/dev/null
fi
# Two cores on the reference machine; ninja would take three.
cmake --build "$build" -- -j"${KINERJA_JOBS:-2}"
