//! Issue 14: listings that are not web pages (a feed, a sitemap) and
//! items that carry audio, end to end against a local site.

use std::io::Write;

use crate::common::*;

/// An article page with a headline, a date and a body of its own.
fn article(slug: &str, extra: &str) -> String {
    format!(
        "<html><head><title>{slug}</title></head><body><article><h1>Headline of {slug}</h1>\
         <time datetime=\"2024-03-0{d}T08:00:00Z\">March {d}</time>\
         <p>The whole of {slug}, as the site shows it: a first paragraph long enough to read as the body of an article.</p>\
         <p>A second paragraph of {slug}, so the full text is more than the feed's summary ever was.</p>{extra}\
         </article></body></html>",
        d = slug.len() % 9 + 1
    )
}

#[test]
fn a_thin_rss_feed_becomes_a_full_text_feed() {
    let site = tempfile::tempdir().unwrap();
    let dir = site.path().join("news");
    std::fs::create_dir_all(&dir).unwrap();
    let mut items = String::new();
    for i in 1..=10 {
        let slug = format!("story-{i}");
        let extra = if i == 3 {
            "<audio controls><source src=\"/media/story-3.mp3\" type=\"audio/mpeg\"></audio>"
        } else {
            ""
        };
        std::fs::write(dir.join(format!("{slug}.html")), article(&slug, extra)).unwrap();
        items.push_str(&format!(
            "<item><title>Story {i}</title><link>{slug}.html</link><guid>{slug}</guid>\
             <pubDate>Mon, 0{d} Apr 2024 10:00:00 GMT</pubDate><description>Only a teaser of story {i}.</description></item>\n",
            d = i % 9 + 1
        ));
    }
    std::fs::write(
        dir.join("feed.xml"),
        format!("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title><link>/</link><description>d</description>\n{items}</channel></rss>"),
    )
    .unwrap();
    let server = FixtureServer::start(site.path());
    let config = format!(
        "[output]\nformats = [\"rss\", \"atom\", \"json\"]\n[[feeds]]\nid = \"fulltext\"\ntitle = \"Full text\"\nurl = \"{}\"\nper_host_interval = \"0s\"\n",
        server.url("/news/feed.xml")
    );
    let (out_dir, path) = write_config(&config);
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 0, "{out}");
    let feed = parse_feed(&out_dir.path().join("feeds/fulltext.atom"));
    assert_eq!(feed.entries.len(), 10);
    for e in &feed.entries {
        let content = e
            .content
            .as_ref()
            .and_then(|c| c.body.clone())
            .unwrap_or_default();
        assert!(content.contains("A second paragraph of story-"), "{content}");
        // The feed's own title and date, links resolved against the feed.
        let link = &e.links[0].href;
        assert!(link.starts_with(&server.url("/news/story-")), "{link}");
        assert!(e.title.as_ref().unwrap().content.starts_with("Story "));
        assert!(e.published.is_some());
    }
    // The page's <audio> is the item's enclosure, in all three formats.
    let rss = std::fs::read_to_string(out_dir.path().join("feeds/fulltext.rss")).unwrap();
    let audio = server.url("/media/story-3.mp3");
    assert!(
        rss.contains(&format!(
            "<enclosure url=\"{audio}\" length=\"0\" type=\"audio/mpeg\""
        )),
        "{rss}"
    );
    let atom = parse_feed(&out_dir.path().join("feeds/fulltext.atom"));
    let with_audio = atom.entries.iter().find(|e| {
        e.links
            .iter()
            .any(|l| l.href == audio && l.rel.as_deref() == Some("enclosure"))
    });
    assert!(with_audio.is_some());
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out_dir.path().join("feeds/fulltext.json")).unwrap()).unwrap();
    let attachments: Vec<&serde_json::Value> = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|i| i.get("attachments"))
        .collect();
    assert_eq!(attachments.len(), 1);
    assert_eq!(attachments[0][0]["mime_type"], "audio/mpeg");
    keep_for_ci(&out_dir.path().join("feeds"));
}

