//! Getting pages politely: every request goes through [`Fetcher::get_if_changed`],
//! which applies robots.txt, the per-host gate (concurrency, interval,
//! back-off), the global cap, retries, size limits and decoding. `file://`
//! pages are read from disk for offline use.

mod decode;
pub mod guard;
pub mod host;
pub mod render;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{anyhow, bail, Context, Result};
use futures::StreamExt;
use tokio::sync::Semaphore;
use url::Url;

pub use decode::decode;
use guard::Trust;
use host::{CachedRobots, Host, Hosts, Robots, RobotsCache};

use crate::config::{FeedConfig, FetchSettings};

const MAX_REDIRECTS: usize = 10;
/// RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt.
const MAX_ROBOTS_SIZE: u64 = 512 * 1024;

/// What one run keeps of the pages it fetched, so an article listed by two
/// feeds is requested once: at most this many bytes of pages, oldest out first.
const RUN_CACHE_BYTES: usize = 64 * 1024 * 1024;

/// A non-success HTTP status, kept typed so callers can tell a page that is
/// gone (404, 410) from one that failed.
#[derive(Debug)]
pub struct HttpStatus(pub reqwest::StatusCode);

impl std::fmt::Display for HttpStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "HTTP {}", self.0)
    }
}

impl std::error::Error for HttpStatus {}

impl HttpStatus {
    /// Whether `error` says the page is gone: 404 Not Found or 410 Gone.
    pub fn is_gone(error: &anyhow::Error) -> bool {
        error
            .chain()
            .filter_map(|e| e.downcast_ref::<HttpStatus>())
            .any(|s| matches!(s.0.as_u16(), 404 | 410))
    }
}

type Shared = Arc<tokio::sync::OnceCell<Result<Arc<Page>, (String, Option<reqwest::StatusCode>)>>>;

/// The pages of this run by URL, with their size, oldest first.
#[derive(Default)]
struct RunCache {
    pages: HashMap<Url, Shared>,
    order: std::collections::VecDeque<(Url, usize)>,
    bytes: usize,
}

/// A fetched page, decoded to text.
#[derive(Debug)]
pub struct Page {
    /// The URL after redirects.
    pub url: Url,
    pub html: String,
    pub validators: Validators,
}

