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

use std::collections::HashMap;

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

/// Beginnings of class and id words that mark boilerplate (`relatedStories`,
/// `comments-area`, `wp-caption-text`).
const STRONG_PREFIXES: &[&str] = &[
    "comment",
    "related",
    "share",
    "sharing",
    "social",
    "newsletter",
    "subscri",
    "promo",
    "sponsor",
    "outbrain",
    "taboola",
    "sidebar",
    "breadcrumb",
    "pagination",
    "footer",
    "masthead",
    "cookie",
    "consent",
    "trending",
    "popular",
    "recommend",
    "signup",
    "byline",
    "disqus",
    "skyscraper",
    "advert",
    "readmore",
    "morestories",
    "mostread",
    "toolbar",
    "caption",
    "credit",
    "dateline",
    "timestamp",
    "widget",
    "keyword",
    "author",
];

/// Whole class and id words that mark boilerplate.
const STRONG_WORDS: &[&str] = &[
    "ad",
    "ads",
    "nav",
    "navbar",
    "navigation",
    "menu",
    "tag",
    "tags",
    "topics",
    "popup",
    "modal",
    "pager",
    "print",
    "categories",
    "category",
    "date",
    "time",
    "published",
];

/// Words that mark boilerplate even beside an article word (`article-comments`).
const SUREST: &[&str] = &[
    "comment",
    "related",
    "share",
    "sharing",
    "social",
    "newsletter",
    "sidebar",
    "footer",
    "outbrain",
    "taboola",
    "disqus",
    "advert",
    "recommend",
    "trending",
    "popular",
];

/// Words that only weigh a block down: an `article` or `content` word beside
/// them keeps it (`article-header`).
const WEAK_WORDS: &[&str] = &["header", "extra", "meta", "banner", "hidden", "hide", "links"];

/// Beginnings of class and id words of article containers.
const POSITIVE_PREFIXES: &[&str] = &[
    "article", "body", "content", "entry", "hentry", "main", "post", "story", "text", "blog",
];

/// Elements whose text forms paragraphs.
const PARAGRAPHS: &[&str] = &["p", "pre", "td", "blockquote"];

const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn", "em", "font", "i", "img", "kbd",
    "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "del",
    "ins",
];

const HEADINGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];

/// Short lines that are furniture in any article ("Read more: ...").
const BOILERPLATE_STARTS: &[&str] = &[
    "advertisement",
    "read more",
    "read also",
    "see also",
    "related:",
    "related articles",
    "related stories",
    "more:",
    "sign up",
    "subscribe",
    "click here",
    "follow us",
    "share this",
    "photo:",
    "image:",
    "credit:",
    "foto:",
    "leia também",
    "leia mais",
    "lesen sie auch",
    "lire aussi",
    "image 1 of",
    "caption",
    "(photo",
];

#[derive(Default, Clone)]
struct Rec {
    parent: Option<usize>,
    element: bool,
    /// Dropped with all it holds.
    dropped: bool,
    in_link: bool,
    weight: i32,
    /// Text before any class-based dropping (for the "holds most text" guard).
    raw_text: u32,
    text: u32,
    link: u32,
    commas: u32,
    /// Text of direct text children and inline children: a paragraph's worth.
    inline: u32,
    paragraphs: u32,
    images: u32,
    items: u32,
    inputs: u32,
    embeds: u32,
    headings: u32,
    score: f32,
    scored: bool,
}

struct Page<'a> {
    nodes: Vec<NodeRef<'a, Node>>,
    index: HashMap<NodeId, usize>,
    /// The best candidate and its ancestors up to the chosen block.
    protected: Vec<usize>,
    recs: Vec<Rec>,
    body: usize,
}

fn name<'a>(node: &NodeRef<'a, Node>) -> &'a str {
    match node.value() {
        Node::Element(e) => e.name(),
        _ => "",
    }
}

