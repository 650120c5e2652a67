# Sourced by the scripts that run long steps: `stage NAME CMD...` runs CMD
# and notes how long it took; a failing CMD stops the script. The first
# script in a chain (.ci/run, or test.sh run by hand) owns the list and
# prints every stage's time when it ends, the stages of the scripts it
# runs included.
if [[ -z "${KINERJA_STAGE_LOG:-}" ]]; then
  KINERJA_STAGE_LOG=$(mktemp /tmp/kinerja-stages-XXXXXX)
  export KINERJA_STAGE_LOG
  kinerja_stage_owner=1
  trap 'stage_summary; rm -f "$KINERJA_STAGE_LOG"' EXIT
fi

stage() {
  local name=$1
  shift
  echo "== $name" >&2
  local start=$SECONDS status=0
  "$@" || status=$?
  local outcome=""
  [[ $status -ne 0 ]] && outcome=" (failed, exit $status)"
  printf '%s\t%s%s\n' "$((SECONDS - start))" "$name" "$outcome" >>"$KINERJA_STAGE_LOG"
  [[ $status -eq 0 ]] || exit $status
}

stage_summary() {
  [[ -n "${kinerja_stage_owner:-}" && -s "$KINERJA_STAGE_LOG" ]] || return 0
  echo "== time per stage" >&2
  awk -F'\t' '{ printf "%6d s  %s\n", $1, $2; total += $1 } END { printf "%6d s  in all\n", total }' \
    "$KINERJA_STAGE_LOG" >&2
}
