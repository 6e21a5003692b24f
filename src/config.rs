//! `config.toml`: raw serde structs, validated once into ready-to-use types.
//!
//! Every mistake is reported before the first request, naming the file, the
//! line, the column and the key.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono_tz::Tz;
use regex::Regex;
use scraper::Selector;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use toml::Spanned;
use url::Url;

pub const DEFAULT_MAX_ITEMS: usize = 50;
pub const DEFAULT_CONCURRENCY: usize = 8;
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// The longest duration a config may give: longer ones overflow the dates
/// and clocks they are added to.
const MAX_DURATION: Duration = Duration::from_secs(100 * 365 * 24 * 3600);
pub const DEFAULT_USER_AGENT: &str = concat!(
    "pagefeed/",
    env!("CARGO_PKG_VERSION"),
    " (+https://github.com/pagefeed/pagefeed)"
);

/// A validated configuration.
#[derive(Debug)]
pub struct Config {
    pub path: PathBuf,
    pub output: Output,
    /// The folder of the state kept between runs.
    pub state_dir: PathBuf,
    pub fetch: FetchSettings,
    pub feeds: Vec<FeedConfig>,
}

#[derive(Debug)]
pub struct Output {
    pub dir: PathBuf,
    pub base_url: Option<Url>,
    pub formats: Vec<Format>,
    /// The title of the index page and the OPML list.
    pub title: String,
    /// Reference `feed.xsl` from RSS and Atom files so browsers render them.
    pub stylesheet: bool,
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
        }
    }
}

/// Per-feed overrides of `[fetch]`.
#[derive(Debug, Clone, Default)]
pub struct FetchOverrides {
    pub per_host_interval: Option<Duration>,
    pub robots_txt: Option<bool>,
    pub retries: Option<u32>,
    pub feed_timeout: Option<Duration>,
}

#[derive(Debug)]
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
}

