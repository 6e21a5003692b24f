//! One feed from its pages to its files: fetch the listing, extract the
//! items, fetch and extract each new article, merge with the history kept in
//! the state, write the feed files and the state.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use anyhow::{anyhow, bail, Result};
use chrono::{DateTime, FixedOffset, Utc};
use futures::stream::{self, StreamExt};
use indicatif::ProgressBar;

use crate::config::{Config, FeedConfig, FieldRules};
use crate::extract::{self, Article, FeedItem, Found, Source};
use crate::fetch::{self, Fetched, Fetcher, Validators};
use crate::generate::{self, FeedMeta};
use crate::store::{self, FeedState, Loaded, RunStats, StoredItem, StoredPage};

/// How `build` runs.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Extract every listed article again, cached or not.
    pub refresh: bool,
    /// Fetch and compare, but write nothing.
    pub dry_run: bool,
    /// How long to wait for another build holding the state lock.
    pub wait: Duration,
    /// `--shard K/N`: build only the feeds of shard K of N (see [`shard_of`]).
    pub shard: Option<Shard>,
}

/// One of N parts of a config's feeds, for runs on several machines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub k: u64,
    pub n: u64,
}

impl std::str::FromStr for Shard {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Shard, String> {
        let (k, n) = s
            .split_once('/')
            .ok_or_else(|| format!("`{s}` is not K/N, e.g. 0/4"))?;
        let (k, n): (u64, u64) = (
            k.trim().parse().map_err(|_| format!("`{k}` is not a number"))?,
            n.trim().parse().map_err(|_| format!("`{n}` is not a number"))?,
        );
        if n == 0 || k >= n {
            return Err(format!("shard {k}/{n}: K counts from 0 and must be below N"));
        }
        Ok(Shard { k, n })
    }
}

/// The shard a feed lands on among `n`: the 64-bit FNV-1a hash of its id's
/// UTF-8 bytes, modulo `n`. Stable across runs, machines and versions; the
/// same hash any language can compute, so a CI matrix can be planned.
pub fn shard_of(id: &str, n: u64) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in id.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h % n
}

/// An item named in a report.
#[derive(Debug, Clone)]
pub struct Change {
    pub title: String,
    pub link: String,
}

impl Change {
    fn of(item: &FeedItem) -> Change {
        Change {
            title: item.title.clone(),
            link: item.link.to_string(),
        }
    }
}

/// What a run did for one feed.
#[derive(Debug, Default)]
pub struct FeedOutcome {
    pub id: String,
    /// Items in the feed.
    pub items: usize,
    pub added: Vec<Change>,
    /// Items extracted again whose fields changed.
    pub updated: Vec<Change>,
    /// Items pushed out by `max_items` or `max_age`.
    pub dropped: Vec<Change>,
    /// Problems that cost items but not the feed (an article that failed).
    pub warnings: Vec<String>,
    /// Why the feed was not written; what was published before is kept.
    pub error: Option<String>,
    /// Files rewritten because their content changed (state included).
    pub written: Vec<String>,
    /// Why the selectors may have gone stale, when they may.
    pub stale: Option<String>,
    pub pages_fetched: usize,
    pub pages_not_modified: usize,
    pub articles_fetched: usize,
    pub articles_cached: usize,
}

const UNCHANGED_LISTING: &str = "unchanged listing";

/// What the listing pages gave.
struct Listing {
    /// One article per link, in page order; from an unchanged page only the link.
    items: Vec<Article>,
    pages: BTreeMap<String, StoredPage>,
    warnings: Vec<String>,
    fetched: usize,
    not_modified: usize,
    /// What the listing URLs answered with ("html", "feed", "sitemap").
    kinds: Vec<&'static str>,
}

/// How many fresh articles had each watched field. A field with a rule
/// counts only when the rule found it: a fallback that fills in for a
/// selector that stopped matching must not hide that it stopped.
#[derive(Default)]
struct Coverage {
    date: usize,
    author: usize,
    content: usize,
}

impl Coverage {
    fn observe(&mut self, feed: &FeedConfig, a: &Article) {
        let found = |ruled: bool, from: Option<&Source>| match from {
            Some(Source::Rule(_)) => true,
            Some(_) => !ruled,
            None => false,
        };
        let ruled = |f: fn(&FieldRules) -> bool| f(&feed.article.fields) || f(&feed.list.fields);
        let date = a.published.as_ref().or(a.updated.as_ref()).map(|d| &d.from);
        self.date += usize::from(found(ruled(|r| r.date.is_some() || r.updated.is_some()), date));
        self.author += usize::from(found(
            ruled(|r| r.author.is_some()),
            a.author.as_ref().map(|f| &f.from),
        ));
        self.content += usize::from(found(
            ruled(|r| r.content.is_some()),
            a.content_html.as_ref().map(|f| &f.from),
        ));
    }
}

/// The listing pages came, but no item was found on them.
#[derive(Debug)]
pub struct NoItemsFound(String);

impl std::fmt::Display for NoItemsFound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for NoItemsFound {}

