//! Pages to articles: plain functions over parsed HTML, no network.
//!
//! A field comes from its rule when the rule finds something, otherwise from
//! the page's own metadata (see [`meta`]), and every value remembers where it
//! came from so `preview` can show it.

pub mod bound;
pub mod content;
pub mod date;
mod dated_text;
pub mod discover;
pub mod html;
mod listing;
mod media;
pub mod meta;
mod noscript;
pub mod source;

use crate::extract::html::{AttrOf, Tagged};
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::LazyLock;

use chrono::{DateTime, FixedOffset};
use chrono_tz::Tz;
use date::Zone;
use scraper::{ElementRef, Html, Selector};
use url::Url;

use crate::config::{ArticleRules, FieldRule, FieldRules, ListRules};
use meta::{Candidate, PageMeta};

pub use listing::{extract_listing, next_page};

/// Where a value was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A configured rule, with its selector.
    Rule(String),
    /// The page's metadata, e.g. "json-ld" or "og:title".
    Meta(&'static str),
    /// A fallback of the listing, e.g. the link's own text.
    Fallback(&'static str),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Rule(s) => write!(f, "rule `{s}`"),
            Source::Meta(m) => f.write_str(m),
            Source::Fallback(m) => f.write_str(m),
        }
    }
}

/// A value and where it was found.
#[derive(Debug, Clone)]
pub struct Found<T> {
    pub value: T,
    pub from: Source,
}

impl<T> Found<T> {
    fn rule(value: T, rule: &FieldRule) -> Self {
        Found {
            value,
            from: Source::Rule(rule.source.clone()),
        }
    }
}

/// The fields of one article, each optional, each with its source.
#[derive(Debug, Clone, Default)]
pub struct Article {
    pub link: Option<Found<Url>>,
    pub title: Option<Found<String>>,
    pub published: Option<Found<date::Dated>>,
    pub updated: Option<Found<date::Dated>>,
    pub author: Option<Found<String>>,
    pub summary: Option<Found<String>>,
    pub content_html: Option<Found<String>>,
    pub image: Option<Found<Url>>,
    pub tags: Option<Found<Vec<String>>>,
    /// Audio and video files of the item (a podcast episode).
    pub enclosures: Vec<Enclosure>,
}

/// An audio or video file an item carries: RSS `<enclosure>`, Atom
/// `link rel="enclosure"`, JSON Feed `attachments`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Enclosure {
    pub url: Url,
    /// Bytes; 0 when unknown, as the RSS spec allows.
    pub length: u64,
    pub mime: String,
}

/// An article as the generators want it: plain values, ready to write.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FeedItem {
    pub title: String,
    pub link: Url,
    pub published: Option<DateTime<FixedOffset>>,
    pub updated: Option<DateTime<FixedOffset>>,
    pub author: Option<String>,
    pub summary: Option<String>,
    pub content_html: Option<String>,
    pub image: Option<Url>,
    pub tags: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub enclosures: Vec<Enclosure>,
}

const SUMMARY_CHARS: usize = 300;

impl Article {
    /// Combines what the listing card said with what the article page said.
    /// Per field: the article's rule, else the listing's rule, else the
    /// article's metadata, else the listing's fallback.
    pub fn merge(list: Article, page: Article) -> Article {
        fn pick<T>(list: Option<Found<T>>, page: Option<Found<T>>) -> Option<Found<T>> {
            let is_rule = |f: &Option<Found<T>>| {
                matches!(
                    f,
                    Some(Found {
                        from: Source::Rule(_),
                        ..
                    })
                )
            };
            if is_rule(&page) {
                page
            } else if is_rule(&list) {
                list
            } else if matches!(
                page,
                Some(Found {
                    from: Source::Meta(_),
                    ..
                })
            ) {
                page
            } else {
                list.or(page)
            }
        }
        // A date picks as the other fields do, except that a value that says
        // less of the same day (no offset, or no time) never wins over one
        // that says more: `18:05` read in the feed's zone gives way to `18:05+01:00`.
        fn pick_date(
            list: Option<Found<date::Dated>>,
            page: Option<Found<date::Dated>>,
        ) -> Option<Found<date::Dated>> {
            let chosen = pick(list.clone(), page.clone())?;
            let other = [list, page]
                .into_iter()
                .flatten()
                .find(|f| f.value != chosen.value);
            match other {
                Some(o) if chosen.value.yields_to(&o.value) => Some(o),
                _ => Some(chosen),
            }
        }
        // A source feed's entry (or a news sitemap) states its item's title,
        // dates and author as data: they stand over the page's metadata. The
        // page still gives the full text.
        type Pick<T> = fn(Option<Found<T>>, Option<Found<T>>) -> Option<Found<T>>;
        fn entry_first<T>(
            list: Option<Found<T>>,
            page: Option<Found<T>>,
            otherwise: Pick<T>,
        ) -> Option<Found<T>> {
            let from_entry = matches!(
                &list,
                Some(Found {
                    from: Source::Meta(source::FROM_ENTRY | source::FROM_SITEMAP),
                    ..
                })
            );
            let page_rule = matches!(
                &page,
                Some(Found {
                    from: Source::Rule(_),
                    ..
                })
            );
            if from_entry && !page_rule {
                list
            } else {
                otherwise(list, page)
            }
        }
        Article {
            // The listing's link identifies the item; a canonical link may differ.
            link: list.link.or(page.link),
            title: entry_first(list.title, page.title, pick),
            published: entry_first(list.published, page.published, pick_date),
            updated: entry_first(list.updated, page.updated, pick_date),
            author: entry_first(list.author, page.author, pick),
            summary: pick(list.summary, page.summary),
            content_html: pick(list.content_html, page.content_html),
            image: pick(list.image, page.image),
            tags: pick(list.tags, page.tags),
            enclosures: {
                let mut all = list.enclosures;
                for e in page.enclosures {
                    if !all.iter().any(|a| a.url == e.url) {
                        all.push(e);
                    }
                }
                all
            },
        }
    }

    /// Plain values for the generators; `None` without a link. A missing
    /// title falls back to the summary or the link, a missing summary to the
    /// start of the content.
    pub fn into_item(self) -> Option<FeedItem> {
        let link = self.link?.value;
        let content_html = self
            .content_html
            .map(|c| c.value)
            .filter(|c| !c.trim().is_empty());
        let summary = self.summary.map(|s| s.value).or_else(|| {
            let content = content_html.as_deref()?;
            let text = html::first_paragraph(content).unwrap_or_else(|| html::html_to_text(content));
            (!text.is_empty()).then(|| html::truncate_words(&text.replace("\n\n", " "), SUMMARY_CHARS))
        });
        let title = self
            .title
            .map(|t| t.value)
            .or_else(|| summary.as_ref().map(|s| html::truncate_words(s, 80)))
            .unwrap_or_else(|| link.to_string());
        Some(FeedItem {
            title,
            link,
            published: self.published.map(|d| d.value.at),
            updated: self.updated.map(|d| d.value.at),
            author: self.author.map(|a| a.value),
            summary,
            content_html,
            image: self.image.map(|i| i.value),
            tags: self.tags.map(|t| t.value).unwrap_or_default(),
            enclosures: self.enclosures,
        })
    }
}

// ---------------------------------------------------------------------------
// Applying rules.

/// Raw values a rule finds under `root`, after `attr` and `regex`.
fn rule_values(root: ElementRef, rule: &FieldRule, base: &Url, default_attr: Option<&str>) -> Vec<String> {
    root.select(&rule.selector)
        .filter_map(|el| {
            let raw = if let Some(attr) = &rule.attr {
                el.value().attr_of(attr)?.trim().to_string()
            } else if rule.html {
                let mut out = String::new();
                html::inner_html_resolved(el, base, &mut out);
                out
            } else if let Some(v) = default_attr.and_then(|a| el.value().attr_of(a)) {
                v.trim().to_string()
            } else if let Some(v) = el
                .value()
                .attr_of("content")
                .filter(|_| el.value().name() == "meta")
            {
                v.trim().to_string()
            } else {
                html::text_of(el)
            };
            let value = match &rule.regex {
                None => raw,
                Some(re) => {
                    let caps = re.captures(&raw)?;
                    caps.get(1).or_else(|| caps.get(0))?.as_str().trim().to_string()
                }
            };
            (!value.is_empty()).then_some(value)
        })
        .collect()
}

fn text_field(root: ElementRef, rule: &Option<FieldRule>, base: &Url) -> Option<Found<String>> {
    let rule = rule.as_ref()?;
    let v = rule_values(root, rule, base, None).into_iter().next()?;
    // Title, author and summary are text in every format; `html` keeps
    // only the paragraph breaks of the markup.
    let v = if rule.html {
        html::html_to_text(&html::sanitize(&v, base))
    } else {
        v
    };
    Some(Found::rule(v, rule))
}

fn date_field(
    root: ElementRef,
    rule: &Option<FieldRule>,
    base: &Url,
    zone: Zone,
) -> Option<Found<date::Dated>> {
    let rule = rule.as_ref()?;
    // A `<time datetime>` is exact; its text is often "2 hours ago".
    let values = rule_values(root, rule, base, Some("datetime"));
    values.iter().find_map(|v| {
        let d = match &rule.format {
            Some(f) => date::parse_with_format(v, f, zone.tz).or_else(|| date::parse_date(v, zone)),
            None => date::parse_date(v, zone),
        }?;
        Some(Found::rule(d, rule))
    })
}

