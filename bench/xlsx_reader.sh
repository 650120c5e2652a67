#!/usr/bin/env bash
# The xlsx reader beside the CSV reader on the same data (a benchmark, not
# a test): ROWS generated articles (default 1 million) as articles.csv and
# as a one-sheet workbook, each evaluated by the sentiment plugin through
# the SDK's table layer; prints wall time and peak memory of each, and
# checks that both give the same realisasi.
#   bench/xlsx_reader.sh [ROWS] [BUILD_DIR]
# Needs Debian's python3-openpyxl (scripts/install-deps.sh --test) to
# write the workbook; writing it takes longer than reading it.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
rows=${1:-1000000}
build=${2:-"$root/build-release"}
[[ -x "$build/bin/kinerja" && -x "$build/bin/kinerja-generate" ]] ||
  "$root/scripts/build.sh" "$build" -DCMAKE_BUILD_TYPE=Release -DKINERJA_BUILD_TESTS=OFF
work=$(mktemp -d /tmp/kinerja-xlsx-bench-XXXXXX)
trap 'rm -rf "$work"' EXIT

"$build/bin/kinerja-generate" --out "$work" --articles "$rows" --requests 0 --complaints 0 >/dev/null
/usr/bin/python3 - "$work/articles.csv" "$work/articles.xlsx" <<'PY'
import csv, datetime, sys
import openpyxl
book = openpyxl.Workbook(write_only=True)
sheet = book.create_sheet("Berita")
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = csv.reader(f)
    sheet.append(next(rows))
    for row in rows:  # the date as an Excel date cell, as a monitoring export holds it
        row[0] = datetime.date.fromisoformat(row[0])
        sheet.append(row)
book.save(sys.argv[2])
PY

for format in csv xlsx; do
  cat >"$work/config-$format.json" <<JSON
{"unit": "Skala", "year": 2023, "sasaran": [{"id": "S", "name": "S", "indicators": [
  {"id": "IKK1", "name": "Sentimen negatif", "plugin": "sentiment", "target": "< 20%",
   "params": {"articles": "articles.$format"}}]}]}
JSON
done
echo "rows: $rows; articles.csv $(du -h "$work/articles.csv" | cut -f1), articles.xlsx $(du -h "$work/articles.xlsx" | cut -f1)"
for format in csv xlsx csv xlsx; do
  /usr/bin/time -f "$format: wall %e s, peak memory %M KB" \
    "$build/bin/kinerja" evaluate "$work/config-$format.json" --out "$work/result-$format.json"
done
csv=$(grep -m1 '"realisasi"' "$work/result-csv.json")
xlsx=$(grep -m1 '"realisasi"' "$work/result-xlsx.json")
[[ "$csv" == "$xlsx" ]] || { echo "the two readers disagree: $csv / $xlsx" >&2; exit 1; }
echo "both give$csv"
