//! Feed files: RSS 2.0 and Atom 1.0 built with the `rss` and
//! `atom_syndication` types (they do all escaping), written atomically.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use url::Url;

use crate::config::{Dir, Format};
use crate::extract::{Enclosure, FeedItem};

pub const GENERATOR: &str = concat!("pagefeed ", env!("CARGO_PKG_VERSION"));
const MEDIA_NS: &str = "http://search.yahoo.com/mrss/";
/// What a feed says about itself.
#[derive(Debug, Clone)]
pub struct FeedMeta {
    pub id: String,
    pub title: String,
    pub description: Option<String>,
    /// The site page the feed is made from.
    pub site_url: Url,
    pub language: Option<String>,
    /// Where the output folder is served, for self links.
    pub base_url: Option<Url>,
    /// The newest change among the items.
    pub updated: DateTime<FixedOffset>,
    /// The stylesheet RSS and Atom files point browsers to, relative to them.
    pub stylesheet: Option<String>,
    /// The WebSub hub the feed names (only with self links).
    pub hub: Option<Url>,
}

impl FeedMeta {
    pub fn self_url(&self, format: Format) -> Option<Url> {
        let base = self.base_url.as_ref()?;
        base.join(&format!("{}.{}", self.id, format.extension())).ok()
    }
}

/// The date an item sorts and is dated by: published, else updated.
pub fn item_date(item: &FeedItem) -> Option<DateTime<FixedOffset>> {
    item.published.or(item.updated)
}

/// Removes the characters XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF);
/// the writers escape everything else.
pub fn xml_safe(s: &str) -> String {
    s.chars()
        .filter(|&c| matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}'))
        .collect()
}

/// An RSS title: readers differ on whether it is text or HTML, so a title
/// that HTML would misread (`<img ...>`, `3 < 5`, `&amp;` as a word) is
/// escaped as HTML, and any other is left as text ("AT&T" reads the same
/// either way).
fn rss_title(title: &str) -> String {
    static ENTITY: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"&(#?[A-Za-z0-9]+);").unwrap());
    if title.contains('<') || title.contains('>') || ENTITY.is_match(title) {
        escape_html(title)
    } else {
        title.to_string()
    }
}

/// Text as HTML that shows it: `3 < 5` stays text, `<img onerror>` too.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn opt_safe(s: &Option<String>) -> Option<String> {
    s.as_deref().map(xml_safe)
}

/// The image's MIME type, guessed from its file name.
fn image_mime(url: &Url) -> &'static str {
    let path = url.path().to_ascii_lowercase();
    match path.rsplit('.').next() {
        Some("png") => "image/png",
        Some("gif") => "image/gif",
        Some("webp") => "image/webp",
        Some("avif") => "image/avif",
        Some("svg") => "image/svg+xml",
        _ => "image/jpeg",
    }
}

