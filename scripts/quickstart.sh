#!/usr/bin/env bash
# From a fresh machine to a first result: installs what is missing, builds,
# and evaluates the bundled example (the 2023 Perjanjian Kinerja of Biro
# Humas, Kementerian Sosial) into build/quickstart/result.json.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" "$root/build"

config="$root/configs/biro-humas-2023-manual.json"
out="$root/build/quickstart/result.json"
mkdir -p "$(dirname "$out")"
status=0
"$root/build/bin/kinerja" evaluate "$config" --out "$out" --summary || status=$?
[[ -f "$out" ]] && echo && echo "Result: $out"
exit $status
