#!/usr/bin/env python3
"""pagefeed beside Python trafilatura on the article set, to find pages
where one of them loses the article.

On the pages with body truth both are scored (word 4-shingle F1, as
examples/eval.rs scores). On the pages without body truth (541 of 888, where
no body rule was ever tuned) the two bodies are compared with each other:
pages where pagefeed holds little of what trafilatura finds are listed
first, to be read by hand. trafilatura keeps reader comments, teasers and
cookie notices that pagefeed leaves out, so a low figure is a place to
look, not a mistake. The same is done for dates on the pages without date
truth: days that differ, and days only trafilatura gives.

trafilatura and its lxml are installed from PyPI into a virtual
environment under the system's temporary folder (nothing else is touched).

    cargo build --release
    python3 examples/compare_trafilatura.py [target/release/pagefeed] [--list N]
"""

import gzip
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

TRAFILATURA = "trafilatura==2.3.1"
CORPUS = pathlib.Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "articles"

# Run inside the virtual environment: one page's fields as JSON lines.
RUNNER = r"""
import gzip, json, logging, sys, warnings
import trafilatura
logging.disable(logging.CRITICAL)
warnings.simplefilter("ignore")
for line in sys.stdin:
    name, url, path = json.loads(line)
    try:
        d = trafilatura.bare_extraction(gzip.open(path).read(), url=url, with_metadata=True)
        d = d.as_dict() if hasattr(d, "as_dict") else (d or {})
        out = {"text": d.get("text") or "", "date": d.get("date") or ""}
    except Exception as e:  # a page trafilatura cannot read counts as empty
        out = {"text": "", "date": "", "error": str(e)}
    print(json.dumps([name, out]), flush=True)
"""


def words(s):
    s = unicodedata.normalize("NFKC", s or "").casefold()
    return "".join(" " if unicodedata.category(c)[0] in "PSZC" else c for c in s).split()


def shingles(s):
    w = words(s)
    n = min(4, len(w))
    return Counter(tuple(w[i : i + n]) for i in range(len(w) - n + 1)) if w else Counter()


def prf(got, want):
    g, w = shingles(got), shingles(want)
    common = sum((g & w).values())
    if not common:
        return 0.0, 0.0, 0.0
    p, r = common / sum(g.values()), common / sum(w.values())
    return p, r, 2 * p * r / (p + r)


def venv_python():
    root = pathlib.Path(tempfile.gettempdir()) / "pagefeed-trafilatura"
    python = root / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(root)], check=True)
    check = subprocess.run([str(python), "-c", "import trafilatura"], capture_output=True)
    if check.returncode != 0:
        pip = [str(python), "-m", "pip", "install", "-q", TRAFILATURA, "lxml_html_clean"]
        subprocess.run(pip, check=True)
    return python


def trafilatura_fields(truth):
    jobs = "".join(
        json.dumps([name, rec["url"], str(CORPUS / "pages" / f"{name}.html.gz")]) + "\n"
        for name, rec in sorted(truth.items())
    )
    run = subprocess.run(
        [str(venv_python()), "-c", RUNNER], input=jobs, capture_output=True, text=True, check=True
    )
    return dict(json.loads(line) for line in run.stdout.splitlines())


def pagefeed_fields(binary, truth):
    def one(item):
        name, rec = item
        with tempfile.NamedTemporaryFile(suffix=".html", delete=False) as f:
            f.write(gzip.open(CORPUS / "pages" / f"{name}.html.gz").read())
        try:
            cmd = [binary, "extract", "--json", "--url", rec["url"], f.name]
            run = subprocess.run(cmd, capture_output=True, text=True)
            d = json.loads(run.stdout) if run.returncode == 0 else {}
        finally:
            os.unlink(f.name)
        return name, {"text": d.get("content_text") or "", "date": d.get("published") or ""}

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return dict(pool.map(one, sorted(truth.items())))


def main():
    args = sys.argv[1:]
    listed = 40
    if "--list" in args:
        at = args.index("--list")
        listed = int(args[at + 1])
        del args[at : at + 2]
    binary = args[0] if args else "target/release/pagefeed"
    truth = json.loads((CORPUS / "truth.json").read_text())
    ours = pagefeed_fields(binary, truth)
    theirs = trafilatura_fields(truth)

    scored = [n for n in truth if "body" in truth[n]]
    for who, got in (("pagefeed", ours), ("trafilatura", theirs)):
        f1 = [prf(got[n]["text"], truth[n]["body"])[2] for n in scored]
        empty = sum(1 for n in scored if not got[n]["text"].strip())
        print(f"{who:12} body F1 on the {len(scored)} pages with truth: {sum(f1) / len(f1):.4f} (empty {empty})")

    rows = []
    for n in truth:
        if "body" in truth[n]:
            continue
        p, r, f = prf(ours[n]["text"], theirs[n]["text"])
        rows.append((f, p, r, len(words(ours[n]["text"])), len(words(theirs[n]["text"])), n))
    rows.sort()
    mean = sum(r[0] for r in rows) / len(rows)
    print(f"pages without body truth: {len(rows)}; mean F1 of pagefeed's body against trafilatura's: {mean:.4f}")
    print("  lowest (F1, pagefeed's share of trafilatura's shingles, words each):")
    for f, p, r, a, b, n in rows[:listed]:
        print(f"  {f:.2f} precision {p:.2f} recall {r:.2f} pagefeed {a:5} trafilatura {b:5} {n}")

    undated = [n for n in truth if "date" not in truth[n]]
    both = [n for n in undated if ours[n]["date"] and theirs[n]["date"]]
    differ = [n for n in both if ours[n]["date"][:10] != theirs[n]["date"][:10]]
    only = [n for n in undated if theirs[n]["date"] and not ours[n]["date"]]
    print(
        f"pages without date truth: {len(undated)}; both give a day on {len(both)}, "
        f"the same day on {len(both) - len(differ)}; only trafilatura on {len(only)}, "
        f"only pagefeed on {sum(1 for n in undated if ours[n]['date'] and not theirs[n]['date'])}"
    )
    for n in differ[:listed]:
        print(f"  differ {n}: pagefeed {ours[n]['date'][:10]} trafilatura {theirs[n]['date'][:10]}")
    for n in only[:listed]:
        print(f"  only trafilatura {n}: {theirs[n]['date'][:10]}")


if __name__ == "__main__":
    main()
