//! `[feeds.filter]`: which items a feed keeps, by regular expressions over
//! their title, summary, tags, author and link.
//!
//! An item is judged twice. From its listing card, before its article page
//! is fetched: an `exclude` match, or no `include` match when the card
//! already shows every field the filter reads, drops it without a request.
//! Then once more with what the article page added.

use regex::Regex;

use crate::extract::{Article, FeedItem};

/// A field the filter reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterField {
    Title,
    Summary,
    Tags,
    Author,
    Link,
}

impl FilterField {
    pub const ALL: [FilterField; 5] = [
        FilterField::Title,
        FilterField::Summary,
        FilterField::Tags,
        FilterField::Author,
        FilterField::Link,
    ];

    pub fn name(self) -> &'static str {
        match self {
            FilterField::Title => "title",
            FilterField::Summary => "summary",
            FilterField::Tags => "tags",
            FilterField::Author => "author",
            FilterField::Link => "link",
        }
    }

    pub fn parse(name: &str) -> Option<FilterField> {
        FilterField::ALL.into_iter().find(|f| f.name() == name)
    }
}

#[derive(Debug, Clone)]
pub struct Filter {
    pub include: Vec<Regex>,
    pub exclude: Vec<Regex>,
    pub fields: Vec<FilterField>,
}

impl Default for Filter {
    fn default() -> Self {
        Filter {
            include: Vec::new(),
            exclude: Vec::new(),
            fields: FilterField::ALL.to_vec(),
        }
    }
}

/// What the listing card alone says of an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Keep,
    Drop,
    /// The article page may show a field that decides.
    Undecided,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        self.include.is_empty() && self.exclude.is_empty()
    }

    /// Its expressions and fields, for the state to tell a changed filter.
    pub fn describe(&self) -> String {
        let list = |res: &[Regex]| res.iter().map(Regex::as_str).collect::<Vec<_>>().join("\u{1f}");
        let fields: Vec<&str> = self.fields.iter().map(|f| f.name()).collect();
        format!(
            "include={};exclude={};fields={}",
            list(&self.include),
            list(&self.exclude),
            fields.join(",")
        )
    }

    fn verdict<'a>(&self, texts: impl Iterator<Item = &'a str> + Clone, complete: bool) -> Verdict {
        let any = |res: &[Regex]| texts.clone().any(|t| res.iter().any(|r| r.is_match(t)));
        if any(&self.exclude) {
            return Verdict::Drop;
        }
        if self.include.is_empty() || any(&self.include) {
            return if complete || self.exclude.is_empty() {
                Verdict::Keep
            } else {
                Verdict::Undecided
            };
        }
        if complete {
            Verdict::Drop
        } else {
            Verdict::Undecided
        }
    }

    /// The verdict on a listing card; `more_to_come` when the article page
    /// will be read and may show fields the card lacks.
    pub fn judge_card(&self, card: &Article, more_to_come: bool) -> Verdict {
        if self.is_empty() {
            return Verdict::Keep;
        }
        let mut texts: Vec<&str> = Vec::new();
        let mut complete = true;
        for field in &self.fields {
            let before = texts.len();
            match field {
                FilterField::Title => texts.extend(card.title.as_ref().map(|f| f.value.as_str())),
                FilterField::Summary => texts.extend(card.summary.as_ref().map(|f| f.value.as_str())),
                FilterField::Author => texts.extend(card.author.as_ref().map(|f| f.value.as_str())),
                FilterField::Tags => {
                    texts.extend(card.tags.iter().flat_map(|f| f.value.iter().map(String::as_str)))
                }
                FilterField::Link => texts.extend(card.link.as_ref().map(|f| f.value.as_str())),
            }
            if texts.len() == before {
                complete = false;
            }
        }
        self.verdict(texts.iter().copied(), complete || !more_to_come)
    }

    /// Whether a finished item stays in the feed.
    pub fn keeps(&self, item: &FeedItem) -> bool {
        if self.is_empty() {
            return true;
        }
        let mut texts: Vec<&str> = Vec::new();
        for field in &self.fields {
            match field {
                FilterField::Title => texts.push(&item.title),
                FilterField::Summary => texts.extend(item.summary.as_deref()),
                FilterField::Author => texts.extend(item.author.as_deref()),
                FilterField::Tags => texts.extend(item.tags.iter().map(String::as_str)),
                FilterField::Link => texts.push(item.link.as_str()),
            }
        }
        self.verdict(texts.iter().copied(), true) == Verdict::Keep
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Found, Source};
    use url::Url;

    fn filter(include: &[&str], exclude: &[&str]) -> Filter {
        Filter {
            include: include.iter().map(|r| Regex::new(r).unwrap()).collect(),
            exclude: exclude.iter().map(|r| Regex::new(r).unwrap()).collect(),
            ..Filter::default()
        }
    }

    fn card(title: &str, link: &str) -> Article {
        let found = |v| Found {
            value: v,
            from: Source::Fallback("test"),
        };
        Article {
            title: Some(found(title.to_string())),
            link: Some(Found {
                value: Url::parse(link).unwrap(),
                from: Source::Fallback("test"),
            }),
            ..Default::default()
        }
    }

    #[test]
    fn a_card_is_dropped_without_its_page_only_when_it_cannot_match() {
        let f = filter(&["(?i)ukraine"], &["/video/"]);
        let video = card("Ukraine talks", "https://n.example/video/1");
        assert_eq!(f.judge_card(&video, true), Verdict::Drop);
        // Title matches include, but an exclude could still match the page's summary.
        let talks = card("Ukraine talks", "https://n.example/world/1");
        assert_eq!(f.judge_card(&talks, true), Verdict::Undecided);
        assert_eq!(f.judge_card(&talks, false), Verdict::Keep);
        // No include match yet: the summary may hold one.
        let other = card("Budget vote", "https://n.example/world/2");
        assert_eq!(f.judge_card(&other, true), Verdict::Undecided);
        assert_eq!(f.judge_card(&other, false), Verdict::Drop);
        // Only the title is read: the card decides.
        let titles = Filter {
            fields: vec![FilterField::Title],
            ..filter(&["(?i)ukraine"], &[])
        };
        assert_eq!(titles.judge_card(&other, true), Verdict::Drop);
        assert_eq!(titles.judge_card(&talks, true), Verdict::Keep);
    }

    #[test]
    fn no_filter_keeps_everything() {
        let f = Filter::default();
        assert_eq!(
            f.judge_card(&card("x", "https://n.example/1"), true),
            Verdict::Keep
        );
    }
}