/// RSS 2.0 with `content:encoded`, `dc:creator`, `media:content` and an
/// `atom:link rel=self` when the feed's URL is known.
pub fn rss(meta: &FeedMeta, items: &[FeedItem]) -> String {
    use rss::extension::atom::{AtomExtension, Link};
    use rss::extension::dublincore::DublinCoreExtension;
    use rss::extension::Extension;

    let mut channel = rss::Channel {
        title: xml_safe(&meta.title),
        link: meta.site_url.to_string(),
        description: xml_safe(
            meta.description
                .as_deref()
                .unwrap_or(&format!("Articles from {}", meta.site_url)),
        ),
        language: opt_safe(&meta.language),
        last_build_date: Some(meta.updated.to_rfc2822()),
        generator: Some(GENERATOR.to_string()),
        ..Default::default()
    };
    if let Some(url) = meta.self_url(Format::Rss) {
        let mut links = vec![Link {
            href: url.to_string(),
            rel: "self".into(),
            mime_type: Some("application/rss+xml".into()),
            ..Default::default()
        }];
        if let Some(hub) = &meta.hub {
            links.push(Link {
                href: hub.to_string(),
                rel: "hub".into(),
                ..Default::default()
            });
        }
        channel.atom_ext = Some(AtomExtension { links });
    }
    let mut uses_media = false;
    channel.items = items
        .iter()
        .map(|item| {
            let mut out = rss::Item {
                title: Some(rss_title(&xml_safe(&item.title))),
                link: Some(item.link.to_string()),
                guid: Some(rss::Guid {
                    value: item.link.to_string(),
                    permalink: true,
                }),
                pub_date: item_date(item).map(|d| d.to_rfc2822()),
                // Readers render an RSS description as HTML; the summary is text.
                description: item.summary.as_deref().map(|s| escape_html(&xml_safe(s))),
                content: opt_safe(&item.content_html),
                categories: item
                    .tags
                    .iter()
                    .map(|t| rss::Category {
                        name: xml_safe(t),
                        domain: None,
                    })
                    .collect(),
                // RSS carries one enclosure per item: the first.
                enclosure: item.enclosures.first().map(|e| rss::Enclosure {
                    url: e.url.to_string(),
                    length: e.length.to_string(),
                    mime_type: xml_safe(&e.mime),
                }),
                ..Default::default()
            };
            if let Some(author) = &item.author {
                out.dublin_core_ext = Some(DublinCoreExtension {
                    creators: vec![xml_safe(author)],
                    ..Default::default()
                });
            }
            if let Some(image) = &item.image {
                uses_media = true;
                let content = Extension {
                    name: "media:content".into(),
                    attrs: BTreeMap::from([
                        ("url".to_string(), image.to_string()),
                        ("medium".to_string(), "image".to_string()),
                        ("type".to_string(), image_mime(image).to_string()),
                    ]),
                    ..Default::default()
                };
                out.extensions = BTreeMap::from([(
                    "media".to_string(),
                    BTreeMap::from([("content".to_string(), vec![content])]),
                )]);
            }
            out
        })
        .collect();
    if uses_media {
        channel.namespaces.insert("media".into(), MEDIA_NS.into());
    }
    let mut buf = Vec::new();
    channel
        .pretty_write_to(&mut buf, b' ', 2)
        .expect("writing to memory cannot fail");
    String::from_utf8(buf).expect("rss writes UTF-8")
}

/// Atom 1.0: every entry has an id, `updated` and (through the feed) an author.
pub fn atom(meta: &FeedMeta, items: &[FeedItem]) -> String {
    use atom_syndication::{Category, Content, Entry, Feed, Generator, Link, Person, Text};

    let link = |href: String, rel: &str, mime: Option<&str>| Link {
        href,
        rel: rel.to_string(),
        mime_type: mime.map(str::to_string),
        ..Default::default()
    };
    let self_url = meta.self_url(Format::Atom);
    let mut links = vec![link(meta.site_url.to_string(), "alternate", Some("text/html"))];
    if let Some(url) = &self_url {
        links.insert(0, link(url.to_string(), "self", Some("application/atom+xml")));
        if let Some(hub) = &meta.hub {
            links.push(link(hub.to_string(), "hub", None));
        }
    }
    let entries = items
        .iter()
        .map(|item| {
            let published = item.published.or(item.updated);
            let mut links = vec![link(item.link.to_string(), "alternate", Some("text/html"))];
            if let Some(image) = &item.image {
                links.push(link(image.to_string(), "enclosure", Some(image_mime(image))));
            }
            for e in &item.enclosures {
                links.push(Link {
                    length: (e.length > 0).then(|| e.length.to_string()),
                    ..link(e.url.to_string(), "enclosure", Some(&xml_safe(&e.mime)))
                });
            }
            Entry {
                id: item.link.to_string(),
                title: Text::plain(xml_safe(&item.title)),
                updated: item.updated.or(item.published).unwrap_or(meta.updated),
                published,
                authors: item
                    .author
                    .iter()
                    .map(|a| Person {
                        name: xml_safe(a),
                        ..Default::default()
                    })
                    .collect(),
                links,
                summary: item.summary.as_deref().map(|s| Text::plain(xml_safe(s))),
                content: item.content_html.as_deref().map(|c| Content {
                    value: Some(xml_safe(c)),
                    content_type: Some("html".into()),
                    ..Default::default()
                }),
                categories: item
                    .tags
                    .iter()
                    .map(|t| Category {
                        term: xml_safe(t),
                        ..Default::default()
                    })
                    .collect(),
                ..Default::default()
            }
        })
        .collect();
    let feed = Feed {
        id: self_url
            .map(|u| u.to_string())
            .unwrap_or_else(|| format!("urn:pagefeed:{}", meta.id)),
        title: Text::plain(xml_safe(&meta.title)),
        subtitle: meta.description.as_deref().map(|d| Text::plain(xml_safe(d))),
        updated: meta.updated,
        authors: vec![Person {
            name: xml_safe(&meta.title),
            uri: Some(meta.site_url.to_string()),
            ..Default::default()
        }],
        links,
        generator: Some(Generator {
            value: "pagefeed".into(),
            version: Some(env!("CARGO_PKG_VERSION").into()),
            ..Default::default()
        }),
        lang: opt_safe(&meta.language),
        entries,
        ..Default::default()
    };
    let mut buf = Vec::new();
    feed.write_with_config(
        &mut buf,
        atom_syndication::WriteConfig {
            write_document_declaration: true,
            indent_size: Some(2),
        },
    )
    .expect("writing to memory cannot fail");
    String::from_utf8(buf).expect("atom writes UTF-8")
}

