#!/usr/bin/env bash
# Proof that the SDK is stable, on an installed kinerja that is not rebuilt:
#  1. install to a temporary prefix; build the plugin template out of tree
#     with find_package(KinerjaSDK); run its golden cases with the installed
#     kinerja; load and evaluate it;
#  2. build the same plugin with clang++ and libc++ and load it in the
#     g++-built host (only C crosses the boundary);
#  3. build it against the next minor and the next major of the ABI header:
#     both refused, naming both versions.
#   install_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
work=$(mktemp -d /tmp/kinerja-install-XXXXXX)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

prefix="$work/prefix"
cmake --install "$build" --prefix "$prefix" >/dev/null
kinerja="$prefix/bin/kinerja"
[[ -x "$kinerja" ]] || fail "kinerja not installed"
[[ -f "$prefix/include/kinerja/plugin_abi.h" ]] || fail "SDK headers not installed"
"$kinerja" plugins | grep "^manual " >/dev/null || fail "installed kinerja does not find its bundled plugins"
# The host's ABI, e.g. "1.1", from `kinerja --version`.
abi=$("$kinerja" --version | sed -n 's/.*plugin ABI \([0-9]*\.[0-9]*\).*/\1/p')
major=${abi%.*}
minor=${abi#*.}
[[ -n "$abi" ]] || fail "kinerja --version does not state the plugin ABI"

template="$prefix/share/kinerja/plugin-template"
[[ -f "$template/CMakeLists.txt" ]] || fail "plugin template not installed"

# 1. Out of tree, with find_package, loaded by the installed host.
cp -r "$template" "$work/contoh"
cmake -S "$work/contoh" -B "$work/contoh/build" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$work/contoh/build" >/dev/null
ctest --test-dir "$work/contoh/build" --output-on-failure >/dev/null || fail "template's golden cases failed"
"$kinerja" plugins --plugin-dir "$work/contoh/build" | grep "^contoh 1.0.0 (ABI $abi)" >/dev/null || fail "template plugin not loaded"
"$kinerja" evaluate "$work/contoh/sample/config.json" --plugin-dir "$work/contoh/build" >"$work/result.json" \
  || fail "evaluating the sample config failed"
grep -q '"realisasi": 75.0' "$work/result.json" || fail "template plugin computed a wrong realisasi"
[[ -f "$work/contoh/build/contoh/locale/id.json" ]] || fail "the template's locale files are not beside the built plugin"
# Its report words come from its own locale file, found beside the library.
"$kinerja" report "$work/result.json" --out-dir "$work/contoh-report" --format md --plugin-dir "$work/contoh/build" >/dev/null \
  || fail "the report of the template plugin's result failed"
label=$(sed -n 's/.*"selesai": *"\([^"]*\)".*/\1/p' "$work/contoh/locale/id.json" | head -1)
[[ -n "$label" ]] && grep -qF "$label" "$work/contoh-report/kinerja-"*.md || fail "the template's own heading for 'selesai' is not in its report"
echo "ok: template built out of tree and loaded by the installed kinerja"

# The installed kinerja finds its installed report templates (not the
# source tree's): the report of the bundled example, as HTML and Markdown.
[[ -f "$prefix/share/kinerja/templates/id/report.html.mustache" ]] || fail "report templates not installed"
"$kinerja" evaluate "$source/configs/contoh-renstra/config.json" --out-dir "$work/report" --format html,md >/dev/null \
  || fail "the installed kinerja could not write the report"
grep -q "Laporan Kinerja Biro Contoh Tahun 2023" "$work/report/kinerja-2023.html" || fail "HTML report without its title"
grep -q "Rp 1.200.000.000" "$work/report/kinerja-2023.md" || fail "Markdown report without the pagu awal"
[[ -f "$prefix/lib/kinerja/plugins/ppid/locale/id.json" || -f "$prefix/lib64/kinerja/plugins/ppid/locale/id.json" ]] \
  || fail "the bundled plugins' locale files are not installed"
echo "ok: the installed kinerja writes its report with the installed templates"

# 2. clang++ with libc++, in the g++-built host.
if command -v clang++ >/dev/null && [[ -f /usr/lib/llvm-14/lib/libc++.so || -f /usr/lib/x86_64-linux-gnu/libc++.so ]]; then
  cmake -S "$work/contoh" -B "$work/libcxx" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" \
    -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_FLAGS=-stdlib=libc++ -DCMAKE_MODULE_LINKER_FLAGS=-stdlib=libc++ >/dev/null
  cmake --build "$work/libcxx" >/dev/null
  ldd "$work/libcxx/kinerja-contoh.so" | grep "libc++" >/dev/null || fail "the clang build does not use libc++"
  "$kinerja" evaluate "$work/contoh/sample/config.json" --plugin-dir "$work/libcxx" >"$work/result-libcxx.json" \
    || fail "libc++ plugin failed in the g++ host"
  grep -q '"realisasi": 75.0' "$work/result-libcxx.json" || fail "libc++ plugin computed a wrong realisasi"
  echo "ok: clang++/libc++ plugin evaluates in the g++-built host"
else
  fail "clang++ with libc++ is needed (scripts/install-deps.sh --clang installs it)"
fi

# 3. Built against other ABI versions: refused, naming both.
build_against() {  # NAME MAJOR MINOR
  local include="$work/include-$1"
  cp -r "$prefix/include" "$include"
  sed -i -e "s/^#define KINERJA_ABI_MAJOR .*/#define KINERJA_ABI_MAJOR $2/" \
         -e "s/^#define KINERJA_ABI_MINOR .*/#define KINERJA_ABI_MINOR $3/" "$include/kinerja/plugin_abi.h"
  cmake -S "$work/contoh" -B "$work/$1" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_CXX_FLAGS="-I$include" >/dev/null
  cmake --build "$work/$1" >/dev/null
  "$kinerja" plugins --no-bundled-plugins --plugin-dir "$work/$1"
}
newer="$major.$((minor + 1))"
other="$((major + 1)).0"
build_against newer-minor "$major" $((minor + 1)) 2>&1 | grep "plugin needs a newer host (plugin ABI $newer, host ABI $abi)" >/dev/null \
  || fail "a plugin built for ABI $newer was not refused as it should be"
build_against other-major $((major + 1)) 0 2>&1 | grep "incompatible ABI major version (plugin ABI $other, host ABI $abi)" >/dev/null \
  || fail "a plugin built for ABI $other was not refused as it should be"
echo "ok: plugins built for ABI $newer and $other are refused"