/// Fetches the listing pages (conditionally, when `old_pages` has validators
/// taken with the same rules) and finds their items.
async fn fetch_listing(
    feed: &FeedConfig,
    fetcher: &Fetcher,
    concurrency: usize,
    progress: &ProgressBar,
    old_pages: &BTreeMap<String, StoredPage>,
    known: &HashSet<String>,
) -> Result<Listing> {
    let rules = store::list_rules_hash(&feed.list);
    let policy = &fetch::Policy::for_feed(feed, &fetcher.settings);
    let request = |url: url::Url| {
        // A rendered page can change while the HTML it is drawn from does
        // not: it is always fetched whole.
        let old = old_pages
            .get(url.as_str())
            .filter(|p| p.rules == rules && !feed.render.listing())
            .cloned();
        let validators = old
            .as_ref()
            .map(|p| Validators {
                etag: p.etag.clone(),
                last_modified: p.last_modified.clone(),
            })
            .unwrap_or_default();
        async move {
            let answer = match fetcher.get_if_changed(&url, &validators, policy).await {
                Ok(fetch::Fetched::Page(page)) if feed.render.listing() => fetcher
                    .render(&page, policy, feed.render, feed.render_wait.as_deref())
                    .await
                    .map(fetch::Fetched::Page),
                answer => answer,
            };
            (url, old, answer)
        }
    };
    let answers: Vec<_> = stream::iter(feed.urls.iter().cloned())
        .map(request)
        .buffered(concurrency)
        .collect()
        .await;

    let mut read = ListingRead {
        listing: Listing {
            items: Vec::new(),
            pages: BTreeMap::new(),
            warnings: Vec::new(),
            fetched: 0,
            not_modified: 0,
            kinds: Vec::new(),
        },
        failures: Vec::new(),
        pages_without_items: 0,
        seen: HashSet::new(),
        sitemaps: Vec::new(),
    };
    let mut next_pages = Vec::new();
    for (url, old, answer) in answers {
        progress.inc(1);
        let (new_items, next) = read.absorb(feed, &rules, known, &url, old, answer).await?;
        if let Some(next) = next.filter(|_| new_items > 0 && feed.list.max_pages > 1) {
            next_pages.push((url, next));
        }
    }
    // Next pages, one after another from each first page: up to
    // `max_pages`, and no further than a page with nothing new (a full
    // history costs several pages once, one page afterwards).
    for (first, mut next) in next_pages {
        let mut visited: HashSet<url::Url> = HashSet::from([first]);
        for _ in 1..feed.list.max_pages {
            if !visited.insert(next.clone()) {
                read.failures
                    .push(format!("{next}: the next pages lead back to a page already read"));
                break;
            }
            let (url, old, answer) = request(next).await;
            let (new_items, following) = read.absorb(feed, &rules, known, &url, old, answer).await?;
            match following {
                Some(n) if new_items > 0 => next = n,
                _ => break,
            }
        }
    }
    // The sitemaps of a sitemap index, newest first, until the feed is
    // full (and never more than MAX_SITEMAPS a run); an index inside an
    // index is not followed.
    const MAX_SITEMAPS: usize = 20;
    let children = std::mem::take(&mut read.sitemaps);
    let mut visited: HashSet<url::Url> = feed.urls.iter().cloned().collect();
    for child in children.into_iter().take(MAX_SITEMAPS) {
        if read.listing.items.len() >= feed.max_items || !visited.insert(child.clone()) {
            continue;
        }
        let (url, old, answer) = request(child).await;
        read.absorb(feed, &rules, known, &url, old, answer).await?;
        read.sitemaps.clear();
    }
    let ListingRead {
        mut listing,
        failures,
        pages_without_items,
        ..
    } = read;
    if listing.items.is_empty() {
        let message = failures.join("; ");
        if pages_without_items == feed.urls.len() {
            return Err(NoItemsFound(message).into());
        }
        bail!("{message}");
    }
    listing.warnings = failures;
    Ok(listing)
}

/// A listing being read, page after page.
struct ListingRead {
    listing: Listing,
    failures: Vec<String>,
    pages_without_items: usize,
    seen: HashSet<String>,
    /// Sitemaps a sitemap index named, newest first, not read yet.
    sitemaps: Vec<url::Url>,
}

/// What one listing page gave.
#[derive(Default)]
struct ReadPage {
    items: Vec<Article>,
    warning: Option<String>,
    next: Option<url::Url>,
    sitemaps: Vec<url::Url>,
}