impl FeedConfig {
    /// This feed's fetching policy: `[fetch]` with the feed's overrides.
    pub fn policy(&self, settings: &FetchSettings) -> crate::fetch::Policy {
        crate::fetch::Policy {
            interval: self.fetch.per_host_interval.unwrap_or(settings.per_host_interval),
            robots_txt: self.fetch.robots_txt.unwrap_or(settings.robots_txt),
            retries: self.fetch.retries.unwrap_or(settings.retries),
            pages: self.urls.clone(),
        }
    }

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

#[derive(Debug, Clone, Default)]
pub struct ListRules {
    pub item: Option<Selector>,
    /// `item` as written.
    pub item_source: Option<String>,
    pub link: Option<FieldRule>,
    pub fields: FieldRules,
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
#[derive(Debug)]
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
// Raw structs: exactly what the TOML may contain.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    output: RawOutput,
    #[serde(default)]
    fetch: RawFetch,
    #[serde(default)]
    state: RawState,
    #[serde(default)]
    feeds: Vec<RawFeed>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawState {
    dir: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawOutput {
    dir: Option<Spanned<String>>,
    base_url: Option<Spanned<String>>,
    formats: Option<Vec<Spanned<String>>>,
    title: Option<String>,
    stylesheet: Option<bool>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawFetch {
    user_agent: Option<Spanned<String>>,
    timeout: Option<Spanned<String>>,
    concurrency: Option<Spanned<usize>>,
    per_host_concurrency: Option<Spanned<usize>>,
    per_host_interval: Option<Spanned<String>>,
    robots_txt: Option<bool>,
    allow_private_networks: Option<bool>,
    retries: Option<u32>,
    retry_delay: Option<Spanned<String>>,
    max_retry_wait: Option<Spanned<String>>,
    max_body_size: Option<Spanned<String>>,
    feed_timeout: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFeed {
    id: Spanned<String>,
    title: String,
    url: Spanned<OneOrMany>,
    description: Option<String>,
    language: Option<String>,
    timezone: Option<Spanned<String>>,
    max_items: Option<Spanned<usize>>,
    max_age: Option<Spanned<String>>,
    refresh_after: Option<Spanned<String>>,
    fetch_articles: Option<bool>,
    keep_tracking_params: Option<bool>,
    per_host_interval: Option<Spanned<String>>,
    robots_txt: Option<bool>,
    retries: Option<u32>,
    feed_timeout: Option<Spanned<String>>,
    #[serde(default)]
    list: RawList,
    #[serde(default)]
    article: RawArticle,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawList {
    item: Option<Spanned<String>>,
    link: Option<Spanned<RawField>>,
    title: Option<Spanned<RawField>>,
    date: Option<Spanned<RawField>>,
    updated: Option<Spanned<RawField>>,
    author: Option<Spanned<RawField>>,
    summary: Option<Spanned<RawField>>,
    content: Option<Spanned<RawField>>,
    image: Option<Spanned<RawField>>,
    tags: Option<Spanned<RawField>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawArticle {
    title: Option<Spanned<RawField>>,
    date: Option<Spanned<RawField>>,
    updated: Option<Spanned<RawField>>,
    author: Option<Spanned<RawField>>,
    summary: Option<Spanned<RawField>>,
    content: Option<Spanned<RawField>>,
    image: Option<Spanned<RawField>>,
    tags: Option<Spanned<RawField>>,
    #[serde(default)]
    remove: Vec<Spanned<String>>,
}

/// A field rule as written: a bare selector string or a table.
struct RawField(RawFieldTable);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFieldTable {
    selector: String,
    attr: Option<String>,
    regex: Option<String>,
    format: Option<String>,
    #[serde(default)]
    html: bool,
}

// Hand-written so that a typo inside the table form keeps serde's precise
// "unknown field" message; `#[serde(untagged)]` would swallow it.
impl<'de> Deserialize<'de> for RawField {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct FieldVisitor;
        impl<'de> Visitor<'de> for FieldVisitor {
            type Value = RawField;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a CSS selector string or a table with `selector`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawField, E> {
                Ok(RawField(RawFieldTable {
                    selector: v.to_string(),
                    attr: None,
                    regex: None,
                    format: None,
                    html: false,
                }))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawField, A::Error> {
                RawFieldTable::deserialize(de::value::MapAccessDeserializer::new(map)).map(RawField)
            }
        }
        d.deserialize_any(FieldVisitor)
    }
}

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
        let raw = parse_raw(text, path).map_err(|e| ConfigErrors(vec![e]))?;
        let mut v = Validator {
            text,
            file: path.to_path_buf(),
            base_dir: base_dir(path),
            errors: Vec::new(),
        };
        let config = v.config(raw);
        if v.errors.is_empty() {
            Ok(config)
        } else {
            Err(ConfigErrors(v.errors))
        }
    }

    pub fn feed(&self, id: &str) -> Option<&FeedConfig> {
        self.feeds.iter().find(|f| f.id == id)
    }
}

/// What is wrong with a selector, in words, and where: scraper's own message
/// for most mistakes is "Unexpected error occurred. Please report this to
/// the developer" and no position. The position is where the longest
/// prefix that parses ends.
fn selector_problem(text: &str, e: &scraper::error::SelectorErrorKind) -> String {
    use scraper::error::SelectorErrorKind as K;
    use selectors::parser::SelectorParseErrorKind as S;
    let what = match e {
        K::UnexpectedToken(t) => format!("unexpected `{}`", token_text(t)),
        K::EndOfLine => "it ends too soon (an unclosed bracket or a missing name?)".into(),
        K::ExpectedColonOnPseudoElement(t) | K::ExpectedIdentityOnPseudoElement(t) => {
            format!(
                "a pseudo-element needs a name after `::`, found `{}`",
                token_text(t)
            )
        }
        K::UnexpectedSelectorParseError(kind) => match kind {
            S::DanglingCombinator => "a combinator (`>`, `+`, `~`) with no selector after it".into(),
            S::EmptySelector => "an empty selector (a stray comma?)".into(),
            S::NoQualifiedNameInAttributeSelector(t) => {
                format!("an attribute selector needs a name, found `{}`", token_text(t))
            }
            S::UnexpectedTokenInAttributeSelector(t) | S::BadValueInAttr(t) => {
                format!("unexpected `{}` in an attribute selector", token_text(t))
            }
            S::ExpectedBarInAttr(t) | S::InvalidQualNameInAttr(t) => {
                format!("a bad attribute name near `{}`", token_text(t))
            }
            S::ClassNeedsIdent(t) => format!("a class needs a name after `.`, found `{}`", token_text(t)),
            S::UnsupportedPseudoClassOrElement(name) => format!("`:{name}` is not supported"),
            S::InvalidState => "a pseudo-element where it cannot be".into(),
            other => format!("{other:?}"),
        },
        other => format!("{other}"),
    };
    let ok_prefix = (0..text.len())
        .rev()
        .filter(|&i| text.is_char_boundary(i))
        .find(|&i| i > 0 && Selector::parse(text[..i].trim_end()).is_ok())
        .map_or(0, |i| i);
    let column = text[..ok_prefix].chars().count() + 1;
    let rest = text[ok_prefix..].trim_start();
    let column = column + (text[ok_prefix..].len() - rest.len());
    format!("{what}, at column {column} of the selector (`{rest}`)")
}

fn token_text(t: &cssparser::Token) -> String {
    use cssparser::ToCss;
    t.to_css_string()
}

/// Names the feed of each error whose key is in `feeds[N]`, by that feed's
/// `id`, so a reader of the error finds the feed by its name first.
fn name_feeds(text: &str, errors: &mut [ConfigError]) {
    let Ok(table) = text.parse::<toml::Table>() else {
        return;
    };
    let feeds = table.get("feeds").and_then(|f| f.as_array());
    for e in errors {
        let index = e
            .key
            .strip_prefix("feeds[")
            .and_then(|rest| rest.split(']').next())
            .and_then(|n| n.parse::<usize>().ok());
        e.feed = index
            .and_then(|i| feeds?.get(i)?.get("id")?.as_str())
            .map(str::to_string);
    }
}

fn base_dir(path: &Path) -> PathBuf {
    let dir = path.parent().unwrap_or(Path::new("."));
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf())
}

fn parse_raw(text: &str, path: &Path) -> Result<RawConfig, ConfigError> {
    let located = |err: toml::de::Error, key: String| {
        let (line, column) = err.span().map(|s| line_col(text, s.start)).unwrap_or((0, 0));
        ConfigError {
            file: path.to_path_buf(),
            line,
            column,
            key,
            message: err.message().trim().to_string(),
            feed: None,
        }
    };
    let de = toml::de::Deserializer::parse(text).map_err(|e| located(e, String::new()))?;
    serde_path_to_error::deserialize(de).map_err(|e| {
        // Spanned values add a private path segment; the user never wrote it.
        let key = e.path().to_string();
        let key: Vec<&str> = key
            .split('.')
            .filter(|s| !s.starts_with("$__serde_spanned"))
            .collect();
        let key = key.join(".");
        let key = if key == "." { String::new() } else { key };
        located(e.into_inner(), key)
    })
}

/// 1-based line and column (in characters) of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

struct Validator<'a> {
    text: &'a str,
    file: PathBuf,
    base_dir: PathBuf,
    errors: Vec<ConfigError>,
}

impl Validator<'_> {
    fn error(&mut self, span: std::ops::Range<usize>, key: &str, message: impl Into<String>) {
        let (line, column) = line_col(self.text, span.start);
        self.errors.push(ConfigError {
            file: self.file.clone(),
            line,
            column,
            key: key.to_string(),
            message: message.into(),
            feed: None,
        });
    }

    fn config(&mut self, raw: RawConfig) -> Config {
        let output = self.output(raw.output);
        let fetch = self.fetch(raw.fetch);
        let mut feeds: Vec<FeedConfig> = Vec::new();
        for (i, raw_feed) in raw.feeds.into_iter().enumerate() {
            let id_span = raw_feed.id.span();
            if let Some(feed) = self.feed(i, raw_feed) {
                if feeds.iter().any(|f| f.id == feed.id) {
                    let msg = format!("the id `{}` is used by another feed; ids must be unique", feed.id);
                    self.error(id_span, &format!("feeds[{i}].id"), msg);
                }
                feeds.push(feed);
            }
        }
        if feeds.is_empty() && self.errors.is_empty() {
            self.errors.push(ConfigError {
                file: self.file.clone(),
                line: 0,
                column: 0,
                key: "feeds".into(),
                message: "no feeds are configured; add a [[feeds]] table with id, title and url".into(),
                feed: None,
            });
        }
        let state_dir = self
            .base_dir
            .join(raw.state.dir.as_deref().unwrap_or(".pagefeed"));
        let (out, state) = (lexical(&output.dir), lexical(&state_dir));
        if out.starts_with(&state) || state.starts_with(&out) {
            self.error(
                0..0,
                "state.dir",
                format!(
                    "`{}` overlaps the output folder `{}`: the state, its lock and the robots.txt \
                     cache would be published; keep them apart (the default is .pagefeed)",
                    state_dir.display(),
                    output.dir.display()
                ),
            );
        }
        Config {
            path: self.file.clone(),
            output,
            state_dir,
            fetch,
            feeds,
        }
    }

    fn output(&mut self, raw: RawOutput) -> Output {
        let dir = raw
            .dir
            .map(|d| d.into_inner())
            .unwrap_or_else(|| "feeds".to_string());
        let base_url = raw.base_url.and_then(|b| {
            let span = b.span();
            let mut s = b.into_inner();
            if !s.ends_with('/') {
                s.push('/');
            }
            match Url::parse(&s) {
                Ok(u) if matches!(u.scheme(), "http" | "https") => Some(u),
                Ok(_) => {
                    self.error(span, "output.base_url", "must be an http or https URL");
                    None
                }
                Err(e) => {
                    self.error(span, "output.base_url", format!("not a valid URL: {e}"));
                    None
                }
            }
        });
        let mut formats = Vec::new();
        match raw.formats {
            None => formats = vec![Format::Rss, Format::Atom],
            Some(list) => {
                for f in list {
                    let format = match f.get_ref().as_str() {
                        "rss" => Format::Rss,
                        "atom" => Format::Atom,
                        "json" => Format::Json,
                        other => {
                            let msg =
                                format!("unknown format `{other}`; expected \"rss\", \"atom\" or \"json\"");
                            self.error(f.span(), "output.formats", msg);
                            continue;
                        }
                    };
                    if !formats.contains(&format) {
                        formats.push(format);
                    }
                }
                if formats.is_empty() && self.errors.is_empty() {
                    self.error(0..0, "output.formats", "lists no format; use [\"rss\", \"atom\"]");
                }
            }
        }
        Output {
            dir: self.base_dir.join(dir),
            base_url,
            formats,
            title: raw.title.unwrap_or_else(|| "Feeds".to_string()),
            stylesheet: raw.stylesheet.unwrap_or(true),
        }
    }

    fn fetch(&mut self, raw: RawFetch) -> FetchSettings {
        let mut s = FetchSettings::default();
        if let Some(ua) = raw.user_agent {
            if ua.get_ref().chars().any(char::is_control) || ua.get_ref().trim().is_empty() {
                let msg = "must be one line of printable text, e.g. \"pagefeed (+https://you.example)\"";
                self.error(ua.span(), "fetch.user_agent", msg);
            } else {
                s.user_agent = ua.into_inner();
            }
        }
        if let Some(t) = raw.timeout {
            if let Some(d) = self.duration(&t, "fetch.timeout") {
                s.timeout = d;
            }
        }
        for (raw, key, target) in [
            (raw.concurrency, "fetch.concurrency", &mut s.concurrency),
            (
                raw.per_host_concurrency,
                "fetch.per_host_concurrency",
                &mut s.per_host_concurrency,
            ),
        ] {
            if let Some(c) = raw {
                if *c.get_ref() == 0 {
                    self.error(c.span(), key, "must be at least 1");
                } else {
                    *target = *c.get_ref();
                }
            }
        }
        for (raw, key, target) in [
            (&raw.retry_delay, "fetch.retry_delay", &mut s.retry_delay),
            (&raw.max_retry_wait, "fetch.max_retry_wait", &mut s.max_retry_wait),
            (&raw.feed_timeout, "fetch.feed_timeout", &mut s.feed_timeout),
        ] {
            if let Some(d) = raw.as_ref().and_then(|d| self.duration(d, key)) {
                *target = d;
            }
        }
        if let Some(i) = &raw.per_host_interval {
            if let Some(d) = self.interval(i, "fetch.per_host_interval") {
                s.per_host_interval = d;
            }
        }
        if let Some(size) = &raw.max_body_size {
            match size.get_ref().parse::<bytesize::ByteSize>() {
                Ok(b) if b.as_u64() > 0 => s.max_body_size = b.as_u64(),
                _ => self.error(
                    size.span(),
                    "fetch.max_body_size",
                    format!(
                        "`{}` is not a size; write e.g. \"10MiB\" or \"500KB\"",
                        size.get_ref()
                    ),
                ),
            }
        }
        s.robots_txt = raw.robots_txt.unwrap_or(s.robots_txt);
        s.allow_private_networks = raw.allow_private_networks.unwrap_or(false);
        s.retries = raw.retries.unwrap_or(s.retries);
        s
    }

    /// An interval between requests: a duration, or "0s" for none.
    fn interval(&mut self, raw: &Spanned<String>, key: &str) -> Option<Duration> {
        match humantime::parse_duration(raw.get_ref()) {
            Ok(d) if d > MAX_DURATION => {
                self.error(raw.span(), key, "is longer than 100 years");
                None
            }
            Ok(d) => Some(d),
            Err(e) => {
                let msg = format!("not a duration ({e}); write e.g. \"1s\" or \"500ms\"");
                self.error(raw.span(), key, msg);
                None
            }
        }
    }

    /// A positive duration such as "30s", "7d" or "1h 30m".
    fn duration(&mut self, raw: &Spanned<String>, key: &str) -> Option<Duration> {
        match humantime::parse_duration(raw.get_ref()) {
            Ok(d) if d > MAX_DURATION => {
                self.error(raw.span(), key, "is longer than 100 years");
                None
            }
            Ok(d) if !d.is_zero() => Some(d),
            Ok(_) => {
                self.error(raw.span(), key, "must be longer than zero");
                None
            }
            Err(e) => {
                let msg = format!("not a duration ({e}); write e.g. \"30s\", \"2m\" or \"7d\"");
                self.error(raw.span(), key, msg);
                None
            }
        }
    }

    fn feed(&mut self, index: usize, raw: RawFeed) -> Option<FeedConfig> {
        let before = self.errors.len();
        let id = raw.id.get_ref().clone();
        let prefix = format!("feeds[{index}]");
        if !valid_id(&id) {
            let msg = format!(
                "`{id}` is not a valid feed id: use lowercase letters, digits, `.`, `_` and `-`, \
                 starting with a letter or digit (it names the output files)"
            );
            self.error(raw.id.span(), &format!("{prefix}.id"), msg);
        }
        let key = |k: &str| format!("{prefix}.{k}");

        let url_span = raw.url.span();
        let url_strings = match raw.url.into_inner() {
            OneOrMany::One(u) => vec![u],
            OneOrMany::Many(v) => v,
        };
        if url_strings.is_empty() {
            self.error(url_span.clone(), &key("url"), "lists no page");
        }
        let mut urls = Vec::new();
        for u in url_strings {
            match self.page_url(&u) {
                Ok(url) => urls.push(url),
                Err(msg) => self.error(url_span.clone(), &key("url"), msg),
            }
        }

        let timezone = match raw.timezone {
            None => Tz::UTC,
            Some(tz) => match tz.get_ref().parse::<Tz>() {
                Ok(t) => t,
                Err(_) => {
                    let msg = format!(
                        "unknown time zone `{}`; use an IANA name such as \"Europe/Paris\" or \"UTC\"",
                        tz.get_ref()
                    );
                    self.error(tz.span(), &key("timezone"), msg);
                    Tz::UTC
                }
            },
        };
        let max_items = match raw.max_items {
            None => DEFAULT_MAX_ITEMS,
            Some(m) if *m.get_ref() == 0 => {
                self.error(m.span(), &key("max_items"), "must be at least 1");
                DEFAULT_MAX_ITEMS
            }
            Some(m) => *m.get_ref(),
        };

        let max_age = raw
            .max_age
            .as_ref()
            .and_then(|d| self.duration(d, &key("max_age")));
        let refresh_after = raw
            .refresh_after
            .as_ref()
            .and_then(|d| self.duration(d, &key("refresh_after")));
        let fetch = FetchOverrides {
            per_host_interval: raw
                .per_host_interval
                .as_ref()
                .and_then(|i| self.interval(i, &key("per_host_interval"))),
            robots_txt: raw.robots_txt,
            retries: raw.retries,
            feed_timeout: raw
                .feed_timeout
                .as_ref()
                .and_then(|d| self.duration(d, &key("feed_timeout"))),
        };
        let list = self.list_rules(raw.list, &key);
        let article = self.article_rules(raw.article, &key);
        if self.errors.len() > before {
            return None;
        }
        Some(FeedConfig {
            id,
            title: raw.title,
            urls,
            description: raw.description,
            language: raw.language,
            timezone,
            max_items,
            max_age,
            refresh_after,
            fetch_articles: raw.fetch_articles.unwrap_or(true),
            keep_tracking_params: raw.keep_tracking_params.unwrap_or(false),
            fetch,
            list,
            article,
        })
    }

    /// An http(s) or file URL, or a path relative to the config file.
    fn page_url(&self, s: &str) -> Result<Url, String> {
        match Url::parse(s) {
            Ok(u) if matches!(u.scheme(), "http" | "https" | "file") => {
                if u.scheme() != "file" && u.host_str().is_none_or(str::is_empty) {
                    return Err(format!("`{s}` has no host"));
                }
                Ok(u)
            }
            Ok(u) => Err(format!(
                "`{s}`: the scheme `{}` is not supported; use http, https or file",
                u.scheme()
            )),
            Err(_) if s.trim().is_empty() => Err("is empty; write the page's address, https://...".into()),
            Err(url::ParseError::RelativeUrlWithoutBase) => {
                let url = Url::from_directory_path(&self.base_dir)
                    .ok()
                    .and_then(|dir| dir.join(s).ok())
                    .ok_or_else(|| format!("`{s}` is neither a URL nor a usable file path"))?;
                let first = s.split('/').next().unwrap_or_default();
                let missing = url.to_file_path().is_ok_and(|p| !p.exists());
                if missing && first.contains('.') && !first.starts_with('.') {
                    return Err(format!(
                        "`{s}` is not a file here; if it is a web address, write it with its scheme: \
                         \"https://{s}\""
                    ));
                }
                Ok(url)
            }
            Err(e) => Err(format!("`{s}` is not a valid URL: {e}")),
        }
    }

    fn selector(&mut self, s: &Spanned<String>, key: &str) -> Option<Selector> {
        match Selector::parse(s.get_ref()) {
            Ok(sel) => Some(sel),
            Err(e) => {
                let msg = format!(
                    "invalid CSS selector `{}`: {}",
                    s.get_ref(),
                    selector_problem(s.get_ref(), &e)
                );
                self.error(s.span(), key, msg);
                None
            }
        }
    }

    fn field(&mut self, raw: Option<Spanned<RawField>>, key: &str, is_date: bool) -> Option<FieldRule> {
        let raw = raw?;
        let span = raw.span();
        let RawField(t) = raw.into_inner();
        let selector = self.selector(
            &Spanned::new(span.clone(), t.selector.clone()),
            &format!("{key}.selector"),
        );
        let regex = match &t.regex {
            None => None,
            Some(r) => match Regex::new(r) {
                Ok(re) => Some(re),
                Err(e) => {
                    self.error(
                        span.clone(),
                        &format!("{key}.regex"),
                        format!("invalid regex: {e}"),
                    );
                    None
                }
            },
        };
        if let Some(f) = &t.format {
            if !is_date {
                self.error(
                    span.clone(),
                    &format!("{key}.format"),
                    "`format` applies only to date fields",
                );
            } else if let Err(msg) = crate::extract::date::check_format(f) {
                self.error(span.clone(), &format!("{key}.format"), msg);
            }
        }
        if let Some(a) = &t.attr {
            if a.trim().is_empty() {
                self.error(span.clone(), &format!("{key}.attr"), "must name an attribute");
            }
        }
        Some(FieldRule {
            selector: selector?,
            source: t.selector,
            attr: t.attr,
            regex,
            format: t.format,
            html: t.html,
        })
    }

    fn list_rules(&mut self, raw: RawList, key: &dyn Fn(&str) -> String) -> ListRules {
        let item = raw
            .item
            .as_ref()
            .and_then(|s| self.selector(s, &key("list.item")));
        ListRules {
            item,
            item_source: raw.item.map(|s| s.into_inner()),
            link: self.field(raw.link, &key("list.link"), false),
            fields: FieldRules {
                title: self.field(raw.title, &key("list.title"), false),
                date: self.field(raw.date, &key("list.date"), true),
                updated: self.field(raw.updated, &key("list.updated"), true),
                author: self.field(raw.author, &key("list.author"), false),
                summary: self.field(raw.summary, &key("list.summary"), false),
                content: self.field(raw.content, &key("list.content"), false),
                image: self.field(raw.image, &key("list.image"), false),
                tags: self.field(raw.tags, &key("list.tags"), false),
            },
        }
    }

    fn article_rules(&mut self, raw: RawArticle, key: &dyn Fn(&str) -> String) -> ArticleRules {
        let remove = raw
            .remove
            .iter()
            .filter_map(|s| self.selector(s, &key("article.remove")))
            .collect();
        ArticleRules {
            fields: FieldRules {
                title: self.field(raw.title, &key("article.title"), false),
                date: self.field(raw.date, &key("article.date"), true),
                updated: self.field(raw.updated, &key("article.updated"), true),
                author: self.field(raw.author, &key("article.author"), false),
                summary: self.field(raw.summary, &key("article.summary"), false),
                content: self.field(raw.content, &key("article.content"), false),
                image: self.field(raw.image, &key("article.image"), false),
                tags: self.field(raw.tags, &key("article.tags"), false),
            },
            remove,
            remove_sources: raw.remove.into_iter().map(|s| s.into_inner()).collect(),
        }
    }
}

/// `[a-z0-9][a-z0-9._-]*`, and never `.`-only names: the id becomes a file name.
/// A path with `.` and `..` resolved by their names, to compare folders
/// that need not exist yet.
fn lexical(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in std::path::absolute(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .components()
    {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out
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
        assert_eq!(c.output.dir, PathBuf::from("/tmp/x/feeds"));
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
