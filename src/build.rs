//! One feed from its pages to its files: fetch the listing, extract the
//! items, fetch and extract each article, write the feed files.

use std::path::PathBuf;

use anyhow::{anyhow, bail, Result};
use chrono::Utc;
use futures::stream::{self, StreamExt};
use indicatif::ProgressBar;
use scraper::Html;

use crate::config::{Config, FeedConfig};
use crate::extract::{self, Article, FeedItem};
use crate::fetch::Fetcher;
use crate::generate::{self, FeedMeta};

/// What a run did for one feed.
#[derive(Debug)]
pub struct FeedOutcome {
    pub id: String,
    /// Items in the written feed.
    pub items: usize,
    /// Items that were not in the feed published before.
    pub new: usize,
    /// Problems that cost items but not the feed (an article that failed).
    pub warnings: Vec<String>,
    /// Why the feed was not written; what was published before is kept.
    pub error: Option<String>,
    /// Files rewritten because their content changed.
    pub written: Vec<PathBuf>,
}

/// The articles of a feed, merged from listing and article pages, newest
/// first, with the problems that dropped some of them.
pub struct Collected {
    pub articles: Vec<Article>,
    pub warnings: Vec<String>,
}

/// Fetches and extracts a feed's items without writing anything.
pub async fn collect(
    feed: &FeedConfig,
    fetcher: &Fetcher,
    concurrency: usize,
    progress: &ProgressBar,
) -> Result<Collected> {
    let mut warnings = Vec::new();
    let mut listed: Vec<Article> = Vec::new();
    let mut failures = Vec::new();
    let pages = stream::iter(feed.urls.iter())
        .map(|url| async move { (url, fetcher.get(url).await) })
        .buffered(concurrency);
    let pages: Vec<_> = pages.collect().await;
    for (url, page) in pages {
        progress.inc(1);
        match page {
            Ok(page) => {
                let found = extract::extract_listing(
                    &Html::parse_document(&page.html),
                    &page.url,
                    &feed.list,
                    feed.timezone,
                );
                if found.is_empty() {
                    failures.push(format!("{url}: no items found; check the [feeds.list] selectors"));
                }
                for item in found {
                    let link = &item.link.as_ref().expect("listing items have links").value;
                    if !listed
                        .iter()
                        .any(|l| l.link.as_ref().map(|f| &f.value) == Some(link))
                    {
                        listed.push(item);
                    }
                }
            }
            Err(e) => failures.push(format!("{e:#}")),
        }
    }
    if listed.is_empty() {
        bail!("{}", failures.join("; "));
    }
    warnings.extend(failures);
    listed.truncate(feed.max_items);

    let articles = if feed.fetch_articles {
        progress.inc_length(listed.len() as u64);
        let results: Vec<Result<Article>> = stream::iter(listed)
            .map(|item| async move {
                let link = item
                    .link
                    .as_ref()
                    .expect("listing items have links")
                    .value
                    .clone();
                let page = fetcher.get(&link).await;
                progress.inc(1);
                let page = page?;
                let mut doc = Html::parse_document(&page.html);
                let article = extract::extract_article(&mut doc, &page.url, &feed.article, feed.timezone);
                Ok(Article::merge(item, article))
            })
            .buffered(concurrency)
            .collect()
            .await;
        let mut articles = Vec::new();
        for r in results {
            match r {
                Ok(a) => articles.push(a),
                Err(e) => {
                    let msg = format!("item dropped: {e:#}");
                    tracing::info!(feed = %feed.id, "{msg}");
                    warnings.push(msg);
                }
            }
        }
        articles
    } else {
        listed
    };
    if articles.is_empty() {
        bail!(
            "no article of {} could be fetched: {}",
            feed.urls[0],
            warnings.join("; ")
        );
    }
    Ok(Collected {
        articles: sort_newest_first(articles),
        warnings,
    })
}

/// Dated items newest first; undated items keep their page order after them.
fn sort_newest_first(mut articles: Vec<Article>) -> Vec<Article> {
    let date = |a: &Article| a.published.as_ref().or(a.updated.as_ref()).map(|d| d.value);
    // A stable sort keeps page order among equal dates.
    articles.sort_by(|a, b| match (date(a), date(b)) {
        (Some(x), Some(y)) => y.cmp(&x),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    articles
}

/// Builds one feed and writes its files; never returns an error: the
/// outcome says what went wrong, and nothing published before is touched.
pub async fn build_feed(
    config: &Config,
    feed: &FeedConfig,
    fetcher: &Fetcher,
    progress: &ProgressBar,
) -> FeedOutcome {
    let mut outcome = FeedOutcome {
        id: feed.id.clone(),
        items: 0,
        new: 0,
        warnings: Vec::new(),
        error: None,
        written: Vec::new(),
    };
    let collected = match collect(feed, fetcher, config.fetch.concurrency, progress).await {
        Ok(c) => c,
        Err(e) => {
            outcome.error = Some(format!("{e:#}"));
            return outcome;
        }
    };
    outcome.warnings = collected.warnings;
    let mut items: Vec<FeedItem> = collected
        .articles
        .into_iter()
        .filter_map(Article::into_item)
        .collect();
    items.truncate(feed.max_items);

    let previous = generate::published_links(&config.output.dir, &feed.id, &config.output.formats);
    outcome.items = items.len();
    outcome.new = items
        .iter()
        .filter(|i| !previous.contains(i.link.as_str()))
        .count();

    let meta = feed_meta(config, feed, &items);
    for &format in &config.output.formats {
        let path = generate::output_path(&config.output.dir, &feed.id, format);
        let text = generate::render(format, &meta, &items);
        match generate::write_if_changed(&path, text.as_bytes()) {
            Ok(true) => outcome.written.push(path),
            Ok(false) => {}
            Err(e) => outcome.error = Some(format!("{e:#}")),
        }
    }
    outcome
}

fn feed_meta(config: &Config, feed: &FeedConfig, items: &[FeedItem]) -> FeedMeta {
    // The newest item date keeps the file identical when nothing changed.
    let updated = items
        .iter()
        .filter_map(|i| i.updated.into_iter().chain(i.published).max())
        .max()
        .unwrap_or_else(|| Utc::now().fixed_offset());
    FeedMeta {
        id: feed.id.clone(),
        title: feed.title.clone(),
        description: feed.description.clone(),
        site_url: feed.urls[0].clone(),
        language: feed.language.clone(),
        base_url: config.output.base_url.clone(),
        updated,
    }
}

/// Runs `build` for the selected feeds concurrently and returns each outcome
/// in config order.
pub async fn build_all(config: &Config, only: &[String], progress: &ProgressBar) -> Result<Vec<FeedOutcome>> {
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
    let fetcher = Fetcher::new(&config.fetch)?;
    let feeds: Vec<&FeedConfig> = config
        .feeds
        .iter()
        .filter(|f| only.is_empty() || only.contains(&f.id))
        .collect();
    progress.set_length(feeds.iter().map(|f| f.urls.len() as u64).sum());
    let outcomes = stream::iter(feeds)
        .map(|feed| build_feed(config, feed, &fetcher, progress))
        .buffered(config.fetch.concurrency)
        .collect()
        .await;
    Ok(outcomes)
}
