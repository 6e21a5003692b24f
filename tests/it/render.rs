//! `render`: pages drawn by JavaScript, loaded in headless Chromium.
//!
//! The fixture site `tests/fixtures/spa` sends shells: its section page draws
//! its cards from `/api/world/latest.json` with `fetch()`, its article pages
//! draw headline, byline, date and body from `/api/articles/<slug>.json`.
//! Each test runs pagefeed with TMPDIR in a folder of its own, so the browser
//! profile (and every Chromium process, which names it on its command line)
//! is the test's: none may be left when pagefeed is done.
//!
//! Tests that need the browser are listed as ignored, with the reason, where
//! Chromium is missing; `.ci/run` sets PAGEFEED_REQUIRE_CHROMIUM, so there
//! they always run.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::*;

const HEADLINES: [&str; 3] = [
    "Harbour reopens to cargo ships after two weeks of repairs",
    "Ministers meet for drought talks as reservoirs run low",
    "Rail workers call off strike after overnight agreement",
];

fn spa_feed(server: &FixtureServer, id: &str, extra: &str) -> String {
    format!(
        r#"
[[feeds]]
id = "{id}"
title = "Cedar Courier - World"
url = "{url}"
per_host_interval = "0s"
{extra}
"#,
        url = server.url("/world/")
    )
}

/// The ids of the live processes whose command line mentions `dir`.
fn processes_under(dir: &Path) -> Vec<u32> {
    let needle = dir.to_string_lossy().to_string();
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Some(pid) = entry.file_name().to_str().and_then(|n| n.parse::<u32>().ok()) else {
            continue;
        };
        let Ok(cmdline) = std::fs::read(entry.path().join("cmdline")) else {
            continue;
        };
        let state = std::fs::read_to_string(entry.path().join("stat")).unwrap_or_default();
        // A zombie has no command line left, and is gone in all but name.
        let zombie = state
            .rsplit(')')
            .next()
            .is_some_and(|s| s.trim_start().starts_with('Z'));
        if !zombie && String::from_utf8_lossy(&cmdline).contains(&needle) {
            found.push(pid);
        }
    }
    found
}

/// Waits (up to 20 s, polling) until no process names `dir`, and fails
/// the test with the ones left if any are.
fn assert_no_browser_left(dir: &Path) {
    let start = Instant::now();
    loop {
        let left = processes_under(dir);
        if left.is_empty() {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "Chromium outlived pagefeed: {left:?}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// `pagefeed build` on `config` with TMPDIR in `tmp`: exit code and output.
fn build_in(config: &Path, tmp: &Path) -> (i32, String) {
    run_build_env(config, &[], &[("TMPDIR", tmp)])
}

#[test]
fn without_render_a_page_drawn_by_scripts_has_no_items() {
    let server = FixtureServer::start(&fixtures().join("spa"));
    let (dir, config) = write_config(&spa_feed(&server, "world", ""));
    let (code, out) = run_build(&config, &[]);
    assert_eq!(code, 3, "{out}");
    assert!(out.contains("no items found"), "{out}");
    // Only the shell was read: its scripts and their API are not pagefeed's to run.
    assert_eq!(server.hits("/api/world/latest.json"), 0);
    assert_eq!(server.hits("/static/section.js"), 0);
    drop(dir);
}

#[test]
#[cfg_attr(
    not(chromium),
    ignore = "Chromium is not installed: apt-get install chromium chromium-driver"
)]
fn rendered_section_and_articles_give_the_items_and_their_full_content() {
    let server = FixtureServer::start(&fixtures().join("spa"));
    let (dir, config) = write_config(&spa_feed(
        &server,
        "world",
        "render = \"all\"\nrender_wait = \".news-list a\"",
    ));
    let tmp = tempfile::tempdir().unwrap();
    let (code, out) = build_in(&config, tmp.path());
    assert_eq!(code, 0, "{out}");
    let feed = parse_feed(&dir.path().join("feeds/world.atom"));
    let titles: Vec<String> = feed
        .entries
        .iter()
        .map(|e| e.title.as_ref().unwrap().content.clone())
        .collect();
    assert_eq!(titles, HEADLINES, "{out}");
    let first = &feed.entries[0];
    assert_eq!(
        first.links[0].href,
        server.url("/world/2023/08/31/harbour-reopens.html")
    );
    assert_eq!(first.authors[0].name, "Nadia Haddad");
    assert_eq!(first.published.unwrap().to_rfc3339(), "2023-08-31T19:34:00+00:00");
    let content = first.content.as_ref().unwrap().body.as_deref().unwrap();
    for drawn in [
        "the first container ship docked at dawn",
        "Engineers finished replacing the damaged sections",
        "asked for the repairs to the southern jetty",
    ] {
        assert!(content.contains(drawn), "{drawn:?} missing from {content}");
    }
    // The related box and the tags stay out of the body; no script in it.
    assert!(!content.contains("Rail workers call off strike"), "{content}");
    assert!(!content.contains("<script"), "{content}");
    // Scripts and API calls went through pagefeed, once each; images and
    // style sheets were never asked for.
    assert_eq!(server.hits("/api/world/latest.json"), 1);
    assert_eq!(server.hits("/api/articles/harbour-reopens.json"), 1);
    assert_eq!(server.hits("/static/site.css"), 0);
    assert_eq!(server.hits_ending(".jpg"), 0);
    assert_no_browser_left(tmp.path());
}

#[test]
#[cfg_attr(
    not(chromium),
    ignore = "Chromium is not installed: apt-get install chromium chromium-driver"
)]
fn a_rendered_page_keeps_to_robots_txt_and_the_hosts_interval() {
    let _timing = timing();
    let server = FixtureServer::start_with(
        &fixtures().join("spa"),
        ServerOptions {
            robots_txt: Some("User-agent: *\nDisallow: /api/articles/\n".into()),
            ..ServerOptions::default()
        },
    );
    let config = spa_feed(&server, "world", "render = \"all\"")
        .replace("per_host_interval = \"0s\"", "per_host_interval = \"300ms\"");
    let (dir, config) = write_config(&config);
    let tmp = tempfile::tempdir().unwrap();
    let (code, out) = build_in(&config, tmp.path());
    // The listing renders; the articles' API is disallowed, so their
    // bodies are the shells' "Loading..." and the items keep the cards.
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        server.hits_ending("/api/articles/harbour-reopens.json"),
        0,
        "{out}"
    );
    let feed = parse_feed(&dir.path().join("feeds/world.atom"));
    assert_eq!(feed.entries.len(), 3, "{out}");
    // Every request to the host, the browser's among them, kept the
    // interval. Half of it as the bound, as in the politeness tests: the
    // server's threads may stamp an arrival late on a busy machine, while
    // ungated requests would come milliseconds apart.
    let arrivals = server.arrivals();
    assert!(arrivals.len() >= 9, "{arrivals:?}");
    for pair in arrivals.windows(2) {
        let gap = pair[1].1.duration_since(pair[0].1);
        assert!(
            gap >= Duration::from_millis(150),
            "{} then {} after {gap:?}",
            pair[0].0,
            pair[1].0
        );
    }
    assert_no_browser_left(tmp.path());
}

