#!/usr/bin/env python3
"""Small hand-written pages that each test one thing about a date or a
byline, the way strangers write them: date forms in 30 languages under a
headline, a date line in eight places with other dates competing (a top
bar's "today", related items', comments', a sidebar's), traps (a header's
today, an update line, a cookie notice, an embedded post, an event's day in
the text), and byline lines in 20 languages.

Written in the nineteenth session, and its rules were then written against
them: these figures show what holds, not how pagefeed does on pages never
seen. A case marked `want = ""` must give nothing.

    cargo build --release
    python3 examples/eval_probes.py [target/release/pagefeed] [--misses]
"""

import html
import pathlib
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from eval_fixtures import extract  # noqa: E402

DAY = "2021-03-04"
P = "<p>" + "The council met on Tuesday night and agreed, after a long debate about costs and the views of residents, to keep the library open. " * 3 + "</p>"
B = P * 4
TITLE = "Library stays open for two more years"
H = f"<h1>{TITLE}</h1>"
D = "4 March 2021"

DATE_FORMS = [
    ('ja', '2021年3月4日 10時00分'),
    ('ja', '2021/03/04 10:00'),
    ('ja', '2021.03.04'),
    ('ja', '公開日：2021年3月4日'),
    ('ja', '更新日時 2021年03月04日(木) 10:00'),
    ('ja', '2021年3月4日(木)'),
    ('ja', '2021年3月4日 10:00 配信'),
    ('zh', '2021-03-04 10:00'),
    ('zh', '2021年03月04日 10:00'),
    ('zh', '发布时间：2021-03-04'),
    ('zh', '来源：新华网 2021-03-04 10:00:00'),
    ('zh', '2021年3月4日 星期四'),
    ('zh', '2021-03-04 10:00 来源：人民网'),
    ('ko', '입력 2021.03.04 10:00'),
    ('ko', '기사입력 2021-03-04 10:00'),
    ('ko', '2021.03.04 오전 10:00'),
    ('ko', '등록 2021-03-04 10:00:00'),
    ('ko', '입력 2021.03.04. 오전 10:00'),
    ('ru', '4 марта 2021, 10:00'),
    ('ru', '04.03.2021 10:00'),
    ('ru', '4 марта 2021 г.'),
    ('ru', 'Опубликовано 4 марта 2021 в 10:00'),
    ('uk', '4 березня 2021, 10:00'),
    ('de', 'Do., 04.03.2021, 10:00 Uhr'),
    ('de', '4. März 2021 um 10:00 Uhr'),
    ('de', 'Veröffentlicht am 04.03.2021'),
    ('de', 'Donnerstag, 04. März 2021'),
    ('de', '04.03.2021 | 10:00 Uhr'),
    ('fr', 'Le 4 mars 2021 à 10h00'),
    ('fr', 'Publié le 04/03/2021 à 10:00'),
    ('fr', 'jeudi 4 mars 2021'),
    ('fr', 'Publié le 4 mars 2021 à 10h00, mis à jour à 12h30'),
    ('es', '04/03/2021 10:00 h'),
    ('es', 'Jueves, 4 de marzo de 2021'),
    ('es', 'Actualizado 04/03/2021 10:00'),
    ('es', '04 mar 2021 - 10:00 CET'),
    ('es', '4 de marzo de 2021, 10:00'),
    ('it', '4 marzo 2021 10:00'),
    ('it', 'Giovedì 4 Marzo 2021'),
    ('it', '04/03/2021 - 10:00'),
    ('it', 'Pubblicato il: 04/03/2021'),
    ('it', '4 Mar 2021 ore 10:00'),
    ('pt', '04/03/2021 10h00'),
    ('pt', '4 de março de 2021'),
    ('pt', 'Publicado em 04/03/2021 às 10:00'),
    ('pt', '04/03/2021 - 10:00 Atualizado em 04/03/2021 - 12:00'),
    ('nl', '4 maart 2021, 10:00'),
    ('nl', 'do 4 mrt 2021'),
    ('nl', 'Gepubliceerd op 4 maart 2021'),
    ('pl', '04.03.2021, 10:00'),
    ('pl', '4 marca 2021'),
    ('pl', 'Opublikowano: 4 marca 2021'),
    ('tr', '04.03.2021 10:00'),
    ('tr', '4 Mart 2021 Perşembe'),
    ('tr', 'Güncelleme: 04.03.2021'),
    ('en-GB', 'Thursday 4 March 2021 10.00 GMT'),
    ('en', 'Mar 4, 2021 10:00 AM ET'),
    ('en', 'March 4th, 2021'),
    ('en-GB', '4th March 2021'),
    ('en', 'Updated: 3/4/2021 10:00 AM'),
    ('en', 'March 4, 2021 at 10:00 a.m. EST'),
    ('en', 'Published 4 March 2021'),
    ('en', 'Posted: Thu, Mar 4, 2021'),
    ('en', 'Thu 4 Mar 2021 10.00 GMT'),
    ('en', '2021-03-04'),
    ('cs', '4. března 2021'),
    ('sv', '4 mars 2021 kl. 10.00'),
    ('sv', 'publicerad 4 mars 2021'),
    ('da', '4. marts 2021 kl. 10.00'),
    ('fi', '4.3.2021 klo 10.00'),
    ('hu', '2021. március 4. 10:00'),
    ('el', '4 Μαρτίου 2021'),
    ('ar', '4 مارس 2021'),
    ('he', '4 במרץ 2021'),
    ('vi', 'Thứ năm, 4/3/2021, 10:00 (GMT+7)'),
    ('id', 'Kamis, 04 Mar 2021 10:00 WIB'),
    ('id', '4 Maret 2021'),
    ('hi', '4 मार्च 2021'),
    ('ro', '4 martie 2021'),
    ('bg', '4 март 2021'),
    ('sr', '4. mart 2021.'),
    ('hr', '4. ožujka 2021.'),
    ('sk', '4. marca 2021'),
    ('lt', '2021 m. kovo 4 d.'),
]

