#!/usr/bin/env python3
"""gen-products.py - generates ontology/lexicon/products.ttl, the names of
products that the news writes as things made (洗衣机, 挖掘机, 镀锌板,
甲醇): kg:Product terms of the gazetteer.

A dev tool: the product only reads the file it writes.

Usage: scripts/gen-products.py [-o OUT.ttl] [INDUSTRIES.ttl] [CORPUS.jsonl ...]

  INDUSTRIES.ttl  default ontology/lexicon/industries.ttl
  CORPUS.jsonl    default ../shared/corpus/news/*.jsonl (the unlabelled news)

Regenerate: scripts/gen-products.py -o ontology/lexicon/products.ttl

A word is listed when
  - it ends in a product head (HEADS: 机, 器, 板, 胎, 泵, 电池, 纤维 ...),
  - stories of the corpus write it in a frame of making at least MIN_STORIES
    times: an item of the list after a verb of making (生产, 研发, 制造, 年产
    and an amount ...) up to 等 or the end of the clause, or right before
    生产线, 产量, 产能,
  - the corpus writes it at least MIN_COUNT times, and not mostly as the tail
    of one longer word (掘机 inside 挖掘机: no single character before it in
    more than FRAGMENT of its occurrences),
  - it is no industry of industries.ttl (芯片, 碳纤维: the sector or the thing
    made, which the extractor decides by context) and no common word
    (NOT_PRODUCTS: 商机, 短板), and does not say whose or where the thing is
    (乌军无人机, 全球面板).
Then a listed word and the name of a thing made right after it (甲醇|汽油,
热泵|热水器: COMPOUND_HEADS), written at least MIN_COUNT times and not
mostly the head of a longer word, is listed too, so the gazetteer's longest
match reads the whole name.

The extractor decides by context what such a word names where it stands
(extractor/resolve.c): the industry when a sector tail closes it or its list
(民用飞机产业), nothing among sectors (钢铁、水泥、平板玻璃), no mention inside
a firm's name.
"""
import collections
import os
import re
import sys

from news_corpus import corpus_text, parse_args
from lexicon_ttl import write_products

MIN_STORIES = 2
MIN_COUNT = 5
FRAGMENT = 0.6
MAX_LEN = 8

# The last word of a product's name: what kind of thing it is. 电视, 空调, 硅,
# 鞋, 客车, 组件 (the eighteenth session) bring 液晶电视, 变频空调, 多晶硅,
# 皮鞋, 大中型客车, 光伏组件: things the news makes in frames of making that
# the extractor missed. Not 煤 (标准煤 is a unit) nor 零部件 (关键零部件).
HEADS = ("机", "器", "板", "胎", "泵", "电池", "设备", "纤维", "片", "服", "箱", "煲",
         "钢", "醇", "氨", "灯", "仪", "线缆", "电缆", "玻璃", "车床", "面板", "屏",
         "电视", "空调", "硅", "鞋", "客车", "组件")

# Heads that make a compound of a product and what follows (甲醇|汽油,
# 热泵|热水器, 太阳能电池|组件, 风机|叶片): besides HEADS, these.
COMPOUND_HEADS = HEADS + ("汽油", "组件", "叶片", "灯泡")
COMPOUND_MAX = 4
JOINERS = "和与及或、"

# Words with a head that name no thing made: opportunities, weak points,
# pictures, the business itself.
NOT_PRODUCTS = ("商机", "危机", "契机", "时机", "生机", "转机", "先机", "动机", "有机",
                "短板", "样板", "模板", "看板", "跳板", "黑板", "图片", "影片", "芯片",
                "照片", "名片", "卡片", "服务器", "制服", "衣服", "说服", "克服", "舒服",
                "征服", "信箱", "邮箱", "主管", "监管", "托管", "分管", "主机", "司机",
                "飞机", "手机", "武器", "设备", "电池", "面板", "屏", "良机", "重器",
                # mostly the tail of a longer name (台式|计算机, 平板|计算机) or a
                # field (计算机科学), and the start of another word (大屏幕)
                "计算机", "大屏")

# Words that say whose, where or how good a thing is, not what kind: a word
# they open is no product's name (全球面板, 该型号无人机, 先进设备).
WHOSE = ("全球", "国内", "国外", "目前", "该", "这", "先进", "巨大", "上游", "下游", "大国",
         "国之", "中国", "我国", "乌", "俄", "美", "日", "韩", "各类", "各种", "新型", "传统", "大量", "主要")

ITEM = r"[\u4e00-\u9fffA-Za-z0-9]{2,12}"
AMOUNT = r"(?:[0-9.一二三四五六七八九十百千万亿余多近约]+(?:万|亿)?" \
         r"(?:吨|台|辆|套|件|片|只|颗|块|平方米|立方米|千瓦|兆瓦|条|个|部|架|艘|组|双|米)?)"
VERB = r"(?:生产|研发|制造|研制|加工|主营|销售|出口|年产" + AMOUNT + r"?)"
COUNTED = r"[0-9一二两三四五六七八九十百千万]+(?:台|套|辆|部|架|块|颗|只|吨)"
LIST_FRAME = re.compile("(?:" + VERB + "|" + COUNTED + ")(" + ITEM + "(?:、" + ITEM + ")*)(?=等|，|。|；|、)")
BEFORE_FRAME = re.compile("(" + ITEM + ")(?=生产线|产量|产能|销量|订单)")
# Characters after which a word begins: punctuation, digits and these characters
BOUNDARY = set("的、和与及或等在是为了把将从对向产造售口台套辆部架块颗只吨种款型批")
LEFT_SHARE = 0.3


