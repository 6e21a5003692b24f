//! A page's own description of itself: JSON-LD, OpenGraph and `article:*`
//! meta, `<meta name>`, `itemprop`, `<time>`, `<link rel=canonical>`,
//! `<title>` and `<h1>`. Each value remembers where it came from.

use crate::extract::html::{AttrOf, Tagged};
use std::sync::LazyLock;

use scraper::{ElementRef, Html, Selector};
use serde_json::Value;
use url::Url;

use super::html::{named_with, short_text_of, squash, text_of};

/// One candidate value and the source it was read from.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub value: String,
    pub from: &'static str,
}

/// The metadata of a page, each field's candidates in priority order.
#[derive(Debug, Default)]
pub struct PageMeta {
    pub title: Vec<Candidate>,
    pub published: Vec<Candidate>,
    pub updated: Vec<Candidate>,
    pub author: Vec<Candidate>,
    pub summary: Vec<Candidate>,
    pub image: Vec<Candidate>,
    pub tags: Vec<Candidate>,
    pub canonical: Vec<Candidate>,
    pub body_text: Vec<Candidate>,
    /// Dates of the page as a whole (a JSON-LD `WebPage`), after the article's own.
    pub page_dates: Vec<Candidate>,
    /// JSON-LD `AudioObject`, `VideoObject`, `PodcastEpisode`, `MediaObject`
    /// nodes: `contentUrl`, `encodingFormat` and a `contentSize` in bytes.
    pub media: Vec<(String, Option<String>, u64)>,
    /// The site's own name (`og:site_name`, `application-name`,
    /// `twitter:site`, the text of a link to its front page).
    pub site_names: Vec<String>,
    /// The text of every `<h1>` but the site's logo, in page order.
    pub headlines: Vec<String>,
    /// The text of the first 100 `<h2>` and `<h3>`.
    pub headings: Vec<String>,
}

const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "ReviewNewsArticle",
    "BackgroundNewsArticle",
    "AskPublicRelationsNewsArticle",
    "LiveBlogPosting",
    "TechArticle",
    "ScholarlyArticle",
    "SocialMediaPosting",
    "DiscussionForumPosting",
    "Report",
    "Review",
    "Recipe",
    "VideoObject",
];

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("built-in selector")
}

