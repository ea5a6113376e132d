"""news_corpus.py - what the lexicon generators that mine the news share:
their command line (`[-o OUT] [LEXICON [CORPUS.jsonl ...]]`) and the text
of the stories, read once from JSON lines.

A development tool, like the generators that import it: the product reads
only the Turtle they write."""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NEWS = os.path.join(HERE, "../../shared/corpus/news/*.jsonl")


def parse_args(argv, default_lexicon, name):
    """(output file, lexicon path, corpus paths) from a generator's argv;
    the corpus defaults to ../shared/corpus/news beside the checkout."""
    out = sys.stdout
    if len(argv) >= 2 and argv[0] == "-o":
        out = open(argv[1], "w", encoding="utf-8")
        argv = argv[2:]
    lexicon = argv[0] if argv else os.path.join(HERE, "..", default_lexicon)
    corpus = argv[1:] or sorted(glob.glob(NEWS))
    if not corpus:
        sys.exit("%s: no corpus (give CORPUS.jsonl files)" % name)
    return out, lexicon, corpus


def corpus_text(paths):
    """Every story's text, one after another; lines that are not JSON are
    skipped, as cnkg skips them."""
    parts = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for line in f:
                try:
                    parts.append(json.loads(line).get("text", ""))
                except ValueError:
                    continue
    return "\n".join(parts)
