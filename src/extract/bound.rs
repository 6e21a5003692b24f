//! Bounds on what a page can make the parser and the extractor do. html5ever
//! spends time quadratic in the nesting depth (each start tag looks through
//! the open elements) and in the attributes of one tag (each is checked
//! against the others), and every tree walk after it is as deep as the page.
//! So before parsing, tags nested deeper than [`MAX_DEPTH`] are dropped
//! (their text stays, flattened into the deepest kept element, as Chromium's
//! parser does past its own limit), and a tag keeps at most [`MAX_ATTRIBUTES`]
//! attributes.
//!
//! Hand-written: a linear scan over the tags, not an HTML tokenizer; no crate
//! rewrites markup by depth. It only has to be exact on what html5ever would
//! nest: raw-text elements, comments and implicitly closed elements are
//! skipped over or left uncounted.

use memchr::memchr;
use std::borrow::Cow;

/// Elements deeper than this lose their tags (Chromium's parser: 512).
pub const MAX_DEPTH: usize = 512;
/// Attributes kept on one tag.
pub const MAX_ATTRIBUTES: usize = 256;

/// Never an open element: nothing to count.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
    "wbr", "keygen", "frame", "basefont", "bgsound",
];
/// Closed by the next of their kind, so a run of them does not nest.
const SELF_CLOSING_KIN: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt",
    "rp", "rtc",
];
/// Their content is text up to their end tag.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// What [`bound`] changed.
#[derive(Debug, Default, PartialEq)]
pub struct Bounded {
    /// Start tags dropped for being deeper than MAX_DEPTH.
    pub deep_tags: usize,
    /// Attributes dropped past MAX_ATTRIBUTES on one tag.
    pub attributes: usize,
}

impl Bounded {
    /// A warning for the page, when anything was dropped.
    pub fn warning(&self) -> Option<String> {
        let mut parts = Vec::new();
        if self.deep_tags > 0 {
            parts.push(format!(
                "{} tags nested deeper than {MAX_DEPTH} were flattened",
                self.deep_tags
            ));
        }
        if self.attributes > 0 {
            parts.push(format!(
                "{} attributes past {MAX_ATTRIBUTES} on one tag were dropped",
                self.attributes
            ));
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }
}

/// The page with its nesting and attributes bounded; borrowed when nothing
/// had to change.
pub fn bound(html: &str) -> (Cow<'_, str>, Bounded) {
    let bytes = html.as_bytes();
    let mut out = String::new();
    let mut copied = 0; // bytes of `html` already in `out` (or unchanged so far)
    let mut changed = Bounded::default();
    // Open counted elements: name and whether its tags were dropped.
    let mut open: Vec<(&str, bool)> = Vec::new();
    let mut i = 0;
    while let Some(lt) = memchr(b'<', &bytes[i..]) {
        let start = i + lt;
        let rest = &html[start..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            i = comment.find("-->").map_or(bytes.len(), |e| start + 4 + e + 3);
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            i = memchr(b'>', &bytes[start..]).map_or(bytes.len(), |e| start + e + 1);
            continue;
        }
        let closing = rest.as_bytes().get(1) == Some(&b'/');
        let name_start = start + 1 + usize::from(closing);
        let name_len = bytes[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b':')
            .count();
        if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
            i = start + 1;
            continue;
        }
        let name = &html[name_start..name_start + name_len];
        let (end, attrs, kept_end) = scan_tag(bytes, name_start + name_len);
        let is = |names: &[&str]| names.iter().any(|n| n.eq_ignore_ascii_case(name));
        if closing {
            // Close the nearest open element of that name, looking a little way down only.
            if let Some(pos) = open
                .iter()
                .rev()
                .take(16)
                .position(|(n, _)| n.eq_ignore_ascii_case(name))
            {
                let at = open.len() - 1 - pos;
                let dropped = open[at].1;
                open.truncate(at);
                if dropped {
                    out.push_str(&html[copied..start]);
                    copied = end;
                }
            }
            i = end;
            continue;
        }
        if attrs > MAX_ATTRIBUTES {
            changed.attributes += attrs - MAX_ATTRIBUTES;
            out.push_str(&html[copied..kept_end]);
            out.push('>');
            copied = end;
        }
        if is(RAW_TEXT) {
            let close = name.as_bytes();
            let mut k = end;
            i = loop {
                let Some(p) = memchr(b'<', &bytes[k..]) else {
                    break bytes.len();
                };
                let at = k + p;
                let name = bytes.get(at + 2..at + 2 + close.len());
                if bytes.get(at + 1) == Some(&b'/') && name.is_some_and(|n| n.eq_ignore_ascii_case(close)) {
                    break at;
                }
                k = at + 1;
            };
            continue;
        }
        if !is(VOID) && !is(SELF_CLOSING_KIN) {
            let drop = open.len() >= MAX_DEPTH;
            if drop {
                changed.deep_tags += 1;
                out.push_str(&html[copied..start]);
                copied = end;
            }
            open.push((name, drop));
        }
        i = end;
    }
    if changed == Bounded::default() {
        return (Cow::Borrowed(html), changed);
    }
    out.push_str(&html[copied..]);
    (Cow::Owned(out), changed)
}

