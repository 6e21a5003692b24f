#!/usr/bin/env python3
"""Dates on htmldate's own test cases: pages pagefeed's rules were never tuned on.

htmldate (a Python date extractor) ships its unit tests in its source
package; each `assert find_date("<html>...", ...) == "YYYY-MM-DD"` is a small
page its authors wrote with the date they expect. This script fetches that
package from PyPI into a temporary folder, keeps the cases whose options
ask for what a feed wants (the publication date: no options, or
`original_date`, `url`, `extensive_search`), runs `pagefeed extract --json`
on each and counts the same calendar day (published, else updated).

Its 1.4.0 source package also carries about 70 saved real pages
(`tests/cache`, mostly German, Austrian, Swiss and French sites: news,
blogs, associations, shops) with `find_date(load_mock_page(url)) == day`
assertions; those are scored the same way, and the pages it asserts have
no date (`is None`) are counted apart: a date given there is a wrong one.

    cargo build --release
    python3 examples/eval_htmldate.py [target/release/pagefeed] [--misses]
"""

import ast
import json
import pathlib
import subprocess
import sys
import tarfile
import tempfile

VERSION = "1.11.0"
PAGES_VERSION = "1.4.0"


def cases(tests: str):
    for node in ast.walk(ast.parse(tests)):
        if not (isinstance(node, ast.Assert) and isinstance(node.test, ast.Compare)):
            continue
        call, ops, right = node.test.left, node.test.ops, node.test.comparators
        if not (isinstance(call, ast.Call) and getattr(call.func, "id", None) == "find_date"):
            continue
        if len(ops) != 1 or not isinstance(ops[0], ast.Eq) or not isinstance(right[0], ast.Constant):
            continue
        if not call.args or not isinstance(call.args[0], ast.Constant) or not isinstance(call.args[0].value, str):
            continue
        options = {k.arg: getattr(k.value, "value", None) for k in call.keywords}
        if set(options) - {"original_date", "url", "extensive_search"}:
            continue
        yield node.lineno, call.args[0].value, options.get("url"), right[0].value


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    binary = args[0] if args else "target/release/pagefeed"
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
             f"htmldate=={VERSION}", "-d", str(tmp)],
            check=True,
        )
        with tarfile.open(tmp / f"htmldate-{VERSION}.tar.gz") as tar:
            tests = tar.extractfile(f"htmldate-{VERSION}/tests/unit_tests.py").read().decode()
        page = tmp / "case.html"
        right = total = 0
        for line, html, url, want in cases(tests):
            page.write_text(html)
            out = subprocess.run(
                [binary, "extract", "--json", "--url", url or "https://example.org/page", str(page)],
                capture_output=True, text=True,
            )
            got = None
            if out.returncode == 0:
                item = json.loads(out.stdout)
                got = (item.get("published") or item.get("updated") or "")[:10] or None
            total += 1
            right += got == want
            if got != want and "--misses" in sys.argv:
                print(f"  line {line}: got {got} want {want}: {html[:120]!r}")
        print(f"htmldate {VERSION} test cases: date {right}/{total} ({right / total:.3f})")


def mock_cases(tests: str):
    """`find_date(load_mock_page(URL), ...) == "day"` (or `is None`) with the options above."""
    for node in ast.walk(ast.parse(tests)):
        if not (isinstance(node, ast.Assert) and isinstance(node.test, ast.Compare)):
            continue
        call, ops, right = node.test.left, node.test.ops, node.test.comparators
        if not (isinstance(call, ast.Call) and getattr(call.func, "id", None) == "find_date" and call.args):
            continue
        load = call.args[0]
        if not (isinstance(load, ast.Call) and getattr(load.func, "id", None) == "load_mock_page"):
            continue
        if len(load.args) != 1 or not isinstance(load.args[0], ast.Constant):
            continue
        options = {k.arg: getattr(k.value, "value", None) for k in call.keywords}
        if set(options) - {"original_date", "url", "extensive_search"} or options.get("original_date") is False:
            continue
        if options.get("extensive_search") is False:
            continue
        if isinstance(ops[0], ast.Eq) and isinstance(right[0], ast.Constant) and isinstance(right[0].value, str):
            yield node.lineno, load.args[0].value, right[0].value
        elif isinstance(ops[0], ast.Is) and isinstance(right[0], ast.Constant) and right[0].value is None:
            yield node.lineno, load.args[0].value, None


def saved_pages(binary: str, tmp: pathlib.Path):
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
         f"htmldate=={PAGES_VERSION}", "-d", str(tmp)],
        check=True,
    )
    root = f"htmldate-{PAGES_VERSION}"
    with tarfile.open(tmp / f"{root}.tar.gz") as tar:
        tar.extractall(tmp, filter="data")
    tests = (tmp / root / "tests/unit_tests.py").read_text()
    # The URL -> file table, read from the test module's own literal.
    table = next(
        n.value for n in ast.walk(ast.parse(tests))
        if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", None) == "MOCK_PAGES"
    )
    files = ast.literal_eval(table)
    right = total = undated = quiet = 0
    seen = set()
    for line, url, want in mock_cases(tests):
        if (url, want) in seen or url not in files:
            continue
        seen.add((url, want))
        out = subprocess.run(
            [binary, "extract", "--json", "--url", url, str(tmp / root / "tests/cache" / files[url])],
            capture_output=True, text=True,
        )
        got = None
        if out.returncode == 0:
            item = json.loads(out.stdout)
            got = (item.get("published") or item.get("updated") or "")[:10] or None
        if want is None:
            undated += 1
            quiet += got is None
        else:
            total += 1
            right += got == want
        if got != want and "--misses" in sys.argv:
            print(f"  line {line}: got {got} want {want}: {url}")
    print(f"htmldate {PAGES_VERSION} saved pages: date {right}/{total} ({right / total:.3f}); "
          f"no date where none is expected {quiet}/{undated}")


if __name__ == "__main__":
    main()
    with tempfile.TemporaryDirectory() as tmp:
        saved_pages(sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "target/release/pagefeed",
                    pathlib.Path(tmp))
