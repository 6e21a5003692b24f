//! Feeds that remember: item history, the article cache, conditional
//! requests, no rewrite when nothing changed, the lock and crash safety.

use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use crate::common::*;
use pagefeed::store::{self, Loaded};

fn build(config: &Path, args: &[&str]) -> (i32, String) {
    run_build(config, args)
}

fn links(feed: &feed_rs::model::Feed) -> Vec<String> {
    feed.entries
        .iter()
        .map(|e| {
            e.links[0]
                .href
                .rsplit('/')
                .next()
                .unwrap()
                .trim_end_matches(".html")
                .to_string()
        })
        .collect()
}

fn stories(specs: &[(&str, Option<&str>)]) -> Vec<Story> {
    specs.iter().map(|(slug, date)| Story::new(slug, *date)).collect()
}

#[test]
fn items_survive_leaving_the_listing_and_nothing_is_fetched_twice() {
    let site = tempfile::tempdir().unwrap();
    let first = stories(&[
        ("a5", Some("5 Sep 2023 10:00")),
        ("a4", Some("4 Sep 2023 10:00")),
        ("a3", Some("3 Sep 2023 10:00")),
        ("a2", Some("2 Sep 2023 10:00")),
        ("a1", Some("1 Sep 2023 10:00")),
    ]);
    write_section(site.path(), "news", &first);
    let server = FixtureServer::start(site.path());
    let (dir, config) = write_config(&section_feed(&server, "news", "news", ""));
    let (code, out) = build(&config, &[]);
    assert_eq!(code, 0, "{out}");

    // Two stories leave the listing, one new one arrives on top.
    let second = stories(&[
        ("a6", Some("6 Sep 2023 10:00")),
        ("a5", Some("5 Sep 2023 10:00")),
        ("a4", Some("4 Sep 2023 10:00")),
        ("a1", Some("1 Sep 2023 10:00")),
    ]);
    write_section(site.path(), "news", &second);
    let (code, out) = build(&config, &[]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(
            "6 items, 1 new, 0 updated, 0 dropped, 0 errors; fetched 1 page and 1 article, 3 cached"
        ),
        "{out}"
    );

    for file in ["news.rss", "news.atom"] {
        let feed = parse_feed(&dir.path().join("feeds").join(file));
        assert_eq!(links(&feed), ["a6", "a5", "a4", "a3", "a2", "a1"], "{file}");
        let a3 = &feed.entries[3];
        assert_eq!(
            a3.title.as_ref().unwrap().content,
            "Story a3",
            "{file}: kept with all its fields"
        );
        assert_eq!(a3.authors[0].name, "Desk a3");
        assert!(a3
            .content
            .as_ref()
            .unwrap()
            .body
            .as_ref()
            .unwrap()
            .contains("Body of a3"));
    }
    for slug in ["a1", "a2", "a3", "a4", "a5", "a6"] {
        assert_eq!(
            server.hits(&format!("/news/{slug}.html")),
            1,
            "{slug} fetched once"
        );
    }
}

#[test]
fn unchanged_site_makes_no_article_request_and_writes_no_file() {
    for validators in [true, false] {
        let site = tempfile::tempdir().unwrap();
        write_section(
            site.path(),
            "news",
            &stories(&[("b2", Some("2 Sep 2023 10:00")), ("b1", None)]),
        );
        let server = FixtureServer::start_with(
            site.path(),
            ServerOptions {
                validators,
                ..Default::default()
            },
        );
        let (dir, config) = write_config(&section_feed(&server, "news", "news", ""));
        let (code, out) = build(&config, &[]);
        assert_eq!(code, 0, "{out}");
        let before = snapshot(dir.path());
        std::thread::sleep(Duration::from_millis(30));

        let (code, out) = build(&config, &[]);
        assert_eq!(code, 0, "{out}");
        let pages = if validators {
            "1 page (1 not modified)"
        } else {
            "1 page"
        };
        let expected = format!(
            "0 new, 0 updated, 0 dropped, 0 errors; fetched {pages} and 0 articles, 2 cached; unchanged"
        );
        assert!(out.contains(&expected), "validators {validators}: {out}");
        assert_eq!(server.hits("/news/index.html"), 2);
        assert_eq!(server.hits("/news/b1.html"), 1);
        assert_eq!(server.hits("/news/b2.html"), 1);
        // Same bytes and same modification times, state included.
        assert!(
            snapshot(dir.path()) == before,
            "validators {validators}: a file was rewritten"
        );
    }
}

