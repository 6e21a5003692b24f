//! Issue 14: feeds shaped as their subscriber wants (filters), end to end
//! against a local site.

use crate::common::*;

/// Titles of the items in a built feed's Atom file, in feed order.
fn titles(dir: &std::path::Path, id: &str) -> Vec<String> {
    let mut t: Vec<String> = parse_feed(&dir.join(format!("feeds/{id}.atom")))
        .entries
        .into_iter()
        .map(|e| e.title.unwrap().content)
        .collect();
    t.sort();
    t
}

#[test]
fn include_and_exclude_keep_exactly_the_matching_items_without_fetching_the_others() {
    let site = tempfile::tempdir().unwrap();
    let stories = [
        "ukraine-talks",
        "budget-vote",
        "sponsored-ukraine-tour",
        "gaza-aid",
        "weather",
    ];
    write_section(
        site.path(),
        "world",
        &stories.map(|s| Story::new(s, Some("31 Aug 2023 22:34"))),
    );
    let server = FixtureServer::start(site.path());
    // Title and link are on the card: the listing alone decides.
    let config = section_feed(&server, "world", "world", "")
        + r#"
[feeds.filter]
include = ["(?i)ukraine", "(?i)gaza"]
exclude = ["(?i)sponsored"]
fields = ["title", "link"]
"#;
    let (dir, path) = write_config(&config);
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        titles(dir.path(), "world"),
        ["Story gaza-aid", "Story ukraine-talks"]
    );
    for dropped in ["budget-vote", "sponsored-ukraine-tour", "weather"] {
        assert_eq!(
            server.hits(&format!("/world/{dropped}.html")),
            0,
            "{dropped} was fetched"
        );
    }
    for kept in ["ukraine-talks", "gaza-aid"] {
        assert_eq!(server.hits(&format!("/world/{kept}.html")), 1, "{kept}");
    }
}

#[test]
fn a_filter_on_what_only_the_article_says_reads_each_page_once() {
    let site = tempfile::tempdir().unwrap();
    write_section(
        site.path(),
        "world",
        &["alpha", "beta", "gamma"].map(|s| Story::new(s, Some("31 Aug 2023 22:34"))),
    );
    let server = FixtureServer::start(site.path());
    // The lead ("Lead of beta.") is only on the article page.
    let config = section_feed(&server, "world", "world", "")
        + "\n[feeds.filter]\nexclude = [\"Lead of beta\"]\nfields = [\"summary\"]\n";
    let (dir, path) = write_config(&config);
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(titles(dir.path(), "world"), ["Story alpha", "Story gamma"]);
    assert_eq!(server.hits("/world/beta.html"), 1);
    // Run again: the dropped page is remembered, not fetched again.
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(titles(dir.path(), "world"), ["Story alpha", "Story gamma"]);
    assert_eq!(server.hits("/world/beta.html"), 1);

    // A filter added later takes items already published out of the feed.
    let stricter = config.replace(
        "exclude = [\"Lead of beta\"]",
        "exclude = [\"Lead of (beta|gamma)\"]",
    );
    std::fs::write(&path, stricter).unwrap();
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(titles(dir.path(), "world"), ["Story alpha"]);
}

/// Every file below `dir`, read as text (lossily).
fn all_text_below(dir: &std::path::Path) -> String {
    snapshot(dir)
        .into_iter()
        .map(|(_, bytes, _)| String::from_utf8_lossy(&bytes).into_owned())
        .collect()
}

