# Pearlzone: the two commands of the quick start are `make run` and `make test`.
# Each installs missing system packages, configures and builds incrementally into build/.

BUILD_DIR  ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS       ?= 2
CMAKE_ARGS ?=
SANITIZE_DIR ?= build-sanitize
FUZZ_DIR   ?= build-fuzz
FUZZ_SECONDS ?= 60
# Any sanitizer report ends the test that made it, and so fails the run.
SANITIZER_ENV = ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=0 \
  LSAN_OPTIONS=suppressions=$(CURDIR)/cmake/lsan.supp:print_suppressions=0 \
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

.PHONY: all deps configure build run test test-sanitize fuzz bench bench-hostile corpus package clean

all: build

deps:
	@scripts/install-deps.sh

configure: deps
	@if [ ! -f $(BUILD_DIR)/build.ninja ]; then \
	  cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_ARGS); \
	fi

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

# The suite again under AddressSanitizer and UndefinedBehaviorSanitizer, in its own folder.
test-sanitize: deps
	@if [ ! -f $(SANITIZE_DIR)/build.ninja ]; then \
	  cmake -S . -B $(SANITIZE_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Sanitize -DPEARLZONE_BUILD_BENCHMARKS=OFF $(CMAKE_ARGS); \
	fi
	cmake --build $(SANITIZE_DIR) -j $(JOBS)
	cd $(SANITIZE_DIR) && $(SANITIZER_ENV) QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

# libFuzzer targets of fuzz/, each run for FUZZ_SECONDS (FUZZ_TARGET=name runs one).
fuzz:
	@scripts/fuzz.sh $(FUZZ_DIR) $(FUZZ_SECONDS) $(FUZZ_TARGET)

run: build
	@scripts/run.sh $(BUILD_DIR)

bench: build
	@scripts/bench.sh $(BUILD_DIR)

# Hostile inputs at full size: 10M parcels, a 2 GB CSV line, 1M vertices, 50,000 zone pieces.
bench-hostile: build
	@scripts/bench-hostile.sh $(BUILD_DIR) $(BENCH_PARCELS)

# Files from the wild through the CLI four ways; fails on a crash, hang, raw message or leftover.
corpus: build
	@scripts/corpus.sh $(BUILD_DIR)

package: build
	cd $(BUILD_DIR) && cpack

clean:
	rm -rf $(BUILD_DIR) $(SANITIZE_DIR) $(FUZZ_DIR) out
