//! Feeds and state in an S3 bucket: a local S3 server (moto in server mode,
//! on 127.0.0.1, one per test) with the real binary writing to it.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use object_store::aws::AmazonS3Builder;
use object_store::{Attribute, ObjectStore};

use crate::common::*;

const BUCKET: &str = "pagefeed-test";
const KEY_ID: &str = "AKIAPAGEFEEDTESTKEY1";
const SECRET: &str = "pagefeed-secret-Zq8vYw3n5Lr2Kt7Hd9Px";

/// moto's S3 server on an ephemeral port with one bucket; it records every
/// request, and is killed when dropped.
struct Moto {
    child: Child,
    addr: String,
    recording: tempfile::TempDir,
}

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Moto {
    fn start() -> Moto {
        let recording = tempfile::tempdir().unwrap();
        let mut child = Command::new("python3")
            .args(["-m", "moto.server", "-H", "127.0.0.1", "-p", "0"])
            .env("MOTO_ENABLE_RECORDING", "True")
            .env("MOTO_RECORDER_FILEPATH", recording.path().join("requests"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("python3 -m moto.server (pip install 'moto[server]')");
        let stderr = child.stderr.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        // Read to the end: the server logs every request there.
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(at) = line.find("http://127.0.0.1:") {
                    let _ = tx.send(line[at + 7..].trim().to_string());
                }
            }
        });
        let addr = rx
            .recv_timeout(Duration::from_secs(60))
            .expect("moto says where it listens within a minute");
        let moto = Moto {
            child,
            addr,
            recording,
        };
        let (status, body) = moto.raw("PUT", &format!("/{BUCKET}"));
        assert_eq!(status, 200, "creating the bucket: {body}");
        moto
    }

    /// A request moto takes without a signature; the credential names the account.
    fn raw(&self, method: &str, path: &str) -> (u16, String) {
        let mut s = TcpStream::connect(&self.addr).unwrap();
        write!(
            s,
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nAuthorization: AWS4-HMAC-SHA256 \
             Credential={KEY_ID}/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, \
             Signature=0\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            self.addr
        )
        .unwrap();
        let mut text = String::new();
        s.read_to_string(&mut text).unwrap();
        let status = text.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
        let body = text
            .split_once("\r\n\r\n")
            .map(|(_, b)| b.to_string())
            .unwrap_or_default();
        (status, body)
    }

    /// The variables pagefeed reads its bucket's credentials and endpoint from.
    fn env(&self) -> Vec<(&'static str, String)> {
        vec![
            ("AWS_ACCESS_KEY_ID", KEY_ID.into()),
            ("AWS_SECRET_ACCESS_KEY", SECRET.into()),
            ("AWS_REGION", "us-east-1".into()),
            ("AWS_ENDPOINT_URL", format!("http://{}", self.addr)),
            ("AWS_ALLOW_HTTP", "true".into()),
        ]
    }

    fn store(&self) -> impl ObjectStore {
        AmazonS3Builder::new()
            .with_bucket_name(BUCKET)
            .with_access_key_id(KEY_ID)
            .with_secret_access_key(SECRET)
            .with_region("us-east-1")
            .with_endpoint(format!("http://{}", self.addr))
            .with_allow_http(true)
            .build()
            .unwrap()
    }

    /// Every object under `prefix`, by its name below it.
    fn objects(&self, prefix: &str) -> BTreeMap<String, Vec<u8>> {
        let store = self.store();
        runtime().block_on(async {
            use futures::TryStreamExt;
            let listed: Vec<_> = store.list(Some(&prefix.into())).try_collect().await.unwrap();
            let mut out = BTreeMap::new();
            for o in listed {
                let bytes = store.get(&o.location).await.unwrap().bytes().await.unwrap();
                let name = o.location.as_ref().strip_prefix(prefix).unwrap();
                out.insert(name.trim_start_matches('/').to_string(), bytes.to_vec());
            }
            out
        })
    }

    /// An object's Content-Type and Cache-Control.
    fn headers(&self, key: &str) -> (String, String) {
        let store = self.store();
        runtime().block_on(async {
            let got = store.get(&key.into()).await.unwrap();
            let a = &got.attributes;
            let text = |k: &Attribute| a.get(k).map(|v| v.to_string()).unwrap_or_default();
            (text(&Attribute::ContentType), text(&Attribute::CacheControl))
        })
    }

    /// Starts recording requests afresh.
    fn record(&self) {
        assert_eq!(self.raw("POST", "/moto-api/recorder/reset-recording").0, 200);
        assert_eq!(self.raw("POST", "/moto-api/recorder/start-recording").0, 200);
    }

    /// The method and path of each request since `record`.
    fn recorded(&self) -> Vec<(String, String)> {
        let file = self.recording.path().join("requests");
        let text = std::fs::read_to_string(file).unwrap_or_default();
        text.lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .map(|r| {
                let url = r["url"].as_str().unwrap_or_default();
                let path = url.split_once(&self.addr).map_or(url, |(_, p)| p);
                (
                    r["method"].as_str().unwrap_or_default().to_string(),
                    path.to_string(),
                )
            })
            .filter(|(_, p)| !p.starts_with("/moto-api"))
            .collect()
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// A config of these feeds with output and state in the bucket.
fn bucket_config(feeds: &str, output: &str, state: &str, extra_state: &str) -> String {
    format!(
        "[output]\ndir = \"s3://{BUCKET}/{output}/\"\n\n[state]\ndir = \"s3://{BUCKET}/{state}/\"\n{extra_state}\n{feeds}"
    )
}

fn sections(root: &Path, ids: &[&str], per_section: usize) {
    for (i, id) in ids.iter().enumerate() {
        let stories: Vec<Story> = (0..per_section)
            .map(|n| {
                Story::new(
                    &format!("{id}-{n}"),
                    Some(&format!("{:02} Sep 2023 1{}:00", n + 1, i % 10)),
                )
            })
            .collect();
        write_section(root, id, &stories);
    }
}

fn run(config: &Path, moto: &Moto, args: &[&str]) -> (i32, String) {
    let out = pagefeed()
        .args(args)
        .arg("--config")
        .arg(config)
        .envs(moto.env())
        .output()
        .unwrap();
    code_and_text(&out)
}

fn spawn_build(config: &Path, moto: &Moto, args: &[&str]) -> Child {
    Command::new(assert_cmd::cargo::cargo_bin("pagefeed"))
        .arg("build")
        .args(args)
        .arg("--config")
        .arg(config)
        .envs(moto.env())
        .env_remove("RUST_LOG")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn output_of(child: Child) -> (i32, String) {
    code_and_text(&child.wait_with_output().unwrap())
}

/// A fixture server answering after `ms` milliseconds: a build that lasts.
fn slow_server(root: &Path, ms: u64) -> FixtureServer {
    let delay = Duration::from_millis(ms);
    FixtureServer::start_with(
        root,
        ServerOptions {
            delay,
            ..ServerOptions::default()
        },
    )
}

/// Waits until `done` holds, for at most a minute.
fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "{what}: not within a minute"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn feed_links(bytes: &[u8]) -> Vec<String> {
    let feed = feed_rs::parser::parse(bytes).expect("a whole feed");
    feed.entries
        .iter()
        .map(|e| e.links[0].href.rsplit('/').next().unwrap().to_string())
        .collect()
}

#[test]
#[cfg_attr(not(moto), ignore = "moto is not installed: pip install 'moto[server]'")]
fn a_build_to_a_bucket_publishes_typed_feeds_and_an_unchanged_rerun_puts_nothing() {
    let moto = Moto::start();
    let site = tempfile::tempdir().unwrap();
    sections(site.path(), &["world", "sport"], 3);
    let server = FixtureServer::start(site.path());
    let feeds = section_feed(&server, "world", "world", "") + &section_feed(&server, "sport", "sport", "");
    let (_dir, config) = write_config(&bucket_config(&feeds, "site", "state", ""));

    let (code, out) = run(&config, &moto, &["build"]);
    assert_eq!(code, 0, "{out}");
    let site_objects = moto.objects("site");
    let names: Vec<&str> = site_objects.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "feed.xsl",
            "feeds.opml",
            "index.html",
            "sport.atom",
            "sport.rss",
            "world.atom",
            "world.rss"
        ]
    );
    assert_eq!(
        feed_links(&site_objects["world.atom"]),
        ["world-2.html", "world-1.html", "world-0.html"]
    );
    assert_eq!(feed_links(&site_objects["sport.rss"]).len(), 3);
    for (name, media_type) in [
        ("world.rss", "application/rss+xml"),
        ("world.atom", "application/atom+xml"),
        ("index.html", "text/html; charset=utf-8"),
        ("feeds.opml", "text/x-opml; charset=utf-8"),
    ] {
        assert_eq!(
            moto.headers(&format!("site/{name}")),
            (media_type.to_string(), "public, max-age=300".to_string()),
            "{name}"
        );
    }
    let state = moto.objects("state");
    let names: Vec<&str> = state.keys().map(String::as_str).collect();
    // The lock went with the run.
    assert_eq!(names, ["_robots.json", "sport.json", "world.json"]);
    let world: serde_json::Value = serde_json::from_slice(&state["world.json"]).unwrap();
    assert_eq!(world["items"].as_array().unwrap().len(), 3);
    // `status` reads the state from the bucket.
    let (code, out) = run(&config, &moto, &["status"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.lines().any(|l| l.starts_with("world") && l.contains(" ok ")),
        "{out}"
    );

    moto.record();
    let (code, out) = run(&config, &moto, &["build"]);
    assert_eq!(code, 0, "{out}");
    let requests = moto.recorded();
    let writes: Vec<&(String, String)> = requests
        .iter()
        .filter(|(m, p)| m != "GET" && m != "HEAD" && p != &format!("/{BUCKET}/state/lock"))
        .collect();
    assert!(writes.is_empty(), "an unchanged run wrote {writes:?}");
    // The index finds the published files in one listing, not a request a file.
    assert!(!requests.iter().any(|(m, _)| m == "HEAD"), "{requests:?}");
    assert!(
        requests
            .iter()
            .any(|(m, p)| m == "PUT" && p == &format!("/{BUCKET}/state/lock")),
        "the run held the lock: {requests:?}"
    );
    assert_eq!(moto.objects("site"), site_objects);

    // A new story is one more item: its feeds and state are written again.
    sections(site.path(), &["world"], 4);
    let (code, out) = run(&config, &moto, &["build"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(feed_links(&moto.objects("site")["world.atom"]).len(), 4);
}

#[test]
#[cfg_attr(not(moto), ignore = "moto is not installed: pip install 'moto[server]'")]
fn credentials_appear_in_no_log_error_or_object() {
    let moto = Moto::start();
    let site = tempfile::tempdir().unwrap();
    sections(site.path(), &["world"], 2);
    let server = FixtureServer::start(site.path());
    let feeds = section_feed(&server, "world", "world", "");
    let (_dir, config) = write_config(&bucket_config(&feeds, "site", "state", ""));
    let mut seen = String::new();
    let out = pagefeed()
        .args(["build", "--config"])
        .arg(&config)
        .envs(moto.env())
        .env("RUST_LOG", "trace")
        .output()
        .unwrap();
    assert!(out.status.success());
    seen += &String::from_utf8_lossy(&out.stdout);
    seen += &String::from_utf8_lossy(&out.stderr);
    assert!(seen.contains("s3://"), "the trace names the bucket: {seen}");

    // A bucket that cannot be reached fails the run, naming the bucket.
    let mut env = moto.env();
    env[3].1 = format!("http://127.0.0.1:{}", closed_port());
    let out = pagefeed()
        .args(["build", "--config"])
        .arg(&config)
        .envs(env)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stderr).to_string();
    assert_ne!(out.status.code(), Some(0), "{text}");
    assert!(text.contains(&format!("s3://{BUCKET}/state/")), "{text}");
    seen += &text;

    // Credentials written into the address are refused without being repeated.
    let inline = bucket_config(&feeds, "site", "state", "").replace(
        &format!("s3://{BUCKET}/site/"),
        &format!("s3://{KEY_ID}:{SECRET}@{BUCKET}/site/"),
    );
    let (_dir2, inline_config) = write_config(&inline);
    let (code, text) = run(&inline_config, &moto, &["check"]);
    assert_eq!(code, 2, "{text}");
    assert!(
        text.contains("output.dir") && text.contains("AWS_SECRET_ACCESS_KEY"),
        "{text}"
    );
    seen += &text;

    for bytes in moto.objects("").values() {
        seen += &String::from_utf8_lossy(bytes);
    }
    assert!(!seen.contains(SECRET), "the secret leaked");
    assert!(!seen.contains(KEY_ID), "the key id leaked");
}

#[test]
#[cfg_attr(not(moto), ignore = "moto is not installed: pip install 'moto[server]'")]
fn a_build_killed_mid_run_leaves_every_object_whole_and_its_lock_expires() {
    let moto = Moto::start();
    let site = tempfile::tempdir().unwrap();
    let ids = ["world", "sport", "economy"];
    sections(site.path(), &ids, 8);
    let server = slow_server(site.path(), 150);
    let feeds: String = ids.iter().map(|id| section_feed(&server, id, id, "")).collect();
    let (_dir, config) = write_config(&bucket_config(&feeds, "site", "state", "lock_expiry = \"2s\""));

    let mut child = spawn_build(&config, &moto, &[]);
    wait_until("a first feed in the bucket", || {
        moto.objects("site").keys().any(|k| k.ends_with(".atom"))
    });
    assert!(child.try_wait().unwrap().is_none(), "the build was still running");
    child.kill().unwrap();
    let _ = child.wait();

    let objects = moto.objects("");
    assert!(objects.contains_key("state/lock"), "{:?}", objects.keys());
    for (name, bytes) in &objects {
        if name.ends_with(".atom") || name.ends_with(".rss") {
            feed_links(bytes);
        } else if name.ends_with(".json") || name == "state/lock" {
            serde_json::from_slice::<serde_json::Value>(bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }
    // The next run takes the killed run's lock over once it has expired.
    let (code, out) = run(&config, &moto, &["build", "--wait", "60"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("took over") && out.contains("had expired"), "{out}");
    let site_objects = moto.objects("site");
    for id in ids {
        assert_eq!(feed_links(&site_objects[&format!("{id}.atom")]).len(), 8, "{id}");
    }
    assert!(!moto.objects("state").contains_key("lock"));
}

#[test]
#[cfg_attr(not(moto), ignore = "moto is not installed: pip install 'moto[server]'")]
fn two_runs_of_one_shard_never_interleave() {
    let moto = Moto::start();
    let site = tempfile::tempdir().unwrap();
    let ids = ["world", "sport", "economy", "culture"];
    sections(site.path(), &ids, 4);
    let server = slow_server(site.path(), 200);
    let feeds: String = ids.iter().map(|id| section_feed(&server, id, id, "")).collect();
    let (_dir, config) = write_config(&bucket_config(&feeds, "site", "state", ""));
    // The shard of the first feed: it has work to hold the lock for.
    let shard = format!("{}/2", pagefeed::build::shard_of(ids[0], 2));
    let lock = format!("lock-shard-{}-of-2", pagefeed::build::shard_of(ids[0], 2));

    let first = spawn_build(&config, &moto, &["--shard", &shard]);
    wait_until("the first run's lock", || {
        moto.objects("state").contains_key(&lock)
    });
    // The same shard again: refused at once, saying who holds it.
    let (code, out) = run(&config, &moto, &["build", "--shard", &shard, "--wait", "0"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(&format!(
            "another pagefeed build is running: s3://{BUCKET}/state/{lock} is held by pagefeed pid"
        )),
        "{out}"
    );
    // Nor does an unsharded build run beside a shard.
    let (code, out) = run(&config, &moto, &["build", "--wait", "0"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains(&lock), "{out}");
    // With --wait, the same shard waits its turn and then builds.
    let second = spawn_build(&config, &moto, &["--shard", &shard, "--wait", "120"]);
    let (code, out) = output_of(first);
    assert_eq!(code, 0, "{out}");
    let (code, out) = output_of(second);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("waiting for another pagefeed build to finish"),
        "{out}"
    );
    assert!(!moto.objects("state").keys().any(|k| k.starts_with("lock")));
}

#[test]
#[cfg_attr(not(moto), ignore = "moto is not installed: pip install 'moto[server]'")]
fn four_shards_in_a_bucket_build_what_one_build_does() {
    let moto = Moto::start();
    let site = tempfile::tempdir().unwrap();
    let ids = ["world", "politics", "economy", "sport", "culture", "science"];
    sections(site.path(), &ids, 2);
    let server = FixtureServer::start(site.path());
    let (feeds, _) = feeds_over_four_shards(&server, &ids);

    let (_whole, whole) = write_config(&bucket_config(&feeds, "whole", "whole-state", ""));
    let (code, out) = run(&whole, &moto, &["build"]);
    assert_eq!(code, 0, "{out}");
    let (_parts, parts) = write_config(&bucket_config(&feeds, "parts", "parts-state", ""));
    // Side by side, as an Indexed Job's pods run.
    let children: Vec<Child> = (0..4)
        .map(|k| spawn_build(&parts, &moto, &["--shard", &format!("{k}/4")]))
        .collect();
    for (k, child) in children.into_iter().enumerate() {
        let (code, out) = output_of(child);
        assert_eq!(code, 0, "shard {k}: {out}");
    }
    let whole_objects = moto.objects("whole");
    let parts_objects = moto.objects("parts");
    let feeds_of = |o: &BTreeMap<String, Vec<u8>>| -> BTreeMap<String, Vec<u8>> {
        o.iter()
            .filter(|(k, _)| k.ends_with(".atom") || k.ends_with(".rss"))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    };
    assert_eq!(feeds_of(&whole_objects).len(), 12);
    assert_eq!(feeds_of(&parts_objects), feeds_of(&whole_objects));
    assert!(parts_objects.contains_key("index.html") && parts_objects.contains_key("feeds.opml"));
    let state_names = |p: &str| -> Vec<String> { moto.objects(p).into_keys().collect() };
    assert_eq!(state_names("parts-state"), state_names("whole-state"));
    // `status` reads every shard's state.
    let (code, out) = run(&parts, &moto, &["status"]);
    assert_eq!(code, 0, "{out}");
    for id in ids {
        assert!(
            out.lines().any(|l| l.starts_with(id) && l.contains(" ok ")),
            "{id}: {out}"
        );
    }
}

#[test]
fn serve_refuses_a_bucket_and_names_it() {
    // No server is reached: the config alone decides.
    let (_dir, config) = write_config(&bucket_config(
        "[[feeds]]\nid = \"a\"\ntitle = \"A\"\nurl = \"http://127.0.0.1:9/\"\n",
        "site",
        "state",
        "",
    ));
    let out = pagefeed()
        .args(["serve", "--port", "0", "--config"])
        .arg(&config)
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    let (code, text) = code_and_text(&out);
    assert_ne!(code, 0, "{text}");
    assert!(
        text.contains(&format!("s3://{BUCKET}/site/ is a bucket")),
        "{text}"
    );
}