/// From just after a tag's name: where the tag ends, how many attributes it
/// has, and where the MAX_ATTRIBUTES-th attribute ends.
fn scan_tag(bytes: &[u8], mut i: usize) -> (usize, usize, usize) {
    let mut attrs = 0;
    let mut kept_end = i;
    loop {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        if i >= bytes.len() {
            return (bytes.len(), attrs, kept_end);
        }
        if bytes[i] == b'>' {
            return (i + 1, attrs, kept_end);
        }
        // A name, then maybe `=` and a value.
        while i < bytes.len() && !matches!(bytes[i], b'=' | b'>' | b'/') && !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i < bytes.len() && bytes[i] == b'=' {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            match bytes.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    i = memchr(q, &bytes[i + 1..]).map_or(bytes.len(), |e| i + 1 + e + 1);
                }
                _ => {
                    while i < bytes.len() && bytes[i] != b'>' && !bytes[i].is_ascii_whitespace() {
                        i += 1;
                    }
                }
            }
        }
        attrs += 1;
        if attrs <= MAX_ATTRIBUTES {
            kept_end = i;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_are_left_alone() {
        for html in [
            "<html><body><div class=a><p>One<p>Two<ul><li>a<li>b</ul></div></body></html>",
            "<script>if (a<b) { x = '<div>'.repeat(9999) }</script><p>x</p>",
            "<!-- <div><div> --><table><tr><td>1<td>2<tr><td>3</table>",
            "<p>3 < 5 and 5 > 3</p><br/><img src=x alt='a > b'>",
        ] {
            let (out, changed) = bound(html);
            assert!(matches!(out, Cow::Borrowed(_)), "{html}");
            assert_eq!(changed, Bounded::default());
        }
    }

    #[test]
    fn nesting_past_the_limit_is_flattened_and_text_kept() {
        let n = 20_000;
        let html = format!("{}deep text{}", "<div>".repeat(n), "</div>".repeat(n));
        let (out, changed) = bound(&html);
        assert_eq!(changed.deep_tags, n - MAX_DEPTH);
        assert_eq!(out.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(out.matches("</div>").count(), MAX_DEPTH);
        assert!(out.contains("deep text"));
        assert!(changed.warning().unwrap().contains("flattened"));
    }

    #[test]
    fn unclosed_inline_tags_count_too() {
        let html = format!("<p>{}x", "<b>".repeat(50_000));
        let (out, changed) = bound(&html);
        assert_eq!(out.matches("<b>").count(), MAX_DEPTH);
        assert_eq!(changed.deep_tags, 50_000 - MAX_DEPTH);
    }

    #[test]
    fn attributes_past_the_limit_are_dropped() {
        let attrs: String = (0..100_000).map(|i| format!(" a{i}=\"v{i}\"")).collect();
        let html = format!("<div{attrs}>text</div>");
        let (out, changed) = bound(&html);
        assert_eq!(changed.attributes, 100_000 - MAX_ATTRIBUTES);
        assert!(
            out.contains(" a255=\"v255\">text</div>"),
            "{}",
            &out[out.len() - 60..]
        );
        assert!(!out.contains("a256"));
    }
}
