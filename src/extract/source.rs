//! Listings that are not web pages: a feed (RSS, Atom, JSON Feed) whose
//! entries are the items, or a sitemap whose addresses are.

use chrono::{DateTime, FixedOffset, Utc};
use quick_xml::events::Event;
use url::Url;

use super::date::{self, Dated, Precision};
use super::{html, Article, Enclosure, Found, Source};

/// Where a source feed's values came from, as `Source::Meta`.
pub const FROM_ENTRY: &str = "feed entry";
pub const FROM_SITEMAP: &str = "sitemap";

/// What a listing URL answered with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Html,
    Feed,
    Sitemap,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Html => "html",
            Kind::Feed => "feed",
            Kind::Sitemap => "sitemap",
        }
    }

    pub fn parse(name: &str) -> Option<Kind> {
        [Kind::Html, Kind::Feed, Kind::Sitemap]
            .into_iter()
            .find(|k| k.name() == name)
    }
}

/// The kind of a fetched document, by its first element: `<rss>`,
/// `<feed>` and `<rdf:RDF>` are feeds, `<urlset>` and `<sitemapindex>`
/// sitemaps, a JSON object naming a jsonfeed.org version a JSON Feed;
/// anything else is a page.
pub fn sniff(text: &str) -> Kind {
    let t = text.trim_start_matches('\u{feff}').trim_start();
    if t.starts_with('{') {
        let head: String = t.chars().take(2048).collect();
        return if head.contains("jsonfeed.org/version") {
            Kind::Feed
        } else {
            Kind::Html
        };
    }
    let mut reader = quick_xml::Reader::from_str(t);
    // The prolog is short; a page is known within a few events.
    for _ in 0..32 {
        match reader.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => {
                let name = e.name();
                let local = name.local_name();
                return match local.as_ref() {
                    b"rss" | b"feed" | b"RDF" => Kind::Feed,
                    b"urlset" | b"sitemapindex" => Kind::Sitemap,
                    _ => Kind::Html,
                };
            }
            Ok(Event::Eof) | Err(_) => return Kind::Html,
            Ok(_) => {}
        }
    }
    Kind::Html
}

fn found<T>(value: T, from: &'static str) -> Found<T> {
    Found {
        value,
        from: Source::Meta(from),
    }
}

fn exact(at: DateTime<Utc>) -> Dated {
    Dated {
        at: at.fixed_offset(),
        precision: Precision::Exact,
    }
}

/// Elements nested deeper than this make a feed or sitemap unreadable: the
/// XML parser counts namespace scopes in 16 bits, and nothing real nests
/// past a few dozen.
const MAX_XML_DEPTH: usize = 1024;

/// Whether an XML document nests deeper than [`MAX_XML_DEPTH`]: a linear
/// scan before the parser that builds a tree sees it.
fn too_deep(text: &str) -> bool {
    let mut reader = quick_xml::Reader::from_str(text);
    let mut depth = 0usize;
    loop {
        match reader.read_event() {
            Ok(Event::Start(_)) => {
                depth += 1;
                if depth > MAX_XML_DEPTH {
                    return true;
                }
            }
            Ok(Event::End(_)) => depth = depth.saturating_sub(1),
            Ok(Event::Eof) | Err(_) => return false,
            Ok(_) => {}
        }
    }
}

/// HTML from a feed, nested no deeper than a page may be, then sanitised.
fn clean_html(body: &str, base: &Url) -> String {
    html::sanitize(&super::bound::bound(body).0, base)
}

