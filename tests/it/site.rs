//! The published folder as a site: JSON Feed, index.html, feeds.opml, the
//! stylesheet, and `pagefeed serve`.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::common::*;

fn site_config(server: &FixtureServer, extra_output: &str) -> String {
    let second = section_feed(server, "second", "news", "").replace(
        "title = \"Section news\"",
        "title = \"Second & <Last>\"\ndescription = \"Made from the news section\"",
    );
    format!(
        "[output]\nbase_url = \"https://feeds.example.org/pub/\"\nformats = [\"rss\", \"atom\", \"json\"]\n{extra_output}\n{}{second}",
        politics_feed(server, "politics")
    )
}

fn fixture_sites() -> (tempfile::TempDir, FixtureServer) {
    let site = tempfile::tempdir().unwrap();
    copy_dir(&fixtures().join("site"), site.path());
    write_section(
        site.path(),
        "news",
        &[Story::new("s1", Some("1 Sep 2023 10:00")), Story::new("s2", None)],
    );
    let server = FixtureServer::start(site.path());
    (site, server)
}

/// The fixture sites served, a config over them, and one build done.
fn built_site(extra_output: &str) -> (tempfile::TempDir, FixtureServer, tempfile::TempDir, PathBuf) {
    let (site, server) = fixture_sites();
    let (dir, config) = write_config(&site_config(&server, extra_output));
    pagefeed()
        .args(["build", "--config"])
        .arg(&config)
        .assert()
        .success();
    (site, server, dir, config)
}

fn json_feed_validator() -> jsonschema::Validator {
    let schema: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixtures().join("jsonfeed-1.1.schema.json")).unwrap()).unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

#[test]
fn json_feed_validates_against_the_1_1_schema() {
    let (_site, _server, dir, _config) = built_site("");
    let validator = json_feed_validator();
    for id in ["politics", "second"] {
        let feed: serde_json::Value =
            serde_json::from_slice(&std::fs::read(dir.path().join(format!("feeds/{id}.json"))).unwrap())
                .unwrap();
        let errors: Vec<String> = validator.iter_errors(&feed).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{id}: {errors:?}");
        assert_eq!(
            feed["feed_url"],
            format!("https://feeds.example.org/pub/{id}.json")
        );
        assert!(feed["items"].as_array().unwrap().len() >= 2);
    }
    let politics: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("feeds/politics.json")).unwrap()).unwrap();
    let z = politics["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| {
            i["url"]
                .as_str()
                .unwrap()
                .ends_with("zelensky-security-deal.html")
        })
        .unwrap();
    assert_eq!(z["date_published"], "2023-08-31T22:34:00+03:00");
    assert_eq!(z["authors"][0]["name"], "Al Mayadeen English");
    assert_eq!(z["tags"].as_array().unwrap().len(), 4);
    assert!(z["content_html"]
        .as_str()
        .unwrap()
        .contains("A report by Newsweek"));
    assert_eq!(politics["language"], "en");

    // The check can fail: an item without an id or any content is invalid.
    let mut broken = politics.clone();
    broken["items"][0].as_object_mut().unwrap().remove("id");
    broken["items"][1].as_object_mut().unwrap().remove("content_html");
    assert_eq!(validator.iter_errors(&broken).count(), 2);
}

