//! The main content of an article page, found without selectors.
//!
//! Written here rather than taken from a crate: the extractors measured on
//! the project's corpus (dom_smoothie, trafilatura, rs-trafilatura) each parse
//! the page again into a DOM of their own, and none reached the quality we
//! aim for (`examples/eval.rs` prints the figures). This works on the
//! document the rest of the extraction already parsed.
//!
//! The approach: drop what is never article text (scripts, navigation,
//! hidden parts, blocks named for comments, sharing, related links...);
//! score the containers of paragraphs as Readability does, by their text,
//! commas and link density; take the best one with its like siblings; then
//! prune boilerplate inside it by shape (link-dense lists, captions, bylines,
//! "Read more" lines), as trafilatura and jusText do.

mod names;
mod prune;

use crate::extract::html::AttrOf;
use names::{class_weight, Names, POSITIVE_PREFIXES, SUREST, WEAK_WORDS};

use rustc_hash::{FxHashMap, FxHashSet};

use ego_tree::{NodeId, NodeRef};
use scraper::node::Node;
use scraper::{ElementRef, Html};
use url::Url;

use super::html;

/// What the extractor found: sanitised HTML and the page's byline, if any.
pub struct Content {
    pub html: String,
    pub byline: Option<String>,
}

/// Never article text, whatever they hold.
const NEVER: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "canvas", "button", "select", "option", "textarea",
    "input", "object", "embed", "dialog", "title", "head", "meta", "link",
];

/// Page furniture by element; dropped unless it holds most of the page's text
/// (some sites wrap the whole page in a `<form>` or a `<header>`).
/// The characters of a slide's caption that tells part of the story.
const SLIDE_TEXT: u32 = 200;

const FURNITURE: &[&str] = &["nav", "aside", "header", "footer", "form", "menu", "figcaption"];

const FURNITURE_ROLES: &[&str] = &[
    "navigation",
    "complementary",
    "banner",
    "contentinfo",
    "menu",
    "menubar",
    "dialog",
    "alertdialog",
    "search",
    "toolbar",
];

/// Elements whose text forms paragraphs.
const PARAGRAPHS: &[&str] = &["p", "pre", "td", "blockquote"];

const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn", "em", "font", "i", "img", "kbd",
    "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "del",
    "ins",
];

const HEADINGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];

/// Microdata types of a post of its own: the ends of their `itemtype`s.
const POST_TYPES: &[&str] = &[
    "/Answer",
    "/Comment",
    "/Article",
    "/NewsArticle",
    "/BlogPosting",
    "/Review",
    "/SocialMediaPosting",
    "/DiscussionForumPosting",
];

#[derive(Default, Clone)]
struct Rec {
    parent: Option<usize>,
    element: bool,
    /// Dropped with all it holds.
    dropped: bool,
    /// Never text for what it is (script, hidden), not for where it sits.
    hard: bool,
    in_link: bool,
    /// Inside `<pre>` or `<code>`: a program's text, whatever its spans'
    /// classes say (`hljs-comment`, `token keyword`).
    in_code: bool,
    weight: i32,
    /// Text before any class-based dropping (for the "holds most text" guard).
    raw_text: u32,
    text: u32,
    link: u32,
    /// Link text inside paragraphs of prose (a link in a sentence), which
    /// says nothing against the block as link density does for link lists.
    prose_link: u32,
    /// Paragraphs of prose (whose links, if any, sit in sentences).
    prose: u32,
    commas: u32,
    /// Text of direct text children and inline children: a paragraph's worth.
    inline: u32,
    paragraphs: u32,
    images: u32,
    items: u32,
    /// An embedded post (a tweet): kept whatever its links.
    embedded: bool,
    /// Embedded players from hosts not kept in content.
    embeds: u32,
    /// Videos, audio and players kept in content.
    media: u32,
    /// MathML formulas (KaTeX's, MathJax's).
    formulas: u32,
    score: f32,
    scored: bool,
}

/// A set of blocks and every element above one of them.
#[derive(Default)]
struct Blocks {
    set: FxHashSet<usize>,
    above: FxHashSet<usize>,
}

impl Blocks {
    fn join(&mut self, other: Blocks) {
        self.set.extend(other.set);
        self.above.extend(other.above);
    }
}

struct Page<'a> {
    nodes: Vec<NodeRef<'a, Node>>,
    index: FxHashMap<NodeId, usize>,
    /// The best candidate and its ancestors up to the chosen block.
    protected: Vec<usize>,
    /// Other stories' blocks (see `other_articles`), kept out of the selection.
    others: Blocks,
    recs: Vec<Rec>,
    body: usize,
}

/// An element's class without the words that number or hash one block of
/// a run: the kind of block it is, alike for each part a builder counts
/// (Divi's `et_pb_section_0`, `et_pb_section_1`; Elementor's
/// `elementor-element-6b1c7e2`). A grid's `col-md-8` beside `col-md-4`
/// stays apart: its number is a width.
fn class_kind(node: &NodeRef<Node>) -> String {
    let Node::Element(e) = node.value() else {
        return String::new();
    };
    let counted = |t: &str| {
        let (head, tail) = t.rsplit_once(['_', '-']).unwrap_or(("", t));
        let digits = !tail.is_empty() && tail.bytes().all(|b| b.is_ascii_digit());
        let hash = tail.len() >= 6
            && tail.bytes().all(|b| b.is_ascii_hexdigit())
            && tail.bytes().any(|b| b.is_ascii_digit());
        !head.is_empty() && ((digits && t.as_bytes()[head.len()] == b'_') || hash)
    };
    let class = e.attr_of("class").unwrap_or("");
    let kind: Vec<&str> = class.split_ascii_whitespace().filter(|t| !counted(t)).collect();
    kind.join(" ")
}

fn name<'a>(node: &NodeRef<'a, Node>) -> &'a str {
    match node.value() {
        Node::Element(e) => e.name(),
        _ => "",
    }
}

/// Which pass over the page: the first; one that judges no block by its
/// names; one that shows what the page hides until a script shows it.
#[derive(Clone, Copy, PartialEq)]
enum Pass {
    First,
    Lenient,
    Shown,
}

/// Hidden from readers: the `hidden` attribute, `aria-hidden`, an inline
/// `display: none`. The `Shown` pass takes only the attribute at its word:
/// a page behind a consent dialog is `aria-hidden` until it is answered,
/// an article may be `display: none` until a script shows it.
fn hidden(node: &NodeRef<Node>, pass: Pass) -> bool {
    let Node::Element(e) = node.value() else {
        return false;
    };
    if e.attr_of("hidden").is_some() {
        return true;
    }
    if pass == Pass::Shown {
        return false;
    }
    if e.attr_of("aria-hidden") == Some("true") {
        return true;
    }
    // Webflow's conditional visibility: its style sheet hides the class
    // outright (`display: none !important`), on every screen.
    if e.class_words().any(|c| c == "w-condition-invisible") {
        return true;
    }
    html::inline_style(e).is_some_and(|s| s.contains("display:none") || s.contains("visibility:hidden"))
}

/// A block that only wraps one paragraph (`<div class="firstPar"><p>...</p></div>`,
/// two wrappers at most): a sibling of the article judged as the paragraph.
fn paragraph_in_wrappers(node: NodeRef<Node>) -> bool {
    let mut at = node;
    for _ in 0..3 {
        let mut elements = at.children().filter(|c| c.value().is_element());
        let text_beside = at
            .children()
            .any(|c| matches!(c.value(), Node::Text(t) if !t.trim().is_empty()));
        let (Some(only), None) = (elements.next(), elements.next()) else {
            return false;
        };
        if text_beside || !matches!(name(&at), "div" | "section" | "span") {
            return false;
        }
        if name(&only) == "p" {
            return true;
        }
        at = only;
    }
    false
}

/// schema.org microdata's `itemprop="articleBody"`: the article's text, by the page's own word.
fn marks_article_body(e: &scraper::node::Element) -> bool {
    e.attr_of("itemprop")
        .is_some_and(|p| p.split_whitespace().any(|w| w == "articleBody"))
}

/// A link to a tag or category page (`rel="tag"`): the article's labels, not its text.
fn tag_link(node: &NodeRef<Node>) -> bool {
    matches!(node.value(), Node::Element(e) if e.name() == "a"
        && e.attr_of("rel").is_some_and(|r| r.split_whitespace().any(|w| w == "tag" || w == "category")))
}

/// Beginnings of class and id words of blocks of prose that are no part
/// of the article's text: captions, bios, teasers.
const NOT_PARTS: &[&str] = &[
    "image", "img", "photo", "figure", "media", "picture", "gallery", "bio", "profile", "user", "about",
    "desc", "snipet", "snippet", "excerpt", "teaser", "summary", "card",
];

/// How many parts of a cut article join the chosen blocks each way.
const MAX_PARTS: usize = 20;

/// An article's worth of text, in characters.
const ARTICLE: u32 = 500;

fn count_text(t: &str) -> (u32, u32) {
    let mut chars = 0;
    let mut commas = 0;
    for c in t.chars() {
        if !c.is_whitespace() {
            chars += 1;
        }
        if matches!(c, ',' | '،' | '，' | '、') {
            commas += 1;
        }
    }
    (chars, commas)
}

impl<'a> Page<'a> {
    fn new(doc: &'a Html, base: &Url, pass: Pass) -> Self {
        let nodes: Vec<NodeRef<Node>> = doc.tree.root().descendants().collect();
        let mut recs = vec![Rec::default(); nodes.len()];
        let mut index = FxHashMap::with_capacity_and_hasher(nodes.len(), Default::default());
        for (i, n) in nodes.iter().enumerate() {
            index.insert(n.id(), i);
        }
        let mut body = 0;
        // Forward: parents, links, what is never text.
        for (i, n) in nodes.iter().enumerate() {
            let parent = n.parent().and_then(|p| index.get(&p.id()).copied());
            let (p_dropped, p_hard, p_link, p_code) = parent.map_or((false, false, false, false), |p| {
                (recs[p].dropped, recs[p].hard, recs[p].in_link, recs[p].in_code)
            });
            let tag = name(n);
            let r = &mut recs[i];
            r.parent = parent;
            r.element = matches!(n.value(), Node::Element(_));
            r.in_link = p_link || tag == "a";
            r.in_code = p_code || matches!(tag, "pre" | "code");
            r.hard = p_hard || NEVER.contains(&tag) || hidden(n, pass);
            r.dropped = p_dropped || r.hard || matches!(n.value(), Node::Comment(_)) || tag_link(n);
            if tag == "body" {
                body = i;
            }
        }
        // Backward: the text each element holds.
        for i in (0..nodes.len()).rev() {
            if recs[i].dropped {
                continue;
            }
            if let Node::Text(t) = nodes[i].value() {
                recs[i].raw_text = count_text(t).0;
            }
            if let Some(p) = recs[i].parent {
                recs[p].raw_text += recs[i].raw_text;
            }
        }
        let mut page = Page {
            nodes,
            index,
            protected: Vec::new(),
            others: Blocks::default(),
            recs,
            body,
        };
        page.drop_furniture(pass == Pass::Lenient);
        page.measure(base);
        page
    }

    /// Drops page furniture by element, role, class and id, unless it holds
    /// most of the page's text.
    fn drop_furniture(&mut self, lenient: bool) {
        let total = self.recs[self.body].raw_text.max(1);
        let slideshow = self.slideshow();
        // The one block the page marks as the post's text (schema.org's
        // `articleBody`, else hAtom's `entry-content`, else Blogger's
        // `post-body`): what holds it is no furniture, whatever its names
        // (Blogger's main column is a `widget` like its sidebar's boxes).
        let mut holds_post = FxHashSet::default();
        let marked = |test: &dyn Fn(&scraper::node::Element) -> bool| {
            let mut found = (0..self.nodes.len())
                .filter(|&i| !self.recs[i].dropped && self.recs[i].raw_text > 0)
                .filter(|&i| matches!(self.nodes[i].value(), Node::Element(e) if test(e)));
            match (found.next(), found.next()) {
                (Some(one), None) => Some(one),
                _ => None,
            }
        };
        let post = marked(&marks_article_body)
            .or_else(|| marked(&|e| e.class_words().any(|c| c == "entry-content")))
            .or_else(|| marked(&|e| e.class_words().any(|c| c == "post-body")));
        let mut at = post;
        while let Some(a) = at {
            holds_post.insert(a);
            at = self.recs[a].parent;
        }
        for i in 0..self.nodes.len() {
            let parent_dropped = self.recs[i].parent.is_some_and(|p| self.recs[p].dropped);
            if parent_dropped {
                self.recs[i].dropped = true;
                continue;
            }
            if self.recs[i].dropped || !self.recs[i].element || self.recs[i].in_code {
                continue;
            }
            let n = self.nodes[i];
            let tag = name(&n);
            let names = Names::of(&n);
            // The lenient pass judges no block by its names, not even by weight
            // (`styled-tags` around each paragraph of a story).
            self.recs[i].weight = if lenient {
                class_weight(&names).max(0)
            } else {
                class_weight(&names)
            };
            let tells_story = self.tells_the_story(i, tag, &names, slideshow);
            if tells_story {
                self.recs[i].weight = self.recs[i].weight.max(0);
            }
            self.recs[i].embedded = names.embedded_post();
            // schema.org microdata names the body outright.
            let marked_body = matches!(n.value(), Node::Element(e) if marks_article_body(e));
            if marked_body {
                self.recs[i].weight = 25;
            }
            if matches!(tag, "html" | "body" | "main" | "a") || marked_body || holds_post.contains(&i) {
                continue;
            }
            // A box headed "Related stories" goes unless it is nearly the whole page.
            // Reader comments go however long they run (a short post, many comments).
            let headed = !lenient
                && ElementRef::wrap(n).is_some_and(|e| {
                    (self.recs[i].raw_text * 5 <= total * 4 && super::discover::titled_as_furniture(e))
                        || super::discover::titled_as_comments(e)
                });
            if headed {
                self.recs[i].dropped = true;
                continue;
            }
            let big = self.recs[i].raw_text * 2 > total;
            if big {
                continue;
            }
            let role = match n.value() {
                Node::Element(e) => e.attr_of("role").unwrap_or(""),
                _ => "",
            };
            // An article's own header (inside `<article>` or `<main>`) holds
            // its title, byline and standfirst: judged by what it holds.
            let own_header = tag == "header"
                && n.ancestors()
                    .any(|a| matches!(a.value(), Node::Element(e) if matches!(e.name(), "article" | "main")));
            let by_element =
                (FURNITURE.contains(&tag) && !own_header && !tells_story) || FURNITURE_ROLES.contains(&role);
            let by_class = !lenient && !tells_story && self.furniture_by_class(i, &names);
            if by_element || by_class {
                if self.recs[i].raw_text > 200 {
                    tracing::trace!(
                        "furniture: {} ({} characters)",
                        self.describe(i),
                        self.recs[i].raw_text
                    );
                }
                self.recs[i].dropped = true;
            }
        }
    }

    fn furniture_by_class(&self, i: usize, names: &Names) -> bool {
        if names.is_empty() {
            return false;
        }
        let positive = names.starts(POSITIVE_PREFIXES);
        if !names.strong() {
            return names.is(WEAK_WORDS) && !positive;
        }
        if names.embedded_post() {
            return false;
        }
        // An ad slot holds no prose: a block named for one (`tnd-skyscrapers`
        // around a whole story) that holds paragraphs of text is a wrapper.
        let ad_slot = names.starts(&["advert", "skyscraper"]) || names.is(&["ad", "ads"]);
        if ad_slot && self.prose_paragraphs(i) >= 3 {
            return false;
        }
        // `entry-content read-more`, `post category-news`: an article container
        // with words of its own; only the surest words outweigh `content`.
        // A short block (`post-date`, `entry-meta`) is not a container.
        if positive && !names.starts(SUREST) && self.recs[i].raw_text >= 200 {
            return false;
        }
        // Captions and credits that hold the picture: keep the picture.
        if names.starts(&["caption", "credit"]) && self.has_image(i) {
            return false;
        }
        // A block named for the date that holds a headline wraps a post
        // (Blogger's `date-outer` around its date header and each post).
        if names.is(&["date", "time", "published"]) && self.holds_headline(i) {
            return false;
        }
        // A long text named for its author or date is more than a byline
        // (or a writer's bio after the story, `div.bio`).
        if names.is(&["date", "time", "published", "bio"]) || names.starts(&["author"]) {
            return self.recs[i].raw_text < 200;
        }
        true
    }

    /// A block whose name marks furniture that holds the story's text: a
    /// slideshow story tells itself in its slides' captions (a caption of
    /// paragraphs of prose is the text, not a photo's line), and a photo
    /// essay sets each picture with its paragraphs in a "widget" among the
    /// story's own paragraphs (Reuters' Wider Image), where a sidebar's
    /// widgets stand among widgets. A gallery's list of pictures, each
    /// item with its caption, is no such widget (the Independent's "World
    /// news in pictures" inside a story). On a page told in its slides'
    /// captions ([`Page::slideshow`]), each caption of `SLIDE_TEXT`
    /// characters, a `<figcaption>` too, is the text.
    fn tells_the_story(&self, i: usize, tag: &str, names: &Names, slideshow: bool) -> bool {
        let caption = names.starts(&["caption"]);
        if slideshow && self.recs[i].raw_text >= SLIDE_TEXT && (caption || tag == "figcaption") {
            return true;
        }
        let widget = !caption && names.starts(&["widget"]);
        if !(caption || widget) || self.prose_paragraphs(i) < 2 {
            return false;
        }
        let listed = || self.nodes[i].descendants().any(|d| name(&d) == "li");
        caption || (self.recs[i].parent.is_some_and(|p| self.holds_prose_paragraph(p)) && !listed())
    }

