//! Hostile pages, served on loopback: what they link to, how deep they nest,
//! what they put in robots.txt. A second loopback address (127.0.0.2) and a
//! second port stand in for the private network a build runs in: nothing may
//! be requested there, and nothing local may be published.

use std::path::Path;

use crate::common::*;

/// An article page with a body long enough to be content.
fn article(title: &str, body: &str) -> String {
    format!(
        "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>\
         <p>{body} {body} {body}, with enough words to be the story's body.</p></article></body></html>"
    )
}

/// A listing of `links`, as `ul.list > li > a`.
fn listing(links: &[String]) -> String {
    let items: String = links
        .iter()
        .enumerate()
        .map(|(i, l)| format!("<li><a href=\"{l}\">Story {i}</a></li>"))
        .collect();
    format!("<html><body><ul class=\"list\">{items}</ul></body></html>")
}

fn feed(id: &str, url: &str, extra: &str) -> String {
    format!(
        "[[feeds]]\nid = \"{id}\"\ntitle = \"{id}\"\nurl = \"{url}\"\nper_host_interval = \"0s\"\n{extra}\n\
         [feeds.list]\nitem = \"ul.list li\"\nlink = \"a\"\n\n"
    )
}

fn published(dir: &Path, id: &str) -> String {
    std::fs::read_to_string(dir.join(format!("feeds/{id}.atom"))).unwrap_or_default()
}

#[test]
fn ssrf_pages_cannot_lead_to_local_files_or_private_addresses() {
    let secret = tempfile::tempdir().unwrap();
    std::fs::write(
        secret.path().join("secret.html"),
        article("Secret", "intranet secret"),
    )
    .unwrap();
    // The private network: another address, and another port on the feed's own address.
    let private = FixtureServer::start_with(
        secret.path(),
        ServerOptions {
            ip: "127.0.0.2",
            ..Default::default()
        },
    );
    let other_port = FixtureServer::start(secret.path());
    let site = tempfile::tempdir().unwrap();
    let server = FixtureServer::start(site.path());
    let p2 = private.base.rsplit(':').next().unwrap().to_string();
    let p1 = other_port.base.rsplit(':').next().unwrap().to_string();
    let hostile = [
        "file:///etc/passwd".to_string(),
        format!("{}/secret.html", private.base),
        format!("http://2130706434:{p2}/secret.html"), // 127.0.0.2 in decimal
        format!("http://0x7f.0.0.2:{p2}/secret.html"),
        format!("http://[::ffff:127.0.0.2]:{p2}/secret.html"),
        format!("{}/secret.html", other_port.base),
        format!("http://localhost:{p1}/secret.html"),
        format!("/__redirect/x?to={}/secret.html", private.base),
        format!("/__redirect/x?to=http://localhost:{p1}/secret.html"),
        "good.html".to_string(),
    ];
    std::fs::write(site.path().join("list.html"), listing(&hostile)).unwrap();
    std::fs::write(site.path().join("good.html"), article("Good", "public news")).unwrap();
    // A zero-selector page whose base makes every link a local file.
    std::fs::write(
        site.path().join("based.html"),
        "<html><head><base href=\"file:///etc/\"></head><body><main>\
         <h2><a href=\"passwd\">The passwd story</a></h2><h2><a href=\"hostname\">The hostname story</a></h2>\
         <h2><a href=\"group\">The group story</a></h2></main></body></html>",
    )
    .unwrap();
    let config = format!(
        "{}[[feeds]]\nid = \"based\"\ntitle = \"based\"\nurl = \"{}\"\nper_host_interval = \"0s\"\n",
        feed("list", &server.url("/list.html"), ""),
        server.url("/based.html")
    );
    let (dir, path) = write_config(&config);
    let (code, out) = run_build(&path, &[]);
    assert!(code <= 3, "{out}");
    assert_eq!(private.total_hits(), 0, "the private address was reached\n{out}");
    assert_eq!(other_port.total_hits(), 0, "another port was reached\n{out}");
    assert!(out.contains("refused"), "{out}");
    let list = published(dir.path(), "list");
    assert!(list.contains("Good"), "{list}");
    for leak in ["root:", "intranet secret", "Secret"] {
        assert!(!list.contains(leak), "{leak} published:\n{list}");
        assert!(!published(dir.path(), "based").contains(leak));
    }
    assert!(!list.contains("127.0.0.2") && !list.contains("file:"), "{list}");

    // Allowed on purpose, the private address is reached.
    std::fs::write(&path, format!("[fetch]\nallow_private_networks = true\n{config}")).unwrap();
    let (_, out) = run_build(&path, &[]);
    assert!(private.total_hits() > 0, "{out}");
    assert!(published(dir.path(), "list").contains("intranet secret"));
}