#[test]
fn a_podcast_feed_keeps_its_enclosures_without_fetching_pages() {
    let site = tempfile::tempdir().unwrap();
    std::fs::write(
        site.path().join("podcast.xml"),
        r#"<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Pod</title><id>urn:pod</id><updated>2024-04-02T10:00:00Z</updated>
        <entry><title>Episode 2</title><id>urn:ep2</id><link href="/ep/2"/><updated>2024-04-02T10:00:00Z</updated><summary>Second.</summary>
          <link rel="enclosure" href="/audio/ep2.m4a" type="audio/mp4" length="123456"/></entry>
        <entry><title>Episode 1</title><id>urn:ep1</id><link href="/ep/1"/><updated>2024-04-01T10:00:00Z</updated><summary>First.</summary>
          <link rel="enclosure" href="/audio/ep1.mp3" type="audio/mpeg" length="654321"/></entry></feed>"#,
    )
    .unwrap();
    let server = FixtureServer::start(site.path());
    let config = format!(
        "[[feeds]]\nid = \"pod\"\ntitle = \"Pod\"\nurl = \"{}\"\nsource = \"feed\"\nfetch_articles = false\nper_host_interval = \"0s\"\n",
        server.url("/podcast.xml")
    );
    let (out_dir, path) = write_config(&config);
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(server.hits("/ep/1"), 0);
    let rss = std::fs::read_to_string(out_dir.path().join("feeds/pod.rss")).unwrap();
    for (file, length, mime) in [
        ("ep2.m4a", 123456, "audio/mp4"),
        ("ep1.mp3", 654321, "audio/mpeg"),
    ] {
        let tag = format!(
            "<enclosure url=\"{}\" length=\"{length}\" type=\"{mime}\"",
            server.url(&format!("/audio/{file}"))
        );
        assert!(rss.contains(&tag), "{tag} in {rss}");
    }
    keep_for_ci(&out_dir.path().join("feeds"));
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

#[test]
fn a_sitemap_index_over_two_sitemaps_one_gzipped() {
    let site = tempfile::tempdir().unwrap();
    let dir = site.path().join("a");
    std::fs::create_dir_all(&dir).unwrap();
    for slug in ["old-1", "old-2", "new-1", "new-2", "new-3"] {
        std::fs::write(dir.join(format!("{slug}.html")), article(slug, "")).unwrap();
    }
    let urlset = |entries: &[(&str, &str)]| {
        let urls: String = entries
            .iter()
            .map(|(slug, day)| format!("<url><loc>/a/{slug}.html</loc><lastmod>2024-0{day}</lastmod></url>"))
            .collect();
        format!("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">{urls}</urlset>")
    };
    std::fs::write(
        site.path().join("sitemap-2023.xml"),
        urlset(&[("old-1", "1-05"), ("old-2", "1-06")]),
    )
    .unwrap();
    std::fs::write(
        site.path().join("sitemap-2024.xml.gz"),
        gzip(urlset(&[("new-1", "3-01"), ("new-3", "3-03"), ("new-2", "3-02")]).as_bytes()),
    )
    .unwrap();
    std::fs::write(
        site.path().join("sitemap.xml"),
        "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\
         <sitemap><loc>/sitemap-2023.xml</loc><lastmod>2024-01-06</lastmod></sitemap>\
         <sitemap><loc>/sitemap-2024.xml.gz</loc><lastmod>2024-03-03</lastmod></sitemap></sitemapindex>",
    )
    .unwrap();
    let server = FixtureServer::start(site.path());
    // max_items 3: the newer sitemap fills the feed; the older is not read.
    let config = format!(
        "[[feeds]]\nid = \"map\"\ntitle = \"Map\"\nurl = \"{}\"\nmax_items = 3\nfetch_articles = false\nper_host_interval = \"0s\"\n",
        server.url("/sitemap.xml")
    );
    let (out_dir, path) = write_config(&config);
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 0, "{out}");
    let feed = parse_feed(&out_dir.path().join("feeds/map.atom"));
    let got: Vec<(String, String)> = feed
        .entries
        .iter()
        .map(|e| {
            (
                e.links[0].href.rsplit('/').next().unwrap().to_string(),
                e.updated.unwrap().format("%Y-%m-%d").to_string(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("new-3.html".to_string(), "2024-03-03".to_string()),
            ("new-2.html".to_string(), "2024-03-02".to_string()),
            ("new-1.html".to_string(), "2024-03-01".to_string())
        ]
    );
    assert_eq!(server.hits("/sitemap-2023.xml"), 0);
    assert_eq!(server.hits("/sitemap-2024.xml.gz"), 1);

    // With room for more, the older sitemap is read too.
    std::fs::write(&path, config.replace("max_items = 3", "max_items = 10")).unwrap();
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        parse_feed(&out_dir.path().join("feeds/map.atom")).entries.len(),
        5
    );
}

#[test]
fn a_malformed_source_feed_fails_alone_and_keeps_what_was_published() {
    let site = tempfile::tempdir().unwrap();
    let good = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><link>/</link><description>d</description>\
        <item><title>One</title><link>/one</link><guid>/one</guid><pubDate>Mon, 01 Apr 2024 10:00:00 GMT</pubDate><description>x</description></item>\
        </channel></rss>";
    std::fs::write(site.path().join("feed.xml"), good).unwrap();
    write_section(
        site.path(),
        "world",
        &[Story::new("alpha", Some("31 Aug 2023 22:34"))],
    );
    let server = FixtureServer::start(site.path());
    let config = format!(
        "[[feeds]]\nid = \"src\"\ntitle = \"Src\"\nurl = \"{}\"\nsource = \"feed\"\nfetch_articles = false\nper_host_interval = \"0s\"\n{}",
        server.url("/feed.xml"),
        section_feed(&server, "world", "world", "")
    );
    let (out_dir, path) = write_config(&config);
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 0, "{out}");
    let before = std::fs::read(out_dir.path().join("feeds/src.atom")).unwrap();
    std::fs::write(site.path().join("feed.xml"), &good[..good.len() / 2]).unwrap();
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("src") && out.contains("not a feed that can be read"),
        "{out}"
    );
    assert_eq!(
        std::fs::read(out_dir.path().join("feeds/src.atom")).unwrap(),
        before
    );
    assert_eq!(
        parse_feed(&out_dir.path().join("feeds/world.atom")).entries.len(),
        1
    );
}