    /// A page told in its slides' captions (Popsugar's "11 decorating
    /// mistakes": each slide a photo, a title and a caption of a paragraph
    /// or two): three or more captions of `SLIDE_TEXT` characters or more
    /// that together hold more text than the page's paragraphs outside
    /// them. A story's long photo captions are fewer, or outweighed.
    fn slideshow(&self) -> bool {
        let in_caption = |i: usize| self.nodes[i].ancestors().any(|a| name(&a) == "figcaption");
        let (mut slides, mut told) = (0, 0);
        for i in 0..self.nodes.len() {
            if self.recs[i].raw_text >= SLIDE_TEXT && name(&self.nodes[i]) == "figcaption" && !in_caption(i) {
                slides += 1;
                told += self.recs[i].raw_text;
            }
        }
        if slides < 3 {
            return false;
        }
        let outside: u32 = (0..self.nodes.len())
            .filter(|&i| name(&self.nodes[i]) == "p" && self.recs[i].raw_text >= 40 && !in_caption(i))
            .map(|i| self.recs[i].raw_text)
            .sum();
        told > outside
    }

    /// Whether a node is a `<p>` kept with a sentence's worth of text (40
    /// characters).
    fn prose_paragraph(&self, n: &NodeRef<Node>) -> bool {
        name(n) == "p"
            && self
                .index
                .get(&n.id())
                .is_some_and(|&k| !self.recs[k].dropped && self.recs[k].raw_text >= 40)
    }

    /// A prose paragraph among `i`'s children.
    fn holds_prose_paragraph(&self, i: usize) -> bool {
        self.nodes[i].children().any(|c| self.prose_paragraph(&c))
    }

    /// The prose paragraphs below `i`.
    fn prose_paragraphs(&self, i: usize) -> usize {
        self.nodes[i]
            .descendants()
            .filter(|d| self.prose_paragraph(d))
            .count()
    }

    /// A heading (h1-h3) among the first 200 nodes below `i`.
    fn holds_headline(&self, i: usize) -> bool {
        self.nodes[i]
            .descendants()
            .take(200)
            .any(|d| matches!(name(&d), "h1" | "h2" | "h3"))
    }

    fn has_image(&self, i: usize) -> bool {
        self.nodes[i].descendants().any(|d| name(&d) == "img")
    }

    /// Counts, bottom up, what each kept element holds.
    fn measure(&mut self, base: &Url) {
        for i in (0..self.nodes.len()).rev() {
            if self.recs[i].dropped {
                continue;
            }
            let n = self.nodes[i];
            let tag = name(&n);
            if let Node::Text(t) = n.value() {
                let (chars, commas) = count_text(t);
                let r = &mut self.recs[i];
                r.text = chars;
                r.commas = commas;
                if r.in_link {
                    r.link = chars;
                }
            }
            let loose_paragraph = self.recs[i].inline >= 25 && !INLINE.contains(&tag) && tag != "p";
            match tag {
                "p" => {
                    let r = &mut self.recs[i];
                    r.paragraphs += 1;
                    if r.text >= r.link + 60 && r.link * 2 <= r.text {
                        r.prose_link = r.link;
                        r.prose += 1;
                    }
                }
                // A quoted or embedded post's sentences are not the page's prose.
                "blockquote" => {
                    self.recs[i].prose_link = 0;
                    self.recs[i].prose = 0;
                }
                _ if loose_paragraph => self.recs[i].paragraphs += 1,
                "img" => self.recs[i].images += 1,
                "li" => self.recs[i].items += 1,
                "video" | "audio" => self.recs[i].media += 1,
                "math" => self.recs[i].formulas += 1,
                "iframe" => match n.value() {
                    Node::Element(e) if html::iframe_allowed(base, e.attr_of("src")) => {
                        self.recs[i].media += 1
                    }
                    _ => self.recs[i].embeds += 1,
                },
                _ => {}
            }
            let Some(p) = self.recs[i].parent else {
                continue;
            };
            let r = self.recs[i].clone();
            let inline = !r.element || INLINE.contains(&tag);
            let pr = &mut self.recs[p];
            pr.text += r.text;
            pr.link += r.link;
            pr.prose_link += r.prose_link;
            pr.prose += r.prose;
            pr.commas += r.commas;
            pr.paragraphs += r.paragraphs;
            pr.images += r.images;
            pr.items += r.items;
            pr.embeds += r.embeds;
            pr.media += r.media;
            pr.formulas += r.formulas;
            if inline {
                pr.inline += r.text;
            }
        }
    }

    fn link_density(&self, i: usize) -> f32 {
        let r = &self.recs[i];
        if r.text == 0 {
            return 0.0;
        }
        r.link as f32 / r.text as f32
    }

    fn init_score(&mut self, i: usize) {
        if self.recs[i].scored {
            return;
        }
        let base = match name(&self.nodes[i]) {
            "div" | "article" | "section" | "main" => 5.0,
            "pre" | "td" | "blockquote" => 3.0,
            "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
            _ => 0.0,
        };
        let r = &mut self.recs[i];
        r.score = base + r.weight as f32;
        r.scored = true;
    }

    /// Scores the containers of paragraphs; the best one, by score times
    /// the share of its text that is not links.
    fn best_candidate(&mut self) -> Option<usize> {
        let mut candidates = Vec::new();
        for i in 0..self.nodes.len() {
            let r = &self.recs[i];
            if r.dropped || !r.element {
                continue;
            }
            let tag = name(&self.nodes[i]);
            let paragraph = PARAGRAPHS.contains(&tag);
            let loose = !paragraph && matches!(tag, "div" | "section" | "article" | "main" | "span" | "font");
            let len = if paragraph {
                r.text
            } else if loose {
                r.inline
            } else {
                continue;
            };
            if len < 25 {
                continue;
            }
            // A comma every 40 characters at most counts: a list of names
            // strung with commas (a trademark notice) is no prose.
            let commas = r.commas.min(len / 40);
            let score = 1.0 + commas as f32 + (len as f32 / 100.0).min(3.0);
            // A loose text block scores itself, as if it were the paragraph's parent.
            let mut up = if paragraph { r.parent } else { Some(i) };
            // Wrappers that hold nothing but the paragraph score as its
            // parent, and so does the block that holds them, where such
            // wrapped paragraphs come in a run (a story of one `div >
            // div.RichText > p` per paragraph): the paragraph's parent is
            // the first block that holds more. Three at most, and none
            // named as something apart (a video's `div.description`).
            let len = r.text;
            let wrapper = |a: usize| {
                self.recs[a].text == len
                    && self.recs[a].weight >= 0
                    && matches!(name(&self.nodes[a]), "div" | "section" | "span" | "font")
                    && !Names::of_start(&self.nodes[a], NOT_PARTS)
            };
            let mut wrapped = 0;
            if paragraph {
                let mut outer = None;
                let mut at = r.parent;
                while let Some(a) = at.filter(|&a| a != 0 && wrapped < 3 && wrapper(a)) {
                    outer = Some(a);
                    wrapped += 1;
                    at = self.recs[a].parent;
                }
                let in_run = outer.is_some_and(|w| {
                    let n = self.nodes[w];
                    let next = n.next_siblings().find(|s| s.value().is_element());
                    let prev = n.prev_siblings().find(|s| s.value().is_element());
                    next.into_iter().chain(prev).any(paragraph_in_wrappers)
                });
                if !in_run {
                    wrapped = 0;
                }
            }
            let mut wrappers = 0;
            let mut level = 0;
            while let Some(a) = up {
                if level >= 5 || !self.recs[a].element || a == 0 {
                    break;
                }
                if !self.recs[a].scored {
                    self.init_score(a);
                    candidates.push(a);
                }
                let share = match level {
                    0 => 1.0,
                    1 => 2.0,
                    l => l as f32 * 3.0,
                };
                self.recs[a].score += score / share;
                up = self.recs[a].parent;
                if level == 0 && wrappers < wrapped {
                    wrappers += 1;
                } else {
                    level += 1;
                }
            }
        }
        // Pages that append the next stories (endless article pages) hold
        // other articles under headlines of their own: those are not this
        // page's, however long.
        let (mut beside, below) = self.other_articles();
        beside.extend(self.next_stories());
        beside.extend(self.stories_beside_the_titled_one());
        if !beside.is_empty() || !below.is_empty() {
            let describe = |v: &[usize]| v.iter().take(5).map(|&i| self.describe(i)).collect::<Vec<_>>();
            tracing::trace!(beside = ?describe(&beside), below = ?describe(&below), "other stories");
        }
        let (beside, below) = (self.blocks(&beside), self.blocks(&below));
        let mut others = Blocks::default();
        // Only where an article's worth of text, not links, is left beside
        // them: not a footer's copyright line below its links.
        if candidates.iter().any(|&c| {
            !self.touches(&beside, c) && self.recs[c].text.saturating_sub(self.recs[c].link) >= ARTICLE
        }) {
            candidates.retain(|&c| !self.touches(&beside, c));
            others.join(beside);
        }
        // Blocks headed by another story's headline, only where an
        // article's worth of the page is left outside them.
        if candidates
            .iter()
            .any(|&c| !self.touches(&below, c) && self.recs[c].raw_text >= ARTICLE)
        {
            candidates.retain(|&c| !self.touches(&below, c));
            others.join(below);
        }
        self.others = others;
        let mut ranked: Vec<(usize, f32)> =
            candidates.into_iter().map(|c| (c, self.final_score(c))).collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
        let &(top, top_score) = ranked.first()?;
        // Paragraphs each in a box of their own: when three of the next best
        // score close to the best, their common ancestor is the article.
        // Close in text too (a tenth of the best's at least): a teaser's
        // title named `article-title` scores by its name, not by what it
        // holds.
        let close: Vec<usize> = ranked[1..]
            .iter()
            .take(5)
            .filter(|&&(c, s)| s >= 0.75 * top_score && self.recs[c].raw_text * 10 >= self.recs[top].raw_text)
            .map(|(c, _)| *c)
            .collect();
        if close.len() >= 3 {
            let mut up = self.recs[top].parent;
            while let Some(a) = up {
                if a == self.body || !self.recs[a].element {
                    break;
                }
                if close.iter().filter(|&&c| self.is_ancestor(a, c)).count() >= 3 {
                    return Some(a);
                }
                up = self.recs[a].parent;
            }
        }
        Some(top)
    }

    /// The blocks of other articles on the page: where several `<h1>`
    /// name different stories, the page's own is the one its `<title>`
    /// names (where none is, nothing is said). Another's block is, first,
    /// the sibling of the page's own block under their common ancestor,
    /// when both hold an article's worth of text; second, the largest
    /// block its headline heads (the headline at its top, no other `<h1>`
    /// in it) that holds an article's worth of text: the page's own
    /// headline may stand in a header apart from its body, beside which
    /// the next stories are appended.
    fn other_articles(&self) -> (Vec<usize>, Vec<usize>) {
        let text = |i: usize| {
            ElementRef::wrap(self.nodes[i])
                .map(html::text_of)
                .unwrap_or_default()
        };
        let title = self.title();
        let mut h1s: Vec<(usize, String)> = Vec::new();
        for (i, n) in self.nodes.iter().enumerate() {
            if name(n) == "h1" {
                let t = html::squash(&text(i));
                if !t.is_empty() {
                    h1s.push((i, t));
                }
            }
            if h1s.len() > 50 {
                return Default::default();
            }
        }
        if h1s.iter().all(|(_, t)| *t == h1s[0].1) {
            return Default::default();
        }
        // The longest `<h1>` the title holds, and most of it (a logo's
        // name is in the title too); the first, where it is shown twice.
        let Some(own) = h1s
            .iter()
            .filter(|(_, t)| t.len() >= 10 && t.len() * 2 >= title.len() && title.contains(t.as_str()))
            .max_by_key(|(i, t)| (t.len(), std::cmp::Reverse(*i)))
        else {
            return Default::default();
        };
        let (own_at, own_text) = (own.0, own.1.clone());
        let ancestors = |mut i: usize| {
            let mut up = vec![i];
            while let Some(p) = self.recs[i].parent {
                up.push(p);
                i = p;
            }
            up
        };
        let own_up = ancestors(own_at);
        // Each other headline (a headline's length: not "Share") whose
        // block and the page's own block are siblings that both hold an
        // article's worth of text.
        let beside = h1s
            .iter()
            .filter(|(_, t)| *t != own_text && t.len() >= 20)
            .filter_map(|&(h, _)| {
                let other_up = ancestors(h);
                let lca = *other_up.iter().find(|a| own_up.contains(a))?;
                let side = |up: &[usize]| {
                    up.iter()
                        .position(|&a| a == lca)
                        .and_then(|k| k.checked_sub(1))
                        .map(|k| up[k])
                };
                let (mine, theirs) = (side(&own_up)?, side(&other_up)?);
                (self.recs[mine].raw_text >= ARTICLE
                    && self.recs[theirs].raw_text >= ARTICLE
                    && self.signed(theirs))
                .then_some(theirs)
            })
            .collect();
        // How many headlines each element holds.
        let mut headlines: FxHashMap<usize, usize> = FxHashMap::default();
        for &(h, _) in &h1s {
            for a in ancestors(h) {
                *headlines.entry(a).or_default() += 1;
            }
        }
        let headed = h1s
            .iter()
            .filter(|(h, t)| *t != own_text && t.len() >= 20 && *h != own_at)
            .filter_map(|&(h, _)| {
                let mut block = h;
                let mut before = 0;
                while let Some(p) = self.recs[block].parent {
                    if p == self.body || headlines.get(&p).is_some_and(|&n| n > 1) {
                        break;
                    }
                    before += self.nodes[block]
                        .prev_siblings()
                        .filter_map(|n| self.index_of(n.id()))
                        .map(|i| self.recs[i].raw_text)
                        .sum::<u32>();
                    // The headline heads its block: little text above it.
                    if before > 200 {
                        break;
                    }
                    block = p;
                }
                (self.recs[block].raw_text >= ARTICLE && self.signed(block)).then_some(block)
            })
            .collect();
        (beside, headed)
    }

    /// Whether the block another `<h1>` heads is a story of its own: it
    /// comes with its byline or date (an element named for the author, the
    /// byline or the date, a `<time>`, or a short line that is a date, a
    /// "By ..." or opens with "Published"), above its text or below. A
    /// section of a post under its own `<h1>` (Medium's) comes with its
    /// paragraphs alone.
    fn signed(&self, block: usize) -> bool {
        let marks = |d: NodeRef<Node>| match d.value() {
            Node::Element(e) => {
                e.name() == "time"
                    || Names::of_start(&d, &["author", "byline", "date", "posted", "published", "time"])
            }
            Node::Text(t) => {
                let line = t.trim();
                !line.is_empty()
                    && line.len() <= 80
                    && (line.starts_with("By ")
                        || crate::extract::dated_text::opens_with_label(line)
                        || crate::extract::date::parse_date(line, chrono_tz::Tz::UTC).is_some())
            }
            _ => false,
        };
        self.nodes[block].descendants().take(2000).any(marks)
    }

    /// The next stories an endless page appends as `<article>` siblings of
    /// the page's own, each under a headline of its own (an `<h2>`: only
    /// the page's own story has the `<h1>`): the page's `<h1>` in an
    /// `<article>`, each later sibling `<article>` that opens with a heading
    /// and holds an article's worth of text.
    fn next_stories(&self) -> Vec<usize> {
        let h1s: Vec<usize> = (0..self.nodes.len())
            .filter(|&i| name(&self.nodes[i]) == "h1" && !self.recs[i].dropped && self.recs[i].raw_text > 0)
            .take(2)
            .collect();
        let [h1] = h1s[..] else {
            return Vec::new();
        };
        let Some(own) = self.nodes[h1]
            .ancestors()
            .find(|a| name(a) == "article")
            .and_then(|a| self.index_of(a.id()))
        else {
            return Vec::new();
        };
        let opens_with_heading = |i: usize| {
            self.nodes[i]
                .descendants()
                .skip(1)
                .filter(|d| d.value().is_element())
                .take(6)
                .any(|d| matches!(name(&d), "h1" | "h2" | "h3"))
        };
        self.nodes[own]
            .next_siblings()
            .filter(|n| name(n) == "article")
            .filter_map(|n| self.index_of(n.id()))
            .filter(|&i| self.recs[i].raw_text >= ARTICLE && opens_with_heading(i))
            .take(50)
            .collect()
    }

