//! Pages drawn by JavaScript (`render = "listing" | "all"`): the page pagefeed
//! fetched is loaded in a tab of headless Chromium, its scripts run, and the
//! document they leave is read back for the same extraction as any page.
//!
//! Chromium makes no request of its own. Every request of a tab is paused
//! (the DevTools Fetch domain) and either refused (images, fonts, media,
//! style sheets, frames, pings, a second navigation) or answered by the
//! [`Fetcher`]: robots.txt, the per-host gate and interval, the address
//! guard, `timeout` and `max_body_size` hold for a page's scripts and API
//! calls as for pages. What the Fetch domain does not pause (WebSockets,
//! workers, popups) meets a proxy that is not there.
//!
//! One browser a run, started by the first page that needs it, in a process
//! group of its own that is killed when the fetcher is dropped (the end of
//! the run, a failure), on SIGINT and SIGTERM, and (Linux) when pagefeed dies.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context, Result};
use base64::Engine as _;
use chromiumoxide::cdp::browser_protocol::fetch::{
    EnableParams, EventRequestPaused, FailRequestParams, FulfillRequestParams, HeaderEntry, RequestPattern,
    RequestStage,
};
use chromiumoxide::cdp::browser_protocol::network::{ErrorReason, ResourceType};
use futures::stream::FuturesUnordered;
use futures::StreamExt;
use tokio::sync::{OnceCell, Semaphore};
use url::Url;

use super::{Fetcher, Page, Policy, Post, Resource, Validators};
use crate::config::{FetchSettings, Render};

/// The browsers looked for on PATH when `[fetch] chromium` is not set.
const BROWSERS: [&str; 4] = [
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
];

/// The network is idle when no request has been open for this long.
const IDLE: Duration = Duration::from_millis(500);
const POLL: Duration = Duration::from_millis(100);
/// How long a scroll to the end has to start the requests it causes.
const SCROLL_SETTLE: Duration = Duration::from_millis(200);
/// How long a started browser has to say where it listens.
const LAUNCH_TIMEOUT: Duration = Duration::from_secs(30);

/// The browser binary `[fetch] chromium` names, or the first of BROWSERS on
/// PATH.
pub fn find_browser(configured: Option<&Path>) -> Option<PathBuf> {
    let on_path = |name: &Path| -> Option<PathBuf> {
        if name.components().count() > 1 {
            return name.is_file().then(|| name.to_path_buf());
        }
        std::env::split_paths(&std::env::var_os("PATH")?)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    };
    match configured {
        Some(path) => on_path(path),
        None => BROWSERS.iter().find_map(|b| on_path(Path::new(b))),
    }
}

/// What a feed that renders says when there is no browser.
pub fn no_browser(render: Render) -> String {
    format!(
        "render = \"{}\" needs Chromium: apt-get install chromium, or set [fetch] chromium",
        render.as_str()
    )
}

/// The run's browser, started on first use.
pub struct Renderer {
    binary: Option<PathBuf>,
    /// `[fetch] chromium_sandbox`.
    sandbox: bool,
    tabs: Semaphore,
    scripts: Scripts,
    browser: OnceCell<Result<Running, String>>,
}

struct Running {
    browser: chromiumoxide::Browser,
    handler: tokio::task::JoinHandle<()>,
    group: Group,
    _profile: tempfile::TempDir,
}

impl Drop for Running {
    fn drop(&mut self) {
        self.handler.abort();
        self.group.kill();
    }
}

impl Renderer {
    pub fn new(settings: &FetchSettings) -> Renderer {
        Renderer {
            binary: find_browser(settings.chromium.as_deref()),
            sandbox: settings.chromium_sandbox,
            tabs: Semaphore::new(settings.render_concurrency.max(1)),
            scripts: Scripts::default(),
            browser: OnceCell::new(),
        }
    }

    async fn running(&self, render: Render) -> Result<&Running> {
        let started = self
            .browser
            .get_or_init(|| async {
                let Some(binary) = &self.binary else {
                    return Err(no_browser(render));
                };
                launch(binary, self.sandbox).await.map_err(|e| format!("{e:#}"))
            })
            .await;
        started.as_ref().map_err(|e| anyhow!("{e}"))
    }

