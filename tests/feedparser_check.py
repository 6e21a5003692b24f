"""Reads every feed in a folder with Python feedparser, as many readers do,
and fails on any parse problem (bozo) or missing item field."""

import pathlib
import sys

import feedparser


def check(path: pathlib.Path) -> list[str]:
    d = feedparser.parse(path.read_bytes())
    problems = []
    if d.bozo:
        problems.append(f"bozo: {d.bozo_exception!r}")
    if d.version not in ("rss20", "atom10"):
        problems.append(f"unexpected version {d.version!r}")
    if not d.feed.get("title"):
        problems.append("feed has no title")
    if not d.entries:
        problems.append("no entries")
    for e in d.entries:
        for key in ("title", "link", "id", "summary"):
            if not e.get(key):
                problems.append(f"entry {e.get('link')} has no {key}")
        if "undated" not in e.get("link", "") and not e.get("published_parsed"):
            problems.append(f"entry {e.get('link')} has no parsable date")
        # Audio and video enclosures as the W3C validator wants them: url,
        # type, and in RSS a length (Atom makes it optional).
        for enc in e.get("enclosures", []):
            kind = enc.get("type", "")
            if kind.startswith(("audio/", "video/")):
                if not enc.get("href") or (d.version == "rss20" and "length" not in enc):
                    problems.append(f"entry {e.get('link')} has an enclosure without url or length: {enc}")
    return problems


def main() -> int:
    folder = pathlib.Path(sys.argv[1])
    feeds = sorted(p for p in folder.glob("*") if p.suffix in (".rss", ".atom"))
    passed = failed = 0
    if not feeds:
        print(f"no feeds in {folder}")
        failed += 1
    for f in feeds:
        problems = check(f)
        if problems:
            failed += 1
            print(f"FAIL {f.name}: " + "; ".join(problems))
        else:
            passed += 1
            print(f"ok   {f.name}")
    print(f"feedparser: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