/// What a rendered page's script asked for, as the server answered it.
#[derive(Debug)]
pub struct Resource {
    pub status: u16,
    /// The headers a page may see: `Content-Type` and `Access-Control-*`.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

/// The body of a rendered page's `POST`.
#[derive(Debug)]
pub struct Post {
    pub body: Vec<u8>,
    pub content_type: Option<String>,
}

/// What one gated request is for.
#[derive(Clone, Copy)]
enum Ask<'a> {
    /// A page, unless unchanged since these validators.
    Page(&'a Validators),
    /// Anything a rendered page loads (with a body: its POST).
    Resource(Option<&'a Post>),
}

enum Answer {
    Fetched(Fetched),
    Resource(Resource),
}

/// What makes a request conditional: the page's ETag and Last-Modified.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

impl Validators {
    pub fn is_empty(&self) -> bool {
        self.etag.is_none() && self.last_modified.is_none()
    }
}

/// The answer to a conditional request.
#[derive(Debug)]
pub enum Fetched {
    /// The page did not change since the validators were taken.
    NotModified,
    Page(Page),
}

/// The per-feed part of fetching: what may differ between feeds.
#[derive(Debug, Clone)]
pub struct Policy {
    pub interval: Duration,
    pub robots_txt: bool,
    pub retries: u32,
    /// The pages the config names for this feed: their addresses may be
    /// private (on their own port), their folders read when they are files.
    pub pages: Vec<Url>,
    /// Headers from the config, sent only to the origins of `pages`: a
    /// cookie for a site never goes to another one, not after a redirect
    /// either.
    pub headers: crate::config::Headers,
}

impl Policy {
    /// A feed's policy: `[fetch]` with the feed's overrides, trusting its pages.
    pub fn for_feed(feed: &FeedConfig, settings: &FetchSettings) -> Policy {
        Policy {
            interval: feed.fetch.per_host_interval.unwrap_or(settings.per_host_interval),
            robots_txt: feed.fetch.robots_txt.unwrap_or(settings.robots_txt),
            retries: feed.fetch.retries.unwrap_or(settings.retries),
            pages: feed.urls.clone(),
            headers: {
                let own: Vec<_> = feed.fetch.headers.iter().map(|(n, _)| n).collect();
                let mut headers: crate::config::Headers = settings
                    .headers
                    .iter()
                    .filter(|(n, _)| !own.contains(&n))
                    .cloned()
                    .collect();
                headers.extend(feed.fetch.headers.iter().cloned());
                headers
            },
        }
    }

    /// `request` with the config's headers when `target` is on the origin
    /// of one of the feed's pages, as it is unchanged otherwise.
    fn with_headers(&self, mut request: reqwest::RequestBuilder, target: &Url) -> reqwest::RequestBuilder {
        if self.pages.iter().any(|p| p.origin() == target.origin()) {
            for (name, value) in &self.headers {
                request = request.header(name, value);
            }
        }
        request
    }

    /// This policy, also trusting `url` (a page named on the command line).
    pub fn trusting(mut self, url: &Url) -> Policy {
        self.pages.push(url.clone());
        self
    }
}

/// Why one attempt failed, and whether another may succeed.
struct Failure {
    error: anyhow::Error,
    retry: bool,
    /// The server's Retry-After, when it gave one.
    retry_after: Option<Duration>,
}

impl Failure {
    fn fatal(error: anyhow::Error) -> Failure {
        Failure {
            error,
            retry: false,
            retry_after: None,
        }
    }
}

/// Fetches pages for every feed of a run, sharing the hosts' gates.
pub struct Fetcher {
    client: reqwest::Client,
    pub settings: FetchSettings,
    global: Semaphore,
    hosts: Hosts,
    robots_cache: Mutex<RobotsCache>,
    agent: String,
    trust: Trust,
    /// The resolved addresses of the pages the config names, by URL.
    own: tokio::sync::Mutex<HashMap<Url, Vec<SocketAddr>>>,
    run_cache: Mutex<RunCache>,
    /// The browser of `render`, started by the first page that needs it.
    renderer: render::Renderer,
}

impl Fetcher {
    pub fn new(settings: &FetchSettings) -> Result<Fetcher> {
        Fetcher::with_robots_cache(settings, RobotsCache::new())
    }

    /// A fetcher that revalidates the robots.txt files it fetched before.
    pub fn with_robots_cache(settings: &FetchSettings, robots_cache: RobotsCache) -> Result<Fetcher> {
        let trust = Trust::new(settings.allow_private_networks);
        // Redirects are followed by `attempt`, which checks every hop's address.
        let client = reqwest::Client::builder()
            .user_agent(&settings.user_agent)
            .timeout(settings.timeout)
            .connect_timeout(settings.timeout.min(Duration::from_secs(10)))
            .redirect(reqwest::redirect::Policy::none())
            .dns_resolver(Arc::new(guard::Resolver(trust.clone())))
            .build()
            .context("cannot set up the HTTP client")?;
        Ok(Fetcher {
            client,
            global: Semaphore::new(settings.concurrency.max(1)),
            hosts: Hosts::default(),
            robots_cache: Mutex::new(robots_cache),
            agent: host::product_token(&settings.user_agent).to_lowercase(),
            settings: settings.clone(),
            trust,
            own: Default::default(),
            run_cache: Default::default(),
            renderer: render::Renderer::new(settings),
        })
    }

    /// The default policy of `[fetch]`.
    pub fn default_policy(&self) -> Policy {
        Policy {
            interval: self.settings.per_host_interval,
            robots_txt: self.settings.robots_txt,
            retries: self.settings.retries,
            pages: Vec::new(),
            headers: Vec::new(),
        }
    }

    /// The addresses of the pages `policy` names, resolved once per run.
    async fn own_addresses(&self, policy: &Policy) -> Vec<SocketAddr> {
        let mut own = self.own.lock().await;
        let mut all = Vec::new();
        for page in policy.pages.iter().filter(|p| p.scheme() != "file") {
            if !own.contains_key(page) {
                let addrs = self.trust.name(std::slice::from_ref(page)).await;
                own.insert(page.clone(), addrs);
            }
            all.extend(own[page].iter().copied());
        }
        all
    }

    /// `page` as a browser draws it: see [`render`].
    pub async fn render(
        &self,
        page: &Page,
        policy: &Policy,
        render: crate::config::Render,
        wait: Option<&str>,
    ) -> Result<Page> {
        self.renderer.render(self, policy, page, render, wait).await
    }

    /// The robots.txt files of this run, to keep for the next.
    pub fn robots_cache(&self) -> RobotsCache {
        self.robots_cache.lock().unwrap().clone()
    }

    /// Fetches one page, once per run: a second feed that asks for the same
    /// URL shares the answer (success or failure). Errors name the URL.
    pub async fn get(&self, url: &Url, policy: &Policy) -> Result<Arc<Page>> {
        let cell = self
            .run_cache
            .lock()
            .unwrap()
            .pages
            .entry(url.clone())
            .or_default()
            .clone();
        let mut made = false;
        let result = cell
            .get_or_init(|| async {
                made = true;
                match self.get_if_changed(url, &Validators::default(), policy).await {
                    Ok(Fetched::Page(page)) => Ok(Arc::new(page)),
                    Ok(Fetched::NotModified) => Err((
                        format!("{url}: answered 304 Not Modified to a plain request"),
                        None,
                    )),
                    Err(e) => {
                        let status = e
                            .chain()
                            .find_map(|c| c.downcast_ref::<HttpStatus>())
                            .map(|s| s.0);
                        Err((format!("{e:#}"), status))
                    }
                }
            })
            .await
            .clone();
        if !made {
            tracing::info!("GET {url}: shared with another feed of this run");
        }
        if made {
            let size = result.as_ref().map_or(0, |p| p.html.len());
            let mut cache = self.run_cache.lock().unwrap();
            cache.order.push_back((url.clone(), size));
            cache.bytes += size;
            while cache.bytes > RUN_CACHE_BYTES {
                let Some((old, size)) = cache.order.pop_front() else {
                    break;
                };
                cache.bytes -= size;
                cache.pages.remove(&old);
            }
        }
        result.map_err(|(message, status)| match status {
            Some(status) => anyhow::Error::new(HttpStatus(status)).context(message),
            None => anyhow!(message),
        })
    }

    /// Fetches one page unless it is unchanged since `validators` were taken.
    pub async fn get_if_changed(
        &self,
        url: &Url,
        validators: &Validators,
        policy: &Policy,
    ) -> Result<Fetched> {
        if url.scheme() == "file" {
            return read_file(url, validators, &policy.pages).await;
        }
        match self.gated(url, policy, Ask::Page(validators)).await? {
            Answer::Fetched(fetched) => Ok(fetched),
            Answer::Resource(_) => unreachable!("a page was asked for"),
        }
    }

    /// Fetches what a rendered page asks for (a script, an API's JSON) as
    /// pages are fetched: robots.txt, the host's gate, the address guard,
    /// `timeout` and `max_body_size`; any status and type is passed on.
    pub async fn get_resource(&self, url: &Url, policy: &Policy) -> Result<Resource> {
        self.resource(url, policy, None).await
    }

    /// A rendered page's `POST` (a GraphQL query, say), gated as a `GET`;
    /// sent once (a POST is not repeated) and its redirects not followed.
    pub async fn post_resource(&self, url: &Url, policy: &Policy, post: &Post) -> Result<Resource> {
        if post.body.len() as u64 > self.settings.max_body_size {
            bail!("{url}: a POST body larger than max_body_size is not sent");
        }
        self.resource(url, policy, Some(post)).await
    }

    async fn resource(&self, url: &Url, policy: &Policy, post: Option<&Post>) -> Result<Resource> {
        match self.gated(url, policy, Ask::Resource(post)).await? {
            Answer::Resource(resource) => Ok(resource),
            Answer::Fetched(_) => unreachable!("a resource was asked for"),
        }
    }

    async fn gated(&self, url: &Url, policy: &Policy, ask: Ask<'_>) -> Result<Answer> {
        match url.scheme() {
            "http" | "https" => {}
            other => bail!("{url}: the scheme `{other}` is not supported"),
        }
        let own = self.own_addresses(policy).await;
        guard::check(url, &own, &self.trust).await?;
        let origin = url.origin().ascii_serialization();
        let host = self.hosts.get(&origin, self.settings.per_host_concurrency);
        let mut interval = policy.interval;
        if policy.robots_txt {
            let robots = host
                .robots
                .get_or_init(|| self.fetch_robots(url, &origin, &host, policy, &own))
                .await;
            if let Robots::Unreachable(cause) = robots {
                // The site itself is the problem, not its robots.txt.
                bail!("{url}: the site cannot be reached: {cause}");
            }
            if let Err(why) = robots.allows(url.as_str()) {
                bail!(
                    "{url}: not fetched, {why} for user agent `{}` (robots_txt = false overrides this, \
                     at your own responsibility)",
                    self.agent
                );
            }
            interval = interval.max(robots.crawl_delay().unwrap_or_default());
        }
        let mut attempt = 0;
        loop {
            let result = {
                let _permits = host.acquire(&self.global, interval).await;
                let started = std::time::Instant::now();
                let result = match ask {
                    Ask::Page(validators) => self
                        .attempt(url, validators, policy, &own)
                        .await
                        .map(Answer::Fetched),
                    Ask::Resource(post) => self
                        .attempt_resource(url, policy, &own, post)
                        .await
                        .map(Answer::Resource),
                };
                let ms = started.elapsed().as_millis();
                match &result {
                    Ok(Answer::Fetched(Fetched::NotModified)) => {
                        tracing::info!("GET {url}: 304 not modified, {ms} ms")
                    }
                    Ok(Answer::Fetched(Fetched::Page(page))) => {
                        tracing::info!("GET {url}: {} bytes, {ms} ms", page.html.len())
                    }
                    Ok(Answer::Resource(r)) => {
                        tracing::info!("GET {url}: {}, {} bytes, {ms} ms", r.status, r.body.len())
                    }
                    Err(f) => tracing::info!("GET {url}: {:#}, {ms} ms", f.error),
                }
                result
            };
            let failure = match result {
                Ok(answer) => return Ok(answer),
                Err(f) => f,
            };
            if !failure.retry || attempt >= policy.retries {
                let tries = if attempt > 0 {
                    format!(" (after {} attempts)", attempt + 1)
                } else {
                    String::new()
                };
                return Err(failure.error.context(format!("{url}{tries}")));
            }
            let pause = match failure.retry_after {
                Some(after) if after > self.settings.max_retry_wait => {
                    return Err(failure.error.context(format!(
                        "{url}: the server asks to retry after {}s, longer than max_retry_wait ({}s)",
                        after.as_secs(),
                        self.settings.max_retry_wait.as_secs()
                    )));
                }
                Some(after) => after,
                None => backoff(self.settings.retry_delay, attempt),
            };
            tracing::info!(
                "{url}: {:#}; retrying in {:.1}s",
                failure.error,
                pause.as_secs_f32()
            );
            // A struggling host gets a rest from every feed, not only this request.
            host.back_off(pause);
            attempt += 1;
        }
    }

    async fn attempt_resource(
        &self,
        url: &Url,
        policy: &Policy,
        own: &[SocketAddr],
        post: Option<&Post>,
    ) -> Result<Resource, Failure> {
        let resp = match post {
            None => self.send(url, &Validators::default(), own, policy).await?,
            Some(post) => {
                let mut request = self.client.post(url.clone()).body(post.body.clone());
                if let Some(ct) = &post.content_type {
                    request = request.header(reqwest::header::CONTENT_TYPE, ct);
                }
                policy
                    .with_headers(request, url)
                    .send()
                    .await
                    .map_err(|e| Failure::fatal(anyhow!(describe(&e))))?
            }
        };
        let status = resp.status();
        if status == reqwest::StatusCode::TOO_MANY_REQUESTS || status.is_server_error() {
            return Err(Failure {
                error: anyhow::Error::new(HttpStatus(status)),
                retry: post.is_none(),
                retry_after: None,
            });
        }
        // What a script may read of the answer: its type and the CORS
        // headers that let a page read another origin's answer. The body is
        // already decompressed, so no encoding or length is passed on.
        let headers = resp
            .headers()
            .iter()
            .filter(|(name, _)| {
                let name = name.as_str();
                name == "content-type" || name.starts_with("access-control-")
            })
            .filter_map(|(name, value)| Some((name.to_string(), value.to_str().ok()?.to_string())))
            .collect();
        let body = read_body(resp, self.settings.max_body_size).await?;
        Ok(Resource {
            status: status.as_u16(),
            headers,
            body,
        })
    }

    async fn attempt(
        &self,
        url: &Url,
        validators: &Validators,
        policy: &Policy,
        own: &[SocketAddr],
    ) -> Result<Fetched, Failure> {
        use reqwest::header;
        let resp = self.send(url, validators, own, policy).await?;
        let status = resp.status();
        if status == reqwest::StatusCode::NOT_MODIFIED && !validators.is_empty() {
            return Ok(Fetched::NotModified);
        }
        if !status.is_success() {
            let retry = status == reqwest::StatusCode::TOO_MANY_REQUESTS || status.is_server_error();
            let retry_after = resp
                .headers()
                .get(header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(parse_retry_after);
            return Err(Failure {
                error: anyhow::Error::new(HttpStatus(status)),
                retry,
                retry_after,
            });
        }
        let final_url = resp.url().clone();
        let header_text = |name| {
            resp.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let new_validators = Validators {
            etag: header_text(header::ETAG),
            last_modified: header_text(header::LAST_MODIFIED),
        };
        let content_type = header_text(header::CONTENT_TYPE);
        // Servers label sitemaps (`.xml.gz`) and feeds `application/octet-stream`
        // too: such a body is taken only if it is gzip or opens as markup.
        let unlabelled = content_type.as_deref().is_some_and(|ct| {
            ct.trim()
                .to_ascii_lowercase()
                .starts_with("application/octet-stream")
        });
        if let Some(ct) = &content_type {
            if !is_html_like(ct) && !unlabelled {
                return Err(Failure::fatal(anyhow!("not an HTML page (Content-Type: {ct})")));
            }
        }
        let body = read_body(resp, self.settings.max_body_size).await?;
        if unlabelled {
            let first = body.iter().find(|b| !b.is_ascii_whitespace());
            let gzip = body.starts_with(&[0x1f, 0x8b]);
            if !gzip && !matches!(first, Some(b'<' | b'{' | 0xef)) {
                return Err(Failure::fatal(anyhow!(
                    "not an HTML page (Content-Type: application/octet-stream)"
                )));
            }
        }
        let body = gunzip_bounded(body, self.settings.max_body_size).map_err(Failure::fatal)?;
        if body.iter().all(u8::is_ascii_whitespace) {
            return Err(Failure {
                retry: true,
                ..Failure::fatal(anyhow!("the page is empty"))
            });
        }
        let charset = content_type.as_deref().and_then(decode::charset_param);
        let tld = match final_url.host() {
            Some(url::Host::Domain(d)) => d.rsplit('.').next(),
            _ => None,
        };
        Ok(Fetched::Page(Page {
            html: decode(&body, charset, tld),
            url: final_url,
            validators: new_validators,
        }))
    }

    /// One request, conditional on `validators`, following up to
    /// MAX_REDIRECTS redirects to http(s) URLs on addresses the guard lets
    /// through.
    async fn send(
        &self,
        url: &Url,
        validators: &Validators,
        own: &[SocketAddr],
        policy: &Policy,
    ) -> Result<reqwest::Response, Failure> {
        use reqwest::header;
        let mut target = url.clone();
        let mut redirects = 0;
        loop {
            let mut request = policy.with_headers(
                self.client
                    .get(target.clone())
                    .header(header::ACCEPT, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"),
                &target,
            );
            if let Some(etag) = &validators.etag {
                request = request.header(header::IF_NONE_MATCH, etag);
            }
            if let Some(date) = &validators.last_modified {
                request = request.header(header::IF_MODIFIED_SINCE, date);
            }
            let resp = request.send().await.map_err(|e| Failure {
                retry: !e.is_builder(),
                error: anyhow!(describe(&e)),
                retry_after: None,
            })?;
            if !resp.status().is_redirection() || resp.status() == reqwest::StatusCode::NOT_MODIFIED {
                return Ok(resp);
            }
            let location = resp.headers().get(header::LOCATION);
            let location = location.and_then(|v| v.to_str().ok()).unwrap_or("");
            let Ok(next) = target.join(location) else {
                return Err(Failure::fatal(anyhow!("redirect to `{location}`, not a URL")));
            };
            if !matches!(next.scheme(), "http" | "https") {
                return Err(Failure::fatal(anyhow!(
                    "redirect to a non-HTTP URL ({next}) refused"
                )));
            }
            redirects += 1;
            if redirects > MAX_REDIRECTS {
                return Err(Failure::fatal(anyhow!("more than {MAX_REDIRECTS} redirects")));
            }
            guard::check(&next, own, &self.trust)
                .await
                .map_err(Failure::fatal)?;
            target = next;
        }
    }

    /// Fetches (or revalidates) a host's robots.txt, once per run.
    async fn fetch_robots(
        &self,
        page: &Url,
        origin: &str,
        host: &Arc<Host>,
        policy: &Policy,
        own: &[SocketAddr],
    ) -> Robots {
        let Ok(robots_url) = page.join("/robots.txt") else {
            return Robots::AllowAll;
        };
        let cached = self.robots_cache.lock().unwrap().get(origin).cloned();
        let validators = cached
            .as_ref()
            .map(|c| Validators {
                etag: c.etag.clone(),
                last_modified: c.last_modified.clone(),
            })
            .unwrap_or_default();
        // Retried as pages are: a robots.txt that fails for a moment must not
        // close the whole site for the run.
        let mut attempt = 0;
        let answer = loop {
            let answer = {
                let _permits = host.acquire(&self.global, policy.interval).await;
                self.robots_request(&robots_url, &validators, own).await
            };
            let transient = match &answer {
                Ok(Some(fresh)) => fresh.status >= 500 || fresh.status == 429,
                Ok(None) => false,
                Err(_) => true,
            };
            if !transient || attempt >= policy.retries {
                break answer;
            }
            host.back_off(backoff(self.settings.retry_delay, attempt));
            attempt += 1;
        };
        let entry = match (answer, cached) {
            (Ok(None), Some(cached)) => cached,
            // A server error now, known rules from before: they hold.
            (Ok(Some(fresh)), Some(cached)) if fresh.status >= 500 && cached.status < 500 => cached,
            (Ok(Some(fresh)), _) => fresh,
            (Ok(None), None) => return Robots::AllowAll,
            // Unreachable now but known from before: the last known rules hold.
            (Err(_), Some(cached)) if cached.status < 500 => cached,
            (Err(e), _) => return Robots::Unreachable(format!("{e:#}")),
        };
        let robots = Robots::from_answer(&self.agent, entry.status, &entry.body);
        // The robots.txt request itself counts: the next one waits the Crawl-delay.
        if let Some(delay) = robots.crawl_delay() {
            host.back_off(delay);
        }
        if entry.status < 500 {
            self.robots_cache
                .lock()
                .unwrap()
                .insert(origin.to_string(), entry);
        }
        robots
    }

    /// `Ok(None)` when the cached robots.txt is still current (304).
    async fn robots_request(
        &self,
        url: &Url,
        validators: &Validators,
        own: &[SocketAddr],
    ) -> Result<Option<CachedRobots>> {
        use reqwest::header;
        let resp = self
            .send(url, validators, own, &self.default_policy())
            .await
            .map_err(|f| f.error)?;
        let status = resp.status();
        if status == reqwest::StatusCode::NOT_MODIFIED && !validators.is_empty() {
            return Ok(None);
        }
        let header_text = |name| {
            resp.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let (etag, last_modified) = (header_text(header::ETAG), header_text(header::LAST_MODIFIED));
        let body = if status.is_success() {
            let bytes = read_prefix(resp, MAX_ROBOTS_SIZE).await?;
            String::from_utf8_lossy(&bytes).into_owned()
        } else {
            String::new()
        };
        Ok(Some(CachedRobots {
            status: status.as_u16(),
            etag,
            last_modified,
            body,
        }))
    }
}

/// Reads a body up to `limit` bytes after decompression, so a gzip bomb
/// stops at the limit.
async fn read_body(resp: reqwest::Response, limit: u64) -> Result<Vec<u8>, Failure> {
    if resp.content_length().is_some_and(|len| len > limit) {
        return Err(Failure::fatal(anyhow!(
            "the page is larger than max_body_size ({limit} bytes)"
        )));
    }
    let mut body = Vec::new();
    let mut stream = resp.bytes_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| Failure {
            retry: true,
            error: anyhow!(describe(&e)),
            retry_after: None,
        })?;
        if (body.len() + chunk.len()) as u64 > limit {
            return Err(Failure::fatal(anyhow!(
                "the page is larger than max_body_size ({limit} bytes)"
            )));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// The first `limit` bytes of a body, the rest left unread: RFC 9309 asks a
/// crawler to parse at least the first 500 KiB of a larger robots.txt.
async fn read_prefix(resp: reqwest::Response, limit: u64) -> Result<Vec<u8>> {
    let mut body = Vec::new();
    let mut stream = resp.bytes_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| anyhow!(describe(&e)))?;
        let room = (limit as usize).saturating_sub(body.len());
        body.extend_from_slice(&chunk[..chunk.len().min(room)]);
        if body.len() as u64 >= limit {
            // Cut at the last whole line, not inside a rule.
            let end = body.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
            body.truncate(end);
            break;
        }
    }
    Ok(body)
}

/// Exponential back-off from `base`, with up to 25% jitter either way.
fn backoff(base: Duration, attempt: u32) -> Duration {
    let exp = base.saturating_mul(1 << attempt.min(10));
    Duration::try_from_secs_f64(exp.as_secs_f64() * (0.75 + fastrand::f64() * 0.5)).unwrap_or(Duration::MAX)
}

/// `Retry-After` as seconds or as an HTTP date.
fn parse_retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let date = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let wait = date.signed_duration_since(chrono::Utc::now());
    Some(wait.to_std().unwrap_or(Duration::ZERO))
}

/// Pages, feeds (XML or JSON) and sitemaps (also gzipped); not images,
/// videos or archives.
fn is_html_like(content_type: &str) -> bool {
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    mime.is_empty()
        || mime.starts_with("text/")
        || mime.ends_with("+xml")
        || mime.ends_with("/xml")
        || mime.ends_with("/json")
        || mime.ends_with("+json")
        || matches!(mime.as_str(), "application/gzip" | "application/x-gzip")
}

/// A gzipped body (a sitemap served as `.xml.gz`) unpacked, to at most
/// `max` bytes: a bomb fails instead of filling the memory.
pub(crate) fn gunzip_bounded(body: Vec<u8>, max: u64) -> Result<Vec<u8>> {
    use std::io::Read;
    if !body.starts_with(&[0x1f, 0x8b]) {
        return Ok(body);
    }
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(&body[..])
        .take(max + 1)
        .read_to_end(&mut out)
        .map_err(|e| anyhow!("a gzipped body that does not unpack: {e}"))?;
    if out.len() as u64 > max {
        bail!("the unpacked body is larger than max_body_size ({max} bytes)");
    }
    Ok(out)
}

/// reqwest's Display stops at "error sending request"; the cause says why.
fn describe(e: &reqwest::Error) -> String {
    let mut msg = if e.is_timeout() {
        "timed out".to_string()
    } else {
        e.to_string()
    };
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        msg.push_str(": ");
        msg.push_str(&s.to_string());
        source = s.source();
    }
    msg
}

/// A local page; its size and modification time stand in for an ETag. Only
/// files below the folder of a page the config names as a file are read: a
/// page can name any path, the config's author chose these.
async fn read_file(url: &Url, validators: &Validators, pages: &[Url]) -> Result<Fetched> {
    let path = url
        .to_file_path()
        .map_err(|_| anyhow!("{url}: not a local file path"))?;
    let real = |p: &std::path::Path| std::fs::canonicalize(p).ok();
    let folders: Vec<PathBuf> = pages
        .iter()
        .filter_map(|p| p.to_file_path().ok())
        .filter_map(|p| real(p.parent()?))
        .collect();
    // A missing file is judged by its folder, so it fails as missing, below.
    let resolved = real(&path).or_else(|| Some(real(path.parent()?)?.join(path.file_name()?)));
    if !resolved.is_some_and(|p| folders.iter().any(|f| p.starts_with(f))) {
        bail!(
            "{url}: refused, a local file outside the folder of the feed's own pages \
             (only the config may name local files)"
        );
    }
    let meta = tokio::fs::metadata(&path)
        .await
        .with_context(|| format!("cannot read {}", path.display()))?;
    let modified = meta
        .modified()
        .ok()
        .and_then(|m| m.duration_since(std::time::UNIX_EPOCH).ok());
    let etag = modified.map(|m| format!("\"{}-{}.{}\"", meta.len(), m.as_secs(), m.subsec_nanos()));
    if etag.is_some() && validators.etag == etag {
        return Ok(Fetched::NotModified);
    }
    let bytes = tokio::fs::read(&path)
        .await
        .with_context(|| format!("cannot read {}", path.display()))?;
    Ok(Fetched::Page(Page {
        url: url.clone(),
        html: decode(&bytes, None, None),
        validators: Validators {
            etag,
            last_modified: None,
        },
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gzipped_body_is_unpacked_within_the_size_limit() {
        use std::io::Write;
        let zip = |bytes: &[u8]| {
            let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            enc.write_all(bytes).unwrap();
            enc.finish().unwrap()
        };
        assert_eq!(gunzip_bounded(zip(b"<urlset/>"), 100).unwrap(), b"<urlset/>");
        assert_eq!(gunzip_bounded(b"<html>".to_vec(), 100).unwrap(), b"<html>");
        // 20 MB of zeros in about 20 KB: refused past the limit.
        let bomb = zip(&vec![0u8; 20 << 20]);
        let err = gunzip_bounded(bomb, 1 << 20).unwrap_err().to_string();
        assert!(err.contains("larger than max_body_size"), "{err}");
    }

    #[test]
    fn retry_after_forms() {
        assert_eq!(parse_retry_after("7"), Some(Duration::from_secs(7)));
        let soon = (chrono::Utc::now() + chrono::Duration::seconds(30)).to_rfc2822();
        let d = parse_retry_after(&soon.replace("+0000", "GMT")).unwrap();
        assert!(
            d > Duration::from_secs(25) && d <= Duration::from_secs(30),
            "{d:?}"
        );
        assert_eq!(parse_retry_after("soon"), None);
    }

    #[test]
    fn backoff_grows_with_jitter() {
        for attempt in 0..4 {
            let d = backoff(Duration::from_millis(100), attempt);
            let exp = 100.0 * f64::from(1u32 << attempt);
            assert!(
                d.as_millis() as f64 >= exp * 0.75 && d.as_millis() as f64 <= exp * 1.25,
                "{d:?}"
            );
        }
    }

    #[test]
    fn html_like_content_types() {
        for ok in [
            "text/html; charset=utf-8",
            "application/xhtml+xml",
            "text/plain",
            "",
        ] {
            assert!(is_html_like(ok), "{ok}");
        }
        for bad in ["image/png", "application/pdf", "application/octet-stream"] {
            assert!(!is_html_like(bad), "{bad}");
        }
    }
}
