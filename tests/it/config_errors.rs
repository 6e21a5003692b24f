//! Bad configs, as a user meets them through `pagefeed check` and `build`:
//! exit code 2, the file, line, column and key named, nothing fetched.

use crate::common::*;

fn check(config: &str) -> (i32, String) {
    let (_dir, path) = write_config(config);
    let out = pagefeed()
        .args(["check", "--config"])
        .arg(&path)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).replace(&path.display().to_string(), "config.toml");
    (
        out.status.code().unwrap(),
        stderr + &String::from_utf8_lossy(&out.stdout),
    )
}

const FEED: &str = "[[feeds]]\nid = \"news\"\ntitle = \"News\"\nurl = \"https://example.org/news\"\n";

#[test]
fn valid_config_passes_check() {
    let (code, out) = check(FEED);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("valid, 1 feed: news"), "{out}");
}

#[test]
fn toml_syntax_error_names_line_and_column() {
    let (code, out) = check(&format!("{FEED}max_items = \n"));
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("config.toml:5:13"), "{out}");
}

#[test]
fn unknown_key_is_an_error_naming_it() {
    let (code, out) = check(&format!("{FEED}\n[feeds.article]\ncontnet = \".body\"\n"));
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("config.toml:7:1: feed `news`, key `feeds[0].article.contnet`: unknown field `contnet`"),
        "{out}"
    );
}

#[test]
fn wrong_type_names_the_key() {
    let (code, out) = check(&format!("{FEED}max_items = \"fifty\"\n"));
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("config.toml:5:13: feed `news`, key `feeds[0].max_items`"),
        "{out}"
    );
}

#[test]
fn bad_values_name_feed_and_key_and_are_all_listed() {
    let config = r#"
[fetch]
timeout = "soon"

[[feeds]]
id = "news"
title = "News"
url = "https://example.org/news"
timezone = "Europe/Atlantis"

[feeds.list]
link = "..card"

[feeds.article]
date = { selector = ".date", format = "%d %Q" }
author = { selector = ".by", regex = "By (.+" }
"#;
    let (code, out) = check(config);
    assert_eq!(code, 2, "{out}");
    for expected in [
        "config.toml:3:11: key `fetch.timeout`",
        "config.toml:9:12: feed `news`, key `feeds[0].timezone`: unknown time zone `Europe/Atlantis`",
        "config.toml:12:8: feed `news`, key `feeds[0].list.link.selector`: invalid CSS selector `..card`",
        "feed `news`, key `feeds[0].article.date.format`",
        "feed `news`, key `feeds[0].article.author.regex`: invalid regex",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in\n{out}");
    }
}

#[test]
fn ids_that_could_escape_the_output_folder_are_refused() {
    for id in ["../evil", "a/b", "..", ".hidden", "UPPER"] {
        let (code, out) = check(&FEED.replace("\"news\"", &format!("{id:?}")));
        assert_eq!(code, 2, "{id}: {out}");
        assert!(out.contains("is not a valid feed id"), "{id}: {out}");
    }
}

#[test]
fn build_with_a_bad_config_fetches_nothing() {
    let server = FixtureServer::start(&fixtures().join("site"));
    let config =
        politics_feed(&server, "politics").replace("tags = \".tags a\"", "tags = \".tags a\"\nbogus = 1");
    let (dir, path) = write_config(&config);
    let (code, out) = run_build(&path, &[]);
    assert_eq!(Some(code), Some(2));
    assert!(out.as_str().contains("bogus"));
    assert_eq!(server.hits("/news/politics.html"), 0);
    assert!(!dir.path().join("feeds").exists());
}

#[test]
fn missing_config_file_is_named() {
    let out = pagefeed()
        .args(["check", "--config", "/nonexistent/pagefeed.toml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("/nonexistent/pagefeed.toml: cannot read the config file"),
        "{stderr}"
    );
}

/// Values that `check` once accepted and `build` then panicked on, or failed late.
#[test]
fn values_that_panicked_in_build_are_rejected_by_check() {
    for (extra, message) in [
        (
            "max_age = \"300000y\"\n",
            "feed `news`, key `feeds[0].max_age`: is longer than 100 years",
        ),
        (
            "per_host_interval = \"500000000000y\"\n",
            "is longer than 100 years",
        ),
        ("refresh_after = \"500000000000y\"\n", "is longer than 100 years"),
    ] {
        let (code, out) = check(&format!("{FEED}{extra}"));
        assert_eq!(code, 2, "{extra}: {out}");
        assert!(out.contains(message), "{extra}: {out}");
    }
    let (code, out) = check(&format!("[fetch]\nretry_delay = \"500000000000y\"\n{FEED}"));
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("fetch.retry_delay`: is longer than 100 years"),
        "{out}"
    );
    let (code, out) = check(&format!("[fetch]\nuser_agent = \"bot\\r\\nX-Evil: 1\"\n{FEED}"));
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("fetch.user_agent`: must be one line"), "{out}");
    let (code, out) = check(&FEED.replace("https://example.org/news", ""));
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("feed `news`, key `feeds[0].url`: is empty"), "{out}");
    let (code, out) = check(&FEED.replace("https://example.org/news", "example.org/news"));
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("\"https://example.org/news\""), "{out}");
}

