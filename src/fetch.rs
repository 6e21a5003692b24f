//! Getting pages: HTTP(S) through one shared client with a global
//! concurrency cap, and `file://` pages for offline use.

use std::sync::Arc;

use anyhow::{bail, Context, Result};
use encoding_rs::Encoding;
use futures::StreamExt;
use tokio::sync::Semaphore;
use url::Url;

use crate::config::FetchSettings;

/// Pages larger than this are cut off with an error.
pub const MAX_BODY_SIZE: usize = 10 * 1024 * 1024;
const MAX_REDIRECTS: usize = 10;

/// A fetched page, decoded to text.
#[derive(Debug)]
pub struct Page {
    /// The URL after redirects.
    pub url: Url,
    pub html: String,
    pub validators: Validators,
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

/// Fetches pages; every request goes through [`Fetcher::get_if_changed`], so
/// politeness rules live in one place.
#[derive(Clone)]
pub struct Fetcher {
    client: reqwest::Client,
    permits: Arc<Semaphore>,
}

impl Fetcher {
    pub fn new(settings: &FetchSettings) -> Result<Fetcher> {
        let redirects = reqwest::redirect::Policy::custom(|attempt| {
            // `previous` holds the first URL too: ten redirects make eleven requests.
            if attempt.previous().len() > MAX_REDIRECTS {
                attempt.error(format!("more than {MAX_REDIRECTS} redirects"))
            } else if !matches!(attempt.url().scheme(), "http" | "https") {
                let msg = format!("redirect to a non-HTTP URL ({}) refused", attempt.url());
                attempt.error(msg)
            } else {
                attempt.follow()
            }
        });
        let client = reqwest::Client::builder()
            .user_agent(&settings.user_agent)
            .timeout(settings.timeout)
            .connect_timeout(settings.timeout.min(std::time::Duration::from_secs(10)))
            .redirect(redirects)
            .build()
            .context("cannot set up the HTTP client")?;
        Ok(Fetcher {
            client,
            permits: Arc::new(Semaphore::new(settings.concurrency.max(1))),
        })
    }

    /// Fetches one page. Errors name the URL.
    pub async fn get(&self, url: &Url) -> Result<Page> {
        match self.get_if_changed(url, &Validators::default()).await? {
            Fetched::Page(page) => Ok(page),
            Fetched::NotModified => bail!("{url}: answered 304 Not Modified to a plain request"),
        }
    }

    /// Fetches one page unless it is unchanged since `validators` were taken.
    pub async fn get_if_changed(&self, url: &Url, validators: &Validators) -> Result<Fetched> {
        let _permit = self.permits.acquire().await.expect("semaphore is never closed");
        match url.scheme() {
            "file" => read_file(url, validators).await,
            "http" | "https" => self.get_http(url, validators).await,
            other => bail!("{url}: the scheme `{other}` is not supported"),
        }
    }

    async fn get_http(&self, url: &Url, validators: &Validators) -> Result<Fetched> {
        use reqwest::header;
        let mut request = self
            .client
            .get(url.clone())
            .header(header::ACCEPT, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");
        if let Some(etag) = &validators.etag {
            request = request.header(header::IF_NONE_MATCH, etag);
        }
        if let Some(date) = &validators.last_modified {
            request = request.header(header::IF_MODIFIED_SINCE, date);
        }
        let resp = request
            .send()
            .await
            .map_err(|e| anyhow::anyhow!("{url}: {}", describe(&e)))?;
        let status = resp.status();
        if status == reqwest::StatusCode::NOT_MODIFIED && !validators.is_empty() {
            return Ok(Fetched::NotModified);
        }
        if status.is_redirection() {
            // reqwest hands back redirects it will not follow, such as to `file:`.
            let to = resp.headers().get(header::LOCATION);
            let to = to.and_then(|v| v.to_str().ok()).unwrap_or("nowhere");
            bail!("{url}: redirect to a non-HTTP URL ({to}) refused");
        }
        if !status.is_success() {
            bail!("{url}: HTTP {status}");
        }
        let final_url = resp.url().clone();
        let header_text = |name| {
            resp.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let validators = Validators {
            etag: header_text(header::ETAG),
            last_modified: header_text(header::LAST_MODIFIED),
        };
        let charset = header_text(header::CONTENT_TYPE).and_then(|c| charset_param(&c).map(str::to_string));
        let mut body = Vec::new();
        let mut stream = resp.bytes_stream();
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.map_err(|e| anyhow::anyhow!("{url}: {}", describe(&e)))?;
            if body.len() + chunk.len() > MAX_BODY_SIZE {
                bail!(
                    "{url}: the page is larger than {} MiB",
                    MAX_BODY_SIZE / 1024 / 1024
                );
            }
            body.extend_from_slice(&chunk);
        }
        Ok(Fetched::Page(Page {
            url: final_url,
            html: decode(&body, charset.as_deref()),
            validators,
        }))
    }
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

/// A local page; its size and modification time stand in for an ETag.
async fn read_file(url: &Url, validators: &Validators) -> Result<Fetched> {
    let path = url
        .to_file_path()
        .map_err(|_| anyhow::anyhow!("{url}: not a local file path"))?;
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
        html: decode(&bytes, None),
        validators: Validators {
            etag,
            last_modified: None,
        },
    }))
}

fn charset_param(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches('"'))
    })
}

/// Decodes a page: BOM, then the HTTP charset, then `<meta charset>` or
/// `http-equiv` in the first 4 KiB, then UTF-8 (invalid bytes replaced).
pub fn decode(bytes: &[u8], http_charset: Option<&str>) -> String {
    let encoding = Encoding::for_bom(bytes)
        .map(|(e, _)| e)
        .or_else(|| http_charset.and_then(|c| Encoding::for_label(c.as_bytes())))
        .or_else(|| meta_charset(&bytes[..bytes.len().min(4096)]))
        .unwrap_or(encoding_rs::UTF_8);
    let (text, _, _) = encoding.decode(bytes);
    text.into_owned()
}

fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let mut rest = head.as_str();
    while let Some(i) = rest.find("<meta") {
        rest = &rest[i + 5..];
        let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
        if let Some(j) = tag.find("charset=") {
            let value: String = tag[j + 8..]
                .trim_start_matches(['"', '\''])
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
                .collect();
            // A page that says UTF-16 in ASCII is not UTF-16 (WHATWG rule).
            return Encoding::for_label(value.as_bytes()).map(|e| e.output_encoding());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_by_header_meta_and_bom() {
        let latin1 = b"<p>caf\xe9</p>";
        assert_eq!(decode(latin1, Some("iso-8859-1")), "<p>café</p>");
        let meta = b"<html><head><meta charset=\"windows-1252\"></head><p>caf\xe9</p>";
        assert!(decode(meta, None).contains("café"));
        let equiv =
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"><p>\xc7\xe1</p>";
        assert!(decode(equiv, None).contains("ال"));
        let bom = b"\xef\xbb\xbf<p>\xc3\xa9</p>";
        assert_eq!(decode(bom, Some("iso-8859-1")), "<p>é</p>");
        assert_eq!(decode("<p>é</p>".as_bytes(), None), "<p>é</p>");
    }

    #[test]
    fn charset_parameter() {
        assert_eq!(charset_param("text/html; charset=\"UTF-8\""), Some("UTF-8"));
        assert_eq!(charset_param("text/html"), None);
    }
}
