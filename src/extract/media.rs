//! The audio and video files an article page offers, as feed enclosures:
//! `og:audio`/`og:video`, `<audio>`/`<video>` sources, and JSON-LD
//! `AudioObject`, `VideoObject` and `PodcastEpisode`.

use crate::extract::html::{AttrOf, Tagged};
use std::sync::LazyLock;

use scraper::Html;
use url::Url;

use super::{html, Enclosure};

static PLAYERS: LazyLock<Tagged> = LazyLock::new(|| {
    Tagged::new(
        &["audio", "video", "source"],
        "audio[src], audio source[src], video[src], video source[src]",
    )
});
static OG_MEDIA: LazyLock<Tagged> = LazyLock::new(|| {
    Tagged::new(
        &["meta"],
        "meta[property='og:audio'], meta[property='og:audio:url'], meta[property='og:audio:secure_url'], \
         meta[property='og:video'], meta[property='og:video:url'], meta[property='og:video:secure_url']",
    )
});
static OG_TYPE: LazyLock<Tagged> = LazyLock::new(|| {
    Tagged::new(
        &["meta"],
        "meta[property='og:audio:type'], meta[property='og:video:type']",
    )
});

/// The MIME type of a media file by its name, for a source that names none.
fn mime_of(url: &Url) -> Option<&'static str> {
    let ext = url.path().rsplit('.').next()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "mp3" => "audio/mpeg",
        "m4a" | "m4b" => "audio/mp4",
        "aac" => "audio/aac",
        "ogg" | "oga" => "audio/ogg",
        "opus" => "audio/opus",
        "wav" => "audio/wav",
        "flac" => "audio/flac",
        "mp4" | "m4v" => "video/mp4",
        "webm" => "video/webm",
        "mov" => "video/quicktime",
        _ => return None,
    })
}

/// Audio and video only, from http(s) addresses that are not private.
fn enclosure(base: &Url, src: &str, mime: Option<&str>, length: u64) -> Option<Enclosure> {
    if html::loads_private(base, src) {
        return None;
    }
    let url = html::resolve_link(base, src).filter(|u| matches!(u.scheme(), "http" | "https"))?;
    let mime = mime
        .map(|m| m.split(';').next().unwrap_or(m).trim().to_ascii_lowercase())
        .filter(|m| m.starts_with("audio/") || m.starts_with("video/"))
        .or_else(|| mime_of(&url).map(str::to_string))?;
    Some(Enclosure { url, length, mime })
}

/// `json_ld_media` is what [`super::meta::PageMeta`] read of the page's JSON-LD
/// media nodes, so the scripts are parsed once.
pub fn enclosures(doc: &Html, base: &Url, json_ld_media: &[(String, Option<String>, u64)]) -> Vec<Enclosure> {
    let mut found: Vec<Enclosure> = Vec::new();
    let og_type = OG_TYPE.all(doc).find_map(|m| m.value().attr_of("content"));
    for m in OG_MEDIA.all(doc) {
        if let Some(e) = m
            .value()
            .attr_of("content")
            .and_then(|src| enclosure(base, src, og_type, 0))
        {
            found.push(e);
        }
    }
    for el in PLAYERS.all(doc) {
        let src = el.value().attr_of("src").unwrap_or_default();
        if let Some(e) = enclosure(base, src, el.value().attr_of("type"), 0) {
            found.push(e);
        }
    }
    for (src, mime, length) in json_ld_media {
        if let Some(e) = enclosure(base, src, mime.as_deref(), *length) {
            found.push(e);
        }
    }
    let mut seen = std::collections::HashSet::new();
    found.retain(|e| seen.insert(e.url.clone()));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_walks_find_what_scraper_finds() {
        for walk in [&*PLAYERS, &*OG_MEDIA, &*OG_TYPE] {
            crate::extract::html::assert_walks_as_select(walk);
        }
    }

    #[test]
    fn audio_and_video_from_every_place_once() {
        let doc = Html::parse_document(
            r#"<html><head>
            <meta property="og:audio" content="https://cdn.example/ep12.mp3">
            <meta property="og:video" content="https://video.example/player?id=4">
            <script type="application/ld+json">{"@type":"PodcastEpisode","contentUrl":"https://cdn.example/ep12.mp3","encodingFormat":"audio/mpeg"}</script>
            <script type="application/ld+json">{"@type":"VideoObject","contentUrl":"/clip.webm","contentSize":"1234"}</script>
            </head><body>
            <audio controls><source src="/ep12.ogg" type="audio/ogg"></audio>
            <video src="http://127.0.0.1:6379/x.mp4"></video>
            <audio src="javascript:alert(1)"></audio>
            </body></html>"#,
        );
        let base = Url::parse("https://pod.example/episodes/12").unwrap();
        let media =
            crate::extract::meta::PageMeta::read(&doc, &url::Url::parse("https://example.com/a").unwrap())
                .media;
        let got: Vec<(String, String, u64)> = enclosures(&doc, &base, &media)
            .into_iter()
            .map(|e| (e.url.to_string(), e.mime, e.length))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "https://cdn.example/ep12.mp3".to_string(),
                    "audio/mpeg".to_string(),
                    0
                ),
                (
                    "https://pod.example/ep12.ogg".to_string(),
                    "audio/ogg".to_string(),
                    0
                ),
                (
                    "https://pod.example/clip.webm".to_string(),
                    "video/webm".to_string(),
                    1234
                ),
            ]
        );
    }
}