#[test]
fn headers_from_the_environment_reach_the_site_and_nothing_else() {
    let site = tempfile::tempdir().unwrap();
    write_section(
        site.path(),
        "world",
        &["alpha", "beta"].map(|s| Story::new(s, Some("31 Aug 2023 22:34"))),
    );
    let server = FixtureServer::start(site.path());
    // Another site the listing leads to, through a redirect.
    let other = FixtureServer::start_with(
        site.path(),
        ServerOptions {
            ip: "127.0.0.2",
            ..ServerOptions::default()
        },
    );
    let listing = site.path().join("world/index.html");
    let html = std::fs::read_to_string(&listing).unwrap().replace(
        "beta.html",
        &format!("/__redirect?to={}", other.url("/world/beta.html")),
    );
    std::fs::write(&listing, html).unwrap();
    let config = format!(
        "[fetch]\nallow_private_networks = true\nheaders = {{ Authorization = \"Bearer ${{PF_TEST_TOKEN}}\" }}\n{}",
        section_feed(
            &server,
            "world",
            "world",
            "headers = { Cookie = \"session=${PF_TEST_COOKIE}\" }"
        )
    );
    let (dir, path) = write_config(&config);
    let out = pagefeed()
        .args(["-vv", "build", "--config"])
        .arg(&path)
        .env("PF_TEST_TOKEN", "tok-5ecret")
        .env("PF_TEST_COOKIE", "c00kie-5ecret")
        .output()
        .unwrap();
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(0), "{log}");
    assert_eq!(titles(dir.path(), "world"), ["Story alpha", "Story beta"]);
    let pages: Vec<(String, String)> = server
        .heads()
        .into_iter()
        .filter(|(path, _)| path.starts_with("/world/"))
        .collect();
    assert!(!pages.is_empty());
    for (path, head) in &pages {
        let head = head.to_lowercase();
        assert!(
            head.contains("authorization: bearer tok-5ecret")
                && head.contains("cookie: session=c00kie-5ecret"),
            "{path}: {head}"
        );
    }
    // The other site got the article, but not the credentials.
    let elsewhere = other.heads();
    assert!(
        elsewhere.iter().any(|(p, _)| p == "/world/beta.html"),
        "{elsewhere:?}"
    );
    for (path, head) in &elsewhere {
        assert!(!head.contains("5ecret"), "{path} on the other host: {head}");
    }
    // Nowhere in the log, the output folder or the state.
    assert!(!log.contains("5ecret"), "{log}");
    assert!(!all_text_below(dir.path()).contains("5ecret"));

    // Without the variable, the config is refused and names it.
    let out = pagefeed()
        .args(["check", "--config"])
        .arg(&path)
        .env_remove("PF_TEST_TOKEN")
        .env("PF_TEST_COOKIE", "c00kie-5ecret")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stderr).to_string() + &String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(
        text.contains(
            "key `fetch.headers.Authorization`: the environment variable `PF_TEST_TOKEN` is not set"
        ),
        "{text}"
    );
    assert!(!text.contains("5ecret"), "{text}");
}

/// Writes a blog of `pages` listing pages of three posts each under
/// `<root>/blog/`: `index.html`, `page2.html`... each with its posts' pages;
/// `next(n)` is the markup of page n's link to the next one.
fn write_paged_blog(root: &std::path::Path, pages: usize, next: &dyn Fn(usize) -> String) {
    let dir = root.join("blog");
    std::fs::create_dir_all(&dir).unwrap();
    let name = |n: usize| {
        if n == 1 {
            "index.html".to_string()
        } else {
            format!("page{n}.html")
        }
    };
    for n in 1..=pages {
        let mut cards = String::new();
        for i in 1..=3 {
            let slug = format!("post-{n}-{i}");
            cards.push_str(&format!(
                "<div class=\"card\"><a class=\"card-link\" href=\"{slug}.html\"><h3>Post {n}.{i}</h3></a></div>\n"
            ));
            std::fs::write(
                dir.join(format!("{slug}.html")),
                format!("<html><body><article><h1>Post {n}.{i}</h1><p>Body of post {n}.{i}, long enough to be an article body.</p></article></body></html>"),
            )
            .unwrap();
        }
        let head = if n == 1 {
            "<link rel=\"next\" href=\"page2.html\">".to_string()
        } else {
            String::new()
        };
        let page = format!(
            "<html><head>{head}</head><body><div class=\"news-list\">{cards}</div><div class=\"pager\">{}</div></body></html>",
            if n == 1 { String::new() } else { next(n) }
        );
        std::fs::write(dir.join(name(n)), page).unwrap();
    }
}

