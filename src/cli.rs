//! Command-line interface: arguments, the commands, their output and exit codes.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::json;
use url::Url;

use crate::build::{self, BuildOptions, FeedOutcome};
use crate::config::FetchSettings;
use crate::config::{ArticleRules, Config, ConfigErrors};
use crate::extract::{self, html, Article, Found};
use crate::fetch::{Fetcher, Policy};
use crate::store;

/// `println!` that ends the process quietly when the reader has gone
/// (`pagefeed extract ... | head -1`), where `println!` panics.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if let Err(e) = writeln!(std::io::stdout().lock(), $($arg)*) {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                std::process::exit(0);
            }
            panic!("cannot write to stdout: {e}");
        }
    }};
}

/// Exit codes, documented in the README.
pub mod exit {
    /// Everything worked.
    pub const OK: u8 = 0;
    /// At least one feed (or the page asked for) failed; the others were written.
    pub const FEED_FAILED: u8 = 1;
    /// The config or the command line is wrong; nothing was fetched.
    pub const CONFIG: u8 = 2;
    /// No feed failed for another reason, but some feed's selectors may be
    /// stale: no items found, or dates, authors or content suddenly missing.
    pub const STALE: u8 = 3;
}

#[derive(Parser)]
#[command(
    name = "pagefeed",
    version,
    about = "Turn web pages into RSS and Atom feeds in a static folder"
)]
struct Cli {
    /// More log output (-v: info, -vv: debug); RUST_LOG overrides.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build every feed (or those named with --only) into the output folder.
    Build {
        #[arg(short, long, default_value = "config.toml")]
        config: PathBuf,
        /// Build only this feed; may be repeated.
        #[arg(long = "only", value_name = "ID")]
        only: Vec<String>,
        /// Report what would be added, updated and dropped; write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Extract every listed article again, even those in the cache.
        #[arg(long)]
        refresh: bool,
        /// Seconds to wait for another build of the same state to finish.
        #[arg(long, value_name = "SECS", default_value_t = 120)]
        wait: u64,
        /// Build only shard K of N (K from 0): the feeds whose id's FNV-1a
        /// hash modulo N is K; shard 0 also writes the index and OPML.
        #[arg(long, value_name = "K/N")]
        shard: Option<build::Shard>,
    },
    /// Detect the article list of a section page and print a ready [[feeds]] block.
    Init {
        /// The section page: a URL or a local HTML file.
        url: String,
        /// The page's own address, when URL is a saved file: its links resolve
        /// against it and the feed block names it.
        #[arg(long = "url", value_name = "PAGE_URL")]
        page_url: Option<Url>,
        /// The feed's id (default: from the page's address).
        #[arg(long)]
        id: Option<String>,
        /// Which of the page's lists: 1 (default) is the one discovery picks,
        /// 2 and on the others `init` lists.
        #[arg(long, default_value_t = 1)]
        pick: usize,
        /// Append the block to the config file.
        #[arg(long)]
        write: bool,
        #[arg(short, long, default_value = "config.toml")]
        config: PathBuf,
    },
    /// Serve the output folder over HTTP; with --every, rebuild on that schedule.
    Serve {
        #[arg(short, long, default_value = "config.toml")]
        config: PathBuf,
        /// Port to listen on (0: any free port).
        #[arg(long, default_value_t = 8080)]
        port: u16,
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Rebuild every feed at start and then this often, e.g. "30m" (at least 1s).
        #[arg(long, value_parser = rebuild_interval)]
        every: Option<std::time::Duration>,
    },
    /// Show each feed's health: last success or failure, items, field coverage, stale selectors.
    Status {
        #[arg(short, long, default_value = "config.toml")]
        config: PathBuf,
    },
    /// Check the config without fetching anything.
    Check {
        #[arg(short, long, default_value = "config.toml")]
        config: PathBuf,
    },
    /// Fetch and extract one feed, print its items and where each field came from; write nothing.
    Preview {
        /// The feed's id.
        id: String,
        #[arg(short, long, default_value = "config.toml")]
        config: PathBuf,
    },
    /// Extract one article page and print its fields.
    Extract {
        /// A URL, or a local HTML file.
        source: String,
        /// Print one JSON object.
        #[arg(long)]
        json: bool,
        /// The page's URL, when SOURCE is a file (resolves relative links).
        #[arg(long)]
        url: Option<Url>,
        /// Apply this feed's article rules and time zone.
        #[arg(long, value_name = "ID")]
        feed: Option<String>,
        #[arg(short, long, default_value = "config.toml")]
        config: PathBuf,
    },
}

