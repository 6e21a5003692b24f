//! The history merge: what a run found, folded into what a feed remembers.
//! A pure function over plain data, so every rule of the history (numbering,
//! items leaving the listing, age and count limits) is tested without a
//! network or a disk.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use chrono::{DateTime, Utc};

use super::{FeedState, StoredItem, STATE_VERSION};
use crate::extract::FeedItem;

/// What one run found for a feed.
pub struct Found {
    /// Links on the listing, in page order (within `max_items`, without
    /// the links `max_age` pushed out before).
    pub listed: Vec<String>,
    /// Items made this run, by link; a listed link without one keeps its
    /// stored item (cached, or failed with an earlier version kept).
    pub fresh: HashMap<String, FeedItem>,
    /// The hash of the rules the fresh items were made with.
    pub rules: String,
    /// When the fresh items' article pages were extracted (None: from the
    /// listing only).
    pub extracted_at: Option<DateTime<Utc>>,
    pub now: DateTime<Utc>,
}

/// How long and how many items a feed keeps.
pub struct Limits {
    pub max_items: usize,
    pub max_age: Option<Duration>,
}

/// What the merge changed, for the report.
#[derive(Debug, Default)]
pub struct Changes {
    pub added: Vec<FeedItem>,
    /// Items made again whose fields changed.
    pub updated: Vec<FeedItem>,
    /// Items pushed out by `max_items` or `max_age`.
    pub dropped: Vec<FeedItem>,
}

