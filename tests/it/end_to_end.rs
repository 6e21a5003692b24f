//! The real binary against the fixture site served on 127.0.0.1, its output
//! read back with feed-rs.

use std::path::Path;

use crate::common::*;
use chrono::{DateTime, Utc};
use feed_rs::model::{Entry, Feed};

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn entry<'a>(feed: &'a Feed, link_end: &str) -> &'a Entry {
    feed.entries
        .iter()
        .find(|e| e.links.iter().any(|l| l.href.ends_with(link_end)))
        .unwrap_or_else(|| panic!("no entry linking to {link_end}"))
}

fn content(e: &Entry) -> String {
    e.content
        .as_ref()
        .and_then(|c| c.body.clone())
        .unwrap_or_default()
}

fn tags(e: &Entry) -> Vec<String> {
    e.categories.iter().map(|c| c.term.clone()).collect()
}

fn image(e: &Entry) -> Option<String> {
    e.media
        .iter()
        .flat_map(|m| m.content.iter())
        .find_map(|c| c.url.as_ref().map(|u| u.to_string()))
        .or_else(|| {
            e.links
                .iter()
                .find(|l| l.rel.as_deref() == Some("enclosure"))
                .map(|l| l.href.clone())
        })
}

#[test]
fn build_writes_complete_rss_and_atom() {
    let server = FixtureServer::start(&fixtures().join("site"));
    let config = format!(
        "[output]\nbase_url = \"https://feeds.example.org/pub\"\n{}",
        politics_feed(&server, "politics")
    );
    let (dir, path) = write_config(&config);
    let (code, out) = run_build(&path, &[]);
    let stdout = out.as_str();
    assert_eq!(Some(code), Some(0), "{stdout}\n{}", out.as_str());
    assert!(
        stdout.contains(
            "politics  ok      5 items, 5 new, 0 updated, 0 dropped, 1 error; fetched 1 page and 6 articles"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("deleted-story.html: HTTP 404"), "{stdout}");

    let feeds = dir.path().join("feeds");
    keep_for_ci(&feeds);
    let base = &server.base;
    for file in ["politics.rss", "politics.atom"] {
        let feed = parse_feed(&feeds.join(file));
        assert_eq!(
            feed.title.as_ref().unwrap().content,
            "Mayadeen Fixture English - Politics",
            "{file}"
        );
        assert_eq!(feed.language.as_deref(), Some("en"), "{file}");
        let self_link = feed
            .links
            .iter()
            .find(|l| l.rel.as_deref() == Some("self"))
            .expect("self link");
        assert!(
            self_link
                .href
                .starts_with("https://feeds.example.org/pub/politics."),
            "{file}"
        );

        // One item per article: the featured duplicate and the #fragment link
        // collapse, the 404 article is dropped.
        let links: Vec<&str> = feed.entries.iter().map(|e| e.links[0].href.as_str()).collect();
        assert_eq!(
            links,
            [
                format!("{base}/news/politics/undated-note.html"),
                format!("{base}/news/politics/beirut-cafes.html"),
                format!("{base}/news/politics/zelensky-security-deal.html"),
                format!("{base}/news/politics/biden-guarantees.html"),
                format!("{base}/news/politics/nato-summit.html"),
            ],
            "{file}: newest first; the undated item is dated by when it was first seen (now)"
        );

        let z = entry(&feed, "zelensky-security-deal.html");
        assert_eq!(
            z.title.as_ref().unwrap().content,
            "Zelensky wants to forge security deal with US based on 'Israeli model'"
        );
        // 22:34 in Beirut (UTC+3 in summer).
        assert_eq!(z.published, Some(utc("2023-08-31T19:34:00Z")), "{file}");
        assert_eq!(z.authors[0].name, "Al Mayadeen English", "{file}");
        assert!(z
            .summary
            .as_ref()
            .unwrap()
            .content
            .starts_with("While not as secure as NATO membership"));
        assert_eq!(
            tags(z),
            ["United States", "Israel", "war in Ukraine", "Ukraine"],
            "{file}"
        );
        assert_eq!(
            image(z).as_deref(),
            Some(format!("{base}/img/zelensky.jpg").as_str()),
            "{file}"
        );
        let body = content(z);
        assert!(body.contains("A report by Newsweek revealed"), "{file}: {body}");
        assert!(
            body.contains(&format!(r#"href="{base}/sources/newsweek.html""#)),
            "{file}: {body}"
        );
        assert!(body.contains("Congress may not be as supportive"), "{file}");
        for banned in [
            "<script",
            "tracker.example.test",
            "onclick",
            "javascript:",
            "Related News",
            "Read more:",
        ] {
            assert!(!body.contains(banned), "{file}: {banned} left in {body}");
        }

        let b = entry(&feed, "biden-guarantees.html");
        assert_eq!(b.published, Some(utc("2023-07-08T11:26:00Z")), "{file}");
        // A lazy image with a root-relative data-src.
        assert_eq!(
            image(b).as_deref(),
            Some(format!("{base}/img/biden.jpg").as_str()),
            "{file}"
        );
        let body = content(b);
        assert!(
            body.contains("https://www.youtube.com/embed/abc123"),
            "{file}: {body}"
        );
        assert!(
            !body.contains("ads.example.test") && !body.contains("widgets.js"),
            "{file}: {body}"
        );

        let c = entry(&feed, "beirut-cafes.html");
        assert_eq!(
            c.title.as_ref().unwrap().content,
            "Beirut's cafés reopen on Hamra Street — «مقهى الحمرا»"
        );
        assert_eq!(c.authors[0].name, "Zeinab el-Hajj");
        assert!(
            content(c).contains("naïve prices") && content(c).contains("Zürich"),
            "{file}"
        );

        // The date rule finds nothing: metadata fills date, author, image, tags.
        let n = entry(&feed, "nato-summit.html");
        assert_eq!(n.published, Some(utc("2023-07-05T07:15:00Z")), "{file}");
        assert_eq!(n.authors[0].name, "Hadi Hoteit", "{file}");
        assert_eq!(
            image(n).as_deref(),
            Some(format!("{base}/img/vilnius.jpg").as_str()),
            "{file}"
        );
        assert_eq!(tags(n), ["Nato", "Ukraine", "Lithuania"], "{file}");

        let u = entry(&feed, "undated-note.html");
        let first_seen = u.published.expect("dated by first sight");
        assert!(
            (Utc::now() - first_seen).num_seconds().abs() < 120,
            "{file}: {first_seen}"
        );
        assert!(u.authors.is_empty() || u.authors[0].name == "Mayadeen Fixture English - Politics");
    }
    assert_eq!(server.hits("/news/politics/deleted-story.html"), 1);
}

#[test]
fn rerun_on_unchanged_site_rewrites_nothing() {
    let server = FixtureServer::start(&fixtures().join("site"));
    let (dir, path) = write_config(&politics_feed(&server, "politics"));
    pagefeed()
        .args(["build", "--config"])
        .arg(&path)
        .assert()
        .success();
    let rss = dir.path().join("feeds/politics.rss");
    let (before, mtime) = (
        std::fs::read(&rss).unwrap(),
        std::fs::metadata(&rss).unwrap().modified().unwrap(),
    );
    std::thread::sleep(std::time::Duration::from_millis(20));
    let (_, out) = run_build(&path, &[]);
    let stdout = out.as_str();
    // Nothing is asked for again: the article that answered 404 waits a day (issue 11).
    let expected = "5 items, 0 new, 0 updated, 0 dropped, 0 errors; fetched 1 page (1 not modified) and 0 articles, 5 cached; unchanged";
    assert!(stdout.contains(expected), "{stdout}");
    assert_eq!(server.hits("/news/politics/deleted-story.html"), 1);
    assert_eq!(std::fs::read(&rss).unwrap(), before);
    assert_eq!(std::fs::metadata(&rss).unwrap().modified().unwrap(), mtime);
}

#[test]
fn failing_feed_keeps_what_was_published_and_others_still_build() {
    let server = FixtureServer::start(&fixtures().join("site"));
    let good = politics_feed(&server, "politics");
    let (dir, path) = write_config(&good.replace("\"politics\"", "\"second\""));
    pagefeed()
        .args(["build", "--config"])
        .arg(&path)
        .assert()
        .success();
    let published = std::fs::read(dir.path().join("feeds/second.atom")).unwrap();

    // The second feed's site now answers 404 and a third points at nothing.
    let broken = good
        .replace("\"politics\"", "\"second\"")
        .replace("/news/politics.html", "/news/gone.html");
    let unreachable = good
        .replace("\"politics\"", "\"third\"")
        .replace(&server.base, "http://127.0.0.1:9");
    std::fs::write(&path, format!("{good}{broken}{unreachable}")).unwrap();
    let (code, out) = run_build(&path, &[]);
    let stdout = out.as_str();
    assert_eq!(Some(code), Some(1), "{stdout}");
    assert!(
        stdout.contains(&format!(
            "second    FAILED  {}/news/gone.html: HTTP 404",
            server.base
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains("third     FAILED  http://127.0.0.1:9/news/politics.html"),
        "{stdout}"
    );
    assert!(stdout.contains("politics  ok      5 items"), "{stdout}");
    assert_eq!(
        std::fs::read(dir.path().join("feeds/second.atom")).unwrap(),
        published
    );
    assert!(!dir.path().join("feeds/third.rss").exists());
    parse_feed(&dir.path().join("feeds/politics.rss"));
    // No temporary file is left behind.
    let names: Vec<String> = std::fs::read_dir(dir.path().join("feeds"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.starts_with('.')), "{names:?}");
}

#[test]
fn listing_without_items_is_an_error_not_an_empty_feed() {
    let server = FixtureServer::start(&fixtures().join("site"));
    let config =
        politics_feed(&server, "politics").replace(".featured .card, .news-list .card", ".no-such-card");
    let (dir, path) = write_config(&config);
    let (code, out) = run_build(&path, &[]);
    // No items on a page that came: the selectors may be stale (exit code 3).
    assert_eq!(Some(code), Some(3));
    let stdout = out.as_str();
    assert!(
        stdout.contains("no items found") && stdout.contains("STALE"),
        "{stdout}"
    );
    assert!(!dir.path().join("feeds/politics.rss").exists());
}

#[test]
fn only_builds_the_named_feeds() {
    let server = FixtureServer::start(&fixtures().join("site"));
    let config = format!("{}{}", politics_feed(&server, "a"), politics_feed(&server, "b"));
    let (dir, path) = write_config(&config);
    pagefeed()
        .args(["build", "--only", "b", "--config"])
        .arg(&path)
        .assert()
        .success();
    assert!(dir.path().join("feeds/b.atom").exists());
    assert!(!dir.path().join("feeds/a.atom").exists());
    let out = pagefeed()
        .args(["build", "--only", "zzz", "--config"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no feed with id `zzz`"));
}

#[test]
fn without_fetch_articles_items_come_from_the_listing() {
    let server = FixtureServer::start(&fixtures().join("site"));
    let config = politics_feed(&server, "politics")
        .replace("max_items = 20", "max_items = 20\nfetch_articles = false");
    let (dir, path) = write_config(&config);
    pagefeed()
        .args(["build", "--config"])
        .arg(&path)
        .assert()
        .success();
    let feed = parse_feed(&dir.path().join("feeds/politics.atom"));
    assert_eq!(feed.entries.len(), 6);
    assert_eq!(server.hits("/news/politics/zelensky-security-deal.html"), 0);
    let c = entry(&feed, "beirut-cafes.html");
    assert_eq!(
        c.published,
        Some(utc("2023-09-01T21:00:00Z")),
        "local midnight in Beirut"
    );
    assert_eq!(
        c.title.as_ref().unwrap().content,
        "Beirut's cafés reopen on Hamra Street"
    );
}

#[test]
fn preview_shows_items_and_where_fields_came_from() {
    let server = FixtureServer::start(&fixtures().join("site"));
    let (dir, path) = write_config(&politics_feed(&server, "politics"));
    let out = pagefeed()
        .args(["preview", "politics", "--config"])
        .arg(&path)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains("5 items"), "{stdout}");
    assert!(
        stdout.contains("2023-08-31T22:34:00+03:00  [rule `.article-meta .date`]"),
        "{stdout}"
    );
    assert!(stdout.contains("Hadi Hoteit  [json-ld]"), "{stdout}");
    assert!(
        stdout.contains("2023-07-05T10:15:00+03:00  [article:published_time]"),
        "{stdout}"
    );
    assert!(stdout.contains("date      -  [not found]"), "{stdout}");
    assert!(!dir.path().join("feeds").exists(), "preview writes nothing");
}

#[test]
fn extract_prints_json_for_a_file_and_a_url() {
    let file = fixtures().join("site/news/politics/nato-summit.html");
    let out = pagefeed()
        .args([
            "extract",
            "--json",
            "--url",
            "https://news.example.org/politics/nato.html",
        ])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["title"], "NATO split on Ukraine's path ahead of Vilnius summit");
    assert_eq!(v["published"], "2023-07-05T10:15:00+03:00");
    assert_eq!(v["author"], "Hadi Hoteit");
    assert_eq!(v["image"], "https://news.example.org/img/vilnius.jpg");
    assert_eq!(v["link"], "https://news.example.org/politics/nato.html");
    assert_eq!(v["tags"], serde_json::json!(["Nato", "Ukraine", "Lithuania"]));
    assert!(v["updated"].is_null() && v["summary"].is_null());
    // No content rule: the main content is found automatically.
    let text = v["content_text"].as_str().unwrap();
    assert!(
        text.contains("security commitments") && text.contains("Wall Street Journal"),
        "{text}"
    );
    for key in [
        "title",
        "link",
        "published",
        "updated",
        "author",
        "summary",
        "content_html",
        "content_text",
        "image",
        "tags",
    ] {
        assert!(v.get(key).is_some(), "missing key {key}");
    }

    let server = FixtureServer::start(&fixtures().join("site"));
    let (_dir, path) = write_config(&politics_feed(&server, "politics"));
    let out = pagefeed()
        .args(["extract", "--json", "--feed", "politics", "--config"])
        .arg(&path)
        .arg(server.url("/news/politics/zelensky-security-deal.html"))
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["published"], "2023-08-31T22:34:00+03:00");
    assert_eq!(v["author"], "Al Mayadeen English");
    assert!(v["content_text"]
        .as_str()
        .unwrap()
        .starts_with("A report by Newsweek"));
    assert!(!v["content_html"].as_str().unwrap().contains("Related News"));
}

#[test]
fn example_config_builds_offline() {
    let example =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/config.toml")).unwrap();
    let tests_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let (dir, path) = write_config(&example.replace("../tests/", &format!("{}/", tests_dir.display())));
    let (code, out) = run_build(&path, &[]);
    assert_eq!(Some(code), Some(0), "{}", out.as_str());
    let feed = parse_feed(&dir.path().join("feeds/politics.rss"));
    assert_eq!(feed.entries.len(), 5);
    assert!(feed
        .entries
        .iter()
        .all(|e| e.links[0].href.starts_with("file:///")));
}

#[test]
fn redirects_are_followed_to_http_only_and_not_forever() {
    let server = FixtureServer::start(&fixtures().join("site"));
    let feed = politics_feed(&server, "moved");
    let moved = feed.replace(
        &server.url("/news/politics.html"),
        &server.url("/__redirect?to=/news/politics.html"),
    );
    let looping = feed
        .replace("\"moved\"", "\"looping\"")
        .replace("/news/politics.html", "/__loop");
    let to_file = feed.replace("\"moved\"", "\"to-file\"").replace(
        &server.url("/news/politics.html"),
        &server.url("/__redirect?to=file:///etc/passwd"),
    );
    let (dir, path) = write_config(&format!("{moved}{looping}{to_file}"));
    let (code, out) = run_build(&path, &[]);
    let stdout = out.as_str();
    assert_eq!(Some(code), Some(1), "{stdout}");
    // Relative links resolve against the page the redirect led to.
    assert!(stdout.contains("moved    ok      5 items"), "{stdout}");
    let feed = parse_feed(&dir.path().join("feeds/moved.atom"));
    assert!(feed.entries[0].links[0]
        .href
        .starts_with(&server.url("/news/politics/")));
    assert!(
        stdout.contains("looping  FAILED") && stdout.contains("more than 10 redirects"),
        "{stdout}"
    );
    assert_eq!(server.hits("/__loop"), 11);
    assert!(
        stdout.contains("to-file  FAILED") && stdout.contains("non-HTTP URL"),
        "{stdout}"
    );
}

/// Issue 11: "2 of 2 feeds failed" printed while the exit code said stale (3).
#[test]
fn listings_without_items_report_stale_selectors_as_the_exit_code_does() {
    let site = tempfile::tempdir().unwrap();
    write_section(site.path(), "news", &[Story::new("s1", None)]);
    std::fs::write(
        site.path().join("news/empty.html"),
        "<html><body><p>Nothing here</p></body></html>",
    )
    .unwrap();
    let server = FixtureServer::start(site.path());
    let feed = |id: &str| section_feed(&server, id, "news", "").replace("news/index.html", "news/empty.html");
    let (_dir, path) = write_config(&format!("{}{}", feed("one"), feed("two")));
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 3, "{out}");
    assert!(out.contains("2 of 2 feeds may have stale selectors"), "{out}");
    assert!(!out.contains("feeds failed"), "{out}");
}

/// Issue 11: `utm_*`, `fbclid`... stayed in item links and guids.
#[test]
fn tracking_parameters_are_stripped_from_item_links_unless_kept() {
    let site = tempfile::tempdir().unwrap();
    let news = site.path().join("news");
    write_section(
        site.path(),
        "news",
        &[Story::new("a", None), Story::new("b", None)],
    );
    let cards = "<div class=\"news-list\">\
        <div class=\"card\"><a class=\"card-link\" href=\"a.html?utm_source=tw&amp;utm_medium=social\">A</a></div>\
        <div class=\"card\"><a class=\"card-link\" href=\"a.html?fbclid=XYZ\">A again</a></div>\
        <div class=\"card\"><a class=\"card-link\" href=\"b.html?id=2&amp;utm_campaign=spring\">B</a></div></div>";
    std::fs::write(news.join("index.html"), cards).unwrap();
    let server = FixtureServer::start(site.path());
    for (extra, expected) in [
        ("", vec!["a.html", "b.html?id=2"]),
        (
            "keep_tracking_params = true",
            vec![
                "a.html?fbclid=XYZ",
                "a.html?utm_source=tw&utm_medium=social",
                "b.html?id=2&utm_campaign=spring",
            ],
        ),
    ] {
        let (dir, path) = write_config(&section_feed(&server, "t", "news", extra));
        let (code, out) = run_build(&path, &[]);
        assert_eq!(code, 0, "{out}");
        let feed = parse_feed(&dir.path().join("feeds/t.rss"));
        let mut links: Vec<String> = feed
            .entries
            .iter()
            .map(|e| e.links[0].href.rsplit('/').next().unwrap().to_string())
            .collect();
        links.sort();
        assert_eq!(links, expected, "{extra}");
        if extra.is_empty() {
            for e in &feed.entries {
                assert!(
                    !e.id.contains("utm_") && !e.id.contains("fbclid"),
                    "guid {}",
                    e.id
                );
            }
        }
    }
}

/// Issue 11: an article listed by two feeds was fetched twice in one run.
#[test]
fn an_article_listed_by_two_feeds_is_fetched_once_per_run() {
    let server = FixtureServer::start(&fixtures().join("site"));
    let config = format!(
        "{}{}",
        politics_feed(&server, "one"),
        politics_feed(&server, "two")
    );
    let (_dir, path) = write_config(&config);
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(server.hits("/news/politics/nato-summit.html"), 1, "{out}");
    assert_eq!(server.hits("/news/politics/deleted-story.html"), 1, "{out}");
}

/// Issue 11: an article that answered 404 was asked for again on every run.
#[test]
fn a_gone_article_is_asked_for_again_after_a_day_not_every_run() {
    let server = FixtureServer::start(&fixtures().join("site"));
    let (dir, path) = write_config(&politics_feed(&server, "politics"));
    for _ in 0..3 {
        let (code, out) = run_build(&path, &[]);
        assert_eq!(code, 0, "{out}");
    }
    assert_eq!(server.hits("/news/politics/deleted-story.html"), 1);
    // A day later (the record says so), it is asked for once more, then a week later.
    let state_file = dir.path().join(".pagefeed/politics.json");
    let state = std::fs::read_to_string(&state_file).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&state).unwrap();
    let gone = json["gone"].as_object_mut().unwrap();
    assert_eq!(gone.len(), 1, "{state}");
    let record = gone.values_mut().next().unwrap();
    let (since, retry) = (
        record["since"].as_str().unwrap().to_string(),
        record["retry_after"].as_str().unwrap().to_string(),
    );
    let day = DateTime::parse_from_rfc3339(&retry).unwrap() - DateTime::parse_from_rfc3339(&since).unwrap();
    assert_eq!(day.num_hours(), 24);
    record["retry_after"] = "2000-01-01T00:00:00Z".into();
    std::fs::write(&state_file, json.to_string()).unwrap();
    let (_, out) = run_build(&path, &[]);
    assert_eq!(server.hits("/news/politics/deleted-story.html"), 2, "{out}");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&state_file).unwrap()).unwrap();
    let record = json["gone"].as_object().unwrap().values().next().unwrap().clone();
    let week = DateTime::parse_from_rfc3339(record["retry_after"].as_str().unwrap()).unwrap()
        - Utc::now().fixed_offset();
    assert!(week.num_days() >= 6, "{record}");
}

