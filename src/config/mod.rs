//! `config.toml`: raw serde structs, validated once into ready-to-use types.
//!
//! Every mistake is reported before the first request, naming the file, the
//! line, the column and the key.

mod raw;
mod validate;

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono_tz::Tz;
use regex::Regex;
use scraper::Selector;
use url::Url;

pub use crate::storage::Dir;
use validate::{base_dir, name_feeds, parse_raw, Validator};

pub const DEFAULT_MAX_ITEMS: usize = 50;
pub const DEFAULT_CONCURRENCY: usize = 8;
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// The longest duration a config may give: longer ones overflow the dates
/// and clocks they are added to.
/// `[state] lock_expiry`: a bucket's lock a killed run left is taken over
/// after this; a live run renews its lock every quarter of it.
pub const DEFAULT_LOCK_EXPIRY: Duration = Duration::from_secs(300);
const MAX_DURATION: Duration = Duration::from_secs(100 * 365 * 24 * 3600);
pub const DEFAULT_USER_AGENT: &str = concat!(
    "pagefeed/",
    env!("CARGO_PKG_VERSION"),
    " (+https://github.com/pagefeed/pagefeed)"
);

/// A validated configuration.
#[derive(Debug, Clone)]
pub struct Config {
    pub path: PathBuf,
    pub output: Output,
    /// The folder of the state kept between runs.
    pub state_dir: Dir,
    /// How long a lock in a bucket holds without being renewed.
    pub lock_expiry: Duration,
    pub fetch: FetchSettings,
    pub feeds: Vec<FeedConfig>,
}

#[derive(Debug, Clone)]
pub struct Output {
    pub dir: Dir,
    pub base_url: Option<Url>,
    pub formats: Vec<Format>,
    /// The title of the index page and the OPML list.
    pub title: String,
    /// Reference `feed.xsl` from RSS and Atom files so browsers render them.
    pub stylesheet: bool,
    /// `websub_hub`: the WebSub hub the feeds name (with `base_url`) and
    /// that a run pings for each changed feed.
    pub websub_hub: Option<Url>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Rss,
    Atom,
    Json,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Rss => "rss",
            Format::Atom => "atom",
            Format::Json => "json",
        }
    }

    /// The format's registered media type.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Rss => "application/rss+xml",
            Format::Atom => "application/atom+xml",
            Format::Json => "application/feed+json",
        }
    }

    /// How people call it.
    pub fn label(self) -> &'static str {
        match self {
            Format::Rss => "RSS",
            Format::Atom => "Atom",
            Format::Json => "JSON Feed",
        }
    }
}

/// Request headers from the config, values marked sensitive: their `Debug`
/// says `Sensitive`, never the value.
pub type Headers = Vec<(reqwest::header::HeaderName, reqwest::header::HeaderValue)>;

#[derive(Debug, Clone)]
pub struct FetchSettings {
    pub user_agent: String,
    /// One request, connection to last byte.
    pub timeout: Duration,
    /// Requests in flight at once, over all hosts.
    pub concurrency: usize,
    /// Requests in flight at once to one host.
    pub per_host_concurrency: usize,
    /// The least time between the starts of two requests to one host.
    pub per_host_interval: Duration,
    pub robots_txt: bool,
    /// Lets pages lead to loopback, private and link-local addresses (the
    /// feeds' own pages may always be on one).
    pub allow_private_networks: bool,
    /// Retries of a request that failed with 429, 5xx, a network error or a timeout.
    pub retries: u32,
    /// The first retry's back-off; it doubles for each further retry.
    pub retry_delay: Duration,
    /// The longest Retry-After honoured; a longer one fails the request.
    pub max_retry_wait: Duration,
    pub max_body_size: u64,
    /// All of one feed's requests and extraction.
    pub feed_timeout: Duration,
    /// `headers`: sent with every request to the hosts of a feed's pages.
    pub headers: Headers,
    /// `chromium`: the browser `render` uses; `None`: looked for on PATH.
    pub chromium: Option<std::path::PathBuf>,
    /// `render_concurrency`: browser tabs open at once.
    pub render_concurrency: usize,
    /// `chromium_sandbox`: false runs the browser without its sandbox,
    /// where it cannot make one (as root it never can).
    pub chromium_sandbox: bool,
}

