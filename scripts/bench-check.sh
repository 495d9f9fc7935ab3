#!/usr/bin/env bash
# The batch-check benchmark (issue "Batch parcel check", item 8):
#   scripts/bench-check.sh BUILD_DIR [N]
# On one GeoPackage of N generated parcels (default 1,000,000) it times
#   (a) reading every feature's geometry with GDAL and nothing else: the floor;
#   (b) pearlzone-cli check to CSV;
#   (c) the same overlay in SQLite/SpatiaLite through ogr2ogr -dialect SQLite, as a peer;
# and prints wall time, peak memory and the ratios in one table.
set -euo pipefail
build_dir=${1:-build}
count=${2:-${BENCH_PARCELS:-1000000}}
peer="$build_dir/bench-data/parcels-$count-with-zones.gpkg"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
. "$(dirname "$0")/bench-common.sh"
if [ ! -f "$peer" ]; then
  cp "$parcels" "$peer"
  ogr2ogr -append -nln zones -t_srs EPSG:4547 "$peer" "$build_dir/data/zones.geojson"
fi

measure floor "$build_dir/tests/bench/bench_read_floor" "$parcels"
measure check "$build_dir/app/pearlzone-cli" check "$parcels" --out "$out/report.csv" --quiet
measure spatialite ogr2ogr -f CSV "$out/peer.csv" "$peer" -dialect SQLite -sql \
  "SELECT p.fid AS fid, z.zone_id AS zone_id, ST_Area(ST_Intersection(p.geom, z.geom)) / ST_Area(p.geom) AS inside_ratio
   FROM parcels p JOIN zones z ON ST_Intersects(p.geom, z.geom)"

printf '\n%s parcels, %s cores (%s)\n\n' "$count" "$(nproc)" "$(uname -m)"
printf '| %-42s | %9s | %14s | %10s |\n' "run" "wall (s)" "peak memory" "vs floor"
printf '| %-42s | %9s | %14s | %10s |\n' "---" "---:" "---:" "---:"
for name in floor check spatialite; do
  case $name in
    floor) label="(a) GDAL read of every geometry" ;;
    check) label="(b) pearlzone-cli check -> CSV" ;;
    spatialite) label="(c) ogr2ogr -dialect SQLite (SpatiaLite)" ;;
  esac
  ratio=$(awk -v a="${wall[$name]}" -v b="${wall[floor]}" 'BEGIN { printf "%.1f×", a / b }')
  printf '| %-42s | %9s | %11d MB | %10s |\n' "$label" "${wall[$name]}" "$((memory[$name] / 1024))" "$ratio"
done
speedup=$(awk -v a="${wall[spatialite]}" -v b="${wall[check]}" 'BEGIN { printf "%.1f", a / b }')
printf '\npearlzone-cli check is %s× faster than the SpatiaLite peer.\n' "$speedup"
