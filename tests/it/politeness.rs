//! Polite and resilient fetching against a fault-injection server: each fault
//! has its expected outcome, the other feeds are unaffected, and what was
//! published before is untouched. Loopback addresses 127.0.0.x are distinct hosts.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::common::*;
use pagefeed::store;

fn build(config: &Path) -> (i32, String, Duration) {
    let start = Instant::now();
    let (code, text) = run_build(config, &[]);
    (code, text, start.elapsed())
}

const FETCH: &str = "[fetch]\ntimeout = \"2s\"\nretry_delay = \"50ms\"\nmax_body_size = \"256KiB\"\n";

/// A feed `id` on `server` whose listing is at `listing`.
fn feed(server: &FixtureServer, id: &str, listing: &str) -> String {
    section_feed(server, id, "news", "").replace(&server.url("/news/index.html"), &server.url(listing))
}

struct Fault {
    name: &'static str,
    listing: &'static str,
    expect: &'static str,
    requests: usize,
}

/// Builds a good feed on one host and a feed per fault on another: first
/// with a working listing, then with the fault. The faulty feed fails as
/// expected, keeps its files and items; the good feed is unaffected.
#[test]
fn each_fault_fails_only_its_feed_and_keeps_what_was_published() {
    let site = tempfile::tempdir().unwrap();
    write_section(
        site.path(),
        "news",
        &[Story::new("n1", Some("1 Sep 2023 10:00")), Story::new("n2", None)],
    );
    std::fs::write(site.path().join("news/empty.html"), "  \n").unwrap();
    std::fs::write(site.path().join("news/doc.pdf"), "%PDF-1.4").unwrap();
    std::fs::write(
        site.path().join("news/no-items.html"),
        "<html><body><p>Under maintenance</p></body></html>",
    )
    .unwrap();
    let good_host = FixtureServer::start(site.path());
    let faulty_host = FixtureServer::start_with(
        site.path(),
        ServerOptions {
            ip: "127.0.0.2",
            ..Default::default()
        },
    );

    let faults = [
        Fault {
            name: "e500",
            listing: "/__flaky/500/99/news/index.html",
            expect: "HTTP 500",
            requests: 3,
        },
        Fault {
            name: "slow-headers",
            listing: "/__slow-headers/6000/news/index.html",
            expect: "timed out",
            requests: 3,
        },
        Fault {
            name: "slow-body",
            listing: "/__slow-body/6000/news/index.html",
            expect: "timed out",
            requests: 3,
        },
        Fault {
            name: "truncated",
            listing: "/__truncated/news/index.html",
            expect: "error decoding response body",
            requests: 3,
        },
        Fault {
            name: "too-big",
            listing: "/__big/1000000",
            expect: "larger than max_body_size",
            requests: 1,
        },
        Fault {
            name: "gzip-bomb",
            listing: "/__gzip-bomb/50000000",
            expect: "larger than max_body_size",
            requests: 1,
        },
        Fault {
            name: "loop",
            listing: "/__loop",
            expect: "more than 10 redirects",
            requests: 11,
        },
        Fault {
            name: "to-ftp",
            listing: "/__redirect/ftp?to=ftp://127.0.0.2/x",
            expect: "redirect to a non-HTTP URL",
            requests: 1,
        },
        Fault {
            name: "to-file",
            listing: "/__redirect/file?to=file:///etc/passwd",
            expect: "redirect to a non-HTTP URL",
            requests: 1,
        },
        Fault {
            name: "empty",
            listing: "/news/empty.html",
            expect: "the page is empty",
            requests: 3,
        },
        Fault {
            name: "not-html",
            listing: "/news/doc.pdf",
            expect: "not an HTML page (Content-Type: application/pdf)",
            requests: 1,
        },
        Fault {
            name: "no-items",
            listing: "/news/no-items.html",
            expect: "no items found",
            requests: 1,
        },
    ];
    let good = feed(&good_host, "good", "/news/index.html");
    let working: String = faults
        .iter()
        .map(|f| feed(&faulty_host, f.name, "/news/index.html"))
        .collect();
    gzip_bomb(50_000_000);
    let (dir, config) = write_config(&format!("{FETCH}{good}{working}"));
    let (code, out, _) = build(&config);
    assert_eq!(code, 0, "{out}");
    let state_dir = dir.path().join(".pagefeed");
    let before: Vec<_> = faults
        .iter()
        .map(|f| {
            let rss = std::fs::read(dir.path().join(format!("feeds/{}.rss", f.name))).unwrap();
            (
                rss,
                store::peek(&local(&state_dir), f.name).unwrap().unwrap().items,
            )
        })
        .collect();

    let broken: String = faults
        .iter()
        .map(|f| feed(&faulty_host, f.name, f.listing))
        .collect();
    std::fs::write(&config, format!("{FETCH}{good}{broken}")).unwrap();
    let (code, out, _) = build(&config);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("good          ok"), "{out}");
    for (fault, (rss, items)) in faults.iter().zip(before) {
        let line = out
            .lines()
            .find(|l| l.starts_with(&format!("{:<12}  ", fault.name)))
            .unwrap_or_default();
        assert!(
            line.contains("FAILED") && line.contains(fault.expect),
            "{}: {line}\n{out}",
            fault.name
        );
        assert!(
            line.contains(&faulty_host.base),
            "{}: the URL is named: {line}",
            fault.name
        );
        let path = fault.listing.split('?').next().unwrap();
        assert_eq!(faulty_host.hits(path), fault.requests, "{}: requests", fault.name);
        assert_eq!(
            std::fs::read(dir.path().join(format!("feeds/{}.rss", fault.name))).unwrap(),
            rss,
            "{}",
            fault.name
        );
        let state = store::peek(&local(&state_dir), fault.name).unwrap().unwrap();
        assert_eq!(state.items, items, "{}: items kept", fault.name);
        assert_eq!(state.health.consecutive_failures, 1, "{}", fault.name);
    }
    assert!(
        out.contains("STALE: selectors may be stale; try `pagefeed preview no-items`"),
        "{out}"
    );
}

