//! Shared test support: a fixture web server on 127.0.0.1 and helpers to run
//! the real binary against it.

#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufRead, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Serves a folder over HTTP on 127.0.0.1 (or another loopback address)
/// with an ephemeral port, counts and timestamps the requests, and answers
/// with faults on demand. Stops when dropped.
///
/// Hand-written on std::net rather than a server crate: one thread per
/// connection and `Connection: close` keep it predictable, and fault tests
/// need control over every byte that goes out.
///
/// Fault paths (each serves `<path>` when it succeeds):
/// - `/__redirect[/<any>]?to=URL`, `/__loop`: a redirect, an endless redirect;
/// - `/__flaky/<status>/<n>/<path>`: `status` (with `Retry-After: 1` for 429
///   and 503) for the first `n` requests, then `path`;
/// - `/__slow-headers/<ms>/<path>`: waits before the headers;
/// - `/__slow-body/<ms>/<path>`: sends half the body, waits, sends the rest;
/// - `/__truncated/<path>`: promises the whole body, sends half, closes;
/// - `/__big/<bytes>`: a body of that many bytes, without Content-Length;
/// - `/__gzip-bomb/<bytes>`: that many zeros, gzip-compressed.
pub struct FixtureServer {
    pub base: String,
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    hits: Arc<Mutex<HashMap<String, usize>>>,
    times: Arc<Mutex<Vec<(String, Instant)>>>,
    robots: Arc<Mutex<Vec<(u16, String)>>>,
    heads: Arc<Mutex<Vec<(String, String)>>>,
    thread: Option<JoinHandle<()>>,
}

/// How the fixture server behaves.
#[derive(Clone)]
pub struct ServerOptions {
    /// Send ETag and Last-Modified, and answer 304 to matching conditional requests.
    pub validators: bool,
    /// Wait this long before answering each request.
    pub delay: Duration,
    /// The body of /robots.txt (404 when None).
    pub robots_txt: Option<String>,
    /// The loopback address to listen on.
    pub ip: &'static str,
    /// Answer several requests on a connection, as web servers do (the
    /// benches); otherwise each answer closes it, which keeps the tests'
    /// counts and faults simple.
    pub keep_alive: bool,
}

impl Default for ServerOptions {
    fn default() -> Self {
        ServerOptions {
            validators: true,
            delay: Duration::ZERO,
            robots_txt: None,
            ip: "127.0.0.1",
            keep_alive: false,
        }
    }
}

struct Shared {
    root: PathBuf,
    options: ServerOptions,
    hits: Arc<Mutex<HashMap<String, usize>>>,
    times: Arc<Mutex<Vec<(String, Instant)>>>,
    /// Answers to /robots.txt in turn, the last one repeated; empty: `options.robots_txt`.
    robots: Arc<Mutex<Vec<(u16, String)>>>,
    /// Every request's path and head (request line and headers), in order.
    heads: Arc<Mutex<Vec<(String, String)>>>,
}

impl FixtureServer {
    pub fn start(root: &Path) -> FixtureServer {
        FixtureServer::start_with(root, ServerOptions::default())
    }

    pub fn start_with(root: &Path, options: ServerOptions) -> FixtureServer {
        let listener = TcpListener::bind((options.ip, 0)).expect("bind a loopback address");
        let addr = listener.local_addr().unwrap();
        let hits: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
        let times: Arc<Mutex<Vec<(String, Instant)>>> = Arc::default();
        let stop = Arc::new(AtomicBool::new(false));
        let robots: Arc<Mutex<Vec<(u16, String)>>> = Arc::default();
        let heads: Arc<Mutex<Vec<(String, String)>>> = Arc::default();
        let shared = Arc::new(Shared {
            root: root.to_path_buf(),
            options,
            hits: hits.clone(),
            times: times.clone(),
            robots: robots.clone(),
            heads: heads.clone(),
        });
        let stopped = stop.clone();
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stopped.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                // Stamped here, before any thread is scheduled: the host's view of arrival.
                let accepted = Instant::now();
                let shared = shared.clone();
                std::thread::spawn(move || serve_connection(stream, &shared, accepted));
            }
        });
        FixtureServer {
            base: format!("http://{addr}"),
            addr,
            stop,
            hits,
            times,
            robots,
            heads,
            thread: Some(thread),
        }
    }

    /// The path and head of every request so far, in order.
    pub fn heads(&self) -> Vec<(String, String)> {
        self.heads.lock().unwrap().clone()
    }

    /// From now on /robots.txt answers these in turn (status, body), the last
    /// one repeated.
    pub fn robots_answers(&self, answers: &[(u16, &str)]) {
        *self.robots.lock().unwrap() = answers.iter().map(|(s, b)| (*s, b.to_string())).collect();
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// How many requests reached the server in all.
    pub fn total_hits(&self) -> usize {
        self.hits.lock().unwrap().values().sum()
    }

    /// How many requests reached paths ending in `suffix`.
    pub fn hits_ending(&self, suffix: &str) -> usize {
        self.hits
            .lock()
            .unwrap()
            .iter()
            .filter(|(p, _)| p.ends_with(suffix))
            .map(|(_, n)| n)
            .sum()
    }

    /// How many requests reached `path`.
    pub fn hits(&self, path: &str) -> usize {
        self.hits.lock().unwrap().get(path).copied().unwrap_or(0)
    }

    /// When each request's connection was accepted, by the server's clock, in order.
    pub fn arrivals(&self) -> Vec<(String, Instant)> {
        let mut times = self.times.lock().unwrap().clone();
        times.sort_by_key(|t| t.1);
        times
    }
}