    /// Full stories side by side as sibling `<article>`s (a topic page
    /// that opens each story in place, an endless page): when the page's
    /// `<title>` names the headline of exactly one of them, that one is
    /// the page's and the others are not, however long.
    fn stories_beside_the_titled_one(&self) -> Vec<usize> {
        let title = self.title();
        if title.is_empty() {
            return Vec::new();
        }
        let stories: Vec<usize> = (0..self.nodes.len())
            .filter(|&i| name(&self.nodes[i]) == "article" && self.recs[i].raw_text >= ARTICLE)
            .take(100)
            .collect();
        // The headline is near a story's top (a picture and its caption
        // before it at most): the first 500 nodes are looked through.
        let names_title = |i: usize| {
            self.nodes[i]
                .descendants()
                .take(500)
                .find(|d| matches!(name(d), "h1" | "h2" | "h3"))
                .and_then(ElementRef::wrap)
                .map(|h| html::squash(&html::text_of(h)))
                .is_some_and(|h| h.len() >= 10 && h.len() * 2 >= title.len() && title.contains(&h))
        };
        let named: Vec<bool> = stories.iter().map(|&i| names_title(i)).collect();
        let mut others = Vec::new();
        for (k, &own) in stories.iter().enumerate().filter(|&(k, _)| named[k]) {
            let parent = self.recs[own].parent;
            let siblings: Vec<usize> = (0..stories.len())
                .filter(|&j| j != k && self.recs[stories[j]].parent == parent)
                .collect();
            if !siblings.is_empty() && !siblings.iter().any(|&j| named[j]) {
                others.extend(siblings.iter().map(|&j| stories[j]));
            }
        }
        others
    }

    /// The page's `<title>`, squashed; empty where it has none.
    fn title(&self) -> String {
        self.nodes
            .iter()
            .find(|n| name(n) == "title")
            .and_then(|n| ElementRef::wrap(*n))
            .map(|t| html::squash(&html::text_of(t)))
            .unwrap_or_default()
    }

    /// Whether `i` is or holds another story's block.
    fn holds_other(&self, i: usize) -> bool {
        self.others.set.contains(&i) || self.others.above.contains(&i)
    }

    /// `blocks` with the elements above them, for lookups in time
    /// independent of how many there are.
    fn blocks(&self, blocks: &[usize]) -> Blocks {
        let mut b = Blocks::default();
        for &o in blocks {
            b.set.insert(o);
            let mut up = self.recs[o].parent;
            while let Some(p) = up {
                if !b.above.insert(p) {
                    break;
                }
                up = self.recs[p].parent;
            }
        }
        b
    }

    /// Whether `c` is in one of `blocks`, is one, or holds one.
    fn touches(&self, blocks: &Blocks, c: usize) -> bool {
        if blocks.set.is_empty() {
            return false;
        }
        if blocks.above.contains(&c) {
            return true;
        }
        let mut at = Some(c);
        while let Some(a) = at {
            if blocks.set.contains(&a) {
                return true;
            }
            at = self.recs[a].parent;
        }
        false
    }

    /// Whether `a` and `b` are one element, or one holds the other.
    fn nested(&self, a: usize, b: usize) -> bool {
        a == b || self.is_ancestor(a, b) || self.is_ancestor(b, a)
    }

    fn is_ancestor(&self, a: usize, mut c: usize) -> bool {
        while let Some(p) = self.recs[c].parent {
            if p == a {
                return true;
            }
            c = p;
        }
        false
    }

    fn final_score(&self, i: usize) -> f32 {
        self.recs[i].score * (1.0 - self.link_density(i))
    }

    /// The best candidate and the siblings that belong with it.
    fn selection(&mut self) -> Vec<usize> {
        let Some(mut top) = self.best_candidate() else {
            return vec![self.body];
        };
        let best = top;
        // An ancestor scoring higher holds more of the article (as Readability climbs).
        let mut last = self.recs[top].score;
        let floor = last / 3.0;
        let mut up = self.recs[top].parent;
        while let Some(p) = up {
            if p == self.body || !self.recs[p].element || self.holds_other(p) {
                break;
            }
            if self.recs[p].scored {
                let s = self.recs[p].score;
                if s < floor {
                    break;
                }
                if s > last {
                    top = p;
                    break;
                }
                last = s;
            }
            up = self.recs[p].parent;
        }
        // An only child: its parent is the same block.
        while let Some(p) = self.recs[top].parent {
            let only = self.nodes[p]
                .children()
                .filter(|c| c.value().is_element())
                .count()
                == 1;
            if p == self.body || !only {
                break;
            }
            top = p;
        }
        // An article cut into parts by ads or boxes: an ancestor a few levels
        // up has siblings of its own class that hold paragraphs of prose
        // (`section.block` after `section.block`). Climb to it, so its like
        // siblings join below.
        let class_of = |i: usize| class_kind(&self.nodes[i]);
        let mut at = top;
        for _ in 0..4 {
            let Some(parent) = self.recs[at].parent else { break };
            if parent == self.body {
                break;
            }
            let class = class_of(at);
            let like_part = |c: usize| {
                let r = &self.recs[c];
                c != at
                    && !r.dropped
                    && r.element
                    && !self.holds_other(c)
                    && class_of(c) == class
                    && name(&self.nodes[c]) == name(&self.nodes[at])
                    && r.paragraphs > 0
                    && r.text >= 150
                    && self.link_density(c) < 0.2
            };
            let parts = self.nodes[parent]
                .children()
                .filter_map(|c| self.index_of(c.id()))
                .filter(|&c| like_part(c))
                .count();
            if !class.is_empty() && parts > 0 {
                top = at;
                break;
            }
            at = parent;
        }
        // The path down to the best candidate is never pruned as boilerplate.
        let mut at = Some(best);
        while let Some(a) = at {
            self.protected.push(a);
            if a == top {
                break;
            }
            at = self.recs[a].parent;
        }
        tracing::debug!(
            "main content: {} (score {:.1}, {} characters)",
            self.describe(top),
            self.final_score(top),
            self.recs[top].text
        );
        let Some(parent) = self.recs[top].parent else {
            return vec![top];
        };
        let top_score = self.final_score(top);
        let threshold = (top_score * 0.2).max(10.0);
        let top_class = class_kind(&self.nodes[top]);
        // Paragraphs each in a wrapper of their own join as paragraphs when
        // there is a run of them; one such block is a standfirst or a promo.
        let wrapped = self.nodes[parent]
            .children()
            .filter(|&c| paragraph_in_wrappers(c))
            .take(2)
            .count()
            == 2;
        let mut chosen = Vec::new();
        for child in self.nodes[parent].children() {
            let Some(c) = self.index_of(child.id()) else {
                continue;
            };
            if c == top {
                chosen.push(c);
                continue;
            }
            let r = &self.recs[c];
            if r.dropped || !r.element || self.holds_other(c) {
                continue;
            }
            let same_class = !top_class.is_empty() && class_kind(&child) == top_class;
            let bonus = if same_class { top_score * 0.2 } else { 0.0 };
            let append = if r.scored && self.final_score(c) + bonus >= threshold {
                true
            } else if same_class {
                // Another part of the same article (its paragraphs may sit
                // too deep to score), or a subheading in a part of its own.
                let subheading = || {
                    r.text < 200
                        && self.nodes[c]
                            .descendants()
                            .take(8)
                            .any(|d| HEADINGS[1..].contains(&name(&d)))
                };
                r.paragraphs > 0 && (r.text >= 100 || subheading()) && self.link_density(c) < 0.25
            } else if name(&child) == "p" || (wrapped && paragraph_in_wrappers(child)) {
                let density = self.link_density(c);
                let text = html::text_of(ElementRef::wrap(child).unwrap());
                (r.text > 80 && density < 0.25)
                    || (r.text > 0 && density == 0.0 && (text.ends_with('.') || text.ends_with('。')))
            } else {
                false
            };
            // A sibling is judged as a block inside the article would be ("By Ann | 12 Mar 2024").
            if append && !self.prune(c, false) {
                chosen.push(c);
            }
        }
        // Pictures and videos between the chosen blocks belong to the article too.
        if let (Some(&first), Some(&last)) = (chosen.first(), chosen.last()) {
            let picture = |c: usize| {
                let r = &self.recs[c];
                !r.dropped
                    && r.element
                    && (r.images > 0 || r.media > 0)
                    && r.text < 200
                    && self.link_density(c) < 0.5
            };
            let siblings: Vec<usize> = self.nodes[parent]
                .children()
                .filter_map(|c| self.index_of(c.id()))
                .collect();
            chosen = siblings
                .into_iter()
                .filter(|&c| chosen.contains(&c) || (c > first && c < last && picture(c)))
                .collect();
        }
        self.join_marked_parts(&mut chosen);
        self.join_split_parts(&mut chosen);
        tracing::trace!(
            "chosen: {:?}",
            chosen.iter().map(|&c| self.describe(c)).collect::<Vec<_>>()
        );
        chosen
    }

    /// An article cut into parts that sit at different depths (the lead in
    /// one grid row, the rest in the next row's wide column; two parts in
    /// wrappers of their own around a promo): the nearest block of prose
    /// paragraphs before and after the chosen blocks, within a few levels
    /// above them, joins when only furniture stands between (no heading, at
    /// most a line of text) and, before them, when it comes after the
    /// page's headline. Repeated outwards, so a part beyond the next joins
    /// too.
    fn join_split_parts(&self, chosen: &mut Vec<usize>) {
        let (Some(&first), Some(&last)) = (chosen.first(), chosen.last()) else {
            return;
        };
        // The scope: a few levels above, never the whole page.
        let mut scope = first;
        for _ in 0..6 {
            match self.recs[scope].parent {
                Some(p) if p != self.body && self.recs[p].element && !self.holds_other(p) => scope = p,
                _ => break,
            }
        }
        if scope == first {
            return;
        }
        // Nodes are in document order: a node's last descendant is its
        // index plus the size of its subtree, less one.
        let mut size = vec![1usize; self.nodes.len()];
        for i in (1..self.nodes.len()).rev() {
            if let Some(p) = self.recs[i].parent {
                size[p] += size[i];
            }
        }
        let end_of = |i: usize| i + size[i] - 1;
        let (scope_start, scope_end) = (scope, end_of(scope));
        // Paragraph blocks: the parents of paragraphs of prose, holding no
        // heading, mostly those paragraphs, and few links.
        let mut blocks: Vec<usize> = Vec::new();
        let mut i = scope_start + 1;
        while i <= scope_end {
            let r = &self.recs[i];
            if r.dropped {
                i = end_of(i) + 1;
                continue;
            }
            if name(&self.nodes[i]) == "p" && r.text >= 80 && !r.in_link && self.link_density(i) < 0.25 {
                if let Some(p) = r.parent.filter(|p| blocks.last() != Some(p)) {
                    blocks.push(p);
                }
            }
            i += 1;
        }
        // A picture's caption, an author's bio, a teaser's snippet: no part,
        // by the names of the block or of what holds it below the scope.
        let named_apart = |b: usize| {
            let mut at = Some(b);
            while let Some(a) = at.filter(|&a| a != scope) {
                let names = Names::of(&self.nodes[a]);
                if self.recs[a].weight < 0 || names.starts(NOT_PARTS) {
                    return true;
                }
                at = self.recs[a].parent;
            }
            false
        };
        // Another post the page marks as one (an answer, a comment, a
        // story of its own): the nearest item of such a type above a block.
        let post_item = |b: usize| {
            self.nodes[b].ancestors().find(|a| {
                matches!(a.value(), Node::Element(e) if e.attr_of("itemscope").is_some()
                && e.attr_of("itemtype").is_some_and(|t| {
                    let t = t.trim_end();
                    POST_TYPES.iter().any(|p| t.ends_with(p))
                }))
            })
        };
        let own_item = post_item(first).map(|a| a.id());
        let other_item = |b: usize| post_item(b).is_some_and(|a| Some(a.id()) != own_item);
        // A teaser's text, cut off: "... voit défiler toute..."
        let cut_short = |b: usize| {
            let text = ElementRef::wrap(self.nodes[b])
                .map(html::text_of)
                .unwrap_or_default();
            let text = text.trim_end();
            text.ends_with("...") || text.ends_with('…')
        };
        // Siblings were judged already, by their scores.
        let siblings = self.recs[first].parent;
        let prose_block = |b: usize| {
            let r = &self.recs[b];
            let in_paragraphs: u32 = self.nodes[b]
                .children()
                .filter(|c| name(c) == "p")
                .filter_map(|c| self.index_of(c.id()))
                .map(|c| self.recs[c].text)
                .sum();
            r.element
                && r.parent != siblings
                && !self.holds_other(b)
                && in_paragraphs * 10 >= r.text * 8
                && self.link_density(b) < 0.2
                && !matches!(
                    name(&self.nodes[b]),
                    "figure" | "figcaption" | "blockquote" | "li" | "td"
                )
                && !self.nodes[b].descendants().any(|d| HEADINGS.contains(&name(&d)))
                && !self.prune(b, false)
                && !named_apart(b)
                && !cut_short(b)
                && !other_item(b)
        };
        // Text between two points of the page outside what is dropped, and
        // headings shown (a dropped box's heading too: it heads something
        // other than the article).
        let gap = |from: usize, to: usize| {
            let (mut text, mut heading) = (0u32, false);
            let mut i = from + 1;
            while i < to {
                let r = &self.recs[i];
                if r.hard {
                    i = end_of(i) + 1;
                    continue;
                }
                match self.nodes[i].value() {
                    Node::Text(_) if !r.dropped => text += r.text,
                    Node::Element(_) if HEADINGS.contains(&name(&self.nodes[i])) => heading = true,
                    _ => {}
                }
                i += 1;
            }
            (text, heading)
        };
        // The page's headline: the last `<h1>` above the chosen blocks, or the first in the scope.
        let is_h1 = |i: &usize| name(&self.nodes[*i]) == "h1" && !self.recs[*i].dropped;
        let headline = (0..first)
            .rev()
            .find(is_h1)
            .or_else(|| (scope_start..=scope_end).find(is_h1));
        let inside_chosen = |b: usize| chosen.iter().any(|&c| self.nested(b, c));
        let (mut start, mut end) = (first, end_of(last));
        let mut joined = Vec::new();
        // Before the chosen blocks, nearest first.
        let before: Vec<usize> = blocks
            .iter()
            .rev()
            .copied()
            .filter(|&b| end_of(b) < start)
            .collect();
        let after: Vec<usize> = blocks.iter().copied().filter(|&b| b > end).collect();
        // At most a few parts each way: each check walks the page between.
        for b in before.into_iter().take(MAX_PARTS) {
            // Under the headline, no other heading above it: a lead, not a
            // box of its own (a fact check's claim under its speaker's name).
            let under_headline = headline.is_some_and(|h| h < b && !gap(end_of(h), b).1);
            if inside_chosen(b) || !prose_block(b) || !under_headline {
                break;
            }
            let (text, heading) = gap(end_of(b), start);
            if heading || text > 120 {
                break;
            }
            joined.push(b);
            start = b;
        }
        // After them.
        for b in after.into_iter().take(MAX_PARTS) {
            if inside_chosen(b) || !prose_block(b) {
                break;
            }
            let (text, heading) = gap(end, b);
            if heading || text > 120 {
                break;
            }
            joined.push(b);
            end = end_of(b);
        }
        if joined.is_empty() {
            return;
        }
        tracing::trace!(
            "parts joined: {:?}",
            joined.iter().map(|&c| self.describe(c)).collect::<Vec<_>>()
        );
        chosen.extend(joined);
        chosen.sort_unstable();
    }

    /// An article the page marks as several `itemprop="articleBody"`
    /// blocks of one item (a lede in one column, the story in another;
    /// parts between ads) is all of them: the chosen block's item's other
    /// marked blocks join it, in page order. Another item's body (the next
    /// story, a teaser marked up as an article) stays out.
    fn join_marked_parts(&self, chosen: &mut Vec<usize>) {
        let marked: Vec<usize> = (0..self.nodes.len())
            .filter(|&i| !self.recs[i].dropped && self.recs[i].raw_text > 0)
            .filter(|&i| matches!(self.nodes[i].value(), Node::Element(e) if marks_article_body(e)))
            .take(50)
            .collect();
        if marked.len() < 2 {
            return;
        }
        // The item a property belongs to: the nearest `itemscope` above it.
        let item = |i: usize| {
            let mut up = self.recs[i].parent;
            while let Some(a) = up {
                if matches!(self.nodes[a].value(), Node::Element(e) if e.attr_of("itemscope").is_some()) {
                    return Some(a);
                }
                up = self.recs[a].parent;
            }
            None
        };
        let Some(&own) = marked
            .iter()
            .find(|&&m| chosen.iter().any(|&c| self.nested(m, c)))
        else {
            return;
        };
        let own_item = item(own);
        let parts: Vec<usize> = marked
            .iter()
            .copied()
            .filter(|&m| !chosen.iter().any(|&c| self.nested(m, c)) && !self.nested(m, own))
            .filter(|&m| item(m) == own_item && !self.holds_other(m))
            .filter(|&m| !marked.iter().any(|&o| o != m && self.is_ancestor(o, m)))
            .collect();
        if parts.is_empty() {
            return;
        }
        chosen.extend(parts);
        chosen.sort_unstable();
    }

    /// `div.story-body#main` for log messages.
    fn describe(&self, i: usize) -> String {
        let n = self.nodes[i];
        let Node::Element(e) = n.value() else {
            return String::new();
        };
        let mut s = e.name().to_string();
        if let Some(c) = e.attr_of("class") {
            s.push('.');
            s.push_str(&c.split_whitespace().collect::<Vec<_>>().join("."));
        }
        if let Some(id) = e.attr_of("id") {
            s.push('#');
            s.push_str(id);
        }
        s
    }