fn blog_feed(server: &FixtureServer, list_extra: &str) -> String {
    format!(
        "[[feeds]]\nid = \"blog\"\ntitle = \"Blog\"\nurl = \"{}\"\nper_host_interval = \"0s\"\n\n[feeds.list]\nitem = \".news-list .card\"\nlink = \"a.card-link\"\n{list_extra}\n",
        server.url("/blog/index.html")
    )
}

#[test]
fn next_pages_are_read_once_then_only_the_first() {
    let site = tempfile::tempdir().unwrap();
    // Page 1 names page 2 in its head, page 2 links page 3 with rel=next.
    write_paged_blog(site.path(), 3, &|n| {
        if n == 2 {
            "<a rel=\"next\" href=\"page3.html\">Older</a>".into()
        } else {
            String::new()
        }
    });
    let server = FixtureServer::start(site.path());
    let (dir, path) = write_config(&blog_feed(&server, "max_pages = 3"));
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(titles(dir.path(), "blog").len(), 9, "{out}");
    assert_eq!(
        (server.hits("/blog/page2.html"), server.hits("/blog/page3.html")),
        (1, 1)
    );
    // Unchanged: the first page answers 304 and holds nothing new.
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(titles(dir.path(), "blog").len(), 9);
    assert_eq!(server.hits("/blog/index.html"), 2);
    assert_eq!(
        (server.hits("/blog/page2.html"), server.hits("/blog/page3.html")),
        (1, 1)
    );
}

#[test]
fn a_next_page_selector_and_a_loop_of_pages() {
    let site = tempfile::tempdir().unwrap();
    // `a.older` links 2 -> 3 -> back to 2.
    write_paged_blog(site.path(), 3, &|n| {
        format!(
            "<span class=\"older\"><a href=\"page{}.html\">Older posts</a></span>",
            if n == 2 { 3 } else { 2 }
        )
    });
    let server = FixtureServer::start(site.path());
    let (dir, path) = write_config(&blog_feed(&server, "next_page = \".older\"\nmax_pages = 10"));
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 0, "{out}");
    // Page 1 has no `.older` link: only it is read.
    assert_eq!(titles(dir.path(), "blog").len(), 3, "{out}");
    assert_eq!(server.hits("/blog/page2.html"), 0);

    // From page 2, the loop back to it is noticed and each page read once.
    let (dir, path) = write_config(
        &blog_feed(&server, "next_page = \".older\"\nmax_pages = 10")
            .replace("/blog/index.html", "/blog/page2.html"),
    );
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(titles(dir.path(), "blog").len(), 6, "{out}");
    assert_eq!(
        (server.hits("/blog/page2.html"), server.hits("/blog/page3.html")),
        (1, 1)
    );
    assert!(out.contains("lead back to a page already read"), "{out}");
}

#[test]
fn a_merged_feed_holds_both_feeds_items_once_newest_first() {
    let site = tempfile::tempdir().unwrap();
    write_section(
        site.path(),
        "world",
        &[
            Story::new("quake", Some("02 Sep 2023 10:00")),
            Story::new("summit", Some("31 Aug 2023 22:34")),
        ],
    );
    write_section(
        site.path(),
        "economy",
        &[
            Story::new("rates", Some("01 Sep 2023 09:00")),
            Story::new("sponsored-fund", Some("03 Sep 2023 09:00")),
        ],
    );
    let server = FixtureServer::start(site.path());
    // `both` reads the world page too: its items repeat `world`'s.
    let both = section_feed(&server, "both", "economy", "").replace(
        &format!("url = \"{}\"", server.url("/economy/index.html")),
        &format!(
            "url = [\"{}\", \"{}\"]",
            server.url("/economy/index.html"),
            server.url("/world/index.html")
        ),
    ) + "\n[feeds.filter]\nexclude = [\"sponsored\"]\n";
    let config = format!(
        "{}{both}\n[[feeds]]\nid = \"all\"\ntitle = \"All\"\nmerge = [\"world\", \"both\"]\n",
        section_feed(&server, "world", "world", "")
    );
    let (dir, path) = write_config(&config);
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 0, "{out}");
    let feed = parse_feed(&dir.path().join("feeds/all.atom"));
    let got: Vec<String> = feed
        .entries
        .iter()
        .map(|e| e.title.as_ref().unwrap().content.clone())
        .collect();
    assert_eq!(got, ["Story quake", "Story rates", "Story summit"]);
    // The merged feed cost no request of its own: each page once.
    assert_eq!(server.hits("/world/quake.html"), 1);
    assert!(out.contains("all"), "{out}");
}

