#!/usr/bin/env bash
# A screenshot of the real app under Xvfb, with the sample parcels checked:
#   scripts/screenshot.sh BUILD_DIR OUT.png [LANGUAGE zh|en] [BASEMAP]
# BASEMAP is any --basemap source, e.g. a tile file from scripts/make-demo-basemap.sh.
set -euo pipefail
build_dir=${1:-build}
out=${2:-docs/screenshot.png}
language=${3:-zh}
basemap=${4:-none}
mkdir -p "$(dirname "$out")"
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
mkdir -p "$config/Pearlzone"
printf '[General]\nlanguage=%s\n[basemap]\nsource=%s\n' "$language" "$basemap" > "$config/Pearlzone/Pearlzone.conf"
XDG_CONFIG_HOME="$config" XDG_DATA_HOME="$config/data" xvfb-run -a -s "-screen 0 1280x820x24" bash -c "
  '$build_dir/app/pearlzone' '$build_dir/data/sample-parcels.geojson' &
  app=\$!
  sleep 8
  import -window root '$out'
  kill \$app
"
echo "wrote $out"