#[test]
#[cfg_attr(
    not(chromium),
    ignore = "Chromium is not installed: apt-get install chromium chromium-driver"
)]
fn a_rendered_page_reaches_no_other_address_and_loads_no_media() {
    let site = tempfile::tempdir().unwrap();
    let private = FixtureServer::start_with(
        site.path(),
        ServerOptions {
            ip: "127.0.0.2",
            ..ServerOptions::default()
        },
    );
    let other = private.base.clone();
    let page = format!(
        r#"<!doctype html><html><head><title>Hostile</title>
<link rel="stylesheet" href="/style.css"><link rel="icon" href="/favicon.ico"></head>
<body><main id="app"></main>
<img src="/photo.jpg"><img src="{other}/pixel.gif"><video src="/clip.mp4" autoplay></video>
<iframe src="{other}/frame.html"></iframe>
<script>
fetch("{other}/secret.json").catch(() => {{}});
fetch("file:///etc/passwd").catch(() => {{}});
try {{ new WebSocket("{ws}/socket"); }} catch (e) {{}}
try {{ window.open("{other}/popup.html"); }} catch (e) {{}}
navigator.sendBeacon && navigator.sendBeacon("{other}/beacon");
var list = "<ul class='stories'>";
for (var i = 1; i <= 3; i++) {{
  list += "<li><a href='/story/" + i + ".html'>A story drawn by a script, number " + i + "</a></li>";
}}
document.getElementById("app").innerHTML = list + "</ul>";
setTimeout(function () {{ location.href = "{other}/elsewhere.html"; }}, 50);
</script></body></html>"#,
        ws = other.replace("http://", "ws://")
    );
    std::fs::write(site.path().join("index.html"), page).unwrap();
    let server = FixtureServer::start(site.path());
    let (dir, config) = write_config(&format!(
        r#"
[[feeds]]
id = "hostile"
title = "Hostile"
url = "{}"
per_host_interval = "0s"
fetch_articles = false
render = "listing"
"#,
        server.url("/index.html")
    ));
    let tmp = tempfile::tempdir().unwrap();
    let (code, out) = build_in(&config, tmp.path());
    assert_eq!(code, 0, "{out}");
    let feed = parse_feed(&dir.path().join("feeds/hostile.atom"));
    assert_eq!(feed.entries.len(), 3, "{out}");
    assert_eq!(private.total_hits(), 0, "the other address was reached: {out}");
    for media in ["/style.css", "/favicon.ico", "/photo.jpg", "/clip.mp4"] {
        assert_eq!(server.hits(media), 0, "{media} was loaded");
    }
    assert_no_browser_left(tmp.path());
}

