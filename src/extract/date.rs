//! Dates as sites write them, read in the feed's time zone.
//!
//! chrono parses one exact format at a time and no crate reads the many
//! human forms news sites use, so the candidate formats are listed here.

use std::sync::LazyLock;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
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

/// How a page writes its dates: the zone its clock times are in, and
/// whether `05/06/2018` is the 5th of June (most of the world) or May 6th
/// (the United States). A `Tz` alone reads slashes month first.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Zone {
    pub tz: Tz,
    pub day_first: bool,
    /// Croatian: `listopad` is October there, November in Polish and Czech.
    pub croatian: bool,
}

impl From<Tz> for Zone {
    fn from(tz: Tz) -> Zone {
        Zone {
            tz,
            day_first: false,
            croatian: false,
        }
    }
}

impl Zone {
    /// The order a page's language (`<html lang>`) implies: month first
    /// for US English and pages that name no language or only `en`; day
    /// first for English of other regions and for every other language.
    pub fn for_language(tz: Tz, lang: Option<&str>) -> Zone {
        let lang = lang.unwrap_or("").trim().to_ascii_lowercase();
        let mut parts = lang.split(['-', '_']);
        let primary = parts.next().unwrap_or("");
        let region = parts.next().unwrap_or("");
        let day_first = match primary {
            "" => false,
            "en" => !matches!(region, "" | "us" | "ph" | "ca"),
            _ => true,
        };
        Zone {
            tz,
            day_first,
            croatian: primary == "hr",
        }
    }

    fn in_utc(self) -> Zone {
        Zone { tz: Tz::UTC, ..self }
    }
}

/// Reads `text` with an explicit format. A format without an offset is read
/// in `tz`; a format without a time gives local midnight. The date may stand
/// anywhere in the text ("Updated: 31 Aug 2023 22:34 GMT").
pub fn parse_with_format(text: &str, format: &str, tz: Tz) -> Option<Dated> {
    let text = normalize_words(text);
    // Try at every word start so surrounding words do not defeat the format.
    let starts = std::iter::once(0).chain(text.match_indices(' ').map(|(i, _)| i + 1));
    for start in starts {
        let s = &text[start..];
        if let Ok((dt, _)) = DateTime::parse_and_remainder(s, format) {
            return Some(Dated::new(dt, Precision::Exact)).filter(|d| plausible(d.year()).is_some());
        }
        if let Ok((ndt, _)) = NaiveDateTime::parse_and_remainder(s, format) {
            plausible(ndt.year())?;
            return localize(ndt, tz).map(|d| Dated::new(d, Precision::Local));
        }
        if let Ok((d, _)) = NaiveDate::parse_and_remainder(s, format) {
            plausible(d.year())?;
            return localize(d.and_time(NaiveTime::MIN), tz).map(|d| Dated::new(d, Precision::Day));
        }
    }
    None
}

/// Zone abbreviations pages write after a time, with their offsets in
/// hours: the unambiguous ones (not IST, CST of China, BST of Bangladesh...).
const ZONES: &[(&str, i32)] = &[
    ("EST", -5),
    ("EDT", -4),
    ("CDT", -5),
    ("MST", -7),
    ("MDT", -6),
    ("PST", -8),
    ("PDT", -7),
    ("AKST", -9),
    ("AKDT", -8),
    ("HST", -10),
    ("CET", 1),
    ("CEST", 2),
    ("MEZ", 1),
    ("MESZ", 2),
    ("EET", 2),
    ("EEST", 3),
    ("WET", 0),
    ("WEST", 1),
    ("JST", 9),
    ("KST", 9),
    ("AEST", 10),
    ("AEDT", 11),
    ("NZST", 12),
    ("NZDT", 13),
];

const OFFSET_FORMATS: &[&str] = &[
    "%d %b %Y %H:%M:%S %z",
    "%d %b %Y %H:%M %z",
    "%Y-%m-%dT%H:%M:%S%.f%z",
    "%Y-%m-%dT%H:%M%z",
    "%Y-%m-%d %H:%M:%S%.f%z",
    "%Y-%m-%d %H:%M:%S %z",
    "%Y-%m-%d %H:%M%z",
];

const DATETIME_FORMATS: &[&str] = &[
    "%Y%m%d%H%M%S",
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
    "%d %b %Y at %I:%M %p",
    "%d %b %Y %I:%M %p",
    "%d %b %Y, %I:%M %p",
    "%b %d, %Y %H:%M",
    "%b %d, %Y, %H:%M",
    "%b %d, %Y at %H:%M",
    "%b %d, %Y %I:%M %p",
    "%b %d, %Y %I:%M:%S %p",
    "%b %d, %Y, %I:%M %p",
    "%b %d, %Y at %I:%M %p",
    "%b %d, %Y %H:%M:%S",
    "%b %d %Y %H:%M",
    "%b %d %Y %H:%M:%S",
    "%b %d %Y %I:%M %p",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %I:%M %p",
    "%d.%m.%Y, %H:%M",
    "%d.%m.%y %H:%M",
    // Slashes: the US order first (it reads only where the month is <= 12).
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%Y %I:%M:%S %p",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    // Two-digit years: Kinja's and WordPress's "10/13/16 12:34PM".
    "%m/%d/%y %I:%M %p",
    "%m/%d/%y %H:%M",
    "%d/%m/%y %H:%M",
    "%Y.%m.%d %H:%M",
    "%Y.%m.%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%d %b %Y - %H:%M",
    "%d %b %Y %Hh%M",
];

const DATE_FORMATS: &[&str] = &[
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%d %b %Y",
    "%d %b, %Y",
    // A whole text "29 Apr 19" (IDG's datelines); never found inside
    // other text, where a date's year is written in full.
    "%d %b %y",
    "%b %d, %Y",
    "%b %d %Y",
    "%d.%m.%Y",
    "%d.%m.%y",
    // Dashes: "04-Mar-2019"; numbers in either order, as slashes.
    "%d-%b-%Y",
    "%m-%d-%Y",
    "%d-%m-%Y",
    "%Y.%m.%d",
    "%m/%d/%Y",
    "%d/%m/%Y",
    "%m/%d/%y",
    "%d/%m/%y",
    "%Y%m%d",
];

/// Reads a date in any common form: RFC 3339, RFC 2822, ISO dates and
/// times, `31 Aug 2023 22:34`, `August 31, 2023`, also inside other text.
pub fn parse_date(text: &str, zone: impl Into<Zone>) -> Option<Dated> {
    let zone = zone.into();
    parse_normalized(&normalize(text, zone), zone)
}

static LISTOPAD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\blistopad[au]?\b").unwrap());

/// The month names a page's language reads otherwise than the table:
/// Croatian's `listopada` is October.
fn in_language(text: &str, zone: Zone) -> std::borrow::Cow<'_, str> {
    match zone.croatian {
        true => LISTOPAD.replace_all(text, "Oct"),
        false => std::borrow::Cow::Borrowed(text),
    }
}

/// `parse_date` on text already through `normalize`.
fn parse_normalized(text: &str, zone: Zone) -> Option<Dated> {
    if text.is_empty() {
        return None;
    }
    // A year outside the web's (0022 of "28.01.22", 1970 of a zero
    // timestamp, 2099) is never a page's date.
    let ok = |d: &Dated| plausible(d.year()).is_some();
    parse_exact(text, zone).filter(ok).or_else(|| {
        DATE_IN_TEXT
            .find_iter(text)
            .find_map(|m| parse_exact(m.as_str().trim_end_matches([',', '.']), zone).filter(ok))
    })
}

/// A text that is a date and nothing more (`2019.03.05`, `24 April 2019
/// 10:30`), not one that holds a date among other words.
pub fn parse_whole(text: &str, zone: impl Into<Zone>) -> Option<Dated> {
    let zone = zone.into();
    let text = normalize(text, zone);
    let whole = DATE_IN_TEXT
        .find(&text)
        .is_some_and(|m| m.start() == 0 && m.as_str().trim_end_matches([',', '.']).len() + 1 >= text.len());
    if !whole {
        return None;
    }
    parse_normalized(&text, zone)
}

static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[/_-])((?:19|20)\d{2})([/_-]?)(1[0-2]|0?[1-9])([/_-]?)([12]\d|3[01]|0?[1-9])(?:[/_.-]|$)",
    )
    .unwrap()
});

/// The day a page's address carries: `/2019/05/12/slug`, `/2019-05-12-slug`,
/// `/20190512/`. A year and a month alone (`/2019/05/slug`) are not a day.
pub fn date_in_url(url: &url::Url, tz: Tz) -> Option<Dated> {
    URL_DATE.captures_iter(url.path()).find_map(|c| {
        // Both separators alike: `2019/05/12` or `20190512`, not `2019/0512`;
        // a one-digit month or day only between separators (`2019/6/26`).
        if c[2] != c[4] || (c[2].is_empty() && (c[3].len() == 1 || c[5].len() == 1)) {
            return None;
        }
        let day = NaiveDate::from_ymd_opt(c[1].parse().ok()?, c[3].parse().ok()?, c[5].parse().ok()?)?;
        plausible(day.year())?;
        localize(day.and_time(NaiveTime::MIN), tz).map(|d| Dated::new(d, Precision::Day))
    })
}

