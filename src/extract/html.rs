//! Turning parts of a page into clean text and safe, self-contained HTML.

use std::collections::HashSet;
use std::sync::LazyLock;

use scraper::node::Node;
use scraper::ElementRef;
use url::Url;

/// An element's attribute by name, found as scraper's `Element::attr` finds
/// it (no namespace, no prefix). By hand because `attr` first interns the
/// name it is asked for (a hash into html5ever's table of known names) on
/// every call: 5 % of extraction time, where comparing the names of an
/// element's few attributes costs a fraction of that.
pub trait AttrOf {
    fn attr_of(&self, name: &str) -> Option<&str>;

    /// The words of the `class` attribute, read from it as they are:
    /// scraper's `classes()` interns each as an atom the first time it is
    /// asked, a cost most elements never repay.
    fn class_words(&self) -> std::str::SplitAsciiWhitespace<'_> {
        self.attr_of("class").unwrap_or_default().split_ascii_whitespace()
    }
}

impl AttrOf for scraper::node::Element {
    fn attr_of(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(q, _)| &*q.local == name && q.prefix.is_none() && q.ns.is_empty())
            .map(|(_, v)| &**v)
    }
}

/// A built-in selector run over a whole page only on the elements it can
/// match, by keys its alternatives each ask for: an element name
/// (`meta`), an attribute (`[itemprop]`), a class (`.entry-title`), or an
/// attribute holding a text in any case (`[class*=date]`). By hand because
/// scraper's `Html::select` runs the selector engine on every element of
/// the page (500 to 2,000 instructions each), and extraction walks a page
/// a dozen times for what most of its elements lack: those walks were a
/// sixth of extraction time. Derefs to the selector, for walks below one
/// element.
pub struct Tagged {
    keys: Vec<Key>,
    selector: scraper::Selector,
}

/// What a selector asks of the elements it matches, with the element's or
/// attribute's name as an atom: compared to the parsed page's names
/// without reading their text.
struct Key {
    kind: Kind,
    atom: scraper::selector::CssLocalName,
}