fn content_field(root: ElementRef, rule: &Option<FieldRule>, base: &Url) -> Option<Found<String>> {
    let rule = rule.as_ref()?;
    // Content is HTML unless the rule asks for an attribute or a regex on text.
    let html = if rule.attr.is_none() && rule.regex.is_none() {
        let mut out = String::new();
        for el in root.select(&rule.selector) {
            html::inner_html_resolved(el, base, &mut out);
        }
        out
    } else {
        rule_values(root, rule, base, None)
            .into_iter()
            .map(|t| format!("<p>{}</p>", escape(&t)))
            .collect()
    };
    let clean = html::sanitize(&html, base);
    (html::has_text(&clean) || clean.contains("<img")).then(|| Found::rule(clean, rule))
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn image_field(root: ElementRef, rule: &Option<FieldRule>, base: &Url) -> Option<Found<Url>> {
    let rule = rule.as_ref()?;
    root.select(&rule.selector).find_map(|el| {
        let raw = match rule.attr.as_deref() {
            // `src` of a lazy image is a placeholder; its real source is elsewhere.
            Some("src") if el.value().name() == "img" => image_of(el),
            Some(attr) => el.value().attr_of(attr).map(str::to_string),
            None => image_of(el),
        }?;
        let raw = match &rule.regex {
            None => raw,
            Some(re) => re.captures(&raw)?.get(1)?.as_str().to_string(),
        };
        let url = html::resolve_link(base, &raw)?;
        Some(Found::rule(url, rule))
    })
}

static IMG: LazyLock<Selector> = LazyLock::new(|| Selector::parse("img").unwrap());

/// The image an element stands for: its own `src`/lazy source, a meta
/// `content`, or the first image inside it.
fn image_of(el: ElementRef) -> Option<String> {
    let e = el.value();
    match e.name() {
        "img" => html::image_src(e).map(str::to_string),
        "meta" => e.attr_of("content").map(str::to_string),
        "source" => e
            .attr_of("srcset")
            .and_then(|s| s.split_whitespace().next())
            .map(str::to_string),
        _ => e
            .attr_of("data-src")
            .or_else(|| e.attr_of("data-bg"))
            .map(str::to_string)
            .or_else(|| {
                el.select(&IMG)
                    .find_map(|i| html::image_src(i.value()).map(str::to_string))
            }),
    }
}

fn tags_field(root: ElementRef, rule: &Option<FieldRule>, base: &Url) -> Option<Found<Vec<String>>> {
    let rule = rule.as_ref()?;
    let tags = dedup_tags(rule_values(root, rule, base, None).into_iter());
    (!tags.is_empty()).then(|| Found::rule(tags, rule))
}

fn dedup_tags(tags: impl Iterator<Item = String>) -> Vec<String> {
    let mut seen = HashSet::new();
    tags.map(|t| t.trim().trim_start_matches('#').trim().to_string())
        .filter(|t| !t.is_empty() && seen.insert(t.to_lowercase()))
        .collect()
}

/// Applies field rules under `root`.
fn apply_rules(root: ElementRef, rules: &FieldRules, base: &Url, zone: Zone) -> Article {
    Article {
        link: None,
        title: text_field(root, &rules.title, base),
        published: date_field(root, &rules.date, base, zone),
        updated: date_field(root, &rules.updated, base, zone),
        author: text_field(root, &rules.author, base),
        summary: text_field(root, &rules.summary, base),
        content_html: content_field(root, &rules.content, base),
        image: image_field(root, &rules.image, base),
        tags: tags_field(root, &rules.tags, base),
        enclosures: Vec::new(),
    }
}

/// Parses a fetched page with its nesting and attributes bounded (see
/// [`bound`]); the warning says what was cut, when anything was.
pub fn parse_page(html: &str) -> (Html, Option<String>) {
    let (bounded, changed) = bound::bound(html);
    (Html::parse_document(&bounded), changed.warning())
}

// ---------------------------------------------------------------------------
// Article pages.

static BASE: LazyLock<Tagged> = LazyLock::new(|| Tagged::new(&["base"], "base[href]"));

/// The URL relative links on `doc` resolve against (`<base href>` or the
/// page); a web page's base cannot make its links local files.
pub fn base_url(doc: &Html, page: &Url) -> Url {
    BASE.all(doc)
        .next()
        .and_then(|b| page.join(b.value().attr_of("href")?).ok())
        .filter(|base| html::leads_to(page, base))
        .unwrap_or_else(|| page.clone())
}

/// Removes the elements matched by `remove` from the document.
fn remove_nodes(doc: &mut Html, remove: &[Selector]) {
    for sel in remove {
        let ids: Vec<_> = doc.select(sel).map(|e| e.id()).collect();
        for id in ids {
            if let Some(mut node) = doc.tree.get_mut(id) {
                node.detach();
            }
        }
    }
}

/// Extracts an article page: rules first, the page's metadata for every
/// field a rule does not give.
pub fn extract_article(doc: &mut Html, page: &Url, rules: &ArticleRules, tz: Tz) -> Article {
    noscript::surface(doc);
    let base = base_url(doc, page);
    let meta = PageMeta::read(doc, &base);
    remove_nodes(doc, &rules.remove);
    let zone = Zone::for_language(tz, page_language(doc).as_deref());
    let mut a = apply_rules(doc.root_element(), &rules.fields, &base, zone);

    let text = |list: &[Candidate]| {
        list.iter().find(|c| !c.value.trim().is_empty()).map(|c| Found {
            value: html::collapse(&html::unescape_residual(&c.value)),
            from: Source::Meta(c.from),
        })
    };
    let date = |list: &[Candidate]| {
        list.iter().find_map(|c| {
            Some(Found {
                value: date::parse_date(&c.value, zone)?,
                from: Source::Meta(c.from),
            })
        })
    };
    let url = |list: &[Candidate]| {
        list.iter().find_map(|c| {
            Some(Found {
                value: html::resolve_link(&base, &c.value)?,
                from: Source::Meta(c.from),
            })
        })
    };
    a.link = url(&meta.canonical).or_else(|| {
        Some(Found {
            value: page.clone(),
            from: Source::Fallback("page URL"),
        })
    });
    a.title = a.title.or_else(|| {
        let fold = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        let headlines: Vec<String> = meta.headlines.iter().map(|h| fold(h)).collect();
        let cut = |t: &str| meta::without_site_name(t, &meta.site_names, page.host_str());
        let on_page = |c: &&Candidate| {
            let v = html::collapse(&html::unescape_residual(&c.value));
            headlines.contains(&fold(&cut(&v))) || meta::part_shown(&v, &headlines, fold).is_some()
        };
        // The metadata's title, unless the page shows none of it but shows
        // another's that two sources give (Wikipedia's JSON-LD "headline"
        // is the article's one-line description; its og:title and <title>
        // are the heading shown). A page's first 16 titles are weighed.
        let titles = &meta.title[..meta.title.len().min(16)];
        let keys: Vec<String> = titles.iter().map(|c| fold(&cut(&c.value))).collect();
        let told = |i: usize| {
            (0..titles.len())
                .filter(|&o| titles[o].from != "<h1>" && keys[o] == keys[i])
                .count()
        };
        let first = titles.iter().position(|c| !c.value.trim().is_empty())?;
        let lone_and_unseen = told(first) == 1 && titles[first].from != "<h1>" && !on_page(&&titles[first]);
        let chosen = (first..titles.len())
            .find(|&i| lone_and_unseen && titles[i].from != "<h1>" && told(i) >= 2 && on_page(&&titles[i]))
            .unwrap_or(first);
        let chosen = &titles[chosen];
        text(std::slice::from_ref(chosen)).map(|f| {
            // Cut only where the page itself shows the headline without the site name.
            let cut = cut(&f.value);
            let shown = meta.title.iter().any(|c| fold(&c.value) == fold(&cut))
                || meta.headings.iter().any(|h| fold(h) == fold(&cut));
            // Or a part of it that a headline on the page shows alone
            // ("Benefits of a daily diary | Derek Sivers" beside the <h1>
            // "Benefits of a daily diary").
            let value = match shown && cut != f.value {
                true => cut,
                false => meta::part_shown(&f.value, &headlines, fold).unwrap_or(f.value),
            };
            Found { value, ..f }
        })
    });
    a.published = a.published.or_else(|| date(&meta.published));
    a.updated = a.updated.or_else(|| date(&meta.updated));
    a.author = a.author.or_else(|| {
        text(&meta.author)
            .map(|f| Found {
                value: clean_author(&f.value),
                ..f
            })
            .filter(|f| !f.value.is_empty())
    });
    a.summary = a.summary.or_else(|| text(&meta.summary));
    a.image = a.image.or_else(|| url(&meta.image));
    a.tags = a.tags.or_else(|| {
        let c = meta.tags.first()?;
        let tags = dedup_tags(c.value.split('\u{1f}').map(str::to_string));
        Some(Found {
            value: tags,
            from: Source::Meta(c.from),
        })
    });
    let mut byline = None;
    if a.content_html.is_none() {
        if let Some(found) = content::main_content(doc, &base) {
            let title = a.title.as_ref().map(|t| t.value.as_str());
            a.content_html = Some(Found {
                value: without_leading_title(found.html, title),
                from: Source::Meta("main content"),
            });
            byline = found.byline;
        }
    }
    a.enclosures = media::enclosures(doc, &base, &meta.media);
    if a.published.is_none() {
        // Bylines often carry the date: "By Ann Lee · 30 Oct 2024 08:15".
        a.published = byline
            .as_deref()
            .and_then(|b| date::parse_date(b, zone))
            .map(|d| Found {
                value: d,
                from: Source::Meta("date in byline"),
            });
    }
    // A user handle in the metadata ("CC7567", "@ann"), an address, or the
    // publisher's name ("株式会社インプレス", "heise online") gives way to
    // the name the page shows.
    let meta_author = |test: &dyn Fn(&str) -> bool| {
        a.author
            .as_ref()
            .is_some_and(|f| !matches!(f.from, Source::Rule(_)) && test(&f.value))
    };
    // A handle, or an identifier (a template's field left unfilled:
    // Drupal's "field_facebook"), gives way to a byline that names someone.
    let handle = meta_author(&|v| is_handle(v) || (v.contains('_') && !v.contains(char::is_whitespace)));
    let not_a_person = meta_author(&|v| v.contains("://") || publisher(v, &meta.site_names, page));
    if a.author.is_none() || handle || not_a_person {
        // Where the metadata names the publisher, only a byline that reads
        // as a name replaces it (not "Publicado", not "2 comments").
        let name_like = |b: &str| {
            !LABELS.contains(&b.to_lowercase().as_str())
                && (!not_a_person || !b.contains(|c: char| c.is_ascii_digit()))
        };
        let shown = byline
            .as_deref()
            .map(clean_byline)
            .filter(|b| !b.is_empty() && b.chars().count() < 100 && !is_handle(b) && name_like(b))
            .map(|b| Found {
                value: b,
                from: Source::Meta("byline"),
            });
        a.author = shown.or(a.author);
    }
    let story_headline = headline(doc, a.title.as_ref().map(|t| t.value.as_str()));
    let own = OwnAddresses::new(
        &base,
        [Some(page), a.link.as_ref().map(|l| &l.value)]
            .into_iter()
            .flatten(),
        story_headline.map(html::text_of),
    );
    // Its `datetime`, else its text, else its `title` (a "timeago"
    // element shows "3 days ago" and titles the day), else the day a
    // data attribute holds for the page's scripts (`div.timestamp
    // data-timestamp="2019-05-01T12:00:23Z"` showing "Yesterday"; a
    // count of seconds is no day `parse_date` reads).
    let read = |v: &str| {
        (v.chars().count() <= 60)
            .then(|| date::parse_date(v, zone))
            .flatten()
    };
    let dated_element = |e: ElementRef| {
        let value = match e.value().attr_of("datetime") {
            Some(v) => read(v),
            // A longer text may hold the day before a change's ("25
            // december 2020 10:30 Laatst bijgewerkt: 27 december 2020 08:12").
            None => html::short_text_of(e, 120)
                .and_then(|t| read(&dated_text::publication_part(&t)))
                .or_else(|| read(e.value().attr_of("title")?))
                .or_else(|| {
                    ["data-timestamp", "data-date", "data-time", "data-published"]
                        .iter()
                        .find_map(|k| read(e.value().attr_of(k)?))
                }),
        }?;
        Some(Found {
            value,
            from: Source::Meta("date in page"),
        })
    };
    // Date elements outside the `<article>` that holds the headline (a
    // teaser's above it, a masthead's "today" beside a logo `<h1>`): after
    // the date under the headline.
    let apart = if a.published.is_some() {
        Vec::new()
    } else {
        // A date where pages show one: an element named for it, with a
        // short text; not a teaser's, a comment's or the masthead's "today".
        // One named for publishing comes before one named only "date" (a
        // header bar's "today" often comes first in the page).
        let named = |e: &ElementRef| {
            html::named_with(
                e,
                &["class", "id", "itemprop"],
                &["publish", "posted", "pubdate", "created"],
            )
        };
        let story = story_headline.and_then(enclosing_article);
        let outside = |e: &ElementRef| story.is_some_and(|s| !e.ancestors().any(|a| a.id() == s.id()));
        let (outer, shown): (Vec<ElementRef>, Vec<ElementRef>) = DATE_LIKE
            .all(doc)
            .filter(|e| !in_furniture(e, &own) && !hidden_by_page(e))
            .partition(outside);
        // A day a label calls the last change ("Updated:" before "Mar 6,
        // 2018", then "Original:" before "Dec 21, 2016") comes after the others.
        let update = |e: &ElementRef| {
            let label =
                |l: ElementRef| html::short_text_of(l, 30).is_some_and(|t| dated_text::opens_with_update(&t));
            let own_text = html::short_text_of(*e, 60)
                .is_some_and(|t| dated_text::opens_with_update(&dated_text::publication_part(&t)));
            own_text || e.prev_siblings().find_map(ElementRef::wrap).is_some_and(label)
        };
        let (changes, shown): (Vec<_>, Vec<_>) = shown.into_iter().partition(update);
        let (first, rest): (Vec<_>, Vec<_>) = shown.into_iter().partition(named);
        let rest = rest.into_iter().chain(changes);
        a.published = first.into_iter().chain(rest).find_map(dated_element);
        outer
    };
    if a.published.is_none() {
        a.published = date_under_headline(zone, story_headline, &own);
    }
    if a.published.is_none() {
        a.published = apart.into_iter().find_map(dated_element);
    }
    if a.published.is_none() && a.updated.is_none() {
        a.published = date(&meta.page_dates);
    }
    if a.published.is_none() && a.updated.is_none() {
        // The address often carries the day: /2019/05/12/slug, /2019-05-12-slug.
        let canonical = a.link.as_ref().map(|l| &l.value);
        a.published = [canonical, Some(page)]
            .into_iter()
            .flatten()
            .find_map(|u| date::date_in_url(u, zone.tz))
            .map(|d| Found {
                value: d,
                from: Source::Meta("date in URL"),
            });
    }
    if a.published.is_none() && a.updated.is_none() {
        let found = |d, from| Found {
            value: d,
            from: Source::Meta(from),
        };
        a.published = dated_text::labelled(doc, zone)
            .map(|d| found(d, "date after a label"))
            .or_else(|| dated_text::in_scripts(doc, zone).map(|d| found(d, "date in a script")))
            .or_else(|| date_in_headline(doc, zone).map(|d| found(d, "date in the headline")))
            .or_else(|| date_in_title(doc, zone).map(|d| found(d, "date in the title")))
            .or_else(|| dated_text::lone_date(doc, zone).map(|d| found(d, "the page's one date")))
            // A page that shows no headline: a date line just above its text.
            .or_else(|| match story_headline {
                None => date_near(zone, first_prose(doc, &own)?, &own, false),
                Some(_) => None,
            });
    }
    // An instant the metadata gives in UTC is shown at the offset the page
    // itself writes it with, so its day is the page's day.
    if let Some(p) = a.published.as_mut().filter(|p| in_utc(&p.value)) {
        let byline_date = byline.as_deref().and_then(|b| date::parse_date(b, zone));
        if let Some(offset) = local_offset(doc, &meta, byline_date, zone, story_headline, p.value.at, &own) {
            p.value.at = p.value.at.with_timezone(&offset);
        }
    }
    if a.image.is_none() {
        if let Some(content) = &a.content_html {
            let frag = Html::parse_fragment(&content.value);
            a.image = frag.select(&IMG).find_map(|i| {
                let url = html::resolve_link(&base, html::image_src(i.value())?)?;
                Some(Found {
                    value: url,
                    from: Source::Meta("image in content"),
                })
            });
        }
    }
    a.content_html = a.content_html.or_else(|| {
        let c = meta.body_text.first()?;
        let paragraphs: String = c
            .value
            .split("\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| format!("<p>{}</p>", escape(p)))
            .collect();
        Some(Found {
            value: paragraphs,
            from: Source::Meta(c.from),
        })
    });
    if let Some(author) = &mut a.author {
        if matches!(author.from, Source::Rule(_)) {
            author.value = clean_author(&author.value);
        }
    }
    a.author = a.author.filter(|f| !f.value.is_empty());
    a
}

/// `content` without a heading at its start that repeats the item's
/// `title` (Drupal's `<h2>` title inside its `<article>`): a feed reader
/// shows the title above the text already.
fn without_leading_title(content: String, title: Option<&str>) -> String {
    let Some(title) = title.map(html::squash).filter(|t| !t.is_empty()) else {
        return content;
    };
    // Past the wrappers the sanitiser leaves open before it (`<div><article>`).
    let mut start = 0;
    loop {
        let rest = content[start..].trim_start();
        let at = content.len() - rest.len();
        let wrapper = ["<div>", "<article>", "<section>", "<main>", "<header>"]
            .iter()
            .find(|w| rest.starts_with(*w));
        match wrapper {
            Some(w) if start < 200 => start = at + w.len(),
            _ => {
                start = at;
                break;
            }
        }
    }
    let body = &content[start..];
    let level = body
        .strip_prefix("<h")
        .and_then(|r| r.chars().next())
        .filter(|c| ('1'..='6').contains(c));
    let Some(level) = level else {
        return content;
    };
    let close = format!("</h{level}>");
    let Some(end) = body.find(&close).map(|i| i + close.len()) else {
        return content;
    };
    let repeats = html::squash(&html::html_to_text(&body[..end])) == title;
    match repeats && !html::html_to_text(&body[end..]).is_empty() {
        true => format!("{}{}", &content[..start], body[end..].trim_start()),
        false => content,
    }
}

/// A byline's first part, up to its first separator: "Ann Lee · Source:
/// Reuters" -> "Ann Lee ". Where the name stands in a line that goes on.
/// A dot between two letters of a script other than Latin's is a
/// foreign name's in Chinese or Japanese ("罗谢尔•托普兰斯基"), not a separator.
pub(crate) fn before_separator(s: &str) -> &str {
    let letter = |c: Option<char>| c.is_some_and(|c| c.is_alphabetic() && !c.is_ascii());
    let mut prev = None;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let cut = match c {
            '|' | ';' | '\n' => true,
            '·' | '•' => !(letter(prev) && letter(chars.peek().map(|&(_, n)| n))),
            _ => false,
        };
        if cut {
            return &s[..i];
        }
        prev = Some(c);
    }
    s
}

/// What comes before a comma that a day follows at once, or after one
/// word (a weekday's, a month's, a place's): "Ann Lee, jeudi 4 mars
/// 2021, 10:30" -> "Ann Lee", in any language (the dates found in text
/// are read in a few). Names after it ("Ann Lee, Omar Said and Lina
/// Khoury, 4 March 2021") are co-authors.
pub(crate) fn before_dated_comma(s: &str) -> &str {
    match s.split_once(", ") {
        Some((before, after))
            if after
                .split_whitespace()
                .take(2)
                .any(|w| w.contains(|c: char| c.is_ascii_digit())) =>
        {
            before
        }
        _ => s,
    }
}

/// The name in a byline: "By Ann Lee · Source: Reuters · 30 Oct 2024" -> "Ann Lee".
fn clean_byline(byline: &str) -> String {
    // "作者 | 不一": the label goes before the line is cut at its bars.
    let byline = byline.trim();
    let byline = after_posted_by(byline).unwrap_or(byline);
    let first = before_separator(byline);
    let first = after_date_by(first).unwrap_or(first);
    // Cut at the date, or at a comma before it that a day follows.
    let at_date = date::find_date_start(first).unwrap_or(first.len());
    let first = &first[..at_date.min(before_dated_comma(first).len())];
    let name = clean_author(&html::collapse(first));
    // "Ann on Sun, 3 March 2019", "Ann am 3. März": the word before the
    // date; "Ann Lee in Raspberry Pi" (a theme's category), "in Berlin".
    let name = [" on ", " at ", " am ", " le ", " op ", " em ", " in "]
        .iter()
        .filter_map(|w| format!("{name} ").find(w))
        .min()
        .map_or(name.clone(), |i| name[..i].trim().to_string());
    // What is left of "Last updated: 7 Jan 2025" is no name.
    let lower = name.to_lowercase();
    let not_a_name = [
        "last updated",
        "updated",
        "published",
        "posted",
        "modified",
        "更新",
        "发布",
        "發佈",
        "发表",
    ];
    if not_a_name.iter().any(|w| lower.starts_with(w)) {
        return String::new();
    }
    name.trim_end_matches(':').trim().to_string()
}

/// A short line that is a date, among the first lines after the page's
/// `<h1>`, where a dateline sits ("By Ann · 31 Aug 2023 22:34"); else
/// among the last lines before it, where a kicker or a header bar puts
/// it ("22.03.2026 - 14:08 | Source: ..." above the headline). Not a
/// date in a link, navigation or a teaser (see [`in_furniture`]).
fn date_under_headline(zone: Zone, h1: Option<ElementRef>, own: &OwnAddresses) -> Option<Found<date::Dated>> {
    date_near(zone, h1?, own, true)
}

/// A short line that is a date among the last lines before `anchor` (and,
/// with `under`, first among the first lines after it), as
/// [`date_under_headline`] reads them.
fn date_near(zone: Zone, anchor: ElementRef, own: &OwnAddresses, under: bool) -> Option<Found<date::Dated>> {
    fn line<'a>(
        n: ego_tree::NodeRef<'a, scraper::Node>,
        own: &OwnAddresses,
    ) -> Option<std::borrow::Cow<'a, str>> {
        match n.value() {
            scraper::Node::Text(t) if !t.trim().is_empty() => {
                let parent = n.parent().and_then(ElementRef::wrap)?;
                // An item with a link in a list of such items is a teaser
                // ("Neue Buslinie 12.03.2019"); not a meta line's item
                // ("3 March 2019 · 2 comments").
                // (The first 100 nodes of an item, the first 50 items: bounded on any page.)
                let linked = |li: &ElementRef| {
                    let link = |d: ego_tree::NodeRef<'_, scraper::Node>| {
                        d.value()
                            .as_element()
                            .is_some_and(|e| e.name() == "a" && e.attr_of("href").is_some())
                    };
                    li.value().name() == "li" && li.descendants().take(100).any(link)
                };
                let item = [parent]
                    .into_iter()
                    .chain(parent.ancestors().filter_map(ElementRef::wrap))
                    .take(4)
                    .find(|a| a.value().name() == "li");
                let teaser = item
                    .filter(linked)
                    .and_then(|li| li.parent())
                    .is_some_and(|list| {
                        list.children()
                            .filter_map(ElementRef::wrap)
                            .take(50)
                            .filter(linked)
                            .take(2)
                            .count()
                            == 2
                    });
                if teaser
                    || is_furniture(&parent, own, true)
                    || in_furniture(&parent, own)
                    || hidden_by_page(&parent)
                {
                    return None;
                }
                // A piece of a paragraph's sentence ("...が2019年2月6日に公開した「"
                // before a link) is no dateline.
                // But a paragraph may open with the story's dateline ("Feb.
                // 23, 2015 -- Life-threatening peanut allergies...").
                // Any other paragraph of prose is an empty line: the text
                // has begun.
                if parent.value().name() == "p" && html::short_text_of(parent, 100).is_none() {
                    let t = t.trim_start();
                    let dash = [" -- ", " — ", " – "].iter().filter_map(|d| t.find(d)).min();
                    let opening = dash
                        .filter(|i| *i <= 40)
                        .map(|i| &t[..i])
                        .filter(|d| date::parse_whole(d, Tz::UTC).is_some());
                    return Some(std::borrow::Cow::Borrowed(opening.unwrap_or("")));
                }
                // A day written in pieces ("<span>March</span> <span>4</span>,
                // <span>2024</span>"): the short line its pieces make.
                let inline = |e: &ElementRef| {
                    matches!(e.value().name(), "span" | "b" | "strong" | "em" | "i" | "small")
                };
                if inline(&parent) {
                    if let Some(block) = parent.parent().and_then(ElementRef::wrap).filter(|b| !inline(b)) {
                        let pieces = block
                            .children()
                            .filter(|c| c.value().is_element())
                            .take(4)
                            .count();
                        if let Some(whole) = html::short_text_of(block, 40).filter(|_| pieces >= 2) {
                            return Some(std::borrow::Cow::Owned(whole));
                        }
                    }
                }
                // A line the page's source breaks ("March 15, 2017\n      by
                // Kristen Gelineau") is measured as a reader sees it.
                let t = t.trim();
                match t.contains("  ") || t.contains(|c: char| c.is_whitespace() && c != ' ') {
                    true => Some(std::borrow::Cow::Owned(html::collapse(t))),
                    false => Some(std::borrow::Cow::Borrowed(t)),
                }
            }
            _ => None,
        }
    }
    let dated = |t: &str, from| {
        Some(Found {
            value: date::parse_date(t, zone)?,
            from: Source::Meta(from),
        })
    };
    // The first 12 lines that say something (prose's empty lines between
    // them not counted).
    fn said<'a>(lines: &mut usize, line: std::borrow::Cow<'a, str>) -> Option<std::borrow::Cow<'a, str>> {
        *lines += usize::from(!line.is_empty());
        (*lines <= 12).then_some(line)
    }
    let mut after = anchor
        .next_siblings()
        .chain(anchor.ancestors().take(3).flat_map(|a| a.next_siblings()))
        .flat_map(|n| n.descendants())
        .filter_map(|n| line(n, own))
        .scan(0, said);
    let mut before = anchor
        .prev_siblings()
        .chain(anchor.ancestors().take(3).flat_map(|a| a.prev_siblings()))
        .flat_map(|n| n.descendants().collect::<Vec<_>>().into_iter().rev())
        .filter_map(|n| line(n, own))
        .scan(0, said);
    // A short line, or a longer one that ends in its date ("Geschrieben
    // von Anna Berg am 12. März 2021."): a sentence that names a day in
    // passing goes on after it.
    fn dateline(t: &str, zone: Zone) -> Option<std::borrow::Cow<'_, str>> {
        // "Last updated on November 2, 2020 by Ann Lee": the date's part.
        let t = match t.len() > 40 {
            true => date_by(t).map_or(t, |(before, _)| before),
            false => t,
        };
        if t.chars().count() <= 40 {
            return Some(std::borrow::Cow::Borrowed(t));
        }
        if t.chars().count() > 100 {
            return None;
        }
        let words: Vec<&str> = t.split_whitespace().collect();
        (1..=words.len().min(6)).rev().find_map(|k| {
            let tail = words[words.len() - k..].join(" ");
            date::parse_whole(&tail, zone).map(|_| std::borrow::Cow::Owned(tail))
        })
    }
    // A line that says the date is an update's gives way to a date in one
    // of the next three lines ("Mis à jour le 1 octobre 2018" over
    // "30 septembre 2018"); a date further on is something else's.
    let first_dated = |lines: &mut dyn Iterator<Item = std::borrow::Cow<'_, str>>, from| {
        // The update's date, and how many lines more may replace it.
        let mut update: Option<(Found<date::Dated>, usize)> = None;
        // Whether the text has begun (a paragraph of prose, an empty
        // line) since the update's line: then only a line that says it
        // gives the publication replaces the update's day, not a day the
        // story names.
        let mut in_text = false;
        // Whether a paragraph of prose has gone by: below it, a sentence
        // that names a day in passing ("The couple married in London on
        // June 28, 2019.") is the story's, not its dateline.
        let mut prose = false;
        for line in lines {
            prose |= line.is_empty();
            // The line says whether its day is an update's; the day is read
            // from the part `dateline` keeps.
            // A long line is read by its last words: up to an update's
            // label, if it gives one after the publication's (not a
            // paragraph's worth, which no dateline is).
            let part = match (41..=200).contains(&line.len()) {
                true => dated_text::publication_part(&line),
                false => std::borrow::Cow::Borrowed(line.as_ref()),
            };
            in_text |= line.is_empty() && update.is_some();
            if in_text && !dated_text::opens_with_publication(&line) {
                continue;
            }
            let Some(t) = dateline(&part, zone) else { continue };
            if prose && in_passing(&part, &t) {
                continue;
            }
            match &mut update {
                Some((_, 0)) => break,
                Some((_, left)) => *left -= 1,
                None => {}
            }
            let Some(found) = dated(&t, from) else { continue };
            if !dated_text::opens_with_update(&line) {
                return Some(found);
            }
            update.get_or_insert((found, 3));
        }
        update.map(|(found, _)| found)
    };
    match under {
        true => first_dated(&mut after, "date under the headline")
            .or_else(|| first_dated(&mut before, "date above the headline")),
        false => first_dated(&mut before, "date above the text"),
    }
}