#[test]
fn ssrf_a_local_feed_reads_only_below_its_own_folder() {
    let site = tempfile::tempdir().unwrap();
    let pages = site.path().join("pages");
    std::fs::create_dir_all(&pages).unwrap();
    std::fs::write(
        site.path().join("outside.html"),
        article("Outside", "outside the folder"),
    )
    .unwrap();
    std::fs::write(pages.join("inside.html"), article("Inside", "inside the folder")).unwrap();
    std::fs::write(
        pages.join("list.html"),
        listing(&[
            "file:///etc/passwd".into(),
            "../outside.html".into(),
            "inside.html".into(),
        ]),
    )
    .unwrap();
    let url = url::Url::from_file_path(pages.join("list.html")).unwrap();
    let (dir, path) = write_config(&feed("local", url.as_str(), ""));
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 0, "{out}");
    let atom = published(dir.path(), "local");
    assert!(atom.contains("inside the folder"), "{atom}");
    assert!(
        !atom.contains("outside the folder") && !atom.contains("root:"),
        "{atom}"
    );
    assert!(out.contains("refused, a local file outside the folder"), "{out}");
}

#[test]
fn crawl_delay_1e30_fails_the_feed_clearly_instead_of_panicking() {
    let site = tempfile::tempdir().unwrap();
    std::fs::write(site.path().join("list.html"), listing(&["a.html".into()])).unwrap();
    std::fs::write(site.path().join("a.html"), article("A", "some news")).unwrap();
    let greedy = FixtureServer::start_with(
        site.path(),
        ServerOptions {
            robots_txt: Some("User-agent: *\nCrawl-delay: 1e30\n".into()),
            ..Default::default()
        },
    );
    let fine = FixtureServer::start_with(
        site.path(),
        ServerOptions {
            ip: "127.0.0.2",
            ..Default::default()
        },
    );
    let config = format!(
        "{}{}",
        feed("greedy", &greedy.url("/list.html"), "feed_timeout = \"2s\""),
        feed("fine", &fine.url("/list.html"), "")
    );
    let (dir, path) = write_config(&config);
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("greedy  FAILED  the feed took longer than its feed_timeout"),
        "{out}"
    );
    assert!(out.contains("fine    ok"), "{out}");
    assert!(dir.path().join("feeds/index.html").exists(), "{out}");
}

