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