/// Whether `line`, ending in the date `tail`, is a sentence that names
/// the day in passing: a full stop at its end, three words at least in
/// small letters before the date, and no word of publishing nor a mark
/// that parts a byline's fields ("Ann Lee, Staff Writer | March 4, 2021").
fn in_passing(line: &str, tail: &str) -> bool {
    const PUBLISHING: [&str; 9] = [
        "publi",
        "posted",
        "written",
        "updated",
        "veröffentlicht",
        "geschrieben",
        "pubblicat",
        "aktualisiert",
        "stand",
    ];
    let Some(before) = line.trim_end().strip_suffix(tail.trim_end()) else {
        return false;
    };
    let small = before
        .split_whitespace()
        .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
        .count();
    line.trim_end().ends_with('.') && small >= 3 && !line.contains(['|', '·', '•', '—', '–']) && {
        // (Lowered only for a line that passed the checks above.)
        let lower = line.to_lowercase();
        !PUBLISHING.iter().any(|w| lower.contains(w))
    }
}

/// The page's first paragraph of prose (80 characters or more) outside
/// its furniture: where a page shows no headline, its text begins there.
/// (The first 200 paragraphs: bounded on any page.)
fn first_prose<'a>(doc: &'a Html, own: &OwnAddresses) -> Option<ElementRef<'a>> {
    PARAGRAPH
        .all(doc)
        .take(200)
        .find(|p| html::short_text_of(*p, 79).is_none() && !in_furniture(p, own) && !hidden_by_page(p))
}

fn in_utc(d: &date::Dated) -> bool {
    d.precision == date::Precision::Exact && d.at.offset().local_minus_utc() == 0
}

/// The offset at which the page writes `instant`, a UTC instant from its
/// metadata: another machine-readable date of the same instant with its
/// offset (`<time datetime="...-08:00">`), or a clock time the page shows
/// (`Dec. 22, 2016, 6:47 p.m.`) that is `instant` in a real zone (a whole
/// quarter hour away, at most 14 hours, within the minute shown).
fn local_offset(
    doc: &Html,
    meta: &PageMeta,
    byline: Option<date::Dated>,
    zone: Zone,
    h1: Option<ElementRef>,
    instant: DateTime<FixedOffset>,
    own: &OwnAddresses,
) -> Option<FixedOffset> {
    let parse = |v: &str| date::parse_date(v, zone);
    let shown = DATE_LIKE
        .all(doc)
        .filter(|e| !in_furniture(e, own))
        .flat_map(|e| {
            let attr = e.value().attr_of("datetime").and_then(parse);
            let text = html::short_text_of(e, 60).and_then(|t| parse(&t));
            [attr, text]
        });
    // Looked for only when nothing before it gave the offset.
    let headline = std::iter::once_with(|| date_under_headline(zone, h1, own).map(|f| f.value));
    let machine = meta
        .published
        .iter()
        .chain(&meta.updated)
        .map(|c| parse(&c.value));
    machine
        .chain(shown)
        .chain([byline])
        .chain(headline)
        .flatten()
        .find_map(|d| {
            let offset = d.at.offset().local_minus_utc();
            match d.precision {
                date::Precision::Exact if offset != 0 && (d.at - instant).num_seconds().abs() <= 60 => {
                    Some(*d.at.offset())
                }
                date::Precision::Local => {
                    let apart = (d.at.naive_local() - instant.naive_utc()).num_seconds();
                    let quarters = (apart as f64 / 900.0).round() as i64 * 900;
                    let fits = (apart - quarters).abs() <= 60 && quarters != 0 && quarters.abs() <= 14 * 3600;
                    fits.then(|| FixedOffset::east_opt(quarters as i32)).flatten()
                }
                _ => None,
            }
        })
}

/// The page's headline: the first of its first ten `<h1>`s that reads as
/// the item's title (not the site's logo in an `<h1>` above it), else an
/// `<h2>`, `<h3>` or hAtom `entry-title` that does (a blog's
/// `h3.post-title`, a story's `<h2>` under a section's name in an `<h1>`),
/// else the first `<h1>`.
fn headline<'a>(doc: &'a Html, title: Option<&str>) -> Option<ElementRef<'a>> {
    let title = title.map(html::squash).filter(|t| !t.is_empty());
    // The title, or most of the heading with a kicker before it or a tail
    // after it that the title lost ("Superbugs: What They Are...").
    let reads_as_title = |h: &ElementRef| {
        title.as_ref().is_some_and(|t| {
            html::short_text_of(*h, 400).is_some_and(|text| {
                let text = html::squash(&text);
                text == *t
                    || (t.chars().count() >= 20
                        && t.len() * 10 >= text.len() * 6
                        && (text.starts_with(t.as_str()) || text.ends_with(t.as_str())))
            })
        })
    };
    let mut h1s = meta::H1.all(doc).take(10).peekable();
    let first = h1s.peek().copied();
    h1s.find(reads_as_title)
        .or_else(|| HEADINGS.all(doc).find(reads_as_title))
        .or(first)
        .or_else(|| title.as_deref().and_then(|t| shown_title(doc, t)))
}

/// The element that shows the title on a page with no `<h1>` and no
/// heading that reads as the title: the first text in its body that is
/// the title (an old template's `<div class="post-title">` or
/// `<p><b>Title</b></p>`). (The first 5,000 nodes of the body: bounded on
/// any page.)
fn shown_title<'a>(doc: &'a Html, title: &str) -> Option<ElementRef<'a>> {
    let body = doc
        .root_element()
        .children()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "body")?;
    body.descendants().take(5000).find_map(|n| {
        let text = n.value().as_text()?;
        let parent = n.parent().and_then(ElementRef::wrap)?;
        let hidden = |e: &ElementRef| {
            matches!(
                e.value().name(),
                "script" | "style" | "noscript" | "template" | "title" | "option" | "textarea"
            )
        };
        (text.len() < title.len() * 2 && html::squash(text) == title && !hidden(&parent)).then_some(parent)
    })
}

/// A day the `<h1>` itself names (a dated log: ">>> 2020-11-28 the
/// verboten band"); only where nothing else dates the page.
fn date_in_headline(doc: &Html, zone: Zone) -> Option<date::Dated> {
    let h1 = html::text_of(meta::H1.all(doc).next()?);
    date::parse_date(&h1, zone).filter(|d| d.precision != date::Precision::Day || h1.chars().count() <= 200)
}

/// The language a page says it is in: `<html lang>`, else `og:locale`.
pub fn page_language(doc: &Html) -> Option<String> {
    let root = doc.root_element();
    let declared = root
        .value()
        .attr_of("lang")
        .or_else(|| root.value().attr_of("xml:lang"));
    declared
        .or_else(|| {
            let m = LOCALE.all(doc).next()?;
            m.value()
                .attr_of("content")
                .or_else(|| m.value().attr_of("value"))
        })
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
}

/// A day the page's `<title>` names ("Report of 22.04.2020 – Site"),
/// where neither the page nor its `<h1>` dates it.
fn date_in_title(doc: &Html, zone: Zone) -> Option<date::Dated> {
    let title = html::text_of(meta::TITLE.all(doc).next()?);
    date::parse_date(&title, zone).filter(|_| title.chars().count() <= 200)
}

/// Whether the page hides `e` from its readers (Avada's
/// `rich-snippet-hidden` hAtom data holds the last edit's instant while
/// the day shown is another): the `hidden` attribute, a class that only
/// hides, or an inline `display: none`.
fn hidden_by_page(e: &scraper::ElementRef) -> bool {
    let v = e.value();
    v.attr_of("hidden").is_some()
        || v.class_words()
            .any(|c| matches!(c, "hidden" | "rich-snippet-hidden" | "d-none" | "hide"))
        || html::inline_style(v).is_some_and(|s| s.contains("display:none"))
}

/// The page's own addresses: where it was fetched from and its canonical
/// link, each as host (without `www.`) and path (without a trailing `/`).
/// A date in a link to the page itself is the page's: themes link the
/// day shown to the permalink (WordPress's `<a href="..." rel="bookmark">
/// <time>`, Medium's `<a href="/slug?source=post_page">`); a date in a
/// link elsewhere is a teaser's. And the page's headline: a `<header>`
/// that shows it is the story's, not the site's.
struct OwnAddresses {
    base: Url,
    keys: Vec<String>,
    headline: Option<String>,
}

impl OwnAddresses {
    fn new<'u>(base: &Url, urls: impl IntoIterator<Item = &'u Url>, headline: Option<String>) -> Self {
        // A site's front page is no article: its logo links there too.
        let keys = urls
            .into_iter()
            .map(Self::key)
            .filter(|k| k.contains('/'))
            .collect();
        OwnAddresses {
            base: base.clone(),
            keys,
            headline: headline.map(|h| html::squash(&h)).filter(|h| !h.is_empty()),
        }
    }

    /// Whether `e` shows the page's headline (among its first 3,000
    /// characters: a site's banner with a long menu shows none).
    fn shows_headline(&self, e: &scraper::ElementRef) -> bool {
        self.headline.as_ref().is_some_and(|t| {
            html::short_text_of(*e, 3000).is_some_and(|text| html::squash(&text).contains(t.as_str()))
        })
    }

    fn key(u: &Url) -> String {
        let host = u.host_str().unwrap_or_default();
        let host = host.strip_prefix("www.").unwrap_or(host);
        format!("{host}{}", u.path().trim_end_matches('/'))
    }

    /// Whether `e` is a link to the page itself, or to the archive of a
    /// day or month: a path that ends in one (`/2019/04/14/`, where
    /// Customizr links the day shown; `/archive/2021/03/04`;
    /// `/hemeroteca/2020-12-25/`, where Arc XP's sites do).
    fn linked_by(&self, e: &scraper::ElementRef) -> bool {
        e.value().name() == "a"
            && (e
                .value()
                .attr_of("href")
                .and_then(|h| html::resolve_link(&self.base, h))
                .is_some_and(|u| self.keys.contains(&Self::key(&u)) || day_archive(u.path()))
                || self.bookmark_of_story(e))
    }

    /// Whether `e` is a permalink (`rel="bookmark"`: the link to its
    /// nearest article) of the story the page shows: the first heading of
    /// the nearest block around it that has one is the headline. A
    /// teaser's permalink is under its own title.
    fn bookmark_of_story(&self, e: &scraper::ElementRef) -> bool {
        static HEADING: LazyLock<scraper::Selector> =
            LazyLock::new(|| scraper::Selector::parse("h1, h2, h3, h4, h5, h6").unwrap());
        let bookmark = e.value().attr_of("rel").is_some_and(|r| {
            r.split_ascii_whitespace()
                .any(|t| t.eq_ignore_ascii_case("bookmark"))
        });
        bookmark
            && self.headline.as_ref().is_some_and(|headline| {
                e.ancestors()
                    .filter_map(scraper::ElementRef::wrap)
                    .take(6)
                    .find_map(|a| a.select(&HEADING).next())
                    .is_some_and(|h| html::squash(&html::text_of(h)) == *headline)
            })
    }
}

/// Whether a path ends in a year and a month, or a year, a month and a
/// day: as segments (`/2019/04/`, `/archive/2019/04/14`) or as one
/// (`/hemeroteca/2020-12-25/`). A story's own address ends in its slug.
fn day_archive(path: &str) -> bool {
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    let digits = |p: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    let year = |p: &str| digits(p, 4..=4);
    let segments = (2..=3).any(|k| {
        parts.len() >= k && {
            let tail = &parts[parts.len() - k..];
            year(tail[0]) && tail[1..].iter().all(|p| digits(p, 1..=2))
        }
    });
    let one = parts.last().is_some_and(|last| {
        let pieces: Vec<&str> = last.split(['-', '_']).collect();
        (2..=3).contains(&pieces.len()) && year(pieces[0]) && pieces[1..].iter().all(|p| digits(p, 1..=2))
    });
    segments || one
}

/// Whether a date element sits where other things' dates are: in a link
/// elsewhere (a teaser card), in navigation or a footer, or in a block
/// whose class or id says masthead, related, sidebar, comment or teaser;
/// or is itself named so (a header bar's `span.today--date`), but for
/// comments: WordPress.com's `#wpcom-comments-date` is the post's meta
/// line, the day beside the count of its comments.
fn in_furniture(e: &scraper::ElementRef, own: &OwnAddresses) -> bool {
    // The page's `<body>` names its layout ("has-sidebar side-header"),
    // not what it holds; so do the blocks around its `<main>`
    // ("template-two-col with-sidebar-right").
    // What holds an `<article>` is no comment ("PageArticle_commentHeader"
    // around an opinion piece's header).
    let mut in_article = false;
    html::named_with(e, &["class", "id"], &OTHER_PLACES)
        || e.ancestors()
            .filter_map(scraper::ElementRef::wrap)
            .take_while(|a| {
                !matches!(a.value().name(), "body" | "html" | "main")
                    && a.value().attr_of("role") != Some("main")
            })
            .any(|a| {
                let hit = is_furniture(&a, own, !in_article);
                in_article |= a.value().name() == "article";
                hit
            })
}

/// Class and id words of blocks that hold other things' dates (and
/// "comment", see [`is_furniture`]).
const OTHER_PLACES: [&str; 17] = [
    "masthead",
    // Embedded posts ("instagram-media", "twitter-tweet", "tiktok-embed").
    "instagram",
    "tweet",
    "tiktok",
    // Teasers in a slider: "top-stories__carousel".
    "carousel",
    "top-stories",
    // The site's logo and name (`div.site-branding`, `#branding`).
    "branding",
    // "post_recommends", "recommended-stories".
    "recommend",
    // A header bar's "today--date", "todays-date".
    "today",
    "related",
    "sidebar",
    "teaser",
    "more-news",
    "most-read",
    "mostread",
    "popular",
    "trending",
];

