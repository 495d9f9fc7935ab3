#!/usr/bin/env bash
# A screenshot of the real app under Xvfb, with the sample parcels checked against two
# constraint layers (an ecological red line with Chinese field names, prohibited by default,
# and a restricted river blue line), as Check → Constraint layers… remembers them:
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
# Polygons in lon/lat (GeoJSON's default CRS): a green core in University Town, a band of
# river between Pazhou and International Finance City.
cat > "$config/生态保护红线.geojson" <<'JSON'
{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"名称":"大学城生态绿核","类型":"生态保护红线"},
"geometry":{"type":"Polygon","coordinates":[[[113.368,23.052],[113.384,23.052],[113.384,23.066],[113.368,23.066],[113.368,23.052]]]}}]}
JSON
cat > "$config/河道蓝线.geojson" <<'JSON'
{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"珠江前航道蓝线","kind":"河道蓝线","rule":"restricted"},
"geometry":{"type":"Polygon","coordinates":[[[113.335,23.1005],[113.408,23.1005],[113.408,23.1045],[113.335,23.1045],[113.335,23.1005]]]}}]}
JSON
printf '[General]\nlanguage=%s\n\n[basemap]\nsource=%s\n\n[constraintLayers]\n1\\source=%s\n2\\source=%s\nsize=2\n' \
  "$language" "$basemap" "$config/生态保护红线.geojson" "$config/河道蓝线.geojson" > "$config/Pearlzone/Pearlzone.conf"
XDG_CONFIG_HOME="$config" XDG_DATA_HOME="$config/data" xvfb-run -a -s "-screen 0 1280x820x24" bash -c "
  '$build_dir/app/pearlzone' '$build_dir/data/sample-parcels.geojson' &
  app=\$!
  sleep 8
  import -window root '$out'
  kill \$app
"
echo "wrote $out"
