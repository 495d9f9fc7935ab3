#!/usr/bin/env bash
# A demonstration tile file for screenshots on a machine with no network: web-Mercator tiles of
# level 14 over the pilot zone, each a pale square outlined and labelled with its z/x/y, packed
# into an MBTiles by GDAL (levels 11-14). It is a tile grid, not a map: it shows where tiles fall
# and how the basemap is reprojected, faded and attributed, nothing of the ground.
#   scripts/make-demo-basemap.sh OUT.mbtiles
set -euo pipefail
out=${1:?usage: make-demo-basemap.sh OUT.mbtiles}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Level-14 tiles 13346..13360 x 7107..7117 cover lon 113.25-113.58, lat 22.96-23.18.
x0=13346; x1=13360; y0=7107; y1=7117
{
  echo "stroke '#8f8676' stroke-width 5 fill none"
  for ((x = x0; x <= x1; x++)); do
    for ((y = y0; y <= y1; y++)); do
      echo "rectangle $(((x - x0) * 256 + 1)),$(((y - y0) * 256 + 1)) $(((x - x0) * 256 + 255)),$(((y - y0) * 256 + 255))"
    done
  done
  echo "stroke none fill '#6f675a' font '$(fc-match -f '%{file}' sans)' font-size 26"
  for ((x = x0; x <= x1; x++)); do
    for ((y = y0; y <= y1; y++)); do
      echo "text $(((x - x0) * 256 + 27)),$(((y - y0) * 256 + 136)) '14/$x/$y'"
    done
  done
} > "$work/grid.mvg"
convert -size $(((x1 - x0 + 1) * 256))x$(((y1 - y0 + 1) * 256)) xc:'#f4f1ea' -draw "$(cat "$work/grid.mvg")" "PNG24:$work/grid.png"
# The tiles' corners in web-Mercator metres.
bounds=$(awk -v x0=$x0 -v x1=$x1 -v y0=$y0 -v y1=$y1 'BEGIN {
  e = 20037508.342789244; n = 2 ^ 14
  printf "%.6f %.6f %.6f %.6f", x0 / n * 2 * e - e, e - y0 / n * 2 * e, (x1 + 1) / n * 2 * e - e, e - (y1 + 1) / n * 2 * e }')
rm -f "$out"
gdal_translate -q -of MBTiles -a_srs EPSG:3857 -a_ullr $bounds -co TILE_FORMAT=PNG -co NAME="Pearlzone demo tile grid" \
  "$work/grid.png" "$out"
gdaladdo -q -r average "$out" 2 4 8
echo "wrote $out"
