//! `pagefeed serve`: the output folder over HTTP, with the content types
//! feed readers and browsers expect, validators and 304 answers, and
//! optional rebuilds on a schedule.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use anyhow::{Context, Result};
use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::header::{self, HeaderValue};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use indicatif::ProgressBar;
use tokio::net::TcpListener;

use crate::build::{build_all, BuildOptions};
use crate::config::Config;

/// Serves `config`'s output folder on `addr` until the process is stopped;
/// with `every`, rebuilds all feeds at start and then on that schedule.
pub async fn serve(config: &Config, addr: SocketAddr, every: Option<Duration>) -> Result<()> {
    let Some(dir) = config.output.dir.local().map(Path::to_path_buf) else {
        anyhow::bail!(
            "`serve` serves a local output folder; {} is a bucket: serve it from the bucket's \
             website endpoint or a CDN in front of it",
            config.output.dir
        );
    };
    let listener = TcpListener::bind(addr)
        .await
        .with_context(|| format!("cannot listen on {addr}"))?;
    let local = listener.local_addr()?;
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    println!("serving {} at http://{local}/", dir.display());
    // Tests and scripts read the address from the first line.
    use std::io::Write;
    let _ = std::io::stdout().flush();

    // Serving runs in a task of its own: a build never holds it up.
    tokio::spawn(accept_loop(listener, dir));
    let rebuild = async {
        let Some(every) = every else {
            return std::future::pending::<()>().await;
        };
        loop {
            rebuild_once(config).await;
            tokio::time::sleep(every).await;
        }
    };
    rebuild.await;
    Ok(())
}

/// Connections served at once; more wait in the listen backlog.
const MAX_CONNECTIONS: usize = 256;
/// A request's headers must arrive within this (a slowloris gets no more).
const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// A connection lives at most this long, whatever its client does.
const CONNECTION_TIMEOUT: Duration = Duration::from_secs(60);

async fn accept_loop(listener: TcpListener, dir: PathBuf) {
    let slots = std::sync::Arc::new(tokio::sync::Semaphore::new(MAX_CONNECTIONS));
    let mut failures = 0u32;
    loop {
        let slot = slots.clone().acquire_owned().await.expect("never closed");
        let stream = match listener.accept().await {
            Ok((stream, _)) => {
                failures = 0;
                stream
            }
            Err(e) => {
                // Out of file descriptors, say: back off instead of spinning,
                // and say so once, not at every attempt.
                if failures == 0 {
                    tracing::warn!("accept failed: {e}; backing off");
                }
                failures = failures.saturating_add(1);
                let pause = Duration::from_millis(50u64 << failures.min(5));
                drop(slot);
                tokio::time::sleep(pause).await;
                continue;
            }
        };
        let dir = dir.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |req| {
                let dir = dir.clone();
                async move { Ok::<_, Infallible>(respond(&dir, &req).await) }
            });
            let connection = hyper::server::conn::http1::Builder::new()
                .timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(HEADER_TIMEOUT)
                .serve_connection(TokioIo::new(stream), service);
            let _ = tokio::time::timeout(CONNECTION_TIMEOUT, connection).await;
            drop(slot);
        });
    }
}

async fn rebuild_once(config: &Config) {
    let options = BuildOptions {
        wait: Duration::from_secs(60),
        ..Default::default()
    };
    match build_all(config, &[], &ProgressBar::hidden(), &options).await {
        Ok(outcomes) => {
            let failed: Vec<_> = outcomes.iter().filter(|o| o.error.is_some()).collect();
            for o in &failed {
                tracing::warn!(
                    "rebuild: {} failed: {}",
                    o.id,
                    o.error.as_deref().unwrap_or_default()
                );
            }
            eprintln!(
                "rebuilt {} feeds: {} ok, {} failed (the last good files stay served)",
                outcomes.len(),
                outcomes.len() - failed.len(),
                failed.len()
            );
        }
        Err(e) => eprintln!("rebuild failed: {e:#} (the last good files stay served)"),
    }
}

fn plain(status: StatusCode, text: &str) -> Response<Full<Bytes>> {
    let mut r = Response::new(Full::new(Bytes::from(text.to_string())));
    *r.status_mut() = status;
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    r
}

/// The file a request path names inside `dir`, or None: no `..`, no hidden
/// or temporary files, nothing outside the folder.
fn resolve(dir: &Path, path: &str) -> Option<PathBuf> {
    let decoded = percent_encoding::percent_decode_str(path).decode_utf8().ok()?;
    let rel = decoded.trim_start_matches('/');
    let rel = if rel.is_empty() { "index.html" } else { rel };
    let mut out = dir.to_path_buf();
    for segment in rel.split('/') {
        if segment.is_empty() || segment.starts_with('.') || segment.contains('\\') {
            return None;
        }
        out.push(segment);
    }
    Some(out)
}

