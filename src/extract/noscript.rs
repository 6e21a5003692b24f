//! Articles held in `<noscript>`: some templates write the post into a
//! `<script type="text/template">` for their scripts to render and repeat it
//! in a `<noscript>` for readers without them (Google's Blogger blogs,
//! `*.googleblog.com`). A parser that runs scripts (html5ever with scripting
//! on, as browsers parse) keeps a `<noscript>`'s content as one text, so the
//! post is not in the tree. [`surface`] parses it back in where it stands.
//!
//! Only where the `<noscript>` is all its block shows (the rest of the block
//! is scripts and templates) and it holds a text of some length: not a
//! "please turn on JavaScript" notice, a tracking pixel or a lazy image's
//! fallback beside the image, nor a copy of text the page already shows.

use ego_tree::{NodeId, NodeRef, Tree};
use scraper::{ElementRef, Html, Node};

use crate::extract::{bound, html};

/// Characters of text a `<noscript>` must hold to be surfaced.
const MIN_TEXT: usize = 200;
/// `<noscript>` elements looked at, and nodes of a block read for other
/// text: bounded on any page.
const MAX_NOSCRIPTS: usize = 100;
const MAX_BLOCK_NODES: usize = 5_000;

/// Replaces each `<noscript>` that holds its block's only text with the
/// nodes its text parses to. Returns how many were surfaced.
pub fn surface(doc: &mut Html) -> usize {
    let found: Vec<(NodeId, Html)> = doc
        .tree
        .nodes()
        .filter(|n| n.value().as_element().is_some_and(|e| e.name() == "noscript"))
        .take(MAX_NOSCRIPTS)
        .filter(|n| {
            n.ancestors()
                .all(|a| a.value().as_element().is_none_or(|e| e.name() != "head"))
        })
        .filter(|n| {
            n.parent()
                .and_then(ElementRef::wrap)
                .is_some_and(shows_nothing_else)
        })
        .filter_map(|n| {
            let raw: String = n
                .children()
                .filter_map(|c| c.value().as_text().map(|t| &**t))
                .collect();
            let (bounded, _) = bound::bound(&raw);
            let fragment = Html::parse_fragment(&bounded);
            // Text in blocks or lines, not markup escaped once more
            // ("&amp;lt;img ...": text that reads as a tag).
            let blocks = fragment.root_element().descendants().any(|d| {
                d.value().as_element().is_some_and(|e| {
                    matches!(
                        e.name(),
                        "p" | "br" | "div" | "h2" | "h3" | "h4" | "li" | "blockquote"
                    )
                })
            });
            let enough = blocks && html::text_of(fragment.root_element()).chars().count() >= MIN_TEXT;
            enough.then_some((n.id(), fragment))
        })
        .collect();
    for (id, fragment) in &found {
        for child in fragment.root_element().children() {
            let Some(mut at) = doc.tree.get_mut(*id) else {
                continue;
            };
            let top = at.insert_before(child.value().clone()).id();
            graft(&mut doc.tree, top, child);
        }
        if let Some(mut noscript) = doc.tree.get_mut(*id) {
            noscript.detach();
        }
    }
    found.len()
}

/// Whether `block` shows no text but what its scripts, templates and
/// `<noscript>`s hold (a block of more than [`MAX_BLOCK_NODES`] nodes is
/// taken to show some).
fn shows_nothing_else(block: ElementRef) -> bool {
    let hidden = |n: &NodeRef<Node>| {
        n.ancestors().take_while(|a| a.id() != block.id()).any(|a| {
            a.value()
                .as_element()
                .is_some_and(|e| matches!(e.name(), "script" | "noscript" | "template" | "style"))
        })
    };
    let mut nodes = block.descendants();
    let shown = nodes
        .by_ref()
        .take(MAX_BLOCK_NODES)
        .any(|n| n.value().as_text().is_some_and(|t| !t.trim().is_empty()) && !hidden(&n));
    !shown && nodes.next().is_none()
}

/// Copies the children of `from` (a node of another tree) under `to`.
/// As deep as the fragment, which [`bound::bound`] kept within its limit.
fn graft(tree: &mut Tree<Node>, to: NodeId, from: NodeRef<Node>) {
    for child in from.children() {
        let Some(mut parent) = tree.get_mut(to) else {
            return;
        };
        let id = parent.append(child.value().clone()).id();
        graft(tree, id, child);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const POST: &str = "As we officially move into the new era, the platform continues to bring new \
        capabilities to more regions, use cases and customers than ever before. Today we are announcing \
        new products and services to deliver significant value to our customers.";

    fn text(html_text: &str) -> (usize, String) {
        let mut doc = Html::parse_document(html_text);
        let n = surface(&mut doc);
        (n, html::text_of(doc.root_element()))
    }

    #[test]
    fn a_post_held_in_noscript_is_surfaced_where_it_stands() {
        let (n, shown) = text(&format!(
            r#"<html><body><h2>Sets a course</h2><div class="post-body"><div class="post-content" itemprop="articleBody">
            <script type="text/template"><p>{POST}</p></script>
            <noscript><p>{POST}</p><h3>Regions for all</h3><p>More text.</p></noscript>
            </div></div><p>Labels: Announcements</p></body></html>"#
        ));
        assert_eq!(n, 1);
        assert!(
            shown.contains(&format!("Sets a course {POST} Regions for all More text. Labels")),
            "{shown}"
        );
    }

    #[test]
    fn a_notice_a_pixel_and_a_copy_of_shown_text_stay_hidden() {
        for page in [
            // Short: a notice.
            "<body><div><noscript><p>Please enable JavaScript to view this page.</p></noscript></div></body>".to_string(),
            // An image's fallback: no text.
            r#"<body><div><noscript><img src="/pixel.gif"></noscript></div></body>"#.to_string(),
            // Markup escaped once more: text, not a post.
            format!("<body><div><noscript>&amp;lt;img alt=&quot;{POST}&quot; src=&quot;/a.jpg&quot;&amp;gt;</noscript></div></body>"),
            // Its block shows the text already.
            format!("<body><div><p>{POST}</p><noscript><p>{POST}</p></noscript></div></body>"),
            // In the head.
            format!("<html><head><noscript><p>{POST}</p></noscript></head><body></body></html>"),
        ] {
            assert_eq!(text(&page).0, 0, "{page}");
        }
    }

    #[test]
    fn markup_in_a_noscript_is_bounded_like_the_page() {
        let deep = "<div>".repeat(bound::MAX_DEPTH * 2);
        let page = format!("<body><div><noscript>{deep}<p>{POST}</p></noscript></div></body>");
        let mut doc = Html::parse_document(&page);
        assert_eq!(surface(&mut doc), 1);
        let depth = doc.tree.nodes().map(|n| n.ancestors().count()).max().unwrap();
        assert!(depth <= bound::MAX_DEPTH + 8, "{depth}");
    }
}
