#!/usr/bin/env bash
# From a fresh machine to a first result: installs what is missing, builds,
# and evaluates the bundled example, the 2023 Laporan Kinerja of Biro Humas,
# Kementerian Sosial, recomputed from its own published tables
# (configs/biro-humas-2023/), into build/quickstart/: the report as HTML
# (its path is printed last), Excel, Markdown, CSV and the result JSON. The
# warnings printed are the report's inconsistencies (see that folder's
# README.md).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

"$root/scripts/install-deps.sh"
# Only what the example needs: no tests, no benchmarks (scripts/test.sh
# builds those in build-test/).
"$root/scripts/build.sh" "$root/build" -DKINERJA_BUILD_TESTS=OFF -DKINERJA_BUILD_BENCH=OFF

config="$root/configs/biro-humas-2023/config.json"
out_dir="$root/build/quickstart"
status=0
"$root/build/bin/kinerja" evaluate "$config" --out-dir "$out_dir" --name laporan-kinerja-2023 \
  --format json,xlsx,md,csv,html --summary || status=$?
report="$out_dir/laporan-kinerja-2023.html"
[[ -f "$report" ]] && echo && echo "Report: $report"
exit $status
