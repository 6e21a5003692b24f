//! Command-line interface: arguments, the commands, their output and exit codes.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use scraper::Html;
use serde_json::json;
use url::Url;

use crate::build::{self, BuildOptions, FeedOutcome};
use crate::config::{ArticleRules, Config, ConfigErrors};
use crate::extract::{self, html, Article, Found};
use crate::fetch::Fetcher;

/// Exit codes, documented in the README.
pub mod exit {
    /// Everything worked.
    pub const OK: u8 = 0;
    /// At least one feed (or the page asked for) failed; the others were written.
    pub const FEED_FAILED: u8 = 1;
    /// The config or the command line is wrong; nothing was fetched.
    pub const CONFIG: u8 = 2;
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
pub fn main() -> ExitCode {
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
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .without_time()
        .init();
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
        } => {
            let config = Config::load(&config)?;
            let options = BuildOptions {
                refresh,
                dry_run,
                wait: std::time::Duration::from_secs(wait),
            };
            let progress = progress_bar();
            let outcomes = runtime()?.block_on(build::build_all(&config, &only, &progress, &options))?;
            progress.finish_and_clear();
            print_summary(&config, &outcomes, dry_run);
            let failed = outcomes.iter().any(|o| o.error.is_some());
            Ok(if failed { exit::FEED_FAILED } else { exit::OK })
        }
        Command::Check { config: path } => {
            let config = Config::load(&path)?;
            println!(
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
            println!(
                "{} ({}): {} items\n",
                feed.title,
                feed.id,
                collected.articles.len()
            );
            for (i, a) in collected.articles.iter().enumerate() {
                print_article(i + 1, a);
            }
            for w in &collected.warnings {
                println!("warning: {w}");
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
            let (rules, tz) = match &feed {
                Some(id) => {
                    let config = Config::load(&config)?;
                    let f = config.feed(id).with_context(|| no_feed(&config, id))?;
                    (f.article.clone(), f.timezone)
                }
                None => (ArticleRules::default(), chrono_tz::Tz::UTC),
            };
            let (page_url, text) = load_source(&source, url)?;
            let mut doc = Html::parse_document(&text);
            let article = extract::extract_article(&mut doc, &page_url, &rules, tz);
            if json {
                println!("{}", serde_json::to_string_pretty(&article_json(&article))?);
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
fn load_source(source: &str, url: Option<Url>) -> Result<(Url, String)> {
    if let Ok(u) = Url::parse(source) {
        if matches!(u.scheme(), "http" | "https" | "file") {
            let fetcher = Fetcher::new(&Default::default())?;
            let page = runtime()?.block_on(fetcher.get(&u))?;
            return Ok((url.unwrap_or(page.url), page.html));
        }
    }
    let path = Path::new(source);
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let page_url = match url {
        Some(u) => u,
        None => Url::from_file_path(std::path::absolute(path)?)
            .map_err(|_| anyhow::anyhow!("cannot make a URL of {}", path.display()))?,
    };
    Ok((page_url, crate::fetch::decode(&bytes, None)))
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
            println!("{:width$}  FAILED  {err} (files published before are kept)", o.id);
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
        println!(
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
            println!("{:width$}          warning: {w}", "");
        }
        if dry_run {
            for (mark, list) in [("+", &o.added), ("~", &o.updated), ("-", &o.dropped)] {
                for c in list {
                    println!("{:width$}          {mark} {}  <{}>", "", c.title, c.link);
                }
            }
        }
    }
    let failed = outcomes.iter().filter(|o| o.error.is_some()).count();
    if failed > 0 {
        eprintln!("{failed} of {} feeds failed", outcomes.len());
    } else if !outcomes.is_empty() && !dry_run {
        eprintln!("feeds are in {}", config.output.dir.display());
    }
}

fn print_article(n: usize, a: &Article) {
    fn row<T>(name: &str, f: &Option<Found<T>>, show: impl Fn(&T) -> String) {
        match f {
            Some(found) => println!("    {name:<9} {}  [{}]", show(&found.value), found.from),
            None => println!("    {name:<9} -  [not found]"),
        }
    }
    let short = |s: &String| html::truncate_words(s, 90);
    println!(
        "{n:>3}. {}",
        a.title.as_ref().map_or("(no title)", |t| t.value.as_str())
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
    println!();
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
    })
}