#[test]
fn index_lists_every_feed_with_autodiscovery_and_the_opml_imports_them() {
    let (_site, _server, dir, _config) = built_site("title = \"My feeds\"");

    let html = std::fs::read_to_string(dir.path().join("feeds/index.html")).unwrap();
    let doc = scraper::Html::parse_document(&html);
    let select = |s: &str| scraper::Selector::parse(s).unwrap();
    let alternates: Vec<(String, String)> = doc
        .select(&select("head link[rel=alternate]"))
        .map(|l| {
            (
                l.value().attr("type").unwrap().to_string(),
                l.value().attr("href").unwrap().to_string(),
            )
        })
        .collect();
    for id in ["politics", "second"] {
        for (ext, mime) in [
            ("rss", "application/rss+xml"),
            ("atom", "application/atom+xml"),
            ("json", "application/feed+json"),
        ] {
            let href = format!("https://feeds.example.org/pub/{id}.{ext}");
            assert!(
                alternates.contains(&(mime.to_string(), href.clone())),
                "{href} in {alternates:?}"
            );
            assert_eq!(
                doc.select(&select(&format!("li#{id} a[href=\"{href}\"]")))
                    .count(),
                1,
                "{href}"
            );
        }
    }
    assert_eq!(
        doc.select(&select("title")).next().unwrap().inner_html(),
        "My feeds"
    );
    let second = doc
        .select(&select("li#second"))
        .next()
        .unwrap()
        .text()
        .collect::<String>();
    assert!(
        second.contains("Second & <Last>") && second.contains("Made from the news section"),
        "{second}"
    );
    assert!(
        second.contains("2 items") && second.contains("127.0.0.1"),
        "{second}"
    );
    let politics = doc
        .select(&select("li#politics"))
        .next()
        .unwrap()
        .text()
        .collect::<String>();
    assert!(politics.contains("5 items"), "{politics}");
    assert!(
        !html.contains("<script") && !html.contains("http://fonts"),
        "no script, no external assets"
    );

    // OPML 2.0 with absolute feed URLs.
    let opml = std::fs::read_to_string(dir.path().join("feeds/feeds.opml")).unwrap();
    let mut reader = quick_xml::Reader::from_str(&opml);
    let (mut version, mut outlines) = (String::new(), Vec::new());
    loop {
        match reader.read_event().unwrap() {
            quick_xml::events::Event::Eof => break,
            quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e) => {
                let decoder = reader.decoder();
                let attr = |name: &str| {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == name.as_bytes())
                        .map(|a| {
                            let version = quick_xml::XmlVersion::Implicit1_0;
                            a.decoded_and_normalized_value(version, decoder)
                                .unwrap()
                                .into_owned()
                        })
                };
                match e.name().as_ref() {
                    b"opml" => version = attr("version").unwrap(),
                    b"outline" => {
                        outlines.push((attr("text").unwrap(), attr("xmlUrl").unwrap(), attr("type")))
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    assert_eq!(version, "2.0");
    assert_eq!(
        outlines,
        [
            (
                "Mayadeen Fixture English - Politics".into(),
                "https://feeds.example.org/pub/politics.rss".into(),
                Some("rss".into())
            ),
            (
                "Second & <Last>".into(),
                "https://feeds.example.org/pub/second.rss".into(),
                Some("rss".into())
            ),
        ]
    );
}

#[test]
fn feeds_carry_the_stylesheet_unless_turned_off() {
    let (_site, _server, dir, _config) = built_site("");
    let feeds = dir.path().join("feeds");
    for file in ["politics.rss", "politics.atom"] {
        let text = std::fs::read_to_string(feeds.join(file)).unwrap();
        assert_eq!(
            text.lines().nth(1),
            Some(r#"<?xml-stylesheet type="text/xsl" href="feed.xsl"?>"#),
            "{file}"
        );
        assert!(!parse_feed(&feeds.join(file)).entries.is_empty());
    }
    let xsl = std::fs::read_to_string(feeds.join("feed.xsl")).unwrap();
    assert!(xsl.contains("xsl:stylesheet") && xsl.contains("This is a web feed."));

    let (_site, _server, dir, _config) = built_site("stylesheet = false");
    assert!(!std::fs::read_to_string(dir.path().join("feeds/politics.rss"))
        .unwrap()
        .contains("xml-stylesheet"));
    assert!(!dir.path().join("feeds/feed.xsl").exists());
}

pub fn get(url: &str, headers: &[(&str, &str)]) -> (u16, reqwest::header::HeaderMap, String) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let mut req = reqwest::Client::new().get(url);
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let resp = req.send().await.unwrap();
        let (status, headers) = (resp.status().as_u16(), resp.headers().clone());
        (status, headers, resp.text().await.unwrap())
    })
}

fn header(h: &reqwest::header::HeaderMap, name: &str) -> String {
    h.get(name)
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default()
}

#[test]
fn serve_answers_with_content_types_validators_and_304() {
    let (_site, _server, _dir, config) = built_site("");
    let served = Served::start(&config, &[]);
    let url = |p: &str| format!("{}{p}", served.base);

    for (path, accept, ctype) in [
        ("/", "text/html", "text/html; charset=utf-8"),
        (
            "/politics.rss",
            "application/rss+xml",
            "application/rss+xml; charset=utf-8",
        ),
        ("/politics.atom", "*/*", "application/atom+xml; charset=utf-8"),
        ("/politics.json", "*/*", "application/feed+json; charset=utf-8"),
        (
            "/politics.rss",
            "text/html,application/xhtml+xml",
            "text/xml; charset=utf-8",
        ),
        ("/feeds.opml", "*/*", "text/x-opml; charset=utf-8"),
        ("/feed.xsl", "*/*", "text/xsl; charset=utf-8"),
    ] {
        let (status, headers, _) = get(&url(path), &[("Accept", accept)]);
        assert_eq!(
            (status, header(&headers, "content-type").as_str()),
            (200, ctype),
            "{path} for {accept}"
        );
    }
    let (_, headers, body) = get(&url("/politics.atom"), &[]);
    assert!(body.contains("<feed"));
    let (etag, modified) = (header(&headers, "etag"), header(&headers, "last-modified"));
    assert!(!etag.is_empty() && !modified.is_empty());
    assert_eq!(get(&url("/politics.atom"), &[("If-None-Match", &etag)]).0, 304);
    assert_eq!(
        get(&url("/politics.atom"), &[("If-Modified-Since", &modified)]).0,
        304
    );
    assert_eq!(
        get(&url("/politics.atom"), &[("If-None-Match", "\"other\"")]).0,
        200
    );
    for bad in [
        "/../config.toml",
        "/%2e%2e/config.toml",
        "/nothing.rss",
        "/.pagefeed/news.json",
    ] {
        assert_eq!(get(&url(bad), &[]).0, 404, "{bad}");
    }
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let (post, head) = rt.block_on(async {
        let c = reqwest::Client::new();
        let post = c
            .post(url("/politics.rss"))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16();
        let head = c.head(url("/politics.rss")).send().await.unwrap();
        (
            post,
            (head.status().as_u16(), header(head.headers(), "content-length")),
        )
    });
    assert_eq!(post, 405);
    assert_eq!(head.0, 200);
    assert!(head.1.parse::<usize>().unwrap() > 1000);
}

#[test]
fn serve_every_rebuilds_on_schedule_and_keeps_serving() {
    let site = tempfile::tempdir().unwrap();
    write_section(site.path(), "news", &[Story::new("e1", Some("1 Sep 2023 10:00"))]);
    let server = FixtureServer::start(site.path());
    let (dir, config) = write_config(&section_feed(&server, "news", "news", ""));
    let served = Served::start(&config, &["--every", "1s"]);
    let feed_path: PathBuf = dir.path().join("feeds/news.atom");
    let wait_for = |what: &str, done: &dyn Fn() -> bool| {
        let start = Instant::now();
        while !done() {
            assert!(start.elapsed() < Duration::from_secs(20), "{what} did not happen");
            std::thread::sleep(Duration::from_millis(100));
        }
    };
    wait_for("the first build", &|| feed_path.exists());
    write_section(
        site.path(),
        "news",
        &[
            Story::new("e2", Some("2 Sep 2023 10:00")),
            Story::new("e1", Some("1 Sep 2023 10:00")),
        ],
    );
    wait_for("the rebuild", &|| {
        std::fs::read_to_string(&feed_path)
            .unwrap_or_default()
            .contains("Story e2")
    });
    // A failing site: the server goes on serving the last good files.
    std::fs::remove_file(site.path().join("news/index.html")).unwrap();
    std::thread::sleep(Duration::from_millis(2500));
    let (status, _, body) = get(&format!("{}/news.atom", served.base), &[]);
    assert_eq!(status, 200);
    assert!(body.contains("Story e2") && body.contains("Story e1"));
}

/// Issue 11: a failed first run left state with `"version": 0` and an OPML
/// entry pointing to a feed file never written.
#[test]
fn a_failed_first_run_writes_a_current_state_and_no_opml_entry_without_a_file() {
    let port = closed_port();
    let site = tempfile::tempdir().unwrap();
    write_section(site.path(), "news", &[Story::new("o1", None)]);
    let server = FixtureServer::start(site.path());
    let config = format!(
        "[fetch]\nretries = 0\n{}[[feeds]]\nid = \"down\"\ntitle = \"Down\"\nurl = \"http://127.0.0.1:{port}/news/\"\n",
        section_feed(&server, "up", "news", "")
    );
    let (dir, path) = write_config(&config);
    let (code, out) = run_build(&path, &[]);
    assert_eq!(code, 1, "{out}");
    let state: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join(".pagefeed/down.json")).unwrap())
            .unwrap();
    assert_eq!(state["version"], pagefeed::store::STATE_VERSION, "{state}");
    let opml = std::fs::read_to_string(dir.path().join("feeds/feeds.opml")).unwrap();
    assert!(opml.contains("up.rss") && !opml.contains("down."), "{opml}");
    let index = std::fs::read_to_string(dir.path().join("feeds/index.html")).unwrap();
    assert!(index.contains("not built yet"), "{index}");
}
