//! Hosts side by side: a build over several loopback hosts (127.0.0.2, .3, ...)
//! with the default per-host interval, against the lower bound that interval
//! allows (the busiest host's requests x interval). Prints the peak memory.
//!
//! cargo bench --bench politeness           (defaults: 5 hosts x 10 articles, interval 1s)
//! BENCH_HOSTS=3 BENCH_ARTICLES=5 BENCH_INTERVAL_MS=500 cargo bench --bench politeness

#[path = "../tests/it/common.rs"]
mod common;

use std::time::{Duration, Instant};

use common::*;
use indicatif::ProgressBar;
use pagefeed::build::{build_all, BuildOptions};
use pagefeed::config::Config;

fn peak_rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let line = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .unwrap_or("VmHWM: 0 kB");
    line.split_whitespace()
        .nth(1)
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

const IPS: [&str; 8] = [
    "127.0.0.2",
    "127.0.0.3",
    "127.0.0.4",
    "127.0.0.5",
    "127.0.0.6",
    "127.0.0.7",
    "127.0.0.8",
    "127.0.0.9",
];

fn main() {
    let hosts = env_number("BENCH_HOSTS", 5).min(IPS.len() as u64) as usize;
    let articles = env_number("BENCH_ARTICLES", 10);
    let interval = Duration::from_millis(env_number("BENCH_INTERVAL_MS", 1000));
    let site = tempfile::tempdir().unwrap();
    let stories: Vec<Story> = (0..articles)
        .map(|i| Story::new(&format!("a{i:03}"), Some("1 Sep 2023 10:00")))
        .collect();
    write_section(site.path(), "news", &stories);
    let servers: Vec<FixtureServer> = IPS[..hosts]
        .iter()
        .map(|ip| {
            FixtureServer::start_with(
                site.path(),
                ServerOptions {
                    ip,
                    ..Default::default()
                },
            )
        })
        .collect();
    let out = tempfile::tempdir().unwrap();
    let text: String = servers
        .iter()
        .enumerate()
        .map(|(i, s)| {
            section_feed(s, &format!("host{i}"), "news", "").replace("per_host_interval = \"0s\"\n", "")
        })
        .collect();
    let text = format!(
        "[fetch]\nper_host_interval = \"{}ms\"\n{text}",
        interval.as_millis()
    );
    let config = Config::parse(&text, &out.path().join("config.toml")).unwrap_or_else(|e| panic!("{e}"));
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let options = BuildOptions {
        wait: Duration::from_secs(5),
        ..Default::default()
    };

    let start = Instant::now();
    let outcomes = runtime
        .block_on(build_all(&config, &[], &ProgressBar::hidden(), &options))
        .unwrap();
    let elapsed = start.elapsed();
    assert!(outcomes.iter().all(|o| o.error.is_none()), "a feed failed");
    let busiest = servers.iter().map(FixtureServer::total_hits).max().unwrap_or(0);
    // The first request of a host goes at once; each later one waits an interval.
    let bound = interval * (busiest.saturating_sub(1) as u32);
    let min_gap = servers
        .iter()
        .flat_map(|s| {
            s.arrivals()
                .windows(2)
                .map(|w| w[1].1 - w[0].1)
                .collect::<Vec<_>>()
        })
        .min()
        .unwrap_or_default();
    println!(
        "politeness bench: {hosts} hosts x ({articles} articles + listing + robots.txt), per-host interval {} ms, concurrency {}",
        interval.as_millis(),
        config.fetch.concurrency
    );
    println!("requests per host      {busiest}");
    println!(
        "lower bound            {:.2} s  ((requests - 1) x interval)",
        bound.as_secs_f64()
    );
    println!(
        "wall time              {:.2} s  ({:+.1}% over the bound)",
        elapsed.as_secs_f64(),
        100.0 * (elapsed.as_secs_f64() / bound.as_secs_f64() - 1.0)
    );
    println!(
        "closest two requests   {:.0} ms apart at one host (server clock)",
        min_gap.as_secs_f64() * 1000.0
    );
    println!(
        "peak memory (RSS)      {:.1} MiB  (pagefeed in-process, with the local servers)",
        peak_rss_kib() as f64 / 1024.0
    );
}
