//! Class and id words: what a block's names say of it.

use crate::extract::html::AttrOf;
use ego_tree::NodeRef;
use scraper::node::Node;

/// Beginnings of class and id words that mark boilerplate (`relatedStories`,
/// `comments-area`, `wp-caption-text`).
pub(super) const STRONG_PREFIXES: &[&str] = &[
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
    "playlist",
    "facebook",
    // What readers are told to skip: Instapaper's `instapaper_ignore`,
    // hAtom's `entry-unrelated`.
    "instapaper",
    "unrelated",
];

/// Whole class and id words that mark boilerplate.
pub(super) const STRONG_WORDS: &[&str] = &[
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
    "bio",
];

/// Words that mark boilerplate even beside an article word (`article-comments`).
pub(super) const SUREST: &[&str] = &[
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
    "playlist",
    "instapaper",
    "unrelated",
];

/// Words that only weigh a block down: an `article` or `content` word beside
/// them keeps it (`article-header`).
pub(super) const WEAK_WORDS: &[&str] = &["header", "extra", "meta", "banner", "hidden", "hide", "links"];

/// Beginnings of class and id words of article containers.
pub(super) const POSITIVE_PREFIXES: &[&str] = &[
    "article", "body", "content", "entry", "hentry", "main", "post", "story", "text", "blog",
];

/// How page builders whose every block is a widget, the post's text among
/// them, begin their class names: Elementor's, SiteOrigin's.
const PAGE_BUILDERS: &[&str] = &[
    "elementor-",
    "so-panel",
    "so-widget",
    "siteorigin-",
    "panel-widget",
];

/// The words of an element's class and id, camelCase split, lowercased,
/// with each pair of neighbours also joined (`read-more` gives `readmore`).
pub(super) struct Names(pub(super) Vec<String>);

impl Names {
    pub(super) fn of(node: &NodeRef<Node>) -> Names {
        let Node::Element(e) = node.value() else {
            return Names(Vec::new());
        };
        let mut words = Vec::new();
        // WordPress's post classes name the post's tags and categories
        // (`hentry category-news tag-video`): labels, not what the block is.
        // Drupal's `field--label-hidden` (on every field of a node, the body
        // too) hides the field's label, not the field.
        let class = e.attr_of("class").map(|c| {
            let post = c
                .split_ascii_whitespace()
                .any(|t| t == "hentry" || t.starts_with("type-") || t.starts_with("status-"));
            let label = |t: &str| t.ends_with("label-hidden");
            let label_only = c.split_ascii_whitespace().any(label);
            match post || label_only {
                true => std::borrow::Cow::Owned(
                    c.split_ascii_whitespace()
                        .filter(|t| !label(t))
                        .filter(|t| !post || (!t.starts_with("tag-") && !t.starts_with("category-")))
                        .collect::<Vec<_>>()
                        .join(" "),
                ),
                false => std::borrow::Cow::Borrowed(c),
            }
        });
        // A heading's id is an anchor made of its words (heise's
        // `nav_schredder_statt__0` on "Schredder statt Ofen"), not a name.
        let heading = matches!(e.name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
        let id = e.attr_of("id").filter(|_| !heading);
        for v in [class.as_deref(), id].into_iter().flatten() {
            let start = words.len();
            // A page builder's blocks are all its widgets, the post's text
            // too (`elementor-widget-text-editor`, SiteOrigin's `so-panel
            // widget widget_sow-editor`): there the word names no sidebar
            // box (a theme's `widget widget_recent_entries`).
            let builder = v
                .split_ascii_whitespace()
                .any(|token| PAGE_BUILDERS.iter().any(|b| token.starts_with(b)));
            let parts = v.split(|c: char| !c.is_alphanumeric()).filter(|p| !p.is_empty());
            for part in parts.filter(|p| !(builder && p.eq_ignore_ascii_case("widget"))) {
                // Most names are lowercase ASCII already: one word as it is.
                if part.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
                    words.push(part.to_string());
                    continue;
                }
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
                .map(|w| [w[0].as_str(), w[1].as_str()].concat())
                .collect();
            words.extend(joined);
        }
        Names(words)
    }

    /// Whether a word of `node`'s class or id begins with one of
    /// `prefixes` (lowercase ASCII): `Names::of(node).starts(prefixes)`,
    /// its names split only where an ASCII class or id holds a prefix at
    /// all (most hold none, and splitting them is most of the cost).
    pub(super) fn of_start(node: &NodeRef<Node>, prefixes: &[&str]) -> bool {
        let Node::Element(e) = node.value() else {
            return false;
        };
        // Looked for where a word can begin: after a mark, or at a capital
        // after a small letter or a digit (`authorBox`).
        let holds = |v: &str| {
            let b = v.as_bytes();
            !v.is_ascii()
                || (0..b.len()).any(|i| {
                    let start = i == 0
                        || !b[i - 1].is_ascii_alphanumeric()
                        || (b[i].is_ascii_uppercase() && !b[i - 1].is_ascii_uppercase());
                    start
                        && prefixes.iter().any(|p| {
                            b[i..].len() >= p.len() && b[i..i + p.len()].eq_ignore_ascii_case(p.as_bytes())
                        })
                })
        };
        let may = [e.attr_of("class"), e.attr_of("id")]
            .into_iter()
            .flatten()
            .any(holds);
        may && Names::of(node).starts(prefixes)
    }

    pub(super) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub(super) fn starts(&self, prefixes: &[&str]) -> bool {
        // The first byte before the rest: most words begin unlike most prefixes.
        self.0.iter().any(|w| {
            prefixes
                .iter()
                .any(|p| w.as_bytes().first() == p.as_bytes().first() && w.starts_with(p))
        })
    }

    pub(super) fn is(&self, words: &[&str]) -> bool {
        self.0.iter().any(|w| words.contains(&w.as_str()))
    }

    /// An embedded post (`social-media-embed`, `twitter-tweet`): part of the story.
    pub(super) fn embedded_post(&self) -> bool {
        self.starts(&["embed", "tweet", "instagram"])
    }

    pub(super) fn strong(&self) -> bool {
        self.starts(STRONG_PREFIXES) || self.is(STRONG_WORDS)
    }
}

/// How a block's class and id speak for it as article text: +25, 0 or -25.
pub(super) fn class_weight(names: &Names) -> i32 {
    let mut w = 0;
    if (names.strong() || names.is(WEAK_WORDS)) && !names.embedded_post() {
        w -= 25;
    }
    if names.starts(POSITIVE_PREFIXES) {
        w += 25;
    }
    w
}
