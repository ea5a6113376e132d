# The two commands a fresh machine needs: `make demo` and `make test`.
# Both install missing Debian packages first (scripts/deps.sh).
SHELL := /bin/bash
BUILD ?= build
PREFIX ?= /usr/local
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all deps build demo docs test test-sanitize test-valgrind install eval clean format

all: build

deps:
	@scripts/deps.sh

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=$(PREFIX) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@mkdir -p out
	$(BUILD)/cnkg extract examples/ -o out/kg.ttl --svg out/kg.svg --png out/kg.png
	@echo "wrote out/kg.ttl, out/kg.svg and out/kg.png"

# The README's pictures (docs/pictures lists them), drawn again from
# examples/; tests/e2e/docs.sh fails when one is stale.
docs: build
	@scripts/docs.sh $(BUILD)/cnkg

# ctest's report is kept in $(BUILD)/ctest.log: CI fails on a skipped test.
test: build
	@cd $(BUILD) && set -o pipefail && ctest --output-on-failure -j $(JOBS) 2>&1 | tee ctest.log

# The same suite under AddressSanitizer and UndefinedBehaviorSanitizer (the
# README test aside: its commands are the other tests' commands, and under
# the sanitizers it alone takes minutes).
test-sanitize: deps
	@cmake -S . -B $(BUILD)-asan -DCMAKE_BUILD_TYPE=Debug -DCNKG_SANITIZE=ON >/dev/null
	@cmake --build $(BUILD)-asan -j $(JOBS)
	@cd $(BUILD)-asan && ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0 ctest --output-on-failure -j $(JOBS) -E '^e2e/readme$$'

# The end-to-end suite with cnkg under valgrind's memcheck: a memory error
# or a leak of cnkg's own fails the test (tests/valgrind-cnkg.sh).
test-valgrind: deps
	@cmake -S . -B $(BUILD)-valgrind -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCNKG_VALGRIND=ON >/dev/null
	@cmake --build $(BUILD)-valgrind -j $(JOBS)
	@cd $(BUILD)-valgrind && ctest --output-on-failure -j $(JOBS) -R '^e2e/' -E '^e2e/readme$$'

# Extraction quality on the seed page and CLUENER dev (needs ../shared).
eval: build
	@bench/eval.sh $(BUILD)/cnkg

install: build
	@cmake --install $(BUILD)

format:
	@clang-format -i $$(git ls-files '*.c' '*.h')

clean:
	rm -rf $(BUILD) $(BUILD)-asan out