/// Issue 11: `.card >> a` gave "Unexpected error occurred. Please report this
/// to the developer DanglingCombinator"; keys named the feed after the path.
#[test]
fn an_invalid_selector_says_what_is_wrong_and_where() {
    let (code, out) = check(&format!("{FEED}\n[feeds.list]\nitem = \".card >> a\"\n"));
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains(
            "config.toml:7:8: feed `news`, key `feeds[0].list.item`: invalid CSS selector `.card >> a`: \
             a combinator (`>`, `+`, `~`) with no selector after it, at column 7 of the selector (`>> a`)"
        ),
        "{out}"
    );
    assert!(!out.contains("report this to the developer"), "{out}");
    // The parser names no token; the text from where it stopped shows it.
    let (code, out) = check(&format!("{FEED}\n[feeds.list]\nitem = \"a:hoverx\"\n"));
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains(
            "invalid CSS selector `a:hoverx`: a pseudo-class or pseudo-element that is not supported, \
             at column 2 of the selector (`:hoverx`)"
        ),
        "{out}"
    );
}

/// Issue 11: one mistake was reported per run; every key serde refuses and
/// every invalid value are now reported at once, in file order.
#[test]
fn every_mistake_of_a_config_is_reported_in_one_run() {
    let config = r#"
[fetch]
timeout = 30
retries = "two"

[[feeds]]
id = "news"
title = "News"
url = "https://example.org/news"
max_items = "many"
timezone = "Mars/Base"

[feeds.list]
itme = ".card"
link = ".card >> a"
"#;
    let (code, out) = check(config);
    assert_eq!(code, 2, "{out}");
    let lines: Vec<&str> = out.lines().filter(|l| l.contains("config.toml:")).collect();
    for (at, what) in [
        ("config.toml:3:11: key `fetch.timeout`", "invalid type"),
        ("config.toml:4:11: key `fetch.retries`", "invalid type"),
        (
            "config.toml:10:13: feed `news`, key `feeds[0].max_items`",
            "invalid type",
        ),
        (
            "config.toml:11:12: feed `news`, key `feeds[0].timezone`",
            "unknown time zone",
        ),
        (
            "config.toml:14:1: feed `news`, key `feeds[0].list.itme`",
            "unknown field",
        ),
        (
            "config.toml:15:8: feed `news`, key `feeds[0].list.link",
            "combinator",
        ),
    ] {
        assert!(
            lines.iter().any(|l| l.contains(at) && l.contains(what)),
            "{at}: {out}"
        );
    }
    assert_eq!(lines.len(), 6, "{out}");
}

/// Issue 14: every key of `[feeds.filter]` is checked with its line and key.
#[test]
fn a_bad_filter_names_its_line_and_key() {
    let config = format!(
        "{FEED}\n[feeds.filter]\ninclude = [\"(?i)ukraine\", \"gaza(\"]\nexclude = [\"[z-a]\"]\nfields = [\"title\", \"body\"]\n"
    );
    let (code, out) = check(&config);
    assert_eq!(code, 2, "{out}");
    for expected in [
        "config.toml:7:27: feed `news`, key `feeds[0].filter.include`: invalid regex `gaza(`",
        "config.toml:8:12: feed `news`, key `feeds[0].filter.exclude`: invalid regex `[z-a]`",
        "config.toml:9:20: feed `news`, key `feeds[0].filter.fields`: unknown field `body`",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in\n{out}");
    }
    let (code, out) = check(&format!("{FEED}\n[feeds.filter]\nfields = []\n"));
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("config.toml:7:10: feed `news`, key `feeds[0].filter.fields`: names no field"),
        "{out}"
    );
}

