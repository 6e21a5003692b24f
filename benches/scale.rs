//! Many feeds on many hosts: a first build and an unchanged re-run of
//! HOSTS x FEEDS_PER_HOST feeds of ARTICLES articles each, every host a
//! loopback address of its own (127.0.x.y) answering after DELAY_MS with
//! keep-alive, against the bound the per-host interval sets (the busiest
//! host's requests x interval). The servers run in a child process (this
//! bench again, with BENCH_SERVE set), so the memory and CPU printed are
//! pagefeed's own. Prints figures; asserts nothing about time.
//!
//! cargo bench --bench scale              (defaults: 50 hosts x 10 feeds x 20 articles, 20 ms, 100 ms interval)
//! BENCH_HOSTS=500 BENCH_CONCURRENCY=512 cargo bench --bench scale
//! BENCH_OUT=/dev/shm ...                 (feeds and state on a tmpfs)

#[path = "../tests/it/common.rs"]
mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
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

/// User and system CPU seconds in a /proc `stat` file.
fn cpu_of(path: &str) -> (f64, f64) {
    let stat = std::fs::read_to_string(path).unwrap_or_default();
    // Fields after the command's closing parenthesis; utime and stime are the 14th and 15th.
    let rest = stat.rsplit(')').next().unwrap_or_default();
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok()).unwrap_or(0.0);
    // SAFETY: sysconf has no preconditions.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    (ticks(11) / hz, ticks(12) / hz)
}

/// The h-th host's loopback address: 127.0.1.2, 127.0.1.3 ... 127.0.2.2 ...
fn ip(h: u64) -> &'static str {
    Box::leak(format!("127.0.{}.{}", 1 + h / 250, 2 + h % 250).into_boxed_str())
}

fn settings() -> (u64, u64, u64, Duration, Duration, u64) {
    (
        env_number("BENCH_HOSTS", 50),
        env_number("BENCH_FEEDS_PER_HOST", 10),
        env_number("BENCH_ARTICLES", 20),
        Duration::from_millis(env_number("BENCH_DELAY_MS", 20)),
        Duration::from_millis(env_number("BENCH_INTERVAL_MS", 100)),
        env_number("BENCH_CONCURRENCY", 256),
    )
}

/// The child: writes the sites, starts a server a host, prints their
/// addresses, then answers `mark` (start counting) and `stats` (requests
/// a host since the mark, and the gaps between a host's requests) until
/// its stdin closes.
fn serve() {
    let (hosts, per_host, articles, delay, _, _) = settings();
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
            let options = ServerOptions {
                ip: ip(h),
                delay,
                keep_alive: true,
                ..Default::default()
            };
            FixtureServer::start_with(site.path(), options)
        })
        .collect();
    let mut out = std::io::stdout().lock();
    for s in &servers {
        writeln!(out, "{}", s.base).unwrap();
    }
    writeln!(out, "ready").unwrap();
    out.flush().unwrap();
    let mut mark: Vec<usize> = vec![0; servers.len()];
    let mut marked = Instant::now();
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        if line == "mark" {
            mark = servers.iter().map(FixtureServer::total_hits).collect();
            marked = Instant::now();
            continue;
        }
        // When the hosts were first and last asked, from the mark: the
        // latest first request and the latest last one.
        let (mut first, mut last) = (0u128, 0u128);
        for (s, m) in servers.iter().zip(&mark) {
            let times: Vec<Instant> = s.arrivals().into_iter().skip(*m).map(|(_, t)| t).collect();
            if let (Some(a), Some(b)) = (times.first(), times.last()) {
                first = first.max((*a - marked).as_millis());
                last = last.max((*b - marked).as_millis());
            }
        }
        let hits: Vec<usize> = servers
            .iter()
            .zip(&mark)
            .map(|(s, m)| s.total_hits() - m)
            .collect();
        let mut gaps: Vec<u128> = servers
            .iter()
            .zip(&mark)
            .flat_map(|(s, m)| {
                let times: Vec<Instant> = s.arrivals().into_iter().skip(*m).map(|(_, t)| t).collect();
                times
                    .windows(2)
                    .map(|w| (w[1] - w[0]).as_millis())
                    .collect::<Vec<_>>()
            })
            .collect();
        gaps.sort_unstable();
        let at = |q: f64| {
            gaps.get(((gaps.len() as f64 - 1.0) * q) as usize)
                .copied()
                .unwrap_or(0)
        };
        let (user, system) = cpu_of("/proc/self/stat");
        writeln!(
            out,
            "{} {} {} {} {} {} {} {} {first} {last}",
            hits.iter().sum::<usize>(),
            hits.iter().max().unwrap_or(&0),
            at(0.5),
            at(0.9),
            at(0.99),
            at(1.0),
            user + system,
            rss_kib("VmHWM:")
        )
        .unwrap();
        out.flush().unwrap();
    }
}