/// A property test over the whole HTML path (bounding, parsing, listing
/// discovery, article extraction, sanitising): hostile shapes at sizes that
/// were quadratic or overflowed the stack, and random mutations of the
/// fixture pages. No panic, and each page within a bound far above what a
/// linear path needs and far below what the quadratic one took (63 s for
/// 20,000 links; the stack overflowed at 20,000 nested divs). Cases:
/// PAGEFEED_FUZZ_CASES (default 24), seed PAGEFEED_FUZZ_SEED.
#[test]
fn hostile_html_never_panics_and_stays_bounded() {
    use pagefeed::config::{ArticleRules, ListRules};
    use pagefeed::extract::{self, html};
    use std::time::{Duration, Instant};

    let cases = env_number("PAGEFEED_FUZZ_CASES", 24);
    let seed = env_number("PAGEFEED_FUZZ_SEED", 0x5eed);
    let mut rng = fastrand::Rng::with_seed(seed);
    let samples: Vec<String> = ["site/news/politics.html", "site/news/politics/nato-summit.html"]
        .iter()
        .map(|p| std::fs::read_to_string(fixtures().join(p)).unwrap())
        .collect();
    let tags = [
        "div", "b", "span", "ul", "li", "table", "tr", "td", "a", "p", "font", "section", "article", "i",
    ];
    let page = url::Url::parse("https://example.org/news/").unwrap();
    for case in 0..cases {
        let n = rng.usize(1_000..60_000);
        let html = match case % 5 {
            0 => {
                let tag = tags[rng.usize(..tags.len())];
                format!(
                    "<p>lead, text.</p>{}deep, text{}",
                    format!("<{tag}>").repeat(n),
                    format!("</{tag}>").repeat(rng.usize(..=n))
                )
            }
            1 => {
                let links: String = (0..n / 3)
                    .map(|i| format!("<li><h3><a href=\"/news/s-{i}.html\">Story {i} of the day</a></h3><time>2024-0{}-1{}</time></li>", 1 + i % 9, i % 10))
                    .collect();
                format!(
                    "<nav>{}</nav><main><ul>{links}</ul></main>",
                    "<a href=/x>x</a>".repeat(rng.usize(..500))
                )
            }
            2 => {
                let attrs: String = (0..n * 2).map(|i| format!(" data-a{i}=\"{i}\"")).collect();
                format!("<article><h1{attrs}>Title</h1><p{attrs}>Body, text, more text.</p></article>")
            }
            3 => {
                let mixed: String = (0..n / 4)
                    .map(|_| match rng.u8(..6) {
                        0 => format!("<{}>", tags[rng.usize(..tags.len())]),
                        1 => format!("</{}>", tags[rng.usize(..tags.len())]),
                        2 => "<a href=\"/news/x.html\">headline words here</a>".into(),
                        3 => "<!-- <div> -->".into(),
                        4 => "<script>var s='</div><div>';</script>".into(),
                        _ => "text, with commas, ".into(),
                    })
                    .collect();
                mixed
            }
            _ => {
                let mut bytes = samples[rng.usize(..samples.len())].clone().into_bytes();
                for _ in 0..rng.usize(1..200) {
                    let at = rng.usize(..bytes.len());
                    match rng.u8(..3) {
                        0 => bytes[at] = b"<>\"'/=&#;\0\x1b"[rng.usize(..11)],
                        1 => bytes.insert(at, b"<>"[rng.usize(..2)]),
                        _ => {
                            bytes.remove(at);
                        }
                    }
                }
                String::from_utf8_lossy(&bytes).into_owned()
            }
        };
        let start = Instant::now();
        let (doc, _) = extract::parse_page(&html);
        let items = extract::extract_listing(&doc, &page, &ListRules::default(), chrono_tz::Tz::UTC);
        drop(doc);
        let (mut doc, _) = extract::parse_page(&html);
        let article = extract::extract_article(&mut doc, &page, &ArticleRules::default(), chrono_tz::Tz::UTC);
        if let Some(content) = &article.content_html {
            let clean = html::sanitize(&content.value, &page);
            html::html_to_text(&clean);
        }
        let took = start.elapsed();
        assert!(
            took < Duration::from_secs(30),
            "case {case} (kind {}, n {n}, seed {seed}): {took:?}, {} items",
            case % 5,
            items.len()
        );
    }
}

#[test]
fn a_feed_named_robots_keeps_its_state_apart_from_the_robots_cache() {
    let site = tempfile::tempdir().unwrap();
    std::fs::write(
        site.path().join("list.html"),
        listing(&["a.html".into(), "b.html".into()]),
    )
    .unwrap();
    std::fs::write(site.path().join("a.html"), article("A", "first story")).unwrap();
    std::fs::write(site.path().join("b.html"), article("B", "second story")).unwrap();
    let server = FixtureServer::start_with(
        site.path(),
        ServerOptions {
            robots_txt: Some("User-agent: *\nAllow: /\n".into()),
            ..Default::default()
        },
    );
    let (dir, path) = write_config(&feed("robots", &server.url("/list.html"), ""));
    for run in 0..2 {
        let (code, out) = run_build(&path, &[]);
        assert_eq!(code, 0, "run {run}: {out}");
        assert!(!out.contains("could not be read"), "run {run}: {out}");
    }
    let state = pagefeed::store::peek(&local(dir.path().join(".pagefeed")), "robots")
        .unwrap()
        .unwrap();
    assert_eq!(state.items.len(), 2);
    assert!(dir.path().join(".pagefeed/_robots.json").exists());
}

#[test]
fn a_state_folder_inside_the_output_folder_is_rejected() {
    for state in ["feeds", "feeds/state", "./feeds/../feeds", "."] {
        let (_dir, path) = write_config(&format!(
            "[state]\ndir = \"{state}\"\n{}",
            feed("news", "https://example.org/news", "")
        ));
        let out = pagefeed()
            .args(["check", "--config"])
            .arg(&path)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{state}: {text}");
        assert!(text.contains("overlaps the output folder"), "{state}: {text}");
    }
}

