#!/usr/bin/python3
"""Pull annotated stories out of the shared news corpus by id and lay them
out as the dev set's pages: a 新闻联播 story as its title line,
"新闻联播 YYYY-MM-DD" (the JSON date field), then the rest of its text; an
industry story as its text.

usage: bench/news_pages.py NEWS_DIR GOLD_DIR OUT_DIR
  writes OUT_DIR/NAME.txt for each GOLD_DIR/NAME.tsv (NAME = story id with
  / replaced by _); bench/news-score.sh scores them, bench/news-project.py
  reads the same texts through read_texts.

A development tool: the product stays C. The texts never enter the
repository."""
import glob
import json
import os
import sys


def gold_names(gold_dir):
    """Story id -> gold file name (without .tsv) of every gold file."""
    return {os.path.basename(g)[:-4].replace("_", "/"): os.path.basename(g)[:-4]
            for g in glob.glob(os.path.join(gold_dir, "*.tsv"))}


def read_texts(news_dir, want):
    """Story id -> page text, for each id in want found in news_dir."""
    found = {}
    for path in sorted(glob.glob(os.path.join(news_dir, "*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if r.get("id") not in want or r["id"] in found:
                    continue
                text = r["text"]
                if r.get("date"):  # 新闻联播: date line after the title, as corpus/dev/xw-*.txt
                    head, _, rest = text.partition("\n")
                    text = head + "\n新闻联播 " + r["date"] + "\n" + rest
                found[r["id"]] = text
    return found


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: news_pages.py NEWS_DIR GOLD_DIR OUT_DIR")
    news, gold, out = argv
    want = gold_names(gold)
    if not want:
        sys.exit("score.sh: no gold files (*.tsv) in " + gold)
    found = read_texts(news, want)
    missing = sorted(set(want) - set(found))
    if missing:
        sys.exit("score.sh: stories not found in the corpus: " + " ".join(missing))
    for i, text in found.items():
        with open(os.path.join(out, want[i] + ".txt"), "w", encoding="utf-8") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
