//! The published folder as a small site: `index.html` listing every feed
//! with autodiscovery links, `feeds.opml` for one-step import, and the
//! `feed.xsl` stylesheet that lets browsers render the feeds.

pub mod serve;

use anyhow::{Context, Result};
use chrono::{DateTime, FixedOffset};
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use crate::generate::{escape_html as esc, xml_safe};
use url::Url;

use crate::config::{Config, FeedConfig, Format};
use crate::generate::output_name;
use crate::store::{self, StoredItem};

/// The stylesheet's file name in the output folder.
pub const STYLESHEET: &str = "feed.xsl";
const STYLESHEET_TEXT: &str = include_str!("feed.xsl");

/// What the index says about one feed.
pub struct FeedSummary<'a> {
    pub feed: &'a FeedConfig,
    pub items: usize,
    pub updated: Option<DateTime<FixedOffset>>,
    /// The formats whose files exist.
    pub formats: Vec<Format>,
}

/// Reads each feed's state and files: the index lists feeds built in earlier
/// runs too, not only those of this run. The states are read 64 at a time
/// (a bucket's at once; never all of them held) and the files listed once
/// (a bucket would otherwise take a request a file).
pub fn summaries(config: &Config) -> Vec<FeedSummary<'_>> {
    let names = config.output.dir.names().ok();
    let published = |name: String| match &names {
        Some(names) => names.contains(&name),
        None => config.output.dir.exists(&name),
    };
    let feeds: Vec<&FeedConfig> = config.feeds.iter().collect();
    feeds
        .chunks(64)
        .flat_map(|chunk| {
            let ids: Vec<&str> = chunk.iter().map(|f| f.id.as_str()).collect();
            chunk
                .iter()
                .copied()
                .zip(store::peek_many(&config.state_dir, &ids))
        })
        .map(|(feed, state)| {
            let state = state.ok().flatten().unwrap_or_default();
            let items: Vec<_> = state.items.iter().map(StoredItem::published_item).collect();
            FeedSummary {
                feed,
                items: items.len(),
                updated: items
                    .iter()
                    .filter_map(|i| i.updated.into_iter().chain(i.published).max())
                    .max(),
                formats: config
                    .output
                    .formats
                    .iter()
                    .copied()
                    .filter(|f| published(output_name(&feed.id, *f)))
                    .collect(),
            }
        })
        .collect()
}

/// Writes `index.html`, `feeds.opml` and (when enabled) `feed.xsl`; returns
/// the files whose content changed.
pub fn write_site(config: &Config) -> Result<Vec<String>> {
    let feeds = summaries(config);
    let dir = &config.output.dir;
    let mut files = vec![
        (
            "index.html",
            index_html(config, &feeds),
            "text/html; charset=utf-8",
        ),
        ("feeds.opml", opml(config, &feeds), "text/x-opml; charset=utf-8"),
    ];
    if config.output.stylesheet {
        files.push((STYLESHEET, STYLESHEET_TEXT.to_string(), "text/xsl; charset=utf-8"));
    }
    let mut written = Vec::new();
    for (name, text, media_type) in files {
        if dir
            .write_if_changed(name, text.as_bytes(), media_type)
            .with_context(|| format!("cannot write {}", dir.location(name)))?
        {
            written.push(dir.location(name));
        }
    }
    Ok(written)
}

/// A feed file's address: absolute under `base_url`, else relative to the folder.
fn feed_href(config: &Config, id: &str, format: Format) -> String {
    let name = format!("{id}.{}", format.extension());
    match &config.output.base_url {
        Some(base) => base.join(&name).map(|u| u.to_string()).unwrap_or(name),
        None => name,
    }
}

/// The site a feed is made from, as a link for people (never a local path).
fn site_link(feed: &FeedConfig) -> Option<&Url> {
    feed.urls
        .first()
        .filter(|u| matches!(u.scheme(), "http" | "https"))
}

const INDEX_STYLE: &str = "\
body{margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1b1f24;background:#fafafa}\
main{max-width:46rem;margin:0 auto;padding:1.5rem 1rem 3rem}\
h1{font-size:1.7rem;margin:.5rem 0}\
ul{list-style:none;padding:0;margin:1rem 0}\
li{background:#fff;border:1px solid #e3e5e8;border-radius:8px;padding:.9rem 1rem;margin:0 0 .8rem}\
h2{font-size:1.15rem;margin:0 0 .2rem}\
p{margin:.25rem 0}\
.meta{color:#5b6470;font-size:.875rem}\
.formats a{display:inline-block;margin:.35rem .5rem 0 0;padding:.15rem .6rem;border:1px solid #b9c3cf;border-radius:999px;text-decoration:none;font-size:.875rem}\
a{color:#0b5cad}\
@media (prefers-color-scheme:dark){body{background:#111418;color:#e6e8eb}li{background:#1a1e24;border-color:#2b313a}a{color:#7db4ff}.meta{color:#9aa4b0}}";

