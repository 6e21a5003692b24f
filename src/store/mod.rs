//! State kept between runs, one human-readable JSON file per feed in the
//! state folder: the items published so far, when each was first seen and
//! extracted, and the HTTP validators of the listing pages.
//!
//! Files are replaced atomically; a corrupt one is moved aside and reported;
//! a lock keeps two builds from sharing one state folder.

pub mod merge;

use std::collections::BTreeMap;
use std::fs::{File, TryLockError};
use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use chrono::{DateTime, FixedOffset, Utc};
use serde::{Deserialize, Serialize};

use crate::config::{ArticleRules, Dir, FeedConfig, FieldRule, FieldRules, ListRules};
use crate::extract::FeedItem;

/// The state format this version writes. Older formats are read and upgraded.
pub const STATE_VERSION: u32 = 1;

/// One feed's state.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FeedState {
    pub version: u32,
    /// Every item published so far (before `max_items`/`max_age` pruning).
    pub items: Vec<StoredItem>,
    /// Listing pages by URL.
    #[serde(default)]
    pub pages: BTreeMap<String, StoredPage>,
    /// The next item sequence number (orders items seen in the same run).
    #[serde(default)]
    pub next_seq: u64,
    /// Links still listed whose items `max_age` pushed out: not fetched again.
    #[serde(default)]
    pub expired: Vec<String>,
    #[serde(default)]
    pub health: Health,
    /// Listed articles whose page answered 404 or 410, by link: asked for
    /// again a day later, then every week, while they stay listed.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub gone: BTreeMap<String, GoneArticle>,
    /// Listed links whose article page the feed's filter dropped: not
    /// fetched again while the filter (`filter`, its description) stays.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub filtered: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub filter: String,
}

/// An article page that answered 404 or 410.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoneArticle {
    pub since: DateTime<Utc>,
    /// Not asked for again before this.
    pub retry_after: DateTime<Utc>,
}

impl GoneArticle {
    /// The record after another 404 or 410 at `now`: the first wait is a
    /// day, later ones a week.
    pub fn again(previous: Option<&GoneArticle>, now: DateTime<Utc>) -> GoneArticle {
        let wait = if previous.is_some() { 7 } else { 1 };
        GoneArticle {
            since: previous.map_or(now, |p| p.since),
            retry_after: now + chrono::Duration::days(wait),
        }
    }
}

/// How a feed has been doing. It changes only when what is observed
/// changes, so an unchanged run rewrites nothing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Health {
    /// Start of the current run of successes.
    pub ok_since: Option<DateTime<Utc>>,
    /// Start of the current run of failures.
    pub failing_since: Option<DateTime<Utc>>,
    pub consecutive_failures: u32,
    pub last_error: Option<String>,
    pub last_error_at: Option<DateTime<Utc>>,
    /// Why the selectors may be stale, when they may.
    pub stale: Option<String>,
    /// What runs found, one entry each time it changed (the newest last).
    pub runs: Vec<RunStats>,
}

/// What one run found.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RunStats {
    pub since: DateTime<Utc>,
    /// Items found on the listing pages.
    pub found: usize,
    /// Articles extracted in the run, and how many of them had each field.
    pub extracted: usize,
    pub with_date: usize,
    pub with_author: usize,
    pub with_content: usize,
}

/// Runs kept in the health record.
const HEALTH_RUNS: usize = 30;
/// Fewer fresh extractions than this say nothing about coverage.
const COVERAGE_SAMPLE: usize = 3;

impl RunStats {
    fn same_as(&self, other: &RunStats) -> bool {
        RunStats {
            since: other.since,
            ..self.clone()
        } == *other
    }
}

impl Health {
    /// Records a successful run; returns why the selectors may be stale.
    pub fn succeeded(&mut self, now: DateTime<Utc>, stats: RunStats) -> Option<String> {
        if self.ok_since.is_none() {
            self.ok_since = Some(now);
        }
        self.failing_since = None;
        self.consecutive_failures = 0;
        let reason = self.compare(&stats);
        if stats.extracted > 0 || self.runs.last().is_none_or(|l| l.found != stats.found) {
            if self.runs.last().is_none_or(|l| !l.same_as(&stats)) {
                self.runs.push(stats);
            }
            let excess = self.runs.len().saturating_sub(HEALTH_RUNS);
            self.runs.drain(..excess);
            self.stale = reason;
        }
        self.stale.clone()
    }