impl ListingRead {
    /// Takes one listing page's answer in: its items (new links only), and
    /// returns how many of them the history does not know, and the page's
    /// next page.
    async fn absorb(
        &mut self,
        feed: &FeedConfig,
        rules: &str,
        known: &HashSet<String>,
        url: &url::Url,
        old: Option<StoredPage>,
        answer: Result<Fetched>,
    ) -> Result<(usize, Option<url::Url>)> {
        let listing = &mut self.listing;
        let mut next = None;
        let found = match answer {
            Ok(Fetched::NotModified) => {
                listing.not_modified += 1;
                let old = old.expect("a conditional request had validators");
                let found = old
                    .links
                    .iter()
                    .filter_map(|l| url::Url::parse(l).ok())
                    .map(|link| Article {
                        link: Some(Found {
                            value: link,
                            from: Source::Fallback(UNCHANGED_LISTING),
                        }),
                        ..Default::default()
                    })
                    .collect();
                listing.pages.insert(url.to_string(), old);
                found
            }
            Ok(Fetched::Page(page)) => {
                listing.fetched += 1;
                let (html, page_url, list_rules, tz) =
                    (page.html, page.url.clone(), feed.list.clone(), feed.timezone);
                let forced = feed.source;
                let read = blocking(Lane::Listing, move || -> Result<(&'static str, ReadPage)> {
                    use extract::source::{self, Kind};
                    let _page = tracing::debug_span!("listing", url = %page_url).entered();
                    let kind = forced.unwrap_or_else(|| source::sniff(&html));
                    tracing::debug!("{page_url}: read as {}", kind.name());
                    Ok((
                        kind.name(),
                        match kind {
                            Kind::Html => {
                                let (doc, warning) = extract::parse_page(&html);
                                let next = (list_rules.max_pages > 1)
                                    .then(|| {
                                        extract::next_page(&doc, &page_url, list_rules.next_page.as_ref())
                                    })
                                    .flatten();
                                ReadPage {
                                    items: extract::extract_listing(&doc, &page_url, &list_rules, tz),
                                    warning,
                                    next,
                                    sitemaps: Vec::new(),
                                }
                            }
                            Kind::Feed => ReadPage {
                                items: source::feed_entries(&html, &page_url)?,
                                ..ReadPage::default()
                            },
                            Kind::Sitemap => {
                                let map = source::sitemap(&html, &page_url, tz)?;
                                ReadPage {
                                    items: map.items,
                                    sitemaps: map.children,
                                    ..ReadPage::default()
                                }
                            }
                        },
                    ))
                })
                .await?;
                let read = match read {
                    Ok((kind, read)) => {
                        if !listing.kinds.contains(&kind) {
                            listing.kinds.push(kind);
                        }
                        read
                    }
                    Err(e) => {
                        self.failures.push(format!("{url}: {e:#}"));
                        return Ok((0, None));
                    }
                };
                let found = read.items;
                next = read.next;
                self.sitemaps.extend(read.sitemaps);
                if let Some(w) = read.warning {
                    self.failures.push(format!("{url}: {w}"));
                }
                if found.is_empty() {
                    self.pages_without_items += 1;
                    self.failures
                        .push(format!("{url}: no items found; check the [feeds.list] selectors"));
                } else {
                    let links = found.iter().map(|a| link_of(a).to_string()).collect();
                    let record = StoredPage {
                        etag: page.validators.etag,
                        last_modified: page.validators.last_modified,
                        rules: rules.to_string(),
                        links,
                    };
                    listing.pages.insert(url.to_string(), record);
                }
                found
            }
            Err(e) => {
                self.failures.push(format!("{e:#}"));
                Vec::new()
            }
        };
        let mut new_items = 0;
        for mut item in found {
            if !feed.keep_tracking_params {
                if let Some(link) = item.link.as_mut() {
                    link.value = extract::html::without_tracking(&link.value);
                }
            }
            let link = link_of(&item).to_string();
            if self.seen.insert(link.clone()) {
                new_items += usize::from(!known.contains(&link));
                listing.items.push(item);
            }
        }
        Ok((new_items, next))
    }
}

/// Whether a listing card stays for its article page to be read: the
/// filter drops it without a request when the card alone decides. A card
/// from an unchanged listing (only its link) is judged once its item is.
fn keeps_card(feed: &FeedConfig, card: &Article) -> bool {
    let unchanged = matches!(
        card.link,
        Some(Found {
            from: Source::Fallback(UNCHANGED_LISTING),
            ..
        })
    );
    unchanged || feed.filter.judge_card(card, feed.fetch_articles) != crate::filter::Verdict::Drop
}

/// The item without an image that leads where its page could not: a local
/// file from a web page, or a loopback or private address written as such
/// (`http://127.0.0.1:6379/`, `http://localhost/`) other than the feed's own
/// host. A reader would fetch it from wherever it runs.
fn with_publishable_image(mut item: FeedItem, feed: &FeedConfig) -> FeedItem {
    item.image = item.image.filter(|image| {
        feed.urls.iter().any(|page| {
            extract::html::leads_to(page, image) && !extract::html::loads_private(page, image.as_str())
        })
    });
    item
}

/// What a blocking thread parses: listings and articles queue apart, so a
/// feed's listing never waits behind the articles of hundreds of others
/// (its host idles meanwhile).
#[derive(Clone, Copy)]
enum Lane {
    Listing,
    Article,
}

/// Runs parsing and extraction on a blocking thread, so a heavy page holds up
/// neither the other feeds' requests nor the feed's own deadline; in each
/// lane as many at once as there are cores. (Unbounded, 512 feeds at once
/// kept hundreds of threads parsing on 2 cores, each page's tree alive, and
/// malloc's per-thread arenas took 640 MiB where one arena needed 400.)
async fn blocking<T: Send + 'static>(lane: Lane, work: impl FnOnce() -> T + Send + 'static) -> Result<T> {
    fn cores() -> tokio::sync::Semaphore {
        tokio::sync::Semaphore::new(std::thread::available_parallelism().map_or(2, |n| n.get()))
    }
    static LISTINGS: std::sync::LazyLock<tokio::sync::Semaphore> = std::sync::LazyLock::new(cores);
    static ARTICLES: std::sync::LazyLock<tokio::sync::Semaphore> = std::sync::LazyLock::new(cores);
    let lane = match lane {
        Lane::Listing => &LISTINGS,
        Lane::Article => &ARTICLES,
    };
    let _core = lane
        .acquire()
        .await
        .map_err(|e| anyhow!("extraction failed: {e}"))?;
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| anyhow!("extraction failed: {e}"))
}

fn link_of(a: &Article) -> &url::Url {
    &a.link.as_ref().expect("listing items have links").value
}

/// Fetches and extracts each item's article page, merged with what the
/// listing said; in the order given.
async fn extract_articles(
    feed: &FeedConfig,
    fetcher: &Fetcher,
    concurrency: usize,
    progress: &ProgressBar,
    items: Vec<Article>,
) -> Vec<Result<Article>> {
    progress.inc_length(items.len() as u64);
    let policy = &fetch::Policy::for_feed(feed, &fetcher.settings);
    stream::iter(items)
        .map(|item| async move {
            let page = match fetcher.get(link_of(&item), policy).await {
                Ok(page) if feed.render.articles() => fetcher
                    .render(&page, policy, feed.render, None)
                    .await
                    .map(std::sync::Arc::new),
                page => page,
            };
            progress.inc(1);
            let page = page?;
            let (rules, tz) = (feed.article.clone(), feed.timezone);
            let (article, warning) = blocking(Lane::Article, move || {
                let _page = tracing::debug_span!("article", url = %page.url).entered();
                let (mut doc, warning) = extract::parse_page(&page.html);
                (extract::extract_article(&mut doc, &page.url, &rules, tz), warning)
            })
            .await?;
            if let Some(w) = warning {
                tracing::warn!("{}: {w}", link_of(&item));
            }
            Ok(Article::merge(item, article))
        })
        .buffered(concurrency)
        .collect()
        .await
}