enum Kind {
    Name(&'static str),
    Attr(&'static str),
    Class(&'static str),
    /// An attribute whose value holds a text, ASCII case ignored.
    Holds(&'static str, &'static str),
}

impl Key {
    fn parse(key: &'static str) -> Key {
        let kind = if let Some(class) = key.strip_prefix('.') {
            Kind::Class(class)
        } else if let Some(inner) = key.strip_prefix('[').and_then(|k| k.strip_suffix(']')) {
            match inner.split_once("*=") {
                Some((attr, text)) if !text.is_empty() => Kind::Holds(attr, text),
                Some(_) => panic!("{key}: no text"),
                None => Kind::Attr(inner),
            }
        } else {
            Kind::Name(key)
        };
        let atom = match kind {
            Kind::Name(name) | Kind::Attr(name) | Kind::Holds(name, _) => name,
            Kind::Class(_) => "class",
        };
        Key {
            kind,
            atom: atom.into(),
        }
    }

    /// Whether a compound selector (`abbr.published[title]`) matches only
    /// elements with this key.
    fn asked_by(&self, compound: &str) -> bool {
        let followed = |mark: &str, ends: &[char]| {
            compound.match_indices(mark).any(|(i, _)| {
                let rest = &compound[i + mark.len()..];
                rest.is_empty() || rest.starts_with(ends)
            })
        };
        match self.kind {
            Kind::Name(name) => compound.split(['[', '.', '#', ':']).next() == Some(name),
            Kind::Attr(attr) => {
                followed(&format!("[{attr}"), &[']', '=', '~', '|', '^', '$', '*'])
                    || (attr == "class" && compound.contains('.'))
                    || (attr == "id" && compound.contains('#'))
            }
            Kind::Class(class) => followed(&format!(".{class}"), &['.', '[', '#', ':']),
            Kind::Holds(attr, text) => compound.contains(&format!("[{attr}*=\"{text}\"")),
        }
    }

    fn held_by(&self, e: &scraper::node::Element) -> bool {
        let value = || {
            e.attrs
                .iter()
                .find(|(q, _)| q.local == self.atom.0 && q.prefix.is_none() && q.ns.is_empty())
                .map(|(_, v)| &**v)
        };
        match self.kind {
            Kind::Name(_) => e.name.local == self.atom.0,
            Kind::Attr(_) => value().is_some(),
            Kind::Class(class) => value().is_some_and(|c| c.split_ascii_whitespace().any(|t| t == class)),
            Kind::Holds(_, text) => value().is_some_and(|v| {
                let (v, text) = (v.as_bytes(), text.as_bytes());
                (0..(v.len() + 1).saturating_sub(text.len())).any(|i| {
                    v[i].eq_ignore_ascii_case(&text[0]) && v[i..i + text.len()].eq_ignore_ascii_case(text)
                })
            }),
        }
    }
}

impl Tagged {
    /// Panics unless the last compound of each alternative of `css` asks
    /// for one of the `keys` (built-in selectors only, every one built by
    /// the tests).
    pub fn new(keys: &[&'static str], css: &str) -> Tagged {
        let keys: Vec<Key> = keys.iter().map(|k| Key::parse(k)).collect();
        for alternative in css.split(',') {
            // Its last compound: after the last combinator outside brackets.
            let alternative = alternative.trim();
            let mut depth = 0;
            let mut last = 0;
            for (i, c) in alternative.char_indices() {
                match c {
                    '[' | '(' => depth += 1,
                    ']' | ')' => depth -= 1,
                    ' ' | '>' | '+' | '~' if depth == 0 => last = i + 1,
                    _ => {}
                }
            }
            let compound = &alternative[last..];
            assert!(
                keys.iter().any(|k| k.asked_by(compound)),
                "{css:?}: {alternative:?} asks for none of the keys"
            );
        }
        let selector = scraper::Selector::parse(css).expect("built-in selector");
        Tagged { keys, selector }
    }

    /// What `doc.select(self)` gives, in the same order.
    pub fn all<'a>(&'a self, doc: &'a scraper::Html) -> impl Iterator<Item = ElementRef<'a>> + 'a {
        doc.tree.nodes().filter_map(ElementRef::wrap).filter(|e| {
            e.parent().is_some() && self.keys.iter().any(|k| k.held_by(e.value())) && self.selector.matches(e)
        })
    }
}

impl std::ops::Deref for Tagged {
    type Target = scraper::Selector;
    fn deref(&self) -> &scraper::Selector {
        &self.selector
    }
}

/// Hosts whose embedded players are kept in content; other iframes are dropped.
const IFRAME_HOSTS: &[&str] = &[
    "www.youtube.com",
    "youtube.com",
    "www.youtube-nocookie.com",
    "player.vimeo.com",
    "www.dailymotion.com",
    "open.spotify.com",
    "w.soundcloud.com",
];

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
];

/// Elements whose content is never article text.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "form", "button", "select", "textarea", "input",
    "object", "embed", "rt", "rp",
];

const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "th",
    "section",
    "article",
    "header",
    "footer",
    "figure",
    "figcaption",
    "blockquote",
    "pre",
    "dt",
    "dd",
    "hr",
    "table",
];

/// The visible text of an element, whitespace collapsed, with a space
/// between blocks so words from adjacent blocks never run together.
/// `text_of`, for an element whose text is short: `None` without reading
/// all of a long one (an element named "date" may hold the whole page).
pub fn short_text_of(el: ElementRef, max_chars: usize) -> Option<String> {
    let mut seen = 0;
    for node in el.descendants() {
        if let Node::Text(t) = node.value() {
            seen += t.trim().chars().count();
            if seen > max_chars * 2 {
                return None;
            }
        }
    }
    Some(text_of(el)).filter(|t| t.chars().count() <= max_chars)
}

pub fn text_of(el: ElementRef) -> String {
    text_of_filtered(el, &|_| true)
}

/// `el`'s text without the elements `keep` refuses, and what they hold.
pub fn text_of_filtered(el: ElementRef, keep: &impl Fn(ElementRef) -> bool) -> String {
    let mut out = String::new();
    collect_text(el, keep, &mut out);
    collapse(&out)
}

fn collect_text(el: ElementRef, keep: &impl Fn(ElementRef) -> bool, out: &mut String) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) => {
                let name = e.name();
                if SKIP.contains(&name) || ElementRef::wrap(child).is_some_and(|c| !keep(c)) {
                    continue;
                }
                let block = BLOCK.contains(&name);
                if block {
                    out.push(' ');
                }
                if let Some(child) = ElementRef::wrap(child) {
                    collect_text(child, keep, out);
                }
                if block {
                    out.push(' ');
                }
            }
            _ => {}
        }
    }
}

