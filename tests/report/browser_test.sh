#!/usr/bin/env bash
# The HTML report in a real browser: Debian's chromium, headless.
#
#   browser_test.sh KINERJA_EXE SOURCE_DIR WORK_DIR
#
# Writes the HTML report of the bundled example (configs/biro-humas-2023, in
# Indonesian and in English) and of tests/report/fixtures/markup (texts full
# of markup, quotes and ampersands), then for each:
#   - chromium --dump-dom: tests/report/check_dom.py checks the parsed DOM
#     (one <h1>, the report tables, the capaian rows, the charts as inline
#     <svg> with a <title>, no script or event handler, nothing loaded from
#     elsewhere, and markup in values present as text, not as elements);
#   - the console chromium logged while loading the page must be empty (a
#     page without scripts has nothing to say; a probe page first proves
#     that console messages do reach the log);
#   - chromium --screenshot: WORK_DIR/NAME.png must be a PNG of the window's
#     size that is not blank.
# Needs /usr/bin/chromium and /usr/bin/python3: scripts/install-deps.sh --test.
# Exits non-zero with a message on the first failed step.
set -euo pipefail

if [[ $# -ne 3 ]]; then
  echo "usage: $0 KINERJA_EXE SOURCE_DIR WORK_DIR" >&2
  exit 2
fi
kinerja=$1
source_dir=$2
work=$3

fail() {
  echo "browser_test: FAIL: $*" >&2
  exit 1
}
step() { echo "browser_test: $*"; }

python=/usr/bin/python3
[[ -x $python ]] || fail "$python not found: run scripts/install-deps.sh --test"
chromium=${KINERJA_CHROMIUM:-/usr/bin/chromium}
if [[ ! -x $chromium ]]; then
  fail "Chromium not found at $chromium: run scripts/install-deps.sh --test (it installs Debian's chromium)"
fi
[[ -x $kinerja ]] || fail "kinerja executable not found: $kinerja"
check_dom=$source_dir/tests/report/check_dom.py
[[ -f $check_dom ]] || fail "not found: $check_dom"

mkdir -p "$work"
work=$(cd "$work" && pwd)
# Only what this test writes, never the whole folder.
rm -rf "$work/ref" "$work/ref-en" "$work/markup" "$work/probe" "$work"/*.png "$work"/*.dom.html "$work"/*.log
profiles=()
cleanup() {
  local p
  for p in "${profiles[@]+"${profiles[@]}"}"; do rm -rf "$p"; done
}
trap cleanup EXIT

# chromium with a fresh profile each time. The flags keep it off the network
# (it is closed here: without them chromium's own background connections are
# refused and logged) and let it run as root in a container.
run_chromium() {
  local profile
  profile=$(mktemp -d "${TMPDIR:-/tmp}/kinerja-chromium.XXXXXX")
  profiles+=("$profile")
  timeout -k 10 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --disable-extensions \
    --disable-default-apps --mute-audio --hide-scrollbars --user-data-dir="$profile" "$@"
}

file_url() { "$python" -c 'import pathlib, sys; print(pathlib.Path(sys.argv[1]).resolve().as_uri())' "$1"; }

# Console messages in chromium's log (--enable-logging=stderr --v=0):
#   [pid:tid:date:INFO:CONSOLE:1] "Uncaught Error: boom", source: file:///... (1)
# (older versions: ...:INFO:CONSOLE(1)] ...). Everything else there is
# chromium's own noise (dbus, gpu, vaapi) and is ignored.
console_lines() { grep -E ':CONSOLE[:(]|Uncaught ' "$1" || true; }

# 0. Console capture works: a probe page that logs must show up in the log,
#    or the console check below would pass whatever the page did.
mkdir -p "$work/probe"
cat >"$work/probe/probe.html" <<'EOF'
<!DOCTYPE html><html><head><meta charset="utf-8"><title>probe</title></head>
<body><p>probe</p><script>console.error("kinerja-console-probe");</script></body></html>
EOF
started=$SECONDS
run_chromium --enable-logging=stderr --v=0 --dump-dom "$(file_url "$work/probe/probe.html")" \
  >"$work/probe.dom.html" 2>"$work/probe.log" || fail "chromium failed on the probe page (log: $work/probe.log)"
if ! console_lines "$work/probe.log" | grep -q 'kinerja-console-probe'; then
  fail "chromium's console messages do not reach its log in the expected form (see $work/probe.log); the console check would be blind"
fi
step "chromium $("$chromium" --version 2>/dev/null | grep -o '[0-9][0-9.]*' | head -n1) reports console messages ($((SECONDS - started))s)"

# 1. The reports.
evaluate() {  # NAME CONFIG [options]
  local name=$1 config=$2
  shift 2
  if ! "$kinerja" evaluate "$config" --out-dir "$work/$name" --format html "$@" >"$work/$name.evaluate.log" 2>&1; then
    cat "$work/$name.evaluate.log" >&2
    fail "kinerja evaluate $config $* failed"
  fi
  [[ -s $work/$name/kinerja-2023.html ]] || fail "kinerja evaluate $config wrote no $work/$name/kinerja-2023.html"
}
reference=$source_dir/configs/biro-humas-2023/config.json
markup=$source_dir/tests/report/fixtures/markup/config.json
evaluate ref "$reference"
evaluate ref-en "$reference" --lang en
evaluate markup "$markup"
step "reports written to $work/{ref,ref-en,markup}/kinerja-2023.html"

# 2.-4. Each report in the browser.
report_tables=(--table table-perjanjian --table table-capaian --table table-warnings --table table-provenance)
# The charts of the example: the capaian chart, the plugins' own (sentiment
# monthly shares, IKM NRR per unsur for IKK2 and IKK8, PPID monthly requests
# and mean days) and the trend of the three indicators with a history.
reference_charts=(--min-svg 9
  --chart chart-capaian-per-indicator
  --chart chart-IKK1-monthly-shares
  --chart chart-IKK2-nrr-per-unsur
  --chart chart-IKK3-monthly-requests
  --chart chart-IKK3-monthly-mean-days
  --chart chart-IKK8-nrr-per-unsur
  --chart chart-trend-IKK2 --chart chart-trend-IKK5 --chart chart-trend-IKK6)

in_browser() {  # NAME check_dom.py-options...
  local name=$1 html url started=$SECONDS lines
  shift
  html=$work/$name/kinerja-2023.html
  url=$(file_url "$html")

  run_chromium --enable-logging=stderr --v=0 --dump-dom "$url" >"$work/$name.dom.html" 2>"$work/$name.log" ||
    fail "$name: chromium --dump-dom failed (log: $work/$name.log)"
  grep -q '</html>' "$work/$name.dom.html" || fail "$name: chromium returned no document (log: $work/$name.log)"

  lines=$(console_lines "$work/$name.log")
  if [[ -n $lines ]]; then
    echo "$lines" >&2
    fail "$name: the page wrote to the browser console (above; full log: $work/$name.log)"
  fi

  "$python" "$check_dom" "$work/$name.dom.html" "$@" || fail "$name: DOM checks failed (DOM: $work/$name.dom.html)"

  rm -f "$work/$name.png"
  run_chromium --screenshot="$work/$name.png" --window-size=1280,6000 "$url" >"$work/$name.screenshot.log" 2>&1 ||
    fail "$name: chromium --screenshot failed (log: $work/$name.screenshot.log)"
  "$python" - "$work/$name.png" 1280 6000 <<'EOF' || fail "$name: bad screenshot $work/$name.png"
import struct, sys, zlib
path, width, height = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
try:
    data = open(path, "rb").read()
except OSError as e:
    sys.exit("no screenshot: %s" % e)
if data[:8] != b"\x89PNG\r\n\x1a\n":
    sys.exit("%s is not a PNG (starts %r)" % (path, data[:8]))
if len(data) < 20000:
    sys.exit("%s is only %d bytes: a blank page?" % (path, len(data)))
# Chunks: IHDR for the size, IDAT for the pixels.
pos, idat, ihdr = 8, [], None
while pos + 8 <= len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        ihdr = struct.unpack(">IIBBBBB", body)
    elif kind == b"IDAT":
        idat.append(body)
    elif kind == b"IEND":
        break
    pos += 12 + length
if ihdr is None or not idat:
    sys.exit("%s: no IHDR or IDAT chunk" % path)
w, h, depth, colour = ihdr[:4]
if (w, h) != (width, height):
    sys.exit("%s is %dx%d, expected %dx%d" % (path, w, h, width, height))
channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colour]
stride = 1 + (w * channels * depth + 7) // 8
raw = zlib.decompress(b"".join(idat))
if len(raw) != stride * h:
    sys.exit("%s: %d bytes of pixel data, expected %d" % (path, len(raw), stride * h))
# A blank (one-colour) image has at most a handful of distinct filtered
# scanlines; a page of text and charts has hundreds.
distinct = len({raw[i:i + stride] for i in range(0, len(raw), stride)})
if distinct < 100:
    sys.exit("%s has only %d distinct rows of pixels: blank or nearly blank" % (path, distinct))
print("%s: PNG %dx%d, %d bytes, %d distinct rows" % (path, w, h, len(data), distinct))
EOF
  step "$name: DOM, console and screenshot OK ($((SECONDS - started))s)"
}

in_browser ref --indicators 8 "${report_tables[@]}" "${reference_charts[@]}" \
  --text "113%" --text "(*) dalam proses penilaian APIP" \
  --title "Laporan Kinerja Biro Hubungan Masyarakat Tahun 2023"

in_browser ref-en --indicators 8 "${report_tables[@]}" "${reference_charts[@]}" \
  --text "113%" --text "(*) dalam proses penilaian APIP"

# The markup fixture: every value below must be text. Its fake </title><h1>
# would make a second <h1>, its </td></tr></table> would break the tables.
# It has no warnings, hence no warnings table.
in_browser markup --indicators 2 --table table-perjanjian --table table-capaian --table table-provenance \
  --min-svg 2 --chart chart-capaian-per-indicator --chart chart-trend-IKK1 \
  --title 'Laporan Kinerja Biro "Humas" & <i>Media</i></title><h1>judul palsu</h1> Tahun 2023' \
  --text 'Indikator <script>alert("x")</script><b>bold</b>' \
  --svg-text 'Indikator <script>alert("x")</script><b>bold</b>' \
  --text 'Biro "Humas" & <i>Media</i></title><h1>judul palsu</h1>' \
  --text "Kementerian 'Sosial' & <u>Mitra</u>" \
  --text "Sasaran <img src=\"http://example.invalid/x.png\" onerror=\"alert(2)\"> & 'kutip' \"ganda\" {{title}}" \
  --text 'Direvisi </td></tr></table><a href="https://example.invalid/">tautan</a> & "kutip" <!-- komentar -->' \
  --text 'Nilai <em>akuntabilitas</em> & "predikat"' \
  --text '(*) dalam proses <b>penilaian</b> APIP & "reviu"' \
  --text 'Bukti <a href="javascript:alert(3)" onclick="alert(4)">klik</a> &amp; &lt;entity&gt;' \
  --text 'LKj 2022 <i>Bab III</i> & "lampiran"' \
  --text 'Catatan <style>body{display:none}</style> & <iframe src="https://example.invalid/"></iframe>' \
  --forbid b=bold --forbid b=penilaian --forbid i=Media --forbid i="Bab III" --forbid u=Mitra \
  --forbid em=akuntabilitas --forbid a=tautan --forbid a=klik --forbid img --forbid h1="judul palsu" \
  --forbid "style=body{display:none}"

step "all passed in $SECONDS s; screenshots: $work/ref.png $work/ref-en.png $work/markup.png"