    /// Loads `page` (already fetched) in a tab, lets its scripts run until
    /// `wait` matches (or the network is idle) and returns the document
    /// they left, as a page with no validators (a rendered page is never
    /// taken as unchanged from its HTML alone).
    pub async fn render(
        &self,
        fetcher: &Fetcher,
        policy: &Policy,
        page: &Page,
        render: Render,
        wait: Option<&str>,
    ) -> Result<Page> {
        if !matches!(page.url.scheme(), "http" | "https") {
            bail!("{}: only web pages are rendered", page.url);
        }
        let running = self.running(render).await?;
        let _tab_permit = self.tabs.acquire().await?;
        let timeout = fetcher.settings.timeout;
        let started = Instant::now();
        let tab = tokio::time::timeout(timeout, running.browser.new_page("about:blank"))
            .await
            .map_err(|_| anyhow!("the browser did not open a tab within the timeout"))?
            .context("the browser did not open a tab")?;
        // The tab's work is bounded as a whole; a script that never yields
        // is ended by closing its tab.
        let result = tokio::time::timeout(
            timeout + Duration::from_secs(5),
            self.load(fetcher, policy, &tab, page, wait, timeout),
        )
        .await
        .unwrap_or_else(|_| {
            Err(anyhow!(
                "the page did not finish rendering within the timeout ({}s)",
                timeout.as_secs()
            ))
        });
        if tokio::time::timeout(Duration::from_secs(5), tab.close())
            .await
            .is_err()
        {
            tracing::warn!("{}: the browser tab did not close", page.url);
        }
        let html = result.with_context(|| format!("{}: rendering failed", page.url))?;
        tracing::info!(
            "RENDER {}: {} bytes, {} ms",
            page.url,
            html.len(),
            started.elapsed().as_millis()
        );
        Ok(Page {
            url: page.url.clone(),
            html,
            validators: Validators::default(),
        })
    }