/// Issue 14: a header name that is not an HTTP token is named, its value never shown.
#[test]
fn a_bad_header_name_is_named_and_its_value_kept_quiet() {
    let (code, out) = check(&format!(
        "[fetch]\nheaders = {{ \"Bad Name\" = \"v4lue\", Good = \"line\\nbr3ak\" }}\n{FEED}"
    ));
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("key `fetch.headers.Bad Name`: `Bad Name` is not a valid header name"),
        "{out}"
    );
    assert!(
        out.contains("key `fetch.headers.Good`: the value holds characters"),
        "{out}"
    );
    assert!(!out.contains("v4lue") && !out.contains("br3ak"), "{out}");
}

/// Issue 14: `max_pages = 0` and a `next_page` that is no selector.
#[test]
fn bad_next_page_rules_name_their_line_and_key() {
    let (code, out) = check(&format!(
        "{FEED}\n[feeds.list]\nnext_page = \"a..next\"\nmax_pages = 0\n"
    ));
    assert_eq!(code, 2, "{out}");
    for expected in [
        "config.toml:7:13: feed `news`, key `feeds[0].list.next_page`: invalid CSS selector `a..next`",
        "config.toml:8:13: feed `news`, key `feeds[0].list.max_pages`: must be at least 1",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in\n{out}");
    }
}

/// Issue 14: an unknown `source` is named with its line.
#[test]
fn an_unknown_source_is_named() {
    let (code, out) = check(&format!("{FEED}source = \"atom\"\n"));
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("config.toml:5:10: feed `news`, key `feeds[0].source`: unknown source `atom`"),
        "{out}"
    );
}

/// Issue 14: a `merge` naming an unknown feed, itself, or a cycle, and a
/// feed with both `url` and `merge`.
#[test]
fn bad_merges_are_named() {
    let config = format!(
        "{FEED}\n[[feeds]]\nid = \"a\"\ntitle = \"A\"\nmerge = [\"news\", \"b\"]\n\n[[feeds]]\nid = \"b\"\ntitle = \"B\"\nmerge = [\"a\", \"ghost\", \"b\"]\n\n[[feeds]]\nid = \"c\"\ntitle = \"C\"\nurl = \"https://example.org/c\"\nmerge = [\"news\"]\n"
    );
    let (code, out) = check(&config);
    assert_eq!(code, 2, "{out}");
    for expected in [
        "key `feeds[1].merge`: `b` merges this feed back: a cycle",
        "key `feeds[2].merge`: no feed has the id `ghost`",
        "key `feeds[2].merge`: `b` is this feed itself",
        "config.toml:19:7: feed `c`, key `feeds[3].url`: a feed has either `url` (its pages) or `merge` (other feeds), not both",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in\n{out}");
    }
}

/// Issue 14: a WebSub hub needs the feeds' public address.
#[test]
fn a_websub_hub_needs_a_base_url_and_a_web_address() {
    let (code, out) = check(&format!(
        "[output]\nwebsub_hub = \"https://hub.example.org/\"\n{FEED}"
    ));
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("key `output.websub_hub`: needs output.base_url"),
        "{out}"
    );
    let (code, out) = check(&format!(
        "[output]\nbase_url = \"https://f.example.org/\"\nwebsub_hub = \"ftp://hub.example.org/\"\n{FEED}"
    ));
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("config.toml:3:14: key `output.websub_hub`: must be an http or https URL"),
        "{out}"
    );
}

/// Issue 15: `render` values, a `render_wait` that waits for nothing or is
/// no selector, a rendered local file, and `[fetch]` rendering settings.
#[test]
fn bad_render_settings_are_named() {
    let (code, out) = check(&format!("{FEED}render = \"always\"\n"));
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("config.toml:5:10: feed `news`, key `feeds[0].render`: unknown render `always`; use \"none\", \"listing\" or \"all\""),
        "{out}"
    );
    let (code, out) = check(&format!("{FEED}render_wait = \".list a\"\n"));
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("key `feeds[0].render_wait`: waits for a rendered page, but the feed renders none"),
        "{out}"
    );
    let (code, out) = check(&format!("{FEED}render = \"listing\"\nrender_wait = \"a[\"\n"));
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("key `feeds[0].render_wait`: invalid CSS selector `a[`"),
        "{out}"
    );
    let local = "[[feeds]]\nid = \"local\"\ntitle = \"Local\"\nurl = \"file:///srv/site/page.html\"\nrender = \"all\"\n";
    let (code, out) = check(local);
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("key `feeds[0].render`: renders web pages only"),
        "{out}"
    );
    let (code, out) = check(&format!(
        "[fetch]\nrender_concurrency = 0\nchromium = \"\"\n{FEED}"
    ));
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("key `fetch.render_concurrency`: must be at least 1"),
        "{out}"
    );
    assert!(out.contains("key `fetch.chromium`: is empty"), "{out}");
}