/// Text with the entities a page escaped twice decoded (`that&amp;#039;s`
/// in a meta tag reads `that&#039;s` once parsed); the HTML parser decodes
/// the full entity table, which no small hand-written table would.
pub fn unescape_residual(s: &str) -> std::borrow::Cow<'_, str> {
    let Some(amp) = s.find('&') else {
        return s.into();
    };
    if !s[amp..].contains(';') {
        return s.into();
    }
    let frag = scraper::Html::parse_fragment(&s.replace('<', "&lt;"));
    frag.root_element().text().collect::<String>().into()
}

/// Whether one of the attributes `attrs` of `e` (class, id, itemprop)
/// holds one of `words`, in any ASCII case (`post-date`, `publishedAt`).
pub fn named_with(e: &ElementRef, attrs: &[&str], words: &[&str]) -> bool {
    attrs.iter().filter_map(|a| e.value().attr_of(a)).any(|v| {
        let v = v.to_ascii_lowercase();
        words.iter().any(|w| v.contains(w))
    })
}

/// Whether a word of one of the attributes `attrs` of `e` begins with
/// `prefix`, in any ASCII case: "comments", "comment-list" begin with
/// "comment"; "ArticleHeaderComment" (an opinion piece's header) does not.
pub fn word_begins_with(e: &scraper::node::Element, attrs: &[&str], prefix: &str) -> bool {
    attrs
        .iter()
        .filter_map(|k| e.attr_of(k))
        .flat_map(|v| v.split(|c: char| !c.is_ascii_alphanumeric()))
        .any(|w| {
            w.get(..prefix.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
        })
}

/// An element's inline `style`, lowercased and without whitespace, for
/// tests such as `contains("display:none")`.
pub fn inline_style(e: &scraper::node::Element) -> Option<String> {
    e.attr_of("style").map(|s| {
        s.chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect()
    })
}

/// `s` with only its letters and digits, lowercased: "The Cedar Courier"
/// and "the-cedar-courier" are one name.
pub fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// `s`'s words with one space between them, and no soft hyphens (`&shy;`,
/// invisible where the word is not broken).
pub fn collapse(s: &str) -> String {
    let words = s.split_whitespace().collect::<Vec<_>>().join(" ");
    match words.contains('\u{AD}') {
        true => words.replace('\u{AD}', ""),
        false => words,
    }
}

/// Resolves `href` against `base`: absolute http(s) only, fragment dropped.
pub fn resolve_link(base: &Url, href: &str) -> Option<Url> {
    let href = href.trim();
    if href.is_empty() || href.starts_with('#') {
        return None;
    }
    let mut url = base.join(href).ok()?;
    if !leads_to(base, &url) {
        return None;
    }
    url.set_fragment(None);
    Some(url)
}

fn resolve_any(base: &Url, href: &str) -> Option<String> {
    let href = href.trim();
    if href.starts_with('#') {
        return Some(href.to_string());
    }
    let url = base.join(href).ok()?;
    (url.scheme() == "mailto" || leads_to(base, &url)).then(|| url.to_string())
}

/// Whether `src` (as written, relative or not) names a loopback or private
/// address other than the page's own host, by IP or as `localhost`.
pub fn loads_private(base: &Url, src: &str) -> bool {
    let Ok(url) = base.join(src) else {
        return false;
    };
    let private = match url.host() {
        Some(url::Host::Ipv4(ip)) => crate::fetch::guard::non_public(ip.into()).is_some(),
        Some(url::Host::Ipv6(ip)) => crate::fetch::guard::non_public(ip.into()).is_some(),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost") || d.ends_with(".localhost"),
        None => false,
    };
    private && (url.host() != base.host() || url.port_or_known_default() != base.port_or_known_default())
}

/// Query parameters that only track where a click came from.
const TRACKING: &[&str] = &[
    "fbclid",
    "gclid",
    "gclsrc",
    "dclid",
    "msclkid",
    "yclid",
    "twclid",
    "igshid",
    "mc_cid",
    "mc_eid",
    "_ga",
    "_gl",
    "mkt_tok",
    "oly_anon_id",
    "oly_enc_id",
    "vero_id",
    "wickedid",
    "__s",
    "ref_src",
];

/// `url` without its tracking parameters (`utm_*` and [`TRACKING`]), so one
/// article shared with different campaigns is one item, with a clean link.
pub fn without_tracking(url: &Url) -> Url {
    let Some(query) = url.query() else {
        return url.clone();
    };
    let is_tracking = |name: &str| {
        let name = name.to_ascii_lowercase();
        name.starts_with("utm_") || TRACKING.contains(&name.as_str())
    };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| !pair.is_empty() && !is_tracking(pair.split('=').next().unwrap_or(pair)))
        .collect();
    let mut clean = url.clone();
    clean.set_query((!kept.is_empty()).then(|| kept.join("&")).as_deref());
    clean
}

