#!/usr/bin/env python3
"""Article fields in the page shapes of common publishing systems, written by
hand from how those systems mark up a post (none of them is a saved page):
WordPress (a theme's and WordPress.com's), Ghost, Substack, Medium, Blogger,
Drupal, Joomla, Hugo, Jekyll, Squarespace, Wix, a Next.js site with hashed
class names, a table layout, and news pages whose story is cut into parts by
ads and "read also" boxes, in English, German and French; the page
builders and systems of small sites (Elementor, Divi, TYPO3, Contao, Jimdo);
and blogs and news sites outside the English-speaking web, with their own
ways of writing the day and the author (Hatena Blog, Tistory, CSDN, Ameba
blog, an Arc XP news site in Spanish, tagDiv's Newspaper theme in Italian,
OverBlog, Blogger in Portuguese); systems that cut the text into one block
per paragraph or line (a wire service's `<div>` paragraphs, a German
magazine's text blocks with a reader forum, a French daily, a newspaper's
companion columns, a broadcaster's components, Naver's SmartEditor,
LiveJournal, note.com); news sites in Polish, Russian, Turkish and
Japanese, each with its own date and update lines; and, written in the
twenty-first session, company and hosted blogs (HubSpot, Webflow, Tumblr,
Weebly), Blogger in German, French, Spanish and Italian, a German
association's Drupal 7 site, news sites in Italian, Dutch, Swedish,
Indonesian, Chinese, Korean and Vietnamese and an Australian broadcaster's,
and a magazine's long read with pull quotes, captions and the writer's bio;
and, in the twenty-second, a government press release, a wire service's
release, a help centre's article in `<details>`, a live blog, a paywalled
story and a story with reader comments on sites with hashed class names,
an Arabic news site, a WordPress.com post with Jetpack's boxes, a page
published from Notion, a Docusaurus blog post, a newsletter's web edition
with a sponsor's block, a post of MkDocs Material's blog, a Japanese FC2
blog, an Israeli news site and a podcast's show notes; and, in the
twenty-third, news sites in Czech, Greek, Ukrainian, Hungarian, Finnish,
Norwegian, Romanian, Thai (the Buddhist era), Hindi, Persian (the Solar
Hijri calendar) and Brazilian Portuguese, a dev.to post, a static-site
blog with webmentions, a university's news story, an easy-reading news
site with ruby readings, a drop cap, soft hyphens, a table-of-contents
box and a story split over pages, then a US local TV station's story
(the month first), a UK regional paper's (the time first, the month in
capitals), and news in Danish, Croatian, Bulgarian and Indian English;
and, in the twenty-fourth, blogs on Typepad (the day as a header, the
post at its blog's folder), Dotclear in French and Serendipity in German
(calendars in their sidebars), a Spanish regional daily (days written
day first in numbers), a Swiss daily ("10.30 Uhr"), an Italian WordPress
blog, a Portuguese daily and a French regional one; then an old German
WordPress theme (the day and the author only in a sentence below the
text), SPIP in French, an Austrian daily with its readers' postings, a
Dutch and a Polish WordPress blog, a blog whose day is only in its
address, and a page whose day and author are only in Yoast's `@graph`;
last, Joomla 2.5 in German, Spanish WordPress, a Spanish national daily,
a Catalan daily and an Italian news agency's story.

Each template is filled with the title, author, date and body text of real
articles from ../shared/corpus/articles (by path, at run time), and with
chrome that competes with the story: long reader comments, teaser cards
with summaries, a blog's popular-posts sidebar, an app-install promo, a
"skip to content" link, subscribe boxes, share bars. The body to find is the
article's text and nothing else; the date is written the way the system
writes it, with no machine-readable date unless the system always emits one.

Counted per template: body shingle F1 (as examples/eval.rs scores it),
bodies below 0.5, the same calendar day, the title equal after folding, the
author's name in the author field.

    cargo build --release
    python3 examples/eval_templates.py [target/release/pagefeed] [--misses] [--only=hugo,ghost]
"""

import datetime
import html
import json
import pathlib
import sys
import tempfile
import zlib
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from eval_fixtures import extract, fold, shingle_f1  # noqa: E402

CORPUS = pathlib.Path(__file__).resolve().parents[2] / "shared/corpus/articles"

EN_MONTHS = "January February March April May June July August September October November December".split()
DE_MONTHS = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
FR_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
EN_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
PT_MONTHS = "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()
PT_DAYS = "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split()

NAV = ["Home", "World", "Politics", "Business", "Technology", "Science", "Health", "Sport", "Culture", "Opinion"]
FOOT = (
    '<p>© 2021 The Example Company. All rights reserved. Use of this site constitutes acceptance of our '
    'User Agreement and Privacy Policy and Cookie Statement and Your California Privacy Rights.</p>'
    '<ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li>'
    '<li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms of use</a></li></ul>'
)
APP_PROMO = (
    "Get the Example News app. Breaking news alerts, the stories that matter to you and your community, "
    "live video and offline reading: download it free today from the App Store or Google Play and never "
    "miss a story again. Already have it? Open the app to continue reading where you left off."
)


def e(s):
    return html.escape(s, quote=True)


def paragraphs(record):
    return [line.strip() for line in record["body"].split("\n") if line.strip()]


def subheads(paras):
    """Which paragraphs a writer would have set as subheadings: short, with no
    closing mark, before a long paragraph (a line of code or a list of short
    CJK lines stays a paragraph)."""
    ends = (".", "!", "?", ":", ";", '"', "”", "»", "。", "！", "？", "：", "）", ")", "{", "}")
    return [
        len(p) < 70 and not p.endswith(ends) and i + 1 < len(paras) and len(paras[i + 1]) >= 150 and sum(c.isalpha() for c in p) > len(p) / 2
        for i, p in enumerate(paras)
    ]


def marked_html(run, p="<p>{}</p>", h="<h2>{}</h2>"):
    """Paragraphs with their subheading marks, as HTML."""
    return "".join((h if sub else p).format(e(x)) for x, sub in run)


def body_html(paras, p="<p>{}</p>", h="<h2>{}</h2>"):
    return marked_html(zip(paras, subheads(paras)), p, h)


def story_html(paras, p, h, after=None):
    """Paragraphs and subheadings as HTML, from formats where `{x}` is the
    text and `{i}` its place, with `after` the blocks a page sets after a
    given place (ads, "read also" boxes)."""
    after = after or {}
    return "".join(
        (h if sub else p).format(x=e(x), i=i) + after.get(i, "")
        for i, (x, sub) in enumerate(zip(paras, subheads(paras)))
    )


def en_date(d):
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def nav():
    return '<nav class="main-nav"><ul>' + "".join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in NAV) + "</ul></nav>"


def page(title, site, body, lang="en", head=""):
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{e(title)} – {site}</title>{head}</head><body>{body}</body></html>"
    )


def comments_html(others, wrap):
    names = ["Martin K.", "sarah_t", "Old Reader", "J. Alvarez", "pdx_mike"]
    out = []
    for i, (name, text) in enumerate(zip(names, others)):
        out.append(wrap(name, text, i))
    return "".join(out)


def teaser_list(a):
    """The other stories' titles as list items of links."""
    return "".join(f'<li><a href="/r/{i}">{e(t)}</a></li>' for i, (t, _) in enumerate(a["teasers"]))


# Each template takes an article dict a: title, author, date, paras, and
# others: teasers [(title, summary)], comments [text].


def wordpress(a):
    d = a["date"]
    comments = comments_html(
        a["comments"],
        lambda n, t, i: f'<li id="comment-{i}" class="comment even thread-even depth-1"><article class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{e(n)}</b> <span class="says">says:</span></div>'
        f'<div class="comment-metadata"><a href="#comment-{i}"><time datetime="{d + datetime.timedelta(days=i + 1)}T09:00:00+00:00">'
        f"{en_date(d + datetime.timedelta(days=i + 1))} at 9:00 am</time></a></div></footer>"
        f'<div class="comment-content"><p>{e(t)}</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>',
    )
    body = (
        '<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>'
        f'<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">Notes from the Field</a></p>'
        f'<p class="site-description">Writing about what I read</p></div>{nav()}</header>'
        '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">'
        f'<article id="post-118" class="post-118 post type-post status-publish format-standard hentry category-essays entry">'
        f'<header class="entry-header alignwide"><h1 class="entry-title">{e(a["title"])}</h1></header>'
        f'<div class="entry-content">{body_html(a["paras"])}</div>'
        f'<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published '
        f'<time class="entry-date published updated" datetime="{d}T08:00:00+00:00">{en_date(d)}</time></span>'
        f'<span class="byline">By <a href="/author/x/" rel="author">{e(a["author"])}</a></span></div>'
        '<div class="post-taxonomies"><span class="cat-links">Categorized as <a href="/category/essays/" rel="category tag">Essays</a></span></div></footer></article>'
        '<nav class="navigation post-navigation"><div class="nav-links">'
        f'<div class="nav-previous"><a href="/p/1" rel="prev"><p class="meta-nav">Previous post</p><p class="post-title">{e(a["teasers"][0][0])}</p></a></div>'
        f'<div class="nav-next"><a href="/p/2" rel="next"><p class="meta-nav">Next post</p><p class="post-title">{e(a["teasers"][1][0])}</p></a></div></div></nav>'
        f'<div id="comments" class="comments-area default-max-width show-avatars"><h2 class="comments-title">{len(a["comments"])} thoughts on “{e(a["title"])}”</h2>'
        f'<ol class="comment-list">{comments}</ol>'
        '<div id="respond" class="comment-respond"><h2 class="comment-reply-title">Leave a comment</h2>'
        '<form class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>'
        '<p class="comment-form-comment"><label>Comment *</label><textarea></textarea></p></form></div></div>'
        f'</main></div></div><footer id="colophon" class="site-footer">{FOOT}</footer></div>'
    )
    return page(a["title"], "Notes from the Field", body)


def wordpress_com(a):
    d = a["date"]
    related = "".join(
        f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/r/{i}">{e(t)}</a></h4>'
        f'<p class="jp-relatedposts-post-excerpt">{e(s)}</p><p class="jp-relatedposts-post-date">{en_date(d - datetime.timedelta(days=30 * (i + 1)))}</p></div>'
        for i, (t, s) in enumerate(a["teasers"][:3])
    )
    body = (
        f'<div id="page" class="hfeed site"><header id="masthead" class="site-header"><h1 class="site-title"><a href="/">a small blog</a></h1>{nav()}</header>'
        '<div id="main" class="site-main"><div id="primary" class="content-area"><div id="content" class="site-content">'
        f'<article class="post type-post status-publish hentry"><header class="entry-header"><h1 class="entry-title">{e(a["title"])}</h1>'
        f'<div class="entry-meta"><span class="posted-on">Posted on <a href="/p" rel="bookmark"><time class="entry-date published" datetime="{d}T10:12:00+00:00">{en_date(d)}</time></a></span>'
        f'<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/">{e(a["author"])}</a></span></span></div></header>'
        f'<div class="entry-content">{body_html(a["paras"])}'
        '<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled"><div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social">'
        '<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-twitter"><a href="#">Twitter</a></li><li class="share-facebook"><a href="#">Facebook</a></li></ul></div></div></div>'
        '<div class="sharedaddy sd-block sd-like"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder"><span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div></div>'
        f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>{related}</div></div></div>'
        '<footer class="entry-footer"><span class="cat-links">Posted in <a href="/c/">Uncategorized</a></span></footer></article>'
        '<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title">Leave a Reply</h3><form><textarea></textarea></form></div></div>'
        '</div></div><div id="secondary" class="widget-area"><aside class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>'
        + teaser_list(a)
        + '</ul></aside></div></div><footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.com/">Blog at WordPress.com.</a></div></footer></div>'
    )
    return page(a["title"], "a small blog", body)


def ghost(a):
    d = a["date"]
    cards = "".join(
        f'<article class="post-card post"><a class="post-card-image-link" href="/r/{i}"><img class="post-card-image" src="/img/{i}.jpg" alt=""></a>'
        f'<div class="post-card-content"><a class="post-card-content-link" href="/r/{i}"><header class="post-card-header"><h2 class="post-card-title">{e(t)}</h2></header>'
        f'<div class="post-card-excerpt">{e(s)}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="{d}">{EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}</time></footer></div></article>'
        for i, (t, s) in enumerate(a["teasers"][:3])
    )
    body = (
        '<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">The Long Read</a></div>'
        + nav()
        + '</div></header><div class="site-content"><main id="site-main" class="site-main">'
        f'<article class="article post tag-essays"><header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/essays/">Essays</a></span></div>'
        f'<h1 class="article-title">{e(a["title"])}</h1><div class="article-byline"><section class="article-byline-content"><div class="article-byline-meta">'
        f'<h4 class="author-name"><a href="/author/x/">{e(a["author"])}</a></h4><div class="byline-meta-content">'
        f'<time class="byline-meta-date" datetime="{d}">{d.day} {EN_MONTHS[d.month - 1][:3]} {d.year}</time><span class="byline-reading-time"><span class="bull">•</span> 6 min read</span></div></div></section></div>'
        f'<figure class="article-image"><img src="/content/images/feature.jpg" alt=""></figure></header>'
        f'<section class="gh-content gh-canvas">{body_html(a["paras"])}</section></article></main>'
        f'<aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-card-header"><h2>Read more</h2></div>{cards}</div></aside></div>'
        '<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">The Long Read</a> © 2021</section>'
        '<div class="gh-powered-by"><a href="https://ghost.org/">Powered by Ghost</a></div></div></footer></div>'
    )
    return page(a["title"], "The Long Read", body)


def substack(a):
    d = a["date"]
    paras = a["paras"]
    half = max(1, len(paras) // 2)
    widget = (
        '<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble">'
        "<p>Thanks for reading! Subscribe for free to receive new posts and support my work.</p></div>"
        '<form class="subscription-widget-subscribe"><input type="email" placeholder="Type your email…"><input type="submit" value="Subscribe"></form></div></div>'
    )
    comments = comments_html(
        a["comments"],
        lambda n, t, i: f'<div class="comment"><div class="comment-content"><div class="comment-meta"><span class="commentTopItemHeaderName"><a href="/u/{i}">{e(n)}</a></span>'
        f'<a href="#c{i}">{EN_MONTHS[d.month - 1][:3]} {d.day + 0}</a></div><div class="comment-body"><p>{e(t)}</p></div>'
        '<div class="comment-actions"><button>Like</button><button>Reply</button></div></div></div>',
    )
    body = (
        '<div id="entry"><div id="main" class="main typography use-theme-bg"><div class="topbar-content"><a href="/" class="navbar-title-link">Dispatches</a>'
        '<button class="subscribe-btn">Subscribe</button><button>Sign in</button></div>'
        '<div class="single-post-container"><div class="container"><div class="single-post"><div class="post-header">'
        f'<h1 class="post-title published">{e(a["title"])}</h1>'
        f'<div class="post-meta"><div class="profile-hover-card-target"><a href="/p">{e(a["author"])}</a></div>'
        f'<div class="pencraft pc-reset color-pub-secondary-text">{EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}</div></div>'
        '<div class="post-ufi"><button class="like-button">42</button><button class="comment-button">17</button><button class="share-button">Share</button></div></div>'
        f'<div class="available-content"><div dir="auto" class="body markup">{body_html(paras[:half])}{widget}{body_html(paras[half:])}</div></div>'
        f'<div class="post-footer">{widget}<div class="post-ufi"><button>42</button><button>Share</button></div></div>'
        f'<div id="discussion"><h4>Discussion about this post</h4><div class="comments-page"><div class="comment-list">{comments}</div></div></div>'
        '</div></div></div><div class="footer-wrap"><div class="footer">© 2021 Dispatches · <a href="/privacy">Privacy</a> · <a href="/tos">Terms</a> · '
        '<a href="https://substack.com/">Start Writing</a></div></div></div></div>'
    )
    return page(a["title"], "Dispatches", body)


def medium(a):
    d = a["date"]
    more = "".join(
        f'<div class="ab cm"><div class="bg bh"><a href="/r/{i}"><div class="ln"><h2 class="bf lo">{e(t)}</h2></div><div class="lp"><h3 class="bf lq">{e(s)}</h3></div></a></div></div>'
        for i, (t, s) in enumerate(a["teasers"][:4])
    )
    ps = "".join(
        (f'<h2 class="pw-post-body-paragraph nh ni">{e(x)}</h2>' if sub else f'<p class="pw-post-body-paragraph nh ni fr nj b nk nl">{e(x)}</p>')
        for x, sub in zip(a["paras"], subheads(a["paras"]))
    )
    body = (
        '<div id="root"><div class="a b c"><div class="l c"><div class="l m n o c"><div class="p q r s t u"><a href="/">Medium</a></div>'
        '<div class="ab"><a href="/m/signin">Sign in</a><a href="/m/signup">Get started</a></div></div></div>'
        '<div class="ab cb"><article><div class="l"><div class="l"><section><div><div class="fr fs ft fu fv"></div>'
        f'<div class="ab ca"><div class="ch bg ew ex ey ez"><div><h1 class="pw-post-title gp gq gr bf">{e(a["title"])}</h1></div>'
        f'<div class="speechify-ignore ab co"><div class="ab q"><a href="/@x" rel="noopener follow"><p class="bf b">{e(a["author"])}</p></a>'
        '<span> · </span><button class="bf b">Follow</button></div>'
        f'<div class="ab ae"><span class="bf b bg z dx"><span data-testid="storyReadTime">7 min read</span><span> · </span>'
        f'<span data-testid="storyPublishDate">{EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}</span></span></div></div>'
        '<div class="ab"><button aria-label="clap">1.2K</button><button aria-label="responses">23</button><button>Listen</button><button>Share</button></div>'
        f"{ps}</div></div></section></div></div></article></div>"
        f'<div class="ab cb"><div class="ch bg"><h2 class="bf">More from {e(a["author"])}</h2>{more}</div></div>'
        '<div class="ab"><a href="/about">About</a><a href="/help">Help</a><a href="/terms">Terms</a><a href="/privacy">Privacy</a></div></div></div>'
    )
    return page(a["title"], "Medium", body)


BLOGGER_EN = {
    "lang": "en",
    "site": "Rambling On",
    "description": "thoughts, mostly",
    "day": lambda d: f"{EN_DAYS[d.weekday()]}, {en_date(d)}",
    "comment_day": lambda d, i: f"{en_date(d)} at 11:{10 + i} AM",
    "posted": "Posted by",
    "at": "at",
    "time": "10:42 AM",
    "share": ["Email This", "BlogThis!", "Share to Twitter", "Share to Facebook"],
    "labels": "Labels",
    "comments": "comments:",
    "pager": ["Newer Post", "Older Post", "Home"],
    "subscribe": "Subscribe to:",
    "feed": "Post Comments (Atom)",
    "popular": "Popular Posts",
    "archive": "Blog Archive",
    "about": "About Me",
    "profile": "Retired teacher, keen gardener, occasional writer.",
    "powered": 'Powered by <a href="https://www.blogger.com">Blogger</a>.',
}

BLOGGER_PT = {
    "lang": "pt-BR",
    "site": "Cantinho da Leitura",
    "description": "livros, cadernos e café",
    "day": lambda d: f"{PT_DAYS[d.weekday()]}, {d.day} de {PT_MONTHS[d.month - 1]} de {d.year}",
    "comment_day": lambda d, i: f"{d.day} de {PT_MONTHS[d.month - 1]} de {d.year} {10 + i}:05",
    "posted": "Postado por",
    "at": "às",
    "time": "10:42",
    "share": ["Enviar por e-mail", "Postar no blog!", "Compartilhar no X", "Compartilhar no Facebook"],
    "labels": "Marcadores",
    "comments": "comentários:",
    "pager": ["Postagem mais recente", "Postagem mais antiga", "Página inicial"],
    "subscribe": "Assinar:",
    "feed": "Postar comentários (Atom)",
    "popular": "Postagens mais visitadas",
    "archive": "Arquivo do blog",
    "about": "Quem sou eu",
    "profile": "Professora aposentada, leitora e jardineira nas horas vagas.",
    "powered": 'Tecnologia do <a href="https://www.blogger.com">Blogger</a>.',
}


DE_DAYS = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()
FR_DAYS = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
ES_DAYS = "lunes martes miércoles jueves viernes sábado domingo".split()
ES_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
IT_DAYS = "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()

# Blogger's own words in the languages of the blogs the issue names.
BLOGGER_DE = {
    "lang": "de",
    "site": "Gartenzeit",
    "description": "Notizen aus dem Schrebergarten",
    "day": lambda d: f"{DE_DAYS[d.weekday()]}, {d.day}. {DE_MONTHS[d.month - 1]} {d.year}",
    "comment_day": lambda d, i: f"{d.day}. {DE_MONTHS[d.month - 1]} {d.year} um 11:{10 + i}",
    "posted": "Eingestellt von",
    "at": "um",
    "time": "10:42",
    "share": ["Diesen Post per E-Mail versenden", "BlogThis!", "Auf X teilen", "In Facebook freigeben"],
    "labels": "Labels",
    "comments": "Kommentare:",
    "pager": ["Neuerer Post", "Älterer Post", "Startseite"],
    "subscribe": "Abonnieren",
    "feed": "Kommentare zum Post (Atom)",
    "popular": "Beliebte Posts",
    "archive": "Blog-Archiv",
    "about": "Über mich",
    "profile": "Lehrerin im Ruhestand, Hobbygärtnerin, schreibt gern.",
    "powered": 'Bereitgestellt von <a href="https://www.blogger.com">Blogger</a>.',
}

BLOGGER_FR = {
    "lang": "fr",
    "site": "Carnet de lectures",
    "description": "des livres et du thé",
    "day": lambda d: f"{FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]} {d.year}",
    "comment_day": lambda d, i: f"{d.day} {FR_MONTHS[d.month - 1]} {d.year} à 11:{10 + i}",
    "posted": "Publié par",
    "at": "à",
    "time": "10:42",
    "share": ["Envoyer par e-mail", "BlogThis!", "Partager sur X", "Partager sur Facebook"],
    "labels": "Libellés",
    "comments": "commentaires:",
    "pager": ["Article plus récent", "Article plus ancien", "Accueil"],
    "subscribe": "Inscription à :",
    "feed": "Publier les commentaires (Atom)",
    "popular": "Articles les plus consultés",
    "archive": "Archives du blog",
    "about": "Qui êtes-vous ?",
    "profile": "Bibliothécaire à la retraite, lectrice et jardinière.",
    "powered": 'Fourni par <a href="https://www.blogger.com">Blogger</a>.',
}

BLOGGER_ES = {
    "lang": "es",
    "site": "Mi rincón",
    "description": "apuntes y recuerdos",
    "day": lambda d: f"{ES_DAYS[d.weekday()]}, {d.day} de {ES_MONTHS[d.month - 1]} de {d.year}",
    "comment_day": lambda d, i: f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}, 11:{10 + i}",
    "posted": "Publicado por",
    "at": "en",
    "time": "10:42",
    "share": ["Enviar por correo electrónico", "Escribe un blog", "Compartir en X", "Compartir con Facebook"],
    "labels": "Etiquetas",
    "comments": "comentarios:",
    "pager": ["Entrada más reciente", "Entrada antigua", "Inicio"],
    "subscribe": "Suscribirse a:",
    "feed": "Enviar comentarios (Atom)",
    "popular": "Entradas populares",
    "archive": "Archivo del blog",
    "about": "Datos personales",
    "profile": "Maestra jubilada, lectora y jardinera.",
    "powered": 'Con la tecnología de <a href="https://www.blogger.com">Blogger</a>.',
}

BLOGGER_IT = {
    "lang": "it",
    "site": "Pensieri sparsi",
    "description": "appunti di una lettrice",
    "day": lambda d: f"{IT_DAYS[d.weekday()]} {d.day} {IT_MONTHS[d.month - 1].lower()} {d.year}",
    "comment_day": lambda d, i: f"{d.day} {IT_MONTHS[d.month - 1].lower()} {d.year} alle ore 11:{10 + i}",
    "posted": "Pubblicato da",
    "at": "alle",
    "time": "10:42",
    "share": ["Invia tramite email", "Postalo sul blog", "Condividi su X", "Condividi su Facebook"],
    "labels": "Etichette",
    "comments": "commenti:",
    "pager": ["Post più recente", "Post più vecchio", "Home page"],
    "subscribe": "Iscriviti a:",
    "feed": "Commenti sul post (Atom)",
    "popular": "Post più popolari",
    "archive": "Archivio blog",
    "about": "Informazioni personali",
    "profile": "Insegnante in pensione, lettrice, giardiniera.",
    "powered": 'Powered by <a href="https://www.blogger.com">Blogger</a>.',
}

def blogger(a, w=BLOGGER_EN):
    d = a["date"]
    text = "<br /><br />".join(f"<b>{e(x)}</b>" if sub else e(x) for x, sub in zip(a["paras"], subheads(a["paras"])))
    popular = "".join(
        f'<li><div class="item-content"><div class="item-title"><a href="/r/{i}">{e(t)}</a></div><div class="item-snippet">{e(s)}</div></div></li>'
        for i, (t, s) in enumerate(a["teasers"][:4])
    )
    comments = comments_html(
        a["comments"],
        lambda n, t, i: f'<li class="comment" id="c{i}"><div class="comment-block"><div class="comment-header"><cite class="user"><a href="/p/{i}">{e(n)}</a></cite>'
        f'<span class="datetime secondary-text"><a href="#c{i}">{w["comment_day"](d + datetime.timedelta(days=1), i)}</a></span></div>'
        f'<p class="comment-content">{e(t)}</p></div></li>',
    )
    first = ' class="share-button sb-email"'
    share = "".join(f'<a{first if i == 0 else ""} href="#">{x}</a>' for i, x in enumerate(w["share"]))
    body = (
        f'<div class="content"><div class="content-outer"><header><div class="header-outer"><div class="Header"><h1 class="title"><a href="/">{w["site"]}</a></h1>'
        f'<p class="description">{w["description"]}</p></div></div></header>'
        '<div class="main-outer"><div class="columns fauxcolumns"><div class="column-center-outer"><div class="main section" id="main">'
        '<div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">'
        f'<div class="date-outer"><h2 class="date-header"><span>{w["day"](d)}</span></h2><div class="date-posts">'
        '<div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">'
        f'<a name="4417"></a><h3 class="post-title entry-title" itemprop="name">{e(a["title"])}</h3><div class="post-header"><div class="post-header-line-1"></div></div>'
        f'<div class="post-body entry-content" id="post-body-4417" itemprop="description articleBody">{text}<div style="clear: both;"></div></div>'
        f'<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">{w["posted"]} <span class="fn" itemprop="author"><span itemprop="name">{e(a["author"])}</span></span></span>'
        f'<span class="post-timestamp"> {w["at"]} <a class="timestamp-link" href="/p" rel="bookmark"><abbr class="published" itemprop="datePublished">{w["time"]}</abbr></a></span>'
        f'<span class="post-comment-link"></span></div><div class="post-share-buttons">{share}</div>'
        f'<div class="post-footer-line post-footer-line-2"><span class="post-labels">{w["labels"]}: <a href="/l" rel="tag">life</a></span></div></div></div>'
        f'<div class="comments" id="comments"><h4>{len(a["comments"])} {w["comments"]}</h4><div class="comments-content"><ol>{comments}</ol></div></div>'
        '</div></div></div><div class="blog-pager" id="blog-pager">'
        f'<a class="blog-pager-newer-link" href="/n">{w["pager"][0]}</a><a class="blog-pager-older-link" href="/o">{w["pager"][1]}</a><a class="home-link" href="/">{w["pager"][2]}</a></div>'
        f'<div class="post-feeds"><div class="feed-links">{w["subscribe"]} <a class="feed-link" href="/feeds/comments/default">{w["feed"]}</a></div></div></div></div></div>'
        f'<div class="column-right-outer"><div class="sidebar section" id="sidebar-right-1"><div class="widget PopularPosts" id="PopularPosts1"><h2>{w["popular"]}</h2>'
        f'<div class="widget-content popular-posts"><ul>{popular}</ul></div></div>'
        f'<div class="widget BlogArchive"><h2>{w["archive"]}</h2><ul class="hierarchy"><li><a href="/2021">2021</a> (14)</li><li><a href="/2020">2020</a> (31)</li></ul></div>'
        f'<div class="widget Profile"><h2>{w["about"]}</h2><dl class="profile-datablock"><dd class="profile-textblock">{w["profile"]}</dd></dl></div></div></div>'
        f'</div></div><footer><div class="footer-outer">{w["powered"]}</div></footer></div></div>'
    )
    return page(a["title"], w["site"], body, lang=w["lang"])


def drupal(a):
    d = a["date"]
    body = (
        '<div class="dialog-off-canvas-main-canvas"><div class="layout-container"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>'
        f'<header role="banner"><div class="region region-header"><div id="block-site-branding"><a href="/" rel="home">City Herald</a></div></div>{nav()}</header>'
        '<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">'
        f'<div id="block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{e(a["title"])}</span></h1></div>'
        '<div id="block-mainpagecontent" class="block block-system block-system-main-block"><article role="article" class="node node--type-article node--promoted node--view-mode-full">'
        f'<footer class="node__meta"><div class="node__submitted">Submitted by <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>{e(a["author"])}</span></span> on '
        f'<span class="field field--name-created field--type-created field--label-hidden">{EN_DAYS[d.weekday()][:3]}, {d.month:02d}/{d.day:02d}/{d.year} - 10:30</span></div></footer>'
        f'<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body_html(a["paras"])}</div>'
        '<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div><div class="field__items"><div class="field__item"><a href="/t/1">city</a></div></div></div>'
        '<section class="field field--name-comment field--type-comment field--label-above comment-wrapper"><h2 class="title comment-form__title">Add new comment</h2><form><textarea></textarea></form></section>'
        "</div></article></div></div></div>"
        '<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second"><div class="views-element-container block"><h2>Recent content</h2><div class="view-content"><table class="views-table">'
        + "".join(f'<tr><td class="views-field views-field-title"><a href="/r/{i}">{e(t)}</a></td><td>{i + 2} days ago</td></tr>' for i, (t, _) in enumerate(a["teasers"]))
        + f'</table></div></div></div></aside></main><footer role="contentinfo">{FOOT}</footer></div></div>'
    )
    return page(a["title"], "City Herald", body)


def joomla(a):
    d = a["date"]
    body = (
        f'<div class="body"><div class="container"><header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><span class="site-title">Valley Club</span></a></div></header>{nav()}'
        '<div class="row-fluid"><main id="content" role="main" class="span9"><div class="item-page" itemscope itemtype="https://schema.org/Article">'
        f'<div class="page-header"><h2 itemprop="headline">{e(a["title"])}</h2></div>'
        f'<dl class="article-info muted"><dt class="article-info-term">Details</dt><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Written by <span itemprop="name">{e(a["author"])}</span></dd>'
        f'<dd class="category-name">Category: <a href="/news" itemprop="genre">News</a></dd><dd class="published"><span class="icon-calendar" aria-hidden="true"></span>'
        f'<time datetime="{d}T10:00:00+00:00" itemprop="datePublished">Published: {d.day:02d} {EN_MONTHS[d.month - 1]} {d.year}</time></dd>'
        '<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:1203">Hits: 1203</dd></dl>'
        f'<div itemprop="articleBody">{body_html(a["paras"])}</div>'
        '<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" href="/p" rel="prev">Prev</a></li><li class="next"><a href="/n" rel="next">Next</a></li></ul></div></main>'
        '<div id="aside" class="span3"><div class="well"><h3 class="page-header">Latest News</h3><ul class="latestnews">'
        + "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="/r/{i}" itemprop="url"><span itemprop="name">{e(t)}</span></a></li>' for i, (t, _) in enumerate(a["teasers"]))
        + f'</ul></div></div></div></div></div><footer class="footer" role="contentinfo"><div class="container">{FOOT}</div></footer>'
    )
    return page(a["title"], "Valley Club", body)


def hugo(a):
    d = a["date"]
    body = (
        '<header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h" title="Field Notes (Alt + H)">Field Notes</a></div>'
        '<ul id="menu"><li><a href="/archives/" title="Archive"><span>Archive</span></a></li><li><a href="/tags/" title="Tags"><span>Tags</span></a></li></ul></nav></header>'
        '<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="/">Home</a>&nbsp;»&nbsp;<a href="/posts/">Posts</a></div>'
        f'<h1 class="post-title entry-hint-parent">{e(a["title"])}</h1>'
        f"<div class=\"post-meta\"><span title='{d} 10:00:00 +0000 UTC'>{en_date(d)}</span>&nbsp;·&nbsp;6 min&nbsp;·&nbsp;{e(a['author'])}</div></header>"
        '<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary></details></div>'
        f'<div class="post-content">{body_html(a["paras"])}</div>'
        '<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/notes/">Notes</a></li></ul>'
        f'<nav class="paginav"><a class="prev" href="/p"><span class="title">« Prev</span><br><span>{e(a["teasers"][0][0])}</span></a>'
        f'<a class="next" href="/n"><span class="title">Next »</span><br><span>{e(a["teasers"][1][0])}</span></a></nav></footer></article></main>'
        '<footer class="footer"><span>© 2021 <a href="/">Field Notes</a></span> · <span>Powered by <a href="https://gohugo.io/">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/">PaperMod</a></span></footer>'
    )
    return page(a["title"], "Field Notes", body)


def jekyll(a):
    d = a["date"]
    body = (
        '<header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">Plain Words</a>'
        '<nav class="site-nav"><div class="trigger"><a class="page-link" href="/about/">About</a></div></nav></div></header>'
        '<main class="page-content" aria-label="Content"><div class="wrapper"><article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">'
        f'<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">{e(a["title"])}</h1>'
        f'<p class="post-meta"><time class="dt-published" datetime="{d}T10:00:00+00:00" itemprop="datePublished">{EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}</time>'
        f' • <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">{e(a["author"])}</span></span></p></header>'
        f'<div class="post-content e-content" itemprop="articleBody">{body_html(a["paras"])}</div><a class="u-url" href="/p" hidden></a></article></div></main>'
        '<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper"><h2 class="footer-heading">Plain Words</h2>'
        '<div class="footer-col-wrapper"><div class="footer-col"><ul class="contact-list"><li class="p-name">Plain Words</li></ul></div>'
        '<div class="footer-col"><p>Short essays on books, cities and the people in them, written slowly and published when ready.</p></div></div></div></footer>'
    )
    return page(a["title"], "Plain Words", body)


def squarespace(a):
    d = a["date"]
    blocks = ""
    for i, (x, sub) in enumerate(zip(a["paras"], subheads(a["paras"]))):
        if i and i % 3 == 0:
            blocks += (
                f'<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-img{i}"><div class="sqs-block-content">'
                f'<figure class="sqs-block-image-figure intrinsic"><img data-src="/s/{i}.jpg" alt=""><figcaption class="image-caption-wrapper"><p>Photo: the harbour at dusk.</p></figcaption></figure></div></div>'
            )
        tag = "h3" if sub else "p"
        blocks += (
            f'<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-{i}"><div class="sqs-block-content">'
            f'<div class="sqs-html-content"><{tag} class="" style="white-space:pre-wrap;">{e(x)}</{tag}></div></div></div>'
        )
    body = (
        '<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary"><div class="header-announcement-bar-wrapper">'
        '<div class="header-title-text"><a href="/">Studio Ledger</a></div><div class="header-nav"><nav class="header-nav-list"><div class="header-nav-item"><a href="/blog">Blog</a></div>'
        '<div class="header-nav-item"><a href="/shop">Shop</a></div></nav></div></div></header><main id="page" class="container" role="main"><article class="sections" id="sections">'
        '<section class="page-section"><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry type-blog">'
        f'<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title-wrapper" data-content-field="title">{e(a["title"])}</h1></div>'
        f'<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--author">{e(a["author"])}</div>'
        f'<time class="dt-published blog-meta-item blog-meta-item--date" datetime="{d}">{d.month}/{d.day}/{d.year}</time></div></div>'
        f'<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item">'
        f'<div class="row sqs-row"><div class="col sqs-col-12 span-12">{blocks}</div></div></div></div></div>'
        '<div class="blog-item-comments"><div class="squarespace-comments"><div class="comment-btn-wrapper"><span>Comment</span></div></div></div></article>'
        '<section class="item-pagination item-pagination--prev-next"><a class="item-pagination-link item-pagination-link--prev" href="/p">'
        f'<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">{e(a["teasers"][0][0])}</h2></a></section></div></div></div></section></article></main>'
        '<footer class="sections" id="footer-sections"><section class="page-section"><div class="content"><div class="sqs-block html-block"><div class="sqs-block-content">'
        '<p>Studio Ledger · 14 Quay Street · open Tuesday to Saturday · <a href="/newsletter">Join our newsletter</a></p></div></div></div></section></footer></div>'
    )
    return page(a["title"], "Studio Ledger", body)


def wix(a):
    d = a["date"]
    ps = "".join(
        (f'<h2 class="_3f-vr _208Ie blog-post-title-font _1Hxbl _3SkfC _2QAo- _25MYV _2Qq-7" dir="auto"><span class="_2PHJq public-DraftStyleDefault-ltr">{e(x)}</span></h2>'
         if sub
         else f'<p class="mm8Nw _1j-51 _1atvN _1FoOD _3M0Fe garHY _2qJYG" dir="auto"><span class="_2PHJq public-DraftStyleDefault-ltr">{e(x)}</span></p>')
        for x, sub in zip(a["paras"], subheads(a["paras"]))
    )
    recent = "".join(
        f'<div class="gallery-item-container"><a href="/post/r{i}"><div class="post-title__text"><div class="_1Wd7R">{e(t)}</div></div></a>'
        f'<div class="_2Y0OZ">{e(s[:160])}</div><div class="post-footer"><span>12</span><span>0</span></div></div>'
        for i, (t, s) in enumerate(a["teasers"][:3])
    )
    body = (
        '<div id="SITE_CONTAINER"><div id="main_MF"><div id="SITE_HEADER"><div data-testid="richTextElement"><h2 class="font_2"><span>Harbour Kitchen</span></h2></div>'
        '<nav aria-label="Site"><ul><li><a href="/">Home</a></li><li><a href="/menu">Menu</a></li><li><a href="/blog">Blog</a></li></ul></nav></div>'
        '<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div class="_1j8q9"><div data-hook="post-page-container"><article class="_2mD2W blog-post-page-font" data-hook="post">'
        f'<div class="_1aw9T"><div class="_3Bj6J"><span data-hook="user-name" class="tQ0Q1 _1JIr2">{e(a["author"])}</span>'
        f'<ul class="_2vlE2"><li><span data-hook="time-ago" class="post-metadata__date time-ago" title="{EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}">{EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}</span></li><li><span>4 min read</span></li></ul></div></div>'
        f'<div class="_3-T1y"><h1 class="_1j-51 _1FoOD blog-post-title-font" data-hook="post-title"><span class="post-title__text blog-post-title-font">{e(a["title"])}</span></h1></div>'
        f'<div class="post-content__body" data-hook="post-description"><div class="_1-6YJ"><div data-id="rich-content-viewer" class="_1I5xX"><div class="_3Ohkn">{ps}</div></div></div></div>'
        '<div class="_2Rs8c"><div data-hook="post-footer"><span>Views 0</span><span>Comments 0</span><button aria-label="Like post">Like</button></div></div></article>'
        f'<div data-hook="recent-posts"><h2 class="_3KtR_">Recent Posts</h2><div class="_1r34S">{recent}</div><a href="/blog">See All</a></div></div></div></div></main>'
        '<footer id="SITE_FOOTER"><div data-testid="richTextElement"><p class="font_8">© 2021 by Harbour Kitchen. Proudly created with Wix.com</p></div></footer></div></div>'
    )
    return page(a["title"], "Harbour Kitchen", body)


def nextjs(a):
    d = a["date"]
    ps = "".join(
        (f'<h2 class="css-1lp7pxz e1tp2vm0">{e(x)}</h2>' if sub else f'<div class="css-18mhvnf e1xuyrc60"><p class="css-158dogj evys1bk0">{e(x)}</p></div>')
        for x, sub in zip(a["paras"], subheads(a["paras"]))
    )
    trending = "".join(
        f'<li class="css-1iski2w"><a class="css-1j3cfwt" href="/r/{i}"><span class="css-1baulvz">{i + 1}</span><h3 class="css-1j8fuq1">{e(t)}</h3><p class="css-1echdzn">{e(s[:180])}</p></a></li>'
        for i, (t, s) in enumerate(a["teasers"][:5])
    )
    body = (
        '<div id="__next"><div class="css-1qtygko"><a class="css-1c3ld1p" href="#site-content">Skip to content</a><a class="css-1c3ld1p" href="#site-index">Skip to site index</a>'
        f'<header class="css-47yd1h"><div class="css-10488qs"><a href="/" class="css-nhjhh0">The Daily Example</a></div>{nav()}</header>'
        f'<div class="css-zfrbsx"><div class="css-1xx5wdn"><p class="css-jq1cx6">{APP_PROMO}</p><a class="css-1k2d6ug" href="/app">Open in app</a></div></div>'
        '<main id="site-content" class="css-1yr8wz6"><div class="css-1vxca1d"><div class="css-53u6y8">'
        f'<div class="css-1vkm6nb"><h1 class="css-1lp7pxz e1h9rw200" data-testid="headline">{e(a["title"])}</h1></div>'
        f'<div class="css-1w5w5c7"><p class="css-aknsld e1jsehar1">By <span class="css-1baulvz">{e(a["author"])}</span></p>'
        f'<time class="css-1z1nqv e16638kd0" datetime="{d}T14:03:11.000Z"><span>{EN_MONTHS[d.month - 1]} {d.day}, {d.year}, 10:03 a.m. ET</span></time></div>'
        f'<section name="articleBody" class="meteredContent css-1r7ky0e">{ps}</section>'
        '<div class="css-1tm1ydm"><button>Share full article</button><button>Save</button><span>412 comments</span></div>'
        f'</div></div><aside class="css-h1fa5x"><h2 class="css-1s7wp3a">Trending</h2><ol class="css-1i3jxah">{trending}</ol></aside></main>'
        f'<footer class="css-1ubb8ir" id="site-index">{FOOT}</footer></div></div>'
    )
    return page(a["title"], "The Daily Example", body)


def table_layout(a):
    d = a["date"]
    text = "<br><br>\n".join(f"<b>{e(x)}</b>" if sub else e(x) for x, sub in zip(a["paras"], subheads(a["paras"])))
    body = (
        '<table width="780" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="2"><img src="/img/banner.gif" width="780" height="90" alt="Our Town Online"></td></tr>'
        '<tr><td width="160" valign="top" bgcolor="#eeeecc"><font face="Verdana" size="2">'
        + "<br>".join(f'<a href="/{n.lower()}.html">{n}</a>' for n in NAV)
        + '<br><br><b>Links</b><br><a href="/links.html">Other towns</a><br><a href="/guestbook.html">Guestbook</a></font></td>'
        f'<td width="620" valign="top"><font face="Verdana" size="2"><font size="4"><b>{e(a["title"])}</b></font><br>'
        f'<i>Posted {en_date(d)} by {e(a["author"])}</i><br><br>\n{text}<br><br>'
        '<hr><a href="/index.html">Back to the front page</a></font></td></tr>'
        '<tr><td colspan="2" align="center"><font size="1">Copyright 2003 Our Town Online. Best viewed in 800x600.</font></td></tr></table>'
    )
    return page(a["title"], "Our Town Online", body)


def news_split(a, named=True):
    d = a["date"]
    paras = a["paras"]
    cls = (lambda c: f' class="{c}"') if named else (lambda c: "")
    parts, chunk = [], []
    for i, x in enumerate(paras):
        chunk.append(x)
        if len(chunk) == 3 and i < len(paras) - 1:
            parts.append(chunk)
            chunk = []
    parts.append(chunk)
    story = ""
    for i, part in enumerate(parts):
        story += f"<div{cls('article-body__content')}>{body_html(part)}</div>"
        if i < len(parts) - 1:
            if i % 2 == 0:
                story += f'<div{cls("ad-container ad-slot")}><span{cls("ad-label")}>Advertisement</span><div id="div-gpt-ad-{i}"></div></div>'
            else:
                t, _ = a["teasers"][i % len(a["teasers"])]
                story += f'<aside{cls("read-also")}><h4>Read also</h4><ul><li><a href="/r/{i}">{e(t)}</a></li></ul></aside>'
    most = teaser_list(a)
    promo = f"<div{cls('app-promo')}><p>{APP_PROMO}</p><a href=\"/app\">Get the app</a></div>"
    body = (
        f'<a{cls("skip-link")} href="#main">Skip to main content</a>'
        f'<header{cls("site-header")}><div{cls("logo")}><a href="/">Metro Daily</a></div>{nav()}</header>{promo}'
        f'<main id="main"><div{cls("article")}><div{cls("article-header")}><span{cls("kicker")}><a href="/world">World</a></span>'
        f'<h1{cls("headline")}>{e(a["title"])}</h1><div{cls("byline")}>By <a href="/staff/x">{e(a["author"])}</a></div>'
        f'<div{cls("timestamp")}>Updated 10:30 AM EST, {EN_DAYS[d.weekday()][:3]} {EN_MONTHS[d.month - 1]} {d.day}, {d.year}</div></div>'
        f'<figure{cls("lead-image")}><img src="/img/lead.jpg" alt=""><figcaption>The scene on the day. (Photo: Metro Daily)</figcaption></figure>'
        f'{story}<div{cls("article-tags")}><a href="/t/1">Tags</a></div></div>'
        f'<aside{cls("most-read")}><h3>Most read</h3><ol>{most}</ol></aside></main>'
        f'<footer{cls("site-footer")}>{FOOT}</footer>'
    )
    return page(a["title"], "Metro Daily", body)


def news_split_unnamed(a):
    return news_split(a, named=False)


def german(a):
    d = a["date"]
    paras = a["paras"]
    t, _ = a["teasers"][0]
    teaser = f'<div class="inline-teaser"><span class="inline-teaser__label">Lesen Sie auch:</span> <a href="/r/0">{e(t)}</a></div>'
    story = story_html(
        paras, '<p class="article__text">{x}</p>', '<h2 class="article__subheadline">{x}</h2>', {2: teaser} if len(paras) > 4 else {}
    )
    more = "".join(
        f'<article class="teaser"><a href="/r/{i}"><h3 class="teaser__headline">{e(t)}</h3><p class="teaser__text">{e(s[:200])}</p></a></article>'
        for i, (t, s) in enumerate(a["teasers"][:3])
    )
    body = (
        '<div class="page"><header class="header"><a class="header__logo" href="/">Rhein-Zeitung Beispiel</a>'
        '<nav class="header__nav"><a href="/politik">Politik</a><a href="/wirtschaft">Wirtschaft</a><a href="/kultur">Kultur</a><a href="/sport">Sport</a></nav></header>'
        '<main class="main"><article class="article"><header class="article__header">'
        f'<h1 class="article__headline">{e(a["title"])}</h1>'
        f'<div class="article__meta"><span class="article__author">Von {e(a["author"])}</span> <span class="article__date">Stand: {de_numeric(d)}, 10:30 Uhr</span></div></header>'
        f'<div class="article__body">{story}</div></article>'
        f'<section class="more"><h2>Mehr zum Thema</h2>{more}</section></main>'
        '<footer class="footer"><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> <a href="/kontakt">Kontakt</a> © Beispiel Verlag 2021</footer></div>'
    )
    return page(a["title"], "Rhein-Zeitung Beispiel", body, lang="de")


def french(a):
    d = a["date"]
    paras = a["paras"]
    t, _ = a["teasers"][1]
    also = f'<p class="article__paragraph"><strong>À lire aussi :</strong> <a href="/r/1">{e(t)}</a></p>'
    story = story_html(
        paras, '<p class="article__paragraph">{x}</p>', '<h2 class="article__sub-title">{x}</h2>', {1: also} if len(paras) > 3 else {}
    )
    body = (
        '<div id="habillage"><header class="Header"><a class="Header__logo" href="/">Le Quotidien Exemple</a>'
        '<nav><a href="/international">International</a><a href="/politique">Politique</a><a href="/societe">Société</a><a href="/culture">Culture</a></nav></header>'
        '<main><section class="zone zone--article"><article class="article article--content">'
        f'<h1 class="article__title">{e(a["title"])}</h1>'
        f'<div class="meta meta__publisher"><span class="meta__author">Par {e(a["author"])}</span>'
        f'<span class="meta__date">Publié le {d.day} {FR_MONTHS[d.month - 1]} {d.year} à 10h30</span></div>'
        f'<section class="article__content">{story}</section>'
        '<section class="article__reactions"><h3>Réagir</h3><p>Vous pouvez lire le journal sur un seul appareil à la fois. Abonnez-vous pour réagir.</p></section></article>'
        '<aside class="aside__iso"><h2>Les plus lus</h2><ol>'
        + teaser_list(a)
        + '</ol></aside></section></main><footer class="footer">Le Quotidien Exemple · Mentions légales · Conditions générales · © 2021</footer></div>'
    )
    return page(a["title"], "Le Quotidien Exemple", body, lang="fr")


def de_date(d):
    return f"{d.day}. {DE_MONTHS[d.month - 1]} {d.year}"


def de_numeric(d):
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def chunks(paras, n):
    """The paragraphs in runs of n, each with its subheading marks."""
    marks = subheads(paras)
    return [list(zip(paras[i:i + n], marks[i:i + n])) for i in range(0, len(paras), n)]


def elementor(a):
    """A WordPress post laid out with the Elementor page builder: every run
    of text a widget in a section and column of its own, between image,
    button and spacer widgets; the post info a list of icons."""
    d = a["date"]

    def widget(kind, inner):
        return (
            f'<div class="elementor-element elementor-element-{zlib.crc32(inner.encode()):08x} elementor-widget elementor-widget-{kind}" '
            f'data-element_type="widget" data-widget_type="{kind}.default"><div class="elementor-widget-container">{inner}</div></div>'
        )

    def section(*widgets, cols=1):
        columns = "".join(
            f'<div class="elementor-column elementor-col-{100 // cols} elementor-top-column elementor-element" data-element_type="column">'
            f'<div class="elementor-widget-wrap elementor-element-populated">{w}</div></div>'
            for w in widgets
        )
        return (
            '<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed elementor-section-height-default" data-element_type="section">'
            f'<div class="elementor-container elementor-column-gap-default">{columns}</div></section>'
        )

    parts = []
    for i, run in enumerate(chunks(a["paras"], 2)):
        text = marked_html(run, h="<h3>{}</h3>")
        editor = widget("text-editor", text)
        if i % 3 == 1:
            image = widget("image", f'<img width="800" height="533" src="/wp-content/uploads/2021/03/bild-{i}.jpg" class="attachment-large size-large" alt="">')
            parts.append(section(image, editor, cols=2))
        else:
            parts.append(section(editor))
        if i == 1:
            parts.append(section(widget("button", '<div class="elementor-button-wrapper"><a href="/kontakt/" class="elementor-button-link elementor-button elementor-size-sm" role="button"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">Jetzt Termin vereinbaren</span></span></a></div>')))
        parts.append(section(widget("spacer", '<div class="elementor-spacer"><div class="elementor-spacer-inner"></div></div>')))
    info = (
        '<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">'
        f'<li class="elementor-icon-list-item elementor-inline-item" itemprop="author"><a href="/author/x/"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-user-circle"></i></span>'
        f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">{e(a["author"])}</span></a></li>'
        f'<li class="elementor-icon-list-item elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-calendar"></i></span>'
        f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date">{de_date(d)}</span></li></ul>'
    )
    related = "".join(
        f'<article class="elementor-post elementor-grid-item"><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="/r/{i}/">{e(t)}</a></h3>'
        f'<div class="elementor-post__excerpt"><p>{e(s[:200])}</p></div><a class="elementor-post__read-more" href="/r/{i}/">Weiterlesen »</a></div></article>'
        for i, (t, s) in enumerate(a["teasers"][:3])
    )
    body = (
        '<div data-elementor-type="header" class="elementor elementor-location-header">'
        + section(widget("theme-site-logo", '<a href="/"><img src="/logo.png" alt="Praxis am Markt"></a>'),
                  widget("nav-menu", '<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu"><li class="menu-item"><a href="/">Startseite</a></li><li class="menu-item"><a href="/leistungen/">Leistungen</a></li><li class="menu-item"><a href="/team/">Team</a></li><li class="menu-item"><a href="/blog/">Blog</a></li><li class="menu-item"><a href="/kontakt/">Kontakt</a></li></ul></nav>'), cols=2)
        + '</div><div data-elementor-type="single-post" class="elementor elementor-location-single post-77 post type-post status-publish">'
        + section(widget("theme-post-title", f'<h1 class="elementor-heading-title elementor-size-default">{e(a["title"])}</h1>'))
        + section(widget("post-info", info))
        + section(widget("theme-post-content", '<div data-elementor-type="wp-post" class="elementor elementor-77">' + "".join(parts) + "</div>"))
        + section(widget("share-buttons", '<div class="elementor-grid"><div class="elementor-share-btn elementor-share-btn_facebook">Teilen</div><div class="elementor-share-btn elementor-share-btn_twitter">Tweet</div></div>'))
        + section(widget("posts", f'<div class="elementor-posts-container elementor-posts elementor-grid">{related}</div>'))
        + '</div><div data-elementor-type="footer" class="elementor elementor-location-footer">'
        + section(widget("text-editor", "<p>Praxis am Markt · Marktplatz 4 · 12345 Beispielstadt · Telefon 0123 456789</p>"),
                  widget("nav-menu", '<ul><li><a href="/impressum/">Impressum</a></li><li><a href="/datenschutz/">Datenschutz</a></li></ul>'), cols=2)
        + "</div>"
    )
    return page(a["title"], "Praxis am Markt", body, lang="de")


def divi(a):
    """A WordPress post built with the Divi theme: text modules in sections
    and rows, the post meta as "by Name | Mar 12, 2021 | Category", the
    comments and a recent-posts sidebar beside it."""
    d = a["date"]
    modules = ""
    for i, run in enumerate(chunks(a["paras"], 3)):
        text = marked_html(run)
        modules += (
            f'<div class="et_pb_section et_pb_section_{i} et_section_regular"><div class="et_pb_row et_pb_row_{i}">'
            f'<div class="et_pb_column et_pb_column_4_4 et_pb_column_{i} et-last-child">'
            f'<div class="et_pb_module et_pb_text et_pb_text_{i} et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">{text}</div></div>'
        )
        if i == 0:
            modules += f'<div class="et_pb_module et_pb_image et_pb_image_{i}"><span class="et_pb_image_wrap"><img src="/wp-content/uploads/foto-{i}.jpg" alt=""></span></div>'
        modules += "</div></div></div>"
    comments = "".join(
        f'<li class="comment even thread-even depth-1" id="li-comment-{i}"><article id="comment-{i}" class="comment-body clearfix"><div class="comment_avatar"><img src="/avatar.png" alt=""></div>'
        f'<div class="comment_postinfo"><span class="fn">{e(n)}</span><span class="comment_date">on {EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year} at 9:1{i} am</span></div>'
        f'<div class="comment_area"><div class="comment-content clearfix"><p>{e(t)}</p><span class="reply-container"><a class="comment-reply-link" href="#">Reply</a></span></div></div></article></li>'
        for i, (n, t) in enumerate(zip(["Karin", "tom_b", "Leser 42"], a["comments"]))
    )
    recent = "".join(f'<li><a href="/r/{i}/">{e(t)}</a></li>' for i, (t, _) in enumerate(a["teasers"]))
    body = (
        '<div id="page-container"><div id="et-boc" class="et-boc"><header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container">'
        '<div class="logo_container"><a href="/"><img src="/logo.png" alt="Studio Nord" id="logo"></a></div>'
        '<div id="et-top-navigation"><nav id="top-menu-nav"><ul id="top-menu" class="nav"><li><a href="/">Home</a></li><li><a href="/about/">About</a></li><li><a href="/blog/">Blog</a></li><li><a href="/contact/">Contact</a></li></ul></nav></div></div></header>'
        '<div id="et-main-area"><div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">'
        '<article id="post-31" class="et_pb_post post-31 post type-post status-publish format-standard has-post-thumbnail hentry category-news">'
        f'<div class="et_post_meta_wrapper"><h1 class="entry-title">{e(a["title"])}</h1>'
        f'<p class="post-meta"> by <span class="author vcard"><a href="/author/x/" title="Posts by {e(a["author"])}" rel="author">{e(a["author"])}</a></span> | '
        f'<span class="published">{EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}</span> | <a href="/category/news/" rel="category tag">News</a></p>'
        '<img src="/wp-content/uploads/lead.jpg" alt="" width="1080" height="675"></div>'
        f'<div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">{modules}</div></div></div>'
        f'<div class="et_post_meta_wrapper"><section id="comment-wrap"><h1 id="comments" class="page_title">{len(a["comments"][:3])} Comments</h1>'
        f'<ol class="commentlist clearfix">{comments}</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>Submit a Comment</span></h3>'
        '<form class="comment-form"><p class="comment-notes">Your email address will not be published.</p><textarea></textarea></form></div></section></div></article></div>'
        f'<div id="sidebar"><div id="search-2" class="et_pb_widget widget_search"><form><input type="text"></form></div>'
        f'<div id="recent-posts-2" class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">Recent Posts</h4><ul>{recent}</ul></div></div>'
        '</div></div></div><footer id="main-footer"><div id="footer-bottom"><div class="container clearfix"><div id="footer-info">Designed by Elegant Themes | Powered by WordPress</div></div></div></footer></div></div></div>'
    )
    return page(a["title"], "Studio Nord", body)


def typo3(a):
    """A TYPO3 news page (the news extension's detail view in the Bootstrap
    package): header frame, the text in text and text-with-picture content
    elements, the date as "12.03.2021" in the news header, a back link and
    the section's other news."""
    d = a["date"]
    frames = ""
    for i, run in enumerate(chunks(a["paras"], 2)):
        text = marked_html(run, h='<h2 class="element-header">{}</h2>')
        if i % 2 == 1:
            frames += (
                f'<div id="c{200 + i}" class="frame frame-default frame-type-textpic frame-layout-0 frame-space-after-small"><div class="frame-container"><div class="frame-inner">'
                '<div class="textpic textpic-right"><div class="textpic-item textpic-gallery"><div class="gallery-row"><div class="gallery-item gallery-item-size-1">'
                f'<figure class="image"><picture><img loading="lazy" src="/fileadmin/_processed_/bild_{i}.jpg" width="600" height="400" class="image-embed-item" alt=""></picture>'
                '<figcaption class="caption">Foto: Stadtverwaltung</figcaption></figure></div></div></div>'
                f'<div class="textpic-item textpic-text">{text}</div></div></div></div></div>'
            )
        else:
            frames += f'<div id="c{200 + i}" class="frame frame-default frame-type-text frame-layout-0"><div class="frame-container"><div class="frame-inner">{text}</div></div></div>'
    others = "".join(
        f'<div class="news-list-item"><span class="news-list-date">{de_numeric(d)}</span><h3><a href="/aktuelles/detail/r{i}">{e(t)}</a></h3><p>{e(s[:180])}</p></div>'
        for i, (t, s) in enumerate(a["teasers"][:4])
    )
    body = (
        '<div class="body-bg"><a class="sr-only sr-only-focusable" href="#page-content"><span>Zum Hauptinhalt springen</span></a>'
        '<header id="page-header" class="bp-page-header navbar navbar-mainnavigation"><div class="container"><a class="navbar-brand" href="/"><img src="/logo.svg" alt="Gemeinde Beispieltal"></a>'
        '<nav id="mainnavigation" class="navbar-collapse"><ul class="navbar-nav"><li class="nav-item"><a href="/rathaus" class="nav-link">Rathaus &amp; Service</a></li><li class="nav-item"><a href="/leben" class="nav-link">Leben</a></li><li class="nav-item"><a href="/aktuelles" class="nav-link active">Aktuelles</a></li></ul></nav></div></header>'
        '<nav class="breadcrumb-section"><div class="container"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Startseite</a></li><li class="breadcrumb-item"><a href="/aktuelles">Aktuelles</a></li></ol></div></nav>'
        '<div id="page-content" class="bp-page-content main-section"><main><div class="section section-default"><div class="container"><!--TYPO3SEARCH_begin-->'
        '<div id="c101" class="frame frame-default frame-type-news_newsdetail frame-layout-0"><div class="news news-single"><div class="article">'
        f'<div class="news-header"><h1>{e(a["title"])}</h1></div>'
        f'<div class="extra"><span class="news-list-date">{de_numeric(d)}</span> <span class="news-list-author">von {e(a["author"])}</span></div>'
        f'<div class="news-text-wrap">{frames}</div>'
        '<div class="news-backlink-wrap"><a href="/aktuelles">Zurück</a></div></div></div></div>'
        f'<!--TYPO3SEARCH_end--><div id="c102" class="frame frame-default frame-type-news_pi1"><header><h2 class="element-header">Weitere Meldungen</h2></header><div class="news-list-view">{others}</div></div>'
        '</div></div></main></div>'
        '<footer id="page-footer" class="bp-page-footer"><section class="section footer-section"><div class="container"><p>Gemeinde Beispieltal · Rathausplatz 1 · 54321 Beispieltal</p>'
        '<ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/barrierefreiheit">Barrierefreiheit</a></li></ul></div></section></footer></div>'
    )
    return page(a["title"], "Gemeinde Beispieltal", body, lang="de")


def contao(a):
    """A Contao news reader: the info line "12.03.2021 10:00 von Name" with a
    `<time>`, the text in content elements (ce_text, ce_image), a back link,
    and the latest news with their teasers in the right column."""
    d = a["date"]
    ces = ""
    for i, run in enumerate(chunks(a["paras"], 3)):
        text = marked_html(run)
        ces += f'<div class="ce_text block">{text}</div>'
        if i == 0:
            ces += '<div class="ce_image block"><figure class="image_container"><img src="/assets/images/a/bild.jpg" width="640" height="427" alt=""><figcaption class="caption">Foto: Verein</figcaption></figure></div>'
    latest = "".join(
        f'<div class="layout_latest arc_1 block{" first" if i == 0 else ""} {"even" if i % 2 == 0 else "odd"}"><p class="info"><time datetime="{d}T09:00:00+01:00">{de_numeric(d)}</time></p>'
        f'<h2><a href="/news/r{i}.html" title="Den Artikel lesen: {e(t)}">{e(t)}</a></h2><div class="teaser"><p>{e(s[:200])}</p></div>'
        f'<p class="more"><a href="/news/r{i}.html" title="Den Artikel lesen: {e(t)}">Weiterlesen …<span class="invisible"> {e(t)}</span></a></p></div>'
        for i, (t, s) in enumerate(a["teasers"][:3])
    )
    body = (
        '<div id="wrapper"><header id="header"><div class="inside"><a href="/" class="logo">Turnverein 1890 Beispielheim</a>'
        '<nav class="mod_navigation block"><a href="#skipNavigation1" class="invisible">Navigation überspringen</a><ul class="level_1"><li class="first"><a href="/" class="first">Startseite</a></li>'
        '<li><a href="/verein.html">Verein</a></li><li class="trail"><a href="/news.html" class="trail">News</a></li><li><a href="/abteilungen.html">Abteilungen</a></li><li class="last"><a href="/kontakt.html" class="last">Kontakt</a></li></ul><span id="skipNavigation1" class="invisible"></span></nav></div></header>'
        '<div id="container"><main id="main"><div class="inside"><div class="mod_article first last block" id="article-12"><div class="mod_newsreader block"><div class="layout_full block">'
        f'<h1>{e(a["title"])}</h1><p class="info"><time datetime="{d}T10:00:00+01:00">{de_numeric(d)} 10:00</time> von {e(a["author"])}</p>'
        f'{ces}</div><p class="back"><a href="javascript:history.go(-1)" title="Zurück">Zurück</a></p></div></div></div></main>'
        f'<aside id="right"><div class="inside"><div class="mod_newslist block"><h2>Aktuelles</h2>{latest}</div></div></aside></div>'
        '<footer id="footer"><div class="inside"><p>© Turnverein 1890 Beispielheim e.V. | <a href="/impressum.html">Impressum</a> | <a href="/datenschutz.html">Datenschutz</a></p></div></footer></div>'
    )
    return page(a["title"], "Turnverein 1890 Beispielheim", body, lang="de")


def jimdo(a):
    """A Jimdo blog post: the day, month and year in three spans, the text in
    modules of the content matrix (text, header, image with subtitle,
    rulers), no author shown, the blog's comment form below."""
    d = a["date"]
    mods = ""
    for i, (x, sub) in enumerate(zip(a["paras"], subheads(a["paras"]))):
        if sub:
            mods += f'<div id="cc-m-{900 + i}" class="j-module n j-header "><h2 class="">{e(x)}</h2></div>'
        else:
            mods += f'<div id="cc-m-{900 + i}" class="j-module n j-text "><p>{e(x)}</p></div>'
        if i == 2:
            mods += (f'<div id="cc-m-{800 + i}" class="j-module n j-imageSubtitle "><figure class="cc-imagewrapper cc-m-image-align-1">'
                     f'<img srcset="/image/bild-{i}.jpg 320w" src="/image/bild-{i}.jpg" alt="" /></figure><figcaption style="width: 320px">Bild: privat</figcaption></div>'
                     f'<div id="cc-m-{700 + i}" class="j-module n j-hr "><hr /></div>')
    body = (
        '<div class="jtpl-main cc-content-parent"><div class="jtpl-header"><div class="jtpl-logo"><a href="/" title="Bäckerei Sonnenschein">Bäckerei Sonnenschein</a></div>'
        '<nav class="jtpl-navigation"><ul class="jmd-nav__list j-nav-level-0"><li class="jmd-nav__list-item-0"><a href="/">Home</a></li><li class="jmd-nav__list-item-0"><a href="/sortiment/">Sortiment</a></li>'
        '<li class="jmd-nav__list-item-0 cc-nav-current j-nav-current jmd-nav__item--current"><a href="/blog/">Blog</a></li><li class="jmd-nav__list-item-0"><a href="/kontakt/">Kontakt</a></li></ul></nav></div>'
        '<div class="jtpl-content content-options"><div id="content_area" data-container="content"><div id="content_start"></div>'
        '<div class="n j-blog"><div class="post j-blog-content"><div class="j-blog-header j-blog-headline j-blog-post--header"><div class="blogselection"><div class="post-header">'
        f'<h1 class="j-blog-header j-blog-headline j-blog-post--headline">{e(a["title"])}</h1>'
        f'<div class="datetime dt-nobr"><span class="day">{d.day:02d}</span> <span class="mon">{DE_MONTHS[d.month - 1]}</span> <span class="yr">{d.year}</span></div></div></div></div>'
        f'<div id="cc-matrix-5551" class="j-blog-post--content">{mods}</div></div>'
        '<div class="j-blog-footer"><div class="blog-footer-comments"><a href="#">0 Kommentare</a></div></div>'
        '<div class="commententry"><h3 class="commententry-head">Kommentar schreiben</h3><form><div class="com-form"><label>Name</label><input type="text"><label>Kommentar</label><textarea></textarea><input type="submit" value="Kommentar abschicken"></div></form></div></div>'
        '</div></div><div class="jtpl-footer"><div id="contentfooter" data-container="footer"><div class="leftrow"><a href="/about/">Impressum</a> | <a href="/j/privacy">Datenschutz</a> | <a href="/sitemap/">Sitemap</a></div>'
        '<div class="rightrow"><span class="loggedout"><a rel="nofollow" id="login" href="/login">Anmelden</a></span></div></div></div></div>'
    )
    return page(a["title"], "Bäckerei Sonnenschein", body, lang="de")


JA_WEEKDAYS = "月火水木金土日"
ES_MONTHS_ABBR = "ene feb mar abr may jun jul ago sep oct nov dic".split()
IT_MONTHS = "Gennaio Febbraio Marzo Aprile Maggio Giugno Luglio Agosto Settembre Ottobre Novembre Dicembre".split()


def hatena(a):
    """A Hatena Blog entry: the day in a `<time>` whose datetime is the UTC
    instant (a morning post in Japan is the day before in UTC) and whose text
    is the local day in three spans; the author shown only as the account's
    nickname in the footer; the sidebar's modules (profile, recent entries
    with their summaries), the star and comment boxes."""
    d = a["date"]
    hour = 6 + d.day % 12
    utc = datetime.datetime(d.year, d.month, d.day, hour, 30) - datetime.timedelta(hours=9)
    stamp = utc.strftime("%Y-%m-%dT%H:%M:%SZ")
    recent = "".join(
        f'<li class="urllist-item recent-entries-item"><div class="urllist-item-inner recent-entries-item-inner">'
        f'<a href="/entry/2021/01/{10 + i}/093000" class="urllist-title-link recent-entries-title-link urllist-title recent-entries-title">{e(t)}</a>'
        f'<div class="urllist-entry-body recent-entries-entry-body">{e(s[:120])}</div></div></li>'
        for i, (t, s) in enumerate(a["teasers"][:5])
    )
    body = (
        '<div id="globalheader-container" data-brand="hatenablog"></div><div id="container"><div id="container-inner">'
        '<header id="blog-title" data-brand="hatenablog"><div id="blog-title-inner"><div id="blog-title-content">'
        '<h1 id="title"><a href="/">ものづくり日記</a></h1><h2 id="blog-description">読んだこと、考えたこと</h2></div></div></header>'
        '<div id="content" class="hfeed"><div id="content-inner"><div id="wrapper"><div id="main"><div id="main-inner">'
        '<article class="entry hentry test-hentry js-entry-article date-first autopagerize_page_element chars-4000 words-800 mode-markdown entry-odd" id="entry-13574176438" data-publication-type="entry">'
        '<div class="entry-inner"><header class="entry-header"><div class="date entry-date first">'
        f'<a href="/archive/{d.year}/{d.month:02d}/{d.day:02d}" rel="nofollow"><time datetime="{stamp}" title="{stamp}">'
        f'<span class="date-year">{d.year}</span><span class="hyphen">-</span><span class="date-month">{d.month:02d}</span><span class="hyphen">-</span><span class="date-day">{d.day:02d}</span></time></a></div>'
        f'<h1 class="entry-title"><a href="/entry/{d.year}/{d.month:02d}/{d.day:02d}/{hour:02d}3000" class="entry-title-link bookmark">{e(a["title"])}</a></h1>'
        '<div class="entry-categories categories"><a href="/archive/category/notes" class="entry-category-link category-notes">notes</a></div></header>'
        f'<div class="entry-content hatenablog-entry">{body_html(a["paras"])}</div>'
        '<footer class="entry-footer"><p class="entry-footer-section track-inview-by-gtm">'
        f'<span class="author vcard"><span class="fn" data-load-nickname="1" data-user-name="{e(a["author"])}">{e(a["author"])}</span></span> '
        f'<span class="entry-footer-time"><a href="/entry/x"><time data-relative datetime="{stamp}" title="{stamp}" class="updated">{d} {hour:02d}:30</time></a></span></p>'
        '<div class="hatena-star-container" data-hatena-star-container></div>'
        '<div class="social-buttons"><div class="social-button-item"><a href="#" class="entry-share-button entry-share-button-twitter">ツイート</a></div>'
        '<div class="social-button-item"><a href="#" class="hatena-bookmark-button">はてなブックマークに追加</a></div></div>'
        '<div class="comment-box js-comment-box"><ul class="comment js-comment"><li class="read-more-comments" style="display: none;"><a>もっと読む</a></li></ul>'
        '<a class="leave-comment-title js-leave-comment-title">コメントを書く</a></div></footer></div></article>'
        '<div class="pager pager-permalink permalink"><span class="pager-prev"><a href="/p" rel="prev"><span class="pager-arrow">« </span>'
        f'{e(a["teasers"][0][0])}</a></span><span class="pager-next"><a href="/n" rel="next">{e(a["teasers"][1][0])}<span class="pager-arrow"> »</span></a></span></div>'
        '</div></div></div><aside id="box2"><div id="box2-inner">'
        '<div class="hatena-module hatena-module-profile"><div class="hatena-module-title">プロフィール</div><div class="hatena-module-body">'
        f'<a href="/about" class="profile-icon-link"><img src="/icon.png" alt="id:{e(a["author"])}" class="profile-icon"></a>'
        f'<span class="id"><a href="/about" class="hatena-id-link">id:{e(a["author"])}</a></span>'
        '<div class="profile-description"><p>ソフトウェアと本と散歩が好きです。</p></div><div class="hatena-follow-button-box btn-subscribe js-hatena-follow-button-box"><a href="#" class="hatena-follow-button js-hatena-follow-button">読者になる</a></div></div></div>'
        f'<div class="hatena-module hatena-module-recent-entries"><div class="hatena-module-title"><a href="/archive">最新記事</a></div><div class="hatena-module-body"><ul class="recent-entries hatena-urllist urllist-with-thumbnails">{recent}</ul></div></div>'
        '<div class="hatena-module hatena-module-archive"><div class="hatena-module-title"><a href="/archive">月別アーカイブ</a></div><div class="hatena-module-body"><ul class="hatena-urllist archive-module-year-list">'
        f'<li class="archive-module-year"><a href="/archive/{d.year}">{d.year}</a> (12)</li><li class="archive-module-year"><a href="/archive/{d.year - 1}">{d.year - 1}</a> (30)</li></ul></div></div>'
        '</div></aside></div></div></div>'
        '<footer id="footer" data-brand="hatenablog"><div id="footer-inner"><address class="footer-address"><a href="/">ものづくり日記</a></address>'
        'Powered by <a href="https://hatenablog.com/">Hatena Blog</a> | <a href="/report">ブログを報告する</a></div></footer></div>'
    )
    return page(a["title"], "ものづくり日記", body, lang="ja")


def tistory(a):
    """A Tistory post (Korean): the headline an `<h2>`, the writer and the day
    as "2019. 2. 19. 11:40", the text in the editor's wrapper, the like box,
    the category's other posts as a table of titles and dates, the
    comments."""
    d = a["date"]
    other = "".join(
        f'<tr><th><a href="/{100 + i}">{e(t)}</a>&nbsp;&nbsp;<span>({i})</span></th><td>{(d - datetime.timedelta(days=7 * (i + 1))).strftime("%Y.%m.%d")}</td></tr>'
        for i, (t, _) in enumerate(a["teasers"][:5])
    )
    comments = comments_html(
        a["comments"],
        lambda n, t, i: f'<li id="comment{i}"><div class="rp_general"><span class="name"><a href="#">{e(n)}</a></span>'
        f'<span class="date">{(d + datetime.timedelta(days=i + 1)).strftime("%Y.%m.%d")} 1{i}:2{i}</span><p>{e(t)}</p>'
        '<a href="#" class="reply">답글</a></div></li>',
    )
    body = (
        '<div id="wrap"><header id="header"><div class="inner"><h1><a href="/">개발 노트</a></h1>'
        '<nav id="gnb"><ul><li><a href="/category">분류 전체보기</a></li><li><a href="/guestbook">방명록</a></li></ul></nav></div></header>'
        '<div id="container"><main class="main"><div class="area-main"><div class="area-view">'
        f'<div class="article-header"><div class="inner"><strong class="category">노트</strong><h2 class="title-article">{e(a["title"])}</h2>'
        f'<div class="box-info"><p class="writer">by {e(a["author"])}</p><p class="date">{d.year}. {d.month}. {d.day}. 11:40</p></div></div></div>'
        '<div class="article-view"><div class="contents_style"><div class="tt_article_useless_p_margin contents_style">'
        + body_html(a["paras"], p='<p data-ke-size="size16">{}</p>', h='<h3 data-ke-size="size23">{}</h3>')
        + '</div></div>'
        '<div class="container_postbtn #post_button_group"><div class="postbtn_like"><div class="wrap_btn" id="reaction-118"><button class="btn_post uoc-icon"><span class="uoc-count">12</span> 공감</button></div>'
        '<div class="wrap_btn wrap_btn_share"><button class="btn_post sns_btn btn_share">공유하기</button></div></div></div>'
        f'<div class="another_category another_category_color_gray"><h4>\'<a href="/category/note">노트</a>\' 카테고리의 다른 글</h4><table>{other}</table></div></div>'
        '<div class="article-tag"><div class="box-tag"><a href="/tag/note" rel="tag">note</a></div></div>'
        f'<div class="article-reply"><div class="tt-comment-cont"><h3>댓글</h3><ol class="tt_reply">{comments}</ol>'
        '<form class="tt-box-write"><textarea placeholder="여기에 댓글을 입력하세요"></textarea><button>등록</button></form></div></div>'
        '</div></div></main>'
        '<aside class="area-aside"><div class="box-profile"><strong class="tit-g">Profile</strong><p>매일 조금씩 배우는 개발자</p></div>'
        '<div class="box-recent"><h3 class="tit-cont">최근글</h3><ul>'
        + "".join(f'<li><a href="/{200 + i}">{e(t)}</a></li>' for i, (t, _) in enumerate(a["teasers"]))
        + '</ul></div></aside></div>'
        '<footer id="footer"><p class="copyright">DESIGN BY TISTORY <a href="/manage" class="admin">관리자</a></p></footer></div>'
    )
    return page(a["title"], "개발 노트", body, lang="ko")


def csdn(a):
    """A CSDN blog post (Chinese): the headline and "于 2021-03-04 10:00:00 发布",
    the reading count and collection buttons, the text in `#content_views`,
    the recommended posts each with a summary and a date, and below them
    "最新推荐文章于 ... 发布": the newest recommendation's day, not the post's."""
    d = a["date"]
    later = d + datetime.timedelta(days=400)
    recs = "".join(
        f'<div class="recommend-item-box type_blog clearfix" data-url="/r/{i}"><div class="content-box"><div class="content-blog display-flex">'
        f'<div class="title-box"><a class="tit" href="/r/{i}" target="_blank"><div class="left ellipsis-online ellipsis-online-1">{e(t)}</div></a></div>'
        f'<div class="info-box display-flex"><div class="info display-flex"><span class="info-block">{(d + datetime.timedelta(days=20 * i)).isoformat()}</span></div></div></div>'
        f'<div class="desc-box"><a href="/r/{i}" target="_blank"><div class="desc ellipsis-online ellipsis-online-1">{e(s)}</div></a></div></div></div>'
        for i, (t, s) in enumerate(a["teasers"])
    )
    body = (
        '<div id="csdn-toolbar"><div class="toolbar-inside"><div class="toolbar-container"><div class="toolbar-logo"><a href="https://www.csdn.net/">CSDN</a></div>'
        '<ul class="toolbar-menus"><li><a href="/">博客</a></li><li><a href="/">下载</a></li><li><a href="/">学习</a></li><li><a href="/">社区</a></li></ul>'
        '<div class="toolbar-search"><input placeholder="搜CSDN"><button>搜索</button></div><div class="toolbar-btns"><a href="/login">登录</a><a href="/vip">会员中心</a></div></div></div></div>'
        '<div class="main_father clearfix d-flex justify-content-center"><div class="container clearfix" id="mainBox"><main>'
        '<div class="blog-content-box"><div class="article-header-box"><div class="article-header"><div class="article-title-box">'
        f'<span class="article-type type-1 float-none">原创</span><h1 class="title-article" id="articleContentId">{e(a["title"])}</h1></div>'
        '<div class="article-info-box"><div class="article-bar-top"><div class="bar-content">'
        f'<a class="follow-nickName" href="/u" target="_blank" rel="noopener" title="{e(a["author"])}">{e(a["author"])}</a>'
        f'<span class="time">于&nbsp;{d} 10:00:00&nbsp;发布</span><span class="read-count">阅读量1.2k</span>'
        '<a class="un-collection"><span class="name">收藏</span><span class="get-collection">23</span></a><span class="article-read-img"></span>'
        '<span class="read-count">点赞数 8</span></div></div>'
        '<div class="blog-tags-box"><div class="tags-box artic-tag-box"><span class="label">分类专栏：</span><a class="tag-link" href="/c">笔记</a>'
        '<span class="label">文章标签：</span><a class="tag-link" href="/t">学习</a></div></div>'
        '<div class="slide-content-box"><div class="article-copyright"><div class="creativecommons">版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。</div>'
        '<div class="article-source-link">本文链接：<a href="/p">https://blog.csdn.net/u/article/details/118</a></div></div></div></div></div></div>'
        '<article class="baidu_pl"><div id="article_content" class="article_content clearfix"><div id="content_views" class="htmledit_views">'
        f'{body_html(a["paras"])}</div></div></article></div>'
        '<div id="treeSkill"></div><div class="recommend-box insert-baidu-box recommend-box-style">'
        f'{recs}</div><div class="template-box"><span>相关推荐</span></div>'
        f'<div class="blog-footer-bottom"><div class="up-time"><span>最新推荐文章于&nbsp;{later} 09:34:21&nbsp;发布</span></div></div>'
        '<div id="commentBox" class="comment-box"><div class="comment-edit-box d-flex"><form><textarea placeholder="欢迎高质量的评论，低质的评论会被折叠"></textarea><input type="submit" value="评论"></form></div></div>'
        '</main><aside class="blog_container_aside"><div id="asideProfile" class="aside-box"><div class="profile-intro d-flex"><div class="user-info d-flex flex-column profile-intro-name-box">'
        f'<a href="/u" class="profile-intro-name-boxTop"><span class="name">{e(a["author"])}</span></a></div></div>'
        '<div class="data-info d-flex item-tiling"><dl class="text-center"><dd><span class="count">118</span></dd><dt>原创</dt></dl><dl class="text-center"><dd><span class="count">2万+</span></dd><dt>周排名</dt></dl></div></div>'
        '<div id="asideHotArticle" class="aside-box"><h3 class="aside-title">热门文章</h3><div class="aside-content"><ul class="hotArticle-list">'
        + "".join(f'<li><a href="/h/{i}">{e(t)}<img src="/readCountWhite.png" alt=""><span class="read">{1000 * (5 - i)}</span></a></li>' for i, (t, _) in enumerate(a["teasers"]))
        + '</ul></div></div></aside></div></div>'
        '<div class="blog-footer"><p>关于我们 招贤纳士 商务合作 寻求报道 ©1999-2023北京创新乐知网络技术有限公司</p></div>'
    )
    return page(a["title"], "CSDN博客", body, lang="zh-CN")


def ameblo(a):
    """An Ameba blog entry (Japanese): the text in `#entryBody` as `<div>`
    lines with `<br>`s between paragraphs rather than `<p>`s, the day as
    "2021-03-04 10:00:00" in a `<time>` whose datetime is the day alone, the
    like and reblog bar, the latest entries."""
    d = a["date"]
    lines = "".join(f"<div>{e(x)}</div><div><br></div>" for x in a["paras"])
    latest = "".join(
        f'<li class="skin-widgetRecentEntryItem"><a href="/entry-{1260000 + i}.html" class="skin-widgetRecentEntryTitle">{e(t)}</a></li>'
        for i, (t, _) in enumerate(a["teasers"])
    )
    body = (
        '<div id="app"><div class="skin-bgMain"><header class="skin-blogHeader"><div class="skin-blogHeaderInner">'
        '<h1 class="skin-blogTitle"><a href="/">ゆるりと暮らす</a></h1><p class="skin-blogDescription">毎日の小さな記録</p></div></header>'
        '<nav class="skin-blogNavi"><ul><li><a href="/">ブログトップ</a></li><li><a href="/entrylist.html">記事一覧</a></li><li><a href="/imagelist.html">画像一覧</a></li></ul></nav>'
        '<div class="skin-columns"><main class="skin-mainColumn"><article class="skin-entry js-entryWrapper" data-unique-entry-id="12661">'
        '<div class="skin-entryHead">'
        f'<h1 class="skin-entryTitle" data-uranus-component="entryTitle"><a href="/entry-12661.html" class="skin-entryTitleLink">{e(a["title"])}</a></h1>'
        f'<div class="skin-entryPubdate"><p class="skin-textQuiet"><time datetime="{d}" class="skin-textQuiet">{d} 10:00:00</time></p></div>'
        '<div class="skin-entryThemes"><dl><dt class="skin-textQuiet">テーマ：</dt><dd><a href="/theme-1.html" class="skin-textQuiet">ブログ</a></dd></dl></div></div>'
        f'<div class="skin-entryInner"><div class="skin-entryBody _2p6WJZVg" data-uranus-component="entryBody" id="entryBody">{lines}</div></div>'
        '<div class="skin-entryFoot"><div class="skin-reactionArea"><button class="skin-iineButton">いいね！</button><a href="/comment">コメント(5)</a><a href="/reblog">リブログ(0)</a></div>'
        '<div class="skin-entryAd"><a href="/ad">Ameba Pick ・ 楽天で見る</a></div></div></article>'
        '<div class="skin-paging"><a href="/p" class="skin-pagingPrev">前の記事</a><a href="/n" class="skin-pagingNext">次の記事</a></div></main>'
        '<aside class="skin-subColumn"><div class="skin-widget"><h2 class="skin-widgetTitle">プロフィール</h2>'
        f'<div class="skin-widgetBody"><a href="/profile.html" class="skin-profileName">{e(a["author"])}</a><p>二人の子どもと猫と暮らしています。</p></div></div>'
        f'<div class="skin-widget"><h2 class="skin-widgetTitle">最新の記事</h2><ul class="skin-widgetBody">{latest}</ul></div></aside></div>'
        '<footer class="skin-blogFooter"><p>Ameba Ownd · ブログをはじめる · <a href="/">ゆるりと暮らす</a></p><p>© CyberAgent, Inc. All Rights Reserved.</p></footer></div></div>'
    )
    return page(a["title"], "ゆるりと暮らす", body, lang="ja")


def elpais(a):
    """A Spanish news story on an Arc XP site: the day as "05 jun 2018 -
    14:30 CEST" in a link to the day's archive, the author's name linked, the
    subtitle, ads and a "Más información" box inside the text, the most read
    list."""
    d = a["date"]
    paras = a["paras"]
    t, _ = a["teasers"][2]
    after = {1: '<div class="w-i"><div id="elpais_gpt-INTEXT" class="ad ad-nstd"></div></div>'}
    if len(paras) > 5:
        after[3] = f'<aside class="a_ei"><h3 class="a_ei_t">Más información</h3><article class="c c-d"><h2 class="c_t"><a href="/r/2">{e(t)}</a></h2></article></aside>'
    story = story_html(paras, '<p class="">{x}</p>', "<h3>{x}</h3>", after)
    stamp = f"{d.day:02d} {ES_MONTHS_ABBR[d.month - 1]} {d.year} - 14:30 CEST"
    body = (
        '<header class="_g _g-lg _g-o"><div class="ep_l"><a href="/" class="ep_i">EL DIARIO DE EJEMPLO</a></div>'
        '<nav class="sm"><ul><li><a href="/internacional/">Internacional</a></li><li><a href="/opinion/">Opinión</a></li><li><a href="/espana/">España</a></li><li><a href="/economia/">Economía</a></li></ul></nav>'
        '<div class="ep_suscribir"><a href="/suscripciones/">Suscríbete</a></div></header>'
        '<main id="main-content"><article class="a _g _g-lg _g-o"><header class="a_e"><div class="a_e_txt"><div class="a_k"><a class="a_k_n" href="/internacional/">Internacional</a></div>'
        f'<h1 class="a_t">{e(a["title"])}</h1><h2 class="a_st">{e(a["teasers"][3][1][:140])}</h2></div></header>'
        '<div class="a_md"><div class="a_md_txt"><div class="a_md_a">'
        f'<a href="/autor/x/" class="a_md_a_n">{e(a["author"])}</a></div><div class="a_md_f"><span>'
        f'<a href="/hemeroteca/{d}/" title="Ver todas las noticias de esta fecha">{stamp}</a></span></div></div></div>'
        f'<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">{story}</div>'
        '<div class="a_ft"><ul class="a_ft_l"><li><a href="/noticias/x/">Política</a></li></ul></div>'
        '<div class="a_ap"><p>Suscríbete para seguir leyendo. Lee sin límites. <a href="/suscripciones/">Seguir leyendo</a></p></div></article>'
        '<section class="b b-mv"><header class="b_h"><h2 class="b_h_t">Lo más visto</h2></header><ol>'
        + "".join(f'<li><article class="c c-mv"><h2 class="c_t"><a href="/r/{i}">{e(t)}</a></h2></article></li>' for i, (t, _) in enumerate(a["teasers"]))
        + '</ol></section></main><footer class="_g _g-o"><p>© Ediciones Ejemplo S.L. · Contacto · Aviso legal · Política de cookies</p></footer>'
    )
    return page(a["title"], "El Diario de Ejemplo", body, lang="es")


def tagdiv_it(a):
    """An Italian news site on WordPress with tagDiv's Newspaper theme: the
    breadcrumb, "Di Name - 5 Giugno 2018" with the day in a `<time>`, the
    share bar, the text in `td-post-content`, the related posts block, a
    sidebar block of recent posts with dates and excerpts, the comments."""
    d = a["date"]
    it_day = f"{d.day} {IT_MONTHS[d.month - 1]} {d.year}"
    related = "".join(
        f'<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="td-module-image"><div class="td-module-thumb">'
        f'<a href="/r/{i}" rel="bookmark" class="td-image-wrap" title="{e(t)}"><img class="entry-thumb" src="/img/{i}.jpg" alt=""></a></div></div>'
        f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="/r/{i}" rel="bookmark" title="{e(t)}">{e(t)}</a></h3></div></div></div>'
        for i, (t, _) in enumerate(a["teasers"][:3])
    )
    side = "".join(
        f'<div class="td_module_6 td_module_wrap td-animation-stack"><div class="item-details"><h3 class="entry-title td-module-title"><a href="/s/{i}" rel="bookmark" title="{e(t)}">{e(t)}</a></h3>'
        f'<div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{d - datetime.timedelta(days=i + 1)}T09:00:00+01:00">'
        f'{(d - datetime.timedelta(days=i + 1)).day} {IT_MONTHS[(d - datetime.timedelta(days=i + 1)).month - 1]} {(d - datetime.timedelta(days=i + 1)).year}</time></span></div>'
        f'<div class="td-excerpt">{e(s[:150])}</div></div></div>'
        for i, (t, s) in enumerate(a["teasers"][:4])
    )
    comments = comments_html(
        a["comments"],
        lambda n, t, i: f'<li class="comment" id="li-comment-{i}"><article><footer><img class="avatar" src="/a.png" alt=""><cite>{e(n)}</cite>'
        f'<a class="comment-link" href="#comment-{i}"><time pubdate="{d}">{it_day} alle 18:1{i}</time></a></footer>'
        f'<div class="comment-content"><p>{e(t)}</p></div><div class="comment-meta"><a class="comment-reply-link" href="#">Rispondi</a></div></article></li>',
    )
    body = (
        '<div id="td-outer-wrap" class="td-theme-wrap"><div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full"><div class="td-header-top-menu">'
        f'<div class="td_data_time">{EN_DAYS[d.weekday()][:3]}, {it_day}</div></div></div>'
        '<div class="td-banner-wrap-full"><div class="td-header-sp-logo"><a class="td-main-logo" href="/"><span class="td-visual-hidden">Il Corriere di Esempio</span></a></div></div>'
        '<div class="td-header-menu-wrap-full"><ul id="menu-main" class="sf-menu"><li><a href="/cronaca/">Cronaca</a></li><li><a href="/politica/">Politica</a></li><li><a href="/sport/">Sport</a></li><li><a href="/cultura/">Cultura</a></li></ul></div></div>'
        '<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-crumb-container"><div class="entry-crumbs">'
        '<span><a title="" class="entry-crumb" href="/">Home</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a class="entry-crumb" href="/cronaca/">Cronaca</a></span></div></div>'
        '<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">'
        '<article id="post-4411" class="post-4411 post type-post status-publish format-standard has-post-thumbnail category-cronaca">'
        '<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/cronaca/">Cronaca</a></li></ul>'
        f'<header class="td-post-title"><h1 class="entry-title">{e(a["title"])}</h1><div class="td-module-meta-info">'
        f'<div class="td-post-author-name"><div class="td-author-by">Di</div> <a href="/author/x/">{e(a["author"])}</a><div class="td-author-line"> - </div></div>'
        f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{d}T10:30:00+01:00">{it_day}</time></span>'
        '<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-4411">1203</span></div>'
        '<div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>5</a></div></div></header></div>'
        '<div class="td-post-sharing-top"><div class="td-default-sharing"><a class="td-social-sharing-buttons td-social-facebook" href="#"><div class="td-social-but-text">Condividi</div></a>'
        '<a class="td-social-sharing-buttons td-social-twitter" href="#"><div class="td-social-but-text">Tweet</div></a></div></div>'
        f'<div class="td-post-content tagdiv-type"><div class="td-post-featured-image"><img src="/img/lead.jpg" alt=""></div>{body_html(a["paras"])}</div>'
        '<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li><li><a href="/tag/x/">cronaca</a></li></ul></div>'
        f'<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Articolo precedente</span><a href="/p">{e(a["teasers"][0][0])}</a></div></div>'
        f'<div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Articolo successivo</span><a href="/n">{e(a["teasers"][1][0])}</a></div></div></div>'
        f'<div class="td-author-name vcard author"><span class="fn"><a href="/author/x/">{e(a["author"])}</a></span></div></footer></article>'
        '<div class="td_block_wrap td_block_related_posts td_with_ajax_pagination td-pb-border-top td_block_template_1"><h4 class="td-related-title td-block-title"><a class="td-related-left td-cur-simple-item" href="#">ARTICOLI CORRELATI</a></h4>'
        f'<div class="td_block_inner"><div class="td-related-row">{related}</div></div></div>'
        f'<div class="comments" id="comments"><div class="td-comments-title-wrap td_block_template_1"><h4 class="block-title"><span>5 COMMENTI</span></h4></div><ol class="comment-list">{comments}</ol></div>'
        '</div></div><div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">'
        f'<div class="td_block_wrap td_block_10 td_block_widget"><h4 class="block-title"><span class="td-pulldown-size">ULTIME NOTIZIE</span></h4><div class="td_block_inner">{side}</div></div>'
        '</div></div></div></div></div>'
        '<div class="td-footer-wrapper"><div class="td-sub-footer-container"><div class="td-sub-footer-copy">© Il Corriere di Esempio - Testata registrata presso il Tribunale - P.IVA 01234567890</div></div></div></div>'
    )
    return page(a["title"], "Il Corriere di Esempio", body, lang="it")


def overblog(a):
    """An OverBlog post (French): "Publié le 5 juin 2018 par Name" under the
    headline, the text in the editor's sections, tags, the blog's other
    posts with summaries, the comment form, and OverBlog's own bar."""
    d = a["date"]
    sections = "".join(
        f'<div class="ob-section ob-section-text"><div class="ob-text">{marked_html(run)}</div></div>'
        for run in chunks(a["paras"], 4)
    )
    others = "".join(
        f'<div class="post-list-item"><h2 class="post-list-title"><a href="/r/{i}.html">{e(t)}</a></h2><div class="post-list-excerpt">{e(s)}</div>'
        f'<a class="post-list-more" href="/r/{i}.html">Lire la suite</a></div>'
        for i, (t, s) in enumerate(a["teasers"][:3])
    )
    body = (
        '<div id="ob-topbar"><a href="https://www.over-blog.com/">Over-blog</a> <a href="/signup">Créer un blog</a> <a href="/login">Se connecter</a></div>'
        '<div class="wrapper"><header class="header"><div class="header-title"><a href="/">Les carnets de Marthe</a></div><p class="header-description">Lectures, balades et recettes</p></header>'
        '<nav class="menu"><a href="/">Accueil</a><a href="/contact">Contact</a></nav><div class="content"><div class="main">'
        '<article class="post"><header class="post-header">'
        f'<h1 class="post-title">{e(a["title"])}</h1>'
        f'<div class="post-info"><span class="post-date">Publié le {d.day} {FR_MONTHS[d.month - 1]} {d.year} par {e(a["author"])}</span></div></header>'
        f'<div class="post-content"><div class="ob-sections">{sections}</div></div>'
        '<footer class="post-footer"><div class="post-tags">Tags : <a href="/tag/lectures/">#lectures</a></div>'
        '<div class="post-share"><a href="#">Partager cet article</a> <a href="#">Facebook</a> <a href="#">Twitter</a></div>'
        '<div class="post-subscribe"><p>Pour être informé des derniers articles, inscrivez vous :</p><form><input type="email"><input type="submit" value="S\'inscrire"></form></div></footer></article>'
        f'<div class="related-posts"><h3>Commenter cet article</h3><form class="comment-form"><textarea></textarea></form></div>'
        f'<section class="post-list"><h3>Articles récents</h3>{others}</section></div>'
        '<aside class="sidebar"><div class="widget"><h3 class="widget-title">Présentation</h3><p>Retraitée curieuse, je partage ici mes lectures.</p></div>'
        '<div class="widget"><h3 class="widget-title">Archives</h3><ul><li><a href="/archives/2021">2021</a></li><li><a href="/archives/2020">2020</a></li></ul></div></aside></div>'
        '<footer class="footer">Hébergé par <a href="https://www.over-blog.com/">Overblog</a> · <a href="/cgu">Signaler un abus</a></footer></div>'
    )
    return page(a["title"], "Les carnets de Marthe", body, lang="fr")


def blogger_pt(a):
    """A Blogger post in Portuguese: the day header "sábado, 5 de outubro de
    2013" above the post, "Postado por Name às 10:42" below it."""
    return blogger(a, BLOGGER_PT)


def blogger_de(a):
    """A Blogger post in German: "Donnerstag, 4. März 2021" above it,
    "Eingestellt von Name um 10:42" below it."""
    return blogger(a, BLOGGER_DE)


def blogger_fr(a):
    """A Blogger post in French: "jeudi 4 mars 2021" above it, "Publié par
    Name à 10:42" below it."""
    return blogger(a, BLOGGER_FR)


def blogger_es(a):
    """A Blogger post in Spanish: "jueves, 4 de marzo de 2021" above it,
    "Publicado por Name en 10:42" below it."""
    return blogger(a, BLOGGER_ES)


def blogger_it(a):
    """A Blogger post in Italian: "giovedì 4 marzo 2021" above it,
    "Pubblicato da Name alle 10:42" below it."""
    return blogger(a, BLOGGER_IT)

def reuters(a):
    """A wire story on a React news site: every paragraph a `<div>` (no
    `<p>`) with hashed classes and a `data-testid`, the day and time in three
    spans of one `<time>` with the update time beside it, the byline's
    names as links, a "Reporting by" line and the trust principles at the
    end, the "Read Next" list."""
    d = a["date"]
    paras = a["paras"]
    story = story_html(
        paras,
        '<div data-testid="paragraph-{i}" class="text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__small__1kGq2 body__full_width__ekUdw body__small_body__2vQyf article-body__paragraph__2-BtD">{x}</div>',
        '<h2 data-testid="Heading" class="text__text__1FZLe text__dark-grey__3Ml43 text__medium__1kbOh text__heading_5__1qUJ5 heading__base__2T28j">{x}</h2>',
        {2: '<div class="article-body__element__2p5pI"><div data-testid="ResponsiveAdSlot" class="responsive-ad__container__2Cqhy"><div id="ad-slot-1"></div></div></div>'},
    )
    nxt = "".join(
        f'<li class="story-collection__list-item__j4SQe"><div data-testid="MediaStoryCard" class="media-story-card__hub__3mHOR story-card">'
        f'<a data-testid="Heading" href="/world/r{i}/" class="text__heading_6__1qUJ5 media-story-card__heading__eqhp9"><span>{e(t)}</span></a>'
        f'<time datetime="{d - datetime.timedelta(days=1)}T1{i}:00:00Z" class="text__text__1FZLe text__extra_small__1Mw6v media-story-card__time__2i9EK">{EN_MONTHS[(d - datetime.timedelta(days=1)).month - 1]} {(d - datetime.timedelta(days=1)).day}, {(d - datetime.timedelta(days=1)).year}</time></div></li>'
        for i, (t, _) in enumerate(a["teasers"])
    )
    who = a["author"]
    body = (
        '<div id="fusion-app"><div class="regular-article-layout__container__2AcFR"><header class="site-header__container__3FvbM" role="banner">'
        '<a href="/" class="site-header__logo__1xT0q" aria-label="Wire News home"><svg></svg></a><nav aria-label="Main navigation"><ul>'
        + "".join(f'<li><a href="/{n.lower()}/">{n}</a></li>' for n in NAV[:7])
        + '</ul></nav><a href="/account/register/" class="button__link__uTGln">Register</a></header>'
        '<main id="main-content" class="regular-article-layout__main__1tuQh"><article class="article__container__2MxLa">'
        '<header class="article-header__header__1oG49"><nav aria-label="Tags" class="article-header__tags__1ky4y"><a href="/world/">World</a></nav>'
        f'<h1 data-testid="Heading" class="text__text__1FZLe text__dark-grey__3Ml43 text__medium__1kbOh text__heading_2__1K_hh heading__base__2T28j article-header__title__3Y2hh">{e(a["title"])}</h1>'
        '<div class="article-header__author-date__2y5al"><div class="info-content__author-date__1Epi_"><div class="article-byline__container__2Np9x" data-testid="AuthorByline">'
        f'<span>By </span><a href="/authors/x/" class="text__text__1FZLe text__inherit-color__3208F">{e(who)}</a></div>'
        f'<time class="date-line__date__23Ge-"><span class="date-line__date__23Ge-">{EN_MONTHS[d.month - 1]} {d.day}, {d.year}</span>'
        '<span class="date-line__date__23Ge-">10:02 AM UTC</span><span class="date-line__date__23Ge-">Updated 2 hours ago</span></time></div></div></header>'
        '<div class="article-body__container__3ypuX"><figure class="article-body__element__2p5pI"><div data-testid="Image"><img src="/img/lead.jpg" alt=""></div>'
        '<figcaption><span class="text__text__1FZLe">A view of the scene on the day. WIRE/Staff photographer</span></figcaption></figure>'
        f'<div class="article-body__content__17Yit">{story}'
        f'<p class="text__text__1FZLe sign-off__text__PU2Xq">Reporting by {e(who)}; Editing by Ann Example</p>'
        '<div class="trust-badge__container__3eQl9"><a href="/trust-principles/">Our Standards: The Wire Trust Principles.</a></div></div></div></article>'
        f'<div class="read-next__container__1YCDT"><h2 class="text__heading_4__1qUJ5">Read Next</h2><ul class="story-collection__list__2M49i">{nxt}</ul></div></main>'
        '<footer class="site-footer__container__1LP_s"><p>All quotes delayed a minimum of 15 minutes. © 2021 Wire News. All rights reserved</p></footer></div></div>'
    )
    return page(a["title"], "Wire News", body)


def spiegel(a):
    """A German news magazine's story: the text in one `<div data-area="text">`
    per paragraph (each its own RichText block), ads and an "Mehr zum Thema"
    box between them, the day "04.03.2021, 10.30 Uhr" in a `<time>` with a
    datetime, "Von Name" in the header, the reader discussion below."""
    d = a["date"]
    paras = a["paras"]
    block = '<div data-area="text" data-pos="{{i}}"><div class="RichText RichText--iconLinks lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto lg:px-24 md:px-24 sm:px-16 break-words word-wrap">{}</div></div>'
    after = {1: '<div data-area="ad_container" class="ad-container"><div class="ad-label">Anzeige</div><div id="spon_ad_1"></div></div>'}
    if len(paras) > 5:
        t, _ = a["teasers"][0]
        after[3] = (
            '<div data-area="related_articles"><section class="relative"><h3 class="font-sansUI">Mehr zum Thema</h3><ul>'
            f'<li><article aria-label="{e(t)}"><a href="/r/0" title="{e(t)}"><span class="font-sansUI">{e(t)}</span></a></article></li></ul></section></div>'
        )
    story = story_html(paras, block.format("<p>{x}</p>"), block.format('<h3 class="font-sansUI font-bold text-xl">{x}</h3>'), after)
    forum = "".join(
        f'<li class="forum-post"><div class="forum-post__author">{e(n)}</div><div class="forum-post__date">Heute, 1{i}:0{i} Uhr</div><p>{e(t)}</p></li>'
        for i, (n, t) in enumerate(zip(["Martin K.", "sarah_t", "Leser99"], a["comments"]))
    )
    stamp = f"{d.day:02d}.{d.month:02d}.{d.year}, 10.30 Uhr"
    body = (
        '<div id="page"><header data-area="header" class="sticky"><a href="/" title="Startseite">DER BEISPIEL</a>'
        '<nav data-area="navigation"><a href="/politik/">Politik</a><a href="/wirtschaft/">Wirtschaft</a><a href="/panorama/">Panorama</a><a href="/sport/">Sport</a><a href="/kultur/">Kultur</a></nav>'
        '<a href="/abo/">Abonnement</a></header><main id="Inhalt"><article aria-label="{0}" data-area="article">'.format(e(a["title"]))
        + '<header data-area="intro" class="pb-32"><h2 class="md:mb-16"><span class="text-primary-base">Politik</span>'
        f'<span class="align-middle">{e(a["title"])}</span></h2>'
        f'<div class="RichText RichText--sans leading-loose lg:text-xl md:text-xl"><span>Von </span><a href="/impressum/autor-x" class="border-b">{e(a["author"])}</a></div>'
        f'<div class="font-sansUI lg:text-base md:text-base sm:text-s text-shade-dark"><time datetime="{d} 10:30:00" class="timeformat">{stamp}</time></div></header>'
        f'<section class="relative" data-area="body"><div class="clearfix lg:mt-32 md:mt-32 sm:mt-24 md:mb-48 lg:mb-48 sm:mb-32">{story}</div></section>'
        '<div data-area="article_footer"><a href="/thema/x/">Themen</a></div></article>'
        f'<section data-area="forum"><h2>Diskussion</h2><ul>{forum}</ul></section></main>'
        '<footer data-area="footer"><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> © DER BEISPIEL GmbH &amp; Co. KG</footer></div>'
    )
    return page(a["title"], "DER BEISPIEL", body, lang="de")


def lemonde(a):
    """A French daily's story: "Publié le 04 mars 2021 à 10h30 - Mis à jour le
    05 mars 2021 à 08h12" (the first is the day), the author's name in a
    link, the text in `article__paragraph`s with "Lire aussi |" boxes inside
    it, the subscriber wall's message after it, the most read list."""
    d = a["date"]
    upd = d + datetime.timedelta(days=1)
    paras = a["paras"]
    also = {
        i: f'<section class="catcher catcher--inline"><span class="catcher__title">Lire aussi |</span> <a class="js-article-read-also" href="/r/{i}">{e(a["teasers"][i % 5][0])}</a></section>'
        for i in (1, 4)
        if i + 1 < len(paras)
    }
    story = story_html(paras, '<p class="article__paragraph ">{x}</p>', '<h2 class="article__sub-title">{x}</h2>', also)
    body = (
        '<header class="Header"><div class="Header__logo"><a href="/">Le Journal d\'Exemple</a></div><nav class="Nav"><ul>'
        '<li><a href="/international/">International</a></li><li><a href="/politique/">Politique</a></li><li><a href="/societe/">Société</a></li><li><a href="/idees/">Idées</a></li></ul></nav>'
        '<a class="Header__abo" href="/abonnement/">S\'abonner</a></header><main id="habillage"><section class="zone zone--article old__zone">'
        '<header class="article__header article__header--with-cover"><ul class="breadcrumb"><li><a href="/international/">International</a></li></ul>'
        f'<h1 class="article__title">{e(a["title"])}</h1><p class="article__desc">{e(a["teasers"][4][1][:160])}</p>'
        '<section class="meta meta__publisher old__meta-publisher"><span class="meta__author meta__author--no-after"><a class="article__author-link" href="/signataires/x/">'
        f'{e(a["author"])}</a></span><span class="meta__date meta__date--header">Publié le {d.day:02d} {FR_MONTHS[d.month - 1]} {d.year} à 10h30 - Mis à jour le '
        f'{upd.day:02d} {FR_MONTHS[upd.month - 1]} {upd.year} à 08h12</span> <span class="meta__reading-time">Lecture 4 min.</span></section></header>'
        f'<article class="article__content old__article-content-single">{story}</article>'
        '<section class="article__reactions"><div class="article__reactions-title">Contribuer</div><p>Réutiliser ce contenu</p></section>'
        '<aside class="aside__iso old__aside"><section class="area area--runner"><h3 class="area__title">Les plus lus</h3><ul>'
        + "".join(f'<li><a class="teaser__link" href="/r/{i}"><p class="teaser__title">{e(t)}</p></a></li>' for i, (t, _) in enumerate(a["teasers"]))
        + '</ul></section></aside></section></main><footer class="Footer"><p>Le Journal d\'Exemple · Nous contacter · Mentions légales · Conditions générales de vente · © 2021</p></footer>'
    )
    return page(a["title"], "Le Journal d'Exemple", body, lang="fr")


def nyt_columns(a):
    """A newspaper's story in companion columns: `<section name="articleBody">`
    holding one `StoryBodyCompanionColumn` per run of paragraphs with ad
    slots between them, the day in a `<time>` with no datetime
    ("Published March 4, 2021 / Updated March 5, 2021, 8:12 a.m. ET"), the
    byline a `<p>` with the name in a link, "Related coverage" and "More in
    World" teasers."""
    d = a["date"]
    upd = d + datetime.timedelta(days=1)
    cols = ""
    for i, run in enumerate(chunks(a["paras"], 3)):
        text = marked_html(run, p='<p class="css-at9mc1 evys1bk0">{}</p>', h='<h2 class="css-1an2bll eoo0vm40">{}</h2>')
        cols += f'<div class="css-s99gbd StoryBodyCompanionColumn"><div class="css-53u6y8">{text}</div></div>'
        cols += f'<div id="story-ad-{i + 1}-wrapper" class="css-1mmmh3q"><div class="ad story-ad-{i + 1}-wrapper"><p class="css-1ae7a1i">Advertisement</p><div id="story-ad-{i + 1}" class="place-ad"></div></div></div>'
        if i == 0:
            t, s = a["teasers"][0]
            cols += f'<div class="css-1fanzo5 StoryBodyCompanionColumn"><aside class="css-o6xoe7"><h2 class="css-z44i5y">Related Coverage</h2><ul><li><a href="/r/0"><h3>{e(t)}</h3></a></li></ul></aside></div>'
    more = "".join(
        f'<li class="css-ye6x8s"><div class="css-1cp3ece"><a href="/r/{i}"><h3 class="css-1j9dxys">{e(t)}</h3><p class="css-1echdzn">{e(s[:180])}</p></a></div></li>'
        for i, (t, s) in enumerate(a["teasers"][1:])
    )
    body = (
        '<div id="app"><div class="css-1u4v2zx"><header class="css-1bymuyk e1m0pzr40"><a href="#site-content" class="css-1u9g3uu">Skip to content</a>'
        '<a href="#site-index" class="css-1u9g3uu">Skip to site index</a><div class="css-10698na"><a href="/" aria-label="Example Times Logo">The Example Times</a></div>'
        f'<div class="css-1rtgb4u"><span>{EN_DAYS[upd.weekday()]}, {EN_MONTHS[upd.month - 1]} {upd.day}, {upd.year}</span><a href="/todayspaper">Today’s Paper</a></div></header>'
        '<main id="site-content"><div class="css-1vxca1d"><article id="story" class="css-1vxca1d e1lfvv700">'
        '<header class="css-d92zuj e1h9rw200"><div class="css-ld3wwf e1h9rw202"><p class="css-c4ju8a"><a href="/section/world">World</a></p></div>'
        f'<div class="css-1vkm6nb ehdk2mb0"><h1 id="link-1b44e840" class="css-19rw7kf e1h9rw200" data-testid="headline">{e(a["title"])}</h1></div>'
        f'<p id="article-summary" class="css-w6ymp8 e1wiw3jv0">{e(a["teasers"][2][1][:150])}</p>'
        '<div class="css-xt80pu eaoe4ox0"><div class="css-233int ehw59r15"><p class="css-aknsld last-byline" itemprop="author">'
        f'By <span class="css-1baulvz"><a href="/by/x" class="css-n8ff4n e1jsehar0">{e(a["author"])}</a></span></p></div>'
        f'<ul class="css-1w5cs23"><li class="css-ccw2r3 epjyd6m2"><time class="css-129k401 e16638kd0">Published {EN_MONTHS[d.month - 1]} {d.day}, {d.year}</time></li>'
        f'<li class="css-ccw2r3"><span class="css-1gjpfp">Updated {EN_MONTHS[upd.month - 1]} {upd.day}, {upd.year}, 8:12 a.m. ET</span></li></ul></div></header>'
        f'<section name="articleBody" itemprop="articleBody" class="meteredContent css-1r7ky0e">{cols}</section>'
        '<div class="bottom-of-article"><div class="css-1jp38cr"><p>A version of this article appears in print on Section A, Page 9 of the New York edition.</p>'
        '<a href="/subscriptions">Order Reprints | Today’s Paper | Subscribe</a></div></div></article></div>'
        f'<div class="css-1n8g7i6"><section><h2 class="css-1i6prcm">More in World</h2><ol>{more}</ol></section></div></main>'
        '<footer class="css-1k2opqv"><nav><a href="/content/help/rights/copyright/copyright-notice.html">© 2021 The Example Times Company</a> <a href="/privacy">Privacy Policy</a></nav></footer></div></div>'
    )
    return page(a["title"], "The Example Times", body)


def bbc_blocks(a):
    """A public broadcaster's story built of components: every paragraph in a
    `data-component="text-block"`, image, "related topics" and "more on this
    story" blocks between them, the day in a `<time>` with a datetime and the
    byline block above the text."""
    d = a["date"]
    paras = a["paras"]
    blocks = story_html(
        paras,
        '<div data-component="text-block" class="ssrcss-11r1m41-RichTextComponentWrapper ep2nwvo0"><div class="ssrcss-7uxr49-RichTextContainer e5tfeyi1"><p class="ssrcss-1q0x1qg-Paragraph e1jhz7w10">{x}</p></div></div>',
        '<div data-component="subheadline-block" class="ssrcss-18amedp-ComponentWrapper"><h2 id="{i}" class="ssrcss-1ufz7tv-StyledHeading">{x}</h2></div>',
        {2: '<div data-component="image-block" class="ssrcss-18amedp-ComponentWrapper"><figure><img src="/img/2.jpg" alt=""><figcaption class="ssrcss-1yx3r3l-Caption">IMAGE SOURCE, GETTY IMAGES. Image caption, The scene on the day</figcaption></figure></div>'},
    )
    related = "".join(f'<li><a href="/topics/{i}" class="ssrcss-1ef12hb-StyledLink">{w}</a></li>' for i, w in enumerate(["Climate", "Europe", "Energy"]))
    more = "".join(
        f'<li class="ssrcss-o7aajx"><div class="ssrcss-1f3bvyz-Stack"><a href="/r/{i}" class="ssrcss-vdnb7q-PromoLink"><span>{e(t)}</span></a>'
        f'<time datetime="{d - datetime.timedelta(days=i + 1)}T08:00:00.000Z" class="ssrcss-1if1g9v">{(d - datetime.timedelta(days=i + 1)).day} {EN_MONTHS[(d - datetime.timedelta(days=i + 1)).month - 1]} {(d - datetime.timedelta(days=i + 1)).year}</time></div></li>'
        for i, (t, _) in enumerate(a["teasers"][:4])
    )
    body = (
        '<div id="__next"><a href="#main-content" class="ssrcss-1ioy8ra-SkipLink">Skip to content</a><header role="banner" class="ssrcss-1s0kwws-GlobalNavigation">'
        '<a href="/" class="ssrcss-logo">Public Broadcaster</a><nav><ul>' + "".join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in NAV[:6]) + '</ul></nav></header>'
        '<div class="ssrcss-pv1rh6-ArticleWrapper"><main id="main-content" role="main"><article class="ssrcss-pv1rh6-ArticleWrapper e1nh2i2l6">'
        f'<header class="ssrcss-1eqcsb1-HeadingWrapper"><h1 id="main-heading" class="ssrcss-15xko80-StyledHeading e10rt3ze0" tabindex="-1">{e(a["title"])}</h1></header>'
        f'<div data-component="byline-block" class="ssrcss-1xbdy5d"><div class="ssrcss-68pt20-Text-TextContributorName e8mq1e96">By {e(a["author"])}</div>'
        '<div class="ssrcss-84ltp5-Text">Environment correspondent</div></div>'
        f'<div data-component="timestamp-block" class="ssrcss-1dazkfy"><time data-testid="timestamp" datetime="{d}T10:30:00.000Z">{d.day} {EN_MONTHS[d.month - 1]} {d.year}</time></div>'
        f'{blocks}<div data-component="tag-list" class="ssrcss-1qmkvfu"><h2>Related Topics</h2><ul>{related}</ul></div>'
        f'<section data-component="links-block"><h2 class="ssrcss-1tgv4kc">More on this story</h2><ul>{more}</ul></section></article></main></div>'
        '<footer role="contentinfo"><p>Copyright © 2021 Public Broadcaster. The Broadcaster is not responsible for the content of external sites. Read about our approach to external linking.</p></footer></div>'
    )
    return page(a["title"], "Public Broadcaster", body)


def naver(a):
    """A Naver blog post (Korean, SmartEditor ONE): every paragraph a
    `se-component se-text` of spans in `se-text-paragraph`s, the day
    "2021. 3. 4. 10:30" in `se_publishDate`, the nickname in the blog's
    header and beside the day, the post list and the "이 블로그 인기글"
    sidebar."""
    d = a["date"]
    comps = ""
    for x, sub in zip(a["paras"], subheads(a["paras"])):
        size = ' se-fs-fs19' if sub else ''
        comps += (
            '<div class="se-component se-text se-l-default"><div class="se-component-content"><div class="se-section se-section-text se-l-default">'
            f'<div class="se-module se-module-text"><p class="se-text-paragraph se-text-paragraph-align-"><span class="se-fs-{size}">{e(x)}</span></p>'
            '<p class="se-text-paragraph se-text-paragraph-align-"><span>​</span></p></div></div></div></div>'
        )
    posts = "".join(
        f'<li><a href="/PostView.naver?logNo=22{i}" class="pcol2">{e(t)}</a><span class="date">{d.year}. {d.month}. {max(1, d.day - i - 1)}.</span></li>'
        for i, (t, _) in enumerate(a["teasers"])
    )
    nick = e(a["author"])
    body = (
        f'<div id="whole-border"><div id="whole-body"><div id="blog-header"><h1 class="blog-title"><a href="/">{nick}의 블로그</a></h1></div>'
        '<div id="blog-menu"><a href="/">블로그</a> <a href="/category">카테고리</a> <a href="/guestbook">안부</a></div>'
        '<div id="post-area"><div class="wrap_postcomment"><div id="postListBody"><div class="post _post_wrap _param(1)"><div class="se-viewer se-theme-default" lang="ko-KR">'
        '<div class="se-component se-documentTitle se-l-default"><div class="se-component-content"><div class="se-module se-module-text se-title-text">'
        f'<p class="se-text-paragraph se-text-paragraph-align-"><span class="se-fs- se-ff-">{e(a["title"])}</span></p></div>'
        f'<div class="blog2_container"><span class="nick"><a href="/profile" class="link pcol2">{nick}</a></span> <span class="se_publishDate pcol2">{d.year}. {d.month}. {d.day}. 10:30</span>'
        '<div class="blog2_post_function"><a class="url pcol2">URL 복사</a> <a class="_buddyadd">이웃추가</a></div></div></div></div>'
        f'<div class="se-main-container">{comps}</div></div>'
        '<div class="post_footer_contents"><div class="wrap_tag"><a href="/tag/일상" class="item pcol2">#일상</a></div>'
        '<div class="area_sympathy"><a class="u_likeit_list_btn"><span class="u_ico"></span><em class="u_txt">공감</em><em class="u_cnt">12</em></a></div>'
        '<div class="area_comment"><a class="btn_comment pcol2">댓글 3</a></div></div></div></div></div>'
        f'<div class="blog2_categorylist"><h4>이 카테고리의 글</h4><ul>{posts}</ul></div></div>'
        '<div id="sidebar"><div class="widget"><h4 class="itemfont">이 블로그 인기글</h4><ul>'
        + "".join(f'<li><a href="/p/{i}">{e(t)}</a><p>{e(s[:80])}</p></li>' for i, (t, s) in enumerate(a["teasers"][:3]))
        + '</ul></div></div><div id="footer"><p>NAVER Copyright © NAVER Corp. All Rights Reserved.</p></div></div></div>'
    )
    return page(a["title"] + " : 네이버 블로그", "네이버 블로그", body, lang="ko")


def livejournal(a):
    """A LiveJournal entry: the text one run of lines with `<br><br>` between
    paragraphs and no `<p>`, the day "March 4th, 2021, 10:30 am" above the
    subject, the user's name in an `ljuser` span, the comment links and
    the site's own bars."""
    d = a["date"]
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    text = "<br><br>".join(
        (f"<b>{e(x)}</b>" if sub else e(x)) for x, sub in zip(a["paras"], subheads(a["paras"]))
    )
    user = e(a["author"])
    body = (
        '<div class="s-header"><div class="s-header-in"><a href="https://www.livejournal.com/" class="s-header-item__link">LiveJournal</a>'
        '<a href="/login" class="s-header-item__link">Log in</a> <a href="/create" class="s-header-item__link">Create a blog</a></div></div>'
        '<div id="container"><div id="header"><h1 id="title"><span>Notes from the road</span></h1><h2 id="subtitle">a journal</h2></div>'
        '<div id="content"><div id="content-inner"><div class="entry"><div class="entry-inner">'
        f'<div class="date"><span>{EN_MONTHS[d.month - 1]} {d.day}{suf}, {d.year}, 10:30 am</span></div>'
        f'<h3 class="entry-header"><a href="/12345.html">{e(a["title"])}</a></h3>'
        f'<div class="entry-content">{text}</div>'
        f'<div class="entry-footer"><span class="ljuser" lj:user="{user}" style="white-space:nowrap"><a href="/profile"><img src="/userinfo.gif" alt="[info]" width="17" height="17"></a><a href="/"><b>{user}</b></a></span>'
        '<ul class="entry-management-links"><li><a href="/12345.html#comments">5 comments</a></li><li><a href="/12345.html?mode=reply">Leave a comment</a></li>'
        '<li><a href="/tools/memadd">Add to Memories</a></li><li><a href="/share">Share</a></li></ul></div></div></div>'
        '<div class="navigation"><a href="/12344.html">Previous Entry</a> | <a href="/12346.html">Next Entry</a></div></div></div>'
        '<div id="secondary"><h2>Navigate</h2><ul><li><a href="/">Recent Entries</a></li><li><a href="/archive">Archive</a></li><li><a href="/friends">Friends</a></li><li><a href="/profile">Profile</a></li></ul>'
        '<h2>Tags</h2><ul>' + "".join(f'<li><a href="/tag/{w}">{w}</a></li>' for w in ["travel", "books", "music"]) + '</ul></div></div>'
        '<div class="s-footer"><p>Powered by LiveJournal.com · <a href="/privacy">Privacy Policy</a> · <a href="/terms">User Agreement</a> · <a href="/help">Help</a></p></div>'
    )
    return page(a["title"], "Notes from the road", body)


def note_jp(a):
    """A note.com post (Japanese): the headline, the creator's name and the
    day "2021年3月4日 10:30" above the text, the text's paragraphs with
    `name` and `id` attributes, "スキ" and the creator's card below, the
    creator's other notes with their opening lines."""
    d = a["date"]
    paras = a["paras"]
    text = story_html(paras, '<p name="p{i:04x}" id="p{i:04x}">{x}</p>', '<h3 name="h{i}" id="h{i}">{x}</h3>')
    others = "".join(
        f'<div class="m-largeNoteWrapper"><a href="/n/n{i}" class="m-largeNoteWrapper__link"><h3 class="m-noteBodyTitle__title">{e(t)}</h3>'
        f'<p class="m-noteBody__body">{e(s[:120])}</p><div class="m-noteItem__date"><time datetime="{d - datetime.timedelta(days=7 * (i + 1))}T09:00:00+09:00">'
        f'{(d - datetime.timedelta(days=7 * (i + 1))).year}年{(d - datetime.timedelta(days=7 * (i + 1))).month}月{(d - datetime.timedelta(days=7 * (i + 1))).day}日</time></div></a></div>'
        for i, (t, s) in enumerate(a["teasers"][:3])
    )
    who = e(a["author"])
    body = (
        '<div id="__nuxt"><div id="__layout"><div class="l-container"><header class="o-globalHeader"><a href="/" class="o-globalHeader__logo" aria-label="note">note</a>'
        '<div class="o-globalHeader__menu"><a href="/login">ログイン</a><a href="/signup">会員登録</a></div></header>'
        '<main class="o-noteContentPage"><article class="o-noteContentText"><div class="o-noteContentHeader">'
        f'<h1 class="o-noteContentHeader__title">{e(a["title"])}</h1>'
        f'<div class="o-noteContentHeader__info"><a href="/u" class="o-noteContentHeader__name"><span class="o-noteContentHeader__name">{who}</span></a>'
        f'<div class="o-noteContentHeader__date"><span>{d.year}年{d.month}月{d.day}日 10:30</span></div></div></div>'
        f'<div data-name="body" class="note-common-styles__textnote-body">{text}</div>'
        '<div class="o-noteContentText__footer"><div class="o-noteLikeV3"><button class="o-noteLikeV3__iconButton">スキ</button><span class="o-noteLikeV3__count">42</span></div>'
        '<div class="o-noteContentText__hashtags"><a href="/hashtag/エッセイ">#エッセイ</a></div></div>'
        f'<div class="o-noteCreatorCard"><a href="/u" class="o-noteCreatorCard__name">{who}</a><p class="o-noteCreatorCard__profile">書くこと、読むこと、歩くこと。</p>'
        '<button class="a-button">フォロー</button></div></article>'
        f'<section class="o-noteContentPage__related"><h2>この記事が気に入ったらサポートをしてみませんか？</h2>{others}</section></main>'
        '<footer class="o-globalFooter"><p>© note inc.</p></footer></div></div></div>'
    )
    return page(a["title"] + "｜" + a["author"], "note", body, lang="ja")


PL_MONTHS_GEN = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split()
RU_MONTHS_GEN = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
TR_MONTHS = "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split()


def polish(a):
    """A Polish news portal: the lead in bold, "Data utworzenia: 4 marca 2021,
    10:30" and "Data aktualizacji: ..." below the headline, the author as
    "Autor: Name" at the foot of the text, "Zobacz także" boxes inside it,
    the comments count and a "Najczęściej czytane" list."""
    d = a["date"]
    upd = d + datetime.timedelta(days=2)
    paras = a["paras"]
    story = ""
    for i, (x, sub) in enumerate(zip(paras, subheads(paras))):
        story += f'<h2 class="detailHeader">{e(x)}</h2>' if sub else (f'<p class="hyphenate">{e(x)}</p>' if i else f'<div id="lead" class="lead"><b>{e(x)}</b></div>')
        if i == 2 and len(paras) > 4:
            t, _ = a["teasers"][0]
            story += f'<div class="seeAlso"><span class="seeAlsoTitle">Zobacz także</span><ul><li><a href="/r/0">{e(t)}</a></li></ul></div>'
    top = "".join(f'<li><a href="/r/{i}"><span class="title">{e(t)}</span></a><span class="date">{(d - datetime.timedelta(days=i)).day} {PL_MONTHS_GEN[(d - datetime.timedelta(days=i)).month - 1]}</span></li>' for i, (t, _) in enumerate(a["teasers"]))
    body = (
        '<div id="page"><header class="pageHeader"><a href="/" class="logo">Portal Przykład</a><nav><a href="/kraj">Kraj</a><a href="/swiat">Świat</a><a href="/sport">Sport</a><a href="/kultura">Kultura</a></nav></header>'
        '<div id="main"><div class="articleContent"><div class="articleDetail">'
        f'<h1 class="mainTitle">{e(a["title"])}</h1>'
        f'<div class="infoBox"><span class="datePublished">Data utworzenia: {d.day} {PL_MONTHS_GEN[d.month - 1]} {d.year}, 10:30</span> '
        f'<span class="dateModified">Data aktualizacji: {upd.day} {PL_MONTHS_GEN[upd.month - 1]} {upd.year}, 08:12</span></div>'
        f'<div class="articleBody">{story}<div class="authorBox"><span>Autor: {e(a["author"])}</span></div></div>'
        '<div class="commentsLink"><a href="#comments">Komentarze (12)</a></div></div></div>'
        f'<aside class="rightColumn"><h3>Najczęściej czytane</h3><ol>{top}</ol></aside></div>'
        '<footer class="pageFooter">© 2021 Portal Przykład Sp. z o.o. · Regulamin · Polityka prywatności</footer></div>'
    )
    return page(a["title"], "Portal Przykład", body, lang="pl")


def russian(a):
    """A Russian news agency's story: "10:30 04.03.2021 (обновлено: 08:12
    06.03.2021)" over the headline, the text in `article__block`s, the
    author's name alone in a block after the text, a news feed of times
    and headlines beside it."""
    d = a["date"]
    upd = d + datetime.timedelta(days=2)
    blocks = "".join(
        f'<div class="article__block" data-type="text"><div class="article__text">{e(x)}</div></div>' if not sub
        else f'<div class="article__block" data-type="h2"><h2 class="article__h2">{e(x)}</h2></div>'
        for x, sub in zip(a["paras"], subheads(a["paras"]))
    )
    feed = "".join(f'<div class="lenta__item"><span class="lenta__item-date">1{i}:0{i}</span><a href="/r/{i}" class="lenta__item-text">{e(t)}</a></div>' for i, (t, _) in enumerate(a["teasers"]))
    body = (
        '<div class="page"><div class="header"><a href="/" class="header__logo">Агентство Пример</a><div class="header__menu"><a href="/politics/">Политика</a><a href="/world/">В мире</a><a href="/economy/">Экономика</a></div></div>'
        '<div class="layout-article"><div class="article m-article">'
        f'<div class="article__meta"><div class="article__info"><div class="article__info-date"><a href="/{d.year}{d.month:02d}{d.day:02d}/">10:30 {d.day:02d}.{d.month:02d}.{d.year}</a> '
        f'<span class="article__info-date-modified">(обновлено: 08:12 {upd.day:02d}.{upd.month:02d}.{upd.year})</span></div></div></div>'
        f'<div class="article__header"><h1 class="article__title">{e(a["title"])}</h1></div>'
        f'<div class="article__body js-mediator-article">{blocks}</div>'
        f'<div class="article__footer"><div class="article__author">{e(a["author"])}</div><div class="article__tags"><a href="/tag/x/">Общество</a></div></div></div>'
        f'<div class="lenta"><div class="lenta__title">Лента новостей</div>{feed}</div></div>'
        '<div class="footer">© 2021 Агентство Пример. Все права защищены.</div></div>'
    )
    return page(a["title"], "Агентство Пример", body, lang="ru")


def turkish(a):
    """A Turkish news site: "Giriş: 04 Mart 2021 10:30 Güncelleme: 06 Mart 2021
    08:12" under the headline, the writer as a link beside it, the text
    with "İlgili Haberler" inside, the "Çok Okunanlar" list."""
    d = a["date"]
    upd = d + datetime.timedelta(days=2)
    paras = a["paras"]
    t, _ = a["teasers"][1]
    related = f'<div class="related-news"><strong>İlgili Haberler</strong><a href="/r/1">{e(t)}</a></div>'
    story = story_html(paras, "<p>{x}</p>", "<h3>{x}</h3>", {3: related} if len(paras) > 5 else {})
    most = teaser_list(a)
    body = (
        '<header class="main-header"><a href="/" class="logo">Örnek Gazete</a><ul class="menu"><li><a href="/gundem/">Gündem</a></li><li><a href="/ekonomi/">Ekonomi</a></li><li><a href="/spor/">Spor</a></li></ul></header>'
        '<main><div class="news-detail"><div class="news-detail-title">'
        f'<h1>{e(a["title"])}</h1><h2 class="spot">{e(a["teasers"][2][1][:150])}</h2></div>'
        f'<div class="news-detail-info"><div class="author-name"><a href="/yazarlar/x/">{e(a["author"])}</a></div>'
        f'<div class="news-date"><span>Giriş: {d.day:02d} {TR_MONTHS[d.month - 1]} {d.year} 10:30</span> <span>Güncelleme: {upd.day:02d} {TR_MONTHS[upd.month - 1]} {upd.year} 08:12</span></div></div>'
        f'<div class="news-detail-text">{story}</div></div>'
        f'<div class="most-read"><h4>Çok Okunanlar</h4><ol>{most}</ol></div></main>'
        '<footer class="main-footer">© 2021 Örnek Gazete. Tüm hakları saklıdır. · Künye · Gizlilik</footer>'
    )
    return page(a["title"], "Örnek Gazete", body, lang="tr")


def japanese_news(a):
    """A Japanese newspaper's story: "2021年3月4日 10時30分" under the
    headline, the reporter's name in brackets at the end of the text
    ("（山田太郎）"), the "関連ニュース" and ranking lists, a paywall line."""
    d = a["date"]
    paras = a["paras"]
    text = "".join(f"<p>{e(x)}</p>" for x in paras)
    rank = "".join(f'<li><a href="/r/{i}">{e(t)}</a><time>{d.month}/{max(1, d.day - i)} 09:00</time></li>' for i, (t, _) in enumerate(a["teasers"]))
    body = (
        '<div id="wrapper"><header id="header"><a href="/" id="logo">例示新聞デジタル</a><nav><a href="/national/">社会</a><a href="/politics/">政治</a><a href="/business/">経済</a><a href="/international/">国際</a></nav></header>'
        '<main id="main"><div class="article"><div class="title-box">'
        f'<h1>{e(a["title"])}</h1><p class="date">{d.year}年{d.month}月{d.day}日 10時30分</p></div>'
        f'<div class="article-text">{text}<p class="writer">（{e(a["author"])}）</p></div>'
        '<div class="paywall"><p>この記事は有料記事です。残り1234文字。有料会員になると続きをお読みいただけます。</p></div>'
        f'<div class="related"><h2>関連ニュース</h2><ul>{rank}</ul></div></div>'
        f'<aside class="ranking"><h2>アクセスランキング</h2><ol>{rank}</ol></aside></main>'
        '<footer id="footer"><p>Copyright © 例示新聞社 All rights reserved. 無断転載を禁じます。</p></footer></div>'
    )
    return page(a["title"], "例示新聞デジタル", body, lang="ja")


NL_MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
SV_MONTHS = "januari februari mars april maj juni juli augusti september oktober november december".split()
ID_MONTHS_ABBR = "Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des".split()
ID_DAYS = "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split()


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def hubspot(a):
    """A HubSpot CMS blog post: the headline inside a `hs_cos_wrapper` span,
    "Written by Name" as a link and "Mar 4, 2021 10:30:00 AM" beside it, the
    text in the `post_body` rich-text wrapper with a call-to-action button
    inside it, topics, a subscribe form, comments and related posts."""
    d = a["date"]
    paras = a["paras"]
    cta = '<p><span class="hs-cta-wrapper" id="hs-cta-wrapper-5d1c"><span class="hs-cta-node hs-cta-5d1c" id="hs-cta-5d1c"><a href="https://cta-redirect.hubspot.example/cta/redirect/1/5d1c"><img class="hs-cta-img" src="/cta/5d1c.png" alt="Download the free guide"></a></span></span></p>'
    story = story_html(paras, "<p>{x}</p>", "<h2>{x}</h2>", {2: cta} if len(paras) > 4 else {})
    comments = comments_html(
        a["comments"][:3],
        lambda n, t, i: f'<div class="comment"><p class="comment-from"><a href="#">{e(n)}</a></p><div class="comment-body"><p>{e(t)}</p></div>'
        f'<p class="comment-date">{en_date(d + datetime.timedelta(days=i + 1))}</p></div>',
    )
    related = "".join(
        f'<div class="related-post"><a href="/blog/r{i}"><h4>{e(t)}</h4></a><p>{e(s[:160])}</p></div>' for i, (t, s) in enumerate(a["teasers"][:3])
    )
    body = (
        '<div class="body-wrapper hs-content-id-4812 hs-blog-post"><div class="header-container-wrapper"><div class="header-container container-fluid">'
        '<a href="/" id="hs-link-logo"><img src="/logo.png" alt="Acme Analytics" class="hs-image-widget"></a>'
        '<div class="hs-menu-wrapper active-branch flyouts hs-menu-flow-horizontal" role="navigation"><ul role="menu">'
        '<li class="hs-menu-item hs-menu-depth-1"><a href="/product">Product</a></li><li class="hs-menu-item hs-menu-depth-1"><a href="/pricing">Pricing</a></li>'
        '<li class="hs-menu-item hs-menu-depth-1 active"><a href="/blog">Blog</a></li><li class="hs-menu-item hs-menu-depth-1"><a href="/demo">Get a demo</a></li></ul></div></div></div>'
        '<div class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="blog-post-wrapper cell-wrapper"><div class="section post-header">'
        f'<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field" data-hs-cos-type="text">{e(a["title"])}</span></h1>'
        f'<div class="blog-post__meta"><a class="blog-post__author" href="/blog/author/x">Written by {e(a["author"])}</a> '
        f'<span class="blog-post__timestamp">{EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year} 10:30:00 AM</span></div></div>'
        f'<div class="section post-body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">{story}</span></div>'
        '<div class="blog-post__tags">Topics: <a class="topic-link" href="/blog/tag/data">Data</a>, <a class="topic-link" href="/blog/tag/teams">Teams</a></div>'
        '<div class="blog-subscribe"><h3>Subscribe by Email</h3><form class="hs-form"><label>Email*</label><input type="email"><input type="submit" value="Subscribe"></form>'
        '<p class="legal-consent">Acme Analytics needs the contact information you provide to us to contact you about our products and services. You may unsubscribe from these communications at any time.</p></div>'
        f'<div class="blog-comments"><h3>Comments (3)</h3>{comments}</div>'
        f'<div class="related-posts"><h3>Related posts</h3>{related}</div></div></div></div>'
        '<div class="footer-container-wrapper"><div class="footer-container">© 2021 Acme Analytics, Inc. All rights reserved. <a href="/privacy">Privacy policy</a></div></div></div>'
    )
    return page(a["title"], "Acme Analytics Blog", body)


def webflow(a):
    """A Webflow CMS blog post: the author's name alone in `div.author-name`
    with a photo and the day beside it, the text in a `w-richtext` block with
    a full-width figure, a call-to-action section and a `w-dyn-list` of
    cards with their days and summaries below."""
    d = a["date"]
    paras = a["paras"]
    fig = '<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image" style="max-width:1200px"><div><img src="/img/6045.png" loading="lazy" alt=""></div><figcaption>The dashboard after the change</figcaption></figure>'
    story = story_html(paras, "<p>{x}</p>", "<h2>{x}</h2>", {1: fig} if len(paras) > 3 else {})
    cards = "".join(
        f'<div role="listitem" class="w-dyn-item"><a href="/blog/r{i}" class="blog-card w-inline-block"><div class="blog-card-date">{en_date(d - datetime.timedelta(days=9 * (i + 1)))}</div>'
        f'<h4 class="blog-card-title">{e(t)}</h4><p class="blog-card-excerpt">{e(s[:180])}</p></a></div>'
        for i, (t, s) in enumerate(a["teasers"][:3])
    )
    body = (
        '<div data-collapse="medium" data-animation="default" role="banner" class="navbar w-nav"><div class="container w-container">'
        '<a href="/" aria-current="page" class="brand w-nav-brand"><img src="/images/logo.svg" alt="Northwind"></a><nav role="navigation" class="nav-menu w-nav-menu">'
        '<a href="/features" class="nav-link w-nav-link">Features</a><a href="/customers" class="nav-link w-nav-link">Customers</a><a href="/blog" class="nav-link w-nav-link w--current">Blog</a>'
        '<a href="/signup" class="button-nav w-button">Start free</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>'
        '<div class="section-blog-hero"><div class="container-small"><a href="/blog" class="back-link">← Back to blog</a><div class="blog-category">Guides</div>'
        f'<h1 class="heading-blog-post">{e(a["title"])}</h1><div class="blog-post-meta"><img src="/images/author.jpg" alt="" class="author-image">'
        f'<div class="author-name">{e(a["author"])}</div><div class="meta-divider">·</div><div class="blog-date">{en_date(d)}</div></div></div></div>'
        f'<div class="section-blog-content"><div class="container-small"><div class="rich-text-block w-richtext">{story}</div></div></div>'
        '<div class="section-cta"><div class="container"><h2 class="heading-cta">Ready to get started?</h2><p class="paragraph-cta">Join more than 10,000 teams who plan, track and ship their work with Northwind. No credit card needed.</p>'
        '<a href="/signup" class="button w-button">Start your free trial</a></div></div>'
        f'<div class="section-related"><div class="container"><h3>More from the blog</h3><div class="w-dyn-list"><div role="list" class="blog-grid w-dyn-items">{cards}</div></div></div></div>'
        '<div class="footer"><div class="container"><div class="footer-text">© 2021 Northwind Labs. Made in Webflow.</div></div></div>'
    )
    return page(a["title"], "Northwind", body)


def tumblr(a):
    """A Tumblr text post in a custom theme: the blog's name as the page's
    `<h1>`, the post's title an `<h2>` linking to itself, "Posted by Name",
    the day as "March 4th, 2021" after the text, the notes (likes and
    reblogs by other blogs), the `<title>` as "blog — title"."""
    d = a["date"]
    notes = "".join(
        f'<li class="note {kind}"><a href="https://{n}.tumblr.example/" class="avatar_frame"><img src="/a/{i}.png" class="avatar" alt=""></a>'
        f'<span class="action"><a href="https://{n}.tumblr.example/" class="tumblelog">{n}</a> {what}</span></li>'
        for i, (n, kind, what) in enumerate(
            [("bookish-fox", "like", "liked this"), ("marginalia", "reblog", "reblogged this from <a href='/'>quiet-pages</a>"), ("tea-and-ink", "like", "liked this"), ("north-reader", "reblog", "reblogged this from <a href='/'>quiet-pages</a>")]
        )
    )
    body = (
        '<div id="container"><header id="header"><h1 class="blog-title"><a href="/">quiet-pages</a></h1><p class="description">things I read, things I think about</p>'
        '<nav><a href="/archive">Archive</a> <a href="/ask">Ask me anything</a> <a href="/rss">RSS</a></nav></header>'
        '<section id="posts"><article class="post text" id="post-645120398"><div class="post-content">'
        f'<h2 class="title"><a href="/post/645120398/slug">{e(a["title"])}</a></h2><div class="body-text">{body_html(a["paras"])}</div></div>'
        f'<footer class="post-meta"><span class="author">Posted by <a href="/">{e(a["author"])}</a></span> · <a class="date" href="/post/645120398/slug">{EN_MONTHS[d.month - 1]} {ordinal(d.day)}, {d.year}</a> · '
        '<a class="notes-count" href="/post/645120398/slug#notes">12 notes</a><div class="tags"><a href="/tagged/books">#books</a> <a href="/tagged/reading">#reading</a></div>'
        '<a class="reblog" href="https://www.tumblr.example/reblog/645120398">Reblog</a></footer>'
        f'<ol class="notes">{notes}</ol></article></section>'
        '<footer id="footer"><a href="/page/2">Older posts →</a> Theme by quiet-themes. Powered by Tumblr.</footer></div>'
    )
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>quiet-pages — {e(a["title"])}</title></head><body>{body}</body></html>'
    )


def weebly(a):
    """A Weebly site's blog post: the title an `<h2>` link, the day as
    "3/4/2021" (month first), the text in `div.paragraph`s with `<br><br>`
    between paragraphs and an image block between them, share and comment
    bars, and a sidebar with the writer's name under "Author", archives and
    categories."""
    d = a["date"]
    paras = a["paras"]
    cut = min(3, len(paras) - 1)

    def run(ps):
        return "<br><br>".join((f"<strong>{e(x)}</strong>" if sub else e(x)) for x, sub in ps)

    marked = list(zip(paras, subheads(paras)))
    months = "".join(f'<a href="/blog/archives/{(d.month - k - 1) % 12 + 1:02d}-2021">{EN_MONTHS[(d.month - k - 1) % 12]} 2021</a><br>' for k in range(4))
    body = (
        '<div class="wrapper"><div class="dusk-header"><div class="nav-wrap"><span class="wsite-logo"><a href="/"><span id="wsite-title">Cedar Hill Garden Club</span></a></span>'
        '<div class="nav desktop-nav"><ul class="wsite-menu-default"><li id="pg1"><a class="wsite-menu-item" href="/">Home</a></li><li id="pg2"><a class="wsite-menu-item" href="/events.html">Events</a></li>'
        '<li id="active"><a class="wsite-menu-item" href="/blog.html">Blog</a></li><li id="pg4"><a class="wsite-menu-item" href="/contact.html">Contact</a></li></ul></div></div></div>'
        '<div class="main-wrap"><div id="wsite-content" class="wsite-elements wsite-not-footer"><div id="blogTable" class="blogTable"><div class="blogLeft"><div id="blog-post-81294" class="blog-post">'
        f'<div class="blog-header"><h2 class="blog-title"><a class="blog-title-link blog-link" href="/blog/slug">{e(a["title"])}</a></h2>'
        f'<p class="blog-date"><span class="date-text">{d.month}/{d.day}/{d.year}</span></p>'
        '<div class="blog-comments-top"><a class="blog-link" href="/blog/slug#comments">0 Comments</a></div></div>'
        f'<div class="blog-content"><div class="paragraph" style="text-align:left;">{run(marked[:cut])}</div>'
        '<div><div class="wsite-image wsite-image-border-none" style="padding-top:10px;padding-bottom:10px;margin-left:0;margin-right:0;text-align:center"><a><img src="/uploads/1/2/editor/p.jpg?1614852000" alt="Picture" style="width:auto;max-width:100%"></a>'
        '<div style="display:block;font-size:90%"></div></div></div>'
        f'<div class="paragraph" style="text-align:left;">{run(marked[cut:])}</div></div>'
        '<div class="blog-social "><div class="blog-social-items"><span class="wsite-social-item">Share</span> <a class="wsite-social-item" href="#">Tweet</a> <a class="wsite-social-item" href="#">Share</a></div></div>'
        '<div class="blog-comments-bottom"><a class="blog-link" href="/blog/slug#comments">0 Comments</a></div></div>'
        '<div id="commentArea"><div class="blog-comment-area"><h2 id="comments" class="blog-comments-title">Leave a Reply.</h2><form id="commentForm"><input name="name"> Name (required)<br>'
        '<input name="email"> Email (not published)<br><input name="url"> Website<br><textarea name="comment"></textarea><input type="submit" value="Submit"></form></div></div></div>'
        '<div class="blogRight"><div id="blogSidebar" class="blog-sidebar"><div class="column-blog"><h2 class="wsite-content-title">Author</h2>'
        f'<div class="paragraph"><strong>{e(a["author"])}</strong><br>Member since 2009, grows far too many tomatoes and writes most of the club\'s news.</div>'
        f'<h2 class="wsite-content-title">Archives</h2><div class="paragraph">{months}</div>'
        '<h2 class="wsite-content-title">Categories</h2><div class="paragraph"><a href="/blog/category/all">All</a><br></div>'
        '<a href="/blog/feed" class="rss">RSS Feed</a></div></div></div></div></div></div>'
        '<div class="footer-wrap"><div class="footer"><div class="wsite-elements wsite-footer"><div class="paragraph" style="text-align:center;">Cedar Hill Garden Club · Meets every second Tuesday</div></div></div></div>'
        '<div id="weebly-footer-signup-container-v3"><a href="https://www.weebly.example/signup">Create your own unique website with customizable templates.</a> <a class="btn">Get Started</a></div></div>'
    )
    return page(a["title"], "Cedar Hill Garden Club", body)


def italian_news(a):
    """An Italian daily's story: the kicker and a summary around the
    headline, "di Name" as a link, "4 marzo 2021 (modifica il 6 marzo 2021 |
    08:12)", the text in `chapter-paragraph`s with a "LEGGI ANCHE" list
    inside, a paywall banner and "I più letti"."""
    d = a["date"]
    upd = d + datetime.timedelta(days=2)
    paras = a["paras"]
    leggi = '<div class="read-also"><span class="read-also__title">LEGGI ANCHE</span><ul>' + "".join(f'<li><a href="/r/{i}">{e(t)}</a></li>' for i, (t, _) in enumerate(a["teasers"][:2])) + "</ul></div>"
    story = story_html(paras, '<p class="chapter-paragraph">{x}</p>', '<h3 class="chapter-title">{x}</h3>', {2: leggi} if len(paras) > 4 else {})
    most = "".join(f'<li><a href="/r/{i}"><span class="title">{e(t)}</span></a></li>' for i, (t, _) in enumerate(a["teasers"]))
    it = [m.lower() for m in IT_MONTHS]
    body = (
        '<header class="header"><a href="/" class="logo">Corriere Esempio</a><nav class="menu"><a href="/cronache/">Cronache</a><a href="/politica/">Politica</a>'
        '<a href="/esteri/">Esteri</a><a href="/economia/">Economia</a><a href="/sport/">Sport</a><a href="/cultura/">Cultura</a></nav><a class="btn-abbonati" href="/abbonati/">Abbonati</a></header>'
        '<main class="main"><article class="article"><div class="article-header"><p class="kicker">Il caso</p>'
        f'<h1 class="title-art is-xxl">{e(a["title"])}</h1><h2 class="summary-art">{e(a["teasers"][2][1][:160])}</h2>'
        f'<div class="article-info"><p class="is-author">di <a href="/firme/x/">{e(a["author"])}</a></p>'
        f'<p class="is-last-update">{d.day} {it[d.month - 1]} {d.year} (modifica il {upd.day} {it[upd.month - 1]} {upd.year} | 08:12)</p></div>'
        '<div class="article-share"><a href="#">Condividi</a> <a href="#">Commenta</a> <a href="#">Salva</a></div></div>'
        f'<div class="article-body"><div class="content">{story}</div></div>'
        '<div class="paywall-banner"><p>Iscriviti alle newsletter di Corriere Esempio. Ricevi ogni mattina le notizie più importanti e le analisi dei nostri giornalisti.</p></div></article>'
        f'<aside class="most-read"><h3>I più letti</h3><ol>{most}</ol></aside></main>'
        '<footer class="footer"><p>Copyright 2021 © Esempio Editore S.p.A. Tutti i diritti sono riservati. P.IVA 01234567890</p></footer>'
    )
    return page(a["title"], "Corriere Esempio", body, lang="it")


def dutch_news(a):
    """A Dutch news site's story: the headline block, an excerpt, the text
    in an `article body` block with "Lees ook:" lines, and the writer
    ("Door: Name") and the day ("4 maart 2021 10:30", "Laatst bijgewerkt:
    6 maart 2021 08:12") only in the block after the text."""
    d = a["date"]
    upd = d + datetime.timedelta(days=2)
    paras = a["paras"]
    t, _ = a["teasers"][0]
    lees = f'<p class="lees-ook"><strong>Lees ook:</strong> <a href="/r/0">{e(t)}</a></p>'
    story = story_html(paras, "<p>{x}</p>", "<h2>{x}</h2>", {2: lees} if len(paras) > 4 else {})
    more = "".join(
        f'<li class="list__item"><a href="/r/{i}" class="list__link"><span class="item-title__title">{e(t)}</span><span class="item-datetime">{(d - datetime.timedelta(days=i + 1)).day} {NL_MONTHS[(d - datetime.timedelta(days=i + 1)).month - 1]}</span></a></li>'
        for i, (t, _) in enumerate(a["teasers"][1:])
    )
    body = (
        '<div id="page"><header class="header"><a href="/" class="header__logo">NU Voorbeeld</a><nav class="header__nav"><a href="/algemeen">Algemeen</a><a href="/economie">Economie</a>'
        '<a href="/sport">Sport</a><a href="/tech">Tech</a><a href="/entertainment">Entertainment</a></nav></header>'
        '<main class="column-content"><div class="block headerwithtitle"><div class="block-wrapper"><div class="block-content">'
        f'<h1 class="title fluid">{e(a["title"])}</h1></div></div></div>'
        f'<div class="block article header"><div class="block-content"><div class="item-excerpt">{e(a["teasers"][3][1][:140])}</div></div></div>'
        f'<div class="block article body"><div class="block-wrapper"><div class="block-content">{story}</div></div></div>'
        f'<div class="block article footer"><div class="block-content"><div class="author">Door: {e(a["author"])}</div>'
        f'<div class="pubdate large">{d.day} {NL_MONTHS[d.month - 1]} {d.year} 10:30 <span class="updatedate">Laatst bijgewerkt: {upd.day} {NL_MONTHS[upd.month - 1]} {upd.year} 08:12</span></div></div></div>'
        '<div class="block comments-teaser"><a href="#reageer">Reageer op dit artikel (NUjij)</a></div>'
        f'<div class="block articlelist"><h2 class="block-title">Meer over dit onderwerp:</h2><ul class="list">{more}</ul></div></main>'
        '<footer class="footer"><p>© 2021 NU Voorbeeld B.V. Alle rechten voorbehouden. Privacy · Cookies · Contact</p></footer></div>'
    )
    return page(a["title"], "NU Voorbeeld", body, lang="nl")


def swedish_news(a):
    """A Swedish daily's story: the first paragraph set as the lead, the
    byline as name, role and e-mail address, "Publicerad 4 mars 2021, kl
    10.30" and "Uppdaterad 6 mars 2021, kl 08.12", "Läs mer:" lines and
    "Annons" slots in the text, "Mest läst" beside it."""
    d = a["date"]
    upd = d + datetime.timedelta(days=2)
    paras = a["paras"]
    t, _ = a["teasers"][1]
    extra = {1: '<div class="ad ad--panorama"><span class="ad__label">Annons</span><div id="panorama_1"></div></div>'}
    if len(paras) > 5:
        extra[3] = f'<p class="article__link"><strong>Läs mer:</strong> <a href="/r/1">{e(t)}</a></p>'
    story = story_html(paras[1:], "<p>{x}</p>", '<h2 class="article__subheading">{x}</h2>', extra)
    most = "".join(f'<li><a href="/r/{i}"><span class="teaser__title">{e(t)}</span></a></li>' for i, (t, _) in enumerate(a["teasers"]))
    body = (
        '<header class="site-header"><a href="/" class="site-header__logo">Dagens Exempel</a><nav class="site-header__nav"><a href="/sverige/">Sverige</a><a href="/varlden/">Världen</a>'
        '<a href="/ekonomi/">Ekonomi</a><a href="/kultur/">Kultur</a><a href="/sport/">Sport</a><a href="/debatt/">Debatt</a></nav><a href="/logga-in/" class="site-header__login">Logga in</a></header>'
        '<main class="site-main"><article class="article"><header class="article__header">'
        f'<h1 class="article__title">{e(a["title"])}</h1><p class="article__lead">{e(paras[0])}</p>'
        f'<div class="byline"><div class="byline__author"><a class="byline__name" href="/av/x/">{e(a["author"])}</a><span class="byline__role">Reporter</span>'
        '<a class="byline__email" href="mailto:reporter@dagensexempel.se">reporter@dagensexempel.se</a></div></div>'
        f'<div class="publication-info"><span class="publication-info__published">Publicerad {d.day} {SV_MONTHS[d.month - 1]} {d.year}, kl 10.30</span> '
        f'<span class="publication-info__updated">Uppdaterad {upd.day} {SV_MONTHS[upd.month - 1]} {upd.year}, kl 08.12</span></div></header>'
        f'<div class="article__body">{story}</div>'
        '<div class="article__footer"><a href="/amne/samhalle/" class="tag">Samhälle</a><p class="article__share">Dela artikeln</p></div></article>'
        f'<aside class="sidebar"><h2>Mest läst</h2><ol>{most}</ol></aside></main>'
        '<footer class="site-footer"><p>Dagens Exempel AB · Ansvarig utgivare: Eva Exempel · © 2021</p></footer>'
    )
    return page(a["title"], "Dagens Exempel", body, lang="sv")


def indonesian(a):
    """An Indonesian news portal's story: the writer as "Name - BeritaContoh",
    "Kamis, 04 Mar 2021 10:30 WIB", a photo with "Foto:" caption, the first
    paragraph opening with the city in bold ("Jakarta - "), "Baca juga:"
    tables inside the text and a "Terpopuler" list with its own days."""
    d = a["date"]
    paras = a["paras"]
    wd = ID_DAYS[d.weekday()]

    def when(x):
        return f"{ID_DAYS[x.weekday()]}, {x.day:02d} {ID_MONTHS_ABBR[x.month - 1]} {x.year}"

    t, _ = a["teasers"][0]
    baca = f'<table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga:</strong> <a href="/r/0">{e(t)}</a></div></td></tr></table>'
    first = f"<p><strong>Jakarta</strong> - {e(paras[0])}</p>"
    story = first + story_html(paras[1:], "<p>{x}</p>", "<h2>{x}</h2>", {1: baca} if len(paras) > 4 else {})
    pop = "".join(
        f'<article class="list-content__item"><h3 class="media__title"><a href="/r/{i}">{e(t)}</a></h3><div class="media__date"><span>{when(d - datetime.timedelta(days=i))} 0{i}:15 WIB</span></div></article>'
        for i, (t, _) in enumerate(a["teasers"])
    )
    body = (
        '<header class="header"><a href="/" class="header__logo">BeritaContoh</a><nav class="nav"><a href="/news">News</a><a href="/finance">Finance</a><a href="/hot">Hot</a>'
        '<a href="/inet">Inet</a><a href="/sport">Sport</a><a href="/oto">Oto</a><a href="/travel">Travel</a></nav></header>'
        '<div class="container"><div class="column-8"><article class="detail"><div class="detail__header">'
        f'<h1 class="detail__title">{e(a["title"])}</h1><div class="detail__author">{e(a["author"])} - beritaContoh</div>'
        f'<div class="detail__date">{wd}, {d.day:02d} {ID_MONTHS_ABBR[d.month - 1]} {d.year} 10:30 WIB</div></div>'
        '<div class="detail__media"><figure class="detail__media-image"><img src="/foto/1.jpg" alt=""><figcaption class="detail__media-caption">Foto: Ilustrasi (iStock)</figcaption></figure></div>'
        f'<div class="detail__body itp_bodycontent_wrapper"><div class="detail__body-text itp_bodycontent">{story}</div>'
        '<div class="detail__body-tag"><div class="nav"><a href="/tag/nasional" class="nav__item">nasional</a><a href="/tag/kebijakan" class="nav__item">kebijakan</a></div></div></div></article></div>'
        f'<div class="column-4"><div class="box cb-mostpop"><h2 class="title">Terpopuler</h2>{pop}</div></div></div>'
        '<footer class="footer"><p>Redaksi · Pedoman Media Siber · Karir · Kotak Pos · Info Iklan · Privacy Policy · Disclaimer. Copyright @ 2021 BeritaContoh, All rights reserved</p></footer>'
    )
    return page(a["title"], "BeritaContoh", body, lang="id")


def magazine_longform(a):
    """A magazine's long read: a figure with a two-sentence caption after
    every other paragraph, a pull quote repeating a sentence of the text, an
    "Advertisement" slot, a newsletter box inside the story, the writer's
    bio after it ("Name is a staff writer ...") and "Recommended" cards with
    summaries inside the `<article>`; the day as "March 4, 2021" under the
    byline."""
    d = a["date"]
    paras = a["paras"]
    after = {}
    for i in range(1, len(paras) - 1, 2):
        after[i] = (
            f'<figure class="ArticleInlineImage_root__"><picture><img src="/img/{i}.jpg" alt="" loading="lazy"></picture>'
            f'<figcaption class="ArticleInlineImage_caption__">A view of the place the story is about, photographed in the week it happened. '
            f'<span class="ArticleInlineImage_credit__">Photograph by Ann Example for The Monthly Example</span></figcaption></figure>'
        )
    if len(paras) > 4:
        quote = paras[2].split(". ")[0][:160]
        after[2] = after.get(2, "") + f'<blockquote class="ArticlePullQuote_root__"><p>{e(quote)}</p></blockquote>'
        after[3] = after.get(3, "") + '<div class="ArticleInjector_root__"><p class="ArticleInjector_label__">Advertisement</p><div id="ad-2"></div></div>'
    if len(paras) > 6:
        after[5] = after.get(5, "") + (
            '<div class="ArticleNewsletter_root__"><h3>Sign up for The Weekly Example</h3><p>The week\'s best writing, in your inbox every Sunday morning.</p>'
            '<form><input type="email" placeholder="Your email address"><button>Sign up</button></form></div>'
        )
    story = story_html(paras, '<p class="ArticleParagraph_root__">{x}</p>', '<h2 class="ArticleHeading_root__">{x}</h2>', after)
    cards = "".join(
        f'<li class="RecommendedCard_root__"><a href="/r/{i}"><h3>{e(t)}</h3><p class="RecommendedCard_dek__">{e(s[:200])}</p></a></li>'
        for i, (t, s) in enumerate(a["teasers"][:4])
    )
    who = a["author"]
    body = (
        '<div id="__next"><header class="Header_root__"><a href="/" class="Header_logo__">The Monthly Example</a><nav><a href="/politics/">Politics</a><a href="/ideas/">Ideas</a>'
        '<a href="/culture/">Culture</a><a href="/books/">Books</a></nav><a href="/subscribe/" class="Header_subscribe__">Subscribe</a></header>'
        '<main id="main-content"><article class="ArticleLayout_article__">'
        f'<header class="ArticleHeader_root__"><p class="ArticleRubric_root__">Ideas</p><h1 class="ArticleTitle_root__">{e(a["title"])}</h1>'
        f'<p class="ArticleDek_root__">{e(a["teasers"][4][1][:150])}</p>'
        f'<div class="ArticleBylines_root__">By <a href="/author/x/" class="ArticleBylines_link__">{e(who)}</a></div>'
        f'<time class="ArticleTimestamp_root__">{en_date(d)}</time></header>'
        f'<figure class="ArticleLeadArt_root__"><img src="/img/lead.jpg" alt=""><figcaption>Illustration by Ann Example</figcaption></figure>'
        f'<section class="ArticleBody_root__">{story}</section>'
        f'<div class="ArticleBio_root__"><p><a href="/author/x/">{e(who)}</a> is a staff writer at The Monthly Example, where she covers cities, housing and the people who live in them.</p></div>'
        f'<aside class="ArticleRecommended_root__"><h2>Recommended Reading</h2><ul>{cards}</ul></aside></article></main>'
        '<footer class="Footer_root__"><p>Copyright © 2021 by The Monthly Example Company. All Rights Reserved.</p></footer></div>'
    )
    return page(a["title"], "The Monthly Example", body)


def abc_au(a):
    """An Australian broadcaster's story: "Posted Thu 4 Mar 2021 at
    10:30am, updated Sat 6 Mar 2021 at 8:12am" under the byline, a "Key
    points" list before the text, "Related Story" links inside it, and the
    "Top Stories" list."""
    d = a["date"]
    upd = d + datetime.timedelta(days=2)
    paras = a["paras"]

    def when(x, t):
        return f"{EN_DAYS[x.weekday()][:3]} {x.day} {EN_MONTHS[x.month - 1][:3]} {x.year} at {t}"

    t0, _ = a["teasers"][0]
    related = f'<aside class="_3xpH1"><span class="_1EAJU">Related Story:</span> <a href="/news/r0">{e(t0)}</a></aside>'
    story = story_html(paras, '<p class="_1HzXw">{x}</p>', '<h2 class="_2MzaR">{x}</h2>', {2: related} if len(paras) > 4 else {})
    keys = "".join(f"<li>{e(p.split('. ')[0][:140])}</li>" for p in paras[:3])
    top = "".join(f'<li><a href="/news/t{i}">{e(t)}</a></li>' for i, (t, _) in enumerate(a["teasers"]))
    body = (
        '<div id="root"><a href="#content" class="_1Ot8X">Skip to main content</a><header class="_2gGxZ"><a href="/news" class="_3Q_8M">ABC Example News</a>'
        '<nav><a href="/news/justin">Just In</a><a href="/news/world">World</a><a href="/news/business">Business</a><a href="/news/analysis">Analysis</a><a href="/news/sport">Sport</a></nav></header>'
        '<main id="content"><article class="_2b6Wp"><header class="_3bNsD">'
        f'<h1 class="_1cNFz">{e(a["title"])}</h1><div class="_2A8nP"><div class="_37jPZ">By <a href="/news/x/123">{e(a["author"])}</a></div>'
        f'<div class="_2d3zH"><span>Posted {when(d, "10:30am")}</span><span>, updated {when(upd, "8:12am")}</span></div></div></header>'
        f'<div class="_3Dtzs"><h2 class="_1h6sO">Key points:</h2><ul class="_2Exrk">{keys}</ul></div>'
        f'<div id="body" class="_3GMHb">{story}</div>'
        '<div class="_1P7eT"><h3>Topics:</h3><a href="/news/topic/t1">community-and-society</a>, <a href="/news/topic/t2">local-government</a></div></article>'
        f'<aside class="_2pJuA"><h2>Top Stories</h2><ol>{top}</ol></aside></main>'
        '<footer class="_1yeMg"><p>AEST = Australian Eastern Standard Time which is 10 hours ahead of GMT (Greenwich Mean Time). © 2021 ABC Example</p></footer></div>'
    )
    return page(a["title"], "ABC Example News", body, lang="en-AU")


def sina(a):
    """A Chinese portal's story: "2021年03月04日 10:30" and the source's
    name in `div.date-source`, the text in `#artibody` with full-width
    spaces opening each paragraph, the editor ("责任编辑：Name") at the
    end, and "热门推荐" and "相关新闻" lists."""
    d = a["date"]
    paras = a["paras"]
    text = "".join(f"<p>\u3000\u3000{e(x)}</p>" for x in paras)
    hot = "".join(f'<li><a href="/r/{i}">{e(t)}</a><span class="time">{d.month:02d}月{max(1, d.day - i):02d}日 09:{10 + i}</span></li>' for i, (t, _) in enumerate(a["teasers"]))
    body = (
        '<div class="top-nav"><a href="/">新例首页</a> <a href="/news/">新闻</a> <a href="/finance/">财经</a> <a href="/tech/">科技</a> <a href="/sports/">体育</a> <a href="/ent/">娱乐</a></div>'
        '<div class="main-content w1240"><h1 class="main-title">' + e(a["title"]) + "</h1>"
        f'<div class="top-bar-wrap"><div class="top-bar"><div class="date-source"><span class="date">{d.year}年{d.month:02d}月{d.day:02d}日 10:30</span>'
        '<a href="/" class="source ent-source">新例财经</a></div><div class="share">分享到：微博 微信</div></div></div>'
        f'<div class="article-content clearfix"><div class="article-content-left"><div class="article" id="artibody">{text}'
        f'<p class="show_author">责任编辑：{e(a["author"])}</p></div>'
        f'<div class="article-bottom"><div class="keywords">文章关键词： <a href="/tag/1">经济</a> <a href="/tag/2">市场</a></div></div>'
        f'<div class="hot-news"><h3>热门推荐</h3><ul>{hot}</ul></div></div>'
        f'<div class="article-content-right"><div class="related"><h3>相关新闻</h3><ul>{hot}</ul></div></div></div></div>'
        '<div class="footer">新例公司版权所有 Copyright © 1996-2021 EXAMPLE Corporation, All Rights Reserved</div>'
    )
    return page(a["title"], "新例财经", body, lang="zh-CN")


def yonhap(a):
    """A Korean news agency's story: "송고시간2021-03-04 10:30" under the
    headline, the reporter as "Name 기자" in the byline, the text with the
    agency's opening "(서울=연합뉴스) Name 기자 =", the reporter's address
    and "<저작권자(c) ...> 무단 전재-재배포 금지" after it."""
    d = a["date"]
    paras = a["paras"]
    who = a["author"]
    first = f"<p>(서울=예시뉴스) {e(who)} 기자 = {e(paras[0])}</p>"
    text = first + "".join(f"<p>{e(x)}</p>" for x in paras[1:])
    most = "".join(f'<li><a href="/view/r{i}"><strong class="tit">{e(t)}</strong></a></li>' for i, (t, _) in enumerate(a["teasers"]))
    body = (
        '<div id="container"><header class="header"><h1 class="logo"><a href="/">예시뉴스</a></h1><nav><a href="/politics">정치</a><a href="/economy">경제</a><a href="/society">사회</a><a href="/international">세계</a></nav></header>'
        '<div class="content03"><div class="title-article01">'
        f'<h1 class="tit">{e(a["title"])}</h1><p class="update-time" data-published-time="">송고시간{d.year}-{d.month:02d}-{d.day:02d} 10:30</p></div>'
        f'<div class="writer-zone01"><strong class="tit-name"><a href="/reporter/x">{e(who)}</a> 기자</strong></div>'
        f'<article class="story-news article">{text}<p class="txt-copyright adrs">hong@example.co.kr</p>'
        '<p class="txt-copyright">&lt;저작권자(c) 예시뉴스, 무단 전재-재배포, AI 학습 및 활용 금지&gt;</p></article>'
        f'<aside class="aside-box"><h2>많이 본 뉴스</h2><ol>{most}</ol></aside></div>'
        '<footer class="footer"><p>예시뉴스 · 서울시 종로구 · 대표전화 02-000-0000 · Copyright Example News. All rights reserved.</p></footer></div>'
    )
    return page(a["title"], "예시뉴스", body, lang="ko")


VI_DAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def vnexpress(a):
    """A Vietnamese news site's story: "Thứ năm, 4/3/2021, 10:30 (GMT+7)"
    above the headline, the lead in `p.description`, the text in
    `p.Normal`s, the writer's name alone in the last paragraph, set right,
    and "Xem nhiều" beside it."""
    d = a["date"]
    paras = a["paras"]
    text = "".join(f'<p class="Normal">{e(x)}</p>' for x in paras[1:])
    most = "".join(f'<article class="item-news"><h3 class="title-news"><a href="/r{i}.html">{e(t)}</a></h3></article>' for i, (t, _) in enumerate(a["teasers"]))
    body = (
        '<header class="section header"><a href="/" class="logo">Tin Nhanh Ví Dụ</a><nav class="main-nav"><a href="/thoi-su">Thời sự</a><a href="/the-gioi">Thế giới</a>'
        '<a href="/kinh-doanh">Kinh doanh</a><a href="/giai-tri">Giải trí</a><a href="/the-thao">Thể thao</a></nav></header>'
        '<section class="section page-detail top-detail"><div class="container"><div class="sidebar-1">'
        f'<div class="header-content width_common"><ul class="breadcrumb"><li><a href="/thoi-su">Thời sự</a></li></ul>'
        f'<span class="date">{VI_DAYS[d.weekday()]}, {d.day}/{d.month}/{d.year}, 10:30 (GMT+7)</span></div>'
        f'<h1 class="title-detail">{e(a["title"])}</h1><p class="description">{e(paras[0])}</p>'
        f'<article class="fck_detail">{text}<p class="Normal" style="text-align:right;"><strong>{e(a["author"])}</strong></p></article>'
        '<div class="footer-content"><div class="box-tag"><h4>Tags</h4><a href="/tag/1">giao thông</a></div></div></div>'
        f'<div class="sidebar-2"><div class="box-category"><h2>Xem nhiều</h2>{most}</div></div></div></section>'
        '<footer class="footer"><p>© Copyright 1997-2021 Tin Nhanh Ví Dụ, All rights reserved. Báo tiếng Việt nhiều người xem nhất.</p></footer>'
    )
    return page(a["title"], "Tin Nhanh Ví Dụ", body, lang="vi")


def drupal_de(a):
    """A Drupal 7 site in German (an association's news): "Verfasst von
    Name am Do., 04.03.2021 - 10:30" above the text, the body field, a
    "Neuen Kommentar schreiben" form and the "Neueste Inhalte" block."""
    d = a["date"]
    wd = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."][d.weekday()]
    body = (
        '<div id="page-wrapper"><div id="page"><div id="header"><div class="section clearfix"><a href="/" title="Startseite" rel="home" id="logo"><img src="/logo.png" alt="Startseite"></a>'
        '<div id="name-and-slogan"><div id="site-name"><strong><a href="/" rel="home"><span>Heimatverein Beispielstadt e.V.</span></a></strong></div></div>'
        '<div id="main-menu" class="navigation"><ul class="links"><li class="menu-218 first"><a href="/">Startseite</a></li><li><a href="/verein">Verein</a></li><li><a href="/termine">Termine</a></li><li class="last"><a href="/kontakt">Kontakt</a></li></ul></div></div></div>'
        '<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix"><div id="content" class="column"><div class="section"><a id="main-content"></a>'
        f'<h1 class="title" id="page-title">{e(a["title"])}</h1><div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">'
        f'<div id="node-212" class="node node-article node-promoted clearfix" about="/node/212" typeof="sioc:Item foaf:Document"><div class="meta submitted">'
        f'<span property="dc:date dc:created" class="submitted">Verfasst von <span class="username" typeof="sioc:UserAccount" property="foaf:name">{e(a["author"])}</span> am {wd}, {de_numeric(d)} - 10:30</span></div>'
        f'<div class="content clearfix"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body_html(a["paras"])}</div></div></div>'
        '<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Tags:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/tags/verein">Verein</a></div></div></div></div>'
        '<div class="link-wrapper"><ul class="links inline"><li class="comment-add first last"><a href="/comment/reply/212#comment-form">Neuen Kommentar schreiben</a></li></ul></div>'
        '<div id="comments" class="comment-wrapper"><h2 class="title comment-form">Neuen Kommentar schreiben</h2><form class="comment-form"><label>Ihr Name</label><input><label>Kommentar *</label><textarea></textarea><input type="submit" value="Speichern"></form></div></div>'
        '</div></div></div></div></div>'
        '<div id="sidebar-second" class="column sidebar"><div class="section"><div class="block block-node"><h2>Neueste Inhalte</h2><div class="content"><div class="item-list"><ul>'
        + "".join(f'<li><a href="/node/{200 + i}">{e(t)}</a> <span class="submitted">vor {i + 2} Tagen</span></li>' for i, (t, _) in enumerate(a["teasers"]))
        + '</ul></div></div></div></div></div></div></div>'
        '<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · © Heimatverein Beispielstadt e.V.</div></div></div></div></div>'
    )
    return page(a["title"], "Heimatverein Beispielstadt e.V.", body, lang="de")


# A site's own words for its blocks, in its language: the story, the
# comments, the related stories, the share bar, the ad, by name.
LOCAL_NAMES = {
    "de": {
        "site": "Kreisbote Beispiel", "story": "artikel-inhalt", "text": "artikel-text", "head": "artikel-kopf",
        "comments": "leserkommentare", "comment": "kommentar", "related": "weitere-artikel", "share": "teilen-leiste",
        "ad": "werbung", "by": "Von", "reply": "Antworten", "related_title": "Das könnte Sie auch interessieren",
        "comments_title": "Kommentare", "day": lambda d: f"{d.day}. {DE_MONTHS[d.month - 1]} {d.year}, 10:30 Uhr",
        "share_words": ["Teilen", "Drucken", "Merken"], "ad_label": "Anzeige",
    },
    "fr": {
        "site": "La Gazette Exemple", "story": "contenu-article", "text": "corps-article", "head": "entete-article",
        "comments": "commentaires", "comment": "commentaire", "related": "a-lire-aussi", "share": "partage",
        "ad": "publicite", "by": "Par", "reply": "Répondre", "related_title": "À lire aussi",
        "comments_title": "Commentaires", "day": lambda d: f"le {d.day} {FR_MONTHS[d.month - 1]} {d.year} à 10h30",
        "share_words": ["Partager", "Imprimer", "Enregistrer"], "ad_label": "Publicité",
    },
    "es": {
        "site": "Diario Ejemplo", "story": "cuerpo-noticia", "text": "texto-noticia", "head": "cabecera-noticia",
        "comments": "comentarios", "comment": "comentario", "related": "noticias-relacionadas", "share": "compartir",
        "ad": "publicidad", "by": "Por", "reply": "Responder", "related_title": "Noticias relacionadas",
        "comments_title": "Comentarios", "day": lambda d: f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}, 10:30",
        "share_words": ["Compartir", "Imprimir", "Guardar"], "ad_label": "Publicidad",
    },
    "it": {
        "site": "Il Giornale Esempio", "story": "testo-articolo", "text": "corpo-testo", "head": "testata-articolo",
        "comments": "commenti", "comment": "commento", "related": "articoli-correlati", "share": "condividi",
        "ad": "pubblicita", "by": "di", "reply": "Rispondi", "related_title": "Articoli correlati",
        "comments_title": "Commenti", "day": lambda d: f"{d.day} {IT_MONTHS[d.month - 1].lower()} {d.year}, 10:30",
        "share_words": ["Condividi", "Stampa", "Salva"], "ad_label": "Pubblicità",
    },
}


def local_names(a, lang):
    """A small news site whose blocks are named in its own language
    (`artikel-inhalt`, `leserkommentare`, `a-lire-aussi`, `comentarios`,
    `articoli-correlati`), with no English word an extractor knows: long
    reader comments, related stories with summaries, a share bar and an
    ad slot inside the text, by name only."""
    w = LOCAL_NAMES[lang]
    d = a["date"]
    paras = a["paras"]
    ad = f'<div class="{w["ad"]}"><span>{w["ad_label"]}</span><div id="{w["ad"]}-1"></div></div>'
    story = story_html(paras, "<p>{x}</p>", "<h2>{x}</h2>", {2: ad} if len(paras) > 4 else {})
    comments = comments_html(
        a["comments"],
        lambda n, t, i: f'<div class="{w["comment"]}" id="{w["comment"]}-{i}"><div class="{w["comment"]}-kopf"><strong>{e(n)}</strong> '
        f'<span>{w["day"](d + datetime.timedelta(days=1))}</span></div><div class="{w["comment"]}-text"><p>{e(t)}</p></div><a href="#">{w["reply"]}</a></div>',
    )
    related = "".join(
        f'<div class="{w["related"]}-eintrag"><a href="/r/{i}"><h3>{e(t)}</h3></a><p>{e(s[:200])}</p></div>' for i, (t, s) in enumerate(a["teasers"][:4])
    )
    share = "".join(f'<a href="#">{x}</a>' for x in w["share_words"])
    body = (
        f'<div id="seite"><div id="kopf"><a href="/" id="logo">{w["site"]}</a><ul id="hauptmenue">'
        + "".join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in NAV[:6])
        + f'</ul></div><div id="inhalt"><div class="{w["story"]}"><div class="{w["head"]}"><h1>{e(a["title"])}</h1>'
        f'<p class="{w["head"]}-zeile">{w["by"]} {e(a["author"])} · {w["day"](d)}</p></div>'
        f'<div class="{w["share"]}">{share}</div>'
        f'<div class="{w["text"]}">{story}</div></div>'
        f'<div class="{w["related"]}"><h2>{w["related_title"]}</h2>{related}</div>'
        f'<div class="{w["comments"]}"><h2>{w["comments_title"]} ({len(a["comments"])})</h2>{comments}</div></div>'
        f'<div id="fuss"><p>© 2021 {w["site"]} · Impressum · Datenschutz · Kontakt</p></div></div>'
    )
    return page(a["title"], w["site"], body, lang=lang)


def names_de(a):
    return local_names(a, "de")


def names_fr(a):
    return local_names(a, "fr")


def names_es(a):
    return local_names(a, "es")


def names_it(a):
    return local_names(a, "it")


def sentences(paras):
    """The text as a tabloid sets it: a paragraph for every sentence or
    two (cut after ". " where the next word opens with a capital)."""
    out = []
    for p in paras:
        parts, start = [], 0
        for i in range(len(p) - 2):
            if p[i] in ".!?" and p[i + 1] == " " and p[i + 2].isupper() and i - start > 40:
                parts.append(p[start : i + 1])
                start = i + 2
        parts.append(p[start:])
        out.extend(x for x in parts if x.strip())
    return out


def tabloid(a):
    """A tabloid's story: a paragraph for every sentence, bullet points
    over it, a picture with a long caption after every third paragraph,
    "RELATED ARTICLES" boxes and "Share or comment" bars in the text, the
    byline "By NAME FOR EXAMPLE ONLINE" with "Published: 10:30 GMT, 4 March
    2021 | Updated: 08:12 GMT, 6 March 2021", and a long "MOST READ" column
    of teasers with their summaries."""
    d = a["date"]
    upd = d + datetime.timedelta(days=2)
    lines = sentences(a["paras"])
    after = {}
    for i in range(2, len(lines) - 1, 3):
        after[i] = (
            f'<div class="artSplitter mol-img-group"><div class="mol-img"><img src="/i/{i}.jpg" alt=""></div>'
            f'<p class="imageCaption">The scene on the day, where crowds gathered from early morning to watch what happened next, as pictured here. ({chr(65 + i % 26)})</p></div>'
        )
    if len(lines) > 8:
        rel = "".join(f'<li><a href="/r/{i}">{e(t)}</a></li>' for i, (t, _) in enumerate(a["teasers"][:4]))
        after[4] = after.get(4, "") + f'<div class="related-carousel"><h3>RELATED ARTICLES</h3><ul>{rel}</ul></div>'
        after[7] = after.get(7, "") + '<div class="social-share-bar"><span>Share this article</span><a href="#">Share</a><span class="count">1.2k shares</span></div>'
    story = "".join(f'<p class="mol-para-with-font">{e(x)}</p>' + after.get(i, "") for i, x in enumerate(lines))
    bullets = "".join(f"<li><strong>{e(x[:110])}</strong></li>" for x in lines[:3])
    most = "".join(
        f'<li class="linkro-darkred"><a href="/r/{i}"><img src="/t/{i}.jpg" alt=""><span class="title">{e(t)}</span></a><p>{e(s)}</p></li>'
        for i, (t, s) in enumerate(a["teasers"])
    )

    def stamp(x, t):
        return f"{t} GMT, {x.day} {EN_MONTHS[x.month - 1]} {x.year}"

    body = (
        '<div id="page-container"><div class="page-header"><a href="/" class="logo">Example Online</a><ul class="nav-primary">'
        + "".join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in NAV)
        + '</ul></div><div class="alpha"><div id="js-article-text" class="article-text wide">'
        f'<h2>{e(a["title"])}</h2><ul class="mol-bullets-with-font">{bullets}</ul>'
        f'<p class="author-section byline-plain">By <a href="/home/search.html?s=&authornamef=x" class="author" rel="nofollow">{e(a["author"]).upper()}</a> FOR EXAMPLE ONLINE</p>'
        f'<p class="byline-section"><span class="article-timestamp article-timestamp-published">Published: {stamp(d, "10:30")}</span> | '
        f'<span class="article-timestamp article-timestamp-updated">Updated: {stamp(upd, "08:12")}</span></p>'
        '<div class="social-share-bar"><span>Share or comment on this article:</span><a href="#">Share</a></div>'
        f'<div itemprop="articleBody">{story}</div>'
        '<div class="social-share-bar"><span>Share or comment on this article:</span><a href="#">Share</a></div>'
        '<div class="reader-comments"><h3>Comments (212)</h3><p>Comments are closed on this article.</p></div></div></div>'
        f'<div class="beta"><div class="puff"><h2>MOST READ NEWS</h2><ul>{most}</ul></div></div>'
        '<div class="footer">Published by Example Online Ltd · Part of the Example Group · © Example Online Ltd 2021</div></div>'
    )
    return page(a["title"], "Example Online", body, lang="en-GB", head=f'<meta property="og:title" content="{e(a["title"])}">')


def listicle(a):
    """A listicle: every paragraph under an `<h2>` of its own (its first
    sentence; the number drawn by the style sheet) with a picture and its
    credit between them, the intro before the first,
    "Advertisement" between items, a newsletter box and "You may also
    like" cards after the list; "By Name" and "Mar 4, 2021" above it."""
    d = a["date"]
    paras = a["paras"]
    intro, items = paras[0], paras[1:]
    parts = [f'<p class="intro">{e(intro)}</p>']
    for i, x in enumerate(items):
        # The item's first sentence as its title, the rest as its text.
        head, _, rest = x.partition(". ")
        if not rest:
            head, rest = "", x
        parts.append(
            f'<div class="listicle-item"><h2 class="listicle-item__title" data-number="{i + 1}">{e(head)}</h2>'
            f'<figure class="listicle-item__media"><img src="/l/{i}.jpg" alt=""><figcaption><span class="credit">Photo: Getty Images</span></figcaption></figure>'
            f'<div class="listicle-item__text"><p>{e(rest)}</p></div></div>'
        )
        if i % 3 == 2:
            parts.append('<div class="ad-container"><span class="ad-label">Advertisement</span><div id="gpt-ad"></div></div>')
    cards = "".join(f'<div class="card"><a href="/r/{i}"><img src="/c/{i}.jpg" alt=""><h3>{e(t)}</h3></a></div>' for i, (t, _) in enumerate(a["teasers"][:4]))
    body = (
        f'<header class="site-header"><a href="/" class="brand">Listy</a>{nav()}</header>'
        '<main class="site-content"><article class="post post--listicle">'
        f'<header class="post__header"><h1 class="post__title">{e(a["title"])}</h1><div class="post__meta"><span class="post__author">By <a href="/author/x">{e(a["author"])}</a></span> '
        f'<span class="post__date">{EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}</span></div></header>'
        f'<div class="post__body">{"".join(parts)}</div>'
        '<div class="newsletter-box"><h3>Get the best of Listy</h3><p>Lists, guides and the odd surprise, once a week.</p><form><input type="email"><button>Subscribe</button></form></div>'
        f'</article><section class="more"><h2>You may also like</h2>{cards}</section></main>'
        f'<footer class="site-footer">{FOOT}</footer>'
    )
    return page(a["title"], "Listy", body)


def amp(a):
    """An AMP story page: `amp-img`, `amp-ad`, `amp-social-share` and an
    `amp-sidebar` menu, the text in `div.article-body`, "Updated: Mar 04,
    2021, 10:30 IST" under the byline, "Also Read" links and a "Trending"
    list with times."""
    d = a["date"]
    paras = a["paras"]
    t, _ = a["teasers"][0]
    also = f'<p class="also-read"><strong>Also Read</strong> | <a href="/r/0.amp">{e(t)}</a></p>'
    story = story_html(paras, "<p>{x}</p>", "<h2>{x}</h2>", {1: '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/amp_atf"></amp-ad>', 3: also} if len(paras) > 4 else {})
    trend = "".join(f'<li><a href="/r/{i}.amp">{e(t)}</a><span class="time">{i + 1} hours ago</span></li>' for i, (t, _) in enumerate(a["teasers"]))
    body = (
        '<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul class="menu">'
        + "".join(f'<li><a href="/{n.lower()}.amp">{n}</a></li>' for n in NAV)
        + '</ul></amp-sidebar><header class="amp-header"><button on="tap:sidebar.toggle" class="hamburger">Menu</button><a href="/" class="amp-logo">India Example Times</a></header>'
        '<main><article class="amp-article"><div class="breadcrumb"><a href="/">Home</a> / <a href="/india">India</a></div>'
        f'<h1 class="headline">{e(a["title"])}</h1><div class="byline"><span class="author-name">{e(a["author"])}</span>, <span class="agency">New Delhi</span></div>'
        f'<div class="dateline">Updated: {EN_MONTHS[d.month - 1][:3]} {d.day:02d}, {d.year}, 10:30 IST</div>'
        '<amp-social-share type="facebook" width="32" height="32"></amp-social-share><amp-social-share type="twitter" width="32" height="32"></amp-social-share>'
        '<amp-img src="/i/lead.jpg" width="600" height="400" layout="responsive" alt=""></amp-img><p class="caption">Representational image. (File photo)</p>'
        f'<div class="article-body">{story}</div></article>'
        f'<div class="trending"><h3>Trending</h3><ul>{trend}</ul></div></main>'
        '<footer class="amp-footer"><p>Copyright © 2021 India Example Times. All rights reserved. <a href="/">View non-AMP version</a></p></footer>'
    )
    return (
        '<!doctype html><html ⚡ lang="en-IN"><head><meta charset="utf-8"><script async src="https://cdn.ampproject.example/v0.js"></script>'
        f'<title>{e(a["title"])} - India Example Times</title><link rel="canonical" href="https://site.example/posts/x">'
        '<style amp-custom>body{font-family:sans-serif}</style></head>'
        f"<body>{body}</body></html>"
    )


def interview(a):
    """An interview: every paragraph's first sentence set as the question
    in its own bold paragraph, the rest as the answer; the standfirst in
    italics, "Interview: Name" above the text, "This interview has been
    edited for length and clarity." after it."""
    d = a["date"]
    parts = []
    for x in a["paras"]:
        q, _, rest = x.partition(". ")
        if rest:
            parts.append(f"<p><strong>{e(q)}.</strong></p><p>{e(rest)}</p>")
        else:
            parts.append(f"<p>{e(x)}</p>")
    body = (
        f'<header class="site-header"><a href="/" class="brand">Talk Weekly</a>{nav()}</header>'
        '<main id="main"><article class="post interview">'
        f'<h1 class="entry-title">{e(a["title"])}</h1><p class="standfirst"><em>{e(a["teasers"][1][1][:160])}</em></p>'
        f'<p class="entry-meta">Interview: <a href="/author/x" rel="author">{e(a["author"])}</a> · <time>{en_date(d)}</time></p>'
        f'<div class="entry-content">{"".join(parts)}<p class="note"><em>This interview has been edited for length and clarity.</em></p></div>'
        '<div class="share"><a href="#">Share</a> <a href="#">Tweet</a></div></article>'
        f'<aside class="more"><h2>More interviews</h2><ul>{"".join(f"<li><a href=/r/{i}>{e(t)}</a></li>" for i, (t, _) in enumerate(a["teasers"]))}</ul></aside></main>'
        f'<footer class="site-footer">{FOOT}</footer>'
    )
    return page(a["title"], "Talk Weekly", body)


def link_roundup(a):
    """A blogger's reading list: each paragraph opens with a link on its
    first words (the article it is about), the rest is the comment on it;
    "Posted by Name on March 4, 2021" and a blogroll sidebar of links."""
    d = a["date"]
    parts = []
    for i, x in enumerate(a["paras"]):
        words = x.split(" ")
        k = max(3, len(words) // 3)
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        parts.append(f'<p><a href="https://elsewhere.example/{i}">{e(head)}</a> {e(rest)}</p>' if rest else f"<p>{e(x)}</p>")
    roll = "".join(f'<li><a href="https://blog{i}.example/">{n}</a></li>' for i, n in enumerate(["Marginal Notes", "The Long Read", "Daily Links", "Small Things", "Quiet Corner", "Field Notes"]))
    body = (
        '<div id="wrap"><div id="header"><h1 id="blog-title"><a href="/">Links &amp; Notes</a></h1><p id="tagline">what I read this week</p></div>'
        '<div id="content"><div class="post" id="post-77">'
        f'<h2 class="post-title"><a href="/2021/03/links" rel="bookmark">{e(a["title"])}</a></h2>'
        f'<p class="post-info">Posted by {e(a["author"])} on {en_date(d)}</p>'
        f'<div class="post-content">{"".join(parts)}</div>'
        '<p class="post-footer">Filed under <a href="/c/links">Links</a> | <a href="#comments">4 Comments</a></p></div></div>'
        f'<div id="sidebar"><h3>Blogroll</h3><ul>{roll}</ul><h3>Archives</h3><ul><li><a href="/2021/02/">February 2021</a></li><li><a href="/2021/01/">January 2021</a></li></ul></div>'
        '<div id="footer">Powered by a small blog engine</div></div>'
    )
    return page(a["title"], "Links & Notes", body)


def bulleted(a):
    """A post written as a bulleted list: every paragraph an `<li>` of one
    `<ul>` (a "what we learned" post), a short intro before it; "By Name"
    and "4 March 2021" in the header, and a "Popular" list of links
    beside it."""
    d = a["date"]
    paras = a["paras"]
    items = "".join(f"<li>{e(x)}</li>" for x in paras[1:])
    pop = teaser_list(a)
    body = (
        f'<header class="site-header"><a href="/" class="brand">Takeaways</a>{nav()}</header>'
        '<main><article class="post"><header class="post-header">'
        f'<h1>{e(a["title"])}</h1><p class="meta">By <a href="/about">{e(a["author"])}</a> · {d.day} {EN_MONTHS[d.month - 1]} {d.year}</p></header>'
        f'<div class="post-body"><p>{e(paras[0])}</p><ul class="takeaways">{items}</ul></div></article>'
        f'<aside class="sidebar"><h2>Popular</h2><ul>{pop}</ul></aside></main>'
        f'<footer class="site-footer">{FOOT}</footer>'
    )
    return page(a["title"], "Takeaways", body)


def gov_uk(a):
    """A government press release (GOV.UK's components): a cookie banner
    first, "Press release" over the headline, the lead paragraph, "From:"
    and "Published" as a definition list, the text in `govuk-govspeak`,
    "Published 4 March 2021" again below, share links, "Explore the
    topic" and the Crown copyright footer."""
    d = a["date"]
    day = f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    body = (
        '<a href="#main-content" class="govuk-skip-link">Skip to main content</a>'
        '<div id="global-cookie-message" class="gem-c-cookie-banner"><h2 class="govuk-cookie-banner__heading">Cookies on GOV.EXAMPLE</h2>'
        "<p>We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use GOV.EXAMPLE, "
        "remember your settings and improve government services. We also use cookies set by other sites to help us deliver content from their services.</p>"
        "<button>Accept additional cookies</button><button>Reject additional cookies</button><a href=\"/help/cookies\">View cookies</a></div>"
        '<header class="govuk-header" role="banner"><div class="govuk-header__container"><a href="/" class="govuk-header__link--homepage">GOV.EXAMPLE</a>'
        '<nav class="govuk-header__navigation"><a href="/browse/benefits">Benefits</a><a href="/browse/business">Business and self-employed</a><a href="/browse/justice">Crime, justice and the law</a></nav></div></header>'
        '<div class="govuk-width-container"><div class="gem-c-breadcrumbs govuk-breadcrumbs"><ol class="govuk-breadcrumbs__list"><li><a href="/">Home</a></li><li><a href="/browse/justice">Crime, justice and the law</a></li></ol></div>'
        '<main role="main" id="main-content" class="govuk-main-wrapper" lang="en"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">'
        f'<div class="gem-c-title"><span class="gem-c-title__context">Press release</span><h1 class="gem-c-title__text govuk-heading-l">{e(a["title"])}</h1></div>'
        f'<p class="gem-c-lead-paragraph">{e(a["paras"][0])}</p></div></div>'
        '<div class="gem-c-metadata"><dl>'
        f'<dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/dfea">Department for Example Affairs</a> and <a href="/government/people/x">{e(a["author"])}</a></dd>'
        f'<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">{day}</dd></dl></div>'
        f'<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-govspeak govuk-govspeak">{body_html(a["paras"][1:])}</div>'
        f'<div class="gem-c-published-dates">Published {day}</div>'
        '<div class="gem-c-share-links"><h2 class="gem-c-share-links__title">Share this page</h2><ul><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li></ul></div></div>'
        f'<div class="govuk-grid-column-one-third"><div class="gem-c-related-navigation"><h2>Explore the topic</h2><ul>{teaser_list(a)}</ul></div></div></div></main></div>'
        '<footer class="govuk-footer"><p>All content is available under the Open Government Licence v3.0, except where otherwise stated.</p><p>© Crown copyright</p></footer>'
    )
    return page(a["title"], "GOV.EXAMPLE", body)


def press_release(a):
    """A wire service's press release: "News provided by" the company and
    "Mar 04, 2021, 10:30 ET" over the text, which opens "NEW YORK, March 4,
    2021 /PRNewswire/ --", "SOURCE" after it, then cards of other releases
    with their days."""
    d = a["date"]
    short = f"{EN_MONTHS[d.month - 1][:3]} {d.day:02}, {d.year}"
    paras = a["paras"]
    cards = "".join(
        f'<div class="card"><a href="/news-releases/r-{i}.html"><small>{EN_MONTHS[(d.month + i) % 12][:3]} 1{i}, {d.year - 1}, 09:00 ET</small><h3>{e(t)}</h3><p>{e(s[:160])}</p></a></div>'
        for i, (t, s) in enumerate(a["teasers"][:4])
    )
    body = (
        f'<header class="main-header"><a href="/" class="logo">Example Wire</a>{nav()}<a href="/account/login">Journalists: log in</a></header>'
        '<main><article class="news-release inline-gallery-template"><header class="container release-header">'
        f'<h1>{e(a["title"])}</h1><p class="subtitle">{e(a["teasers"][0][0])}</p>'
        f'<div class="row"><p class="mb-no">News provided by</p><a href="/news/x" class="news-provided-by"><strong>{e(a["author"])}</strong></a>'
        f'<p class="mb-no">{short}, 10:30 ET</p></div><div class="social-links"><a href="#">Share this article</a></div></header>'
        '<section class="release-body container"><div class="row"><div class="col-lg-10 col-lg-offset-1">'
        f'<p><span class="xn-location">NEW YORK</span>, <span class="xn-chron">{en_date(d)}</span> /PRNewswire/ -- {e(paras[0])}</p>'
        f'{body_html(paras[1:])}<p>SOURCE {e(a["author"])}</p></div></div></section></article>'
        f'<section class="related-releases"><h2>Also from this source</h2>{cards}</section>'
        '<section class="explore"><h2>Explore</h2><ul><li><a href="/t/1">Computer &amp; Electronics</a></li><li><a href="/t/2">Banking &amp; Financial Services</a></li></ul></section></main>'
        f'<footer class="site-footer">{FOOT}</footer>'
    )
    return page(a["title"], "Example Wire", body)


def help_center(a):
    """A help centre's article (Zendesk's Copenhagen theme): the section's
    other articles beside it, the author and "3 years ago" in a `<time>`
    whose `datetime` holds the day, the questions after the first
    paragraph each in a `<details>` element, a "Was this article helpful?"
    vote and "Related articles"."""
    d = a["date"]
    paras = a["paras"]
    qa = ""
    for x in paras[1:]:
        q, dot, rest = x.partition(". ")
        qa += f"<details><summary>{e(q + dot.strip())}</summary><p>{e(rest)}</p></details>" if rest else f"<p>{e(x)}</p>"
    side = "".join(f'<li><a href="/hc/en-us/articles/{i}" class="sidenav-item">{e(t)}</a></li>' for i, (t, _) in enumerate(a["teasers"]))
    body = (
        '<a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>'
        '<header class="header"><div class="logo"><a href="/hc/en-us"><img src="/logo.png" alt="Help Center home page"></a></div>'
        '<nav class="user-nav"><a href="/hc/en-us/requests/new">Submit a request</a><a class="sign-in" href="/login">Sign in</a></nav></header>'
        '<main role="main"><div class="container-divider"></div><div class="container"><nav class="sub-nav"><ol class="breadcrumbs"><li><a href="/hc/en-us">Example Help Center</a></li><li><a href="/hc/en-us/sections/1">Getting started</a></li></ol>'
        '<form role="search" class="search"><input type="search" placeholder="Search"></form></nav>'
        f'<div class="article-container" id="article-container"><aside class="article-sidebar"><section class="section-articles collapsible-sidebar"><h3 class="collapsible-sidebar-title sidenav-title">Articles in this section</h3><ul>{side}</ul></section></aside>'
        f'<article id="main-content" class="article"><header class="article-header"><h1 title="{e(a["title"])}" class="article-title">{e(a["title"])}</h1>'
        f'<div class="article-author"><div class="article-meta"><span class="user-name">{e(a["author"])}</span><ul class="meta-group"><li class="meta-data">'
        f'<time datetime="{d}T10:30:00Z" title="{d} 10:30" data-datetime="relative">3 years ago</time></li><li class="meta-data">Updated</li></ul></div></div>'
        '<a class="article-subscribe button" href="#">Follow</a></header>'
        f'<section class="article-info"><div class="article-content"><div class="article-body"><p>{e(paras[0])}</p>{qa}</div></div></section>'
        '<footer><div class="article-votes"><h2 class="article-votes-question">Was this article helpful?</h2><button>Yes</button><button>No</button>'
        '<small class="article-votes-count">41 out of 57 found this helpful</small></div>'
        f'<div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div></footer>'
        f'<section class="related-articles"><h2 class="related-articles-title">Related articles</h2><ul>{teaser_list(a)}</ul></section>'
        '<section class="article-comments"><h2 class="comment-heading">Comments</h2><p class="comment-callout">Please sign in to leave a comment.</p></section></article></div></div></main>'
        f'<footer class="footer">{FOOT}</footer>'
    )
    return page(a["title"], "Example Help Center", body)


def liveblog(a):
    """A live blog, newest entry first (the text's first paragraph is the
    latest, so that the page's order is the truth's), each an `<article>` of its own with
    its clock time, a "Key events" box of links to some entries (their
    first words), the writer and day in the byline."""
    d = a["date"]
    paras = a["paras"]
    n = len(paras)
    entries, keys = "", ""
    for i, x in enumerate(paras):
        hh, mm = 8 + (n - i) * 9 // 60, (n - i) * 9 % 60
        entries += (
            f'<article class="block" id="block-{i}" data-block-id="{i}"><header class="block-time published-time"><a href="#block-{i}">'
            f'<time datetime="{d}T{hh:02}:{mm:02}:00Z">{hh:02}.{mm:02}</time> <span class="block-time__absolute">GMT</span></a></header>'
            f'<div class="block-elements"><p>{e(x)}</p></div><footer class="block-footer"><a href="#">Share</a></footer></article>'
        )
        if i % 3 == 0 and i:
            keys += f'<li><a href="#block-{i}"><time>{hh:02}.{mm:02}</time> {e(x[:70])}</a></li>'
    body = (
        f'<header class="site-header"><a href="/" class="logo">The Daily Example</a>{nav()}</header>'
        '<main id="maincontent"><div class="content--liveblog">'
        f'<div class="content__head"><span class="badge">Live</span><h1 class="content__headline">{e(a["title"])}</h1>'
        f'<div class="content__standfirst"><ul><li>{e(a["teasers"][0][0])}</li><li>{e(a["teasers"][1][0])}</li></ul></div>'
        f'<p class="byline"><a rel="author" href="/profile/x">{e(a["author"])}</a></p>'
        f'<p class="content__dateline">{EN_DAYS[d.weekday()][:3]} {d.day} {EN_MONTHS[d.month - 1][:3]} {d.year} 08.00 GMT</p></div>'
        f'<div class="key-events"><h2>Key events</h2><ul>{keys}</ul></div>'
        f'<div id="liveblog-body" class="js-liveblog-body" itemprop="liveBlogUpdate">{entries}</div>'
        f'<p class="content__updated">{n} updates</p></div>'
        f'<aside class="most-viewed"><h2>Most viewed</h2><ol>{teaser_list(a)}</ol></aside></main>'
        f'<footer class="site-footer">{FOOT}</footer>'
    )
    return page(a["title"], "The Daily Example", body)


def paywall(a):
    """A news story on a site with hashed class names whose registration
    wall, a box of its own after the third paragraph ("Subscribe to keep
    reading", its offers in a list), interrupts text that is all in the
    page."""
    d = a["date"]
    paras = a["paras"]
    wall = (
        '<div class="sc-1x7vt0c-0 hVdpAB"><div class="sc-1x7vt0c-1 kLrQrm"><h2 class="sc-1x7vt0c-2 fTzSQK">Subscribe to keep reading</h2>'
        '<p class="sc-1x7vt0c-3 bHmBsn">Get unlimited access to award-winning journalism for just $1 a week for your first year. Cancel anytime. '
        'Support independent local reporting and never miss a story that matters to you and your neighbours.</p>'
        '<ul class="sc-1x7vt0c-4 jzUqyN"><li>Unlimited digital access on every device</li><li>The daily crossword, puzzles and games</li>'
        '<li>Our award-winning newsletters and alerts</li><li>Exclusive subscriber-only events</li></ul>'
        '<a class="sc-1x7vt0c-5 cWnLfE" href="/subscribe">See subscription options</a><p class="sc-1x7vt0c-6 dRkSgk">Already a subscriber? <a href="/login">Log in</a></p></div></div>'
    )
    ps = ""
    for i, (x, sub) in enumerate(zip(paras, subheads(paras))):
        ps += f'<h2 class="sc-17ygq1v-0 eWgHyQ">{e(x)}</h2>' if sub else f'<p class="sc-17ygq1v-1 jSdTSk">{e(x)}</p>'
        if i == 2:
            ps += wall
    body = (
        f'<div id="root"><header class="sc-g2x9b8-0 hgKxNb"><a href="/" class="sc-g2x9b8-1 cXjQzr">Valley Courier</a>{nav()}<a href="/subscribe" class="sc-g2x9b8-2 bTzYfP">Subscribe</a></header>'
        f'<main class="sc-q9w0rs-0 kqLWrv"><div class="sc-q9w0rs-1 jRmbST"><h1 class="sc-q9w0rs-2 fQnBzd">{e(a["title"])}</h1>'
        f'<div class="sc-q9w0rs-3 eIeHbr"><span class="sc-q9w0rs-4 hKmWzP">By {e(a["author"])}</span><span class="sc-q9w0rs-5 bQxTwM">{EN_MONTHS[d.month - 1][:3]}. {d.day}, {d.year}</span></div>'
        f'<div class="sc-q9w0rs-6 gHcXkU">{ps}</div></div>'
        f'<div class="sc-q9w0rs-7 fMtNvz"><h2>Latest</h2><ul>{teaser_list(a)}</ul></div></main>'
        f'<footer class="sc-1h7i0jq-0 iTvBQe">{FOOT}</footer></div>'
    )
    return page(a["title"], "Valley Courier", body)


def hashed_comments(a):
    """A story on a site with hashed class names whose reader comments are
    `<article>`s under an "N Comments" heading, each with a name, "2 hours
    ago", the comment and reply buttons, and nothing named for comments."""
    d = a["date"]
    cm = "".join(
        f'<article class="css-9pa8cd"><div class="css-1dbjc4n"><span class="css-901oao">{e(n)}</span><span class="css-16my406">{i + 2} hours ago</span></div>'
        f'<p class="css-1qaijid">{e(t)}</p><div class="css-18t94o4"><button>Reply</button><button>Like {i * 3 + 1}</button></div></article>'
        for i, (n, t) in enumerate(zip(["Martin K.", "sarah_t", "Old Reader", "J. Alvarez", "pdx_mike"], a["comments"]))
    )
    ps = "".join(
        f'<h2 class="css-1j8fuq1">{e(x)}</h2>' if sub else f'<p class="css-exrw3m">{e(x)}</p>'
        for x, sub in zip(a["paras"], subheads(a["paras"]))
    )
    body = (
        f'<div id="app"><header class="css-1hz3l2x"><a href="/" class="css-4rbku5">The Example Post</a>{nav()}</header>'
        f'<main class="css-1wbh2a6"><article class="css-1r7ky0e"><h1 class="css-1l3hd6p">{e(a["title"])}</h1>'
        f'<div class="css-1fxb0r1"><a href="/authors/x" class="css-1w6b3dm">{e(a["author"])}</a><span class="css-1ts6rj6">{en_date(d)}</span></div>'
        f'<div class="css-53u6y8">{ps}</div></article>'
        f'<section class="css-1ofk1mo"><h2 class="css-1s7wp3a">{len(a["comments"])} Comments</h2><div class="css-m0c8ur"><textarea placeholder="Join the conversation"></textarea></div>{cm}</section></main>'
        f'<footer class="css-1ubb8ir">{FOOT}</footer></div>'
    )
    return page(a["title"], "The Example Post", body)


AR_MONTHS = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
AR_DAYS = "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد".split()


def ar_digits(s):
    return "".join("٠١٢٣٤٥٦٧٨٩"[int(c)] if c.isdigit() else c for c in str(s))


def arabic_news(a):
    """An Arabic news site, right to left: "كتب: Name" (written by) and
    "نشر في: الخميس، ٤ مارس ٢٠٢١ - ١٠:٣٠ ص" in Arabic-Indic digits over the
    text, "اقرأ أيضا" (read also) boxes in it, "الأكثر قراءة" (most read)
    beside it."""
    d = a["date"]
    paras = a["paras"]
    also = f'<div class="read-also"><span>اقرأ أيضا:</span> <a href="/r/0">{e(a["teasers"][0][0])}</a></div>'
    story = "".join(f"<p>{e(x)}</p>" + (also if i == 2 else "") for i, x in enumerate(paras))
    most = teaser_list(a)
    body = (
        '<header class="header"><a href="/" class="logo">الخبر اليوم</a><nav><ul><li><a href="/news">أخبار</a></li><li><a href="/politics">سياسة</a></li>'
        '<li><a href="/economy">اقتصاد</a></li><li><a href="/sports">رياضة</a></li><li><a href="/arts">فن</a></li></ul></nav></header>'
        '<div class="container"><div class="main-col"><ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li><a href="/news">أخبار</a></li></ol>'
        f'<h1 class="article-title">{e(a["title"])}</h1><div class="article-info"><span class="writer">كتب: {e(a["author"])}</span>'
        f'<span class="time">نشر في: {AR_DAYS[d.weekday()]}، {ar_digits(d.day)} {AR_MONTHS[d.month - 1]} {ar_digits(d.year)} - {ar_digits("10:30")} ص</span></div>'
        f'<div class="article-img"><img src="/img/1.jpg" alt=""><span class="caption">صورة أرشيفية</span></div>'
        f'<div class="article-text">{story}</div><div class="tags"><span>الكلمات المفتاحية:</span> <a href="/t/1">أخبار</a></div></div>'
        f'<aside class="side-col"><div class="most-read"><h3>الأكثر قراءة</h3><ol>{most}</ol></div></aside></div>'
        '<footer class="footer"><p>جميع الحقوق محفوظة © ٢٠٢١ الخبر اليوم</p></footer>'
    )
    return (
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{e(a["title"])} - الخبر اليوم</title></head>'
        f"<body>{body}</body></html>"
    )


def jetpack(a):
    """A WordPress.com post in the Twenty Ten theme with Jetpack: "Posted on
    March 4, 2021 by Name" with no machine-readable day, block-editor
    figures and a quote in the text, then Jetpack's "Share this:", "Like
    this:" and "Related" boxes inside the entry's content, then the
    entry's footer and the comment form."""
    d = a["date"]
    paras = a["paras"]
    blocks = ""
    for i, (x, sub) in enumerate(zip(paras, subheads(paras))):
        blocks += f'<h2 class="wp-block-heading">{e(x)}</h2>' if sub else f"<p>{e(x)}</p>"
        if i == 1:
            blocks += '<figure class="wp-block-image size-large"><img src="/files/2021/03/img_1.jpg" alt=""><figcaption class="wp-element-caption">View from the north side</figcaption></figure>'
    rel = "".join(
        f'<div class="jp-relatedposts-post jp-relatedposts-post{i}"><h4 class="jp-relatedposts-post-title"><a href="/r/{i}">{e(t)}</a></h4>'
        f'<time class="jp-relatedposts-post-date">{EN_MONTHS[(d.month + i) % 12]} {i + 2}, {d.year - 1}</time><p class="jp-relatedposts-post-context">In &quot;Uncategorized&quot;</p></div>'
        for i, (t, _) in enumerate(a["teasers"][:3])
    )
    body = (
        '<div id="wrapper" class="hfeed"><div id="header"><div id="masthead"><div id="branding" role="banner"><h1 id="site-title"><span><a href="/" rel="home">Notes from the Allotment</a></span></h1>'
        '<div id="site-description">Growing things, slowly</div></div><div id="access" role="navigation"><div class="menu"><ul><li><a href="/">Home</a></li><li><a href="/about/">About</a></li></ul></div></div></div></div>'
        '<div id="main"><div id="container"><div id="content" role="main"><div id="nav-above" class="navigation"><div class="nav-previous"><a href="/prev/" rel="prev">&larr; Older post</a></div></div>'
        f'<div id="post-212" class="post-212 post type-post status-publish format-standard hentry category-uncategorized"><h1 class="entry-title">{e(a["title"])}</h1>'
        f'<div class="entry-meta"><span class="meta-prep meta-prep-author">Posted on</span> <a href="/p/212/" rel="bookmark"><span class="entry-date">{en_date(d)}</span></a> '
        f'<span class="meta-sep">by</span> <span class="author vcard"><a class="url fn n" href="/author/x/">{e(a["author"])}</a></span></div>'
        f'<div class="entry-content">{blocks}'
        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>'
        '<li class="share-twitter"><a href="#" class="share-twitter sd-button"><span>Twitter</span></a></li><li class="share-facebook"><a href="#"><span>Facebook</span></a></li></ul></div></div></div>'
        '<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="loading">Loading...</span></div></div>'
        f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual">{rel}</div></div></div>'
        '<div class="entry-utility">This entry was posted in <a href="/category/uncategorized/" rel="category tag">Uncategorized</a>. Bookmark the <a href="/p/212/" rel="bookmark">permalink</a>.</div></div>'
        '<div id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a comment</h3>'
        '<form id="commentform"><p class="comment-form-comment"><textarea name="comment"></textarea></p><p class="form-submit"><input type="submit" value="Post Comment"></p></form></div></div>'
        '</div></div><div id="primary" class="widget-area"><ul class="xoxo"><li class="widget-container widget_search"><form><input type="text"></form></li>'
        '<li class="widget-container widget_archive"><h3 class="widget-title">Archives</h3><ul><li><a href="/2021/03/">March 2021</a></li><li><a href="/2021/02/">February 2021</a></li></ul></li></ul></div></div>'
        '<div id="footer" role="contentinfo"><div id="site-info"><a href="/">Notes from the Allotment</a></div><div id="site-generator"><a href="https://wordpress.example/">Blog at WordPress.com.</a></div></div></div>'
    )
    return page(a["title"], "Notes from the Allotment", body)


def notion_site(a):
    """A page published from Notion (notion.site, or a site builder on top
    of it): every paragraph a `div.notion-text-block` of its own, subheadings
    `div.notion-header-block`, the date and author in the page's property
    table ("Published", "Author"), the workspace's sidebar of other pages."""
    d = a["date"]
    blocks = "".join(
        (
            f'<div class="notion-selectable notion-sub_header-block" data-block-id="h{i}"><h3 class="notranslate">{e(x)}</h3></div>'
            if sub
            else f'<div class="notion-selectable notion-text-block" data-block-id="b{i}"><div class="notranslate" spellcheck="true" placeholder=" " contenteditable="false">{e(x)}</div></div>'
        )
        for i, (x, sub) in enumerate(zip(a["paras"], subheads(a["paras"])))
    )
    side = "".join(f'<a class="notion-page-link" href="/{i}"><div class="notion-page-title">{e(t)}</div></a>' for i, (t, _) in enumerate(a["teasers"]))
    body = (
        '<div id="notion-app"><div class="notion-app-inner notion-light-theme"><div class="notion-cursor-listener">'
        f'<div class="notion-sidebar-container"><div class="notion-sidebar"><div class="notion-workspace-name">Ann\'s notes</div><div class="notion-outliner-private">{side}</div></div></div>'
        '<div class="notion-frame"><div class="notion-topbar"><div class="notion-breadcrumb"><a href="/">Home</a> / <a href="/blog">Blog</a></div><div role="button">Duplicate</div><div role="button">Get Notion free</div></div>'
        '<div class="notion-scroller vertical"><div class="pseudoSelection"><div class="notion-page-cover"><img src="/cover.jpg" alt=""></div></div>'
        f'<div class="notion-page-controls"></div><div class="notion-selectable notion-page-block"><h1 class="notranslate" placeholder="Untitled">{e(a["title"])}</h1></div>'
        '<div class="notion-collection_view-block"><div role="table" class="notion-page-view-discussion"><div role="row" class="notion-collection-property">'
        '<div role="cell" class="notion-property-name"><span>Published</span></div>'
        f'<div role="cell" class="notion-property-value"><div class="notion-property-date"><span>{EN_MONTHS[d.month - 1]} {d.day}, {d.year}</span></div></div></div>'
        f'<div role="row" class="notion-collection-property"><div role="cell" class="notion-property-name"><span>Author</span></div><div role="cell" class="notion-property-value"><span class="notion-user">{e(a["author"])}</span></div></div>'
        '<div role="row" class="notion-collection-property"><div role="cell" class="notion-property-name"><span>Tags</span></div><div role="cell" class="notion-property-value"><span>Notes</span><span>Essays</span></div></div></div></div>'
        f'<div class="notion-page-content">{blocks}</div></div></div></div></div></div>'
    )
    return page(a["title"], "Notion", body)


def docusaurus_blog(a):
    """A Docusaurus site's blog post: the docs' navbar, "Recent posts" in a
    sidebar, the date in a `<time>` without its day spelled in the
    `datetime`, the author's avatar card, the post in `div.markdown`, then
    "Edit this page", tags and older/newer post links."""
    d = a["date"]
    recent = "".join(f'<li class="sidebarItem"><a class="sidebarItemLink" href="/blog/{i}">{e(t)}</a></li>' for i, (t, _) in enumerate(a["teasers"]))
    body = (
        '<div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div>'
        '<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><a class="navbar__brand" href="/"><b class="navbar__title text--truncate">Example Docs</b></a>'
        '<a class="navbar__item navbar__link" href="/docs/intro">Docs</a><a class="navbar__item navbar__link" href="/api">API</a><a aria-current="page" class="navbar__item navbar__link navbar__link--active" href="/blog">Blog</a></div></div></nav>'
        '<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="container margin-vert--lg"><div class="row">'
        f'<aside class="col col--3"><nav class="sidebar_re4s thin-scrollbar" aria-label="Blog recent posts navigation"><div class="sidebarItemTitle_pO2u margin-bottom--md">Recent posts</div><ul class="sidebarItemList_Yudw clean-list">{recent}</ul></nav></aside>'
        '<main class="col col--7"><article><header><h1 class="title_f1Hy">' + e(a["title"]) + '</h1>'
        f'<div class="container_mt6G margin-vert--md"><time>{EN_MONTHS[d.month - 1]} {d.day}, {d.year}</time> · <!-- -->7 min read</div>'
        f'<div class="margin-top--md margin-bottom--sm row"><div class="col col--6 authorCol_Hf19"><div class="avatar margin-bottom--sm"><a href="https://github.com/x" target="_blank" rel="noopener noreferrer" class="avatar__photo-link"><img class="avatar__photo" src="/img/x.png" alt="{e(a["author"])}"></a>'
        f'<div class="avatar__intro"><div class="avatar__name"><a href="https://github.com/x" target="_blank" rel="noopener noreferrer"><span>{e(a["author"])}</span></a></div><small class="avatar__subtitle">Maintainer</small></div></div></div></div></header>'
        f'<div id="__blog-post-container" class="markdown">{body_html(a["paras"])}</div>'
        '<footer class="row docusaurus-mt-lg blogPostFooterDetailsFull_mRVl"><div class="col"><b>Tags:</b><ul class="tags_jXut padding--none margin-left--sm"><li class="tag_QGVx"><a class="tag_zVej tagRegular_sFm0" href="/blog/tags/release">release</a></li></ul></div>'
        '<div class="col margin-top--sm"><a href="https://github.com/x/edit/main/blog/post.md" target="_blank" rel="noreferrer noopener" class="theme-edit-this-page">Edit this page</a></div></footer></article>'
        f'<nav class="pagination-nav docusaurus-mt-lg" aria-label="Blog post page navigation"><a class="pagination-nav__link pagination-nav__link--prev" href="/blog/n"><div class="pagination-nav__sublabel">Newer Post</div><div class="pagination-nav__label">{e(a["teasers"][0][0])}</div></a>'
        f'<a class="pagination-nav__link pagination-nav__link--next" href="/blog/o"><div class="pagination-nav__sublabel">Older Post</div><div class="pagination-nav__label">{e(a["teasers"][1][0])}</div></a></nav></main></div></div></div>'
        '<footer class="footer footer--dark"><div class="container container-fluid"><div class="footer__bottom text--center"><div class="footer__copyright">Copyright © 2021 Example, Inc. Built with Docusaurus.</div></div></div></footer></div>'
    )
    return page(a["title"], "Example Docs", body)


def beehiiv(a):
    """A newsletter's web edition (beehiiv-like): inline styles everywhere,
    the author and "Mar 4, 2021" over the text, a sponsor's block ("Together
    with ...") after the second paragraph, a subscribe form, and "Keep
    reading" cards of other editions."""
    d = a["date"]
    paras = a["paras"]
    sponsor = (
        '<div style="background-color:#F5F5F5;border-radius:10px;padding:20px;margin:20px 0;"><p style="font-size:12px;text-transform:uppercase;color:#888;">Together with Acme Cloud</p>'
        '<p style="font-size:16px;line-height:26px;"><b>Ship faster with Acme Cloud.</b> Deploy in seconds, scale to millions, and pay only for what you use. Thousands of teams already build on Acme: '
        'start your free trial today and get $200 in credits for your first month.</p><p><a href="https://acme.example/?utm_source=newsletter" style="color:#2563EB;">Try Acme free →</a></p></div>'
    )
    story = ""
    for i, (x, sub) in enumerate(zip(paras, subheads(paras))):
        story += (f'<h2 style="font-size:22px;font-weight:700;margin:24px 0 8px;">{e(x)}</h2>' if sub else f'<p style="font-size:16px;line-height:26px;margin:0 0 16px;">{e(x)}</p>')
        if i == 1:
            story += sponsor
    cards = "".join(f'<a href="/p/{i}" class="block"><div><h3>{e(t)}</h3><p>{e(s[:140])}</p></div></a>' for i, (t, s) in enumerate(a["teasers"][:3]))
    body = (
        '<div id="root"><header class="flex items-center justify-between"><a href="/" class="text-lg font-bold">The Weekly Example</a><a href="/subscribe" class="btn">Subscribe</a></header>'
        f'<main class="mx-auto max-w-2xl"><div class="space-y-2"><h1 class="text-3xl font-bold">{e(a["title"])}</h1><h2 class="text-lg text-gray-600">{e(a["teasers"][2][0])}</h2>'
        f'<div class="flex items-center space-x-2"><img src="/avatar.png" class="h-8 w-8 rounded-full" alt=""><div><p class="text-sm font-medium">{e(a["author"])}</p>'
        f'<p class="text-xs text-gray-500">{EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}</p></div></div></div>'
        f'<div id="content-blocks" class="dream-post-content-doc">{story}</div>'
        '<div class="rounded-lg border p-6"><h3 class="text-xl font-bold">Subscribe to The Weekly Example</h3><p>Join 40,000 readers who get the week\'s best ideas in their inbox every Friday. Free forever, unsubscribe anytime.</p>'
        '<form><input type="email" placeholder="Enter your email"><button>Subscribe</button></form></div>'
        f'<div class="mt-10"><h3 class="text-2xl font-bold">Keep Reading</h3><div class="grid gap-4">{cards}</div></div></main>'
        '<footer class="text-center text-sm"><p>© 2021 The Weekly Example.</p><p>Powered by beehiiv</p><a href="/terms">Terms of Service</a></footer></div>'
    )
    return page(a["title"], "The Weekly Example", body)


def mkdocs_blog(a):
    """A post of MkDocs Material's blog plugin: the site's navigation tabs
    and left navigation, the post's meta (author's avatar, `<time>` with a
    `datetime` of the day only, reading time) in a sidebar beside the
    text, the table of contents on the right, "Back to top"."""
    d = a["date"]
    toc = "".join(f'<li class="md-nav__item"><a href="#s{i}" class="md-nav__link">{e(x[:60])}</a></li>' for i, (x, sub) in enumerate(zip(a["paras"], subheads(a["paras"]))) if sub)
    body = (
        '<div data-md-component="skip"><a href="#content" class="md-skip">Skip to content</a></div>'
        '<header class="md-header" data-md-component="header"><nav class="md-header__inner md-grid"><a href="/" class="md-header__button md-logo">Example</a><div class="md-header__title">Example project</div></nav></header>'
        '<div class="md-container" data-md-component="container"><nav class="md-tabs"><ul class="md-tabs__list"><li class="md-tabs__item"><a href="/" class="md-tabs__link">Home</a></li><li class="md-tabs__item"><a href="/guide/" class="md-tabs__link">Guide</a></li><li class="md-tabs__item md-tabs__item--active"><a href="/blog/" class="md-tabs__link">Blog</a></li></ul></nav>'
        '<main class="md-main" data-md-component="main"><div class="md-main__inner md-grid">'
        '<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation"><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner"><div class="md-post__back"><a href="/blog/" class="md-nav__link">Back to index</a></div>'
        f'<div class="md-post__authors md-typeset"><div class="md-profile md-post__profile"><span class="md-author md-author--long"><img src="/avatar.png" alt="{e(a["author"])}"></span><span class="md-profile__description"><strong>{e(a["author"])}</strong><br>Maintainer</span></div></div>'
        f'<ul class="md-post__meta md-nav__list"><li class="md-nav__item md-nav__item--section"><div class="md-post__title"><span class="md-ellipsis">Metadata</span></div><nav class="md-nav"><ul class="md-nav__list">'
        f'<li class="md-nav__item"><div class="md-nav__link"><span class="md-ellipsis"><time datetime="{d}" class="md-ellipsis">{EN_MONTHS[d.month - 1]} {d.day}, {d.year}</time></span></div></li>'
        '<li class="md-nav__item"><div class="md-nav__link"><span class="md-ellipsis">in <a href="/blog/category/news/">News</a></span></div></li><li class="md-nav__item"><div class="md-nav__link"><span class="md-ellipsis">6 min read</span></div></li></ul></nav></li></ul></div></div></div>'
        f'<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner"><nav class="md-nav md-nav--secondary" aria-label="Table of contents"><label class="md-nav__title">Table of contents</label><ul class="md-nav__list">{toc}</ul></nav></div></div></div>'
        f'<div class="md-content md-content--post" data-md-component="content"><article class="md-content__inner md-typeset"><h1 id="title">{e(a["title"])}</h1>{body_html(a["paras"])}</article></div>'
        '</div><button type="button" class="md-top md-icon" data-md-component="top" hidden>Back to top</button></main>'
        '<footer class="md-footer"><div class="md-footer-meta md-typeset"><div class="md-copyright">Copyright © 2021 Example · Made with Material for MkDocs</div></div></footer></div>'
    )
    return page(a["title"], "Example project", body)


def fc2_blog(a):
    """A Japanese FC2 blog's post: the date as "2021/03/04 (木) 10:30" over
    the title, the text in `div.entry_body` with `<br>` lines, "カテゴリ" and
    the author's name in the entry's footer ("posted by"), comments and
    trackbacks below, the blog's calendar and recent entries beside."""
    d = a["date"]
    text = "<br><br>".join(e(x) for x in a["paras"])
    recent = "".join(f'<li><a href="/blog-entry-{i}.html">{e(t)}</a> ({d.month:02}/{(i % 27) + 1:02})</li>' for i, (t, _) in enumerate(a["teasers"]))
    cal = "".join(f"<td>{n}</td>" for n in range(1, 29))
    body = (
        '<div id="container"><div id="header"><h1><a href="/">ある日の雑記帳</a></h1><p class="intro">日々のことを書いています</p></div>'
        '<div id="main"><div class="entry">'
        f'<div class="entry_date">{d.year}/{d.month:02}/{d.day:02} ({JA_WEEKDAYS[d.weekday()]}) 10:30</div>'
        f'<h2 class="entry_header"><a href="/blog-entry-212.html">{e(a["title"])}</a></h2>'
        f'<div class="entry_body">{text}</div>'
        f'<div class="entry_footer"><ul><li>カテゴリ: <a href="/blog-category-1.html">日記</a></li><li>posted by {e(a["author"])}</li>'
        '<li><a href="/blog-entry-212.html#cm">コメント : 2</a></li><li><a href="/blog-entry-212.html#tb">トラックバック : 0</a></li></ul></div></div>'
        f'<div id="comment"><h3>コメント</h3><dl><dt>Re: いい記事</dt><dd>{e(a["comments"][0][:200])}</dd><dd>{d.year}/{d.month:02}/{d.day:02} 21:15 名無し</dd></dl></div></div>'
        f'<div id="sidebar"><div class="plugin"><h3>カレンダー</h3><table><tr>{cal}</tr></table></div>'
        f'<div class="plugin"><h3>最新記事</h3><ul>{recent}</ul></div>'
        '<div class="plugin"><h3>プロフィール</h3><p>ブログ主です。よろしくお願いします。</p></div></div>'
        '<div id="footer">Copyright © ある日の雑記帳 All Rights Reserved. Powered by FC2ブログ</div></div>'
    )
    return page(a["title"], "ある日の雑記帳", body, lang="ja")


HE_MONTHS = "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר".split()


def hebrew_news(a):
    """An Israeli news site, right to left: the writer's name and
    "פורסם: 04.03.21, 10:30" (published, two-digit year) under the
    headline, the text in `div.text_editor_paragraph`s, "עוד באתר" (more on
    the site) and talkbacks below."""
    d = a["date"]
    story = "".join(f'<div class="text_editor_paragraph rtl"><span>{e(x)}</span></div>' for x in a["paras"])
    more = "".join(f'<li><a href="/article/r{i}">{e(t)}</a></li>' for i, (t, _) in enumerate(a["teasers"]))
    talk = "".join(
        f'<li class="talkback"><div class="talkback-title">{i + 1}. {e(n)}</div><div class="talkback-body">{e(c[:220])}</div></li>'
        for i, (n, c) in enumerate(zip(["ישראלי", "דנה", "קורא"], a["comments"]))
    )
    body = (
        '<header class="site-header"><a href="/" class="logo">חדשות היום</a><nav><a href="/news">חדשות</a><a href="/economy">כלכלה</a><a href="/sport">ספורט</a></nav></header>'
        f'<main><article class="article-wrapper"><h1 class="mainTitle">{e(a["title"])}</h1>'
        f'<div class="authors"><span class="author">{e(a["author"])}</span></div>'
        f'<div class="date-wrap"><span>פורסם: </span><time class="DateDisplay">{d.day:02}.{d.month:02}.{d.year % 100:02}, 10:30</time></div>'
        f'<div class="article-body">{story}</div></article>'
        f'<section class="more-on-site"><h2>עוד באתר</h2><ul>{more}</ul></section>'
        f'<section class="talkbacks"><h2>תגובות</h2><ol>{talk}</ol></section></main>'
        '<footer><p>כל הזכויות שמורות © חדשות היום</p></footer>'
    )
    return (
        f'<!DOCTYPE html><html lang="he" dir="rtl"><head><meta charset="utf-8"><title>{e(a["title"])} - חדשות היום</title></head>'
        f"<body>{body}</body></html>"
    )


def podcast_notes(a):
    """A podcast episode's page (a hosted podcast site): "Episode 212",
    the day as "Mar 4, 2021 · 48 min", an `<audio>` player, the show notes
    as the text, "Subscribe on Apple Podcasts / Spotify" links, and the
    show's other episodes with their own days and summaries."""
    d = a["date"]
    eps = "".join(
        f'<div class="episode-card"><a href="/episodes/{210 - i}"><h3>{e(t)}</h3></a><p class="ep-meta">{EN_MONTHS[(d.month - 2 - i) % 12][:3]} {i + 3}, {d.year} · 41 min</p><p>{e(s[:160])}</p></div>'
        for i, (t, s) in enumerate(a["teasers"][:3])
    )
    body = (
        '<header class="podcast-header"><a href="/" class="show-title">The Example Hour</a><nav><a href="/episodes">Episodes</a><a href="/about">About</a></nav>'
        '<div class="subscribe"><span>Subscribe on</span> <a href="#">Apple Podcasts</a> <a href="#">Spotify</a> <a href="/feed.xml">RSS</a></div></header>'
        '<main><article class="episode"><p class="episode-number">Episode 212</p>'
        f'<h1 class="episode-title">{e(a["title"])}</h1><p class="episode-meta">{EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year} · 48 min</p>'
        '<div class="player"><audio controls preload="none" src="/media/ep212.mp3"></audio></div>'
        f'<div class="show-notes"><h2>Show notes</h2>{body_html(a["paras"])}<p class="host">Hosted by <a href="/about">{e(a["author"])}</a></p></div></article>'
        f'<section class="more-episodes"><h2>More episodes</h2>{eps}</section></main>'
        '<footer><p>© 2021 The Example Hour. Hosted on Example Podcasts.</p></footer>'
    )
    return page(a["title"], "The Example Hour", body)


CS_MONTHS_GEN = "ledna února března dubna května června července srpna září října listopadu prosince".split()


def czech_news(a):
    """A Czech news portal: the lead ("opener") in bold over the text, the
    author's link and "4. března 2021 10:30" in a line under the headline,
    "Čtěte také" boxes inside the text, the discussion's count and a
    "Nejčtenější" list with days below."""
    d = a["date"]
    links = "".join(f'<li><a href="/zpravy/r{i}">{e(t)}</a></li>' for i, (t, _) in enumerate(a["teasers"][:2]))
    also = f'<div class="art-related"><h4>Čtěte také</h4><ul>{links}</ul></div>'
    paras = a["paras"]
    story = story_html(paras[1:], '<p>{x}</p>', '<h3>{x}</h3>', {2: also})
    top = "".join(
        f'<li><a href="/zpravy/r{i}">{e(t)}</a> <span class="time">{(d - datetime.timedelta(days=i + 1)).day}. {CS_MONTHS_GEN[(d - datetime.timedelta(days=i + 1)).month - 1]}</span></li>'
        for i, (t, _) in enumerate(a["teasers"])
    )
    body = (
        '<div id="portal"><header id="header"><a href="/" class="logo">Zprávy Příklad</a><nav><a href="/domaci">Domácí</a><a href="/zahranicni">Zahraniční</a><a href="/ekonomika">Ekonomika</a><a href="/sport">Sport</a></nav></header>'
        '<div id="content"><div class="art-full">'
        f'<h1 itemprop="name headline">{e(a["title"])}</h1>'
        f'<div class="art-info"><div class="authors"><span class="aut"><a href="/autor/x">{e(a["author"])}</a></span></div>'
        f'<span class="time-date">{d.day}. {CS_MONTHS_GEN[d.month - 1]} {d.year} 10:30</span></div>'
        f'<div class="opener">{e(paras[0])}</div>'
        f'<div id="art-text" class="bbtext">{story}</div>'
        '<div class="art-disc"><a href="#diskuse">Diskuse (142)</a></div></div>'
        f'<aside class="col-b"><h3>Nejčtenější</h3><ol>{top}</ol></aside></div>'
        '<footer>© Copyright 1999–2021 Zprávy Příklad a.s. a dodavatelé obsahu. Všechna práva vyhrazena.</footer></div>'
    )
    return page(a["title"], "Zprávy Příklad", body, lang="cs")


EL_MONTHS_GEN = "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split()
EL_DAYS = "Δευτέρα Τρίτη Τετάρτη Πέμπτη Παρασκευή Σάββατο Κυριακή".split()


def greek_news(a):
    """A Greek news site: "Πέμπτη, 4 Μαρτίου 2021 10:30" over the headline,
    the writer as "Συντάκτης: Name" under it, the text in `div.main-text`
    with "Διαβάστε επίσης" links, tags and "Δημοφιλή" (popular) beside."""
    d = a["date"]
    also = f'<p class="read-also"><strong>Διαβάστε επίσης:</strong> <a href="/r/1">{e(a["teasers"][1][0])}</a></p>'
    story = story_html(a["paras"], "<p>{x}</p>", "<h2>{x}</h2>", {1: also})
    pop = "".join(f'<li><a href="/r/{i}">{e(t)}</a><span class="date">{d.day:02}.{d.month:02}.{d.year}</span></li>' for i, (t, _) in enumerate(a["teasers"]))
    body = (
        '<header class="main-header"><a href="/" class="logo">Ειδήσεις Παράδειγμα</a><nav><a href="/politiki">Πολιτική</a><a href="/oikonomia">Οικονομία</a><a href="/kosmos">Κόσμος</a></nav></header>'
        '<div class="container"><article class="article-single">'
        f'<div class="article-date">{EL_DAYS[d.weekday()]}, {d.day} {EL_MONTHS_GEN[d.month - 1]} {d.year} 10:30</div>'
        f'<h1 class="article-title">{e(a["title"])}</h1>'
        f'<div class="article-author">Συντάκτης: <a href="/author/x">{e(a["author"])}</a></div>'
        f'<div class="main-text">{story}</div>'
        '<div class="tags"><span>Tags:</span> <a href="/tag/1">Ελλάδα</a> <a href="/tag/2">Πολιτική</a></div></article>'
        f'<aside class="sidebar"><h3>Δημοφιλή</h3><ul>{pop}</ul></aside></div>'
        '<footer><p>© 2021 Ειδήσεις Παράδειγμα. Με την επιφύλαξη παντός δικαιώματος.</p></footer>'
    )
    return page(a["title"], "Ειδήσεις Παράδειγμα", body, lang="el")


UK_MONTHS_GEN = "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split()
UK_DAYS = "Понеділок Вівторок Середа Четвер П'ятниця Субота Неділя".split()


def ukrainian_news(a):
    """A Ukrainian online newspaper: "Четвер, 4 березня 2021, 10:30" and the
    author's name in a line under the headline, the text with "Читайте
    також" links, and the news feed beside it: times and headlines."""
    d = a["date"]
    also = f'<p><strong>Читайте також: <a href="/news/r0">{e(a["teasers"][0][0])}</a></strong></p>'
    story = story_html(a["paras"], "<p>{x}</p>", "<h3>{x}</h3>", {2: also})
    feed = "".join(f'<div class="article_news"><div class="article__time">{9 - i:02}:{(i * 17) % 60:02}</div><div class="article__title"><a href="/news/r{i}">{e(t)}</a></div></div>' for i, (t, _) in enumerate(a["teasers"]))
    body = (
        '<header class="header"><a href="/" class="logo">Правда Приклад</a><nav><a href="/news">Новини</a><a href="/articles">Статті</a><a href="/columns">Колонки</a></nav></header>'
        '<div class="container"><div class="post">'
        f'<h1 class="post_title">{e(a["title"])}</h1>'
        f'<div class="post_time"><span class="post_author"><a href="/author/x">{e(a["author"])}</a></span>, {UK_DAYS[d.weekday()]}, {d.day} {UK_MONTHS_GEN[d.month - 1]} {d.year}, 10:30</div>'
        f'<div class="post_text">{story}</div></div>'
        f'<div class="news_feed"><h3>Стрічка новин</h3>{feed}</div></div>'
        '<footer>© 2000-2021, Правда Приклад. Використання матеріалів дозволяється за умови посилання.</footer>'
    )
    return page(a["title"], "Правда Приклад", body, lang="uk")


HU_MONTHS = "január február március április május június július augusztus szeptember október november december".split()
HU_DAYS = "hétfő kedd szerda csütörtök péntek szombat vasárnap".split()


def hungarian_news(a):
    """A Hungarian news site: the day year first ("2021. március 4.,
    csütörtök 10:30"), the author's name linked above it, "Kapcsolódó"
    boxes in the text, and a column of the newest stories with times."""
    d = a["date"]
    rel = f'<div class="kapcsolodo"><span class="cim">Kapcsolódó</span><a href="/r/2">{e(a["teasers"][2][0])}</a></div>'
    story = story_html(a["paras"], "<p>{x}</p>", "<h2>{x}</h2>", {3: rel})
    newest = "".join(f'<li><span class="ido">{10 - i}:{(i * 11) % 60:02}</span> <a href="/r/{i}">{e(t)}</a></li>' for i, (t, _) in enumerate(a["teasers"]))
    body = (
        '<header><a href="/" class="logo">Példa Hírek</a><nav><a href="/belfold">Belföld</a><a href="/kulfold">Külföld</a><a href="/gazdasag">Gazdaság</a></nav></header>'
        '<main><div class="cikk"><div class="cikk-fejlec">'
        f'<h1>{e(a["title"])}</h1>'
        f'<div class="szerzo"><a href="/szerzo/x">{e(a["author"])}</a></div>'
        f'<div class="datum">{d.year}. {HU_MONTHS[d.month - 1]} {d.day}., {HU_DAYS[d.weekday()]} 10:30</div></div>'
        f'<div class="cikk-torzs">{story}</div></div>'
        f'<aside class="legfrissebb"><h3>Legfrissebb</h3><ul>{newest}</ul></aside></main>'
        '<footer>© 2021 Példa Hírek Kft. Minden jog fenntartva.</footer>'
    )
    return page(a["title"], "Példa Hírek", body, lang="hu")


def finnish_news(a):
    """A Finnish broadcaster's story on hashed class names: the author's
    name and role, then "4.3.2021 klo 10.30" and "Päivitetty 6.3.2021 klo
    8.12" as plain text, the text in `p`s of one hashed class, "Lue myös"
    links and the most-read list below."""
    d = a["date"]
    upd = d + datetime.timedelta(days=2)
    story = story_html(a["paras"], '<p class="yle__article__paragraph">{x}</p>', '<h2 class="yle__article__heading">{x}</h2>')
    most = "".join(f'<li class="sc-1x2y3z"><a href="/a/r{i}">{e(t)}</a></li>' for i, (t, _) in enumerate(a["teasers"]))
    body = (
        '<div id="__next"><header class="sc-a1b2c3"><a href="/" class="sc-d4e5f6">Esimerkki Uutiset</a><nav><a href="/kotimaa">Kotimaa</a><a href="/ulkomaat">Ulkomaat</a><a href="/talous">Talous</a></nav></header>'
        '<main class="sc-g7h8i9"><article class="sc-j1k2l3">'
        f'<h1 class="sc-m4n5o6">{e(a["title"])}</h1>'
        f'<div class="sc-p7q8r9"><span class="sc-s1t2u3">{e(a["author"])}</span><span class="sc-v4w5x6">toimittaja</span></div>'
        f'<div class="sc-y7z8a9"><span>{d.day}.{d.month}.{d.year} klo 10.30</span><span> • Päivitetty {upd.day}.{upd.month}.{upd.year} klo 8.12</span></div>'
        f'<section class="sc-b1c2d3">{story}</section>'
        f'<aside class="sc-e4f5g6"><h2>Lue myös</h2><ul><li><a href="/a/r4">{e(a["teasers"][4][0])}</a></li></ul></aside></article>'
        f'<section class="sc-h7i8j9"><h2>Luetuimmat</h2><ol>{most}</ol></section></main>'
        '<footer class="sc-k1l2m3">© Esimerkki Uutiset 2021</footer></div>'
    )
    return page(a["title"], "Esimerkki Uutiset", body, lang="fi")


NO_MONTHS = "januar februar mars april mai juni juli august september oktober november desember".split()


def norwegian_news(a):
    """A Norwegian broadcaster's story: the byline box (name, "Journalist")
    under the lead, "Publisert 4. mars 2021 kl. 10:30" and "Oppdatert ..."
    in a dateline, fact boxes ("FAKTA") inside the text, "Les også" links."""
    d = a["date"]
    upd = d + datetime.timedelta(days=1)
    fact = '<aside class="fact"><h3>FAKTA</h3><p>Saken er oppdatert med nye opplysninger. Tallene gjelder hele landet og er hentet fra offentlige kilder.</p></aside>'
    also = f'<p class="les-ogsa">Les også: <a href="/r/3">{e(a["teasers"][3][0])}</a></p>'
    paras = a["paras"]
    story = story_html(paras[1:], "<p>{x}</p>", "<h2>{x}</h2>", {1: also, 3: fact})
    body = (
        '<header class="site-header"><a href="/" class="logo">Eksempel Nyheter</a><nav><a href="/nyheter">Nyheter</a><a href="/sport">Sport</a><a href="/kultur">Kultur</a></nav></header>'
        '<main><article class="article">'
        f'<h1 class="title">{e(a["title"])}</h1>'
        f'<div class="lead"><p>{e(paras[0])}</p></div>'
        f'<div class="byline"><div class="author"><span class="author__name">{e(a["author"])}</span><span class="author__role">Journalist</span></div></div>'
        f'<div class="dateline"><span>Publisert {d.day}. {NO_MONTHS[d.month - 1]} {d.year} kl. 10:30</span> <span>Oppdatert {upd.day}. {NO_MONTHS[upd.month - 1]} {upd.year} kl. 08:12</span></div>'
        f'<div class="article-body">{story}</div></article>'
        '<section class="more"><h2>Mest lest</h2><ul>' + teaser_list(a) + '</ul></section></main>'
        '<footer><p>Ansvarlig redaktør: Kari Nordmann. © Eksempel Nyheter</p></footer>'
    )
    return page(a["title"], "Eksempel Nyheter", body, lang="no")


RO_MONTHS = "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split()


def romanian_news(a):
    """A Romanian news site: "de Name" and "4 martie 2021, 10:30" in one
    line, "Citește și:" links in the text, the comments below and "Cele mai
    citite" with their days beside."""
    d = a["date"]
    also = f'<p><strong>Citește și: </strong><a href="/r/1">{e(a["teasers"][1][0])}</a></p>'
    story = story_html(a["paras"], "<p>{x}</p>", "<h2>{x}</h2>", {2: also})
    comments = comments_html(a["comments"][:3], lambda n, t, i: f'<div class="comment"><b>{e(n)}</b> <span>{d.day} {RO_MONTHS[d.month - 1]} {d.year}, 1{i}:05</span><p>{e(t[:300])}</p></div>')
    top = "".join(f'<li><a href="/r/{i}">{e(t)}</a> <span>{d.day} {RO_MONTHS[d.month - 1]}</span></li>' for i, (t, _) in enumerate(a["teasers"]))
    body = (
        '<header><a href="/" class="logo">Știri Exemplu</a><nav><a href="/actualitate">Actualitate</a><a href="/economie">Economie</a><a href="/externe">Externe</a></nav></header>'
        '<div class="wrapper"><article class="article">'
        f'<h1>{e(a["title"])}</h1>'
        f'<div class="article-meta">de <a href="/autor/x">{e(a["author"])}</a> <span class="sep">|</span> {d.day} {RO_MONTHS[d.month - 1]} {d.year}, 10:30</div>'
        f'<div class="article-content">{story}</div></article>'
        f'<section class="comments"><h3>Comentarii (3)</h3>{comments}</section>'
        f'<aside><h3>Cele mai citite</h3><ol>{top}</ol></aside></div>'
        '<footer>© 2021 Știri Exemplu. Toate drepturile rezervate.</footer>'
    )
    return page(a["title"], "Știri Exemplu", body, lang="ro")


TH_MONTHS_SHORT = "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split()


def thai_news(a):
    """A Thai news site: the day in the Buddhist era ("4 มี.ค. 2564 10:30
    น.") under the headline, "โดย" (by) and the writer's name, the text in
    `p`s, related news ("ข่าวที่เกี่ยวข้อง") with their own days."""
    d = a["date"]
    rel = "".join(
        f'<div class="card"><a href="/news/r{i}"><h3>{e(t)}</h3></a><span class="date">{(d - datetime.timedelta(days=i + 1)).day} {TH_MONTHS_SHORT[(d - datetime.timedelta(days=i + 1)).month - 1]} {(d - datetime.timedelta(days=i + 1)).year + 543}</span></div>'
        for i, (t, _) in enumerate(a["teasers"][:4])
    )
    body = (
        '<header><a href="/" class="logo">ข่าวตัวอย่าง</a><nav><a href="/news">ข่าว</a><a href="/sport">กีฬา</a><a href="/entertain">บันเทิง</a></nav></header>'
        '<main><article class="news-detail">'
        f'<h1>{e(a["title"])}</h1>'
        f'<div class="meta"><span class="date">{d.day} {TH_MONTHS_SHORT[d.month - 1]} {d.year + 543} 10:30 น.</span> <span class="by">โดย {e(a["author"])}</span></div>'
        f'<div class="entry">{body_html(a["paras"])}</div></article>'
        f'<section class="related"><h2>ข่าวที่เกี่ยวข้อง</h2>{rel}</section></main>'
        '<footer>© 2021 ข่าวตัวอย่าง สงวนลิขสิทธิ์</footer>'
    )
    return page(a["title"], "ข่าวตัวอย่าง", body, lang="th")


def hindi_news(a):
    """A Hindi news site's story: "न्यूज डेस्क, अमर उदाहरण, नई दिल्ली
    Published by: Name Updated Thu, 04 Mar 2021 10:30 AM IST" under the
    headline, the text with "यह भी पढ़ें" (read also) links, and "ताजा खबरें"
    (latest) cards."""
    d = a["date"]
    also = f'<p class="read-also"><strong>यह भी पढ़ें:</strong> <a href="/r/0">{e(a["teasers"][0][0])}</a></p>'
    story = story_html(a["paras"], "<p>{x}</p>", "<h2>{x}</h2>", {1: also})
    latest = "".join(f'<div class="card"><a href="/r/{i}"><h3>{e(t)}</h3></a><p>{e(s[:120])}</p></div>' for i, (t, s) in enumerate(a["teasers"]))
    wd = EN_DAYS[d.weekday()][:3]
    body = (
        '<header><a href="/" class="logo">अमर उदाहरण</a><nav><a href="/india-news">देश</a><a href="/world">दुनिया</a><a href="/business">कारोबार</a></nav></header>'
        '<div class="container"><article class="article-desc">'
        f'<h1 class="article-title">{e(a["title"])}</h1>'
        f'<div class="auther-detail"><span>न्यूज डेस्क, अमर उदाहरण, नई दिल्ली</span> <span>Published by: {e(a["author"])}</span> '
        f'<span class="updated">Updated {wd}, {d.day:02} {EN_MONTHS[d.month - 1][:3]} {d.year} 10:30 AM IST</span></div>'
        f'<div class="article-body">{story}</div></article>'
        f'<section class="latest"><h2>ताजा खबरें</h2>{latest}</section></div>'
        '<footer>© 2021 अमर उदाहरण. All rights reserved.</footer>'
    )
    return page(a["title"], "अमर उदाहरण", body, lang="hi")


def gregorian_to_jalali(d):
    """The Solar Hijri day of a Gregorian one (the arithmetic rule)."""
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = d.year + 1 if d.month > 2 else d.year
    days = 355666 + 365 * d.year + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + d.day + g_d_m[d.month - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


FA_MONTHS = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split()


def fa_digits(s):
    return "".join(chr(0x06F0 + int(c)) if c.isdigit() else c for c in str(s))


def persian_news(a):
    """An Iranian news agency's story: "کد خبر: 1234", the Solar Hijri day in
    Persian digits ("۱۴ اسفند ۱۳۹۹ - ۱۰:۳۰"), the lead, the text, the
    reporter as "خبرنگار: Name" after it, and "اخبار مرتبط" (related)."""
    d = a["date"]
    jy, jm, jd = gregorian_to_jalali(d)
    paras = a["paras"]
    rel = "".join(f'<li><a href="/news/r{i}">{e(t)}</a></li>' for i, (t, _) in enumerate(a["teasers"]))
    body = (
        '<header><a href="/" class="logo">خبرگزاری نمونه</a><nav><a href="/politics">سیاسی</a><a href="/economy">اقتصادی</a><a href="/world">بین الملل</a></nav></header>'
        '<main><div class="news-content">'
        f'<div class="news-info"><span class="code">کد خبر: {fa_digits(98121405123)}</span> <span class="date">{fa_digits(jd)} {FA_MONTHS[jm - 1]} {fa_digits(jy)} - {fa_digits("10:30")}</span></div>'
        f'<h1 class="title">{e(a["title"])}</h1>'
        f'<p class="lead">{e(paras[0])}</p>'
        f'<div class="body">{body_html(paras[1:])}<p class="reporter">خبرنگار: {e(a["author"])}</p></div></div>'
        f'<section class="related"><h3>اخبار مرتبط</h3><ul>{rel}</ul></section></main>'
        '<footer>کلیه حقوق این سایت متعلق به خبرگزاری نمونه است.</footer>'
    )
    return (
        f'<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>{e(a["title"])} - خبرگزاری نمونه</title></head>'
        f"<body>{body}</body></html>"
    )


def brazil_g1(a):
    """A Brazilian news portal's story: "Por Name, g1 — São Paulo" and
    "04/03/2021 10h30 Atualizado há 2 horas" (a relative update), the text
    in `div.mc-column.content-text` blocks, "LEIA TAMBÉM" lists inside it
    and a "VÍDEOS" strip below."""
    d = a["date"]
    blocks = "".join(
        (f'<div class="mc-column content-intertitle"><h2>{e(x)}</h2></div>' if sub else f'<div class="mc-column content-text active-extra-styles"><p class="content-text__container">{e(x)}</p></div>')
        + ('<div class="mc-column content-unordered-list"><p><strong>LEIA TAMBÉM:</strong></p><ul>' + teaser_list(a).split("</li>")[0] + "</li></ul></div>" if i == 2 else "")
        for i, (x, sub) in enumerate(zip(a["paras"], subheads(a["paras"])))
    )
    videos = "".join(f'<div class="video-item"><a href="/v/{i}">{e(t)}</a></div>' for i, (t, _) in enumerate(a["teasers"][:4]))
    body = (
        '<header class="header-menu"><a href="/" class="logo">g1 exemplo</a><nav><a href="/sp">São Paulo</a><a href="/economia">Economia</a><a href="/politica">Política</a></nav></header>'
        '<main><div class="mc-article-header">'
        f'<h1 class="content-head__title">{e(a["title"])}</h1>'
        f'<div class="content-publication-data"><p class="content-publication-data__from">Por <strong>{e(a["author"])}</strong>, g1 — São Paulo</p>'
        f'<p class="content-publication-data__updated"><time>{d.day:02}/{d.month:02}/{d.year} 10h30</time> Atualizado há 2 horas</p></div></div>'
        f'<article class="mc-body">{blocks}</article>'
        f'<section class="videos"><h2>VÍDEOS: mais assistidos do g1</h2>{videos}</section></main>'
        '<footer>© Copyright 2000-2021 Exemplo Comunicação S.A.</footer>'
    )
    return page(a["title"], "g1 exemplo", body, lang="pt-BR")


def devto(a):
    """A dev.to post: the author's card ("Posted on Mar 4, 2021" with the
    machine day), the text in `div#article-body`, reactions, and a long
    discussion of comments with their own days, "Read next" cards below.
    (Forem also writes the author in JSON-LD for readers not signed in;
    left out here, so that the page shows its author only beside the day.)"""
    d = a["date"]
    comments = comments_html(
        a["comments"],
        lambda n, t, i: f'<div class="comment single-comment-node"><div class="comment__details"><a class="comment__author" href="/{n}">{e(n)}</a> • <time datetime="{d.year}-{d.month:02}-{min(d.day + 1, 28):02}T1{i}:00:00Z">{EN_MONTHS[d.month - 1][:3]} {min(d.day + 1, 28)}</time></div><div class="comment__body text-styles"><p>{e(t)}</p></div></div>',
    )
    nxt = "".join(f'<div class="crayons-card"><a href="/u/r{i}"><h3>{e(t)}</h3></a><p>Other Writer - {EN_MONTHS[(d.month + i) % 12][:3]} {i + 2}</p></div>' for i, (t, _) in enumerate(a["teasers"][:3]))
    body = (
        '<header class="crayons-header"><a href="/" class="site-logo">DEV</a><input placeholder="Search..."><a href="/enter">Log in</a><a href="/enter?state=new-user">Create account</a></header>'
        '<main class="crayons-layout"><aside class="crayons-article-actions"><button>Add reaction</button> <span>47</span> <button>Jump to Comments</button> <button>Save</button></aside>'
        '<article class="crayons-card crayons-article"><header class="crayons-article__header">'
        f'<div class="crayons-article__header__meta"><div class="flex"><a href="/x" class="crayons-link fw-bold">{e(a["author"])}</a></div>'
        f'<p class="fs-xs color-base-60">Posted on <time datetime="{d.isoformat()}T10:30:00Z" class="date-no-year">{EN_MONTHS[d.month - 1][:3]} {d.day}</time></p></div>'
        f'<h1 class="fs-3xl">{e(a["title"])}</h1><div class="spec__tags"><a href="/t/webdev">#webdev</a> <a href="/t/beginners">#beginners</a></div></header>'
        f'<div class="crayons-article__main"><div class="crayons-article__body text-styles" id="article-body">{body_html(a["paras"])}</div></div>'
        f'<section id="comments" class="text-padding"><h2>Top comments (5)</h2>{comments}</section></article>'
        f'<section class="crayons-card"><h2>Read next</h2>{nxt}</section></main>'
        '<footer class="crayons-footer">DEV Community — A constructive and inclusive social network for software developers. © 2016 - 2021.</footer>'
    )
    return page(a["title"], "DEV Community", body)


def astro_blog(a):
    """A personal blog built with a static site generator, no classes to
    speak of: "March 4th, 2021 · 6 min read" under the title, the text,
    "Written by Name" at the end, then webmentions (likes and replies, each
    reply with its own day) and the previous and next posts."""
    d = a["date"]
    n = d.day
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    replies = "".join(
        f'<li><a href="https://social.example/@{nm.replace(" ", "")}">{e(nm)}</a> replied on {EN_MONTHS[d.month - 1]} {min(d.day + 1, 28)}, {d.year}: <p>{e(t[:240])}</p></li>'
        for nm, t in zip(["Martin K.", "sarah_t", "Old Reader"], a["comments"])
    )
    body = (
        '<header><nav><a href="/">Home</a> <a href="/blog">Blog</a> <a href="/about">About</a> <a href="/rss.xml">RSS</a></nav></header>'
        f'<main><article><h1>{e(a["title"])}</h1><p><small>{EN_MONTHS[d.month - 1]} {n}{suffix}, {d.year} · 6 min read</small></p>'
        f'{body_html(a["paras"])}<hr><p>Written by {e(a["author"])}</p></article>'
        f'<section><h2>Webmentions</h2><p>23 likes · 4 reposts</p><ul>{replies}</ul></section>'
        f'<nav><a href="/blog/r0">← {e(a["teasers"][0][0])}</a> <a href="/blog/r1">{e(a["teasers"][1][0])} →</a></nav></main>'
        '<footer><p>© 2021 · Built with Astro · <a href="/rss.xml">RSS</a></p></footer>'
    )
    return page(a["title"], "notes", body)


def university_news(a):
    """A university's news story (Drupal on a campus theme): "By Name" and
    "Thursday, March 4, 2021" under the headline, a "Media contact" box with
    another person's name, phone and e-mail beside the text, and "Related
    news" cards with their own days."""
    d = a["date"]
    rel = "".join(
        f'<div class="views-row"><a href="/news/r{i}"><h3>{e(t)}</h3></a><span class="date">{EN_MONTHS[(d.month - 2 - i) % 12]} {i + 5}, {d.year}</span></div>'
        for i, (t, _) in enumerate(a["teasers"][:3])
    )
    body = (
        '<div class="skip"><a href="#main-content">Skip to main content</a></div>'
        '<header class="campus-header"><a href="/" class="logo">Example State University</a><nav><a href="/admissions">Admissions</a><a href="/academics">Academics</a><a href="/research">Research</a><a href="/news">News</a></nav></header>'
        '<main id="main-content"><div class="node node--type-news"><h1 class="page-title"><span>' + e(a["title"]) + '</span></h1>'
        f'<div class="news-byline">By {e(a["author"])}</div><div class="news-date">{EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {d.day}, {d.year}</div>'
        f'<div class="field--name-body">{body_html(a["paras"])}</div>'
        '<aside class="media-contact"><h2>Media contact</h2><p>Jordan Avery<br>University Communications<br>555-0142<br><a href="mailto:press@example.edu">press@example.edu</a></p></aside></div>'
        f'<section class="related-news"><h2>Related news</h2>{rel}</section></main>'
        '<footer><p>Example State University · 100 College Ave · © 2021 Board of Trustees</p></footer>'
    )
    return page(a["title"], "Example State University", body)


CJK = ("\u4e00", "\u9fff")


def rubied(text):
    """Ruby over the text: each run of CJK ideographs with a reading in
    kana, and every seventh word of other scripts with a gloss, as easy-news
    and language-learning sites set it (`<rp>` brackets for readers without
    ruby)."""
    out, run = [], ""
    if any(CJK[0] <= c <= CJK[1] for c in text):
        for c in text + "\0":
            if CJK[0] <= c <= CJK[1]:
                run += c
                continue
            if run:
                out.append(f"<ruby>{e(run)}<rp>(</rp><rt>{'よ' * len(run)}</rt><rp>)</rp></ruby>")
                run = ""
            if c != "\0":
                out.append(e(c))
        return "".join(out)
    words = text.split(" ")
    return " ".join(f"<ruby>{e(w)}<rp>(</rp><rt>gloss</rt><rp>)</rp></ruby>" if i % 7 == 3 and w.isalpha() else e(w) for i, w in enumerate(words))


def easy_news(a):
    """An easy-reading news site: readings set over the words in `<ruby>`
    (`<rt>`, with `<rp>` brackets), the day as "2021年3月4日 10時30分" over
    the text, an audio button ("ニュースを きく"), a dictionary's word list
    after the text and the other easy news beside it."""
    d = a["date"]
    story = "".join(f"<p>{rubied(x)}</p>" for x in a["paras"])
    words = "".join(f"<dt>{e(t.split(' ')[0])}</dt><dd>{e(s[:60])}</dd>" for t, s in a["teasers"][:3])
    body = (
        '<header><a href="/easy/" class="logo">やさしい ニュース</a><nav><a href="/easy/news">ニュース</a><a href="/easy/help">つかいかた</a></nav></header>'
        '<main><article class="article-main">'
        f'<p class="article-main__date">[{d.year}年{d.month}月{d.day}日 10時30分]</p>'
        f'<h1 class="article-main__title">{rubied(a["title"])}</h1>'
        '<div class="audio"><button>ニュースを きく</button></div>'
        f'<div class="article-main__body article-body" id="js-article-body">{story}</div></article>'
        f'<section class="dictionary"><h2>ことばの いみ</h2><dl>{words}</dl></section>'
        f'<aside><h2>ほかの ニュース</h2><ul>{teaser_list(a)}</ul></aside></main>'
        '<footer>Copyright 2021 やさしい ニュース</footer>'
    )
    return page(a["title"], "やさしい ニュース", body, lang="ja")


def dropcap(a):
    """A magazine story with its first letter set apart as a drop cap
    (`<span class="dropcap">T</span>he rest`), small capitals for the first
    words, a pull quote, and "Continue reading below" between parts."""
    d = a["date"]
    paras = a["paras"]
    first = paras[0]
    head = f'<p class="first"><span class="dropcap">{e(first[0])}</span><span class="smallcaps">{e(first[1:24])}</span>{e(first[24:])}</p>'
    pull = f'<blockquote class="pullquote"><p>{e(paras[1][:90])}</p></blockquote>'
    rest = story_html(paras[1:], "<p>{x}</p>", "<h2>{x}</h2>", {1: pull, 2: '<div class="continue">Continue reading below</div>'})
    body = (
        f'<header class="masthead"><a href="/">The Example Review</a>{nav()}</header>'
        '<main><article class="story">'
        f'<h1 class="story-title">{e(a["title"])}</h1>'
        f'<p class="story-byline">By <span class="name">{e(a["author"])}</span> · {en_date(d)}</p>'
        f'<div class="story-text">{head}{rest}</div></article>'
        f'<aside class="more"><h2>More from the Review</h2><ul>{teaser_list(a)}</ul></aside></main>'
        f'<footer>{FOOT}</footer>'
    )
    return page(a["title"], "The Example Review", body)


def shy(text):
    """Soft hyphens in the long words of `text`, as a hyphenating CMS writes
    them."""
    def cut(w):
        return "&shy;".join(e(w[i:i + 5]) for i in range(0, len(w), 5)) if len(w) >= 11 and w.isalpha() else e(w)
    return " ".join(cut(w) for w in text.split(" "))


def german_shy(a):
    """A German regional newspaper's story whose CMS sets soft hyphens
    (`&shy;`) into long words, "Anzeige" labels over ad slots inside the
    text, "Lesen Sie auch" links and the day as "04.03.2021, 10:30 Uhr"."""
    d = a["date"]
    ad = '<div class="ad-slot"><span class="ad-label">Anzeige</span><div id="ad-mid"></div></div>'
    also = f'<p class="read-also"><strong>Lesen Sie auch:</strong> <a href="/r/1">{e(a["teasers"][1][0])}</a></p>'
    story = "".join(
        (f"<h2>{shy(x)}</h2>" if sub else f"<p>{shy(x)}</p>") + {1: ad, 3: also}.get(i, "")
        for i, (x, sub) in enumerate(zip(a["paras"], subheads(a["paras"])))
    )
    body = (
        '<header><a href="/" class="logo">Beispiel-Zeitung</a><nav><a href="/lokales">Lokales</a><a href="/region">Region</a><a href="/sport">Sport</a></nav></header>'
        '<main><article class="article">'
        f'<h1 class="article__headline">{e(a["title"])}</h1>'
        f'<div class="article__meta"><span class="article__author">Von {e(a["author"])}</span> <span class="article__date">{d.day:02}.{d.month:02}.{d.year}, 10:30 Uhr</span></div>'
        f'<div class="article__body">{story}</div></article>'
        f'<aside><h2>Meistgelesen</h2><ol>{teaser_list(a)}</ol></aside></main>'
        '<footer>© Beispiel-Zeitung 2021 · Impressum · Datenschutz</footer>'
    )
    return page(a["title"], "Beispiel-Zeitung", body, lang="de")


def toc_post(a):
    """A WordPress post with a table-of-contents plugin's box ("Contents"
    and a numbered list of links to the subheadings, with a "hide" toggle)
    after the first paragraph, "Last updated on" and the author under the
    title, and an author box and comments below."""
    d = a["date"]
    paras = a["paras"]
    heads = [x for x, sub in zip(paras, subheads(paras)) if sub] or [t for t, _ in a["teasers"][:3]]
    toc = (
        '<div id="ez-toc-container" class="ez-toc-v2_0"><div class="ez-toc-title-container"><p class="ez-toc-title">Contents</p>'
        '<span class="ez-toc-title-toggle"><a href="#" class="ez-toc-toggle">hide</a></span></div><nav><ul class="ez-toc-list">'
        + "".join(f'<li><a href="#s{i}">{i + 1}. {e(h)}</a></li>' for i, h in enumerate(heads))
        + "</ul></nav></div>"
    )
    story = story_html(paras, "<p>{x}</p>", '<h2><span class="ez-toc-section" id="s{i}"></span>{x}</h2>', {0: toc})
    comments = comments_html(a["comments"][:3], lambda n, t, i: f'<li class="comment"><div class="comment-author vcard"><b class="fn">{e(n)}</b></div><div class="comment-content"><p>{e(t)}</p></div></li>')
    body = (
        f'<header class="site-header"><a href="/" class="site-title">Example Guides</a>{nav()}</header>'
        '<div class="site-content"><main><article class="post type-post"><header class="entry-header">'
        f'<h1 class="entry-title">{e(a["title"])}</h1>'
        f'<div class="entry-meta">Last updated on {en_date(d)} by {e(a["author"])}</div></header>'
        f'<div class="entry-content">{story}</div></article>'
        f'<div class="author-box"><h4>About {e(a["author"])}</h4><p>Writes guides for this site.</p></div>'
        f'<div id="comments"><h3>3 thoughts on this</h3><ol class="comment-list">{comments}</ol></div></main></div>'
        f'<footer>{FOOT}</footer>'
    )
    return page(a["title"], "Example Guides", body)


def paginated(a):
    """The first page of a story split over pages on the site (all of its
    text here, as the truth has it), with "Page 1 of 3", numbered page
    links and "Next page" under the text, and the date and author over it."""
    d = a["date"]
    pager = '<div class="pagination"><span>Page 1 of 3</span> <span class="current">1</span> <a href="?page=2">2</a> <a href="?page=3">3</a> <a class="next" href="?page=2">Next page »</a></div>'
    body = (
        f'<header><a href="/">Example Weekly</a>{nav()}</header>'
        '<main><div class="article-container">'
        f'<h1>{e(a["title"])}</h1>'
        f'<div class="info">{e(a["author"])} | {en_date(d)}</div>'
        f'<div class="article-text">{body_html(a["paras"])}</div>{pager}</div>'
        f'<div class="sidebar"><h3>Most popular</h3><ul>{teaser_list(a)}</ul></div></main>'
        f'<footer>{FOOT}</footer>'
    )
    return page(a["title"], "Example Weekly", body)


def us_local_tv(a):
    """A US local TV station's story: "Author: Name (KXYZ)", "Published:
    3/4/2021 10:30 AM CST" and "Updated: 3/5/2021 8:12 AM CST" (the month
    first), a video player over the text, "Related Articles" and "More
    Videos" strips."""
    d = a["date"]
    upd = d + datetime.timedelta(days=1)
    rel = "".join(f'<li><a href="/article/news/r{i}">{e(t)}</a></li>' for i, (t, _) in enumerate(a["teasers"][:3]))
    vids = "".join(f'<div class="video-card"><a href="/video/{i}">{e(t)}</a><span>{d.month}/{max(d.day - i, 1)}/{d.year}</span></div>' for i, (t, _) in enumerate(a["teasers"][2:]))
    body = (
        f'<header class="header"><a href="/" class="logo">KXYZ 8</a>{nav()}</header>'
        '<main><article class="article"><h1 class="article__headline">' + e(a["title"]) + '</h1>'
        f'<div class="article__author">Author: {e(a["author"])} (KXYZ)</div>'
        f'<div class="article__published">Published: {d.month}/{d.day}/{d.year} 10:30 AM CST</div>'
        f'<div class="article__updated">Updated: {upd.month}/{upd.day}/{upd.year} 8:12 AM CST</div>'
        '<div class="video-player"><video controls poster="/poster.jpg"></video><p class="caption">Watch the report.</p></div>'
        f'<div class="article__body">{body_html(a["paras"])}</div>'
        f'<div class="related"><h3>Related Articles</h3><ul>{rel}</ul></div></article>'
        f'<section class="more-videos"><h2>More Videos</h2>{vids}</section></main>'
        f'<footer>{FOOT}</footer>'
    )
    return page(a["title"], "KXYZ 8", body, lang="en-US")


def uk_regional(a):
    """A UK regional paper of a large group: the time before the day, the
    month in capitals ("10:30, 4 MAR 2021", "Updated 08:12, 5 MAR 2021"),
    the reporter's name with a role, a "Read More" box of related links
    inside the text and a "Most Read" rail."""
    d = a["date"]
    upd = d + datetime.timedelta(days=1)
    also = f'<aside class="read-more-links"><h3>Read More</h3><ul><li><a href="/news/r0">{e(a["teasers"][0][0])}</a></li><li><a href="/news/r1">{e(a["teasers"][1][0])}</a></li></ul></aside>'
    story = story_html(a["paras"], "<p>{x}</p>", "<h2>{x}</h2>", {2: also})
    body = (
        f'<header class="mod-header"><a href="/" class="logo">Example Live</a>{nav()}</header>'
        '<main><article class="article-main"><h1 class="section-theme-background-indicator">' + e(a["title"]) + '</h1>'
        f'<div class="article-information"><div class="author"><span class="publication-theme-mark">{e(a["author"])}</span><span class="author-role">Senior Reporter</span></div>'
        f'<ul class="time-info"><li class="time">{"10:30"}, {d.day} {EN_MONTHS[d.month - 1][:3].upper()} {d.year}</li><li class="time-updated">Updated 08:12, {upd.day} {EN_MONTHS[upd.month - 1][:3].upper()} {upd.year}</li></ul></div>'
        f'<div class="article-body">{story}</div></article>'
        f'<aside class="most-read"><h2>Most Read</h2><ol>{teaser_list(a)}</ol></aside></main>'
        f'<footer>{FOOT}</footer>'
    )
    return page(a["title"], "Example Live", body, lang="en-GB")


DA_MONTHS = "januar februar marts april maj juni juli august september oktober november december".split()


def danish_news(a):
    """A Danish daily: "4. marts 2021 kl. 10.30" under the headline, the
    author's name in a byline box with an e-mail link, "Læs også" links
    in the text and "Mest læste" beside it."""
    d = a["date"]
    also = f'<p class="read-also">Læs også: <a href="/r/2">{e(a["teasers"][2][0])}</a></p>'
    story = story_html(a["paras"], "<p>{x}</p>", "<h2>{x}</h2>", {1: also})
    body = (
        '<header><a href="/" class="logo">Eksempel Avis</a><nav><a href="/indland">Indland</a><a href="/udland">Udland</a><a href="/sport">Sport</a></nav></header>'
        '<main><article class="article"><h1>' + e(a["title"]) + '</h1>'
        f'<div class="article-byline"><span class="byline-name">{e(a["author"])}</span> <a href="mailto:redaktion@example.dk">Skriv til journalisten</a></div>'
        f'<time class="article-date">{d.day}. {DA_MONTHS[d.month - 1]} {d.year} kl. 10.30</time>'
        f'<div class="article-body">{story}</div></article>'
        f'<aside><h2>Mest læste</h2><ol>{teaser_list(a)}</ol></aside></main>'
        '<footer>© Eksempel Avis 2021. Ansvarshavende chefredaktør: Jens Jensen.</footer>'
    )
    return page(a["title"], "Eksempel Avis", body, lang="da")


HR_MONTHS_GEN = "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca".split()


def croatian_news(a):
    """A Croatian portal: "Autor: Name" and "4. ožujka 2021. u 10:30" (the
    month in the genitive, a dot after the year) over the text, "Pročitajte
    još" links and comments ("Komentari") below."""
    d = a["date"]
    also = f'<div class="related-inline"><strong>Pročitajte još:</strong> <a href="/r/3">{e(a["teasers"][3][0])}</a></div>'
    story = story_html(a["paras"], "<p>{x}</p>", "<h2>{x}</h2>", {2: also})
    comments = comments_html(a["comments"][:3], lambda n, t, i: f'<div class="comment"><b>{e(n)}</b> <span>{d.day}. {HR_MONTHS_GEN[d.month - 1]} {d.year}. u 1{i}:05</span><p>{e(t[:280])}</p></div>')
    body = (
        '<header><a href="/" class="logo">Vijesti Primjer</a><nav><a href="/vijesti">Vijesti</a><a href="/sport">Sport</a><a href="/biznis">Biznis</a></nav></header>'
        '<main><article class="article"><h1 class="article-title">' + e(a["title"]) + '</h1>'
        f'<div class="article-meta"><span class="article-author">Autor: {e(a["author"])}</span> <span class="article-date">{d.day}. {HR_MONTHS_GEN[d.month - 1]} {d.year}. u 10:30</span></div>'
        f'<div class="article-text">{story}</div></article>'
        f'<section class="comments"><h3>Komentari (3)</h3>{comments}</section></main>'
        '<footer>© 2021 Vijesti Primjer. Sva prava pridržana.</footer>'
    )
    return page(a["title"], "Vijesti Primjer", body, lang="hr")


BG_MONTHS = "януари февруари март април май юни юли август септември октомври ноември декември".split()


def bulgarian_news(a):
    """A Bulgarian news site: "04 март 2021, 10:30" and a views count
    under the headline, the author at the foot of the text ("Автор:"),
    "Още по темата" (more on the subject) links with their days."""
    d = a["date"]
    more = "".join(f'<li><a href="/news/r{i}">{e(t)}</a> <span>{max(d.day - i - 1, 1):02} {BG_MONTHS[d.month - 1]} {d.year}</span></li>' for i, (t, _) in enumerate(a["teasers"][:4]))
    body = (
        '<header><a href="/" class="logo">Новини Пример</a><nav><a href="/bulgaria">България</a><a href="/world">Свят</a><a href="/sport">Спорт</a></nav></header>'
        '<main><article class="article"><h1>' + e(a["title"]) + '</h1>'
        f'<div class="article-info"><span class="date">{d.day:02} {BG_MONTHS[d.month - 1]} {d.year}, 10:30</span> <span class="views">1 254 прочитания</span></div>'
        f'<div class="article-content">{body_html(a["paras"])}<p class="author">Автор: {e(a["author"])}</p></div></article>'
        f'<section class="more-on-topic"><h3>Още по темата</h3><ul>{more}</ul></section></main>'
        '<footer>© 2021 Новини Пример. Всички права запазени.</footer>'
    )
    return page(a["title"], "Новини Пример", body, lang="bg")


def indian_english(a):
    """An Indian English daily: "Name / TNN / Updated: Mar 4, 2021, 10:30
    IST" under the headline, "Also read" links in the text, and "Top
    Stories" cards with summaries beside it."""
    d = a["date"]
    also = f'<div class="also-read"><b>Also read:</b> <a href="/r/0">{e(a["teasers"][0][0])}</a></div>'
    story = story_html(a["paras"], "<p>{x}</p>", "<h2>{x}</h2>", {2: also})
    top = "".join(f'<div class="card"><a href="/r/{i}"><h3>{e(t)}</h3></a><p>{e(s[:140])}</p></div>' for i, (t, s) in enumerate(a["teasers"][1:]))
    body = (
        f'<header><a href="/" class="logo">The Example Times</a>{nav()}</header>'
        '<main><div class="article"><h1 class="heading">' + e(a["title"]) + '</h1>'
        f'<div class="byline-content"><div class="byline">{e(a["author"])} / TNN / Updated: {EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}, 10:30 IST</div></div>'
        f'<div class="article-txt">{story}</div></div>'
        f'<aside class="top-stories"><h2>Top Stories</h2>{top}</aside></main>'
        f'<footer>{FOOT}</footer>'
    )
    return page(a["title"], "The Example Times", body, lang="en-IN")


def typepad(a):
    """A Typepad (Movable Type) blog: the day as a header over the post
    ("Thursday, March 04, 2021"), the post's foot "Posted by Name at 10:30
    AM in Category | Permalink | Comments (3)", comments signed "Posted by:
    name | March 05, 2021 at 09:00 AM", and a sidebar with the archive's
    months and the recent posts."""
    d = a["date"]
    wd = EN_DAYS[d.weekday()]
    comments = comments_html(
        a["comments"][:3],
        lambda n, t, i: f'<div class="comment" id="comment-{i}"><div class="comment-content"><p>{e(t)}</p></div>'
        f'<p class="comment-footer">Posted by: {e(n)} | <a href="#comment-{i}">{EN_MONTHS[d.month - 1]} {min(d.day + 1, 28):02}, {d.year} at 09:0{i} AM</a></p></div>',
    )
    recent = "".join(f'<li><a href="/blog/r{i}.html">{e(t)}</a></li>' for i, (t, _) in enumerate(a["teasers"]))
    months = "".join(f'<li><a href="/blog/{d.year}/{m:02}/">{EN_MONTHS[m - 1]} {d.year}</a></li>' for m in range(d.month, 0, -1))
    body = (
        '<div id="container"><div id="container-inner"><div id="banner"><div id="banner-inner">'
        '<h1 id="banner-header"><a href="/blog/">The Long Table</a></h1><h2 id="banner-description">Food, family and the odd recipe</h2></div></div>'
        '<div id="pagebody"><div id="pagebody-inner"><div id="alpha"><div id="alpha-inner">'
        f'<h2 class="date-header">{wd}, {EN_MONTHS[d.month - 1]} {d.day:02}, {d.year}</h2>'
        '<div class="entry-category-food entry-author-x entry-type-post entry" id="entry-6a00">'
        f'<h3 class="entry-header">{e(a["title"])}</h3><div class="entry-content"><div class="entry-body">{body_html(a["paras"])}</div></div>'
        f'<div class="entry-footer"><p class="entry-footer-info"><span class="post-footers">Posted by {e(a["author"])} at 10:30 AM in <a href="/blog/food/">Food</a></span> '
        '<span class="separator">|</span> <a class="permalink" href="/blog/p.html">Permalink</a></p>'
        '<p class="entry-footer-share"><a href="#">Share</a> | <a href="#">Tweet</a></p></div></div>'
        f'<div class="comments" id="comments"><h3 class="comments-header">Comments</h3><div class="comments-content">{comments}</div></div>'
        '<div class="comments-open" id="comments-open"><h2 class="comments-open-header">Post a comment</h2>'
        '<p>Comments are moderated, and will not appear until the author has approved them.</p></div>'
        '</div></div><div id="beta"><div id="beta-inner"><div class="module-recent-posts module"><h2 class="module-header">Recent Posts</h2>'
        f'<div class="module-content"><ul class="module-list">{recent}</ul></div></div>'
        f'<div class="module-archives module"><h2 class="module-header">Archives</h2><div class="module-content"><ul class="module-list">{months}</ul></div></div>'
        '</div></div></div></div><div id="footer">Powered by Typepad</div></div></div>'
    )
    return page(a["title"], "The Long Table", body)


# A Typepad blog's posts sit under its folder, by month.
typepad.address = lambda a: f"/blog/{a['date'].year}/{a['date'].month:02}/{a['key'][:8]}.html"


def dotclear_fr(a):
    """A Dotclear blog in French: the day over the post ("jeudi 4 mars
    2021"), "Par Name, jeudi 4 mars 2021 à 10:30 :: Catégorie" under the
    title, the tags, comments headed "Le vendredi 5 mars 2021 à 09:00,
    par name", and a sidebar with a calendar of the month and the last
    posts."""
    d = a["date"]
    day = f"{FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]} {d.year}"
    nxt = d + datetime.timedelta(days=1)
    comments = comments_html(
        a["comments"][:3],
        lambda n, t, i: f'<dt id="c{i}"><a href="#c{i}" class="comment-number">{i + 1}.</a> Le {FR_DAYS[nxt.weekday()]} {nxt.day} {FR_MONTHS[nxt.month - 1]} {nxt.year} à 09:0{i}, par {e(n)}</dt>'
        f'<dd><p>{e(t)}</p></dd>',
    )
    cells = "".join(f'<td>{k}</td>' if k != d.day else f'<td class="active"><a href="/archive/{d}">{k}</a></td>' for k in range(1, 29))
    last = "".join(f'<li><a href="/post/r{i}">{e(t)}</a></li>' for i, (t, _) in enumerate(a["teasers"]))
    body = (
        '<div id="page"><div id="top"><h1><span><a href="/">Carnets de route</a></span></h1><p id="prelude"><a href="#main">Aller au contenu</a> | <a href="#blognav">Aller au menu</a> | <a href="#search">Aller à la recherche</a></p></div>'
        '<div id="wrapper"><div id="main"><div id="content">'
        f'<p class="day-date">{day}</p>'
        '<div id="p118" class="post" lang="fr" role="article">'
        f'<h2 class="post-title">{e(a["title"])}</h2>'
        f'<p class="post-info">Par {e(a["author"])}, {day}, 10:30 :: <a href="/category/voyages">Voyages</a></p>'
        f'<div class="post-content">{body_html(a["paras"])}</div>'
        '<ul class="post-tags"><li><a href="/tag/route">route</a></li><li><a href="/tag/souvenirs">souvenirs</a></li></ul></div>'
        f'<div id="comments"><h3>Commentaires</h3><dl>{comments}</dl></div>'
        '<form id="comment-form"><h3>Ajouter un commentaire</h3><p class="form-help">Le code HTML est affiché comme du texte et les adresses web sont automatiquement transformées.</p></form>'
        f'</div></div><div id="sidebar"><div id="blognav"><div id="calendar"><h2>{FR_MONTHS[d.month - 1]} {d.year}</h2><table><tr>{cells}</tr></table></div>'
        f'<div class="lastposts"><h2>Derniers billets</h2><ul>{last}</ul></div></div></div></div>'
        '<div id="footer"><p>Propulsé par <a href="https://dotclear.org/">Dotclear</a></p></div></div>'
    )
    return page(a["title"], "Carnets de route", body, lang="fr")


def serendipity_de(a):
    """A Serendipity (s9y) blog in German: the day as a heading
    ("Donnerstag, 4. März 2021"), the post's foot "Geschrieben von Name
    in Kategorie um 10:30 | Kommentare (3) | Trackbacks (0)", comments
    with "Name am 05.03.2021 09:00", and a sidebar calendar and archive."""
    d = a["date"]
    nxt = d + datetime.timedelta(days=1)
    comments = comments_html(
        a["comments"][:3],
        lambda n, t, i: f'<div class="serendipity_comment" id="c{i}"><div class="serendipity_commentBody">{e(t)}</div>'
        f'<div class="serendipity_comment_source"><a href="#c{i}">#{i + 1}</a> <span class="comment_source_author">{e(n)}</span> am {de_numeric(nxt)} 09:0{i}</div></div>',
    )
    cells = "".join(f'<td class="serendipity_calendarDay">{k}</td>' for k in range(1, 29))
    body = (
        '<div id="serendipity_banner"><h1><a class="homelink1" href="/">Gedankenstrich</a></h1><h2><a class="homelink2" href="/">Ein Blog über Bücher und Bahnen</a></h2></div>'
        '<table id="mainpane"><tr><td id="content" valign="top">'
        f'<div class="serendipity_Entry_Date"><h3 class="serendipity_date">{DE_DAYS[d.weekday()]}, {de_date(d)}</h3>'
        f'<h4 class="serendipity_title"><a href="/archives/118.html">{e(a["title"])}</a></h4>'
        f'<div class="serendipity_entry serendipity_entry_author_x"><div class="serendipity_entry_body">{body_html(a["paras"])}</div>'
        f'<div class="serendipity_entryFooter">Geschrieben von <a href="/authors/1">{e(a["author"])}</a> in <a href="/categories/2">Bücher</a> um 10:30 '
        '| <a href="/archives/118.html#comments">Kommentare (3)</a> | <a href="/archives/118.html#trackbacks">Trackbacks (0)</a></div></div>'
        f'<div class="serendipity_comments"><div class="serendipity_commentsTitle">Kommentare</div>{comments}</div></div>'
        '</td><td id="serendipityRightSideBar" valign="top">'
        f'<div class="serendipitySideBarItem"><h3 class="serendipitySideBarTitle">Kalender</h3><table class="serendipity_calendar"><tr><td colspan="7">{DE_MONTHS[d.month - 1]} \'{d.year % 100:02}</td></tr><tr>{cells}</tr></table></div>'
        '<div class="serendipitySideBarItem"><h3 class="serendipitySideBarTitle">Archive</h3><ul><li><a href="/a/1">Januar 2021</a></li><li><a href="/a/2">Dezember 2020</a></li></ul></div>'
        '</td></tr></table><div id="serendipity_footer">Powered by Serendipity</div>'
    )
    return page(a["title"], "Gedankenstrich", body, lang="de")


def spanish_news(a):
    """A Spanish regional daily: "Name | Madrid | 04/03/2021 - 10:30 h."
    (day first, numbers only) and "Actualizado: 05/03/2021 08:12 h." under
    the headline and a lead, a "Te puede interesar" box inside the text,
    "Lo más leído" with comment counts beside it."""
    d = a["date"]
    upd = d + datetime.timedelta(days=1)
    box = f'<aside class="te-puede-interesar"><span>Te puede interesar</span><a href="/r/1">{e(a["teasers"][1][0])}</a></aside>'
    story = story_html(a["paras"][1:], "<p>{x}</p>", "<h2>{x}</h2>", {2: box})
    most = "".join(f'<li><a href="/noticia/r{i}">{e(t)}</a> <span class="comentarios">{12 + i * 7} comentarios</span></li>' for i, (t, _) in enumerate(a["teasers"]))
    body = (
        '<header><a href="/" class="logo">Diario Ejemplo</a><nav><a href="/local">Local</a><a href="/espana">España</a><a href="/deportes">Deportes</a><a href="/opinion">Opinión</a></nav></header>'
        '<main><article class="noticia"><h1 class="titular">' + e(a["title"]) + '</h1>'
        f'<p class="entradilla">{e(a["paras"][0])}</p>'
        f'<div class="firma"><span class="autor">{e(a["author"])}</span> | <span class="lugar">Madrid</span> | <span class="fecha">{d.day:02}/{d.month:02}/{d.year} - 10:30 h.</span></div>'
        f'<div class="actualizado">Actualizado: {upd.day:02}/{upd.month:02}/{upd.year} 08:12 h.</div>'
        f'<div class="cuerpo">{story}</div></article>'
        f'<aside class="lo-mas"><h2>Lo más leído</h2><ol>{most}</ol></aside></main>'
        '<footer>© Diario Ejemplo S.L. Aviso legal · Política de privacidad · Cookies</footer>'
    )
    return page(a["title"], "Diario Ejemplo", body, lang="es")


def swiss_news(a):
    """A Swiss German daily: "04.03.2021, 10.30 Uhr" (a dot in the time),
    the author with a place ("Name, Zürich") and the lead in its own
    paragraph, "Passend zum Artikel" teasers with their dates inside the
    text and a newsletter box at its end."""
    d = a["date"]
    fit = "".join(f'<div class="teaser"><a href="/r/{i}">{e(t)}</a><span class="teaser__date">{max(d.day - i - 1, 1):02}.{d.month:02}.{d.year}</span></div>' for i, (t, _) in enumerate(a["teasers"][:2]))
    box = f'<section class="related-inline"><h3>Passend zum Artikel</h3>{fit}</section>'
    story = story_html(a["paras"][1:], '<p class="text">{x}</p>', '<h2 class="subtitle">{x}</h2>', {3: box})
    body = (
        '<header class="nav-header"><a href="/" class="logo">Zürcher Beispiel-Zeitung</a><nav><a href="/schweiz">Schweiz</a><a href="/international">International</a><a href="/wirtschaft">Wirtschaft</a><a href="/feuilleton">Feuilleton</a></nav></header>'
        '<div class="articlecomponent"><article><header class="headline"><h1 class="headline__title">' + e(a["title"]) + '</h1>'
        f'<p class="headline__lead">{e(a["paras"][0])}</p></header>'
        f'<div class="metainfo"><span class="metainfo__item--author">{e(a["author"])}, Zürich</span> <time class="metainfo__item--date">{de_numeric(d)}, 10.30 Uhr</time></div>'
        f'<section class="articlecomponent__text">{story}</section>'
        '<div class="newsletter-box"><h3>Der Newsletter am Morgen</h3><p>Jeden Werktag die wichtigsten Meldungen in Ihrer Mailbox. Jetzt kostenlos abonnieren.</p></div></article></div>'
        '<footer>Copyright © Zürcher Beispiel-Zeitung AG. Alle Rechte vorbehalten.</footer>'
    )
    return page(a["title"], "Zürcher Beispiel-Zeitung", body, lang="de-CH")


IT_MONTHS_LOWER = [m.lower() for m in IT_MONTHS]


def italian_wp(a):
    """An Italian WordPress blog: "Pubblicato il 4 Marzo 2021 da Name" over
    the text, "Articoli correlati" with their days under it, and comments
    "name dice: 5 Marzo 2021 alle 09:00"."""
    d = a["date"]
    nxt = d + datetime.timedelta(days=1)
    related = "".join(f'<li><a href="/r/{i}">{e(t)}</a> <time>{max(d.day - i - 2, 1)} {IT_MONTHS[d.month - 1]} {d.year}</time></li>' for i, (t, _) in enumerate(a["teasers"][:3]))
    comments = comments_html(
        a["comments"][:3],
        lambda n, t, i: f'<li class="comment"><div class="comment-author vcard"><cite class="fn">{e(n)}</cite> <span class="says">dice:</span></div>'
        f'<div class="comment-meta commentmetadata"><a href="#c{i}">{nxt.day} {IT_MONTHS[nxt.month - 1]} {nxt.year} alle 09:0{i}</a></div><p>{e(t)}</p></li>',
    )
    body = (
        '<div id="wrapper"><header id="header"><div class="site-title"><a href="/">Cucina di Casa</a></div><div class="site-description">Ricette e racconti dalla Toscana</div>'
        '<nav id="menu"><a href="/ricette">Ricette</a><a href="/viaggi">Viaggi</a><a href="/chi-sono">Chi sono</a></nav></header>'
        '<div id="container"><main id="content">'
        '<article id="post-118" class="post-118 post type-post status-publish hentry">'
        f'<header><h1 class="entry-title">{e(a["title"])}</h1>'
        f'<div class="entry-meta">Pubblicato il <span class="entry-date">{d.day} {IT_MONTHS[d.month - 1]} {d.year}</span> da <span class="author vcard"><a href="/author/x/">{e(a["author"])}</a></span></div></header>'
        f'<div class="entry-content">{body_html(a["paras"])}</div>'
        '<footer class="entry-footer">Questa voce è stata pubblicata in <a href="/category/ricette/">Ricette</a>. Contrassegna il <a href="/p">permalink</a>.</footer></article>'
        f'<div class="related-posts"><h3>Articoli correlati</h3><ul>{related}</ul></div>'
        f'<div id="comments"><h3>3 commenti</h3><ol class="commentlist">{comments}</ol>'
        '<div id="respond"><h3>Lascia un commento</h3><p>Il tuo indirizzo email non sarà pubblicato.</p></div></div>'
        '</main></div><footer id="footer">© 2021 Cucina di Casa · Tema di esempio</footer></div>'
    )
    return page(a["title"], "Cucina di Casa", body, lang="it-IT")


def portugal_news(a):
    """A Portuguese (Portugal) daily: "4 de Março de 2021, 10:30" with the
    month capitalised as in the old spelling, the author linked with
    rel=author, "Leia também" links and "Mais lidas" beside."""
    d = a["date"]
    also = f'<div class="leia-tambem"><strong>Leia também</strong> <a href="/r/0">{e(a["teasers"][0][0])}</a></div>'
    story = story_html(a["paras"], "<p>{x}</p>", "<h2>{x}</h2>", {2: also})
    body = (
        '<header><a href="/" class="logo">Jornal Exemplo</a><nav><a href="/politica">Política</a><a href="/sociedade">Sociedade</a><a href="/economia">Economia</a><a href="/desporto">Desporto</a></nav></header>'
        '<main><article class="story"><h1 class="story__headline">' + e(a["title"]) + '</h1>'
        f'<div class="story__meta"><a rel="author" href="/autor/x">{e(a["author"])}</a> <span class="dateline">{d.day} de {PT_MONTHS[d.month - 1].capitalize()} de {d.year}, 10:30</span></div>'
        f'<div class="story__body">{story}</div></article>'
        f'<aside><h2>Mais lidas</h2><ol>{teaser_list(a)}</ol></aside></main>'
        '<footer>© 2021 Jornal Exemplo. Todos os direitos reservados.</footer>'
    )
    return page(a["title"], "Jornal Exemplo", body, lang="pt-PT")


def french_regional(a):
    """A French regional daily: the author's name after the headline with a
    full stop ("Name."), "Publié le 04/03/2021 à 10h30" and "Modifié le
    05/03/2021 à 08h12", a "Lire aussi" strip inside, and "Vidéos" and
    "Dans la même rubrique" with their days below."""
    d = a["date"]
    upd = d + datetime.timedelta(days=1)
    also = f'<div class="lire-aussi"><span>Lire aussi :</span> <a href="/r/2">{e(a["teasers"][2][0])}</a></div>'
    story = story_html(a["paras"], "<p>{x}</p>", "<h2>{x}</h2>", {1: also})
    same = "".join(f'<li><a href="/actu/r{i}">{e(t)}</a> <time>{max(d.day - i, 1):02}/{d.month:02}/{d.year}</time></li>' for i, (t, _) in enumerate(a["teasers"]))
    body = (
        '<header><a href="/" class="logo">L\'Écho de l\'Ouest</a><nav><a href="/bretagne">Bretagne</a><a href="/normandie">Normandie</a><a href="/sport">Sport</a></nav></header>'
        '<main><article class="article"><h1>' + e(a["title"]) + '</h1>'
        f'<div class="signature"><span class="author">{e(a["author"])}.</span></div>'
        f'<div class="dates"><span>Publié le {d.day:02}/{d.month:02}/{d.year} à 10h30</span> <span>Modifié le {upd.day:02}/{upd.month:02}/{upd.year} à 08h12</span></div>'
        f'<div class="article-body">{story}</div></article>'
        f'<section class="same-section"><h2>Dans la même rubrique</h2><ul>{same}</ul></section></main>'
        '<footer>© L\'Écho de l\'Ouest. Tous droits réservés.</footer>'
    )
    return page(a["title"], "L'Écho de l'Ouest", body, lang="fr")


def german_wp_footer(a):
    """A German WordPress theme of the old kind: nothing under the title,
    the post's foot "Dieser Eintrag wurde veröffentlicht am 4. März 2021
    von Name in Allgemein. Setze ein Lesezeichen auf den Permalink.", the
    previous and next posts' links, comments "sagt:" with their days, and
    a sidebar of the newest posts and the archive's months."""
    d = a["date"]
    nxt = d + datetime.timedelta(days=1)
    comments = comments_html(
        a["comments"][:3],
        lambda n, t, i: f'<li class="comment"><div class="comment-author vcard"><cite class="fn">{e(n)}</cite> <span class="says">sagt:</span></div>'
        f'<div class="comment-meta commentmetadata"><a href="#c{i}">{de_date(nxt)} um 09:0{i} Uhr</a></div><p>{e(t)}</p></li>',
    )
    newest = "".join(f'<li><a href="/r/{i}">{e(t)}</a></li>' for i, (t, _) in enumerate(a["teasers"]))
    body = (
        '<div id="wrapper" class="hfeed"><div id="header"><div id="masthead"><div id="branding"><div id="site-title"><span><a href="/" rel="home">Vereinsblog Beispielstadt</a></span></div>'
        '<div id="site-description">Neuigkeiten aus dem Verein</div></div><div id="access"><div class="skip-link screen-reader-text"><a href="#content">Zum Inhalt springen</a></div>'
        '<div class="menu"><ul><li><a href="/">Startseite</a></li><li><a href="/termine/">Termine</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></div></div></div></div>'
        '<div id="main"><div id="container"><div id="content" role="main">'
        f'<div id="nav-above" class="navigation"><div class="nav-previous"><a href="/p/1" rel="prev"><span class="meta-nav">←</span> {e(a["teasers"][0][0])}</a></div></div>'
        '<div id="post-118" class="post-118 post type-post status-publish hentry category-allgemein">'
        f'<h1 class="entry-title">{e(a["title"])}</h1>'
        f'<div class="entry-content">{body_html(a["paras"])}</div>'
        f'<div class="entry-utility">Dieser Eintrag wurde veröffentlicht am {de_date(d)} von {e(a["author"])} in <a href="/category/allgemein/">Allgemein</a>. '
        'Setze ein Lesezeichen auf den <a href="/p" rel="bookmark">Permalink</a>.</div></div>'
        f'<div id="nav-below" class="navigation"><div class="nav-next"><a href="/p/2" rel="next">{e(a["teasers"][1][0])} <span class="meta-nav">→</span></a></div></div>'
        f'<div id="comments"><h3 id="comments-title">3 Antworten auf <em>{e(a["title"])}</em></h3><ol class="commentlist">{comments}</ol></div>'
        '</div></div><div id="primary" class="widget-area"><ul class="xoxo">'
        f'<li class="widget-container widget_recent_entries"><h3 class="widget-title">Neueste Beiträge</h3><ul>{newest}</ul></li>'
        f'<li class="widget-container widget_archive"><h3 class="widget-title">Archiv</h3><ul><li><a href="/{d.year}/{d.month:02}/">{DE_MONTHS[d.month - 1]} {d.year}</a></li></ul></li>'
        '</ul></div></div><div id="footer"><div id="site-info"><a href="/" rel="home">Vereinsblog Beispielstadt</a></div><div id="site-generator">Stolz präsentiert von WordPress</div></div></div>'
    )
    return page(a["title"], "Vereinsblog Beispielstadt", body, lang="de-DE")


def spip_fr(a):
    """A SPIP site in French (associations, local papers, schools): the
    breadcrumb over the title, "publié le 4 mars 2021" as hAtom's
    `abbr.published` with its ISO day, "par Name" in an `auteurs` span,
    the text in `chapo` and `texte`, a "Dans la même rubrique" list with
    days, and the site's "Plan du site" footer."""
    d = a["date"]
    same = "".join(f'<li><a href="spip.php?article{100 + i}">{e(t)}</a> <small>{max(d.day - i - 1, 1)} {FR_MONTHS[d.month - 1]} {d.year}</small></li>' for i, (t, _) in enumerate(a["teasers"][:4]))
    paras = a["paras"]
    body = (
        '<div class="page"><div class="header"><a rel="start home" href="/" class="spip_logo">Association Exemple</a><p class="slogan">Pour la vie du quartier</p></div>'
        '<div class="nav"><ul class="menu-liste"><li><a href="spip.php?rubrique1">Actualités</a></li><li><a href="spip.php?rubrique2">Agenda</a></li></ul></div>'
        '<div class="main"><div class="wrapper hfeed"><div class="content hentry" id="content">'
        '<p class="arbo"><a href="/">Accueil</a> &gt; <a href="spip.php?rubrique1">Actualités</a> &gt; </p>'
        '<div class="cartouche">'
        f'<h1 class="surlignable crayon article-titre-118 entry-title">{e(a["title"])}</h1>'
        f'<p class="info-publi"><abbr class="published" title="{d}T10:30:00Z">{d.day} {FR_MONTHS[d.month - 1]} {d.year}</abbr>'
        f'<span class="sep">, </span><span class="auteurs">par <span class="vcard author"><a class="url fn spip_in" href="spip.php?auteur3">{e(a["author"])}</a></span></span></p></div>'
        f'<div class="surlignable crayon article-chapo-118 chapo"><p>{e(paras[0])}</p></div>'
        f'<div class="surlignable crayon article-texte-118 texte entry-content">{body_html(paras[1:], p="<p>{}</p>", h="<h3 class=spip>{}</h3>")}</div>'
        '</div></div><div class="aside"><div class="menu"><h2>Dans la même rubrique</h2>'
        f'<ul>{same}</ul></div></div></div>'
        '<div class="footer"><p class="colophon">2021 Association Exemple</p><a href="spip.php?page=plan" rel="contents">Plan du site</a> | <a href="spip.php?page=login">Se connecter</a> | <a href="spip.php?page=contact">Contact</a></div></div>'
    )
    return page(a["title"], "Association Exemple", body, lang="fr")


def austrian_news(a):
    """An Austrian daily: "4. März 2021, 10:30" under the headline and the
    author's name alone in a link, the lead in bold, a "Postings" forum
    below with its posters' days, and "Mehr zum Thema" links."""
    d = a["date"]
    nxt = d + datetime.timedelta(days=1)
    posts = "".join(
        f'<div class="posting"><div class="posting--header"><span class="posting--username">{e(n)}</span> <time>{nxt.day}. {DE_MONTHS[nxt.month - 1]} {nxt.year}, 0{i + 8}:15</time></div><div class="posting--content"><p>{e(t[:300])}</p></div></div>'
        for i, (n, t) in enumerate(zip(["Grantler", "Wienerin_77", "bergfex"], a["comments"]))
    )
    more = "".join(f'<li><a href="/story/{3000 + i}">{e(t)}</a></li>' for i, (t, _) in enumerate(a["teasers"][:3]))
    body = (
        '<header class="site-header"><a href="/" class="site-logo">Der Beispiel-Standard</a><nav><a href="/international">International</a><a href="/inland">Inland</a><a href="/wirtschaft">Wirtschaft</a><a href="/web">Web</a></nav></header>'
        '<main><div class="story-article"><article class="story-article"><header class="article-header">'
        f'<h1 class="article-title">{e(a["title"])}</h1><p class="article-subtitle"><strong>{e(a["paras"][0])}</strong></p>'
        f'<div class="article-origins"><div class="article-byline"><div class="article-origins"><a href="/autor/x">{e(a["author"])}</a></div></div>'
        f'<p class="article-pubdate"><time>{d.day}. {DE_MONTHS[d.month - 1]} {d.year}, 10:30</time></p></div></header>'
        f'<div class="article-body">{body_html(a["paras"][1:])}</div>'
        f'<section class="related"><h3>Mehr zum Thema</h3><ul>{more}</ul></section></article></div>'
        f'<section class="community"><h2>Postings</h2><p>Diskutieren Sie mit. Bitte beachten Sie die Community-Richtlinien.</p>{posts}</section></main>'
        '<footer>© Der Beispiel-Standard 2021. Alle Rechte vorbehalten.</footer>'
    )
    return page(a["title"], "Der Beispiel-Standard", body, lang="de-AT")


def dutch_wp(a):
    """A Dutch WordPress blog: "Geplaatst op 4 maart 2021 door Name" over
    the text, "Gerelateerde berichten" with their days, comments "schreef:"
    and a "Reacties" form."""
    d = a["date"]
    rel = "".join(f'<li><a href="/r/{i}">{e(t)}</a> <span>{max(d.day - i - 3, 1)} {NL_MONTHS[d.month - 1]} {d.year}</span></li>' for i, (t, _) in enumerate(a["teasers"][:3]))
    comments = comments_html(
        a["comments"][:2],
        lambda n, t, i: f'<li class="comment"><p class="comment-author"><b>{e(n)}</b> schreef:</p><p class="comment-date">{d.day + 1 if d.day < 28 else 1} {NL_MONTHS[d.month - 1]} {d.year} om 09:0{i}</p><p>{e(t)}</p></li>',
    )
    body = (
        f'<header class="site-header"><p class="site-title"><a href="/">Fietsen door Nederland</a></p>{nav()}</header>'
        '<div class="site-content"><main class="content-area"><article class="post type-post hentry">'
        f'<header class="entry-header"><h1 class="entry-title">{e(a["title"])}</h1>'
        f'<div class="entry-meta"><span class="posted-on">Geplaatst op <a href="/p" rel="bookmark">{d.day} {NL_MONTHS[d.month - 1]} {d.year}</a></span> '
        f'<span class="byline">door <span class="author vcard"><a class="url fn n" href="/author/x/">{e(a["author"])}</a></span></span></div></header>'
        f'<div class="entry-content">{body_html(a["paras"])}</div>'
        '<footer class="entry-footer"><span class="cat-links">Geplaatst in <a href="/category/routes/">Routes</a></span></footer></article>'
        f'<div class="related-posts"><h3>Gerelateerde berichten</h3><ul>{rel}</ul></div>'
        f'<div id="comments"><h2>2 reacties</h2><ol>{comments}</ol><div id="respond"><h3>Geef een reactie</h3><p>Je e-mailadres wordt niet gepubliceerd.</p></div></div>'
        '</main></div><footer class="site-footer">Trots aangedreven door WordPress</footer>'
    )
    return page(a["title"], "Fietsen door Nederland", body, lang="nl-NL")


def polish_wp(a):
    """A Polish WordPress blog: "Opublikowano 4 marca 2021 przez Name" in
    the post's foot, "Podobne wpisy" and comments "napisał(a):" with
    their days."""
    d = a["date"]
    comments = comments_html(
        a["comments"][:3],
        lambda n, t, i: f'<li class="comment"><div class="comment-author"><b>{e(n)}</b> napisał(a):</div><div class="comment-meta">{min(d.day + 1, 28)} {PL_MONTHS_GEN[d.month - 1]} {d.year} o 09:0{i}</div><p>{e(t)}</p></li>',
    )
    similar = "".join(f'<li><a href="/r/{i}">{e(t)}</a></li>' for i, (t, _) in enumerate(a["teasers"][:3]))
    body = (
        '<header class="site-header"><a class="site-title" href="/">Zapiski z Podróży</a><nav><a href="/o-mnie/">O mnie</a><a href="/kontakt/">Kontakt</a></nav></header>'
        '<main class="site-main"><article class="post hentry">'
        f'<h1 class="entry-title">{e(a["title"])}</h1>'
        f'<div class="entry-content">{body_html(a["paras"])}</div>'
        f'<footer class="entry-meta">Opublikowano <time class="entry-date">{d.day} {PL_MONTHS_GEN[d.month - 1]} {d.year}</time> przez <span class="author">{e(a["author"])}</span> w kategorii <a href="/kategoria/podroze/">Podróże</a></footer></article>'
        f'<section class="similar"><h3>Podobne wpisy</h3><ul>{similar}</ul></section>'
        f'<section id="comments"><h3>3 komentarze</h3><ol>{comments}</ol></section></main>'
        '<footer class="site-footer">Dumnie wspierane przez WordPress</footer>'
    )
    return page(a["title"], "Zapiski z Podróży", body, lang="pl-PL")


def url_dated_blog(a):
    """A blog whose theme shows no day at all: the post's address carries
    it (`/2021/03/04/slug/`), the author only in the post's foot ("Filed
    under Notes by Name"), the archive's months in the sidebar."""
    d = a["date"]
    recent = "".join(f'<li><a href="/{d.year}/{d.month:02}/{max(d.day - i - 1, 1):02}/r{i}/">{e(t)}</a></li>' for i, (t, _) in enumerate(a["teasers"]))
    body = (
        '<div id="page"><header id="masthead"><h1 class="site-title"><a href="/" rel="home">Small Notes</a></h1><p class="site-description">Things I want to remember</p></header>'
        '<div id="content"><div id="primary"><article class="post">'
        f'<h2 class="entry-title"><a href="./" rel="bookmark">{e(a["title"])}</a></h2>'
        f'<div class="entry-content">{body_html(a["paras"])}</div>'
        f'<footer class="entry-meta">Filed under <a href="/category/notes/">Notes</a> by {e(a["author"])}</footer></article></div>'
        f'<aside id="secondary"><section class="widget"><h3>Recent Posts</h3><ul>{recent}</ul></section>'
        f'<section class="widget"><h3>Archives</h3><ul><li><a href="/{d.year}/{d.month:02}/">{EN_MONTHS[d.month - 1]} {d.year}</a></li></ul></section></aside></div>'
        '<footer id="colophon">Proudly powered by WordPress</footer></div>'
    )
    return page(a["title"], "Small Notes", body)


# The day is in the post's address, and only there.
url_dated_blog.address = lambda a: f"/{a['date'].year}/{a['date'].month:02}/{a['date'].day:02}/{a['key'][:8]}/"


def yoast_graph(a):
    """A WordPress site with Yoast's JSON-LD `@graph`: the publication day
    on the `WebPage` node (no `Article` node), the author as a `Person`
    node, and a theme that shows neither, only the title and the text
    with a "Share this" bar and an e-mail signup."""
    d = a["date"]
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Organization", "@id": "https://site.example/#organization", "name": "Riverside Trust"},
            {"@type": "WebSite", "@id": "https://site.example/#website", "url": "https://site.example/", "name": "Riverside Trust"},
            {
                "@type": "WebPage",
                "@id": "https://site.example/p/#webpage",
                "name": a["title"] + " - Riverside Trust",
                "isPartOf": {"@id": "https://site.example/#website"},
                "datePublished": f"{d}T09:15:00+00:00",
                "dateModified": f"{d + datetime.timedelta(days=20)}T16:00:00+00:00",
                "author": {"@id": "https://site.example/#/schema/person/1"},
            },
            {"@type": "Person", "@id": "https://site.example/#/schema/person/1", "name": a["author"]},
        ],
    }
    head = '<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(graph).replace("</", "<\\/") + "</script>"
    body = (
        f'<header class="site-header"><a href="/" class="custom-logo-link">Riverside Trust</a>{nav()}</header>'
        '<main id="main"><article class="page type-page">'
        f'<h1 class="entry-title">{e(a["title"])}</h1>'
        f'<div class="entry-content">{body_html(a["paras"])}</div>'
        '<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div></article>'
        '<section class="signup"><h2>Stay in touch</h2><p>Get our news by e-mail once a month. We never share your address.</p></section></main>'
        '<footer class="site-footer">Registered charity no. 1234567 · Privacy · Cookies</footer>'
    )
    return page(a["title"], "Riverside Trust", body, head=head)


def joomla_de(a):
    """A German association's Joomla 2.5 site: the article's info list
    ("Geschrieben von Name", "Kategorie: Aktuelles", "Veröffentlicht am
    Donnerstag, 04. März 2021 10:30", "Zugriffe: 1234") with no
    machine-readable day, the module "Neueste Beiträge" and a login box."""
    d = a["date"]
    newest = "".join(f'<li><a href="/index.php/aktuelles/{200 + i}">{e(t)}</a></li>' for i, (t, _) in enumerate(a["teasers"]))
    body = (
        '<div class="body"><div class="container"><header class="header"><a class="brand pull-left" href="/"><span class="site-title">SV Beispieldorf 1921 e.V.</span></a>'
        '<div class="header-search pull-right"><form><input name="searchword" placeholder="Suche ..."></form></div></header>'
        '<nav class="navigation"><ul class="nav menu"><li><a href="/">Home</a></li><li><a href="/index.php/aktuelles">Aktuelles</a></li><li><a href="/index.php/verein">Verein</a></li></ul></nav>'
        '<div class="row-fluid"><main id="content" class="span9"><div class="item-page">'
        f'<div class="page-header"><h2><a href="/index.php/aktuelles/118">{e(a["title"])}</a></h2></div>'
        f'<dl class="article-info muted"><dt class="article-info-term">Details</dt><dd class="createdby">Geschrieben von {e(a["author"])}</dd>'
        '<dd class="category-name">Kategorie: <a href="/index.php/aktuelles">Aktuelles</a></dd>'
        f'<dd class="published">Veröffentlicht am {DE_DAYS[d.weekday()]}, {d.day:02}. {DE_MONTHS[d.month - 1]} {d.year} 10:30</dd><dd class="hits">Zugriffe: 1234</dd></dl>'
        f'{body_html(a["paras"])}'
        '<ul class="pager pagenav"><li class="previous"><a href="/index.php/aktuelles/117" rel="prev">&lt; Zurück</a></li><li class="next"><a href="/index.php/aktuelles/119" rel="next">Weiter &gt;</a></li></ul></div></main>'
        f'<div id="aside" class="span3"><div class="moduletable"><h3>Neueste Beiträge</h3><ul class="latestnews">{newest}</ul></div>'
        '<div class="moduletable"><h3>Anmeldung</h3><form><input name="username" placeholder="Benutzername"><input name="password" type="password"><button>Anmelden</button></form></div></div></div>'
        '<footer class="footer"><p>© 2021 SV Beispieldorf 1921 e.V.</p><p><a href="/index.php/impressum">Impressum</a> | <a href="/index.php/datenschutz">Datenschutz</a></p></footer></div></div>'
    )
    return page(a["title"], "SV Beispieldorf 1921 e.V.", body, lang="de-de")


def spanish_wp(a):
    """A Spanish WordPress blog with es_ES's default day ("4 marzo, 2021":
    no "de", a comma before the year), "Publicado el ... por Name",
    "Entradas relacionadas" and comments ("dice:")."""
    d = a["date"]
    day = f"{d.day} {ES_MONTHS[d.month - 1]}, {d.year}"
    rel = "".join(f'<li><a href="/r/{i}">{e(t)}</a> <span class="fecha">{max(d.day - i - 1, 1)} {ES_MONTHS[d.month - 1]}, {d.year}</span></li>' for i, (t, _) in enumerate(a["teasers"][:3]))
    comments = comments_html(
        a["comments"][:3],
        lambda n, t, i: f'<li class="comment"><div class="comment-author vcard"><b class="fn">{e(n)}</b> <span class="says">dice:</span></div>'
        f'<div class="comment-metadata"><a href="#c{i}">{min(d.day + 1, 28)} {ES_MONTHS[d.month - 1]}, {d.year} a las 9:0{i} am</a></div><p>{e(t)}</p></li>',
    )
    body = (
        f'<header class="site-header"><p class="site-title"><a href="/">Cuaderno de Viaje</a></p>{nav()}</header>'
        '<div class="site-content"><main class="site-main"><article class="post hentry">'
        f'<header class="entry-header"><h1 class="entry-title">{e(a["title"])}</h1>'
        f'<div class="entry-meta">Publicado el {day} por {e(a["author"])}</div></header>'
        f'<div class="entry-content">{body_html(a["paras"])}</div></article>'
        f'<section class="related"><h3>Entradas relacionadas</h3><ul>{rel}</ul></section>'
        f'<div id="comments"><h2>3 comentarios</h2><ol>{comments}</ol></div></main></div>'
        '<footer class="site-footer">Funciona gracias a WordPress</footer>'
    )
    return page(a["title"], "Cuaderno de Viaje", body, lang="es-ES")


def elmundo_es(a):
    """A Spanish national daily: the weekday and the day without "de"
    ("Jueves, 4 marzo 2021 - 10:30") beside the author and the place
    ("Name Madrid"), the lead in bold, "Lo más leído" and an "Más
    noticias" strip with days."""
    d = a["date"]
    days = "Lunes Martes Miércoles Jueves Viernes Sábado Domingo".split()
    more = "".join(f'<li><a href="/r/{i}">{e(t)}</a> <time>{max(d.day - i, 1)} {ES_MONTHS[d.month - 1]} {d.year}</time></li>' for i, (t, _) in enumerate(a["teasers"][:4]))
    body = (
        '<header><a href="/" class="logo">El Diario Ejemplo</a><nav><a href="/espana">España</a><a href="/internacional">Internacional</a><a href="/economia">Economía</a></nav></header>'
        '<main><article class="ue-c-article"><div class="ue-c-article__header"><h1 class="ue-c-article__headline">' + e(a["title"]) + '</h1>'
        f'<p class="ue-c-article__standfirst"><strong>{e(a["paras"][0])}</strong></p></div>'
        f'<div class="ue-c-article__byline"><div class="ue-c-article__byline-name">{e(a["author"])}</div><div class="ue-c-article__byline-location">Madrid</div>'
        f'<div class="ue-c-article__publishdate">{days[d.weekday()]}, {d.day} {ES_MONTHS[d.month - 1]} {d.year} - 10:30</div></div>'
        f'<div class="ue-c-article__body">{body_html(a["paras"][1:])}</div></article>'
        f'<section class="mas-noticias"><h2>Más noticias</h2><ul>{more}</ul></section>'
        f'<aside><h2>Lo más leído</h2><ol>{teaser_list(a)}</ol></aside></main>'
        '<footer>© El Diario Ejemplo. Todos los derechos reservados.</footer>'
    )
    return page(a["title"], "El Diario Ejemplo", body, lang="es")


CA_MONTHS = "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre".split()
CA_DAYS = "dilluns dimarts dimecres dijous divendres dissabte diumenge".split()


def catalan_news(a):
    """A Catalan daily: "dijous, 4 de març de 2021, 10:30" (Catalan
    months, "d'abril" before a vowel), "Redacció" or the author after
    "Per", "Llegiu també" links and "El més llegit"."""
    d = a["date"]
    month = CA_MONTHS[d.month - 1]
    of = "d'" if month[0] in "aeiou" else "de "
    also = f'<div class="llegiu"><b>Llegiu també:</b> <a href="/r/1">{e(a["teasers"][1][0])}</a></div>'
    story = story_html(a["paras"], "<p>{x}</p>", "<h2>{x}</h2>", {2: also})
    body = (
        '<header><a href="/" class="logo">Diari d\'Exemple</a><nav><a href="/politica">Política</a><a href="/societat">Societat</a><a href="/esports">Esports</a></nav></header>'
        '<main><article class="noticia"><h1>' + e(a["title"]) + '</h1>'
        f'<div class="signatura">Per <span class="nom">{e(a["author"])}</span></div>'
        f'<div class="data">{CA_DAYS[d.weekday()]}, {d.day} {of}{month} de {d.year}, 10:30</div>'
        f'<div class="cos">{story}</div></article>'
        f'<aside><h2>El més llegit</h2><ol>{teaser_list(a)}</ol></aside></main>'
        '<footer>© Diari d\'Exemple. Tots els drets reservats.</footer>'
    )
    return page(a["title"], "Diari d'Exemple", body, lang="ca")


def italian_agency(a):
    """An Italian news agency's story: "04 marzo 2021 10:30" over the
    text, which opens with the agency's dateline ("(ANSA) - ROMA, 04 MAR
    - ", the month in capitals and no year), "Riproduzione riservata ©
    Copyright" after it, and "Ultima ora" with times."""
    d = a["date"]
    abbr = IT_MONTHS[d.month - 1][:3].upper()
    paras = list(a["paras"])
    paras[0] = f"(ANSA) - ROMA, {d.day:02} {abbr} - {paras[0]}"
    latest = "".join(f'<li><span class="ora">{9 + i}:{15 * i:02}</span> <a href="/r/{i}">{e(t)}</a></li>' for i, (t, _) in enumerate(a["teasers"]))
    body = (
        '<header><a href="/" class="logo">Agenzia Esempio</a><nav><a href="/cronaca">Cronaca</a><a href="/politica">Politica</a><a href="/mondo">Mondo</a></nav></header>'
        '<main><article class="news"><h1 class="news-title">' + e(a["title"]) + '</h1>'
        f'<div class="news-date"><time>{d.day:02} {IT_MONTHS[d.month - 1].lower()} {d.year} 10:30</time></div>'
        f'<div class="news-txt">{body_html(paras)}<p class="copyright">Riproduzione riservata © Copyright Agenzia Esempio</p></div>'
        f'<div class="news-author">di {e(a["author"])}</div></article>'
        f'<aside class="ultima-ora"><h2>Ultima ora</h2><ul>{latest}</ul></aside></main>'
        '<footer>Agenzia Esempio - P.IVA 00000000000</footer>'
    )
    return page(a["title"], "Agenzia Esempio", body, lang="it")


TEMPLATES = [
    wordpress, wordpress_com, ghost, substack, medium, blogger, drupal, joomla, hugo, jekyll,
    squarespace, wix, nextjs, table_layout, news_split, news_split_unnamed, german, french,
    elementor, divi, typo3, contao, jimdo,
    hatena, tistory, csdn, ameblo, elpais, tagdiv_it, overblog, blogger_pt,
    reuters, spiegel, lemonde, nyt_columns, bbc_blocks, naver, livejournal, note_jp,
    polish, russian, turkish, japanese_news,
    hubspot, webflow, tumblr, weebly, italian_news, dutch_news, swedish_news, indonesian,
    blogger_de, blogger_fr, blogger_es, blogger_it,
    magazine_longform, abc_au, sina, yonhap, vnexpress, drupal_de,
    names_de, names_fr, names_es, names_it,
    tabloid, listicle, amp,
    interview, link_roundup, bulleted,
    gov_uk, press_release, help_center, liveblog, paywall, hashed_comments, arabic_news, jetpack,
    notion_site, docusaurus_blog, beehiiv, mkdocs_blog,
    fc2_blog, hebrew_news, podcast_notes,
    czech_news, greek_news, ukrainian_news, hungarian_news, finnish_news, norwegian_news, romanian_news,
    thai_news, hindi_news, persian_news, brazil_g1, devto, astro_blog, university_news,
    easy_news, dropcap, german_shy, toc_post, paginated,
    us_local_tv, uk_regional, danish_news, croatian_news, bulgarian_news, indian_english,
    typepad, dotclear_fr, serendipity_de, spanish_news, swiss_news, italian_wp, portugal_news, french_regional,
    german_wp_footer, spip_fr, austrian_news, dutch_wp, polish_wp, url_dated_blog, yoast_graph,
    joomla_de, spanish_wp, elmundo_es, catalan_news, italian_agency,
]


def articles():
    truth = json.loads((CORPUS / "truth.json").read_text())
    chosen = []
    for key, r in sorted(truth.items()):
        if not (r.get("body") and r.get("title") and r.get("date")):
            continue
        paras = paragraphs(r)
        if len(paras) < 5 or sum(map(len, paras)) < 1500:
            continue
        author = r.get("author") or "Ann Example"
        if isinstance(author, list):
            author = author[0]
        chosen.append(
            {
                "key": key,
                "title": r["title"],
                "author": author,
                "date": datetime.date.fromisoformat(r["date"][:10]),
                "paras": paras,
            }
        )
    # Chrome from the other articles: teaser titles with their first
    # sentences as summaries, and whole paragraphs as reader comments.
    for i, a in enumerate(chosen):
        others = [chosen[(i + k) % len(chosen)] for k in range(1, 6)]
        a["teasers"] = [(o["title"], o["paras"][0][:240]) for o in others]
        a["comments"] = [o["paras"][1] + " " + o["paras"][2] for o in others]
    return chosen


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    binary = args[0] if args else "target/release/pagefeed"
    misses = "--misses" in sys.argv
    only = [a[len("--only="):].split(",") for a in sys.argv[1:] if a.startswith("--only=")]
    templates = [t for t in TEMPLATES if not only or t.__name__ in only[0]]
    chosen = articles()
    jobs = [(t, a) for t in templates for a in chosen]
    with tempfile.TemporaryDirectory() as tmp:

        def run(job):
            template, a = job
            path = pathlib.Path(tmp) / f"{template.__name__}-{a['key']}.html"
            path.write_text(template(a))
            # A post's address as its system gives it, where that is not one
            # of a generic site's (`template.address`).
            address = getattr(template, "address", lambda a: f"/posts/{a['key'][:8]}")
            got = extract(binary, path, "https://site.example" + address(a))
            path.unlink()
            return template.__name__, a, got

        rows = {}
        with ThreadPoolExecutor(2) as pool:
            for name, a, got in pool.map(run, jobs):
                f1 = shingle_f1(got.get("content_text") or "", "\n".join(a["paras"]))
                day = (got.get("published") or got.get("updated") or "")[:10]
                r = rows.setdefault(name, {"n": 0, "f1": 0.0, "low": 0, "date": 0, "title": 0, "author": 0})
                r["n"] += 1
                r["f1"] += f1
                r["low"] += f1 < 0.5
                r["date"] += day == str(a["date"])
                r["title"] += fold(got.get("title")) == fold(a["title"])
                r["author"] += fold(a["author"]) in fold(got.get("author"))
                if misses and (f1 < 0.9 or day != str(a["date"])):
                    print(f"  {name} {a['key']}: body {f1:.3f} date {day or None} want {a['date']}")
                if misses and fold(got.get("title")) != fold(a["title"]):
                    print(f"  {name} {a['key']}: title {got.get('title')!r} want {a['title']!r}")
                if misses and fold(a["author"]) not in fold(got.get("author")):
                    print(f"  {name} {a['key']}: author {got.get('author')!r} want {a['author']!r}")
    n = len(chosen)
    print(f"hand-written templates ({len(templates)}), each filled with {n} articles' text from the articles corpus")
    print(f"  {'template':<20} {'body F1':>8} {'<0.5':>5} {'date':>7} {'title':>7} {'author':>7}")
    total = {"n": 0, "f1": 0.0, "low": 0, "date": 0, "title": 0, "author": 0}
    for name, r in rows.items():
        for k in total:
            total[k] += r[k]
        print(f"  {name:<20} {r['f1'] / r['n']:>8.3f} {r['low']:>5} {r['date']:>4}/{r['n']:<2} {r['title']:>4}/{r['n']:<2} {r['author']:>4}/{r['n']:<2}")
    t = total
    print(
        f"  {'all':<20} {t['f1'] / t['n']:>8.3f} {t['low']:>5} {t['date'] / t['n']:>7.3f} {t['title'] / t['n']:>7.3f} {t['author'] / t['n']:>7.3f}  ({t['n']} pages)"
    )


if __name__ == "__main__":
    main()
