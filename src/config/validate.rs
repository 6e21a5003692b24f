//! Checking a raw config and turning it into ready-to-use types, every
//! mistake reported with its file, line, column and key.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::format::{Item, StrftimeItems};
use chrono_tz::Tz;
use regex::Regex;
use scraper::Selector;
use toml::Spanned;
use url::Url;

use super::raw::*;
use super::*;
use crate::filter::{Filter, FilterField};

/// `Err` with a message when `format` is not a valid chrono strftime format.
pub(super) fn check_date_format(format: &str) -> Result<(), String> {
    if StrftimeItems::new(format).any(|i| matches!(i, Item::Error)) {
        return Err(format!(
            "`{format}` is not a valid date format (chrono strftime, e.g. \"%d %b %Y %H:%M\")"
        ));
    }
    let has = |spec: &str| format.contains(spec);
    let has_date = ["%Y", "%y", "%d", "%e", "%j", "%F", "%D", "%s", "%+", "%c", "%x"]
        .iter()
        .any(|s| has(s));
    if !has_date {
        return Err(format!(
            "`{format}` has no day or year field, so it cannot read a date"
        ));
    }
    Ok(())
}

/// What is wrong with a selector, in words, and where: scraper's own message
/// for most mistakes is "Unexpected error occurred. Please report this to
/// the developer" and no position. The position is where the longest
/// prefix that parses ends.
fn selector_problem(text: &str, e: &scraper::error::SelectorErrorKind) -> String {
    use scraper::error::SelectorErrorKind as K;
    use selectors::parser::SelectorParseErrorKind as S;
    // The parser names no token (cssparser keeps none, for speed); the
    // text from the place it stopped, quoted after the column, shows it.
    let what = match e {
        K::UnexpectedToken => "something unexpected".into(),
        K::EndOfLine => "it ends too soon (an unclosed bracket or a missing name?)".into(),
        K::ExpectedColonOnPseudoElement | K::ExpectedIdentityOnPseudoElement => {
            "a pseudo-element needs a name after `::`".into()
        }
        K::UnexpectedSelectorParseError(kind) => match kind {
            S::DanglingCombinator => "a combinator (`>`, `+`, `~`) with no selector after it".into(),
            S::EmptySelector => "an empty selector (a stray comma?)".into(),
            S::NoQualifiedNameInAttributeSelector => "an attribute selector needs a name".into(),
            S::UnexpectedTokenInAttributeSelector | S::BadValueInAttr => {
                "something unexpected in an attribute selector".into()
            }
            S::ExpectedBarInAttr | S::InvalidQualNameInAttr => "a bad attribute name".into(),
            S::ClassNeedsIdent => "a class needs a name after `.`".into(),
            S::UnsupportedPseudoClassOrElement => {
                "a pseudo-class or pseudo-element that is not supported".into()
            }
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

/// Names the feed of each error whose key is in `feeds[N]`, by that feed's
/// `id`, so a reader of the error finds the feed by its name first.
pub(super) fn name_feeds(text: &str, errors: &mut [ConfigError]) {
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

pub(super) fn base_dir(path: &Path) -> PathBuf {
    let dir = path.parent().unwrap_or(Path::new("."));
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf())
}

pub(super) fn parse_raw(text: &str, path: &Path) -> Result<RawConfig, ConfigError> {
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

pub(super) struct Validator<'a> {
    pub(super) text: &'a str,
    pub(super) file: PathBuf,
    pub(super) base_dir: PathBuf,
    pub(super) errors: Vec<ConfigError>,
    /// Selectors and regexes already compiled, by their text: feeds that
    /// share one share its compiled form (and a regex's match caches; with
    /// a copy each, 5,000 feeds' caches took hundreds of MiB).
    pub(super) compiled: Compiled,
}

#[derive(Default)]
pub(super) struct Compiled {
    selectors: std::collections::HashMap<String, Selector>,
    regexes: std::collections::HashMap<String, Regex>,
}

impl Compiled {
    fn regex(&mut self, pattern: &str) -> Result<Regex, regex::Error> {
        if let Some(re) = self.regexes.get(pattern) {
            return Ok(re.clone());
        }
        let re = Regex::new(pattern)?;
        self.regexes.insert(pattern.to_string(), re.clone());
        Ok(re)
    }
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

    pub(super) fn config(&mut self, raw: RawConfig) -> Config {
        let output = self.output(raw.output);
        let fetch = self.fetch(raw.fetch);
        let mut feeds: Vec<FeedConfig> = Vec::new();
        let mut merges: Vec<(usize, String, Vec<Spanned<String>>)> = Vec::new();
        for (i, raw_feed) in raw.feeds.into_iter().enumerate() {
            let id_span = raw_feed.id.span();
            if let Some(m) = &raw_feed.merge {
                merges.push((i, raw_feed.id.get_ref().clone(), m.get_ref().clone()));
            }
            if let Some(feed) = self.feed(i, raw_feed) {
                if feeds.iter().any(|f| f.id == feed.id) {
                    let msg = format!("the id `{}` is used by another feed; ids must be unique", feed.id);
                    self.error(id_span, &format!("feeds[{i}].id"), msg);
                }
                feeds.push(feed);
            }
        }
        self.check_merges(&merges, &feeds);
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
        let state_dir = match &raw.state.dir {
            None => Dir::Local(self.base_dir.join(".pagefeed")),
            Some(d) => self.dir(d, "state.dir"),
        };
        let lock_expiry = match &raw.state.lock_expiry {
            None => DEFAULT_LOCK_EXPIRY,
            Some(d) => self
                .duration(d, "state.lock_expiry")
                .unwrap_or(DEFAULT_LOCK_EXPIRY),
        };
        let overlap = match (&output.dir, &state_dir) {
            (Dir::Local(out), Dir::Local(state)) => {
                let (out, state) = (lexical(out), lexical(state));
                out.starts_with(&state) || state.starts_with(&out)
            }
            (Dir::Bucket(out), Dir::Bucket(state)) => {
                out.url().starts_with(state.url()) || state.url().starts_with(out.url())
            }
            _ => false,
        };
        if overlap {
            self.error(
                0..0,
                "state.dir",
                format!(
                    "`{state_dir}` overlaps the output folder `{}`: the state, its lock and the robots.txt \
                     cache would be published; keep them apart (the default is .pagefeed)",
                    output.dir
                ),
            );
        }
        Config {
            path: self.file.clone(),
            output,
            state_dir,
            lock_expiry,
            fetch,
            feeds,
        }
    }

    fn output(&mut self, raw: RawOutput) -> Output {
        let dir = match &raw.dir {
            None => Dir::Local(self.base_dir.join("feeds")),
            Some(d) => self.dir(d, "output.dir"),
        };
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
        let websub_hub = raw.websub_hub.and_then(|h| match Url::parse(h.get_ref()) {
            Ok(u) if matches!(u.scheme(), "http" | "https") => Some(u),
            _ => {
                self.error(h.span(), "output.websub_hub", "must be an http or https URL");
                None
            }
        });
        if websub_hub.is_some() && base_url.is_none() {
            // Without self URLs there is nothing a hub could tell subscribers.
            self.error(
                0..0,
                "output.websub_hub",
                "needs output.base_url: the hub is told the feeds' own URLs",
            );
        }
        Output {
            websub_hub,
            dir,
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
                raw.render_concurrency,
                "fetch.render_concurrency",
                &mut s.render_concurrency,
            ),
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
        if let Some(headers) = &raw.headers {
            s.headers = self.headers(headers, "fetch.headers");
        }
        if let Some(path) = &raw.chromium {
            if path.get_ref().trim().is_empty() {
                let msg = "is empty; name the browser, e.g. \"chromium\" or \"/usr/bin/chromium\"";
                self.error(path.span(), "fetch.chromium", msg);
            } else {
                s.chromium = Some(std::path::PathBuf::from(path.get_ref()));
            }
        }
        s.chromium_sandbox = raw.chromium_sandbox.unwrap_or(true);
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

    /// A folder: local (relative to the config's) or `s3://bucket/prefix/`.
    /// A wrong one is named and replaced by the config's own folder.
    fn dir(&mut self, raw: &Spanned<String>, key: &str) -> Dir {
        Dir::parse(raw.get_ref(), &self.base_dir).unwrap_or_else(|e| {
            self.error(raw.span(), key, e);
            Dir::Local(self.base_dir.clone())
        })
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

        let merge: Vec<String> = raw
            .merge
            .as_ref()
            .map(|m| m.get_ref().iter().map(|n| n.get_ref().clone()).collect())
            .unwrap_or_default();
        let (url_span, url_strings) = match (raw.url, &raw.merge) {
            (Some(url), None) => {
                let span = url.span();
                let strings = match url.into_inner() {
                    OneOrMany::One(u) => vec![u],
                    OneOrMany::Many(v) => v,
                };
                if strings.is_empty() {
                    self.error(span.clone(), &key("url"), "lists no page");
                }
                (span, strings)
            }
            (Some(url), Some(_)) => {
                let msg = "a feed has either `url` (its pages) or `merge` (other feeds), not both";
                self.error(url.span(), &key("url"), msg);
                (url.span(), Vec::new())
            }
            (None, Some(m)) => {
                if m.get_ref().is_empty() {
                    self.error(m.span(), &key("merge"), "names no feed");
                }
                (m.span(), Vec::new())
            }
            (None, None) => {
                self.error(
                    raw.id.span(),
                    &key("url"),
                    "missing: give the page's `url` (or `merge` other feeds)",
                );
                (raw.id.span(), Vec::new())
            }
        };
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
        let headers = match &raw.headers {
            Some(h) => self.headers(h, &key("headers")),
            None => Vec::new(),
        };
        let fetch = FetchOverrides {
            headers,
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
        let filter = self.filter(raw.filter, &key);
        let source = raw.source.as_ref().and_then(|s| {
            let kind = crate::extract::source::Kind::parse(s.get_ref());
            if kind.is_none() {
                let msg = format!(
                    "unknown source `{}`; use \"html\", \"feed\" or \"sitemap\"",
                    s.get_ref()
                );
                self.error(s.span(), &key("source"), msg);
            }
            kind
        });
        let render = match &raw.render {
            None => Render::None,
            Some(r) => Render::parse(r.get_ref()).unwrap_or_else(|| {
                let msg = format!(
                    "unknown render `{}`; use \"none\", \"listing\" or \"all\"",
                    r.get_ref()
                );
                self.error(r.span(), &key("render"), msg);
                Render::None
            }),
        };
        if let Some(r) = raw.render.as_ref().filter(|_| render != Render::None) {
            if !merge.is_empty() || urls.iter().any(|u| u.scheme() == "file") {
                let msg = "renders web pages only: `url` must be http(s) (a local file or a merged feed has nothing to render)";
                self.error(r.span(), &key("render"), msg);
            }
        }
        let render_wait = raw.render_wait.as_ref().and_then(|w| {
            self.selector(w, &key("render_wait"))?;
            if render == Render::None {
                let msg = "waits for a rendered page, but the feed renders none; add render = \"listing\"";
                self.error(w.span(), &key("render_wait"), msg);
            }
            Some(w.get_ref().clone())
        });
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
            filter,
            source,
            render,
            render_wait,
            merge,
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
        if let Some(sel) = self.compiled.selectors.get(s.get_ref()) {
            return Some(sel.clone());
        }
        match Selector::parse(s.get_ref()) {
            Ok(sel) => {
                self.compiled.selectors.insert(s.get_ref().clone(), sel.clone());
                Some(sel)
            }
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
            Some(r) => match self.compiled.regex(r) {
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
            } else if let Err(msg) = check_date_format(f) {
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

    /// Each `merge` names other feeds of the config, and no merge leads
    /// back to itself.
    fn check_merges(&mut self, merges: &[(usize, String, Vec<Spanned<String>>)], feeds: &[FeedConfig]) {
        let ids: Vec<&str> = feeds.iter().map(|f| f.id.as_str()).collect();
        for (i, id, names) in merges {
            let key = format!("feeds[{i}].merge");
            for name in names {
                let n = name.get_ref();
                if n == id {
                    self.error(name.span(), &key, format!("`{n}` is this feed itself"));
                } else if !ids.contains(&n.as_str()) {
                    let msg = format!("no feed has the id `{n}`; the ids are: {}", ids.join(", "));
                    self.error(name.span(), &key, msg);
                }
            }
            // A cycle through other merged feeds: follow merges from this one.
            let mut stack: Vec<&str> = names.iter().map(|n| n.get_ref().as_str()).collect();
            let mut seen = std::collections::HashSet::new();
            while let Some(next) = stack.pop() {
                if !seen.insert(next) || next == id {
                    continue;
                }
                if let Some(f) = feeds.iter().find(|f| f.id == next) {
                    if f.merge.iter().any(|m| m == id) {
                        let msg = format!("`{next}` merges this feed back: a cycle");
                        let span = names.first().map_or(0..0, |n| n.span());
                        self.error(span, &key, msg);
                        break;
                    }
                    stack.extend(f.merge.iter().map(String::as_str));
                }
            }
        }
    }

    /// Request headers: each name a valid HTTP token, each `${NAME}` in a
    /// value read from the environment now. A mistake names the header,
    /// never its value (it may hold a credential).
    fn headers(&mut self, raw: &std::collections::BTreeMap<String, Spanned<String>>, key: &str) -> Headers {
        use reqwest::header::{HeaderName, HeaderValue};
        static VAR: std::sync::LazyLock<Regex> =
            std::sync::LazyLock::new(|| Regex::new(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}").expect("valid"));
        let mut out = Vec::new();
        for (name, value) in raw {
            let key = format!("{key}.{name}");
            let Ok(header) = HeaderName::from_bytes(name.as_bytes()) else {
                self.error(value.span(), &key, format!("`{name}` is not a valid header name"));
                continue;
            };
            let mut missing = Vec::new();
            let expanded = VAR.replace_all(value.get_ref(), |c: &regex::Captures| {
                std::env::var(&c[1]).unwrap_or_else(|_| {
                    missing.push(c[1].to_string());
                    String::new()
                })
            });
            if !missing.is_empty() {
                let msg = format!("the environment variable `{}` is not set", missing.join("`, `"));
                self.error(value.span(), &key, msg);
                continue;
            }
            match HeaderValue::from_str(&expanded) {
                Ok(mut v) => {
                    v.set_sensitive(true);
                    out.push((header, v));
                }
                Err(_) => self.error(
                    value.span(),
                    &key,
                    "the value holds characters a header cannot carry (line breaks, control characters)",
                ),
            }
        }
        out
    }

    fn filter(&mut self, raw: RawFilter, key: &dyn Fn(&str) -> String) -> Filter {
        let mut regexes = |list: &[Spanned<String>], name: &str| -> Vec<Regex> {
            list.iter()
                .filter_map(|r| match self.compiled.regex(r.get_ref()) {
                    Ok(re) => Some(re),
                    Err(e) => {
                        let msg = format!("invalid regex `{}`: {e}", r.get_ref());
                        self.error(r.span(), &key(&format!("filter.{name}")), msg);
                        None
                    }
                })
                .collect()
        };
        let include = regexes(&raw.include, "include");
        let exclude = regexes(&raw.exclude, "exclude");
        let fields = match raw.fields {
            None => FilterField::ALL.to_vec(),
            Some(names) => {
                if names.get_ref().is_empty() {
                    // An empty list reads nothing; say so rather than keep or drop all.
                    self.error(names.span(), &key("filter.fields"), "names no field");
                }
                names
                    .get_ref()
                    .iter()
                    .filter_map(|n| {
                        let field = FilterField::parse(n.get_ref());
                        if field.is_none() {
                            let msg = format!(
                                "unknown field `{}`; use title, summary, tags, author or link",
                                n.get_ref()
                            );
                            self.error(n.span(), &key("filter.fields"), msg);
                        }
                        field
                    })
                    .collect()
            }
        };
        Filter {
            include,
            exclude,
            fields,
        }
    }

    fn list_rules(&mut self, raw: RawList, key: &dyn Fn(&str) -> String) -> ListRules {
        let item = raw
            .item
            .as_ref()
            .and_then(|s| self.selector(s, &key("list.item")));
        let next_page = raw
            .next_page
            .as_ref()
            .and_then(|s| self.selector(s, &key("list.next_page")));
        let max_pages = match raw.max_pages {
            Some(m) if *m.get_ref() == 0 => {
                self.error(m.span(), &key("list.max_pages"), "must be at least 1");
                1
            }
            Some(m) => *m.get_ref(),
            None => 1,
        };
        ListRules {
            next_page,
            max_pages,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_formats_are_checked() {
        assert!(check_date_format("%d %b %Y %H:%M").is_ok());
        assert!(check_date_format("%Q").is_err());
        assert!(check_date_format("%H:%M").is_err());
    }
}