#[test]
fn retry_after_is_honoured_and_flaky_hosts_recover() {
    let _serial = timing();
    let site = tempfile::tempdir().unwrap();
    write_section(site.path(), "news", &[Story::new("r1", Some("1 Sep 2023 10:00"))]);
    let server = FixtureServer::start(site.path());
    let config = format!(
        "{FETCH}{}{}",
        feed(&server, "after-503", "/__flaky/503/1/news/index.html"),
        feed(&server, "after-429", "/__flaky/429/2/news/index.html"),
    );
    let (dir, path) = write_config(&config);
    let (code, out, _) = build(&path);
    assert_eq!(code, 0, "{out}");
    assert_eq!(server.hits("/__flaky/503/1/news/index.html"), 2);
    assert_eq!(server.hits("/__flaky/429/2/news/index.html"), 3);
    // Retry-After: 1 paused the host: the retries came at least a second later.
    let arrivals = server.arrivals();
    let first = arrivals.iter().find(|(p, _)| p.contains("/429/")).unwrap().1;
    let last = arrivals
        .iter()
        .rev()
        .find(|(p, _)| p.contains("/429/"))
        .unwrap()
        .1;
    // Half the wait as the bound: it holds however late the server's threads
    // stamp an arrival, and a client deaf to Retry-After would come back in
    // ~100 ms (retry_delay is 50 ms).
    assert!(last - first >= Duration::from_millis(1000), "{:?}", last - first);
    parse_feed(&dir.path().join("feeds/after-429.atom"));
}