    async fn load(
        &self,
        fetcher: &Fetcher,
        policy: &Policy,
        tab: &chromiumoxide::Page,
        page: &Page,
        wait: Option<&str>,
        timeout: Duration,
    ) -> Result<String> {
        let mut paused = tab.event_listener::<EventRequestPaused>().await?;
        tab.execute(
            EnableParams::builder()
                .pattern(
                    RequestPattern::builder()
                        .url_pattern("*")
                        .request_stage(RequestStage::Request)
                        .build(),
                )
                .build(),
        )
        .await?;
        let main_frame = tab.mainframe().await?;
        let traffic = Traffic::default();
        let document_served = std::sync::atomic::AtomicBool::new(false);
        let answer = |event: Arc<EventRequestPaused>| {
            let traffic = &traffic;
            let document_served = &document_served;
            let main_frame = main_frame.as_ref();
            async move {
                let _open = traffic.open();
                let request_url = Url::parse(&event.request.url).ok();
                // The tab's first navigation is the one `drive` starts, to
                // the page's own address (as the browser spells it: without
                // its #fragment, say).
                let main_document = event.resource_type == ResourceType::Document
                    && main_frame.is_none_or(|f| *f == event.frame_id);
                let reply = if main_document && !document_served.swap(true, Ordering::SeqCst) {
                    Reply::Fulfil {
                        status: 200,
                        headers: vec![("content-type".into(), "text/html; charset=utf-8".into())],
                        body: page.html.as_bytes().to_vec(),
                    }
                } else if main_document {
                    // Another navigation of the page (a script's `location =
                    // ...`): 204 No Content leaves the page where it is,
                    // where a refused request would put an error page there.
                    // (A frame's is refused: a 204 there keeps the page loading.)
                    Reply::Fulfil {
                        status: 204,
                        headers: Vec::new(),
                        body: Vec::new(),
                    }
                } else {
                    let kind = &event.resource_type;
                    let method = event.request.method.as_str();
                    let fetched = match (kind, method, request_url) {
                        (
                            ResourceType::Script | ResourceType::Xhr | ResourceType::Fetch,
                            "GET",
                            Some(url),
                        ) => {
                            let script = *kind == ResourceType::Script;
                            let got = self
                                .scripts
                                .get(&url, script, || fetcher.get_resource(&url, policy))
                                .await;
                            Some((url, got))
                        }
                        (ResourceType::Xhr | ResourceType::Fetch, "POST", Some(url)) => {
                            let got = fetcher
                                .post_resource(&url, policy, &post_of(&event.request))
                                .await;
                            Some((url, got.map(Arc::new)))
                        }
                        _ => None,
                    };
                    match fetched {
                        Some((_, Ok(r))) => Reply::Fulfil {
                            status: r.status,
                            headers: r.headers.clone(),
                            body: r.body.clone(),
                        },
                        Some((url, Err(e))) => {
                            tracing::info!("render: {method} {url} not loaded: {e:#}");
                            Reply::Fail(ErrorReason::Failed)
                        }
                        None => {
                            tracing::debug!("render: {method} {} ({kind:?}) refused", event.request.url);
                            Reply::Fail(ErrorReason::BlockedByClient)
                        }
                    }
                };
                let sent = match reply {
                    Reply::Fulfil {
                        status,
                        headers,
                        body,
                    } => {
                        let mut fulfil =
                            FulfillRequestParams::new(event.request_id.clone(), i64::from(status));
                        fulfil.response_headers =
                            Some(headers.into_iter().map(|(n, v)| HeaderEntry::new(n, v)).collect());
                        fulfil.body = Some(base64::engine::general_purpose::STANDARD.encode(body).into());
                        tab.execute(fulfil).await.map(drop)
                    }
                    Reply::Fail(reason) => tab
                        .execute(FailRequestParams::new(event.request_id.clone(), reason))
                        .await
                        .map(drop),
                };
                if let Err(e) = sent {
                    tracing::debug!("render: answering {} failed: {e}", event.request.url);
                }
            }
        };
        let intercept = async {
            let mut open = FuturesUnordered::new();
            loop {
                tokio::select! {
                    event = paused.next() => match event {
                        Some(event) => open.push(answer(event)),
                        None => break,
                    },
                    Some(()) = open.next(), if !open.is_empty() => {}
                }
            }
        };
        let drive = async {
            // Navigated by a script, not Page.navigate: the client library
            // follows a Page.navigate until its load, which a script's own
            // `location = ...` can put off for good.
            let deadline = Instant::now() + timeout;
            let go = format!("location.href = {}", serde_json::to_string(page.url.as_str())?);
            tab.evaluate(go.as_str())
                .await
                .context("the browser could not load the page")?;
            // Until the page is in and loaded (a check may fail while the
            // document is being replaced).
            let loaded = poll_until(deadline, || async {
                Ok(document_served.load(Ordering::SeqCst)
                    && truthy(tab, "document.readyState === 'complete'")
                        .await
                        .unwrap_or(false))
            })
            .await?;
            if !loaded {
                bail!(
                    "the page did not load within the timeout ({}s)",
                    timeout.as_secs()
                );
            }
            let quiet = || async { Ok(traffic.idle_for() >= IDLE) };
            match wait {
                Some(selector) => {
                    let test = format!(
                        "document.querySelector({}) !== null",
                        serde_json::to_string(selector)?
                    );
                    if !poll_until(deadline, || truthy(tab, &test)).await? {
                        bail!(
                            "render_wait `{selector}` matched nothing within the timeout ({}s)",
                            timeout.as_secs()
                        );
                    }
                }
                // The page is loaded (above): its network has to be quiet.
                None => {
                    if !poll_until(deadline, quiet).await? {
                        tracing::warn!(
                            "{}: the network was still busy after {}s; reading the page as it is",
                            page.url,
                            timeout.as_secs()
                        );
                    }
                }
            }
            // Lists that grow as the reader scrolls: one scroll to the end,
            // and what it asks for is waited for (within the timeout).
            let before = traffic.started();
            let scrolled = truthy(
                tab,
                "(() => { window.scrollTo(0, document.body ? document.body.scrollHeight : 0); \
                 return window.scrollY > 0; })()",
            )
            .await
            .unwrap_or(false);
            if scrolled {
                tokio::time::sleep(SCROLL_SETTLE).await;
            }
            if traffic.started() != before {
                poll_until(deadline, quiet).await?;
            }
            // The document, unless a script made it larger than a page may be.
            let read = format!(
                "(() => {{ const h = document.documentElement ? document.documentElement.outerHTML : ''; \
                 return h.length > {} ? null : h; }})()",
                fetcher.settings.max_body_size
            );
            let html: Option<String> = tab.evaluate(read.as_str()).await?.into_value()?;
            html.ok_or_else(|| {
                anyhow!(
                    "the rendered page is larger than max_body_size ({} bytes)",
                    fetcher.settings.max_body_size
                )
            })
        };
        tokio::select! {
            html = drive => html,
            () = intercept => Err(anyhow!("the browser closed the tab")),
        }
    }
}

/// The scripts of this run by URL, as a browser's cache keeps them: the
/// script every article page of a site loads is asked for once a run. Up to
/// SCRIPT_CACHE_BYTES; what a script fetches (its data) is never kept.
#[derive(Default)]
struct Scripts(Mutex<(std::collections::HashMap<Url, Arc<Resource>>, usize)>);

const SCRIPT_CACHE_BYTES: usize = 32 * 1024 * 1024;