    /// Records a failed run; `no_items` when the pages came but held no item.
    pub fn failed(&mut self, now: DateTime<Utc>, error: &str, no_items: bool) -> Option<String> {
        self.ok_since = None;
        self.failing_since.get_or_insert(now);
        self.consecutive_failures += 1;
        self.last_error = Some(error.to_string());
        self.last_error_at = Some(now);
        self.stale = no_items.then(|| {
            let before = self
                .runs
                .last()
                .map(|r| format!(" (the last good run found {})", r.found));
            format!("no items found on the listing{}", before.unwrap_or_default())
        });
        self.stale.clone()
    }

    /// A collapse against the last run that extracted enough to compare with.
    fn compare(&self, now: &RunStats) -> Option<String> {
        let mut reasons = Vec::new();
        if let Some(prev) = self.runs.last() {
            if prev.found >= 5 && now.found * 4 < prev.found {
                reasons.push(format!(
                    "the listing gave {} items, {} before",
                    now.found, prev.found
                ));
            }
        }
        let base = self.runs.iter().rev().find(|r| r.extracted >= COVERAGE_SAMPLE);
        if let (Some(base), true) = (base, now.extracted >= COVERAGE_SAMPLE) {
            let share = |n: usize, of: usize| n as f64 / of as f64;
            for (field, was, is) in [
                (
                    "date",
                    share(base.with_date, base.extracted),
                    share(now.with_date, now.extracted),
                ),
                (
                    "author",
                    share(base.with_author, base.extracted),
                    share(now.with_author, now.extracted),
                ),
                (
                    "content",
                    share(base.with_content, base.extracted),
                    share(now.with_content, now.extracted),
                ),
            ] {
                if was >= 0.5 && is < was / 2.0 {
                    reasons.push(format!(
                        "{field} found on {:.0}% of new items, {:.0}% before",
                        is * 100.0,
                        was * 100.0
                    ));
                }
            }
        }
        (!reasons.is_empty()).then(|| reasons.join("; "))
    }
}

/// An item as published, with what the next run needs to know about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredItem {
    #[serde(flatten)]
    pub item: FeedItem,
    /// When pagefeed first saw the item; its date when the page gives none.
    pub first_seen: DateTime<FixedOffset>,
    /// Among items seen in one run, the higher the nearer the listing's top.
    pub seq: u64,
    /// When the article page was last extracted (None: from the listing only).
    pub extracted: Option<DateTime<Utc>>,
    /// The hash of the rules it was extracted with.
    pub rules: String,
}

impl StoredItem {
    /// The date the item is sorted and aged by.
    pub fn date(&self) -> DateTime<FixedOffset> {
        self.item
            .published
            .or(self.item.updated)
            .unwrap_or(self.first_seen)
    }

    /// The item as written into feeds: a date-less item is dated by when it was first seen.
    pub fn published_item(&self) -> FeedItem {
        let mut item = self.item.clone();
        if item.published.is_none() && item.updated.is_none() {
            item.published = Some(self.first_seen);
        }
        item
    }
}

/// A listing page's validators and what was found on it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StoredPage {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// The hash of the listing rules the links were found with.
    pub rules: String,
    /// The item links found on the page, in page order.
    pub links: Vec<String>,
}

/// Where a feed's state lives.
/// The robots.txt cache: its leading `_` keeps it apart from every feed's
/// `<id>.json`, as ids begin with a letter or digit.
pub const ROBOTS_FILE: &str = "_robots.json";

pub fn state_name(id: &str) -> String {
    format!("{id}.json")
}

/// What loading a state file found.
pub enum Loaded {
    Fresh,
    Ok(Box<FeedState>),
    /// The file could not be read as state; it was moved where it says.
    MovedAside(String, String),
}

