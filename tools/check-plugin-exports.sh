#!/usr/bin/env bash
# Checks that each plugin library exports exactly one symbol, the entry
# kinerja_plugin_entry: anything else can clash with another plugin or the
# host, and is not part of the ABI.
#   tools/check-plugin-exports.sh PLUGIN.so...
set -euo pipefail
[[ $# -gt 0 ]] || { echo "usage: $0 PLUGIN.so..." >&2; exit 2; }
command -v nm >/dev/null || { echo "$0: nm (binutils) is needed" >&2; exit 2; }

status=0
for lib in "$@"; do
  exported=$(nm -D --defined-only "$lib" | awk '{print $NF}' | sort)
  if [[ "$exported" != "kinerja_plugin_entry" ]]; then
    echo "$lib exports more than kinerja_plugin_entry:" >&2
    grep -v '^kinerja_plugin_entry$' <<<"$exported" | sed 's/^/  /' >&2
    status=1
  fi
done
exit $status