#[test]
fn four_shards_build_what_one_build_does() {
    let site = tempfile::tempdir().unwrap();
    let ids = ["world", "politics", "economy", "sport", "culture", "science"];
    for (i, id) in ids.iter().enumerate() {
        write_section(
            site.path(),
            id,
            &[Story::new(
                &format!("{id}-story"),
                Some(&format!("0{} Sep 2023 10:00", i + 1)),
            )],
        );
    }
    let server = FixtureServer::start(site.path());
    let (config, shards) = feeds_over_four_shards(&server, &ids);

    let (whole, whole_path) = write_config(&config);
    let (code, out) = run_build(&whole_path, &[]);
    assert_eq!(code, 0, "{out}");

    let (parts, parts_path) = write_config(&config);
    for k in [3, 2, 1, 0] {
        let (code, out) = run_build(&parts_path, &["--shard", &format!("{k}/4")]);
        assert_eq!(code, 0, "{out}");
        // Only shard 0 writes the index page.
        assert_eq!(
            parts.path().join("feeds/index.html").exists(),
            k == 0,
            "shard {k}"
        );
        for (id, s) in ids.iter().zip(&shards) {
            let built = parts.path().join(format!("feeds/{id}.atom")).exists();
            assert_eq!(built, *s >= k, "{id} on shard {s}, after shard {k}");
        }
    }
    for id in ids {
        for ext in ["rss", "atom"] {
            let file = format!("feeds/{id}.{ext}");
            assert_eq!(
                std::fs::read(parts.path().join(&file)).unwrap(),
                std::fs::read(whole.path().join(&file)).unwrap(),
                "{file}"
            );
        }
    }
    for file in ["feeds/index.html", "feeds/feeds.opml"] {
        assert_eq!(
            std::fs::read(parts.path().join(file)).unwrap(),
            std::fs::read(whole.path().join(file)).unwrap(),
            "{file}"
        );
    }
    // A shard that is not K/N with K below N is refused.
    let out = pagefeed()
        .args(["build", "--shard", "4/4", "--config"])
        .arg(&parts_path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("K counts from 0"));
}

/// Issue 16: shards of one state folder run side by side; the same shard
/// twice, or an unsharded build beside a shard, waits.
#[test]
fn shards_run_side_by_side_and_the_same_shard_waits() {
    let site = tempfile::tempdir().unwrap();
    let ids = ["world", "politics", "economy", "sport", "culture", "science"];
    for id in ids {
        write_section(
            site.path(),
            id,
            &[Story::new(&format!("{id}-story"), Some("01 Sep 2023 10:00"))],
        );
    }
    let server = FixtureServer::start(site.path());
    let config: String = ids.iter().map(|id| section_feed(&server, id, id, "")).collect();
    let (dir, config) = write_config(&config);
    let state = dir.path().join(".pagefeed");
    // Another run of shard 1 of 4 is under way.
    let held = pagefeed::store::lock(
        &local(&state),
        std::time::Duration::ZERO,
        Some((1, 4)),
        LOCK_EXPIRY,
    )
    .unwrap();
    for k in [0, 2, 3] {
        let (code, out) = run_build(&config, &["--shard", &format!("{k}/4"), "--wait", "0"]);
        assert_eq!(code, 0, "shard {k} waited for shard 1: {out}");
    }
    let (code, out) = run_build(&config, &["--shard", "1/4", "--wait", "1"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("another pagefeed build holds") && out.contains("lock-shard-1-of-4"),
        "{out}"
    );
    let (code, out) = run_build(&config, &["--wait", "1"]);
    assert_eq!(code, 1, "an unsharded build ran beside a shard: {out}");
    drop(held);
    let (code, out) = run_build(&config, &["--shard", "1/4", "--wait", "0"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(run_build(&config, &["--wait", "0"]).0, 0);
}