#[test]
fn robots_txt_is_honoured_with_crawl_delay_and_can_be_overridden() {
    let _serial = timing();
    let site = tempfile::tempdir().unwrap();
    write_section(
        site.path(),
        "news",
        &[Story::new("p1", Some("1 Sep 2023 10:00")), Story::new("p2", None)],
    );
    write_section(site.path(), "private", &[Story::new("x1", None)]);
    let robots = "User-agent: *\nDisallow: /private/\nCrawl-delay: 0.6\n".to_string();
    let server = FixtureServer::start_with(
        site.path(),
        ServerOptions {
            robots_txt: Some(robots),
            ..Default::default()
        },
    );
    let private = section_feed(&server, "private", "private", "");
    let overridden = section_feed(&server, "overridden", "private", "robots_txt = false");
    let (dir, path) = write_config(&format!("{}{private}", section_feed(&server, "news", "news", "")));
    let (code, out, _) = build(&path);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("private  FAILED") && out.contains("disallowed by robots.txt"),
        "{out}"
    );
    assert!(out.contains("news     ok"), "{out}");
    assert_eq!(server.hits("/private/index.html"), 0);
    assert_eq!(server.hits("/robots.txt"), 1, "fetched once per host per run");
    // Crawl-delay (0.6 s) is longer than the feed's interval (0 s): it wins.
    // Half the delay as the bound, as the server's clock stamps arrivals late
    // on a busy machine; without the delay the gaps would be a few ms.
    let arrivals = server.arrivals();
    let gaps: Vec<Duration> = arrivals.windows(2).map(|w| w[1].1 - w[0].1).collect();
    assert!(gaps.iter().all(|g| *g >= Duration::from_millis(300)), "{gaps:?}");

    // The robots.txt is kept with the state and revalidated next time.
    assert!(dir.path().join(".pagefeed/_robots.json").exists());
    std::fs::write(
        &path,
        format!("{}{overridden}", section_feed(&server, "news", "news", "")),
    )
    .unwrap();
    let (code, out, _) = build(&path);
    assert_eq!(code, 0, "{out}");
    assert_eq!(server.hits("/private/index.html"), 1);
}

#[test]
fn no_two_requests_to_one_host_come_closer_than_the_interval() {
    let _serial = timing();
    let site = tempfile::tempdir().unwrap();
    let stories: Vec<Story> = (0..6).map(|i| Story::new(&format!("i{i}"), None)).collect();
    write_section(site.path(), "news", &stories);
    write_section(site.path(), "more", &stories);
    let a = FixtureServer::start(site.path());
    let b = FixtureServer::start_with(
        site.path(),
        ServerOptions {
            ip: "127.0.0.3",
            ..Default::default()
        },
    );
    let interval = "per_host_interval = \"300ms\"";
    let config = format!(
        "[fetch]\nconcurrency = 8\nper_host_concurrency = 4\n{}{}{}",
        section_feed(&a, "a1", "news", interval).replace("per_host_interval = \"0s\"\n", ""),
        section_feed(&a, "a2", "more", interval).replace("per_host_interval = \"0s\"\n", ""),
        section_feed(&b, "b1", "news", interval).replace("per_host_interval = \"0s\"\n", ""),
    );
    let (_dir, path) = write_config(&config);
    let (code, out, _) = build(&path);
    assert_eq!(code, 0, "{out}");
    for (name, server, requests) in [("a", &a, 1 + 2 * 7), ("b", &b, 1 + 7)] {
        let arrivals = server.arrivals();
        assert_eq!(
            arrivals.len(),
            requests,
            "{name}: robots.txt, listings and articles"
        );
        let min_gap = arrivals.windows(2).map(|w| w[1].1 - w[0].1).min().unwrap();
        // Half the interval as the bound: the server's threads may stamp an
        // arrival late on a busy machine; an ungated client comes ms apart.
        assert!(
            min_gap >= Duration::from_millis(150),
            "{name}: two requests {min_gap:?} apart"
        );
    }
    // The hosts were served side by side, not one after the other.
    let (a, b) = (a.arrivals(), b.arrivals());
    assert!(
        b[0].1 < a[a.len() - 1].1 && a[0].1 < b[b.len() - 1].1,
        "the hosts took turns"
    );
}

