#!/usr/bin/env bash
# `make bench`: every benchmark, one after another (never in parallel: they time things).
set -euo pipefail
build_dir=${1:-build}

echo "== gis micro-benchmarks (Google Benchmark)"
"$build_dir/tests/bench/bench_gis" --benchmark_min_time=0.2
