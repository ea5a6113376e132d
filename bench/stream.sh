#!/usr/bin/env bash
# A page file of many concatenated pages, about 200 MB, through `cnkg
# extract` with the default limit (4 MB per article) and the full
# extraction (statistical labeller on), N-Triples without provenance to
# /dev/null: the file is read in pieces and split into articles as it is
# read, so peak memory stays that of one piece and one article. Reports
# the peak RSS and the time, and fails when the peak reaches 256 MB or the
# run fails. The pages are examples/cqnews-sample.txt with numbered
# headlines, written to a scratch folder and removed after.
#
# Usage: bench/stream.sh [--cnkg PATH] [--mb N] [--jobs N] [--dir DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cnkg=$here/build/cnkg mb=200 jobs=1 dir=""
while [ $# -gt 0 ]; do
    case $1 in
    --cnkg) cnkg=$2; shift 2 ;;
    --mb) mb=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    *) echo "usage: bench/stream.sh [--cnkg PATH] [--mb N] [--jobs N] [--dir DIR]" >&2; exit 2 ;;
    esac
done
[ -x /usr/bin/time ] || { echo "bench/stream.sh needs GNU time (/usr/bin/time)" >&2; exit 2; }
if [ -z "$dir" ]; then
    dir=$(mktemp -d "${TMPDIR:-/tmp}/cnkg-stream.XXXXXX")
    trap 'rm -rf "$dir"' EXIT
fi
export LC_ALL=C.UTF-8

# The sample page again and again, its headlines numbered by the copy, up
# to the size asked for.
awk -v want=$((mb * 1048576)) '
    /^(璧山高新区精密制造产业链加速成形|江津新能源汽车零部件产业园再添新项目|渝西三区共建新能源汽车零部件协作区|企研携手攻关新型电池材料)$/ {
        head[n] = 1 }
    { line[n++] = $0 }
    END {
        for (copy = 1; size < want; copy++)
            for (i = 0; i < n; i++) {
                s = head[i] ? line[i] "之" copy : line[i]
                print s
                size += length(s) + 1
            }
    }' "$here/examples/cqnews-sample.txt" >"$dir/pages.txt"
bytes=$(wc -c <"$dir/pages.txt")
echo "pages.txt: $((bytes / 1048576)) MB of concatenated pages"

status=0
/usr/bin/time -v "$cnkg" extract -q --jobs "$jobs" --provenance none -f ntriples \
    "$dir/pages.txt" -o /dev/null 2>"$dir/time.txt" || status=$?
peak=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$dir/time.txt")
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$dir/time.txt")
user=$(awk -F': ' '/User time/ {print $2}' "$dir/time.txt")
echo "exit $status, peak RSS $((peak / 1024)) MB, wall $wall, user ${user}s," \
    "$(awk -v b="$bytes" -v u="$user" 'BEGIN { printf "%.2f", b / 1048576 / u }') MB/s of CPU"
[ "$status" -eq 0 ] && [ "$peak" -lt 262144 ]
