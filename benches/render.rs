//! Rendering in headless Chromium (`render = "all"`): a section drawn from a
//! JSON API and ARTICLES article pages drawn by script, as in
//! `tests/fixtures/spa`, served on loopback with no interval. Prints the
//! browser's start, time per rendered page (wall time of the whole build
//! over the pages rendered, RENDER_CONCURRENCY tabs at once), and peak
//! memory: pagefeed's own, and the browser's (every process of its group,
//! sampled every 20 ms). Asserts nothing about time.
//!
//! cargo bench --bench render                 (defaults: 40 articles, 2 tabs)
//! BENCH_ARTICLES=100 BENCH_TABS=4 cargo bench --bench render

#[path = "../tests/it/common.rs"]
mod common;

use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;
use indicatif::ProgressBar;
use pagefeed::build::{build_all, BuildOptions};
use pagefeed::config::Config;

fn status_kib(path: &Path, field: &str) -> u64 {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        .unwrap_or(0)
}

/// The memory of every process whose command line names `dir`: the sum of
/// their proportional set sizes (shared pages split among their sharers, so
/// the browser's processes are not counted each with all the shared code).
fn browser_rss_kib(dir: &str) -> (u64, usize) {
    let (mut kib, mut n) = (0, 0);
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        if !entry
            .file_name()
            .to_string_lossy()
            .bytes()
            .all(|b| b.is_ascii_digit())
        {
            continue;
        }
        let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
        if String::from_utf8_lossy(&cmdline).contains(dir) {
            kib += status_kib(&entry.path().join("smaps_rollup"), "Pss:");
            n += 1;
        }
    }
    (kib, n)
}

/// The fixture site with `articles` stories instead of three.
fn write_site(root: &Path, articles: usize) {
    let spa = fixtures().join("spa");
    copy_dir(&spa.join("static"), &root.join("static"));
    let shell = std::fs::read_to_string(spa.join("world/2023/08/31/harbour-reopens.html")).unwrap();
    let template: serde_json::Value =
        serde_json::from_slice(&std::fs::read(spa.join("api/articles/harbour-reopens.json")).unwrap())
            .unwrap();
    std::fs::create_dir_all(root.join("world/2023/08")).unwrap();
    std::fs::create_dir_all(root.join("api/articles")).unwrap();
    std::fs::create_dir_all(root.join("api/world")).unwrap();
    std::fs::copy(spa.join("world/index.html"), root.join("world/index.html")).unwrap();
    let mut stories = Vec::new();
    for i in 0..articles {
        let slug = format!("story-{i}");
        std::fs::write(root.join(format!("world/2023/08/{slug}.html")), &shell).unwrap();
        let mut article = template.clone();
        article["headline"] = format!("Story number {i} of the bench section, drawn by a script").into();
        article["iso"] = format!("2023-08-{:02}T10:00:00+03:00", 1 + i % 28).into();
        std::fs::write(
            root.join(format!("api/articles/{slug}.json")),
            article.to_string(),
        )
        .unwrap();
        stories.push(serde_json::json!({
            "path": format!("/world/2023/08/{slug}.html"),
            "headline": article["headline"],
            "lead": article["lead"],
            "date": article["date"],
        }));
    }
    let section = serde_json::json!({"section": "World", "stories": stories, "most_read": []});
    std::fs::write(root.join("api/world/latest.json"), section.to_string()).unwrap();
}

fn main() {
    let articles = env_number("BENCH_ARTICLES", 40) as usize;
    let tabs = env_number("BENCH_TABS", 2);
    let site = tempfile::tempdir().unwrap();
    write_site(site.path(), articles);
    let server = FixtureServer::start_with(
        site.path(),
        ServerOptions {
            validators: false,
            ..ServerOptions::default()
        },
    );
    // The browser's profile goes under TMPDIR: its processes name this folder.
    let tmp = tempfile::tempdir().unwrap();
    std::env::set_var("TMPDIR", tmp.path());
    let tmp_name = tmp.path().to_string_lossy().to_string();

    let out = tempfile::tempdir().unwrap();
    let config_text = format!(
        r#"
[output]
dir = "{out}/feeds"
[state]
dir = "{out}/state"
[fetch]
per_host_interval = "0s"
render_concurrency = {tabs}
concurrency = 8
[[feeds]]
id = "world"
title = "World"
url = "{url}"
max_items = {articles}
render = "all"
render_wait = ".news-list a"
"#,
        out = out.path().display(),
        url = server.url("/world/")
    );
    let config = Config::parse(&config_text, &out.path().join("config.toml")).unwrap();

    let done = Arc::new(AtomicBool::new(false));
    let peak_browser = Arc::new(AtomicU64::new(0));
    let peak_processes = Arc::new(AtomicU64::new(0));
    let sampler = {
        let (done, peak, procs, name) = (
            done.clone(),
            peak_browser.clone(),
            peak_processes.clone(),
            tmp_name.clone(),
        );
        std::thread::spawn(move || {
            while !done.load(Ordering::SeqCst) {
                let (kib, n) = browser_rss_kib(&name);
                peak.fetch_max(kib, Ordering::SeqCst);
                procs.fetch_max(n as u64, Ordering::SeqCst);
                std::thread::sleep(Duration::from_millis(20));
            }
        })
    };
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let started = Instant::now();
    let outcomes = runtime
        .block_on(build_all(
            &config,
            &[],
            &ProgressBar::hidden(),
            &BuildOptions::default(),
        ))
        .unwrap();
    let wall = started.elapsed();
    drop(runtime);
    done.store(true, Ordering::SeqCst);
    sampler.join().unwrap();
    let outcome = &outcomes[0];
    assert!(outcome.error.is_none(), "{:?}", outcome.error);
    let rendered = articles + 1;
    let feed = parse_feed(&out.path().join("feeds/world.atom"));
    println!(
        "render bench: 1 section + {articles} articles, all rendered, {tabs} tabs, loopback, no interval"
    );
    println!("  items in the feed       {}", feed.entries.len());
    println!("  requests to the site    {}", server.total_hits());
    println!(
        "  wall                    {:.2} s, {:.0} ms per rendered page ({rendered} pages, browser start included)",
        wall.as_secs_f64(),
        wall.as_secs_f64() * 1000.0 / rendered as f64
    );
    println!(
        "  peak memory             pagefeed {} MiB (RSS); browser {} MiB (PSS, all its processes; at most {} at once)",
        status_kib(Path::new("/proc/self/status"), "VmHWM:") / 1024,
        peak_browser.load(Ordering::SeqCst) / 1024,
        peak_processes.load(Ordering::SeqCst)
    );
    println!("  browser processes left  {}", browser_rss_kib(&tmp_name).1);
}