/// Whether an element is a link elsewhere, navigation, a footer, a
/// sidebar, or a block named for other things (see [`in_furniture`]).
fn is_furniture(e: &scraper::ElementRef, own: &OwnAddresses, comments: bool) -> bool {
    // Some pages draw the article's header as an <aside> around its <h1>.
    let aside = e.value().name() == "aside" || e.value().attr_of("role") == Some("complementary");
    (e.value().name() == "a" && !own.linked_by(e))
        || matches!(e.value().name(), "nav" | "blockquote")
        || (e.value().name() == "footer" && !article_footer(e))
        || (aside && !holds_h1(e))
        || (page_header(e) && !holds_h1(e) && !own.shows_headline(e))
        || (html::named_with(e, &["class", "id"], &OTHER_PLACES) && !column_beside_sidebar(e))
        // A word that begins with "comment", not one inside a word
        // ("ArticleHeaderComment": an opinion piece's header).
        || (comments && html::word_begins_with(e.value(), &["class", "id"], "comment"))
}

/// Whether an element is the page's header, the site's banner over every
/// page (its "today", a menu's dates): `role=banner`, or a `<header>` in
/// no `<article>`, `<section>` or `<main>` (which would make it theirs).
fn page_header(e: &scraper::ElementRef) -> bool {
    e.value().attr_of("role") == Some("banner")
        || (e.value().name() == "header"
            && !e
                .ancestors()
                .filter_map(ElementRef::wrap)
                .any(|a| matches!(a.value().name(), "article" | "section" | "main")))
}

/// Whether a block named for a sidebar is the layout around the article's
/// column ("content_block right-sidebar", "hasRS"): it holds an `<h1>`
/// ([`holds_h1`]), and no other word of [`OTHER_PLACES`] names it. A sidebar holds no headline.
fn column_beside_sidebar(e: &scraper::ElementRef) -> bool {
    let others: Vec<&str> = OTHER_PLACES.iter().copied().filter(|w| *w != "sidebar").collect();
    html::named_with(e, &["class", "id"], &["sidebar"])
        && !html::named_with(e, &["class", "id"], &others)
        && holds_h1(e)
}

/// Whether an `<h1>` is among the first 500 nodes of `e` (bounded on any
/// page): a block that holds the page's headline.
fn holds_h1(e: &scraper::ElementRef) -> bool {
    e.descendants()
        .take(500)
        .any(|d| d.value().as_element().is_some_and(|e| e.name() == "h1"))
}

/// Whether a `<footer>` is named as a post's own (its date, author and
/// tags below the text: `footer.entry-footer`, `footer.post-meta`), or is
/// the footer of the `<article>` that holds the page's `<h1>`, not the
/// page's. (A bare `<footer>` in another `<article>` may be a teaser card's.)
fn article_footer(e: &scraper::ElementRef) -> bool {
    html::named_with(
        e,
        &["class", "id"],
        &["post", "entry", "article", "story", "meta"],
    ) || enclosing_article(*e).is_some_and(|a| holds_h1(&a))
}

/// The nearest `<article>` that holds `e`.
fn enclosing_article(e: ElementRef) -> Option<ElementRef> {
    e.ancestors()
        .filter_map(ElementRef::wrap)
        .find(|a| a.value().name() == "article")
}

/// A user name rather than a person's: one word with digits, or `@name`.
fn is_handle(s: &str) -> bool {
    let s = s.trim();
    s.starts_with('@') || (!s.contains(char::is_whitespace) && s.contains(|c: char| c.is_ascii_digit()))
}

/// Whether an author is the publisher: a company ("... GmbH", "... Inc.",
/// "株式会社...") or one of the site's names, or its host's name
/// ("MDR.DE" on mdr.de), when all spelled alike.
fn publisher(author: &str, site_names: &[String], page: &Url) -> bool {
    const COMPANY: &[&str] = &["gmbh", "inc", "ltd", "llc", "plc", "corporation", "corp"];
    let company = author
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| COMPANY.contains(&w))
        // Japanese company forms stand glued to the name: 株式会社インプレス.
        || ["株式会社", "有限会社"].iter().any(|w| author.contains(w));
    let name = html::squash(author);
    let host = page.host_str().unwrap_or_default().trim_start_matches("www.");
    // Or a name beside the site's address ("豆果美食 www.douguo.com").
    let address = host.contains('.') && author.to_lowercase().contains(host);
    company
        || address
        || (!name.is_empty()
            && (site_names.iter().any(|s| html::squash(s) == name) || html::squash(host) == name))
}

/// "By Jane Doe" -> "Jane Doe".
fn clean_author(s: &str) -> String {
    let s = s.trim();
    // A name set in brackets, as Japanese papers end a story ("（山田太郎）"),
    // or a Chinese portal its editor ("[责任编辑：韩保林]").
    const BRACKETS: [(char, char); 4] = [('(', ')'), ('（', '）'), ('[', ']'), ('【', '】')];
    let bracket = |c: char| BRACKETS.iter().any(|&(open, close)| c == open || c == close);
    let s = BRACKETS
        .iter()
        .find_map(|&(open, close)| s.strip_prefix(open)?.strip_suffix(close))
        .filter(|inner| !inner.contains(bracket))
        .map_or(s, str::trim);
    if names_no_one(s) {
        return String::new();
    }
    // "Posted by Ann", "Submitted by Ann on ..." (Blogger, Drupal, WordPress themes).
    let s = after_posted_by(s).unwrap_or(s);
    let s = BYLINE_WORDS
        .iter()
        .find_map(|w| {
            let rest = s
                .get(..w.len())
                .filter(|p| p.eq_ignore_ascii_case(w))
                .map(|_| &s[w.len()..])?;
            let rest = rest.trim_start_matches(':').trim();
            // "Von Miller" is a name; "Von Anna Schmidt" is a byline.
            (rest.split_whitespace().count() >= 2 || w.starts_with("by")).then_some(rest)
        })
        .unwrap_or(s);
    // "ByTravis Haney": the byline's word glued to the name.
    let s = match s.strip_prefix("By") {
        Some(rest) if rest.starts_with(|c: char| c.is_uppercase()) => rest,
        _ => s,
    };
    s.trim_end_matches([',', '|', '-', '–', '—', '·'])
        .trim()
        .to_string()
}

/// What an author link says where it names no one: a call to see more
/// ("View more posts", a theme's link to the author's archive).
pub(crate) fn names_no_one(s: &str) -> bool {
    const NO_NAME: &[&str] = &[
        "view more posts",
        "view all posts",
        "more posts",
        "all posts",
        "view profile",
    ];
    NO_NAME.iter().any(|w| s.trim().eq_ignore_ascii_case(w))
}

/// What a blog's or a CMS's byline says before the name, and what a
/// theme's link to the author's archive says (`rel=author` "View all posts
/// by Ann"). Longer phrases first: "posts by" is the tail of several.
const POSTED_BY: &[&str] = &[
    "view all posts by",
    "see all posts by",
    "all posts by",
    "more posts by",
    "alle beiträge von",
    "alle artikel von",
    "voir tous les articles de",
    "ver todas las entradas de",
    "tutti gli articoli di",
    "posted by",
    "submitted by",
    "published by",
    "geschrieben von",
    "verfasst von",
    "publié par",
    "écrit par",
    "publicado por",
    "escrito por",
    "pubblicato da",
    "scritto da",
    "geplaatst door",
    "geschreven door",
    "written by",
    "hosted by",
    "words by",
    "story by",
    "text by",
    "reported by",
];

/// A byline's one-word labels: "Autor: Anna Berg", "Yazar: ...", and in
/// Chinese, Japanese and Korean "作者：张三", "文/张三", "기자 홍길동".
const NAME_LABELS: &[&str] = &[
    "author",
    "autor",
    "text",
    "texte",
    "texto",
    "testo",
    "tekst",
    "yazar",
    "forfatter",
    "szerző",
    "автор",
    "текст",
    "作者",
    "撰文",
    "记者",
    "記者",
    "责任编辑",
    "責任編輯",
    "编辑",
    "編輯",
    "文",
    "기자",
    // Persian "reporter" and "writer", Thai "by", Hindi "writer".
    "خبرنگار",
    "نویسنده",
    "โดย",
    "लेखक",
];

/// What follows `label` at the start of `s`, the label in any case.
fn after_label<'a>(s: &'a str, label: &str) -> Option<&'a str> {
    // (Compared char by char: no lowercased copy of the line per label.)
    s.get(..label.len())
        .filter(|p| p.chars().flat_map(char::to_lowercase).eq(label.chars()))
        .map(|_| &s[label.len()..])
}

/// The name after a phrase of `POSTED_BY` ("Posted by", "Written by:") at
/// the start of `s`: a byline's own wording, not a one-word label.
pub(crate) fn after_posted_phrase(s: &str) -> Option<&str> {
    POSTED_BY.iter().find_map(|w| {
        let rest = after_label(s, w)?;
        rest.starts_with([' ', ':'])
            .then(|| rest.trim_start_matches(':').trim_start())
    })
}

/// The name after "Posted by", "Submitted by:" or their like at the start
/// of `s`, if it starts so. A CJK label may also end in a full-width colon,
/// a slash or a bar ("作者：张三", "文/张三"), and a Korean byline puts the
/// reporter's word after the name ("홍길동 기자").
pub(crate) fn after_posted_by(s: &str) -> Option<&str> {
    let after = |w: &str| after_label(s, w);
    let posted = after_posted_phrase(s);
    // A label before a colon ("Texte : Anne Roux" sets a space before
    // it), not before a space ("Text Size Regular Medium Large" is a
    // page's tools); a CJK label also before a space, a slash or a bar.
    let labelled = || {
        NAME_LABELS.iter().find_map(|w| {
            let rest = after(w)?;
            let marks: &[char] = &[':', '：', '/', '｜', '|'];
            let marked = rest.trim_start();
            let rest = match marked.starts_with(marks) {
                true => marked.trim_start_matches(marks).trim_start(),
                false if !w.is_ascii() && rest.starts_with(' ') => marked,
                false => return None,
            };
            Some(rest).filter(|r| !r.is_empty())
        })
    };
    posted.or_else(labelled).or_else(|| {
        s.strip_suffix("기자")
            .map(str::trim)
            .filter(|name| (1..=2).contains(&name.split_whitespace().count()))
    })
}

/// The name after a date and "by" that end a line: "Posted on March 4,
/// 2021 by Ann Lee" (WordPress themes' own wording), "le 4 mars 2021 par
/// Anne Roux".
pub(crate) fn after_date_by(s: &str) -> Option<&str> {
    date_by(s).map(|(_, name)| name)
}

/// Such a line cut in two: the part with the date, and the name.
fn date_by(s: &str) -> Option<(&str, &str)> {
    [" by ", " By ", " par ", " por ", " von ", " door "]
        .iter()
        .find_map(|w| {
            let i = s.rfind(w)?;
            let before = &s[..i];
            (before.len() <= 60 && date::parse_date(before, chrono_tz::Tz::UTC).is_some())
                .then(|| (before, s[i + w.len()..].trim()))
        })
}

/// What "By" is in the languages of the sites people follow.
const BYLINE_WORDS: &[&str] = &[
    "by ",
    "by:",
    "par ",
    "por ",
    "von ",
    "door ",
    "przez ",
    "di ",
    "av ",
    "af ",
    "بقلم ",
];

/// Words a byline holds where it names no one.
const LABELS: &[&str] = &[
    "by",
    "par",
    "por",
    "von",
    "door",
    "przez",
    "autor",
    "author",
    "publicado",
    "published",
    "posted",
    "publié",
    "veröffentlicht",
];

static DATE_LIKE: LazyLock<Tagged> = LazyLock::new(|| {
    Tagged::new(
        &[
            "[class*=date]",
            "[class*=time]",
            "[class*=publish]",
            "[id*=date]",
            "[itemprop*=date]",
        ],
        r#"[class*="date" i], [class*="time" i], [class*="publish" i], [id*="date" i], [itemprop*="date" i]"#,
    )
});
static PARAGRAPH: LazyLock<Tagged> = LazyLock::new(|| Tagged::new(&["p"], "p"));
static HEADINGS: LazyLock<Tagged> =
    LazyLock::new(|| Tagged::new(&["h2", "h3", ".entry-title"], "h2, h3, .entry-title"));
