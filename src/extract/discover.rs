//! Finding the article list on a section page without selectors.
//!
//! The page's own structure first (`h-entry` microformats), else the best
//! group of links that share a structural path: many distinct links,
//! headline-like texts, headings near them, one URL shape, outside
//! navigation; repeated `<article>` elements last. No crate does this for
//! feeds, so it is written here.

use crate::extract::html::AttrOf;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use scraper::{ElementRef, Html, Selector};
use url::Url;

use super::html::{resolve_link, text_of};
use super::meta;

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("built-in selector")
}

static LINKS: LazyLock<Selector> = LazyLock::new(|| sel("body a[href]"));
static ARTICLES: LazyLock<Selector> = LazyLock::new(|| sel("article"));
static H_ENTRY: LazyLock<Selector> = LazyLock::new(|| sel(".h-entry"));
static HEADING: LazyLock<Selector> = LazyLock::new(|| sel("h1, h2, h3, h4, h5, h6"));
static TIME: LazyLock<Selector> = LazyLock::new(|| sel("time"));

/// Words in a class or id that mark page furniture, not the article list.
const FURNITURE: &[&str] = &[
    "nav",
    "menu",
    "footer",
    "header",
    "sidebar",
    "breadcrumb",
    "pagination",
    "pager",
    "social",
    "share",
    "popular",
    "most-read",
    "mostread",
    "trending",
    "related",
    "widget",
    "banner",
    "breaking",
    "ticker",
    "tags",
    "cookie",
    "login",
    "comment",
    // Paid teasers for other sites ("Around the web"), now that a group of
    // links to other sites can make a list.
    "outbrain",
    "taboola",
    "sponsored",
    "promoted",
    "advert",
    "advertisement",
    "ads",
];

/// What discovery found: the links in page order, and how to find them again
/// with selectors (for `pagefeed init`).
#[derive(Debug, Clone)]
pub struct Discovered {
    pub links: Vec<Url>,
    /// The strategy that found them, for `preview` and `init`.
    pub how: &'static str,
    /// An `item` selector matching each card, when one could be written.
    pub item: Option<String>,
    /// A `link` selector (inside `item`, or over the page).
    pub link: Option<String>,
    /// What the page's JSON-LD `ItemList` says of each link, in `links` order
    /// (empty for the other strategies).
    pub listed: Vec<Listed>,
}

/// One entry of a JSON-LD `ItemList`.
#[derive(Debug, Clone)]
pub struct Listed {
    pub url: Url,
    pub title: Option<String>,
    pub published: Option<String>,
    pub image: Option<String>,
    pub summary: Option<String>,
}

/// Finds the article links of a listing page.
pub fn discover(doc: &Html, base: &Url) -> Option<Discovered> {
    if let Some(found) = from_article_elements(doc, base, &H_ENTRY, ".h-entry") {
        return Some(found);
    }
    if let Some(found) = hatom_entries(doc, base) {
        return Some(found);
    }
    let group = link_groups(doc, base);
    match (item_list(doc, base), group) {
        // The page's own list, unless the links on the page hold it and more.
        (Some(list), Some(group)) => {
            let shown: HashSet<&Url> = group.links.iter().collect();
            let held = list.links.iter().filter(|u| shown.contains(u)).count();
            if group.links.len() > list.links.len() && held * 5 >= list.links.len() * 4 {
                Some(group)
            } else {
                Some(list)
            }
        }
        (list, group) => list.or(group),
    }
    .or_else(|| from_article_elements(doc, base, &ARTICLES, "article"))
}