def industry_forms(path):
    text = open(path, encoding="utf-8").read()
    forms = set()
    for block in text.split("\n\n"):
        if "kg:Industry" in block:
            forms.update(re.findall(r'"([^"]*)"@zh', block))
    return forms


def place_forms(lexicon):
    """Names of countries and divisions, and an army or a side of one (俄军,
    乌方): before a product they say whose it is, not what kind."""
    forms = set()
    for f in ("countries.ttl", "divisions.ttl"):
        forms.update(re.findall(r'"([^"]*)"@zh', open(os.path.join(lexicon, f), encoding="utf-8").read()))
    return forms


def is_whose(head, places):
    """Does head say whose or where the product is (乌军|无人机, 全球|面板)?"""
    return head in places or head[:-1] in places or head.endswith(("军", "方")) or \
        head.startswith(WHOSE)


def framed_words(stories):
    """word -> the stories that write it in a frame of making."""
    seen = collections.defaultdict(set)
    for i, s in enumerate(stories):
        items = [it for m in LIST_FRAME.finditer(s) for it in m.group(1).split("、")]
        items += [m.group(1) for m in BEFORE_FRAME.finditer(s)]
        items = [x for it in items for x in re.split("[和与及或]", it)]
        for it in items:
            for n in range(2, min(len(it), MAX_LEN) + 1):
                w = it[-n:]
                if w.endswith(HEADS) and w not in HEADS:
                    seen[w].add(i)
    return seen


def is_fragment(text, w, n):
    """Is w mostly the tail of a longer word: one character before it in most
    of its occurrences (掘机 in 挖掘机), or too rarely a character where a
    word begins (国钢, 代液晶面板)?"""
    before = collections.Counter()
    bounded = 0
    i = text.find(w)
    while i >= 0:
        c = text[i - 1] if i > 0 else "\n"
        before[c] += 1
        bounded += c in BOUNDARY or not ("\u4e00" <= c <= "\u9fff" or c.isalnum())
        i = text.find(w, i + 1)
    return before.most_common(1)[0][1] > FRAGMENT * n or bounded < LEFT_SHARE * n


def compounds(text, words, skip):
    """A listed word and the name of a thing made after it (甲醇汽油,
    热泵热水器) written at least MIN_COUNT times is a product too: the word
    there is only part of its name. Rows (compound, times written, 0)."""
    seen = collections.Counter()
    for w in words:
        i = text.find(w)
        while i >= 0:
            e = i + len(w)
            for k in range(1, COMPOUND_MAX + 1):
                tail = text[e:e + k]
                if len(tail) < k or not "\u4e00" <= tail[-1] <= "\u9fff":
                    break
                if any(c in JOINERS for c in tail):
                    break
                if tail.endswith(COMPOUND_HEADS) and tail != w[-1]:  # 客机|机身
                    seen[w + tail] += 1
            i = text.find(w, e)
    return [(c, n, 0) for c, n in seen.items()
            if n >= MIN_COUNT and c not in words and c not in skip and not is_fragment(text, c, n)
            and not continued(text, c, n)]


def continued(text, w, n):
    """Is w mostly the head of one longer word, one character after it in
    most of its occurrences (客机机 in 客机机身)?"""
    after = collections.Counter()
    i = text.find(w)
    while i >= 0:
        after[text[i + len(w):i + len(w) + 1]] += 1
        i = text.find(w, i + 1)
    return after.most_common(1)[0][1] > FRAGMENT * n


def main(argv):
    out, industries, corpus = parse_args(argv, "ontology/lexicon/industries.ttl", "gen-products.py")
    text = corpus_text(corpus)
    stories = text.split("\n")  # lines of stories: a frame never spans one
    skip = industry_forms(industries) | set(NOT_PRODUCTS)
    places = place_forms(os.path.dirname(os.path.abspath(industries)))
    framed = framed_words(stories)
    rows = []
    for w, where in framed.items():
        if len(where) < MIN_STORIES or w in skip or not re.search("[\u4e00-\u9fff]{2}", w):
            continue
        if any(w.endswith(v) and is_whose(w[:-len(v)], places)
               for v in list(framed) + list(skip) if len(v) < len(w)):
            continue
        n = text.count(w)
        if n >= MIN_COUNT and not is_fragment(text, w, n):
            rows.append((w, n, len(where)))
    rows += compounds(text, [r[0] for r in rows], skip)
    rows.sort(key=lambda r: (-r[2], -r[1], r[0]))
    out.write("# products.ttl - names of products: things made, as the news writes them.\n#\n")
    out.write("# GENERATED by scripts/gen-products.py from the unlabelled news corpus\n")
    out.write("# (%s): a word ending in a product head, written\n" % ", ".join(os.path.basename(c) for c in corpus))
    out.write("# in a frame of making (生产, 研发, 年产… X、Y等; X生产线, X产量, X产能) in at least\n")
    out.write("# %d stories and at least %d times, not the tail of one longer word, no industry.\n" % (MIN_STORIES, MIN_COUNT))
    out.write("# And such a word and the name of a thing made after it (甲醇汽油), written\n")
    out.write("# at least %d times.\n" % MIN_COUNT)
    out.write("# Each: times written / stories that write it in a frame of making\n")
    out.write("# (compounds: 0, not counted by story).\n\n")
    write_products(out, rows)


if __name__ == "__main__":
    main(sys.argv[1:])