#[test]
#[cfg_attr(
    not(chromium),
    ignore = "Chromium is not installed: apt-get install chromium chromium-driver"
)]
fn a_failing_render_fails_its_feed_clearly_and_leaves_no_browser() {
    let server = FixtureServer::start(&fixtures().join("spa"));
    let site = FixtureServer::start(&fixtures().join("site"));
    let config = format!(
        "[fetch]\ntimeout = \"8s\"\n{}\n{}",
        spa_feed(
            &server,
            "waits",
            "render = \"listing\"\nrender_wait = \".never-there\""
        ),
        politics_feed(&site, "politics"),
    );
    let (dir, config) = write_config(&config);
    let tmp = tempfile::tempdir().unwrap();
    let (code, out) = build_in(&config, tmp.path());
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("render_wait `.never-there` matched nothing within the timeout (8s)"),
        "{out}"
    );
    assert!(dir.path().join("feeds/politics.atom").exists(), "{out}");
    assert_no_browser_left(tmp.path());
}

#[test]
#[cfg_attr(
    not(chromium),
    ignore = "Chromium is not installed: apt-get install chromium chromium-driver"
)]
fn ctrl_c_during_a_render_leaves_no_browser() {
    let server = FixtureServer::start(&fixtures().join("spa"));
    let config = format!(
        "[fetch]\ntimeout = \"120s\"\n{}",
        spa_feed(
            &server,
            "waits",
            "render = \"listing\"\nrender_wait = \".never-there\""
        )
    );
    let (_dir, config) = write_config(&config);
    let tmp = tempfile::tempdir().unwrap();
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("pagefeed"))
        .args(["build", "--config"])
        .arg(&config)
        .env("TMPDIR", tmp.path())
        .env_remove("RUST_LOG")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Until the browser runs and has drawn the page (it asked for the API).
    let start = Instant::now();
    while server.hits("/api/world/latest.json") == 0 || processes_under(tmp.path()).is_empty() {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "the browser never started"
        );
        assert!(child.try_wait().unwrap().is_none(), "pagefeed ended early");
        std::thread::sleep(Duration::from_millis(50));
    }
    // SAFETY: kill(2) on the child we started.
    unsafe {
        libc::kill(child.id() as i32, libc::SIGINT);
    }
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130), "{status:?}");
    assert_no_browser_left(tmp.path());
}

#[test]
fn without_a_browser_a_rendering_feed_fails_clearly_and_the_others_build() {
    let spa = FixtureServer::start(&fixtures().join("spa"));
    let site = FixtureServer::start(&fixtures().join("site"));
    let config = format!(
        "[fetch]\nchromium = \"/nonexistent/chromium\"\n{}\n{}",
        spa_feed(&spa, "world", "render = \"listing\""),
        politics_feed(&site, "politics"),
    );
    let (dir, config) = write_config(&config);
    let (code, out) = run_build(&config, &[]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(
            "render = \"listing\" needs Chromium: apt-get install chromium, or set [fetch] chromium"
        ),
        "{out}"
    );
    assert!(dir.path().join("feeds/politics.atom").exists(), "{out}");
    let check = pagefeed()
        .arg("check")
        .arg("--config")
        .arg(&config)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&check.stderr);
    assert!(check.status.success(), "{said}");
    assert!(
        said.contains("warning: feed `world` has render = \"listing\" but no browser was found"),
        "{said}"
    );
}

#[test]
#[cfg_attr(
    not(chromium),
    ignore = "Chromium is not installed: apt-get install chromium chromium-driver"
)]
fn init_renders_a_shell_and_writes_render_listing() {
    let server = FixtureServer::start(&fixtures().join("spa"));
    let tmp = tempfile::tempdir().unwrap();
    let out = pagefeed()
        .args(["init", &server.url("/world/")])
        .env("TMPDIR", tmp.path())
        .output()
        .unwrap();
    let (block, said) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(out.status.success(), "{said}");
    assert!(
        said.contains("it loads scripts: rendering it in Chromium"),
        "{said}"
    );
    assert!(block.contains("\nrender = \"listing\""), "{block}");
    for headline in HEADLINES {
        assert!(block.contains(headline), "{headline} missing from {block}");
    }
    // The shell was asked for once: the browser was given the page init had.
    assert_eq!(server.hits("/world/"), 1);
    // The block is a feed pagefeed takes as it is.
    let (_dir, config) = write_config(&block);
    pagefeed()
        .arg("check")
        .arg("--config")
        .arg(&config)
        .assert()
        .success();
    assert_no_browser_left(tmp.path());
}