thread_local! {
    /// Whether this connection's thread keeps it open between answers.
    static KEEP_ALIVE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn write_response(stream: &mut TcpStream, status: &str, headers: &str, body: &[u8]) {
    let connection = if KEEP_ALIVE.get() { "keep-alive" } else { "close" };
    let head = format!(
        "HTTP/1.1 {status}\r\n{headers}Content-Length: {}\r\nConnection: {connection}\r\n\r\n",
        body.len()
    );
    let _ = stream
        .write_all(head.as_bytes())
        .and_then(|_| stream.write_all(body));
}

fn serve_connection(mut stream: TcpStream, shared: &Shared, accepted: Instant) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    KEEP_ALIVE.set(shared.options.keep_alive);
    let mut arrived = Some(accepted);
    while serve_request(&mut stream, shared, arrived.take()) && shared.options.keep_alive {}
}

/// Reads one request and answers it; false when the client closed first. A
/// request on a kept connection arrives when its head has been read.
fn serve_request(stream: &mut TcpStream, shared: &Shared, arrived: Option<Instant>) -> bool {
    let mut head = Vec::new();
    let mut buf = [0u8; 4096];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return false,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    let arrived = arrived.unwrap_or_else(Instant::now);
    let head = String::from_utf8_lossy(&head);
    let target = head.split_whitespace().nth(1).unwrap_or("/").to_string();
    let path = target.split(['?', '#']).next().unwrap_or("/").to_string();
    let hit = {
        let mut hits = shared.hits.lock().unwrap();
        let n = hits.entry(path.clone()).or_default();
        *n += 1;
        *n
    };
    shared.times.lock().unwrap().push((path.clone(), arrived));
    shared
        .heads
        .lock()
        .unwrap()
        .push((path.clone(), head.to_string()));
    std::thread::sleep(shared.options.delay);
    respond(stream, shared, &head, &target, &path, hit);
    true
}

