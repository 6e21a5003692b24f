//! Extraction quality on public corpora with ground truth.
//!
//! cargo run --release --example eval -- ../shared/corpus/scrapinghub ../shared/corpus/readability
//!
//! - A folder with `ground-truth.json` and `html/<key>.html.gz` (ScrapingHub's
//!   article-extraction-benchmark): the article body, scored as that benchmark
//!   does: word 4-shingles of both texts, precision, recall and F1 per page,
//!   averaged over pages; and pages per second on one core.
//! - A folder of `<name>/source.html` + `expected-metadata.json` (Mozilla
//!   Readability's test pages): per-field accuracy of title, author, date
//!   and summary.
//!
//! - A folder with `truth.json` and `pages/<name>.html.gz` (the multilingual
//!   article set): title, author, date, body and body start, each scored as
//!   that folder's README says, overall and per language.
//!
//! All run pagefeed's own extraction with no rules, as a zero-selector feed does.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;
use std::time::{Duration, Instant};

use chrono_tz::Tz;
use pagefeed::config::ArticleRules;
use pagefeed::extract::{self, html, Article};
use url::Url;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        eprintln!(
            "usage: eval CORPUS_DIR...  (e.g. ../shared/corpus/scrapinghub ../shared/corpus/readability)"
        );
        std::process::exit(2);
    }
    for dir in args {
        let dir = Path::new(&dir);
        if dir.join("ground-truth.json").exists() {
            body(dir);
        } else if dir.join("truth.json").exists() {
            articles(dir);
        } else {
            metadata(dir);
        }
    }
}

/// A corpus page's bytes; None when the corpus lacks the file.
fn gunzip(path: &Path) -> Option<Vec<u8>> {
    let file = std::fs::File::open(path).ok()?;
    let mut raw = Vec::new();
    flate2::read::GzDecoder::new(file).read_to_end(&mut raw).unwrap();
    Some(raw)
}

fn extract_page(html_text: &str, url: &Url) -> Article {
    let (mut doc, _) = extract::parse_page(html_text);
    extract::extract_article(&mut doc, url, &ArticleRules::default(), Tz::UTC)
}

/// Lowercase word tokens, as the benchmark splits them; a soft hyphen
/// (U+00AD) joins the parts of its word, as a reader sees them (the
/// ScrapingHub truth keeps them in its text).
fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\u{AD}')
        .map(|t| match t.contains('\u{AD}') {
            true => t.replace('\u{AD}', "").to_lowercase(),
            false => t.to_lowercase(),
        })
        .filter(|t| !t.is_empty())
        .collect()
}

fn shingles(text: &str) -> HashMap<Vec<String>, usize> {
    let t = tokens(text);
    let mut out = HashMap::new();
    if t.is_empty() {
        return out;
    }
    let n = 4.min(t.len());
    for w in t.windows(n) {
        *out.entry(w.to_vec()).or_insert(0) += 1;
    }
    out
}

/// Precision and recall of `predicted` against `truth` over shingle multisets.
fn precision_recall(predicted: &str, truth: &str) -> (f64, f64) {
    let (p, t) = (shingles(predicted), shingles(truth));
    let (np, nt): (usize, usize) = (p.values().sum(), t.values().sum());
    if np == 0 && nt == 0 {
        return (1.0, 1.0);
    }
    let common: usize = p.iter().map(|(k, n)| (*n).min(*t.get(k).unwrap_or(&0))).sum();
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    (ratio(common, np), ratio(common, nt))
}

