#!/usr/bin/env bash
# From a fresh machine to a first result: installs what is missing, builds
# (Release, -O2), and evaluates the bundled example, the 2023 Laporan
# Kinerja of Biro Humas, Kementerian Sosial, recomputed from its own
# published tables (configs/biro-humas-2023/), into build/quickstart/: the
# report as HTML (its path is printed last), Excel, Markdown, CSV and the
# result JSON. The warnings printed are the report's inconsistencies (see
# that folder's README.md).
#
#   CXX=clang++ scripts/quickstart.sh   builds with clang instead of g++
#   KINERJA_WERROR=1                    warnings are errors (what CI runs)
#   KINERJA_BUILD_DIR=DIR               builds into DIR instead of build/
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${KINERJA_BUILD_DIR:-"$root/build"}

deps=()
[[ "${CXX:-}" == *clang* ]] && deps+=(--clang)
"$root/scripts/install-deps.sh" "${deps[@]}"

# Only what the example needs: no tests, benchmarks or tools
# (scripts/test.sh builds those in build-test/).
options=(-DCMAKE_BUILD_TYPE=Release -DKINERJA_BUILD_TESTS=OFF -DKINERJA_BUILD_BENCH=OFF -DKINERJA_BUILD_TOOLS=OFF)
[[ "${KINERJA_WERROR:-0}" == "1" ]] && options+=(-DKINERJA_WERROR=ON)
"$root/scripts/build.sh" "$build" "${options[@]}"

config="$root/configs/biro-humas-2023/config.json"
out_dir="$build/quickstart"
status=0
"$build/bin/kinerja" evaluate "$config" --out-dir "$out_dir" --name laporan-kinerja-2023 \
  --format json,xlsx,md,csv,html --summary || status=$?
report="$out_dir/laporan-kinerja-2023.html"
[[ -f "$report" ]] && echo && echo "Report: $report"
exit $status
