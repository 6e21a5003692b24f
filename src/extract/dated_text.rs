//! The page's date where no metadata gives it: after a label in the text
//! ("Published: 12 March 2024", "公開日：2019年4月2日", `<dt>Datum</dt><dd>...`),
//! or in a script's app state (`"datePublished":"..."`).

use crate::extract::html::Tagged;
use std::sync::LazyLock;

use regex::Regex;
use scraper::{Html, Node};

use super::date::{self, Dated, Zone};

/// Labels that introduce a publication date, lowercase. Hand-written: the
/// words pages use, in the languages of the corpora pagefeed is checked on.
const PUBLISHED: &[&str] = &[
    "published",
    "first published",
    "originally published",
    "posted",
    "release date",
    "released",
    "date:",
    "datum",
    "veröffentlicht",
    "veröffentlichung",
    "erschienen",
    "artikel wurde am",
    "beitrag wurde am",
    "eintrag wurde am",
    "erstellt am",
    "geschrieben am",
    "verfasst am",
    "artikel vom",
    "beitrag vom",
    "posté le",
    "mis en ligne le",
    "écrit le",
    "escrito el",
    "scritto il",
    "publié",
    "publicado",
    "publicada",
    "pubblicato",
    "gepubliceerd",
    "opublikowano",
    "publicat",
    "publicerad",
    "publicerat",
    "udgivet",
    "publisert",
    "julkaistu",
    "zveřejněno",
    "publikováno",
    "опубликовано",
    "дата публикации",
    "опубліковано",
    "δημοσιεύθηκε",
    "diterbitkan",
    "dipublikasikan",
    "yayımlama tarihi",
    "yayın tarihi",
    "yayınlanma tarihi",
    "公開日",
    "配信開始日",
    "配信日",
    "掲載日",
    "投稿日",
    "発表日",
    "発行日",
    "发布时间",
    "发布日期",
    "發布時間",
    "发表于",
    "작성일",
    "등록일",
    "입력",
];

/// Labels that introduce a date of change: used only when no publication label is found.
const UPDATED: &[&str] = &[
    "updated",
    "last updated",
    "modified",
    "aktualisiert",
    "stand:",
    "mis à jour",
    "actualizado",
    "aggiornato",
    "bijgewerkt",
    "laatst bijgewerkt",
    "laatste update",
    "gewijzigd",
    "zaktualizowano",
    "aktualizováno",
    "обновлено",
    "оновлено",
    "päivitetty",
    "uppdaterad",
    "opdateret",
    "oppdatert",
    "güncelleme",
    "güncellenme",
    "diperbarui",
    "ενημερώθηκε",
    "最終更新日",
    "更新日",
    "更新时间",
    "수정",
];

/// Labels that follow the date they introduce (Turkish "05.05.2020
/// tarihinde yayınlandı", Japanese "2019年4月2日 公開"), lowercase:
/// publication first, then change, as above.
const PUBLISHED_AFTER: &[&str] = &[
    "tarihinde yayımlandı",
    "tarihinde yayınlandı",
    "'de yayınlandı",
    "に公開",
    " 公開",
    " 发布",
    " 작성",
];
const UPDATED_AFTER: &[&str] = &[
    "tarihinde güncellendi",
    "'de güncellendi",
    "'da güncellendi",
    "に更新",
    " 更新",
];

/// How far after a label its date may sit, in characters.
const REACH: usize = 60;

/// Whether a line opens with a label of one of `lists`, in any case.
fn opens_with(line: &str, lists: &[&[&str]]) -> bool {
    let lower = line.trim_start().to_lowercase();
    lists.iter().flat_map(|l| l.iter()).any(|l| lower.starts_with(l))
}

/// Whether a line opens with a publication or change label ("Published",
/// "Posted on", "Updated: ...").
pub fn opens_with_label(line: &str) -> bool {
    opens_with(line, &[PUBLISHED, UPDATED])
}

/// Whether a line opens with a publication label ("First published on
/// ...", "Published: ...").
pub fn opens_with_publication(line: &str) -> bool {
    opens_with(line, &[PUBLISHED])
}

/// Whether a line opens with a change label ("Mis à jour le 1 octobre
/// 2018", "Updated: ..."): its date is not the publication's.
pub fn opens_with_update(line: &str) -> bool {
    opens_with(line, &[UPDATED])
}

