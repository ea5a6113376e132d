#!/usr/bin/env bash
# stream.sh - a page file of many concatenated pages, larger than
# --max-article-size, is read in pieces and split into articles as it is
# read: its graph is the graph of the same pages given as separate files,
# --jobs 2 writes it byte for byte as --jobs 1, a single article over the
# limit is refused naming the file and its line, and memory stays flat as
# the file grows.
#
# The pages are examples/cqnews-sample.txt with numbered headlines, so that
# each copy's articles are articles of their own.
#
# Environment: CNKG (the built binary), CNKG_SOURCE_DIR (the source tree).
set -uo pipefail
export LC_ALL=C.UTF-8

. "$(dirname "$0")/lib/checks.sh"
SAMPLE=$CNKG_SOURCE_DIR/examples/cqnews-sample.txt

# page I: the sample, its headlines numbered I
page() {
    awk -v i="$1" '/^(璧山高新区精密制造产业链加速成形|江津新能源汽车零部件产业园再添新项目|渝西三区共建新能源汽车零部件协作区|企研携手攻关新型电池材料)$/ {
        print $0 "之" i; next } { print }' "$SAMPLE"
}

run() {
    "$CNKG" extract --no-model -q "$@" 2>"$tmp/err"
    status=$?
}
status_is() { [ "$status" = "$1" ] || { echo "    status $status, want $1" >&2; return 1; }; }
says() {
    grep -qF -- "$1" "$tmp/err" || { sed 's/^/    stderr: /' "$tmp/err" | head -5 >&2; return 1; }
}

# --- the same graph as the pages apart ----------------------------------------

mkdir -p "$tmp/pages"
for i in $(seq 1 40); do page "$i" >"$tmp/pages/p$(printf %03d "$i").txt"; done
cat "$tmp/pages"/*.txt >"$tmp/all.txt"
run --max-article-size 16K "$tmp/all.txt" -o "$tmp/all.nt"
check "a $(($(wc -c <"$tmp/all.txt") / 1024)) KB page file over a 16K limit: exit 0" status_is 0
run --max-article-size 16K "$tmp/pages" -o "$tmp/pages.nt"
check "the pages apart: exit 0" status_is 0
# (An article's schema:position is its place in its file: one file of
# forty pages numbers on where forty files each start at 1.)
unplaced() { grep -v '<https://schema.org/position>' "$1" | sort -u; }
check "the same triples as the pages apart (but for the articles' places)" \
    cmp -s <(unplaced "$tmp/all.nt") <(unplaced "$tmp/pages.nt")
check "every page's articles are there" \
    bash -c '[ "$(grep -c "schema.org/headline> \"企研携手攻关新型电池材料之" "$1")" = 40 ]' _ "$tmp/all.nt"
run --max-article-size 16K --jobs 2 "$tmp/all.txt" -o "$tmp/all-j2.nt"
check "--jobs 2 writes the same bytes" cmp -s "$tmp/all.nt" "$tmp/all-j2.nt"
run "$tmp/all.txt" -o "$tmp/whole.nt"
check "read in pieces or whole, the same bytes" cmp -s "$tmp/all.nt" "$tmp/whole.nt"

# --- one article over the limit -----------------------------------------------

{
    cat "$tmp/pages/p001.txt" "$tmp/pages/p002.txt"
    printf '\n\n超长的一篇文章\n'
    for i in $(seq 1 600); do printf '这是超长文章的第%d段，每一段都不相同。\n' "$i"; done
    printf '据《重庆日报》\n'
    cat "$tmp/pages/p003.txt"
} >"$tmp/over.txt"
line=$(grep -n '^超长的一篇文章$' "$tmp/over.txt" | cut -d: -f1)
run --max-article-size 16K "$tmp/over.txt" -o "$tmp/over.nt"
check "an article over the limit: exit 1" status_is 1
check "... named by file and line" says "$tmp/over.txt:$line: the article that starts on this line has more than 16384 bytes of text"
check "... no output" test ! -e "$tmp/over.nt"
run --max-article-size 16K --keep-going "$tmp/over.txt" -o "$tmp/over.nt"
check "--keep-going: exit 2" status_is 2
cat "$tmp/pages/p001.txt" "$tmp/pages/p002.txt" "$tmp/pages/p003.txt" >"$tmp/rest.txt"
run "$tmp/rest.txt" -o "$tmp/rest.nt"
check "--keep-going: the other articles written" \
    cmp -s <(sort -u "$tmp/over.nt") <(sort -u "$tmp/rest.nt")
run --max-article-size 16K --keep-going --jobs 2 "$tmp/over.txt" -o "$tmp/over-j2.nt"
check "--keep-going --jobs 2: the same bytes" cmp -s "$tmp/over.nt" "$tmp/over-j2.nt"

# --- memory stays flat ----------------------------------------------------------
# Read whole, a file costs its size several times over (bytes, text,
# paragraphs); read in pieces of the limit's size, a file ten times larger
# takes hardly more memory. (bench/stream.sh does the 200 MB file.)

if [ -n "${CNKG_INSTRUMENTED:-}" ]; then
    echo "skip: the memory check (cnkg runs under $CNKG_INSTRUMENTED, whose memory is not cnkg's)"
elif [ -x /usr/bin/time ]; then
    peak() { # peak FILE: peak RSS in KB of extracting it
        /usr/bin/time -f %M "$CNKG" extract --no-model -q --provenance none --max-article-size 128K \
            "$1" -o /dev/null 2>&1 >/dev/null | tail -1
    }
    for i in $(seq 1 12); do cat "$tmp/all.txt"; done >"$tmp/small.txt"
    for i in $(seq 1 10); do cat "$tmp/small.txt"; done >"$tmp/big.txt"
    small=$(peak "$tmp/small.txt")
    big=$(peak "$tmp/big.txt")
    echo "    peak RSS: $((small / 1024)) MB for $(($(wc -c <"$tmp/small.txt") / 1048576)) MB," \
        "$((big / 1024)) MB for $(($(wc -c <"$tmp/big.txt") / 1048576)) MB"
    check "ten times the file, under 16 MB more memory" [ $((big - small)) -lt 16384 ]
    check "under 256 MB" [ "$big" -lt 262144 ]
    rm -f "$tmp/small.txt" "$tmp/big.txt"
else
    fail "no /usr/bin/time for the memory check (scripts/deps.sh installs time)"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all checks passed"
