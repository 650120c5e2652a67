#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: with g++
# (build-test/), then the same with clang++ (build-clang/) to keep both
# compilers honest. Warnings in kinerja's own code are errors here (they
# are not in a user's build). Set KINERJA_SKIP_CLANG=1 to skip the second
# build while iterating. Test builds are unoptimised and without debug
# information: on two cores that halves the build, and no test measures
# speed (benchmarks do, with scripts/bench.sh). The optimised build is the
# quickstart's, which .ci/run checks too.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/scripts/stages.sh"

with_clang=1
[[ "${KINERJA_SKIP_CLANG:-0}" == "1" ]] && with_clang=0

# clang and libc++ are needed even without the clang build: the installed
# SDK test builds a plugin with clang++/libc++ and loads it in the g++ host.
stage "install test dependencies" "$root/scripts/install-deps.sh" --clang --test

fast=(-DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-O0 -DCMAKE_C_FLAGS_DEBUG=-O0 -DKINERJA_WERROR=ON)
run_suite() {
  local name=$1 build=$2
  shift 2
  stage "build $name ($(basename "$build"))" "$root/scripts/build.sh" "$build" "$@"
  stage "test $name" ctest --test-dir "$build" --output-on-failure -j"${KINERJA_JOBS:-2}"
}
run_suite g++ "$root/build-test" -DCMAKE_CXX_COMPILER=g++ -DCMAKE_C_COMPILER=gcc "${fast[@]}"
if [[ $with_clang -eq 1 ]]; then
  run_suite clang++ "$root/build-clang" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang "${fast[@]}"
fi