impl Default for FetchSettings {
    fn default() -> Self {
        FetchSettings {
            user_agent: DEFAULT_USER_AGENT.to_string(),
            timeout: DEFAULT_TIMEOUT,
            concurrency: DEFAULT_CONCURRENCY,
            per_host_concurrency: 2,
            per_host_interval: Duration::from_secs(1),
            robots_txt: true,
            allow_private_networks: false,
            retries: 2,
            retry_delay: Duration::from_millis(500),
            max_retry_wait: Duration::from_secs(120),
            max_body_size: 10 * 1024 * 1024,
            feed_timeout: Duration::from_secs(600),
            headers: Vec::new(),
            chromium: None,
            render_concurrency: 2,
            chromium_sandbox: true,
        }
    }
}

/// Per-feed overrides of `[fetch]`.
#[derive(Debug, Clone, Default)]
pub struct FetchOverrides {
    /// The feed's own `headers`, over those of `[fetch]`.
    pub headers: Headers,
    pub per_host_interval: Option<Duration>,
    pub robots_txt: Option<bool>,
    pub retries: Option<u32>,
    pub feed_timeout: Option<Duration>,
}

#[derive(Debug, Clone)]
pub struct FeedConfig {
    pub id: String,
    pub title: String,
    pub urls: Vec<Url>,
    pub description: Option<String>,
    pub language: Option<String>,
    pub timezone: Tz,
    pub max_items: usize,
    /// Items older than this leave the feed.
    pub max_age: Option<Duration>,
    /// An extracted article is extracted again after this long.
    pub refresh_after: Option<Duration>,
    pub fetch_articles: bool,
    /// Keep `utm_*`, `fbclid`, `gclid`... in item links (default: stripped).
    pub keep_tracking_params: bool,
    pub fetch: FetchOverrides,
    pub list: ListRules,
    pub article: ArticleRules,
    /// `[feeds.filter]`: which items the feed keeps.
    pub filter: crate::filter::Filter,
    /// `merge`: the ids of the feeds whose items this one holds (then it has
    /// no `url`).
    pub merge: Vec<String>,
    /// `source`: what `url` answers with; `None`: found out from each answer.
    pub source: Option<crate::extract::source::Kind>,
    /// `render`: which of the feed's pages are drawn in headless Chromium.
    pub render: Render,
    /// `render_wait`: a selector the rendered page must match before it is
    /// read (default: the network is idle).
    pub render_wait: Option<String>,
}

/// `render`: which pages go through the browser before extraction.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Render {
    /// Only what the server sends (the default).
    #[default]
    None,
    /// The listing pages (`url`, and their next pages).
    Listing,
    /// The listing pages and every article page.
    All,
}

impl Render {
    pub fn parse(s: &str) -> Option<Render> {
        match s {
            "none" => Some(Render::None),
            "listing" => Some(Render::Listing),
            "all" => Some(Render::All),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Render::None => "none",
            Render::Listing => "listing",
            Render::All => "all",
        }
    }

    pub fn listing(self) -> bool {
        self != Render::None
    }

    pub fn articles(self) -> bool {
        self == Render::All
    }
}

impl FeedConfig {
    pub fn feed_timeout(&self, settings: &FetchSettings) -> Duration {
        self.fetch.feed_timeout.unwrap_or(settings.feed_timeout)
    }
}

/// How a field is found on a page: a selector plus optional post-processing.
#[derive(Debug, Clone)]
pub struct FieldRule {
    pub selector: Selector,
    /// The selector as written, for messages and `preview`.
    pub source: String,
    pub attr: Option<String>,
    pub regex: Option<Regex>,
    pub format: Option<String>,
    pub html: bool,
}

/// The optional field rules shared by the listing and the article tables.
#[derive(Debug, Clone, Default)]
pub struct FieldRules {
    pub title: Option<FieldRule>,
    pub date: Option<FieldRule>,
    pub updated: Option<FieldRule>,
    pub author: Option<FieldRule>,
    pub summary: Option<FieldRule>,
    pub content: Option<FieldRule>,
    pub image: Option<FieldRule>,
    pub tags: Option<FieldRule>,
}

#[derive(Debug, Clone)]
pub struct ListRules {
    pub item: Option<Selector>,
    /// `item` as written.
    pub item_source: Option<String>,
    pub link: Option<FieldRule>,
    pub fields: FieldRules,
    /// `next_page`: the link to the listing's next page (default: the
    /// page's `rel=next` link).
    pub next_page: Option<Selector>,
    /// `max_pages`: listing pages read per run from each `url`, at least 1.
    pub max_pages: usize,
}