/// Parses the arguments, runs the command, prints errors once.
/// Caps glibc's malloc at one arena a core (unless MALLOC_ARENA_MAX says
/// otherwise). Its default, eight a core, let the threads of a 5,000-feed
/// build (runtime workers, extraction, file writes) each fill an arena of
/// their own: 466 MiB at the peak, 226 MiB with two arenas, at the same
/// speed (`cargo bench --bench scale`). No allocator crate: the C
/// allocators they bring cost build time, and this one call does it.
pub fn limit_malloc_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if std::env::var_os("MALLOC_ARENA_MAX").is_none() {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        // SAFETY: mallopt only sets a parameter of the allocator; it is
        // called before any other thread exists.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, cores.max(2) as libc::c_int);
        }
    }
}

pub fn main() -> ExitCode {
    limit_malloc_arenas();
    let cli = Cli::parse();
    init_logging(cli.verbose);
    match run(cli.command) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            if let Some(errors) = e.downcast_ref::<ConfigErrors>() {
                eprintln!("error: the config is not valid:\n{errors}");
                return ExitCode::from(exit::CONFIG);
            }
            eprintln!("error: {e:#}");
            ExitCode::from(exit::FEED_FAILED)
        }
    }
}

fn init_logging(verbose: u8) {
    let default = match verbose {
        0 => "pagefeed=warn",
        1 => "pagefeed=info",
        _ => "pagefeed=debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    // On a terminal: colour, no time. Into a file or a pipe (`serve --every`
    // under systemd, cron): a time on every line and no colour codes.
    let terminal = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let log = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .with_ansi(terminal);
    if terminal {
        log.without_time().init();
    } else {
        log.init();
    }
}

/// `--every`: a duration of at least a second; "0s" would rebuild in a
/// tight loop, hammering every site.
fn rebuild_interval(s: &str) -> Result<std::time::Duration, String> {
    let d = humantime::parse_duration(s).map_err(|e| e.to_string())?;
    if d < std::time::Duration::from_secs(1) {
        return Err(format!("`{s}` is shorter than 1s; rebuild e.g. every \"30m\""));
    }
    Ok(d)
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")
}

fn run(command: Command) -> Result<u8> {
    match command {
        Command::Build {
            config,
            only,
            dry_run,
            refresh,
            wait,
            shard,
        } => {
            let config = Config::load(&config)?;
            let options = BuildOptions {
                refresh,
                dry_run,
                wait: std::time::Duration::from_secs(wait),
                shard,
            };
            let progress = progress_bar();
            let outcomes = runtime()?.block_on(build::build_all(&config, &only, &progress, &options))?;
            progress.finish_and_clear();
            print_summary(&config, &outcomes, dry_run);
            Ok(exit_code(
                outcomes.iter().map(|o| (o.error.is_some(), o.stale.is_some())),
            ))
        }
        Command::Init {
            url,
            page_url,
            id,
            pick,
            write,
            config,
        } => {
            let settings = FetchSettings::default();
            let (page_url, text) = load_source(&url, page_url, &settings, None)?;
            let block = match crate::init::feed_block(&text, &page_url, id.as_deref(), pick) {
                Ok(block) => block,
                // A shell that scripts fill: the list may be there once drawn.
                Err(e) if pick <= 1 && crate::init::loads_scripts(&text) > 0 => {
                    if Url::parse(&url).is_err() {
                        return Err(e);
                    }
                    let web = matches!(page_url.scheme(), "http" | "https");
                    if !web || crate::fetch::render::find_browser(settings.chromium.as_deref()).is_none() {
                        anyhow::bail!(
                            "{e:#}; the page loads scripts: if it draws its list with them, try render = \"listing\" \
                             (needs Chromium: apt-get install chromium)"
                        );
                    }
                    eprintln!("no list in the page as served; it loads scripts: rendering it in Chromium");
                    let rendered = render_source(&page_url, text, &settings)?;
                    let block = crate::init::feed_block(&rendered, &page_url, id.as_deref(), pick)
                        .with_context(|| format!("{e:#}; rendered in Chromium, it has none either"))?;
                    crate::init::with_render(&block)
                }
                Err(e) => return Err(e),
            };
            say!("{}", block.trim_end_matches('\n'));
            if write {
                crate::init::append(&config, &block)?;
                eprintln!(
                    "appended to {}; run `pagefeed build --config {}`",
                    config.display(),
                    config.display()
                );
            }
            Ok(exit::OK)
        }
        Command::Serve {
            config,
            port,
            bind,
            every,
        } => {
            let config = Config::load(&config)?;
            runtime()?.block_on(async {
                tokio::select! {
                    r = crate::site::serve::serve(&config, std::net::SocketAddr::new(bind, port), every) => r,
                    _ = tokio::signal::ctrl_c() => Ok(()),
                }
            })?;
            Ok(exit::OK)
        }
        Command::Status { config } => {
            let config = Config::load(&config)?;
            Ok(print_status(&config))
        }
        Command::Check { config: path } => {
            let config = Config::load(&path)?;
            let browser = crate::fetch::render::find_browser(config.fetch.chromium.as_deref());
            for feed in config
                .feeds
                .iter()
                .filter(|f| f.render.listing() && browser.is_none())
            {
                eprintln!(
                    "warning: feed `{}` has render = \"{}\" but no browser was found (apt-get install chromium, \
                     or set [fetch] chromium)",
                    feed.id,
                    feed.render.as_str()
                );
            }
            say!(
                "{}: valid, {} feed{}: {}",
                path.display(),
                config.feeds.len(),
                if config.feeds.len() == 1 { "" } else { "s" },
                config
                    .feeds
                    .iter()
                    .map(|f| f.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            Ok(exit::OK)
        }
        Command::Preview { id, config } => {
            let config = Config::load(&config)?;
            let feed = config.feed(&id).with_context(|| no_feed(&config, &id))?;
            let fetcher = Fetcher::new(&config.fetch)?;
            let progress = progress_bar();
            let collected = runtime()?.block_on(build::collect(
                feed,
                &fetcher,
                config.fetch.concurrency,
                &progress,
            ))?;
            progress.finish_and_clear();
            say!(
                "{} ({}): {} items, read as {}{}\n",
                feed.title,
                feed.id,
                collected.articles.len(),
                collected.kinds.join(" and "),
                if feed.source.is_some() {
                    " (source set)"
                } else {
                    " (detected)"
                }
            );
            for (i, a) in collected.articles.iter().enumerate() {
                print_article(i + 1, a);
            }
            for w in &collected.warnings {
                say!("warning: {w}");
            }
            Ok(exit::OK)
        }
        Command::Extract {
            source,
            json,
            url,
            feed,
            config,
        } => {
            let (rules, tz, settings, policy) = match &feed {
                Some(id) => {
                    let config = Config::load(&config)?;
                    let f = config.feed(id).with_context(|| no_feed(&config, id))?;
                    (
                        f.article.clone(),
                        f.timezone,
                        config.fetch.clone(),
                        Some(Policy::for_feed(f, &config.fetch)),
                    )
                }
                None => (
                    ArticleRules::default(),
                    chrono_tz::Tz::UTC,
                    FetchSettings::default(),
                    None,
                ),
            };
            let (page_url, text) = load_source(&source, url, &settings, policy)?;
            let (mut doc, warning) = extract::parse_page(&text);
            if let Some(w) = warning {
                eprintln!("warning: {w}");
            }
            let article = extract::extract_article(&mut doc, &page_url, &rules, tz);
            if json {
                say!("{}", serde_json::to_string_pretty(&article_json(&article))?);
            } else {
                print_article(1, &article);
            }
            Ok(exit::OK)
        }
    }
}

fn no_feed(config: &Config, id: &str) -> String {
    let ids: Vec<&str> = config.feeds.iter().map(|f| f.id.as_str()).collect();
    format!(
        "no feed with id `{id}` in {}; the ids are: {}",
        config.path.display(),
        ids.join(", ")
    )
}

/// A URL is fetched; anything else is a local file, read as the page at
/// `--url` (or its own file URL).
fn load_source(
    source: &str,
    url: Option<Url>,
    settings: &FetchSettings,
    policy: Option<Policy>,
) -> Result<(Url, String)> {
    if let Ok(u) = Url::parse(source) {
        if matches!(u.scheme(), "http" | "https" | "file") {
            let fetcher = Fetcher::new(settings)?;
            let policy = policy.unwrap_or_else(|| fetcher.default_policy()).trusting(&u);
            let page = runtime()?.block_on(fetcher.get(&u, &policy))?;
            return Ok((url.unwrap_or_else(|| page.url.clone()), page.html.clone()));
        }
    }
    let path = Path::new(source);
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let page_url = match url {
        Some(u) => u,
        None => Url::from_file_path(std::path::absolute(path)?)
            .map_err(|_| anyhow::anyhow!("cannot make a URL of {}", path.display()))?,
    };
    Ok((page_url, crate::fetch::decode(&bytes, None, None)))
}

/// The page `init` fetched (at `url`, its HTML `html`) as headless
/// Chromium draws it; the page itself is not asked for again.
fn render_source(url: &Url, html: String, settings: &FetchSettings) -> Result<String> {
    let runtime = runtime()?;
    let fetcher = Fetcher::new(settings)?;
    let policy = fetcher.default_policy().trusting(url);
    let page = crate::fetch::Page {
        url: url.clone(),
        html,
        validators: Default::default(),
    };
    let rendered = runtime.block_on(fetcher.render(&page, &policy, crate::config::Render::Listing, None))?;
    Ok(rendered.html)
}

fn progress_bar() -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{spinner} {pos}/{len} pages {wide_bar} {elapsed}")
            .expect("valid template"),
    );
    bar
}

fn print_summary(config: &Config, outcomes: &[FeedOutcome], dry_run: bool) {
    let width = outcomes.iter().map(|o| o.id.len()).max().unwrap_or(0);
    let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    for o in outcomes {
        if let Some(err) = &o.error {
            let published = config
                .output
                .formats
                .iter()
                .any(|f| config.output.dir.exists(&crate::generate::output_name(&o.id, *f)));
            let kept = if published {
                "files published before are kept"
            } else {
                "nothing was published"
            };
            say!("{:width$}  FAILED  {err} ({kept})", o.id);
            if o.stale.is_some() {
                say!(
                    "{:width$}          STALE: selectors may be stale; try `pagefeed preview {}`",
                    "",
                    o.id
                );
            }
            continue;
        }
        let files = if dry_run {
            "dry run, nothing written".to_string()
        } else if o.written.is_empty() {
            "unchanged".to_string()
        } else {
            format!("{} written", plural(o.written.len(), "file", "files"))
        };
        let pages = if o.pages_not_modified > 0 {
            format!(
                "{} ({} not modified)",
                plural(o.pages_fetched + o.pages_not_modified, "page", "pages"),
                o.pages_not_modified
            )
        } else {
            plural(o.pages_fetched, "page", "pages")
        };
        say!(
            "{:width$}  ok      {}, {} new, {} updated, {} dropped, {}; fetched {pages} and {}, {} cached; {files}",
            o.id,
            plural(o.items, "item", "items"),
            o.added.len(),
            o.updated.len(),
            o.dropped.len(),
            plural(o.warnings.len(), "error", "errors"),
            plural(o.articles_fetched, "article", "articles"),
            o.articles_cached,
        );
        for w in &o.warnings {
            say!("{:width$}          warning: {w}", "");
        }
        if let Some(why) = &o.stale {
            say!("{:width$}          STALE: selectors may be stale: {why}", "");
        }
        if dry_run {
            for (mark, list) in [("+", &o.added), ("~", &o.updated), ("-", &o.dropped)] {
                for c in list {
                    say!(
                        "{:width$}          {mark} {}  <{}>",
                        "",
                        terminal_safe(&c.title),
                        c.link
                    );
                }
            }
        }
    }
    // Counted as the exit code counts them: a feed that found no items is a
    // sign of stale selectors (exit 3), not a failure of its own (exit 1).
    let failed = outcomes
        .iter()
        .filter(|o| o.error.is_some() && o.stale.is_none())
        .count();
    let stale = outcomes.iter().filter(|o| o.stale.is_some()).count();
    let n = outcomes.len();
    if failed > 0 {
        eprintln!("{failed} of {n} feeds failed; what they published before is kept");
    }
    if stale > 0 {
        eprintln!("{stale} of {n} feeds may have stale selectors; see `pagefeed status`");
    }
    if failed == 0 && !outcomes.is_empty() && !dry_run {
        eprintln!("feeds are in {}", config.output.dir);
    }
}

/// Failures win over stale selectors; a failure that is itself a sign of
/// stale selectors (no items found) counts as stale.
fn exit_code(feeds: impl Iterator<Item = (bool, bool)>) -> u8 {
    let (mut failed, mut stale) = (false, false);
    for (is_failed, is_stale) in feeds {
        failed |= is_failed && !is_stale;
        stale |= is_stale;
    }
    if failed {
        exit::FEED_FAILED
    } else if stale {
        exit::STALE
    } else {
        exit::OK
    }
}

/// Prints each feed's health from its state; returns the exit code.
fn print_status(config: &Config) -> u8 {
    let width = config.feeds.iter().map(|f| f.id.len()).max().unwrap_or(4).max(4);
    say!(
        "{:width$}  {:<7} {:<16} {:>5} {:>5} {:>5} {:>6} {:>7} {:>5}  LAST ERROR",
        "FEED",
        "STATUS",
        "SINCE",
        "ITEMS",
        "FOUND",
        "DATE",
        "AUTHOR",
        "CONTENT",
        "FAILS"
    );
    let mut codes = Vec::new();
    let mut notes = Vec::new();
    for feed in &config.feeds {
        let state = match store::peek(&config.state_dir, &feed.id) {
            Ok(Some(state)) => state,
            Ok(None) => {
                say!("{:width$}  never built", feed.id);
                continue;
            }
            Err(e) => {
                say!("{:width$}  UNREADABLE  {e:#}", feed.id);
                codes.push((true, false));
                continue;
            }
        };
        let h = &state.health;
        let (status, since) = match (h.failing_since, h.ok_since) {
            (Some(t), _) => ("FAILING", Some(t)),
            (None, Some(t)) => ("ok", Some(t)),
            (None, None) => ("-", None),
        };
        let status = if h.stale.is_some() { "STALE" } else { status };
        let since = since
            .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_else(|| "-".into());
        let found = h.runs.last().map_or("-".into(), |r| r.found.to_string());
        // Coverage of the last run that extracted articles.
        let base = h.runs.iter().rev().find(|r| r.extracted > 0);
        let pct = |pick: fn(&store::RunStats) -> usize| match base {
            Some(b) => format!("{:.0}%", 100.0 * pick(b) as f64 / b.extracted as f64),
            None => "-".into(),
        };
        let last_error = h
            .last_error
            .as_deref()
            .map_or("-".to_string(), |e| html::truncate_words(e, 70));
        if let Some(full) = h
            .last_error
            .as_deref()
            .filter(|e| html::truncate_words(e, 70) != *e)
        {
            // The table keeps a line per feed; the cause is shown whole below it.
            notes.push(format!("{}: last error: {}", feed.id, terminal_safe(full)));
        }
        say!(
            "{:width$}  {status:<7} {since:<16} {:>5} {found:>5} {:>5} {:>6} {:>7} {:>5}  {last_error}",
            feed.id,
            state.items.len(),
            pct(|r| r.with_date),
            pct(|r| r.with_author),
            pct(|r| r.with_content),
            h.consecutive_failures,
        );
        if let Some(why) = &h.stale {
            notes.push(format!("{}: selectors may be stale: {why}", feed.id));
        }
        codes.push((h.failing_since.is_some(), h.stale.is_some()));
    }
    for n in notes {
        say!("{n}");
    }
    exit_code(codes.into_iter())
}

/// Page text as a terminal may show it: control characters (ESC, BEL...)
/// would let a page move the cursor, retitle the window or worse.
fn terminal_safe(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() && c != '\n' && c != '\t' {
                '\u{fffd}'
            } else {
                c
            }
        })
        .collect()
}