/// The articles of a feed, merged from listing and article pages, newest
/// first, with the problems that dropped some of them.
pub struct Collected {
    pub articles: Vec<Article>,
    pub warnings: Vec<String>,
    /// What the listing URLs answered with: "html", "feed", "sitemap".
    pub kinds: Vec<&'static str>,
}

/// Fetches and extracts a feed's items without state and without writing.
pub async fn collect(
    feed: &FeedConfig,
    fetcher: &Fetcher,
    concurrency: usize,
    progress: &ProgressBar,
) -> Result<Collected> {
    if !feed.merge.is_empty() {
        bail!(
            "`{}` merges other feeds ({}) and has no page of its own; preview those",
            feed.id,
            feed.merge.join(", ")
        );
    }
    let mut listing = fetch_listing(
        feed,
        fetcher,
        concurrency,
        progress,
        &BTreeMap::new(),
        &HashSet::new(),
    )
    .await?;
    listing.items.retain(|card| keeps_card(feed, card));
    listing.items.truncate(feed.max_items);
    let mut warnings = listing.warnings;
    let listing_kinds = std::mem::take(&mut listing.kinds);
    let articles = if feed.fetch_articles {
        let results = extract_articles(feed, fetcher, concurrency, progress, listing.items).await;
        let mut articles = Vec::new();
        for r in results {
            match r {
                Ok(a) => articles.push(a),
                Err(e) => warnings.push(format!("item dropped: {e:#}")),
            }
        }
        articles
    } else {
        listing.items
    };
    let made = articles.len();
    let articles: Vec<Article> = articles
        .into_iter()
        .filter(|a| a.clone().into_item().is_none_or(|item| feed.filter.keeps(&item)))
        .collect();
    if made == 0 {
        bail!(
            "no article of {} could be fetched: {}",
            feed.urls[0],
            warnings.join("; ")
        );
    }
    let date = |a: &Article| a.published.as_ref().or(a.updated.as_ref()).map(|d| d.value.at);
    let mut articles = articles;
    // Dated items newest first; undated ones keep page order after them.
    articles.sort_by(|a, b| {
        date(b)
            .is_some()
            .cmp(&date(a).is_some())
            .then(date(b).cmp(&date(a)))
    });
    Ok(Collected {
        articles,
        warnings,
        kinds: listing_kinds,
    })
}

/// Builds one feed against its state and writes its files; never returns an
/// error: the outcome says what went wrong, and nothing published before is
/// lost. The feed's health is recorded in its state either way.
pub async fn build_feed(
    config: &Config,
    feed: &FeedConfig,
    fetcher: &Fetcher,
    progress: &ProgressBar,
    options: &BuildOptions,
) -> FeedOutcome {
    let now = Utc::now();
    let (mut outcome, state) = begin_feed(config, feed, now);
    let Some(mut state) = state else {
        return outcome;
    };
    let budget = feed.feed_timeout(&config.fetch);
    let run = build_into(
        config,
        feed,
        fetcher,
        progress,
        options,
        &mut state,
        &mut outcome,
        now,
    );
    let result = match tokio::time::timeout(budget, run).await {
        Ok(result) => result,
        Err(_) => Err(anyhow!(
            "the feed took longer than its feed_timeout ({}s)",
            budget.as_secs()
        )),
    };
    match result {
        Ok(stats) => outcome.stale = state.health.succeeded(now, stats),
        Err(e) => {
            let message = format!("{e:#}");
            let no_items = e.downcast_ref::<NoItemsFound>().is_some();
            outcome.stale = state.health.failed(now, &message, no_items);
            outcome.error = Some(message);
            if !options.dry_run {
                if let Err(e) = write_feeds(config, feed, &state, now, true, &mut outcome) {
                    outcome.warnings.push(format!("{e:#}"));
                }
            }
        }
    }
    // Written in this version's format, also when the first run failed.
    state.version = store::STATE_VERSION;
    if !options.dry_run {
        save_state(config, feed, &state, &mut outcome);
    }
    outcome
}

fn load_state(
    config: &Config,
    feed: &FeedConfig,
    now: DateTime<Utc>,
    outcome: &mut FeedOutcome,
) -> Result<FeedState> {
    Ok(match store::load(&config.state_dir, &feed.id)? {
        Loaded::Ok(state) => *state,
        Loaded::Fresh => FeedState {
            items: recover_published(config, feed, now),
            ..Default::default()
        },
        Loaded::MovedAside(path, why) => {
            outcome.warnings.push(format!(
                "the state file could not be read ({why}); it was moved to {path} and the history starts anew"
            ));
            FeedState {
                items: recover_published(config, feed, now),
                ..Default::default()
            }
        }
    })
}

/// A feed's outcome and state at the start of its run; no state, and the
/// error in the outcome, when the state cannot be read.
fn begin_feed(config: &Config, feed: &FeedConfig, now: DateTime<Utc>) -> (FeedOutcome, Option<FeedState>) {
    let mut outcome = FeedOutcome {
        id: feed.id.clone(),
        ..Default::default()
    };
    let state = load_state(config, feed, now, &mut outcome)
        .map_err(|e| outcome.error = Some(format!("{e:#}")))
        .ok();
    (outcome, state)
}

/// Saves a feed's state, naming the file in the outcome when it changed.
fn save_state(config: &Config, feed: &FeedConfig, state: &FeedState, outcome: &mut FeedOutcome) {
    match store::save(&config.state_dir, &feed.id, state) {
        Ok(true) => outcome
            .written
            .push(config.state_dir.location(&store::state_name(&feed.id))),
        Ok(false) => {}
        Err(e) => outcome.error = Some(format!("{e:#}")),
    }
}

