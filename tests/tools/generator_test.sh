#!/usr/bin/env bash
# kinerja-generate: the same options give the same bytes; sizes are as
# asked; what it refuses, it refuses with exit 2 and a message.
#   generator_test.sh GENERATOR CALENDAR
set -euo pipefail
generate=$1
calendar=$2
work=$(mktemp -d /tmp/kinerja-generator-XXXXXX)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

mkdir "$work/a" "$work/b" "$work/c"
"$generate" --out "$work/a" --articles 1200 --requests 205 --complaints 600 --calendar "$calendar" >/dev/null
"$generate" --out "$work/b" --articles 1200 --requests 205 --complaints 600 --calendar "$calendar" >/dev/null
for f in articles.csv requests.csv complaints.csv; do
  cmp -s "$work/a/$f" "$work/b/$f" || fail "$f differs between two runs with the same options"
done
[[ $(($(wc -l <"$work/a/articles.csv") - 1)) -eq 1200 ]] || fail "articles.csv does not have 1200 rows"
[[ $(($(wc -l <"$work/a/requests.csv") - 1)) -eq 205 ]] || fail "requests.csv does not have the seed's 205 rows"
[[ $(($(wc -l <"$work/a/complaints.csv") - 1)) -eq 600 ]] || fail "complaints.csv does not have 600 rows"
# January: 100 articles, 15.85% negative as printed: 16 (rounded) negatif rows.
[[ $(grep -c '^2023-01-.*,negatif$' "$work/a/articles.csv") -eq 16 ]] || fail "January's negative count is not 16"
head -1 "$work/a/complaints.csv" | grep -qx 'nomor_tracking,tanggal_diterima,status,tanggal_tindak_lanjut,tanggal_selesai,kategori,unit,rating' \
  || fail "complaints.csv header changed"

"$generate" --out "$work/c" --articles 24 --requests 0 --complaints 0 --dialect semicolon >/dev/null
grep -q '^01/01/2023;' "$work/c/articles.csv" || fail "the semicolon dialect does not write DD/MM/YYYY dates"
[[ ! -e "$work/c/requests.csv" ]] || fail "--requests 0 still wrote requests.csv"

status=0
"$generate" --out "$work/c" --requests 5 2>"$work/err" >/dev/null || status=$?
[[ $status -eq 2 ]] && grep -q -- "--calendar is needed" "$work/err" || fail "a missing calendar is not refused with exit 2"
status=0
"$generate" --out "$work/none" 2>"$work/err" >/dev/null || status=$?
[[ $status -eq 2 ]] && grep -q "not a folder" "$work/err" || fail "a missing output folder is not refused with exit 2"
ls "$work/c" | grep -q '\.part$' && fail "a temporary .part file was left behind"
echo "ok"