fn main() {
    if std::env::var_os("BENCH_SERVE").is_some() {
        return serve();
    }
    // As the binary does.
    pagefeed::cli::limit_malloc_arenas();
    let (hosts, per_host, articles, delay, interval, concurrency) = settings();
    let mut child = Command::new(std::env::current_exe().unwrap())
        .env("BENCH_SERVE", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut to_servers = child.stdin.take().unwrap();
    let mut from_servers = BufReader::new(child.stdout.take().unwrap())
        .lines()
        .map_while(Result::ok);
    let bases: Vec<String> = from_servers.by_ref().take_while(|l| l != "ready").collect();
    let mut text = format!(
        "[fetch]\nper_host_interval = \"{}ms\"\nconcurrency = {concurrency}\n",
        interval.as_millis()
    );
    for (h, base) in bases.iter().enumerate() {
        for f in 0..per_host {
            text.push_str(
                &section_feed_at(base, &format!("h{h}-s{f}"), &format!("sec{f}"), "")
                    .replace("per_host_interval = \"0s\"\n", ""),
            );
        }
    }
    // BENCH_OUT: where the feeds and state go (a tmpfs such as /dev/shm
    // takes the disk's file creation out of the figures).
    let out = match std::env::var_os("BENCH_OUT") {
        Some(dir) => tempfile::tempdir_in(dir).unwrap(),
        None => tempfile::tempdir().unwrap(),
    };
    println!("output and state in {}", out.path().display());
    let config = Config::parse(&text, &out.path().join("config.toml")).unwrap_or_else(|e| panic!("{e}"));
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let options = BuildOptions {
        wait: Duration::from_secs(5),
        ..Default::default()
    };
    let feeds = hosts * per_host;
    println!(
        "scale bench: {feeds} feeds on {hosts} hosts, {articles} articles each, answers after {} ms, \
         per-host interval {} ms, concurrency {concurrency}; servers in another process",
        delay.as_millis(),
        interval.as_millis()
    );
    let baseline = rss_kib("VmRSS:");
    println!(
        "before the build  pagefeed RSS {:.0} MiB (the parsed config, the runtime)",
        baseline as f64 / 1024.0
    );
    let mut ask = |what: &str| -> Vec<f64> {
        writeln!(to_servers, "{what}").unwrap();
        if what == "mark" {
            return Vec::new();
        }
        let line = from_servers.next().unwrap();
        line.split(' ').map(|f| f.parse().unwrap()).collect()
    };
    // The servers' CPU so far (writing the sites, starting): not the build's.
    let mut server_cpu = ask("stats")[6];
    for run in ["first build", "unchanged re-run"] {
        ask("mark");
        let (user0, system0) = cpu_of("/proc/self/stat");
        let start = Instant::now();
        let outcomes = runtime
            .block_on(build_all(&config, &[], &ProgressBar::hidden(), &options))
            .unwrap();
        let elapsed = start.elapsed();
        let (user1, system1) = cpu_of("/proc/self/stat");
        let stats = ask("stats");
        let [requests, busiest, p50, p90, p99, max, cpu, server_rss, first, last] = stats[..] else {
            panic!("{stats:?}")
        };
        let failed = outcomes.iter().filter(|o| o.error.is_some()).count();
        let bound = interval.as_secs_f64() * (busiest - 1.0).max(0.0);
        println!(
            "{run:<17} wall {:6.2} s  bound {bound:6.2} s ({:+.0}%)  requests {requests} ({busiest} at the busiest host)  \
             failed feeds {failed}  pagefeed: peak RSS {:.0} MiB, CPU {:.1} s user + {:.1} s system  \
             (servers: CPU {:.1} s, RSS {:.0} MiB)",
            elapsed.as_secs_f64(),
            100.0 * (elapsed.as_secs_f64() / bound.max(1e-9) - 1.0),
            peak_rss_kib() as f64 / 1024.0,
            user1 - user0,
            system1 - system0,
            cpu - server_cpu,
            server_rss / 1024.0,
        );
        server_cpu = cpu;
        println!(
            "{:<17} gaps between the starts of a host's requests: median {p50} ms, p90 {p90} ms, p99 {p99} ms, max {max} ms; \
             every host asked by {first} ms, the last request at {last} ms",
            ""
        );
    }
    drop(to_servers);
    let _ = child.wait();
}
