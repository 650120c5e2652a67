#!/usr/bin/env bash
# Builds (Release) and runs the benchmarks; extra arguments go to Google
# Benchmark, e.g. scripts/bench.sh --benchmark_filter=Evaluate
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" "$root/build-release" -DCMAKE_BUILD_TYPE=Release -DKINERJA_BUILD_TESTS=OFF
exec "$root/build-release/bin/evaluate_bench" "$@"
