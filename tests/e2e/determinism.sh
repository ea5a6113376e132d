#!/usr/bin/env bash
# determinism.sh - the same input gives byte-identical output: run after
# run, and with --jobs N against --jobs 1 (N-Triples, N-Quads and Turtle;
# pages and JSON lines; with a bad input skipped under --keep-going). A
# failed write under --jobs ends with status 1 instead of hanging. cnkg
# writes in input order (documents as read, articles as in the page), so
# outputs compare with cmp; `sort -u` merges them across shards.
#
# Environment: CNKG (the built binary), CNKG_SOURCE_DIR (the source tree).
set -euo pipefail
export LC_ALL=C.UTF-8

. "$(dirname "$0")/lib/checks.sh"
same() { # same DESCRIPTION FILE1 FILE2
    if [ -s "$2" ] && cmp -s "$2" "$3"; then pass "$1"; else fail "$1 ($2 vs $3)"; fi
}

# A corpus with several documents so that workers overtake each other:
# page copies under different names, JSON lines records, a nested folder.
mkdir -p "$tmp/in/sub"
for i in 1 2 3 4 5; do
    cp "$CNKG_SOURCE_DIR/examples/cqnews-sample.txt" "$tmp/in/page$i.txt"
done
cp "$CNKG_SOURCE_DIR/examples/cqnews-sample.txt" "$tmp/in/sub/page.txt"
cp "$CNKG_SOURCE_DIR/examples/cluener-style.jsonl" "$tmp/in/records.jsonl"
for i in 1 2 3; do
    cat "$CNKG_SOURCE_DIR/examples/cluener-style.jsonl"
done >"$tmp/in/sub/more.jsonl"

extract() { # extract OUTPUT ARGS...
    local out=$1
    shift
    "$CNKG" extract -q -i jsonl "$tmp/in" "$@" -o "$out"
}

for fmt in nt nq ttl; do
    extract "$tmp/run1.$fmt"
    extract "$tmp/run2.$fmt"
    same "two runs give the same .$fmt" "$tmp/run1.$fmt" "$tmp/run2.$fmt"
done

if ! "$CNKG" extract --help | grep -q -- '--jobs'; then
    echo "skip: this cnkg has no --jobs"
    [ "$failures" -eq 0 ]
    exit
fi
for fmt in nt nq ttl; do
    for j in 2 3 0; do
        extract "$tmp/j$j.$fmt" --jobs "$j"
        same "--jobs $j gives the .$fmt of --jobs 1" "$tmp/run1.$fmt" "$tmp/j$j.$fmt"
    done
done
"$CNKG" extract -q --jobs 2 "$CNKG_SOURCE_DIR/examples/cqnews-sample.txt" -o "$tmp/page-j2.nt"
"$CNKG" extract -q "$CNKG_SOURCE_DIR/examples/cqnews-sample.txt" -o "$tmp/page-j1.nt"
same "--jobs 2 on one page gives the page's triples" "$tmp/page-j1.nt" "$tmp/page-j2.nt"

# A bad input in the middle, skipped: the rest comes out the same, and the
# skip is reported the same way.
printf 'binary\0file\0' >"$tmp/in/page3.txt"
set +e
extract "$tmp/bad1.nt" --keep-going 2>"$tmp/bad1.err"
rc1=$?
extract "$tmp/bad2.nt" --keep-going --jobs 2 2>"$tmp/bad2.err"
rc2=$?
set -e
if [ "$rc1" -eq 2 ] && [ "$rc2" -eq 2 ]; then
    pass "--keep-going exits 2 with and without --jobs"
else
    fail "--keep-going exits $rc1 (--jobs 1) and $rc2 (--jobs 2), not 2"
fi
same "--jobs 2 --keep-going gives the output of --jobs 1" "$tmp/bad1.nt" "$tmp/bad2.nt"
same "--jobs 2 --keep-going reports the same skips" "$tmp/bad1.err" "$tmp/bad2.err"

# A write error stops every worker: status 1, no hang (the timeout only
# guards against one; it is not a measurement).
rm "$tmp/in/page3.txt"
if [ -w /dev/full ]; then
    set +e
    timeout 300 "$CNKG" extract -q --jobs 2 -i jsonl "$tmp/in" -f ntriples >/dev/full 2>"$tmp/full.err"
    rc=$?
    set -e
    if [ "$rc" -eq 1 ] && grep -q 'cannot write\|No space' "$tmp/full.err"; then
        pass "--jobs 2 on a full disk exits 1 and says why"
    else
        fail "--jobs 2 on a full disk: status $rc, $(head -c 200 "$tmp/full.err")"
    fi
fi
[ "$failures" -eq 0 ]