/// Whether a page at `base` may lead to `url`: a web page only to http(s)
/// URLs, a local page (named by the config) also to local files.
pub fn leads_to(base: &Url, url: &Url) -> bool {
    match url.scheme() {
        "http" | "https" => true,
        "file" => base.scheme() == "file",
        _ => false,
    }
}

/// The real image URL of an `img`: lazy-loading attributes win over a
/// placeholder `src`, and `srcset` gives a URL when nothing else does.
pub fn image_src(el: &scraper::node::Element) -> Option<&str> {
    // Lazy-loading scripts keep the real image in a data attribute and put
    // a placeholder (a spacer, an SVG, a data: URL) in `src`.
    let lazy = [
        "data-src",
        "data-original",
        "data-lazy-src",
        "data-url",
        "data-hi-res-src",
    ]
    .iter()
    .filter_map(|a| el.attr_of(a).map(str::trim))
    .find(|v| !v.is_empty() && !v.starts_with("data:"));
    if lazy.is_some() {
        return lazy;
    }
    let src = el.attr_of("src").map(str::trim).filter(|s| !s.is_empty());
    let placeholder =
        src.is_none_or(|s| s.starts_with("data:") || s.contains("placeholder") || s.contains("blank.gif"));
    if placeholder {
        for set in ["srcset", "data-srcset"] {
            if let Some(first) = el.attr_of(set).and_then(|s| s.split(',').next()) {
                if let Some(u) = first.split_whitespace().next() {
                    return Some(u);
                }
            }
        }
    }
    src.filter(|s| !s.starts_with("data:"))
}

fn resolve_srcset(base: &Url, srcset: &str) -> String {
    srcset
        .split(',')
        .filter_map(|candidate| {
            let mut parts = candidate.split_whitespace();
            let url = base.join(parts.next()?).ok()?;
            if !matches!(url.scheme(), "http" | "https") {
                return None;
            }
            let descriptor: Vec<&str> = parts.collect();
            Some(if descriptor.is_empty() {
                url.to_string()
            } else {
                format!("{} {}", url, descriptor.join(" "))
            })
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Serialises the children of `el` with every URL made absolute, lazy
/// images made real and unknown iframes dropped, ready for [`sanitize`].
///
/// Written by hand because scraper's tree cannot change attributes in
/// place, and these rewrites must happen before sanitising.
pub fn inner_html_resolved(el: ElementRef, base: &Url, out: &mut String) {
    inner_html_filtered(el, base, &|_| true, out);
}

/// [`inner_html_resolved`], leaving out the elements `keep` refuses.
pub fn inner_html_filtered(el: ElementRef, base: &Url, keep: &dyn Fn(ElementRef) -> bool, out: &mut String) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => escape_text(t, out),
            Node::Element(_) => {
                if let Some(child) = ElementRef::wrap(child) {
                    outer_html_filtered(child, base, keep, out);
                }
            }
            _ => {}
        }
    }
}