#[test]
fn a_robots_txt_over_512_kib_is_read_for_its_first_rules() {
    let site = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(site.path().join("private")).unwrap();
    std::fs::write(site.path().join("list.html"), listing(&["a.html".into()])).unwrap();
    std::fs::write(site.path().join("a.html"), article("A", "public story")).unwrap();
    std::fs::write(
        site.path().join("private/list.html"),
        listing(&["../a.html".into()]),
    )
    .unwrap();
    let padding = "# a long comment line of a very large robots.txt file\n".repeat(12_000);
    let server = FixtureServer::start_with(
        site.path(),
        ServerOptions {
            robots_txt: Some(format!("User-agent: *\nDisallow: /private/\n{padding}")),
            ..Default::default()
        },
    );
    let config = format!(
        "{}{}",
        feed("public", &server.url("/list.html"), ""),
        feed("private", &server.url("/private/list.html"), "")
    );
    let (_dir, path) = write_config(&config);
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("public   ok"), "{out}");
    assert!(
        out.contains("private  FAILED") && out.contains("disallowed by robots.txt"),
        "{out}"
    );
}

#[test]
fn serve_answers_no_symlink_out_of_its_folder() {
    let secret = tempfile::tempdir().unwrap();
    std::fs::write(secret.path().join("pw.txt"), "root:x:0:0").unwrap();
    let (dir, path) = write_config(&feed("news", "https://example.org/news", ""));
    let out = dir.path().join("feeds");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("inside.txt"), "published").unwrap();
    std::os::unix::fs::symlink(secret.path().join("pw.txt"), out.join("pw.txt")).unwrap();
    std::os::unix::fs::symlink(secret.path(), out.join("dir")).unwrap();
    std::os::unix::fs::symlink(out.join("inside.txt"), out.join("alias.txt")).unwrap();
    let served = Served::start(&path, &[]);
    for (file, status) in [
        ("pw.txt", 404),
        ("dir/pw.txt", 404),
        ("inside.txt", 200),
        ("alias.txt", 200),
    ] {
        let (code, _, body) = crate::site::get(&format!("{}/{file}", served.base), &[]);
        assert_eq!(code, status, "{file}: {body}");
        assert!(!body.contains("root:"), "{file}");
    }
}

#[test]
fn rss_description_carries_the_text_summary_escaped_as_html() {
    let site = tempfile::tempdir().unwrap();
    std::fs::write(
        site.path().join("list.html"),
        listing(&["a.html".into(), "b.html".into()]),
    )
    .unwrap();
    std::fs::write(
        site.path().join("b.html"),
        "<html><head><title>AT&amp;T results</title></head><body><article><h1>AT&amp;T results</h1>\
         <p>Body text, long enough, to be the content of this story.</p></article></body></html>",
    )
    .unwrap();
    std::fs::write(
        site.path().join("a.html"),
        "<html><head><title>&lt;b&gt;Bold&lt;/b&gt; 3 &lt; 5</title><meta name=\"description\" \
         content=\"&lt;img src=x onerror=alert(1)&gt; 3 &lt; 5 &amp; more\"></head>\
         <body><article><h1>&lt;b&gt;Bold&lt;/b&gt; 3 &lt; 5</h1><p>Body text, long enough, to be the content of this story.</p></article></body></html>",
    )
    .unwrap();
    let server = FixtureServer::start(site.path());
    let (dir, path) = write_config(&feed("esc", &server.url("/list.html"), ""));
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 0, "{out}");
    let rss = std::fs::read_to_string(dir.path().join("feeds/esc.rss")).unwrap();
    let feed = feed_rs::parser::parse(rss.as_bytes()).unwrap();
    let a = feed
        .entries
        .iter()
        .find(|e| e.links[0].href.ends_with("a.html"))
        .unwrap();
    let summary = a.summary.as_ref().unwrap();
    // What a reader renders as HTML: the markup shows as text.
    assert_eq!(
        summary.content, "&lt;img src=x onerror=alert(1)&gt; 3 &lt; 5 &amp; more",
        "{rss}"
    );
    // The title too, where HTML would misread it.
    assert!(
        rss.contains("<title>&amp;lt;b&amp;gt;Bold&amp;lt;/b&amp;gt; 3 &amp;lt; 5</title>"),
        "{rss}"
    );
    assert!(rss.contains("<title>AT&amp;T results</title>"), "{rss}");
    let atom = parse_feed(&dir.path().join("feeds/esc.atom"));
    let a = atom
        .entries
        .iter()
        .find(|e| e.links[0].href.ends_with("a.html"))
        .unwrap();
    let summary = a.summary.as_ref().unwrap();
    assert_eq!(a.title.as_ref().unwrap().content, "<b>Bold</b> 3 < 5");
    assert_eq!(summary.content, "<img src=x onerror=alert(1)> 3 < 5 & more");
    assert_eq!(summary.content_type.essence().to_string(), "text/plain");

    // A later run that recovers its history from the published RSS reads the text back.
    std::fs::remove_dir_all(dir.path().join(".pagefeed")).unwrap();
    std::fs::remove_file(dir.path().join("feeds/esc.atom")).unwrap();
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 0, "{out}");
    assert!(!std::fs::read_to_string(dir.path().join("feeds/esc.rss"))
        .unwrap()
        .contains("&amp;amp;lt;"));
}

