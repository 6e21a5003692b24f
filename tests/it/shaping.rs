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