/// [`inner_html_filtered`] with the element's own tags around it.
pub fn outer_html_filtered(el: ElementRef, base: &Url, keep: &dyn Fn(ElementRef) -> bool, out: &mut String) {
    let e = el.value();
    let name = e.name();
    // A script is never text for the content's filter, MathJax 2's TeX one
    // is, where its paragraph is kept.
    let tex_script = name == "script" && e.attr_of("type").is_some_and(|t| t.starts_with("math/tex"));
    if tex_script || name == "math" {
        if tex_script || keep(el) {
            escape_text(&formula(el), out);
        }
        return;
    }
    if matches!(name, "script" | "style" | "noscript" | "template") || !keep(el) {
        return;
    }
    if name == "iframe" && !iframe_allowed(base, e.attr_of("src")) {
        return;
    }
    out.push('<');
    out.push_str(name);
    for (attr, value) in e.attrs() {
        let value = match (name, attr) {
            ("img", "src") => match image_src(e).and_then(|s| resolve_any(base, s)) {
                Some(v) => v,
                None => continue,
            },
            ("img" | "source", "srcset") => resolve_srcset(base, value),
            (_, "href" | "src" | "poster" | "cite") => match resolve_any(base, value) {
                Some(v) => v,
                None => continue,
            },
            _ => value.to_string(),
        };
        out.push(' ');
        out.push_str(attr);
        out.push_str("=\"");
        escape_attr(&value, out);
        out.push('"');
    }
    if name == "img" && e.attr_of("src").is_none() {
        if let Some(v) = image_src(e).and_then(|s| resolve_any(base, s)) {
            out.push_str(" src=\"");
            escape_attr(&v, out);
            out.push('"');
        }
    }
    out.push('>');
    if VOID.contains(&name) {
        return;
    }
    inner_html_filtered(el, base, keep, out);
    out.push_str("</");
    out.push_str(name);
    out.push('>');
}

/// A formula as text, the way a math blog's own feed carries it: its TeX
/// source between `\(` `\)` (`\[` `\]` when set apart) from KaTeX's and
/// MathJax's `<annotation encoding="application/x-tex">`, a MathML
/// `alttext` or MathJax 2's `<script type="math/tex">`; else the MathML's
/// own text ("R(x)"). The sanitiser drops MathML outright, which took
/// every formula out of a sentence ("high-reward  s").
fn formula(el: ElementRef) -> String {
    let e = el.value();
    let display = e.attr_of("display") == Some("block")
        || e.attr_of("type").is_some_and(|t| t.contains("mode=display"));
    let tex = if e.name() == "script" {
        Some(text_of(el))
    } else {
        el.descendants()
            .filter_map(ElementRef::wrap)
            .find(|a| {
                a.value().name() == "annotation" && a.value().attr_of("encoding") == Some("application/x-tex")
            })
            .map(text_of)
            .or_else(|| e.attr_of("alttext").map(str::to_string))
    };
    match tex.map(|t| collapse(&t)).filter(|t| !t.is_empty()) {
        Some(t) if display => format!("\\[{t}\\]"),
        Some(t) => format!("\\({t}\\)"),
        None => text_of_filtered(el, &|a: ElementRef| {
            !matches!(a.value().name(), "annotation" | "annotation-xml")
        }),
    }
}

/// Whether an iframe's player is kept in content (see [`IFRAME_HOSTS`]).
pub(crate) fn iframe_allowed(base: &Url, src: Option<&str>) -> bool {
    let Some(url) = src.and_then(|s| base.join(s).ok()) else {
        return false;
    };
    url.scheme() == "https" && url.host_str().is_some_and(|h| IFRAME_HOSTS.contains(&h))
}

fn escape_text(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
}

fn escape_attr(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

static SANITIZER_TAGS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    let mut tags: HashSet<&str> = ammonia::Builder::default().clone_tags();
    tags.extend(["iframe", "picture", "source", "video", "audio"]);
    tags.remove("nav");
    tags
});