/// Loads a feed's state. A missing file is a fresh start; a newer format is
/// an error (nothing is touched); an unreadable file is moved aside.
pub fn load(dir: &Dir, id: &str) -> Result<Loaded> {
    let name = state_name(id);
    let Some(bytes) = dir.read(&name)? else {
        return Ok(Loaded::Fresh);
    };
    #[derive(Deserialize)]
    struct VersionOnly {
        version: u32,
    }
    let problem = match serde_json::from_slice::<VersionOnly>(&bytes) {
        Ok(v) if v.version > STATE_VERSION => bail!(
            "{} was written by a newer pagefeed (state format {}, this one reads up to {STATE_VERSION}); \
             upgrade pagefeed, or move the file away to start this feed's history anew",
            dir.location(&name),
            v.version
        ),
        Ok(_) => match serde_json::from_slice::<FeedState>(&bytes) {
            Ok(state) => return Ok(Loaded::Ok(Box::new(state))),
            Err(e) => e.to_string(),
        },
        Err(e) => e.to_string(),
    };
    let stamp = Utc::now().format("%Y%m%dT%H%M%S");
    let aside = format!("{id}.json.corrupt-{stamp}");
    dir.rename(&name, &aside)?;
    Ok(Loaded::MovedAside(dir.location(&aside), problem))
}

/// Reads a feed's state without changing anything (for `status`).
pub fn peek(dir: &Dir, id: &str) -> Result<Option<FeedState>> {
    peek_many(dir, &[id])
        .pop()
        .expect("one state asked for, one read")
}

/// Reads the states of these feeds without changing anything (for the
/// index page), a bucket's several at a time.
pub fn peek_many(dir: &Dir, ids: &[&str]) -> Vec<Result<Option<FeedState>>> {
    let names: Vec<String> = ids.iter().map(|id| state_name(id)).collect();
    dir.read_many(&names)
        .into_iter()
        .zip(&names)
        .map(|(bytes, name)| match bytes? {
            Some(bytes) => serde_json::from_slice(&bytes)
                .map(Some)
                .with_context(|| format!("{} is not a readable state file", dir.location(name))),
            None => Ok(None),
        })
        .collect()
}

/// Loads the robots.txt files kept from earlier runs (a missing or unreadable file is an empty cache).
pub fn load_robots(dir: &Dir) -> crate::fetch::host::RobotsCache {
    dir.read(ROBOTS_FILE)
        .ok()
        .flatten()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default()
}

pub fn save_robots(dir: &Dir, cache: &crate::fetch::host::RobotsCache) -> Result<bool> {
    let mut json = serde_json::to_string_pretty(cache).expect("robots cache serialises");
    json.push('\n');
    dir.write_if_changed(ROBOTS_FILE, json.as_bytes(), JSON)
}

const JSON: &str = "application/json";

/// Saves a feed's state atomically; false when the file already held it.
pub fn save(dir: &Dir, id: &str, state: &FeedState) -> Result<bool> {
    let mut json = serde_json::to_string_pretty(state).expect("state serialises");
    json.push('\n');
    dir.write_if_changed(&state_name(id), json.as_bytes(), JSON)
}

// ---------------------------------------------------------------------------
// Rule hashes: an item extracted with other rules is extracted again.

