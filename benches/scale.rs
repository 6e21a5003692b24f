//! Many feeds on many hosts: a first build and an unchanged re-run of
//! HOSTS x FEEDS_PER_HOST feeds of ARTICLES articles each, every host a
//! loopback address of its own (127.0.x.y) answering after DELAY_MS, against
//! the bound the per-host interval sets (the busiest host's requests x
//! interval). Prints wall time, requests and peak memory; asserts nothing
//! about time.
//!
//! cargo bench --bench scale              (defaults: 50 hosts x 10 feeds x 20 articles, 20 ms, 100 ms interval)
//! BENCH_HOSTS=500 BENCH_CONCURRENCY=512 cargo bench --bench scale

#[path = "../tests/it/common.rs"]
mod common;

use std::time::{Duration, Instant};

use common::*;
use indicatif::ProgressBar;
use pagefeed::build::{build_all, BuildOptions};
use pagefeed::config::Config;

fn peak_rss_kib() -> u64 {
    rss_kib("VmHWM:")
}

fn rss_kib(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        .unwrap_or(0)
}

/// User and system CPU time of this process so far, in seconds.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command's closing parenthesis; utime and stime are the 14th and 15th.
    let rest = stat.rsplit(')').next().unwrap_or_default();
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = [11, 12]
        .iter()
        .filter_map(|&i| fields.get(i)?.parse::<f64>().ok())
        .sum();
    // SAFETY: sysconf has no preconditions.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    ticks / hz.max(1.0)
}

/// The h-th host's loopback address: 127.0.1.2, 127.0.1.3 ... 127.0.2.2 ...
fn ip(h: u64) -> &'static str {
    Box::leak(format!("127.0.{}.{}", 1 + h / 250, 2 + h % 250).into_boxed_str())
}

fn main() {
    let hosts = env_number("BENCH_HOSTS", 50);
    let per_host = env_number("BENCH_FEEDS_PER_HOST", 10);
    let articles = env_number("BENCH_ARTICLES", 20);
    let delay = Duration::from_millis(env_number("BENCH_DELAY_MS", 20));
    let interval = Duration::from_millis(env_number("BENCH_INTERVAL_MS", 100));
    let concurrency = env_number("BENCH_CONCURRENCY", 256);

    let site = tempfile::tempdir().unwrap();
    for f in 0..per_host {
        let stories: Vec<Story> = (0..articles)
            .map(|i| {
                Story::new(
                    &format!("f{f}-a{i:03}"),
                    Some(&format!("{} Sep 2023 10:{:02}", 1 + i % 28, i % 60)),
                )
            })
            .collect();
        write_section(site.path(), &format!("sec{f}"), &stories);
    }
    let servers: Vec<FixtureServer> = (0..hosts)
        .map(|h| {
            FixtureServer::start_with(
                site.path(),
                ServerOptions {
                    ip: ip(h),
                    delay,
                    ..Default::default()
                },
            )
        })
        .collect();
    let mut text = format!(
        "[fetch]\nper_host_interval = \"{}ms\"\nconcurrency = {concurrency}\n",
        interval.as_millis()
    );
    for (h, s) in servers.iter().enumerate() {
        for f in 0..per_host {
            text.push_str(
                &section_feed(s, &format!("h{h}-s{f}"), &format!("sec{f}"), "")
                    .replace("per_host_interval = \"0s\"\n", ""),
            );
        }
    }
    let out = tempfile::tempdir().unwrap();
    let config = Config::parse(&text, &out.path().join("config.toml")).unwrap_or_else(|e| panic!("{e}"));
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let options = BuildOptions {
        wait: Duration::from_secs(5),
        ..Default::default()
    };
    let feeds = hosts * per_host;
    println!(
        "scale bench: {feeds} feeds on {hosts} hosts, {articles} articles each, answers after {} ms, \
         per-host interval {} ms, concurrency {concurrency}",
        delay.as_millis(),
        interval.as_millis()
    );
    // What the servers and the config hold before any build: the build's
    // own memory is the peak less this.
    let baseline = rss_kib("VmRSS:");
    println!(
        "before the build  RSS {:.0} MiB (the {hosts} servers and their threads, the parsed config)",
        baseline as f64 / 1024.0
    );
    for run in ["first build", "unchanged re-run"] {
        let cpu_before = cpu_seconds();
        let before: usize = servers.iter().map(FixtureServer::total_hits).sum();
        let busiest_before: Vec<usize> = servers.iter().map(FixtureServer::total_hits).collect();
        let start = Instant::now();
        let outcomes = runtime
            .block_on(build_all(&config, &[], &ProgressBar::hidden(), &options))
            .unwrap();
        let elapsed = start.elapsed();
        let failed = outcomes.iter().filter(|o| o.error.is_some()).count();
        let requests: usize = servers.iter().map(FixtureServer::total_hits).sum::<usize>() - before;
        let busiest = servers
            .iter()
            .zip(&busiest_before)
            .map(|(s, b)| s.total_hits() - b)
            .max()
            .unwrap_or(0);
        let bound = interval * (busiest.saturating_sub(1) as u32);
        println!(
            "{run:<17} wall {:7.2} s  bound {:7.2} s ({:+.0}%)  requests {requests} ({busiest} at the busiest host)  failed feeds {failed}  peak RSS {:.0} MiB (+{:.0} over the servers)  CPU {:.1} s (servers included)",
            elapsed.as_secs_f64(),
            bound.as_secs_f64(),
            100.0 * (elapsed.as_secs_f64() / bound.as_secs_f64().max(1e-9) - 1.0),
            peak_rss_kib() as f64 / 1024.0,
            peak_rss_kib().saturating_sub(baseline) as f64 / 1024.0,
            cpu_seconds() - cpu_before
        );
    }
}
