#!/usr/bin/env bash
# readme.sh - the README says what a new user types and what they see; this
# runs it. Every line of the README's indented code blocks that starts with
# cnkg, build/cnkg, `cat … | cnkg` or make (or the same after "$ ") runs, in
# a scratch folder laid out like a checkout after `make demo`, with the
# README's placeholder names standing for the shipped examples:
#
#   page.txt    examples/cqnews-sample.txt    archive/, news/  examples/
#   news.jsonl  examples/cluener-style.jsonl  kg.ttl           out/kg.ttl
#
# Each must exit 0. Where the README shows output (a "$ " command followed by
# lines up to a blank line), the output must be exactly those lines, compared
# as a set: row order is not part of the promise, everything else is.
# Commands too long for a test are listed in SKIP below.
#
#   tests/e2e/readme.sh --show   prints each command's real output instead,
#                                to paste into the README after a change.
set -euo pipefail
export LC_ALL=C.UTF-8

. "$(dirname "$0")/lib/checks.sh"
README=${README:-$CNKG_SOURCE_DIR/README.md}
show=0
[ "${1:-}" = --show ] && show=1

# Builds, installs or runs the whole suite: covered by CI itself.
SKIP=("make demo" "make test" "make test-sanitize" "make test-valgrind" "make eval" "make install")

# --- the scratch checkout ------------------------------------------------------

work=$tmp/checkout
mkdir -p "$work/bin" "$work/build" "$work/out" "$work/news"
cp -r "$CNKG_SOURCE_DIR/examples" "$work/examples"
ln -s "$CNKG_SOURCE_DIR/queries" "$work/queries"
ln -s "$CNKG_SOURCE_DIR/ontology" "$work/ontology"
# cnkg on PATH and as build/cnkg: a wrapper, not a link, so that a $CNKG
# that is itself a script (the valgrind run's) still finds its files.
printf '#!/bin/sh\nexec "%s" "$@"\n' "$CNKG" >"$work/bin/cnkg"
chmod +x "$work/bin/cnkg"
cp "$work/bin/cnkg" "$work/build/cnkg"
cp "$work/examples/cqnews-sample.txt" "$work/page.txt"
cp "$work/examples/cqnews-sample.txt" "$work/news/"
cp -r "$work/examples" "$work/archive"
cp "$work/examples/cluener-style.jsonl" "$work/news.jsonl"
(cd "$work" && "$CNKG" extract -q examples/ -o out/kg.ttl)
cp "$work/out/kg.ttl" "$work/kg.ttl"
export PATH="$work/bin:$PATH" CNKG_STORE_IDLE=5 HOME=$tmp/home
mkdir -p "$HOME"

# --- the README's commands, with the output it shows ---------------------------

# One record per command: "CMD<TAB>LINE" then the lines it shows, then a
# line holding only a form feed. Continuation lines (after a \ or an open
# single quote) are joined; a trailing "# comment" is dropped.
commands() {
    awk '
    # a quoted SPARQL query may go on over several lines
    function quotes_open(s,   n) { n = gsub(/\047/, "&", s); return n % 2 }
    function flush() { if (cmd != "") { print cmd "\t" at; printf "%s", out; print "\f" } cmd = ""; out = "" }
    /^```/ { fenced = !fenced; next }
    fenced { next }
    /^    / {
        line = substr($0, 5)
        if (cont) {
            sub(/^ +/, " ", line); cmd = cmd line
            cont = sub(/ *\\$/, "", cmd) || quotes_open(cmd)
            next
        }
        if (line ~ /^\$ /) { flush(); line = substr(line, 3); shown = 1 }
        else if (shown && cmd != "") { out = out line "\n"; next }
        else { flush(); shown = 0 }
        if (line ~ /^(cnkg|build\/cnkg|make) / || line ~ /^cat [^|]*\| *cnkg /) {
            sub(/ +# .*$/, "", line)
            cmd = line; at = NR
            cont = sub(/ *\\$/, "", cmd) || quotes_open(cmd)
        }
        next
    }
    { flush(); shown = 0 }
    END { flush() }' "$README"
}

skipped() {
    local c
    for c in "${SKIP[@]}"; do [ "$1" = "$c" ] && return 0; done
    return 1
}

ran=0
while IFS=$'\t' read -r cmd at; do
    want=$tmp/want
    : >"$want"
    while IFS= read -r line && [ "$line" != $'\f' ]; do printf '%s\n' "$line" >>"$want"; done
    if skipped "$cmd"; then
        echo "skip: README:$at $cmd (listed as too long)"
        continue
    fi
    ran=$((ran + 1))
    rc=0
    (cd "$work" && bash -c "${cmd//\~\//$HOME/}") >"$tmp/got" 2>"$tmp/err" </dev/null || rc=$?
    if [ "$show" = 1 ]; then
        printf '\n$ %s   (README:%s, exit %s)\n' "$cmd" "$at" "$rc"
        cat "$tmp/got"
        continue
    fi
    if [ "$rc" -ne 0 ]; then
        fail "README:$at '$cmd' exits $rc: $(head -c 300 "$tmp/err")"
        continue
    fi
    if [ ! -s "$want" ]; then
        pass "README:$at '$cmd' runs"
    elif diff <(sort "$want") <(sort "$tmp/got") >"$tmp/diff"; then
        pass "README:$at '$cmd' prints what the README shows"
    else
        fail "README:$at '$cmd' prints other rows than the README shows (< README, > real):
$(grep '^[<>]' "$tmp/diff" | head -20)"
    fi
done < <(commands)

[ "$show" = 1 ] && exit 0
check "the README's code blocks hold commands to run (ran $ran)" test "$ran" -ge 10
if [ "$failures" -ne 0 ]; then
    echo "readme.sh: $failures failure(s)" >&2
    exit 1
fi