fn respond(stream: &mut TcpStream, shared: &Shared, head: &str, target: &str, path: &str, hit: usize) {
    let parts: Vec<&str> = path.trim_start_matches('/').splitn(4, '/').collect();
    match parts.as_slice() {
        ["robots.txt"] if !shared.robots.lock().unwrap().is_empty() => {
            let (status, body) = {
                let mut answers = shared.robots.lock().unwrap();
                if answers.len() > 1 {
                    answers.remove(0)
                } else {
                    answers[0].clone()
                }
            };
            write_response(
                stream,
                &format!("{status} Robots"),
                "Content-Type: text/plain\r\n",
                body.as_bytes(),
            )
        }
        ["robots.txt"] => match &shared.options.robots_txt {
            Some(body) => write_response(stream, "200 OK", "Content-Type: text/plain\r\n", body.as_bytes()),
            None => write_response(stream, "404 Not Found", "", b"no robots.txt"),
        },
        ["__redirect", ..] => {
            let to = target.split_once("?to=").map(|(_, to)| to).unwrap_or("/");
            write_response(stream, "302 Found", &format!("Location: {to}\r\n"), b"");
        }
        ["__loop"] => write_response(stream, "302 Found", "Location: /__loop\r\n", b""),
        ["__flaky", status, n, rest] if hit <= n.parse().unwrap_or(0) => {
            let retry_after = if matches!(*status, "429" | "503") {
                "Retry-After: 1\r\n"
            } else {
                ""
            };
            let _ = rest;
            write_response(stream, &format!("{status} Flaky"), retry_after, b"try again");
        }
        ["__flaky", _, _, rest] => serve_file(stream, shared, head, &format!("/{rest}")),
        ["__slow-headers", ms, rest @ ..] => {
            std::thread::sleep(Duration::from_millis(ms.parse().unwrap_or(0)));
            serve_file(stream, shared, head, &format!("/{}", rest.join("/")));
        }
        ["__slow-body", ms, rest @ ..] | ["__truncated", ms, rest @ ..] => {
            let slow = path.starts_with("/__slow-body");
            let file = if slow {
                rest.join("/")
            } else {
                format!("{ms}/{}", rest.join("/"))
            };
            let body = std::fs::read(shared.root.join(&file)).unwrap_or_default();
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let half = body.len() / 2;
            let _ = stream
                .write_all(head.as_bytes())
                .and_then(|_| stream.write_all(&body[..half]));
            let _ = stream.flush();
            if slow {
                std::thread::sleep(Duration::from_millis(ms.parse().unwrap_or(0)));
                let _ = stream.write_all(&body[half..]);
            }
        }
        ["__big", bytes] => {
            let n: usize = bytes.parse().unwrap_or(0);
            let _ = stream
                .write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<p>");
            let chunk = vec![b'x'; 64 * 1024];
            let mut sent = 0;
            while sent < n {
                if stream.write_all(&chunk).is_err() {
                    break;
                }
                sent += chunk.len();
            }
        }
        ["__gzip-bomb", bytes] => write_response(
            stream,
            "200 OK",
            "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
            gzip_bomb(bytes.parse().unwrap_or(0)),
        ),
        _ => serve_file(stream, shared, head, path),
    }
}

/// `bytes` spaces, gzip-compressed: made once per size and test process, so
/// no request waits for a compressor (slow in a debug build, slower on a busy
/// machine). Call it before a build to have it ready.
pub fn gzip_bomb(bytes: usize) -> &'static [u8] {
    use flate2::{write::GzEncoder, Compression};
    static MADE: Mutex<Vec<(usize, &'static [u8])>> = Mutex::new(Vec::new());
    let mut made = MADE.lock().unwrap();
    if let Some((_, body)) = made.iter().find(|(n, _)| *n == bytes) {
        return body;
    }
    let mut gz = GzEncoder::new(Vec::new(), Compression::fast());
    let spaces = vec![b' '; 1024 * 1024];
    for _ in 0..bytes / spaces.len() {
        gz.write_all(&spaces).unwrap();
    }
    let body: &'static [u8] = gz.finish().unwrap().leak();
    made.push((bytes, body));
    body
}

/// Tests that measure time run one at a time: parallel builds on two cores
/// would put scheduling noise into the server's clock.
static TIMING: Mutex<()> = Mutex::new(());

/// Takes the timing lock, whatever a failed test left in it.
pub fn timing() -> std::sync::MutexGuard<'static, ()> {
    TIMING.lock().unwrap_or_else(|e| e.into_inner())
}

fn serve_file(stream: &mut TcpStream, shared: &Shared, head: &str, path: &str) {
    let mut file = shared.root.join(path.trim_start_matches('/'));
    if path.ends_with('/') {
        file.push("index.html");
    }
    let body = match std::fs::read(&file) {
        Ok(body) if !path.contains("..") => body,
        _ => {
            return write_response(
                stream,
                "404 Not Found",
                "Content-Type: text/plain\r\n",
                b"not found",
            )
        }
    };
    let ctype = match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        // No charset: the page or a detector must tell.
        Some("htm") => "text/html",
        Some("jpg") => "image/jpeg",
        Some("pdf") => "application/pdf",
        Some("xml") => "application/xml",
        Some("rss") => "application/rss+xml",
        Some("json") => "application/feed+json",
        Some("gz") => "application/gzip",
        Some("js") => "text/javascript",
        Some("css") => "text/css",
        _ => "application/octet-stream",
    };
    let mut headers = format!("Content-Type: {ctype}\r\n");
    if shared.options.validators {
        // A content hash as ETag; a fixed Last-Modified so both kinds are sent.
        let etag = format!("\"{:016x}\"", fnv(&body));
        let if_none_match = head.lines().find_map(|l| {
            l.strip_prefix("If-None-Match: ")
                .or_else(|| l.strip_prefix("if-none-match: "))
        });
        if if_none_match == Some(etag.as_str()) {
            return write_response(stream, "304 Not Modified", &format!("ETag: {etag}\r\n"), b"");
        }
        headers.push_str(&format!(
            "ETag: {etag}\r\nLast-Modified: Tue, 01 Aug 2023 10:00:00 GMT\r\n"
        ));
    }
    write_response(stream, "200 OK", &headers, &body);
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