/// The years a page's date can be in: the web's, up to next year.
fn plausible(year: i32) -> Option<()> {
    let next = chrono::Utc::now().year() + 1;
    (1990..=next).contains(&year).then_some(())
}

/// Where the first date-like text starts in `text`, if anywhere.
pub fn find_date_start(text: &str) -> Option<usize> {
    DATE_IN_TEXT.find(text).map(|m| m.start())
}

fn parse_exact(s: &str, zone: Zone) -> Option<Dated> {
    if let Ok(d) = DateTime::parse_from_rfc3339(s) {
        return Some(Dated::new(d, Precision::Exact));
    }
    if let Ok(d) = DateTime::parse_from_rfc2822(s) {
        return Some(Dated::new(d, Precision::Exact));
    }
    // A time in a named zone ("09:31 AM EST"): that zone's offset makes it exact.
    if let Some((rest, name)) = s.rsplit_once(' ') {
        if let Some(hours) = ZONES
            .iter()
            .find(|(z, _)| z.eq_ignore_ascii_case(name))
            .map(|(_, h)| *h)
        {
            let offset = FixedOffset::east_opt(hours * 3600)?;
            let local = parse_exact(rest, zone.in_utc())?;
            if local.precision == Precision::Day {
                return Some(local);
            }
            let at = offset.from_local_datetime(&local.at.naive_local()).single()?;
            return Some(Dated::new(at, Precision::Exact));
        }
    }
    let (s, utc) = match s
        .strip_suffix(" GMT")
        .or_else(|| s.strip_suffix(" UTC"))
        .or_else(|| s.strip_suffix('Z'))
    {
        Some(rest) => (rest, true),
        None => (s, false),
    };
    let tz = if utc { Tz::UTC } else { zone.tz };
    for f in OFFSET_FORMATS {
        if let Ok(d) = DateTime::parse_from_str(s, f) {
            return Some(Dated::new(d, Precision::Exact));
        }
    }
    // A time said to be in UTC is exact; one in no zone is local.
    let timed = if utc { Precision::Exact } else { Precision::Local };
    // chrono's %b reads only "Aug", %B only "August": try both. Where the
    // page's language writes the day first, slashed dates read that way first.
    let with_full_months = |formats: &'static [&'static str]| {
        let later = |f: &&str| zone.day_first && (f.starts_with("%m/") || f.starts_with("%m-"));
        let first = formats.iter().copied().filter(move |f| !later(f));
        first.chain(formats.iter().copied().filter(later)).flat_map(|f| {
            let full = f.contains("%b").then(|| f.replace("%b", "%B"));
            std::iter::once(f.to_string()).chain(full)
        })
    };
    for f in with_full_months(DATETIME_FORMATS) {
        if let Ok(ndt) = NaiveDateTime::parse_from_str(s, &f) {
            if plausible(ndt.year()).is_some() {
                return localize(ndt, tz).map(|d| Dated::new(d, timed));
            }
        }
    }
    for f in with_full_months(DATE_FORMATS) {
        if let Ok(d) = NaiveDate::parse_from_str(s, &f) {
            if plausible(d.year()).is_some() {
                return localize(d.and_time(NaiveTime::MIN), tz).map(|d| Dated::new(d, Precision::Day));
            }
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

/// Month names of other languages, lowercase, with the English month each
/// stands for; longest first within a language so "juillet" is not "juil".
/// Hand-written: chrono reads English names only, and no maintained crate
/// maps month names across languages.
const MONTHS: &[(&str, &str)] = &[
    // German
    ("januar", "Jan"),
    ("jänner", "Jan"),
    ("februar", "Feb"),
    ("märz", "Mar"),
    ("maerz", "Mar"),
    ("april", "Apr"),
    ("mai", "May"),
    ("juni", "Jun"),
    ("juli", "Jul"),
    ("august", "Aug"),
    ("september", "Sep"),
    ("oktober", "Oct"),
    ("november", "Nov"),
    ("dezember", "Dec"),
    // French
    ("janvier", "Jan"),
    ("février", "Feb"),
    ("fevrier", "Feb"),
    ("mars", "Mar"),
    ("avril", "Apr"),
    ("juin", "Jun"),
    ("juillet", "Jul"),
    ("août", "Aug"),
    ("aout", "Aug"),
    ("septembre", "Sep"),
    ("octobre", "Oct"),
    ("novembre", "Nov"),
    ("décembre", "Dec"),
    ("decembre", "Dec"),
    // Spanish
    ("enero", "Jan"),
    ("febrero", "Feb"),
    ("marzo", "Mar"),
    ("abril", "Apr"),
    ("mayo", "May"),
    ("junio", "Jun"),
    ("julio", "Jul"),
    ("agosto", "Aug"),
    ("septiembre", "Sep"),
    ("setiembre", "Sep"),
    ("octubre", "Oct"),
    ("noviembre", "Nov"),
    ("diciembre", "Dec"),
    // Italian
    ("gennaio", "Jan"),
    ("febbraio", "Feb"),
    ("aprile", "Apr"),
    ("maggio", "May"),
    ("giugno", "Jun"),
    ("luglio", "Jul"),
    ("settembre", "Sep"),
    ("ottobre", "Oct"),
    ("dicembre", "Dec"),
    // Portuguese
    ("janeiro", "Jan"),
    ("fevereiro", "Feb"),
    ("março", "Mar"),
    ("marco", "Mar"),
    ("maio", "May"),
    ("junho", "Jun"),
    ("julho", "Jul"),
    ("setembro", "Sep"),
    ("outubro", "Oct"),
    ("novembro", "Nov"),
    ("dezembro", "Dec"),
    // Dutch
    ("januari", "Jan"),
    ("februari", "Feb"),
    ("maart", "Mar"),
    ("mei", "May"),
    ("augustus", "Aug"),
    // Polish (genitive, as dates write them)
    ("stycznia", "Jan"),
    ("lutego", "Feb"),
    ("marca", "Mar"),
    ("kwietnia", "Apr"),
    ("maja", "May"),
    ("czerwca", "Jun"),
    ("lipca", "Jul"),
    ("sierpnia", "Aug"),
    ("września", "Sep"),
    ("października", "Oct"),
    ("listopada", "Nov"),
    ("grudnia", "Dec"),
    // Danish, Norwegian, Swedish (januar, februar, mars, juni, oktober,
    // januari are spelled as above)
    ("marts", "Mar"),
    ("desember", "Dec"),
    ("december", "Dec"),
    ("augusti", "Aug"),
    // Romanian, Czech, Turkish (common forms)
    ("ianuarie", "Jan"),
    ("februarie", "Feb"),
    ("martie", "Mar"),
    ("aprilie", "Apr"),
    ("iunie", "Jun"),
    ("iulie", "Jul"),
    ("septembrie", "Sep"),
    ("octombrie", "Oct"),
    ("noiembrie", "Nov"),
    ("decembrie", "Dec"),
    ("ocak", "Jan"),
    ("şubat", "Feb"),
    ("mart", "Mar"),
    ("nisan", "Apr"),
    ("mayıs", "May"),
    ("haziran", "Jun"),
    ("temmuz", "Jul"),
    ("ağustos", "Aug"),
    ("eylül", "Sep"),
    ("ekim", "Oct"),
    ("kasım", "Nov"),
    ("aralık", "Dec"),
    // Russian (genitive, as dates write them, and nominative)
    ("января", "Jan"),
    ("февраля", "Feb"),
    ("марта", "Mar"),
    ("апреля", "Apr"),
    ("мая", "May"),
    ("июня", "Jun"),
    ("июля", "Jul"),
    ("августа", "Aug"),
    ("сентября", "Sep"),
    ("октября", "Oct"),
    ("ноября", "Nov"),
    ("декабря", "Dec"),
    ("январь", "Jan"),
    ("февраль", "Feb"),
    ("март", "Mar"),
    ("апрель", "Apr"),
    ("май", "May"),
    ("июнь", "Jun"),
    ("июль", "Jul"),
    ("август", "Aug"),
    ("сентябрь", "Sep"),
    ("октябрь", "Oct"),
    ("ноябрь", "Nov"),
    ("декабрь", "Dec"),
    // Ukrainian (genitive)
    ("січня", "Jan"),
    ("лютого", "Feb"),
    ("березня", "Mar"),
    ("квітня", "Apr"),
    ("травня", "May"),
    ("червня", "Jun"),
    ("липня", "Jul"),
    ("серпня", "Aug"),
    ("вересня", "Sep"),
    ("жовтня", "Oct"),
    ("листопада", "Nov"),
    ("грудня", "Dec"),
    // Czech (genitive)
    ("ledna", "Jan"),
    ("února", "Feb"),
    ("března", "Mar"),
    ("dubna", "Apr"),
    ("května", "May"),
    ("června", "Jun"),
    ("července", "Jul"),
    ("srpna", "Aug"),
    ("září", "Sep"),
    ("října", "Oct"),
    ("listopadu", "Nov"),
    ("prosince", "Dec"),
    // Slovak (genitive; "marca" is the Polish one's)
    ("januára", "Jan"),
    ("februára", "Feb"),
    ("apríla", "Apr"),
    ("mája", "May"),
    ("júna", "Jun"),
    ("júla", "Jul"),
    ("augusta", "Aug"),
    ("septembra", "Sep"),
    ("októbra", "Oct"),
    ("novembra", "Nov"),
    ("decembra", "Dec"),
    // Hungarian
    ("január", "Jan"),
    ("február", "Feb"),
    ("március", "Mar"),
    ("április", "Apr"),
    ("május", "May"),
    ("június", "Jun"),
    ("július", "Jul"),
    ("augusztus", "Aug"),
    ("szeptember", "Sep"),
    ("október", "Oct"),
    // Arabic: the Egyptian and Gulf names, then the Levantine ones (the
    // two-word Levantine names are joined first, see `foreign_months`)
    ("يناير", "Jan"),
    ("فبراير", "Feb"),
    ("مارس", "Mar"),
    ("أبريل", "Apr"),
    ("ابريل", "Apr"),
    ("إبريل", "Apr"),
    ("مايو", "May"),
    ("يونيو", "Jun"),
    ("يونيه", "Jun"),
    ("يوليو", "Jul"),
    ("يوليه", "Jul"),
    ("أغسطس", "Aug"),
    ("اغسطس", "Aug"),
    ("سبتمبر", "Sep"),
    ("أكتوبر", "Oct"),
    ("اكتوبر", "Oct"),
    ("نوفمبر", "Nov"),
    ("ديسمبر", "Dec"),
    ("كانونالثاني", "Jan"),
    ("شباط", "Feb"),
    ("آذار", "Mar"),
    ("نيسان", "Apr"),
    ("أيار", "May"),
    ("حزيران", "Jun"),
    ("تموز", "Jul"),
    ("آب", "Aug"),
    ("أيلول", "Sep"),
    ("تشرينالأول", "Oct"),
    ("تشرينالثاني", "Nov"),
    ("كانونالأول", "Dec"),
    // Greek (genitive)
    ("ιανουαρίου", "Jan"),
    ("φεβρουαρίου", "Feb"),
    ("μαρτίου", "Mar"),
    ("απριλίου", "Apr"),
    ("μαΐου", "May"),
    ("ιουνίου", "Jun"),
    ("ιουλίου", "Jul"),
    ("αυγούστου", "Aug"),
    ("σεπτεμβρίου", "Sep"),
    ("οκτωβρίου", "Oct"),
    ("νοεμβρίου", "Nov"),
    ("δεκεμβρίου", "Dec"),
    // Finnish (partitive, as dates write them)
    ("tammikuuta", "Jan"),
    ("helmikuuta", "Feb"),
    ("maaliskuuta", "Mar"),
    ("huhtikuuta", "Apr"),
    ("toukokuuta", "May"),
    ("kesäkuuta", "Jun"),
    ("heinäkuuta", "Jul"),
    ("elokuuta", "Aug"),
    ("syyskuuta", "Sep"),
    ("lokakuuta", "Oct"),
    ("marraskuuta", "Nov"),
    ("joulukuuta", "Dec"),
    // Hindi (both spellings of the nasal)
    ("जनवरी", "Jan"),
    ("फ़रवरी", "Feb"),
    ("फरवरी", "Feb"),
    ("मार्च", "Mar"),
    ("अप्रैल", "Apr"),
    ("मई", "May"),
    ("जून", "Jun"),
    ("जुलाई", "Jul"),
    ("अगस्त", "Aug"),
    ("सितंबर", "Sep"),
    ("सितम्बर", "Sep"),
    ("अक्टूबर", "Oct"),
    ("अक्तूबर", "Oct"),
    ("नवंबर", "Nov"),
    ("नवम्बर", "Nov"),
    ("दिसंबर", "Dec"),
    ("दिसम्बर", "Dec"),
    // Bengali (Bangladesh's and West Bengal's papers; ya written both
    // as one letter and as a letter with its dot)
    ("জানুয়ারি", "Jan"),
    ("জানুয়ারি", "Jan"),
    ("জানুয়ারী", "Jan"),
    ("ফেব্রুয়ারি", "Feb"),
    ("ফেব্রুয়ারি", "Feb"),
    ("ফেব্রুয়ারী", "Feb"),
    ("মার্চ", "Mar"),
    ("এপ্রিল", "Apr"),
    ("মে", "May"),
    ("জুন", "Jun"),
    ("জুলাই", "Jul"),
    ("আগস্ট", "Aug"),
    ("সেপ্টেম্বর", "Sep"),
    ("অক্টোবর", "Oct"),
    ("নভেম্বর", "Nov"),
    ("ডিসেম্বর", "Dec"),
    // Hebrew, alone and with the prefix ב ("in": "4 במרץ 2021")
    ("ינואר", "Jan"),
    ("בינואר", "Jan"),
    ("פברואר", "Feb"),
    ("בפברואר", "Feb"),
    ("מרץ", "Mar"),
    ("במרץ", "Mar"),
    ("אפריל", "Apr"),
    ("באפריל", "Apr"),
    ("מאי", "May"),
    ("במאי", "May"),
    ("יוני", "Jun"),
    ("ביוני", "Jun"),
    ("יולי", "Jul"),
    ("ביולי", "Jul"),
    ("אוגוסט", "Aug"),
    ("באוגוסט", "Aug"),
    ("ספטמבר", "Sep"),
    ("בספטמבר", "Sep"),
    ("אוקטובר", "Oct"),
    ("באוקטובר", "Oct"),
    ("נובמבר", "Nov"),
    ("בנובמבר", "Nov"),
    ("דצמבר", "Dec"),
    ("בדצמבר", "Dec"),
    // Indonesian and Malay (desember as in Norwegian)
    ("maret", "Mar"),
    ("agustus", "Aug"),
    ("mac", "Mar"),
    ("ogos", "Aug"),
    ("disember", "Dec"),
    // Catalan
    ("gener", "Jan"),
    ("febrer", "Feb"),
    ("març", "Mar"),
    ("maig", "May"),
    ("juny", "Jun"),
    ("juliol", "Jul"),
    ("setembre", "Sep"),
    ("desembre", "Dec"),
    ("agost", "Aug"),
    // Swedish
    ("maj", "May"),
    // Bulgarian (март, май, август as in Russian)
    ("януари", "Jan"),
    ("февруари", "Feb"),
    ("април", "Apr"),
    ("юни", "Jun"),
    ("юли", "Jul"),
    ("септември", "Sep"),
    ("октомври", "Oct"),
    ("ноември", "Nov"),
    ("декември", "Dec"),
    // Serbian, in Cyrillic (its own letter ј) and in Latin letters
    ("јануар", "Jan"),
    ("фебруар", "Feb"),
    ("мај", "May"),
    ("јун", "Jun"),
    ("јул", "Jul"),
    ("септембар", "Sep"),
    ("октобар", "Oct"),
    ("новембар", "Nov"),
    ("децембар", "Dec"),
    ("avgust", "Aug"),
    ("septembar", "Sep"),
    ("oktobar", "Oct"),
    ("novembar", "Nov"),
    ("decembar", "Dec"),
    // Croatian (genitive, as dates write them; its "listopada", October,
    // is the Polish November's: read as October on pages in Croatian)
    ("siječnja", "Jan"),
    ("veljače", "Feb"),
    ("ožujka", "Mar"),
    ("travnja", "Apr"),
    ("svibnja", "May"),
    ("lipnja", "Jun"),
    ("srpnja", "Jul"),
    ("kolovoza", "Aug"),
    ("rujna", "Sep"),
    ("studenoga", "Nov"),
    ("studenog", "Nov"),
    ("prosinca", "Dec"),
    // Slovenian (its other months are spelled as above)
    ("marec", "Mar"),
    ("junij", "Jun"),
    ("julij", "Jul"),
    // Estonian
    ("jaanuar", "Jan"),
    ("veebruar", "Feb"),
    ("märts", "Mar"),
    ("aprill", "Apr"),
    ("juuni", "Jun"),
    ("juuli", "Jul"),
    ("oktoober", "Oct"),
    ("detsember", "Dec"),
    // Latvian (nominative and the locative dates write: "5. oktobrī")
    ("janvāris", "Jan"),
    ("janvārī", "Jan"),
    ("februāris", "Feb"),
    ("februārī", "Feb"),
    ("martā", "Mar"),
    ("aprīlis", "Apr"),
    ("aprīlī", "Apr"),
    ("maijs", "May"),
    ("maijā", "May"),
    ("jūnijs", "Jun"),
    ("jūnijā", "Jun"),
    ("jūlijs", "Jul"),
    ("jūlijā", "Jul"),
    ("augusts", "Aug"),
    ("augustā", "Aug"),
    ("septembris", "Sep"),
    ("septembrī", "Sep"),
    ("oktobris", "Oct"),
    ("oktobrī", "Oct"),
    ("novembris", "Nov"),
    ("novembrī", "Nov"),
    ("decembris", "Dec"),
    ("decembrī", "Dec"),
    // Lithuanian (genitive: "2018 m. spalio 5 d.")
    ("sausio", "Jan"),
    ("vasario", "Feb"),
    ("kovo", "Mar"),
    ("balandžio", "Apr"),
    ("gegužės", "May"),
    ("birželio", "Jun"),
    ("liepos", "Jul"),
    ("rugpjūčio", "Aug"),
    ("rugsėjo", "Sep"),
    ("spalio", "Oct"),
    ("lapkričio", "Nov"),
    ("gruodžio", "Dec"),
    // Basque, plain and genitive ("2018ko urriaren 5a")
    ("urtarrila", "Jan"),
    ("urtarrilaren", "Jan"),
    ("otsaila", "Feb"),
    ("otsailaren", "Feb"),
    ("martxoa", "Mar"),
    ("martxoaren", "Mar"),
    ("apirila", "Apr"),
    ("apirilaren", "Apr"),
    ("maiatza", "May"),
    ("maiatzaren", "May"),
    ("ekaina", "Jun"),
    ("ekainaren", "Jun"),
    ("uztaila", "Jul"),
    ("uztailaren", "Jul"),
    ("abuztua", "Aug"),
    ("abuztuaren", "Aug"),
    ("iraila", "Sep"),
    ("irailaren", "Sep"),
    ("urria", "Oct"),
    ("urriaren", "Oct"),
    ("azaroa", "Nov"),
    ("azaroaren", "Nov"),
    ("abendua", "Dec"),
    ("abenduaren", "Dec"),
    // Icelandic
    ("janúar", "Jan"),
    ("febrúar", "Feb"),
    ("apríl", "Apr"),
    ("maí", "May"),
    ("júní", "Jun"),
    ("júlí", "Jul"),
    ("ágúst", "Aug"),
    ("október", "Oct"),
    ("nóvember", "Nov"),
    ("desember", "Dec"),
    // Albanian
    ("janar", "Jan"),
    ("shkurt", "Feb"),
    ("prill", "Apr"),
    ("maj", "May"),
    ("qershor", "Jun"),
    ("korrik", "Jul"),
    ("gusht", "Aug"),
    ("shtator", "Sep"),
    ("tetor", "Oct"),
    ("nëntor", "Nov"),
    ("dhjetor", "Dec"),
    // Irish (September and October are two words: "Meán Fómhair",
    // "Deireadh Fómhair", left out)
    ("eanáir", "Jan"),
    ("feabhra", "Feb"),
    ("márta", "Mar"),
    ("aibreán", "Apr"),
    ("bealtaine", "May"),
    ("meitheamh", "Jun"),
    ("iúil", "Jul"),
    ("lúnasa", "Aug"),
    ("samhain", "Nov"),
    ("nollaig", "Dec"),
    // Welsh
    ("ionawr", "Jan"),
    ("chwefror", "Feb"),
    ("mawrth", "Mar"),
    ("ebrill", "Apr"),
    ("mehefin", "Jun"),
    ("gorffennaf", "Jul"),
    ("awst", "Aug"),
    ("medi", "Sep"),
    ("hydref", "Oct"),
    ("tachwedd", "Nov"),
    ("rhagfyr", "Dec"),
    // Swahili
    ("januari", "Jan"),
    ("februari", "Feb"),
    ("machi", "Mar"),
    ("aprili", "Apr"),
    ("mei", "May"),
    ("juni", "Jun"),
    ("julai", "Jul"),
    ("agosti", "Aug"),
    ("septemba", "Sep"),
    ("oktoba", "Oct"),
    ("novemba", "Nov"),
    ("desemba", "Dec"),
    // Urdu
    ("جنوری", "Jan"),
    ("فروری", "Feb"),
    ("مارچ", "Mar"),
    ("اپریل", "Apr"),
    ("مئی", "May"),
    ("جون", "Jun"),
    ("جولائی", "Jul"),
    ("اگست", "Aug"),
    ("ستمبر", "Sep"),
    ("اکتوبر", "Oct"),
    ("نومبر", "Nov"),
    ("دسمبر", "Dec"),
    // Tamil
    ("ஜனவரி", "Jan"),
    ("பிப்ரவரி", "Feb"),
    ("மார்ச்", "Mar"),
    ("ஏப்ரல்", "Apr"),
    ("மே", "May"),
    ("ஜூன்", "Jun"),
    ("ஜூலை", "Jul"),
    ("ஆகஸ்ட்", "Aug"),
    ("செப்டம்பர்", "Sep"),
    ("அக்டோபர்", "Oct"),
    ("நவம்பர்", "Nov"),
    ("டிசம்பர்", "Dec"),
    // Short forms seen in datelines
    ("janv", "Jan"),
    ("févr", "Feb"),
    ("avr", "Apr"),
    ("juil", "Jul"),
    ("sept", "Sep"),
    ("déc", "Dec"),
    ("ene", "Jan"),
    ("dic", "Dec"),
    ("gen", "Jan"),
    ("mag", "May"),
    ("giu", "Jun"),
    ("lug", "Jul"),
    ("ago", "Aug"),
    ("set", "Sep"),
    ("ott", "Oct"),
    ("okt", "Oct"),
    ("dez", "Dec"),
    ("mrt", "Mar"),
    // German
    ("mär", "Mar"),
    ("mrz", "Mar"),
    // Portuguese ("04 out. 2019"; a date needs its day and year around it,
    // so the English word "out" is no month in prose)
    ("fev", "Feb"),
    ("abr", "Apr"),
    ("out", "Oct"),
    // Polish
    ("sty", "Jan"),
    ("lut", "Feb"),
    ("kwi", "Apr"),
    ("cze", "Jun"),
    ("lip", "Jul"),
    ("sie", "Aug"),
    ("wrz", "Sep"),
    ("paź", "Oct"),
    ("lis", "Nov"),
    ("gru", "Dec"),
    // Russian
    ("янв", "Jan"),
    ("фев", "Feb"),
    ("мар", "Mar"),
    ("апр", "Apr"),
    ("июн", "Jun"),
    ("июл", "Jul"),
    ("авг", "Aug"),
    ("сен", "Sep"),
    ("сент", "Sep"),
    ("окт", "Oct"),
    ("ноя", "Nov"),
    ("нояб", "Nov"),
    ("дек", "Dec"),
    // Indonesian ("Kamis, 24 Des 2020", "17 Agu 2021"; "Agt", "Nop" in
    // older spelling)
    ("agu", "Aug"),
    ("agt", "Aug"),
    ("des", "Dec"),
    ("nop", "Nov"),
    ("nopember", "Nov"),
    // Turkish
    ("oca", "Jan"),
    ("şub", "Feb"),
    ("nis", "Apr"),
    ("haz", "Jun"),
    ("tem", "Jul"),
    ("ağu", "Aug"),
    ("eyl", "Sep"),
    ("eki", "Oct"),
    ("kas", "Nov"),
    ("ara", "Dec"),
];

/// Weekday names of other languages, dropped like the English ones.
const WEEKDAYS: &[&str] = &[
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "sonnabend",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miércoles",
    "miercoles",
    "jueves",
    "viernes",
    "sábado",
    "sabado",
    "domingo",
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "domenica",
    "segunda-feira",
    "terça-feira",
    "quarta-feira",
    "quinta-feira",
    "sexta-feira",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "الأحد",
    "الاثنين",
    "الإثنين",
    "الثلاثاء",
    "الأربعاء",
    "الخميس",
    "الجمعة",
    "السبت",
    "poniedziałek",
    "wtorek",
    "środa",
    "czwartek",
    "piątek",
    "sobota",
    "niedziela",
    // Turkish writes the weekday after the date: "04 Mart 2021 Perşembe 10:30".
    "pazartesi",
    "salı",
    "çarşamba",
    "perşembe",
    "cuma",
    "cumartesi",
    "pazar",
];

/// Foreign weekdays (to "") and months (to English) by lowercase name;
/// where a name is in several languages, the first listed wins.
static NAMES: LazyLock<std::collections::HashMap<&str, &str>> = LazyLock::new(|| {
    let mut names = std::collections::HashMap::new();
    for (name, en) in WEEKDAYS.iter().map(|w| (*w, "")).chain(MONTHS.iter().copied()) {
        names.entry(name).or_insert(en);
    }
    names
});

// Letters with their combining marks: Devanagari writes vowels as marks.
static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\p{L}[\p{L}\p{M}]*\.?").unwrap());
static DAY_DOT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(\d{1,2})\. ([A-Z][a-z]{2})\b").unwrap());
static DE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,2}) (?:de |d'|d’)?([A-Z][a-z]{2}),? (?:de |del )?(\d{4})").unwrap()
});
static UHR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(\d{1,2})[:.h](\d{2}) ?(?:uhr|h)\b").unwrap());

