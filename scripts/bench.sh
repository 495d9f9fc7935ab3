#!/usr/bin/env bash
# `make bench`: every benchmark, one after another (never in parallel: they time things).
set -euo pipefail
build_dir=${1:-build}
here=$(dirname "$0")
count=${BENCH_PARCELS:-1000000}
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

echo "== gis micro-benchmarks (Google Benchmark)"
"$build_dir/tests/bench/bench_gis" --benchmark_min_time=0.2

echo
echo "== batch check: 1,000,000 parcels (BENCH_PARCELS=N to change)"
"$here/bench-check.sh" "$build_dir" "$count" | tee "$logs/check.log"

echo
echo "== PostGIS: the same parcels in a throwaway PostGIS, local engine vs --engine postgis vs plain SQL"
"$here/bench-postgis.sh" "$build_dir" "${BENCH_PARCELS:-1000000}"
echo "== constraint lines: the same parcels with 5,000 constraint polygons"
"$here/bench-constraints.sh" "$build_dir" "${BENCH_PARCELS:-1000000}"

echo
echo "== map rendering: the same parcels, 1920 x 1080"
/usr/bin/time -f "peak memory %M KB" "$build_dir/tests/bench/bench_render" \
  "$build_dir/bench-data/parcels-$count.gpkg" "$build_dir/data" 2>&1 | tee "$logs/render.log"

echo
echo "== the app with the same parcels checked: memory held, GUI stalls while sorting and filtering the table"
"$build_dir/tests/bench/bench_app" "$build_dir/bench-data/parcels-$count.gpkg" "$build_dir/data" 2>/dev/null | tee "$logs/app.log"

echo
echo "== check report PDF: peak memory and time against N, with and without --pdf"
"$here/bench-pdf.sh" "$build_dir"

echo
echo "== PDF: an A3 map of 100,000 checked parcels"
if [ ! -f "$build_dir/bench-data/parcels-100000.gpkg" ]; then
  "$build_dir/tools/datagen/pearlzone-datagen" parcels "$build_dir/bench-data/parcels-100000.gpkg" --count 100000 --plain --seed 7 2>/dev/null
fi
pdf=$(mktemp -d)
/usr/bin/time -f "%e s wall, peak memory %M KB (check and PDF together)" "$build_dir/app/pearlzone-cli" map \
  --out "$pdf/map.pdf" --parcels "$build_dir/bench-data/parcels-100000.gpkg" --paper A3 --landscape
ls -l "$pdf/map.pdf" | awk '{print "PDF size: " $5 " bytes"}'
rm -rf "$pdf"

echo
"$here/bench-summary.sh" "$logs" "$count"
