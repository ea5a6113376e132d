#!/usr/bin/env bash
# robust.sh - `cnkg extract` on bad input: it never crashes, never leaves a
# partial or corrupt output file, and always says what is wrong. Each case
# feeds a bad input and checks the exit status, the message and the files
# left behind.
#
# Environment: CNKG (the built binary), CNKG_SOURCE_DIR (the source tree).
# Every failed check is printed and the script goes on; it exits 1 if any
# check failed.
set -uo pipefail
export LC_ALL=C.UTF-8

. "$(dirname "$0")/lib/checks.sh"
DATA=$CNKG_SOURCE_DIR/tests/data
SAMPLE=$CNKG_SOURCE_DIR/examples/cqnews-sample.txt

# run ARGS...: cnkg extract without the model (fast, deterministic), stderr
# in $tmp/err, the exit status in $status.
run() {
    "$CNKG" extract --no-model -q "$@" 2>"$tmp/err" >"$tmp/stdout"
    status=$?
}
status_is() { [ "$status" = "$1" ] || { echo "    status $status, want $1" >&2; return 1; }; }
says() { # says TEXT: stderr holds TEXT
    grep -qF -- "$1" "$tmp/err" || { sed 's/^/    stderr: /' "$tmp/err" | head -5 >&2; return 1; }
}
absent() { [ ! -e "$1" ]; }
no_temp_files() { ! ls "$1"/*.tmp.* >/dev/null 2>&1; }
valid() { rapper -q -i "$1" -c "$2" >/dev/null 2>&1; }

mkdir -p "$tmp/in" "$tmp/out"
printf '重庆市璧山区的示例科技有限公司位于璧山高新区，主营新能源汽车零部件。\n' >"$tmp/in/utf8.txt"

# --- encodings ---------------------------------------------------------------

iconv -f UTF-8 -t GBK "$tmp/in/utf8.txt" >"$tmp/in/gbk.txt"
iconv -f UTF-8 -t GB18030 "$tmp/in/utf8.txt" >"$tmp/in/gb18030.txt"
{ printf '\xEF\xBB\xBF'; sed 's/$/\r/' "$tmp/in/utf8.txt"; } >"$tmp/in/bom-crlf.txt"
run "$tmp/in/utf8.txt" -o "$tmp/out/utf8.nt"
sort "$tmp/out/utf8.nt" >"$tmp/out/utf8.sorted"
for enc in gbk gb18030 bom-crlf; do
    run "$tmp/in/$enc.txt" -o "$tmp/out/$enc.nt"
    check "$enc: exit 0" status_is 0
    check "$enc: the same graph as UTF-8" cmp -s "$tmp/out/utf8.sorted" <(sort "$tmp/out/$enc.nt")
done
run "$tmp/in/gbk.txt" --encoding gbk -o "$tmp/out/gbk2.nt"
check "--encoding gbk reads GBK" cmp -s "$tmp/out/utf8.sorted" <(sort "$tmp/out/gbk2.nt")
run "$tmp/in/gbk.txt" --encoding utf-8 -o "$tmp/out/forced.nt"
check "--encoding utf-8 on GBK: exit 1" status_is 1
check "--encoding utf-8 on GBK: names file and offset" \
    says "'$tmp/in/gbk.txt' is not valid UTF-8: invalid byte 0xD6 at byte offset 0"
check "--encoding utf-8 on GBK: no output" absent "$tmp/out/forced.nt"
run "$tmp/in/utf8.txt" --encoding latin1
check "--encoding latin1: usage error" status_is 2
check "--encoding latin1: says which encodings" says "utf-8, gbk or gb18030"

printf '新闻正文\x80\xFF第二行\n' >"$tmp/in/neither.txt"
run "$tmp/in/neither.txt" -o "$tmp/out/neither.ttl"
check "neither UTF-8 nor GBK: exit 1" status_is 1
check "neither UTF-8 nor GBK: file and byte offset" \
    says "'$tmp/in/neither.txt' is not valid UTF-8: invalid byte 0x80 at byte offset 12"
check "neither UTF-8 nor GBK: no output, no temporary file" absent "$tmp/out/neither.ttl"
check "no temporary files left" no_temp_files "$tmp/out"

# --- missing, unreadable, binary ---------------------------------------------

run "$tmp/in/gone.txt" -o "$tmp/out/gone.ttl"
check "missing file: exit 1" status_is 1
check "missing file: named" says "cannot open '$tmp/in/gone.txt': No such file or directory"
check "missing file: no output" absent "$tmp/out/gone.ttl"

head -c 4096 /dev/urandom >"$tmp/in/random.txt"
printf 'ELF\x7f\x01\x02\x03\x04\x05\x06\x07\x08abc' >"$tmp/in/controls.txt"
for junk in random controls; do
    run "$tmp/in/$junk.txt" -o "$tmp/out/$junk.ttl"
    check "binary $junk: exit 1" status_is 1
    check "binary $junk: says not text" says "'$tmp/in/$junk.txt' is not"
    check "binary $junk: no output" absent "$tmp/out/$junk.ttl"
done
printf 'x\0y' >"$tmp/in/nul.txt"
run "$tmp/in/nul.txt"
check "NUL byte: names the offset" says "is not a text file: NUL byte at byte offset 1"

# Root reads every file, so as root cnkg runs as nobody for this case, in
# folders nobody may enter and write.
cp "$tmp/in/utf8.txt" "$tmp/in/locked.txt"
chmod 000 "$tmp/in/locked.txt"
as_user=()
if [ "$(id -u)" = 0 ]; then
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    chmod 755 "$tmp" "$tmp/in"
    chmod 777 "$tmp/out"
fi
"${as_user[@]}" "$CNKG" extract --no-model -q "$tmp/in/locked.txt" -o "$tmp/out/locked.ttl" \
    2>"$tmp/err" >"$tmp/stdout"
status=$?
check "unreadable file: exit 1" status_is 1
check "unreadable file: named" says "'$tmp/in/locked.txt': Permission denied"
check "unreadable file: no output" absent "$tmp/out/locked.ttl"

# An existing output survives a failed run untouched.
echo "previous content" >"$tmp/out/keep.ttl"
run "$tmp/in/utf8.txt" "$tmp/in/random.txt" -o "$tmp/out/keep.ttl"
check "failed run: exit 1" status_is 1
check "failed run: previous output untouched" grep -qx "previous content" "$tmp/out/keep.ttl"
check "failed run: no temporary files" no_temp_files "$tmp/out"

# --- --keep-going --------------------------------------------------------------

printf '四川省成都市的另一家示例有限公司与重庆市签约。\n' >"$tmp/in/z-last.txt"
run --keep-going "$tmp/in/utf8.txt" "$tmp/in/gone.txt" "$tmp/in/random.txt" \
    "$tmp/in/z-last.txt" -o "$tmp/out/kg.nt"
check "--keep-going: exit 2" status_is 2
check "--keep-going: lists the bad inputs" says "2 inputs skipped:"
check "--keep-going: names the missing one" says "cannot open '$tmp/in/gone.txt'"
check "--keep-going: names the binary one" says "'$tmp/in/random.txt' is not"
check "--keep-going: the list comes last" \
    bash -c '[ "$(tail -n 1 "$1")" != "" ] && tail -n 1 "$1" | grep -q "random.txt"' _ "$tmp/err"
check "--keep-going: output written and valid" valid ntriples "$tmp/out/kg.nt"
check "--keep-going: both good pages extracted" \
    test "$(grep -c 'schema.org/NewsArticle' "$tmp/out/kg.nt")" = 2
run --keep-going "$tmp/in/utf8.txt" -o "$tmp/out/kg-ok.nt"
check "--keep-going with nothing bad: exit 0" status_is 0

# --- empty input -------------------------------------------------------------

: >"$tmp/in/empty.txt"
for fmt in ttl nt nq rdf; do
    run "$tmp/in/empty.txt" -o "$tmp/out/empty.$fmt"
    check "empty file ($fmt): exit 0" status_is 0
    syntax=$(case $fmt in ttl) echo turtle ;; nt) echo ntriples ;; nq) echo nquads ;; rdf) echo rdfxml ;; esac)
    check "empty file ($fmt): a valid graph" valid "$syntax" "$tmp/out/empty.$fmt"
done
check "empty file: no articles" test "$(rapper -q -i turtle -o ntriples "$tmp/out/empty.ttl" | grep -c NewsArticle)" = 0

# --- JSON lines ------------------------------------------------------------------

{
    printf '{"text":"重庆市璧山区的示例科技有限公司位于璧山高新区。"}\n'
    printf '{"text": "未闭合的字符串}\n'
    printf '{"text":"四川省成都市的另一家示例有限公司签约。"}\n'
} >"$tmp/in/records.jsonl"
run -i jsonl "$tmp/in/records.jsonl" -o "$tmp/out/records.nt"
check "malformed JSON line: exit 1" status_is 1
check "malformed JSON line: file and line number" says "$tmp/in/records.jsonl:2: invalid JSON"
check "malformed JSON line: no output" absent "$tmp/out/records.nt"
run -i jsonl --keep-going "$tmp/in/records.jsonl" -o "$tmp/out/records.nt"
check "malformed JSON line, --keep-going: exit 2" status_is 2
check "malformed JSON line, --keep-going: listed" says "records.jsonl:2: invalid JSON"
check "malformed JSON line, --keep-going: the other records written" \
    test "$(grep -c 'schema.org/NewsArticle' "$tmp/out/records.nt")" = 2

# A corpus of broken lines: the summary stays short.
for i in $(seq 105); do echo '{broken'; done >"$tmp/in/broken.jsonl"
run -i jsonl --keep-going "$tmp/in/broken.jsonl" -o "$tmp/out/broken.nt"
check "105 bad lines: exit 2" status_is 2
check "105 bad lines: counted" says "105 inputs skipped:"
check "105 bad lines: the first 100 listed, the rest counted" says "... and 5 more"
check "105 bad lines: listing bounded" test "$(wc -l <"$tmp/err")" -le 103

# --- targets that are not regular files -----------------------------------------
# A FIFO (like /dev/null, a device) is written in place: renaming a temporary
# file over it would replace it with a plain file.
mkfifo "$tmp/out/pipe" "$tmp/out/picture"
cat "$tmp/out/pipe" >"$tmp/out/from-pipe" &
reader=$!
run "$SAMPLE" -f ntriples -o "$tmp/out/pipe"
wait "$reader"
check "-o FIFO: exit 0" status_is 0
check "-o FIFO: still a FIFO" test -p "$tmp/out/pipe"
check "-o FIFO: the graph went through it" valid ntriples "$tmp/out/from-pipe"
check "-o FIFO: no temporary file" no_temp_files "$tmp/out"
cat "$tmp/out/picture" >"$tmp/out/from-picture" &
reader=$!
run "$SAMPLE" -o "$tmp/out/with-picture.ttl" --svg "$tmp/out/picture"
wait "$reader"
check "--svg FIFO: still a FIFO, the SVG went through it" \
    bash -c 'test -p "$1/picture" && grep -q "<svg" "$1/from-picture"' _ "$tmp/out"
mkdir "$tmp/out/adir"
run "$SAMPLE" -o "$tmp/out/adir"
check "-o DIRECTORY: exit 1" status_is 1
check "-o DIRECTORY: says so" says "it is a directory"

# --- limits ------------------------------------------------------------------

check "--help documents the limits" bash -c '"$1" extract --help | grep -q -- "--max-article-size" &&
    "$1" extract --help | grep -q -- "--max-entities"' _ "$CNKG"
# A 10 MB page on one line: one article over the limit, refused, not
# truncated (the file is read in pieces; the limit is per article).
head -c 10000000 /dev/zero | tr '\0' 'x' >"$tmp/in/long.txt"
run "$tmp/in/long.txt" -o "$tmp/out/long.nt"
check "10 MB line: exit 1" status_is 1
check "10 MB line: names the file, the line and the limit" \
    says "$tmp/in/long.txt:1: the article that starts on this line has more than 4194304 bytes of text"
check "10 MB line: no output" absent "$tmp/out/long.nt"
{ printf '{"text":"'; head -c 5000000 /dev/zero | tr '\0' 'y'; printf '"}\n{"text":"短文。"}\n'; } \
    >"$tmp/in/long.jsonl"
run -i jsonl --keep-going "$tmp/in/long.jsonl" -o "$tmp/out/long-jsonl.nt"
check "5 MB JSON text, --keep-going: exit 2" status_is 2
check "5 MB JSON text: file, line and limit" says "long.jsonl:1: \"text\" is 5000000 bytes"
check "5 MB JSON text: the next record written" grep -q NewsArticle "$tmp/out/long-jsonl.nt"
printf 'abcdefghij\n' >"$tmp/in/ten.txt"
run "$tmp/in/ten.txt" --max-article-size 8
check "--max-article-size 8: a 11-byte page refused" says "more than 8 bytes of text"
run "$tmp/in/ten.txt" --max-article-size 1K -o "$tmp/out/ten.nt"
check "--max-article-size 1K: accepted" status_is 0
run "$tmp/in/ten.txt" --max-article-size lots
check "--max-article-size lots: usage error" status_is 2
# --max-entities: an article naming more is refused whole, never cut down.
printf '%s\n' '{"text":"重庆市璧山区与江西省赣州市签约合作。","title":"四地"}' \
    '{"text":"天气晴。"}' >"$tmp/in/places.jsonl"
run -i jsonl "$tmp/in/places.jsonl" --max-entities 2 -o "$tmp/out/places.nt"
check "--max-entities 2: exit 1" status_is 1
check "--max-entities 2: file, line, title and limit" \
    says "places.jsonl:1: an article (四地) names 4 distinct entities, more than --max-entities 2"
check "--max-entities 2: no output" absent "$tmp/out/places.nt"
for j in 1 2; do
    run -i jsonl -j $j --keep-going "$tmp/in/places.jsonl" --max-entities 2 -o "$tmp/out/places.nt"
    check "--max-entities 2 --keep-going -j $j: exit 2" status_is 2
    check "--max-entities 2 --keep-going -j $j: listed" says "1 article left out:"
    check "--max-entities 2 --keep-going -j $j: only the other article written" \
        test "$(grep -c 'schema.org/NewsArticle' "$tmp/out/places.nt")" = 1
done
run -i jsonl "$tmp/in/places.jsonl" --max-entities 4 -o "$tmp/out/places.nt"
check "--max-entities 4: both written" status_is 0
run -i jsonl "$tmp/in/places.jsonl" --max-entities none
check "--max-entities none: usage error" status_is 2

# --- HTML ----------------------------------------------------------------------

run "$DATA/robust-page.html" -o "$tmp/out/page.nt"
check "HTML page: exit 0" status_is 0
rapper -q -i ntriples -o ntriples "$tmp/out/page.nt" >"$tmp/out/page.norm.nt" 2>/dev/null
isstring=$(grep -F 'nif-core#isString' "$tmp/out/page.nt" | sed -E 's/^[^"]*"(.*)" \.$/\1/')
check "HTML page: headline kept" grep -qF '璧山高新区新添智能制造项目' <<<"$isstring"
check "HTML page: paragraphs kept and joined" grep -qF '将在璧山高新区建设工业机器人生产基地。' <<<"$isstring"
check "HTML page: entities decoded" grep -qF 'R&D投入与“链长制”' <<<"$isstring"
check "HTML page: numeric references decoded" grep -qF '5亿元，达产后' <<<"$isstring"
check "HTML page: no script, comment, nav, aside, footer or title" \
    bash -c '! grep -qE "不应出现|首页|<|>|示例新闻网 -" <<<"$1"' _ "$isstring"
check "HTML page: a company found in the kept text" grep -q '示例智能装备有限公司' "$tmp/out/page.nt"
cp "$DATA/robust-page.html" "$tmp/in/saved-as.txt"
run "$tmp/in/saved-as.txt" -o "$tmp/out/saved.nt"
check "HTML saved as .txt: the same graph" cmp -s <(sort "$tmp/out/page.nt") <(sort "$tmp/out/saved.nt")
mkdir -p "$tmp/dir"
cp "$DATA/robust-page.html" "$tmp/dir/a.html"
cp "$tmp/in/utf8.txt" "$tmp/dir/b.txt"
echo '<p>skipped</p>' >"$tmp/dir/c.xml"
run "$tmp/dir" -o "$tmp/out/dir.nt"
check "directory walk takes .html and .txt" test "$(grep -c 'schema.org/NewsArticle' "$tmp/out/dir.nt")" = 2
if command -v python3 >/dev/null && python3 -c 'import rdflib' 2>/dev/null; then
    # NIF offsets index nif:isString, the text cnkg kept.
    check "HTML page: every nif:anchorOf is isString[begin:end]" python3 - "$tmp/out/page.nt" <<'PY'
import sys, rdflib
NIF = rdflib.Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
g = rdflib.Graph(); g.parse(sys.argv[1], format="nt")
ctx = {s: str(o) for s, o in g.subject_objects(NIF.isString)}
n = 0
for s, text in g.subject_objects(NIF.anchorOf):
    c = g.value(s, NIF.referenceContext)
    b, e = int(g.value(s, NIF.beginIndex)), int(g.value(s, NIF.endIndex))
    assert ctx[c][b:e] == str(text), (b, e, ctx[c][b:e], str(text))
    n += 1
assert n > 0
PY
fi

# --- names special to every syntax ---------------------------------------------

mkdir -p "$tmp/onto"
cp -r "$CNKG_SOURCE_DIR/ontology/." "$tmp/onto/"
cp "$DATA/robust-lexicon.ttl" "$tmp/onto/lexicon/zz-robust.ttl"
name='A"B<C>{D}\&E公司'
run -i jsonl --ontology "$tmp/onto" "$DATA/robust-names.jsonl" -o "$tmp/out/names.ttl" \
    --svg "$tmp/out/names.svg" --dot "$tmp/out/names.dot"
check "special names: exit 0" status_is 0
for fmt in ttl nt nq rdf; do
    [ $fmt = ttl ] || run -i jsonl --ontology "$tmp/onto" "$DATA/robust-names.jsonl" -o "$tmp/out/names.$fmt"
    syntax=$(case $fmt in ttl) echo turtle ;; nt) echo ntriples ;; nq) echo nquads ;; rdf) echo rdfxml ;; esac)
    check "special names ($fmt): rapper parses" valid "$syntax" "$tmp/out/names.$fmt"
    if command -v serdi >/dev/null && [ $fmt != rdf ]; then
        check "special names ($fmt): serdi parses" \
            bash -c 'serdi -i "$1" "$2" >/dev/null 2>&1' _ "$syntax" "$tmp/out/names.$fmt"
    fi
done
if command -v python3 >/dev/null && python3 -c 'import rdflib' 2>/dev/null; then
    check "special names: rdflib reads the labels back exactly" python3 - "$tmp/out" "$name" <<'PY'
import sys, rdflib
SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
SCHEMA = rdflib.Namespace("https://schema.org/")
out, name = sys.argv[1], sys.argv[2]
for fmt, syntax in (("ttl", "turtle"), ("nt", "nt"), ("nq", "nquads"), ("rdf", "xml")):
    g = rdflib.ConjunctiveGraph() if fmt == "nq" else rdflib.Graph()
    g.parse(f"{out}/names.{fmt}", format=syntax)
    labels = {str(o) for o in g.objects(None, SKOS.prefLabel)}
    assert name in labels, (fmt, labels)
    assert "X\x07Y有限公司" in " ".join(labels), (fmt, labels)
    heads = {str(o) for o in g.objects(None, SCHEMA.headline)}
    assert '名称里的特殊字符："<>{}\\' in heads, (fmt, heads)
    for s in g.all_nodes():
        if isinstance(s, rdflib.URIRef):
            assert not any(c in str(s) for c in ' <>"{}|^`\\\x07'), (fmt, str(s))
PY
fi
if command -v xmllint >/dev/null; then
    check "special names: the SVG is well-formed XML" xmllint --noout "$tmp/out/names.svg"
else
    fail "xmllint not found: install libxml2-utils (scripts/deps.sh does)"
fi
if command -v dot >/dev/null; then
    check "special names: Graphviz reads the DOT back" \
        bash -c 'dot -Tsvg "$1" | { command -v xmllint >/dev/null && xmllint --noout - || cat >/dev/null; }' \
        _ "$tmp/out/names.dot"
fi
check "special names: the DOT keeps the name" grep -qF 'A\"B<C>{D}' "$tmp/out/names.dot"

# --- interruption and full disk ------------------------------------------------

# cnkg blocks reading standard input after creating its temporary output;
# the signal must remove it and exit 128 + the signal number. Its input is
# a FIFO this shell holds open, so the read blocks and nothing is left
# running afterwards (a `sleep | cnkg` left the sleep holding the test's
# output open, and the runner waited for it). Job control (set -m) keeps
# SIGINT deliverable to a background job. Starting up (the ontology, the
# model) takes seconds under valgrind or a sanitizer on a busy machine:
# the file is waited for up to two minutes.
interrupt() { # interrupt SIGNAL STATUS
    local sig=$1 want=$2 pid
    rm -rf "$tmp/sig" && mkdir -p "$tmp/sig"
    echo "previous content" >"$tmp/sig/out.nt"
    mkfifo "$tmp/sig/stdin"
    exec 7<>"$tmp/sig/stdin"
    set -m
    "$CNKG" extract --no-model -q - -o "$tmp/sig/out.nt" --svg "$tmp/sig/out.svg" \
        <"$tmp/sig/stdin" 2>"$tmp/err" &
    pid=$!
    set +m
    for _ in $(seq 1200); do
        ls "$tmp/sig"/out.nt.tmp.* >/dev/null 2>&1 && break
        sleep 0.1
    done
    check "SIG$sig: a temporary file while running" bash -c 'ls "$1"/out.nt.tmp.* >/dev/null 2>&1' _ "$tmp/sig"
    kill -"$sig" "$pid"
    wait "$pid"
    status=$?
    exec 7>&-
    check "SIG$sig: exit $want" status_is "$want"
    check "SIG$sig: temporary file removed" no_temp_files "$tmp/sig"
    check "SIG$sig: previous output untouched" grep -qx "previous content" "$tmp/sig/out.nt"
    check "SIG$sig: no diagram" absent "$tmp/sig/out.svg"
}
interrupt TERM 143
interrupt INT 130

# A file size limit stands in for a full disk: writes fail with EFBIG.
run_limited() { (ulimit -f 4 && "$CNKG" extract --no-model -q "$@" 2>"$tmp/err"); status=$?; }
rm -rf "$tmp/full" && mkdir -p "$tmp/full"
run_limited "$SAMPLE" -o "$tmp/full/out.nt"
check "disk full: exit 1" status_is 1
check "disk full: says it could not write" says "$tmp/full/out.nt"
check "disk full: no output, no temporary file" bash -c '[ -z "$(ls -A "$1")" ]' _ "$tmp/full"
# A real full disk: a 64 KB tmpfs, where root may mount one.
mkdir -p "$tmp/tiny"
if mount -t tmpfs -o size=64k tmpfs "$tmp/tiny" 2>/dev/null; then
    head -c 60000 /dev/zero >"$tmp/tiny/filler"
    run "$SAMPLE" -o "$tmp/tiny/out.nt"
    check "tmpfs full: exit 1" status_is 1
    check "tmpfs full: names the file" says "cannot write '$tmp/tiny/out.nt'"
    check "tmpfs full: no output, no temporary file" bash -c '[ "$(ls -A "$1")" = filler ]' _ "$tmp/tiny"
    umount "$tmp/tiny"
else
    echo "SKIP: full tmpfs (mounting needs root)"
fi
if [ -w /dev/full ]; then
    "$CNKG" extract --no-model -q "$SAMPLE" 2>"$tmp/err" >/dev/full
    status=$?
    check "standard output full: exit 1" status_is 1
    check "standard output full: says so" says "cannot write 'standard output'"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all checks passed"