BYLINES = [
    ('en', 'By Ann Lee', 'Ann Lee'),
    ('en', 'Written by Ann Lee', 'Ann Lee'),
    ('en', 'Words by Ann Lee', 'Ann Lee'),
    ('en', 'Story by Ann Lee', 'Ann Lee'),
    ('en', 'By Ann Lee and Omar Said', 'Ann Lee and Omar Said'),
    ('de', 'Von Anna Berg', 'Anna Berg'),
    ('de', 'Autor: Anna Berg', 'Anna Berg'),
    ('de', 'Text: Anna Berg', 'Anna Berg'),
    ('de', 'Geschrieben von Anna Berg', 'Anna Berg'),
    ('fr', 'Par Anne Roux', 'Anne Roux'),
    ('fr', 'Publié par Anne Roux', 'Anne Roux'),
    ('es', 'Por Ana Ruiz', 'Ana Ruiz'),
    ('es', 'Escrito por Ana Ruiz', 'Ana Ruiz'),
    ('it', 'Di Marco Rossi', 'Marco Rossi'),
    ('it', 'Scritto da Marco Rossi', 'Marco Rossi'),
    ('it', 'di Marco Rossi', 'Marco Rossi'),
    ('pt', 'Por Ana Souza', 'Ana Souza'),
    ('nl', 'Door Jan de Vries', 'Jan de Vries'),
    ('pl', 'Autor: Jan Kowalski', 'Jan Kowalski'),
    ('ru', 'Автор: Иван Петров', 'Иван Петров'),
    ('ja', '文：山田太郎', '山田太郎'),
    ('ja', '記者：山田太郎', '山田太郎'),
    ('zh', '作者：张三', '张三'),
    ('zh', '记者 张三', '张三'),
    ('zh', '文/张三', '张三'),
    ('ko', '홍길동 기자', '홍길동'),
    ('ko', '기자 홍길동', '홍길동'),
    ('sv', 'Av Anna Svensson', 'Anna Svensson'),
    ('da', 'Af Anna Hansen', 'Anna Hansen'),
    ('tr', 'Yazar: Ahmet Yılmaz', 'Ahmet Yılmaz'),
    ('cs', 'Autor: Jan Novák', 'Jan Novák'),
    ('en', 'Text Size', ''),
    ('en', 'Author Bio', ''),
    ('it', 'Di Maio ha detto', ''),
    # An ASCII label needs its colon.
    ('en', 'Author Ann Lee', ''),
    ('fr', 'Texte : Anne Roux', 'Anne Roux'),
]