/// The entries of a feed as listing items, in the feed's order: link
/// (resolved against the feed), title, dates, author, summary, content
/// (sanitised), categories and enclosures.
pub fn feed_entries(text: &str, feed_url: &Url) -> anyhow::Result<Vec<Article>> {
    if too_deep(text) {
        anyhow::bail!("not a feed that can be read: elements nested deeper than {MAX_XML_DEPTH}");
    }
    let parsed = feed_rs::parser::Builder::new()
        .base_uri(Some(feed_url.as_str()))
        .build()
        .parse(text.as_bytes())
        .map_err(|e| anyhow::anyhow!("not a feed that can be read: {e}"))?;
    const FROM: &str = FROM_ENTRY;
    let mut items = Vec::new();
    for entry in parsed.entries {
        // Audio and video links (a JSON Feed attachment has no rel) are
        // enclosures, not the item's page.
        let media_link = |l: &&feed_rs::model::Link| {
            l.rel.as_deref() == Some("enclosure")
                || l.media_type
                    .as_deref()
                    .is_some_and(|m| m.starts_with("audio/") || m.starts_with("video/"))
        };
        let link = entry
            .links
            .iter()
            .filter(|l| !media_link(l))
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .or(entry.links.iter().find(|l| !media_link(l)))
            .and_then(|l| html::resolve_link(feed_url, &l.href))
            .or_else(|| {
                // RSS items without <link> often have a permalink guid.
                Url::parse(&entry.id)
                    .ok()
                    .filter(|u| u.scheme().starts_with("http"))
            });
        let Some(link) = link.filter(|u| matches!(u.scheme(), "http" | "https")) else {
            continue;
        };
        let page = link.clone();
        let text_of = |t: &feed_rs::model::Text| {
            if t.content_type.subty() == "html" {
                html::html_to_text(&clean_html(&t.content, &page))
            } else {
                t.content.trim().to_string()
            }
        };
        let content = entry
            .content
            .as_ref()
            .and_then(|c| c.body.as_deref())
            .map(|body| clean_html(body, &link))
            .filter(|c| html::has_text(c));
        let authors: Vec<String> = entry
            .authors
            .iter()
            .map(|a| a.name.trim().to_string())
            .filter(|n| !n.is_empty())
            .collect();
        let tags: Vec<String> = entry
            .categories
            .iter()
            .map(|c| c.label.clone().unwrap_or_else(|| c.term.clone()))
            .filter(|t| !t.trim().is_empty())
            .collect();
        let mut enclosures = Vec::new();
        for media in &entry.media {
            for c in &media.content {
                let (Some(url), Some(kind)) = (&c.url, &c.content_type) else {
                    continue;
                };
                let kind = kind.to_string();
                let private = html::loads_private(feed_url, url.as_str());
                if !private && (kind.starts_with("audio/") || kind.starts_with("video/")) {
                    enclosures.push(Enclosure {
                        url: url.clone(),
                        length: c.size.unwrap_or(0),
                        mime: kind,
                    });
                }
            }
        }
        for l in &entry.links {
            if media_link(&l) {
                if let (Some(url), Some(mime)) = (html::resolve_link(feed_url, &l.href), &l.media_type) {
                    let playable = (mime.starts_with("audio/") || mime.starts_with("video/"))
                        && !html::loads_private(feed_url, url.as_str());
                    if playable && !enclosures.iter().any(|e| e.url == url) {
                        enclosures.push(Enclosure {
                            url,
                            length: l.length.unwrap_or(0),
                            mime: mime.clone(),
                        });
                    }
                }
            }
        }
        items.push(Article {
            link: Some(found(link, FROM)),
            title: entry
                .title
                .as_ref()
                .map(text_of)
                .filter(|t| !t.is_empty())
                .map(|t| found(t, FROM)),
            published: entry.published.map(|d| found(exact(d), FROM)),
            updated: entry.updated.map(|d| found(exact(d), FROM)),
            author: (!authors.is_empty()).then(|| found(authors.join(", "), FROM)),
            summary: entry
                .summary
                .as_ref()
                .map(text_of)
                .filter(|t| !t.is_empty())
                .map(|t| found(t, FROM)),
            content_html: content.map(|c| found(c, FROM)),
            image: None,
            tags: (!tags.is_empty()).then(|| found(tags, FROM)),
            enclosures,
        });
    }
    Ok(items)
}

/// A sitemap: its pages as items (with `lastmod`, or Google News'
/// `publication_date` and `title`), newest first; for a sitemap index, the
/// sitemaps it names, newest first.
pub struct Sitemap {
    pub items: Vec<Article>,
    pub children: Vec<Url>,
}