/// A WebSub hub on loopback that records each POST's body and answers 202.
struct Hub {
    url: String,
    pings: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl Hub {
    fn start() -> Hub {
        use std::io::{BufRead, BufReader, Read};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/hub", listener.local_addr().unwrap());
        let pings: std::sync::Arc<std::sync::Mutex<Vec<String>>> = Default::default();
        let record = pings.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut length = 0;
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                        break;
                    }
                    if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                        length = v.trim().parse().unwrap_or(0);
                    }
                }
                let mut body = vec![0; length];
                let _ = reader.read_exact(&mut body);
                record
                    .lock()
                    .unwrap()
                    .push(String::from_utf8_lossy(&body).into_owned());
                let _ = stream
                    .write_all(b"HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            }
        });
        Hub { url, pings }
    }

    fn pings(&self) -> Vec<String> {
        self.pings.lock().unwrap().clone()
    }
}

#[test]
fn a_changed_feed_pings_the_websub_hub_once_an_unchanged_one_never() {
    let site = tempfile::tempdir().unwrap();
    write_section(
        site.path(),
        "world",
        &[Story::new("alpha", Some("31 Aug 2023 22:34"))],
    );
    let server = FixtureServer::start(site.path());
    let hub = Hub::start();
    let config = format!(
        "[output]\nbase_url = \"https://feeds.example.org/pub/\"\nformats = [\"rss\", \"atom\", \"json\"]\nwebsub_hub = \"{}\"\n{}",
        hub.url,
        section_feed(&server, "world", "world", "")
    );
    let (dir, path) = write_config(&config);
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 0, "{out}");
    let pings = hub.pings();
    assert_eq!(pings.len(), 1, "{pings:?}");
    for format in ["rss", "atom", "json"] {
        let url = format!("hub.url=https%3A%2F%2Ffeeds.example.org%2Fpub%2Fworld.{format}");
        assert!(
            pings[0].contains("hub.mode=publish") && pings[0].contains(&url),
            "{pings:?}"
        );
    }
    // Every format names the hub.
    let rss = std::fs::read_to_string(dir.path().join("feeds/world.rss")).unwrap();
    assert!(
        rss.contains(&format!("href=\"{}\" rel=\"hub\"", hub.url)),
        "{rss}"
    );
    let atom = parse_feed(&dir.path().join("feeds/world.atom"));
    assert!(atom
        .links
        .iter()
        .any(|l| l.rel.as_deref() == Some("hub") && l.href == hub.url));
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("feeds/world.json")).unwrap()).unwrap();
    assert_eq!(json["hubs"][0]["url"], hub.url.as_str());

    // Nothing changed: no ping.
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(hub.pings().len(), 1);

    // A hub that is down is a warning; the feed is built.
    std::fs::write(
        &path,
        config.replace(&hub.url, &format!("http://127.0.0.1:{}/hub", closed_port())),
    )
    .unwrap();
    write_section(
        site.path(),
        "world",
        &[
            Story::new("beta", Some("01 Sep 2023 08:00")),
            Story::new("alpha", Some("31 Aug 2023 22:34")),
        ],
    );
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("WebSub hub"), "{out}");
    assert_eq!(parse_feed(&dir.path().join("feeds/world.atom")).entries.len(), 2);
}

