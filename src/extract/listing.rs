//! Listing pages: the items of a section page, by the feed's list rules or,
//! without them, by the list discovery finds (see [`super::discover`]),
//! each with the fields its card shows.

use super::*;
use crate::extract::html::AttrOf;

static ANY_LINK: LazyLock<Selector> = LazyLock::new(|| Selector::parse("a[href]").unwrap());
static PARAGRAPH: LazyLock<Selector> = LazyLock::new(|| Selector::parse("p").unwrap());
static TIME: LazyLock<Selector> = LazyLock::new(|| Selector::parse("time[datetime]").unwrap());
static HEADING: LazyLock<Selector> = LazyLock::new(|| Selector::parse("h1, h2, h3, h4, h5, h6").unwrap());

/// The listing's next page: the first `next` match's link, else the page's
/// `rel=next` link (in its head or its body). Never the page itself.
pub fn next_page(doc: &Html, page: &Url, next: Option<&Selector>) -> Option<Url> {
    static REL_NEXT: std::sync::LazyLock<Selector> = std::sync::LazyLock::new(|| {
        Selector::parse("link[rel~=next][href], a[rel~=next][href]").expect("valid")
    });
    let base = base_url(doc, page);
    // A selector may name the link's box (`li.next`) rather than the link.
    let href = doc.select(next.unwrap_or(&REL_NEXT)).find_map(|e| {
        e.value()
            .attr_of("href")
            .or_else(|| e.select(&ANY_LINK).next()?.value().attr_of("href"))
    })?;
    let mut url = html::resolve_link(&base, href)?;
    url.set_fragment(None);
    // A web page leads only to web pages; a saved page to its neighbours.
    let allowed = match page.scheme() {
        "file" => matches!(url.scheme(), "http" | "https" | "file"),
        _ => matches!(url.scheme(), "http" | "https"),
    };
    (allowed && url != *page).then_some(url)
}

/// The items of a listing page, in page order, one per distinct link.
///
/// With `item`, each match is a card and fields are searched inside it.
/// Without it, each `link` match is an item and its card is the largest
/// ancestor holding no other link match. Without both, each `<article>`
/// element is a card.
pub fn extract_listing(doc: &Html, page: &Url, rules: &ListRules, tz: Tz) -> Vec<Article> {
    let base = base_url(doc, page);
    let zone = date::Zone::for_language(tz, super::page_language(doc).as_deref());
    let mut listed = Vec::new();
    let cards: Vec<(ElementRef, Option<ElementRef>)> = match (&rules.item, &rules.link) {
        (Some(item), _) => doc.select(item).map(|card| (card, None)).collect(),
        (None, Some(link)) => {
            let links: Vec<ElementRef> = doc.select(&link.selector).collect();
            let ids: HashSet<_> = links.iter().map(|l| l.id()).collect();
            links
                .iter()
                .map(|l| (card_of(*l, &ids, &link.selector), Some(*l)))
                .collect()
        }
        (None, None) => {
            let Some(found) = discover::discover(doc, &base) else {
                tracing::debug!("no article list found");
                return Vec::new();
            };
            tracing::debug!(
                "article list: {} links by {} (item {}, link {})",
                found.links.len(),
                found.how,
                found.item.as_deref().unwrap_or("-"),
                found.link.as_deref().unwrap_or("-")
            );
            listed = found.listed.clone();
            discovered_cards(doc, &base, &found)
        }
    };

    let mut seen = HashSet::new();
    let mut items = Vec::new();
    for (card, link_el) in cards {
        let Some(link) = item_link(card, link_el, rules, &base) else {
            continue;
        };
        if !seen.insert(link.value.clone()) {
            continue;
        }
        let mut a = apply_rules(card, &rules.fields, &base, zone);
        if a.title.is_none() {
            a.title = fallback_title(card, link_el);
        }
        if a.published.is_none() {
            a.published = card.select(&TIME).find_map(|t| {
                let d = date::parse_date(t.value().attr_of("datetime")?, zone)?;
                Some(Found {
                    value: d,
                    from: Source::Fallback("<time> in item"),
                })
            });
        }
        if a.published.is_none() {
            // A short text in the card that is a date: "31 Aug 2023".
            a.published = card
                .text()
                .map(str::trim)
                .filter(|t| (6..=40).contains(&t.len()))
                .find_map(|t| {
                    Some(Found {
                        value: date::parse_date(t, zone)?,
                        from: Source::Fallback("date in item"),
                    })
                });
        }
        if a.summary.is_none() {
            let title = a.title.as_ref().map(|t| t.value.as_str()).unwrap_or_default();
            a.summary = card
                .select(&PARAGRAPH)
                .map(html::text_of)
                .find(|p| p.chars().count() >= 40 && p != title)
                .map(|p| Found {
                    value: p,
                    from: Source::Fallback("paragraph in item"),
                });
        }
        if a.image.is_none() {
            a.image = card.select(&IMG).find_map(|i| {
                let url = html::resolve_link(&base, html::image_src(i.value())?)?;
                Some(Found {
                    value: url,
                    from: Source::Fallback("image in item"),
                })
            });
        }
        a.link = Some(link);
        items.push(a);
    }
    if listed.is_empty() {
        items
    } else {
        from_item_list(items, &listed, &base, tz)
    }
}

