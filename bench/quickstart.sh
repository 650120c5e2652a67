#!/usr/bin/env bash
# The newcomer's path, timed (a benchmark, not a test): a fresh clone of
# this checkout's HEAD, then scripts/quickstart.sh in it, with the Debian
# packages already installed (the script installs them first, untimed).
# Prints the wall time of each round and of a second, unchanged run.
#   bench/quickstart.sh [ROUNDS] [CXX]     e.g. bench/quickstart.sh 2 clang++
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
rounds=${1:-1}
compiler=${2:-g++}
deps=()
[[ "$compiler" == *clang* ]] && deps+=(--clang)
"$root/scripts/install-deps.sh" "${deps[@]}"

work=$(mktemp -d /tmp/kinerja-quickstart-XXXXXX)
trap 'rm -rf "$work"' EXIT
echo "quickstart on a fresh clone of $(git -C "$root" rev-parse --short HEAD), CXX=$compiler, $(nproc) cores"
for round in $(seq "$rounds"); do
  rm -rf "$work/clone"
  git clone -q "$root" "$work/clone"
  start=$(date +%s.%N)
  CXX=$compiler "$work/clone/scripts/quickstart.sh" >"$work/log" 2>&1 || { cat "$work/log"; exit 1; }
  end=$(date +%s.%N)
  again_start=$(date +%s.%N)
  CXX=$compiler "$work/clone/scripts/quickstart.sh" >/dev/null 2>&1
  again_end=$(date +%s.%N)
  [[ -s "$work/clone/build/quickstart/laporan-kinerja-2023.html" ]] || { echo "no report written" >&2; exit 1; }
  awk -v r="$round" -v a="$start" -v b="$end" -v c="$again_start" -v d="$again_end" \
    'BEGIN { printf "round %d: %.1f s from the clone to the report; %.1f s run again unchanged\n", r, b - a, d - c }'
done