/// Issue 11: `-v` added nothing, `-vv` named no URL, and log files got colour
/// codes and no times.
#[test]
fn verbose_logs_show_requests_and_decisions_with_urls_and_times_without_colour() {
    let server = FixtureServer::start(&fixtures().join("site"));
    let (_dir, path) = write_config(&politics_feed(&server, "politics"));
    let log = |flags: &[&str]| {
        let out = pagefeed()
            .arg("build")
            .args(flags)
            .arg("--config")
            .arg(&path)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let v = log(&["-v"]);
    let listing = server.url("/news/politics.html");
    let request = v
        .lines()
        .find(|l| l.contains(&format!("GET {listing}: ")))
        .unwrap_or_else(|| panic!("{v}"));
    assert!(
        request.contains(" bytes, ") && request.ends_with(" ms"),
        "{request}"
    );
    // Not a terminal: each line starts with a time, and no ANSI codes.
    assert!(request.trim_start().starts_with("20"), "{request}");
    assert!(!v.contains('\x1b'), "{v}");
    assert!(log(&["-v"]).contains(&format!("GET {listing}: 304 not modified")));
    // A zero-selector feed: discovery and automatic content decide, at -vv.
    std::fs::write(
        &path,
        format!(
            "[[feeds]]\nid = \"auto\"\ntitle = \"Auto\"\nurl = \"{listing}\"\nper_host_interval = \"0s\"\n"
        ),
    )
    .unwrap();
    let vv = log(&["-vv"]);
    assert!(
        vv.lines()
            .any(|l| l.contains(&format!("listing{{url={listing}}}")) && l.contains("article list: ")),
        "{vv}"
    );
    assert!(
        vv.lines()
            .any(|l| l.contains("article{url=http://127.0.0.1:") && l.contains("main content: ")),
        "{vv}"
    );
}

/// Issue 11: an article date without an offset (`2024-03-13T18:05:00`) beat
/// the listing's `<time>` with one (`18:05+01:00`): the item was an hour off.
#[test]
fn a_date_with_an_offset_is_not_overridden_by_the_same_time_without_one() {
    let site = tempfile::tempdir().unwrap();
    let news = site.path().join("news");
    std::fs::create_dir_all(&news).unwrap();
    std::fs::write(
        news.join("index.html"),
        "<main><article><h2><a href=\"a.html\">The first story of the day</a></h2><time datetime=\"2024-03-13T18:05+01:00\">13 March</time></article>\
         <article><h2><a href=\"b.html\">The second story of the day</a></h2><time datetime=\"2024-03-12T09:00+01:00\">12 March</time></article>\
         <article><h2><a href=\"c.html\">The third story of the day</a></h2><time datetime=\"2024-03-11\">11 March</time></article></main>",
    )
    .unwrap();
    for (slug, published) in [
        ("a", "2024-03-13T18:05:00"),
        ("b", "2024-03-12"),
        ("c", "2024-03-11T07:30:00+01:00"),
    ] {
        std::fs::write(
            news.join(format!("{slug}.html")),
            format!(
                "<html><head><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"Story {slug}\",\"datePublished\":\"{published}\"}}</script></head>\
                 <body><article><h1>Story {slug}</h1><p>Text of the story, long enough, to be its content here.</p></article></body></html>"
            ),
        )
        .unwrap();
    }
    let server = FixtureServer::start(site.path());
    let (dir, path) = write_config(&format!(
        "[[feeds]]\nid = \"t\"\ntitle = \"T\"\nurl = \"{}\"\nper_host_interval = \"0s\"\n",
        server.url("/news/index.html")
    ));
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 0, "{out}");
    let feed = parse_feed(&dir.path().join("feeds/t.atom"));
    let published = |slug: &str| {
        entry(&feed, &format!("{slug}.html"))
            .published
            .unwrap()
            .to_rfc3339()
    };
    assert_eq!(
        published("a"),
        "2024-03-13T17:05:00+00:00",
        "the listing's offset holds"
    );
    assert_eq!(published("b"), "2024-03-12T08:00:00+00:00", "a time beats a day");
    assert_eq!(
        published("c"),
        "2024-03-11T06:30:00+00:00",
        "the article's exact time beats the card's day"
    );
}