#[test]
fn pages_in_other_encodings_come_out_right() {
    let site = tempfile::tempdir().unwrap();
    let dir = site.path().join("news");
    std::fs::create_dir_all(&dir).unwrap();
    let cards: String = ["ar.html", "ja.htm", "fr.htm"]
        .iter()
        .map(|p| format!("<div class=\"card\"><a class=\"card-link\" href=\"{p}\">x</a></div>"))
        .collect();
    std::fs::write(
        dir.join("index.html"),
        format!("<div class=\"news-list\">{cards}</div>"),
    )
    .unwrap();
    let page = |title: &str, body: &str, meta: &str| {
        format!("<html><head>{meta}<title>{title}</title></head><body><h1 class=\"article-title\">{title}</h1><div class=\"article-body\"><p>{body}</p></div></body></html>")
    };
    // Arabic in windows-1256, served as "charset=utf-8" (wrong) with no meta.
    let ar = page(
        "الحكومة اللبنانية تعقد جلسة طارئة",
        "عقد مجلس الوزراء اللبناني جلسة طارئة في بيروت لمناقشة الأوضاع",
        "",
    );
    std::fs::write(dir.join("ar.html"), encoding_rs::WINDOWS_1256.encode(&ar).0).unwrap();
    // Japanese in Shift_JIS, served without a charset and with no meta.
    let ja = page(
        "東京で記録的な暑さ",
        "気象庁によると、東京都心では今年最も高い気温を観測しました。",
        "",
    );
    std::fs::write(dir.join("ja.htm"), encoding_rs::SHIFT_JIS.encode(&ja).0).unwrap();
    // French in ISO-8859-1, declared by a meta tag only.
    let fr = page(
        "Les cafés de Beyrouth rouvrent",
        "Où déjeuner à Hamra ? Près de l'université, à deux pas.",
        "<meta charset=\"iso-8859-1\">",
    );
    std::fs::write(dir.join("fr.htm"), encoding_rs::WINDOWS_1252.encode(&fr).0).unwrap();

    let server = FixtureServer::start(site.path());
    let (out_dir, path) = write_config(&section_feed(&server, "intl", "news", ""));
    let (code, out, _) = build(&path);
    assert_eq!(code, 0, "{out}");
    let feed = parse_feed(&out_dir.path().join("feeds/intl.atom"));
    let text = |end: &str| {
        let e = feed
            .entries
            .iter()
            .find(|e| e.links[0].href.ends_with(end))
            .unwrap();
        (
            e.title.as_ref().unwrap().content.clone(),
            e.content.as_ref().unwrap().body.clone().unwrap(),
        )
    };
    assert_eq!(text("ar.html").0, "الحكومة اللبنانية تعقد جلسة طارئة");
    assert!(text("ar.html").1.contains("عقد مجلس الوزراء اللبناني"));
    assert_eq!(text("ja.htm").0, "東京で記録的な暑さ");
    assert!(text("ja.htm").1.contains("気象庁によると"));
    assert_eq!(text("fr.htm").0, "Les cafés de Beyrouth rouvrent");
    assert!(text("fr.htm").1.contains("Où déjeuner à Hamra"));
}

#[test]
fn status_shows_health_and_flags_a_site_whose_markup_changed() {
    let site = tempfile::tempdir().unwrap();
    let stories: Vec<Story> = (0..5)
        .map(|i| Story::new(&format!("h{i}"), Some("1 Sep 2023 10:00")))
        .collect();
    write_section(site.path(), "news", &stories);
    let server = FixtureServer::start(site.path());
    let (_dir, path) = write_config(&section_feed(&server, "news", "news", ""));
    assert_eq!(build(&path).0, 0);
    let status = pagefeed()
        .args(["status", "--config"])
        .arg(&path)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&status.stdout);
    assert_eq!(status.status.code(), Some(0), "{text}");
    assert!(text.contains("news  ok"), "{text}");
    assert!(text.contains("100%"), "{text}");

    // The site's new markup moves the date and the byline: new articles lose both.
    let redesigned: Vec<Story> = (5..10)
        .map(|i| Story::new(&format!("h{i}"), Some("2 Sep 2023 10:00")))
        .collect();
    write_section(site.path(), "news", &redesigned);
    for s in &redesigned {
        let file = site.path().join(format!("news/{}.html", s.slug));
        let html = std::fs::read_to_string(&file).unwrap();
        std::fs::write(
            &file,
            html.replace("class=\"date\"", "class=\"when\"")
                .replace("class=\"author\"", "class=\"by\""),
        )
        .unwrap();
    }
    let (code, out, _) = build(&path);
    assert_eq!(code, 3, "{out}");
    assert!(
        out.contains("STALE: selectors may be stale: date found on 0% of new items, 100% before"),
        "{out}"
    );
    let status = pagefeed()
        .args(["status", "--config"])
        .arg(&path)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&status.stdout);
    assert_eq!(status.status.code(), Some(3), "{text}");
    assert!(text.contains("news  STALE"), "{text}");
    assert!(text.contains("author found on 0% of new items"), "{text}");
}