/// Fetches, extracts and merges into `state`, then writes the feed files
/// (the caller saves the state). Returns what the run found.
#[allow(clippy::too_many_arguments)]
async fn build_into(
    config: &Config,
    feed: &FeedConfig,
    fetcher: &Fetcher,
    progress: &ProgressBar,
    options: &BuildOptions,
    state: &mut FeedState,
    outcome: &mut FeedOutcome,
    now: DateTime<Utc>,
) -> Result<RunStats> {
    let concurrency = config.fetch.concurrency;
    let rules = store::item_rules_hash(feed);
    // An item is current unless its rules changed, `--refresh` asks, or
    // `refresh_after` has passed since it was extracted.
    let is_current = |stored: &StoredItem| {
        let young = match (feed.refresh_after, stored.extracted) {
            (Some(max), Some(at)) => now.signed_duration_since(at).to_std().is_ok_and(|age| age < max),
            _ => true,
        };
        stored.rules == rules && !options.refresh && young
    };
    // An item made again needs what its card on the listing says (its date,
    // title, summary): an unchanged listing (304) gives only links, so the
    // listing is read whole when any item will be made again.
    let remake = options.refresh || !state.items.iter().all(is_current);
    let no_pages = BTreeMap::new();
    let known_pages = if remake { &no_pages } else { &state.pages };
    let known: HashSet<String> = state.items.iter().map(|i| i.item.link.to_string()).collect();
    let mut listing = fetch_listing(feed, fetcher, concurrency, progress, known_pages, &known).await?;
    outcome.warnings.append(&mut listing.warnings);
    outcome.pages_fetched = listing.fetched;
    outcome.pages_not_modified = listing.not_modified;
    // A changed filter judges every listed link anew.
    let filter_now = feed.filter.describe();
    if state.filter != filter_now {
        state.filtered.clear();
        state.filter = filter_now;
    }
    let filtered_before: HashSet<String> = state.filtered.drain(..).collect();
    let mut filtered_now: Vec<String> = Vec::new();
    listing.items.retain(|card| {
        let link = link_of(card).to_string();
        if filtered_before.contains(&link) {
            filtered_now.push(link);
            return false;
        }
        keeps_card(feed, card)
    });
    listing.items.truncate(feed.max_items);

    // Which listed items need their article page, and which are known.
    let old: HashMap<String, &StoredItem> =
        state.items.iter().map(|i| (i.item.link.to_string(), i)).collect();
    let expired: HashSet<&str> = state.expired.iter().map(String::as_str).collect();
    let mut listed_links = Vec::new();
    let mut to_extract = Vec::new();
    let mut gone_now = std::collections::BTreeMap::new();
    for article in listing.items {
        let link = link_of(&article).to_string();
        if expired.contains(link.as_str()) {
            continue;
        }
        if let Some(gone) = state.gone.get(&link) {
            if feed.fetch_articles && gone.retry_after > now {
                // Still gone, as far as we know: not asked for again yet.
                gone_now.insert(link.clone(), gone.clone());
                listed_links.push(link);
                continue;
            }
        }
        let known = old.get(&link).copied();
        let fresh_from_page = !matches!(
            article.link,
            Some(Found {
                from: Source::Fallback(UNCHANGED_LISTING),
                ..
            })
        );
        let extract = match known {
            None => true,
            Some(stored) if feed.fetch_articles => !is_current(stored),
            // Listing-only items cost no request: take the page's latest fields.
            Some(_) => fresh_from_page,
        };
        listed_links.push(link);
        if extract {
            to_extract.push(article);
        }
    }

    // Extract what needs it; failures keep an earlier version when there is one.
    let mut extracted: HashMap<String, FeedItem> = HashMap::new();
    let mut coverage = Coverage::default();
    outcome.articles_cached = listed_links.len() - to_extract.len() - gone_now.len();
    if feed.fetch_articles {
        outcome.articles_fetched = to_extract.len();
        let links: Vec<String> = to_extract.iter().map(|a| link_of(a).to_string()).collect();
        let results = extract_articles(feed, fetcher, concurrency, progress, to_extract).await;
        for (link, result) in links.into_iter().zip(results) {
            if let Ok(article) = &result {
                coverage.observe(feed, article);
            }
            match result.map(Article::into_item) {
                Ok(Some(item)) if !feed.filter.keeps(&item) => filtered_now.push(link),
                Ok(Some(item)) => {
                    extracted.insert(link, with_publishable_image(item, feed));
                }
                Ok(None) => {}
                Err(e) if fetch::HttpStatus::is_gone(&e) => {
                    let again = store::GoneArticle::again(state.gone.get(&link), now);
                    outcome.warnings.push(format!(
                        "item dropped: {e:#}; asked for again after {}",
                        again.retry_after.format("%Y-%m-%d %H:%M UTC")
                    ));
                    gone_now.insert(link, again);
                }
                Err(e) if old.contains_key(&link) => {
                    outcome.warnings.push(format!("kept the earlier version: {e:#}"))
                }
                Err(e) => {
                    tracing::info!(feed = %feed.id, "item dropped: {e:#}");
                    outcome.warnings.push(format!("item dropped: {e:#}"));
                }
            }
        }
    } else {
        for article in to_extract {
            let link = link_of(&article).to_string();
            if let Some(item) = article.into_item().filter(|item| feed.filter.keeps(item)) {
                extracted.insert(link, with_publishable_image(item, feed));
            }
        }
    }
    let dropped: HashSet<&String> = filtered_now.iter().collect();
    listed_links.retain(|l| !dropped.contains(l));

    let stats = RunStats {
        since: now,
        found: listed_links.len(),
        extracted: if feed.fetch_articles { extracted.len() } else { 0 },
        with_date: coverage.date,
        with_author: coverage.author,
        with_content: coverage.content,
    };

    let changes = store::merge::merge(
        state,
        store::merge::Found {
            listed: listed_links,
            fresh: extracted,
            rules,
            extracted_at: feed.fetch_articles.then_some(now),
            now,
        },
        &store::merge::Limits {
            max_items: feed.max_items,
            max_age: feed.max_age,
        },
    );
    // Items kept before a filter was added or changed leave the feed too.
    state.items.retain(|stored| feed.filter.keeps(&stored.item));
    state.filtered = filtered_now;
    outcome.added = changes.added.iter().map(Change::of).collect();
    outcome.updated = changes.updated.iter().map(Change::of).collect();
    outcome.dropped = changes.dropped.iter().map(Change::of).collect();
    outcome.items = state.items.len();
    state.pages = listing.pages;
    state.gone = gone_now;
    if options.dry_run {
        return Ok(stats);
    }

    // Feeds first, then (by the caller) the state: a crash in between
    // re-extracts at worst.
    write_feeds(config, feed, state, now, false, outcome)?;
    Ok(stats)
}