/// The words of an element's class and id, camelCase split, lowercased,
/// with each pair of neighbours also joined (`read-more` gives `readmore`).
struct Names(Vec<String>);

impl Names {
    fn of(node: &NodeRef<Node>) -> Names {
        let Node::Element(e) = node.value() else {
            return Names(Vec::new());
        };
        let mut words = Vec::new();
        for v in [e.attr("class"), e.attr("id")].into_iter().flatten() {
            let start = words.len();
            for part in v.split(|c: char| !c.is_alphanumeric()).filter(|p| !p.is_empty()) {
                let mut word = String::new();
                let mut prev_lower = false;
                for c in part.chars() {
                    if c.is_uppercase() && prev_lower {
                        words.push(std::mem::take(&mut word));
                    }
                    prev_lower = c.is_lowercase() || c.is_ascii_digit();
                    word.extend(c.to_lowercase());
                }
                words.push(word);
            }
            let joined: Vec<String> = words[start..]
                .windows(2)
                .map(|w| format!("{}{}", w[0], w[1]))
                .collect();
            words.extend(joined);
        }
        Names(words)
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn starts(&self, prefixes: &[&str]) -> bool {
        self.0.iter().any(|w| prefixes.iter().any(|p| w.starts_with(p)))
    }

    fn is(&self, words: &[&str]) -> bool {
        self.0.iter().any(|w| words.contains(&w.as_str()))
    }

    fn strong(&self) -> bool {
        self.starts(STRONG_PREFIXES) || self.is(STRONG_WORDS)
    }
}

/// How a block's class and id speak for it as article text: +25, 0 or -25.
fn class_weight(names: &Names) -> i32 {
    let mut w = 0;
    if names.strong() || names.is(WEAK_WORDS) {
        w -= 25;
    }
    if names.starts(POSITIVE_PREFIXES) {
        w += 25;
    }
    w
}

fn hidden(node: &NodeRef<Node>) -> bool {
    let Node::Element(e) = node.value() else {
        return false;
    };
    if e.attr("hidden").is_some() || e.attr("aria-hidden") == Some("true") {
        return true;
    }
    e.attr("style").is_some_and(|s| {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

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
    fn new(doc: &'a Html, lenient: bool) -> Self {
        let nodes: Vec<NodeRef<Node>> = doc.tree.root().descendants().collect();
        let mut recs = vec![Rec::default(); nodes.len()];
        let mut index = HashMap::with_capacity(nodes.len());
        for (i, n) in nodes.iter().enumerate() {
            index.insert(n.id(), i);
        }
        let mut body = 0;
        // Forward: parents, links, what is never text.
        for (i, n) in nodes.iter().enumerate() {
            let parent = n.parent().and_then(|p| index.get(&p.id()).copied());
            let (p_dropped, p_link) = parent.map_or((false, false), |p| (recs[p].dropped, recs[p].in_link));
            let tag = name(n);
            let r = &mut recs[i];
            r.parent = parent;
            r.element = matches!(n.value(), Node::Element(_));
            r.in_link = p_link || tag == "a";
            r.dropped =
                p_dropped || NEVER.contains(&tag) || hidden(n) || matches!(n.value(), Node::Comment(_));
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
            recs,
            body,
        };
        page.drop_furniture(lenient);
        page.measure();
        page
    }

    /// Drops page furniture by element, role, class and id, unless it holds
    /// most of the page's text.
    fn drop_furniture(&mut self, lenient: bool) {
        let total = self.recs[self.body].raw_text.max(1);
        for i in 0..self.nodes.len() {
            let parent_dropped = self.recs[i].parent.is_some_and(|p| self.recs[p].dropped);
            if parent_dropped {
                self.recs[i].dropped = true;
                continue;
            }
            if self.recs[i].dropped || !self.recs[i].element {
                continue;
            }
            let n = self.nodes[i];
            let tag = name(&n);
            let names = Names::of(&n);
            self.recs[i].weight = class_weight(&names);
            if matches!(tag, "html" | "body" | "main" | "a") {
                continue;
            }
            let big = self.recs[i].raw_text * 2 > total;
            if big {
                continue;
            }
            let role = match n.value() {
                Node::Element(e) => e.attr("role").unwrap_or(""),
                _ => "",
            };
            let by_element = FURNITURE.contains(&tag) || FURNITURE_ROLES.contains(&role);
            let by_class = !lenient && self.furniture_by_class(i, &names);
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
        // A long text named for its author or date is more than a byline.
        if names.is(&["date", "time", "published"]) || names.starts(&["author"]) {
            return self.recs[i].raw_text < 200;
        }
        true
    }

    fn has_image(&self, i: usize) -> bool {
        self.nodes[i].descendants().any(|d| name(&d) == "img")
    }

    /// Counts, bottom up, what each kept element holds.
    fn measure(&mut self) {
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
                "p" => self.recs[i].paragraphs += 1,
                _ if loose_paragraph => self.recs[i].paragraphs += 1,
                "img" => self.recs[i].images += 1,
                "li" => self.recs[i].items += 1,
                "input" => self.recs[i].inputs += 1,
                "iframe" | "video" | "audio" => self.recs[i].embeds += 1,
                t if HEADINGS.contains(&t) => self.recs[i].headings += 1,
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
            pr.commas += r.commas;
            pr.paragraphs += r.paragraphs;
            pr.images += r.images;
            pr.items += r.items;
            pr.inputs += r.inputs;
            pr.embeds += r.embeds;
            pr.headings += r.headings;
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
            let commas = if paragraph {
                r.commas
            } else {
                r.commas.min(len / 40)
            };
            let score = 1.0 + commas as f32 + (len as f32 / 100.0).min(3.0);
            // A loose text block scores itself, as if it were the paragraph's parent.
            let mut up = if paragraph { r.parent } else { Some(i) };
            let mut level = 0;
            while let Some(a) = up {
                if level >= 5 || !self.recs[a].element || a == 0 {
                    break;
                }
                self.init_score(a);
                if !candidates.contains(&a) {
                    candidates.push(a);
                }
                let share = match level {
                    0 => 1.0,
                    1 => 2.0,
                    l => l as f32 * 3.0,
                };
                self.recs[a].score += score / share;
                up = self.recs[a].parent;
                level += 1;
            }
        }
        let mut ranked: Vec<(usize, f32)> =
            candidates.into_iter().map(|c| (c, self.final_score(c))).collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
        let &(top, top_score) = ranked.first()?;
        // Paragraphs each in a box of their own: when three of the next best
        // score close to the best, their common ancestor is the article.
        let close: Vec<usize> = ranked[1..]
            .iter()
            .take(5)
            .filter(|(_, s)| *s >= 0.75 * top_score)
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
            if p == self.body || !self.recs[p].element {
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
        let top_class = match self.nodes[top].value() {
            Node::Element(e) => e.attr("class").unwrap_or(""),
            _ => "",
        };
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
            if r.dropped || !r.element {
                continue;
            }
            let mut bonus = 0.0;
            if let Node::Element(e) = child.value() {
                if !top_class.is_empty() && e.attr("class") == Some(top_class) {
                    bonus = top_score * 0.2;
                }
            }
            let append = if r.scored && self.final_score(c) + bonus >= threshold {
                true
            } else if name(&child) == "p" {
                let density = self.link_density(c);
                let text = html::text_of(ElementRef::wrap(child).unwrap());
                (r.text > 80 && density < 0.25)
                    || (r.text > 0 && density == 0.0 && (text.ends_with('.') || text.ends_with('。')))
            } else {
                false
            };
            if append {
                chosen.push(c);
            }
        }
        // Pictures between the chosen blocks belong to the article too.
        if let (Some(&first), Some(&last)) = (chosen.first(), chosen.last()) {
            let picture = |c: usize| {
                let r = &self.recs[c];
                !r.dropped && r.element && r.images > 0 && r.text < 200 && self.link_density(c) < 0.5
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
        tracing::trace!(
            "chosen: {:?}",
            chosen.iter().map(|&c| self.describe(c)).collect::<Vec<_>>()
        );
        chosen
    }

    /// `div.story-body#main` for log messages.
    fn describe(&self, i: usize) -> String {
        let n = self.nodes[i];
        let Node::Element(e) = n.value() else {
            return String::new();
        };
        let mut s = e.name().to_string();
        if let Some(c) = e.attr("class") {
            s.push('.');
            s.push_str(&c.split_whitespace().collect::<Vec<_>>().join("."));
        }
        if let Some(id) = e.attr("id") {
            s.push('#');
            s.push_str(id);
        }
        s
    }

    fn index_of(&self, id: NodeId) -> Option<usize> {
        self.index.get(&id).copied()
    }
}

impl Page<'_> {
    /// Whether an element inside the article is boilerplate by its shape.
    fn prune(&self, i: usize, in_figure: bool) -> bool {
        let r = &self.recs[i];
        let n = self.nodes[i];
        let tag = name(&n);
        let density = self.link_density(i);
        if r.text > 0
            && r.text < 100
            && !matches!(tag, "a" | "body" | "article" | "main")
            && self.boilerplate_line(i)
        {
            return true;
        }
        if r.text > 0 && r.text <= 120 && self.meta_line(i) {
            return true;
        }
        match tag {
            "h1" => true,
            "h2" | "h3" | "h4" | "h5" | "h6" => r.weight < 0 || density > 0.5,
            "p" | "blockquote" | "pre" => density > 0.5 && r.text < 300,
            // Lists of links (related stories), not lists whose items lead with a link.
            "ul" | "ol" | "dl" => {
                let per_item = r.text / r.items.max(1);
                density > 0.5 || (density > 0.35 && per_item < 80) || (r.text < 25 && r.images == 0)
            }
            "div" | "section" | "table" | "figure" | "article" | "header" | "footer" | "span" | "center" => {
                if tag == "span" && r.items == 0 && r.paragraphs == 0 {
                    return false;
                }
                self.clean_conditionally(i, in_figure)
            }
            _ => false,
        }
    }

    /// Readability's test for blocks inside the article that are not part of it.
    fn clean_conditionally(&self, i: usize, in_figure: bool) -> bool {
        let r = &self.recs[i];
        if r.weight < 0 {
            return true;
        }
        if r.commas >= 10 {
            return false;
        }
        let density = self.link_density(i);
        let p = r.paragraphs as f32;
        let list_text: u32 = self.nodes[i]
            .descendants()
            .filter(|d| name(d) == "li")
            .filter_map(|d| self.index_of(d.id()))
            .filter(|&d| {
                self.recs[d]
                    .parent
                    .is_some_and(|pp| matches!(name(&self.nodes[pp]), "ul" | "ol"))
            })
            .map(|d| self.recs[d].text)
            .sum();
        let is_list = r.text > 0 && list_text as f32 > 0.9 * r.text as f32;
        let heading_text: u32 = self.nodes[i]
            .descendants()
            .filter(|d| HEADINGS.contains(&name(d)))
            .filter_map(|d| self.index_of(d.id()))
            .map(|d| self.recs[d].text)
            .sum();
        let heading_density = if r.text == 0 {
            0.0
        } else {
            heading_text as f32 / r.text as f32
        };
        // Pictures with little text of their own: thumbnails, not a gallery in the story.
        (r.images > 1
            && p / (r.images as f32) < 0.5
            && !in_figure
            && (density > 0.2 || r.text < 25 * r.images))
            || (!is_list && r.items as f32 > p && r.items > 2)
            || (r.inputs as f32 > (p / 3.0).floor())
            || (!is_list
                && heading_density < 0.9
                && r.text < 25
                && (r.images == 0 || r.images > 2)
                && !in_figure)
            || (!is_list && r.weight < 25 && density > 0.2)
            || (r.weight >= 25 && density > 0.5)
            || (r.embeds == 1 && r.text < 75)
            || r.embeds > 1
            || (is_list && density > 0.5)
    }

    /// A short line that dates the article or names its source:
    /// "By Ann Lee | Source: Agencies | 12 Mar 2024 14:05".
    fn meta_line(&self, i: usize) -> bool {
        let n = self.nodes[i];
        if !matches!(
            name(&n),
            "div" | "p" | "span" | "time" | "small" | "address" | "section"
        ) {
            return false;
        }
        let Some(el) = ElementRef::wrap(n) else {
            return false;
        };
        let text = html::text_of(el);
        if text.ends_with(['.', '!', '?', '"', '”']) {
            return false;
        }
        if reads_as_byline(&text) {
            return true;
        }
        let separated = text.contains(" | ") || text.contains('·') || text.contains('•');
        (separated || text.split_whitespace().count() <= 10)
            && super::date::parse_date(&text, chrono_tz::Tz::UTC).is_some()
    }

    /// A short line that is furniture: "Read more: ...", "Advertisement", "Photo: ...".
    fn boilerplate_line(&self, i: usize) -> bool {
        let Some(el) = ElementRef::wrap(self.nodes[i]) else {
            return false;
        };
        let text = html::text_of(el).to_lowercase();
        BOILERPLATE_STARTS.iter().any(|s| text.starts_with(s))
    }

    /// The selected blocks with boilerplate pruned, as resolved HTML, and
    /// how much text is left.
    fn render(&self, chosen: &[usize], base: &Url) -> (String, u32) {
        let mut gone = vec![false; self.nodes.len()];
        let mut in_figure = vec![false; self.nodes.len()];
        for i in 0..self.nodes.len() {
            let parent = self.recs[i].parent;
            let (pg, pf) = parent.map_or((false, false), |p| (gone[p], in_figure[p]));
            in_figure[i] = pf || name(&self.nodes[i]) == "figure";
            let root = chosen.contains(&i) || self.protected.contains(&i);
            gone[i] = if root {
                false
            } else {
                pg || self.recs[i].dropped || (self.recs[i].element && self.prune(i, pf))
            };
            if gone[i] && !pg && !self.recs[i].dropped && self.recs[i].text > 100 {
                tracing::trace!("pruned: {} ({} characters)", self.describe(i), self.recs[i].text);
            }
        }
        // A heading with no text after it introduces something that was pruned.
        let mut last_heading_text = Vec::new();
        let mut text_after = 0u32;
        let mut order = Vec::new();
        for &c in chosen {
            for d in self.nodes[c].descendants() {
                if let Some(i) = self.index_of(d.id()) {
                    order.push(i);
                }
            }
        }
        for &i in order.iter().rev() {
            if gone[i] {
                continue;
            }
            let tag = name(&self.nodes[i]);
            if HEADINGS.contains(&tag) {
                if text_after == 0 {
                    gone[i] = true;
                    last_heading_text.push(i);
                }
                text_after = 0;
            } else if let Node::Text(_) = self.nodes[i].value() {
                let heading_child = self.recs[i]
                    .parent
                    .is_some_and(|p| HEADINGS.contains(&name(&self.nodes[p])));
                if !heading_child && !gone[i] {
                    text_after += self.recs[i].text;
                }
            }
        }
        // Text under a heading that went is gone too.
        for &i in &order {
            if let Some(p) = self.recs[i].parent.filter(|_| !chosen.contains(&i)) {
                if gone[p] {
                    gone[i] = true;
                }
            }
        }
        let mut out = String::new();
        let mut kept = 0;
        for &c in chosen {
            let Some(el) = ElementRef::wrap(self.nodes[c]) else {
                continue;
            };
            let keep = |e: ElementRef| self.index_of(e.id()).is_none_or(|i| !gone[i]);
            if chosen.len() == 1 {
                html::inner_html_filtered(el, base, &keep, &mut out);
            } else {
                html::outer_html_filtered(el, base, &keep, &mut out);
            }
        }
        for &i in &order {
            if !gone[i] {
                if let Node::Text(_) = self.nodes[i].value() {
                    kept += self.recs[i].text;
                }
            }
        }
        (out, kept)
    }

    /// The first short block naming the author ("By Ann Lee").
    fn byline(&self) -> Option<String> {
        for (i, n) in self.nodes.iter().enumerate() {
            let r = &self.recs[i];
            if !r.element || r.raw_text == 0 || r.raw_text >= 100 {
                continue;
            }
            let Node::Element(e) = n.value() else {
                continue;
            };
            let marked = e.attr("rel") == Some("author")
                || e.attr("itemprop").is_some_and(|p| p.contains("author"))
                || {
                    let names = Names::of(n);
                    names.starts(&["byline", "author", "writer"])
                };
            if !marked || self.hard_dropped(i) {
                continue;
            }
            // The name inside a block that also gives a role or a date.
            let name_child = n.descendants().skip(1).find(|d| {
                matches!(d.value(), Node::Element(e) if e.attr("itemprop") == Some("name"))
                    || Names::of(d).is(&["name"])
            });
            // Or its one link, to the author's page, beside a role ("Games Editor").
            let name_child = name_child.or_else(|| {
                let mut links = n.descendants().filter(|d| name(d) == "a");
                let link = links.next()?;
                links.next().is_none().then_some(link)
            });
            for el in name_child.into_iter().chain([*n]) {
                let text = html::text_of(ElementRef::wrap(el)?);
                if text.chars().any(char::is_alphabetic) {
                    return Some(text);
                }
            }
        }
        // No marked byline: a short line that reads like one ("By Ann Lee").
        self.nodes.iter().enumerate().find_map(|(i, n)| {
            let r = &self.recs[i];
            if !matches!(name(n), "p" | "div" | "span" | "li" | "address" | "small")
                || r.raw_text == 0
                || r.raw_text > 80
                || self.hard_dropped(i)
            {
                return None;
            }
            let text = html::text_of(ElementRef::wrap(*n)?);
            reads_as_byline(&text).then_some(text)
        })
    }

    /// Dropped for what it is (script, hidden), not for where it sits.
    fn hard_dropped(&self, i: usize) -> bool {
        let mut at = Some(i);
        while let Some(a) = at {
            let n = self.nodes[a];
            if NEVER.contains(&name(&n)) || hidden(&n) {
                return true;
            }
            at = self.recs[a].parent;
        }
        false
    }
}

/// "By Ann Lee", "By Ann Lee and Omar Said, Reuters": "By", then a few
/// words, the first capitalised, and no sentence.
fn reads_as_byline(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("By ").or_else(|| text.strip_prefix("by ")) else {
        return false;
    };
    let words = rest.split_whitespace().count();
    rest.chars().next().is_some_and(char::is_uppercase) && (1..=8).contains(&words) && !rest.ends_with('.')
}

/// The article's main content, sanitised, and its byline.
pub fn main_content(doc: &Html, base: &Url) -> Option<Content> {
    let mut page = Page::new(doc, false);
    let byline = page.byline();
    let chosen = page.selection();
    let (mut raw, kept) = page.render(&chosen, base);
    // Too little text for an article: try again without judging blocks by their names.
    if kept < 250 && page.recs[page.body].raw_text > 1000 {
        let mut lenient = Page::new(doc, true);
        let chosen = lenient.selection();
        let (raw2, kept2) = lenient.render(&chosen, base);
        if kept2 > kept * 2 {
            raw = raw2;
        }
    }
    let clean = html::sanitize(&raw, base);
    if html::html_to_text(&clean).is_empty() {
        return None;
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
                  <p>{PARAGRAPH}</p>
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
}
