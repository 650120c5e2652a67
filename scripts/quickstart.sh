#!/usr/bin/env bash
# From a fresh machine to a first result: installs what is missing, builds,
# and evaluates the bundled example, the 2023 Laporan Kinerja of Biro Humas,
# Kementerian Sosial, recomputed from its own published tables
# (configs/biro-humas-2023/), into build/quickstart/result.json. The
# warnings printed are the report's inconsistencies (see that folder's
# README.md).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

"$root/scripts/install-deps.sh"
# Only what the example needs: no tests, no benchmarks (scripts/test.sh
# builds those in build-test/).
"$root/scripts/build.sh" "$root/build" -DKINERJA_BUILD_TESTS=OFF -DKINERJA_BUILD_BENCH=OFF

config="$root/configs/biro-humas-2023/config.json"
out="$root/build/quickstart/result.json"
mkdir -p "$(dirname "$out")"
status=0
"$root/build/bin/kinerja" evaluate "$config" --out "$out" --summary || status=$?
[[ -f "$out" ]] && echo && echo "Result: $out"
exit $status