/// Foreign month names as English ones ("10. September 2017" ->
/// "10 Sep 2017", "5 de junio de 2018" -> "5 Jun 2018"); foreign weekdays out.
fn foreign_months(text: &str) -> String {
    // Calendars and month forms of their own, in the scripts that write them.
    fn in_script(
        text: &str,
        script: std::ops::RangeInclusive<char>,
        read: fn(&str) -> String,
    ) -> std::borrow::Cow<'_, str> {
        match text.contains(|c: char| script.contains(&c)) {
            true => std::borrow::Cow::Owned(read(text)),
            false => std::borrow::Cow::Borrowed(text),
        }
    }
    let persian = in_script(text, '\u{0600}'..='\u{06FF}', jalali_dates);
    let thai = in_script(&persian, '\u{0E00}'..='\u{0E7F}', thai_date);
    let text = thai.as_ref();
    // Levantine Arabic months of two words, as one word (the table's spelling).
    let joined;
    let text = match text.contains("كانون") || text.contains("تشرين") {
        true => {
            joined = ["كانون الثاني", "كانون الأول", "تشرين الأول", "تشرين الثاني"]
                .iter()
                .fold(text.to_string(), |t, m| t.replace(m, &m.replace(' ', "")));
            joined.as_str()
        }
        false => text,
    };
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut last_month = None;
    for m in WORD.find_iter(text) {
        let word = m.as_str().trim_end_matches('.').to_lowercase();
        let replacement = NAMES.get(word.as_str()).copied();
        if let Some(r) = replacement {
            // A month named twice in a row, in two calendars' names
            // ("04 آب اغسطس 2013", "04 آب/اغسطس 2013"), is one month.
            let between = &text[last..m.start()];
            if last_month == Some(r) && !r.is_empty() && matches!(between.trim(), "" | "/") {
                last = m.end();
                continue;
            }
            out.push_str(between);
            out.push_str(r);
            last = m.end();
            last_month = Some(r);
        } else {
            last_month = None;
        }
    }
    out.push_str(&text[last..]);
    let out = YEAR_DOT_MONTH.replace_all(&out, "$3 $2 $1");
    let out =
        match out.contains(" gada ") || out.contains(" m. ") || out.contains("tháng") || out.contains("ko ")
        {
            true => std::borrow::Cow::Owned(baltic_basque_and_vietnamese(&out)),
            false => out,
        };
    let out = DAY_DOT.replace_all(&out, "$1 $2");
    let out = DE.replace_all(&out, "$1 $2 $3");
    UHR.replace_all(&out, "$1:$2").into_owned()
}