/// The text of `format` for a feed.
pub fn render(format: Format, meta: &FeedMeta, items: &[FeedItem]) -> String {
    match format {
        Format::Rss => with_stylesheet(rss(meta, items), meta),
        Format::Atom => with_stylesheet(atom(meta, items), meta),
        Format::Json => json_feed(meta, items),
    }
}

/// Adds an `xml-stylesheet` processing instruction after the XML
/// declaration. Neither feed crate writes processing instructions, and the
/// instruction changes nothing a feed reader reads.
fn with_stylesheet(xml: String, meta: &FeedMeta) -> String {
    let Some(href) = &meta.stylesheet else {
        return xml;
    };
    let pi = format!(
        "<?xml-stylesheet type=\"text/xsl\" href=\"{}\"?>",
        href.replace('"', "%22")
    );
    match xml.find("?>") {
        Some(end) if xml.starts_with("<?xml") => format!("{}\n{pi}{}", &xml[..end + 2], &xml[end + 2..]),
        _ => format!("{pi}\n{xml}"),
    }
}

/// JSON Feed 1.1 (<https://www.jsonfeed.org/version/1.1/>).
#[derive(serde::Serialize)]
struct JsonFeed<'a> {
    version: &'static str,
    title: &'a str,
    home_page_url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    feed_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'a str>,
    authors: Vec<JsonAuthor<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    hubs: Vec<JsonHub>,
    items: Vec<JsonItem<'a>>,
}

#[derive(serde::Serialize)]
struct JsonHub {
    #[serde(rename = "type")]
    kind: &'static str,
    url: String,
}

#[derive(serde::Serialize)]
struct JsonAuthor<'a> {
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
}

#[derive(serde::Serialize)]
struct JsonItem<'a> {
    id: String,
    url: String,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    content_html: Option<&'a str>,
    /// Required when there is no HTML content.
    #[serde(skip_serializing_if = "Option::is_none")]
    content_text: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_modified: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    authors: Vec<JsonAuthor<'a>>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    tags: &'a [String],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    attachments: Vec<JsonAttachment>,
}

#[derive(serde::Serialize)]
struct JsonAttachment {
    url: String,
    mime_type: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    size_in_bytes: Option<u64>,
}

pub fn json_feed(meta: &FeedMeta, items: &[FeedItem]) -> String {
    let feed = JsonFeed {
        version: "https://jsonfeed.org/version/1.1",
        title: &meta.title,
        home_page_url: meta.site_url.to_string(),
        feed_url: meta.self_url(Format::Json).map(|u| u.to_string()),
        hubs: meta
            .hub
            .iter()
            .filter(|_| meta.base_url.is_some())
            .map(|h| JsonHub {
                kind: "WebSub",
                url: h.to_string(),
            })
            .collect(),
        description: meta.description.as_deref(),
        language: meta.language.as_deref(),
        authors: vec![JsonAuthor {
            name: &meta.title,
            url: Some(meta.site_url.to_string()),
        }],
        items: items
            .iter()
            .map(|item| JsonItem {
                id: item.link.to_string(),
                url: item.link.to_string(),
                title: &item.title,
                content_html: item.content_html.as_deref(),
                content_text: match item.content_html {
                    Some(_) => None,
                    None => Some(item.summary.as_deref().unwrap_or(&item.title)),
                },
                summary: item.summary.as_deref(),
                image: item.image.as_ref().map(Url::to_string),
                date_published: item.published.map(|d| d.to_rfc3339()),
                date_modified: item.updated.map(|d| d.to_rfc3339()),
                authors: item
                    .author
                    .iter()
                    .map(|a| JsonAuthor { name: a, url: None })
                    .collect(),
                tags: &item.tags,
                attachments: item
                    .enclosures
                    .iter()
                    .map(|e| JsonAttachment {
                        url: e.url.to_string(),
                        mime_type: e.mime.clone(),
                        size_in_bytes: (e.length > 0).then_some(e.length),
                    })
                    .collect(),
            })
            .collect(),
    };
    let mut json = serde_json::to_string_pretty(&feed).expect("a JSON feed serialises");
    json.push('\n');
    json
}