/// The feeds as chains, each built one feed after another, for `slots`
/// feeds at once: each host's feeds (by their first page) dealt into
/// `slots / hosts` chains (at least one), and the chains in turns by host,
/// so that the first `slots` chains reach as many hosts as they can.
///
/// When a feed ends, its chain goes on with the next feed of the same host,
/// which keeps every host paced to its interval. A plain queue of feeds in
/// turns by host gave a feed's slot to another host's feed: the host sat
/// idle until its next feed came up, and 5,000 feeds on 500 hosts ran at
/// 1.5x the per-host bound.
fn chains_by_host(feeds: Vec<&FeedConfig>, slots: usize) -> Vec<Vec<&FeedConfig>> {
    let by_host = interleave_by_host(feeds);
    let hosts = by_host.iter().map(|(host, _)| *host).max().map_or(0, |h| h + 1);
    let per_host = (slots / hosts.max(1)).max(1);
    // Feed i of its host goes to chain i mod per_host of that host.
    let mut index: HashMap<(usize, usize), usize> = HashMap::new();
    let mut chains: Vec<Vec<&FeedConfig>> = Vec::new();
    let mut count = vec![0usize; hosts];
    for (host, feed) in by_host {
        let key = (host, count[host] % per_host);
        count[host] += 1;
        let i = *index.entry(key).or_insert_with(|| {
            chains.push(Vec::new());
            chains.len() - 1
        });
        chains[i].push(feed);
    }
    chains
}

/// Feeds in turns by the host of their first page, with the host's number:
/// one of each host, then the second of each, and so on; within a host, the
/// config's order.
fn interleave_by_host(feeds: Vec<&FeedConfig>) -> Vec<(usize, &FeedConfig)> {
    let mut slot: HashMap<String, usize> = HashMap::new();
    let mut queues: Vec<std::collections::VecDeque<&FeedConfig>> = Vec::new();
    for feed in feeds {
        let host = feed
            .urls
            .first()
            .map(|u| u.origin().ascii_serialization())
            .unwrap_or_default();
        let i = *slot.entry(host).or_insert_with(|| {
            queues.push(Default::default());
            queues.len() - 1
        });
        queues[i].push_back(feed);
    }
    let mut out = Vec::new();
    let mut round = 0;
    loop {
        let before = out.len();
        out.extend(
            queues
                .iter()
                .enumerate()
                .filter_map(|(host, q)| Some((host, *q.get(round)?))),
        );
        if out.len() == before {
            return out;
        }
        round += 1;
    }
}

/// A merged feed: the items its feeds hold after this run (and their
/// filters), newest first, one per link, through its own filter and
/// `max_items`. A feed that fails this run gives what it published before.
fn build_merged(config: &Config, feed: &FeedConfig, options: &BuildOptions) -> FeedOutcome {
    let now = Utc::now();
    let (mut outcome, state) = begin_feed(config, feed, now);
    let Some(mut state) = state else {
        return outcome;
    };
    let mut items: Vec<StoredItem> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for id in &feed.merge {
        match store::load(&config.state_dir, id) {
            Ok(Loaded::Ok(source)) => {
                for item in source.items {
                    if feed.filter.keeps(&item.item) && seen.insert(item.item.link.to_string()) {
                        items.push(item);
                    }
                }
            }
            Ok(_) => outcome
                .warnings
                .push(format!("`{id}` has no items yet (it has not built successfully)")),
            Err(e) => outcome.warnings.push(format!("`{id}`: {e:#}")),
        }
    }
    items.sort_by_key(|i| std::cmp::Reverse(i.date()));
    items.truncate(feed.max_items);
    let old: HashSet<String> = state.items.iter().map(|i| i.item.link.to_string()).collect();
    outcome.added = items
        .iter()
        .filter(|i| !old.contains(i.item.link.as_str()))
        .map(|i| Change::of(&i.item))
        .collect();
    outcome.items = items.len();
    state.items = items;
    let stats = RunStats {
        since: now,
        found: state.items.len(),
        extracted: 0,
        with_date: 0,
        with_author: 0,
        with_content: 0,
    };
    outcome.stale = state.health.succeeded(now, stats);
    state.version = store::STATE_VERSION;
    if !options.dry_run {
        if let Err(e) = write_feeds(config, feed, &state, now, false, &mut outcome) {
            outcome.error = Some(format!("{e:#}"));
        }
        save_state(config, feed, &state, &mut outcome);
    }
    outcome
}