static LD_JSON: LazyLock<Tagged> =
    LazyLock::new(|| Tagged::new(&["script"], r#"script[type="application/ld+json"]"#));
static META: LazyLock<Tagged> = LazyLock::new(|| Tagged::new(&["meta"], "meta[content], meta[value]"));
pub(super) static TITLE: LazyLock<Tagged> = LazyLock::new(|| Tagged::new(&["title"], "title"));
pub(super) static H1: LazyLock<Tagged> = LazyLock::new(|| Tagged::new(&["h1"], "h1"));
static SUBHEADS: LazyLock<Tagged> = LazyLock::new(|| Tagged::new(&["h2", "h3"], "h2, h3"));
static A: LazyLock<Tagged> = LazyLock::new(|| Tagged::new(&["a"], "a[href]"));
/// hAtom's entry title, an hCard author in the entry, and dates in
/// microformats and widgets; `MICROFORMATS` finds them all in one walk.
const ENTRY_TITLE_CSS: &str = ".hentry .entry-title, .h-entry .p-name";
const HCARD_AUTHOR_CSS: &str =
    ".hentry .author.vcard .fn, .hentry .vcard.post-author .fn, .h-entry .p-author";
const MICROFORMAT_DATE_CSS: &str = "abbr.published[title], abbr.updated[title], [data-utime]";
static ENTRY_TITLE: LazyLock<Selector> = LazyLock::new(|| sel(ENTRY_TITLE_CSS));
static HCARD_AUTHOR: LazyLock<Selector> = LazyLock::new(|| sel(HCARD_AUTHOR_CSS));
static MICROFORMAT_DATE: LazyLock<Selector> = LazyLock::new(|| sel(MICROFORMAT_DATE_CSS));
static MICROFORMATS: LazyLock<Tagged> = LazyLock::new(|| {
    let css = [MICROFORMAT_DATE_CSS, ENTRY_TITLE_CSS, HCARD_AUTHOR_CSS].join(", ");
    Tagged::new(
        &[
            ".published",
            ".updated",
            "[data-utime]",
            ".entry-title",
            ".p-name",
            ".fn",
            ".p-author",
        ],
        &css,
    )
});
static CANONICAL: LazyLock<Tagged> =
    LazyLock::new(|| Tagged::new(&["link"], r#"link[rel~="canonical"][href]"#));
static ITEMPROP: LazyLock<Tagged> = LazyLock::new(|| Tagged::new(&["[itemprop]"], "[itemprop]"));
/// RDFa dates on any element: `<span property="schema:dateCreated" content="...">`.
static RDFA_DATE: LazyLock<Tagged> = LazyLock::new(|| {
    Tagged::new(
        &["[property]"],
        r#":not(meta)[property$="datePublished"], :not(meta)[property$="dateCreated"], :not(meta)[property$="dateModified"]"#,
    )
});
static TIME: LazyLock<Tagged> = LazyLock::new(|| Tagged::new(&["time"], "time[datetime]"));
static REL_AUTHOR: LazyLock<Tagged> =
    LazyLock::new(|| Tagged::new(&["[rel]"], r#"a[rel~="author"], [rel~="author"]"#));

impl PageMeta {
    /// The metadata of `doc`, whose links resolve against `base`.
    pub fn read(doc: &Html, base: &Url) -> PageMeta {
        let mut m = PageMeta::default();
        m.json_ld(doc);
        m.meta_tags(doc);
        m.microdata(doc);
        m.rdfa(doc);
        m.elements(doc, base);
        m
    }

    /// JSON-LD article objects, wherever they sit (top level, arrays, `@graph`).
    fn json_ld(&mut self, doc: &Html) {
        let values = json_ld(doc);
        let mut objects = Vec::new();
        for value in &values {
            collect_objects(value, &mut objects);
        }
        for obj in &objects {
            if let Some(src) = obj
                .get("contentUrl")
                .and_then(Value::as_str)
                .filter(|_| is_media(obj))
            {
                // "contentSize": "24 MB" says little; a plain number of bytes is kept.
                let length = obj
                    .get("contentSize")
                    .and_then(|v| v.as_u64().or_else(|| v.as_str()?.trim().parse().ok()))
                    .unwrap_or(0);
                let mime = obj
                    .get("encodingFormat")
                    .and_then(Value::as_str)
                    .map(str::to_string);
                self.media.push((src.to_string(), mime, length));
            }
            if is_web_page(obj) {
                // Yoast and others date the WebPage node of a @graph, not the article.
                push_str(&mut self.page_dates, obj.get("datePublished"), "json-ld WebPage");
                push_str(&mut self.page_dates, obj.get("dateModified"), "json-ld WebPage");
            }
        }
        // The nodes a `@graph` names, for an author given by `@id` alone.
        let named: Vec<(&str, &str)> = objects
            .iter()
            .filter_map(|o| Some((o.get("@id")?.as_str()?, o.get("name")?.as_str()?)))
            .collect();
        // And a page's author where no article node names one: the WebPage
        // node's (Yoast's `@graph` on a page, not a post), after the rest.
        let page_authors: Vec<String> = objects
            .iter()
            .filter(|o| is_web_page(o))
            .flat_map(|o| names(o.get("author").or_else(|| o.get("creator")), &named))
            .collect();
        // A news story's embedded clips are `VideoObject`s too: the
        // story's own fields come first, a clip's only where it has none.
        objects.sort_by_key(|obj| is_media(obj));
        let has_story = objects.iter().any(|obj| is_article(obj) && !is_media(obj));
        for obj in objects {
            if !is_article(obj) {
                continue;
            }
            const FROM: &str = "json-ld";
            push_str(&mut self.title, obj.get("headline"), FROM);
            push_str(&mut self.title, obj.get("name"), FROM);
            push_str(&mut self.published, obj.get("datePublished"), FROM);
            push_str(&mut self.published, obj.get("dateCreated"), FROM);
            // A video's own page is dated by its upload (a clip in a story
            // may be older than the story).
            if !has_story {
                push_str(&mut self.published, obj.get("uploadDate"), FROM);
            }
            push_str(&mut self.updated, obj.get("dateModified"), FROM);
            push_str(&mut self.summary, obj.get("description"), FROM);
            push_str(&mut self.body_text, obj.get("articleBody"), FROM);
            if let Some(url) = obj.get("mainEntityOfPage").and_then(|v| v.get("@id").or(Some(v))) {
                push_str(&mut self.canonical, Some(url), FROM);
            }
            push_str(&mut self.canonical, obj.get("url"), FROM);
            let authors = names(obj.get("author").or_else(|| obj.get("creator")), &named);
            if !authors.is_empty() {
                self.author.push(Candidate {
                    value: authors.join(", "),
                    from: FROM,
                });
            }
            if let Some(img) = image_url(obj.get("image").or_else(|| obj.get("thumbnailUrl"))) {
                self.image.push(Candidate {
                    value: img,
                    from: FROM,
                });
            }
            let tags = keywords(obj.get("keywords"));
            if !tags.is_empty() {
                self.tags.push(Candidate {
                    value: tags.join("\u{1f}"),
                    from: FROM,
                });
            }
        }
        if let Some(author) = page_authors.first().filter(|_| self.author.is_empty()) {
            self.author.push(Candidate {
                value: author.clone(),
                from: "json-ld WebPage",
            });
        }
    }

    fn meta_tags(&mut self, doc: &Html) {
        let mut tags = Vec::new();
        // `property` tags first: when a page has both, they are the newer markup.
        let mut metas: Vec<_> = META.all(doc).collect();
        metas.sort_by_key(|m| m.value().attr_of("property").is_none());
        for el in metas {
            let e = el.value();
            // `value` where `content` belongs: seen on saved pages and some CMSs.
            let content = e
                .attr_of("content")
                .or_else(|| e.attr_of("value"))
                .unwrap_or_default()
                .trim();
            if content.is_empty() {
                continue;
            }
            let c = |from| Candidate {
                value: content.to_string(),
                from,
            };
            // `property` may name several properties: "og:title dc:title".
            let keys = e
                .attr_of("property")
                .or_else(|| e.attr_of("name"))
                .or_else(|| e.attr_of("http-equiv"))
                .unwrap_or_default()
                .to_ascii_lowercase();
            for key in keys.split_whitespace() {
                match key.replace("dc:", "dc.").replace("dcterm:", "dcterms.").as_str() {
                    "og:title" => self.title.push(c("og:title")),
                    "dc.title" | "dcterms.title" => self.title.push(c("dc.title")),
                    "parsely-title" | "weibo:article:title" | "weibo:webpage:title" | "title" | "citation_title" => {
                        self.title.push(c("meta title"))
                    }
                    "twitter:title" => self.title.push(c("twitter:title")),
                    "article:published_time" => self.published.push(c("article:published_time")),
                    "og:published_time" | "og:article:published_time" => {
                        self.published.push(c("og:published_time"))
                    }
                    "date"
                    | "pubdate"
                    | "publishdate"
                    | "publish-date"
                    | "publish_date"
                    | "dc.date"
                    | "dc.date.issued"
                    | "dc.date.created"
                    | "dc.created"
                    | "dc.issued"
                    | "og:regdate"
                    | "dcterms.date"
                    | "dcterms.created"
                    | "dcterms.issued"
                    | "sailthru.date"
                    | "parsely-pub-date"
                    | "article.published"
                    | "publication_date"
                    | "publication-date"
                    | "pub_date"
                    | "date_published"
                    | "datepublished"
                    | "creation_date"
                    | "created"
                    | "article_date_original"
                    | "original-publish-date"
                    | "cxenseparse:recs:publishtime"
                    | "displaydate"
                    | "release_date"
                    // Highwire Press tags (Google Scholar): journals, preprints, OJS.
                    | "citation_publication_date"
                    | "citation_online_date"
                    | "citation_date" => self.published.push(c("meta date")),
                    // `<site>:article_published_time`, `article:published`, `og:article:published`...
                    // ... and schema.org's names under any vocabulary's
                    // prefix (BBC's `rnews:datePublished`), Weibo's card.
                    k if k.ends_with("article_published_time")
                        || k.ends_with(":published_time")
                        || k.ends_with("article:published")
                        || k.ends_with(":datepublished")
                        || k.ends_with(":datecreated")
                        || k == "weibo:article:create_at" =>
                    {
                        self.published.push(c("meta date"))
                    }
                    "article:modified_time" => self.updated.push(c("article:modified_time")),
                    "og:updated_time" => self.updated.push(c("og:updated_time")),
                    "dcterms.modified"
                    | "last-modified"
                    | "lastmodified"
                    | "lastmod"
                    | "weibo:article:update_at"
                    | "revised" => self.updated.push(c("meta modified")),
                    k if k.ends_with(":datemodified") => self.updated.push(c("meta modified")),
                    "dc.creator" | "dcterms.creator" => self.author.push(c("dc.creator")),
                    "author" | "parsely-author" | "sailthru.author" | "citation_author" => {
                        self.author.push(c("meta author"))
                    }
                    "article:author" | "og:article:author" if !content.starts_with("http") => {
                        self.author.push(c("article:author"))
                    }
                    "og:description" => self.summary.push(c("og:description")),
                    "dc.description" | "dcterms.description" => self.summary.push(c("dc.description")),
                    "description" => self.summary.push(c("meta description")),
                    "twitter:description" => self.summary.push(c("twitter:description")),
                    "og:image" | "og:image:url" | "og:image:secure_url" => self.image.push(c("og:image")),
                    "twitter:image" | "twitter:image:src" => self.image.push(c("twitter:image")),
                    "og:url" => self.canonical.push(c("og:url")),
                    "og:site_name" | "application-name" | "twitter:site" | "apple-mobile-web-app-title" => {
                        self.site_names.push(content.trim_start_matches('@').to_string())
                    }
                    "article:tag" => tags.push(content.to_string()),
                    "keywords" | "news_keywords" if tags.is_empty() => tags.extend(
                        content
                            .split(',')
                            .map(|t| t.trim().to_string())
                            .filter(|t| !t.is_empty()),
                    ),
                    _ => {}
                }
            }
        }
        if !tags.is_empty() {
            self.tags.push(Candidate {
                value: tags.join("\u{1f}"),
                from: "meta tags",
            });
        }
        // Sources are pushed in document order; put each field's in the
        // documented priority (og before twitter before plain meta).
        for list in [
            &mut self.title,
            &mut self.published,
            &mut self.updated,
            &mut self.author,
            &mut self.summary,
            &mut self.image,
        ] {
            list.sort_by_key(|c| source_rank(c.from));
        }
    }

    fn microdata(&mut self, doc: &Html) {
        // A property belongs to the nearest item around it: a reader's
        // comment's `datePublished` and `author` (WordPress themes mark
        // comments up as `schema.org/Comment`) are not the article's.
        let of_a_reply = |el: &ElementRef| {
            el.ancestors()
                .filter_map(ElementRef::wrap)
                .find(|a| a.value().attr_of("itemscope").is_some())
                .and_then(|item| item.value().attr_of("itemtype"))
                .is_some_and(|t| {
                    let t = t.rsplit('/').next().unwrap_or_default();
                    ["Comment", "UserComments", "Review", "Answer"].contains(&t)
                })
        };
        for el in ITEMPROP.all(doc).filter(|el| !of_a_reply(el)) {
            let e = el.value();
            // `value` where a `<meta>`'s `content` belongs, as in `meta_tags`.
            let value = || {
                e.attr_of("content")
                    .or_else(|| e.attr_of("datetime"))
                    .or_else(|| e.attr_of("value").filter(|_| e.name() == "meta"))
                    .map(str::to_string)
                    .unwrap_or_else(|| text_of(el))
            };
            let c = |v: String| Candidate {
                value: v,
                from: "itemprop",
            };
            let prop = e.attr_of("itemprop").unwrap_or_default();
            match prop {
                "headline" => self.title.push(c(value())),
                p if p.eq_ignore_ascii_case("datePublished") || p.eq_ignore_ascii_case("dateCreated") => {
                    self.published.push(c(value()))
                }
                p if p.eq_ignore_ascii_case("dateModified") => self.updated.push(c(value())),
                "author" => {
                    let name = el
                        .select(&sel(r#"[itemprop="name"]"#))
                        .next()
                        .map(|n| {
                            n.value()
                                .attr_of("content")
                                .map(str::to_string)
                                .unwrap_or_else(|| text_of(n))
                        })
                        .unwrap_or_else(value);
                    self.author.push(c(name));
                }
                "description" => self.summary.push(c(value())),
                "image" => {
                    if let Some(src) = e
                        .attr_of("src")
                        .or_else(|| e.attr_of("content"))
                        .or_else(|| e.attr_of("href"))
                    {
                        self.image.push(c(src.to_string()));
                    }
                }
                _ => {}
            }
        }
    }

    fn rdfa(&mut self, doc: &Html) {
        for el in RDFA_DATE.all(doc) {
            let e = el.value();
            let v = e
                .attr_of("content")
                .or_else(|| e.attr_of("datetime"))
                .map(str::to_string)
                .unwrap_or_else(|| text_of(el));
            let c = Candidate {
                value: v,
                from: "rdfa",
            };
            if e.attr_of("property").is_some_and(|p| p.ends_with("dateModified")) {
                self.updated.push(c);
            } else {
                self.published.push(c);
            }
        }
    }

    fn elements(&mut self, doc: &Html, base: &Url) {
        // A <time> the page names as its publishing (hAtom/h-entry `published`,
        // WordPress `entry-date`), else the first not named as an update.
        let named = |t: &ElementRef, words: &[&str]| named_with(t, &["class", "itemprop"], words);
        // Not a <time> of an embedded post, a quote, a comment or a teaser:
        // those date something else. The page's first 200 are weighed.
        const ELSEWHERE: &[&str] = &[
            "embed",
            "tweet",
            "instagram",
            "comment",
            "comments",
            "related",
            "teaser",
        ];
        let elsewhere = |t: &ElementRef| {
            t.ancestors()
                .filter_map(ElementRef::wrap)
                .take_while(|a| !matches!(a.value().name(), "body" | "html"))
                .any(|a| {
                    a.value().name() == "blockquote"
                        || ["class", "id"]
                            .iter()
                            .filter_map(|n| a.value().attr_of(n))
                            .any(|v| {
                                v.split(|c: char| !c.is_ascii_alphanumeric())
                                    .any(|w| ELSEWHERE.iter().any(|e| w.eq_ignore_ascii_case(e)))
                            })
                })
        };
        // Nor one in a list of posts: a list whose items each hold a <time>.
        let in_list_of_posts = |t: &ElementRef| {
            let Some(list) = t
                .ancestors()
                .take(6)
                .filter_map(ElementRef::wrap)
                .find(|a| matches!(a.value().name(), "ul" | "ol"))
            else {
                return false;
            };
            list.children()
                .filter_map(ElementRef::wrap)
                .take(50)
                .filter(|li| {
                    li.descendants()
                        .take(200)
                        .any(|d| d.value().as_element().is_some_and(|e| e.name() == "time"))
                })
                .nth(1)
                .is_some()
        };
        let times: Vec<ElementRef> = TIME
            .all(doc)
            .take(200)
            .filter(|t| !elsewhere(t) && !in_list_of_posts(t))
            .collect();
        let (updates, others): (Vec<_>, Vec<_>) =
            times.iter().partition(|t| named(t, &["updated", "modified"]));
        let published = others
            .iter()
            .find(|t| named(t, &["published", "entry-date", "pubdate", "posted"]))
            .or(others.first());
        // Its `datetime`, unless its own text shows a day more than a day
        // away from it ("Publié le 29 juin 2019" on a SPIP page whose
        // `datetime` is the last edit): readers see the text.
        let utc = super::date::Zone::from(chrono_tz::Tz::UTC);
        let datetime = |t: &ElementRef| {
            let machine = t.value().attr_of("datetime").unwrap_or_default();
            let shown = short_text_of(*t, 60)
                .filter(|text| text.chars().any(char::is_alphabetic))
                .and_then(|text| Some((super::date::parse_date(&text, utc)?, text)));
            match (super::date::parse_date(machine, utc), shown) {
                (Some(m), Some((s, text))) if (m.date_naive() - s.date_naive()).num_days().abs() > 1 => text,
                _ => machine.to_string(),
            }
        };
        if let Some(t) = published {
            self.published.push(Candidate {
                value: datetime(t),
                from: "<time datetime>",
            });
        }
        if let Some(t) = updates.first() {
            self.updated.push(Candidate {
                value: datetime(t),
                from: "<time datetime>",
            });
        }
        // hAtom's `<abbr class="published" title="2020-05-05">`, and a
        // timestamp in seconds where social widgets put it (`data-utime`).
        // The microformats below, found in one walk of the page.
        let microformats: Vec<ElementRef> = MICROFORMATS.all(doc).collect();
        for &el in microformats.iter().filter(|e| MICROFORMAT_DATE.matches(e)) {
            let e = el.value();
            let value = match e.attr_of("data-utime") {
                Some(secs) => secs
                    .trim()
                    .parse::<i64>()
                    .ok()
                    .and_then(|s| chrono::DateTime::from_timestamp(s, 0))
                    .map(|d| d.to_rfc3339()),
                None => e.attr_of("title").map(str::to_string),
            };
            let Some(value) = value else { continue };
            let c = Candidate {
                value,
                from: "hAtom title",
            };
            match e.class_words().any(|c| c == "updated") {
                true => self.updated.push(c),
                false => self.published.push(c),
            }
        }
        if let Some(a) = REL_AUTHOR.all(doc).next() {
            self.author.push(Candidate {
                value: text_of(a),
                from: "rel=author",
            });
        }
        // hCard: the entry's author's `fn` (Blogger's "Posted by", WordPress's
        // byline), not a commenter's.
        let commenter = |e: &ElementRef| {
            e.ancestors()
                .filter_map(ElementRef::wrap)
                .any(|a| named_with(&a, &["class"], &["comment"]))
        };
        if let Some(a) = microformats
            .iter()
            .find(|e| HCARD_AUTHOR.matches(e) && !commenter(e))
            .copied()
        {
            self.author.push(Candidate {
                value: text_of(a),
                from: "hCard author",
            });
        }
        if let Some(l) = CANONICAL.all(doc).next() {
            let v = l.value().attr_of("href").unwrap_or_default().to_string();
            self.canonical.insert(
                0,
                Candidate {
                    value: v,
                    from: "link rel=canonical",
                },
            );
        }
        // hAtom's one `entry-title` (Blogger's `h3.post-title.entry-title`,
        // WordPress's `h1.entry-title`) is the post's own title: before a
        // <title> that adds the blog's name ("Ann's notes: Spring").
        let mut entry_titles = microformats
            .iter()
            .filter(|e| ENTRY_TITLE.matches(e))
            .map(|e| text_of(*e))
            .filter(|t| !t.is_empty());
        if let (Some(t), None) = (entry_titles.next(), entry_titles.next()) {
            self.title.push(Candidate {
                value: t,
                from: "hAtom entry-title",
            });
        }
        // The <title> (without the site name) before a heading: many pages'
        // first <h1> is a logo or a section name.
        let h1_nodes: Vec<(ElementRef, String)> = H1.all(doc).map(|h| (h, text_of(h))).collect();
        let h1s: Vec<String> = h1_nodes
            .iter()
            .map(|(_, t)| t.clone())
            .filter(|t| !t.is_empty())
            .collect();
        // The text of a link to the front page (a logo's, when it has text)
        // is the site's name.
        for a in A
            .all(doc)
            .filter(|a| home_link(a.value().attr_of("href")))
            .take(20)
        {
            let name = text_of(a);
            if name.chars().count() >= 3 && name.chars().count() <= 60 && !self.site_names.contains(&name) {
                self.site_names.push(name);
            }
        }
        // So is an <h1> that is a link home, or to a folder above the page
        // (a blog's under its host's other pages): the site's logo, never
        // the headline a <title> is cut to.
        for (h, name) in h1_nodes {
            let home = |a: ElementRef| {
                let href = a.value().attr_of("href");
                (home_link(href) || folder_above(href, base)) && squash(&text_of(a)) == squash(&name)
            };
            let linked =
                h.select(&A).any(home) || h.ancestors().filter_map(ElementRef::wrap).take(3).any(home);
            if linked && !name.is_empty() {
                self.site_names.push(name);
            }
        }
        self.headlines = h1s
            .iter()
            .filter(|h| !self.site_names.iter().any(|n| squash(n) == squash(h)))
            .cloned()
            .collect();
        self.headings = SUBHEADS.all(doc).take(100).map(text_of).collect();
        if let Some(t) = TITLE.all(doc).next() {
            let title = text_of(t);
            // A title that is only the site's name (as its home link or
            // og:site_name says; pages drawn by script often keep their
            // shell's) does not name the article its heading does.
            let only_site = !h1s.is_empty() && {
                let t = squash(&title);
                self.site_names.iter().any(|n| squash(n) == t)
            };
            if (title.chars().count() >= 8 || h1s.is_empty()) && !only_site {
                let cleaned = clean_title(&title, &h1s);
                let shown = shown_part(doc, &title, &cleaned, &h1s, &self.site_names);
                self.title.push(Candidate {
                    value: shown.unwrap_or(cleaned),
                    from: "<title>",
                });
            }
        }
        if let Some(h1) = h1s.first() {
            self.title.push(Candidate {
                value: h1.clone(),
                from: "<h1>",
            });
        }
        for list in [&mut self.title, &mut self.author, &mut self.published] {
            list.retain(|c| !c.value.trim().is_empty());
        }
    }
}

/// The documented order within the meta tags of one field.
fn source_rank(from: &str) -> u8 {
    match from {
        "json-ld" => 0,
        "dc.title" | "dc.creator" | "dc.description" => 1,
        "og:title" | "article:published_time" | "article:modified_time" | "og:description" | "og:image" => 2,
        "og:published_time" | "og:updated_time" | "article:author" => 3,
        "meta author" | "meta description" | "meta date" | "meta modified" | "meta title" => 4,
        "twitter:title" | "twitter:description" | "twitter:image" => 5,
        _ => 6,
    }
}

/// Separators between a page's title and its site's name.
const TITLE_SEPARATORS: [&str; 8] = [" | ", " - ", " – ", " — ", " \\ ", " / ", " > ", " » "];

/// Separators between a headline and a site name, wider than in a
/// `<title>` alone: metadata titles carry them too, CJK ones full-width,
/// and WordPress SEO plugins offer angle quotes (" › ").
const SITE_SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " » ", " › ", " « ", " ‹ ", " · ", " • ", "｜", "：", "|",
];

/// A link to a site's front page: `/`, `./`, or an address with no path.
fn home_link(href: Option<&str>) -> bool {
    let Some(href) = href.map(str::trim) else {
        return false;
    };
    if matches!(href, "/" | "./") {
        return true;
    }
    let rest = href
        .strip_prefix("https://")
        .or_else(|| href.strip_prefix("http://"))
        .or_else(|| href.strip_prefix("//"));
    rest.is_some_and(|r| {
        let host = r.strip_suffix('/').unwrap_or(r);
        !host.is_empty() && !host.contains(['/', '?', '#'])
    })
}

/// A link to a folder the page at `base` sits in: a blog's home among a
/// host's other pages (`/blog/` above `/blog/2021/03/post.html`), or a
/// section's, or a columnist's.
fn folder_above(href: Option<&str>, base: &Url) -> bool {
    // (A folder's address ends in a slash: only such a link is resolved.)
    href.map(str::trim).is_some_and(|href| {
        href.ends_with('/')
            && base.join(href).is_ok_and(|u| {
                u.host_str() == base.host_str()
                    && u.query().is_none()
                    && base.path().len() > u.path().len()
                    && base.path().starts_with(u.path())
            })
    })
}

/// The longest beginning of `title`, up to a separator, that one of the
/// page's `headlines` (already folded by `fold`) shows alone: a headline
/// comes before the names after it ("Headline | Author | Site"); what comes
/// after a separator may be the site's own `<h1>`.
pub fn part_shown(title: &str, headlines: &[String], fold: impl Fn(&str) -> String) -> Option<String> {
    // A title is a line; a page's megabyte "title" is not split up.
    if title.len() > 1000 {
        return None;
    }
    let mut parts = Vec::new();
    // A glued hyphen too ("标题-新华网"): the part must be a headline the
    // page shows, so a hyphenated word is never cut.
    for sep in SITE_SEPARATORS.iter().chain(&["-"]) {
        for (at, _) in title.match_indices(sep) {
            parts.push(title[..at].trim());
        }
    }
    // Two words at least, or five characters of a script without spaces.
    let long_enough =
        |p: &str| p.split_whitespace().count() >= 2 || p.chars().filter(|c| unspaced_script(*c)).count() >= 5;
    parts
        .into_iter()
        .filter(|p| long_enough(p) && headlines.contains(&fold(p)))
        .max_by_key(|p| p.len())
        .map(str::to_string)
}

/// Words in `s`, two letters of a script without spaces weighing as one
/// ("标题很长的新闻" is three).
pub(crate) fn word_count(s: &str) -> usize {
    let unspaced = s.chars().filter(|c| unspaced_script(*c)).count();
    s.split_whitespace().count().max(unspaced / 2)
}

/// A letter of a script written without spaces between words: Chinese,
/// Japanese kana, Thai.
fn unspaced_script(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{0e00}'..='\u{0e7f}')
}

/// `title` without a site name before or after it ("Headline | 8th Light",
/// "見出し：朝日新聞デジタル"): a part that is one of the page's own site
/// names, or spells a label of its host ("Chicago YIMBY" on chicagoyimby.com).
pub fn without_site_name(title: &str, site_names: &[String], host: Option<&str>) -> String {
    let labels: Vec<String> = host
        .unwrap_or_default()
        .split('.')
        .filter(|l| l.len() >= 3 && !matches!(*l, "www" | "com" | "net" | "org" | "blog" | "blogs" | "news"))
        .map(squash)
        .collect();
    let names: Vec<String> = site_names
        .iter()
        .map(|n| squash(n))
        .filter(|n| !n.is_empty())
        .collect();
    let is_site = |part: &str| {
        let p = squash(part);
        !p.is_empty()
            && (names.contains(&p)
                || labels.iter().any(|l| {
                    p == *l || (p.starts_with(l.as_str()) && l.len() >= 3) || (l.contains(&p) && p.len() >= 4)
                }))
    };
    let headline_left = |rest: &str| {
        let rest = rest.trim();
        rest.split_whitespace().count() >= 2 || rest.chars().count() >= 6
    };
    for sep in SITE_SEPARATORS {
        if let Some(i) = title.rfind(sep) {
            let (head, site) = (&title[..i], &title[i + sep.len()..]);
            if is_site(site) && headline_left(head) {
                return head.trim().to_string();
            }
        }
        if let Some(i) = title.find(sep) {
            let (site, head) = (&title[..i], &title[i + sep.len()..]);
            if is_site(site) && headline_left(head) {
                return head.trim().to_string();
            }
        }
    }
    title.to_string()
}

/// The headline in a `<title>` when cutting it by its shape alone fails:
/// what the shape gives is the whole title, a site name, or a part the page
/// never shows, while exactly one other part (not a site name) is the
/// page's heading or a line of text by itself. "Seniority – The Long Read"
/// with `<h1>Seniority</h1>` and a logo linking home; an old page's `<b>`
/// headline beside a logo image. When several parts are shown, the one that
/// is a heading.
fn shown_part(
    doc: &Html,
    title: &str,
    cleaned: &str,
    h1s: &[String],
    site_names: &[String],
) -> Option<String> {
    let title = title.trim();
    // A title is a line; a page's megabyte "title" is not split up.
    if title.len() > 1000 {
        return None;
    }
    // Every run of parts between separators: "A - B | Site" gives "A",
    // "B", "Site", "A - B", "B | Site" (of the first 12 separators).
    let mut cuts: Vec<(usize, usize)> = vec![(0, 0), (title.len(), title.len())];
    // A spaced colon too ("Headline : Naver Blog"), where the whole title is
    // no heading of the page ("Covid : le point" as its `<h1>` stays whole).
    let whole_heading = h1s.iter().any(|h| squash(h) == squash(title));
    let colon: &[&str] = if whole_heading { &[] } else { &[" : "] };
    for sep in TITLE_SEPARATORS.iter().chain(colon) {
        cuts.extend(title.match_indices(sep).map(|(i, _)| (i, i + sep.len())));
    }
    cuts.sort_unstable();
    cuts.truncate(13);
    cuts.push((title.len(), title.len()));
    cuts.dedup();
    let mut parts: Vec<&str> = Vec::new();
    for (a, &(_, start)) in cuts.iter().enumerate() {
        for &(end, _) in &cuts[a + 1..] {
            let part = title.get(start..end).unwrap_or_default().trim();
            if !part.is_empty() && part != title && !parts.contains(&part) {
                parts.push(part);
            }
        }
    }
    if parts.is_empty() {
        return None;
    }
    let site = |p: &str| site_names.iter().any(|n| squash(n) == squash(p));
    let wanted: Vec<String> = parts.iter().map(|p| squash(p)).collect();
    let heading: Vec<bool> = wanted
        .iter()
        .map(|w| h1s.iter().any(|h| squash(h) == *w))
        .collect();
    let mut shown = heading.clone();
    // Text nodes of the body, whole (a heading with inline markup inside is
    // matched as an <h1> above), set as a headline: in a heading, or in
    // bold, large or title-named markup outside links, menus and footers
    // (a section's or an author's name stands alone there too).
    let body = doc
        .root_element()
        .children()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "body");
    let set_as_headline = |n: ego_tree::NodeRef<'_, scraper::Node>| {
        let near: Vec<ElementRef> = n.ancestors().filter_map(ElementRef::wrap).take(4).collect();
        let heading = near
            .iter()
            .any(|a| matches!(a.value().name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6"));
        let chrome = || {
            n.ancestors().filter_map(ElementRef::wrap).any(|a| {
                matches!(
                    a.value().name(),
                    "a" | "nav" | "li" | "button" | "option" | "label" | "footer" | "dt" | "dd"
                )
            })
        };
        let marked = || {
            near.iter().any(|a| {
                matches!(a.value().name(), "b" | "strong" | "big" | "font")
                    || named_with(a, &["class", "id"], &["title", "headline", "heading"])
            })
        };
        heading || (!chrome() && marked())
    };
    for node in body.iter().flat_map(|b| b.descendants()).take(20_000) {
        let Some(text) = node.value().as_text() else {
            continue;
        };
        let t = text.trim();
        if t.is_empty() || t.len() > 300 {
            continue;
        }
        // Where it sits is looked at only for a text that is a part (its
        // squashed letters compared as they come: most differ at once).
        let squashed = || {
            t.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
        };
        let matching: Vec<usize> = (0..wanted.len())
            .filter(|&i| squashed().eq(wanted[i].chars()))
            .collect();
        if !matching.is_empty() && set_as_headline(node) {
            for i in matching {
                shown[i] = true;
            }
        }
    }
    let is_shown = |p: &str| {
        parts
            .iter()
            .zip(&shown)
            .any(|(q, s)| *s && squash(q) == squash(p))
    };
    if cleaned != title && !site(cleaned) && is_shown(cleaned) {
        return None;
    }
    let only = |marks: &[bool]| {
        let mut found = parts
            .iter()
            .zip(marks)
            .filter(|(p, m)| **m && !site(p))
            .map(|(p, _)| p.to_string());
        match (found.next(), found.next()) {
            (Some(p), None) => Some(p),
            _ => None,
        }
    };
    only(&shown).or_else(|| only(&heading))
}

/// A `<title>` without the site name around it: "Headline | Site" ->
/// "Headline", unless what is left is too short to be a headline.
fn clean_title(title: &str, h1s: &[String]) -> String {
    let title = title.trim();
    // Chinese and Japanese headlines have no spaces: two of their letters
    // weigh as a word ("标题很长的新闻 - 知乎" keeps its headline, not "知乎").
    let words = word_count;
    if h1s.iter().any(|h| h == title) {
        return title.to_string();
    }
    let cut = TITLE_SEPARATORS
        .iter()
        .filter_map(|sep| title.rfind(sep).map(|i| (i, sep.len())))
        .max_by_key(|(i, _)| *i);
    let cleaned = if let Some((i, len)) = cut {
        let before = &title[..i];
        // A headline is rarely under half the length of the site name after
        // it (a diary's "高木浩光＠自宅の日記 - <a long entry title>"); words
        // here have a letter or digit ("Ann Lee ( ann )" is three).
        let named = |s: &str| words(&s.replace(|c: char| !c.is_alphanumeric() && !c.is_whitespace(), ""));
        if words(before) >= 3 && named(before) * 2 >= named(&title[i + len..]) {
            before.to_string()
        } else {
            // "Site | Headline": the headline is after the first separator.
            let first = TITLE_SEPARATORS
                .iter()
                .filter_map(|sep| title.find(sep).map(|j| (j, sep.len())))
                .min_by_key(|(j, _)| *j)
                .unwrap_or((i, len));
            title[first.0 + first.1..].to_string()
        }
    } else if let Some(i) = title.find(": ") {
        // "Site: Headline", unless a heading shows the colon is the headline's own.
        let after = &title[i + 2..];
        if words(&title[..i]) > 5 || words(after) < 3 {
            title.to_string()
        } else {
            after.to_string()
        }
    } else {
        title.to_string()
    };
    // Too little is left: a short title keeps its site name, unless only a
    // one-word site name was cut.
    let title_words = title
        .split_whitespace()
        .filter(|w| !matches!(*w, "|" | "-" | "–" | "—" | "\\" | "/" | ">" | "»"))
        .count();
    if words(&cleaned) <= 4 && (cut.is_none() || words(&cleaned) + 1 != title_words) {
        return title.to_string();
    }
    cleaned.trim().to_string()
}

/// The JSON-LD blocks of a page, parsed; a block that is not JSON is skipped.
pub fn json_ld(doc: &Html) -> Vec<Value> {
    let mut out = Vec::new();
    for script in LD_JSON.all(doc) {
        let raw = script.text().collect::<String>();
        // Pages wrap JSON-LD in comments or CDATA sections, sometimes commented out.
        let raw = raw.trim().trim_start_matches("//").trim_start();
        let raw = raw.trim_start_matches("<!--").trim_start_matches("<![CDATA[");
        let raw = raw
            .trim_end()
            .trim_end_matches("-->")
            .trim_end_matches("//")
            .trim_end();
        let raw = raw.trim_end_matches("]]>").trim_end().trim_end_matches("//");
        if let Some(value) = lenient_json(raw.trim()) {
            out.push(value);
        }
    }
    out
}

static TRAILING_COMMA: LazyLock<regex::Regex> = LazyLock::new(|| regex::Regex::new(r",\s*([}\]])").unwrap());

/// JSON as pages write it: raw line breaks and tabs inside strings and
/// trailing commas are common, and browsers' consumers shrug them off.
fn lenient_json(raw: &str) -> Option<Value> {
    if let Ok(v) = serde_json::from_str(raw) {
        return Some(v);
    }
    let spaced: String = raw
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let fixed = TRAILING_COMMA.replace_all(&spaced, "$1");
    if let Ok(v) = serde_json::from_str(&fixed) {
        return Some(v);
    }
    serde_json::from_str(&escape_inner_quotes(&fixed)).ok()
}

/// A name quoted inside a string, its quotes unescaped (`"name": "James
/// "Obscurica" Chen"`): a quote inside a string that neither ends the
/// document nor is followed by what may follow a string (`,` `:` `}` `]`)
/// is escaped. Written here because serde_json has no lenient mode and the
/// repairing crates are made for whole broken documents; this is one pass.
fn escape_inner_quotes(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len() + 16);
    let mut in_string = false;
    let mut chars = raw.char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '\\' if in_string => {
                out.push(c);
                if let Some((_, next)) = chars.next() {
                    out.push(next);
                }
                continue;
            }
            '"' if in_string => {
                let after = raw[at + 1..].trim_start().chars().next();
                if matches!(after, None | Some(',' | ':' | '}' | ']')) {
                    in_string = false;
                } else {
                    out.push('\\');
                }
            }
            '"' => in_string = true,
            _ => {}
        }
        out.push(c);
    }
    out
}

/// Every object of a JSON-LD value: top level, in arrays, `@graph` and `mainEntity`.
pub fn collect_objects<'a>(v: &'a Value, out: &mut Vec<&'a serde_json::Map<String, Value>>) {
    match v {
        Value::Array(items) => items.iter().for_each(|i| collect_objects(i, out)),
        Value::Object(obj) => {
            out.push(obj);
            if let Some(graph) = obj.get("@graph") {
                collect_objects(graph, out);
            }
            if let Some(entity) = obj.get("mainEntity") {
                collect_objects(entity, out);
            }
        }
        _ => {}
    }
}

/// Whether a JSON-LD object's `@type`, one name or several, has a name `is` accepts.
pub(super) fn has_type(obj: &serde_json::Map<String, Value>, is: impl Fn(&str) -> bool) -> bool {
    match obj.get("@type") {
        Some(Value::String(t)) => is(t),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(is),
        _ => false,
    }
}

fn is_web_page(obj: &serde_json::Map<String, Value>) -> bool {
    has_type(obj, |t| {
        matches!(
            t.trim_start_matches("schema:"),
            "WebPage" | "ItemPage" | "AboutPage"
        )
    })
}

fn is_media(obj: &serde_json::Map<String, Value>) -> bool {
    has_type(obj, |t| {
        matches!(
            t.trim_start_matches("schema:"),
            "AudioObject" | "VideoObject" | "PodcastEpisode" | "MediaObject"
        )
    })
}

fn is_article(obj: &serde_json::Map<String, Value>) -> bool {
    has_type(obj, |t| ARTICLE_TYPES.contains(&t.trim_start_matches("schema:")))
}

fn push_str(list: &mut Vec<Candidate>, v: Option<&Value>, from: &'static str) {
    if let Some(s) = v.and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty()) {
        list.push(Candidate {
            value: s.to_string(),
            from,
        });
    }
}

/// Author names from a string, an object with `name`, or an array of either.
/// The names in an author's value: a text, an object's `name`, or the
/// name of the node of a `@graph` an object refers to by its `@id` alone
/// (`named`: each node's `@id` and name).
fn names(v: Option<&Value>, named: &[(&str, &str)]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    match v {
        Some(Value::String(s)) => out.push(s.trim().to_string()),
        Some(Value::Object(o)) => match o.get("name") {
            Some(name) => out.extend(names(Some(name), &[])),
            None => {
                let id = o.get("@id").and_then(Value::as_str);
                out.extend(
                    named
                        .iter()
                        .filter(|(i, _)| Some(*i) == id)
                        .map(|(_, n)| n.trim().to_string()),
                );
            }
        },
        Some(Value::Array(a)) => a.iter().for_each(|i| out.extend(names(Some(i), named))),
        _ => {}
    }
    out.retain(|n| !n.is_empty() && !n.starts_with("http"));
    out.dedup();
    out
}

pub(crate) fn image_url(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Object(o) => image_url(o.get("url").or_else(|| o.get("contentUrl"))),
        Value::Array(a) => a.iter().find_map(|i| image_url(Some(i))),
        _ => None,
    }
}

fn keywords(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => s
            .split(',')
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .collect(),
        Some(Value::Array(a)) => a.iter().flat_map(|i| keywords(Some(i))).collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The metadata of a page at a post's address.
    fn meta_of(doc: &Html) -> PageMeta {
        PageMeta::read(doc, &Url::parse("https://example.com/posts/1").unwrap())
    }

    #[test]
    fn page_walks_find_what_scraper_finds() {
        for walk in [
            &*LD_JSON,
            &*META,
            &*TITLE,
            &*H1,
            &*SUBHEADS,
            &*A,
            &*MICROFORMATS,
            &*CANONICAL,
            &*ITEMPROP,
            &*RDFA_DATE,
            &*TIME,
            &*REL_AUTHOR,
        ] {
            crate::extract::html::assert_walks_as_select(walk);
        }
    }

    #[test]
    fn site_names_leave_titles() {
        let cut = |t: &str, names: &[&str], host: &str| {
            let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
            without_site_name(t, &names, Some(host))
        };
        assert_eq!(
            cut("Fundamentals of Design: Colour | 8th Light", &[], "8thlight.com"),
            "Fundamentals of Design: Colour"
        );
        assert_eq!(
            cut(
                "New Renderings Revealed For Fulton Bond - Chicago YIMBY",
                &[],
                "chicagoyimby.com"
            ),
            "New Renderings Revealed For Fulton Bond"
        );
        assert_eq!(
            cut(
                "メディア芸術祭賞、「チコちゃんに叱られる！」が受賞：朝日新聞デジタル",
                &["朝日新聞デジタル"],
                "www.asahi.com"
            ),
            "メディア芸術祭賞、「チコちゃんに叱られる！」が受賞"
        );
        assert_eq!(
            cut(
                "気軽に新聞をスクラップできる「ペン」、CUTPEN ｜ ガジェット通信 GetNews",
                &["ガジェット通信 GetNews"],
                "getnews.jp"
            ),
            "気軽に新聞をスクラップできる「ペン」、CUTPEN"
        );
        assert_eq!(
            cut("ACCU :: Defining Concepts", &[], "accu.org"),
            "Defining Concepts"
        );
        // Not a site name: left alone.
        assert_eq!(
            cut("Rust - the good parts", &[], "example.org"),
            "Rust - the good parts"
        );
        // Nothing would be left of the headline.
        assert_eq!(cut("News | Example", &[], "example.org"), "News | Example");
    }

    #[test]
    fn machine_readable_dates_in_every_place() {
        let read = |head: &str| {
            meta_of(&Html::parse_document(&format!(
                "<html><head>{head}</head><body></body></html>"
            )))
        };
        // Yoast: the date sits on the WebPage node of the @graph.
        let m = read(
            r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2021-02-03T10:00:00+00:00"},{"@type":"Organization","name":"X"}]}</script>"#,
        );
        assert_eq!(m.page_dates[0].value, "2021-02-03T10:00:00+00:00");
        // Slightly invalid JSON-LD: a raw line break in a string, a trailing comma.
        let m = read("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"A\nB\",\"datePublished\":\"2020-01-02\",}</script>");
        assert_eq!(m.published[0].value, "2020-01-02");
        // A name quoted inside a string, its quotes unescaped.
        let m = read(
            r#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2017-04-08T18:00:01+00:00",
            "author":{"@type":"Person","name":"James "Obscurica" Chen"}}</script>"#,
        );
        assert_eq!(m.published[0].value, "2017-04-08T18:00:01+00:00");
        for head in [
            r#"<meta name="publication_date" content="2019-04-01">"#,
            r#"<meta property="bt:article_published_time" content="2019-04-01">"#,
            r#"<meta name="article:published_time" value="2019-04-01">"#,
            r#"<meta name="DC.date.issued" content="2019-04-01">"#,
            r#"<meta property="dc:created" content="2019-04-01">"#,
            r#"<meta http-equiv="date" content="2019-04-01">"#,
            r#"<meta itemprop="datepublished" content="2019-04-01">"#,
            r#"<meta name="citation_publication_date" content="2019-04-01">"#,
            r#"<meta property="rnews:datePublished" content="2019-04-01">"#,
            r#"<meta name="weibo:article:create_at" content="2019-04-01">"#,
            r#"<meta itemprop="datePublished" value="2019-04-01">"#,
            r#"<script type="application/ld+json">{"@type":"VideoObject","name":"Clip","uploadDate":"2019-04-01"}</script>"#,
        ] {
            let m = read(head);
            assert_eq!(
                m.published.first().map(|c| c.value.as_str()),
                Some("2019-04-01"),
                "{head}"
            );
        }
        for head in [
            r#"<meta http-equiv="last-modified" content="2019-04-02">"#,
            r#"<meta name="lastmodified" content="2019-04-02">"#,
            r#"<meta itemprop="datemodified" content="2019-04-02">"#,
            r#"<meta property="schema:dateModified" content="2019-04-02">"#,
            r#"<meta name="weibo:article:update_at" content="2019-04-02">"#,
        ] {
            assert_eq!(read(head).updated[0].value, "2019-04-02", "{head}");
        }
        // A story with an embedded clip, in separate scripts, clip first:
        // the story's date and description, never the clip's upload.
        let m = read(
            r#"<script type="application/ld+json">{"@type":"VideoObject","name":"Clip","description":"The clip.","uploadDate":"2019-03-30"}</script>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Story","description":"The story."}</script>
            <meta property="article:published_time" content="2019-04-01">"#,
        );
        assert_eq!(m.published[0].value, "2019-04-01");
        assert_eq!(m.summary[0].value, "The story.");
        assert_eq!(m.title[0].value, "Story");
        // Highwire Press tags on a journal's article page.
        let m = read(
            r#"<meta name="citation_title" content="On Bridges"><meta name="citation_author" content="Ann Lee">"#,
        );
        assert_eq!(
            (m.title[0].value.as_str(), m.author[0].value.as_str()),
            ("On Bridges", "Ann Lee")
        );
        // Only og:updated_time: a date all the same.
        let m = read(r#"<meta property="og:updated_time" content="2019-04-02">"#);
        assert_eq!(m.updated[0].value, "2019-04-02");
        // RDFa on an element other than <meta>.
        let m = meta_of(&Html::parse_document(
            r#"<span property="schema:dateCreated" content="2018-07-09">9 July</span>"#,
        ));
        assert_eq!(m.published[0].value, "2018-07-09");
    }

    #[test]
    fn hatom_entry_title_and_hcard_author() {
        // Blogger: the post's title in h3.entry-title, the blog's name in
        // the <title>; "Posted by" as an hCard; a commenter's hCard too.
        let m = meta_of(&Html::parse_document(
            r#"<title>Ann's notes: Spring</title><div class="post hentry"><h3 class="post-title entry-title">Spring</h3>
            <div class="post-body">The first swallows came back today.</div>
            <div class="comments"><div class="comment"><span class="author vcard"><span class="fn">Tom</span></span></div></div>
            <span class="post-author vcard">Posted by <span class="fn">Ann</span></span></div>"#,
        ));
        assert_eq!(first(&m.title), ("Spring", "hAtom entry-title"));
        assert_eq!(first(&m.author), ("Ann", "hCard author"));
        // An index page of many entries names no one entry.
        let m = meta_of(&Html::parse_document(
            r#"<title>Ann's notes</title><div class="hentry"><h3 class="entry-title">Spring</h3></div>
            <div class="hentry"><h3 class="entry-title">Winter</h3></div>"#,
        ));
        assert_eq!(first(&m.title).1, "<title>");
    }

    #[test]
    fn dates_in_the_body_named_for_what_they_are() {
        let read = |body: &str| meta_of(&Html::parse_document(&format!("<body>{body}</body>")));
        // WordPress: the <time> named for the entry is its date wherever it
        // stands; the one named "updated" is the update.
        for body in [
            r#"<time datetime="2011-09-28" class="updated"></time><time datetime="2011-09-27" class="entry-date published"></time>"#,
            r#"<time datetime="2011-09-27" class="entry-date"></time><time datetime="2011-09-28" class="updated"></time>"#,
        ] {
            let m = read(body);
            assert_eq!(first(&m.published), ("2011-09-27", "<time datetime>"), "{body}");
            assert_eq!(first(&m.updated), ("2011-09-28", "<time datetime>"), "{body}");
        }
        // A <time> in an embedded post, a quote or a comment dates that,
        // not the page; a WordPress body's `wp-embed-responsive` is no embed.
        for body in [
            r#"<blockquote class="instagram-media"><p>A post</p><time datetime="2018-03-12T19:30:12+00:00">Mar 12</time></blockquote>"#,
            r#"<div class="twitter-tweet"><time datetime="2018-03-12">Mar 12</time></div>"#,
            r#"<ol class="comment-list"><li><time datetime="2018-03-12">Mar 12</time></li></ol>"#,
        ] {
            assert!(read(body).published.is_empty(), "{body}");
        }
        let m = meta_of(&Html::parse_document(
            r#"<body class="single wp-embed-responsive"><time datetime="2020-03-19">19 March</time></body>"#,
        ));
        assert_eq!(first(&m.published).0, "2020-03-19");
        // Nor one in a list of posts, each with its <time>.
        let m = read(
            r#"<ul><li><a href="/a">A</a><time datetime="2019-07-30">30 juil.</time></li><li><a href="/b">B</a><time datetime="2019-06-27">27 juin</time></li></ul>
            <div class="meta"><time datetime="2019-06-20">20 juin</time></div>"#,
        );
        assert_eq!(first(&m.published).0, "2019-06-20");
        // A <time> whose text shows another day than its `datetime`: the text.
        let m = read(r#"<time datetime="2019-07-03T10:18:46Z">Publié le 29 juin 2019</time>"#);
        assert_eq!(first(&m.published).0, "Publié le 29 juin 2019");
        let m = read(r#"<time datetime="2019-06-30T01:00:00+09:00">29 June 2019</time>"#);
        assert_eq!(first(&m.published).0, "2019-06-30T01:00:00+09:00");
        // hAtom's abbr with the date in its title, and a timestamp in seconds.
        let m = read(
            r#"<abbr class="published" title="2016-11-12">XYZ</abbr><abbr class="updated" title="2016-11-13">x</abbr>"#,
        );
        assert_eq!(first(&m.published), ("2016-11-12", "hAtom title"));
        assert_eq!(first(&m.updated), ("2016-11-13", "hAtom title"));
        let m = read(r#"<abbr data-utime="1438091078" class="something">A date</abbr>"#);
        assert_eq!(first(&m.published).0, "2015-07-28T13:44:38+00:00");
    }

    fn first(list: &[Candidate]) -> (&str, &str) {
        list.first()
            .map(|c| (c.value.as_str(), c.from))
            .unwrap_or(("", ""))
    }

    #[test]
    fn json_ld_in_graph_with_nested_authors() {
        let doc = Html::parse_document(
            r#"<html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
             {"@type":["NewsArticle"],"headline":"Head","datePublished":"2023-08-31T22:34:00+03:00",
              "author":[{"@type":"Person","name":"Ann"},{"name":"Bob"}],
              "image":{"@type":"ImageObject","url":"https://x.org/i.jpg"},"keywords":["a","b"]}]}
            </script><meta property="og:title" content="OG"></head><body><h1>H1</h1></body></html>"#,
        );
        let m = meta_of(&doc);
        assert_eq!(first(&m.title), ("Head", "json-ld"));
        assert_eq!(m.title[1].value, "OG");
        assert_eq!(first(&m.author), ("Ann, Bob", "json-ld"));
        assert_eq!(first(&m.image), ("https://x.org/i.jpg", "json-ld"));
        assert_eq!(first(&m.published).0, "2023-08-31T22:34:00+03:00");
        assert_eq!(first(&m.tags).0, "a\u{1f}b");
    }

    #[test]
    fn opengraph_meta_and_elements() {
        let doc = Html::parse_document(
            r#"<html><head><title>T | Site</title>
            <meta name="twitter:title" content="TW"><meta property="og:title" content="OG">
            <meta name="author" content="Jo"><meta name="description" content="Desc">
            <meta property="article:published_time" content="2023-01-02">
            <meta property="article:tag" content="x"><meta property="article:tag" content="y">
            <link rel="canonical" href="/c"></head>
            <body><time datetime="2020-01-01">old</time></body></html>"#,
        );
        let m = meta_of(&doc);
        assert_eq!(first(&m.title), ("OG", "og:title"));
        assert_eq!(first(&m.author), ("Jo", "meta author"));
        assert_eq!(first(&m.summary), ("Desc", "meta description"));
        assert_eq!(first(&m.published), ("2023-01-02", "article:published_time"));
        assert_eq!(first(&m.tags).0, "x\u{1f}y");
        assert_eq!(first(&m.canonical), ("/c", "link rel=canonical"));
        assert_eq!(m.title.last().unwrap().from, "<title>");
    }

    #[test]
    fn a_graphs_author_given_by_its_id_is_named_by_its_node() {
        let graph = |page_author: &str, article: &str| {
            format!(
                r#"<script type="application/ld+json">{{"@context":"https://schema.org","@graph":[
                {{"@type":"WebPage","@id":"https://example.com/p/#webpage","datePublished":"2021-03-04T09:15:00+00:00"{page_author}}},
                {article}{{"@type":"Person","@id":"https://example.com/#/person/1","name":"Ann Lee"}}]}}</script>"#
            )
        };
        let author = |html: &str| {
            meta_of(&Html::parse_document(html))
                .author
                .first()
                .map(|c| (c.value.clone(), c.from))
        };
        // Yoast on a page: only the WebPage node, its author by `@id`.
        let id = r#","author":{"@id":"https://example.com/#/person/1"}"#;
        assert_eq!(
            author(&graph(id, "")),
            Some(("Ann Lee".to_string(), "json-ld WebPage"))
        );
        // On a post: the Article node's author, by `@id` too, first.
        let article =
            r#"{"@type":"Article","headline":"Bad","author":[{"@id":"https://example.com/#/person/1"}]},"#;
        assert_eq!(
            author(&graph("", article)),
            Some(("Ann Lee".to_string(), "json-ld"))
        );
        // An `@id` no node has names no one.
        let unknown = r#","author":{"@id":"https://example.com/#/person/9"}"#;
        assert_eq!(author(&graph(unknown, "")), None);
    }

    #[test]
    fn a_link_to_the_folder_a_post_sits_in_names_the_blog() {
        // Typepad: the blog's name an <h1> linking to its folder, the
        // post's title an <h3>.
        let doc = Html::parse_document(
            r#"<html><head><title>Computers Are Bad – The Long Table</title></head><body>
            <h1 id="banner-header"><a href="/blog/">The Long Table</a></h1><h3 class="entry-header">Computers Are Bad</h3></body></html>"#,
        );
        let base = Url::parse("https://example.com/blog/2021/03/bad.html").unwrap();
        let m = PageMeta::read(&doc, &base);
        let title = m.title.iter().find(|c| c.from == "<title>").unwrap();
        assert_eq!(title.value, "Computers Are Bad");
        assert!(m.site_names.contains(&"The Long Table".to_string()));
        for (href, above) in [
            ("/blog/", true),
            ("../../", true),
            ("https://example.com/blog/", true),
            ("/", true),
            // The page itself, a folder elsewhere, another host's.
            ("/blog/2021/03/bad.html", false),
            ("/news/", false),
            ("https://other.example/blog/", false),
        ] {
            assert_eq!(folder_above(Some(href), &base), above, "{href}");
        }
        // A post at a folder of its own (WordPress's `/%postname%/`) is not
        // below itself.
        let own = Url::parse("https://example.com/computers-are-bad/").unwrap();
        assert!(!folder_above(Some("/computers-are-bad/"), &own));
        // A link to a columnist's folder elsewhere on the page (a
        // breadcrumb's) names no site: the columnist is the author.
        let doc = Html::parse_document(
            r#"<html><head><meta name="author" content="Ann Lee"></head><body><ul class="breadcrumb">
            <li><a href="/columns/ann-lee/">Ann Lee</a></li></ul><h1>Computers are bad</h1></body></html>"#,
        );
        let m = PageMeta::read(
            &doc,
            &Url::parse("https://example.com/columns/ann-lee/2021/bad").unwrap(),
        );
        assert!(m.site_names.is_empty(), "{:?}", m.site_names);
    }

    #[test]
    fn a_title_that_only_names_the_site_gives_way_to_the_heading() {
        // A page drawn by script keeps its shell's <title>: the site's name,
        // as its home link says, or as og:site_name does.
        for head in [
            r#"<title>The Cedar Courier</title>"#,
            r#"<title>Cedar Courier</title><meta property="og:site_name" content="Cedar Courier">"#,
        ] {
            let doc = Html::parse_document(&format!(
                r#"<html><head>{head}</head><body><a href="/">The Cedar Courier</a>
                <h1>Harbour reopens to cargo ships</h1></body></html>"#
            ));
            let m = meta_of(&doc);
            assert_eq!(
                first(&m.title),
                ("Harbour reopens to cargo ships", "<h1>"),
                "{head}"
            );
        }
        // A headline in the <title> stays first.
        let doc = Html::parse_document(
            r#"<html><head><title>Harbour reopens to cargo ships - The Cedar Courier</title></head>
            <body><a href="/">The Cedar Courier</a><h1>Harbour reopens to cargo ships</h1></body></html>"#,
        );
        assert_eq!(meta_of(&doc).title[0].from, "<title>");
    }

    #[test]
    fn titles_lose_their_site_name() {
        let none: Vec<String> = Vec::new();
        let headline = "Floods hit Valencia again overnight";
        assert_eq!(
            clean_title(&format!("{headline} | Daily Unseen"), &none),
            headline
        );
        assert_eq!(
            clean_title(&format!("Daily Unseen | {headline}"), &none),
            headline
        );
        assert_eq!(
            clean_title("Floods hit Valencia overnight | Unseen", &none),
            "Floods hit Valencia overnight"
        );
        assert_eq!(
            clean_title("About us - Example Corp News", &none),
            "About us - Example Corp News"
        );
        assert_eq!(
            clean_title("Plain headline without a site", &none),
            "Plain headline without a site"
        );
        assert_eq!(
            clean_title("购买二手房应该注意哪些问题？ - 知乎", &none),
            "购买二手房应该注意哪些问题？"
        );
        assert_eq!(
            clean_title("深度长文：细说iOS代码签名 - xelz's blog", &none),
            "深度长文：细说iOS代码签名"
        );
        assert_eq!(
            clean_title(
                "高木浩光＠自宅の日記 - 改正NICT法がプチ炎上、共通初期パスワードが識別符号に当たらない",
                &none
            ),
            "改正NICT法がプチ炎上、共通初期パスワードが識別符号に当たらない"
        );
        let h1 = vec!["Rust - the book".to_string()];
        assert_eq!(clean_title("Rust - the book", &h1), "Rust - the book");
    }

    #[test]
    fn microdata_author_name() {
        let doc = Html::parse_document(
            r#"<div itemprop="author" itemscope><span itemprop="name">Zed</span></div>
               <span itemprop="datePublished" content="2021-05-06"></span>"#,
        );
        let m = meta_of(&doc);
        assert_eq!(first(&m.author), ("Zed", "itemprop"));
        assert_eq!(first(&m.published), ("2021-05-06", "itemprop"));
    }

    #[test]
    fn a_readers_comments_microdata_is_not_the_articles() {
        let doc = Html::parse_document(
            r#"<article itemscope itemtype="https://schema.org/BlogPosting"><h1 itemprop="headline">Web clipping apps</h1>
               <div id="comments"><ol class="comment-list"><li><div itemscope itemtype="https://schema.org/Comment">
               <div itemprop="author" itemscope itemtype="https://schema.org/Person"><cite class="fn">Askankman</cite></div>
               <time itemprop="datePublished">Apr 24, 2017 at 6:54 am</time><p itemprop="text">Thanks!</p></div></li></ol></div>
               <span itemprop="author">Abhishek Macwan</span></article>"#,
        );
        let m = meta_of(&doc);
        assert_eq!(first(&m.author), ("Abhishek Macwan", "itemprop"));
        assert!(m.published.is_empty());
    }
}
