#!/bin/sh
# Score cnkg on a set of annotated stories of the shared news corpus: bench/heldout-news (held out,
# not to be read while writing rules) or bench/train-news (to read and tune on). Each set's score.sh
# calls this script with its own folder.
#
# usage: bench/news-score.sh SET_DIR [CNKG] [-v]
#   SET_DIR  a folder of gold files NAME.tsv, NAME = story id with / replaced by _
#   CNKG     the cnkg binary (default build/cnkg, relative to the current directory)
#   -v       passed through to score-set: list every miss of every article
#
# The article texts are not in the repository. They are pulled by id from the shared
# corpus (CNKG_SHARED, default ../shared beside the checkout) into a temporary folder,
# one NAME.txt per gold file NAME.tsv, laid out as the dev set's pages (bench/news_pages.py).
# Then shared/eval/score-set scores the folder
# against the gold files of SET_DIR. CNKG_SCORE_JSON=1 asks score-set for JSON.
set -eu
bench=$(cd "$(dirname "$0")" && pwd)
[ $# -ge 1 ] || { echo "usage: $0 SET_DIR [CNKG] [-v]" >&2; exit 2; }
set_dir=$1
shift
[ -d "$set_dir" ] || { echo "score.sh: no gold folder $set_dir" >&2; exit 2; }
set_dir=$(cd "$set_dir" && pwd)
shared=${CNKG_SHARED:-$bench/../../shared}
cnkg=build/cnkg
verbose=
for a in "$@"; do
    case $a in
        -v|--verbose) verbose=-v ;;
        -*) echo "score.sh: unknown option $a" >&2; exit 2 ;;
        *) cnkg=$a ;;
    esac
done
[ -d "$shared/corpus/news" ] || { echo "score.sh: no corpus at $shared/corpus/news (set CNKG_SHARED)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
/usr/bin/python3 "$bench/news_pages.py" "$shared/corpus/news" "$set_dir" "$tmp"
"$shared/eval/score-set" --cnkg "$cnkg" $verbose ${CNKG_SCORE_JSON:+--json} "$tmp" "$set_dir"
