#!/usr/bin/env bash
# `make fuzz`: builds the libFuzzer targets of fuzz/ with clang into BUILD_DIR and runs each
# for SECONDS, starting from its seed corpus in fuzz/corpus/<name>/ (new inputs it finds are
# kept in BUILD_DIR/corpus/<name>/, so a second run goes on from there). Prints libFuzzer's
# final line per target; exits non-zero when a target found a crash (its input is saved as
# BUILD_DIR/findings/<name>/crash-*; reproduce with `BUILD_DIR/fuzz/fuzz_<name> that-file`).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${1:-build-fuzz}
SECONDS_EACH=${2:-60}
ONLY=${3:-}

scripts/install-deps.sh fuzz
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DPEARLZONE_BUILD_FUZZERS=ON -DPEARLZONE_BUILD_APP=OFF -DPEARLZONE_BUILD_TESTS=OFF \
    -DPEARLZONE_BUILD_BENCHMARKS=OFF ${CMAKE_ARGS:-}
fi
cmake --build "$BUILD_DIR" -j "${JOBS:-2}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=()
for binary in "$BUILD_DIR"/fuzz/fuzz_*; do
  name=$(basename "$binary"); name=${name#fuzz_}
  if [ -n "$ONLY" ] && [ "$name" != "$ONLY" ]; then continue; fi
  corpus="$BUILD_DIR/corpus/$name"; findings="$BUILD_DIR/findings/$name"
  mkdir -p "$corpus" "$findings" "fuzz/corpus/$name"
  log="$BUILD_DIR/fuzz-$name.log"
  if "$binary" -max_total_time="$SECONDS_EACH" -timeout=20 -rss_limit_mb=2048 -max_len=65536 \
       -print_final_stats=0 -artifact_prefix="$findings/" "$corpus" "fuzz/corpus/$name" >"$log" 2>&1; then
    printf '%-20s %s\n' "$name" "$(grep -E '^(Done|#[0-9]+ +DONE)' "$log" | tail -1)"
  else
    printf '%-20s FOUND A PROBLEM: %s (log: %s)\n' "$name" "$(ls "$findings" | tail -1)" "$log"
    grep -E 'ERROR|SUMMARY|==[0-9]+==' "$log" | head -5 || true
    failed+=("$name")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: problems found by ${failed[*]}"
  exit 1
fi