/// The index page: every feed, its links, and autodiscovery tags; no
/// external assets and no script.
pub fn index_html(config: &Config, feeds: &[FeedSummary]) -> String {
    let title = esc(&config.output.title);
    let mut head_links = String::new();
    let mut list = String::new();
    for s in feeds {
        let f = s.feed;
        for &format in &s.formats {
            head_links.push_str(&format!(
                "<link rel=\"alternate\" type=\"{}\" title=\"{} ({})\" href=\"{}\">\n",
                format.media_type(),
                esc(&f.title),
                format.label(),
                esc(&feed_href(config, &f.id, format))
            ));
        }
        let mut meta = Vec::new();
        if let Some(site) = site_link(f) {
            let host = site.host_str().unwrap_or(site.as_str());
            meta.push(format!(
                "from <a href=\"{}\">{}</a>",
                esc(site.as_str()),
                esc(host)
            ));
        }
        meta.push(format!("{} item{}", s.items, if s.items == 1 { "" } else { "s" }));
        match s.updated {
            Some(d) => meta.push(format!(
                "updated <time datetime=\"{}\">{}</time>",
                d.to_rfc3339(),
                d.format("%Y-%m-%d")
            )),
            None if s.formats.is_empty() => meta.push("not built yet".to_string()),
            None => {}
        }
        let links: String = s
            .formats
            .iter()
            .map(|&format| {
                format!(
                    "<a href=\"{}\" type=\"{}\">{}</a>",
                    esc(&feed_href(config, &f.id, format)),
                    format.media_type(),
                    format.label()
                )
            })
            .collect();
        let description = f
            .description
            .as_deref()
            .map(|d| format!("<p>{}</p>", esc(d)))
            .unwrap_or_default();
        list.push_str(&format!(
            "<li id=\"{id}\"><h2>{title}</h2>{description}<p class=\"meta\">{meta}</p><p class=\"formats\">{links}</p></li>\n",
            id = esc(&f.id),
            title = esc(&f.title),
            meta = meta.join(" · "),
        ));
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"{generator}\">\n<title>{title}</title>\n{head_links}\
         <style>{INDEX_STYLE}</style>\n</head>\n<body>\n<main>\n<h1>{title}</h1>\n\
         <p>{count} feed{s}. Subscribe by copying a feed's link into your feed reader, paste this page's \
         address into a reader that finds feeds by itself, or import them all at once with \
         <a href=\"feeds.opml\">feeds.opml</a>.</p>\n<ul>\n{list}</ul>\n</main>\n</body>\n</html>\n",
        generator = crate::generate::GENERATOR,
        count = feeds.len(),
        s = if feeds.len() == 1 { "" } else { "s" },
    )
}

/// OPML 2.0: one outline per feed, its first format's file.
pub fn opml(config: &Config, feeds: &[FeedSummary]) -> String {
    let mut w = quick_xml::Writer::new_with_indent(Vec::new(), b' ', 2);
    let write = |w: &mut quick_xml::Writer<Vec<u8>>, e: Event| w.write_event(e).expect("writing to memory");
    write(&mut w, Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)));
    write(
        &mut w,
        Event::Start(BytesStart::new("opml").with_attributes([("version", "2.0")])),
    );
    write(&mut w, Event::Start(BytesStart::new("head")));
    write(&mut w, Event::Start(BytesStart::new("title")));
    write(
        &mut w,
        Event::Text(BytesText::new(&xml_safe(&config.output.title))),
    );
    write(&mut w, Event::End(BytesEnd::new("title")));
    write(&mut w, Event::End(BytesEnd::new("head")));
    write(&mut w, Event::Start(BytesStart::new("body")));
    for s in feeds {
        // Only feeds with a file: a reader would fail on one never written.
        let Some(&format) = s.formats.first() else {
            continue;
        };
        let xml_url = feed_href(config, &s.feed.id, format);
        let title = xml_safe(&s.feed.title);
        let mut outline = BytesStart::new("outline").with_attributes([
            ("type", "rss"),
            ("text", title.as_str()),
            ("title", title.as_str()),
            ("xmlUrl", xml_url.as_str()),
        ]);
        if let Some(site) = site_link(s.feed) {
            outline.push_attribute(("htmlUrl", site.as_str()));
        }
        if let Some(d) = &s.feed.description {
            outline.push_attribute(("description", xml_safe(d).as_str()));
        }
        if let Some(lang) = &s.feed.language {
            outline.push_attribute(("language", lang.as_str()));
        }
        write(&mut w, Event::Empty(outline));
    }
    write(&mut w, Event::End(BytesEnd::new("body")));
    write(&mut w, Event::End(BytesEnd::new("opml")));
    let mut text = String::from_utf8(w.into_inner()).expect("UTF-8");
    text.push('\n');
    text
}