impl Drop for FixtureServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect(self.addr);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The fixture site's politics feed, as a user would configure it.
pub fn politics_feed(server: &FixtureServer, id: &str) -> String {
    format!(
        r##"
[[feeds]]
id = "{id}"
title = "Mayadeen Fixture English - Politics"
url = "{url}"
description = "Politics news"
language = "en"
timezone = "Asia/Beirut"
max_items = 20
per_host_interval = "0s"

[feeds.list]
item = ".featured .card, .news-list .card"
link = "a.card-link"
title = "h3"
date = {{ selector = ".card-date", format = "%d %b %Y" }}

[feeds.article]
title = "h1.article-title"
date = {{ selector = ".article-meta .date", format = "%d %b %Y %H:%M" }}
author = {{ selector = ".article-meta .author", regex = "^By (.+)$" }}
summary = ".article-lead"
content = ".article-body"
remove = [".related-news", ".read-more"]
image = {{ selector = "figure.article-photo img", attr = "src" }}
tags = ".tags a"
"##,
        url = server.url("/news/politics.html")
    )
}

/// A local folder as the config and the store name one.
pub fn local(path: impl Into<PathBuf>) -> pagefeed::config::Dir {
    pagefeed::config::Dir::Local(path.into())
}

pub const LOCK_EXPIRY: Duration = pagefeed::config::DEFAULT_LOCK_EXPIRY;

/// Writes `config` into a fresh folder as config.toml; feeds go to `feeds/` there.
pub fn write_config(config: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(&path, config).unwrap();
    (dir, path)
}

pub fn pagefeed() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("pagefeed").unwrap();
    cmd.env_remove("RUST_LOG");
    cmd
}

