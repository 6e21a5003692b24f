//! Zero-selector list detection on real listing pages with ground truth.
//!
//! cargo run --release --example eval_listings -- ../shared/corpus/listings
//!
//! Scores pagefeed's automatic discovery (a feed with only `id`, `title` and
//! `url`) as the corpus README says: URLs normalised (scheme and host lower
//! case, default port, fragment and one trailing `/` dropped), per-page
//! precision, recall and F1 against `links` (or `alt_links` where that reads
//! better), micro and macro figures, exact pages, pages with nothing found,
//! Kendall tau of the order, per kind; and the time discovery takes.
//! `EVAL_PAGE=<name>` lists one page's found and missed links.

use std::collections::{BTreeMap, HashSet};
use std::io::Read;
use std::path::Path;
use std::time::{Duration, Instant};

use chrono_tz::Tz;
use pagefeed::config::ListRules;
use pagefeed::extract;
use url::Url;

fn normalise(u: &str) -> Option<String> {
    let mut url = Url::parse(u).ok()?;
    url.set_fragment(None);
    // The url crate already lower-cases scheme and host and drops default ports.
    let mut s = url.to_string();
    if s.ends_with('/') {
        s.pop();
    }
    Some(s)
}

fn dedup(list: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut seen = HashSet::new();
    list.into_iter().filter(|u| seen.insert(u.clone())).collect()
}

struct Score {
    tp: usize,
    found: usize,
    truth: usize,
    tau: Option<f64>,
}

impl Score {
    fn f1(&self) -> (f64, f64, f64) {
        if self.found == 0 {
            return (0.0, 0.0, 0.0);
        }
        let p = self.tp as f64 / self.found as f64;
        let r = self.tp as f64 / self.truth.max(1) as f64;
        let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        (p, r, f)
    }
}

fn score(found: &[String], truth: &[String]) -> Score {
    let t: HashSet<&String> = truth.iter().collect();
    let common: Vec<&String> = found.iter().filter(|u| t.contains(u)).collect();
    let tau = (common.len() >= 2).then(|| {
        let pos: BTreeMap<&String, usize> = truth.iter().enumerate().map(|(i, u)| (u, i)).collect();
        let ranks: Vec<usize> = common.iter().map(|u| pos[u]).collect();
        let (mut c, mut d) = (0i64, 0i64);
        for i in 0..ranks.len() {
            for j in i + 1..ranks.len() {
                if ranks[i] < ranks[j] {
                    c += 1
                } else {
                    d += 1
                }
            }
        }
        let n = ranks.len() as f64;
        (c - d) as f64 / (n * (n - 1.0) / 2.0)
    });
    Score {
        tp: common.len(),
        found: found.len(),
        truth: truth.len(),
        tau,
    }
}

#[derive(Default)]
struct Totals {
    tp: usize,
    found: usize,
    truth: usize,
    macro_p: f64,
    macro_r: f64,
    macro_f: f64,
    pages: usize,
    exact: usize,
    nothing: usize,
    taus: Vec<f64>,
}

impl Totals {
    fn add(&mut self, s: &Score, exact: bool) {
        let (p, r, f) = s.f1();
        self.tp += s.tp;
        self.found += s.found;
        self.truth += s.truth;
        self.macro_p += p;
        self.macro_r += r;
        self.macro_f += f;
        self.pages += 1;
        self.exact += usize::from(exact);
        self.nothing += usize::from(s.found == 0);
        self.taus.extend(s.tau);
    }

    fn line(&self, label: &str) {
        let p = self.tp as f64 / self.found.max(1) as f64;
        let r = self.tp as f64 / self.truth.max(1) as f64;
        let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        let n = self.pages.max(1) as f64;
        let tau = self.taus.iter().sum::<f64>() / self.taus.len().max(1) as f64;
        println!(
            "  {label:<28} micro P {p:.3} R {r:.3} F1 {f:.3}  macro P {:.3} R {:.3} F1 {:.3}  exact {}/{}  nothing {}  tau {tau:.3}",
            self.macro_p / n,
            self.macro_r / n,
            self.macro_f / n,
            self.exact,
            self.pages,
            self.nothing
        );
    }
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/corpus/listings".into());
    let dir = Path::new(&dir);
    let truth: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("truth.json")).expect("truth.json")).unwrap();
    let mut all = Totals::default();
    let mut kinds: BTreeMap<String, Totals> = BTreeMap::new();
    let mut times: Vec<Duration> = Vec::new();
    println!("per page: F1 P R found/truth tau name");
    for (name, t) in truth.as_object().unwrap() {
        let Ok(file) = std::fs::File::open(dir.join("pages").join(format!("{name}.html.gz"))) else {
            continue;
        };
        let mut raw = Vec::new();
        flate2::read::GzDecoder::new(file).read_to_end(&mut raw).unwrap();
        let page = pagefeed::fetch::decode(&raw, None, None);
        let url = Url::parse(t["url"].as_str().unwrap()).unwrap();
        let start = Instant::now();
        let (doc, _) = extract::parse_page(&page);
        let items = extract::extract_listing(&doc, &url, &ListRules::default(), Tz::UTC);
        times.push(start.elapsed());
        let found = dedup(
            items
                .iter()
                .filter_map(|a| a.link.as_ref())
                .filter_map(|l| normalise(l.value.as_str())),
        );
        let list = |k: &str| -> Vec<String> {
            dedup(
                t[k].as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|v| v.as_str().and_then(normalise)),
            )
        };
        let mut s = score(&found, &list("links"));
        let mut truth_set: HashSet<String> = list("links").into_iter().collect();
        let alt = list("alt_links");
        if !alt.is_empty() {
            let a = score(&found, &alt);
            if a.f1().2 > s.f1().2 {
                s = a;
                truth_set = alt.into_iter().collect();
            }
        }
        let exact = !found.is_empty() && found.iter().cloned().collect::<HashSet<_>>() == truth_set;
        let (p, r, f) = s.f1();
        println!(
            "  {f:.3} {p:.3} {r:.3} {:>3}/{:<3} {} {name}",
            s.found,
            s.truth,
            s.tau.map_or("-".to_string(), |t| format!("{t:.2}"))
        );
        // EVAL_PAGE=name prints what was found (+ right, - wrong) and what was missed.
        if std::env::var("EVAL_PAGE").is_ok_and(|p| p == *name) {
            for u in &found {
                println!("    {} {u}", if truth_set.contains(u) { '+' } else { '-' });
            }
            let found: HashSet<&String> = found.iter().collect();
            for u in truth_set.iter().filter(|u| !found.contains(u)) {
                println!("    missed {u}");
            }
        }
        let kind = t["kind"].as_str().unwrap_or("?").to_string();
        let kind = if t["multi_section"].as_bool() == Some(true) {
            format!("{kind} (multi-section)")
        } else {
            kind
        };
        all.add(&s, exact);
        kinds.entry(kind).or_default().add(&s, exact);
    }
    println!("listings, {} ({} pages)", dir.display(), all.pages);
    all.line("all");
    for (kind, t) in &kinds {
        t.line(kind);
    }
    times.sort();
    let median = times.get(times.len() / 2).copied().unwrap_or_default();
    println!(
        "  discovery time per page (parse + discovery + card fields, one core): median {:.1} ms, max {:.1} ms",
        median.as_secs_f64() * 1000.0,
        times.last().copied().unwrap_or_default().as_secs_f64() * 1000.0
    );
}
