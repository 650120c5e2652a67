#!/usr/bin/env bash
# Scale check, by hand (not in CI): generate N articles (default 10 million,
# about 450 MB) and evaluate them with the sentiment plugin, reporting wall
# time and peak memory. Memory must not grow with N: compare two sizes.
#   bench/scale.sh [ARTICLES] [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
articles=${1:-10000000}
build=${2:-"$root/build-release"}
[[ -x "$build/bin/kinerja" ]] || "$root/scripts/build.sh" "$build" -DCMAKE_BUILD_TYPE=Release -DKINERJA_BUILD_TESTS=OFF
work=$(mktemp -d /tmp/kinerja-scale-XXXXXX)
trap 'rm -rf "$work"' EXIT

"$build/bin/kinerja-generate" --out "$work" --articles "$articles" --requests 0 --complaints 0 >/dev/null
cat >"$work/config.json" <<JSON
{"unit": "Skala", "year": 2023, "sasaran": [{"id": "S", "name": "S", "indicators": [
  {"id": "IKK1", "name": "Sentimen negatif", "plugin": "sentiment", "target": "< 20%",
   "params": {"articles": "articles.csv"}}]}]}
JSON
echo "articles: $articles ($(du -h "$work/articles.csv" | cut -f1))"
/usr/bin/time -f "wall %e s, peak memory %M KB" "$build/bin/kinerja" evaluate "$work/config.json" --out "$work/result.json"
grep -m1 '"realisasi"' "$work/result.json"
