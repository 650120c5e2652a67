#!/usr/bin/env bash
# Builds (Release) and runs the benchmarks (the host's evaluation, then the
# report's formats); extra arguments go to Google Benchmark, e.g.
# scripts/bench.sh --benchmark_filter=Html
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" "$root/build-release" -DCMAKE_BUILD_TYPE=Release -DKINERJA_BUILD_TESTS=OFF
for bench in evaluate_bench report_bench; do
  "$root/build-release/bin/$bench" "$@"
done