/// FNV-1a, written out because std's hasher may change between Rust
/// releases and these hashes are stored on disk.
fn fnv1a(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

fn describe_rule(out: &mut String, name: &str, rule: &Option<FieldRule>) {
    if let Some(r) = rule {
        let regex = r.regex.as_ref().map(|re| re.as_str());
        out.push_str(&format!(
            "{name}={:?}|{:?}|{:?}|{:?}|{};",
            r.source, r.attr, regex, r.format, r.html
        ));
    }
}

fn describe_fields(out: &mut String, f: &FieldRules) {
    for (name, rule) in [
        ("title", &f.title),
        ("date", &f.date),
        ("updated", &f.updated),
        ("author", &f.author),
        ("summary", &f.summary),
        ("content", &f.content),
        ("image", &f.image),
        ("tags", &f.tags),
    ] {
        describe_rule(out, name, rule);
    }
}

/// The hash of everything that shapes an extracted item: both rule tables,
/// the time zone and whether articles are fetched.
pub fn item_rules_hash(feed: &FeedConfig) -> String {
    let mut s = list_description(&feed.list);
    describe_fields(&mut s, &feed.article.fields);
    describe_remove(&mut s, &feed.article);
    s.push_str(&format!(
        "tz={};fetch={};",
        feed.timezone.name(),
        feed.fetch_articles
    ));
    fnv1a(&s)
}

/// The hash of the listing rules: a page read with other rules is read again.
pub fn list_rules_hash(list: &ListRules) -> String {
    fnv1a(&list_description(list))
}

fn list_description(list: &ListRules) -> String {
    let mut s = format!("item={:?};", list.item_source);
    describe_rule(&mut s, "link", &list.link);
    describe_fields(&mut s, &list.fields);
    s
}

fn describe_remove(out: &mut String, article: &ArticleRules) {
    out.push_str(&format!("remove={:?};", article.remove_sources));
}

// ---------------------------------------------------------------------------
// The lock.

/// Held while a build runs; released when dropped (or when the process dies).
pub enum StateLock {
    Files(Vec<File>),
    Bucket(crate::storage::BucketLock),
}

/// Takes the state folder's lock, waiting up to `wait` for another build:
/// the whole folder's for an unsharded build; for shard `(k, n)`, a shared
/// hold on the folder (other shards run beside it, an unsharded build
/// waits for all) and the shard's own (`lock-shard-K-of-N`: the same shard
/// twice never runs at once).
///
/// In a bucket the same, with lock objects created only if absent: `lock`
/// for an unsharded build, `lock-shard-K-of-N` for a shard, neither held
/// beside a live other kind; renewed every quarter of `expiry` and taken
/// over once expired (a killed run's).
pub fn lock(dir: &Dir, wait: Duration, shard: Option<(u64, u64)>, expiry: Duration) -> Result<StateLock> {
    let dir = match dir {
        Dir::Local(path) => path,
        Dir::Bucket(bucket) => {
            let name = match shard {
                None => "lock".to_string(),
                Some((k, n)) => format!("lock-shard-{k}-of-{n}"),
            };
            return crate::storage::lock_bucket(bucket, &name, wait, expiry).map(StateLock::Bucket);
        }
    };
    std::fs::create_dir_all(dir)
        .with_context(|| format!("cannot create the state folder {}", dir.display()))?;
    let start = Instant::now();
    let folder = take(&dir.join("lock"), shard.is_some(), start, wait)?;
    let mut files = vec![folder];
    if let Some((k, n)) = shard {
        files.push(take(
            &dir.join(format!("lock-shard-{k}-of-{n}")),
            false,
            start,
            wait,
        )?);
    }
    Ok(StateLock::Files(files))
}

/// One lock file, shared or exclusive, waiting until `start + wait`.
fn take(path: &Path, shared: bool, start: Instant, wait: Duration) -> Result<File> {
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .with_context(|| format!("cannot open {}", path.display()))?;
    let mut told = false;
    loop {
        let tried = if shared {
            file.try_lock_shared()
        } else {
            file.try_lock()
        };
        match tried {
            Ok(()) => return Ok(file),
            Err(TryLockError::WouldBlock) => {
                if start.elapsed() >= wait {
                    bail!(
                        "another pagefeed build holds {} and did not finish within {}s; \
                         try again later, or raise --wait",
                        path.display(),
                        wait.as_secs()
                    );
                }
                if !told {
                    eprintln!(
                        "waiting for another pagefeed build to finish ({})",
                        path.display()
                    );
                    told = true;
                }
                std::thread::sleep(Duration::from_millis(200));
            }
            Err(TryLockError::Error(e)) => {
                return Err(e).with_context(|| format!("cannot lock {}", path.display()))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use url::Url;

    fn item(link: &str) -> StoredItem {
        StoredItem {
            item: FeedItem {
                title: "T".into(),
                link: Url::parse(link).unwrap(),
                published: None,
                updated: None,
                author: None,
                summary: None,
                content_html: Some("<p>x</p>".into()),
                image: None,
                tags: vec!["a".into()],
                enclosures: Vec::new(),
            },
            first_seen: DateTime::parse_from_rfc3339("2024-01-01T00:00:00+00:00").unwrap(),
            seq: 3,
            extracted: None,
            rules: "r".into(),
        }
    }

    #[test]
    fn round_trip_and_no_rewrite() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = &Dir::Local(tmp.path().to_path_buf());
        let state = FeedState {
            version: STATE_VERSION,
            items: vec![item("https://e.org/a")],
            ..Default::default()
        };
        assert!(save(dir, "f", &state).unwrap());
        assert!(!save(dir, "f", &state).unwrap());
        match load(dir, "f").unwrap() {
            Loaded::Ok(s) => assert_eq!(*s, state),
            _ => panic!("not loaded"),
        }
        assert_eq!(
            state.items[0].published_item().published,
            Some(state.items[0].first_seen)
        );
    }

    #[test]
    fn corrupt_state_is_moved_aside_and_newer_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = &Dir::Local(tmp.path().to_path_buf());
        let path = tmp.path().join(state_name("f"));
        std::fs::write(&path, "{ not json").unwrap();
        match load(dir, "f").unwrap() {
            Loaded::MovedAside(p, _) => assert!(Path::new(&p).exists() && p.contains("corrupt")),
            _ => panic!("not moved aside"),
        }
        assert!(matches!(load(dir, "f").unwrap(), Loaded::Fresh));
        std::fs::write(&path, r#"{"version": 99, "items": []}"#).unwrap();
        let err = load(dir, "f").err().unwrap().to_string();
        assert!(err.contains("newer pagefeed"), "{err}");
        assert!(path.exists(), "a newer state is left alone");
    }

    fn stats(found: usize, extracted: usize, with: [usize; 3]) -> RunStats {
        let [with_date, with_author, with_content] = with;
        RunStats {
            since: Utc::now(),
            found,
            extracted,
            with_date,
            with_author,
            with_content,
        }
    }

    #[test]
    fn health_flags_collapsing_coverage_and_stays_put_when_nothing_changes() {
        let mut h = Health::default();
        assert_eq!(h.succeeded(Utc::now(), stats(10, 10, [10, 9, 10])), None);
        let before = h.clone();
        assert_eq!(h.succeeded(Utc::now(), stats(10, 0, [0, 0, 0])), None);
        assert_eq!(h, before, "an unchanged run changes nothing");
        let reason = h.succeeded(Utc::now(), stats(10, 4, [0, 4, 4])).unwrap();
        assert!(
            reason.contains("date found on 0% of new items, 100% before"),
            "{reason}"
        );
        let reason = h.succeeded(Utc::now(), stats(1, 0, [0, 0, 0])).unwrap();
        assert!(reason.contains("the listing gave 1 items, 10 before"), "{reason}");
        let reason = h.failed(Utc::now(), "x: no items found", true).unwrap();
        assert!(reason.contains("no items found"), "{reason}");
        assert_eq!(h.consecutive_failures, 1);
        h.failed(Utc::now(), "HTTP 500", false);
        assert_eq!((h.consecutive_failures, h.stale.is_none()), (2, true));
        h.succeeded(Utc::now(), stats(10, 10, [10, 10, 10]));
        assert_eq!((h.consecutive_failures, h.ok_since.is_some()), (0, true));
    }

    #[test]
    fn second_lock_waits_then_gives_up() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = &Dir::Local(tmp.path().to_path_buf());
        let expiry = crate::config::DEFAULT_LOCK_EXPIRY;
        let held = lock(dir, Duration::ZERO, None, expiry).unwrap();
        let err = lock(dir, Duration::from_millis(300), None, expiry)
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("another pagefeed build"), "{err}");
        drop(held);
        lock(dir, Duration::ZERO, None, expiry).unwrap();
    }
}