/// Writes the feed files from the state's items. With `only_missing`, only
/// files that do not exist: a feed that failed this run still publishes what
/// it remembers where nothing was published (a fresh CI checkout, say).
fn write_feeds(
    config: &Config,
    feed: &FeedConfig,
    state: &FeedState,
    now: DateTime<Utc>,
    only_missing: bool,
    outcome: &mut FeedOutcome,
) -> Result<()> {
    let items: Vec<FeedItem> = state.items.iter().map(StoredItem::published_item).collect();
    let meta = feed_meta(config, feed, &items, now);
    for &format in &config.output.formats {
        let name = generate::output_name(&feed.id, format);
        let dir = &config.output.dir;
        if only_missing && (items.is_empty() || dir.exists(&name)) {
            continue;
        }
        let text = generate::render(format, &meta, &items);
        if dir.write_if_changed(&name, text.as_bytes(), format.media_type())? {
            outcome.written.push(dir.location(&name));
        }
    }
    Ok(())
}

/// Without a state, the items of the feed published before start the
/// history, so a lost state folder loses no item.
fn recover_published(config: &Config, feed: &FeedConfig, now: DateTime<Utc>) -> Vec<StoredItem> {
    let items = generate::read_published(&config.output.dir, &feed.id, &config.output.formats);
    let n = items.len() as u64;
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| StoredItem {
            first_seen: item.published.or(item.updated).unwrap_or(now.fixed_offset()),
            seq: n - 1 - i as u64,
            extracted: None,
            // An empty hash: still-listed items are extracted again.
            rules: String::new(),
            item,
        })
        .collect()
}

fn feed_meta(config: &Config, feed: &FeedConfig, items: &[FeedItem], now: DateTime<Utc>) -> FeedMeta {
    // The newest item date keeps the file identical when nothing changed.
    let updated: Option<DateTime<FixedOffset>> = items
        .iter()
        .filter_map(|i| i.updated.into_iter().chain(i.published).max())
        .max();
    FeedMeta {
        id: feed.id.clone(),
        title: feed.title.clone(),
        description: feed.description.clone(),
        site_url: config
            .site_url(feed)
            .unwrap_or_else(|| url::Url::parse("about:blank").expect("valid")),
        language: feed.language.clone(),
        base_url: config.output.base_url.clone(),
        updated: updated.unwrap_or_else(|| now.fixed_offset()),
        stylesheet: config
            .output
            .stylesheet
            .then(|| crate::site::STYLESHEET.to_string()),
        hub: config.output.websub_hub.clone(),
    }
}

/// Runs `build` for the selected feeds concurrently and returns each outcome
/// in config order. Holds the state lock unless it is a dry run.
pub async fn build_all(
    config: &Config,
    only: &[String],
    progress: &ProgressBar,
    options: &BuildOptions,
) -> Result<Vec<FeedOutcome>> {
    for id in only {
        if config.feed(id).is_none() {
            let ids: Vec<&str> = config.feeds.iter().map(|f| f.id.as_str()).collect();
            return Err(anyhow!(
                "no feed with id `{id}` in {}; the ids are: {}",
                config.path.display(),
                ids.join(", ")
            ));
        }
    }
    let _lock = if options.dry_run {
        None
    } else {
        // Waiting for the lock sleeps: on a thread of its own, not the runtime's.
        let (dir, wait, expiry) = (config.state_dir.clone(), options.wait, config.lock_expiry);
        let shard = options.shard.map(|s| (s.k, s.n));
        let lock = tokio::task::spawn_blocking(move || store::lock(&dir, wait, shard, expiry))
            .await
            .map_err(|e| anyhow!("waiting for the state lock failed: {e}"))??;
        // Under the lock, temporary files are leftovers of a killed run;
        // beside other shards, only old ones are (a write takes moments).
        let older_than = match shard {
            None => Duration::ZERO,
            Some(_) => Duration::from_secs(600),
        };
        for dir in [&config.output.dir, &config.state_dir] {
            if let Some(path) = dir.local() {
                crate::storage::remove_temporary_files(path, older_than);
            }
        }
        Some(lock)
    };
    let fetcher = Arc::new(Fetcher::with_robots_cache(
        &config.fetch,
        store::load_robots(&config.state_dir),
    )?);
    let feeds: Vec<&FeedConfig> = config
        .feeds
        .iter()
        .filter(|f| only.is_empty() || only.contains(&f.id))
        .filter(|f| options.shard.is_none_or(|s| shard_of(&f.id, s.n) == s.k))
        .collect();
    progress.set_length(feeds.iter().map(|f| f.urls.len() as u64).sum());
    let (merged, own): (Vec<&FeedConfig>, Vec<&FeedConfig>) =
        feeds.into_iter().partition(|f| !f.merge.is_empty());
    // Feeds taken host by host in turn: a window of `concurrency` feeds in
    // the config's order can hold the feeds of a few hosts only, and the
    // others wait while those hosts' intervals pace them (a bench of 500
    // feeds on 50 hosts ran at twice the per-host bound).
    let order: HashMap<&str, usize> = own.iter().enumerate().map(|(i, f)| (f.id.as_str(), i)).collect();
    let slots = config.fetch.concurrency;
    // Each chain is a task of its own, so the feeds use every core (polled
    // inside this one future, all of them ran on one thread: 5,000 feeds
    // kept 1.2 of 2 cores busy); the tasks own what they use.
    let index: HashMap<&str, usize> = config
        .feeds
        .iter()
        .enumerate()
        .map(|(i, f)| (f.id.as_str(), i))
        .collect();
    let shared = Arc::new((config.clone(), progress.clone(), options.clone()));
    let chains = chains_by_host(own, slots).into_iter().map(|chain| {
        let chain: Vec<usize> = chain.iter().map(|f| index[f.id.as_str()]).collect();
        let (shared, fetcher) = (shared.clone(), fetcher.clone());
        let task = tokio::spawn(async move {
            let (config, progress, options) = &*shared;
            let mut outcomes = Vec::with_capacity(chain.len());
            for i in chain {
                outcomes.push(build_feed(config, &config.feeds[i], &fetcher, progress, options).await);
            }
            outcomes
        });
        // A panic in a feed is pagefeed's bug: it ends the run, as before.
        async move {
            task.await
                .unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()))
        }
    });
    let mut outcomes: Vec<FeedOutcome> = stream::iter(chains)
        .buffer_unordered(slots)
        .flat_map(stream::iter)
        .collect()
        .await;
    outcomes.sort_by_key(|o| order.get(o.id.as_str()).copied().unwrap_or(usize::MAX));
    // Merged feeds after the feeds they merge (a merge of merges after
    // those): validation ruled out cycles, so each pass places one at least.
    let mut pending = merged;
    let mut done: HashSet<&str> = HashSet::new();
    while !pending.is_empty() {
        let (ready, wait): (Vec<&FeedConfig>, Vec<&FeedConfig>) = pending.into_iter().partition(|f| {
            f.merge
                .iter()
                .all(|m| done.contains(m.as_str()) || config.feed(m).is_none_or(|s| s.merge.is_empty()))
        });
        if ready.is_empty() {
            break;
        }
        for feed in ready {
            outcomes.push(build_merged(config, feed, options));
            done.insert(&feed.id);
        }
        pending = wait;
    }
    if !options.dry_run {
        store::save_robots(&config.state_dir, &fetcher.robots_cache())?;
        // The index page and the OPML list name every feed: shard 0 writes them.
        if options.shard.is_none_or(|s| s.k == 0) {
            crate::site::write_site(config)?;
        }
        if let Some(hub) = &config.output.websub_hub {
            ping_hub(config, hub, &mut outcomes).await;
        }
    }
    Ok(outcomes)
}