#[test]
fn init_without_a_browser_says_to_try_render() {
    let server = FixtureServer::start(&fixtures().join("spa"));
    let out = pagefeed()
        .args(["init", &server.url("/world/")])
        .env("PATH", "/nonexistent")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        said.contains("the page loads scripts: if it draws its list with them, try render = \"listing\""),
        "{said}"
    );
}

#[test]
#[cfg_attr(
    not(chromium),
    ignore = "Chromium is not installed: apt-get install chromium chromium-driver"
)]
fn a_page_that_posts_its_query_and_grows_as_it_is_scrolled() {
    let site = tempfile::tempdir().unwrap();
    let card = |i: u32| {
        format!(r#"{{"path": "/story/{i}.html", "headline": "Story number {i}, drawn from a query"}}"#)
    };
    let first: Vec<String> = (1..=4).map(card).collect();
    let more: Vec<String> = (5..=8).map(card).collect();
    std::fs::create_dir_all(site.path().join("api")).unwrap();
    std::fs::write(
        site.path().join("api/graphql.json"),
        format!("[{}]", first.join(",")),
    )
    .unwrap();
    std::fs::write(site.path().join("api/more.json"), format!("[{}]", more.join(","))).unwrap();
    // A tall page: the next cards load when the reader reaches its end.
    let page = r#"<!doctype html><html><head><title>Query</title></head><body>
<main><ul id="cards"></ul><div id="end" style="height: 3000px"></div></main>
<script>
function add(cards) {
  var ul = document.getElementById("cards");
  cards.forEach(function (c) {
    var li = document.createElement("li");
    li.innerHTML = "<a href='" + c.path + "'>" + c.headline + "</a>";
    ul.appendChild(li);
  });
}
fetch("/api/graphql.json", {method: "POST", headers: {"Content-Type": "application/json"},
  body: JSON.stringify({query: "{ stories(first: 4) { path headline } }"})})
  .then(function (r) { return r.json(); }).then(add);
var asked = false;
window.addEventListener("scroll", function () {
  if (asked || window.scrollY < 1000) return;
  asked = true;
  fetch("/api/more.json").then(function (r) { return r.json(); }).then(add);
});
</script></body></html>"#;
    std::fs::write(site.path().join("index.html"), page).unwrap();
    let server = FixtureServer::start(site.path());
    let (dir, config) = write_config(&format!(
        "[[feeds]]\nid = \"query\"\ntitle = \"Query\"\nurl = \"{}\"\nper_host_interval = \"0s\"\nfetch_articles = false\nrender = \"listing\"\n",
        server.url("/index.html")
    ));
    let tmp = tempfile::tempdir().unwrap();
    let (code, out) = build_in(&config, tmp.path());
    assert_eq!(code, 0, "{out}");
    let feed = parse_feed(&dir.path().join("feeds/query.atom"));
    assert_eq!(feed.entries.len(), 8, "{out}");
    let post = server
        .heads()
        .into_iter()
        .find(|(path, _)| path == "/api/graphql.json")
        .expect("the query was sent")
        .1;
    assert!(post.starts_with("POST /api/graphql.json"), "{post}");
    assert!(
        post.to_ascii_lowercase()
            .contains("content-type: application/json"),
        "{post}"
    );
    assert_no_browser_left(tmp.path());
}

#[test]
fn a_browser_that_dies_at_start_is_named_with_its_last_words() {
    use std::os::unix::fs::PermissionsExt as _;
    let bin = tempfile::tempdir().unwrap();
    let fake = bin.path().join("chromium");
    std::fs::write(
        &fake,
        "#!/bin/sh\necho 'starting' >&2\necho '[FATAL:zygote_host_impl_linux.cc(128)] No usable sandbox! \u{1b}[31mred' >&2\nexit 1\n",
    )
    .unwrap();
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    let server = FixtureServer::start(&fixtures().join("spa"));
    let (_dir, config) = write_config(&format!(
        "[fetch]\nchromium = \"{}\"\n{}",
        fake.display(),
        spa_feed(&server, "world", "render = \"listing\"")
    ));
    let (code, out) = run_build(&config, &[]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(
            "exited at start: starting / [FATAL:zygote_host_impl_linux.cc(128)] No usable sandbox! [31mred"
        ),
        "{out}"
    );
    assert!(out.contains("set [fetch] chromium_sandbox = false"), "{out}");
    // Nothing it wrote reaches the terminal as a control sequence.
    assert!(!out.contains('\u{1b}'), "{out}");
}
