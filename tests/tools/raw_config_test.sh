#!/usr/bin/env bash
# configs/biro-humas-2023-raw evaluated on freshly generated raw logs: the
# event-log plugins read what the generator wrote, and their realisasi are
# what the generator's construction gives (expected-with-generated-data.json).
#   raw_config_test.sh KINERJA GENERATOR SOURCE_DIR
set -euo pipefail
kinerja=$1
generate=$2
source=$3
work=$(mktemp -d /tmp/kinerja-raw-XXXXXX)
trap 'rm -rf "$work"' EXIT
cp -r "$source/configs/biro-humas-2023-raw" "$work/case"
rm -rf "$work/case/data" && mkdir "$work/case/data"
"$generate" --out "$work/case/data" --calendar "$source/plugins/ppid/data/calendar/2023.json" >/dev/null
cp "$work/case/expected-with-generated-data.json" "$work/case/expected.json"
"$kinerja" test-cases "$work/case"
