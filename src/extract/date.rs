//! Dates as sites write them, read in the feed's time zone.
//!
//! chrono parses one exact format at a time and no crate reads the many
//! human forms news sites use, so the candidate formats are listed here.

use std::sync::LazyLock;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use chrono_tz::Tz;
use regex::Regex;

/// How much a date said about its instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    /// A day only: midnight in the feed's time zone stands in for the time.
    Day,
    /// A time without an offset: the feed's time zone was assumed.
    Local,
    /// A time with its offset (or in UTC): the instant itself.
    Exact,
}

/// A date as read, with how much of it the page said.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Dated {
    pub at: DateTime<FixedOffset>,
    pub precision: Precision,
}

impl std::ops::Deref for Dated {
    type Target = DateTime<FixedOffset>;
    fn deref(&self) -> &Self::Target {
        &self.at
    }
}

impl Dated {
    fn new(at: DateTime<FixedOffset>, precision: Precision) -> Dated {
        Dated { at, precision }
    }

    /// Whether `self` should give way to `other`: `other` says more about
    /// the same day (an offset where `self` has none, a time where `self`
    /// has a day only). A less precise value never replaces a more precise one.
    pub fn yields_to(&self, other: &Dated) -> bool {
        other.precision > self.precision && (other.at - self.at).num_hours().abs() <= 26
    }
}

/// Reads `text` with an explicit format. A format without an offset is read
/// in `tz`; a format without a time gives local midnight. The date may stand
/// anywhere in the text ("Updated: 31 Aug 2023 22:34 GMT").
pub fn parse_with_format(text: &str, format: &str, tz: Tz) -> Option<Dated> {
    let text = normalize(text);
    // Try at every word start so surrounding words do not defeat the format.
    let starts = std::iter::once(0).chain(text.match_indices(' ').map(|(i, _)| i + 1));
    for start in starts {
        let s = &text[start..];
        if let Ok((dt, _)) = DateTime::parse_and_remainder(s, format) {
            return Some(Dated::new(dt, Precision::Exact));
        }
        if let Ok((ndt, _)) = NaiveDateTime::parse_and_remainder(s, format) {
            return localize(ndt, tz).map(|d| Dated::new(d, Precision::Local));
        }
        if let Ok((d, _)) = NaiveDate::parse_and_remainder(s, format) {
            return localize(d.and_time(NaiveTime::MIN), tz).map(|d| Dated::new(d, Precision::Day));
        }
    }
    None
}

const OFFSET_FORMATS: &[&str] = &[
    "%Y-%m-%dT%H:%M:%S%.f%z",
    "%Y-%m-%dT%H:%M%z",
    "%Y-%m-%d %H:%M:%S%.f%z",
    "%Y-%m-%d %H:%M:%S %z",
    "%Y-%m-%d %H:%M%z",
];

const DATETIME_FORMATS: &[&str] = &[
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d %H:%M:%S%.f",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%d %b %Y %H:%M:%S",
    "%d %b %Y %H:%M",
    "%d %b %Y, %H:%M",
    "%d %b %Y at %H:%M",
    "%d %b %Y %I:%M %p",
    "%d %b %Y, %I:%M %p",
    "%b %d, %Y %H:%M",
    "%b %d, %Y, %H:%M",
    "%b %d, %Y at %H:%M",
    "%b %d, %Y %I:%M %p",
    "%b %d, %Y, %I:%M %p",
    "%b %d, %Y at %I:%M %p",
    "%b %d %Y %H:%M",
    "%d.%m.%Y %H:%M",
];

const DATE_FORMATS: &[&str] = &[
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%d %b %Y",
    "%d %b, %Y",
    "%b %d, %Y",
    "%b %d %Y",
    "%d.%m.%Y",
    "%Y%m%d",
];

