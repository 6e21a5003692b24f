//! Pruning inside the chosen article: boilerplate by its shape, and the byline.

use crate::extract::html::AttrOf;
use scraper::node::Node;
use scraper::ElementRef;
use url::Url;

use super::names::Names;
use super::{name, Page, HEADINGS};
use crate::extract::html;

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
    "illustration by",
    "illustration:",
    "leia também",
    "leia mais",
    "lesen sie auch",
    "lire aussi",
    "image 1 of",
    "tags:",
    "topics:",
    "tagged:",
    "filed under",
    "caption",
    "(photo",
];

/// The first words of a sponsor's box inside a story or a newsletter:
/// what follows is the sponsor's ("Together with Acme Cloud").
const SPONSOR_LABELS: &[&str] = &[
    "together with",
    "sponsored by",
    "presented by",
    "brought to you by",
    "in partnership with",
    "a message from",
    "paid post",
    "partner content",
];

impl Page<'_> {
    /// Whether an element inside the article is boilerplate by its shape.
    pub(super) fn prune(&self, i: usize, in_figure: bool) -> bool {
        if self.recs[i].embedded || self.recs[i].in_code {
            return false;
        }
        // A formula set apart (KaTeX's `div.katex-display`) is text, however short.
        if self.recs[i].formulas > 0 && self.recs[i].text <= 300 {
            return false;
        }
        let r = &self.recs[i];
        let n = self.nodes[i];
        let tag = name(&n);
        let density = self.link_density(i);
        if self.playerless_clip(i) {
            return true;
        }
        if r.text > 0 && r.text <= 120 && !matches!(tag, "a" | "body" | "article" | "main") {
            let line = self.line_text(i);
            if (r.text < 100 && boilerplate_line(&line)) || (meta_line(tag, &line) && !self.in_sentence(i)) {
                return true;
            }
        }
        if r.text > 0
            && r.text <= 200
            && r.images == 0
            && matches!(tag, "p" | "span" | "div" | "small" | "em")
            && self.repeats_alt(i)
        {
            return true;
        }
        match tag {
            "h1" => true,
            // hAtom's title of the post (Blogger's `h3.post-title.entry-title`)
            // is the item's title, not its text.
            "h2" | "h3" | "h4" | "h5" | "h6" => {
                let entry_title =
                    matches!(n.value(), Node::Element(e) if e.class_words().any(|c| c == "entry-title"));
                r.weight < 0 || density > 0.5 || entry_title
            }
            // A short paragraph mostly of links ("Read more: <a>...</a>",
            // "<a>One</a> | <a>Two</a>"), unless the words around its links
            // are sentences of their own: prose whose links name things.
            "p" => (density > 0.5 && r.text < 300 && r.text - r.link.min(r.text) < 100) || density > 0.7,
            // A layout table's menu column: a cell of links and little else.
            "td" | "th" => density > 0.7 && n.descendants().filter(|d| name(d) == "a").take(3).count() == 3,
            // Lists of links (related stories), not lists whose items lead
            // with a link; a list of next to no text is icons or an empty
            // widget, unless it is a sentence (an interview's question set
            // as a bullet: "Wie sieht dein Alltag aus?").
            "ul" | "ol" | "dl" => {
                let per_item = r.text / r.items.max(1);
                let tiny = r.text < 25 && r.images == 0 && !self.is_sentence(i);
                density > 0.5 || (density > 0.35 && per_item < 80) || tiny
            }
            "div" | "section" | "table" | "figure" | "article" | "header" | "footer" | "span" | "center" => {
                if tag == "span" && r.items == 0 && r.paragraphs == 0 {
                    return false;
                }
                self.teaser_card(i) || self.headed_as_furniture(i) || self.clean_conditionally(i, in_figure)
            }
            _ => false,
        }
    }

    /// `i`'s text as a line: without the pictures and captions it holds
    /// (a listicle item's "Photo: Getty Images" credit before its sentence
    /// would judge the item a credit line). Other dropped parts stay: a
    /// comment's or a post's date beside a name makes their line a meta line.
    fn line_text(&self, i: usize) -> String {
        let Some(el) = ElementRef::wrap(self.nodes[i]) else {
            return String::new();
        };
        match el.value().name() {
            "figure" | "figcaption" => html::text_of(el),
            _ => html::text_of_filtered(el, &|e| !matches!(e.value().name(), "figure" | "figcaption")),
        }
    }

    /// A teaser card for another story set inside the article: a short
    /// block whose heading is a link and that links there again in a few
    /// words ("Weiterlesen", "Read more", "→"). Its text reads as prose,
    /// so no density test finds it.
    fn teaser_card(&self, i: usize) -> bool {
        if self.recs[i].text > 600 || self.recs[i].text < 40 {
            return false;
        }
        let mut heading_link = None;
        for d in self.nodes[i].descendants().take(400) {
            let Some(e) = ElementRef::wrap(d) else { continue };
            let tag = e.value().name();
            if heading_link.is_none() && HEADINGS.contains(&tag) {
                let links: Vec<ElementRef> = e
                    .descendants()
                    .filter_map(ElementRef::wrap)
                    .filter(|a| a.value().name() == "a")
                    .take(2)
                    .collect();
                let href = match links[..] {
                    [a] => a
                        .value()
                        .attr_of("href")
                        .filter(|h| !h.starts_with('#') && !h.is_empty()),
                    _ => None,
                };
                // The heading is the link, all of it.
                let whole = href.is_some()
                    && html::squash(&html::text_of(links[0])).len() * 10
                        >= html::squash(&html::text_of(e)).len() * 9;
                if !whole {
                    return false;
                }
                heading_link = href;
                continue;
            }
            if let (Some(h), "a") = (heading_link, tag) {
                let words = html::squash(&html::text_of(e));
                let again =
                    e.value().attr_of("href") == Some(h) && !words.is_empty() && words.chars().count() <= 25;
                if again && !e.ancestors().any(|a| HEADINGS.contains(&name(&a))) {
                    return true;
                }
            }
        }
        false
    }

    /// A short box whose heading is a furniture line ("Subscribe to keep
    /// reading", "Related stories", "Sign up for our newsletter") or whose
    /// first words name a sponsor ("Together with Acme"): the offer or the
    /// links under it read as prose, so no density test finds them, and a
    /// site with hashed class names or inline styles gives no name. (The
    /// selection drops a box whose first child is such a heading; this
    /// finds the heading inside wrappers, in a short box of the article.)
    fn headed_as_furniture(&self, i: usize) -> bool {
        if self.recs[i].text > 800 {
            return false;
        }
        // The box's first words, and the heading they stand in.
        let Some(first) = self.nodes[i]
            .descendants()
            .take(200)
            .find(|d| matches!(d.value(), Node::Text(t) if !t.trim().is_empty()))
        else {
            return false;
        };
        let heading = first
            .ancestors()
            .take_while(|a| a.id() != self.nodes[i].id())
            .filter_map(ElementRef::wrap)
            .find(|a| HEADINGS.contains(&a.value().name()));
        if heading.is_some_and(|h| boilerplate_line(&html::text_of(h))) {
            return true;
        }
        let Node::Text(words) = first.value() else {
            return false;
        };
        let words = words.trim().to_lowercase();
        words.chars().count() <= 40 && SPONSOR_LABELS.iter().any(|l| words.starts_with(l))
    }

    /// A clip in microdata (a `VideoObject` or `AudioObject`) whose
    /// player does not reach a feed (no `<video>`, `<audio>` or allowed
    /// iframe in it): its caption and transcript would stand for nothing
    /// (USA Today's lead videos).
    fn playerless_clip(&self, i: usize) -> bool {
        let Node::Element(e) = self.nodes[i].value() else {
            return false;
        };
        e.attr_of("itemscope").is_some()
            && e.attr_of("itemtype")
                .is_some_and(|t| t.ends_with("VideoObject") || t.ends_with("AudioObject"))
            && self.recs[i].media == 0
    }

    /// Whether `i` is a phrase inside a paragraph's sentence: a wire
    /// release's dateline "NEW YORK, <span>March 4, 2021</span> /PRNewswire/
    /// -- The company said ..." keeps its day.
    fn in_sentence(&self, i: usize) -> bool {
        let inline = matches!(name(&self.nodes[i]), "span" | "time" | "small");
        inline
            && self.recs[i].parent.is_some_and(|p| {
                name(&self.nodes[p]) == "p" && self.recs[p].text >= 100 && self.is_sentence(p)
            })
    }

    /// Whether `i`'s text is a sentence: three words or more, ending as
    /// one ends.
    fn is_sentence(&self, i: usize) -> bool {
        let line = ElementRef::wrap(self.nodes[i])
            .map(html::text_of)
            .unwrap_or_default();
        let line = line.trim();
        // Two letters of a script written without spaces weigh as a word.
        crate::extract::meta::word_count(line) >= 3 && line.ends_with(['.', '?', '!', '…', '。', '？', '！'])
    }

    /// A short line that repeats the alternative text of the picture beside
    /// it (`<img alt="Tapie en 2008. REUTERS"><p>- Tapie en 2008. REUTERS -</p>`):
    /// a caption the page did not mark as one. The picture keeps its alt.
    fn repeats_alt(&self, i: usize) -> bool {
        let Some(parent) = self.recs[i].parent else {
            return false;
        };
        if self.recs[parent].text > 400 || self.recs[parent].images == 0 {
            return false;
        }
        let Some(el) = ElementRef::wrap(self.nodes[i]) else {
            return false;
        };
        let line = html::squash(&html::text_of(el));
        if line.chars().count() < 8 {
            return false;
        }
        // A caption block is small: its first 200 nodes are looked through.
        self.nodes[parent]
            .descendants()
            .take(200)
            .filter_map(ElementRef::wrap)
            .filter(|e| e.value().name() == "img")
            .take(4)
            .any(|img| {
                ["alt", "title"]
                    .iter()
                    .filter_map(|a| img.value().attr_of(a))
                    .any(|alt| {
                        let alt = html::squash(alt);
                        alt.chars().count() >= 8
                            && (line.contains(&alt) || alt.contains(&line))
                            && line.len() <= alt.len() * 2
                    })
            })
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
        let prose_link = if r.prose >= 2 { r.prose_link } else { 0 };
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
            // More list items than paragraphs, unless the lists are a
            // sliver of the block's text (a star rating's "1".."5" under a
            // message written in `<br>` lines).
            || (!is_list && r.items as f32 > p && r.items > 2 && list_text * 5 >= r.text)
            // A sliver of text, unless it is a sentence (a paragraph in a
            // block of its own, as page builders and script-drawn pages
            // set each one: "很期待它的后续更新！").
            || (!is_list
                && heading_density < 0.9
                && r.text < 25
                && (r.images == 0 || r.images > 2)
                && r.media == 0
                && !in_figure
                && !self.is_sentence(i))
            // Links in the sentences of two or more paragraphs of prose do
            // not make a block a link list.
            || (!is_list && r.weight < 25 && (r.link - prose_link) as f32 > 0.2 * r.text as f32)
            || (r.weight >= 25 && density > 0.5)
            || (r.embeds == 1 && r.text < 75)
            || r.embeds > 1
            || (is_list && density > 0.5)
    }

    /// The selected blocks with boilerplate pruned, as resolved HTML, and
    /// how much text is left.
    pub(super) fn render(&self, chosen: &[usize], base: &Url) -> (String, u32) {
        // Only the chosen blocks are judged; in document order, parents first.
        let mut order = Vec::new();
        for &c in chosen {
            for d in self.nodes[c].descendants() {
                if let Some(i) = self.index_of(d.id()) {
                    order.push(i);
                }
            }
        }
        let mut gone = vec![false; self.nodes.len()];
        let mut in_figure = vec![false; self.nodes.len()];
        for &i in &order {
            let (pg, pf) = if chosen.contains(&i) {
                let figure_above = self.nodes[i].ancestors().any(|a| name(&a) == "figure");
                (false, figure_above)
            } else {
                let p = self.recs[i].parent.expect("inside a chosen block");
                (gone[p], in_figure[p])
            };
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
        let mut text_after = 0u32;
        for &i in order.iter().rev() {
            if gone[i] {
                continue;
            }
            let tag = name(&self.nodes[i]);
            if HEADINGS.contains(&tag) {
                if text_after == 0 {
                    gone[i] = true;
                }
                text_after = 0;
            } else if let Node::Text(_) = self.nodes[i].value() {
                let heading_child = self.recs[i]
                    .parent
                    .is_some_and(|p| HEADINGS.contains(&name(&self.nodes[p])));
                if !heading_child {
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
            match name(&self.nodes[c]) {
                // A table's cells read out of it are no cells: the parser
                // drops their tags and the text of one runs into the next
                // ("KontaktUnser Verein"). A layout table stays a table.
                "table" => html::outer_html_filtered(el, base, &keep, &mut out),
                "tbody" | "thead" | "tfoot" | "tr" => {
                    out.push_str("<table>");
                    html::outer_html_filtered(el, base, &keep, &mut out);
                    out.push_str("</table>");
                }
                _ if chosen.len() == 1 => html::inner_html_filtered(el, base, &keep, &mut out),
                _ => html::outer_html_filtered(el, base, &keep, &mut out),
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

    /// The first short block naming the author: one named for it, else one
    /// that reads like a byline ("By Ann Lee") up to node `until` (the
    /// article's end: such a line below it is a teaser's).
    pub(super) fn byline(&self, until: usize) -> Option<String> {
        self.marked_byline()
            .or_else(|| self.line_read_as_byline(until))
            .or_else(|| self.labelled_cell(until))
            .or_else(|| self.named_with_role(until))
            .or_else(|| self.dated_line_name(until))
            .or_else(|| self.signed_off(until))
    }

    /// The elements up to node `until` whose text is `len` characters
    /// long (no hard block's): where the byline searches below look.
    fn short_elements(
        &self,
        until: usize,
        len: std::ops::RangeInclusive<u32>,
    ) -> impl Iterator<Item = (usize, ElementRef<'_>)> + '_ {
        self.nodes
            .iter()
            .enumerate()
            .take(until + 1)
            .filter(move |&(i, _)| {
                let r = &self.recs[i];
                r.element && len.contains(&r.raw_text) && !r.hard
            })
            .filter_map(|(i, n)| ElementRef::wrap(*n).map(|el| (i, el)))
    }

    /// The name in a line of parts that dates the article, up to node
    /// `until`: "Ann Lee | March 4, 2021", "March 4, 2021 · 6 min · Ann
    /// Lee". One part a date, one a name (not a link: a section's would
    /// be), the others numbers (a reading time, a count); a line of its
    /// own, holding no blocks.
    fn dated_line_name(&self, until: usize) -> Option<String> {
        const BLOCKS: [&str; 14] = [
            "div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "section", "header", "table",
        ];
        self.short_elements(until, 10..=100).find_map(|(i, el)| {
            // (Its separators looked for in place first: most blocks have none.)
            if !el.text().any(|t| t.contains(['|', '·', '•'])) {
                return None;
            }
            let text = html::text_of(el);
            if el.descendants().skip(1).any(|d| BLOCKS.contains(&name(&d))) || self.in_comments_or_form(i) {
                return None;
            }
            let parts: Vec<&str> = text
                .split(['|', '·', '•'])
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .collect();
            let dated = |p: &&str| {
                p.contains(|c: char| c.is_ascii_digit())
                    && crate::extract::date::parse_date(p, chrono_tz::Tz::UTC).is_some()
            };
            let names: Vec<&&str> = parts.iter().filter(|p| name_shaped(p)).collect();
            let others_numbers = parts
                .iter()
                .all(|p| name_shaped(p) || p.contains(|c: char| c.is_ascii_digit()));
            let [name] = names[..] else {
                return None;
            };
            let linked = el
                .descendants()
                .filter_map(ElementRef::wrap)
                .any(|a| a.value().name() == "a" && html::text_of(a) == **name);
            (parts.iter().any(dated) && others_numbers && !linked).then(|| name.to_string())
        })
    }

    /// A name in a block of its own beside the writer's role in the next
    /// one ("<span>Ann Lee</span><span>toimittaja</span>", "Senior
    /// reporter"), as bylines on hashed class names give them, up to node
    /// `until`.
    fn named_with_role(&self, until: usize) -> Option<String> {
        self.short_elements(until, 3..=40).find_map(|(i, el)| {
            let role = el.next_siblings().find_map(ElementRef::wrap)?;
            // (A small block, its last word read in place first: most
            // blocks end in no role.)
            if role.descendants().nth(6).is_some() {
                return None;
            }
            let last = role.text().filter(|t| !t.trim().is_empty()).last()?;
            if !ends_in_role(last) || !writers_role(&html::text_of(role)) || self.in_comments_or_form(i) {
                return None;
            }
            let name = html::text_of(el);
            name_shaped(&name).then_some(name)
        })
    }

    /// A name in the cell after an "Author" label of its own (a property
    /// table's row, `<dt>Author</dt><dd>Ann Lee</dd>`, `<th>` and `<td>`),
    /// up to node `until`.
    fn labelled_cell(&self, until: usize) -> Option<String> {
        const LABELS: &[&str] = &[
            "author",
            "authors",
            "written by",
            "autor",
            "autorin",
            "auteur",
            "autore",
            "autores",
            "作者",
            "著者",
            "저자",
            "글쓴이",
        ];
        self.short_elements(until, 1..=20).find_map(|(i, el)| {
            if el.value().name() == "a" {
                return None;
            }
            let value = el.next_siblings().find_map(ElementRef::wrap)?;
            let label = html::text_of(el).to_lowercase();
            if !LABELS.contains(&label.trim_end_matches([':', '：']).trim()) || self.in_comments_or_form(i) {
                return None;
            }
            let name = html::text_of(value);
            name_shaped(&name).then_some(name)
        })
    }

    /// The writer's name as the article's last paragraph, bold and set
    /// right (<p style="text-align:right"><strong>Ann Lee</strong></p>),
    /// as Vietnamese news sites sign a story; `end` is the article's last
    /// node.
    fn signed_off(&self, end: usize) -> Option<String> {
        let end = end.min(self.nodes.len().checked_sub(1)?);
        let last = (0..=end)
            .rev()
            .take(40)
            .find(|&i| name(&self.nodes[i]) == "p" && self.recs[i].raw_text > 0)?;
        let el = ElementRef::wrap(self.nodes[last])?;
        let right = html::inline_style(el.value()).is_some_and(|s| s.contains("text-align:right"))
            || el.value().attr_of("align") == Some("right");
        if !right || self.recs[last].raw_text > 160 {
            return None;
        }
        let text = html::text_of(el);
        let bold: usize = el
            .children()
            .filter_map(ElementRef::wrap)
            .filter(|b| matches!(b.value().name(), "strong" | "b"))
            .map(|b| html::text_of(b).len())
            .sum();
        (bold == text.len() && name_shaped(&text)).then_some(text)
    }

    /// The first short block named for the author (`rel=author`,
    /// `itemprop=author`, `.byline`, `.author`, `.autor`, `.auteur`,
    /// Joomla's `.createdby`).
    fn marked_byline(&self) -> Option<String> {
        for (i, n) in self.nodes.iter().enumerate() {
            let r = &self.recs[i];
            if !r.element || r.raw_text == 0 || r.raw_text >= 100 {
                continue;
            }
            let Node::Element(e) = n.value() else {
                continue;
            };
            // A link to the author's page, not an item of a menu (a list
            // of the site's columnists).
            let linked = author_link(e) && !n.ancestors().take(2).any(|a| name(&a) == "li");
            let marked = e.attr_of("rel") == Some("author")
                || e.attr_of("itemprop").is_some_and(|p| p.contains("author"))
                || linked
                || Names::of_start(n, BYLINE_NAMES);
            if !marked || r.hard || self.in_comments_or_form(i) {
                continue;
            }
            // A picture's credit ("Autor: Shutterstock" in a figcaption) is
            // not the article's byline.
            let credit = n
                .ancestors()
                .any(|a| matches!(name(&a), "figure" | "figcaption") || Names::of_start(&a, &["caption"]));
            if credit {
                continue;
            }
            // Co-authors linked side by side: "<a>Albert</a>, <a>Klonan</a>".
            if linked {
                let names: Vec<String> = n
                    .parent()
                    .into_iter()
                    .flat_map(|p| p.children())
                    .filter_map(ElementRef::wrap)
                    .filter(|a| author_link(a.value()))
                    .take(10)
                    .map(|a| html::text_of(a))
                    .filter(|t| t.chars().any(char::is_alphabetic) && !crate::extract::names_no_one(t))
                    .collect();
                if !names.is_empty() {
                    return Some(names.join(", "));
                }
            }
            // The name inside a block that also gives a role or a date.
            let name_child = n.descendants().skip(1).find(|d| {
                matches!(d.value(), Node::Element(e) if e.attr_of("itemprop") == Some("name")
                    || e.attr_of("property").is_some_and(|p| p.ends_with(":name")))
                    || Names::of(d).is(&["name", "username"])
            });
            // Or its one link, to the author's page, beside a role ("Games
            // Editor"); also inside a name's block that holds the role
            // ("<div class="author-name">By <a>Ann Lee</a><span>Staff
            // Writer</span></div>", whose text runs the two together).
            let name_child = match name_child {
                Some(child) => Some(byline_link(child).unwrap_or(child)),
                None => byline_link(*n),
            };
            for el in name_child.into_iter().chain([*n]) {
                let text = html::text_of(ElementRef::wrap(el)?);
                if text.chars().any(char::is_alphabetic) && !crate::extract::names_no_one(&text) {
                    return Some(text);
                }
            }
        }
        None
    }

    /// The first short line up to node `until` that reads like a byline
    /// ("By Ann Lee", "Posted on 4 March 2021 by Ann Lee"); in the few
    /// nodes after it, a line in a byline's own words ("posted by Ann Lee"
    /// in the post's footer), where a teaser's would say "By".
    fn line_read_as_byline(&self, until: usize) -> Option<String> {
        const BELOW: usize = 30;
        let line = |i: usize| {
            let r = &self.recs[i];
            matches!(
                name(&self.nodes[i]),
                "p" | "div" | "span" | "li" | "address" | "small" | "i" | "em" | "font" | "h5" | "h6"
            ) && r.raw_text > 0
                && r.raw_text <= 80
                && !r.hard
        };
        self.nodes
            .iter()
            .enumerate()
            .take(until + 1 + BELOW)
            .find_map(|(i, n)| {
                if !line(i) {
                    return None;
                }
                let el = ElementRef::wrap(*n)?;
                let text = html::text_of(el);
                if i > until && crate::extract::after_posted_phrase(&text).is_none() {
                    return None;
                }
                // Not a menu's item ("Von Wiener Walzer und Mozartkugeln", all
                // of it a link): a byline's "By" is no link.
                let all_link = || {
                    let linked: usize = el
                        .descendants()
                        .filter_map(ElementRef::wrap)
                        .filter(|a| a.value().name() == "a")
                        .map(|a| html::squash(&html::text_of(a)).len())
                        .sum();
                    linked > 0 && linked >= html::squash(&text).len()
                };
                if !reads_as_byline(&text) || all_link() || self.in_comments_or_form(i) {
                    return None;
                }
                // The name's own block inside, beside the writer's role ("<div>By
                // Ann Lee</div><div>Environment correspondent</div>").
                let inner = (i + 1..self.nodes.len())
                    .take(12)
                    .filter(|&d| self.is_ancestor(i, d) && line(d))
                    .find_map(|d| {
                        let t = html::text_of(ElementRef::wrap(self.nodes[d])?);
                        (t.len() < text.len() && reads_as_byline(&t)).then_some(t)
                    });
                Some(inner.unwrap_or(text))
            })
    }

    /// Whether `i` is in a form (a comment form's "Name (required)"
    /// labelled `comment-form-author`), the navigation, or a reader's comment (its
    /// `comment-author`): the nearest `<article>` or `<main>` ends the
    /// search, itself a comment only when its first class says so
    /// (WordPress's `article.comment-body`, not `article.has-comments`).
    fn in_comments_or_form(&self, i: usize) -> bool {
        for a in std::iter::once(self.nodes[i]).chain(self.nodes[i].ancestors()) {
            let Node::Element(e) = a.value() else {
                continue;
            };
            match e.name() {
                "form" | "nav" => return true,
                "article" | "main" => {
                    return e
                        .class_words()
                        .next()
                        .is_some_and(|c| c.to_ascii_lowercase().starts_with("comment"))
                }
                "body" => return false,
                // A reader forum under the story (`li.forum-post`) is its comments.
                _ if Names::of_start(&a, &["comment", "forum"]) => return true,
                _ => {}
            }
        }
        false
    }
}

/// How a byline's block begins its class or id names.
const BYLINE_NAMES: &[&str] = &[
    "byline",
    "author",
    "writer",
    "submitted",
    "createdby",
    "szerzo",
    "autor",
    "auteur",
];

/// The link in a byline's block that names the writer: its one link, or
/// of several the one to an author's page that says a name (not the
/// avatar's, not a profile elsewhere), where the block gives no date (a
/// dated one stays whole, for its date to be read).
fn byline_link(block: ego_tree::NodeRef<'_, Node>) -> Option<ego_tree::NodeRef<'_, Node>> {
    let links: Vec<_> = block.descendants().filter(|d| name(d) == "a").take(8).collect();
    let named: Vec<_> = links
        .iter()
        .filter(|l| {
            l.value().as_element().is_some_and(author_link)
                && ElementRef::wrap(**l).is_some_and(|a| a.text().any(|t| t.contains(char::is_alphabetic)))
        })
        .collect();
    let dated = || {
        block.descendants().any(|d| {
            d.value()
                .as_text()
                .is_some_and(|t| t.contains(|c: char| c.is_ascii_digit()))
        })
    };
    match (&links[..], &named[..]) {
        (_, [link]) if links.len() == 1 || !dated() => Some(**link),
        ([link], _) => Some(*link),
        _ => None,
    }
}

/// A link to an author's page (see [`author_page`]).
fn author_link(e: &scraper::node::Element) -> bool {
    e.name() == "a" && e.attr_of("href").is_some_and(author_page)
}

/// Whether a link's address is an author's page: a folder of authors
/// and one name (`/author/ann-lee/`, `/autor/ana-ruiz`, `/auteurs/anne`),
/// as a byline links its name where no class or "By" marks it.
fn author_page(href: &str) -> bool {
    const FOLDERS: [&str; 16] = [
        "author", "authors", "autor", "autores", "autoren", "auteur", "auteurs", "autore", "autori",
        "writer", "writers", "szerzo", "szerzok", "yazar", "yazarlar", "penulis",
    ];
    let path = href.split(['?', '#']).next().unwrap_or_default();
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    match parts[..] {
        [.., folder, name] => {
            FOLDERS.contains(&folder.to_ascii_lowercase().as_str()) && name.chars().any(char::is_alphabetic)
        }
        _ => false,
    }
}

/// A short line that dates the article or names its source:
/// "By Ann Lee | Source: Agencies | 12 Mar 2024 14:05".
fn meta_line(tag: &str, text: &str) -> bool {
    if !matches!(
        tag,
        "div" | "p" | "span" | "time" | "small" | "address" | "section"
    ) || text.ends_with(['.', '!', '?', '"', '”'])
    {
        return false;
    }
    if reads_as_byline(text) {
        return true;
    }
    let separated = text.contains(" | ") || text.contains('·') || text.contains('•');
    (separated || text.split_whitespace().count() <= 10)
        && text.contains(|c: char| c.is_ascii_digit())
        && crate::extract::date::parse_date(text, chrono_tz::Tz::UTC).is_some()
}

/// A short line that is furniture: "Read more: ...", "Advertisement",
/// "Photo: ...", a box title left on its own line ("Related News"), a
/// reading time ("4 Min Read"), a share count ("1 Shares").
fn boilerplate_line(text: &str) -> bool {
    let text = text.to_lowercase();
    if BOILERPLATE_STARTS.iter().any(|s| text.starts_with(s)) {
        return true;
    }
    let words = text.split_whitespace().count();
    (text.chars().count() <= 40 && crate::extract::discover::names_furniture(&text))
        || (words <= 4
            && ["min read", "mins read", "minute read", "minutes read", "shares"]
                .iter()
                .any(|e| text.ends_with(e))
            && text.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether `text` has a name's shape: words with capitals, two at least
/// ("Bradley D. Marianno"), or in a script without them ("赵传文",
/// "كايلا إبستين"); no digits, no sentence.
fn name_shaped(text: &str) -> bool {
    let words = text.split_whitespace().count();
    let caseless = |c: char| c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase();
    let capitals = text.split_whitespace().all(|w| w.starts_with(char::is_uppercase));
    (if text.starts_with(caseless) { 1..=5 } else { 2..=5 }).contains(&words)
        && (capitals || text.starts_with(caseless))
        && text.chars().count() <= 40
        && !text.ends_with('.')
        && !text.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | ':' | '!' | '?' | '：'))
}

/// Reporters', correspondents' and editors' titles in the languages of the
/// date tables, one string: a long list of short words.
const ROLES: &str = "journalist journaliste journalisti reporter reporterin reportteri \
    correspondent korrespondent korrespondentin corresponsal correspondente editor redakteur \
    redakteurin redaktør redaktor redaktorka rédacteur rédactrice redactor redactora redattore \
    redattrice giornalista periodista jornalista toimittaja dziennikarz dziennikarka muhabir \
    wartawan újságíró novinář novinářka журналист журналіст корреспондент кореспондент \
    δημοσιογράφος columnist writer";

/// Whether `text`'s last word is a writer's role, in any case.
fn ends_in_role(text: &str) -> bool {
    text.split_whitespace().last().is_some_and(|w| {
        ROLES
            .split_whitespace()
            .any(|r| w.chars().flat_map(char::to_lowercase).eq(r.chars()))
    })
}

/// Whether `text` is a writer's role ("Journalist", "Senior reporter",
/// "toimittaja"): a few words ending in a reporter's or an editor's title.
fn writers_role(text: &str) -> bool {
    (1..=3).contains(&text.split_whitespace().count()) && ends_in_role(text)
}

/// "By Ann Lee", "By Ann Lee and Omar Said, Reuters": "By", then a few
/// words, the first capitalised, and no sentence.
fn reads_as_byline(text: &str) -> bool {
    let posted = crate::extract::after_posted_by(text);
    // "Von", "Par", "Por", "Door" before two names at least ("Von Miller" is a name);
    // Italian "Di", Swedish "Av" and Danish "Af", words that also open
    // sentences, before names alone ("Di Marco Rossi", not "Di Maio ha detto").
    let other = ["Von ", "von ", "Par ", "par ", "Por ", "por ", "Door ", "door "]
        .iter()
        .find_map(|w| text.strip_prefix(w))
        .filter(|rest| rest.split_whitespace().count() >= 2);
    // The name before a separator, as `clean_byline` cuts it: "Par Ann
    // Lee · le 4 mars 2021 à 10h30", "di Ann Lee | 4 marzo 2021".
    fn name_of(rest: &str) -> &str {
        crate::extract::before_separator(rest).trim_end()
    }
    let names_alone = |rest: &&str| {
        let name = name_of(rest);
        (2..=4).contains(&name.split_whitespace().count())
            && name.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
    };
    let other = other.or_else(|| {
        ["Di ", "di ", "Av ", "av ", "Af ", "af "]
            .iter()
            .find_map(|w| text.strip_prefix(w))
            .filter(names_alone)
    });
    let Some(rest) = posted
        .or_else(|| crate::extract::after_date_by(text))
        .or_else(|| text.strip_prefix("By "))
        .or_else(|| text.strip_prefix("by "))
        .or(other)
    else {
        return false;
    };
    let rest = name_of(rest);
    // "Par Ann Lee, jeudi 4 mars 2021, 10:30".
    let name = crate::extract::before_dated_comma(rest);
    let words = name.split_whitespace().count();
    // A name begins with a capital, or with a letter of a script that has
    // none ("Publié le 5 juin 2018 par 赵传文", "par كايلا إبستين").
    let capital = |c: char| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase());
    name.chars().next().is_some_and(capital) && (1..=8).contains(&words) && !rest.ends_with('.')
}