/// Where a feed's file of `format` goes. Ids are validated to be plain file
/// names, so this stays inside `dir`.
pub fn output_name(id: &str, format: Format) -> String {
    debug_assert!(crate::config::valid_id(id));
    format!("{id}.{}", format.extension())
}

/// The items of a feed published before, read back from its Atom file (or
/// its RSS file), newest first as written.
pub fn read_published(dir: &Dir, id: &str, formats: &[Format]) -> Vec<FeedItem> {
    let mut order = formats.to_vec();
    order.sort_by_key(|f| *f != Format::Atom);
    for format in order {
        let Ok(Some(bytes)) = dir.read(&output_name(id, format)) else {
            continue;
        };
        let items = match format {
            Format::Atom => atom_syndication::Feed::read_from(&bytes[..])
                .ok()
                .map(|f| f.entries.iter().filter_map(item_from_entry).collect::<Vec<_>>()),
            Format::Rss => rss::Channel::read_from(&bytes[..])
                .ok()
                .map(|c| c.items.iter().filter_map(item_from_rss).collect::<Vec<_>>()),
            Format::Json => None,
        };
        if let Some(items) = items {
            return items;
        }
    }
    Vec::new()
}

fn item_from_entry(e: &atom_syndication::Entry) -> Option<FeedItem> {
    let link = e
        .links
        .iter()
        .find(|l| l.rel == "alternate")
        .map(|l| l.href.as_str())
        .unwrap_or(&e.id);
    // The image is the enclosure that is an image; audio and video are enclosures.
    let image = e
        .links
        .iter()
        .find(|l| l.rel == "enclosure" && l.mime_type.as_deref().is_none_or(|m| m.starts_with("image/")))
        .and_then(|l| Url::parse(&l.href).ok());
    Some(FeedItem {
        title: e.title.value.clone(),
        link: Url::parse(link).ok()?,
        published: e.published,
        // `updated` was filled from `published` when the page gave none.
        updated: Some(e.updated).filter(|u| Some(*u) != e.published),
        author: e.authors.first().map(|a| a.name.clone()),
        summary: e.summary.as_ref().map(|s| s.value.clone()),
        content_html: e.content.as_ref().and_then(|c| c.value.clone()),
        image,
        tags: e.categories.iter().map(|c| c.term.clone()).collect(),
        enclosures: e
            .links
            .iter()
            .filter(|l| l.rel == "enclosure")
            .filter_map(|l| {
                let mime = l.mime_type.clone()?;
                (mime.starts_with("audio/") || mime.starts_with("video/")).then_some(Enclosure {
                    url: Url::parse(&l.href).ok()?,
                    length: l.length.as_deref().and_then(|n| n.parse().ok()).unwrap_or(0),
                    mime,
                })
            })
            .collect(),
    })
}

