#!/usr/bin/env bash
# Extraction quality on the held-out pages (see README.md): each page is run
# through `cnkg extract` and scored against its gold file, the CLUENER-style
# sentences against their spans. One summary line per page.
# Usage: bench/heldout/score.sh [CNKG]   (default: build/cnkg in the repo)
# Scorers: $CNKG_SHARED/eval, else ../shared/eval beside the repo.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
cnkg=${1:-$repo/build/cnkg}
shared=${CNKG_SHARED:-$repo/../shared}
python=/usr/bin/python3
if [ ! -x "$cnkg" ]; then
  echo "score.sh: no cnkg binary at $cnkg" >&2
  exit 1
fi
if [ ! -f "$shared/eval/score" ] || [ ! -f "$shared/eval/score-ner" ]; then
  echo "score.sh: no scorers at $shared/eval (set CNKG_SHARED to the shared folder)" >&2
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

status=0
for page in sichuan-daily-style.txt jiangxi-anhui.txt hk-traditional.txt badly-converted.html; do
  name=${page%.*}
  printf '%-22s ' "$name"
  if ! "$cnkg" extract -q "$here/$page" -o "$tmp/$name.ttl" 2>"$tmp/$name.err"; then
    echo "cnkg extract failed: $(head -n 1 "$tmp/$name.err")"
    status=1
    continue
  fi
  "$python" "$shared/eval/score" "$here/$name.tsv" "$tmp/$name.ttl" | tail -n 1
done

"$python" "$here/check_offsets.py" >/dev/null
printf '%-22s ' cluener-style
if "$cnkg" extract -q -i jsonl "$here/cluener-style.jsonl" -o "$tmp/cluener.nt" 2>"$tmp/cluener.err"; then
  "$python" "$shared/eval/score-ner" "$here/cluener-style.gold.jsonl" "$tmp/cluener.nt" | tail -n 1
else
  echo "cnkg extract failed: $(head -n 1 "$tmp/cluener.err")"
  status=1
fi
exit $status
