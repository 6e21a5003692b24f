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
}

/// Fetches pages; every request goes through [`Fetcher::get`], so politeness
/// rules live in one place.
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
        let _permit = self.permits.acquire().await.expect("semaphore is never closed");
        match url.scheme() {
            "file" => read_file(url).await,
            "http" | "https" => self.get_http(url).await,
            other => bail!("{url}: the scheme `{other}` is not supported"),
        }
    }

    async fn get_http(&self, url: &Url) -> Result<Page> {
        let resp = self
            .client
            .get(url.clone())
            .header(
                reqwest::header::ACCEPT,
                "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
            )
            .send()
            .await
            .map_err(|e| anyhow::anyhow!("{url}: {}", describe(&e)))?;
        let status = resp.status();
        if status.is_redirection() {
            // reqwest hands back redirects it will not follow, such as to `file:`.
            let to = resp.headers().get(reqwest::header::LOCATION);
            let to = to.and_then(|v| v.to_str().ok()).unwrap_or("nowhere");
            bail!("{url}: redirect to a non-HTTP URL ({to}) refused");
        }
        if !status.is_success() {
            bail!("{url}: HTTP {status}");
        }
        let final_url = resp.url().clone();
        let charset = resp
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(charset_param)
            .map(str::to_string);
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
        Ok(Page {
            url: final_url,
            html: decode(&body, charset.as_deref()),
        })
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

async fn read_file(url: &Url) -> Result<Page> {
    let path = url
        .to_file_path()
        .map_err(|_| anyhow::anyhow!("{url}: not a local file path"))?;
    let bytes = tokio::fs::read(&path)
        .await
        .with_context(|| format!("cannot read {}", path.display()))?;
    Ok(Page {
        url: url.clone(),
        html: decode(&bytes, None),
    })
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