/// The entries of a JSON-LD `ItemList` in its order: each with what its card
/// on the page shows, and what the list says where the card is silent.
fn from_item_list(cards: Vec<Article>, listed: &[discover::Listed], base: &Url, tz: Tz) -> Vec<Article> {
    let mut cards: HashMap<Url, Article> = cards
        .into_iter()
        .filter_map(|a| Some((a.link.clone()?.value, a)))
        .collect();
    const FROM: Source = Source::Meta("json-ld ItemList");
    let found = |v: &Option<String>| {
        v.as_ref().map(|v| Found {
            value: v.clone(),
            from: FROM,
        })
    };
    listed
        .iter()
        .map(|l| {
            let mut a = cards.remove(&l.url).unwrap_or_default();
            a.link = Some(Found {
                value: l.url.clone(),
                from: FROM,
            });
            a.title = found(&l.title).or(a.title);
            a.published = a.published.or_else(|| {
                Some(Found {
                    value: date::parse_date(l.published.as_deref()?, tz)?,
                    from: FROM,
                })
            });
            a.summary = a.summary.or_else(|| found(&l.summary));
            a.image = a.image.or_else(|| {
                Some(Found {
                    value: html::resolve_link(base, l.image.as_deref()?)?,
                    from: FROM,
                })
            });
            a
        })
        .collect()
}

/// Cards of the article list found without selectors (see [`discover`]).
fn discovered_cards<'a>(
    doc: &'a Html,
    base: &Url,
    found: &discover::Discovered,
) -> Vec<(ElementRef<'a>, Option<ElementRef<'a>>)> {
    let wanted: HashSet<&Url> = found.links.iter().collect();
    let elements: Vec<(ElementRef, Url)> = doc
        .select(&ANY_LINK)
        .filter_map(|a| Some((a, html::resolve_link(base, a.value().attr_of("href")?)?)))
        .filter(|(a, u)| wanted.contains(u) && !discover::in_furniture(*a))
        .collect();
    let ids: HashSet<_> = elements.iter().map(|(a, _)| a.id()).collect();
    let mut first: HashMap<&Url, ElementRef> = HashMap::new();
    for (a, u) in &elements {
        first.entry(u).or_insert(*a);
    }
    found
        .links
        .iter()
        .filter_map(|u| first.get(u).copied())
        .map(|a| (card_of(a, &ids, &ANY_LINK), Some(a)))
        .collect()
}

/// The largest ancestor of `link` that holds no match pointing elsewhere:
/// an image link and a headline link to the same article share one card.
fn card_of<'a>(link: ElementRef<'a>, links: &HashSet<ego_tree::NodeId>, sel: &Selector) -> ElementRef<'a> {
    let href = |e: ElementRef| {
        e.value()
            .attr_of("href")
            .map(|h| h.split('#').next().unwrap_or(h).to_string())
    };
    let own = href(link);
    let mut card = link;
    for ancestor in link.ancestors().filter_map(ElementRef::wrap) {
        if matches!(ancestor.value().name(), "body" | "html") {
            break;
        }
        let other = ancestor
            .select(sel)
            .any(|e| links.contains(&e.id()) && e.id() != link.id() && href(e) != own);
        if other {
            break;
        }
        card = ancestor;
    }
    card
}

fn item_link(
    card: ElementRef,
    link_el: Option<ElementRef>,
    rules: &ListRules,
    base: &Url,
) -> Option<Found<Url>> {
    if let Some(el) = link_el {
        return match rules.link.as_ref() {
            Some(rule) => link_value(el, rule.attr.as_deref(), rule, base),
            None => html::resolve_link(base, el.value().attr_of("href")?).map(|value| Found {
                value,
                from: Source::Fallback("found automatically"),
            }),
        };
    }
    if let Some(rule) = &rules.link {
        return card
            .select(&rule.selector)
            .find_map(|el| link_value(el, rule.attr.as_deref(), rule, base));
    }
    let el = if card.value().name() == "a" && card.value().attr_of("href").is_some() {
        Some(card)
    } else {
        card.select(&ANY_LINK).next()
    }?;
    let url = html::resolve_link(base, el.value().attr_of("href")?)?;
    Some(Found {
        value: url,
        from: Source::Fallback("first link in item"),
    })
}

fn link_value(el: ElementRef, attr: Option<&str>, rule: &FieldRule, base: &Url) -> Option<Found<Url>> {
    // A matched element that is not itself a link stands for the first link inside it.
    let el = if attr.is_none() && el.value().attr_of("href").is_none() {
        el.select(&ANY_LINK).next()?
    } else {
        el
    };
    let raw = el.value().attr_of(attr.unwrap_or("href"))?;
    let raw = match &rule.regex {
        None => raw.to_string(),
        Some(re) => re.captures(raw)?.get(1)?.as_str().to_string(),
    };
    Some(Found::rule(html::resolve_link(base, &raw)?, rule))
}

fn fallback_title(card: ElementRef, link_el: Option<ElementRef>) -> Option<Found<String>> {
    let from_link = |l: ElementRef| {
        let t = html::text_of(l);
        let t = if t.is_empty() {
            l.value().attr_of("title").unwrap_or_default().to_string()
        } else {
            t
        };
        (!t.is_empty()).then_some(Found {
            value: t,
            from: Source::Fallback("link text"),
        })
    };
    if let Some(h) = card.select(&HEADING).next() {
        let t = html::text_of(h);
        if !t.is_empty() {
            return Some(Found {
                value: t,
                from: Source::Fallback("heading in item"),
            });
        }
    }
    link_el.and_then(from_link).or_else(|| {
        if card.value().name() == "a" {
            from_link(card)
        } else {
            card.select(&ANY_LINK).find_map(from_link)
        }
    })
}
