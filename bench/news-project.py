#!/usr/bin/python3
"""Project the gold names of annotated news stories onto their texts as
labeller training data, in CLUENER2020's JSON format (one sentence a line:
text and {type: {surface: [[begin, end_inclusive], ...]}}), so that
cnkg-train reads it as it reads CLUENER and can train on both.

usage: bench/news-project.py [--repeat N] [--types N | --news TYPES] [--shared DIR] GOLD.tsv... > OUT.json

Every occurrence of an entity's label or alias in its story is a span,
longest match first (a matched character is not matched again), typed by
the labeller's CLUENER tag for the entity's class (CLASS_TAG below, the
inverse of labeller_class in extractor/extractor.c, with divisions,
regions and parks as CLUENER's address). Names of classes the labeller
has no tag for (industries, programmes, products, projects, events) are
matched too, so that their inner words are not taken as names, but give
no span; with --types N > 10, parks, projects, programmes, products and
industries (the first N - 10 of them, NEWS_TAG) are spans of types of their
own, which CLUENER lacks; --news product (cnkg-train's --news) makes spans
of the news types it names alone. Optional entities count as entities. The text is laid out as
bench/news-score.sh lays it out and cut into sentences at 。！？；and line
ends, long ones again at ，, so the lines look like CLUENER's.

A development tool: the product stays C. Train-news only: never feed it
the dev or held-out gold.
"""
import argparse
import json
import os
import re
import sys

from news_pages import read_texts

CLASS_TAG = {
    "Company": "company",
    "GovernmentAgency": "government",
    "Organization": "organization",
    "Person": "name",
    "Place": "scene",
    "AdministrativeDivision": "address",
    "Region": "address",
    "IndustrialPark": "address",
}
# With --types N > 10 the news classes CLUENER lacks get types of their
# own, in the trainer's order (labeller/train.c): the first N - 10 of these.
NEWS_TAG = [
    ("IndustrialPark", "park"),
    ("Project", "project"),
    ("Program", "program"),
    ("Product", "product"),
    ("Industry", "industry"),
]
MAX_LEN = 80
SKIP = "-"  # the tag of a class whose sentences are left out (--skip)  # CLUENER's lines are at most 50 characters


def read_gold(path, class_tag, skip):
    names = {}  # surface -> tag or None
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[0] != "E" or len(f) < 3:
            continue
        tag = SKIP if f[1] in skip else class_tag.get(f[1])
        forms = [f[2]] + (f[3].split("|") if len(f) > 3 and f[3] not in ("", "?") else [])
        for s in forms:
            s = s.strip()
            if len(s) >= 1 and (s not in names or names[s] is None):
                names[s] = tag
    return names


def sentences(text):
    for part in re.split(r"(?<=[。！？；])|\n", text):
        part = part.strip()
        while len(part) > MAX_LEN:
            cut = part.rfind("，", 0, MAX_LEN)
            cut = cut + 1 if cut > 10 else MAX_LEN
            yield part[:cut]
            part = part[cut:].strip()
        if part:
            yield part


def spans(sent, names):
    forms = sorted((s for s in names if s in sent), key=len, reverse=True)
    taken = [False] * len(sent)
    label = {}
    for s in forms:
        start = sent.find(s)
        while start >= 0:
            end = start + len(s)
            if not any(taken[start:end]):
                for i in range(start, end):
                    taken[i] = True
                if names[s]:
                    label.setdefault(names[s], {}).setdefault(s, []).append([start, end - 1])
            start = sent.find(s, start + 1)
    return label


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=1, help="write each line N times")
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "../../shared"))
    ap.add_argument("--types", type=int, default=10,
                    help="the trainer's --types: above 10, news classes get types of their own")
    ap.add_argument("--news", default="",
                    help="comma-separated news types that get spans (as cnkg-train --news)")
    ap.add_argument("--skip", action="append", default=[],
                    help="leave out the sentences that name one of this class")
    ap.add_argument("gold", nargs="+")
    a = ap.parse_args()
    class_tag = dict(CLASS_TAG)
    class_tag.update(NEWS_TAG[:max(0, a.types - 10)])
    if a.news and a.types != 10:
        sys.exit("news-project: --types and --news choose the same thing: give one")
    wanted = [t for t in a.news.split(",") if t]
    unknown = set(wanted) - {tag for _, tag in NEWS_TAG}
    if unknown:
        sys.exit("news-project: unknown news types: " + " ".join(sorted(unknown)))
    class_tag.update((cls, tag) for cls, tag in NEWS_TAG if tag in wanted)
    want = {os.path.basename(g)[:-4].replace("_", "/"): g for g in a.gold}
    texts = read_texts(os.path.join(a.shared, "corpus/news"), want)
    missing = sorted(set(want) - set(texts))
    if missing:
        sys.exit("news-project: stories not in the corpus: " + " ".join(missing))
    n_lines = n_spans = 0
    for story in sorted(want):
        names = read_gold(want[story], class_tag, set(a.skip))
        for sent in sentences(texts[story]):
            label = spans(sent, names)
            if label.pop(SKIP, None):
                continue
            line = json.dumps({"text": sent, "label": label}, ensure_ascii=False)
            for _ in range(a.repeat):
                print(line)
            n_lines += 1
            n_spans += sum(len(v) for t in label.values() for v in t.values())
    print("news-project: %d stories, %d lines, %d spans" % (len(want), n_lines, n_spans),
          file=sys.stderr)


if __name__ == "__main__":
    main()