impl Scripts {
    async fn get<F>(&self, url: &Url, script: bool, fetch: impl FnOnce() -> F) -> Result<Arc<Resource>>
    where
        F: std::future::Future<Output = Result<Resource>>,
    {
        if script {
            if let Some(kept) = self.0.lock().unwrap().0.get(url) {
                tracing::debug!("render: {url} from this run's scripts");
                return Ok(kept.clone());
            }
        }
        let resource = Arc::new(fetch().await?);
        if script && resource.status == 200 {
            let mut kept = self.0.lock().unwrap();
            if kept.1 + resource.body.len() <= SCRIPT_CACHE_BYTES {
                kept.1 += resource.body.len();
                kept.0.insert(url.clone(), resource.clone());
            }
        }
        Ok(resource)
    }
}

/// The body and type of a paused POST request.
fn post_of(request: &chromiumoxide::cdp::browser_protocol::network::Request) -> Post {
    let b64 = base64::engine::general_purpose::STANDARD;
    let body = request
        .post_data_entries
        .iter()
        .flatten()
        .filter_map(|e| b64.decode(AsRef::<str>::as_ref(e.bytes.as_ref()?)).ok())
        .flatten()
        .collect();
    let content_type = request.headers.inner().as_object().and_then(|h| {
        h.iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("content-type"))
            .and_then(|(_, v)| v.as_str().map(str::to_string))
    });
    Post { body, content_type }
}

/// Whether the expression `js` is true in the tab (false when it is not a
/// boolean).
async fn truthy(tab: &chromiumoxide::Page, js: &str) -> Result<bool> {
    Ok(tab.evaluate(js).await?.into_value().unwrap_or(false))
}

/// Checks `holds` every POLL: true once it holds, false once `deadline`
/// has passed first.
async fn poll_until<F>(deadline: Instant, mut holds: impl FnMut() -> F) -> Result<bool>
where
    F: std::future::Future<Output = Result<bool>>,
{
    loop {
        if holds().await? {
            return Ok(true);
        }
        if Instant::now() >= deadline {
            return Ok(false);
        }
        tokio::time::sleep(POLL).await;
    }
}

enum Reply {
    Fulfil {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    Fail(ErrorReason),
}

/// The tab's open requests, for "the network is idle".
#[derive(Default)]
struct Traffic {
    open: AtomicUsize,
    /// Requests paused so far.
    started: AtomicUsize,
    last: Mutex<Option<Instant>>,
}

struct Open<'a>(&'a Traffic);

impl Traffic {
    fn open(&self) -> Open<'_> {
        self.open.fetch_add(1, Ordering::SeqCst);
        self.started.fetch_add(1, Ordering::SeqCst);
        *self.last.lock().unwrap() = Some(Instant::now());
        Open(self)
    }

    fn started(&self) -> usize {
        self.started.load(Ordering::SeqCst)
    }

    /// How long no request has been open (zero while one is).
    fn idle_for(&self) -> Duration {
        if self.open.load(Ordering::SeqCst) > 0 {
            return Duration::ZERO;
        }
        self.last.lock().unwrap().map_or(Duration::MAX, |at| at.elapsed())
    }
}

impl Drop for Open<'_> {
    fn drop(&mut self) {
        *self.0.last.lock().unwrap() = Some(Instant::now());
        self.0.open.fetch_sub(1, Ordering::SeqCst);
    }
}

/// A started browser's process group; killed (and its leader reaped) once.
struct Group {
    child: Mutex<Option<std::process::Child>>,
    pgid: i32,
}

impl Group {
    fn kill(&self) {
        let Some(mut child) = self.child.lock().unwrap().take() else {
            return;
        };
        forget_group(self.pgid);
        // SAFETY: kill(2) with a negative pid signals that process group,
        // which is the browser's own (process_group(0) at spawn).
        unsafe {
            libc::kill(-self.pgid, libc::SIGKILL);
        }
        let _ = child.wait();
    }
}

impl Drop for Group {
    fn drop(&mut self) {
        self.kill();
    }
}

/// The process groups of the browsers this process started, for the
/// signal handler.
static GROUPS: Mutex<Vec<i32>> = Mutex::new(Vec::new());

fn forget_group(pgid: i32) {
    GROUPS.lock().unwrap().retain(|g| *g != pgid);
}

