#!/usr/bin/env bash
# Installs the system packages Pearlzone needs on Debian 12 / Ubuntu 22.04+.
# Idempotent: does nothing (and needs no network) when everything is present.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git
  # geometry, projection, formats
  libgeos-dev libproj-dev proj-bin proj-data libgdal-dev gdal-bin
  libsqlite3-mod-spatialite sqlite3 libsqlite3-dev
  # Qt 6: widgets, SVG icons, translations (lupdate/lrelease)
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libgl-dev libxkbcommon-dev
  # database passwords in the platform's secret store (optional in CMake)
  qtkeychain-qt6-dev
  # tests and benchmarks
  catch2 libbenchmark-dev xvfb xauth poppler-utils imagemagick x11-apps opencc libopencc-dev time
  python3-openpyxl
  # Excel workbook reports
  libxlsxwriter-dev
  # joining a report PDF written in parts on several cores, and its bookmarks
  libqpdf-dev
  # qpdf's own tool: the tests hold the one-pass join to it (qpdf --check, --object-streams)
  qpdf
  # the input file's SHA-256 on a report's cover (libcrypto)
  libssl-dev
  # a throwaway PostGIS server for the PG: input test
  postgresql-15 postgresql-15-postgis-3
  # a CJK font whose cmap maps ideographs (not Kangxi radicals) for PDF text
  fonts-wqy-microhei fonts-noto-cjk
)

# `install-deps.sh fuzz` (make fuzz) adds clang and libFuzzer.
if [ "${1:-}" = "fuzz" ]; then
  packages+=(clang libclang-rt-dev llvm)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