fn body(dir: &Path) {
    let truth: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("ground-truth.json")).expect("ground-truth.json"))
            .unwrap();
    let truth = truth.as_object().unwrap();
    let (mut sum_p, mut sum_r, mut sum_f, mut n) = (0.0, 0.0, 0.0, 0usize);
    let mut spent = Duration::ZERO;
    let mut worst: Vec<(f64, String)> = Vec::new();
    for (key, entry) in truth {
        let path = dir.join("html").join(format!("{key}.html.gz"));
        let Some(raw) = gunzip(&path) else {
            continue;
        };
        let page = String::from_utf8_lossy(&raw);
        let url = Url::parse(entry["url"].as_str().unwrap_or("http://example.org/")).unwrap();
        let start = Instant::now();
        let article = extract_page(&page, &url);
        let text = article
            .content_html
            .as_ref()
            .map(|c| html::html_to_text(&c.value))
            .unwrap_or_default();
        spent += start.elapsed();
        let (p, r) = precision_recall(&text, entry["articleBody"].as_str().unwrap_or(""));
        let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        sum_p += p;
        sum_r += r;
        sum_f += f;
        n += 1;
        if std::env::var_os("EVAL_DUMP").is_some() {
            // Under target/, whatever EVAL_DUMP says: the texts come from
            // the corpus, which is read by path and never goes into the repo.
            let dump = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/eval-dump");
            std::fs::create_dir_all(&dump).unwrap();
            std::fs::write(dump.join(format!("{key}.got.txt")), &text).unwrap();
            std::fs::write(
                dump.join(format!("{key}.want.txt")),
                entry["articleBody"].as_str().unwrap_or(""),
            )
            .unwrap();
            println!("{p:.3} {r:.3} {f:.3} {key} {url}");
        }
        worst.push((f, url.to_string()));
    }
    let avg = |s: f64| s / n.max(1) as f64;
    println!("body, {} ({n} pages)", dir.display());
    println!(
        "  F1 {:.3}  precision {:.3}  recall {:.3}  {:.0} pages/s (one core, parse + metadata + content + sanitising)",
        avg(sum_f),
        avg(sum_p),
        avg(sum_r),
        n as f64 / spent.as_secs_f64()
    );
    worst.sort_by(|a, b| a.0.total_cmp(&b.0));
    println!(
        "  lowest F1: {}",
        worst
            .iter()
            .take(5)
            .map(|(f, u)| format!("{f:.2} {u}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
}

/// Case, punctuation and spacing folded away.
fn fold(s: &str) -> String {
    tokens(s).join(" ")
}

fn metadata(dir: &Path) {
    let page_url = Url::parse("http://fakehost/test/page.html").unwrap();
    let mut fields: [(&str, usize, usize); 5] = [
        ("title", 0, 0),
        ("author", 0, 0),
        ("author*", 0, 0),
        ("date", 0, 0),
        ("summary", 0, 0),
    ];
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus folder")
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    let mut pages = 0;
    for case in entries {
        let (Ok(source), Ok(expected)) = (
            std::fs::read_to_string(case.join("source.html")),
            std::fs::read(case.join("expected-metadata.json")),
        ) else {
            continue;
        };
        let expected: serde_json::Value = serde_json::from_slice(&expected).unwrap();
        pages += 1;
        let article = extract_page(&source, &page_url);
        let item = article.clone().into_item();
        let want = |k: &str| {
            expected[k]
                .as_str()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };

        if let Some(t) = want("title") {
            let got = article.title.as_ref().map(|f| fold(&f.value)).unwrap_or_default();
            if std::env::var_os("EVAL_DUMP").is_some() && got != fold(&t) {
                println!("  title miss {}: got {got:?} want {:?}", case.display(), fold(&t));
            }
            score(&mut fields[0], got == fold(&t));
        }
        if let Some(a) = want("byline") {
            // A byline's label is no part of the name: "By", "Written by".
            let strip = |s: &str| {
                let s = fold(s);
                let name = s.strip_prefix("written by ").or_else(|| s.strip_prefix("by "));
                name.unwrap_or(&s).to_string()
            };
            let got = article
                .author
                .as_ref()
                .map(|f| strip(&f.value))
                .unwrap_or_default();
            let want = strip(&a);
            score(&mut fields[1], !got.is_empty() && got == want);
            if std::env::var_os("EVAL_DUMP").is_some() && got != want {
                println!("  author miss {}: got {got:?} want {want:?}", case.display());
            }
            // Readability's bylines often go on with a date or a role after the name.
            let begins = !got.is_empty() && (want == got || want.starts_with(&format!("{got} ")));
            score(&mut fields[2], begins);
        }
        if let Some(d) = want("publishedTime") {
            let right = match (extract::date::parse_date(&d, Tz::UTC), &article.published) {
                (Some(want), Some(got)) => {
                    got.value.with_timezone(want.offset()).date_naive() == want.date_naive()
                }
                _ => false,
            };
            score(&mut fields[3], right);
        }
        if let Some(e) = want("excerpt") {
            let got = item.and_then(|i| i.summary).map(|s| fold(&s)).unwrap_or_default();
            let e = fold(&e);
            // A summary may be cut short: the shorter must begin the longer.
            let (short, long) = if got.len() < e.len() {
                (&got, &e)
            } else {
                (&e, &got)
            };
            let right =
                short.len() >= 20.min(long.len()) && !short.is_empty() && long.starts_with(short.as_str());
            if std::env::var_os("EVAL_DUMP").is_some() && !right {
                println!("  summary miss {}: got {got:.80?} want {e:.80?}", case.display());
            }
            score(&mut fields[4], right);
        }
    }
    println!(
        "metadata, {} ({pages} pages; each field over the pages that expect one)",
        dir.display()
    );
    for (name, right, total) in fields {
        println!(
            "  {name:<8} {:.3}  ({right}/{total})",
            right as f64 / total.max(1) as f64
        );
    }
    println!("  rules: title equal after case/punctuation folding; author equal after folding and a \"by\" or \"written by\" label (author*: or the expected byline begins with the name); date on the same calendar day; summary equal after folding, or the shorter begins the longer");
}

fn score(field: &mut (&str, usize, usize), right: bool) {
    field.2 += 1;
    if right {
        field.1 += 1;
    }
}

/// Right and total per field, for one language or all.
#[derive(Default, Clone)]
struct Tally {
    fields: [(usize, usize); 5],
    body_f1: f64,
}

const FIELDS: [&str; 5] = ["title", "author", "date", "body", "body_start"];

fn articles(dir: &Path) {
    let truth: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("truth.json")).expect("truth.json")).unwrap();
    let truth = truth.as_object().unwrap();
    let mut by_lang: std::collections::BTreeMap<String, Tally> = Default::default();
    let mut all = Tally::default();
    let mut spent = Duration::ZERO;
    let mut pages = 0;
    let dump = std::env::var_os("EVAL_DUMP").is_some();
    let mut empty: Vec<String> = Vec::new();
    for (name, t) in truth {
        let Some(raw) = gunzip(&dir.join("pages").join(format!("{name}.html.gz"))) else {
            continue;
        };
        let page = pagefeed::fetch::decode(&raw, None, None);
        let url = Url::parse(t["url"].as_str().unwrap_or("http://example.org/")).unwrap();
        let start = Instant::now();
        let article = extract_page(&page, &url);
        let text = article
            .content_html
            .as_ref()
            .map(|c| html::html_to_text(&c.value))
            .unwrap_or_default();
        spent += start.elapsed();
        pages += 1;
        let lang = t["language"].as_str().unwrap_or("und").to_string();
        let mut marks: Vec<(usize, bool)> = Vec::new();
        if let Some(want) = t["title"].as_str() {
            let got = article.title.as_ref().map(|f| f.value.as_str()).unwrap_or("");
            let right = fold(got) == fold(want) || token_f1(got, want) >= 0.9;
            if dump && !right {
                println!("  title miss {name}: got {got:?} want {want:?}");
            }
            marks.push((0, right));
        }
        let authors: Vec<String> = match &t["author"] {
            serde_json::Value::String(a) => vec![a.clone()],
            serde_json::Value::Array(list) => list
                .iter()
                .filter_map(|a| a.as_str().map(str::to_string))
                .collect(),
            _ => Vec::new(),
        };
        if !authors.is_empty() {
            let got = article
                .author
                .as_ref()
                .map(|f| tokens(&f.value))
                .unwrap_or_default();
            let right = !got.is_empty() && authors.iter().all(|a| tokens(a).iter().all(|w| got.contains(w)));
            if dump && !right {
                let from = article.author.as_ref().map(|f| format!("{:?}", f.from));
                println!(
                    "  author miss {name}: got {:?} want {authors:?} from {from:?}",
                    got.join(" ")
                );
            }
            marks.push((1, right));
        }
        if let Some(want) = t["date"].as_str() {
            let day = &want[..10.min(want.len())];
            let got = article
                .published
                .as_ref()
                .or(article.updated.as_ref())
                .map(|d| d.value.at.date_naive().to_string());
            let right = got.as_deref() == Some(day);
            if dump && !right {
                println!(
                    "  date miss {name} ({}): got {got:?} want {day} from {:?}",
                    t["date_where"].as_str().unwrap_or("?"),
                    article.published.as_ref().map(|d| d.from.to_string())
                );
            }
            marks.push((2, right));
        }
        if text.trim().is_empty() && (t.get("body").is_some() || t.get("body_start").is_some()) {
            empty.push(name.clone());
        }
        let mut f1 = None;
        if let Some(want) = t["body"].as_str() {
            let (p, r) = precision_recall(&text, want);
            let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
            f1 = Some(f);
            if dump {
                println!("  body {f:.3} p {p:.3} r {r:.3} {name}");
            }
            marks.push((3, f >= 0.5));
        }
        if let Some(want) = t["body_start"].as_str() {
            let (got, want) = (fold(&text), fold(want));
            let at = got.find(&want);
            let right = !want.is_empty() && at.is_some_and(|at| at <= 300);
            if dump && !right {
                let head: String = got.chars().take(100).collect();
                let want: String = want.chars().take(60).collect();
                println!("  start miss {name} at {at:?}: got {head:?} want {want:?}");
            }
            marks.push((4, right));
        }
        for tally in [by_lang.entry(lang).or_default(), &mut all] {
            for (field, right) in &marks {
                tally.fields[*field].1 += 1;
                tally.fields[*field].0 += usize::from(*right);
            }
            tally.body_f1 += f1.unwrap_or(0.0);
        }
    }
    println!("articles, {} ({pages} pages)", dir.display());
    let row = |label: &str, t: &Tally| {
        let cells: Vec<String> = FIELDS
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let (right, total) = t.fields[i];
                if total == 0 {
                    return format!("{name} -");
                }
                if i == 3 {
                    format!("body F1 {:.3} ({total})", t.body_f1 / total as f64)
                } else {
                    format!("{name} {:.3} ({right}/{total})", right as f64 / total as f64)
                }
            })
            .collect();
        println!("  {label:<4} {}", cells.join("  "));
    };
    row("all", &all);
    for (lang, t) in &by_lang {
        row(lang, t);
    }
    println!(
        "  empty body on {} pages that have one: {}",
        empty.len(),
        empty.join(", ")
    );
    println!(
        "  {:.0} pages/s (one core); rules: title folded equal or token F1 >= 0.9; author every expected name token present; date same calendar day (published, else updated); body shingle F1 averaged; body_start folded truth within the first 300 characters",
        pages as f64 / spent.as_secs_f64()
    );
}

/// Token F1 of two strings after folding.
fn token_f1(a: &str, b: &str) -> f64 {
    let (a, b) = (tokens(a), tokens(b));
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let mut rest = b.clone();
    let common = a
        .iter()
        .filter(|w| match rest.iter().position(|x| x == *w) {
            Some(i) => {
                rest.swap_remove(i);
                true
            }
            None => false,
        })
        .count();
    let (p, r) = (common as f64 / a.len() as f64, common as f64 / b.len() as f64);
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}
