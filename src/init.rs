//! `pagefeed init`: a ready `[[feeds]]` block for a section page, with the
//! selectors discovery found written out so the user can keep or edit them.

use std::path::Path;

use anyhow::{bail, Context, Result};
use chrono_tz::Tz;
use scraper::{Html, Selector};
use url::Url;

use crate::config::{Config, ListRules};
use crate::extract::{self, discover, Article};

const PREVIEW: usize = 8;

/// The TOML block for the page at `url`, with a preview of its first items
/// as comments. Errors when no article list is found.
///
/// `pick` 1 is the list discovery picks; 2 and on are the other lists the
/// page holds, best first, written out with their selectors.
pub fn feed_block(html: &str, url: &Url, id: Option<&str>, pick: usize) -> Result<String> {
    use extract::source::{self, Kind};
    let kind = source::sniff(html);
    if kind != Kind::Html {
        return source_block(kind, html, url, id);
    }
    let (doc, _) = extract::parse_page(html);
    let base = extract::base_url(&doc, url);
    let others = discover::alternatives(&doc, &base, ALTERNATIVES);
    let found = if pick <= 1 {
        discover::discover(&doc, &base)
    } else {
        others.get(pick - 1).cloned()
    };
    let found = found.with_context(|| match pick {
        0 | 1 => format!("{url}: no list of articles found on this page"),
        _ => format!(
            "{url}: --pick {pick}, but the page holds {} list(s)",
            others.len()
        ),
    })?;
    let automatic = if pick <= 1 {
        extract::extract_listing(&doc, url, &ListRules::default(), Tz::UTC)
    } else {
        // Another list than discovery's own: only its selectors can hold it.
        let rules = list_rules(url, &found)
            .with_context(|| format!("{url}: list {pick} cannot be written as selectors; pin it by hand"))?;
        extract::extract_listing(&doc, url, &rules, Tz::UTC)
    };

    // Written-out selectors are kept only when they find the same items.
    let selectors = match (&found.item, &found.link) {
        (Some(item), Some(link)) => {
            let text = format!(
                "[[feeds]]\nid = \"x\"\ntitle = \"x\"\nurl = \"{url}\"\n[feeds.list]\nitem = {}\nlink = {}\n",
                toml_str(item),
                toml_str(link)
            );
            let same = Config::parse(&text, Path::new("init.toml"))
                .ok()
                .is_some_and(|c| {
                    let rules = &c.feeds[0].list;
                    links(&extract::extract_listing(&doc, url, rules, Tz::UTC)) == links(&automatic)
                });
            same.then(|| (item.clone(), link.clone()))
        }
        _ => None,
    };

    if pick > 1 && selectors.is_none() {
        bail!("{url}: the selectors of list {pick} do not find its items; pin it by hand");
    }

    let id = id.map(str::to_string).unwrap_or_else(|| id_from(url));
    if !crate::config::valid_id(&id) {
        bail!("`{id}` is not a valid feed id; pass one with --id (lowercase letters, digits, `.`, `_`, `-`)");
    }
    let title = page_title(&doc).unwrap_or_else(|| url.host_str().unwrap_or("Feed").to_string());
    let mut out = String::new();
    out.push_str(&format!(
        "\n[[feeds]]\nid = {}\ntitle = {}\nurl = {}\n",
        toml_str(&id),
        toml_str(&title),
        toml_str(url.as_str())
    ));
    out.push_str(
        "# timezone = \"UTC\"   # not detected: the site's IANA zone (\"Europe/Paris\"...) for dates without an offset\n",
    );
    match selectors {
        Some((item, link)) => out.push_str(&format!(
            "\n[feeds.list]                   # found as: {}\nitem = {}\nlink = {}\n",
            found.how,
            toml_str(&item),
            toml_str(&link)
        )),
        None if !found.listed.is_empty() => {
            out.push_str("# The article list is the page's own JSON-LD ItemList; no selectors are needed.\n")
        }
        None => out.push_str(&format!(
            "# The article list is found automatically ({}); add [feeds.list] item/link to pin it.\n",
            found.how
        )),
    }
    out.push_str(&format!(
        "\n# {} items on the page; the first ones:\n",
        automatic.len()
    ));
    push_first_items(&mut out, &automatic);
    // The other lists, so a user can take one with --pick.
    let listed: Vec<String> = others
        .iter()
        .enumerate()
        .filter(|(i, o)| i + 1 != pick.max(1) && o.links != found.links)
        .map(|(i, o)| {
            let first: Vec<&str> = o.links.iter().take(2).map(|u| u.path()).collect();
            format!(
                "#   --pick {}: {} links, {}\n",
                i + 1,
                o.links.len(),
                first.join(", ")
            )
        })
        .collect();
    if !listed.is_empty() {
        out.push_str("\n# Other lists on the page (`pagefeed init URL --pick N` writes one instead):\n");
        out.extend(listed);
    }
    Ok(out)
}

/// How many scripts the page runs: external ones, and inline ones other
/// than data (JSON-LD, JSON, templates).
pub fn loads_scripts(html: &str) -> usize {
    let (doc, _) = extract::parse_page(html);
    let scripts = scraper::Selector::parse("script").expect("valid selector");
    doc.select(&scripts)
        .filter(|s| {
            let kind = s
                .value()
                .attr("type")
                .unwrap_or("text/javascript")
                .to_ascii_lowercase();
            let code = kind.is_empty() || kind.contains("javascript") || kind == "module";
            code && (s.value().attr("src").is_some() || s.text().map(str::len).sum::<usize>() >= 200)
        })
        .count()
}