/// Reads a date in any common form: RFC 3339, RFC 2822, ISO dates and
/// times, `31 Aug 2023 22:34`, `August 31, 2023`, also inside other text.
pub fn parse_date(text: &str, tz: Tz) -> Option<Dated> {
    let text = normalize(text);
    if text.is_empty() {
        return None;
    }
    parse_exact(&text, tz).or_else(|| {
        DATE_IN_TEXT
            .find_iter(&text)
            .find_map(|m| parse_exact(m.as_str().trim_end_matches([',', '.']), tz))
    })
}

/// Where the first date-like text starts in `text`, if anywhere.
pub fn find_date_start(text: &str) -> Option<usize> {
    DATE_IN_TEXT.find(text).map(|m| m.start())
}

fn parse_exact(s: &str, tz: Tz) -> Option<Dated> {
    if let Ok(d) = DateTime::parse_from_rfc3339(s) {
        return Some(Dated::new(d, Precision::Exact));
    }
    if let Ok(d) = DateTime::parse_from_rfc2822(s) {
        return Some(Dated::new(d, Precision::Exact));
    }
    let (s, utc) = match s
        .strip_suffix(" GMT")
        .or_else(|| s.strip_suffix(" UTC"))
        .or_else(|| s.strip_suffix('Z'))
    {
        Some(rest) => (rest, true),
        None => (s, false),
    };
    let tz = if utc { Tz::UTC } else { tz };
    for f in OFFSET_FORMATS {
        if let Ok(d) = DateTime::parse_from_str(s, f) {
            return Some(Dated::new(d, Precision::Exact));
        }
    }
    // A time said to be in UTC is exact; one in no zone is local.
    let timed = if utc { Precision::Exact } else { Precision::Local };
    // chrono's %b reads only "Aug", %B only "August": try both.
    let with_full_months = |formats: &'static [&'static str]| {
        formats.iter().flat_map(|f| {
            let full = f.contains("%b").then(|| f.replace("%b", "%B"));
            std::iter::once(f.to_string()).chain(full)
        })
    };
    for f in with_full_months(DATETIME_FORMATS) {
        if let Ok(ndt) = NaiveDateTime::parse_from_str(s, &f) {
            return localize(ndt, tz).map(|d| Dated::new(d, timed));
        }
    }
    for f in with_full_months(DATE_FORMATS) {
        if let Ok(d) = NaiveDate::parse_from_str(s, &f) {
            return localize(d.and_time(NaiveTime::MIN), tz).map(|d| Dated::new(d, Precision::Day));
        }
    }
    None
}

/// A local time in `tz`; in a DST gap, the first valid instant after it.
fn localize(ndt: NaiveDateTime, tz: Tz) -> Option<DateTime<FixedOffset>> {
    match tz.from_local_datetime(&ndt).earliest() {
        Some(d) => Some(d.fixed_offset()),
        None => tz
            .from_local_datetime(&(ndt + chrono::Duration::hours(1)))
            .earliest()
            .map(|d| d.fixed_offset()),
    }
}

static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|sday|urday)?\b\.?,?\s*")
        .unwrap()
});
static ORDINAL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(\d{1,2})(st|nd|rd|th)\b").unwrap());
static SEPT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\bsept\b").unwrap());
static MONTH_DOT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\.").unwrap());
const MONTH: &str = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?";
static DATE_IN_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    let time = r"(?:,?\s(?:at\s)?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]m)?)?";
    Regex::new(&format!(
        r"(?i)\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?|\d{{1,2}}\s{MONTH},?\s\d{{4}}{time}|{MONTH}\s\d{{1,2}},?\s\d{{4}}{time}|\d{{4}}/\d{{2}}/\d{{2}}"
    ))
    .unwrap()
});