fn print_article(n: usize, a: &Article) {
    fn row<T>(name: &str, f: &Option<Found<T>>, show: impl Fn(&T) -> String) {
        match f {
            Some(found) => say!(
                "    {name:<9} {}  [{}]",
                terminal_safe(&show(&found.value)),
                found.from
            ),
            None => say!("    {name:<9} -  [not found]"),
        }
    }
    let short = |s: &String| html::truncate_words(s, 90);
    say!(
        "{n:>3}. {}",
        terminal_safe(a.title.as_ref().map_or("(no title)", |t| t.value.as_str()))
    );
    row("title", &a.title, short);
    row("link", &a.link, Url::to_string);
    row("date", &a.published, |d| d.to_rfc3339());
    row("updated", &a.updated, |d| d.to_rfc3339());
    row("author", &a.author, short);
    row("summary", &a.summary, short);
    row("content", &a.content_html, |c| {
        let text = html::html_to_text(c);
        format!(
            "{} chars: {}",
            text.chars().count(),
            html::truncate_words(&text.replace("\n\n", " "), 60)
        )
    });
    row("image", &a.image, Url::to_string);
    row("tags", &a.tags, |t| t.join(", "));
    say!();
}

fn article_json(a: &Article) -> serde_json::Value {
    let content_text = a.content_html.as_ref().map(|c| html::html_to_text(&c.value));
    json!({
        "title": a.title.as_ref().map(|f| &f.value),
        "link": a.link.as_ref().map(|f| f.value.as_str()),
        "published": a.published.as_ref().map(|f| f.value.to_rfc3339()),
        "updated": a.updated.as_ref().map(|f| f.value.to_rfc3339()),
        "author": a.author.as_ref().map(|f| &f.value),
        "summary": a.summary.as_ref().map(|f| &f.value),
        "content_html": a.content_html.as_ref().map(|f| &f.value),
        "content_text": content_text,
        "image": a.image.as_ref().map(|f| f.value.as_str()),
        "tags": a.tags.as_ref().map(|f| &f.value),
        // Where each field was found: `rule ...`, `json-ld`, `date in URL`...
        "sources": {
            "title": a.title.as_ref().map(|f| f.from.to_string()),
            "published": a.published.as_ref().map(|f| f.from.to_string()),
            "updated": a.updated.as_ref().map(|f| f.from.to_string()),
            "author": a.author.as_ref().map(|f| f.from.to_string()),
            "summary": a.summary.as_ref().map(|f| f.from.to_string()),
            "content_html": a.content_html.as_ref().map(|f| f.from.to_string()),
            "image": a.image.as_ref().map(|f| f.from.to_string()),
            "tags": a.tags.as_ref().map(|f| f.from.to_string()),
        },
    })
}