#[test]
fn init_and_preview_say_a_feed_is_a_feed() {
    let site = tempfile::tempdir().unwrap();
    std::fs::write(
        site.path().join("rss.xml"),
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><link>/</link><description>d</description>\
         <item><title>First entry</title><link>/a/first.html</link><guid>1</guid><pubDate>Mon, 01 Apr 2024 10:00:00 GMT</pubDate><description>x</description></item>\
         </channel></rss>",
    )
    .unwrap();
    let out = pagefeed()
        .args(["init"])
        .arg(site.path().join("rss.xml"))
        .args(["--url", "https://news.example.com/rss.xml", "--id", "news"])
        .output()
        .unwrap();
    let block = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "{block}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(block.contains("source = \"feed\""), "{block}");
    assert!(
        block.contains("First entry") && block.contains("https://news.example.com/a/first.html"),
        "{block}"
    );
    let config = pagefeed::config::Config::parse(&block, std::path::Path::new("config.toml")).unwrap();
    assert_eq!(
        config.feeds[0].source,
        Some(pagefeed::extract::source::Kind::Feed)
    );

    std::fs::create_dir_all(site.path().join("a")).unwrap();
    std::fs::write(site.path().join("a/first.html"), article("first", "")).unwrap();
    let server = FixtureServer::start(site.path());
    let (_dir, path) = write_config(&format!(
        "[[feeds]]\nid = \"news\"\ntitle = \"News\"\nurl = \"{}\"\nper_host_interval = \"0s\"\n",
        server.url("/rss.xml")
    ));
    let out = pagefeed()
        .args(["preview", "news", "--config"])
        .arg(&path)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("1 items, read as feed (detected)"), "{text}");
}

#[test]
fn a_sitemap_labelled_octet_stream_is_read_and_a_binary_is_not() {
    let site = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(site.path().join("a")).unwrap();
    std::fs::write(site.path().join("a/one.html"), article("one", "")).unwrap();
    // Unknown extensions are served as application/octet-stream.
    std::fs::write(
        site.path().join("news.sitemap"),
        gzip(b"<urlset><url><loc>/a/one.html</loc><lastmod>2024-03-01</lastmod></url></urlset>"),
    )
    .unwrap();
    std::fs::write(site.path().join("blob.bin"), [0u8, 1, 2, 3, 255, 254]).unwrap();
    let server = FixtureServer::start(site.path());
    let feed = |id: &str, path: &str| {
        format!(
            "[[feeds]]\nid = \"{id}\"\ntitle = \"{id}\"\nurl = \"{}\"\nfetch_articles = false\nper_host_interval = \"0s\"\n",
            server.url(path)
        )
    };
    let (dir, path) = write_config(&(feed("map", "/news.sitemap") + &feed("blob", "/blob.bin")));
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(parse_feed(&dir.path().join("feeds/map.atom")).entries.len(), 1);
    assert!(
        out.contains("not an HTML page (Content-Type: application/octet-stream)"),
        "{out}"
    );
}