/// Issue 11: the README's offline example rebuilt its history from committed
/// feeds (every title twice), and on `file://` pages links in the content
/// lost their `href`.
#[test]
fn the_offline_example_builds_each_item_once_with_its_links() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let example = std::fs::read_to_string(repo.join("examples/config.toml")).unwrap();
    let fixtures = repo.join("tests/fixtures/site/news/politics.html");
    let (dir, path) = write_config(&example.replace(
        "\"../tests/fixtures/site/news/politics.html\"",
        &format!("\"{}\"", fixtures.display()),
    ));
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("politics  ok      5 items, 5 new"), "{out}");
    let feed = parse_feed(&dir.path().join("feeds/politics.atom"));
    let mut titles: Vec<String> = feed
        .entries
        .iter()
        .map(|e| e.title.as_ref().unwrap().content.clone())
        .collect();
    titles.sort();
    titles.dedup();
    assert_eq!(titles.len(), 5, "{titles:?}");
    let zelensky = content(entry(&feed, "zelensky-security-deal.html"));
    // Root-relative on a local page: the root of the file system, as a browser reads it.
    assert!(
        zelensky.contains("<a href=\"file:///sources/newsweek.html\""),
        "{zelensky}"
    );
    let (_, out) = run_build(&path, &[]);
    assert!(out.contains("5 items, 0 new"), "{out}");
}

/// Issue 13: where a date comes from is shown for the new sources too.
#[test]
fn extract_json_names_where_each_date_came_from() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("<p>Body, text, long enough, to be the content of the page.</p>", "https://e.org/news/2020/01/02/story", "2020-01-02", "date in URL"),
        (
            "<p>Body, text, long enough, to be the content of the page.</p><footer><dl><dt>配信開始日</dt><dd>2019/3/5</dd></dl></footer>",
            "https://e.org/news/story",
            "2019-03-05",
            "date after a label",
        ),
        (
            "<p>Body, text, long enough, to be the content of the page.</p><script>window.__S__={\"pub_date\":\"2017-03-09T16:21:24Z\"}</script>",
            "https://e.org/news/story",
            "2017-03-09",
            "date in a script",
        ),
    ];
    for (body, url, day, from) in cases {
        let page = dir.path().join("page.html");
        std::fs::write(
            &page,
            format!("<html><body><article>{body}</article></body></html>"),
        )
        .unwrap();
        let out = pagefeed()
            .args(["extract", "--json", "--url", url])
            .arg(&page)
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(json["published"].as_str().unwrap().starts_with(day), "{json}");
        assert_eq!(json["sources"]["published"], from, "{json}");
    }
}