static LOCALE: LazyLock<Tagged> = LazyLock::new(|| {
    Tagged::new(
        &["meta"],
        r#"meta[property="og:locale"], meta[name="og:locale"], meta[http-equiv="content-language" i]"#,
    )
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use std::path::Path;

    #[test]
    fn page_walks_find_what_scraper_finds() {
        for walk in [&*BASE, &*HEADINGS, &*LOCALE, &*DATE_LIKE] {
            html::assert_walks_as_select(walk);
        }
    }

    fn rules(toml_tail: &str) -> (ListRules, ArticleRules) {
        let text =
            format!("[[feeds]]\nid = \"t\"\ntitle = \"T\"\nurl = \"https://example.org/\"\n{toml_tail}");
        let mut c = Config::parse(&text, Path::new("config.toml")).unwrap();
        let f = c.feeds.remove(0);
        (f.list, f.article)
    }

    const LISTING: &str = r#"<html><body>
      <nav><a href="/about">About</a></nav>
      <div class="news-list">
        <div class="card"><a class="card-link" href="/news/one#top"><h3>One</h3></a><span class="card-date">31 Aug 2023</span></div>
        <div class="card"><a class="card-link" href="../news/two"><h3>Two</h3></a><span class="card-date">30 Aug 2023</span></div>
        <div class="card"><a class="card-link" href="/news/one">One again</a></div>
      </div></body></html>"#;

    #[test]
    fn listing_with_item_selector() {
        let (list, _) = rules("[feeds.list]\nitem = \".card\"\nlink = \"a.card-link\"\ndate = { selector = \".card-date\", format = \"%d %b %Y\" }\n");
        let page = Url::parse("https://example.org/section/").unwrap();
        let items = extract_listing(&Html::parse_document(LISTING), &page, &list, Tz::UTC);
        assert_eq!(items.len(), 2);
        assert_eq!(
            items[0].link.as_ref().unwrap().value.as_str(),
            "https://example.org/news/one"
        );
        assert_eq!(
            items[1].link.as_ref().unwrap().value.as_str(),
            "https://example.org/news/two"
        );
        assert_eq!(items[0].title.as_ref().unwrap().value, "One");
        assert_eq!(
            items[1].published.as_ref().unwrap().value.to_rfc3339(),
            "2023-08-30T00:00:00+00:00"
        );
    }

    #[test]
    fn listing_without_item_finds_each_card() {
        let (list, _) = rules("[feeds.list]\nlink = \"a.card-link\"\ndate = \".card-date\"\n");
        let page = Url::parse("https://example.org/section/").unwrap();
        let items = extract_listing(&Html::parse_document(LISTING), &page, &list, Tz::UTC);
        assert_eq!(items.len(), 2);
        assert_eq!(
            items[0].published.as_ref().unwrap().value.to_rfc3339(),
            "2023-08-31T00:00:00+00:00"
        );
    }

    #[test]
    fn image_and_headline_links_to_one_article_share_a_card() {
        let (list, _) = rules("[feeds.list]\nlink = 'a[href*=\"/news/\"]'\n");
        let doc = Html::parse_document(
            r#"<ul><li><a href="/news/a"><img src="a.jpg"></a><h3><a href="/news/a">Alpha</a></h3><time datetime="2023-01-02">2 Jan</time></li>
               <li><a href="/news/b"><img src="b.jpg"></a><h3><a href="/news/b">Beta</a></h3></li></ul>"#,
        );
        let page = Url::parse("https://example.org/").unwrap();
        let items = extract_listing(&doc, &page, &list, Tz::UTC);
        let titles: Vec<&str> = items
            .iter()
            .map(|i| i.title.as_ref().unwrap().value.as_str())
            .collect();
        assert_eq!(titles, ["Alpha", "Beta"]);
        let date = items[0].published.as_ref().unwrap();
        assert_eq!(
            (date.value.to_rfc3339().as_str(), &date.from),
            ("2023-01-02T00:00:00+00:00", &Source::Fallback("<time> in item"))
        );
        assert!(items[1].published.is_none());
    }

    #[test]
    fn article_rules_then_metadata() {
        let (_, article) = rules(
            "[feeds.article]\nauthor = { selector = \".author\", regex = \"^By (.+)$\" }\ncontent = \".body\"\nremove = [\".related\"]\n",
        );
        let mut doc = Html::parse_document(
            r#"<html><head><meta property="og:title" content="OG Title">
            <meta property="og:image" content="/img/a.jpg"></head><body>
            <span class="author">By Jane Doe</span>
            <div class="body"><p>Text <a href="x.html">link</a></p><div class="related"><a href="/r">Related</a></div></div>
            </body></html>"#,
        );
        let page = Url::parse("https://example.org/news/a/").unwrap();
        let a = extract_article(&mut doc, &page, &article, Tz::UTC);
        assert_eq!(a.author.as_ref().unwrap().value, "Jane Doe");
        assert_eq!(a.title.as_ref().unwrap().from, Source::Meta("og:title"));
        assert_eq!(a.image.unwrap().value.as_str(), "https://example.org/img/a.jpg");
        let content = a.content_html.unwrap().value;
        assert!(content.contains("https://example.org/news/a/x.html"), "{content}");
        assert!(!content.contains("Related"), "{content}");
    }

    #[test]
    fn bylines_give_names() {
        assert_eq!(
            clean_byline("By María López · Source: Reuters · 30 Oct 2024 08:15"),
            "María López"
        );
        assert_eq!(clean_byline("Kwame Mensah7 Dec 2024 19:40"), "Kwame Mensah");
        assert_eq!(clean_byline("by Jo Ann | Staff writer"), "Jo Ann");
        assert_eq!(clean_byline("Last Updated: January 7, 2025"), "");
        assert_eq!(
            clean_byline("Submitted by Ann Lee on Sun, 03/03/2019 - 16:12"),
            "Ann Lee"
        );
        assert_eq!(clean_byline("Posted by Ann at 4:12 PM"), "Ann");
        assert_eq!(
            clean_byline("Written by Ann Lee in Raspberry Pi on 26 February 2020 at 07:23 AM EST."),
            "Ann Lee"
        );
        assert_eq!(clean_byline("Posted on June 2, 2020 by Omar Said"), "Omar Said");
        assert_eq!(clean_byline("le 2 juin 2020 par Anne Roux"), "Anne Roux");
        // The day after a comma, in a language whose months the dates
        // in text are not read in; co-authors after one stay.
        assert_eq!(
            clean_byline("Par Anne Roux, jeudi 4 avril 2021, 10:30 :: Voyages"),
            "Anne Roux"
        );
        assert_eq!(
            clean_byline("By Ann Lee, Omar Said and Lina Khoury, 4 March 2021"),
            "Ann Lee, Omar Said and Lina Khoury"
        );
        assert_eq!(
            clean_byline("Ann Lee Washington Post Dec 13, 2019"),
            "Ann Lee Washington Post"
        );
        assert_eq!(clean_byline("Par Anne Roux, jeudi 4 mars 2021"), "Anne Roux");
        assert_eq!(clean_byline("Publié par Anne Roux le 3 mars 2019"), "Anne Roux");
        assert_eq!(clean_byline("（山田太郎）"), "山田太郎");
        // A foreign name's dot in Chinese stays; a separator's goes.
        assert_eq!(clean_byline("罗谢尔•托普兰斯基"), "罗谢尔•托普兰斯基");
        assert_eq!(clean_byline("罗谢尔 • 2019年05月22日"), "罗谢尔");
        assert_eq!(clean_byline("(Ann Lee)"), "Ann Lee");
        assert_eq!(clean_byline("(Ann) Lee (AFP)"), "(Ann) Lee (AFP)");
        assert_eq!(clean_byline("责任编辑：张申"), "张申");
        assert_eq!(clean_byline("[责任编辑：韩保林]"), "韩保林");
        assert_eq!(clean_byline("View more posts"), "");
        // A Chinese date ends the name, and what a line says before it
        // ("updated at") is none.
        assert_eq!(clean_byline("张三 2019年05月22日"), "张三");
        assert_eq!(clean_byline("2019年05月22日阅读 4072"), "");
        assert_eq!(clean_byline("更新于2019年2月18日 07:17 英国《金融时报》"), "");
        assert_eq!(clean_author("Geschrieben von: Jonas Berg"), "Jonas Berg");
        assert_eq!(clean_author("Leon"), "Leon");
        assert_eq!(clean_byline("Jonas Berg — 2019-03-14"), "Jonas Berg");
        assert_eq!(clean_author("Par Sébastien Farcis"), "Sébastien Farcis");
        assert_eq!(clean_author("Por Al Mayadeen Español"), "Al Mayadeen Español");
        assert_eq!(clean_author("By: Ann Lee"), "Ann Lee");
        assert_eq!(clean_author("By: Reuters"), "Reuters");
        assert_eq!(clean_author("بقلم زينب الحاج"), "زينب الحاج");
        assert_eq!(clean_author("Von Miller"), "Von Miller");
        assert_eq!(clean_author("Byron Smith"), "Byron Smith");
        assert_eq!(clean_author("ByTravis Haney"), "Travis Haney");
        assert_eq!(clean_author("View all posts by Daniel Lemire "), "Daniel Lemire");
        assert_eq!(clean_author("Alle Beiträge von Jonas Berg"), "Jonas Berg");
        // Labels in the languages of the sites people follow.
        assert_eq!(clean_author("Autor: Anna Berg"), "Anna Berg");
        assert_eq!(clean_author("Texte : Anne Roux"), "Anne Roux");
        assert_eq!(clean_author("Автор: Иван Петров"), "Иван Петров");
        assert_eq!(clean_author("di Daniele Fiori"), "Daniele Fiori");
        assert_eq!(clean_author("Av Anna Svensson"), "Anna Svensson");
        assert_eq!(clean_author("作者：张三"), "张三");
        assert_eq!(clean_author("文/张三"), "张三");
        assert_eq!(clean_author("文｜财新 余聪"), "财新 余聪");
        assert_eq!(clean_byline("作者 | 不一"), "不一");
        assert_eq!(clean_author("홍길동 기자"), "홍길동");
        assert_eq!(clean_author("기자 홍길동"), "홍길동");
        assert_eq!(clean_author("خبرنگار: علی رضایی"), "علی رضایی");
        assert_eq!(clean_author("نویسنده: علی رضایی"), "علی رضایی");
        assert_eq!(clean_author("โดย สมชาย ใจดี"), "สมชาย ใจดี");
        assert_eq!(clean_author("लेखक: राहुल शर्मा"), "राहुल शर्मा");
        assert_eq!(clean_author("Written by Ann Lee"), "Ann Lee");
        // A page's tools and a word that merely begins like a label stay.
        assert_eq!(clean_author("Text Size"), "Text Size");
        assert_eq!(clean_author("文化部"), "文化部");
    }

    #[test]
    fn an_author_link_that_names_no_one_gives_no_author() {
        let body = "<p>The council met on Tuesday night and agreed, after a long debate about costs, to keep it open.</p>";
        let author = |byline: &str| {
            utc_article(&format!(
                r#"<html><head><title>Library stays open</title></head><body><article><h1>Library stays open</h1>
                <a rel="author" href="/author/ann/">View more posts</a>{byline}{body}{body}</article></body></html>"#
            ))
            .author
            .map(|a| a.value)
        };
        assert_eq!(author(""), None);
        assert_eq!(author("<p>By Ann Lee</p>").as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn a_user_handle_in_the_metadata_gives_way_to_the_byline_shown() {
        let mut doc = Html::parse_document(
            r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle","author":"CC7567"}</script></head>
            <body><article><div class="byline"><span class="author-name">James Akinaka</span></div>
            <p>Some text of the article, long enough to be its content for the test.</p></article></body></html>"#,
        );
        let page = Url::parse("https://example.org/a").unwrap();
        let a = extract_article(&mut doc, &page, &ArticleRules::default(), Tz::UTC);
        assert_eq!(a.author.unwrap().value, "James Akinaka");
        assert!(is_handle("@ann") && is_handle("CC7567") && !is_handle("Ann Lee") && !is_handle("Reuters"));
        // A template's field left unfilled (Drupal's) names no one either.
        let mut doc = Html::parse_document(
            r#"<html><head><meta name="article:author" value="field_facebook"></head>
            <body><article><div class="meta"><span>by </span> <span class="author-name">Tran Longmoore</span></div>
            <p>Some text of the article, long enough to be its content for the test.</p></article></body></html>"#,
        );
        let a = extract_article(&mut doc, &page, &ArticleRules::default(), Tz::UTC);
        assert_eq!(a.author.unwrap().value, "Tran Longmoore");
    }

    #[test]
    fn a_body_named_has_sidebar_hides_no_date_and_a_hidden_edit_is_not_the_day_shown() {
        // Avada: the page's <body> says "has-sidebar"; under the headline a
        // hidden hAtom `updated` instant, then the day shown.
        let url = Url::parse("https://blog.example.org/vreni").unwrap();
        let html = r#"<html><body class="single has-sidebar side-header"><main><article class="post hentry">
            <h1 class="entry-title">Ich habe das Urteil gelesen</h1>
            <div class="fusion-meta-info"><span class="vcard rich-snippet-hidden"><a href="/a" rel="author">Moritz</a></span>
            <span class="updated rich-snippet-hidden">2019-01-07T17:27:31+02:00</span><span>Juni 19th, 2018</span></div>
            <p>Text of the post, long enough to be one, about a court ruling of 24.05.2018 and a letter of 23.08.2017.</p>
            </article></main></body></html>"#;
        assert_eq!(published_day(html, &url), "2018-06-19");
    }

    #[test]
    fn a_layout_block_around_main_named_for_its_sidebar_hides_no_date() {
        // Meredith's templates: "with-sidebar-right" on the block around
        // <main>; the sidebar inside <main> is still furniture.
        let url = Url::parse("https://www.example.org/story").unwrap();
        for (sidebar, day) in [
            ("", "2020-12-17"),
            (
                r#"<div class="sidebar"><div class="date">2 May 2021</div></div>"#,
                "2020-12-17",
            ),
        ] {
            let html = format!(
                r#"<html><head><meta property="article:modified_time" content="2020-12-18T10:00:00Z"></head><body>
                <div class="container-full-width template-two-col with-sidebar-right"><main class="inner-container">{sidebar}<article>
                <h1 class="headline">Gigi Hadid Just Got the Perfect Wispy Bangs</h1>
                <div class="author-text">By <a href="/author/alyssa-hardy">Alyssa Hardy</a> <div class="timestamp published-date">Dec 17, 2020 @ 8:03 am</div></div>
                <p>Call it quarantine boredom or an unstoppable trend, but everyone is getting bangs this year.</p></article></main></div></body></html>"#
            );
            assert_eq!(published_day(&html, &url), day, "{sidebar}");
        }
    }

    #[test]
    fn a_day_labelled_as_the_last_change_and_a_header_bars_today_come_last() {
        // The header bar's `span.today--date` is named for today, not the
        // story; "Updated:" labels the first day shown, "Original:" the second.
        let url = Url::parse("https://news.example.org/story").unwrap();
        let html = r#"<html><body><header><div class="brandbar"><span class="today--date">January 26, 2021</span></div></header>
            <article><h1>Investor to advise on regulation</h1><ul class="meta"><li>
            <div class="detail-date updated-date-term">Updated:</div><div class="detail-date updated-date-definition">Mar 6, 2018</div>
            <div class="detail-date updated-date-term">Original:</div><div class="detail-date updated-date-definition">Dec 21, 2016</div></li></ul>
            <p>The transition team announced that the investor will advise on regulation.</p></article></body></html>"#;
        assert_eq!(
            published_of(html, &url),
            Some(("2016-12-21".to_string(), Source::Meta("date in page")))
        );
    }

    #[test]
    fn the_branding_blocks_day_and_recommended_or_carousel_stories_days_are_not_the_articles() {
        let url = Url::parse("https://www.example.cl/noticia").unwrap();
        let html = r#"<html lang="es"><body><div id="top"><div id="branding"><div class="date">Ju 2/3/2017</div></div></div>
            <div class="stories__carousel"><div class="slide"><div class="slide__date">Feb 4, 2017</div></div></div>
            <div class="post_main"><h1>Nueva ley de pesca</h1>
            <div class="post_recommends"><ul><li><p class="post_recommend_time">Agencia 2017-02-04 10:18</p></li>
            <li><p class="post_recommend_time">Agencia 2017-02-04 12:12</p></li></ul></div>
            <div class="nota"><span class="date">Domingo 05 de febrero de 2017</span>
            <p>El Senado aprobó la nueva ley de pesca tras un largo debate.</p></div></div></body></html>"#;
        assert_eq!(
            published_of(html, &url),
            Some(("2017-02-05".to_string(), Source::Meta("date in page")))
        );
    }

    #[test]
    fn a_posts_own_footer_dates_it_and_a_day_in_a_sentence_is_no_dateline() {
        let url = Url::parse("https://sect.example.jp/blog/2019/02/scans").unwrap();
        let sentence = r#"<p>On February 6, 2019 <a href="/nict">NICT</a> warned of scans for weak passwords across many networks in Japan, and of the devices they reach.</p>"#;
        let footer = r#"<footer class="post-meta"><p class="post-date-wrapper"><time class="post-date">February 13, 2019</time></p></footer>"#;
        for (post_footer, day) in [(footer, "2019-02-13"), ("", "")] {
            let html = format!(
                r#"<html><head><meta property="article:modified_time" content="2019-03-01T10:00:00Z"></head><body>
                <div class="content"><div class="entry"><h1>Scans for weak passwords</h1>{sentence}</div>{post_footer}</div>
                <footer class="site-footer"><span class="date">March 1, 2019</span></footer></body></html>"#
            );
            assert_eq!(published_day(&html, &url), day, "{post_footer}");
        }
    }

    #[test]
    fn an_opinion_pieces_header_named_comment_dates_it_and_an_embedded_post_does_not() {
        // HORIZONT: the opinion piece's header sits in "PageArticle_commentHeader"
        // and is "ArticleHeaderComment"; an Instagram post quoted in the text
        // carries its own day.
        let url = Url::parse("https://www.example.de/kommentare/vreni-172529").unwrap();
        let html = r#"<html lang="de"><body><div class="PageArticle"><div class="PageArticle_commentHeader">
            <article class="ArticleHeaderComment"><h1>Was sich nach dem Urteil ändert</h1>
            <div class="PublishDate ArticleHeaderComment_publishDate"><span>Dienstag,</span> <span class="PublishDate_date">29. Januar 2019</span></div></article></div>
            <div class="ArticleCopy"><p>Vor wenigen Tagen hat das Kammergericht Berlin begründet, warum es die Verfügung einkassiert hat.</p>
            <blockquote class="instagram-media"><p>Ein Beitrag von Vreni am <time class="ig-date">Mär 12, 2018 um 12:30 PDT</time></p></blockquote>
            <p>Doch ist damit nun alles klar in der schönen neuen Welt des Influencer Marketings?</p></div></div></body></html>"#;
        assert_eq!(published_day(html, &url), "2019-01-29");
        // Right under a headline, an embedded post's day is still not the page's.
        let embed = r#"<html lang="de"><head><meta property="article:modified_time" content="2019-01-30T10:00:00Z"></head><body>
            <article><h1>Was sich nach dem Urteil ändert</h1>
            <blockquote class="instagram-media"><p>Ein Beitrag von Vreni am <time class="ig-date">Mär 12, 2018 um 12:30 PDT</time></p></blockquote>
            <p>Vor wenigen Tagen hat das Kammergericht Berlin begründet, warum es die Verfügung einkassiert hat.</p></article></body></html>"#;
        assert_eq!(published_day(embed, &url), "");
    }

    #[test]
    fn the_mastheads_today_and_a_teasers_date_are_not_the_articles() {
        let url = Url::parse("https://news.example.org/story").unwrap();
        let html = r#"<html><body>
            <div class="masthead"><span class="date">Thursday 2 May, 2019</span></div>
            <div class="more"><a href="/other"><span class="date">1 May 2019</span> Other story</a></div>
            <div class="post"><h2>The story</h2><span class="date">Tuesday 30 Apr 2019, 5:22 PM</span>
            <p>Text of the story.</p></div></body></html>"#;
        assert_eq!(
            published_of(html, &url),
            Some(("2019-04-30".to_string(), Source::Meta("date in page")))
        );
    }

    #[test]
    fn the_headline_is_the_h1_that_reads_as_the_title_not_the_logo_above_it() {
        let logo = Html::parse_document(
            r#"<html><body><header><h1 class="logo"><a href="/">Travel Weekly</a></h1></header>
            <div class="article-header"><h1>Fears as reef cops brunt of cyclone</h1></div></body></html>"#,
        );
        // A section's name in the h1, the story's headline in an h2.
        let section = Html::parse_document(
            "<html><body><h1>Allergies Health Center</h1><div><h2>Babies who eat peanuts early</h2></div>
            <h2>Superbugs: what they are and how you get them</h2></body></html>",
        );
        for (doc, title, want) in [
            (
                &logo,
                Some("Fears as Reef Cops Brunt of Cyclone"),
                "Fears as reef cops brunt of cyclone",
            ),
            // No heading reads as the title: the first h1.
            (&logo, Some("Another story"), "Travel Weekly"),
            (&logo, None, "Travel Weekly"),
            (
                &section,
                Some("Babies Who Eat Peanuts Early"),
                "Babies who eat peanuts early",
            ),
            // Even with a kicker the title lost.
            (
                &section,
                Some("What They Are and How You Get Them"),
                "Superbugs: what they are and how you get them",
            ),
            // Too little of the heading: a section's name, not the story's.
            (&section, Some("Health Center"), "Allergies Health Center"),
        ] {
            assert_eq!(
                headline(doc, title).map(html::text_of).as_deref(),
                Some(want),
                "{title:?}"
            );
        }
    }

    #[test]
    fn the_column_beside_a_sidebar_and_a_line_the_source_breaks_date_the_story() {
        let url = Url::parse("https://blog.example.de/review/").unwrap();
        let story = "<p>Das Objektiv ist klein, leicht und an der Kamera kaum zu spüren; die Bilder sind bis in die Ecken scharf.</p>".repeat(3);
        // A layout block named for the sidebar beside the column holds the
        // headline: not a sidebar itself; the sidebar's own day is still not the story's.
        let html = format!(
            r#"<html lang="de-DE"><body><div class="content_block right-sidebar row"><div class="post">
            <h1>Das Elmar 24 – ein Review</h1><div class="listing_meta"><span>Mehrdad</span> <span>·</span> <span>Mai 17, 2019</span></div>
            {story}</div><div class="sidebar"><div class="date">2. Mai 2021</div></div></div></body></html>"#
        );
        assert_eq!(
            published_of(&html, &url),
            Some(("2019-05-17".to_string(), Source::Meta("date under the headline")))
        );
        // A dateline whose source breaks it over lines, in an <h5>.
        let a = utc_article(&format!(
            "<html><body><header><h1>Study: reefs need cooler seas</h1><h5 class=\"data\">
                March 15, 2017    \n\t   by Kristen Gelineau
            </h5></header>{story}</body></html>"
        ));
        assert_eq!(a.published.unwrap().value.date_naive().to_string(), "2017-03-15");
        assert_eq!(a.author.unwrap().value, "Kristen Gelineau");
        let a = utc_article(&format!(
            "<html><body><h1>Study: reefs need cooler seas</h1><div>
                15 March 2017          \n            ·            4 min read
            </div>{story}</body></html>"
        ));
        let published = a.published.unwrap();
        assert_eq!(published.value.date_naive().to_string(), "2017-03-15");
        assert_eq!(published.from, Source::Meta("date under the headline"));
    }

    #[test]
    fn a_paragraph_that_opens_with_the_dateline_dates_the_story() {
        let rest =
            "Life-threatening peanut allergies have mysteriously been on the rise in the past decade, \
            with little hope for a cure, but a new study may offer a way to stem that rise.";
        let page = |first: &str| {
            utc_article(&format!(
                r#"<html><body><h1>Babies who eat peanuts early may avoid allergy</h1>
                <div class="reviewedBy">Reviewed by <a href="/hansa">Hansa D. Bhargava, MD</a></div>
                <p>{first} {rest}</p><p>{rest}</p><p>{rest}</p></body></html>"#
            ))
            .published
            .map(|p| (p.value.date_naive().to_string(), p.from))
        };
        assert_eq!(
            page("Feb. 23, 2015 --"),
            Some(("2015-02-23".to_string(), Source::Meta("date under the headline")))
        );
        assert_eq!(
            page("23 février 2015 —").map(|p| p.0).as_deref(),
            Some("2015-02-23")
        );
        // A day the sentence names is no dateline.
        assert_eq!(page("Doctors said on Feb. 23, 2015 --"), None);
    }

    #[test]
    fn a_day_held_for_the_pages_scripts_dates_an_element_that_shows_a_relative_one() {
        let url = Url::parse("https://news.example.org/guide/cards").unwrap();
        let page = |stamp: &str| {
            format!(
                r#"<html><body><h1>Top cards with no foreign transaction fees</h1>
                <div class="byline">by <a href="/author/jason">Jason Steele</a></div>
                <div class="timestamp" data-timestamp="{stamp}">Yesterday</div>
                <p>Text of the guide.</p></body></html>"#
            )
        };
        assert_eq!(
            published_of(&page("2019-05-01T12:00:23.000Z"), &url),
            Some(("2019-05-01".to_string(), Source::Meta("date in page")))
        );
        // A count of seconds is not read as a day.
        assert_eq!(published_of(&page("1556712023"), &url), None);
    }

    #[test]
    fn a_day_linked_to_its_archive_dates_the_story_and_its_authors_page_names_the_author() {
        let story = "<p>El Gobierno aprobó el martes, tras un largo debate sobre los costes y las opiniones \
            de los vecinos, mantener abierta la vieja biblioteca durante al menos dos años más.</p>"
            .repeat(3);
        // Arc XP's sites: the name links to the author's page, the day to the
        // day's archive; a site menu lists columnists above.
        let page = |names: &str, href: &str| {
            utc_article(&format!(
                r#"<html lang="es"><body><header><ul class="sm"><li><a href="/autor/andres-serrano/">Andrés Serrano</a></li>
                <li><a href="/autor/marta-gil/">Marta Gil</a></li></ul></header>
                <article><h1>La biblioteca seguirá abierta</h1><div class="a_md"><div class="a_md_a">{names}</div>
                <div class="a_md_f"><span><a href="{href}">25 dic 2020 - 14:30 CET</a></span></div></div>
                {story}</article></body></html>"#
            ))
        };
        let a = page(
            r#"<a href="/autor/ana-ruiz/">Ana Ruiz</a>"#,
            "/hemeroteca/2020-12-25/",
        );
        assert_eq!(a.author.unwrap().value, "Ana Ruiz");
        let published = a.published.unwrap();
        assert_eq!(published.value.to_rfc3339(), "2020-12-25T14:30:00+01:00");
        assert_eq!(published.from, Source::Meta("date under the headline"));
        let day = |href| page("", href).published.map(|p| p.value.date_naive().to_string());
        assert_eq!(
            day("https://example.org/archive/2020/12/25").as_deref(),
            Some("2020-12-25")
        );
        // A link to another story is a teaser, whatever day it shows.
        assert_eq!(day("/2020/12/25/otra-noticia/"), None);
        assert_eq!(day("/sociedad/2020-12-25/otra-noticia.html"), None);
        let a = page(
            r#"<a href="/autor/ana-ruiz/">Ana Ruiz</a> y <a href="/autor/luis-gomez/">Luis Gómez</a>"#,
            "/hemeroteca/2020-12-25/",
        );
        assert_eq!(a.author.unwrap().value, "Ana Ruiz, Luis Gómez");
    }

    #[test]
    fn the_story_is_dated_by_its_own_footer_and_under_a_title_no_heading_shows() {
        let story = "<p>The council met on Tuesday night and agreed, after a long debate about \
            costs and the views of residents, to keep the old library open for at least two more years.</p>"
            .repeat(3);
        let others =
            r#"<div class="topbar"><span>Monday, 29 November 2026</span> <a href="/login">Log in</a></div>"#;
        let related = r#"<div class="box"><h3>More news</h3><div class="item"><a href="/n1">The new bus line starts in May</a>
            <span>1 March 2021</span></div></div>"#;
        let day = |story: &str| {
            utc_article(&format!(
                "<html><head><title>Library stays open</title></head><body>{others}<div class=\"main\">{story}{related}</div></body></html>"
            ))
            .published
            .map(|p| p.value.date_naive().to_string())
        };
        // The bare `<footer>` of the `<article>` that holds the `<h1>`.
        assert_eq!(
            day(&format!(
                "<article><h1>Library stays open</h1>{story}<footer>Posted on March 4, 2021 by Ann Lee</footer></article>"
            ))
            .as_deref(),
            Some("2021-03-04")
        );
        // An old template's title in a `<div>`, no heading at all.
        assert_eq!(
            day(&format!(
                r#"<div class="post"><div class="post-title">Library stays open</div><div class="meta">4 March 2021</div>{story}</div>"#
            ))
            .as_deref(),
            Some("2021-03-04")
        );
    }

    #[test]
    fn the_sites_header_gives_no_date_and_a_header_that_shows_the_headline_does() {
        let story = "<p>The council met on Tuesday night and agreed, after a long debate about \
            costs and the views of residents, to keep the old library open for at least two more years.</p>"
            .repeat(3);
        let day = |body: &str| {
            utc_article(&format!(
                "<html><head><title>Library stays open</title></head><body>{body}</body></html>"
            ))
            .published
            .map(|p| p.value.date_naive().to_string())
        };
        // The banner's "today" (dailytrust.com.ng's header) is no date of the story's.
        let banner = r#"<header class="common"><a href="/">Town News</a><div class="date"><span>Sunday, April 9, 2017</span></div></header>"#;
        assert_eq!(
            day(&format!(
                r#"{banner}<div class="story"><h1>Library stays open</h1><span class="storydate">Publish Date: Apr  8 2017  8:16AM</span>{story}</div>"#
            ))
            .as_deref(),
            Some("2017-04-08")
        );
        // A hero `<header>` outside the story's block shows its headline and
        // its date (city-journal.org: the `<h1>` sits in a title bar above).
        assert_eq!(
            day(&format!(
                r#"<div class="bar"><h1>Library stays open</h1></div><header class="hero"><h2>Library stays open</h2>
                <span class="date">March 17, 2022</span></header><div class="body">{story}</div>
                <div class="card"><span class="summary">Russia's campaign may yet reach its aims.</span>
                <span class="author">Ann Lee</span> <span class="date">March 1, 2022</span></div>"#
            ))
            .as_deref(),
            Some("2022-03-17")
        );
    }

    #[test]
    fn archive_addresses_end_in_a_day_or_a_month() {
        for archive in [
            "/2019/04/14/",
            "/2019/04",
            "/archive/2021/3/4",
            "/hemeroteca/2020-12-25/",
            "/date/2021_03",
        ] {
            assert!(day_archive(archive), "{archive}");
        }
        for other in [
            "/2019/04/14/slug",
            "/",
            "/news/2019",
            "/p/123/45",
            "/2020-12-25-slug",
            "/tag/2021-x",
        ] {
            assert!(!day_archive(other), "{other}");
        }
    }

    #[test]
    fn a_headline_that_names_its_day_dates_an_undated_page() {
        let url = Url::parse("https://log.example.org/entry").unwrap();
        let html = "<html><body><h1>&gt;&gt;&gt; 2020-11-28 the verboten band</h1><p>Text.</p></body></html>";
        assert_eq!(
            published_of(html, &url),
            Some(("2020-11-28".to_string(), Source::Meta("date in the headline")))
        );
    }

    #[test]
    fn a_dateline_under_the_headline_with_no_class_gives_the_date() {
        let page = Url::parse("https://example.org/a").unwrap();
        let article = |html: &str| {
            let mut doc = Html::parse_document(html);
            extract_article(&mut doc, &page, &ArticleRules::default(), chrono_tz::Asia::Beirut)
        };
        let a = article(
            r#"<body><div class="head"><h1>Zelensky wants a deal</h1></div>
            <ul><li>By Al Mayadeen English</li><li>Source: News websites</li><li>31 Aug 2023 22:34</li><li>1 Shares</li></ul>
            <p>While not as secure as NATO membership, a security arrangement with the US would be a step forward.</p></body>"#,
        );
        assert_eq!(
            a.published.unwrap().value.to_rfc3339(),
            "2023-08-31T22:34:00+03:00"
        );
        let b = article(
            r#"<body><h1>Headline</h1><p>A long first paragraph that goes on and on about the talks and the war.</p>
            <p>Another.</p><p>And more.</p><p>Still more.</p><p>Again.</p><p>And again.</p><p>Once more.</p>
            <p>Then.</p><p>Later.</p><p>Later still.</p><p>Much later.</p><p>Very late.</p><p>3 Sep 2023</p></body>"#,
        );
        // Too far under the headline for a dateline; it is the page's one
        // date, the last resort, and said so.
        assert_eq!(
            b.published.map(|p| p.from),
            Some(Source::Meta("the page's one date"))
        );
    }

    /// The date of the article `html` at `url`, read with no rules in UTC:
    /// its day and where it came from.
    fn published_of(html: &str, url: &Url) -> Option<(String, Source)> {
        let mut doc = Html::parse_document(html);
        let got = extract_article(&mut doc, url, &ArticleRules::default(), Tz::UTC);
        got.published.map(|p| (p.value.date_naive().to_string(), p.from))
    }

    /// The day of the article `html` at `url` (empty if none).
    fn published_day(html: &str, url: &Url) -> String {
        published_of(html, url).map(|(day, _)| day).unwrap_or_default()
    }

    fn utc_article(html: &str) -> Article {
        let page = Url::parse("https://example.org/a").unwrap();
        let mut doc = Html::parse_document(html);
        extract_article(&mut doc, &page, &ArticleRules::default(), Tz::UTC)
    }

    #[test]
    fn a_dated_line_ending_in_a_name_is_the_byline_and_a_teasers_below_the_article_is_not() {
        let story = "<p>The council met on Tuesday night and agreed, after a long debate about \
            costs and the views of residents, to keep the old library open for at least two more years.</p>"
            .repeat(3);
        let page = |byline: &str, after: &str| {
            utc_article(&format!(
                r#"<html><body><table><tr><td><font size="4"><b>Library stays open</b></font><br>{byline}<br><br>
                {story}</td></tr></table><div><div><a href="/other"><h3>Another story</h3></a>
                <p>{after}</p></div></div></body></html>"#
            ))
        };
        let a = page("<i>Posted on June 2, 2020 by Omar Said</i>", "");
        assert_eq!(a.author.map(|f| f.value).as_deref(), Some("Omar Said"));
        assert_eq!(
            a.published.map(|f| f.value.date_naive().to_string()).as_deref(),
            Some("2020-06-02")
        );
        // A teaser's line below the article names another story's writer
        // (its labelled day is another rule's to weigh).
        let a = page("", "Published: May 11, 2022 By Rosemary Scott");
        assert!(a.author.is_none());
        assert!(a
            .published
            .is_none_or(|p| !matches!(p.from, Source::Meta("date in byline"))));
    }

    #[test]
    fn a_date_in_the_header_bar_above_the_headline_dates_the_page() {
        let a = utc_article(
            r#"<html lang="de"><body><nav><a href="/">Start</a> <span>Heute: 28.11.2026</span></nav>
            <div class="box"><div class="news-header"><span>22.03.2026 - 14:08</span> | <span>Quelle: Kicker</span></div>
            <div class="news-content"><div class="kicker">Mal schauen</div><h1>Wechselt er den Verband?</h1>
            <p>Der Stürmer hat sich noch nicht entschieden, für welches Land er künftig spielen möchte.</p></div></div></body></html>"#,
        );
        let published = a.published.unwrap();
        assert_eq!(published.value.to_rfc3339(), "2026-03-22T14:08:00+00:00");
        assert_eq!(published.from, Source::Meta("date above the headline"));
        // Above the headline only in a link or navigation: no date.
        let b = utc_article(
            r#"<body><nav><span>28.11.2026</span></nav><div><a href="/x">22.03.2026</a></div><h1>Headline</h1>
            <p>A first paragraph that goes on about the talks for a while, long enough to be the story.</p></body>"#,
        );
        assert!(b.published.is_none(), "{:?}", b.published);
    }

    #[test]
    fn blog_and_news_pages_date_forms() {
        // Hand-written in the shapes of Blogger, WordPress themes and news
        // sites in several languages; each page's date in one place only.
        for (want, html) in [
            (
                "2013-10-05",
                r#"<html lang="de"><body><div class="blog-posts"><h2 class="date-header"><span>Samstag, 5. Oktober 2013</span></h2><div class="post hentry"><h3 class="post-title entry-title">Herbst</h3><div class="post-body entry-content">Der Herbst ist da. Die Blätter fallen und es wird kalt, und wir gehen spazieren im Wald.</div><div class="post-footer">Eingestellt von <span class="fn">Anna</span> um <abbr class="published" title="2013-10-05T10:00:00+02:00">10:00</abbr></div></div></div></body></html>"#,
            ),
            (
                "2013-10-05",
                r#"<html lang="de"><body><div class="blog-posts"><h2 class="date-header"><span>Samstag, 5. Oktober 2013</span></h2><div class="post hentry"><h3 class="post-title entry-title">Herbst</h3><div class="post-body entry-content">Der Herbst ist da. Die Blätter fallen und es wird kalt, und wir gehen spazieren im Wald.</div></div></div></body></html>"#,
            ),
            (
                "2017-09-10",
                r#"<html lang="de"><body><article><h1>Titel</h1><p class="postmetadata">Veröffentlicht am 10. September 2017 von Anna</p><p>Ein langer Absatz über viele Dinge, die passiert sind, und noch mehr Text hier.</p></article></body></html>"#,
            ),
            (
                "2018-06-05",
                r#"<html lang="fr"><body><article><h1>Titre</h1><div class="entry-meta">Publié le mardi 5 juin 2018 par Jean</div><p>Un long paragraphe sur beaucoup de choses qui se sont passées, et encore du texte.</p></article></body></html>"#,
            ),
            (
                "2018-09-30",
                r#"<html lang="fr"><body><h1>Titre</h1><div class="info">Mis à jour le 1 octobre 2018</div><div class="meta">30 septembre 2018</div><p>Un long paragraphe sur beaucoup de choses qui se sont passées, et encore du texte.</p></body></html>"#,
            ),
            (
                "2015-08-25",
                r#"<html lang="de"><body><h1>Titel</h1><p>Bonn, am 25.08.2015 22:30 Uhr</p><p>Ein langer Absatz über viele Dinge, die passiert sind, und noch mehr Text hier.</p></body></html>"#,
            ),
            (
                "2021-10-11",
                r#"<html lang="de"><body><h1>Titel</h1><p>Ein langer Absatz über viele Dinge, die passiert sind, und noch mehr Text hier. Und noch mehr Text, der hier steht.</p><p>Bonn, 11.10.2021</p></body></html>"#,
            ),
            (
                "2022-11-02",
                r#"<html lang="de"><body><h1>Titel</h1><div class="stand">Stand: 2.11.22</div><p>Ein langer Absatz über viele Dinge, die passiert sind, und noch mehr Text hier.</p></body></html>"#,
            ),
            // A line longer than a dateline that ends in its day.
            (
                "2021-03-12",
                r#"<html lang="de"><body><h1>Titel</h1><div class="meta">Geschrieben von Anna Berg am 12. März 2021.</div><p>Ein langer Absatz über viele Dinge, die passiert sind, und noch mehr Text hier.</p></body></html>"#,
            ),
            // Such a line that says its day is an update's gives way to the one below it.
            (
                "2021-03-12",
                r#"<html lang="de"><body><h1>Titel</h1><div class="meta">Aktualisiert von der Redaktion am 14. März 2021.</div><div class="meta">12. März 2021</div><p>Ein langer Absatz über viele Dinge, die passiert sind, und noch mehr Text hier.</p></body></html>"#,
            ),
            (
                "2021-03-12",
                r#"<html lang="de"><body><h1>Titel</h1><p>Pressemitteilung Nr. 23/2021 vom 12.03.2021</p><p>Ein langer Absatz über viele Dinge, die passiert sind, und noch mehr Text hier.</p></body></html>"#,
            ),
            (
                "2019-05-12",
                r#"<html lang="en"><head><link rel="canonical" href="https://blog.example.org/2019/05/12/a-walk/"></head><body><h1>A walk</h1><p>A long paragraph about many things that happened, and then some more words.</p></body></html>"#,
            ),
            // A list of teasers in a box with no name, after the article; a
            // meta line's list whose item has a link besides the date.
            (
                "2019-03-14",
                r#"<html lang="de"><body><div class="article"><div class="kicker">Lokales · 14.03.2019, 10:30 Uhr</div><h1>Brücke wird saniert</h1><p>Ein langer Absatz über viele Dinge, die passiert sind, und noch mehr Text hier.</p></div><div class="box"><h2>Meistgelesen</h2><ul><li><a href="/a">Neue Buslinie</a> <span>12.03.2019</span></li><li><a href="/b">Stadtfest abgesagt</a></li></ul></div></body></html>"#,
            ),
            (
                "2019-03-03",
                r#"<html lang="en"><body><h1>Rainy Sunday</h1><ul class="meta"><li>March 3, 2019 · <a href="/rainy/comments/">2 comments</a></li><li>Ann</li></ul><p>A long paragraph about many things that happened, and then some more words.</p></body></html>"#,
            ),
            // A sidebar's most-read list below the article holds another day;
            // the page's own is above the headline, or only in its address.
            (
                "2019-03-14",
                r#"<html lang="de"><body><main><div class="article"><div class="kicker">Lokales · 14.03.2019, 10:30 Uhr</div><h1>Brücke wird saniert</h1><p>Ein langer Absatz über viele Dinge, die passiert sind, und noch mehr Text hier.</p></div></main><aside><h2>Meistgelesen</h2><ul><li><a href="/a">Neue Buslinie</a> <span>12.03.2019</span></li></ul></aside></body></html>"#,
            ),
            (
                "2019-03-14",
                r#"<html lang="de"><head><link rel="canonical" href="https://stadt.example/2019/03/14/bruecke/"></head><body><main><h1>Brücke wird saniert</h1><p>Ein langer Absatz über viele Dinge, die passiert sind, und noch mehr Text hier.</p></main><div class="most-read"><h2>Meistgelesen</h2><p>Neue Buslinie</p><p>12.03.2019</p></div></body></html>"#,
            ),
            (
                "2021-03-04",
                r#"<html lang="ja"><body><h1>題名</h1><p class="date">2021年3月4日</p><p>長い段落です。いろいろなことが起こりました。さらに多くの言葉がここにあります。</p></body></html>"#,
            ),
            (
                "2019-04-23",
                r#"<html lang="es"><body><h1>Título</h1><span class="fecha">23 de abril de 2019</span><p>Un párrafo largo sobre muchas cosas que pasaron, y luego algunas palabras más.</p></body></html>"#,
            ),
            (
                "2019-04-23",
                r#"<html lang="it"><body><h1>Titolo</h1><div class="data-articolo">23 aprile 2019</div><p>Un lungo paragrafo su molte cose che sono successe, e poi altre parole ancora.</p></body></html>"#,
            ),
            (
                "2019-04-23",
                r#"<html lang="nl"><body><h1>Titel</h1><span class="datum">23 april 2019</span><p>Een lange alinea over veel dingen die gebeurd zijn, en dan nog wat woorden.</p></body></html>"#,
            ),
            (
                "2019-04-23",
                r#"<html lang="pt"><body><h1>Título</h1><span class="data">23 de abril de 2019</span><p>Um parágrafo longo sobre muitas coisas que aconteceram, e mais algumas palavras.</p></body></html>"#,
            ),
            (
                "2016-03-08",
                r#"<html lang="en"><body><div class="post"><h2><a href="/p/1">A post</a></h2><div class="meta">Posted by admin on March 8th, 2016</div><div class="entry"><p>A long paragraph about many things that happened, and then some more words.</p></div></div></body></html>"#,
            ),
            (
                "2016-03-08",
                r#"<html lang="en"><body><div class="post"><h2>A post</h2><small>March 8th, 2016 at 10:12 am</small><div class="entry"><p>A long paragraph about many things that happened, and then some more words.</p></div></div></body></html>"#,
            ),
            (
                "2016-03-08",
                r#"<html lang="en"><body><h1>A post</h1><div class="byline">By Ann | Mar 8, 2016</div><p>A long paragraph about many things that happened, and then some more words.</p></body></html>"#,
            ),
            (
                "2016-03-08",
                r#"<html lang="en"><body><h1>A post</h1><p>A long paragraph about many things that happened, and then some more words.</p><div class="footer-meta">This entry was posted on Tuesday, March 8th, 2016 at 10:12 am and is filed under News.</div></body></html>"#,
            ),
            (
                "2016-03-08",
                r#"<html lang="de"><body><h1>Titel</h1><p>Ein langer Absatz über viele Dinge, die passiert sind, und noch mehr Text hier.</p><p class="meta">Dieser Eintrag wurde veröffentlicht am 08.03.2016 in Allgemein.</p></body></html>"#,
            ),
            (
                "2016-03-08",
                r#"<html><body><h1>A post</h1><div class="date"><span class="month">Mar</span> <span class="day">8</span> <span class="year">2016</span></div><p>A long paragraph about many things that happened, and then some more words.</p></body></html>"#,
            ),
            (
                "2016-03-08",
                r#"<html><head><script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","datePublished":"2016-03-08"</script></head><body><h1>A post</h1><p>A long paragraph.</p></body></html>"#,
            ),
            (
                "2016-03-08",
                r#"<html><head><meta name="date" content="08.03.2016"></head><body><h1>A post</h1><p>A long paragraph.</p></body></html>"#,
            ),
            (
                "2016-03-08",
                r#"<html lang="de"><head><meta name="date" content="2016-03-08T10:00:00+01:00"></head><body><h1>A post</h1><p>A long paragraph.</p></body></html>"#,
            ),
            (
                "2016-03-08",
                r#"<html lang="pl"><body><h1>Tytuł</h1><span class="date">8 marca 2016</span><p>Długi akapit o wielu rzeczach, które się wydarzyły, i jeszcze kilka słów.</p></body></html>"#,
            ),
            (
                "2016-03-08",
                r#"<html lang="en"><body><h1>A post</h1><p><em>Posted 3/8/2016</em></p><p>A long paragraph about many things that happened, and then some more words.</p></body></html>"#,
            ),
            (
                "2016-03-08",
                r#"<html lang="en-GB"><body><h1>A post</h1><p>8/3/2016</p><p>A long paragraph about many things that happened, and then some more words.</p></body></html>"#,
            ),
            (
                "2016-03-08",
                r#"<html><body><h1>A post</h1><p>A long paragraph about many things that happened, and then some more words.</p><script>window.__STATE__={"article":{"publishedAt":"2016-03-08T10:00:00Z"}}</script></body></html>"#,
            ),
            // A "timeago" element: relative text, the day in its title.
            (
                "2016-03-08",
                r#"<html><body><h1>A post</h1><span class="date timeago" title="2016-03-08T10:00:00Z">3 days ago</span><p>A long paragraph about many things that happened.</p></body></html>"#,
            ),
        ] {
            let a = utc_article(html);
            let got = a.published.map(|p| p.value.date_naive().to_string());
            assert_eq!(got.as_deref(), Some(want), "{html}");
        }
    }

    #[test]
    fn an_update_line_under_the_headline_gives_way_to_the_date_beside_it() {
        let day = |lines: &str| {
            let a = utc_article(&format!(
                r#"<html lang="fr"><body><h1>Titre de l'article</h1>{lines}
                <p>Un long paragraphe sur beaucoup de choses qui se sont passées, et encore du texte ici.</p></body></html>"#
            ));
            a.published.map(|p| p.value.date_naive().to_string())
        };
        assert_eq!(
            day("<div>Mis à jour le 1 octobre 2018</div><div>30 septembre 2018</div>").as_deref(),
            Some("2018-09-30")
        );
        // The update's date alone is the page's date all the same; a date
        // further down is something else's (a cited notice).
        assert_eq!(
            day("<div>Mis à jour le 1 octobre 2018</div><div>A</div><div>B</div><div>C</div><div>D</div><div>15 mars 2018</div>")
                .as_deref(),
            Some("2018-10-01")
        );
        // Both on one line, the update last: the line's last words are the
        // update's day, its publication's is before the update's label.
        assert_eq!(
            day("<span>Publié le 04 mars 2021 à 10h30 - Mis à jour le 05 mars 2021 à 08h12</span>")
                .as_deref(),
            Some("2021-03-04")
        );
        assert_eq!(
            day("<p>By Ann Lee. Published March 4, 2021 · Last updated March 5, 2021, 8:12 a.m.</p>")
                .as_deref(),
            Some("2021-03-04")
        );
    }

    #[test]
    fn a_page_that_shows_no_headline_is_dated_by_the_line_above_its_text() {
        let body = "<p>The council met on Tuesday night and agreed, after a long debate about costs and the views of residents, to keep the library open.</p>";
        let a = utc_article(&format!(
            r#"<html><head><title>Library stays open</title></head><body>
            <div class="topbar"><span>Monday, 29 November 2026</span> <a href="/login">Log in</a></div>
            <div class="meta">4 March 2021</div>{body}{body}</body></html>"#
        ));
        let published = a.published.unwrap();
        assert_eq!(published.value.date_naive().to_string(), "2021-03-04");
        assert_eq!(published.from, Source::Meta("date above the text"));
        // With a headline, the lines around it are read, not these.
        let a = utc_article(&format!(
            r#"<html><head><title>Library stays open</title></head><body><div class="meta">4 March 2021</div>
            <h1>Library stays open</h1>{body}{body}</body></html>"#
        ));
        assert_eq!(a.published.unwrap().from, Source::Meta("date above the headline"));
    }

    #[test]
    fn a_date_elements_day_before_a_change_label_is_the_publications() {
        // Over 60 characters with the change's day after it, in the block
        // after the text; the change's own element is inside.
        let a = utc_article(
            r#"<html><head><title>Library stays open</title></head><body><article><h1>Library stays open</h1>
            <p>The council met on Tuesday night and agreed, after a long debate about costs, to keep it open.</p>
            <div class="pubdate">25 december 2020 10:30 <span class="updatedate">Laatst bijgewerkt: 27 december 2020 08:12</span></div>
            </article></body></html>"#,
        );
        let published = a.published.unwrap();
        assert_eq!(published.value.to_rfc3339(), "2020-12-25T10:30:00+00:00");
        assert_eq!(published.from, Source::Meta("date in page"));
    }

    #[test]
    fn a_date_element_outside_the_story_gives_way_to_the_date_under_its_headline() {
        let day = |before: &str| {
            let a = utc_article(&format!(
                r#"<html><head><title>Library stays open</title></head><body>{before}<article><h2>Library stays open</h2>
                <div class="meta">4 March 2021</div><p>The council met on Tuesday night and agreed, after a long debate, to keep it open.</p></article></body></html>"#
            ));
            a.published.map(|p| (p.value.date_naive().to_string(), p.from))
        };
        let under = Some(("2021-03-04".to_string(), Source::Meta("date under the headline")));
        // A logo `<h1>` with the day's date beside it, outside any header.
        assert_eq!(
            day(
                r#"<h1 class="logo"><a href="/">Town News</a></h1><div class="date">Monday, 29 November 2026</div>"#
            ),
            under
        );
        // A teaser's date element above the story.
        assert_eq!(
            day(
                r#"<div class="latest"><div class="post-date">3 March 2021</div><a href="/x">Another story in town</a></div>"#
            ),
            under
        );
        // With nothing under the headline, such an element still dates the page.
        let a = utc_article(
            r#"<html><body><div class="date">3 March 2021</div><article><h1>Library stays open</h1>
            <p>The council met on Tuesday night and agreed, after a long debate, to keep it open.</p></article></body></html>"#,
        );
        assert_eq!(
            a.published.map(|p| p.value.date_naive().to_string()).as_deref(),
            Some("2021-03-03")
        );
    }

    #[test]
    fn an_update_line_with_a_byline_dates_the_page_and_the_storys_days_do_not() {
        let a = utc_article(
            r#"<html><body><article><h1>Library stays open</h1>
            <div class="author">Ann Lee</div><div class="entry-meta">Last updated on November 2, 2020 by Ann Lee</div>
            <p>The council met on Tuesday night and agreed, after a long debate that ran past midnight, to keep the town's library open.</p>
            <p>The library opened on June 28, 2019.</p></article></body></html>"#,
        );
        let published = a.published.unwrap();
        assert_eq!(published.value.date_naive().to_string(), "2020-11-02");
        assert_eq!(published.from, Source::Meta("date under the headline"));
    }

    #[test]
    fn a_sentence_below_the_text_that_names_a_day_in_passing_is_no_dateline() {
        let page = |line: &str| {
            utc_article(&format!(
                r#"<html><body><article><h1>Library stays open</h1>
                <p>The council met on Tuesday night and agreed, after a long debate that ran past midnight, to keep the town's library open.</p>
                <p>{line}</p></article></body></html>"#
            ))
            .published
            .map(|d| d.value.date_naive().to_string())
        };
        assert_eq!(page("The couple was married in London on June 28, 2019."), None);
        // A line of the post's own below its text, a byline's fields.
        for line in [
            "Geschrieben von Anna Berg am 12. März 2021.",
            "This story was first published on June 28, 2019.",
            "Ann Lee, Staff Writer | June 28, 2019.",
        ] {
            assert!(page(line).is_some(), "{line}");
        }
    }

    #[test]
    fn a_day_written_in_pieces_under_the_headline() {
        let a = utc_article(
            r#"<html><body><article><h1>A post</h1><div class="meta"><span class="m">March</span> <span class="d">4</span>, <span class="y">2024</span></div>
            <p>The first swallows came back today, a week earlier than last year.</p></article></body></html>"#,
        );
        let published = a.published.unwrap();
        assert_eq!(published.value.date_naive().to_string(), "2024-03-04");
        assert_eq!(published.from, Source::Meta("date under the headline"));
    }

    #[test]
    fn a_day_shown_in_a_link_to_the_page_itself_or_its_days_archive_dates_it() {
        // WordPress themes link the day to the permalink (or, Customizr, to
        // the day's archive), here with no `datetime`; a teaser's day in a
        // link to another story comes first and is not it.
        let page = Url::parse("https://blog.example.org/openvpn-2-7-released/").unwrap();
        let teaser = r#"<div class="more"><a href="/older-story/"><span class="entry-date">1 May 2019</span> Older story</a></div>"#;
        // The metadata gives only the last edit, so the rules that look
        // further afield stay silent: in a link elsewhere the day is not read.
        for (link, day) in [
            (
                r#"<a href="https://blog.example.org/openvpn-2-7-released/" rel="bookmark">"#,
                "2026-02-11",
            ),
            (
                r#"<a href="/openvpn-2-7-released?source=post_page">"#,
                "2026-02-11",
            ),
            (r#"<a href="https://blog.example.org/2026/02/11/">"#, "2026-02-11"),
            (r#"<a href="https://blog.example.org/older-story/">"#, ""),
            // The permalink of the story under the headline, at another
            // address than the page's (an old domain, a short link).
            (
                r#"<a href="https://old.example.org/?p=118" rel="bookmark">"#,
                "2026-02-11",
            ),
        ] {
            let html = format!(
                r#"<html><head><meta property="article:modified_time" content="2026-02-12T08:00:00+00:00"></head><body>{teaser}
                <div id="content"><header class="entry-header"><h1 class="entry-title">OpenVPN 2.7 released</h1>
                <div class="entry-meta">{link}<time class="entry-date published">February 11th, 2026</time></a></div></header>
                <div class="entry-content"><p>OpenVPN 2.7 adds TLS 1.3 support with the newest mbedTLS and multi-socket servers.</p></div></div></body></html>"#
            );
            assert_eq!(published_day(&html, &page), day, "{link}");
        }
        // A teaser's permalink is under the teaser's own title.
        let html = r#"<html><head><meta property="article:modified_time" content="2026-02-12T08:00:00+00:00"></head><body>
            <div id="content"><h1 class="entry-title">OpenVPN 2.7 released</h1>
            <div class="entry-content"><p>OpenVPN 2.7 adds TLS 1.3 support with the newest mbedTLS and multi-socket servers.</p></div>
            <div class="more"><h3>Older story</h3><a href="/older-story/" rel="bookmark"><time>1 May 2019</time></a></div></div></body></html>"#;
        assert_eq!(published_day(html, &page), "");
    }

    #[test]
    fn a_date_named_for_publishing_wins_over_a_header_bars_date() {
        let a = utc_article(
            r#"<html lang="ja"><body><div class="l-head"><div class="l-head_date">2018年6月20日（水）</div></div>
            <div id="main"><h1>米朝首脳直通電話</h1><p>トランプ米大統領は北朝鮮の金正恩委員長と直通電話で話す考えを示した。交渉の行方に注目が集まる。</p>
            <dl class="article_status"><dd class="cmnc-publish">2018/6/19 5:50</dd></dl></div></body></html>"#,
        );
        let published = a.published.unwrap();
        assert_eq!(published.value.to_rfc3339(), "2018-06-19T05:50:00+00:00");
        assert_eq!(published.from, Source::Meta("date in page"));
        // The change first, then the publication, in one dated line.
        let a = utc_article(
            r#"<html><body><article><h1>A post</h1><p class="dates">Updated March 9, 2024 · Published March 4, 2024</p>
            <p>The first swallows came back today, a week earlier than last year.</p></article></body></html>"#,
        );
        assert_eq!(a.published.unwrap().value.date_naive().to_string(), "2024-03-04");
    }

    #[test]
    fn a_day_the_title_names_dates_a_page_nothing_else_dates() {
        let a = utc_article(
            "<html><head><title>Bericht zur Coronalage vom 22.04.2020 – worauf wartet die Politik?</title></head>\
             <body><p>Ein langer erster Absatz, der von der Lage und den Zahlen berichtet, und weiter.</p></body></html>",
        );
        let published = a.published.unwrap();
        assert_eq!(published.value.date_naive().to_string(), "2020-04-22");
        assert_eq!(published.from, Source::Meta("date in the title"));
    }

    #[test]
    fn a_dateline_under_a_headline_that_is_no_h1() {
        let a = utc_article(
            r#"<html><head><title>A walk in the hills | Ann's notes</title><meta property="og:title" content="A walk in the hills"></head>
            <body><h2>Ann's notes</h2><div class="post"><h3>A walk in the hills</h3><p><small>3 March 2019 · 4 min</small></p>
            <p>We set off early, before the sun was up, with two flasks of tea and a map older than either of us.</p>
            <p>In other years: 12 May 2018 · 2 min</p></div></body></html>"#,
        );
        let published = a.published.unwrap();
        assert_eq!(published.value.date_naive().to_string(), "2019-03-03");
        assert_eq!(published.from, Source::Meta("date under the headline"));
    }

    #[test]
    fn a_title_loses_what_follows_the_headline_the_page_shows() {
        let page = |title: &str, h1s: &str| {
            utc_article(&format!(
                r#"<html><head><meta property="og:title" content="{title}"></head><body>{h1s}
                <p>A first paragraph long enough to be the story, and then some more words about the diary.</p></body></html>"#
            ))
            .title
            .unwrap()
            .value
        };
        // WordPress SEO's angle quote before the site's name.
        assert_eq!(
            page(
                "Grundeinkommen ist ein Menschenrecht! › Piratenpartei Mecklenburg-Vorpommern",
                r#"<h1 class="post-title">Grundeinkommen ist ein Menschenrecht!</h1>"#
            ),
            "Grundeinkommen ist ein Menschenrecht!"
        );
        // The site's name as the first <h1>, the headline as the second.
        assert_eq!(
            page(
                "Benefits of a daily diary and topic journals | Derek Sivers",
                r#"<h1><a href="https://sivers.org/">Derek Sivers</a></h1><h1>Benefits of a daily diary and topic journals</h1>"#
            ),
            "Benefits of a daily diary and topic journals"
        );
        assert_eq!(
            page(
                "2019 前端面试 | 知其然，并知其所以然 - 掘金",
                "<h1>2019 前端面试 | 知其然，并知其所以然</h1>"
            ),
            "2019 前端面试 | 知其然，并知其所以然"
        );
        // A glued hyphen before the site's name, and a headline in a script
        // written without spaces.
        assert_eq!(
            page(
                "短缺药品保供稳价全力保障临床用药需求-新华网",
                "<h1>短缺药品保供稳价全力保障临床用药需求</h1>"
            ),
            "短缺药品保供稳价全力保障临床用药需求"
        );
        // A hyphenated word is no separator: its first half is no headline.
        assert_eq!(
            page("COVID-19 vaccines arrive", "<h1>COVID</h1>"),
            "COVID-19 vaccines arrive"
        );
        // What follows a separator is never taken, even when an <h1> shows
        // it: that is the site's own name.
        assert_eq!(
            page(
                "Evolve: Shared Mutable History - Evolve extension for Mercurial",
                "<h1>Evolve extension for Mercurial</h1>"
            ),
            "Evolve: Shared Mutable History - Evolve extension for Mercurial"
        );
    }

    #[test]
    fn an_aside_that_holds_the_headline_is_the_articles_header() {
        // Its date is the page's, found where dates are named; a sidebar's is not.
        let a = utc_article(
            r#"<html lang="en"><body><aside class="hero"><h1>How we moved our API</h1><span class="author">Ann Lee -</span> <span class="date">June 10th, 2015</span></aside>
            <p>A long paragraph about many things that happened, and then some more words.</p>
            <aside class="widgets"><span class="date">May 2, 2016</span></aside></body></html>"#,
        );
        let published = a.published.unwrap();
        assert_eq!(published.value.at.date_naive().to_string(), "2015-06-10");
        assert_eq!(published.from.to_string(), "date in page");
    }

    #[test]
    fn the_text_does_not_open_with_the_items_title_again() {
        // What the extractor gives for a Drupal node: its title as an <h2>
        // inside the wrappers the sanitiser leaves.
        let drupal = "<div><div><article><h2><span>Rainy Sunday</span></h2>\n\n<div><p>Stayed in.</p></div></article></div></div>";
        assert_eq!(
            without_leading_title(drupal.into(), Some("Rainy Sunday")),
            "<div><div><article><div><p>Stayed in.</p></div></article></div></div>"
        );
        // A heading of its own stays, and a title with no text after it.
        let own = "<h2>What the week held</h2><p>Rain.</p>";
        assert_eq!(without_leading_title(own.into(), Some("Rainy Sunday")), own);
        assert_eq!(
            without_leading_title("<h2>Rainy Sunday</h2>".into(), Some("Rainy Sunday")),
            "<h2>Rainy Sunday</h2>"
        );
    }

    #[test]
    fn a_cms_submitted_by_line_names_the_author() {
        let author = |line: &str| {
            utc_article(&format!(
                r#"<html><head><title>Rainy Sunday</title></head><body><article><h2>Rainy Sunday</h2>{line}
                <div class="node__content"><p>Stayed in all day with a book and tea, and the garden can wait until next week.</p></div>
                </article></body></html>"#
            ))
            .author
            .map(|a| a.value)
        };
        // Drupal 8, its name in RDFa; Drupal 7; a theme's plain line.
        let drupal8 = r#"<footer class="node__meta"><div class="node__submitted">Submitted by <span class="field--name-uid"><span property="schema:name">Ann Lee</span></span> on <span>Sun, 03/03/2019 - 16:12</span></div></footer>"#;
        assert_eq!(author(drupal8).as_deref(), Some("Ann Lee"));
        let drupal7 = r#"<div class="submitted">Submitted by <span class="username">ann_lee</span> on Sun, 03/03/2019 - 16:12</div>"#;
        assert_eq!(author(drupal7).as_deref(), Some("ann_lee"));
        let plain = r#"<p class="meta">Posted by Ann Lee on March 3, 2019</p>"#;
        assert_eq!(author(plain).as_deref(), Some("Ann Lee"));
        // A German byline line with no class; "Von Miller" alone is a name, no byline.
        assert_eq!(author("<p>Von Jonas Berg</p>").as_deref(), Some("Jonas Berg"));
        assert_eq!(author("<p>Von Miller</p>"), None);
    }

    /// The title of a page with `head` as its `<title>` and `body` above a paragraph.
    fn title(head: &str, body: &str) -> String {
        utc_article(&format!(
            r#"<html><head><title>{head}</title></head><body>{body}
            <p>Stayed in all day with a book and tea, and the garden can wait until next week.</p></body></html>"#
        ))
        .title
        .unwrap()
        .value
    }

    #[test]
    fn a_link_home_names_the_site_a_title_is_cut_from() {
        // Tumblr: the blog's name is the <h1>, a link home; the post's title an <h2>.
        assert_eq!(
            title(
                "Ann's notes — Rainy Sunday",
                r#"<h1><a href="https://annsnotes.example/">Ann's notes</a></h1><h2 class="title">Rainy Sunday</h2>"#
            ),
            "Rainy Sunday"
        );
        // Drupal: the logo is a link home with the site's name, the title an <h2>.
        assert_eq!(
            title(
                "Rainy Sunday | Leeds Allotment Society",
                r#"<a href="/" rel="home" class="site-logo">Leeds Allotment Society</a><h2>Rainy Sunday</h2>"#
            ),
            "Rainy Sunday"
        );
        // A link elsewhere names no site (and a headline set as plain text
        // tells no part from the other).
        assert_eq!(
            title(
                "Rainy Sunday | Leeds Allotment Society",
                r#"<a href="/about/">Leeds Allotment Society</a><p>Rainy Sunday</p>"#
            ),
            "Rainy Sunday | Leeds Allotment Society"
        );
    }

    #[test]
    fn the_part_of_a_title_the_page_sets_as_its_headline_is_the_headline() {
        // Ghost: a one-word headline, the site's name a link home.
        assert_eq!(
            title(
                "Seniority – The Long Read",
                r#"<a class="gh-head-logo" href="/">The Long Read</a><h1 class="article-title">Seniority</h1>"#
            ),
            "Seniority"
        );
        // A table layout: the logo an image, the headline bold and large.
        assert_eq!(
            title(
                "Free Market Vaccines – Our Town Online",
                r#"<table><tr><td><img src="/banner.gif" alt="Our Town Online"></td></tr><tr><td>
                <font size="4"><b>Free Market Vaccines</b></font><br><i>Posted March 4, 2021</i></td></tr>
                <tr><td><font size="1">Copyright 2003 Our Town Online.</font></td></tr></table>"#
            ),
            "Free Market Vaccines"
        );
        // An author's name standing alone in a byline is no headline, nor is
        // a section's name in a menu.
        assert_eq!(
            title(
                "Free Market Vaccines – Ann Lee",
                r#"<nav><ul><li><span>Free Market Vaccines</span></li></ul></nav><p class="byline"><span>Ann Lee</span></p>"#
            ),
            "Free Market Vaccines – Ann Lee"
        );
        // A diary's name as its heading, the entry's title beside it: the
        // title's own order decides.
        assert_eq!(
            title(
                "Ann's garden diary - The first frost came early this year and took the dahlias",
                r#"<h1>Ann's garden diary</h1><h3><a href="./p1.html">■</a> The first frost came early this year and took the dahlias</h3>"#
            ),
            "The first frost came early this year and took the dahlias"
        );
        // A spaced colon before a blog host's name (Naver's "... : 네이버
        // 블로그"), the headline set in a title-named block; a French
        // headline's own spaced colon, shown whole as the `<h1>`, stays.
        assert_eq!(
            title(
                "첫 서리가 일찍 왔다 : 네이버 블로그",
                r#"<h1 class="blog-title"><a href="/">정원 일기</a></h1><div class="se-title-text"><p><span>첫 서리가 일찍 왔다</span></p></div>"#
            ),
            "첫 서리가 일찍 왔다"
        );
        assert_eq!(
            title(
                "Covid : le point sur la rentrée",
                r#"<span class="kicker"><b>Covid</b></span><h1>Covid : le point sur la rentrée</h1>"#
            ),
            "Covid : le point sur la rentrée"
        );
    }

    #[test]
    fn a_lone_title_shown_nowhere_gives_way_to_the_one_two_sources_and_the_page_show() {
        let page = |head: &str| {
            utc_article(&format!(
                r#"<html><head>{head}</head><body><h1>Hermitian matrix</h1>
                <p>A first paragraph long enough to be the story, and then some more words about matrices.</p></body></html>"#
            ))
            .title
            .unwrap()
            .value
        };
        let ld = r#"<script type="application/ld+json">{"@type":"Article","name":"Hermitian matrix","headline":"matrix equal to its conjugate-transpose"}</script>"#;
        // Wikipedia: the JSON-LD "headline" is the article's description.
        assert_eq!(
            page(&format!(
                r#"{ld}<meta property="og:title" content="Hermitian matrix - Wikipedia"><title>Hermitian matrix - Wikipedia</title>"#
            )),
            "Hermitian matrix"
        );
        // The JSON-LD "name" and the <title> (cut to the part the page sets
        // as its heading) are two.
        assert_eq!(
            page(&format!("{ld}<title>Hermitian matrix - Wikipedia</title>")),
            "Hermitian matrix"
        );
        // One other source that agrees with the page is not enough.
        let ld_headline_only = ld.replace(r#""name":"Hermitian matrix","#, "");
        assert_eq!(
            page(&format!(
                "{ld_headline_only}<title>Hermitian matrix - Wikipedia</title>"
            )),
            "matrix equal to its conjugate-transpose"
        );
        // Nor where the first title is told twice.
        assert_eq!(
            page(
                r#"<meta property="og:title" content="Seven secrets"><meta name="twitter:title" content="Seven secrets"><title>Hermitian matrix</title>"#
            ),
            "Seven secrets"
        );
    }

    #[test]
    fn a_publisher_or_an_address_as_author_gives_way_to_the_byline() {
        let page = |author: &str, byline: &str| {
            utc_article(&format!(
                r#"<html><head><meta property="og:site_name" content="Cloud Watch"><meta name="author" content="{author}"></head>
                <body><h1>Headline of the story</h1><div class="byline">{byline}</div>
                <p>A first paragraph long enough to be the story, with more words about the cloud and the watch.</p></body></html>"#
            ))
            .author
            .map(|f| (f.value, f.from))
        };
        let byline = |name: &str| Some((name.to_string(), Source::Meta("byline")));
        assert_eq!(page("株式会社インプレス", "三柳 英樹"), byline("三柳 英樹"));
        assert_eq!(
            page("Frankfurter Allgemeine Zeitung GmbH", "Von Constanze Kurz"),
            byline("Constanze Kurz")
        );
        assert_eq!(page("Cloud Watch", "By Ann Lee"), byline("Ann Lee"));
        // utc_article's page is at example.org.
        assert_eq!(page("豆果美食 www.example.org", "Fomney"), byline("Fomney"));
        assert_eq!(
            page("https://www.facebook.com/ann", "By Ann Lee"),
            byline("Ann Lee")
        );
        // A person named in the metadata stays; a publisher stays where the
        // byline names no one.
        assert_eq!(
            page("Jane Roe", "By Ann Lee"),
            Some(("Jane Roe".to_string(), Source::Meta("meta author")))
        );
        assert_eq!(
            page("Cloud Watch", "Publicado"),
            Some(("Cloud Watch".to_string(), Source::Meta("meta author")))
        );
        assert_eq!(
            page("Cloud Watch", "Ann Lee 2 comments"),
            Some(("Cloud Watch".to_string(), Source::Meta("meta author")))
        );
    }

    #[test]
    fn a_pictures_credit_is_not_the_byline() {
        let a = utc_article(
            r#"<html><body><h1>Bramkarz zostaje</h1><figure><img src="/a.jpg"><figcaption>
            <span class="author">Autor: Cyfrasport</span><span class="title">Bramkarz Śląska</span></figcaption></figure>
            <div class="article-author"><a href="/autor/marcin">Marcin Szczepański</a></div>
            <p>Bramkarz zostaje w klubie na kolejny sezon, a trener jest z tego bardzo zadowolony, jak mówi.</p></body></html>"#,
        );
        assert_eq!(a.author.map(|f| f.value).as_deref(), Some("Marcin Szczepański"));
    }

    #[test]
    fn slashed_dates_follow_the_page_language() {
        let page = |lang: &str| {
            utc_article(&format!(
                r#"<html lang="{lang}"><body><h1>Titre</h1><div class="date">Publié le 05/06/2018 à 14h30</div>
                <p>Un premier paragraphe assez long pour être le corps de l'article, et qui continue encore.</p></body></html>"#
            ))
        };
        let day = |a: Article| a.published.unwrap().value.naive_local().to_string();
        assert_eq!(day(page("fr")), "2018-06-05 14:30:00");
        assert_eq!(day(page("en-US")), "2018-05-06 14:30:00");
    }

    #[test]
    fn a_utc_instant_is_shown_at_the_offset_the_page_writes_it_with() {
        let head =
            r#"<head><meta property="article:published_time" content="2016-12-23T00:47:31+00:00"></head>"#;
        let shown = |line: &str| {
            utc_article(&format!(
                r#"<html>{head}<body><h1>Two arrested</h1><div class="byline">By Mike Cason</div><div class="meta">{line}</div>
                <p>Two people were arrested on Thursday in a case that reached across several states, police said.</p></body></html>"#
            ))
            .published
            .unwrap()
        };
        // The clock time the page shows is the instant six hours west.
        let p = shown("Dec. 22, 2016, 6:47 p.m.");
        assert_eq!(p.value.to_rfc3339(), "2016-12-22T18:47:31-06:00");
        assert_eq!(p.from, Source::Meta("article:published_time"));
        // A <time> of the same instant with its offset.
        let p = shown(r#"<time datetime="2016-12-22T19:47:31-05:00">Yesterday</time>"#);
        assert_eq!(p.value.to_rfc3339(), "2016-12-22T19:47:31-05:00");
        // A time that is not the instant in any zone (7 minutes off a
        // quarter hour), and a day alone, leave it in UTC.
        assert_eq!(
            shown("Dec. 22, 2016, 6:54 p.m.").value.to_rfc3339(),
            "2016-12-23T00:47:31+00:00"
        );
        assert_eq!(
            shown("Dec. 22, 2016").value.to_rfc3339(),
            "2016-12-23T00:47:31+00:00"
        );
    }

    #[test]
    fn merge_prefers_rules_then_page_metadata() {
        let rule = Found {
            value: "list".to_string(),
            from: Source::Rule("h3".into()),
        };
        let meta = Found {
            value: "page".to_string(),
            from: Source::Meta("og:title"),
        };
        let list = Article {
            title: Some(rule.clone()),
            author: None,
            ..Default::default()
        };
        let page = Article {
            title: Some(meta.clone()),
            author: Some(meta.clone()),
            ..Default::default()
        };
        let m = Article::merge(list, page);
        assert_eq!(m.title.unwrap().value, "list");
        assert_eq!(m.author.unwrap().value, "page");
    }
}
