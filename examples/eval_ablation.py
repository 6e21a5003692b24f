#!/usr/bin/env python3
"""Dates read from what a page shows, with its machine-readable dates gone.

Many small sites publish no metadata at all: a plain WordPress theme, a
hand-made blog, a news site whose JSON-LD is written by a script. There
pagefeed must read the day a reader sees. This script takes the pages of
`../shared/corpus/articles` whose truth says the day is written in the
visible text (`date_where` holds `text`), strips what a machine reads
(every `<script>`, `<meta>` tags named for dates or times, `datetime`,
`pubdate` and `data-*date*`/`data-*time*` attributes, `content` and
`title` attributes holding an ISO day), gives pagefeed an address without
a date (`https://host/a/story`), and counts the same calendar day
(published, else updated, as examples/eval.rs scores dates).

It also scores the article text of the corpus's pages with a body truth
once every `class` and `id` attribute is stripped (as on a site whose
names are hashes or utility classes): how much of the choice rests on the
page's structure rather than its names; and once more with `role` and
microdata gone too and HTML5's sectioning elements (`article`, `main`,
`section`, `header`, `footer`, `aside`, `nav`, `figure`) written as
`div`s, as an older site's markup would be: structure alone.

These pages are the corpus the rules were tuned on: the figures show how
well the fallbacks do, not how they do on pages never seen.

    cargo build --release
    python3 examples/eval_ablation.py [target/release/pagefeed] [--misses]
"""

import gzip
import json
import pathlib
import re
import sys
import tempfile
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

from eval_fixtures import extract, shingle_f1

CORPUS = pathlib.Path(__file__).resolve().parent.parent.parent / "shared/corpus/articles"
DATEISH = re.compile(r"date|time|publish|modif|created|issued|updated", re.I)
ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
NAMES = re.compile(r"""(?i)\s(class|id)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""")
MARKS = re.compile(r"""(?i)\s(role|itemprop|itemtype|itemscope)(\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?(?=[\s>/])""")
SECTIONS = re.compile(r"(?i)<(/?)(?:article|main|section|header|footer|aside|nav|figure|figcaption)\b")
ATTR = re.compile(
    r"""(?i)\s(datetime|pubdate|data-[\w-]*(?:date|time)[\w-]*|content|title)\s*=\s*("[^"]*"|'[^']*')"""
)


def strip(page: str) -> str:
    page = re.sub(r"(?is)<script\b.*?</script\s*>", "", page)
    page = re.sub(r"(?is)<meta\b[^>]*>", lambda m: "" if DATEISH.search(m.group(0)) else m.group(0), page)

    def attr(m):
        keep = m.group(1).lower() in ("content", "title") and not ISO_DAY.search(m.group(2))
        return m.group(0) if keep else ""

    return ATTR.sub(attr, page)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    binary = args[0] if args else "target/release/pagefeed"
    misses = "--misses" in sys.argv
    truth = json.loads((CORPUS / "truth.json").read_text())
    items = [(k, r) for k, r in sorted(truth.items()) if r.get("date") and "text" in (r.get("date_where") or [])]
    with tempfile.TemporaryDirectory() as tmp:

        def run(item):
            key, record = item
            page = gzip.open(CORPUS / "pages" / f"{key}.html.gz").read().decode("utf-8", "replace")
            path = pathlib.Path(tmp) / f"{key}.html"
            path.write_text(strip(page))
            host = re.match(r"https?://[^/]+", record["url"]).group(0)
            return key, record, extract(binary, path, host + "/a/story")

        right = wrong = none = 0
        by_language = defaultdict(lambda: [0, 0])
        with ThreadPoolExecutor(2) as pool:
            for key, record, got in pool.map(run, items):
                day, want = (got.get("published") or got.get("updated") or "")[:10], record["date"][:10]
                language = record.get("language") or "?"
                by_language[language][1] += 1
                if day == want:
                    right += 1
                    by_language[language][0] += 1
                    continue
                if day:
                    wrong += 1
                else:
                    none += 1
                if misses:
                    source = (got.get("sources") or {}).get("published")
                    print(f"  {key} ({language}): got {day or None} want {want} from {source}")
        print(f"articles corpus, machine-readable dates stripped ({len(items)} pages whose day is shown)")
        print(f"  right {right}/{len(items)} ({right / len(items):.3f})  wrong {wrong}  none {none}")
        print("  " + "  ".join(f"{lang} {r}/{n}" for lang, (r, n) in sorted(by_language.items(), key=lambda x: -x[1][1])))

        bodies = [(k, r) for k, r in sorted(truth.items()) if r.get("body")]

        def body(item, bare):
            key, record = item
            page = gzip.open(CORPUS / "pages" / f"{key}.html.gz").read().decode("utf-8", "replace")
            page = NAMES.sub("", page)
            if bare:
                page = SECTIONS.sub(lambda m: f"<{m.group(1)}div", MARKS.sub("", page))
            path = pathlib.Path(tmp) / f"{key}.{'bare' if bare else 'names'}.html"
            path.write_text(page)
            got = extract(binary, path, record["url"])
            return key, shingle_f1(got.get("content_text") or "", record["body"])

        for bare, what in [
            (False, "every class and id stripped"),
            (True, "names, roles and microdata stripped, sectioning elements as divs"),
        ]:
            with ThreadPoolExecutor(2) as pool:
                scores = list(pool.map(lambda item: body(item, bare), bodies))
            empty = sum(1 for _, f in scores if f == 0)
            print(f"articles corpus, {what} ({len(bodies)} pages with a body)")
            print(f"  body F1 {sum(f for _, f in scores) / len(scores):.3f}  empty or wrong block (F1 0) {empty}")
            if misses:
                for key, f in sorted(scores, key=lambda x: x[1])[:15]:
                    print(f"  {f:.3f} {key}")


if __name__ == "__main__":
    main()