/// Sanitises HTML for a feed: no scripts, styles, event handlers,
/// `javascript:` URLs or foreign iframes; relative URLs made absolute.
pub fn sanitize(html: &str, base: &Url) -> String {
    let own = base.clone();
    let mut b = ammonia::Builder::default();
    b.tags(SANITIZER_TAGS.clone())
        .add_tag_attributes("img", ["srcset", "sizes", "loading"])
        .add_tag_attributes("iframe", ["src", "width", "height", "allowfullscreen", "title"])
        .add_tag_attributes("source", ["src", "srcset", "type", "media", "sizes"])
        .add_tag_attributes("video", ["src", "poster", "controls", "width", "height"])
        .add_tag_attributes("audio", ["src", "controls"])
        .attribute_filter(move |element, attribute, value| {
            // What a reader loads by itself may not point into a private network.
            if matches!(attribute, "src" | "poster") && loads_private(&own, value) {
                return None;
            }
            if attribute == "srcset" {
                let kept: Vec<&str> = value
                    .split(',')
                    .filter(|c| {
                        !c.split_whitespace()
                            .next()
                            .is_some_and(|u| loads_private(&own, u))
                    })
                    .collect();
                return (!kept.is_empty()).then(|| kept.join(",").into());
            }
            if element == "iframe" && attribute == "src" {
                let ok = Url::parse(value).ok().is_some_and(|u| {
                    u.scheme() == "https" && u.host_str().is_some_and(|h| IFRAME_HOSTS.contains(&h))
                });
                return ok.then(|| value.into());
            }
            Some(value.into())
        })
        .url_relative(ammonia::UrlRelative::RewriteWithBase(base.clone()));
    if base.scheme() == "file" {
        // An offline page's links stay links to its neighbouring files.
        b.add_url_schemes(["file"]);
    }
    let cleaned = b.clean(html).to_string();
    cleaned.trim().to_string()
}

/// Plain text of an HTML fragment, paragraphs separated by blank lines.
pub fn html_to_text(html: &str) -> String {
    let frag = scraper::Html::parse_fragment(html);
    let mut out = String::new();
    blocks_text(frag.root_element(), &mut out);
    out.split("\n\n")
        .map(collapse)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Whether HTML that [`sanitize`] wrote has any text, as [`html_to_text`]
/// reads it. A letter or digit between its tags, outside a character
/// reference (`&nbsp;`), says yes without parsing it again: its serialiser
/// quotes every attribute's value with `"` and escapes that mark inside,
/// and leaves no comment, script or style. Else the parse decides (a
/// fragment of references or of ruby readings alone).
/// (Hand-written because no crate scans serialised HTML's text without
/// building its tree.)
pub fn has_text(clean: &str) -> bool {
    let (mut in_tag, mut in_value, mut in_reference) = (false, false, false);
    let letter = clean.chars().any(|c| {
        match c {
            '"' if in_tag => in_value = !in_value,
            '<' if !in_tag => in_tag = true,
            '>' if in_tag && !in_value => in_tag = false,
            '&' if !in_tag => in_reference = true,
            ';' if in_reference => in_reference = false,
            _ => return !in_tag && !in_reference && c.is_alphanumeric(),
        }
        false
    });
    match letter && !clean.contains("<rt") {
        true => true,
        false => !html_to_text(clean).is_empty(),
    }
}

fn blocks_text(el: ElementRef, out: &mut String) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            // A ruby's readings and their brackets are set over the text,
            // not in it: the kept HTML shows them as readers do.
            Node::Element(e) if matches!(e.name(), "rt" | "rp") => {}
            Node::Element(e) => {
                let block = BLOCK.contains(&e.name());
                if block {
                    out.push_str("\n\n");
                }
                if let Some(child) = ElementRef::wrap(child) {
                    blocks_text(child, out);
                }
                if block {
                    out.push_str("\n\n");
                }
            }
            _ => {}
        }
    }
}

/// The text of the first non-empty paragraph of an HTML fragment: the lead
/// a summary should start with.
pub fn first_paragraph(html: &str) -> Option<String> {
    static P: LazyLock<scraper::Selector> = LazyLock::new(|| scraper::Selector::parse("p").unwrap());
    let frag = scraper::Html::parse_fragment(html);
    let found = frag.select(&P).map(text_of).find(|t| !t.is_empty());
    found
}

/// At most `max` characters of `text`, cut at a word boundary, with "…".
pub fn truncate_words(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => &cut[..i],
        _ => &cut[..],
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.', ' ']))
}