pub fn parse_feed(path: &Path) -> feed_rs::model::Feed {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    feed_rs::parser::parse(&bytes[..]).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// One article of a generated news site.
#[derive(Clone)]
pub struct Story {
    pub slug: String,
    pub title: String,
    /// As the site writes it, e.g. "31 Aug 2023 22:34"; None for an undated page.
    pub date: Option<String>,
}

impl Story {
    pub fn new(slug: &str, date: Option<&str>) -> Story {
        Story {
            slug: slug.into(),
            title: format!("Story {slug}"),
            date: date.map(str::to_string),
        }
    }
}

/// Writes a seed-shaped section: `<root>/<section>/index.html` listing the
/// stories in the given order, and one page per story.
pub fn write_section(root: &Path, section: &str, stories: &[Story]) {
    let dir = root.join(section);
    std::fs::create_dir_all(&dir).unwrap();
    let cards: String = stories
        .iter()
        .map(|s| {
            format!(
                "<div class=\"card\"><a class=\"card-link\" href=\"{}.html\"><h3>{}</h3></a></div>\n",
                s.slug, s.title
            )
        })
        .collect();
    let listing = format!(
        "<html><body><nav><a href=\"/\">Home</a></nav><div class=\"news-list\">\n{cards}</div>\
         <aside class=\"most-read\"><a href=\"/other/x.html\">Elsewhere</a></aside></body></html>"
    );
    std::fs::write(dir.join("index.html"), listing).unwrap();
    for s in stories {
        let date = s
            .date
            .as_ref()
            .map(|d| format!("<li class=\"date\">{d}</li>"))
            .unwrap_or_default();
        let page = format!(
            "<html><head><title>{t}</title></head><body><article><h1 class=\"article-title\">{t}</h1>\
             <ul class=\"article-meta\"><li class=\"author\">By Desk {slug}</li>{date}</ul>\
             <p class=\"article-lead\">Lead of {slug}.</p><figure><img src=\"/img/{slug}.jpg\"></figure>\
             <div class=\"article-body\"><p>Body of {slug}.</p><div class=\"related-news\">Related</div></div>\
             <ul class=\"tags\"><li><a>Tag {slug}</a></li></ul></article></body></html>",
            t = s.title,
            slug = s.slug
        );
        std::fs::write(dir.join(format!("{}.html", s.slug)), page).unwrap();
    }
}

/// A feed over a generated section, configured like the seeds' site.
pub fn section_feed(server: &FixtureServer, id: &str, section: &str, extra: &str) -> String {
    section_feed_at(&server.base, id, section, extra)
}

/// One `section_feed` per id (the id names its section too), and each
/// id's shard of four, checked to be at least two shards, so a sharded
/// build is put to the test.
pub fn feeds_over_four_shards(server: &FixtureServer, ids: &[&str]) -> (String, Vec<u64>) {
    let shards: Vec<u64> = ids.iter().map(|id| pagefeed::build::shard_of(id, 4)).collect();
    assert!(
        shards.iter().collect::<std::collections::HashSet<_>>().len() >= 2,
        "{shards:?}"
    );
    let feeds = ids.iter().map(|id| section_feed(server, id, id, "")).collect();
    (feeds, shards)
}

/// `section_feed` for a server known by its base URL only (in another process).
pub fn section_feed_at(base: &str, id: &str, section: &str, extra: &str) -> String {
    format!(
        r##"
[[feeds]]
id = "{id}"
title = "Section {section}"
url = "{base}/{section}/index.html"
timezone = "Asia/Beirut"
per_host_interval = "0s"
{extra}

[feeds.list]
item = ".news-list .card"
link = "a.card-link"

[feeds.article]
title = "h1.article-title"
date = {{ selector = ".article-meta .date", format = "%d %b %Y %H:%M" }}
author = {{ selector = ".article-meta .author", regex = "^By (.+)$" }}
summary = ".article-lead"
content = ".article-body"
remove = [".related-news"]
image = {{ selector = "figure img", attr = "src" }}
tags = ".tags a"
"##
    )
}

/// Every file below `dir` with its bytes and modification time.
pub fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>, std::time::SystemTime)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let m = std::fs::metadata(&p).unwrap().modified().unwrap();
                out.push((p.clone(), std::fs::read(&p).unwrap(), m));
            }
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// A running `pagefeed serve`, stopped when dropped.
pub struct Served {
    child: std::process::Child,
    pub base: String,
}

impl Served {
    pub fn start(config: &Path, extra: &[&str]) -> Served {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("pagefeed"))
            .args(["serve", "--port", "0", "--config"])
            .arg(config)
            .args(extra)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let base = served_base(&mut child);
        Served { child, base }
    }
}

/// The address a starting `pagefeed serve` prints on its first line.
pub fn served_base(child: &mut std::process::Child) -> String {
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let base = line
        .trim()
        .rsplit(' ')
        .next()
        .unwrap()
        .trim_end_matches('/')
        .to_string();
    assert!(base.starts_with("http://127.0.0.1:"), "{line}");
    base
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let target = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_dir(&p, &target);
        } else {
            std::fs::copy(&p, &target).unwrap();
        }
    }
}

/// Runs `pagefeed build ARGS --config CONFIG`; returns the exit code and
/// stdout followed by stderr.
pub fn run_build(config: &Path, args: &[&str]) -> (i32, String) {
    run_build_env(config, args, &[])
}

/// `run_build` with these environment variables set.
pub fn run_build_env(config: &Path, args: &[&str], env: &[(&str, &Path)]) -> (i32, String) {
    let out = pagefeed()
        .arg("build")
        .args(args)
        .arg("--config")
        .arg(config)
        .envs(env.iter().copied())
        .output()
        .unwrap();
    code_and_text(&out)
}

/// A finished process's exit code (-1 when a signal ended it) and its
/// stdout followed by its stderr.
pub fn code_and_text(out: &std::process::Output) -> (i32, String) {
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().unwrap_or(-1), text)
}

/// A loopback port nothing listens on: connecting is refused.
pub fn closed_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A whole number from the environment, for benchmark sizes.
pub fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Keeps a run's feeds where CI's feedparser check reads them.
pub fn keep_for_ci(dir: &Path) {
    let keep = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/e2e-feeds");
    std::fs::create_dir_all(&keep).unwrap();
    for f in std::fs::read_dir(dir).unwrap() {
        let f = f.unwrap().path();
        std::fs::copy(&f, keep.join(f.file_name().unwrap())).unwrap();
    }
}