/// Tells the WebSub hub about each feed whose files this run changed: one
/// form-encoded `hub.mode=publish` POST per feed, a `hub.url` per changed
/// file, as WebSub and PubSubHubbub hubs take it. An unchanged feed sends
/// nothing; a hub that fails is a warning, never a failed feed.
async fn ping_hub(config: &Config, hub: &url::Url, outcomes: &mut [FeedOutcome]) {
    let Some(base) = &config.output.base_url else {
        return;
    };
    // The hub is the config's own address, not a page's: a plain client.
    let client = match reqwest::Client::builder()
        .timeout(config.fetch.timeout)
        .user_agent(config.fetch.user_agent.as_str())
        .build()
    {
        Ok(c) => c,
        Err(e) => {
            tracing::warn!("WebSub: no HTTP client: {e}");
            return;
        }
    };
    for outcome in outcomes.iter_mut() {
        let changed: Vec<url::Url> = config
            .output
            .formats
            .iter()
            .map(|f| generate::output_name(&outcome.id, *f))
            .filter(|name| outcome.written.contains(&config.output.dir.location(name)))
            .filter_map(|name| base.join(&name).ok())
            .collect();
        if changed.is_empty() {
            continue;
        }
        let mut form = url::form_urlencoded::Serializer::new(String::new());
        form.append_pair("hub.mode", "publish");
        for url in &changed {
            form.append_pair("hub.url", url.as_str());
        }
        let sent = client
            .post(hub.clone())
            .header(reqwest::header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(form.finish())
            .send()
            .await;
        match sent {
            Ok(r) if r.status().is_success() => tracing::info!("WebSub: {hub} told of {}", outcome.id),
            Ok(r) => outcome
                .warnings
                .push(format!("the WebSub hub {hub} answered {}", r.status())),
            Err(e) => outcome
                .warnings
                .push(format!("the WebSub hub {hub} could not be told: {e}")),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn feeds_are_taken_host_by_host_in_turn() {
        let text = "[[feeds]]\nid = \"a1\"\ntitle = \"t\"\nurl = \"https://a.example/1\"\n\
                    [[feeds]]\nid = \"a2\"\ntitle = \"t\"\nurl = \"https://a.example/2\"\n\
                    [[feeds]]\nid = \"a3\"\ntitle = \"t\"\nurl = \"https://a.example/3\"\n\
                    [[feeds]]\nid = \"b1\"\ntitle = \"t\"\nurl = \"https://b.example/1\"\n\
                    [[feeds]]\nid = \"c1\"\ntitle = \"t\"\nurl = \"https://c.example/1\"\n\
                    [[feeds]]\nid = \"b2\"\ntitle = \"t\"\nurl = \"https://b.example/2\"\n";
        let config = crate::config::Config::parse(text, std::path::Path::new("config.toml")).unwrap();
        let order: Vec<&str> = super::interleave_by_host(config.feeds.iter().collect())
            .iter()
            .map(|(_, f)| f.id.as_str())
            .collect();
        assert_eq!(order, ["a1", "b1", "c1", "a2", "b2", "a3"]);
        let chains = |slots| -> Vec<Vec<&str>> {
            super::chains_by_host(config.feeds.iter().collect(), slots)
                .iter()
                .map(|c| c.iter().map(|f| f.id.as_str()).collect())
                .collect()
        };
        // Fewer slots than hosts: a chain a host, whose feeds follow each other.
        assert_eq!(chains(2), [vec!["a1", "a2", "a3"], vec!["b1", "b2"], vec!["c1"]]);
        // Two slots a host: each host's feeds dealt into two chains.
        assert_eq!(
            chains(6),
            [vec!["a1", "a3"], vec!["b1"], vec!["c1"], vec!["a2"], vec!["b2"]]
        );
    }
}
