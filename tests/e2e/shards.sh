#!/usr/bin/env bash
# shards.sh - a corpus split across machines merges into the graph of the
# whole: the two halves of a small corpus (the examples page and pages
# written here, fictional like examples/) are extracted separately to
# N-Quads, then the whole set at once; `sort -u` of the halves together
# must equal `sort -u` of the whole. This is the contract that lets each
# shard be extracted on its own machine and bulk-loaded into one store:
# IRIs come from names and texts, never from a counter or a global pass.
#
# Environment: CNKG (the built binary), CNKG_SOURCE_DIR (the source tree).
set -euo pipefail
export LC_ALL=C.UTF-8

. "$(dirname "$0")/lib/checks.sh"

mkdir -p "$tmp/a" "$tmp/b"
cp "$CNKG_SOURCE_DIR/examples/cqnews-sample.txt" "$tmp/a/1-sample.txt"
# Fictional pages in the page-export layout (headline, byline, body,
# source line); the smaller companies and every figure are invented.
cat >"$tmp/a/2-port.txt" <<'PAGE'
果园港新开两条班列

重庆日报讯(记者 周明远)

11月18日,两列满载汽车零部件的班列从果园港驶出,分别开往广西钦州港和新疆霍尔果斯。重庆渝港联运物流有限公司负责人说,新线路把运输时间缩短了三天。

两江新区管委会相关负责人介绍,今年以来,果园港已有12家物流企业落户,长安汽车和赛力斯的配套企业也在扩大出口。

据《重庆日报》
PAGE
cat >"$tmp/b/3-chips.txt" <<'PAGE'
西永微电园再添封测项目

新重庆-重庆日报记者 何静

日前,重庆芯桥半导体有限公司在西永微电园签约,计划投资8亿元建设芯片封装测试基地,建成后年封装能力达到20亿颗。

沙坪坝区经济信息委负责人说,园区已聚集京东方、华润微电子等企业,新项目将补齐封测环节。项目预计明年6月投产。

据《重庆日报》
PAGE
cat >"$tmp/b/4-farm.txt" <<'PAGE'
万州柠檬搭上电商快车

重庆日报讯(记者 李晓川)

万州区农业农村委的数据显示,今年万州柠檬线上销量同比增长三成。当地的重庆三峡果业有限公司与拼多多合作开设直播间,帮助果农把柠檬卖到全国。

据《重庆日报》
PAGE

run() { # run OUTPUT INPUT...
    local out=$1
    shift
    "$CNKG" extract -q "$@" -o "$out"
}
run "$tmp/a.nq" "$tmp/a"
run "$tmp/b.nq" "$tmp/b"
run "$tmp/whole.nq" "$tmp/a" "$tmp/b"
sort -u "$tmp/a.nq" "$tmp/b.nq" >"$tmp/merged"
sort -u "$tmp/whole.nq" >"$tmp/whole.sorted"

if [ "$(wc -l <"$tmp/merged")" -gt 100 ] && grep -q '芯桥' "$tmp/merged" && grep -q '恒锐' "$tmp/merged"; then
    pass "both halves produced quads ($(wc -l <"$tmp/merged") distinct)"
else
    fail "the halves produced too little: $(wc -l <"$tmp/merged") distinct quads"
fi
if cmp -s "$tmp/merged" "$tmp/whole.sorted"; then
    pass "sort -u of the two shards equals sort -u of the whole"
else
    fail "shards merged differ from the whole:"
    diff "$tmp/merged" "$tmp/whole.sorted" | head -n 20 >&2
fi
# Each shard names its articles' graphs itself: no graph IRI of one shard
# appears in the other.
graphs() { awk '{print $(NF - 1)}' "$1" | grep '^<https://w3id.org/cnkg/id/article/' | sort -u; }
if [ "$(graphs "$tmp/a.nq" | wc -l)" -ge 5 ] && [ "$(graphs "$tmp/b.nq" | wc -l)" -ge 2 ] &&
    [ -z "$(comm -12 <(graphs "$tmp/a.nq") <(graphs "$tmp/b.nq"))" ]; then
    pass "the shards' named graphs are disjoint"
else
    fail "a named graph appears in both shards"
fi

# N-Triples shards merge the same way.
run "$tmp/a.nt" "$tmp/a"
run "$tmp/b.nt" "$tmp/b"
run "$tmp/whole.nt" "$tmp/a" "$tmp/b"
if cmp -s <(sort -u "$tmp/a.nt" "$tmp/b.nt") <(sort -u "$tmp/whole.nt"); then
    pass "N-Triples: sort -u of the shards equals sort -u of the whole"
else
    fail "N-Triples: shards merged differ from the whole"
fi
[ "$failures" -eq 0 ]
