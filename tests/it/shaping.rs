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