#[test]
fn dateless_item_keeps_its_first_seen_date_across_runs() {
    let site = tempfile::tempdir().unwrap();
    let mut list = stories(&[("undated", None), ("c1", Some("1 Sep 2023 10:00"))]);
    write_section(site.path(), "news", &list);
    let server = FixtureServer::start(site.path());
    let (dir, config) = write_config(&section_feed(&server, "news", "news", ""));
    let mut dates = Vec::new();
    for run in 0..3 {
        let (code, out) = build(&config, &[]);
        assert_eq!(code, 0, "{out}");
        let feed = parse_feed(&dir.path().join("feeds/news.atom"));
        let e = feed
            .entries
            .iter()
            .find(|e| e.links[0].href.ends_with("undated.html"))
            .unwrap();
        dates.push(e.published.expect("a first-seen date"));
        // The site changes between runs; the date must not.
        list.insert(0, Story::new(&format!("new{run}"), Some("2 Sep 2023 10:00")));
        write_section(site.path(), "news", &list);
        std::thread::sleep(Duration::from_millis(1100));
    }
    assert!(dates.windows(2).all(|w| w[0] == w[1]), "{dates:?}");
}

#[test]
fn changed_article_rules_re_extract_that_feed_only() {
    let site = tempfile::tempdir().unwrap();
    write_section(
        site.path(),
        "one",
        &stories(&[("x1", Some("1 Sep 2023 10:00")), ("x2", None)]),
    );
    write_section(site.path(), "two", &stories(&[("y1", Some("1 Sep 2023 10:00"))]));
    let server = FixtureServer::start(site.path());
    let one = section_feed(&server, "one", "one", "");
    let two = section_feed(&server, "two", "two", "");
    let (dir, config) = write_config(&format!("{one}{two}"));
    assert_eq!(build(&config, &[]).0, 0);

    let one_changed = one.replace("summary = \".article-lead\"", "summary = \"p.article-lead\"");
    std::fs::write(&config, format!("{one_changed}{two}")).unwrap();
    let (code, out) = build(&config, &[]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(server.hits("/one/x1.html"), 2);
    assert_eq!(server.hits("/one/x2.html"), 2);
    assert_eq!(server.hits("/two/y1.html"), 1);
    // Same values from the new selector: nothing to rewrite in the feed.
    assert!(out.contains("one  ok      2 items, 0 new, 0 updated"), "{out}");
    parse_feed(&dir.path().join("feeds/one.rss"));

    // Made again, an item needs its card: the listing is read whole, not revalidated.
    let (_, out) = build(&config, &["--refresh", "--only", "two"]);
    assert!(out.contains("fetched 1 page and 1 article, 0 cached"), "{out}");
    assert_eq!(server.hits("/two/y1.html"), 2);
}

#[test]
fn refresh_after_and_max_age() {
    let site = tempfile::tempdir().unwrap();
    let today = chrono::Utc::now().format("%d %b %Y 08:00").to_string();
    write_section(
        site.path(),
        "news",
        &stories(&[("fresh", Some(&today)), ("old", Some("1 Jan 2020 10:00"))]),
    );
    let server = FixtureServer::start(site.path());
    let (dir, config) = write_config(&section_feed(
        &server,
        "news",
        "news",
        "max_age = \"30d\"\nrefresh_after = \"1s\"",
    ));
    let (code, out) = build(&config, &[]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(links(&parse_feed(&dir.path().join("feeds/news.rss"))), ["fresh"]);

    std::thread::sleep(Duration::from_millis(1100));
    let (code, out) = build(&config, &[]);
    assert_eq!(code, 0, "{out}");
    // The fresh article is extracted again (refresh_after); the expired one is not fetched again.
    assert_eq!(server.hits("/news/fresh.html"), 2, "{out}");
    assert_eq!(server.hits("/news/old.html"), 1, "{out}");
}

#[test]
fn dry_run_reports_changes_and_writes_nothing() {
    let site = tempfile::tempdir().unwrap();
    write_section(
        site.path(),
        "news",
        &stories(&[("d2", Some("2 Sep 2023 10:00")), ("d1", Some("1 Sep 2023 10:00"))]),
    );
    let server = FixtureServer::start(site.path());
    let (dir, config) = write_config(&section_feed(&server, "news", "news", "max_items = 2"));
    assert_eq!(build(&config, &[]).0, 0);
    let before = snapshot(dir.path());

    write_section(
        site.path(),
        "news",
        &stories(&[("d3", Some("3 Sep 2023 10:00")), ("d2", Some("2 Sep 2023 10:00"))]),
    );
    let (code, out) = build(&config, &["--dry-run"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("2 items, 1 new, 0 updated, 1 dropped"), "{out}");
    assert!(out.contains("+ Story d3"), "{out}");
    assert!(out.contains("- Story d1"), "{out}");
    assert!(out.contains("dry run, nothing written"), "{out}");
    assert!(snapshot(dir.path()) == before, "a dry run wrote a file");
}

#[test]
fn a_second_build_waits_for_the_lock_then_says_so() {
    let site = tempfile::tempdir().unwrap();
    write_section(site.path(), "news", &stories(&[("l1", None)]));
    let server = FixtureServer::start(site.path());
    let (dir, config) = write_config(&section_feed(&server, "news", "news", ""));
    let held = store::lock(
        &local(dir.path().join(".pagefeed")),
        Duration::ZERO,
        None,
        LOCK_EXPIRY,
    )
    .unwrap();
    let (code, out) = build(&config, &["--wait", "1"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("another pagefeed build holds"), "{out}");
    assert_eq!(server.hits("/news/index.html"), 0);
    drop(held);
    assert_eq!(build(&config, &["--wait", "1"]).0, 0);
}

#[test]
fn corrupt_state_is_moved_aside_and_history_recovered_from_the_feed() {
    let site = tempfile::tempdir().unwrap();
    write_section(
        site.path(),
        "news",
        &stories(&[("s2", Some("2 Sep 2023 10:00")), ("s1", Some("1 Sep 2023 10:00"))]),
    );
    let server = FixtureServer::start(site.path());
    let (dir, config) = write_config(&section_feed(&server, "news", "news", ""));
    assert_eq!(build(&config, &[]).0, 0);

    let state = dir.path().join(".pagefeed/news.json");
    std::fs::write(&state, "{\"version\": 1, \"items\": [trunc").unwrap();
    write_section(site.path(), "news", &stories(&[("s3", Some("3 Sep 2023 10:00"))]));
    let (code, out) = build(&config, &[]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("could not be read") && out.contains("news.json.corrupt-"),
        "{out}"
    );
    // s1 and s2 left the listing, but the published feed still had them.
    assert_eq!(
        links(&parse_feed(&dir.path().join("feeds/news.atom"))),
        ["s3", "s2", "s1"]
    );
    assert!(matches!(
        store::load(&local(dir.path().join(".pagefeed")), "news").unwrap(),
        Loaded::Ok(_)
    ));
}

#[test]
fn a_feed_failing_later_keeps_its_files_and_items_and_records_the_failure() {
    let site = tempfile::tempdir().unwrap();
    write_section(site.path(), "news", &stories(&[("f1", Some("1 Sep 2023 10:00"))]));
    let server = FixtureServer::start(site.path());
    let (dir, config) = write_config(&section_feed(&server, "news", "news", ""));
    assert_eq!(build(&config, &[]).0, 0);
    let feeds_before = snapshot(&dir.path().join("feeds"));
    let state_dir = dir.path().join(".pagefeed");
    let items_before = store::peek(&local(&state_dir), "news").unwrap().unwrap().items;

    std::fs::remove_file(site.path().join("news/index.html")).unwrap();
    let (code, out) = build(&config, &[]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("FAILED") && out.contains("/news/index.html: HTTP 404"),
        "{out}"
    );
    assert!(
        snapshot(&dir.path().join("feeds")) == feeds_before,
        "feed files changed"
    );
    let state = store::peek(&local(&state_dir), "news").unwrap().unwrap();
    assert_eq!(state.items, items_before);
    assert_eq!(state.health.consecutive_failures, 1);
    assert!(state.health.last_error.unwrap().contains("HTTP 404"));
}

/// SIGKILL at random moments of a build of many items: every feed file must
/// parse and every state file must load, and the next run must recover.
#[test]
fn kill_9_at_any_moment_leaves_complete_files() {
    let site = tempfile::tempdir().unwrap();
    let mut config_text = String::new();
    let server_root = site.path().to_path_buf();
    for s in 0..3 {
        let list: Vec<Story> = (0..60)
            .map(|i| {
                Story::new(
                    &format!("s{s}-{i:02}"),
                    Some(&format!("{} Aug 2023 10:{i:02}", 1 + i % 28)),
                )
            })
            .collect();
        write_section(&server_root, &format!("sec{s}"), &list);
    }
    let server = FixtureServer::start_with(
        &server_root,
        ServerOptions {
            delay: Duration::from_millis(2),
            ..Default::default()
        },
    );
    for s in 0..3 {
        config_text.push_str(&section_feed(
            &server,
            &format!("sec{s}"),
            &format!("sec{s}"),
            "max_items = 60",
        ));
    }
    let (dir, config) = write_config(&config_text);
    let state_dir = dir.path().join(".pagefeed");

    // A pseudo-random sequence of kill delays, different on every run.
    let mut seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos() as u64;
    for round in 0..12 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let delay = Duration::from_millis((seed >> 33) % 250);
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("pagefeed"))
            .args(["build", "--refresh", "--config"])
            .arg(&config)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        for s in 0..3 {
            for ext in ["rss", "atom"] {
                let path = dir.path().join(format!("feeds/sec{s}.{ext}"));
                if path.exists() {
                    parse_feed(&path);
                }
            }
            match store::load(&local(&state_dir), &format!("sec{s}")) {
                Ok(Loaded::Ok(_)) | Ok(Loaded::Fresh) => {}
                Ok(Loaded::MovedAside(p, why)) => {
                    panic!("round {round} after {delay:?}: corrupt state {p}: {why}")
                }
                Err(e) => panic!("round {round}: {e}"),
            }
        }
    }
    let (code, out) = build(&config, &[]);
    assert_eq!(code, 0, "{out}");
    for s in 0..3 {
        assert_eq!(
            parse_feed(&dir.path().join(format!("feeds/sec{s}.atom")))
                .entries
                .len(),
            60
        );
    }
    let leftovers: Vec<_> = snapshot(dir.path())
        .into_iter()
        .filter(|(p, _, _)| p.file_name().unwrap().to_string_lossy().starts_with(".pagefeed-"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "temporary files left: {:?}",
        leftovers.iter().map(|l| &l.0).collect::<Vec<_>>()
    );
}

#[test]
fn a_failing_feed_still_publishes_what_it_remembers_where_nothing_is_published() {
    let site = tempfile::tempdir().unwrap();
    write_section(site.path(), "news", &[Story::new("m1", Some("1 Sep 2023 10:00"))]);
    let server = FixtureServer::start(site.path());
    let (dir, config) = write_config(&section_feed(&server, "news", "news", ""));
    assert_eq!(build(&config, &[]).0, 0);
    // A fresh CI checkout: the state was cached, the published folder was not.
    std::fs::remove_dir_all(dir.path().join("feeds")).unwrap();
    std::fs::remove_file(site.path().join("news/index.html")).unwrap();
    let (code, out) = build(&config, &[]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(links(&parse_feed(&dir.path().join("feeds/news.atom"))), ["m1"]);
}

/// Issue 11: a 304 listing gave only links, so an item made again lost its
/// card's date (and jumped to the top with today's), and the feed went STALE.
#[test]
fn listing_fields_survive_re_extraction_while_the_listing_answers_304() {
    let site = tempfile::tempdir().unwrap();
    let news = site.path().join("news");
    std::fs::create_dir_all(&news).unwrap();
    let cards: String = [("c1", "3 Sep 2023"), ("c2", "1 Sep 2023")]
        .iter()
        .map(|(slug, date)| {
            format!(
                "<div class=\"card\"><a class=\"card-link\" href=\"{slug}.html\"><h3>Card {slug}</h3></a>\
                 <span class=\"card-date\">{date}</span><p class=\"teaser\">Teaser {slug}</p></div>"
            )
        })
        .collect();
    std::fs::write(
        news.join("index.html"),
        format!("<div class=\"news-list\">{cards}</div>"),
    )
    .unwrap();
    for slug in ["c1", "c2"] {
        std::fs::write(
            news.join(format!("{slug}.html")),
            format!("<html><body><h1 class=\"article-title\">Page {slug}</h1><div class=\"article-body\"><p>Body of {slug}.</p></div></body></html>"),
        )
        .unwrap();
    }
    let server = FixtureServer::start(site.path());
    let config = section_feed(&server, "cards", "news", "").replace(
        "link = \"a.card-link\"\n",
        "link = \"a.card-link\"\ndate = { selector = \".card-date\", format = \"%d %b %Y\" }\nsummary = \".teaser\"\n",
    );
    let (dir, path) = write_config(&config);
    let (code, out) = build(&path, &[]);
    assert_eq!(code, 0, "{out}");
    let dates = |dir: &Path| -> Vec<(String, String, String)> {
        parse_feed(&dir.join("feeds/cards.atom"))
            .entries
            .iter()
            .map(|e| {
                (
                    e.links[0].href.rsplit('/').next().unwrap().to_string(),
                    e.published.unwrap().date_naive().to_string(),
                    e.summary.as_ref().unwrap().content.clone(),
                )
            })
            .collect()
    };
    let before = dates(dir.path());
    // Midnight in Beirut on 3 September is the 2nd in UTC.
    assert_eq!(
        before[0],
        ("c1.html".into(), "2023-09-02".into(), "Teaser c1".into())
    );
    for args in [&["--refresh"][..], &[]] {
        let (code, out) = build(&path, args);
        assert_eq!(code, 0, "{args:?}: {out}");
        assert!(!out.contains("STALE"), "{out}");
        assert_eq!(dates(dir.path()), before, "{args:?}: {out}");
    }
}