/// Folds `found` into `state`: listed items first (new ones numbered so the
/// listing's top sorts first among items of one date), then earlier items
/// that left the listing; then `max_age` and `max_items`, newest kept.
pub fn merge(state: &mut FeedState, found: Found, limits: &Limits) -> Changes {
    let Found {
        listed,
        mut fresh,
        rules,
        extracted_at,
        now,
    } = found;
    let mut changes = Changes::default();
    let old: HashMap<String, &StoredItem> =
        state.items.iter().map(|i| (i.item.link.to_string(), i)).collect();
    let new_count = listed
        .iter()
        .filter(|l| fresh.contains_key(*l) && !old.contains_key(*l))
        .count();
    let first_new_seq = state.next_seq;
    let mut history: Vec<StoredItem> = Vec::new();
    let mut new_index = 0;
    for link in &listed {
        match (fresh.remove(link), old.get(link)) {
            (Some(item), Some(stored)) => {
                if item != stored.item {
                    changes.updated.push(item.clone());
                }
                history.push(StoredItem {
                    item,
                    extracted: extracted_at,
                    rules: rules.clone(),
                    ..(*stored).clone()
                });
            }
            (Some(item), None) => {
                changes.added.push(item.clone());
                let seq = first_new_seq + (new_count - 1 - new_index) as u64;
                new_index += 1;
                history.push(StoredItem {
                    item,
                    first_seen: now.fixed_offset(),
                    seq,
                    extracted: extracted_at,
                    rules: rules.clone(),
                });
            }
            (None, Some(stored)) => history.push((*stored).clone()),
            (None, None) => {}
        }
    }
    let on_listing: HashSet<&String> = listed.iter().collect();
    history.extend(
        state
            .items
            .iter()
            .filter(|i| !on_listing.contains(&i.item.link.to_string()))
            .cloned(),
    );

    let mut expired = Vec::new();
    if let Some(max_age) = limits.max_age {
        let age = chrono::Duration::from_std(max_age).unwrap_or(chrono::Duration::MAX);
        let oldest = now.checked_sub_signed(age).unwrap_or(DateTime::<Utc>::MIN_UTC);
        history.retain(|i| {
            let keep = i.date() >= oldest;
            if !keep && on_listing.contains(&i.item.link.to_string()) {
                // Still on the listing: remembered, so it is not fetched again every run.
                expired.push(i.item.link.to_string());
            }
            keep
        });
    }
    history.sort_by(|a, b| b.date().cmp(&a.date()).then(b.seq.cmp(&a.seq)));
    history.truncate(limits.max_items);
    let kept: HashSet<String> = history.iter().map(|i| i.item.link.to_string()).collect();
    changes.dropped = state
        .items
        .iter()
        .filter(|i| !kept.contains(&i.item.link.to_string()))
        .map(|i| i.item.clone())
        .collect();
    changes.added.retain(|i| kept.contains(&i.link.to_string()));

    expired.extend(state.expired.iter().filter(|l| on_listing.contains(l)).cloned());
    expired.sort();
    expired.dedup();
    state.version = STATE_VERSION;
    state.next_seq = first_new_seq + new_count as u64;
    state.items = history;
    state.expired = expired;
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn item(slug: &str, day: Option<u32>) -> FeedItem {
        FeedItem {
            title: format!("Story {slug}"),
            link: url::Url::parse(&format!("https://example.org/{slug}")).unwrap(),
            published: day.map(|d| Utc.with_ymd_and_hms(2024, 3, d, 12, 0, 0).unwrap().fixed_offset()),
            updated: None,
            author: None,
            summary: None,
            content_html: None,
            image: None,
            tags: Vec::new(),
            enclosures: Vec::new(),
        }
    }

    fn link(slug: &str) -> String {
        format!("https://example.org/{slug}")
    }

    fn run(state: &mut FeedState, listed: &[(&str, Option<u32>)], fresh: &[&str], now_day: u32) -> Changes {
        let found = Found {
            listed: listed.iter().map(|(s, _)| link(s)).collect(),
            fresh: listed
                .iter()
                .filter(|(s, _)| fresh.contains(s))
                .map(|(s, d)| (link(s), item(s, *d)))
                .collect(),
            rules: "r1".into(),
            extracted_at: Some(Utc.with_ymd_and_hms(2024, 3, now_day, 13, 0, 0).unwrap()),
            now: Utc.with_ymd_and_hms(2024, 3, now_day, 13, 0, 0).unwrap(),
        };
        merge(
            state,
            found,
            &Limits {
                max_items: 3,
                max_age: Some(Duration::from_secs(10 * 86400)),
            },
        )
    }

    fn links(state: &FeedState) -> Vec<String> {
        state
            .items
            .iter()
            .map(|i| i.item.link.path().trim_start_matches('/').to_string())
            .collect()
    }

    #[test]
    fn undated_items_of_one_run_keep_the_listings_order() {
        let mut state = FeedState::default();
        let changes = run(
            &mut state,
            &[("a", None), ("b", None), ("c", None)],
            &["a", "b", "c"],
            20,
        );
        assert_eq!(links(&state), ["a", "b", "c"]);
        assert_eq!(changes.added.len(), 3);
        assert_eq!(state.next_seq, 3);
        // Next run: a new item on top sorts above all of them.
        let changes = run(&mut state, &[("d", None), ("a", None), ("b", None)], &["d"], 20);
        assert_eq!(links(&state), ["d", "a", "b"]);
        assert_eq!(changes.added.len(), 1);
        assert_eq!(changes.dropped.len(), 1, "c pushed out by max_items 3");
    }

    #[test]
    fn items_that_leave_the_listing_stay_and_cached_ones_keep_their_first_seen() {
        let mut state = FeedState::default();
        run(&mut state, &[("a", Some(10)), ("b", Some(9))], &["a", "b"], 10);
        let first_seen = state.items[0].first_seen;
        let changes = run(&mut state, &[("c", Some(11))], &["c"], 11);
        assert_eq!(links(&state), ["c", "a", "b"]);
        assert!(changes.dropped.is_empty());
        assert_eq!(state.items[1].first_seen, first_seen);
    }

    #[test]
    fn a_changed_item_is_reported_as_updated_and_an_unchanged_one_is_not() {
        let mut state = FeedState::default();
        run(&mut state, &[("a", Some(10))], &["a"], 10);
        let changes = run(&mut state, &[("a", Some(10))], &["a"], 10);
        assert!(changes.updated.is_empty());
        let changes = run(&mut state, &[("a", Some(11))], &["a"], 11);
        assert_eq!(changes.updated.len(), 1);
    }

    #[test]
    fn max_age_drops_old_items_and_remembers_those_still_listed() {
        let mut state = FeedState::default();
        run(
            &mut state,
            &[("old", Some(1)), ("new", Some(20))],
            &["old", "new"],
            21,
        );
        assert_eq!(links(&state), ["new"]);
        assert_eq!(state.expired, [link("old")]);
        // Once off the listing, it is forgotten.
        run(&mut state, &[("new", Some(20))], &[], 21);
        assert!(state.expired.is_empty());
    }

    #[test]
    fn an_endless_max_age_keeps_everything_instead_of_overflowing() {
        let mut state = FeedState::default();
        let found = Found {
            listed: vec![link("a")],
            fresh: [(link("a"), item("a", Some(1)))].into(),
            rules: String::new(),
            extracted_at: None,
            now: Utc::now(),
        };
        merge(
            &mut state,
            found,
            &Limits {
                max_items: 5,
                max_age: Some(Duration::MAX),
            },
        );
        assert_eq!(state.items.len(), 1);
    }
}
