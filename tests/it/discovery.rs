//! Zero-selector feeds: the article list found on section pages of
//! different shapes, exactly and in order, and a feed configured with only
//! `id`, `title` and `url`.

use crate::common::*;
use chrono_tz::Tz;
use pagefeed::config::ListRules;
use pagefeed::extract::{extract_listing, Article};
use scraper::Html;
use url::Url;

/// The items found on a listing page with no selectors.
fn listing(html: &str, page: &str) -> Vec<Article> {
    let page = Url::parse(page).unwrap();
    extract_listing(&Html::parse_document(html), &page, &ListRules::default(), Tz::UTC)
}

fn paths(items: &[Article]) -> Vec<String> {
    items
        .iter()
        .map(|a| a.link.as_ref().unwrap().value.path().to_string())
        .collect()
}

/// Builds a feed configured with only `id`, `title`, `url` (and the site's
/// time zone) and reads its Atom file.
fn zero_selector_feed(url: &str, timezone: &str) -> feed_rs::model::Feed {
    let config = format!(
        "[[feeds]]\nid = \"auto\"\ntitle = \"Automatic\"\nurl = \"{url}\"\ntimezone = \"{timezone}\"\nper_host_interval = \"0s\"\n"
    );
    let (dir, path) = write_config(&config);
    let (code, out) = run_build(&path, &[]);
    assert_eq!(Some(code), Some(0), "{}", out.as_str());
    parse_feed(&dir.path().join("feeds/auto.atom"))
}

/// Path and query of each item's link: `/showthread.php?t=412`.
fn with_query(items: &[Article]) -> Vec<String> {
    items
        .iter()
        .map(|a| {
            let u = &a.link.as_ref().unwrap().value;
            format!("{}?{}", u.path(), u.query().unwrap_or(""))
        })
        .collect()
}

fn discovered(file: &str, page: &str) -> Vec<String> {
    let html = std::fs::read_to_string(fixtures().join(file)).unwrap();
    paths(&listing(&html, page))
}

#[test]
fn news_cards_like_the_seeds() {
    assert_eq!(
        discovered(
            "site/news/politics.html",
            "https://news.example.org/news/politics.html"
        ),
        [
            "/news/politics/zelensky-security-deal.html",
            "/news/politics/biden-guarantees.html",
            "/news/politics/beirut-cafes.html",
            "/news/politics/deleted-story.html",
            "/news/politics/nato-summit.html",
            "/news/politics/undated-note.html",
        ]
    );
}

#[test]
fn blog_index_of_article_elements() {
    assert_eq!(
        discovered("listings/blog-articles.html", "https://blog.example.org/"),
        [
            "/2024/03/sharpening-chisels/",
            "/2024/02/oak-or-ash/",
            "/2024/01/first-dovetails/"
        ]
    );
}

#[test]
fn plain_list_of_headlines_with_dates() {
    assert_eq!(
        discovered(
            "listings/headline-list.html",
            "https://council.example.org/notices"
        ),
        [
            "/notices/road-closure-high-street",
            "/notices/library-summer-hours",
            "/notices/bin-collection-changes",
            "/notices/park-consultation",
        ]
    );
}

#[test]
fn grid_with_a_featured_item() {
    assert_eq!(
        discovered("listings/grid-featured.html", "https://grid.example.org/tech/"),
        [
            "/tech/2024/quantum-chip-milestone",
            "/tech/2024/battery-recycling-plant",
            "/tech/2024/open-source-funding",
            "/tech/2024/satellite-internet-rural",
            "/tech/2024/phone-repair-law",
        ]
    );
}

#[test]
fn a_json_ld_item_list_when_a_script_draws_the_list() {
    let html = std::fs::read_to_string(fixtures().join("listings/item-list.html")).unwrap();
    let items = listing(&html, "https://ledger.example.org/science/");
    let links: Vec<String> = items
        .iter()
        .map(|a| a.link.as_ref().unwrap().value.to_string())
        .collect();
    assert_eq!(
        links,
        [
            "https://ledger.example.org/science/2024/06/deep-sea-vents",
            "https://ledger.example.org/science/2024/06/comet-returns",
            "https://ledger.example.org/science/2024/06/bee-navigation",
        ]
    );
    let comet = &items[1];
    assert_eq!(
        comet.title.as_ref().unwrap().value,
        "A comet last seen in 1852 returns this week"
    );
    assert_eq!(
        comet.published.as_ref().unwrap().value.to_rfc3339(),
        "2024-06-11T07:30:00+00:00"
    );
    assert_eq!(
        comet.image.as_ref().unwrap().value.as_str(),
        "https://ledger.example.org/img/comet.jpg"
    );
    assert!(comet
        .summary
        .as_ref()
        .unwrap()
        .value
        .starts_with("Astronomers expect"));
    assert_eq!(
        items[2].title.as_ref().unwrap().value,
        "How bees find their way home"
    );
}