TOP = '<div class="topbar"><span>Monday, 29 November 2026</span> <a href="/login">Log in</a></div>'
RELATED = '<div class="box"><h3>More news</h3>' + "".join(
    f'<div class="item"><a href="/n{i}">Another story number {i} about the town</a><span>{i + 1} March 2021</span></div>' for i in range(4)
) + "</div>"
COMMENTS = '<div id="comments"><h3>3 Comments</h3>' + "".join(
    f'<div class="c"><b>Reader{i}</b> <span>5 March 2021 at 1{i}:00</span><p>I agree with this decision, the library matters to all of us.</p></div>'
    for i in range(3)
) + "</div>"
SIDE = '<div class="col-side"><h3>Recent posts</h3><ul>' + "".join(
    f'<li><a href="/p{i}">Older post number {i}</a> <small>{10 + i} February 2021</small></li>' for i in range(4)
) + "</ul></div>"
PLACES = {
    "under the h1": lambda: H + f'<div class="meta">{D}</div>' + B,
    "end of the body": lambda: H + B + f'<p class="date">{D}</p>',
    "the article's footer": lambda: H + B + f"<footer>Posted on March 4, 2021 by Ann Lee</footer>",
    "a badge before the h1": lambda: '<div class="date"><span class="day">04</span> <span class="month">Mar</span> <span class="year">2021</span></div>' + H + B,
    "under an h2 title": lambda: f'<h2 class="title">{TITLE}</h2><div class="meta">{D}</div>' + B,
    "under a div title": lambda: f'<div class="post-title">{TITLE}</div><div class="meta">{D}</div>' + B,
    "under a bold title": lambda: f"<p><b>{TITLE}</b></p><div class=\"meta\">{D}</div>" + B,
    "no title shown": lambda: f'<div class="meta">{D}</div>' + B,
}
COMPETING = {"top bar": (TOP, ""), "related": ("", RELATED), "comments": ("", COMMENTS), "sidebar": ("", SIDE), "all": (TOP, RELATED + COMMENTS + SIDE), "sidebar first": (SIDE, RELATED)}
TRAPS = {
    "a header's today": (f'<header><div class="header-date">Monday, 29 November 2026</div><a href="/">Town News</a></header><article>{H}<div class="meta">{D}</div>{B}</article>', DAY),
    "a header's today, the date at the end": (f'<header><div class="header-date">Monday, 29 November 2026</div><a href="/">Town News</a></header><article>{H}{B}<p class="byline">Ann Lee, {D}</p></article>', DAY),
    "a top bar's <time>": (f'<div class="top"><time>29.11.2026</time></div><article>{H}<div class="meta">{D}</div>{B}</article>', DAY),
    "an update line first": (f"<article>{H}<div class=\"meta\">Last updated: 5 March 2021</div><div>Published: {D}</div>{B}</article>", DAY),
    "an update line, first published far below": (f'<article>{H}<p class="upd">Updated 5 March 2021</p>{B}<p>First published on {D}</p></article>', DAY),
    "a cookie notice": (f'<div class="cookie-notice">We updated our privacy policy on 1 January 2021. <a href="/privacy">Read more</a></div><article>{H}<div class="meta">{D}</div>{B}</article>', DAY),
    "an embedded post's day": (f'<article>{H}{P}<blockquote class="twitter-tweet"><p>Great news for the library!</p>— Town Hall (@townhall) <a href="https://twitter.com/x/status/1">March 3, 2021</a></blockquote>{P}<div class="meta">{D}</div></article>', DAY),
    "an event's day in the text": (f"<article>{H}<p>The concert takes place on 12 June 2021 in the park.</p>{B}<div class=\"meta\">{D}</div></article>", DAY),
    "a print edition's day": (f'<article>{H}<div class="meta">{D}</div>{B}<p class="print">A version of this article appears in print on 5 March 2021, Section A, Page 1.</p></article>', DAY),
    "a relative time": (f'<article>{H}<div class="meta">2 hours ago</div>{B}</article>', ""),
    "a teaser's date element above the story": (f'<div class="latest"><div class="post-date">3 March 2021</div><a href="/x">Another story in town</a></div><article>{H}<div class="meta">{D}</div>{B}</article>', DAY),
    "a comment's <time> before the footer": (f'<article>{H}{B}<div class="comments"><time datetime="2021-03-06">6 March 2021</time><p>Nice.</p></div><footer class="entry-meta">Posted {D}</footer></article>', DAY),
    "a logo <h1> beside a today line": (f'<h1 class="logo"><a href="/">Town News</a></h1><div class="date">Monday, 29 November 2026</div><article><h2>{TITLE}</h2><div class="meta">{D}</div>{B}</article>', DAY),
}


def run(binary, tmp, body, lang="en-GB"):
    path = tmp / "probe.html"
    path.write_text(f"<html lang=\"{lang}\"><head><title>{TITLE}</title></head><body>{body}</body></html>")
    return extract(binary, path, "https://x.example/a/b")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    binary = args[0] if args else "target/release/pagefeed"
    misses = "--misses" in sys.argv
    with tempfile.TemporaryDirectory() as t:
        tmp = pathlib.Path(t)
        day = lambda got: (got.get("published") or "")[:10]
        sets = []
        right = [day(run(binary, tmp, f'{H}<div class="meta"><span>{html.escape(text)}</span></div>{P}{P}', lang)) == DAY for lang, text in DATE_FORMS]
        sets.append(("date forms under a headline", right, [f"{l} {t!r}" for l, t in DATE_FORMS]))
        right, names = [], []
        for place, make in PLACES.items():
            for name, (before, after) in COMPETING.items():
                got = day(run(binary, tmp, f'{before}<div class="main"><article>{make()}</article>{after}</div>'))
                right.append(got == DAY)
                names.append(f"{place} + {name}: {got or None}")
        sets.append(("a date line in 8 places, other dates competing", right, names))
        right, names = [], []
        for name, (body, want) in TRAPS.items():
            got = day(run(binary, tmp, body))
            right.append(got == want)
            names.append(f"{name}: {got or None}")
        sets.append(("traps", right, names))
        right, names = [], []
        for lang, line, want in BYLINES:
            got = run(binary, tmp, f'<article>{H}<div class="meta"><span>{html.escape(line)}</span></div>{P * 3}</article>', lang).get("author") or ""
            right.append(got == want)
            names.append(f"{lang} {line!r}: {got!r}, want {want!r}")
        sets.append(("byline lines", right, names))
    for title, right, names in sets:
        print(f"{title}: {sum(right)}/{len(right)}")
        if misses:
            for ok, name in zip(right, names):
                if not ok:
                    print(f"  {name}")


if __name__ == "__main__":
    main()