/// The part of a short text that gives the publication where it gives
/// a change too: from the publication label on ("Updated March 9, 2024 ·
/// Published March 4, 2024"), or up to the change label ("Publié le 04
/// mars 2021 à 10h30 - Mis à jour le 05 mars 2021", whose last words are
/// the change's day); any other text as it is.
pub fn publication_part(text: &str) -> std::borrow::Cow<'_, str> {
    let lower = text.to_lowercase();
    let first = |labels: &[&str]| labels.iter().filter_map(|l| lower.find(l)).min();
    match (first(UPDATED), first(PUBLISHED)) {
        (Some(u), Some(p)) if u < p => std::borrow::Cow::Owned(lower[p..].to_string()),
        // A date, then a change label ("4 maart 2021 10:30 Laatst
        // bijgewerkt: 6 maart 2021"): the first is the publication's.
        (Some(u), p) if p.is_some() || lower[..u].contains(|c: char| c.is_ascii_digit()) => {
            let part = lower[..u].trim_end_matches(|c: char| c.is_whitespace() || "-–—·|,;/(".contains(c));
            std::borrow::Cow::Owned(part.to_string())
        }
        _ => std::borrow::Cow::Borrowed(text),
    }
}

/// The first date after a publication label, else after a change label.
pub fn labelled(doc: &Html, zone: Zone) -> Option<Dated> {
    // A page's footer ("Site last updated ..."), its navigation and its
    // readers' comments ("Posted on ...") date other things.
    let texts = visible_texts(doc, true, true);
    for (labels, after) in [(PUBLISHED, PUBLISHED_AFTER), (UPDATED, UPDATED_AFTER)] {
        // A date just before a label that follows it.
        for text in &texts {
            let lower = text.to_lowercase();
            let Some(at) = after.iter().filter_map(|l| lower.find(l)).min() else {
                continue;
            };
            let before: String = lower[..at]
                .chars()
                .rev()
                .take(REACH)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            if let Some(d) = date::parse_date(&before, zone) {
                return Some(d);
            }
        }
        for (i, text) in texts.iter().enumerate() {
            let lower = text.to_lowercase();
            let Some(end) = labels
                .iter()
                .filter_map(|l| lower.find(l).map(|at| at + l.len()))
                .min()
            else {
                continue;
            };
            // The rest of this text and the next two (`<dt>Label</dt><dd>date</dd>`).
            let rest = lower.get(end..).unwrap_or_default();
            let mut window = rest.to_string();
            for next in texts.iter().skip(i + 1).take(2) {
                window.push(' ');
                window.push_str(next);
            }
            let window: String = window.chars().take(REACH).collect();
            if let Some(d) = date::parse_date(&window, zone) {
                return Some(d);
            }
        }
    }
    None
}

/// The page's one date: where a single day stands alone as the whole of
/// some short texts ("2019.03.05" in a table cell) and no other day does,
/// that day. Two days, or none, and nothing is said.
pub fn lone_date(doc: &Html, zone: Zone) -> Option<Dated> {
    let mut found: Option<Dated> = None;
    // A link's day is another page's (a teaser's, an archive's).
    for text in visible_texts(doc, true, false) {
        // Every date has digits: most texts are out before any parsing.
        if text.len() > 120
            || !text.bytes().any(|b| b.is_ascii_digit())
            || text.chars().count() > 40
            || !text.starts_with(|c: char| c.is_ascii_digit() || c.is_alphabetic())
        {
            continue;
        }
        // A day alone, or after one short word ("Le 26 juin 2019", "On May 4, 2021").
        let after_word = text
            .split_once(' ')
            .filter(|(w, _)| w.chars().count() <= 3 && w.chars().all(char::is_alphabetic))
            .map(|(_, rest)| rest);
        let Some(d) = date::parse_whole(&text, zone).or_else(|| date::parse_whole(after_word?, zone)) else {
            continue;
        };
        match &found {
            Some(f) if f.date_naive() != d.date_naive() => return None,
            Some(_) => {}
            None => found = Some(d),
        }
    }
    found
}