/// `block` with `render = "listing"` after its `url`.
pub fn with_render(block: &str) -> String {
    let mut out = String::new();
    let mut done = false;
    for line in block.split_inclusive('\n') {
        out.push_str(line);
        if !done && line.starts_with("url = ") {
            out.push_str(
                "render = \"listing\"   # the page draws its list with scripts: loaded in Chromium first\n",
            );
            done = true;
        }
    }
    out
}

/// How many lists `init` offers.
const ALTERNATIVES: usize = 5;

/// The list rules that a discovered list's selectors make, if it has both.
fn list_rules(url: &Url, found: &discover::Discovered) -> Option<ListRules> {
    let text = format!(
        "[[feeds]]\nid = \"x\"\ntitle = \"x\"\nurl = {}\n[feeds.list]\nitem = {}\nlink = {}\n",
        toml_str(url.as_str()),
        toml_str(found.item.as_deref()?),
        toml_str(found.link.as_deref()?)
    );
    Config::parse(&text, Path::new("init.toml"))
        .ok()
        .map(|mut c| c.feeds.remove(0).list)
}

/// Text with every control character (newlines included) made a space.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn links(items: &[Article]) -> Vec<String> {
    items
        .iter()
        .filter_map(|a| a.link.as_ref().map(|l| l.value.to_string()))
        .collect()
}

/// A TOML basic string (quotes and escapes done by the toml crate).
fn toml_str(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// "https://site/news/politics" -> "politics".
fn id_from(url: &Url) -> String {
    let segment = url
        .path_segments()
        .and_then(|mut s| s.rfind(|p| !p.is_empty()))
        .map(|s| s.trim_end_matches(".html").trim_end_matches(".htm").to_string())
        .filter(|s| !s.is_empty() && s != "index")
        .unwrap_or_else(|| url.host_str().unwrap_or("feed").to_string());
    let mut id: String = segment
        .to_lowercase()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    id = id.trim_matches(['-', '.', '_']).to_string();
    if id.is_empty() {
        "feed".to_string()
    } else {
        id
    }
}

fn page_title(doc: &Html) -> Option<String> {
    let og = Selector::parse(r#"meta[property="og:site_name"], meta[property="og:title"]"#).unwrap();
    let title = Selector::parse("title").unwrap();
    doc.select(&title)
        .next()
        .map(extract::html::text_of)
        .filter(|t| !t.is_empty())
        .or_else(|| {
            doc.select(&og)
                .next()
                .and_then(|m| m.value().attr("content"))
                .map(str::to_string)
        })
}

/// Appends `block` to the config file, refusing an id that is already there
/// or a result that would not be a valid config.
pub fn append(path: &Path, block: &str) -> Result<()> {
    let existing = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    let combined = format!(
        "{existing}{}{block}",
        if existing.ends_with('\n') || existing.is_empty() {
            ""
        } else {
            "\n"
        }
    );
    Config::parse(&combined, path).map_err(|e| {
        anyhow::anyhow!("the config would not be valid with this block, nothing written:\n{e}")
    })?;
    crate::storage::write_file_if_changed(path, combined.as_bytes())?;
    Ok(())
}

/// The first items as comments: number, title, link.
fn push_first_items(out: &mut String, items: &[extract::Article]) {
    for (i, a) in items.iter().take(PREVIEW).enumerate() {
        // Page text in a comment: one line, or a page could write config lines.
        let title = a
            .title
            .as_ref()
            .map_or("(no title)".into(), |t| one_line(&t.value));
        out.push_str(&format!(
            "#   {:>2}. {}\n#       {}\n",
            i + 1,
            title,
            a.link.as_ref().map_or("", |l| l.value.as_str())
        ));
    }
}

/// The block for a URL that answers with a feed or a sitemap: `source` set,
/// no list rules, the first items as comments.
fn source_block(kind: extract::source::Kind, text: &str, url: &Url, id: Option<&str>) -> Result<String> {
    use extract::source::{self, Kind};
    let items = match kind {
        Kind::Feed => source::feed_entries(text, url)?,
        _ => {
            let map = source::sitemap(text, url, Tz::UTC)?;
            if map.items.is_empty() && !map.children.is_empty() {
                // An index: its sitemaps are read when the feed is built.
                map.children
                    .into_iter()
                    .map(|u| extract::Article {
                        link: Some(extract::Found {
                            value: u,
                            from: extract::Source::Meta("sitemap index"),
                        }),
                        ..Default::default()
                    })
                    .collect()
            } else {
                map.items
            }
        }
    };
    let id = id.map(str::to_string).unwrap_or_else(|| id_from(url));
    if !crate::config::valid_id(&id) {
        bail!("`{id}` is not a valid feed id; pass one with --id (lowercase letters, digits, `.`, `_`, `-`)");
    }
    let title = url.host_str().unwrap_or("Feed").to_string();
    let mut out = format!(
        "\n[[feeds]]\nid = {}\ntitle = {}\nurl = {}\nsource = {}   # detected: this address answers with a {}\n",
        toml_str(&id),
        toml_str(&title),
        toml_str(url.as_str()),
        toml_str(kind.name()),
        kind.name()
    );
    if kind == Kind::Feed {
        out.push_str("# fetch_articles = true   # the default: each entry's page gives the full text\n");
    }
    out.push_str(&format!("\n# {} items; the first ones:\n", items.len()));
    push_first_items(&mut out, &items);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_from_addresses() {
        let id = |u: &str| id_from(&Url::parse(u).unwrap());
        assert_eq!(id("https://english.almayadeen.net/news/politics"), "politics");
        assert_eq!(id("https://example.org/blog/"), "blog");
        assert_eq!(id("https://example.org/"), "example.org");
        assert_eq!(id("https://example.org/News%20Today.html"), "news-20today");
    }
}