#[test]
fn opml_stays_well_formed_with_control_characters_in_titles() {
    let site = tempfile::tempdir().unwrap();
    std::fs::write(site.path().join("list.html"), listing(&["a.html".into()])).unwrap();
    std::fs::write(site.path().join("a.html"), article("A", "some news")).unwrap();
    let server = FixtureServer::start(site.path());
    let config = format!(
        "[output]\ntitle = \"My\\u0001 feeds\"\n{}",
        feed("ctl", &server.url("/list.html"), "").replace("title = \"ctl\"", "title = \"Bell\\u0007 news\"")
    );
    let (dir, path) = write_config(&config);
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 0, "{out}");
    let opml = std::fs::read_to_string(dir.path().join("feeds/feeds.opml")).unwrap();
    let mut reader = quick_xml::Reader::from_str(&opml);
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("{e}: {opml}"),
        }
    }
    assert!(opml.contains("Bell news") && !opml.contains('\u{7}'), "{opml}");
}

#[test]
fn extract_prints_no_terminal_escapes_and_ends_quietly_on_a_closed_pipe() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("evil.html");
    let body = "<p>Line, of text, long enough, to count as content.</p>".repeat(20_000);
    std::fs::write(
        &page,
        format!("<html><head><title>Evil \x1b]0;pwned\x07 title</title></head><body><article><h1>Evil \x1b[31m red</h1>{body}</article></body></html>"),
    )
    .unwrap();
    let out = pagefeed().arg("extract").arg(&page).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        text.contains("Evil") && !text.contains('\x1b') && !text.contains('\x07'),
        "{text}"
    );

    // `pagefeed extract --json page | head -1`: a megabyte of JSON into a pipe closed after one line.
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("pagefeed"))
        .args(["extract", "--json"])
        .arg(&page)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.take().unwrap()),
        &mut first,
    )
    .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(first.trim(), "{");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn init_write_cannot_be_made_to_write_config_lines_by_page_text() {
    let site = tempfile::tempdir().unwrap();
    // A JSON-LD ItemList whose item names carry newlines and config lines.
    let evil = "Story\\n[[feeds]]\\nid = \\\"evil\\\"\\ntitle = \\\"x\\\"\\nurl = \\\"file:///etc/passwd\\\"\\n[output]\\ndir = \\\"/tmp\\\"";
    let items: String = (1..=3)
        .map(|i| format!("{{\"@type\":\"ListItem\",\"position\":{i},\"url\":\"/news/s{i}.html\",\"name\":\"{evil} {i}\"}}"))
        .collect::<Vec<_>>()
        .join(",");
    std::fs::write(
        site.path().join("list.html"),
        format!("<html><head><title>News</title><script type=\"application/ld+json\">{{\"@type\":\"ItemList\",\"itemListElement\":[{items}]}}</script></head><body><main id=\"app\"></main></body></html>"),
    )
    .unwrap();
    let server = FixtureServer::start(site.path());
    let (dir, path) = write_config("");
    let out = pagefeed()
        .args(["init", "--id", "news", "--write", "--config"])
        .arg(&path)
        .arg(server.url("/list.html"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let written = std::fs::read_to_string(&path).unwrap();
    let config: toml::Table = written.parse().unwrap();
    assert_eq!(config["feeds"].as_array().unwrap().len(), 1, "{written}");
    assert!(config.get("output").is_none(), "{written}");
    assert!(
        !written.lines().any(|l| l.starts_with("url = \"file:")),
        "{written}"
    );
    drop(dir);
}

#[test]
fn serve_every_answers_while_a_build_waits_for_the_state_lock() {
    let site = tempfile::tempdir().unwrap();
    std::fs::write(site.path().join("list.html"), listing(&["a.html".into()])).unwrap();
    std::fs::write(site.path().join("a.html"), article("A", "some news")).unwrap();
    let server = FixtureServer::start(site.path());
    let (dir, path) = write_config(&feed("news", &server.url("/list.html"), ""));
    assert_eq!(run_build(&path, &[]).0, 0);
    // Another build holds the lock: the rebuilds of `serve --every` wait for it.
    let lock = std::fs::File::options()
        .write(true)
        .open(dir.path().join(".pagefeed/lock"))
        .unwrap();
    lock.lock().unwrap();
    let served = Served::start(&path, &["--every", "1s"]);
    std::thread::sleep(std::time::Duration::from_millis(1500));
    // A rebuild is waiting for the lock now (it waits up to 60 s); the server answers.
    for _ in 0..3 {
        assert_eq!(
            raw_status(&served.base, "GET /news.atom HTTP/1.1\r\nHost: x\r\n\r\n"),
            Some(200)
        );
    }
    drop(lock);
}

/// Sends `request` to the server at `base`; the status it answers within 20 s.
fn raw_status(base: &str, request: &str) -> Option<u16> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(base.trim_start_matches("http://")).ok()?;
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(20)))
        .unwrap();
    stream.write_all(request.as_bytes()).ok()?;
    let mut head = [0u8; 12];
    stream.read_exact(&mut head).ok()?;
    String::from_utf8_lossy(&head[9..12]).parse().ok()
}