/// Text nodes outside scripts and styles, trimmed, in document order; at
/// most a few thousand, which is more than any date hides behind. With
/// `own`, only the page's own text: not in its navigation, in a footer
/// other than an article's own, nor in a block named for comments; without
/// `links`, none in a link.
fn visible_texts(doc: &Html, own: bool, links: bool) -> Vec<String> {
    let mut out = Vec::new();
    for node in doc.tree.root().descendants() {
        let Node::Text(t) = node.value() else {
            continue;
        };
        let (mut hidden, mut footer, mut in_article) = (false, false, false);
        for a in node.ancestors() {
            let Some(e) = a.value().as_element() else {
                continue;
            };
            match e.name() {
                "script" | "style" | "noscript" | "template" => hidden = true,
                "nav" if own => hidden = true,
                "a" if !links => hidden = true,
                "footer" => footer = true,
                // The footer below is the article's own ("Posted on ... by ..."),
                // and what holds the article is no comment ("PageArticle_commentHeader").
                "article" | "main" => (footer, in_article) = (false, true),
                _ => {}
            }
            // A word that begins with "comment" ("comments", "comment-list"),
            // not one inside a word ("ArticleHeaderComment": an opinion piece's).
            let comments = || crate::extract::html::word_begins_with(e, &["class", "id"], "comment");
            // (The page's `<body>` names what the site offers: "comment_feature".)
            if hidden || (own && !in_article && !matches!(e.name(), "body" | "html") && comments()) {
                hidden = true;
                break;
            }
        }
        let hidden = hidden || (own && footer);
        let t = t.trim();
        if !hidden && !t.is_empty() {
            out.push(t.to_string());
            if out.len() >= 5_000 {
                break;
            }
        }
    }
    out
}

/// Every script: app state, and JSON-LD too broken to parse (a valid
/// one has given its date before this is asked).
static SCRIPT: LazyLock<Tagged> = LazyLock::new(|| Tagged::new(&["script"], "script"));
static STATE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?i)["']?(?:datePublished|publishDate|publishedAt|published_at|pub_date|publicationDate|firstPublished(?:Date)?|date_published|publishTime|published_time)["']?\s*[:=]\s*["']([^"']{8,40})["']"#,
    )
    .unwrap()
});

