#!/usr/bin/env bash
# The batch-check benchmark (issue "Batch parcel check", item 8):
#   scripts/bench-check.sh BUILD_DIR [N]
# On one GeoPackage of N generated parcels (default 1,000,000) it times
#   (a) reading every feature's geometry with GDAL and nothing else: the floor;
#   (b) pearlzone-cli check to CSV with 2 threads and with 1, and with 2 threads through GEOS
#       alone (PEARLZONE_GEOS_ONLY=1: no fast path; the reports must be identical);
#   (c) the same overlay in SQLite/SpatiaLite through ogr2ogr -dialect SQLite, as a peer;
# and prints wall time, CPU time (user + system), peak memory and the ratios in one table.
# On a shared machine the CPU times are the steadier figures.
set -euo pipefail
build_dir=${1:-build}
count=${2:-${BENCH_PARCELS:-1000000}}
peer="$build_dir/bench-data/parcels-$count-with-zones.gpkg"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
. "$(dirname "$0")/bench-common.sh"

measure floor "$build_dir/tests/bench/bench_read_floor" "$parcels"
measure check "$build_dir/app/pearlzone-cli" check "$parcels" --out "$out/report.csv" --quiet --threads 2
measure check1 "$build_dir/app/pearlzone-cli" check "$parcels" --out "$out/report-1.csv" --quiet --threads 1
measure geos env PEARLZONE_GEOS_ONLY=1 "$build_dir/app/pearlzone-cli" check "$parcels" --out "$out/report-geos.csv" --quiet --threads 2
runs="floor check check1 geos"
if [ "${BENCH_PEER:-1}" != 0 ]; then  # BENCH_PEER=0 leaves out the (slow) SpatiaLite peer
runs="$runs spatialite"
if [ ! -f "$peer" ]; then
  cp "$parcels" "$peer"
  ogr2ogr -append -nln zones -t_srs EPSG:4547 "$peer" "$build_dir/data/zones.geojson"
fi
measure spatialite ogr2ogr -f CSV "$out/peer.csv" "$peer" -dialect SQLite -sql \
  "SELECT p.fid AS fid, z.zone_id AS zone_id, ST_Area(ST_Intersection(p.geom, z.geom)) / ST_Area(p.geom) AS inside_ratio
   FROM parcels p JOIN zones z ON ST_Intersects(p.geom, z.geom)"
fi

printf '\n%s parcels, %s cores (%s)\n\n' "$count" "$(nproc)" "$(uname -m)"
printf '| %-46s | %9s | %8s | %12s | %14s | %13s |\n' "run" "wall (s)" "CPU (s)" "peak memory" "wall vs floor" "CPU vs floor"
printf '| %-46s | %9s | %8s | %12s | %14s | %13s |\n' "---" "---:" "---:" "---:" "---:" "---:"
for name in $runs; do
  case $name in
    floor) label="(a) GDAL read of every geometry" ;;
    check) label="(b) pearlzone-cli check -> CSV, 2 threads" ;;
    check1) label="(b) the same, 1 thread" ;;
    geos) label="(b) the same, 2 threads, GEOS only" ;;
    spatialite) label="(c) ogr2ogr -dialect SQLite (SpatiaLite)" ;;
  esac
  ratio=$(awk -v a="${wall[$name]}" -v b="${wall[floor]}" 'BEGIN { printf "%.1f×", a / b }')
  cpuRatio=$(awk -v a="${cpu[$name]}" -v b="${cpu[floor]}" 'BEGIN { printf "%.1f×", a / b }')
  printf '| %-46s | %9s | %8s | %9d MB | %14s | %13s |\n' "$label" "${wall[$name]}" "${cpu[$name]}" \
    "$((memory[$name] / 1024))" "$ratio" "$cpuRatio"
done
if cmp -s "$out/report.csv" "$out/report-geos.csv" && cmp -s "$out/report.csv" "$out/report-1.csv"; then
  echo "the fast path's report, the 1-thread report and GEOS's alone are identical"
else
  echo "the reports DIFFER (fast path, 1 thread, GEOS only)"
fi
if [ -n "${wall[spatialite]:-}" ]; then
  speedup=$(awk -v a="${wall[spatialite]}" -v b="${wall[check]}" 'BEGIN { printf "%.1f", a / b }')
  printf '\npearlzone-cli check is %s× faster than the SpatiaLite peer.\n' "$speedup"
fi