/// The content type of a published file; feeds are `text/xml` for browsers,
/// which apply the stylesheet only to XML they render.
fn content_type(path: &Path, wants_html: bool) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "rss" | "atom" if wants_html => "text/xml; charset=utf-8",
        "rss" => "application/rss+xml; charset=utf-8",
        "atom" => "application/atom+xml; charset=utf-8",
        "json" => "application/feed+json; charset=utf-8",
        "html" => "text/html; charset=utf-8",
        "opml" => "text/x-opml; charset=utf-8",
        "xsl" => "text/xsl; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// FNV-1a of the body for a strong ETag; the files are small.
fn etag(body: &[u8]) -> String {
    let hash = body.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("\"{:x}-{hash:016x}\"", body.len())
}

async fn respond(dir: &Path, req: &Request<Incoming>) -> Response<Full<Bytes>> {
    if req.method() != Method::GET && req.method() != Method::HEAD {
        let mut r = plain(StatusCode::METHOD_NOT_ALLOWED, "only GET and HEAD\n");
        r.headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return r;
    }
    let Some(path) = resolve(dir, req.uri().path()) else {
        return plain(StatusCode::NOT_FOUND, "not found\n");
    };
    // Only regular files inside the folder: a symlink may point anywhere.
    let (Ok(real), Ok(root)) = (
        tokio::fs::canonicalize(&path).await,
        tokio::fs::canonicalize(dir).await,
    ) else {
        return plain(StatusCode::NOT_FOUND, "not found\n");
    };
    if !real.starts_with(&root) {
        return plain(StatusCode::NOT_FOUND, "not found\n");
    }
    let (body, modified) = match (tokio::fs::read(&real).await, tokio::fs::metadata(&real).await) {
        (Ok(body), Ok(meta)) if meta.is_file() => (body, meta.modified().unwrap_or(SystemTime::UNIX_EPOCH)),
        _ => return plain(StatusCode::NOT_FOUND, "not found\n"),
    };
    let header_text = |name| {
        req.headers()
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
    };
    let wants_html = header_text(header::ACCEPT).is_some_and(|a| a.contains("text/html"));
    let tag = etag(&body);
    let last_modified = httpdate::fmt_http_date(modified);

    let not_modified = match header_text(header::IF_NONE_MATCH) {
        Some(inm) => inm.split(',').any(|t| {
            let t = t.trim();
            t == "*" || t.trim_start_matches("W/") == tag
        }),
        None => header_text(header::IF_MODIFIED_SINCE)
            .and_then(|d| httpdate::parse_http_date(d).ok())
            .is_some_and(|since| {
                // HTTP dates have whole seconds.
                let modified = modified
                    .duration_since(SystemTime::UNIX_EPOCH)
                    .map(|d| d.as_secs())
                    .unwrap_or(0);
                let since = since
                    .duration_since(SystemTime::UNIX_EPOCH)
                    .map(|d| d.as_secs())
                    .unwrap_or(0);
                modified <= since
            }),
    };
    let length = body.len();
    let mut response = if not_modified {
        let mut r = Response::new(Full::new(Bytes::new()));
        *r.status_mut() = StatusCode::NOT_MODIFIED;
        r
    } else if req.method() == Method::HEAD {
        Response::new(Full::new(Bytes::new()))
    } else {
        Response::new(Full::new(Bytes::from(body)))
    };
    let h = response.headers_mut();
    let set = |h: &mut hyper::HeaderMap, name, value: &str| {
        if let Ok(v) = HeaderValue::from_str(value) {
            h.insert(name, v);
        }
    };
    set(h, header::CONTENT_TYPE, content_type(&path, wants_html));
    set(h, header::ETAG, &tag);
    set(h, header::LAST_MODIFIED, &last_modified);
    set(h, header::CACHE_CONTROL, "no-cache");
    set(h, header::VARY, "Accept");
    set(h, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    if req.method() == Method::HEAD && !not_modified {
        set(h, header::CONTENT_LENGTH, &length.to_string());
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_inside_the_folder() {
        let dir = Path::new("/srv/feeds");
        assert_eq!(resolve(dir, "/"), Some(PathBuf::from("/srv/feeds/index.html")));
        assert_eq!(
            resolve(dir, "/news.rss"),
            Some(PathBuf::from("/srv/feeds/news.rss"))
        );
        for bad in [
            "/../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/.pagefeed-tmp",
            "/a//b",
            "/..%5c..%5cx",
        ] {
            assert_eq!(resolve(dir, bad), None, "{bad}");
        }
    }

    #[test]
    fn feeds_are_xml_for_browsers_and_feeds_for_readers() {
        assert_eq!(content_type(Path::new("a.rss"), true), "text/xml; charset=utf-8");
        assert_eq!(
            content_type(Path::new("a.rss"), false),
            "application/rss+xml; charset=utf-8"
        );
        assert_eq!(
            content_type(Path::new("a.atom"), false),
            "application/atom+xml; charset=utf-8"
        );
        assert_eq!(
            content_type(Path::new("a.json"), true),
            "application/feed+json; charset=utf-8"
        );
    }
}
