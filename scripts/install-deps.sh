#!/usr/bin/env bash
# Installs the Debian packages kinerja needs to build and test, only those
# missing. Safe to run again: with everything present it does nothing.
#   scripts/install-deps.sh [--clang] [--test]
#     --clang  also clang with libc++
#     --test   also what the report tests read the outputs with: Debian's
#              chromium (headless, with a font to render text) and
#              python3-openpyxl (an xlsx reader independent of ours)
set -euo pipefail

packages=(
  g++ cmake ninja-build
  libboost-dev libboost-program-options-dev
  libspdlog-dev nlohmann-json3-dev libssl-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libmuparser-dev
  pkg-config libxlsxwriter-dev libkainjow-mustache-dev
  libzip-dev libexpat1-dev
)
for option in "$@"; do
  case "$option" in
    --clang) packages+=(clang libc++-dev libc++abi-dev) ;;
    --test) packages+=(chromium fonts-dejavu-core python3-openpyxl) ;;
    *) echo "install-deps.sh: unknown option '$option' (expected --clang or --test)" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "kinerja: installing ${missing[*]}" >&2
sudo=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "kinerja: need root or sudo to install ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
