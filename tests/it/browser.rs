//! The published folder in a real browser: headless Chromium loads the index
//! and one RSS and one Atom file from `pagefeed serve`, and the rendered DOM
//! must show feed and item titles, not raw XML. Screenshots go to
//! `target/browser-screenshots/`.
//!
//! Needs Debian's `chromium` (`.ci/run` installs it). Without it `build.rs`
//! leaves the `chromium` cfg unset and the test is listed as ignored, with the
//! reason; `.ci/run` sets PAGEFEED_REQUIRE_CHROMIUM, so there it always runs.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::*;
use scraper::{Html, Selector};

fn chromium() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("PAGEFEED_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .iter()
    .map(PathBuf::from)
    .find(|p| p.exists())
}

/// Runs headless Chromium with the flags this machine needs (no sandbox as
/// root, no background traffic) and returns its stdout.
fn run_chromium(browser: &Path, args: &[String]) -> String {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let start = Instant::now();
    let mut out = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut out, &mut s).unwrap();
        s
    });
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(90) {
            let _ = child.kill();
            panic!("chromium did not finish in 90 s: {args:?}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    reader.join().unwrap()
}

fn dom(browser: &Path, url: &str) -> Html {
    Html::parse_document(&run_chromium(browser, &["--dump-dom".into(), url.into()]))
}

fn texts(doc: &Html, selector: &str) -> Vec<String> {
    let sel = Selector::parse(selector).unwrap();
    doc.select(&sel)
        .map(|e| e.text().collect::<String>().trim().to_string())
        .collect()
}

fn screenshot(browser: &Path, url: &str, name: &str, size: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/browser-screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    let _ = std::fs::remove_file(&path);
    run_chromium(
        browser,
        &[
            format!("--screenshot={}", path.display()),
            format!("--window-size={size}"),
            url.into(),
        ],
    );
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    assert!(size > 5_000, "{name}: screenshot of {size} bytes");
}

#[test]
#[cfg_attr(
    not(chromium),
    ignore = "Chromium is not installed: apt-get install chromium chromium-driver"
)]
fn index_and_feeds_render_as_pages_in_chromium() {
    let browser = chromium().expect("Chromium (apt-get install chromium, or set PAGEFEED_CHROMIUM)");
    let site = tempfile::tempdir().unwrap();
    copy_dir(&fixtures().join("site"), site.path());
    let server = FixtureServer::start(site.path());
    let config = format!(
        "[output]\ntitle = \"Fixture feeds\"\nformats = [\"rss\", \"atom\", \"json\"]\n{}",
        politics_feed(&server, "politics")
    );
    let (_dir, path) = write_config(&config);
    pagefeed()
        .args(["build", "--config"])
        .arg(&path)
        .assert()
        .success();
    let served = Served::start(&path, &[]);
    let url = |p: &str| format!("{}{p}", served.base);

    let index = dom(&browser, &url("/"));
    assert_eq!(texts(&index, "h1"), ["Fixture feeds"]);
    assert_eq!(texts(&index, "li h2"), ["Mayadeen Fixture English - Politics"]);
    assert_eq!(texts(&index, "li .formats a"), ["RSS", "Atom", "JSON Feed"]);

    for feed in ["/politics.rss", "/politics.atom"] {
        let page = dom(&browser, &url(feed));
        // Rendered by the stylesheet: an HTML page with headings and links,
        // not Chromium's raw XML tree.
        assert_eq!(
            texts(&page, "h1"),
            ["Mayadeen Fixture English - Politics"],
            "{feed}"
        );
        let items = texts(&page, "article h2 a");
        assert_eq!(items.len(), 5, "{feed}: {items:?}");
        assert!(items
            .contains(&"Zelensky wants to forge security deal with US based on 'Israeli model'".to_string()));
        assert!(items.contains(&"Beirut's cafés reopen on Hamra Street — «مقهى الحمرا»".to_string()));
        assert!(
            texts(&page, ".subscribe")
                .concat()
                .contains("This is a web feed."),
            "{feed}"
        );
        let html = page.html();
        assert!(
            !html.contains("<rss") && !html.contains("<entry"),
            "{feed}: raw XML shown"
        );
    }

    screenshot(&browser, &url("/"), "index-desktop.png", "1200,900");
    screenshot(&browser, &url("/"), "index-phone.png", "390,844");
    screenshot(&browser, &url("/politics.rss"), "politics-rss.png", "1000,1200");
    screenshot(&browser, &url("/politics.atom"), "politics-atom.png", "390,844");
}