/// On SIGINT or SIGTERM: the browsers go first, then pagefeed exits as the
/// signal would have ended it (130, 143). Installed once, by the first launch.
fn kill_browsers_on_signals() {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        tokio::spawn(async {
            use tokio::signal::unix::{signal, SignalKind};
            let (Ok(mut int), Ok(mut term)) =
                (signal(SignalKind::interrupt()), signal(SignalKind::terminate()))
            else {
                return;
            };
            let code = tokio::select! {
                _ = int.recv() => 130,
                _ = term.recv() => 143,
            };
            for pgid in GROUPS.lock().unwrap().drain(..) {
                // SAFETY: as in Group::kill.
                unsafe {
                    libc::kill(-pgid, libc::SIGKILL);
                }
            }
            std::process::exit(code);
        });
    });
}

/// Whether this process runs as root, where Chromium refuses its sandbox.
fn is_root() -> bool {
    // SAFETY: geteuid(2) has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

async fn launch(binary: &Path, sandbox: bool) -> Result<Running> {
    use std::io::BufRead as _;
    use std::os::unix::process::CommandExt as _;
    let profile = tempfile::Builder::new()
        .prefix("pagefeed-chromium-")
        .tempdir()
        .context("cannot make the browser's profile folder")?;
    let mut command = std::process::Command::new(binary);
    command
        .args([
            "--headless",
            "--remote-debugging-port=0",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--disable-default-apps",
            "--mute-audio",
            "--block-new-web-contents",
            "--blink-settings=imagesEnabled=false",
            // Every request is answered through the Fetch domain; anything
            // else goes to a proxy on the discard port, which nothing serves.
            "--proxy-server=127.0.0.1:9",
            "--proxy-bypass-list=<-loopback>",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()));
    if !sandbox || is_root() {
        command.arg("--no-sandbox");
    }
    command
        .arg("about:blank")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .process_group(0);
    // SAFETY: prctl(2) only, between fork and exec, as pre_exec requires:
    // the browser is killed when the thread that started it (a runtime
    // worker, alive as long as pagefeed's runtime) is gone.
    unsafe {
        command.pre_exec(|| {
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
            Ok(())
        });
    }
    let mut child = command
        .spawn()
        .with_context(|| format!("cannot start the browser {}", binary.display()))?;
    let pgid = child.id() as i32;
    GROUPS.lock().unwrap().push(pgid);
    kill_browsers_on_signals();
    let stderr = child.stderr.take().expect("stderr is piped");
    let group = Group {
        child: Mutex::new(Some(child)),
        pgid,
    };
    // The browser says where it listens on stderr; the rest of what it
    // writes there is drained to the debug log, so it never blocks on a
    // full pipe.
    let (tx, rx) = tokio::sync::oneshot::channel::<Result<String, String>>();
    std::thread::spawn(move || {
        let mut tx = Some(tx);
        // Its last words, should it exit before it listens.
        let mut last: std::collections::VecDeque<String> = Default::default();
        for line in std::io::BufReader::new(stderr).lines() {
            let Ok(line) = line else { break };
            if let Some(at) = line.find("ws://") {
                if let Some(tx) = tx.take() {
                    let _ = tx.send(Ok(line[at..].trim().to_string()));
                    continue;
                }
            }
            tracing::debug!("chromium: {line}");
            if tx.is_some() && !line.trim().is_empty() {
                let printable: String = line.chars().filter(|c| !c.is_control()).take(300).collect();
                last.push_back(printable);
                if last.len() > 3 {
                    last.pop_front();
                }
            }
        }
        if let Some(tx) = tx {
            let _ = tx.send(Err(Vec::from(last).join(" / ")));
        }
    });
    let ws = match tokio::time::timeout(LAUNCH_TIMEOUT, rx).await {
        Ok(Ok(Ok(ws))) => ws,
        Ok(Ok(Err(said))) => {
            let hint = if said.to_lowercase().contains("sandbox") {
                "; where Chromium cannot make its sandbox (a container without user namespaces), \
                 set [fetch] chromium_sandbox = false"
            } else {
                ""
            };
            bail!("the browser {} exited at start: {said}{hint}", binary.display())
        }
        Ok(Err(_)) => bail!("the browser {} exited at start", binary.display()),
        Err(_) => bail!(
            "the browser {} did not start within {}s",
            binary.display(),
            LAUNCH_TIMEOUT.as_secs()
        ),
    };
    let (browser, mut handler) = chromiumoxide::Browser::connect(ws)
        .await
        .context("cannot connect to the browser")?;
    let handler = tokio::spawn(async move {
        while let Some(event) = handler.next().await {
            if let Err(e) = event {
                tracing::debug!("chromium: {e}");
            }
        }
    });
    tracing::info!("started {}", binary.display());
    Ok(Running {
        browser,
        handler,
        group,
        _profile: profile,
    })
}