pub fn sitemap(text: &str, sitemap_url: &Url, tz: chrono_tz::Tz) -> anyhow::Result<Sitemap> {
    if too_deep(text) {
        anyhow::bail!("not a sitemap that can be read: elements nested deeper than {MAX_XML_DEPTH}");
    }
    #[derive(Default)]
    struct Entry {
        loc: Option<String>,
        lastmod: Option<String>,
        title: Option<String>,
        published: Option<String>,
    }
    let mut reader = quick_xml::Reader::from_str(text);
    let mut entries: Vec<(bool, Entry)> = Vec::new();
    let mut current: Option<Entry> = None;
    // The text of the element being read: quick-xml hands entity
    // references (`&amp;`) over as events of their own.
    let mut buf = String::new();
    let mut in_index = false;
    // Local names of the open elements: a `<loc>` counts in `<url>` (not in
    // `<image:image>`), a `<title>` in `<news:news>` (not an image's).
    let mut open: Vec<Vec<u8>> = Vec::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                buf.clear();
                open.push(e.name().local_name().as_ref().to_vec());
                match e.name().local_name().as_ref() {
                    b"sitemapindex" => in_index = true,
                    b"url" | b"sitemap" => current = Some(Entry::default()),
                    _ => {}
                }
            }
            Ok(Event::Text(t)) => buf.push_str(&t.decode().unwrap_or_default()),
            Ok(Event::CData(t)) => buf.push_str(&String::from_utf8_lossy(&t)),
            Ok(Event::GeneralRef(r)) => {
                let name = r.decode().unwrap_or_default();
                let resolved = r
                    .resolve_char_ref()
                    .ok()
                    .flatten()
                    .map(String::from)
                    .or_else(|| quick_xml::escape::resolve_predefined_entity(&name).map(str::to_string));
                buf.push_str(&resolved.unwrap_or_default());
            }
            Ok(Event::End(e)) => {
                let name = e.name().local_name().as_ref().to_vec();
                open.pop();
                let parent = open.last().map(Vec::as_slice);
                let in_entry = matches!(parent, Some(b"url" | b"sitemap"));
                let in_news = parent == Some(b"news");
                if let Some(entry) = current.as_mut() {
                    let value = Some(buf.trim().to_string());
                    match name.as_slice() {
                        b"loc" if in_entry && entry.loc.is_none() => entry.loc = value,
                        b"lastmod" if in_entry => entry.lastmod = value,
                        b"title" if in_news => entry.title = value,
                        b"publication_date" if in_news => entry.published = value,
                        b"url" | b"sitemap" => {
                            if let Some(entry) = current.take() {
                                entries.push((name == b"sitemap", entry));
                            }
                        }
                        _ => {}
                    }
                }
                buf.clear();
            }
            Ok(Event::Eof) => break,
            Err(e) => anyhow::bail!("not a sitemap that can be read: {e}"),
            Ok(_) => {}
        }
    }
    let when = |s: &Option<String>| s.as_deref().and_then(|d| date::parse_date(d, tz));
    let mut dated: Vec<(Option<DateTime<FixedOffset>>, usize, bool, Entry)> = entries
        .into_iter()
        .enumerate()
        .map(|(i, (is_sitemap, e))| {
            let at = when(&e.published).or_else(|| when(&e.lastmod)).map(|d| d.at);
            (at, i, is_sitemap, e)
        })
        .collect();
    // Newest first; undated ones after, in the sitemap's order.
    dated.sort_by(|a, b| {
        b.0.is_some()
            .cmp(&a.0.is_some())
            .then(b.0.cmp(&a.0))
            .then(a.1.cmp(&b.1))
    });
    let mut items = Vec::new();
    let mut children = Vec::new();
    for (_, _, is_sitemap, e) in dated {
        let Some(loc) = e
            .loc
            .as_deref()
            .and_then(|l| html::resolve_link(sitemap_url, l))
            .filter(|u| matches!(u.scheme(), "http" | "https"))
        else {
            continue;
        };
        if is_sitemap || in_index {
            children.push(loc);
            continue;
        }
        const FROM: &str = FROM_SITEMAP;
        items.push(Article {
            link: Some(found(loc, FROM)),
            title: e.title.filter(|t| !t.is_empty()).map(|t| found(t, FROM)),
            published: when(&e.published).map(|d| found(d, FROM)),
            updated: when(&e.lastmod).map(|d| found(d, FROM)),
            ..Default::default()
        });
    }
    Ok(Sitemap { items, children })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_by_their_first_element() {
        assert_eq!(
            sniff("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>"),
            Kind::Feed
        );
        assert_eq!(
            sniff("\u{feff}<feed xmlns=\"http://www.w3.org/2005/Atom\">"),
            Kind::Feed
        );
        assert_eq!(
            sniff("<?xml version=\"1.0\"?><!-- x --><rdf:RDF xmlns:rdf=\"r\">"),
            Kind::Feed
        );
        assert_eq!(
            sniff("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"),
            Kind::Sitemap
        );
        assert_eq!(sniff("<sitemapindex>"), Kind::Sitemap);
        assert_eq!(
            sniff("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}"),
            Kind::Feed
        );
        assert_eq!(sniff("<!DOCTYPE html><html><body>"), Kind::Html);
        assert_eq!(sniff("<html><p>feed</p></html>"), Kind::Html);
        assert_eq!(sniff("{\"items\": []}"), Kind::Html);
    }

    #[test]
    fn json_feed_and_atom_entries_with_their_enclosures() {
        let base = Url::parse("https://pod.example/feed.json").unwrap();
        let json = r#"{"version": "https://jsonfeed.org/version/1.1", "title": "Pod", "items": [
            {"id": "2", "url": "/ep/2", "title": "Two", "content_html": "<p>Notes <script>x()</script></p>",
             "date_published": "2024-04-02T10:00:00Z", "authors": [{"name": "Ann"}], "tags": ["news"],
             "attachments": [{"url": "https://cdn.example/2.mp3", "mime_type": "audio/mpeg", "size_in_bytes": 99}]}]}"#;
        let items = feed_entries(json, &base).unwrap();
        assert_eq!(items.len(), 1);
        let a = &items[0];
        assert_eq!(
            a.link.as_ref().unwrap().value.as_str(),
            "https://pod.example/ep/2"
        );
        assert_eq!(a.title.as_ref().unwrap().value, "Two");
        assert_eq!(a.author.as_ref().unwrap().value, "Ann");
        let content = &a.content_html.as_ref().unwrap().value;
        assert!(
            content.contains("Notes") && !content.contains("script"),
            "{content}"
        );
        assert_eq!(
            a.enclosures,
            [Enclosure {
                url: Url::parse("https://cdn.example/2.mp3").unwrap(),
                length: 99,
                mime: "audio/mpeg".into()
            }]
        );
        assert!(
            feed_entries("<rss><channel><item>", &base).is_err() || feed_entries("<rss>", &base).is_err()
        );
    }

    #[test]
    fn deep_or_broken_documents_fail_without_a_crash() {
        let base = Url::parse("https://n.example/feed.xml").unwrap();
        let depth = 100_000;
        let deep = format!(
            "<rss version=\"2.0\"><channel><title>t</title><item><title>x</title><description>{}{}</description></item></channel></rss>",
            "<a>".repeat(depth),
            "</a>".repeat(depth)
        );
        let err = feed_entries(&deep, &base).unwrap_err().to_string();
        assert!(err.contains("nested deeper than 1024"), "{err}");
        let deep_map = format!("<urlset><url>{}</url></urlset>", "<x>".repeat(depth));
        assert!(sitemap(&deep_map, &base, chrono_tz::UTC).is_err());
        // Deep HTML inside an entry is flattened, as on a page.
        let nested = format!(
            "<rss version=\"2.0\"><channel><title>t</title><item><title>x</title><link>/a</link><description>{}deep{}</description></item></channel></rss>",
            "&lt;div&gt;".repeat(20_000),
            "&lt;/div&gt;".repeat(20_000)
        );
        let items = feed_entries(&nested, &base).unwrap();
        assert_eq!(items[0].summary.as_ref().unwrap().value, "deep");
        // Truncated documents fail or give what they hold; never a panic.
        let _ = feed_entries("<rss><channel><item><title>x", &base);
        let _ = sitemap(
            "<urlset><url><loc>https://n.example/a</loc></url",
            &base,
            chrono_tz::UTC,
        );
        // An enclosure on a private address is not published.
        let private = "<rss version=\"2.0\"><channel><title>t</title><item><title>x</title><link>/a</link>\
            <enclosure url=\"http://127.0.0.1:6379/x.mp3\" length=\"1\" type=\"audio/mpeg\"/></item></channel></rss>";
        assert!(feed_entries(private, &base).unwrap()[0].enclosures.is_empty());
    }

    #[test]
    fn a_sitemap_newest_first_and_an_index() {
        let base = Url::parse("https://n.example/sitemap.xml").unwrap();
        let map = sitemap(
            r#"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
            <url><loc>https://n.example/old</loc><lastmod>2024-01-02</lastmod></url>
            <url><image:image><image:loc>https://n.example/i.jpg</image:loc><image:title>A photo</image:title></image:image>
              <loc>/new</loc><lastmod>2024-03-04T10:00:00+00:00</lastmod>
              <news:news><news:publication_date>2024-03-04T09:00:00Z</news:publication_date><news:title><![CDATA[Rates & more]]></news:title></news:news></url>
            <url><loc>https://n.example/undated</loc></url>
            <url><loc>javascript:alert(1)</loc></url></urlset>"#,
            &base,
            chrono_tz::UTC,
        )
        .unwrap();
        let links: Vec<&str> = map
            .items
            .iter()
            .map(|a| a.link.as_ref().unwrap().value.as_str())
            .collect();
        assert_eq!(
            links,
            [
                "https://n.example/new",
                "https://n.example/old",
                "https://n.example/undated"
            ]
        );
        assert_eq!(map.items[0].title.as_ref().unwrap().value, "Rates & more");
        assert_eq!(
            map.items[0].published.as_ref().unwrap().value.at.to_rfc3339(),
            "2024-03-04T09:00:00+00:00"
        );
        let index = sitemap(
            "<sitemapindex><sitemap><loc>/a.xml</loc><lastmod>2023-01-01</lastmod></sitemap>\
             <sitemap><loc>/b.xml.gz</loc><lastmod>2024-01-01</lastmod></sitemap></sitemapindex>",
            &base,
            chrono_tz::UTC,
        )
        .unwrap();
        assert!(index.items.is_empty());
        assert_eq!(
            index.children.iter().map(Url::as_str).collect::<Vec<_>>(),
            ["https://n.example/b.xml.gz", "https://n.example/a.xml"]
        );
    }
}