/// Latvian `2018. gada 5. oktobrī` (year, day, month), Lithuanian `2018 m.
/// spalio 5 d.` and Basque `2018ko urriaren 5a` (year, month, day), once
/// their months are read; Vietnamese `ngày 5 tháng 10 năm 2018` ("day 5
/// month 10 year 2018").
static LATVIAN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{4})\. gada (\d{1,2})\. ([A-Z][a-z]{2})\b").unwrap());
static LITHUANIAN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{4}) m\. ([A-Z][a-z]{2}) (\d{1,2}) d\.").unwrap());
static BASQUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{4})(?:e)?ko ([A-Z][a-z]{2}) (\d{1,2})(?:a|an|ean|ea)?\b").unwrap());
static VIETNAMESE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:ngày )?(\d{1,2}) tháng (\d{1,2})(?: năm|,) (\d{4})\b").unwrap());

fn baltic_basque_and_vietnamese(text: &str) -> String {
    let text = LATVIAN.replace_all(text, "$2 $3 $1");
    let text = LITHUANIAN.replace_all(&text, "$3 $2 $1");
    let text = BASQUE.replace_all(&text, "$3 $2 $1");
    VIETNAMESE
        .replace_all(&text, |c: &regex::Captures| {
            let n = |i: usize| c[i].parse::<u32>().unwrap_or(0);
            format!("{:04}-{:02}-{:02}", n(3), n(2), n(1))
        })
        .into_owned()
}