/// A publication date in a script's app state (`window.__STATE__ = {...}`).
pub fn in_scripts(doc: &Html, zone: Zone) -> Option<Dated> {
    SCRIPT
        .all(doc)
        .flat_map(|s| s.text().map(str::to_string).collect::<Vec<_>>())
        .find_map(|text| {
            STATE_DATE
                .captures_iter(&text)
                .find_map(|c| date::parse_date(&c[1], zone))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_walk_finds_what_scraper_finds() {
        crate::extract::html::assert_walks_as_select(&SCRIPT);
    }

    fn day(html: &str, find: fn(&Html, Zone) -> Option<Dated>) -> Option<String> {
        find(&Html::parse_document(html), chrono_tz::Tz::UTC.into()).map(|d| d.date_naive().to_string())
    }

    #[test]
    fn dates_after_labels_in_many_languages() {
        for (html, want) in [
            (
                "<p><strong>Release date</strong> : <b>1996-11-08</b></p>",
                "1996-11-08",
            ),
            (
                r#"<div class="post-footer">Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von <a href="/a">Anna</a> geschrieben.</div>"#,
                "2015-12-14",
            ),
            ("<p>Mis en ligne le 3 mars 2021</p>", "2021-03-03"),
            ("<dl><dt>配信開始日</dt><dd>2019/3/5</dd></dl>", "2019-03-05"),
            ("<div>最終更新日：2019年4月2日</div>", "2019-04-02"),
            (
                "<p>Veröffentlicht am 10. September 2017, 10:30 Uhr</p>",
                "2017-09-10",
            ),
            ("<p>Publié le mardi 5 juin 2018</p>", "2018-06-05"),
            ("<span>Publicado el 5 de junio de 2018</span>", "2018-06-05"),
            ("<p>Stand: 25.08.2015 22:30</p>", "2015-08-25"),
            ("<p><em>Yayımlama tarihi: 05.05.2020</em></p>", "2020-05-05"),
            ("<p><em>Son güncelleme: 5/5/20</em></p>", "2020-05-05"),
            ("<p>Опубликовано: 4 марта 2021, 14:30</p>", "2021-03-04"),
            ("<p>Publicerad 12 maj 2020</p>", "2020-05-12"),
            ("<p><em>05.05.2020 tarihinde yayınlandı.</em></p>", "2020-05-05"),
            ("<p><em>5/5/20'de güncellendi.</em></p>", "2020-05-05"),
            ("<span>2019年4月2日 公開</span>", "2019-04-02"),
            (
                "<p>Zuletzt aktualisiert: 14.03.2021 · Erstveröffentlichung: 12.03.2021</p>",
                "2021-03-12",
            ),
            ("<p>Publikováno 12. 3. 2021</p>", "2021-03-12"),
        ] {
            assert_eq!(day(html, labelled).as_deref(), Some(want), "{html}");
        }
        assert_eq!(
            publication_part("Updated March 9, 2024 · Published March 4, 2024"),
            "published march 4, 2024"
        );
        assert_eq!(
            publication_part("Published March 4 · Updated March 9"),
            "published march 4"
        );
        assert_eq!(publication_part("Posted March 4"), "Posted March 4");
        // A day, then a change label: the day before it.
        assert_eq!(
            publication_part("4 maart 2021 10:30 Laatst bijgewerkt: 6 maart 2021 08:12"),
            "4 maart 2021 10:30"
        );
        // A change label after words with no day in them: the text whole.
        assert_eq!(
            publication_part("By Ann Lee, updated March 6"),
            "By Ann Lee, updated March 6"
        );
        // A publication label wins over an earlier change label.
        assert_eq!(
            day("<p>Updated 3 May 2020</p><p>Published 1 May 2020</p>", labelled).as_deref(),
            Some("2020-05-01")
        );
        assert_eq!(day("<p>Nothing dated here, 42 times.</p>", labelled), None);
        // Other things' dates: the site's footer, a reader's comment, the
        // navigation. An article's own footer, and a commentary's header
        // ("ArticleHeaderComment"), date the article.
        let post = |rest: &str| format!("<main><article><h1>A post</h1><p>Text.</p>{rest}</article></main>");
        for page in [
            format!(
                "{}<footer><p>Site last updated January 2, 2023</p></footer>",
                post("")
            ),
            format!(
                "{}<div id=\"comments\"><ol><li>Posted on March 5, 2024 by Tom</li></ol></div>",
                post("")
            ),
            format!(
                "<nav>Published: 1 May 2020 <a href=\"/\">Home</a></nav>{}",
                post("")
            ),
        ] {
            assert_eq!(day(&page, labelled), None, "{page}");
        }
        assert_eq!(
            day(
                &post("<footer class=\"entry-footer\">Posted on March 4, 2024 by Ann</footer>"),
                labelled
            )
            .as_deref(),
            Some("2024-03-04")
        );
        assert_eq!(
            day(
                "<div class=\"PageArticle_commentHeader\"><article class=\"ArticleHeaderComment\"><p>Published 29 January 2019</p></article></div>",
                labelled
            )
            .as_deref(),
            Some("2019-01-29")
        );
        // A reader's comment is no day standing alone.
        assert_eq!(
            day(
                &post("<div class=\"comment-list\"><span>March 5, 2024</span></div>"),
                lone_date
            ),
            None
        );
    }

    #[test]
    fn a_day_standing_alone_once_is_the_pages_date() {
        let page =
            |cells: &str| format!("<h1>Printer driver 2.1</h1><table><tr><td>{cells}</td></tr></table>");
        assert_eq!(
            day(&page("<p>2019.03.05</p><p>Windows 10</p>"), lone_date).as_deref(),
            Some("2019-03-05")
        );
        assert_eq!(
            day(r#"<div class="spip">Le 26 juin 2019</div>"#, lone_date).as_deref(),
            Some("2019-06-26")
        );
        assert_eq!(day("<p>Released in 26 June 2019</p>", lone_date), None);
        // The same day twice is still one day.
        assert_eq!(
            day(&page("<p>2019-04-24</p><p>2019-04-24</p>"), lone_date).as_deref(),
            Some("2019-04-24")
        );
        // Two days: which one is the page's is not known.
        assert_eq!(day(&page("<p>2019.03.05</p><p>2019.04.01</p>"), lone_date), None);
        // A date among words is not a date standing alone.
        assert_eq!(
            day(&page("<p>Fixed on 2019.03.05 for all models</p>"), lone_date),
            None
        );
    }

    #[test]
    fn dates_in_app_state() {
        let html = r#"<script>window.__DATA__ = {"post": {"pub_date": "2017-03-09T16:21:24Z"}};</script>"#;
        assert_eq!(day(html, in_scripts).as_deref(), Some("2017-03-09"));
        assert_eq!(day("<script>var x = 1;</script>", in_scripts), None);
        // JSON-LD cut short: no parser reads it, its date is still there.
        let html = r#"<script type="application/ld+json">{"@type":"BlogPosting","datePublished":"2016-03-08"</script>"#;
        assert_eq!(day(html, in_scripts).as_deref(), Some("2016-03-08"));
    }
}
