#!/usr/bin/env bash
# Configures and builds kinerja in a build folder.
#   scripts/build.sh [BUILD_DIR] [extra cmake arguments...]
# BUILD_DIR defaults to build/. The compiler is CMake's choice, or $CXX and
# $CC when set. With nothing changed a second run only asks ninja, which
# has nothing to do; other arguments or another compiler configure the
# folder afresh.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-"$root/build"}
shift || true

# What this folder was configured with: the arguments and the compilers.
wanted="$* CXX=${CXX:-} CC=${CC:-}"
stamp="$build/.kinerja-configured-with"
if [[ ! -f "$build/build.ninja" || "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]]; then
  fresh=()
  [[ -f "$build/CMakeCache.txt" ]] && fresh=(--fresh)
  cmake "${fresh[@]}" -S "$root" -B "$build" -G Ninja "$@" >/dev/null
  printf '%s' "$wanted" >"$stamp"
fi
# Two cores on the reference machine; ninja would take three.
cmake --build "$build" -- -j"${KINERJA_JOBS:-2}"