/// A day of the Solar Hijri calendar, Iran's and Afghanistan's: "14 اسفند
/// 1399" (digits folded before).
static JALALI: LazyLock<Regex> = LazyLock::new(|| {
    // The fifth month has an older spelling too.
    let months = format!("امرداد|{}", JALALI_MONTHS.join("|"));
    Regex::new(&format!(r"\b(\d{{1,2}})\s*({months})\s*(1[34]\d\d)\b")).unwrap()
});

/// The Solar Hijri months, in order.
const JALALI_MONTHS: [&str; 12] = [
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
];

/// Solar Hijri days as ISO ones ("14 اسفند 1399" -> "2021-03-04").
fn jalali_dates(text: &str) -> String {
    // Arabic Yeh and Kaf, as pages often type them, as the Persian letters.
    let persian = text.replace('ي', "ی").replace('ك', "ک");
    if !JALALI.is_match(&persian) {
        return text.to_string();
    }
    let text = persian;
    JALALI
        .replace_all(&text, |c: &regex::Captures| {
            let month = match &c[2] {
                "امرداد" => 5,
                m => JALALI_MONTHS.iter().position(|n| *n == m).map_or(0, |i| i + 1),
            };
            let (Ok(day), Ok(year)) = (c[1].parse(), c[3].parse()) else {
                return c[0].to_string();
            };
            match jalali_to_gregorian(year, month as i64, day) {
                Some(d) => format!(" {d} "),
                None => c[0].to_string(),
            }
        })
        .into_owned()
}

/// The Gregorian day of a Solar Hijri one, by the arithmetic (33-year
/// cycle) rule that calendars and libraries use; written out because no
/// maintained crate in this build does it.
fn jalali_to_gregorian(year: i64, month: i64, day: i64) -> Option<chrono::NaiveDate> {
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || (month > 6 && day > 30) {
        return None;
    }
    let jy = year + 1595;
    let days = -355668
        + 365 * jy
        + (jy / 33) * 8
        + ((jy % 33) + 3) / 4
        + day
        + if month < 7 {
            (month - 1) * 31
        } else {
            (month - 7) * 30 + 186
        };
    // `days` counts from the first day of the proleptic year 0 (a leap
    // year of 366 days), one-based.
    let epoch = chrono::NaiveDate::from_ymd_opt(1, 1, 1)?;
    epoch.checked_add_signed(chrono::Duration::days(days - 366))
}

/// Thai months, full and abbreviated (the abbreviations' dots inside the
/// word), longest first within each month.
const THAI_MONTHS: &[(&str, &str)] = &[
    ("มกราคม", "Jan"),
    ("ม.ค.", "Jan"),
    ("กุมภาพันธ์", "Feb"),
    ("ก.พ.", "Feb"),
    ("มีนาคม", "Mar"),
    ("มี.ค.", "Mar"),
    ("เมษายน", "Apr"),
    ("เม.ย.", "Apr"),
    ("พฤษภาคม", "May"),
    ("พ.ค.", "May"),
    ("มิถุนายน", "Jun"),
    ("มิ.ย.", "Jun"),
    ("กรกฎาคม", "Jul"),
    ("ก.ค.", "Jul"),
    ("สิงหาคม", "Aug"),
    ("ส.ค.", "Aug"),
    ("กันยายน", "Sep"),
    ("ก.ย.", "Sep"),
    ("ตุลาคม", "Oct"),
    ("ต.ค.", "Oct"),
    ("พฤศจิกายน", "Nov"),
    ("พ.ย.", "Nov"),
    ("ธันวาคม", "Dec"),
    ("ธ.ค.", "Dec"),
];

/// A Buddhist-era year (2564 = 2021), four digits alone.
static BE_YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(25[3-9]\d)\b").unwrap());

/// Thai dates ("4 มี.ค. 2564", "4 มีนาคม 2564") with English months, and a
/// Buddhist-era year beside a Thai month as the common era's.
fn thai_date(text: &str) -> String {
    let mut out = text.to_string();
    let mut named = false;
    // Full names hold no dots, so no abbreviation matches inside one.
    for (thai, en) in THAI_MONTHS {
        if out.contains(thai) {
            out = out
                .replace(thai, &format!(" {en} "))
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            named = true;
        }
    }
    if !named {
        return out;
    }
    BE_YEAR
        .replace_all(&out, |c: &regex::Captures| {
            (c[1].parse::<i32>().unwrap_or(0) - 543).to_string()
        })
        .into_owned()
}

static ERA: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(令和|平成)\s*(\d{1,2}|元)\s*年").unwrap());
static CJK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?(?:\s*(?:\([^)]*\)|（[^）]*）))?(?:\s*(\d{1,2}):(\d{2}))?").unwrap()
});

/// `2023. 2. 5. 11:40`: Korean sites' dotted dates, spaced, with a dot after the day.
static SPACED_DOTS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{4})\. (\d{1,2})\. (\d{1,2})\.(?:\s+(\d{1,2}):(\d{2}))?").unwrap());

/// A clock time in Chinese, Japanese or Korean: `午後3時30分`, `오후 3:30`,
/// `下午3:30`, `10時30分`, with the half of the day before it.
static CJK_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(오전|오후|午前|午後|上午|下午|中午|晚上|凌晨)?\s*(\d{1,2})\s*(?:(:)|[時时시])\s*(\d{2})(?:\s*[分분])?")
        .unwrap()
});