fn item_from_rss(i: &rss::Item) -> Option<FeedItem> {
    let image = i
        .extensions
        .get("media")
        .and_then(|m| m.get("content"))
        .and_then(|c| c.first())
        .and_then(|c| c.attrs.get("url"))
        .and_then(|u| Url::parse(u).ok());
    Some(FeedItem {
        title: i
            .title
            .as_deref()
            .map(crate::extract::html::html_to_text)
            .unwrap_or_default(),
        link: Url::parse(i.link.as_deref()?).ok()?,
        published: i
            .pub_date
            .as_deref()
            .and_then(|d| DateTime::parse_from_rfc2822(d).ok()),
        updated: None,
        author: i
            .dublin_core_ext
            .as_ref()
            .and_then(|d| d.creators.first().cloned()),
        summary: i.description.as_deref().map(crate::extract::html::html_to_text),
        content_html: i.content.clone(),
        image,
        tags: i.categories.iter().map(|c| c.name.clone()).collect(),
        enclosures: i
            .enclosure
            .iter()
            .filter_map(|e| {
                Some(Enclosure {
                    url: Url::parse(&e.url).ok()?,
                    length: e.length.parse().unwrap_or(0),
                    mime: e.mime_type.clone(),
                })
            })
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> (FeedMeta, Vec<FeedItem>) {
        let d = DateTime::parse_from_rfc3339("2023-08-31T22:34:00+03:00").unwrap();
        let meta = FeedMeta {
            id: "news".into(),
            title: "News & more".into(),
            description: None,
            site_url: Url::parse("https://example.org/news").unwrap(),
            language: Some("en".into()),
            base_url: Some(Url::parse("https://feeds.example.org/").unwrap()),
            updated: d,
            stylesheet: Some("feed.xsl".into()),
            hub: Some(Url::parse("https://hub.example.org/").unwrap()),
        };
        let item = FeedItem {
            title: "A <b>bold</b>\u{1} claim".into(),
            link: Url::parse("https://example.org/a").unwrap(),
            published: Some(d),
            updated: None,
            author: Some("Ann".into()),
            summary: Some("Lead".into()),
            content_html: Some("<p>Body &amp; soul</p>".into()),
            image: Some(Url::parse("https://example.org/i.png").unwrap()),
            tags: vec!["x".into()],
            enclosures: Vec::new(),
        };
        (meta, vec![item])
    }

    #[test]
    fn rss_has_every_field() {
        let (meta, items) = sample();
        let xml = rss(&meta, &items);
        let ch = rss::Channel::read_from(xml.as_bytes()).unwrap();
        assert_eq!(ch.title, "News & more");
        let it = &ch.items[0];
        // Markup in a title is text, escaped as HTML for readers that read it as HTML.
        assert_eq!(it.title.as_deref(), Some("A &lt;b&gt;bold&lt;/b&gt; claim"));
        assert_eq!(it.pub_date.as_deref(), Some("Thu, 31 Aug 2023 22:34:00 +0300"));
        assert_eq!(it.content.as_deref(), Some("<p>Body &amp; soul</p>"));
        assert_eq!(it.dublin_core_ext.as_ref().unwrap().creators, vec!["Ann"]);
        assert!(
            xml.contains(r#"xmlns:media="http://search.yahoo.com/mrss/""#),
            "{xml}"
        );
        assert!(xml.contains(r#"<media:content "#), "{xml}");
        assert!(
            xml.contains(r#"<atom:link href="https://feeds.example.org/news.rss" rel="self""#),
            "{xml}"
        );
    }

    #[test]
    fn atom_has_every_field() {
        let (meta, items) = sample();
        let xml = atom(&meta, &items);
        let feed = atom_syndication::Feed::read_from(xml.as_bytes()).unwrap();
        assert_eq!(feed.id, "https://feeds.example.org/news.atom");
        let e = &feed.entries[0];
        assert_eq!(e.updated.to_rfc3339(), "2023-08-31T22:34:00+03:00");
        assert_eq!(e.links.len(), 2);
        assert_eq!(e.content.as_ref().unwrap().content_type.as_deref(), Some("html"));
    }

    #[test]
    fn stylesheet_instruction_keeps_the_feeds_readable() {
        let (meta, items) = sample();
        for format in [Format::Rss, Format::Atom] {
            let xml = render(format, &meta, &items);
            let second_line = xml.lines().nth(1).unwrap();
            assert_eq!(
                second_line, r#"<?xml-stylesheet type="text/xsl" href="feed.xsl"?>"#,
                "{xml}"
            );
            feed_rs::parser::parse(xml.as_bytes()).unwrap();
        }
    }

    #[test]
    fn json_feed_fields() {
        let (meta, items) = sample();
        let v: serde_json::Value = serde_json::from_str(&json_feed(&meta, &items)).unwrap();
        assert_eq!(v["version"], "https://jsonfeed.org/version/1.1");
        assert_eq!(v["feed_url"], "https://feeds.example.org/news.json");
        assert_eq!(v["language"], "en");
        let item = &v["items"][0];
        assert_eq!(item["id"], "https://example.org/a");
        assert_eq!(item["date_published"], "2023-08-31T22:34:00+03:00");
        assert_eq!(item["authors"][0]["name"], "Ann");
        assert_eq!(item["tags"][0], "x");
        assert_eq!(item["image"], "https://example.org/i.png");
        assert!(item.get("content_text").is_none());
    }
}