/// The page's JSON-LD `ItemList` of articles (`itemListElement` entries with
/// a URL or an `item` object), in `position` order.
fn item_list(doc: &Html, base: &Url) -> Option<Discovered> {
    use serde_json::Value;
    let text = |v: Option<&Value>| {
        v.and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    for value in meta::json_ld(doc) {
        let mut objects = Vec::new();
        meta::collect_objects(&value, &mut objects);
        for obj in objects {
            let is_list = meta::has_type(obj, |t| t == "ItemList");
            let Some(Value::Array(elements)) = obj.get("itemListElement").filter(|_| is_list) else {
                continue;
            };
            let mut entries: Vec<(i64, Listed)> = Vec::new();
            let mut seen = HashSet::new();
            for (i, el) in elements.iter().enumerate() {
                let position = el.get("position").and_then(Value::as_i64).unwrap_or(i as i64);
                // `item` may be the article itself, or only its URL.
                let item = el.get("item").filter(|v| v.is_object()).unwrap_or(el);
                let url = text(el.get("url"))
                    .or_else(|| text(el.get("item")))
                    .or_else(|| text(item.get("url")))
                    .or_else(|| text(item.get("@id")))
                    .and_then(|u| resolve_link(base, &u))
                    .filter(|u| u.scheme().starts_with("http") && u != base);
                let Some(url) = url.filter(|u| seen.insert(u.clone())) else {
                    continue;
                };
                let listed = Listed {
                    url,
                    title: text(item.get("headline"))
                        .or_else(|| text(item.get("name")))
                        .or_else(|| text(el.get("name"))),
                    published: text(item.get("datePublished")).or_else(|| text(item.get("dateCreated"))),
                    image: meta::image_url(item.get("image").or_else(|| item.get("thumbnailUrl"))),
                    summary: text(item.get("description")),
                };
                entries.push((position, listed));
            }
            if entries.len() < 3 {
                continue;
            }
            entries.sort_by_key(|(p, _)| *p);
            let listed: Vec<Listed> = entries.into_iter().map(|(_, l)| l).collect();
            return Some(Discovered {
                links: listed.iter().map(|l| l.url.clone()).collect(),
                how: "JSON-LD ItemList",
                item: None,
                link: None,
                listed,
            });
        }
    }
    None
}

fn from_article_elements(doc: &Html, base: &Url, cards: &Selector, name: &str) -> Option<Discovered> {
    let mut seen = HashSet::new();
    let mut links = Vec::new();
    for card in doc.select(cards) {
        if in_furniture(card) {
            continue;
        }
        let link = card
            .select(&LINKS_IN)
            .find_map(|a| resolve_link(base, a.value().attr_of("href")?));
        if let Some(l) = link {
            if seen.insert(l.clone()) {
                links.push(l);
            }
        }
    }
    (links.len() >= 3).then(|| Discovered {
        links,
        how: if name == "article" {
            "<article> elements"
        } else {
            "h-entry microformats"
        },
        item: Some(name.to_string()),
        link: Some("a[href]".to_string()),
        listed: Vec::new(),
    })
}

static LINKS_IN: LazyLock<Selector> = LazyLock::new(|| sel("a[href]"));
static HENTRY: LazyLock<Selector> = LazyLock::new(|| sel(".hentry"));
static ENTRY_TITLE_LINK: LazyLock<Selector> =
    LazyLock::new(|| sel(".entry-title a[href], a[href].entry-title, a[href][rel~=bookmark]"));

/// hAtom, the older microformat most WordPress themes still write:
/// `.hentry` posts whose `.entry-title` (or `rel=bookmark`) link is the
/// post's own page. Three posts or more; a post without such a link, or
/// whose title links to another site with a `rel=bookmark` permalink
/// beside it, gives that permalink.
fn hatom_entries(doc: &Html, base: &Url) -> Option<Discovered> {
    let mut seen = HashSet::new();
    let mut links = Vec::new();
    for entry in doc.select(&HENTRY) {
        if in_furniture(entry) {
            continue;
        }
        let candidates: Vec<Url> = entry
            .select(&ENTRY_TITLE_LINK)
            .filter_map(|a| resolve_link(base, a.value().attr_of("href")?))
            .collect();
        let own = candidates
            .iter()
            .find(|u| u.host_str() == base.host_str())
            .or(candidates.first());
        if let Some(url) = own.filter(|u| seen.insert((*u).clone())) {
            links.push(url.clone());
        }
    }
    (links.len() >= 3).then(|| Discovered {
        links,
        how: "hAtom entries",
        item: Some(".hentry".to_string()),
        link: Some(".entry-title a[href]".to_string()),
        listed: Vec::new(),
    })
}

/// An element's tag with its classes, as a selector step: `div.card`.
fn step(e: ElementRef) -> String {
    let v = e.value();
    let mut s = v.name().to_string();
    let mut classes: Vec<&str> = v.classes().filter(|c| is_stable_class(c)).collect();
    classes.sort_unstable();
    for c in classes {
        s.push('.');
        s.push_str(c);
    }
    s
}

/// Class names that are generated per element or per build say nothing,
/// nor do those that number or alternate rows of one list (`post-738`,
/// `cat-list-row0`/`row1`, `odd`/`even`): rows of one list share a key.
fn is_stable_class(c: &str) -> bool {
    // WordPress' `post_class()` names each post's category, tags, format and
    // status (`category-news`, `tag-razer`): rows of one list differ in them.
    const PER_POST: &[&str] = &[
        "category-",
        "tag-",
        "format-",
        "status-",
        "type-",
        "author-",
        "post-",
    ];
    c.len() <= 40
        && !PER_POST.iter().any(|p| c.starts_with(p))
        && c.chars()
            .all(|ch| ch.is_ascii_alphanumeric() || ch == '-' || ch == '_')
        && !c.chars().any(|ch| ch.is_ascii_digit())
        && !matches!(
            c.to_ascii_lowercase().as_str(),
            "odd"
                | "even"
                | "alt"
                | "alternate"
                | "first"
                | "last"
                | "active"
                | "current"
                | "selected"
                | "hot"
                | "new"
                | "old"
                | "sticky"
                | "featured"
                | "unread"
                | "read"
        )
}

fn is_furniture(e: ElementRef) -> bool {
    let v = e.value();
    // Layout classes on the whole page (Genesis' `content-sidebar`) say nothing.
    if matches!(v.name(), "html" | "body") {
        return false;
    }
    // A post's own header (`<header>`, `div.entry-header`) holds its title
    // link: inside an `<article>` or an hAtom/h-entry post.
    let headerish = v.name() == "header" || v.classes().any(|c| c.to_ascii_lowercase().contains("header"));
    let own_header = headerish
        && e.ancestors().filter_map(ElementRef::wrap).any(|a| {
            a.value().name() == "article" || a.value().classes().any(|c| c == "hentry" || c == "h-entry")
        });
    if own_header {
        return false;
    }
    // Not `form`: forum topic tables and sortable category lists sit in one.
    if matches!(v.name(), "nav" | "header" | "footer" | "aside")
        || matches!(
            v.attr_of("role"),
            Some("navigation" | "banner" | "contentinfo" | "complementary")
        )
    {
        return true;
    }
    let names: Vec<String> = v.classes().chain(v.id()).map(str::to_ascii_lowercase).collect();
    // A layout box named for what sits beside it (`content-sidebar-wrap`,
    // `span8 right-sidebar`) is the page's main column, not a sidebar.
    let layout = names.iter().any(|n| {
        n.split(['-', '_']).any(|part| {
            matches!(part, "wrap" | "wrapper" | "container" | "row" | "layout")
                || (part.starts_with("span")
                    && part[4..].chars().all(|c| c.is_ascii_digit())
                    && part.len() > 4)
                || (part.starts_with("col")
                    && part.len() > 3
                    && part[3..].chars().all(|c| c.is_ascii_digit()))
        })
    });
    if layout {
        return false;
    }
    names.iter().any(|n| {
        FURNITURE
            .iter()
            .any(|f| n.split(['-', '_']).any(|part| part == *f) || n == f)
    })
}

pub fn in_furniture(e: ElementRef) -> bool {
    e.ancestors().filter_map(ElementRef::wrap).any(is_furniture)
        || is_furniture(e)
        || e.ancestors()
            .filter_map(ElementRef::wrap)
            .take(4)
            .any(titled_as_furniture)
}

/// Headings of boxes that hold links to other stories, not the article or
/// the section's list; a heading that begins with one of these, or is one
/// of [`FURNITURE_TITLES`].
const FURNITURE_HEADINGS: &[&str] = &[
    "most read",
    "most popular",
    "most viewed",
    "related stories",
    "related articles",
    "related news",
    "related posts",
    "related content",
    "related coverage",
    "related links",
    "related reading",
    "related videos",
    "related:",
    "you may also like",
    "you might also like",
    "you may like",
    "more stories",
    "more from",
    "read more",
    "read also",
    "read next",
    "see also",
    "around the web",
    "from the web",
    "from around the web",
    "sponsored",
    "promoted",
    "paid content",
    "partner content",
    "editor's picks",
    "editors' picks",
    "follow us",
    // Other languages of the sites people follow.
    "você pode gostar",
    "veja também",
    "leia também",
    "leia mais",
    "te puede interesar",
    "también te puede",
    "noticias relacionadas",
    "lo más leído",
    "à lire aussi",
    "a lire aussi",
    "lire aussi",
    "sur le même sujet",
    "vous aimerez aussi",
    "les plus lus",
    "das könnte sie auch interessieren",
    "mehr zum thema",
    "meistgelesen",
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "الأكثر قراءة",
    "قد يعجبك",
];

/// Whole headings that name furniture.
const FURNITURE_TITLES: &[&str] = &["related", "popular", "trending", "recommended", "tags", "topics"];

/// A box titled as furniture by the heading it opens with: "Most read",
/// "Related news". (A heading further down may be a section of an article.)
pub(crate) fn titled_as_furniture(e: ElementRef) -> bool {
    first_heading(e).is_some_and(|h| names_furniture(&h))
}

/// A box of reader comments by the heading it opens with ("12 Comments").
pub(crate) fn titled_as_comments(e: ElementRef) -> bool {
    first_heading(e).is_some_and(|h| names_comments(bare_title(&h)))
}

/// A box title without the marks after it: "Related:" is "Related".
fn bare_title(title: &str) -> &str {
    title.trim_end_matches([':', '.', '…']).trim()
}

/// The text, lowercased, of the heading an element opens with.
fn first_heading(e: ElementRef) -> Option<String> {
    let c = e.children().filter_map(ElementRef::wrap).next()?;
    is_heading(&c).then(|| text_of(c).to_lowercase())
}

/// An `h1`-`h6`: what `HEADING` matches, by name (run on every element of
/// a page, the selector engine cost ten times as much).
fn is_heading(e: &ElementRef) -> bool {
    matches!(e.value().name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// Whether a box title (lowercased) names furniture: "most read", "related news".
pub(crate) fn names_furniture(title: &str) -> bool {
    let t = bare_title(title);
    FURNITURE_HEADINGS.iter().any(|h| t.starts_with(h)) || FURNITURE_TITLES.contains(&t) || names_comments(t)
}

/// Headings of reader comments, with their count or not: "12 Comments",
/// "Responses", "Leave a Reply", WordPress's "3 thoughts on “...”".
const COMMENT_TITLES: &[&str] = &[
    "comments",
    "responses",
    "replies",
    "reader comments",
    "kommentare",
    "commentaires",
    "comentarios",
    "comentários",
    "commenti",
    "reacties",
    "komentarze",
    "コメント",
    "评论",
    "댓글",
];

fn names_comments(t: &str) -> bool {
    // The count before or after: "12 comments", "comments (12)".
    let count = |c: char| c.is_ascii_digit() || c == '(' || c == ')';
    let uncounted = t
        .trim_start_matches(count)
        .trim_start()
        .trim_end_matches(count)
        .trim_end();
    let uncounted = uncounted.strip_prefix("one ").unwrap_or(uncounted);
    COMMENT_TITLES.contains(&uncounted)
        || [
            "leave a reply",
            "leave a comment",
            "post a comment",
            "add a comment",
            "join the conversation",
        ]
        .iter()
        .any(|h| t.starts_with(h))
        || (uncounted.len() < t.len()
            && (uncounted.starts_with("thoughts on ") || uncounted.starts_with("thought on ")))
}

struct Candidate<'a> {
    link: ElementRef<'a>,
    url: Url,
    text: String,
    on_host: bool,
    prose: bool,
    /// Reads as a headline, or marks the permalink of a row that has one.
    titled: bool,
}

/// The URL's directory with its numbers as `0`: "/news/politics/" of
/// "/news/politics/a.html", "/linked/0/0/0/" of "/linked/2025/10/20/slug",
/// so a dated archive's links share one.
fn url_dir(u: &Url) -> String {
    dir_shape(u.path())
}

/// [`url_dir`] of a path whose last `/` is dropped first: for a list's
/// score, `/2024/05/03/runner-beans/` is a page of `/0/0/0/` as much as
/// `/2024/05/03/runner-beans.html` is.
fn page_dir(u: &Url) -> String {
    let path = u.path();
    dir_shape(path.strip_suffix('/').filter(|p| !p.is_empty()).unwrap_or(path))
}

fn dir_shape(path: &str) -> String {
    let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    let mut out = String::with_capacity(dir.len());
    let mut digits = false;
    for ch in dir.chars() {
        if ch.is_ascii_digit() {
            if !digits {
                out.push('0');
            }
            digits = true;
        } else {
            out.push(ch);
            digits = false;
        }
    }
    out
}

/// The URL's directory shape and, for an address by query, its file and
/// the query's keys: `/forum/viewtopic.php?f&t`, so "who is online" on the
/// same path is not a topic.
fn url_kind(u: &Url) -> String {
    let mut kind = url_dir(u);
    if let Some(query) = u.query() {
        let path = u.path();
        kind.push_str(&path[path.rfind('/').map_or(0, |i| i + 1)..]);
        let mut keys: Vec<&str> = query
            .split(['&', ';'])
            .map(|pair| pair.split('=').next().unwrap_or(pair))
            .collect();
        keys.sort_unstable();
        keys.dedup();
        kind.push('?');
        kind.push_str(&keys.join("&"));
    }
    kind
}

/// Text that reads as a headline: three words, or in a script written
/// without spaces (Chinese, Japanese, Thai) eight letters. A short text
/// that holds a date or a clock time ("Today at 10:02", "May 02, 2016") is
/// a row's date link, not its title.
fn headline_like(text: &str) -> bool {
    let words = text.split_whitespace().count();
    if words <= 5 && (has_clock_time(text) || super::date::parse_date(text, chrono_tz::UTC).is_some()) {
        return false;
    }
    words >= 3
        || {
            let unspaced = text
            .chars()
            .filter(|&c| matches!(c as u32, 0x0E00..=0x0E7F | 0x3040..=0x30FF | 0x3400..=0x9FFF | 0xAC00..=0xD7AF))
            .count();
            unspaced >= 8
        }
}

/// Text with a word in it that is not a date or a time: a title however
/// short, not a page number, a count or "2 days ago".
fn names_something(text: &str) -> bool {
    text.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !has_clock_time(text)
        && super::date::parse_date(text, chrono_tz::UTC).is_none()
        && !text.to_lowercase().ends_with(" ago")
}

/// `10:02`, `9:30`: digits, a colon, two digits.
fn has_clock_time(text: &str) -> bool {
    let b = text.as_bytes();
    (1..b.len().saturating_sub(2)).any(|i| {
        b[i] == b':' && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit() && b[i + 2].is_ascii_digit()
    })
}

/// A link in running text: the element it sits in (through inline
/// elements such as `<em>`) says eighty letters or more of its own around
/// it, as a paragraph does, where a list row holds its link beside other
/// elements, and words come before it: a list row that opens with its
/// link and goes on to describe it (`<li><a>Title</a>: what it is...`)
/// is a row, not prose.
/// `own_text` keeps each element's count, so a box of thousands of links
/// is read once, not once per link.
fn in_running_text(link: ElementRef, own_text: &mut HashMap<ego_tree::NodeId, usize>) -> bool {
    // Words just before the link, or before the inline element it sits in
    // (a few siblings back: a box of thousands stays linear).
    let before = |e: ElementRef| -> usize {
        e.prev_siblings()
            .take(8)
            .filter_map(|n| n.value().as_text())
            .map(|t| t.trim().chars().filter(|c| c.is_alphanumeric()).count())
            .sum()
    };
    let lead_in = before(link)
        + link
            .parent()
            .and_then(ElementRef::wrap)
            .filter(|p| {
                matches!(
                    p.value().name(),
                    "em" | "i" | "b" | "strong" | "span" | "small" | "cite" | "q"
                )
            })
            .map_or(0, before);
    if lead_in < 12 {
        return false;
    }
    let mut chars = 0;
    for e in link.ancestors().take(2).filter_map(ElementRef::wrap) {
        chars += *own_text.entry(e.id()).or_insert_with(|| {
            e.children()
                .filter_map(|n| n.value().as_text())
                .map(|t| t.trim().chars().count())
                .sum::<usize>()
        });
        if !matches!(
            e.value().name(),
            "em" | "i" | "b" | "strong" | "span" | "small" | "cite" | "q"
        ) {
            break;
        }
    }
    chars >= 80
}

/// A host without its `www.`, lower case: `www.` or not, one site.
fn bare_host(host: Option<&str>) -> Option<String> {
    host.map(|h| h.strip_prefix("www.").unwrap_or(h).to_ascii_lowercase())
}

/// A link to a feed ("RSS", `/feed/`, `.xml`): a list's subscription link
/// at its foot, never one of its items.
fn is_subscription(link: &ElementRef, url: &Url, text: &str) -> bool {
    let path = url.path().trim_end_matches('/').to_ascii_lowercase();
    let feed_path = [".rss", ".atom", ".xml", "/feed", "/rss", "/atom"]
        .iter()
        .any(|end| path.ends_with(end));
    let typed = link
        .value()
        .attr_of("type")
        .is_some_and(|t| t.contains("rss") || t.contains("atom"));
    let text = text.to_lowercase();
    let named = matches!(
        text.trim(),
        "rss" | "atom" | "feed" | "rss feed" | "subscribe" | "subscribe via rss"
    );
    feed_path || typed || named
}

/// A link in a list under a list item that says something of its own
/// beside that list (a link, a label, words): `li > a + ul > li > a`.
fn in_link_tree(link: ElementRef) -> bool {
    let mut items = link
        .ancestors()
        .filter_map(ElementRef::wrap)
        .filter(|e| e.value().name() == "li");
    let (Some(_), Some(outer)) = (items.next(), items.next()) else {
        return false;
    };
    // What the outer item says beside its sub-list. A year or a month
    // ("2024", "March 2024") heads a group of an archive, not a tree.
    let mut own = String::new();
    let mut has_link = false;
    for child in outer.children() {
        match child.value() {
            scraper::Node::Text(t) => own.push_str(t),
            scraper::Node::Element(e) if !matches!(e.name(), "ul" | "ol") => {
                if let Some(c) = ElementRef::wrap(child) {
                    has_link |= e.name() == "a" || c.select(&LINKS_IN).next().is_some();
                    own.extend(c.text());
                    own.push(' ');
                }
            }
            _ => {}
        }
    }
    let own = own.split_whitespace().collect::<Vec<_>>().join(" ");
    if !own.chars().any(char::is_alphanumeric) {
        return false;
    }
    let dated = (own.len() == 4 && own.chars().all(|c| c.is_ascii_digit()))
        || super::date::parse_date(&format!("1 {own}"), chrono_tz::UTC).is_some()
        || super::date::parse_date(&own, chrono_tz::UTC).is_some();
    has_link || !dated
}

/// A link that holds a heading or sits in one: a headline.
fn near_heading(link: ElementRef) -> bool {
    link.select(&HEADING).next().is_some()
        || link
            .ancestors()
            .filter_map(ElementRef::wrap)
            .take(3)
            .any(|e| is_heading(&e))
}

/// A `<time>` in the link or within three levels around it: a dated card.
/// `dated` holds every element with a `<time>` inside (see [`dated_elements`]).
fn near_date(link: ElementRef, dated: &HashSet<ego_tree::NodeId>) -> bool {
    std::iter::once(*link)
        .chain(link.ancestors().take(3))
        .any(|e| dated.contains(&e.id()))
}

/// Every element that holds a `<time>`, marked from each `<time>` upwards
/// once: linear in the page, where asking each link's surroundings was
/// quadratic on a page of thousands of links in one box.
fn dated_elements(doc: &Html) -> HashSet<ego_tree::NodeId> {
    let mut dated = HashSet::new();
    for time in doc.select(&TIME) {
        for node in std::iter::once(*time).chain(time.ancestors()) {
            if !dated.insert(node.id()) {
                break;
            }
        }
    }
    dated
}

/// Inside the page's `<main>` (or `role=main`).
fn in_main(link: ElementRef) -> bool {
    link.ancestors()
        .filter_map(ElementRef::wrap)
        .any(|e| e.value().name() == "main" || e.value().attr_of("role") == Some("main"))
}

fn link_groups(doc: &Html, base: &Url) -> Option<Discovered> {
    ranked_link_groups(doc, base, 1).into_iter().next()
}

/// The lists a page holds besides the one discovery picks, best first (up
/// to `n` in all, the pick included), for `pagefeed init` to offer.
pub fn alternatives(doc: &Html, base: &Url, n: usize) -> Vec<Discovered> {
    ranked_link_groups(doc, base, n)
}

/// Up to `n` link groups that score as lists, best first, each with the
/// links that join it.
fn ranked_link_groups(doc: &Html, base: &Url, n: usize) -> Vec<Discovered> {
    let page_host = bare_host(base.host_str());
    let mut groups: HashMap<String, Vec<Candidate>> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    let mut own_text = HashMap::new();
    for a in doc.select(&LINKS) {
        let Some(url) = resolve_link(base, a.value().attr_of("href").unwrap_or_default()) else {
            continue;
        };
        // Items may live on the page's own path with a query (`?p=128314`,
        // `index.php?topic=52`), never on the page itself or the bare root.
        let same_page = url.path() == base.path() && url.query() == base.query();
        let root = url.path() == "/" && url.query().is_none();
        let text = text_of(a);
        if is_subscription(&a, &url, &text) {
            continue;
        }
        // A link to another site counts only as a member of a list found
        // on this one: a link blog's or aggregator's title link.
        let on_host = bare_host(url.host_str()) == page_host;
        if (on_host && (same_page || root)) || !url.scheme().starts_with("http") || in_furniture(a) {
            continue;
        }
        let path: Vec<String> = a.ancestors().filter_map(ElementRef::wrap).map(step).collect();
        let key = path.iter().rev().cloned().collect::<Vec<_>>().join(" > ") + " > " + &step(a);
        if !groups.contains_key(&key) {
            order.push(key.clone());
        }
        let text = if text.is_empty() {
            a.value().attr_of("title").unwrap_or_default().to_string()
        } else {
            text
        };
        let prose = in_running_text(a, &mut own_text);
        // A permalink mark (★, ¶, #) stands for its row's title: a link
        // blog's post whose headline links out.
        // It takes that title as its text.
        let mark = !text.is_empty() && !text.chars().any(char::is_alphanumeric);
        let row_title = mark
            .then(|| {
                a.ancestors()
                    .take(2)
                    .filter_map(ElementRef::wrap)
                    .find_map(|row| {
                        // A row holds a few links; a box of thousands is not one.
                        row.select(&LINKS_IN)
                            .take(16)
                            .filter(|other| other.id() != a.id())
                            .map(text_of)
                            .find(|t| headline_like(t))
                    })
            })
            .flatten();
        let text = row_title.unwrap_or(text);
        let titled = headline_like(&text);
        groups.entry(key).or_default().push(Candidate {
            link: a,
            url,
            text,
            on_host,
            prose,
            titled,
        });
    }

    let dated = dated_elements(doc);
    let score = |cands: &[Candidate]| -> f64 {
        let cands: Vec<&Candidate> = cands.iter().filter(|c| c.on_host || c.titled).collect();
        let urls: HashSet<&Url> = cands.iter().map(|c| &c.url).collect();
        // Two links make a list only as headlines (a section with two stories so far).
        if urls.len() < 2 || (urls.len() == 2 && !cands.iter().all(|c| near_heading(c.link))) {
            return 0.0;
        }
        let n = cands.len() as f64;
        let headline = cands.iter().filter(|c| c.titled).count() as f64 / n;
        let texts: HashSet<&str> = cands.iter().map(|c| c.text.as_str()).collect();
        let repeated = 1.0 - texts.len() as f64 / n;
        let with_heading = cands.iter().filter(|c| near_heading(c.link)).count() as f64 / n;
        let with_date = cands.iter().filter(|c| near_date(c.link, &dated)).count() as f64 / n;
        let in_main = cands.iter().filter(|c| in_main(c.link)).count() as f64 / n;
        let prose = cands.iter().filter(|c| c.prose).count() as f64 / n;
        // A list under a list item that is a link itself is a menu's tree
        // (a forum's jump list, a site map) or notes under an item, not a
        // list of items; a list item that only wraps lists (bbPress's
        // topics) is not.
        let nested = cands.iter().filter(|c| in_link_tree(c.link)).count() as f64 / n;
        // A row's own page before the page it points to, where it has both.
        let on_host = cands.iter().filter(|c| c.on_host).count() as f64 / n;
        let dirs: HashMap<(&str, String), usize> = cands.iter().fold(HashMap::new(), |mut m, c| {
            // Links to other sites share a shape only on one host.
            *m.entry((c.url.host_str().unwrap_or_default(), page_dir(&c.url)))
                .or_default() += 1;
            m
        });
        let same_dir = *dirs.values().max().unwrap_or(&0) as f64 / n;
        let deep = cands
            .iter()
            .filter(|c| {
                c.url.path().trim_matches('/').contains('/')
                    || c.url.path().contains('-')
                    || c.url
                        .query()
                        .is_some_and(|q| q.contains(|ch: char| ch.is_ascii_digit()))
            })
            .count() as f64
            / n;
        urls.len() as f64
            * (0.2 + headline)
            * (1.0 + with_heading)
            * (1.0 + 0.5 * with_date)
            * (1.0 + 0.5 * in_main)
            * (0.5 + same_dir)
            * (0.5 + deep)
            * (1.0 - repeated * 0.8)
            * (1.0 - prose * 0.9)
            * (0.8 + 0.2 * on_host)
            * (1.0 - 0.7 * nested)
    };
    let scores: Vec<f64> = order.iter().map(|k| score(&groups[k])).collect();
    // Best first; on a tie the later group, as a running maximum would pick.
    // A list scores 3 or more; beside one, weaker groups are offered too.
    let mut ranked: Vec<usize> = (0..order.len()).filter(|&i| scores[i] >= 1.5).collect();
    ranked.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
    if ranked.first().is_none_or(|&i| scores[i] < 3.0) {
        return Vec::new();
    }
    let mut found: Vec<Discovered> = Vec::new();
    for i in ranked {
        if found.len() >= n {
            break;
        }
        let list = assemble(doc, &order, &groups, &order[i]);
        // A group that joined an earlier list is not another list.
        let known = |d: &Discovered| {
            let shown: HashSet<&Url> = d.links.iter().collect();
            list.links.iter().filter(|u| shown.contains(u)).count() * 5 >= list.links.len() * 4
        };
        if !found.iter().any(known) {
            found.push(list);
        }
    }
    found
}

/// The list a winning group makes: its links, in page order, with those of
/// other groups that join it.
fn assemble(
    doc: &Html,
    order: &[String],
    groups: &HashMap<String, Vec<Candidate>>,
    best: &String,
) -> Discovered {
    // The winner's URL shape also admits its siblings in other containers
    // (a featured card above the list), in page order.
    let winner = &groups[best];
    let dir_counts = winner
        .iter()
        .filter(|c| c.on_host)
        .fold(HashMap::<String, usize>::new(), |mut m, c| {
            *m.entry(url_kind(&c.url)).or_default() += 1;
            m
        });
    let main_kind = dir_counts
        .into_iter()
        .max_by(|(da, a), (db, b)| a.cmp(b).then_with(|| db.cmp(da)))
        .map(|(d, _)| d)
        .unwrap_or_default();
    // Its links to other sites when they read as titles (a link blog's
    // post that links out), not its rows' "via" or share links.
    let winner_ids: HashSet<_> = winner
        .iter()
        .filter(|c| c.on_host || headline_like(&c.text))
        .map(|c| c.link.id())
        .collect();
    // The box that holds the whole winning group: rows of the same shape in
    // it whose classes differ (`has-thumb` beside `no-thumb`) belong to it.
    let shape = |key: &str| -> String {
        key.split(" > ")
            .map(|step| step.split('.').next().unwrap_or(step))
            .collect::<Vec<_>>()
            .join(" > ")
    };
    let winner_shape = shape(best);
    // The teaser's own markup, the link and two elements above it: on a
    // home page of many sections, each section's teasers share it while the
    // sections around them differ. Only markup that says something (a class
    // or a heading) joins that way; `li > a` is everywhere.
    let local = |key: &str| -> String {
        let steps: Vec<&str> = key.split(" > ").collect();
        steps[steps.len().saturating_sub(3)..].join(" > ")
    };
    let winner_local = local(best);
    // A list in the page's `<main>` takes teasers from `<main>` only.
    let winner_in_main = winner.iter().all(|c| in_main(c.link));
    // Steps alike: the same tags, and at each the classes of one a subset
    // of the other's (`h4.headline-link` and `h4.headline-link.is-emphasis`).
    let alike = |a: &str, b: &str| -> bool {
        let (a, b): (Vec<&str>, Vec<&str>) = (a.split(" > ").collect(), b.split(" > ").collect());
        a.len() == b.len()
            && a.iter().zip(&b).all(|(x, y)| {
                let (mut xs, mut ys) = (x.split('.'), y.split('.'));
                if xs.next() != ys.next() {
                    return false;
                }
                let (xs, ys): (HashSet<&str>, HashSet<&str>) = (xs.collect(), ys.collect());
                xs.is_subset(&ys) || ys.is_subset(&xs)
            })
    };
    let telling = winner_local.contains('.')
        || winner_local
            .split(" > ")
            .any(|s| matches!(s.split('.').next(), Some("h1" | "h2" | "h3" | "h4" | "h5" | "h6")));
    let list_box = winner.first().and_then(|first| {
        first
            .link
            .ancestors()
            .find(|a| {
                winner
                    .iter()
                    .all(|c| c.link.ancestors().any(|b| b.id() == a.id()))
            })
            .map(|a| a.id())
    });
    let in_box = |c: &Candidate| list_box.is_some_and(|b| c.link.ancestors().any(|a| a.id() == b));
    // How many winning links each element holds. The first element above a
    // link that holds one winning link is that link's row: the link is the
    // row's venue, author or "more" link, not another item. One that holds
    // several is a box of rows, and the link has a row of its own.
    let mut held: HashMap<ego_tree::NodeId, usize> = HashMap::new();
    for c in winner {
        for a in c.link.ancestors() {
            *held.entry(a.id()).or_default() += 1;
        }
    }
    let own_row = |c: &Candidate| {
        c.link
            .ancestors()
            .find_map(|a| held.get(&a.id()))
            .is_none_or(|&n| n > 1)
    };
    // A link's place in its row: from the box's child (the row) down, each
    // element's tag and its rank among siblings of that tag. Of another
    // group's rows, the link that sits where the winning links sit in
    // theirs joins (the title); the row's venue or author link does not.
    let place = |link: ElementRef| -> Option<String> {
        let b = list_box?;
        // Not the link's own rank: a badge or "new" link may come first.
        let mut steps = vec!["a".to_string()];
        let mut e = link.parent().and_then(ElementRef::wrap)?;
        while e.id() != b {
            let name = e.value().name();
            // Counted to 32 at most: a list of thousands costs no more.
            let rank = e
                .prev_siblings()
                .filter_map(ElementRef::wrap)
                .filter(|s| s.value().name() == name)
                .take(32)
                .count();
            steps.push(format!("{name}:{rank}"));
            e = e.parent().and_then(ElementRef::wrap)?;
        }
        steps.pop(); // the row itself, whichever row it is
        Some(steps.join("<"))
    };
    let winner_places: HashSet<String> = winner.iter().filter_map(|c| place(c.link)).collect();
    let mut row_links: Vec<(Option<String>, ego_tree::NodeId, &Url)> = Vec::new();
    let mut seen = HashSet::new();
    let mut links = Vec::new();
    for key in order {
        // A featured card: one or two links, or links with headlines.
        let card_like = groups[key].len() <= 2 || groups[key].iter().all(|c| near_heading(c.link));
        let same_shape = key != best && winner.len() >= 2 && shape(key) == winner_shape;
        let key_local = local(key);
        let same_local = key_local == winner_local;
        let alike_local = same_local || alike(&key_local, &winner_local);
        for c in &groups[key] {
            if !c.on_host && !winner_ids.contains(&c.link.id()) {
                continue;
            }
            let sibling =
                card_like && near_heading(c.link) && url_kind(&c.url) == main_kind && headline_like(&c.text);
            // Only title-like links, not the rows' author, venue or page
            // links of the same shape.
            // In the title's place a short title will do ("New Bike").
            if same_shape && in_box(c) && own_row(c) && names_something(&c.text) {
                row_links.push((place(c.link), c.link.id(), &c.url));
            }
            // The very same markup takes a short title too (a board's
            // stickies in a list of their own: "Rules").
            let teaser = telling
                && key != best
                && (!winner_in_main || in_main(c.link))
                && (if same_local {
                    names_something(&c.text)
                } else {
                    alike_local && headline_like(&c.text)
                });
            if (winner_ids.contains(&c.link.id()) || sibling || teaser) && seen.insert(c.url.clone()) {
                links.push((c.link.id(), c.url.clone()));
            }
        }
    }
    // Page order, not group order.
    let position: HashMap<_, usize> = doc.select(&LINKS).enumerate().map(|(i, a)| (a.id(), i)).collect();
    let at = |id: &ego_tree::NodeId| position.get(id).copied().unwrap_or(usize::MAX);
    for (place, id, url) in row_links {
        if place.is_some_and(|p| winner_places.contains(&p)) && seen.insert(url.clone()) {
            links.push((id, url.clone()));
        }
    }
    links.sort_by_key(|(id, _)| at(id));
    let (item, link) = selectors_for(winner).unzip();
    Discovered {
        links: links.into_iter().map(|(_, u)| u).collect(),
        how: "repeated link group",
        item,
        link,
        listed: Vec::new(),
    }
}

/// Selectors that find the winning group again: the card element and the
/// link inside it, scoped by the nearest ancestor with a class or id.
fn selectors_for(group: &[Candidate]) -> Option<(String, String)> {
    let first = group[0].link;
    let link_step = step(first);
    let link = if link_step == "a" {
        "a[href]".to_string()
    } else {
        link_step
    };
    // The card: the link's parent, or the element above a heading.
    let mut card = first.parent().and_then(ElementRef::wrap);
    while let Some(c) = card {
        if c.value().name().starts_with('h') && c.value().name().len() == 2 {
            card = c.parent().and_then(ElementRef::wrap);
        } else {
            break;
        }
    }
    let card = card?;
    let scope = card
        .ancestors()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().id().is_some() || e.value().classes().any(is_stable_class))
        .map(|e| match e.value().id() {
            Some(id) if is_stable_class(id) => format!("#{id}"),
            _ => step(e)
                .split_once('.')
                .map(|(_, c)| format!(".{c}"))
                .unwrap_or_else(|| step(e)),
        });
    let item = match scope {
        Some(s) => format!("{s} {}", step(card)),
        None => step(card),
    };
    Some((item, link))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comment_headings_with_their_counts() {
        for t in [
            "comments",
            "12 comments",
            "comments (12)",
            "one thought on “talks go on”",
            "3 thoughts on “talks go on”",
            "leave a reply",
            "kommentare",
            "2 responses",
        ] {
            assert!(names_comments(t), "{t}");
        }
        for t in [
            "comment",
            "no comment on the talks",
            "thoughts on the talks",
            "comments from the minister",
        ] {
            assert!(!names_comments(t), "{t}");
        }
    }

    #[test]
    fn headlines_in_scripts_written_without_spaces() {
        assert!(headline_like("Flood drill held today"));
        assert!(headline_like("夜景をきれいに撮るための設定"));
        assert!(headline_like("深圳盒马员工确诊始末"));
        assert!(!headline_like("記事を読む"));
        assert!(!headline_like("Read more"));
        assert!(!headline_like("Today at 10:02"));
        assert!(!headline_like("May 02, 2016"));
        assert!(headline_like("Choosing a reference for a 16-bit ADC"));
    }

    #[test]
    fn dated_directories_share_one_shape() {
        let dir = |u: &str| url_dir(&Url::parse(u).unwrap());
        assert_eq!(dir("https://a.example/linked/2025/10/20/slug"), "/linked/0/0/0/");
        assert_eq!(dir("https://a.example/linked/2025/9/2/other"), "/linked/0/0/0/");
        assert_eq!(dir("https://a.example/news/politics/a.html"), "/news/politics/");
        let page = |u: &str| page_dir(&Url::parse(u).unwrap());
        assert_eq!(page("https://a.example/2024/05/03/runner-beans/"), "/0/0/0/");
        assert_eq!(page("https://a.example/"), "/");
    }
}