/// `午後3時30分` as `15:30`; a time in digits without a half of the day
/// (`10:30`) is left as it is.
fn cjk_time(c: &regex::Captures) -> String {
    let (half, colon) = (c.get(1).map(|m| m.as_str()), c.get(3).is_some());
    if half.is_none() && colon {
        return c[0].to_string();
    }
    let (hour, minute): (u32, &str) = (c[2].parse().unwrap_or(99), &c[4]);
    let hour = match half {
        Some("오후" | "午後" | "下午" | "晚上") if hour < 12 => hour + 12,
        Some("中午") if hour < 11 => hour + 12,
        Some("오전" | "午前" | "上午" | "凌晨") if hour == 12 => 0,
        _ => hour,
    };
    format!(" {hour:02}:{minute}")
}

/// `2021年3月4日 10:30`, `2019년 2월 19일` and `2023. 2. 5. 11:40` as ISO text,
/// with a time in CJK words (`午後3時30分`) as a 24-hour clock.
fn cjk_date(text: &str) -> std::borrow::Cow<'_, str> {
    let text = match text.contains(". ") && SPACED_DOTS.is_match(text) {
        true => std::borrow::Cow::Owned(SPACED_DOTS.replace_all(text, iso_day).into_owned()),
        false => std::borrow::Cow::Borrowed(text),
    };
    if text.is_ascii() {
        return text;
    }
    let marked = text.contains(['時', '时', '시', '午', '오', '晚', '凌']);
    let text = match marked && CJK_TIME.is_match(&text) {
        true => std::borrow::Cow::Owned(CJK_TIME.replace_all(&text, cjk_time).into_owned()),
        false => text,
    };
    // Japan's era years: Reiwa 1 is 2019, Heisei 1 was 1989 ("元年": the first).
    let text = match text.contains("令和") || text.contains("平成") {
        true => std::borrow::Cow::Owned(
            ERA.replace_all(&text, |c: &regex::Captures| {
                let year = if &c[2] == "元" {
                    1
                } else {
                    c[2].parse::<i32>().unwrap_or(0)
                };
                let base = if &c[1] == "令和" { 2018 } else { 1988 };
                format!("{}年", base + year)
            })
            .into_owned(),
        ),
        false => text,
    };
    if !CJK.is_match(&text) {
        return text;
    }
    std::borrow::Cow::Owned(CJK.replace_all(&text, iso_day).into_owned())
}

/// Year, month, day and an optional hour and minute, captured, as ISO text.
fn iso_day(c: &regex::Captures) -> String {
    let day = format!("{}-{:0>2}-{:0>2}", &c[1], &c[2], &c[3]);
    match (c.get(4), c.get(5)) {
        (Some(h), Some(m)) => format!(" {day} {:0>2}:{} ", h.as_str(), m.as_str()),
        _ => format!(" {day} "),
    }
}

static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|sday|urday)?\b\.?,?\s*")
        .unwrap()
});
static ORDINAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{1,2})(?:st|nd|rd|th|er|ème|[ºª°])").unwrap());
/// `6:47 p.m.` as chrono's `%p` reads it.
static AM_PM_DOTS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b([ap])\.m\.").unwrap());
static SEPT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\bsept\b").unwrap());
/// An abbreviated month's dot (`Aug. 8`), and May's where a day follows
/// (`May. 8 2020`, as some blog themes write every month): not the end of a
/// sentence's "may.".
static MONTH_DOT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\.|\b(may)\.( \d)").unwrap()
});
/// "the 20th of November 2019": the ordinal's "of" (only after an ordinal:
/// "Top 10 of November" is no day).
static ORDINAL_OF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(\d{1,2}(?:st|nd|rd|th)) of\b").unwrap());
/// C's `asctime` order, the clock between the day and the year (`Wed Nov
/// 20 15:23:00 2019`, `November 20 15:23 2019`, `... 15:23:00 EST 2019`):
/// the year moved before the clock.
static CLOCK_BEFORE_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b({MONTH} \d{{1,2}}) (\d{{1,2}}:\d{{2}}(?::\d{{2}})?)((?: [A-Z]{{3,4}})?) (\d{{4}})\b"
    ))
    .unwrap()
});
/// A space a page puts before the comma after a day (`February 27 , 2014`).
static SPACE_COMMA: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(\d) ,").unwrap());
const MONTH: &str = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?";
static DATE_IN_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    let time = r"(?:,?\s(?:at\s)?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]m)?(?:\s(?:[EMP][SD]T|CDT|AK[SD]T|HST|CES?T|MES?Z|EES?T|WES?T|JST|KST|AE[SD]T|NZ[SD]T|GMT|UTC)\b|\s?[+-]\d{2}:?\d{2}\b)?)?";
    Regex::new(&format!(
        r"(?i)\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?|\d{{1,2}}\s{MONTH},?\s\d{{4}}{time}|{MONTH}\s\d{{1,2}},?\s\d{{4}}{time}|\d{{4}}[/.]\d{{1,2}}[/.]\d{{1,2}}(?:\s\d{{1,2}}:\d{{2}})?|\b\d{{1,2}}[./]\d{{1,2}}[./](?:\d{{4}}|\d{{2}})\b(?:,?\s\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s?[ap]m)?)?|\b\d{{1,2}}-(?:{MONTH}|\d{{1,2}})-\d{{4}}\b|\b\d{{1,2}}\.\s\d{{1,2}}\.\s\d{{4}}\b|\d{{4}}年\d{{1,2}}月"
    ))
    .unwrap()
});

/// `2021. Mar 4.` (Hungarian, after its month is read): year first, a dot after each.
static YEAR_DOT_MONTH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{4})\. ([A-Z][a-z]{2}) (\d{1,2})\b\.?").unwrap());

/// A clock time after a date, joined by the words and marks languages put
/// between them (`22.03.2026 - 14:08`, `22 Mar 2026 @ 14:08`, `5 juin 2018
/// à 14h30`, Quebec's `à 14 h 30`, `a las 14:30`, `ore 14.30`, `um 14:30`,
/// `2021 г., 14:30`, Croatian's and Serbian's `u 14:30`, `April 21, 2015, at
/// 11:29 a.m.`) or by nothing
/// (`4 March 2021 14.30 GMT`), the half of the day glued to it or not
/// (`Jan 10 2019, 10:56pm`): written as ` 14:30` straight after the date.
static TIME_AFTER_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(\d)\.?(?:\s?(?:г|r)\.)?\s*(?:[-–—|,/@]|,?\s?(?:à|at|a las|a la|alle|ore|om|um|às|kl\.?|klo|godz\.?|в|u))?\s+(\d{1,2})(?:[:.]| ?h ?)(\d{2})(\b|[ap]m\b)",
    )
    .unwrap()
});

/// Reads the month names the page's language reads otherwise; collapses
/// whitespace; drops weekday names and ordinal suffixes, which chrono's
/// formats cannot skip; joins a time to its date.
fn normalize(text: &str, zone: Zone) -> String {
    // A date has a digit, in some script: most texts asked have none, and
    // are spared the passes below.
    if !text.chars().any(char::is_numeric) {
        return String::new();
    }
    let s = normalize_words(&in_language(text, zone));
    // Only a text with a clock time can have one to join.
    let digits = s.bytes().filter(u8::is_ascii_digit).count();
    if digits < 7 || !s.bytes().any(|b| b == b':' || b == b'h' || b == b'.') {
        return s;
    }
    // Not the day and month of a date that follows a time ("10:45
    // 04.03.2019": "04.03" is no clock time).
    TIME_AFTER_DATE
        .replace_all(&s, |c: &regex::Captures| {
            let whole = c.get(0).expect("a match has its whole");
            let mut next = s[whole.end()..].chars();
            match (next.next(), next.next()) {
                (Some('.'), Some(d)) if d.is_ascii_digit() => whole.as_str().to_string(),
                _ => format!("{} {}:{}{}", &c[1], &c[2], &c[3], &c[4]),
            }
        })
        .into_owned()
}

/// Digits of other scripts as ASCII ones: fullwidth (`２０１９年４月１０日`,
/// `１５：３０`), Arabic-Indic (`٢٠٢١`), Persian (`۱۴۰۰`), Devanagari (`२०२१`),
/// Bengali (`২০২১`).
fn fold_digit(c: char) -> char {
    let zero = match c {
        '０'..='９' => '０',
        '٠'..='٩' => '٠',
        '۰'..='۹' => '۰',
        '०'..='९' => '०',
        '০'..='৯' => '০',
        '：' => return ':',
        '／' => return '/',
        _ => return c,
    };
    char::from(b'0' + (c as u32 - zero as u32) as u8)
}

/// `text` with [`fold_digit`] applied, borrowed where nothing changes.
fn fold_digits(text: &str) -> std::borrow::Cow<'_, str> {
    match text.is_ascii() || text.chars().all(|c| fold_digit(c) == c) {
        true => std::borrow::Cow::Borrowed(text),
        false => std::borrow::Cow::Owned(text.chars().map(fold_digit).collect()),
    }
}