/// Collapses whitespace; drops weekday names and ordinal suffixes, which
/// chrono's formats cannot skip.
fn normalize(text: &str) -> String {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let s = WEEKDAY.replace_all(&collapsed, "");
    let s = ORDINAL.replace_all(&s, "$1");
    let s = SEPT.replace_all(&s, "Sep");
    let s = MONTH_DOT.replace_all(&s, "$1");
    s.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precision_is_what_the_text_said() {
        let tz: Tz = "Europe/Paris".parse().unwrap();
        let p = |s: &str| parse_date(s, tz).unwrap().precision;
        assert_eq!(p("2024-03-13T18:05:00+01:00"), Precision::Exact);
        assert_eq!(p("2024-03-13T18:05:00Z"), Precision::Exact);
        assert_eq!(p("Wed, 13 Mar 2024 18:05:00 GMT"), Precision::Exact);
        assert_eq!(p("2024-03-13T18:05:00"), Precision::Local);
        assert_eq!(p("13 Mar 2024 18:05"), Precision::Local);
        assert_eq!(p("13 Mar 2024"), Precision::Day);
        let exact = parse_date("2024-03-13T18:05+01:00", Tz::UTC).unwrap();
        let local = parse_date("2024-03-13T18:05:00", Tz::UTC).unwrap();
        let day = parse_date("2024-03-13", Tz::UTC).unwrap();
        assert!(local.yields_to(&exact) && day.yields_to(&exact) && day.yields_to(&local));
        assert!(!exact.yields_to(&local) && !exact.yields_to(&day));
        // Another day is another date, not a more precise one.
        assert!(!day.yields_to(&parse_date("2024-03-20T10:00Z", Tz::UTC).unwrap()));
    }

    fn auto(s: &str, tz: Tz) -> String {
        parse_date(s, tz).map(|d| d.to_rfc3339()).unwrap_or_default()
    }

    #[test]
    fn seed_date_in_beirut_time() {
        let tz: Tz = "Asia/Beirut".parse().unwrap();
        assert_eq!(auto("31 Aug 2023 22:34", tz), "2023-08-31T22:34:00+03:00");
        assert_eq!(auto("8 Jul 2023 14:26", tz), "2023-07-08T14:26:00+03:00");
        // Winter time in Beirut is UTC+2.
        assert_eq!(auto("14 Nov 2025", tz), "2025-11-14T00:00:00+02:00");
    }

    #[test]
    fn common_forms() {
        let utc = Tz::UTC;
        assert_eq!(
            auto("2023-08-31T22:34:00+03:00", utc),
            "2023-08-31T22:34:00+03:00"
        );
        assert_eq!(
            auto("Thu, 31 Aug 2023 19:34:00 GMT", utc),
            "2023-08-31T19:34:00+00:00"
        );
        assert_eq!(auto("August 31, 2023", utc), "2023-08-31T00:00:00+00:00");
        assert_eq!(
            auto("Aug. 31, 2023 at 10:34 PM", utc),
            "2023-08-31T22:34:00+00:00"
        );
        assert_eq!(auto("2023-08-31", utc), "2023-08-31T00:00:00+00:00");
        assert_eq!(auto("2023-08-31 22:34:10", utc), "2023-08-31T22:34:10+00:00");
        assert_eq!(
            auto("Thursday, 31st August 2023", utc),
            "2023-08-31T00:00:00+00:00"
        );
        assert_eq!(
            auto("Published on 31 Aug 2023 22:34 — 4 min read", utc),
            "2023-08-31T22:34:00+00:00"
        );
        assert_eq!(auto("Posted Sept 3, 2023", utc), "2023-09-03T00:00:00+00:00");
        assert_eq!(auto("no date here", utc), "");
        assert_eq!(auto("1 Shares", utc), "");
    }

    #[test]
    fn explicit_format_with_timezone_and_surrounding_text() {
        let tz: Tz = "Europe/Paris".parse().unwrap();
        let d = parse_with_format("Updated 31/08/2023 - 22h34", "%d/%m/%Y - %Hh%M", tz).unwrap();
        assert_eq!(d.to_rfc3339(), "2023-08-31T22:34:00+02:00");
        let d = parse_with_format("31/08/2023", "%d/%m/%Y", tz).unwrap();
        assert_eq!(d.to_rfc3339(), "2023-08-31T00:00:00+02:00");
        assert!(parse_with_format("yesterday", "%d/%m/%Y", tz).is_none());
    }

    #[test]
    fn format_check() {}
}