#[test]
fn a_feed_over_its_time_budget_fails_alone() {
    let site = tempfile::tempdir().unwrap();
    write_section(site.path(), "news", &[Story::new("t1", Some("1 Sep 2023 10:00"))]);
    let server = FixtureServer::start(site.path());
    let slow = feed(&server, "slow", "/__slow-headers/30000/news/index.html").replace(
        "per_host_interval = \"0s\"",
        "per_host_interval = \"0s\"\nfeed_timeout = \"1s\"",
    );
    let config = format!(
        "[fetch]\ntimeout = \"10s\"\n{slow}{}",
        feed(&server, "quick", "/news/index.html")
    );
    let (_dir, path) = write_config(&config);
    let (code, out, elapsed) = build(&path);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("slow   FAILED  the feed took longer than its feed_timeout (1s)"),
        "{out}"
    );
    assert!(out.contains("quick  ok"), "{out}");
    // Cut by the budget, not by the 10 s request timeout.
    assert!(elapsed < Duration::from_secs(9), "{elapsed:?}");
}

/// Issue 11: a robots.txt answering 5xx ignored the copy kept from the last
/// run, and robots.txt got no retry while pages get them.
#[test]
fn robots_txt_is_retried_and_a_5xx_falls_back_to_the_kept_copy() {
    let site = tempfile::tempdir().unwrap();
    write_section(site.path(), "news", &[Story::new("r1", Some("1 Sep 2023 10:00"))]);
    let server = FixtureServer::start(site.path());
    let allow = "User-agent: *\nDisallow: /private/\n";
    let (_dir, path) = write_config(&format!("{FETCH}{}", feed(&server, "news", "/news/index.html")));
    // One failure, then an answer: retried within the run.
    server.robots_answers(&[(503, ""), (200, allow)]);
    let (code, out, _) = build(&path);
    assert_eq!(code, 0, "{out}");
    assert_eq!(server.hits("/robots.txt"), 2, "{out}");
    // Failing for good now: the copy kept from the last run holds.
    server.robots_answers(&[(503, "")]);
    let (code, out, _) = build(&path);
    assert_eq!(code, 0, "{out}");
    assert_eq!(server.hits("/robots.txt"), 2 + 3, "three attempts: {out}");
}

/// Issue 11: an unreachable site was reported as "robots.txt could not be fetched".
#[test]
fn an_unreachable_site_is_named_as_such_not_blamed_on_robots_txt() {
    let port = closed_port();
    let config = format!(
        "{FETCH}[[feeds]]\nid = \"gone\"\ntitle = \"Gone\"\nurl = \"http://127.0.0.1:{port}/news/\"\nper_host_interval = \"0s\"\n"
    );
    let (_dir, path) = write_config(&config);
    let (code, out, _) = build(&path);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("the site cannot be reached") && out.contains("onnection refused"),
        "{out}"
    );
    assert!(out.contains("(nothing was published)"), "{out}");
    assert!(
        !out.contains("robots.txt could not be fetched") && !out.contains("robots_txt = false"),
        "{out}"
    );
}

/// Issue 11: `status` cut the last error at about 70 characters, hiding its cause.
#[test]
fn status_shows_the_last_error_whole() {
    let port = closed_port();
    let config = format!(
        "[fetch]\nretries = 0\n[[feeds]]\nid = \"gone\"\ntitle = \"Gone\"\nurl = \"http://127.0.0.1:{port}/a/rather/long/path/to/the/section/page/of/this/site/index.html\"\n"
    );
    let (_dir, path) = write_config(&config);
    let (code, out, _) = build(&path);
    assert_eq!(code, 1, "{out}");
    let status = pagefeed()
        .args(["status", "--config"])
        .arg(&path)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&status.stdout);
    assert!(
        text.contains("gone: last error: ") && text.contains("onnection refused"),
        "{text}"
    );
}
