#!/usr/bin/env bash
# `make bench`: every benchmark, one after another (never in parallel: they time things).
set -euo pipefail
build_dir=${1:-build}
here=$(dirname "$0")

echo "== gis micro-benchmarks (Google Benchmark)"
"$build_dir/tests/bench/bench_gis" --benchmark_min_time=0.2

echo
echo "== batch check: 1,000,000 parcels (BENCH_PARCELS=N to change)"
"$here/bench-check.sh" "$build_dir" "${BENCH_PARCELS:-1000000}"

echo
echo "== map rendering: the same parcels, 1920 x 1080"
/usr/bin/time -f "peak memory %M KB" "$build_dir/tests/bench/bench_render" \
  "$build_dir/bench-data/parcels-${BENCH_PARCELS:-1000000}.gpkg" "$build_dir/data"