impl Default for ListRules {
    fn default() -> Self {
        ListRules {
            item: None,
            item_source: None,
            link: None,
            fields: FieldRules::default(),
            next_page: None,
            max_pages: 1,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct ArticleRules {
    pub fields: FieldRules,
    pub remove: Vec<Selector>,
    /// `remove` as written.
    pub remove_sources: Vec<String>,
}

/// One problem in a config file, located as precisely as the file allows.
#[derive(Debug, Clone)]
pub struct ConfigError {
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
    pub key: String,
    pub message: String,
    /// The id of the feed the key belongs to, when it does and has one.
    pub feed: Option<String>,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if self.line > 0 {
            write!(f, ":{}:{}", self.line, self.column)?;
        }
        if let Some(id) = &self.feed {
            write!(f, ": feed `{id}`")?;
        }
        if !self.key.is_empty() {
            let sep = if self.feed.is_some() { "," } else { ":" };
            write!(f, "{sep} key `{}`", self.key)?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Every problem found in a config file.
#[derive(Debug, Clone)]
pub struct ConfigErrors(pub Vec<ConfigError>);

impl fmt::Display for ConfigErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ConfigErrors {}

// ---------------------------------------------------------------------------
// Loading and validation.

impl Config {
    /// Reads and validates a config file.
    pub fn load(path: &Path) -> Result<Config, ConfigErrors> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            ConfigErrors(vec![ConfigError {
                file: path.to_path_buf(),
                line: 0,
                column: 0,
                key: String::new(),
                message: format!("cannot read the config file: {e}"),
                feed: None,
            }])
        })?;
        Config::parse(&text, path)
    }

    /// Parses and validates config text; `path` names the file in errors and
    /// anchors relative paths.
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigErrors> {
        Config::parse_unnamed(text, path).map_err(|mut errors| {
            name_feeds(text, &mut errors.0);
            errors
        })
    }

    fn parse_unnamed(text: &str, path: &Path) -> Result<Config, ConfigErrors> {
        // serde stops at the first key it refuses. To report every mistake in
        // one run, that key's line is commented out (so every other line keeps
        // its number) and the rest read again, until it reads or a mistake
        // cannot be set aside this way (a syntax error, a table header).
        let mut errors = Vec::new();
        let mut current = text.to_string();
        let raw = loop {
            match parse_raw(&current, path) {
                Ok(raw) => break Some(raw),
                Err(e) => {
                    let line = e.line;
                    let syntax = e.key.is_empty();
                    if syntax && !errors.is_empty() {
                        // Maybe of our making, by setting a line aside.
                        break None;
                    }
                    errors.push(e);
                    let lines: Vec<&str> = current.split('\n').collect();
                    let set_aside = line
                        .checked_sub(1)
                        .and_then(|i| lines.get(i))
                        .filter(|l| !syntax && !l.trim_start().starts_with('[') && errors.len() < 50);
                    let Some(bad) = set_aside else { break None };
                    let commented = format!("#{bad}");
                    let mut next: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
                    next[line - 1] = commented;
                    current = next.join("\n");
                }
            }
        };
        let Some(raw) = raw else {
            return Err(ConfigErrors(errors));
        };
        let mut v = Validator {
            text: &current,
            file: path.to_path_buf(),
            base_dir: base_dir(path),
            errors,
            compiled: Default::default(),
        };
        let config = v.config(raw);
        if v.errors.is_empty() {
            Ok(config)
        } else {
            v.errors.sort_by_key(|e| (e.line, e.column));
            Err(ConfigErrors(v.errors))
        }
    }

    pub fn feed(&self, id: &str) -> Option<&FeedConfig> {
        self.feeds.iter().find(|f| f.id == id)
    }

    /// The page a feed is made from: its first `url`, or for a merged feed
    /// that of the first feed it merges (validation rules out cycles).
    pub fn site_url(&self, feed: &FeedConfig) -> Option<Url> {
        let mut at = feed;
        for _ in 0..=self.feeds.len() {
            if let Some(u) = at.urls.first() {
                return Some(u.clone());
            }
            at = self.feed(at.merge.first()?)?;
        }
        None
    }
}

pub fn valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-'))
        && id.len() <= 100
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigErrors> {
        Config::parse(text, Path::new("/tmp/x/config.toml"))
    }

    const MINIMAL: &str = r#"
[[feeds]]
id = "news"
title = "News"
url = "https://example.org/news"
"#;

    #[test]
    fn minimal_config_gets_defaults() {
        let c = parse(MINIMAL).unwrap();
        assert_eq!(c.output.dir, Dir::Local(PathBuf::from("/tmp/x/feeds")));
        assert_eq!(c.output.formats, vec![Format::Rss, Format::Atom]);
        assert_eq!(c.fetch.concurrency, DEFAULT_CONCURRENCY);
        let f = &c.feeds[0];
        assert_eq!(f.max_items, DEFAULT_MAX_ITEMS);
        assert!(f.fetch_articles);
        assert_eq!(f.timezone, Tz::UTC);
    }

    #[test]
    fn unknown_key_names_line_and_key() {
        let text = format!("{MINIMAL}\n[feeds.article]\ntitel = \"h1\"\n");
        let err = parse(&text).unwrap_err().to_string();
        assert!(
            err.contains("/tmp/x/config.toml:8:1: feed `news`, key `feeds[0].article.titel`"),
            "{err}"
        );
        assert!(err.contains("titel"), "{err}");
        assert!(err.contains("feeds[0].article"), "{err}");
    }

    #[test]
    fn typo_inside_field_table_is_named() {
        let text = format!("{MINIMAL}\n[feeds.article]\ndate = {{ selector = \".d\", fromat = \"%d\" }}\n");
        let err = parse(&text).unwrap_err().to_string();
        assert!(
            err.contains(":8:27: feed `news`, key `feeds[0].article.date.fromat`"),
            "{err}"
        );
        assert!(err.contains("fromat"), "{err}");
    }

    #[test]
    fn semantic_errors_are_all_reported_with_lines() {
        let text = r#"
[[feeds]]
id = "Bad Id"
title = "x"
url = "ftp://example.org/"
timezone = "Mars/Olympus"

[feeds.list]
link = "a[[["
date = { selector = ".d", format = "%Q" }
"#;
        let err = parse(text).unwrap_err();
        let all = err.to_string();
        assert_eq!(err.0.len(), 5, "{all}");
        assert!(all.contains(":3:6: feed `Bad Id`, key `feeds[0].id`"), "{all}");
        assert!(all.contains(":5:7: feed `Bad Id`, key `feeds[0].url`"), "{all}");
        assert!(all.contains("Mars/Olympus"), "{all}");
        assert!(
            all.contains(":9:8: feed `Bad Id`, key `feeds[0].list.link.selector`"),
            "{all}"
        );
        assert!(all.contains("key `feeds[0].list.date.format`"), "{all}");
    }

    #[test]
    fn duplicate_ids_are_rejected() {
        let text = format!("{MINIMAL}{MINIMAL}");
        let err = parse(&text).unwrap_err().to_string();
        assert!(err.contains("used by another feed"), "{err}");
    }

    #[test]
    fn ids_cannot_escape_the_output_folder() {
        for bad in ["../x", "a/b", ".hidden", "", "A", "x\\y", "..", "a b"] {
            assert!(!valid_id(bad), "{bad}");
        }
        for good in ["politics", "a.b-c_d", "2024"] {
            assert!(valid_id(good), "{good}");
        }
    }

    #[test]
    fn relative_urls_are_files_next_to_the_config() {
        let text = MINIMAL.replace("https://example.org/news", "pages/index.html");
        let c = parse(&text).unwrap();
        assert_eq!(c.feeds[0].urls[0].as_str(), "file:///tmp/x/pages/index.html");
    }

    #[test]
    fn url_list_and_field_forms() {
        let text = r#"
[output]
base_url = "https://example.org/feeds"
formats = ["atom"]

[[feeds]]
id = "a"
title = "A"
url = ["https://example.org/a", "https://example.org/b"]
timezone = "Asia/Beirut"

[feeds.article]
author = { selector = ".author", regex = "^By (.+)$" }
content = { selector = ".body", html = true }
remove = [".ads"]
"#;
        let c = parse(text).unwrap();
        assert_eq!(c.output.base_url.unwrap().as_str(), "https://example.org/feeds/");
        assert_eq!(c.output.formats, vec![Format::Atom]);
        let f = &c.feeds[0];
        assert_eq!(f.urls.len(), 2);
        assert!(f.article.fields.author.as_ref().unwrap().regex.is_some());
        assert!(f.article.fields.content.as_ref().unwrap().html);
        assert_eq!(f.article.remove.len(), 1);
    }
}