/// `normalize` without joining times: for explicit formats, which say
/// themselves what stands between a date and its time.
fn normalize_words(text: &str) -> String {
    let text = fold_digits(text);
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let s = cjk_date(&collapsed);
    let s = match s.contains(" of ") || s.contains(" OF ") {
        true => ORDINAL_OF.replace_all(&s, "$1"),
        false => std::borrow::Cow::Borrowed(s.as_ref()),
    };
    // Before the months are read: "1º de outubro" as "1 de outubro".
    let s = ORDINAL.replace_all(&s, "$1");
    let s = foreign_months(&s);
    let s = WEEKDAY.replace_all(&s, "");
    let s = SEPT.replace_all(&s, "Sep");
    let s = match s.contains(".m.") || s.contains(".M.") {
        true => AM_PM_DOTS.replace_all(&s, "${1}m"),
        false => s,
    };
    let s = MONTH_DOT.replace_all(&s, "$1$2$3");
    let s = match s.contains(':') {
        true => std::borrow::Cow::Owned(CLOCK_BEFORE_YEAR.replace_all(&s, "$1 $4 $2$3").into_owned()),
        false => s,
    };
    let s = match s.contains(" ,") {
        true => SPACE_COMMA.replace_all(&s, "$1,"),
        false => s,
    };
    s.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Option<String> {
        parse_date(text, Tz::UTC).map(|d| d.date_naive().to_string())
    }

    #[test]
    fn dates_written_in_words_in_other_languages() {
        for (text, want) in [
            ("10. September 2017", "2017-09-10"),
            ("Samstag, 5. Oktober 2013", "2013-10-05"),
            ("am 3. März 2020 um 14:05 Uhr", "2020-03-03"),
            ("30 septembre 2018", "2018-09-30"),
            ("mardi 5 juin 2018", "2018-06-05"),
            ("Publié le 1er février 2019", "2019-02-01"),
            ("5 de junio de 2018", "2018-06-05"),
            ("miércoles, 12 de diciembre de 2018", "2018-12-12"),
            ("10 aprile 2019", "2019-04-10"),
            ("giovedì 4 luglio 2019", "2019-07-04"),
            ("15 de março de 2021", "2021-03-15"),
            ("16 mei 2019", "2019-05-16"),
            ("21 sierpnia 2020", "2020-08-21"),
            ("20 de setembro de 2020", "2020-09-20"),
            ("1° ottobre 2018", "2018-10-01"),
            ("1º de outubro de 2018", "2018-10-01"),
        ] {
            assert_eq!(day(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn numeric_dates_with_words_and_times_around_them() {
        for (text, want) in [
            ("am 25.08.2015 22:30", "2015-08-25"),
            ("Datum: 25.08.2015", "2015-08-25"),
            ("Bonn, 11.10.2021", "2021-10-11"),
            ("Stand: 11.10.2021, 10:30 Uhr", "2021-10-11"),
            ("25/12/2019", "2019-12-25"),
            ("Posted 2019.03.05", "2019-03-05"),
            ("2019/3/5", "2019-03-05"),
            ("2021年3月4日", "2021-03-04"),
            ("2021年3月4日 10:30", "2021-03-04"),
            ("2019년 2월 19일", "2019-02-19"),
            ("published 2019-05-12 by the desk", "2019-05-12"),
            ("11.11.2019 10:41 AM", "2019-11-11"),
        ] {
            assert_eq!(day(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn times_with_am_pm_and_zone_names_and_spaced_dots() {
        for (text, want) in [
            ("March 9 2017 4:21 PM", "2017-03-09"),
            ("by Nicole Clark | Jan 10 2019, 10:56pm", "2019-01-10"),
            ("29 Apr 19", "2019-04-29"),
            ("10/13/16 12:34PM", "2016-10-13"),
            ("04. Mär. 2019", "2019-03-04"),
            ("4 out. 2019", "2019-10-04"),
            ("4 paź 2019", "2019-10-04"),
            ("4 окт. 2019", "2019-10-04"),
            ("4 Eki 2019", "2019-10-04"),
            ("3/4/2019 10:45:12 AM", "2019-03-04"),
            ("March 04, 2019 10:45:00 AM", "2019-03-04"),
            ("10:45 04.03.2019", "2019-03-04"),
            ("Posted 4-Mar-2019", "2019-03-04"),
            ("Updated on 14-03-2019", "2019-03-14"),
            ("12/16/16 12:21pm", "2016-12-16"),
            ("on 21 December 2024 at 09:31 AM EST.", "2024-12-21"),
            ("2023. 2. 5. 11:40", "2023-02-05"),
            ("2023. 12. 25.", "2023-12-25"),
        ] {
            assert_eq!(day(text).as_deref(), Some(want), "{text}");
        }
        // A named zone makes the time exact: 08:34 PM EDT is 00:34 UTC the next day.
        let d = parse_date(
            "Written by Ann in Valve on 1 June 2019 at 08:34 PM EDT. 51 Comments",
            Tz::UTC,
        )
        .unwrap();
        assert_eq!(d.precision, Precision::Exact);
        assert_eq!(d.at.to_rfc3339(), "2019-06-01T20:34:00-04:00");
        assert_eq!(
            d.with_timezone(&chrono::Utc).to_rfc3339(),
            "2019-06-02T00:34:00+00:00"
        );
    }

    #[test]
    fn more_languages_month_names() {
        for (text, want) in [
            ("4 марта 2021 г.", "2021-03-04"),
            ("Март 2021", ""),
            ("4 березня 2021", "2021-03-04"),
            ("4. března 2021", "2021-03-04"),
            ("12. júna 2020", "2020-06-12"),
            ("2021. március 4.", "2021-03-04"),
            ("4 Μαρτίου 2021", "2021-03-04"),
            ("4. maaliskuuta 2021", "2021-03-04"),
            ("17 Agustus 2020", "2020-08-17"),
            ("Kamis, 24 Des 2020 10:30 WIB", "2020-12-24"),
            ("Selasa, 17 Agu 2021 08:15 WIB", "2021-08-17"),
            ("5 Nopember 2019", "2019-11-05"),
            ("3 de març de 2019", "2019-03-03"),
            ("5 d'octubre de 2018", "2018-10-05"),
            ("12 d’agost de 2019", "2019-08-12"),
            ("5 октомври 2018 г.", "2018-10-05"),
            ("5. октобар 2018.", "2018-10-05"),
            ("12. јун 2019.", "2019-06-12"),
            ("5. oktobar 2018.", "2018-10-05"),
            ("5. ožujka 2018.", "2018-03-05"),
            ("5. marec 2018", "2018-03-05"),
            ("5. oktoober 2018", "2018-10-05"),
            ("2018. gada 5. oktobrī", "2018-10-05"),
            ("2018 m. spalio 5 d.", "2018-10-05"),
            ("2018ko urriaren 5a", "2018-10-05"),
            ("2018ko urriaren 5ean, 14:30", "2018-10-05"),
            ("2019ko martxoaren 12an", "2019-03-12"),
            ("12. ágúst 2019", "2019-08-12"),
            ("5 tetor 2018", "2018-10-05"),
            ("12 Lúnasa 2019", "2019-08-12"),
            ("5 Hydref 2018", "2018-10-05"),
            ("12 Agosti 2019", "2019-08-12"),
            ("5 اکتوبر 2018", "2018-10-05"),
            ("12 ஆகஸ்ட் 2019", "2019-08-12"),
            ("Thứ sáu, ngày 5 tháng 10 năm 2018", "2018-10-05"),
            ("05 tháng 10, 2018 14:30", "2018-10-05"),
            ("5 maj 2020", "2020-05-05"),
            ("15 يناير 2020", "2020-01-15"),
            ("الأحد 04 آب اغسطس 2013", "2013-08-04"),
            ("الأحد، 04 آب/اغسطس 2013، آخر تحديث 02:21", "2013-08-04"),
            ("3 كانون الثاني 2019", "2019-01-03"),
            ("22 تشرين الأول 2018", "2018-10-22"),
            ("4 मार्च 2021", "2021-03-04"),
            ("৪ মার্চ ২০২১", "2021-03-04"),
            ("১০ ফেব্রুয়ারি ২০২১, ১৫:৩০", "2021-02-10"),
            ("4 במרץ 2021", "2021-03-04"),
            ("יום חמישי, 4 במרץ 2021", "2021-03-04"),
            ("令和3年3月4日", "2021-03-04"),
            ("令和元年5月1日", "2019-05-01"),
            ("平成30年12月25日", "2018-12-25"),
            ("4 มี.ค. 2564", "2021-03-04"),
            ("２０１９年４月１０日", "2019-04-10"),
            ("٤ مارس ٢٠٢١", "2021-03-04"),
            ("४ मार्च २०२१", "2021-03-04"),
            ("۱۴ اسفند ۱۳۹۹", "2021-03-04"),
            ("1 فروردین 1400", "2021-03-21"),
            ("1 فروردين 1403", "2024-03-20"),
            ("22 بهمن 1397", "2019-02-11"),
            ("1 دی 1399", "2020-12-21"),
            ("29 اسفند 1402", "2024-03-19"),
            ("วันพฤหัสบดีที่ 4 มีนาคม 2564 เวลา 10:30 น.", "2021-03-04"),
            ("4 มีนาคม 2021", "2021-03-04"),
            ("अपडेटेड 12 सितंबर 2020, 10:30 AM IST", "2020-09-12"),
        ] {
            assert_eq!(day(text).unwrap_or_default(), want, "{text}");
        }
    }

    fn at(text: &str, zone: impl Into<Zone>) -> String {
        parse_date(text, zone)
            .map(|d| d.at.naive_local().to_string())
            .unwrap_or_default()
    }

    #[test]
    fn times_joined_to_their_dates_by_words_and_marks() {
        for text in [
            "22.03.2026 - 14:08",
            "22.03.2026 | 14:08",
            "mardi 22 mars 2026 à 14h08",
            "le 22 mars 2026 à 14:08",
            "domingo, 22 de marzo de 2026 a las 14:08",
            "22 marzo 2026 ore 14.08",
            "22 maart 2026 om 14:08",
            "22.03.2026 um 14:08 Uhr",
            "22 марта 2026 г., 14:08",
            "Sunday 22 March 2026 14.08 GMT",
            "Mar 22, 2026 / 2:08 PM ET",
            "Mar 22 2026, 2:08pm",
            "Mar 22, 2026 @ 2:08 pm",
            "posted on March 22, 2026, at 2:08 p.m.",
            "22 mars 2026, à 14h08",
            "22 Mart 2026 Pazar 14:08",
            // Chinese, Japanese and Korean clocks, with the half of the day.
            "2026.03.22 오후 2:08",
            "2026년 3월 22일 오후 2시 08분",
            "2026年3月22日 午後2時08分",
            "2026年3月22日 14時08分",
            "2026-03-22 下午2:08",
            "２０２６年３月２２日 １４：０８",
        ] {
            assert_eq!(at(text, Tz::UTC), "2026-03-22 14:08:00", "{text}");
        }
        assert_eq!(at("2026.03.22 오전 12:08", Tz::UTC), "2026-03-22 00:08:00");
        assert_eq!(at("2026年3月22日 上午10:08", Tz::UTC), "2026-03-22 10:08:00");
        // "3 hours ago" in Korean is no clock time.
        assert_eq!(at("2026.03.22 3시간 전", Tz::UTC), "2026-03-22 00:00:00");
        // Numbers that are not a clock time stay apart from the date.
        assert_eq!(at("22.03.2026 - 15.000 Besucher", Tz::UTC), "2026-03-22 00:00:00");
        assert_eq!(at("22 March 2026 - 3 comments", Tz::UTC), "2026-03-22 00:00:00");
    }

    #[test]
    fn slashed_dates_read_in_the_order_of_the_page_language() {
        let fr = Zone::for_language(Tz::UTC, Some("fr-FR"));
        let gb = Zone::for_language(Tz::UTC, Some("en-GB"));
        let us = Zone::for_language(Tz::UTC, Some("en-US"));
        let none = Zone::for_language(Tz::UTC, None);
        assert!(fr.day_first && gb.day_first && !us.day_first && !none.day_first);
        assert!(!Zone::for_language(Tz::UTC, Some("en")).day_first);
        assert!(Zone::for_language(Tz::UTC, Some("pt_BR")).day_first);
        // One month name, two months: Croatian's October, Polish November.
        let hr = Zone::for_language(Tz::UTC, Some("hr-HR"));
        let pl = Zone::for_language(Tz::UTC, Some("pl"));
        assert_eq!(at("5. listopada 2018. u 14:30", hr), "2018-10-05 14:30:00");
        assert_eq!(at("5 listopada 2018, 14:30", pl), "2018-11-05 14:30:00");
        assert_eq!(
            parse_whole("5. listopada 2018.", hr)
                .unwrap()
                .date_naive()
                .to_string(),
            "2018-10-05"
        );
        assert_eq!(at("Publié le 05/06/2018 à 14h30", fr), "2018-06-05 14:30:00");
        assert_eq!(at("Publié le 4 mars 2021 à 15 h 30", fr), "2021-03-04 15:30:00");
        assert_eq!(at("05/06/2018", gb), "2018-06-05 00:00:00");
        assert_eq!(at("05/06/2018", us), "2018-05-06 00:00:00");
        assert_eq!(at("05/06/2018", none), "2018-05-06 00:00:00");
        // A day past 12 is a day in either order; two-digit years too.
        assert_eq!(at("12/25/2019", fr), "2019-12-25 00:00:00");
        assert_eq!(at("25/12/2019", us), "2019-12-25 00:00:00");
        assert_eq!(at("05/06/18", fr), "2018-06-05 00:00:00");
        assert_eq!(at("05/06/18", us), "2018-05-06 00:00:00");
        // Dashes as slashes.
        assert_eq!(at("05-06-2018", fr), "2018-06-05 00:00:00");
        assert_eq!(at("05-06-2018", us), "2018-05-06 00:00:00");
    }

    #[test]
    fn short_month_words_of_other_languages_make_no_date_of_english_prose() {
        for prose in [
            "Top 10 out of 2019's records",
            "We set 4 out of 5 goals in 2019",
            "Posted 3 days ago, 2019 edition",
            "Ara 2 and Kas 3 beat 2019's",
        ] {
            assert_eq!(day(prose), None, "{prose}");
        }
    }

    #[test]
    fn two_digit_years_and_implausible_years() {
        assert_eq!(day("2.11.22").as_deref(), Some("2022-11-02"));
        assert_eq!(
            day("28.01.22").as_deref(),
            Some("2022-01-28"),
            "not the year 0022"
        );
        for never in ["0022-01-28", "1970-01-01", "2099-05-01", "12.05.1850"] {
            assert_eq!(day(never), None, "{never}");
        }
    }

    #[test]
    fn dates_in_urls() {
        let d =
            |u: &str| date_in_url(&url::Url::parse(u).unwrap(), Tz::UTC).map(|d| d.date_naive().to_string());
        assert_eq!(d("https://e.org/2019/05/12/slug").as_deref(), Some("2019-05-12"));
        assert_eq!(
            d("https://e.org/news/2019-05-12-slug.html").as_deref(),
            Some("2019-05-12")
        );
        assert_eq!(d("https://e.org/a/20190512/slug").as_deref(), Some("2019-05-12"));
        assert_eq!(
            d("https://e.org/news/2019/6/26/dm4wjh7skxerzzw8").as_deref(),
            Some("2019-06-26")
        );
        assert_eq!(
            d("https://e.org/berlin/2012-11-29/slug/").as_deref(),
            Some("2012-11-29")
        );
        assert_eq!(
            d("https://e.org/a/2019612/slug"),
            None,
            "one digit needs separators"
        );
        assert_eq!(d("https://e.org/2019/05/slug"), None, "a month is not a day");
        assert_eq!(d("https://e.org/2019/0512/slug"), None);
        assert_eq!(d("https://e.org/item/123456789012"), None);
        assert_eq!(d("https://e.org/1850/01/01/old"), None);
    }

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
        for (text, want) in [
            ("2023-08-31T22:34:00+03:00", "2023-08-31T22:34:00+03:00"),
            ("Thu, 31 Aug 2023 19:34:00 GMT", "2023-08-31T19:34:00+00:00"),
            ("August 31, 2023", "2023-08-31T00:00:00+00:00"),
            ("Aug. 31, 2023 at 10:34 PM", "2023-08-31T22:34:00+00:00"),
            ("2023-08-31", "2023-08-31T00:00:00+00:00"),
            ("2023-08-31 22:34:10", "2023-08-31T22:34:10+00:00"),
            ("Thursday, 31st August 2023", "2023-08-31T00:00:00+00:00"),
            (
                "Published on 31 Aug 2023 22:34 — 4 min read",
                "2023-08-31T22:34:00+00:00",
            ),
            ("Posted Sept 3, 2023", "2023-09-03T00:00:00+00:00"),
            // Every month with a dot, as some blog themes write them; a
            // space before the comma.
            ("May. 8 2020", "2020-05-08T00:00:00+00:00"),
            ("Posted: February 27 , 2014", "2014-02-27T00:00:00+00:00"),
            ("the 20th of November 2019", "2019-11-20T00:00:00+00:00"),
            ("Top 10 of November 2019", ""),
            // C's asctime order, and its kin: the clock before the year.
            ("Wed Nov 20 15:23:00 2019", "2019-11-20T15:23:00+00:00"),
            ("November 20 15:23 2019", "2019-11-20T15:23:00+00:00"),
            ("Thu Dec 15 06:14:35 EST 2016", "2016-12-15T06:14:35-05:00"),
            ("November 20, 2019 15:23:00", "2019-11-20T15:23:00+00:00"),
            ("Dec. 22, 2016, 6:47 p.m.", "2016-12-22T18:47:00+00:00"),
            ("Wed, 19 Oct 2022 14:24:05 +0000", "2022-10-19T14:24:05+00:00"),
            (
                "posted 19 Oct 2022 14:24 +0200 by ann",
                "2022-10-19T14:24:00+02:00",
            ),
            ("compact 20210820030646", ""),
            ("20210820030646", "2021-08-20T03:06:46+00:00"),
            ("no date here", ""),
            ("1 Shares", ""),
        ] {
            assert_eq!(auto(text, Tz::UTC), want, "{text}");
        }
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
}