    /// The last node of the chosen blocks, in document order (a node's
    /// descendants follow it).
    fn end_of(&self, chosen: &[usize]) -> usize {
        let Some(&last) = chosen.iter().max() else {
            return self.nodes.len();
        };
        let within = |mut i: usize| loop {
            match self.recs[i].parent {
                Some(p) if p == last => return true,
                Some(p) if p > last => i = p,
                _ => return false,
            }
        };
        (last + 1..self.nodes.len())
            .take_while(|&i| within(i))
            .last()
            .unwrap_or(last)
    }

    fn index_of(&self, id: NodeId) -> Option<usize> {
        self.index.get(&id).copied()
    }
}

/// The article's main content, sanitised, and its byline.
pub fn main_content(doc: &Html, base: &Url) -> Option<Content> {
    let mut page = Page::new(doc, base, Pass::First);
    let chosen = page.selection();
    let mut byline = page.byline(page.end_of(&chosen));
    let (mut raw, mut kept) = page.render(&chosen, base);
    // Too little text for an article: try again without judging blocks by their names.
    if kept < 250 && page.recs[page.body].raw_text > 1000 {
        let mut lenient = Page::new(doc, base, Pass::Lenient);
        let chosen = lenient.selection();
        let (raw2, kept2) = lenient.render(&chosen, base);
        if kept2 > kept * 2 {
            (raw, kept) = (raw2, kept2);
        }
    }
    // Still next to nothing, and an article's worth more text hidden: the
    // page hides its article until a script shows it.
    if kept < 250 {
        let mut shown = Page::new(doc, base, Pass::Shown);
        if shown.recs[shown.body].raw_text >= page.recs[page.body].raw_text + ARTICLE {
            let chosen = shown.selection();
            let (raw3, kept3) = shown.render(&chosen, base);
            if kept3 > kept * 2 && kept3 >= ARTICLE {
                raw = raw3;
                byline = byline.or_else(|| shown.byline(shown.end_of(&chosen)));
            }
        }
    }
    let mut clean = html::sanitize(&raw, base);
    if !html::has_text(&clean) {
        // An article of a line or two ("This is the real article!") is
        // below every block's bar: then the page's paragraphs outside its
        // furniture are the article.
        let paragraphs: String = (0..page.nodes.len())
            .filter(|&i| !page.recs[i].dropped && page.recs[i].raw_text > 0 && name(&page.nodes[i]) == "p")
            .filter_map(|i| ElementRef::wrap(page.nodes[i]).map(|e| e.html()))
            .collect();
        clean = html::sanitize(&paragraphs, base);
        if !html::has_text(&clean) {
            return None;
        }
    }
    Some(Content { html: clean, byline })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(html: &str) -> Names {
        let doc = Html::parse_fragment(html);
        let el = doc.root_element().first_child().unwrap();
        Names::of(&el)
    }

    #[test]
    fn the_quick_test_of_a_names_beginning_agrees_with_the_names() {
        for html in [
            r#"<div class="post-byline">x</div>"#,
            r#"<div class="BylineName">x</div>"#,
            r#"<div id="AuthorBox" class="x">x</div>"#,
            r#"<div class="hentry category-author">x</div>"#,
            r#"<h2 id="author-notes">x</h2>"#,
            r#"<div class="elementor-widget widget-author">x</div>"#,
            r#"<div class="coauthors">x</div>"#,
            r#"<div class="postAuthorBox h2Byline">x</div>"#,
            r#"<div id="ABCAuthor">x</div>"#,
            r#"<div class="Kommentar-Übersicht">x</div>"#,
            r#"<div class="plain">x</div>"#,
            "<div>x</div>",
        ] {
            let doc = Html::parse_fragment(html);
            let el = doc.root_element().first_child().unwrap();
            for prefixes in [&["author", "byline"][..], &["comment", "kommentar"], &["widget"]] {
                assert_eq!(
                    Names::of_start(&el, prefixes),
                    Names::of(&el).starts(prefixes),
                    "{html} {prefixes:?}"
                );
            }
        }
    }

    const PARAGRAPH: &str =
        "Officials said on Thursday that the talks, which began in July, would go on for \
        at least another week, and that both sides had agreed to keep the details private.";

    fn extract(body: &str) -> Content {
        let page = format!("<html><head><title>T</title></head><body>{body}</body></html>");
        let doc = Html::parse_document(&page);
        main_content(
            &doc,
            &Url::parse("https://news.example/world/story.html").unwrap(),
        )
        .unwrap()
    }

    #[test]
    fn of_stories_side_by_side_the_one_the_title_names_is_the_article() {
        // Correctiv's topic pages: every story of the topic in full, each in
        // an `<article>` under its `<h2>`, the page's own among them (not
        // the longest); its `<title>` names it.
        let story = |headline: &str, words: &str, n: usize| {
            let p = format!("<p>{words} {PARAGRAPH}</p>").repeat(n);
            format!(
                r#"<article class="list__item"><figure><img src="/{n}.jpg"><figcaption>Photo</figcaption></figure>
                <header><h2>{headline}</h2><p>Teaser line</p></header><div class="detail__content">{p}</div></article>"#
            )
        };
        let page = format!(
            r#"<html><head><title>“We already have the promise” - CORRECTIV</title></head><body>
            <main><h1>Latest stories</h1>{}{}{}</main></body></html>"#,
            story("“We already have the promise”", "Own story.", 4),
            story("The party and the tabloid", "Next story.", 9),
            story("A fine for the party", "Older story.", 6),
        );
        let doc = Html::parse_document(&page);
        let c = main_content(
            &doc,
            &Url::parse("https://news.example/2019/05/14/promise").unwrap(),
        )
        .unwrap();
        assert_eq!(text(&c).matches("Own story.").count(), 4, "{}", text(&c));
        assert!(!text(&c).contains("Next story.") && !text(&c).contains("Older story."));
    }

    #[test]
    fn a_headline_repeated_in_a_bar_above_does_not_hand_the_page_to_its_footer() {
        // The A.V. Club's shape, its names hashed: the headline shown first in
        // a bar of links, then over the story, with another story's
        // headline pinned beside it; a copyright line below. That headline
        // sets the story's side apart as another story's, leaving only the
        // copyright line: with no article's worth of text left outside,
        // nothing is set apart.
        let links: String = (0..45)
            .map(|i| format!(r#"<li><a href="/section-{i}">Section number {i}</a></li>"#))
            .collect();
        let headline = "Learning to game again with a new console";
        let page = format!(
            r#"<html><head><title>{headline} · Reviews</title></head><body>
            <div class="x1a"><h1>{headline}</h1><ul>{links}</ul></div>
            <div class="x2b"><div class="x3c"><h1>{headline}</h1><div class="x4d">{}</div></div>
            <div class="x5e"><h1>Another story pinned in the reading list</h1><p>A teaser of another story.</p>
            <ul>{links}</ul></div></div>
            <div class="x6f"><ul>{links}</ul><div class="x7a">© Copyright 2017 Example Inc. All Rights Reserved.</div></div>
            </body></html>"#,
            format!("<p>Own story. {PARAGRAPH}</p>").repeat(6),
        );
        let doc = Html::parse_document(&page);
        let c = main_content(&doc, &Url::parse("https://news.example/article/game").unwrap()).unwrap();
        assert_eq!(text(&c).matches("Own story.").count(), 6, "{}", text(&c));
        assert!(!text(&c).contains("Copyright"), "{}", text(&c));
    }

    #[test]
    fn a_trademark_notice_strung_with_commas_is_not_the_article() {
        // Gallup's footer, its names gone: one paragraph of 120 trademarks
        // between commas. A comma counts for a clause of prose, not for
        // every name of a list.
        let marks: Vec<String> = (0..120).map(|i| format!("Mark{i} Index")).collect();
        let c = extract(&format!(
            r#"<div><h1>Concern at a three-decade high</h1><div>{}</div></div>
            <div><p>Copyright 2016. All rights reserved.</p><p>The company maintains several trademarks that include: {}.</p></div>"#,
            format!("<p>Own story. {PARAGRAPH}</p>").repeat(10),
            marks.join(", "),
        ));
        assert_eq!(text(&c).matches("Own story.").count(), 10, "{}", text(&c));
        assert!(!text(&c).contains("Mark7 Index"), "{}", text(&c));
    }

    #[test]
    fn the_writers_bio_is_not_the_text_and_a_pull_quote_stays() {
        // A magazine's names: each block prefixed with the article's own
        // word. A pull quote stays: real pages' texts keep them (SpaceNews,
        // Popular Mechanics, the Daily Star), some quoting words found
        // nowhere else.
        let c = extract(&format!(
            r#"<article class="ArticleLayout"><h1>Concern at a three-decade high</h1><section class="ArticleBody">{}
            <blockquote class="ArticlePullQuote_root"><p>A sentence of the text set again in large type.</p></blockquote>{}</section>
            <div class="ArticleBio_root"><p>Ann Lee is a staff writer, where she covers cities and the people in them.</p></div></article>"#,
            format!("<p>Own story. {PARAGRAPH}</p>").repeat(3),
            format!("<p>Own story. {PARAGRAPH}</p>").repeat(3),
        ));
        assert_eq!(text(&c).matches("Own story.").count(), 6, "{}", text(&c));
        assert!(text(&c).contains("large type"), "{}", text(&c));
        assert!(!text(&c).contains("staff writer"), "{}", text(&c));
    }

    #[test]
    fn a_short_item_that_opens_with_a_pictures_credit_keeps_its_sentence() {
        // A listicle's items: a picture with its credit, then the text; a
        // short one's first words are the credit's.
        let item = |text: &str| {
            format!(
                r#"<div class="item"><figure><img src="/i.jpg" alt=""><figcaption><span>Photo: Getty Images</span></figcaption></figure>
                <div class="item-text"><p>{text}</p></div></div>"#
            )
        };
        let long = item(&format!("Own story. {PARAGRAPH} {PARAGRAPH}"));
        let c = extract(&format!(
            r#"<article><h1>Ten things</h1><div class="list"><p>{PARAGRAPH}</p>{}{}{}</div></article>"#,
            long.repeat(3),
            item("A short item that stands alone, about the roads."),
            long.repeat(3),
        ));
        assert!(text(&c).contains("about the roads"), "{}", text(&c));
        assert_eq!(text(&c).matches("Own story.").count(), 6, "{}", text(&c));
        assert!(!text(&c).contains("Getty"), "{}", text(&c));
    }

    #[test]
    fn the_next_stories_an_endless_page_appends_are_not_its_article() {
        let run = |page: &str| {
            let doc = Html::parse_document(page);
            main_content(&doc, &Url::parse("https://news.example/everest").unwrap()).unwrap()
        };
        let story = |h: &str, words: &str, n: usize| {
            let paragraphs: String = (0..n)
                .map(|i| format!("<p>{i}: {words} {PARAGRAPH}</p>"))
                .collect();
            // Each story with its own date line under its headline, as
            // moderndiplomacy.eu appends them ("Published 44 mins ago").
            format!(
                "<article><h1>{h}</h1><div class=\"author-info\"><span class=\"post-date\">44 mins ago</span></div>\
                 <div class=\"body\">{paragraphs}</div></article>"
            )
        };
        let page =
            format!(
            "<html><head><title>Climbers will clean Mount Everest this season | Daily</title></head><body>\
             <header><h1>Daily</h1></header>{}{}</body></html>",
            story("Climbers will clean Mount Everest this season", "Everest", 4),
            story("A much longer story that the page appends below the first one", "Appended", 9),
        );
        let c = run(&page);
        assert!(c.html.contains("0: Everest"), "{}", c.html);
        assert!(!c.html.contains("Appended"), "{}", c.html);
        // A blog page that shows its post, then its latest posts again, the
        // same one among them: the first showing is the page's.
        let page = format!(
            "<html><head><title>Climbers will clean Mount Everest this season</title></head><body>{}<div class=\"latest\">{}{}</div></body></html>",
            story("Climbers will clean Mount Everest this season", "Everest", 4),
            story("A much longer story that the page appends below the first one", "Appended", 9),
            story("Climbers will clean Mount Everest this season", "Teaser", 4),
        );
        let c = run(&page);
        assert!(
            c.html.contains("0: Everest") && !c.html.contains("Appended"),
            "{}",
            c.html
        );
        // The appended stories headed by an `<h2>`, as long as the page's own.
        let page = format!(
            "<html><head><title>Climbers will clean Mount Everest this season</title></head><body><div class=\"stream\">{}{}</div></body></html>",
            story("Climbers will clean Mount Everest this season", "Everest", 5),
            story("A much longer story that the page appends below the first one", "Appended", 5)
                .replace("h1>", "h2>"),
        );
        let c = run(&page);
        assert!(
            c.html.contains("4: Everest") && !c.html.contains("Appended"),
            "{}",
            c.html
        );
        // A heading inside the article ("Share", a box's title) is no other story.
        let page = format!(
            "<html><head><title>Climbers will clean Mount Everest this season</title></head><body>\
             <div class=\"title\"><h1>Climbers will clean Mount Everest this season</h1></div>{}</body></html>",
            story("Share this story with your friends and family today", "Everest", 6),
        );
        let c = run(&page);
        assert!(c.html.contains("5: Everest"), "{}", c.html);
        // The page's headline in a header of its own; its body and the
        // appended stories (longer, together) share one container.
        let appended: String = (0..3)
            .map(|k| {
                let paragraphs: String = (0..4)
                    .map(|i| format!("<p>{k}.{i}: Appended {PARAGRAPH}</p>"))
                    .collect();
                format!("<div class=\"add-story\"><div class=\"add-head\"><h1>Appended story number {k} from the same section</h1>\
                         <div class=\"author-info\">Published <span class=\"post-date\">44 mins ago</span></div></div>{paragraphs}</div>")
            })
            .collect();
        let own: String = (0..4)
            .map(|i| format!("<p>{i}: Everest {PARAGRAPH}</p>"))
            .collect();
        let page = format!(
            "<html><head><title>Climbers will clean Mount Everest this season - Daily</title></head><body>\
             <div id=\"post-main\"><header id=\"post-head\"><h1>Climbers will clean Mount Everest this season</h1></header>\
             <div id=\"post-content\"><div id=\"content-main\">{own}</div><div id=\"add-box\">{appended}</div></div></div></body></html>"
        );
        let c = run(&page);
        assert!(
            c.html.contains("3: Everest") && !c.html.contains("Appended"),
            "{}",
            c.html
        );
        // A post whose sections each stand under an `<h1>` of their own,
        // with no byline or date (Medium): one story, all of it.
        let sections: String = ["What are bit flags, and why", "Declaring XML flag attributes", "Working with the bit flags"]
            .iter()
            .enumerate()
            .map(|(k, h)| format!("<div class=\"ia ib\"><h1>{h}</h1><p>Section {k}. {PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>"))
            .collect();
        let page = format!(
            "<html><head><title>Flag attributes in Android</title></head><body><article><div class=\"ia ib\"><h1>Flag attributes in Android</h1>\
             <div class=\"author-info\">Ann Lee <span class=\"post-date\">Jan 19, 2018</span></div>{}</div>{sections}</article></body></html>",
            format!("<p>{PARAGRAPH}</p>").repeat(4)
        );
        let c = run(&page);
        assert!(
            (0..3).all(|k| text(&c).contains(&format!("Section {k}."))),
            "{}",
            text(&c)
        );
    }

    #[test]
    fn reader_comments_go_however_long_and_however_named() {
        // A short post, then many comments in blocks no name calls comments.
        let comments: String = (0..15)
            .map(|i| format!("<div class=\"r\"><b>reader{i}</b> <span>2 days ago</span><p>Comment {i}: {PARAGRAPH}</p></div>"))
            .collect();
        for heading in [
            "Responses",
            "15 Comments",
            "Comments (15)",
            "3 thoughts on “Talks go on”",
            "Leave a Reply",
        ] {
            let t = text(&extract(&format!(
                "<div class=\"col\"><h1>Talks go on</h1><div class=\"txt\"><p>Post: {PARAGRAPH}</p><p>More: {PARAGRAPH}</p></div>\
                 <div class=\"resp\"><h3>{heading}</h3>{comments}</div></div>"
            )));
            assert!(
                t.starts_with("Post:") && !t.contains("Comment 3"),
                "{heading}: {t}"
            );
        }
    }

    #[test]
    fn an_article_the_page_hides_until_a_script_shows_it_is_found() {
        let story: String = (0..5).map(|i| format!("<p>{i}: Story {PARAGRAPH}</p>")).collect();
        for page in [
            // Behind a consent dialog, the page is aria-hidden until it is answered.
            format!(
                "<div role=\"dialog\"><p>We use cookies. Accept all or manage your choices.</p></div>\
                 <div id=\"page\" aria-hidden=\"true\"><article><h1>Talks go on</h1><div class=\"byline\">By Ann Lee</div>{story}</article></div>"
            ),
            // Shown by a script once the fonts are in.
            format!("<div id=\"content\" style=\"display: none\"><article><h1>Talks go on</h1>{story}</article></div>"),
        ] {
            let c = extract(&page);
            let t = text(&c);
            assert!(t.starts_with("0: Story") && t.contains("4: Story"), "{t}");
            assert!(!t.contains("cookies"), "{t}");
            if page.contains("byline") {
                assert_eq!(c.byline.as_deref(), Some("By Ann Lee"));
            }
        }
        // A page with its article shown keeps hidden parts out.
        let t = text(&extract(&format!(
            "<article><h1>Talks go on</h1>{story}<div style=\"display:none\"><p>Hidden: {PARAGRAPH}</p></div></article>"
        )));
        assert!(t.contains("4: Story") && !t.contains("Hidden"), "{t}");
    }

    #[test]
    fn an_article_cut_into_parts_at_different_depths_is_all_of_them() {
        let ps = |tag: &str, n: usize| -> String {
            (0..n).map(|i| format!("<p>{tag} {i}: {PARAGRAPH}</p>")).collect()
        };
        let side = "<div class=\"col-4\"><div class=\"ad-slot\">Advertisement</div></div>";
        // The lead in one grid row, the rest in the next row's wide column.
        let t = text(&extract(&format!(
            "<article><h1>Talks go on</h1><div class=\"row\"><div class=\"col-12\">{}</div></div>\
             <div class=\"row equal\"><div class=\"col-8\">{}</div>{side}</div></article>",
            ps("Lead", 2),
            ps("Rest", 6)
        )));
        assert!(t.starts_with("Lead 0") && t.contains("Rest 5"), "{t}");
        // Two parts in wrappers of different depths around a promo.
        let t = text(&extract(&format!(
            "<div class=\"page\"><h1>Talks go on</h1><div class=\"wrap\"><div class=\"a\"><div class=\"b\">{}</div></div></div>\
             <div class=\"promo-box\"><a href=\"/subscribe\">Subscribe for $1 a week</a></div>\
             <div class=\"wrap2\"><div class=\"c\"><div class=\"d\"><div class=\"e\">{}</div></div></div></div></div>",
            ps("First", 3),
            ps("Second", 5)
        )));
        assert!(t.starts_with("First 0") && t.contains("Second 4"), "{t}");
        assert!(!t.contains("Subscribe"), "{t}");
        // Not parts: a picture's caption, a teaser cut short, a box under a
        // heading of its own, an author's bio after the article.
        for (before, after) in [
            (
                "<div class=\"news-image\"><img src=\"/a.jpg\"><div class=\"news-image-title\"><p>Caption: the delegates on the steps of the hall on Monday morning, where the talks began in July after a year of letters.</p></div></div>".to_string(),
                String::new(),
            ),
            (
                "<section><div class=\"x\"><p>Teaser: in twenty seconds, an astronaut on board the space station sees all of the continent and its cities pass below at night...</p></div></section>".to_string(),
                String::new(),
            ),
            (
                format!("<div class=\"statement\"><h4>The ministry</h4><div class=\"x\"><div class=\"wsw\">{}</div></div></div>", ps("Claim", 1)),
                String::new(),
            ),
            (
                String::new(),
                "<dl><dd class=\"desc\"><p>Bio: Ann Lee has covered the talks for the paper since 2015, after ten years at the news agency, and lives in Geneva with her family.</p></dd></dl>".to_string(),
            ),
        ] {
            let t = text(&extract(&format!(
                "<article><h1>Talks go on</h1>{before}<div class=\"row\"><div class=\"col-8\">{}</div>{side}</div>{after}</article>",
                ps("Story", 5)
            )));
            assert!(t.starts_with("Story 0") && t.trim_end().ends_with("details private."), "{t}");
        }
    }

    #[test]
    fn an_article_marked_as_several_article_bodies_of_one_item_is_all_of_them() {
        // The lede in one column, ads and a gallery between, the story in
        // another column; a teaser of another story marked up as its own
        // item, with a body of its own, after it.
        let story: String = (0..5).map(|i| format!("<p>{i}: Story {PARAGRAPH}</p>")).collect();
        let c = extract(&format!(
            "<div itemscope itemtype=\"http://schema.org/Article\"><h1>Talks go on</h1>\
             <div class=\"col-lede\"><div itemprop=\"articleBody\" class=\"article\"><p>Lede: {PARAGRAPH}</p></div></div>\
             <div class=\"col-side\"><div class=\"ad-container\">Advertisement</div></div>\
             <div class=\"col-main\"><div itemprop=\"articleBody\" class=\"article\">{story}</div></div>\
             <div itemscope itemtype=\"http://schema.org/Article\"><h2>Other talks</h2>\
             <div itemprop=\"articleBody\"><p>Teaser: {PARAGRAPH}</p></div></div></div>"
        ));
        let t = text(&c);
        assert!(t.starts_with("Lede: Officials") && t.contains("4: Story"), "{t}");
        assert!(!t.contains("Teaser") && !t.contains("Advertisement"), "{t}");
    }

    #[test]
    fn a_story_wrapped_in_a_block_named_for_ads_is_kept_and_ad_slots_go() {
        // A short story (four paragraphs) inside a wrapper its theme named
        // for skyscraper ads, beside a longer list of other headlines.
        let headlines: String = (0..12)
            .map(|i| {
                format!("<a href=\"/n/{i}\"><div>Another story headline number {i} for the list</div></a>")
            })
            .collect();
        let c = extract(&format!(
            "<article><header><h1>Garbage bags sent to clean Mount Everest</h1></header>\
             <div class=\"page-skyscrapers\"><div class=\"ad\">Advertisement</div><div class=\"body-text\">\
             <p>Huge garbage bags are being sent with climbers on Mount Everest to collect rubbish.</p>\
             <p>An official of the expedition operators says bags are being sent to the base camp.</p>\
             <p>Each bag can hold up to eighty kilograms of rubbish from the higher camps.</p>\
             <p>Climbers say it is urgent to remove garbage left by previous expeditions.</p>\
             </div></div></article><div class=\"reading-list\">{headlines}</div>"
        ));
        let t = text(&c);
        assert!(
            t.starts_with("Huge garbage bags") && t.contains("previous expeditions"),
            "{t}"
        );
        // The slot itself, without prose, is still an ad.
        assert!(
            !t.contains("Advertisement") && !t.contains("headline number"),
            "{t}"
        );
    }

    #[test]
    fn paragraphs_whose_links_sit_in_sentences_are_kept() {
        // The story's first paragraphs, in their own block, link in nearly
        // every sentence (more than a fifth of their text is links).
        let rest: String = (0..4).map(|i| format!("<p>Later {i}: {PARAGRAPH}</p>")).collect();
        let c = extract(&format!(
            "<main><section class=\"story\"><div class=\"css-53u6y8\">\
             <p>In August 2018, Elon Musk called <a href=\"/dell\">Michael Dell</a>, who founded the computer maker, for advice.</p>\
             <p>Mr. Musk, who was <a href=\"/tesla\">trying to take Tesla, his electric car company, private</a>, \
             quizzed Mr. Dell, who had <a href=\"/deal\">done that very thing</a> with his eponymous computer company in 2013, about the process and the best lawyers to use.</p></div>\
             <div>{rest}</div></section>\
             <div class=\"footer-note\"><p>We would like to hear what you think about this or any of our articles. Here are <a href=\"/tips\">some tips</a>.</p>\
             <p>Follow us on <a href=\"/fb\">Facebook</a>, <a href=\"/tw\">Twitter</a> and <a href=\"/ig\">Instagram</a>.</p></div>\
             <div><p><a href=\"/a\">Another story that the editors recommend today</a></p>\
             <p><a href=\"/b\">And one more story from the same section</a></p></div></main>"
        ));
        let t = text(&c);
        assert!(
            t.starts_with("In August 2018") && t.contains("in 2013") && t.contains("Later 3"),
            "{t}"
        );
        // One paragraph with a link beside a line of links, and a block of
        // linked headlines, are still not the story.
        assert!(
            !t.contains("some tips") && !t.contains("editors recommend"),
            "{t}"
        );
    }

    #[test]
    fn a_video_playlist_inside_the_story_is_not_the_story() {
        let story: String = (0..5).map(|i| format!("<p>Story {i}: {PARAGRAPH}</p>")).collect();
        let videos: String = (0..5)
            .map(|i| {
                format!(
                    "<div class=\"gallery-slide\"><span class=\"title\">Rocket number {i} launches from the Cape</span> | 1:4{i} \
                     A rocket carrying a satellite blasted off from the coast early on a clear morning, the {i}th this year.</div>"
                )
            })
            .collect();
        let c = extract(&format!(
            "<article class=\"story\"><div class=\"story-body\">{story}\
             <div class=\"story-asset video-playlist-asset\"><div class=\"gallery\">{videos}</div></div></div></article>"
        ));
        let t = text(&c);
        assert!(t.contains("Story 4") && !t.contains("Rocket number"), "{t}");
    }

    #[test]
    fn code_keeps_every_highlighted_word() {
        // Highlighters name their spans for what they colour: comments,
        // keywords, tags, dates. Inside <pre> and <code> that is the program.
        let story: String = (0..3).map(|i| format!("<p>Step {i}: {PARAGRAPH}</p>")).collect();
        let c = extract(&format!(
            "<article>{story}<pre><code class=\"hljs javascript\"><span class=\"hljs-keyword\">var</span> a = \
             <span class=\"hljs-keyword\">new</span> <span class=\"hljs-built_in\">Array</span>(3) \
             <span class=\"hljs-comment\">// read more: three slots</span>\n<span class=\"hljs-tag\">&lt;nav&gt;</span></code></pre>\
             <p>Then use <code><span class=\"token keyword\">const</span> b</code> in the loop, {PARAGRAPH}</p></article>"
        ));
        let t = text(&c);
        assert!(
            t.contains("var a = new Array(3) // read more: three slots")
                && t.contains("<nav>")
                && t.contains("const b"),
            "{t}"
        );
    }

    #[test]
    fn an_articles_own_header_keeps_its_standfirst() {
        let story: String = (0..4).map(|i| format!("<p>Story {i}: {PARAGRAPH}</p>")).collect();
        let c = extract(&format!(
            "<header class=\"site\"><p>News for the whole valley, every day of the week since 1898.</p></header>\
             <main><article><header><h1>Talks go on</h1><p>From the capital to the coast, the two sides will meet again.</p></header>\
             {story}</article></main>"
        ));
        let t = text(&c);
        assert!(
            t.starts_with("From the capital") && t.contains("Story 3") && !t.contains("Talks go on"),
            "{t}"
        );
        assert!(!t.contains("whole valley"), "{t}");
    }

    #[test]
    fn a_block_webflow_hides_is_not_the_article() {
        // A long guide the page never shows beside the essay it does.
        let essay: String = (0..4).map(|i| format!("<p>Essay {i}: {PARAGRAPH}</p>")).collect();
        let guide: String = (0..12)
            .map(|i| format!("<p>Guide {i}: {PARAGRAPH}</p>"))
            .collect();
        let c = extract(&format!(
            "<div class=\"essay-body\"><div class=\"w-richtext\">{essay}</div></div>\
             <div class=\"guide-wrapper w-condition-invisible\"><div class=\"w-richtext\">{guide}</div></div>"
        ));
        let t = text(&c);
        assert!(t.starts_with("Essay 0") && !t.contains("Guide"), "{t}");
    }

    #[test]
    fn an_article_of_one_short_line_is_not_empty() {
        let c = extract(
            "<nav><a href=\"/\">Home</a> <a href=\"/about\">About</a></nav>\
             <div class=\"story\"><script>track()</script></div>\
             <section><p>Closed <b>today</b>.</p></section>",
        );
        assert_eq!(text(&c), "Closed today.");
    }

    #[test]
    fn paragraphs_each_in_a_box_named_tags_are_kept() {
        // Enough text on the page for the lenient second pass (over 1,000 characters).
        let boxes: String = (0..9)
            .map(|i| format!("<div class=\"styled-tags\"><p>{i}: {PARAGRAPH}</p></div>"))
            .collect();
        let c = extract(&format!(
            "<nav><a href=\"/\">Home</a></nav><article><h1>T</h1><div class=\"article__content\">{boxes}</div></article>"
        ));
        for i in 0..5 {
            assert!(c.html.contains(&format!("{i}: Officials said")), "{}", c.html);
        }
    }

    fn text(c: &Content) -> String {
        html::html_to_text(&c.html)
    }

    #[test]
    fn takes_the_article_and_leaves_the_furniture() {
        let c = extract(&format!(
            r#"<nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <div class="layout">
              <main><article>
                <h1>Talks go on</h1>
                <div class="byline">By <a href="/by/ann">Ann Lee</a> <span class="role">Correspondent</span></div>
                <div class="share-tools"><a href="https://x.example/share">Share on X, the site</a></div>
                <div class="story-body">
                  <p>4 Min Read</p><p>1 Shares</p>
                  <p>{PARAGRAPH}</p>
                  <p>Tags: <a rel="tag" href="/t/a">Diplomacy</a>, <a rel="tag" href="/t/b">Doha</a></p>
                  <div class="box"><p>Related News</p><ul><li><a href="/x.html">Hamas condemns deadly attacks</a></li></ul></div>
                  <figure><img data-src="/img/talks.jpg" alt=""><figcaption>Delegates arrive. (Photo: Agency)</figcaption></figure>
                  <p>Read more: <a href="/world/other.html">Another story about the same talks in July</a></p>
                  <h2>What comes next</h2>
                  <p>{PARAGRAPH}</p>
                  <ul><li>First, a ceasefire along the whole line of contact.</li><li>Then, an exchange of prisoners.</li></ul>
                  <p>{PARAGRAPH}</p>
                  <h3>Related stories</h3>
                  <ul><li><a href="/a.html">One related story</a></li><li><a href="/b.html">Another related story</a></li></ul>
                </div>
              </article></main>
              <aside><h2>Most read</h2><p>{PARAGRAPH}</p></aside>
            </div>
            <footer><p>{PARAGRAPH}</p></footer>"#
        ));
        let t = text(&c);
        assert_eq!(t.matches("Officials said").count(), 3, "{t}");
        assert!(
            t.contains("What comes next") && t.contains("exchange of prisoners"),
            "{t}"
        );
        for furniture in [
            "Talks go on",
            "Ann Lee",
            "Share on X",
            "Read more",
            "Delegates arrive",
            "Related",
            "Home",
            "Min Read",
            "Shares",
            "Hamas",
            "Tags",
            "Diplomacy",
        ] {
            assert!(!t.contains(furniture), "{furniture} in {t}");
        }
        assert!(
            c.html.contains(r#"src="https://news.example/img/talks.jpg""#),
            "{}",
            c.html
        );
        assert_eq!(c.byline.as_deref(), Some("Ann Lee"));
    }

    /// Issue 13: an article cut into blocks by ads and boxes kept only its
    /// biggest block (a quarter of the text on some news sites).
    #[test]
    fn an_article_cut_into_blocks_by_ads_is_kept_whole() {
        let part = |n: usize, paragraphs: usize| {
            let ps: String = (0..paragraphs)
                .map(|i| format!("<p>Part {n}, paragraph {i}. {PARAGRAPH}</p>"))
                .collect();
            format!(
                r#"<section class="block block-layout-builder"><div><div class="content-wrapper"><div class="text"><div class="text-long">{ps}</div></div><div class="follow"><a href="/follow">Follow us</a></div></div></div></section>"#
            )
        };
        let ad = r#"<section class="block block-ad"><div class="ad-slot"><a href="https://ads.example/x">Advertisement</a></div></section>"#;
        let c = extract(&format!(
            r#"<nav><a href="/">Home</a></nav><article><h1>T</h1>{}{ad}{}{ad}{}</article>
            <aside><h2>More</h2><ul><li><a href="/a.html">Another story</a></li></ul></aside>"#,
            part(1, 2),
            part(2, 5),
            part(3, 2)
        ));
        let t = text(&c);
        for n in 1..=3 {
            assert!(
                t.contains(&format!("Part {n}, paragraph 0.")),
                "part {n} missing: {t}"
            );
        }
        assert!(
            !t.contains("Advertisement") && !t.contains("Another story"),
            "{t}"
        );
    }

    #[test]
    fn formulas_keep_their_tex_source() {
        // KaTeX: MathML with the TeX source, and the drawn formula hidden.
        let katex = |tex: &str, display: &str| {
            format!(
                r#"<span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML"{display}><semantics><mrow><mi>R</mi></mrow><annotation encoding="application/x-tex">{tex}</annotation></semantics></math></span><span class="katex-html" aria-hidden="true"><span class="mord mathnormal">R</span></span></span>"#
            )
        };
        let c = extract(&format!(
            r#"<article><h1>T</h1><p>We assign to each sink an out-flow {} and wish to find a valid flow between nodes. {PARAGRAPH}</p>
            <div class="katex-display">{}</div>
            <p>{PARAGRAPH}</p>
            <p>A formula in MathML alone, <math alttext="a+b"><mi>a</mi><mo>+</mo><mi>b</mi></math>, one with no source,
            <math><mi>c</mi><mo>=</mo><mn>2</mn></math>, and MathJax's <script type="math/tex">\alpha</script> stay. {PARAGRAPH}</p></article>"#,
            katex("R(x)", ""),
            katex(r"\sum_x R(x)", r#" display="block""#),
        ));
        let t = text(&c);
        assert!(t.contains(r"an out-flow \(R(x)\) and wish"), "{t}");
        assert!(t.contains(r"\[\sum_x R(x)\]"), "{t}");
        assert!(
            t.contains(r"MathML alone, \(a+b\), one") && t.contains("source, c=2, and"),
            "{t}"
        );
        assert!(t.contains(r"MathJax's \(\alpha\) stay"), "{t}");
        assert!(!t.contains("out-flow R"), "the drawn copy stays hidden: {t}");
    }

    #[test]
    fn a_name_in_the_cell_after_an_author_label_is_the_byline() {
        for meta in [
            r#"<div role="row"><div role="cell"><span>Published</span></div><div role="cell">March 4, 2021</div></div>
               <div role="row"><div role="cell"><span>Author</span></div><div role="cell"><span>Ann Lee</span></div></div>"#,
            "<dl><dt>Published</dt><dd>4 March 2021</dd><dt>Author:</dt><dd>Ann Lee</dd></dl>",
            "<table><tr><th>Autor</th><td>Ann Lee</td></tr></table>",
        ] {
            let c = extract(&format!(
                "<article><h1>T</h1>{meta}<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article>"
            ));
            assert_eq!(c.byline.as_deref(), Some("Ann Lee"), "{meta}");
        }
        // A sidebar's "Author" box of a sentence names no one.
        let c = extract(&format!(
            "<article><h1>T</h1><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article>\
             <aside><h2>Author</h2><p>Write something about yourself. No need to be fancy, just an overview.</p></aside>"
        ));
        assert_eq!(c.byline, None);
    }

    #[test]
    fn a_name_beside_a_role_a_written_by_line_and_an_authors_folder_are_bylines() {
        let page = |meta: &str, end: &str| {
            extract(&format!(
                "<article><h1>T</h1>{meta}<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>{end}</article>"
            ))
            .byline
        };
        // Hashed classes: the name, then the role in the next block.
        for role in ["toimittaja", "Senior reporter", "Journalist"] {
            let meta = format!(
                r#"<div class="sc-p7q8"><span class="sc-s1t2">Ann Lee</span><span class="sc-v4w5">{role}</span></div>"#
            );
            assert_eq!(page(&meta, "").as_deref(), Some("Ann Lee"), "{role}");
        }
        // A line that is no role, and a role beside no name.
        for meta in [
            r#"<div><span>Ann Lee</span><span>Chief Executive</span></div>"#,
            r#"<div><span>Share this</span><span>Senior reporter</span></div>"#,
        ] {
            assert_eq!(page(meta, ""), None, "{meta}");
        }
        // "Written by" after the text, inside the article (the line: its
        // label goes when the name is cleaned).
        let end = "<hr><p>Written by Ann Lee</p>";
        assert_eq!(page("", end).as_deref(), Some("Written by Ann Lee"));
        // A link into a Hungarian site's authors' folder.
        let meta = r#"<div class="cikk-fejlec"><a href="/szerzo/lee-ann">Ann Lee</a></div>"#;
        assert_eq!(page(meta, "").as_deref(), Some("Ann Lee"));
        // A block named for the author in Spanish, Portuguese or French,
        // in a line of a place and the day.
        // Joomla's line of the article's details.
        let meta = r#"<dl class="article-info"><dd class="createdby">Geschrieben von Ann Lee</dd><dd class="hits">Zugriffe: 1234</dd></dl>"#;
        assert_eq!(page(meta, "").as_deref(), Some("Geschrieben von Ann Lee"));
        for class in ["autor", "auteur"] {
            let meta = format!(
                r#"<div class="firma"><span class="{class}">Ann Lee</span> | <span>Madrid</span> | <span>04/03/2021 - 10:30 h.</span></div>"#
            );
            assert_eq!(page(&meta, "").as_deref(), Some("Ann Lee"), "{class}");
        }
    }

    #[test]
    fn a_names_block_that_holds_the_role_too_gives_its_link() {
        let c = extract(&format!(
            r#"<article><h1>T</h1><div class="byline"><div class="authors"><div class="author-name"><span class="byline-prefix">By</span>
            <a href="/people/ann-lee">Ann Lee</a><span class="author-title">Staff Writer</span></div></div>
            <time>Dec. 16, 2016</time></div><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article>"#
        ));
        assert_eq!(c.byline.as_deref(), Some("Ann Lee"));
        // Of an avatar's link, the author's and a profile elsewhere, the author's.
        let c = extract(&format!(
            r#"<article><h1>T</h1><div class="author-box"><div class="avatar"><a href="/author/ann-lee/"><img src="/a.jpg" alt=""></a></div>
            <span class="vcard"><a href="/author/ann-lee/">Ann Lee</a><a href="https://twitter.com/annlee"><i>Twitter</i></a></span>
            <span class="author-title">News &amp; Culture Writer</span></div><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article>"#
        ));
        assert_eq!(c.byline.as_deref(), Some("Ann Lee"));
        // A block that dates the story stays whole, for its date to be read.
        let c = extract(&format!(
            r#"<article><h1>T</h1><div class="author"><a href="/author/annlee/"><img src="/a.jpg" alt=""></a>
            <p>Par <a href="/author/annlee/">Ann Lee</a></p><p>29 novembre 2024, 14 h</p></div><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article>"#
        ));
        assert_eq!(c.byline.as_deref(), Some("Par Ann Lee 29 novembre 2024, 14 h"));
    }

    #[test]
    fn a_posted_by_line_in_the_posts_footer_is_the_byline_a_teasers_by_is_not() {
        let page = |below: &str| {
            extract(&format!(
                r#"<div class="entry"><h2>T</h2><div class="entry_body">{PARAGRAPH}<br><br>{PARAGRAPH}</div>{below}</div>"#
            ))
            .byline
        };
        let footer = r#"<div class="entry_footer"><ul><li>Category: <a href="/c/1">Diary</a></li><li>posted by Ann Lee</li></ul></div>"#;
        assert_eq!(page(footer).as_deref(), Some("posted by Ann Lee"));
        let notes = r#"<p class="host">Hosted by <a href="/about">Ann Lee</a></p>"#;
        assert_eq!(page(notes).as_deref(), Some("Hosted by Ann Lee"));
        let teaser =
            r#"<div class="more"><h3><a href="/r/1">Another story</a></h3><p>By Omar Said</p></div>"#;
        assert_eq!(page(teaser), None);
    }

    #[test]
    fn a_name_in_the_line_that_dates_the_article_is_the_byline() {
        let page = |meta: &str| {
            extract(&format!(
                "<article><h1>T</h1>{meta}<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article>"
            ))
            .byline
        };
        for meta in [
            r#"<div class="info">Ann Lee | March 4, 2021</div>"#,
            r#"<div class="post-meta"><span>March 4, 2021</span>&nbsp;·&nbsp;6 min&nbsp;·&nbsp;Ann Lee</div>"#,
        ] {
            assert_eq!(page(meta).as_deref(), Some("Ann Lee"), "{meta}");
        }
        // A section's link, a part that is neither name nor number, no
        // date, a line of blocks: no name.
        for meta in [
            r#"<div class="info"><a href="/middle-east">Middle East</a> | March 4, 2021</div>"#,
            r#"<div class="info">Technology · Ann Lee · March 4, 2021</div>"#,
            r#"<div class="info">Ann Lee | 6 min read</div>"#,
            r#"<div class="info"><p>Ann Lee</p> | <p>March 4, 2021</p></div>"#,
            r#"<date class="post-meta"><span>作者：</span><span>|</span>2019年5月20日</date>"#,
        ] {
            assert_eq!(page(meta), None, "{meta}");
        }
    }

    #[test]
    fn a_bold_name_set_right_as_the_last_paragraph_signs_the_story() {
        let page = |sign: &str| {
            format!(
                r#"<h1>T</h1><article class="fck_detail"><p class="Normal">{PARAGRAPH}</p><p class="Normal">{PARAGRAPH}</p>{sign}</article>
                <div class="box-tag"><a href="/tag/1">giao thông</a></div>"#
            )
        };
        let c = extract(&page(
            r#"<p class="Normal" style="text-align: right;"><strong>Hoàng Minh Anh</strong></p>"#,
        ));
        assert_eq!(c.byline.as_deref(), Some("Hoàng Minh Anh"));
        for name in ["Bradley D. Marianno", "赵传文"] {
            let c = extract(&page(&format!(r#"<p align="right"><b>{name}</b></p>"#)));
            assert_eq!(c.byline.as_deref(), Some(name));
        }
        // Not set right, or not all bold, or a sentence: no name.
        for sign in [
            "<p><strong>Hoàng Minh Anh</strong></p>",
            r#"<p style="text-align:right">Hoàng <strong>Minh Anh</strong></p>"#,
            r#"<p style="text-align:right"><strong>Read More Stories Here.</strong></p>"#,
        ] {
            assert_eq!(extract(&page(sign)).byline, None, "{sign}");
        }
    }

    #[test]
    fn a_box_headed_by_a_furniture_line_goes() {
        // A registration wall inside the story, its class names hashed.
        let wall = r#"<div class="sc-1x7vt0c-0 hVdpAB"><div class="sc-1x7vt0c-1"><h2 class="sc-1x7vt0c-2">Subscribe to keep reading</h2>
            <p>Get unlimited access to award-winning journalism for just $1 a week for your first year. Cancel anytime.
            Support independent local reporting and never miss a story that matters to you.</p>
            <ul><li>Unlimited digital access on every device</li><li>The daily crossword, puzzles and games</li></ul>
            <p>Already a subscriber? <a href="/login">Log in</a></p></div></div>"#;
        let c = extract(&format!(
            r#"<div class="sc-q9w0rs-6"><h1>T</h1><p>{PARAGRAPH}</p>{wall}<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>"#
        ));
        let t = text(&c);
        assert!(!t.contains("unlimited access") && !t.contains("crossword"), "{t}");
        assert_eq!(t.matches(PARAGRAPH).count(), 3, "{t}");

        // A box of teasers under "Related stories", and a sponsor's pitch.
        let boxes = r#"<div class="x1"><div><h3>Related stories</h3><p>The mayor said on Monday that the plan would go ahead as agreed last year.</p></div></div>
            <div style="padding:20px"><p style="font-size:12px">Together with Acme Cloud</p><p>Ship faster with Acme Cloud: deploy in seconds and pay only for what you use.</p></div>"#;
        let t = text(&extract(&format!(
            r#"<div class="post"><h1>T</h1><p>{PARAGRAPH}</p>{boxes}<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>"#
        )));
        assert!(!t.contains("mayor") && !t.contains("Acme"), "{t}");
        assert_eq!(t.matches(PARAGRAPH).count(), 3, "{t}");

        // A section of the story under its own heading stays.
        let c = extract(&format!(
            r#"<article><h1>T</h1><p>{PARAGRAPH}</p><section><h2>What the council decided</h2><p>{PARAGRAPH}</p></section><p>{PARAGRAPH}</p></article>"#
        ));
        assert!(text(&c).contains("What the council decided"), "{}", text(&c));
    }

    #[test]
    fn a_day_inside_a_sentence_stays() {
        // A wire release's dateline marks its place and day in spans.
        let c = extract(&format!(
            r#"<article><h1>T</h1><p><span class="xn-location">NEW YORK</span>, <span class="xn-chron">April 25, 2016</span>
            /PRNewswire/ -- The company, a platform that ranks engineers, said on Monday that it raised new money from investors.</p>
            <p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article>"#
        ));
        let t = text(&c);
        assert!(
            t.starts_with("NEW YORK, April 25, 2016 /PRNewswire/ -- The company"),
            "{t}"
        );

        // A day on a line of its own still goes.
        let c = extract(&format!(
            r#"<article><h1>T</h1><p><span>April 25, 2016</span> <a href="/share">Share</a></p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article>"#
        ));
        assert!(!text(&c).contains("2016"), "{}", text(&c));
    }

    #[test]
    fn a_dateline_beside_the_body_is_not_the_article() {
        let c = extract(&format!(
            r#"<div class="post"><h1>T</h1>
            <div class="post-info"><span class="author-name">By Rana Haddad</span> | <span>Source: Agencies</span> |
              <span class="post-date">12 Mar 2024 14:05</span></div>
            <p class="intro"><strong>The talks resumed in Doha on Tuesday after a pause, mediators said.</strong></p>
            <div class="entry"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><p>Updated 13 Mar 2024 08:00</p></div></div>"#
        ));
        let t = text(&c);
        assert!(t.starts_with("The talks resumed"), "{t}");
        assert!(!t.contains("Source") && !t.contains("2024"), "{t}");
        assert_eq!(c.byline.as_deref(), Some("By Rana Haddad"));

        // The same without telling class names.
        let c = extract(&format!(
            r#"<div class="post"><h1>T</h1>
            <div class="post-info"><span>By Rana Haddad</span> | <span>Source: Agencies</span> | <span>12 Mar 2024 14:05</span></div>
            <p class="intro"><strong>The talks resumed in Doha on Tuesday after a pause, mediators said.</strong></p>
            <div class="entry"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div></div>"#
        ));
        let t = text(&c);
        assert!(t.starts_with("The talks resumed") && !t.contains("Source"), "{t}");
        assert_eq!(c.byline.as_deref(), Some("By Rana Haddad"));
    }

    #[test]
    fn a_comment_forms_name_a_commenter_and_a_menu_item_are_no_byline() {
        let post =
            format!(r#"<article class="post"><h1>T</h1><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article>"#);
        // WordPress: a reader's comment and the comment form's name field.
        let c = extract(&format!(
            r#"{post}<ol class="comment-list"><li class="comment"><article class="comment-body">
            <div class="comment-author vcard"><b class="fn">Mike L</b></div><p>Great post!</p></article></li></ol>
            <form id="commentform"><p class="comment-form-author"><label for="author">Name (required)</label><input id="author"></p></form>"#
        ));
        assert_eq!(c.byline, None);
        // A reader forum under the story, its posts named `forum-post`:
        // their authors are readers; the story's "Von" line is the byline.
        let c = extract(&format!(
            r#"<main><article><header><h2>T</h2><div><span>Von </span><a href="/impressum/autor-1">Anna Berg</a></div></header>
            <p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article><section data-area="forum"><ul><li class="forum-post">
            <div class="forum-post__author">Martin K.</div><p>{PARAGRAPH}</p></li></ul></section></main>"#
        ));
        assert_eq!(c.byline.as_deref(), Some("Von Anna Berg"));
        // A menu's item that begins with "Von" is a link, all of it.
        let c = extract(&format!(
            r#"<ul class="menu"><li><a href="/walzer">Von Wiener Walzer und Mozartkugeln</a></li></ul>{post}"#
        ));
        assert_eq!(c.byline, None);
        let c = extract(&format!(
            r#"<article class="post"><p class="author">By <a href="/ann">Ann Lee</a></p>{post}</article>"#
        ));
        assert_eq!(c.byline.as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn what_readers_are_told_to_skip_is_skipped() {
        let c = extract(&format!(
            r#"<div class="entry-content"><div class="follow-the-verge instapaper_ignore entry-unrelated">
            <p>Don't miss stories <em>Follow The Verge</em></p><a href="https://twitter.com/verge">Follow</a></div>
            <p>{PARAGRAPH}</p><div class="entry-unrelated"><p>Our sister site has a sale on.</p></div><p>{PARAGRAPH}</p></div>"#
        ));
        assert!(
            !text(&c).contains("Don't miss") && !text(&c).contains("sister site"),
            "{}",
            text(&c)
        );
    }

    #[test]
    fn an_illustrations_credit_under_the_lead_picture_goes() {
        let c = extract(&format!(
            r#"<div class="post-content"><p><div class="image-container"><img src="/cover.jpg" alt="Cover">
            <p class="source"><span>Illustration by Mike Nudelman</span></p></div></p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>"#
        ));
        assert!(!text(&c).contains("Nudelman"), "{}", text(&c));
    }

    #[test]
    fn a_clip_whose_player_cannot_reach_a_feed_goes_with_its_caption() {
        let c = extract(&format!(
            r#"<div class="asset-double-wide"><div class="video" itemscope itemtype="http://schema.org/VideoObject">
            <object class="BrightcoveExperience"><param name="playerID" value="1"></object>
            <div class="video-transcript"><h4>Video Transcript</h4><p>Automatically Generated Transcript (may not be 100% accurate)</p></div>
            <p class="video-desc" itemprop="description">Travelers at the airport express concerns about the screening.</p></div>
            <p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>
            <div itemscope itemtype="https://schema.org/VideoObject"><iframe src="https://www.youtube.com/embed/abc"></iframe>
            <p itemprop="description">The minister's statement in full.</p></div><p>{PARAGRAPH}</p></div>"#
        ));
        let t = text(&c);
        assert!(
            !t.contains("Transcript") && !t.contains("Travelers at the airport"),
            "{t}"
        );
        assert!(
            c.html.contains("youtube.com/embed/abc") && t.contains("statement in full"),
            "{}",
            c.html
        );
    }

    #[test]
    fn a_line_that_reads_as_a_byline_is_one() {
        let c = extract(&format!(
            r#"<div class="story"><h1>T</h1><p>By Omar Said and Lina Khoury</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>
            <p>By the end of the week, {PARAGRAPH}</p></div>"#
        ));
        assert_eq!(c.byline.as_deref(), Some("By Omar Said and Lina Khoury"));
        let t = text(&c);
        assert!(
            !t.contains("Omar Said") && t.contains("By the end of the week"),
            "{t}"
        );
        // A name in a script without capitals.
        for name in ["赵传文", "كايلا إبستين"] {
            let line = format!("Publié le 5 juin 2018 par {name}");
            let c = extract(&format!(
                r#"<div class="post"><h1>T</h1><span class="post-date">{line}</span><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>"#
            ));
            assert_eq!(c.byline.as_deref(), Some(line.as_str()));
        }
        // Labels and short words for "by" in other languages; a sentence
        // that opens with such a word, and a page's tools, are none.
        for (line, byline) in [
            ("Di Marco Rossi", true),
            ("Autor: Jan Novák", true),
            ("记者 张三", true),
            ("홍길동 기자", true),
            ("Di Maio ha detto", false),
            ("Text Size Regular Medium Large", false),
            // The name, then the day after a separator.
            ("Par Ann Lee · le 30 septembre 2020 à 10h30", true),
            ("Por Ann Lee | 30 de septiembre de 2020, 10:30", true),
            ("di Ann Lee · 30 settembre 2020, 10:30", true),
            ("di quanto è successo · 30 settembre 2020", false),
            // The name, then the day after a comma (Dotclear's "Par Ann
            // Lee, jeudi 4 mars 2021, 10:30 :: Voyages"); a sentence with
            // a comma is none.
            (
                "Par Marie-Claire Dubois-Martin, jeudi 4 mars 2021, 10:30 :: Voyages",
                true,
            ),
            ("Von Berlin aus, im Jahr 2019, fuhren wir nach Hamburg.", false),
        ] {
            let c = extract(&format!(
                r#"<div class="post"><h1>T</h1><span>{line}</span><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>"#
            ));
            assert_eq!(c.byline.is_some(), byline, "{line}");
        }
        // A sentence after "par" is none.
        let c = extract(&format!(
            r#"<div class="post"><h1>T</h1><span>Publié le 5 juin 2018 par la suite</span><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>"#
        ));
        assert_eq!(c.byline, None);
        // The name's own line inside a block that gives the role too.
        let c = extract(&format!(
            r#"<article><h1>T</h1><div data-component="byline-block"><div class="x1-Contributor">By Ann Lee</div>
            <div class="x2">Environment correspondent</div></div><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article>"#
        ));
        assert_eq!(c.byline.as_deref(), Some("By Ann Lee"));
    }

    #[test]
    fn paragraphs_each_in_a_card_of_their_own() {
        let cards: String = (0..5)
            .map(|i| {
                format!(r#"<div class="card"><div class="card-content"><p>{i}: {PARAGRAPH}</p></div></div>"#)
            })
            .collect();
        let c = extract(&format!(
            r#"<div class="page"><div class="collection" id="article-body">{cards}</div>
            <div class="more"><a href="/a.html">Another story to read next week</a></div></div>"#
        ));
        assert_eq!(text(&c).matches("Officials said").count(), 5, "{}", text(&c));
    }

    #[test]
    fn a_story_of_one_block_per_paragraph_outweighs_a_forum_of_posts() {
        // A German magazine's shape: each paragraph in a text block of its
        // own (`div[data-area=text] > div.RichText > p`, no name of its
        // own), an ad between them, and below the story a reader forum of
        // long posts whose items are named `forum-post`.
        let blocks: String = (0..8)
            .map(|i| {
                let ad = if i == 1 { r#"<div class="ad-container"><span>Anzeige</span></div>"# } else { "" };
                format!(r#"<div data-area="text"><div class="RichText w-8/12"><p>{i}: {PARAGRAPH}</p></div></div>{ad}"#)
            })
            .collect();
        let long = format!("{PARAGRAPH} {PARAGRAPH}, and, as one reader put it, {PARAGRAPH}");
        let forum: String = (0..3)
            .map(|i| format!(r#"<li class="forum-post"><div>reader{i}</div><p>Post {i}: {long}</p></li>"#))
            .collect();
        let c = extract(&format!(
            r#"<article><header><h2>Kicker <span>Talks go on</span></h2></header>
            <section data-area="body"><div class="clearfix">{blocks}</div></section></article>
            <section data-area="forum"><h2>Diskussion</h2><ul>{forum}</ul></section>"#
        ));
        let t = text(&c);
        assert!(t.starts_with("0: ") && t.contains("7: "), "{t}");
        assert!(!t.contains("Post 1"), "{t}");
        // One wrapped paragraph beside a block of plain ones (a company's
        // boilerplate under its press release) is no run: the block of
        // paragraphs stays the article, its `<h1>` and standfirst out.
        let plain: String = (0..6).map(|i| format!("<p>{i}: {PARAGRAPH}</p>")).collect();
        let c = extract(&format!(
            r#"<div class="press"><h1>Talks go on</h1><div class="quote">The standfirst of the release, in a sentence or two, set apart.</div>
            <div class="content"><div class="text"><div>{plain}</div></div>
            <div class="text"><div><hr><p>About us: {PARAGRAPH}</p></div></div></div></div>"#
        ));
        let t = text(&c);
        assert!(t.starts_with("0: ") && !t.contains("standfirst"), "{t}");
    }

    #[test]
    fn a_gallery_in_the_story_stays_and_a_row_of_thumbnails_goes() {
        let thumbs: String = (0..4)
            .map(|i| format!(r#"<a href="/s{i}.html"><img src="/t{i}.jpg">Story {i}</a>"#))
            .collect();
        let c = extract(&format!(
            r#"<div class="entry"><p>{PARAGRAPH}</p><div class="gallery-wrap"><div>{PARAGRAPH}</div>
            <div><img src="/g1.jpg"></div><div><img src="/g2.jpg"></div><div><img src="/g3.jpg"></div></div>
            <p>{PARAGRAPH}</p><div class="row">{thumbs}</div></div>"#
        ));
        assert_eq!(text(&c).matches("Officials said").count(), 3);
        assert!(
            c.html.contains("g3.jpg") && !c.html.contains("t1.jpg"),
            "{}",
            c.html
        );
    }

    #[test]
    fn a_slideshow_story_told_in_its_slides_captions_is_kept() {
        // Oregonlive's galleries: each slide a photo, its own short line, and
        // a caption block holding paragraphs of the story.
        let slide = |n: usize, story: &str| {
            format!(
                r#"<div class="gallery_slide"><div class="asset"><img src="/p{n}.jpg"><p>Photo {n} by the desk.</p></div>
                <div class="asset_caption caption"><div class="slide_description">{story}</div></div></div>"#
            )
        };
        let story = format!("<p>Slide one. {PARAGRAPH}</p><p>&nbsp;</p><p>{PARAGRAPH}</p>");
        let more = format!("<p>Slide two. {PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>");
        let c = extract(&format!(
            r#"<div class="gallery">{}{}</div><div class="wrap"><div class="caption">Taken in 2014 at the river.</div></div>"#,
            slide(0, &story),
            slide(1, &more)
        ));
        assert_eq!(text(&c).matches("Officials said").count(), 5, "{}", text(&c));
        assert!(!text(&c).contains("Taken in 2014"), "{}", text(&c));
    }

    #[test]
    fn a_listicle_told_in_its_slides_figcaptions_is_kept_and_a_storys_long_captions_are_not() {
        // Popsugar's slideshows: a short lead, then each slide a photo and a
        // `figcaption` of one long paragraph.
        let slides = |n: usize, word: &str| -> String {
            (0..n)
                .map(|k| {
                    format!(
                        r#"<figure class="flat-slide"><img src="/s{k}.jpg"><figcaption class="flat-slide-caption">
                        <p>{word} {k}. {PARAGRAPH} {PARAGRAPH}</p></figcaption></figure>"#
                    )
                })
                .collect()
        };
        let lead = "<p>No generation is perfect, and interior design is where this one slips most often.</p>";
        let c = extract(&format!(
            r#"<div class="post">{lead}<div class="slides">{}</div></div>"#,
            slides(4, "Slide")
        ));
        assert_eq!(text(&c).matches("Slide").count(), 4, "{}", text(&c));
        let body: String = (0..8).map(|_| format!("<p>{PARAGRAPH}</p>")).collect();
        let c = extract(&format!(
            r#"<div class="post">{body}{}</div>"#,
            slides(3, "Pictured")
        ));
        assert!(!text(&c).contains("Pictured"), "{}", text(&c));
    }

    #[test]
    fn a_paragraph_half_of_links_is_kept_when_the_words_around_them_are_sentences() {
        // Numerama's opening paragraph: three links, half its text, inside
        // sentences; a line of links with a few words around them still goes.
        let prose = r#"<p>OpenAI presented the successor of its model on 6 August: <a href="/a">the new model is now available, with many new features and tools</a>. It is possible to <a href="/b">try this new version in France from today</a>. The new model is now the default for everyone, which <a href="/c">changes the whole experience of its users</a>.</p>"#;
        let links = r#"<p>More on this: <a href="/d">The new model is now available, with many new features for all users</a>, <a href="/e">How to try the new version in France today, step by step</a> and <a href="/f">The biggest change in the new model is not the one you think</a>.</p>"#;
        let c = extract(&format!(
            r#"<div class="article-content"><p>{PARAGRAPH}</p>{prose}<p>{PARAGRAPH}</p>{links}<p>{PARAGRAPH}</p></div>"#
        ));
        assert!(text(&c).contains("OpenAI presented"), "{}", text(&c));
        assert!(!text(&c).contains("More on this"), "{}", text(&c));
    }

    #[test]
    fn a_photo_essays_pictures_with_their_paragraphs_in_widgets_are_kept() {
        // Reuters' Wider Image: each picture and the paragraphs after it in
        // a `figure.widget` among the story's own paragraphs; a sidebar's
        // text widget among widgets, and a gallery of captioned list items
        // inside the story, stay out.
        let essay = |n: usize| {
            format!(
                r#"<figure class="widget widget-image"><img src="/e{n}.jpg"><div class="image-caption">A prisoner at dusk.</div>
                <div class="widget-content"><p>Essay {n}. {PARAGRAPH}</p><p>{PARAGRAPH}</p></div></figure>"#
            )
        };
        let gallery: String = (0..6)
            .map(|n| format!(r#"<li><h2>{n}/6</h2><p>Crowds gather in the square as the sun sets over the old town {n}.</p></li>"#))
            .collect();
        let about = "<p>Our newsroom covers the region, its courts and its people, and has since 1921.</p>";
        let c = extract(&format!(
            r#"<div class="entry-content"><p>{PARAGRAPH}</p>{}{}<div class="widget type-gallery"><ul>{gallery}</ul></div>{}</div>
            <div class="rail"><div class="widget widget_text">{about}{about}</div><div class="widget widget_text">{about}{about}</div></div>"#,
            essay(1),
            essay(2),
            essay(3)
        ));
        assert_eq!(text(&c).matches("Officials said").count(), 7, "{}", text(&c));
        assert!(
            !text(&c).contains("Crowds gather") && !text(&c).contains("newsroom"),
            "{}",
            text(&c)
        );
    }

    #[test]
    fn the_parts_of_an_article_split_around_a_video_stay_together() {
        let deep = |t: &str| {
            format!(
                r#"<div class="part"><div><div><div><div><div><p>{t} {PARAGRAPH}</p></div></div></div></div></div></div>"#
            )
        };
        let c = extract(&format!(
            r#"<div class="wrap">{}<div class="video"><iframe src="https://www.youtube.com/embed/x"></iframe></div>
            <div class="part"><p>Second. {PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>
            <div class="embed"><iframe src="https://player.vimeo.com/video/1"></iframe></div>
            <div class="social-media-embed"><blockquote class="twitter-tweet"><p>What a day <a href="https://x.example/hashtag/a">#talks</a></p>
            — Ann (@ann) <a href="https://x.example/ann/status/1">March 1, 2024</a></blockquote></div></div></div>"#,
            deep("First.")
        ));
        let t = text(&c);
        assert!(t.starts_with("First.") && t.contains("Second."), "{t}");
        assert!(t.contains("What a day"), "{t}");
        assert!(
            c.html.contains(r#"src="https://www.youtube.com/embed/x""#),
            "{}",
            c.html
        );
        assert!(
            c.html.contains(r#"src="https://player.vimeo.com/video/1""#),
            "{}",
            c.html
        );
    }

    #[test]
    fn a_box_headed_as_related_goes_even_when_it_holds_more_text() {
        let teasers: String = (0..3)
            .map(|i| format!(r#"<article class="post"><p>Teaser {i}. {PARAGRAPH}</p></article>"#))
            .collect();
        let c = extract(&format!(
            r#"<article class="post"><h1>T</h1><p>The story. {PARAGRAPH}</p></article>
            <section class="post"><h3>Você pode gostar...</h3>{teasers}</section>
            <div class="site-info"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>"#
        ));
        let t = text(&c);
        assert!(t.starts_with("The story.") && !t.contains("Teaser"), "{t}");
    }

    #[test]
    fn a_body_marked_by_microdata_is_kept_whatever_its_class() {
        let c = extract(&format!(
            r#"<div class="wrap"><div class="sidebar-layout" itemprop="articleBody"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>
            <div class="aside-box"><p>Short.</p></div></div>"#
        ));
        assert_eq!(text(&c).matches("Officials said").count(), 2);
    }

    #[test]
    fn a_page_wrapped_in_a_form_still_has_an_article() {
        let c = extract(&format!(
            r#"<form id="aspnetForm"><div id="content"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div></form>"#
        ));
        assert_eq!(text(&c).matches("Officials said").count(), 2);
    }

    #[test]
    fn text_in_divs_and_breaks_counts_as_paragraphs() {
        let c = extract(&format!(
            r#"<div class="menu"><a href="/">Home</a></div>
            <div class="post"><div>{PARAGRAPH}<br><br>{PARAGRAPH}</div><div><img src="/a.jpg"><img src="/b.jpg"></div></div>"#
        ));
        assert_eq!(text(&c).matches("Officials said").count(), 2);
        assert!(!text(&c).contains("Home"));
    }

    #[test]
    fn a_page_builders_text_widgets_are_the_article_and_a_themes_widgets_are_not() {
        // Elementor and SiteOrigin name every block a widget, the post's
        // text too; a theme's sidebar boxes lead their class with the word.
        let sidebar = r#"<aside id="secondary" class="widget-area"><section class="widget widget_text"><h2>About</h2>
            <div class="textwidget"><p>We are a small team of bakers writing about bread, flour and the early hours.</p></div></section></aside>"#;
        let elementor = r#"<section class="elementor-section elementor-top-section"><div class="elementor-container">
            <div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap elementor-element-populated">
            <div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
            <p>TEXT</p></div></div></div></div></div></section>"#;
        let siteorigin = r#"<div class="panel-grid-cell"><div class="so-panel widget widget_sow-editor panel-first-child">
            <div class="panel-widget-style panel-widget-style-for-1"><div class="so-widget-sow-editor so-widget-sow-editor-base">
            <div class="siteorigin-widget-tinymce textwidget"><p>TEXT</p></div></div></div></div></div>"#;
        for (around, block) in [
            (r#"class="elementor elementor-77""#, elementor),
            (r#"class="panel-layout""#, siteorigin),
        ] {
            let blocks: String = ["One.", "Two.", "Three."]
                .iter()
                .map(|n| block.replace("TEXT", &format!("{n} {PARAGRAPH}")))
                .collect();
            let t = text(&extract(&format!("<div {around}>{blocks}</div>{sidebar}")));
            assert!(["One.", "Two.", "Three."].iter().all(|n| t.contains(n)), "{t}");
            assert!(!t.contains("bakers"), "{t}");
        }
    }

    #[test]
    fn parts_of_an_article_in_deep_content_elements_join_and_another_answer_does_not() {
        // TYPO3's content elements: each text a frame, its paragraphs four
        // levels down, a text beside a picture two more.
        let frame = |kind: &str, inner: &str| {
            format!(
                r#"<div class="frame frame-default frame-type-{kind}"><div class="frame-container"><div class="frame-inner">{inner}</div></div></div>"#
            )
        };
        let text_frame = |words: &str| frame("text", &format!("<p>{words} {PARAGRAPH}</p>"));
        let textpic = frame(
            "textpic",
            &format!(
                r#"<div class="textpic textpic-right"><div class="textpic-item textpic-gallery"><figure class="image"><img src="/a.jpg">
                <figcaption class="caption">Foto: Stadt</figcaption></figure></div><div class="textpic-item textpic-text">
                <p>Middle. {PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div></div>"#
            ),
        );
        let page = format!(
            r#"<h1>Neues Rathaus</h1><div class="news-text-wrap">{}{textpic}{}</div>"#,
            text_frame("First."),
            text_frame("Last.")
        );
        let t = text(&extract(&page));
        assert!(
            ["First.", "Middle.", "Last."].iter().all(|n| t.contains(n)),
            "{t}"
        );
        // The same shape, each part another writer's answer: the one chosen stays alone.
        let answer =
            |inner: String| format!(r#"<div itemscope itemtype="http://schema.org/Answer">{inner}</div>"#);
        let page = format!(
            r#"<h1>Neues Rathaus</h1><div class="answers">{}{}{}</div>"#,
            answer(text_frame("First.")),
            answer(textpic),
            answer(text_frame("Last."))
        );
        let t = text(&extract(&page));
        assert!(
            t.contains("Middle.") && !t.contains("First.") && !t.contains("Last."),
            "{t}"
        );
    }

    #[test]
    fn parts_a_builder_numbers_are_alike_and_a_grids_columns_are_not() {
        // Divi numbers each section, row, column and module of a post; the
        // first section opens with a subheading and ends with a picture,
        // a module of its own after the text's.
        let long = |words: &str| format!("<p>{words} {}</p>", PARAGRAPH.repeat(6));
        let section = |n: usize, inner: String| {
            format!(
                r#"<div class="et_pb_section et_pb_section_{n} et_section_regular"><div class="et_pb_row et_pb_row_{n}">
                <div class="et_pb_column et_pb_column_4_4 et_pb_column_{n}"><div class="et_pb_module et_pb_text et_pb_text_{n}">
                <div class="et_pb_text_inner">{inner}</div></div></div></div></div>"#
            )
        };
        let first = format!(
            r#"<h2>A quiet shift</h2>{}{}</div></div><div class="et_pb_module et_pb_image"><img src="/a.jpg" alt=""></div><div><div>"#,
            long("One."),
            long("Two.")
        );
        let page = format!(
            r#"<article class="et_pb_post post"><div class="et_post_meta_wrapper"><h1 class="entry-title">Notes</h1></div>
            <div class="entry-content"><div class="et_builder_inner_content">{}{}{}</div></div></article>"#,
            section(0, first),
            section(1, long("Three.") + &long("Four.") + &long("Five.")),
            section(2, long("Six.") + &long("Seven.") + &long("Eight."))
        );
        let t = text(&extract(&page));
        assert!(["One.", "Four.", "Eight."].iter().all(|n| t.contains(n)), "{t}");
        // A grid's columns are numbered by their widths: the sidebar's
        // prose is not a part of the article.
        let page = format!(
            r#"<h1>Notes</h1><div class="row"><div class="col-md-8"><p>One. {PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>
            <div class="col-md-4"><p>Our bakery has baked bread in the old town since 1911, and we write about it here every week.</p></div></div>"#
        );
        let t = text(&extract(&page));
        assert!(t.contains("One.") && !t.contains("bakery"), "{t}");
    }

    #[test]
    fn a_table_layouts_cells_stay_apart_and_its_menu_column_goes() {
        // A club's site of 2003: the menu in one cell, the text in `<br>`
        // lines in the next; read out of the table, the cells' tags were
        // lost and the menu's last word ran into the headline.
        let c = extract(&format!(
            r#"<table width="100%"><tr><td width="200" valign="top"><a href="/">Startseite</a><br>
            <a href="/verein.html">Verein</a><br><a href="/termine.html">Termine</a><br><a href="/kontakt.html">Kontakt</a></td>
            <td valign="top"><font size="5"><b>Unser Verein</b></font><br><br>{PARAGRAPH}<br><br>{PARAGRAPH}</td></tr></table>"#
        ));
        let t = text(&c);
        assert_eq!(t.matches("Officials said").count(), 2, "{t}");
        assert!(t.starts_with("Unser Verein"), "{t}");
        assert!(!t.contains("Kontakt") && !t.contains("Startseite"), "{t}");
        // A cell that holds a link or two is a table's data, and stays.
        let c = extract(&format!(
            r#"<p>{PARAGRAPH}</p><table><tr><th>Datum</th><th>Veranstaltung</th><th>Ort</th></tr>
            <tr><td>29.03.2017</td><td>Jahreshauptversammlung</td><td><a href="/heim">Vereinsheim</a></td></tr>
            <tr><td>14.05.2017</td><td>Begleithundeprüfung</td><td>Platz am Waldweg</td></tr>
            <tr><td>02.07.2017</td><td>Sommerfest mit Turnier</td><td>Platz am Waldweg</td></tr></table><p>{PARAGRAPH}</p>"#
        ));
        assert!(text(&c).contains("\n\nVereinsheim\n\n"), "{}", text(&c));
    }

    #[test]
    fn a_post_in_lines_keeps_its_text_beside_a_star_rating() {
        // uCoz blogs: the post is a table of rows inside the layout's cell,
        // its text in `<br>` lines, a star rating's five one-letter items
        // in the row below it.
        let stars: String = (1..=5)
            .map(|n| format!(r##"<li><a href="#">{n}</a></li>"##))
            .collect();
        let lines = [
            "Tonight the river rose over the old stone steps again",
            "We carried the chairs up to the attic before the water came",
            "The neighbours watched from their windows and said nothing at all",
            "By morning the garden was a lake and the ducks had found it",
            "I wrote this letter to the town council and I will post it today",
            "Nobody has answered the last three letters about the drains",
        ]
        .join("<br>");
        let c = extract(&format!(
            r#"<table><tr><td class="menu"><a href="/">Home</a><br><a href="/blog">Blog</a></td>
            <td><a href="/blog/">Blog</a> &raquo; <a href="/blog/2010">2010</a><hr>
            <table class="eBlock"><tr><td class="eTitle">Letters</td></tr>
            <tr><td class="eMessage">{lines}</td></tr>
            <tr><td class="eDetails"><ul class="rating">{stars}</ul>Views: 1120 | Added by Posh</td></tr></table>
            </td></tr></table>"#
        ));
        assert!(text(&c).contains("the ducks had found it"), "{}", text(&c));
    }

    #[test]
    fn a_subheading_whose_anchor_id_holds_nav_is_kept() {
        let c = extract(&format!(
            r#"<div class="article-content"><p>{PARAGRAPH}</p>
            <h3 class="subheading" id="nav_shredder_not_furnace__0">Shredder, not furnace</h3><p>{PARAGRAPH}</p>
            <h3 class="subheading" id="nav_only_the_film__1">Only the film is left</h3><div class="ad"></div><p>{PARAGRAPH}</p></div>"#
        ));
        assert!(
            text(&c).contains("Shredder, not furnace") && text(&c).contains("Only the film is left"),
            "{}",
            text(&c)
        );
    }

    #[test]
    fn drupal_fields_whose_label_is_hidden_are_shown() {
        // Drupal marks every field `field--label-hidden`: its label is
        // hidden, not the field. An about page of two sections.
        let hidden = "field--label-hidden";
        let c = extract(&format!(
            r#"<header class="navbar"><a href="/">Home</a></header>
            <div class="region region-content"><div class="field field--name-field-sections {hidden} field--items">
            <div class="field--item"><div class="field field--name-field-text {hidden} col-md-8">
              <h2>We are fairkom</h2><p>We are a cooperative of consultants.</p><p>{PARAGRAPH}</p></div></div>
            <div class="field--item"><div class="field field--name-field-cols {hidden} row field__items">
              <div class="field__item"><p>Members vote at the general assembly.</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>
            </div></div></div></div>"#
        ));
        assert!(
            text(&c).contains("We are a cooperative") && text(&c).contains("general assembly"),
            "{}",
            text(&c)
        );
        let field =
            names(r#"<div class="field field--name-field-cols field--label-hidden row field__items"></div>"#);
        assert_eq!(class_weight(&field), 0);
        assert_eq!(
            class_weight(&names(r#"<div class="comments-hidden"></div>"#)),
            -25
        );
    }

    #[test]
    fn an_interviews_short_question_set_as_a_bullet_is_kept() {
        let c = extract(&format!(
            r#"<div class="post-entry"><p>{PARAGRAPH}</p>
            <ul><li><strong><em>How is your day?</em></strong></li></ul><p>{PARAGRAPH}</p>
            <ul class="icons"><li><i class="fa fa-star"></i> 4.5</li></ul><p>{PARAGRAPH}</p></div>"#
        ));
        assert!(text(&c).contains("How is your day?"), "{}", text(&c));
        assert!(!text(&c).contains("4.5"));
    }

    #[test]
    fn teaser_titles_named_article_title_do_not_widen_the_article() {
        // mixed.de: the top-ten box's titles are `div.article-title`; their
        // name scores them close to the story, but they hold a line each.
        let teasers: String = (1..=6)
            .map(|n| {
                format!(r#"<div class="panel"><a class="overlay-link" href="/story-{n}">&nbsp;</a><div class="article-title">Teaser story number {n}: what happened next</div></div>"#)
            })
            .collect();
        let c = extract(&format!(
            r#"<div class="after-header"><div class="the-content"><div class="wprt-container">
            <p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div></div>
            <div class="top-ten">{teasers}</div></div>"#
        ));
        assert!(!text(&c).contains("Teaser story"), "{}", text(&c));
    }

    #[test]
    fn a_teaser_card_for_another_story_inside_the_article_goes() {
        // jolie.de: "interesting articles" cards between the paragraphs, a
        // headline link, a sentence of teaser, "Weiterlesen" to the same
        // story. A section headed by a link it does not repeat stays.
        let c = extract(&format!(
            r#"<div class="article__content"><p>{PARAGRAPH}</p>
            <div class="paragraph paraTypeInteresting-articles"><div class="snippet snippet--article">
              <h3><a href="/stars/bella-im-urlaub.html">Bella on holiday!</a></h3>
              <div class="snippet__text">Summer is holiday time, and Bella is enjoying the Greek island with her friends
              and her sister. See for yourself what she wears on the beach this year!
              <strong><a href="/stars/bella-im-urlaub.html">Weiterlesen</a></strong></div></div></div>
            <p>{PARAGRAPH}</p>
            <div class="section"><h3><a href="https://example.org/report">The full report</a></h3><p>{PARAGRAPH}</p></div></div>"#
        ));
        assert!(!text(&c).contains("Summer is holiday time"), "{}", text(&c));
        assert_eq!(text(&c).matches("Officials said").count(), 3);
    }

    #[test]
    fn opening_paragraphs_each_in_a_wrapper_beside_the_body_are_kept() {
        // The Telegraph's old pages: the first paragraphs one by one in
        // div.firstPar, div.secondPar..., a related box, then div.body.
        let opening = |n: &str, text: &str| format!(r#"<div class="{n}Par"><p>{text}</p></div>"#);
        let c = extract(&format!(
            r#"<h1>Chilli contest leaves two in hospital</h1><div id="mainBodyArea">{}{}{}
            <div class="related_links_inline"><h2>Related Articles</h2><ul><li><a href="/a">Flag to fly above town</a></li><li><a href="/b">Water column forms</a></li></ul></div>
            <div class="body"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div></div>"#,
            opening("first", "Emergency services were called to the restaurant's curry-eating challenge after competitors fell ill."),
            opening("second", "One participant was so ill after sampling the dish that she was taken to hospital twice in a day."),
            opening("third", "Today, the ambulance service said it wanted the restaurant to review the way the event was run."),
        ));
        let t = text(&c);
        assert!(t.starts_with("Emergency services were called"), "{t}");
        assert!(
            t.contains("taken to hospital twice") && !t.contains("Water column"),
            "{t}"
        );
        // One such block alone before the body is a standfirst or a promo, left out.
        let c = extract(&format!(
            r#"<h1>T</h1><div id="main"><div class="promo"><p>Sign up for the morning briefing and get the news in your inbox every day.</p></div>
            <div class="body"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div></div>"#
        ));
        assert!(!text(&c).contains("morning briefing"), "{}", text(&c));
    }

    #[test]
    fn a_line_repeating_the_pictures_alt_is_its_caption() {
        let c = extract(&format!(
            r#"<div class="story"><div><img src="/tapie.jpg" alt="Tapie en 2008. REUTERS/Benoit Tessier"><p>- Tapie en 2008. REUTERS/Benoit Tessier -</p></div>
            <p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><div><img src="/b.jpg" alt="A map"><p>The talks took place in a town near the border, which has hosted talks before.</p></div></div>"#
        ));
        let t = text(&c);
        assert!(t.starts_with("Officials said"), "{t}");
        assert!(c.html.contains("tapie.jpg"), "{}", c.html);
        // A line beside a picture that says something else stays.
        assert!(t.contains("near the border"), "{t}");
    }

    #[test]
    fn subheadings_in_parts_of_their_own_between_the_parts_are_kept() {
        // A story builder's page: each paragraph run, heading and embed in
        // a div.item of its own.
        let item = |inner: &str| format!(r#"<div class="item"><div class="content">{inner}</div></div>"#);
        let c = extract(&format!(
            r#"<h1>T</h1><div class="post-content">{}{}{}{}</div>"#,
            item(&format!("<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>")),
            item("<h2>Wondering what is so special about it?</h2>"),
            item(&format!("<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>")),
            item("<h2>A heading with nothing after it</h2>"),
        ));
        let t = text(&c);
        assert!(t.contains("Wondering what is so special"), "{t}");
        assert_eq!(t.matches("Officials said").count(), 5, "{t}");
        assert!(!t.contains("nothing after it"), "{t}");
    }

    #[test]
    fn the_lead_beside_the_body_and_the_picture_between_them_are_kept() {
        let c = extract(&format!(
            r#"<article><h1>T</h1><p class="lead">The talks will go on for another week, officials said.</p>
            <figure><img src="/lead.jpg"></figure>
            <div class="article-body"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>
            <ul class="tags"><li><a href="/t/a">Talks</a></li></ul></article>"#
        ));
        let t = text(&c);
        assert!(t.starts_with("The talks will go on"), "{t}");
        assert!(c.html.contains("lead.jpg") && !t.ends_with("Talks"), "{}", c.html);
    }

    #[test]
    fn class_words_split_camel_case_and_join_neighbours() {
        let n = names(r#"<div class="widget Blog" id="Blog1"></div>"#);
        assert_eq!(n.0, ["widget", "blog", "widgetblog", "blog1"]);
        assert!(n.starts(POSITIVE_PREFIXES) && !n.starts(SUREST));
    }

    #[test]
    fn a_wordpress_posts_tags_and_categories_are_not_its_names() {
        let n = names(
            r#"<article class="post-450835 post type-post status-publish hentry category-news tag-video"></article>"#,
        );
        assert!(!n.is(&["tag", "category", "news", "video"]), "{:?}", n.0);
        assert_eq!(class_weight(&n), 25);
        // Elsewhere a tag list is one.
        assert_eq!(class_weight(&names(r#"<div class="tag-list"></div>"#)), -25);
    }

    #[test]
    fn a_facebook_widget_is_furniture_and_an_embedded_post_is_not() {
        assert_eq!(
            class_weight(&names(r#"<div class="facebook-broadcasting"></div>"#)),
            -25
        );
        assert_eq!(class_weight(&names(r#"<div class="facebook-embed"></div>"#)), 0);
    }

    #[test]
    fn a_short_sentence_in_a_block_of_its_own_stays_in_the_article() {
        // A page builder sets each paragraph in a block of its own; a short
        // one is a sentence all the same, in Latin letters or in Chinese.
        let long = "The council met on Tuesday night and agreed, after a long debate about costs, \
            to keep the old library open for at least two more years.";
        let block = |t: &str| format!(r#"<div class="css-18mhvnf"><p class="css-158dogj">{t}</p></div>"#);
        let c = extract(&format!(
            r#"<section class="css-1r7ky0e">{}{}{}{}{}{}</section><div class="css-9x"><span>Share</span></div>"#,
            block(long),
            block("It was over."),
            block(long),
            block("很期待它的后续更新！"),
            block(long),
            block("Icons"),
        ));
        let text = html::html_to_text(&c.html);
        assert!(
            text.contains("It was over.") && text.contains("很期待它的后续更新！"),
            "{text}"
        );
        assert!(!text.contains("Icons") && !text.contains("Share"), "{text}");
    }

    #[test]
    fn a_short_blogger_post_in_its_date_wrapper_is_the_article() {
        // Blogger wraps each day's date header and its posts in `div.date-outer`;
        // a two-line post there is shorter than the blog's "About me".
        let c = extract(
            r#"<div class="main-inner"><div class="blog-posts hfeed">
            <div class="date-outer"><h2 class="date-header"><span>Sunday, 3 March 2019</span></h2>
            <div class="date-posts"><div class="post-outer">
            <div class="post hentry" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">
            <h3 class="post-title entry-title" itemprop="name">Rainy Sunday</h3>
            <div class="post-body entry-content" id="post-body-81" itemprop="description articleBody">
            Stayed in all day with a book and tea.<br>The garden can wait until next week.
            <div style="clear: both;"></div></div>
            <div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">Ann</span></span>
            <span class="post-timestamp">at <a class="timestamp-link" href="/2019/03/rainy.html">4:12 PM</a></span></div>
            </div></div></div></div></div></div>
            <div class="sidebar section" id="sidebar-right-1"><div class="widget Profile"><h2>About me</h2>
            <p>I write about gardening, books and the small things that make a week good. Based in Leeds,
            writing since 2009, usually on Sundays when the house is quiet.</p></div>
            <div class="widget BlogArchive"><h2>Blog Archive</h2><ul><li><a href="/2019/03/">March 2019</a> (4)</li>
            <li><a href="/2019/02/">February 2019</a> (7)</li></ul></div></div>"#,
        );
        let text = html::html_to_text(&c.html);
        assert!(text.starts_with("Stayed in all day"), "{text}");
        assert!(
            !text.contains("About me") && !text.contains("gardening"),
            "{text}"
        );
    }

    #[test]
    fn a_short_post_in_bloggers_blog_widget_is_the_article_without_its_title() {
        // Blogger's main column is a `widget` like each sidebar box; the
        // page's one `post-body` marks the post.
        let c = extract(
            r#"<div id="main-wrapper"><div class="main section" id="main"><div class="widget Blog" id="Blog1">
            <div class="blog-posts hfeed"><h2 class="date-header">Sunday, March 3, 2019</h2>
            <div class="post hentry"><h3 class="post-title entry-title">Rainy Sunday</h3>
            <div class="post-body entry-content">Stayed in all day with a book and tea. The garden can wait.</div>
            <div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">Ann</span></span></div>
            </div></div></div></div></div>
            <div id="sidebar-wrapper"><div class="sidebar section"><div class="widget Profile"><h2>About me</h2>
            <p>I write about gardening, books and the small things that make a week good. Based in Leeds,
            writing since 2009, usually on Sundays when the house is quiet.</p></div></div></div>"#,
        );
        let text = html::html_to_text(&c.html);
        assert!(text.starts_with("Stayed in all day"), "{text}");
        assert!(!text.contains("gardening"), "{text}");
    }
}