#[test]
fn serve_closes_a_half_sent_request_and_survives_running_out_of_descriptors() {
    use std::io::{Read, Write};
    let (dir, path) = write_config(&feed("news", "https://example.org/news", ""));
    std::fs::create_dir_all(dir.path().join("feeds")).unwrap();
    std::fs::write(dir.path().join("feeds/index.html"), "<h1>feeds</h1>").unwrap();
    // Few file descriptors, so that idle connections exhaust them.
    let mut child = std::process::Command::new("sh")
        .arg("-c")
        .arg("ulimit -n 64 && exec \"$0\" serve --port 0 --config \"$1\"")
        .arg(assert_cmd::cargo::cargo_bin("pagefeed"))
        .arg(&path)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let base = served_base(&mut child);
    let addr = base.trim_start_matches("http://").to_string();

    // Slowloris: headers that never end are cut off, not waited for.
    let mut slow = std::net::TcpStream::connect(&addr).unwrap();
    slow.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n").unwrap();
    slow.set_read_timeout(Some(std::time::Duration::from_secs(40)))
        .unwrap();
    let mut buf = Vec::new();
    let closed = slow.read_to_end(&mut buf);
    assert!(
        closed.is_ok(),
        "the half-sent request was never closed: {closed:?}"
    );

    // Past the descriptor limit: accept fails, the server backs off instead of spinning.
    let idle: Vec<_> = (0..100)
        .filter_map(|_| std::net::TcpStream::connect(&addr).ok())
        .collect();
    let cpu = |pid: u32| -> f64 {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
        let fields: Vec<&str> = stat.rsplit(')').next().unwrap().split_whitespace().collect();
        (fields[11].parse::<f64>().unwrap() + fields[12].parse::<f64>().unwrap()) / 100.0
    };
    let before = cpu(child.id());
    std::thread::sleep(std::time::Duration::from_secs(2));
    let spent = cpu(child.id()) - before;
    assert!(spent < 1.0, "{spent} s of CPU in 2 s: accept spins");
    drop(idle);
    // Served again once the descriptors are back.
    let mut answered = None;
    for _ in 0..50 {
        answered = raw_status(&base, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        if answered.is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    assert_eq!(answered, Some(200));
    let _ = child.kill();
    let out = child.wait_with_output().unwrap();
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(log.lines().count() < 50, "{} log lines", log.lines().count());
}

#[test]
fn serve_every_0s_is_refused_instead_of_rebuilding_in_a_tight_loop() {
    let (_dir, path) = write_config(&feed("news", "https://example.org/news", ""));
    let out = pagefeed()
        .args(["serve", "--port", "0", "--every", "0s", "--config"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("shorter than 1s"));
}

#[test]
fn ssrf_images_on_private_addresses_are_not_published() {
    let site = tempfile::tempdir().unwrap();
    let server = FixtureServer::start(site.path());
    let own_image = server.url("/img/own.jpg");
    std::fs::write(
        site.path().join("list.html"),
        listing(&["a.html".into(), "b.html".into()]),
    )
    .unwrap();
    let page = |image: &str, inline: &str| {
        format!(
            "<html><head><title>T</title><meta property=\"og:image\" content=\"{image}\"></head><body><article><h1>T</h1>\
             <p>Story text, long enough, to be the content of the page.</p>\
             <img src=\"{inline}\" srcset=\"{inline} 1x, {own_image} 2x\"><img src=\"{own_image}\"></article></body></html>"
        )
    };
    std::fs::write(
        site.path().join("a.html"),
        page(
            "http://169.254.169.254/latest/meta-data/",
            "http://127.0.0.2:6379/x.png",
        ),
    )
    .unwrap();
    std::fs::write(
        site.path().join("b.html"),
        page(&own_image, "http://localhost:8080/admin.png"),
    )
    .unwrap();
    let (dir, path) = write_config(&feed("img", &server.url("/list.html"), ""));
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 0, "{out}");
    for file in ["img.rss", "img.atom"] {
        let text = std::fs::read_to_string(dir.path().join("feeds").join(file)).unwrap();
        for private in ["169.254.169.254", "127.0.0.2", "localhost"] {
            assert!(!text.contains(private), "{file}: {private}\n{text}");
        }
        assert!(
            text.contains(&own_image),
            "{file}: the feed's own host stays\n{text}"
        );
    }
}

#[test]
fn an_article_of_20000_nested_divs_is_flattened_not_a_crash() {
    let site = tempfile::tempdir().unwrap();
    std::fs::write(
        site.path().join("list.html"),
        listing(&["deep.html".into(), "bold.html".into()]),
    )
    .unwrap();
    let n = 20_000;
    std::fs::write(
        site.path().join("deep.html"),
        format!(
            "<html><head><title>Deep</title></head><body><article><h1>Deep</h1><p>Lead, text, here.</p>{}<p>deep text, deep text, deep text, at the bottom</p>{}</article></body></html>",
            "<div>".repeat(n),
            "</div>".repeat(n)
        ),
    )
    .unwrap();
    std::fs::write(
        site.path().join("bold.html"),
        format!("<html><head><title>Bold</title></head><body><article><h1>Bold</h1><p>Lead, text.</p>{}bold text, at the bottom</article></body></html>", "<b>".repeat(50_000)),
    )
    .unwrap();
    let server = FixtureServer::start(site.path());
    let (dir, path) = write_config(&feed("deep", &server.url("/list.html"), ""));
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 0, "{out}");
    let feed = parse_feed(&dir.path().join("feeds/deep.atom"));
    assert_eq!(feed.entries.len(), 2, "{out}");
    let content: String = feed
        .entries
        .iter()
        .filter_map(|e| e.content.as_ref()?.body.clone())
        .collect();
    assert!(
        content.contains("deep text") && content.contains("bold text"),
        "{content}"
    );
}

#[test]
fn feed_timeout_holds_while_a_page_of_50000_links_is_extracted() {
    let site = tempfile::tempdir().unwrap();
    let links: Vec<String> = (0..50_000).map(|i| format!("/news/story-{i}.html")).collect();
    std::fs::write(site.path().join("list.html"), listing(&links)).unwrap();
    let server = FixtureServer::start(site.path());
    let heavy = feed(
        "heavy",
        &server.url("/list.html"),
        "feed_timeout = \"500ms\"\nfetch_articles = false",
    )
    .replace("[feeds.list]\nitem = \"ul.list li\"\nlink = \"a\"\n", "");
    let (_dir, path) = write_config(&heavy);
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("heavy  FAILED  the feed took longer than its feed_timeout"),
        "{out}"
    );
}
