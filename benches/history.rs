//! What the state saves: a first build, an unchanged re-run and a re-run with
//! one new article per feed, over a local site of FEEDS x ARTICLES pages.
//!
//! cargo bench --bench history              (defaults: 20 feeds x 50 articles, 5 ms per answer)
//! BENCH_FEEDS=5 BENCH_ARTICLES=20 BENCH_DELAY_MS=0 cargo bench --bench history

#[path = "../tests/it/common.rs"]
mod common;

use std::time::{Duration, Instant};

use common::*;
use indicatif::ProgressBar;
use pagefeed::build::{build_all, BuildOptions};
use pagefeed::config::Config;

fn main() {
    let (feeds, articles, delay) = (
        env_number("BENCH_FEEDS", 20),
        env_number("BENCH_ARTICLES", 50),
        env_number("BENCH_DELAY_MS", 5),
    );
    let site = tempfile::tempdir().unwrap();
    let stories = |feed: u64, extra: u64| -> Vec<Story> {
        (0..articles + extra)
            .rev()
            .map(|i| {
                Story::new(
                    &format!("f{feed}-a{i:03}"),
                    Some(&format!("{} Jul 2023 {:02}:{:02}", 1 + i / 60, i % 24, i % 60)),
                )
            })
            .collect()
    };
    for f in 0..feeds {
        write_section(site.path(), &format!("sec{f}"), &stories(f, 0));
    }
    let server = FixtureServer::start_with(
        site.path(),
        ServerOptions {
            delay: Duration::from_millis(delay),
            ..Default::default()
        },
    );
    let out = tempfile::tempdir().unwrap();
    let text: String = (0..feeds)
        .map(|f| section_feed(&server, &format!("sec{f}"), &format!("sec{f}"), "max_items = 100"))
        .collect();
    let config = Config::parse(&text, &out.path().join("config.toml")).unwrap_or_else(|e| panic!("{e}"));
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let options = BuildOptions {
        wait: Duration::from_secs(5),
        ..Default::default()
    };

    println!(
        "history bench: {feeds} feeds x {articles} articles, server answers after {delay} ms, concurrency {}",
        config.fetch.concurrency
    );
    println!(
        "{:<34} {:>9} {:>9} {:>9} {:>9} {:>9} {:>7}",
        "run", "time ms", "requests", "listing", "robots", "articles", "items"
    );
    let mut first_ms = 0.0;
    for (name, change) in [
        ("first run (empty state)", false),
        ("unchanged re-run", false),
        ("one new article per feed", true),
    ] {
        if change {
            for f in 0..feeds {
                write_section(site.path(), &format!("sec{f}"), &stories(f, 1));
            }
        }
        let (before, listing_before) = (server.total_hits(), server.hits_ending("/index.html"));
        let robots_before = server.hits("/robots.txt");
        let start = Instant::now();
        let outcomes = runtime
            .block_on(build_all(&config, &[], &ProgressBar::hidden(), &options))
            .unwrap();
        let ms = start.elapsed().as_secs_f64() * 1000.0;
        assert!(outcomes.iter().all(|o| o.error.is_none()), "a feed failed");
        let requests = server.total_hits() - before;
        let listing = server.hits_ending("/index.html") - listing_before;
        let robots = server.hits("/robots.txt") - robots_before;
        let items: usize = outcomes.iter().map(|o| o.items).sum();
        if first_ms == 0.0 {
            first_ms = ms;
        }
        println!(
            "{name:<34} {ms:>9.1} {requests:>9} {listing:>9} {robots:>9} {:>9} {items:>7}   ({:.1}% of the first run's time)",
            requests - listing - robots,
            100.0 * ms / first_ms
        );
    }
}