/// Pages to check a `Tagged` against scraper's own walk: every HTML
/// fixture, and one page of the forms the keys are quick to judge (names
/// in capitals, SVG, attributes in odd case, a table and misnested tags the
/// parser moves).
#[cfg(test)]
pub(crate) fn assert_walks_as_select(tagged: &Tagged) {
    const ODD: &str = r#"<!doctype html><HTML lang=de><head><BASE HREF="/x/"><META PROPERTY="og:locale" CONTENT="de_DE">
<meta property="og:audio" content="/a.mp3"><meta name=author value="Ann"><title>T</title>
<link rel="canonical alternate" href="/c"><script type="application/ld+json">{}</script><script>var a</script></head>
<BODY class="hentry h-entry"><H1 class=entry-title>Head</H1><h2 class="p-name">Sub</h2><h3>Three</h3>
<div class="Post-DATE">1. März</div><span ID="pubDate">x</span><p itemprop="datePublished dateModified">y</p>
<abbr class="published" title="2021-03-01">x</abbr><abbr class="updated" title="2021-03-02">x</abbr>
<span data-utime="1600000000">t</span><div class="author vcard"><span class="fn">Ann</span></div>
<a rel="author" href="/ann">Ann</a><span rel="Author">Bo</span><TIME datetime="2021-03-01">1 March</TIME>
<span property="schema:datePublished" content="2021-03-01">x</span><meta property="article:datePublished" content="z">
<svg><a href="/svg">svg link</a><title>svg title</title><time datetime="2021">x</time></svg>
<table><tr><td>cell</td></tr><a href="/fostered">moved</a><h2>fostered</h2></table>
<b><p><i>misnested <a href="/m">link</a></b> text</i></p>
<video src="/v.mp4"><source src="/v.webm"></video><audio><source src="/a.ogg"></audio>
<div class="timeline posted-time">x</div><section class="publishing-info">y</section>
<h1>Second <a href="/">home</a></h1></BODY></HTML>"#;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut pages = vec![ODD.to_string()];
    let mut folders = vec![dir];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "html") {
                pages.push(std::fs::read_to_string(path).unwrap());
            }
        }
    }
    assert!(pages.len() > 20);
    for page in &pages {
        let doc = scraper::Html::parse_document(page);
        let ours: Vec<_> = tagged.all(&doc).map(|e| e.id()).collect();
        let theirs: Vec<_> = doc.select(tagged).map(|e| e.id()).collect();
        assert_eq!(
            ours,
            theirs,
            "{:?} on {}",
            tagged.selector,
            &page[..page.len().min(200)]
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::{Html, Selector};

    #[test]
    #[should_panic(expected = "asks for none of the keys")]
    fn a_walk_refuses_keys_its_selector_does_not_ask_for() {
        Tagged::new(&["meta"], "meta[content], [itemprop]");
    }

    #[test]
    #[should_panic(expected = "asks for none of the keys")]
    fn a_class_key_is_the_whole_class() {
        Tagged::new(&[".entry"], ".entry-title");
    }

    #[test]
    fn walks_by_key_find_what_the_selector_finds() {
        for (keys, css) in [
            (
                &["[class*=date]", "[id*=date]"][..],
                r#"[class*="date" i], [id*="date" i]"#,
            ),
            (&["a", "title"][..], "a[href], svg title"),
            (
                &[".published", "[data-utime]"][..],
                "abbr.published[title], [data-utime]",
            ),
            (&["h2", "[class]"][..], "h2, .p-name"),
        ] {
            assert_walks_as_select(&Tagged::new(keys, css));
        }
    }

    fn clean(body: &str) -> String {
        let base = Url::parse("https://example.org/news/a/page.html").unwrap();
        let doc = Html::parse_document(&format!("<div id=c>{body}</div>"));
        let el = doc.select(&Selector::parse("#c").unwrap()).next().unwrap();
        let mut out = String::new();
        inner_html_resolved(el, &base, &mut out);
        sanitize(&out, &base)
    }

    #[test]
    fn short_text_is_read_only_when_short() {
        let doc = Html::parse_document(&format!(
            "<div class=date><span>31 Aug</span> 2023</div><div class=time>{}</div>",
            "word ".repeat(1000)
        ));
        let get = |s: &str| short_text_of(doc.select(&Selector::parse(s).unwrap()).next().unwrap(), 60);
        assert_eq!(get(".date").as_deref(), Some("31 Aug 2023"));
        assert_eq!(get(".time"), None);
    }

    #[test]
    fn scripts_handlers_and_js_urls_are_removed() {
        let out = clean(
            r#"<p onclick="x()">Hi<script>alert(1)</script><style>p{}</style></p><a href="javascript:alert(1)">x</a>"#,
        );
        assert!(
            !out.contains("script")
                && !out.contains("onclick")
                && !out.contains("javascript")
                && !out.contains("p{}"),
            "{out}"
        );
        assert!(out.contains("<p>Hi</p>"), "{out}");
    }

    #[test]
    fn urls_are_absolute_and_lazy_images_real() {
        let out = clean(
            r#"<a href="../b.html">b</a><img src="data:image/gif;base64,R0l" data-src="/img/x.jpg"><img srcset="s.jpg 1x, /l.jpg 2x">
            <img src="/theme/lazy.svg" data-original="/img/y.jpg">"#,
        );
        assert!(
            out.contains(r#"src="https://example.org/img/y.jpg""#) && !out.contains("lazy.svg"),
            "{out}"
        );
        assert!(out.contains(r#"href="https://example.org/news/b.html""#), "{out}");
        assert!(out.contains(r#"src="https://example.org/img/x.jpg""#), "{out}");
        assert!(
            out.contains(r#"srcset="https://example.org/news/a/s.jpg 1x, https://example.org/l.jpg 2x""#),
            "{out}"
        );
        assert!(out.contains(r#"src="https://example.org/news/a/s.jpg""#), "{out}");
    }

    #[test]
    fn only_known_iframes_survive() {
        let out = clean(
            r#"<iframe src="https://evil.example/x"></iframe><iframe src="https://www.youtube.com/embed/abc"></iframe>"#,
        );
        assert!(!out.contains("evil"), "{out}");
        assert!(out.contains("youtube.com/embed/abc"), "{out}");
    }

    #[test]
    fn tracking_parameters_leave_item_links() {
        let clean = |u: &str| without_tracking(&Url::parse(u).unwrap()).to_string();
        assert_eq!(
            clean("https://e.org/a?utm_source=x&id=7&fbclid=abc&UTM_Medium=y#top"),
            "https://e.org/a?id=7#top"
        );
        assert_eq!(clean("https://e.org/a?utm_campaign=z"), "https://e.org/a");
        assert_eq!(clean("https://e.org/a?page=2"), "https://e.org/a?page=2");
        assert_eq!(clean("https://e.org/a"), "https://e.org/a");
    }

    #[test]
    fn text_keeps_words_apart() {
        let doc = Html::parse_fragment("<div><p>One</p><p>Two<br>Three</p> <script>x</script></div>");
        assert_eq!(text_of(doc.root_element()), "One Two Three");
        assert_eq!(html_to_text("<p>One</p><p>Two  words</p>"), "One\n\nTwo words");
        // The scan for text agrees with the parse.
        let base = Url::parse("https://example.com/a").unwrap();
        for html in [
            "<p>One</p>",
            "<p>&nbsp; </p><img alt=\"a > b\" src=\"/x.png\">",
            "<p><img alt='say \"hi\" > there' src=\"/x.png\"></p>",
            "<p><ruby><rt>かんじ</rt></ruby></p>",
            "<!-- a note --><script>var x = 1;</script><style>p { }</style>",
            "<p>&amp;</p>",
            "<p>&#x31;</p>",
            "",
        ] {
            let clean = sanitize(html, &base);
            assert_eq!(
                has_text(&clean),
                !html_to_text(&clean).is_empty(),
                "{html} -> {clean}"
            );
        }
    }

    #[test]
    fn readings_over_the_text_and_soft_hyphens_stay_out_of_it() {
        let ruby = "<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>を読む";
        let doc = Html::parse_fragment(&format!("<h1>{ruby}</h1>"));
        assert_eq!(text_of(doc.root_element()), "漢字を読む");
        assert_eq!(html_to_text(&format!("<p>{ruby}</p>")), "漢字を読む");
        assert_eq!(
            html_to_text("<p>Die Bundes&shy;regierung</p>"),
            "Die Bundesregierung"
        );
        // The feed's HTML keeps them, for readers to show.
        let base = Url::parse("https://e.org/").unwrap();
        assert!(sanitize(&format!("<p>{ruby}</p>"), &base).contains("<rt>かんじ</rt>"));
    }

    #[test]
    fn truncation_at_words() {
        assert_eq!(truncate_words("one two three four", 12), "one two…");
        assert_eq!(truncate_words("short", 12), "short");
    }
}
