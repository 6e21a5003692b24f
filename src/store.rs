//! State kept between runs, one human-readable JSON file per feed in the
//! state folder: the items published so far, when each was first seen and
//! extracted, and the HTTP validators of the listing pages.
//!
//! Files are replaced atomically; a corrupt one is moved aside and reported;
//! a lock keeps two builds from sharing one state folder.

use std::collections::BTreeMap;
use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use chrono::{DateTime, FixedOffset, Utc};
use serde::{Deserialize, Serialize};

use crate::config::{ArticleRules, FeedConfig, FieldRule, FieldRules, ListRules};
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
pub fn state_path(dir: &Path, id: &str) -> PathBuf {
    dir.join(format!("{id}.json"))
}

/// What loading a state file found.
pub enum Loaded {
    Fresh,
    Ok(FeedState),
    /// The file could not be read as state; it was moved to the path given.
    MovedAside(PathBuf, String),
}

/// Loads a feed's state. A missing file is a fresh start; a newer format is
/// an error (nothing is touched); an unreadable file is moved aside.
pub fn load(dir: &Path, id: &str) -> Result<Loaded> {
    let path = state_path(dir, id);
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Loaded::Fresh),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    #[derive(Deserialize)]
    struct VersionOnly {
        version: u32,
    }
    let problem = match serde_json::from_slice::<VersionOnly>(&bytes) {
        Ok(v) if v.version > STATE_VERSION => bail!(
            "{} was written by a newer pagefeed (state format {}, this one reads up to {STATE_VERSION}); \
             upgrade pagefeed, or move the file away to start this feed's history anew",
            path.display(),
            v.version
        ),
        Ok(_) => match serde_json::from_slice::<FeedState>(&bytes) {
            Ok(state) => return Ok(Loaded::Ok(state)),
            Err(e) => e.to_string(),
        },
        Err(e) => e.to_string(),
    };
    let stamp = Utc::now().format("%Y%m%dT%H%M%S");
    let aside = path.with_extension(format!("json.corrupt-{stamp}"));
    std::fs::rename(&path, &aside)
        .with_context(|| format!("cannot move the unreadable {} aside", path.display()))?;
    Ok(Loaded::MovedAside(aside, problem))
}

/// Saves a feed's state atomically; false when the file already held it.
pub fn save(dir: &Path, id: &str, state: &FeedState) -> Result<bool> {
    let mut json = serde_json::to_string_pretty(state).expect("state serialises");
    json.push('\n');
    crate::generate::write_if_changed(&state_path(dir, id), json.as_bytes())
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
pub struct StateLock {
    _file: File,
}

/// Takes the state folder's lock, waiting up to `wait` for another build.
pub fn lock(dir: &Path, wait: Duration) -> Result<StateLock> {
    std::fs::create_dir_all(dir)
        .with_context(|| format!("cannot create the state folder {}", dir.display()))?;
    let path = dir.join("lock");
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .with_context(|| format!("cannot open {}", path.display()))?;
    let start = Instant::now();
    let mut told = false;
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(StateLock { _file: file }),
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
            },
            first_seen: DateTime::parse_from_rfc3339("2024-01-01T00:00:00+00:00").unwrap(),
            seq: 3,
            extracted: None,
            rules: "r".into(),
        }
    }

    #[test]
    fn round_trip_and_no_rewrite() {
        let dir = tempfile::tempdir().unwrap();
        let state = FeedState {
            version: STATE_VERSION,
            items: vec![item("https://e.org/a")],
            ..Default::default()
        };
        assert!(save(dir.path(), "f", &state).unwrap());
        assert!(!save(dir.path(), "f", &state).unwrap());
        match load(dir.path(), "f").unwrap() {
            Loaded::Ok(s) => assert_eq!(s, state),
            _ => panic!("not loaded"),
        }
        assert_eq!(
            state.items[0].published_item().published,
            Some(state.items[0].first_seen)
        );
    }

    #[test]
    fn corrupt_state_is_moved_aside_and_newer_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(state_path(dir.path(), "f"), "{ not json").unwrap();
        match load(dir.path(), "f").unwrap() {
            Loaded::MovedAside(p, _) => assert!(p.exists() && p.to_string_lossy().contains("corrupt")),
            _ => panic!("not moved aside"),
        }
        assert!(matches!(load(dir.path(), "f").unwrap(), Loaded::Fresh));
        std::fs::write(state_path(dir.path(), "f"), r#"{"version": 99, "items": []}"#).unwrap();
        let err = load(dir.path(), "f").err().unwrap().to_string();
        assert!(err.contains("newer pagefeed"), "{err}");
        assert!(
            state_path(dir.path(), "f").exists(),
            "a newer state is left alone"
        );
    }

    #[test]
    fn second_lock_waits_then_gives_up() {
        let dir = tempfile::tempdir().unwrap();
        let held = lock(dir.path(), Duration::ZERO).unwrap();
        let err = lock(dir.path(), Duration::from_millis(300))
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("another pagefeed build"), "{err}");
        drop(held);
        lock(dir.path(), Duration::ZERO).unwrap();
    }
}