#[test]
fn links_on_the_page_that_hold_the_item_list_and_more_win() {
    let cards: String = (1..=5)
        .map(|i| format!(r#"<div class="card"><h3><a href="/science/2024/06/story-{i}">Story number {i} of the week</a></h3></div>"#))
        .collect();
    let list: Vec<String> = (1..=3)
        .map(|i| format!(r#"{{"@type":"ListItem","position":{i},"url":"https://ledger.example.org/science/2024/06/story-{i}"}}"#))
        .collect();
    let html = format!(
        r#"<html><head><script type="application/ld+json">{{"@type":"ItemList","itemListElement":[{}]}}</script></head>
        <body><main>{cards}</main></body></html>"#,
        list.join(",")
    );
    let items = listing(&html, "https://ledger.example.org/science/");
    assert_eq!(items.len(), 5);
    assert_eq!(
        items[4].title.as_ref().unwrap().value,
        "Story number 5 of the week"
    );
}

#[test]
fn a_box_headed_most_read_is_not_part_of_the_list() {
    let cards: String = ["comet-returns", "deep-sea-vents", "bee-navigation"]
        .iter()
        .map(|s| {
            format!(
                r#"<div class="news-item"><h2><a href="/world/{s}.html">The story called {s}</a></h2></div>"#
            )
        })
        .collect();
    let box_links: String = (1..=4)
        .map(|i| {
            format!(r#"<li><h4><a href="/world/mr-{i}.html">A most read story number {i}</a></h4></li>"#)
        })
        .collect();
    let html = format!(
        r#"<html><body><div class="container"><div class="col-main">{cards}</div>
        <div class="col-side"><div class="box"><h3>Most Read</h3><ul>{box_links}</ul></div></div></div></body></html>"#
    );
    let items = listing(&html, "https://gulf.example.org/world/");
    assert_eq!(
        paths(&items),
        [
            "/world/comet-returns.html",
            "/world/deep-sea-vents.html",
            "/world/bee-navigation.html"
        ]
    );
}

#[test]
fn the_dated_list_in_main_beats_a_longer_undated_box_outside_it() {
    let list: String = (1..=4)
        .map(|i| format!(r#"<li><a href="/news/story-{i}">The section story number {i}</a> <time datetime="2024-06-0{i}">June {i}</time></li>"#))
        .collect();
    let other: String = (1..=6)
        .map(|i| format!(r#"<li><a href="/news/other-{i}">Another story from elsewhere {i}</a></li>"#))
        .collect();
    let html = format!(
        r#"<html><body><div class="top"><ul class="strip">{other}</ul></div><main><ul class="list">{list}</ul></main></body></html>"#
    );
    let items = listing(&html, "https://city.example.org/news/");
    assert_eq!(
        paths(&items),
        ["/news/story-1", "/news/story-2", "/news/story-3", "/news/story-4"]
    );
    assert_eq!(
        items[0].published.as_ref().unwrap().value.to_rfc3339(),
        "2024-06-01T00:00:00+00:00"
    );
}

#[test]
fn nav_and_sidebar_with_more_links_than_the_list() {
    assert_eq!(
        discovered(
            "listings/busy-chrome.html",
            "https://finance.example.org/markets/"
        ),
        [
            "/markets/2024/05/bond-yields-climb-again",
            "/markets/2024/05/copper-record-high",
            "/markets/2024/05/yen-slides",
        ]
    );
}

#[test]
fn a_feed_with_only_id_title_and_url() {
    let server = FixtureServer::start(&fixtures().join("site"));
    let feed = zero_selector_feed(&server.url("/news/politics.html"), "Asia/Beirut");
    let find = |end: &str| {
        feed.entries
            .iter()
            .find(|e| e.links[0].href.ends_with(end))
            .unwrap()
    };
    assert_eq!(feed.entries.len(), 5);
    let z = find("zelensky-security-deal.html");
    assert_eq!(
        z.title.as_ref().unwrap().content,
        "Zelensky wants to forge security deal with US based on 'Israeli model'"
    );
    assert_eq!(z.published.unwrap().to_rfc3339(), "2023-08-31T19:34:00+00:00");
    assert_eq!(z.authors[0].name, "Al Mayadeen English");
    let body = z.content.as_ref().unwrap().body.clone().unwrap();
    assert!(body.contains("A report by Newsweek revealed"), "{body}");
    assert!(
        !body.contains("<script") && !body.contains("onclick") && !body.contains("javascript:"),
        "{body}"
    );
    let c = find("beirut-cafes.html");
    assert_eq!(c.authors[0].name, "Zeinab el-Hajj");
    assert_eq!(c.published.unwrap().to_rfc3339(), "2023-09-02T06:05:00+00:00");
    assert!(c
        .summary
        .as_ref()
        .unwrap()
        .content
        .starts_with("Owners of the old cafés"));
    assert!(find("nato-summit.html")
        .links
        .iter()
        .any(|l| l.href.ends_with("/img/vilnius.jpg")));
}

/// A second seed-shaped site, with no telling class names for the byline
/// and the date, a lazy image, a captioned photo, "Read more", a related box
/// inside the body, tag links, a ticker and a most-read box of the same URL
/// shape as the list.
#[test]
fn a_seed_shaped_site_without_telling_class_names() {
    let server = FixtureServer::start(&fixtures().join("gulf"));
    let feed = zero_selector_feed(&server.url("/world/index.html"), "Asia/Dubai");
    let links: Vec<&str> = feed.entries.iter().map(|e| e.links[0].href.as_str()).collect();
    assert_eq!(
        links,
        [
            server.url("/world/gulf-talks-resume.html"),
            server.url("/world/river-dam-dispute.html")
        ]
    );
    let e = &feed.entries[0];
    assert_eq!(
        e.title.as_ref().unwrap().content,
        "Gulf mediators bring rival delegations back to the table"
    );
    assert_eq!(e.authors[0].name, "Rana Haddad");
    assert_eq!(e.published.unwrap().to_rfc3339(), "2024-03-12T10:05:00+00:00");
    assert!(e
        .summary
        .as_ref()
        .unwrap()
        .content
        .starts_with("Talks between the two delegations resumed"));
    assert!(e
        .links
        .iter()
        .any(|l| l.href == server.url("/img/gulf-talks-resume.jpg")));
    let body = e.content.as_ref().unwrap().body.clone().unwrap();
    for kept in [
        "Mediators from Qatar",
        "Neither delegation",
        "The previous round collapsed",
        "gulf-talks-resume.jpg",
    ] {
        assert!(body.contains(kept), "{kept} missing from {body}");
    }
    for gone in [
        "Read more",
        "Related News",
        "Regional ministers",
        "Tags",
        "/tag/gulf",
        "Most Read",
        "Min Read",
        "Source: Agencies",
        "Delegates at the talks",
        "Flash",
        "spacer.gif",
    ] {
        assert!(!body.contains(gone), "{gone} in {body}");
    }
}

#[test]
fn init_prints_a_block_that_parses_and_reproduces_its_items() {
    let server = FixtureServer::start(&fixtures().join("site"));
    let out = pagefeed()
        .args(["init", "--id", "politics"])
        .arg(server.url("/news/politics.html"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let block = String::from_utf8(out.stdout).unwrap();
    assert!(
        block.contains("item = \".news-list div.card\"") && block.contains("link = \"a.card-link\""),
        "{block}"
    );
    let previewed: Vec<String> = block
        .lines()
        .filter_map(|l| l.strip_prefix("#       "))
        .map(|l| l.trim().to_string())
        .collect();
    assert_eq!(previewed.len(), 6, "{block}");

    // As printed, with a faster pace for the test.
    let (dir, path) = write_config(&format!("[fetch]\nper_host_interval = \"0s\"\n{block}"));
    let check = pagefeed()
        .args(["check", "--config"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let build = pagefeed()
        .args(["build", "--config"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(
        build.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&build.stdout)
    );
    let feed = parse_feed(&dir.path().join("feeds/politics.rss"));
    let mut built: Vec<String> = feed.entries.iter().map(|e| e.links[0].href.clone()).collect();
    built.sort();
    let mut expected: Vec<String> = previewed
        .into_iter()
        .filter(|l| !l.contains("deleted-story"))
        .collect();
    expected.sort();
    assert_eq!(built, expected);

    // --write appends, and refuses an id that is taken.
    let write = |id: &str| {
        pagefeed()
            .args(["init", "--write", "--id", id, "--config"])
            .arg(&path)
            .arg(server.url("/news/politics.html"))
            .output()
            .unwrap()
    };
    assert!(write("second").status.success());
    assert_eq!(pagefeed::config::Config::load(&path).unwrap().feeds.len(), 2);
    let dup = write("second");
    assert!(!dup.status.success());
    assert!(String::from_utf8_lossy(&dup.stderr).contains("used by another feed"));
}

/// Issue 11: a saved page had no `--url`, so its root-relative links became
/// `file:///world/...`; and `# timezone = "Europe/Paris"` read as detected.
#[test]
fn init_reads_a_saved_page_as_the_address_given_with_url() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("world.html");
    std::fs::copy(fixtures().join("site/news/politics.html"), &saved).unwrap();
    let out = pagefeed()
        .args([
            "init",
            "--id",
            "world",
            "--url",
            "https://news.example.org/news/politics.html",
        ])
        .arg(&saved)
        .output()
        .unwrap();
    let block = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        block.contains("url = \"https://news.example.org/news/politics.html\""),
        "{block}"
    );
    assert!(
        block.contains("#       https://news.example.org/news/politics/"),
        "{block}"
    );
    assert!(!block.contains("file:"), "{block}");
    assert!(block.contains("not detected"), "{block}");
}

/// Issue 12: a theme that names its layout for the sidebar (`content-sidebar`
/// on the body, `content-sidebar-wrap`, `span8 right-sidebar`) and puts each
/// title in the post's own `<header>` hid the whole list; the real sidebar's
/// "Recent posts" stays out.
#[test]
fn a_layout_named_for_its_sidebar_is_not_furniture() {
    assert_eq!(
        discovered(
            "listings/layout-sidebar.html",
            "https://allotment.example.org/category/gardening/"
        ),
        [
            "/2016/02/28/runner-beans-in-february/",
            "/2016/02/20/a-compost-bin-from-pallets/",
            "/2016/02/11/pruning-the-old-apple-tree/",
        ]
    );
}

/// Issue 12: a forum's topic table inside the form that sorts and moderates
/// it was taken for furniture (forms were); starter, page and last-post links
/// of each row stay out.
#[test]
fn a_forum_topic_table_inside_a_form() {
    let items = listing(
        &std::fs::read_to_string(fixtures().join("listings/forum-in-a-form.html")).unwrap(),
        "https://forum.example.org/forumdisplay.php?f=1",
    );
    let links = with_query(&items);
    assert_eq!(
        links,
        ["412", "377", "5521", "5519", "5514", "5502"].map(|t| format!("/showthread.php?t={t}"))
    );
}

/// Issue 12: rows of one list told apart by their classes (`cat-list-row0`
/// and `row1`, WordPress's `post-738`) split into groups, so half a list or
/// none of it was found.
#[test]
fn rows_with_alternating_or_numbered_classes_are_one_list() {
    let table = discovered(
        "listings/alternating-rows.html",
        "https://uni.example.edu/index.php/news-events",
    );
    assert_eq!(table.len(), 6, "{table:?}");
    assert!(
        table[0].starts_with("/index.php/news-events/540-")
            && table[5].starts_with("/index.php/news-events/535-")
    );
    assert_eq!(
        discovered("listings/numbered-posts.html", "https://taxi.example.com/"),
        [
            "/fare-meters-compared-petrol-or-diesel/",
            "/five-ways-dispatch-apps-cut-waiting-times/",
            "/what-drivers-asked-us-in-march/"
        ]
    );
}

/// Issue 12: rows of one list whose classes differ (`has_thumb` beside
/// `has_no_thumb`) were two groups, and only the larger was found.
#[test]
fn rows_of_one_shape_with_different_classes_are_one_list() {
    assert_eq!(
        discovered(
            "listings/rows-differing-classes.html",
            "https://forum.example.id/forums/forum/diskusi-blog/"
        ),
        [
            "/forums/topic/saran/",
            "/forums/topic/cara-membuat-laman/",
            "/forums/topic/biaya-domain/",
            "/forums/topic/url-nol/",
            "/forums/topic/pengunjung-israel/"
        ]
    );
}

/// Issue 12: WordPress names each post's category, tags and format in its
/// classes; cards told apart by them were split into one group per
/// category, and a grid of five Japanese headlines gave two.
#[test]
fn cards_whose_classes_name_their_category_are_one_list() {
    assert_eq!(
        discovered(
            "listings/post-classes.html",
            "https://phonelab.example.jp/articles/"
        ),
        [
            "/battery-case-review-1201",
            "/night-mode-tips-1198",
            "/ipad-rumor-roundup-1195",
            "/update-released-1190",
            "/keyboard-privacy-lock-1187"
        ]
    );
}

/// Issue 12: items addressed by a query on the page's own path (an SMF
/// board's `index.php?topic=`, WordPress's `/?p=`) were all skipped as links
/// to the page itself or to the home page: nothing was found. A heading
/// link on that path with other query keys (who is online) is not a topic.
#[test]
fn items_addressed_by_a_query_on_the_pages_own_path() {
    let board = std::fs::read_to_string(fixtures().join("listings/board-topics.html")).unwrap();
    assert_eq!(
        with_query(&listing(
            &board,
            "http://bench.example.org/forum/index.php?board=18.0"
        )),
        ["2210.0", "2204.0", "2199.0", "2190.0"].map(|t| format!("/forum/index.php?topic={t}"))
    );
    let home = r#"<html><body><div class="menu"><a href="/">Home</a> <a href="/?cat=3">Sports</a></div>
        <div class="recent">
        <div class="post"><h3><a href="/?p=128314">Flood drill held in the hill district today</a></h3></div>
        <div class="post"><h3><a href="/?p=128311">Port traffic rises for the third month running</a></h3></div>
        <div class="post"><h3><a href="/?p=128307">University admission tests begin on Saturday</a></h3></div>
        </div></body></html>"#;
    assert_eq!(
        with_query(&listing(home, "http://news.example.net/")),
        ["/?p=128314", "/?p=128311", "/?p=128307"]
    );
}

/// Issue 12: on a home page of sections, each section's teasers sit in
/// different markup; only the biggest section was found. Teasers of one
/// markup (one of them marked up for emphasis) join across sections, in
/// page order; the most-read box and section links stay out.
#[test]
fn a_home_page_of_sections_gives_every_teaser() {
    let found = discovered(
        "listings/multi-section-home.html",
        "https://rundschau.example.de/",
    );
    let ids: Vec<&str> = found
        .iter()
        .map(|p| &p[p.find("article").unwrap() + 7..][..3])
        .collect();
    assert_eq!(
        ids,
        ["101", "102", "103", "104", "105", "106", "107"],
        "{found:?}"
    );
}

fn discovered_urls(file: &str, page: &str) -> Vec<String> {
    let html = std::fs::read_to_string(fixtures().join(file)).unwrap();
    listing(&html, page)
        .iter()
        .map(|a| a.link.as_ref().unwrap().value.to_string())
        .collect()
}

/// Issue 12: on a link blog each headline links to another site and a star
/// is the post's own page; the stars were not read as titles, and links in
/// the posts' running text won instead.
#[test]
fn a_link_blogs_permalink_stars_are_its_items() {
    assert_eq!(
        discovered("listings/link-blog.html", "https://margin.example.org/"),
        [
            "/linked/2025/10/20/satellite-links",
            "/linked/2025/10/18/design-drives-behaviour",
            "/linked/2025/10/17/counterpoint-q3",
            "/linked/2025/10/16/no-power-adapter"
        ]
    );
}

/// Issue 12: a blog of whole posts in hAtom markup whose titles are short
/// and sit in `div.entry-header` (taken for page furniture); the posts'
/// links to other sites won. A post whose title links out gives its own
/// permalink.
#[test]
fn an_hatom_blog_of_whole_posts_with_short_titles() {
    assert_eq!(
        discovered("listings/hatom-blog.html", "https://shoptalk.example.org/"),
        [
            "/2016/02/20/forensics/",
            "/2015/12/29/strapped-in/",
            "/2015/12/28/the-new-ipod/",
            "/2015/11/19/clicker-1-1/"
        ]
    );
}

/// Issue 12: an aggregator's row titles link to other sites; the rows'
/// user, domain and comment links on the aggregator are not the items.
#[test]
fn an_aggregators_title_links_to_other_sites_are_its_items() {
    assert_eq!(
        discovered_urls("listings/aggregator.html", "https://lobby.example.com/"),
        [
            "https://engineering.example.com/2024/05/rewriting-the-scheduler",
            "https://blog.example.org/posts/why-sqlite-is-enough",
            "https://papers.example.edu/2024/typed-holes.pdf",
            "https://www.example.net/notes/terminal-colours"
        ]
    );
}

/// Issue 12: a forum board whose jump list (a tree of nested lists, more
/// links than the board has threads) won over the thread titles, and whose
/// help and mark-read links joined as if they were featured threads.
#[test]
fn a_forums_jump_list_and_board_links_are_not_threads() {
    assert_eq!(
        discovered(
            "listings/board-with-jump-list.html",
            "https://forum.example.de/f42-bestellungen"
        ),
        [
            "/t93170-vorgangsnummer-fehlt-in-der-mail.html",
            "/t93166-lieferung-unvollstaendig.html",
            "/t93161-rechnung-als-pdf.html",
            "/t93150-paket-beschaedigt.html"
        ]
    );
}

/// Issue 12: an events calendar's venue links ("Harbour Main Public
/// Library") read as titles and sit in rows of the list's shape; they
/// joined the list as if they were events.
#[test]
fn an_events_venue_links_are_not_events() {
    let html = std::fs::read_to_string(fixtures().join("listings/events-calendar.html")).unwrap();
    let items = listing(&html, "https://events.example.com/events");
    let links = with_query(&items);
    assert_eq!(
        links,
        [
            "/event/spring-plant-sale-botanical-garden?date=1458144000",
            "/event/jazz-night-old-customs-house?date=1458230400",
            "/event/lent-services-wednesdays-grace-church?date=1458316800",
            "/event/book-swap-main-library?date=1458403200"
        ]
    );
}

/// Issue 12: a board's pinned threads, marked up with a class of their own
/// or in a list of their own, and titled in one or two words ("Rules", "New
/// Bike"), were left out: a row of another group joined only with a
/// headline of three words.
#[test]
fn pinned_threads_with_short_titles_join_the_board() {
    let row = |class: &str, id: u32, title: &str| {
        format!(
            r#"<li class="threadbit {class}"><div class="inner"><h3 class="threadtitle"><a class="title" href="/board/{id}-t.html">{title}</a></h3>
            <div class="author">Started by <a href="/members/{id}.html">member{id}</a>, 2 days ago</div></div>
            <div class="lastpost"><a href="/board/{id}-t.html#last">Last post</a></div></li>"#
        )
    };
    let html = format!(
        r#"<html><body><div class="nav"><a href="/">Home</a> <a href="/board/">Board</a></div><ol class="threads">{}{}{}{}{}</ol></body></html>"#,
        row("announcement", 2060, "Rules"),
        row("pinned", 28544, "New Bike"),
        row("normal", 70001, "Fuel pump whine after the service"),
        row("normal", 70002, "Best tyres for wet tracks this winter"),
        row("normal", 70003, "Selling my old exhaust, offers welcome"),
    );
    let board = [
        "/board/2060-t.html",
        "/board/28544-t.html",
        "/board/70001-t.html",
        "/board/70002-t.html",
        "/board/70003-t.html",
    ];
    assert_eq!(paths(&listing(&html, "https://cars.example.au/board/")), board);
    // vBulletin also puts the stickies in a list of their own above.
    let html = format!(
        r#"<html><body><div class="nav"><a href="/">Home</a> <a href="/board/">Board</a></div><ol id="stickies" class="stickies">{}{}</ol><ol id="threads" class="threads">{}{}{}</ol></body></html>"#,
        row("normal", 2060, "Rules"),
        row("normal", 28544, "New Bike"),
        row("normal", 70001, "Fuel pump whine after the service"),
        row("normal", 70002, "Best tyres for wet tracks this winter"),
        row("normal", 70003, "Selling my old exhaust, offers welcome"),
    );
    assert_eq!(paths(&listing(&html, "https://cars.example.au/board/")), board);
}

/// Issue 12: now that links to other sites can make a list, a box of paid
/// teasers for other sites ("Around the web", a Taboola widget) must not win
/// over a short list of the site's own stories.
#[test]
fn paid_teasers_for_other_sites_are_not_the_list() {
    let teasers = |n: usize| -> String {
        (0..n)
            .map(|i| {
                format!(
                    "<div class=\"item\"><a href=\"https://ads{i}.example.net/offer?id={i}\"><span class=\"title\">You will not believe what this gadget number {i} can do</span></a></div>"
                )
            })
            .collect()
    };
    for widget in [
        format!(
            "<div id=\"taboola-below-article-thumbnails\">{}</div>",
            teasers(9)
        ),
        format!("<div class=\"box\"><h3>Around the web</h3>{}</div>", teasers(9)),
    ] {
        let html = format!(
            r#"<html><body><div class="nav"><a href="/">Home</a></div><div class="stories">
            <div class="story"><h2><a href="/2024/05/01/harbour-reopens">The harbour reopens after the storm</a></h2></div>
            <div class="story"><h2><a href="/2024/04/30/council-budget">Council agrees on next year's budget</a></h2></div>
            <div class="story"><h2><a href="/2024/04/29/school-run">A new bus line for the school run</a></h2></div>
            </div>{widget}</body></html>"#
        );
        assert_eq!(
            paths(&listing(&html, "https://town.example.org/news/")),
            [
                "/2024/05/01/harbour-reopens",
                "/2024/04/30/council-budget",
                "/2024/04/29/school-run"
            ],
            "{widget}"
        );
    }
}

/// Issue 12: a box of other blogs' latest posts (each on its own site, all
/// of one path shape) is not one list shape the way a site's own
/// `/2024/05/...` links are; the blog's own posts win.
#[test]
fn other_sites_latest_posts_do_not_share_one_shape() {
    let others: String = (0..10)
        .map(|i| {
            format!(
                "<li><a href=\"https://blog{i}.example.net/2024/05/0{}/a-post-about-gardens-{i}/\">Another gardener writes about her beds, part {i}</a></li>",
                i % 9 + 1
            )
        })
        .collect();
    let html = format!(
        r#"<html><body><div class="site-title"><a href="/">Plot 42</a></div>
        <div class="posts">
        <div class="post"><h2><a href="/2024/05/03/runner-beans/">Runner beans, at last</a></h2><p>They came up.</p></div>
        <div class="post"><h2><a href="/2024/04/28/the-new-shed/">The new shed is up</a></h2><p>It leans.</p></div>
        <div class="post"><h2><a href="/2024/04/20/compost-again/">Compost, again</a></h2><p>It steams.</p></div>
        <div class="post"><h2><a href="/2024/04/11/frost-in-april/">Frost in April</a></h2><p>It bites.</p></div>
        </div>
        <div class="blogroll-box"><h4>Friends</h4><ul>{others}</ul></div></body></html>"#
    );
    assert_eq!(
        paths(&listing(&html, "https://plot42.example.org/")),
        [
            "/2024/05/03/runner-beans/",
            "/2024/04/28/the-new-shed/",
            "/2024/04/20/compost-again/",
            "/2024/04/11/frost-in-april/"
        ]
    );
}

/// Issue 12: a list whose rows open with their link and go on to describe
/// it in plain text (a bookmark or "awesome" list) is a list, not links in
/// running text.
#[test]
fn rows_that_describe_their_link_are_a_list_not_prose() {
    let rows: String = [
        ("quiet-keyboards", "Quiet keyboards for open offices"),
        ("desk-lamps", "Desk lamps that do not flicker"),
        ("standing-mats", "Standing mats, tested for a month"),
        ("cable-trays", "Cable trays under the desk"),
        ("monitor-arms", "Monitor arms for heavy screens"),
    ]
    .iter()
    .map(|(slug, title)| {
        format!(
            "<li><a href=\"/picks/{slug}/\">{title}</a> – what we liked, what we did not, and which of the ones we tried we would buy again with our own money.</li>"
        )
    })
    .collect();
    let html = format!(
        r#"<html><body><div class="top"><a href="/">Desk Notes</a></div>
        <ul class="picks">{rows}</ul>
        <div class="more"><a href="/about-the-desk-notes-team/">About the Desk Notes team</a> <a href="/how-we-test-things/">How we test the things</a>
        <a href="/write-for-desk-notes/">Write for Desk Notes today</a> <a href="/advertise-with-us-here/">Advertise with us here</a>
        </div>
        </body></html>"#
    );
    let found = paths(&listing(&html, "https://desknotes.example.org/picks/"));
    assert_eq!(found.len(), 5, "{found:?}");
    assert!(found.iter().all(|p| p.starts_with("/picks/")), "{found:?}");
}

/// Issue 12: teasers join across sections only inside the page's `<main>`
/// when the list is there: a box of the same markup outside it (the whole
/// site's latest stories beside a section) stays out.
#[test]
fn teasers_outside_main_do_not_join_a_list_in_main() {
    let teaser = |section: &str, slug: &str, title: &str| {
        format!(
            r#"<div class="teaser"><div class="teaser__body"><h3 class="teaser__title"><a class="teaser__link" href="/{section}/{slug}.html">{title}</a></h3></div></div>"#
        )
    };
    let html = format!(
        r#"<html><body><div class="top"><a href="/">Home</a></div>
        <main><div class="section-list">{}{}{}</div></main>
        <div class="box-latest"><h2>Latest</h2>{}{}</div></body></html>"#,
        teaser("sport", "cup-final", "The cup final goes to extra time"),
        teaser("sport", "new-coach", "A new coach for the national team"),
        teaser("sport", "marathon", "Marathon record falls in the rain"),
        teaser("money", "rates", "Rates stay where they were in May"),
        teaser("culture", "festival", "The film festival opens on Friday"),
    );
    assert_eq!(
        paths(&listing(&html, "https://daily.example.org/sport/")),
        [
            "/sport/cup-final.html",
            "/sport/new-coach.html",
            "/sport/marathon.html"
        ]
    );
}

/// Issue 12: an archive that groups its posts under month headings in
/// nested lists is a list, not a menu's tree (the month says nothing a
/// menu item would).
#[test]
fn an_archive_grouped_by_month_in_nested_lists() {
    let month = |name: &str, posts: &[(&str, &str)]| -> String {
        let items: String = posts
            .iter()
            .map(|(slug, title)| format!("<li><a href=\"/archive/{slug}/\">{title}</a></li>"))
            .collect();
        format!("<li><strong>{name}</strong><ul>{items}</ul></li>")
    };
    let html = format!(
        r#"<html><body><div class="top"><a href="/">Field Notes</a></div>
        <ul class="archive">{}{}</ul>
        <div class="cats"><a href="/topics/birds-of-the-coast/">Birds of the coast</a> <a href="/topics/trees-and-woodland/">Trees and woodland</a>
        <a href="/topics/insects-in-the-garden/">Insects in the garden</a> <a href="/topics/weather-and-seasons/">Weather and seasons</a></div>
        </body></html>"#,
        month(
            "March 2024",
            &[
                ("first-swallows", "The first swallows are back"),
                ("frogspawn", "Frogspawn in the old pond")
            ]
        ),
        month(
            "February 2024",
            &[
                ("snowdrops", "Snowdrops under the beeches"),
                ("storm-damage", "Counting the storm damage")
            ]
        ),
    );
    assert_eq!(
        paths(&listing(&html, "https://fieldnotes.example.org/archive/")),
        [
            "/archive/first-swallows/",
            "/archive/frogspawn/",
            "/archive/snowdrops/",
            "/archive/storm-damage/"
        ]
    );
}

/// Issue 12: a page read at `site.org` whose links say `www.site.org` is
/// one site: its featured story above the list joins as for any site.
#[test]
fn www_or_not_is_one_site() {
    let html = r#"<html><body><div class="top"><a href="https://www.harbour.example.org/">Home</a></div>
        <div class="lead"><h2><a href="https://www.harbour.example.org/news/2024/05/ferry-timetable">The summer ferry timetable is out</a></h2></div>
        <ul class="list">
        <li><a href="https://www.harbour.example.org/news/2024/05/pier-repairs">Pier repairs start next week</a></li>
        <li><a href="https://www.harbour.example.org/news/2024/05/lifeboat-day">Lifeboat day raises a record sum</a></li>
        <li><a href="https://www.harbour.example.org/news/2024/04/new-moorings">New moorings for small boats</a></li>
        </ul></body></html>"#;
    assert_eq!(
        paths(&listing(html, "https://harbour.example.org/news/")),
        [
            "/news/2024/05/ferry-timetable",
            "/news/2024/05/pier-repairs",
            "/news/2024/05/lifeboat-day",
            "/news/2024/04/new-moorings"
        ]
    );
}

/// Issue 12: a list's subscription link at its foot, in the rows' own
/// markup, is not an item.
#[test]
fn a_trailing_rss_link_is_not_an_item() {
    let html = r#"<html><body><div class="top"><a href="/">Notes</a></div><ul class="posts">
        <li><a href="/notes/2024/05/a-week-of-rain">A week of rain in the hills</a></li>
        <li><a href="/notes/2024/05/the-old-mill">The old mill is for sale</a></li>
        <li><a href="/notes/2024/04/spring-fair">The spring fair, in pictures</a></li>
        <li><a href="/notes/feed/">Subscribe via RSS</a></li>
        </ul></body></html>"#;
    assert_eq!(
        paths(&listing(html, "https://notes.example.org/notes/")),
        [
            "/notes/2024/05/a-week-of-rain",
            "/notes/2024/05/the-old-mill",
            "/notes/2024/04/spring-fair"
        ]
    );
}

/// Issue 12: `init` names the page's other lists, and `--pick N` writes a
/// block whose selectors find that list.
#[test]
fn init_lists_the_other_lists_and_pick_writes_one() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("home.html");
    let stories: String = ["harbour-reopens", "council-votes-budget", "rail-strike-ends", "new-bridge-opens"]
        .iter()
        .map(|s| format!("<article class=\"story\"><h2><a href=\"/news/2024/05/{s}\">The {} story of the day</a></h2><time datetime=\"2024-05-01\">1 May</time></article>", s.replace('-', " ")))
        .collect();
    let videos: String = ["storm-footage", "mayor-interview", "match-highlights"]
        .iter()
        .map(|v| {
            format!(
                "<li class=\"clip\"><a href=\"/video/{v}\">Watch the {} video clip</a></li>",
                v.replace('-', " ")
            )
        })
        .collect();
    std::fs::write(
        &page,
        format!("<html><body><main>{stories}</main><section class=\"videos\"><ul class=\"clips\">{videos}</ul></section></body></html>"),
    )
    .unwrap();
    let init = |extra: &[&str]| {
        let out = pagefeed()
            .args(["init", "--id", "home", "--url", "https://town.example.org/"])
            .args(extra)
            .arg(&page)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let first = init(&[]);
    assert!(
        first.contains("#       https://town.example.org/news/2024/05/harbour-reopens"),
        "{first}"
    );
    assert!(
        first.contains("--pick 2: 3 links, /video/storm-footage, /video/mayor-interview"),
        "{first}"
    );
    let second = init(&["--pick", "2"]);
    let config = pagefeed::config::Config::parse(&second, std::path::Path::new("config.toml")).unwrap();
    let html = std::fs::read_to_string(&page).unwrap();
    let items = extract_listing(
        &Html::parse_document(&html),
        &Url::parse("https://town.example.org/").unwrap(),
        &config.feeds[0].list,
        Tz::UTC,
    );
    assert_eq!(
        paths(&items),
        [
            "/video/storm-footage",
            "/video/mayor-interview",
            "/video/match-highlights"
        ]
    );
}
