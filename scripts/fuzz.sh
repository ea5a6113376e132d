#!/usr/bin/env bash
# fuzz.sh [SECONDS] - builds the libFuzzer harnesses (fuzz/) with clang,
# AddressSanitizer and UndefinedBehaviorSanitizer, and runs each for
# SECONDS (default 60) on a copy of its seed corpus. Exits 1 when a harness
# found a crash, a leak or undefined behaviour; the input that shows it is
# left in $FUZZ_OUT/<harness>/ as crash-*, leak-* or timeout-*.
#
# Environment:
#   FUZZ_BUILD   build directory (default build-fuzz in the source tree)
#   FUZZ_OUT     where corpora grow and findings land (default $FUZZ_BUILD/runs)
#   FUZZ_JOBS    harnesses run at once (default: 1)
#   FUZZ_ONLY    run only these harnesses (space separated: page extractor jsonl ontology)
#   FUZZ_KEEP_GOING=1  report undefined behaviour and go on instead of stopping at the first
#   CNKG_FUZZ_MODEL    a labeller model for the page and extractor harnesses (slower)
#
# To fuzz longer, give more seconds (the issue asks for 30 minutes each
# before a release: scripts/fuzz.sh 1800); the grown corpus in $FUZZ_OUT is
# reused by the next run.
set -euo pipefail
seconds=${1:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FUZZ_BUILD:-$root/build-fuzz}
out=${FUZZ_OUT:-$build/runs}
harnesses=${FUZZ_ONLY:-page extractor jsonl ontology}
jobs=${FUZZ_JOBS:-1}

command -v clang >/dev/null || { echo "fuzz.sh: clang not found (Debian package clang)" >&2; exit 2; }
cmake -S "$root/fuzz" -B "$build" -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
# shellcheck disable=SC2086
cmake --build "$build" -j"$(nproc)" --target $(printf 'fuzz_%s ' $harnesses) >/dev/null

export LSAN_OPTIONS="suppressions=$root/fuzz/lsan.supp:${LSAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=$([ "${FUZZ_KEEP_GOING:-0}" = 1 ] && echo 0 || echo 1)"

# Long inputs buy the extractor nothing but time (its cost grows faster
# than the article): 1 KB holds several sentences, 2 KB several articles.
max_len() { case $1 in extractor) echo 1024 ;; page) echo 2048 ;; *) echo 4096 ;; esac; }

run_one() {
    local h=$1 dir=$out/$1
    mkdir -p "$dir/corpus"
    cp -n "$root/fuzz/corpus/$h/"* "$dir/corpus/" 2>/dev/null || true
    local rc=0
    "$build/fuzz_$h" -max_total_time="$seconds" -max_len="$(max_len "$h")" -timeout=30 \
        -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$dir/" "$dir/corpus" \
        >"$dir/log" 2>&1 || rc=$?
    local execs
    execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$dir/log" | grep -o '[0-9]*$' || echo '?')
    if [ $rc -eq 0 ] && ! grep -q 'runtime error' "$dir/log"; then
        echo "fuzz_$h: ${seconds}s, $execs executions, no finding"
    else
        echo "fuzz_$h: FINDING after $execs executions, see $dir/log and $dir/" >&2
        grep -m3 -E 'runtime error|ERROR: ' "$dir/log" >&2 || true
        return 1
    fi
}

status=0
pids=()
for h in $harnesses; do
    run_one "$h" &
    pids+=($!)
    if [ "${#pids[@]}" -ge "$jobs" ]; then
        wait "${pids[0]}" || status=1
        pids=("${pids[@]:1}")
    fi
done
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
exit $status
