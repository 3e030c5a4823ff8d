//! Dates to the day, in every way people write them — `14/01/24`,
//! `03/14/2024`, `2024-03-14T10:00`, `le 03/03`, `1er avril 1977`, `le
//! douze mars`, `March 3rd, 2024`, `Jan 14`, `the 4th of July, 1976`, with
//! the weekday before — read once here, for two uses: a date that the
//! context marks as a birth date (`DDN`, « née à Oran le », "Born in Lagos
//! on", a date in parentheses after a name) or as the day of a personal
//! event (a hospitalisation, an arrest) is reported; and exports coarsen
//! every date to its month ([`day_dates`]).

use std::sync::LazyLock;

use regex::Regex;

use super::re;
use crate::fold::fold;
use crate::zones::{captures_in, cut_regions, find_in, Reach, Zones};
use crate::{PiiKind, Span};

/// A date written to the day, found in text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayDate {
    /// First byte (the weekday's, when one leads the date).
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Month, 1–12, when it can be told (`03/04/2024` needs the language).
    pub month: Option<u8>,
    /// The other reading's month, when day and month could be swapped.
    pub swapped_month: Option<u8>,
    /// Year, when written (two-digit years expanded).
    pub year: Option<i32>,
}

const MONTH: &str = r"(?:janvier|janv|f[ée]vrier|f[ée]vr|mars|avril|avr|mai|juin|juillet|juil|ao[uû]t|septembre|sept|octobre|oct|novembre|nov|d[ée]cembre|d[ée]c|january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sep|october|november|december)";
const EN_MONTH: &str = r"(?:january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec)";
const WEEKDAY: &str = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lun|mar|mer|jeu|ven|sam|dim|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?";
const SPELLED_DAY: &str = r"(?:premier|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix-sept|dix-huit|dix-neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt(?:[- ]et[- ]un|-deux|-trois|-quatre|-cinq|-six|-sept|-huit|-neuf)?|trente(?:[- ]et[- ]un)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-\w+|thirtieth|thirty-first)";

/// Year first, with dashes or slashes: `2024-05-12`, `1962/04/08`.
static ISO: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(\d{4})[-/](\d{2})[-/](\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+\-]\d{2}:?\d{2})?)?\b"));
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?:\b{WEEKDAY}\s+)?(?:\ble\s+|\bthe\s+)?\b(\d{{1,2}})([/.\-])(\d{{1,2}})[/.\-](\d{{4}}|\d{{2}})\b"
    ))
});
/// `le 03/03`, `on 3/14`: day and month alone need a word before them
/// (« 3/4 des personnes » is a fraction).
static NUMERIC_NO_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(r"(?i)(?:\b{WEEKDAY}\s+)?\b(?:le|du|au|on|the|avant le|before)\s+(\d{{1,2}})/(\d{{1,2}})\b"))
});
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?:\b{WEEKDAY}\s+)?(?:\b(?:le|the)\s+)?\b(\d{{1,2}}|1er|{SPELLED_DAY})(?:st|nd|rd|th|er|e|ème)?\s+(?:of\s+|de\s+)?({MONTH})\b\.?(?:,?\s+('?\d{{4}}|'\d{{2}}|\d{{2}}\b))?"
    ))
});
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?:\b{WEEKDAY}\s+)?\b({EN_MONTH})\b\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}|'\d{{2}}))?"
    ))
});

/// The month a (folded) month name or abbreviation stands for.
fn month_of(name: &str) -> Option<u8> {
    let f = fold(name.trim_end_matches('.'));
    const PREFIXES: [(&str, u8); 24] = [
        ("janv", 1),
        ("jan", 1),
        ("fev", 2),
        ("feb", 2),
        ("mars", 3),
        ("mar", 3),
        ("avr", 4),
        ("apr", 4),
        ("mai", 5),
        ("may", 5),
        ("juin", 6),
        ("jun", 6),
        ("juil", 7),
        ("jul", 7),
        ("aou", 8),
        ("aug", 8),
        ("sep", 9),
        ("oct", 10),
        ("nov", 11),
        ("dec", 12),
        ("january", 1),
        ("july", 7),
        ("june", 6),
        ("march", 3),
    ];
    PREFIXES.iter().find(|(p, _)| f.starts_with(p)).map(|&(_, m)| m)
}

fn year_of(s: &str) -> Option<i32> {
    let digits = s.trim_start_matches('\'');
    let y: i32 = digits.parse().ok()?;
    Some(if digits.len() == 2 {
        if y > 30 {
            1900 + y
        } else {
            2000 + y
        }
    } else {
        y
    })
}

fn numeric(day_or_month: u32, month_or_day: u32) -> Option<(Option<u8>, Option<u8>)> {
    let (a, b) = (day_or_month, month_or_day);
    match (a, b) {
        // « 81-06-14 »: a two-digit year first.
        (32..=99, 1..=12) => Some((Some(b as u8), None)),
        (1..=12, 1..=12) if a == b => Some((Some(a as u8), None)),
        // Day first (French and most of the world), or American order.
        (1..=12, 1..=12) => Some((Some(b as u8), Some(a as u8))),
        (13..=31, 1..=12) => Some((Some(b as u8), None)),
        (1..=12, 13..=31) => Some((Some(a as u8), None)),
        _ => None,
    }
}

/// How far an ISO date reaches around its digits (see [`crate::zones`]):
/// a `Z` after.
const ISO_REACH: Reach = Reach { before: 0, after: 1, digits: 8 };

/// How far the numeric dates reach around their digits, searched in the
/// windows of [`Zones::windows_led`] rather than over the whole text (a
/// full pass of each costs more than all their windows): [`NUMERIC`] is
/// led by a weekday and « le » or "the" (two words) and holds four digits
/// or more; [`NUMERIC_NO_YEAR`] by a weekday and « avant le » (three) and
/// two digits; [`MONTH_DAY`] by a weekday and the month (two), a suffix
/// after its day (`th`, read as part of the word the window ends on). Its
/// year may stand after spaces beyond its zone: that year's own zone is
/// led by the day's suffix and comma, so its window starts where the
/// day's ends, and the two are merged.
const NUMERIC_REACH: Reach = Reach { before: 0, after: 0, digits: 4 };
const NUMERIC_NO_YEAR_REACH: Reach = Reach { before: 0, after: 0, digits: 2 };
const MONTH_DAY_REACH: Reach = Reach { before: 0, after: 2, digits: 1 };

/// Every date written to the day in `text`, in order, without overlaps.
pub fn day_dates(text: &str) -> Vec<DayDate> {
    day_dates_in(text, &Zones::of(text))
}

/// [`day_dates`], with the digit zones of `text` already found.
pub(crate) fn day_dates_in(text: &str, zones: &Zones) -> Vec<DayDate> {
    let mut found = Vec::new();
    // Only a date with its day spelled out has no digit.
    if zones.is_empty() {
        spelled_or_named_months(text, &mut found);
        return kept(found);
    }
    for c in captures_in(&ISO, text, &zones.windows(text, ISO_REACH)) {
        let (Some(m), Some(mo), Some(d)) = (c.get(0), c.get(2), c.get(3)) else { continue };
        let (month, day): (u8, u8) = (mo.as_str().parse().unwrap_or(0), d.as_str().parse().unwrap_or(0));
        if (1..=12).contains(&month) && (1..=31).contains(&day) {
            let year = c.get(1).and_then(|y| year_of(y.as_str()));
            found.push(DayDate { start: m.start(), end: m.end(), month: Some(month), swapped_month: None, year });
        }
    }
    for c in captures_in(&NUMERIC, text, &zones.windows_led(text, NUMERIC_REACH, 2)) {
        let (Some(m), Some(a), Some(b), Some(y)) = (c.get(0), c.get(1), c.get(3), c.get(4)) else { continue };
        let Some((month, swapped)) = numeric(a.as_str().parse().unwrap_or(0), b.as_str().parse().unwrap_or(0)) else {
            continue;
        };
        let start = trim_lead(text, m.start(), a.start());
        found.push(DayDate { start, end: m.end(), month, swapped_month: swapped, year: year_of(y.as_str()) });
    }
    for c in captures_in(&NUMERIC_NO_YEAR, text, &zones.windows_led(text, NUMERIC_NO_YEAR_REACH, 3)) {
        let (Some(m), Some(a), Some(b)) = (c.get(0), c.get(1), c.get(2)) else { continue };
        let Some((month, swapped)) = numeric(a.as_str().parse().unwrap_or(0), b.as_str().parse().unwrap_or(0)) else {
            continue;
        };
        found.push(DayDate {
            start: trim_lead(text, m.start(), a.start()),
            end: m.end(),
            month,
            swapped_month: swapped,
            year: None,
        });
    }
    spelled_or_named_months(text, &mut found);
    for c in captures_in(&MONTH_DAY, text, &zones.windows_led(text, MONTH_DAY_REACH, 2)) {
        let (Some(m), Some(mo), Some(d)) = (c.get(0), c.get(1), c.get(2)) else { continue };
        if !(1..=31).contains(&d.as_str().parse::<u32>().unwrap_or(0)) {
            continue;
        }
        let year = c.get(3).and_then(|y| year_of(y.as_str()));
        found.push(DayDate { start: m.start(), end: m.end(), month: month_of(mo.as_str()), swapped_month: None, year });
    }
    kept(found)
}

/// Dates with the day before the month's name (`1er avril`, `le douze
/// mars`, `4th of July`).
fn spelled_or_named_months(text: &str, found: &mut Vec<DayDate>) {
    for c in DAY_MONTH.captures_iter(text) {
        let (Some(m), Some(d), Some(mo)) = (c.get(0), c.get(1), c.get(2)) else { continue };
        if d.as_str().chars().all(|c| c.is_ascii_digit()) && !(1..=31).contains(&d.as_str().parse::<u32>().unwrap_or(0))
        {
            continue;
        }
        let year = c.get(3).and_then(|y| year_of(y.as_str()));
        let start = trim_lead(text, m.start(), d.start());
        found.push(DayDate { start, end: m.end(), month: month_of(mo.as_str()), swapped_month: None, year });
    }
}

/// The dates of `found` in order, longest first where two start together,
/// without the ones overlapping a date kept.
fn kept(mut found: Vec<DayDate>) -> Vec<DayDate> {
    // Longest first, then keep those that do not overlap one kept.
    found.sort_by_key(|d| (d.start, std::cmp::Reverse(d.end)));
    let mut kept: Vec<DayDate> = Vec::new();
    for d in found {
        if kept.last().is_none_or(|k| d.start >= k.end) {
            kept.push(d);
        }
    }
    kept
}

/// A leading « le » or "the" is not part of the date (the weekday is).
fn trim_lead(text: &str, match_start: usize, number_start: usize) -> usize {
    let lead = &text[match_start..number_start];
    let lower = lead.to_lowercase();
    for article in ["avant le ", "before ", "le ", "the ", "du ", "au ", "on "] {
        if let Some(pos) = lower.rfind(article) {
            if lower[pos + article.len()..].trim().is_empty() {
                // Keep a weekday before the article: « lundi le 3 ».
                return if lower[..pos].trim().is_empty() { match_start + pos + article.len() } else { match_start };
            }
        }
    }
    match_start
}

static BIRTH_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b(?:DDN|D\.D\.N|date\s+(?:de\s+)?naiss(?:ance)?|naissance|DOB|D\.O\.B|date\s+of\s+birth|birth\s*date|birthday|born)|(?:^|[^\p{L}])n(?:é|ée|és|ées|ee|ees)(?:\(e\)|·e)?)(?:[^\p{L}]|$)",
    )
});
static EVENT_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:hospitalis[ée]e?s?|hospitalisé·e|hospitali[sz]ed|admise?|admitted|intern[ée]e?|sortie?\s+de\s+l'hôpital|discharged|arr[êe]t[ée]e?|arrested|expuls[ée]e?|evicted|incarc[ée]r[ée]e?|jailed)\b",
    )
});

/// How far after an event cue its date may stand, in bytes.
const EVENT_REACH: usize = 20;

/// Bytes no match of [`EVENT_CUE`] holds and that are no ASCII word
/// characters (the pattern ends with `\b`): ASCII other than letters,
/// digits, `_`, spaces and the apostrophe.
fn outside_event_cue(b: u8) -> bool {
    b.is_ascii()
        && !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C | b'\''))
}

/// How far after a cue its date may stand (« née à Oran le 5 juin 1958 »,
/// "Born in Lagos on March 3, 1979").
const CUE_REACH: usize = 48;

/// Dates of birth and precise dates of personal events; `dates` are
/// [`day_dates`] of `text` (read once for this and [`after_names`]).
pub fn find(text: &str, dates: &[DayDate], out: &mut Vec<Span>) {
    // Only a date found can be a birth date or an event's.
    if dates.is_empty() {
        return;
    }
    // The first date after a cue's end, on its line and in its sentence.
    // The dates are in order: those starting too early are skipped by a
    // binary search, and the walk stops past the reach (a scan from the
    // first date for every cue made a long text quadratic).
    let first_after = |at: usize, reach: usize| {
        let from = dates.partition_point(|d| d.start + 1 < at);
        dates[from..].iter().take_while(|d| d.start <= at + reach).find(|d| {
            text.get(at.min(d.start)..d.start).is_some_and(|between| !between.contains('\n') && !between.contains(". "))
        })
    };
    for m in BIRTH_CUE.find_iter(text) {
        // The match ends on the character after the cue: a dot there
        // belongs to the cue (« d.o.b. », « naiss. »), anything else not.
        let last = m.as_str().chars().next_back();
        let cue_end = m.end() - last.filter(|c| !c.is_alphabetic() && *c != '.').map_or(0, char::len_utf8);
        // A birthday without a year ("turns 40 on May 12") is a day of the
        // year, not a birth date.
        let birthday = m.as_str().get(..8).is_some_and(|w| w.eq_ignore_ascii_case("birthday"));
        if let Some(d) = first_after(cue_end, CUE_REACH).filter(|d| !birthday || d.year.is_some()) {
            out.push(Span::new(PiiKind::DateOfBirth, date_core(text, d), d.end));
        }
    }
    // An event cue counts only when a date starts within 20 bytes after
    // it: the pattern is searched around the dates alone.
    let near_dates =
        cut_regions(text, dates.iter().map(|d| (d.start, d.start + 1)), EVENT_REACH + 1, outside_event_cue);
    for m in find_in(&EVENT_CUE, text, &near_dates) {
        if let Some(d) = first_after(m.end(), EVENT_REACH) {
            out.push(Span::new(PiiKind::EventDate, date_core(text, d), d.end));
        }
    }
}

/// The date without a weekday before it (a birth date's span is the date).
fn date_core(text: &str, d: &DayDate) -> usize {
    let s = &text[d.start..d.end];
    s.find(|c: char| c.is_ascii_digit())
        .filter(|&i| s[..i].chars().all(|c| c.is_alphabetic() || c == ',' || c == '.' || c.is_whitespace()))
        .filter(|&i| {
            let lead = fold(s[..i].trim().trim_end_matches([',', '.']));
            lead.is_empty() || lead.len() <= 9 && !lead.contains(' ') && month_of(&lead).is_none()
        })
        .map_or(d.start, |i| d.start + i)
}

static PARENS: LazyLock<Regex> = LazyLock::new(|| re(r"^(?:\s+\p{Lu}\.)?\s*\(\s*(?:DDN|DOB|né·?e?|born)?\s*:?\s*"));

/// A day-precise date in parentheses right after a name, as in a sign-in
/// list: `Léandre Vermouthier (04.11.1963)`, `Mounir B. (12/04/85)`;
/// `dates` are [`day_dates`] of `text`.
pub fn after_names(text: &str, dates: &[DayDate], out: &mut Vec<Span>) {
    let names: Vec<Span> = out.iter().filter(|s| s.kind == PiiKind::PersonName).copied().collect();
    if names.is_empty() {
        return;
    }
    for n in names {
        let Some(rest) = text.get(n.end..) else { continue };
        let Some(lead) = PARENS.find(rest) else { continue };
        let at = n.end + lead.end();
        let i = dates.partition_point(|d| d.start < at);
        if let Some(d) = dates.get(i).filter(|d| d.start == at) {
            if text.get(d.end..).is_some_and(|r| r.trim_start().starts_with(')')) {
                out.push(Span::new(PiiKind::DateOfBirth, d.start, d.end));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str) -> Vec<(&str, Option<u8>, Option<i32>)> {
        day_dates(text).iter().map(|d| (&text[d.start..d.end], d.month, d.year)).collect()
    }

    #[test]
    fn every_way_of_writing_a_day() {
        assert_eq!(dates("vu le 14/01/24"), [("14/01/24", Some(1), Some(2024))]);
        assert_eq!(dates("le 03/03"), [("03/03", Some(3), None)]);
        assert_eq!(dates("on March 3rd, 2024"), [("March 3rd, 2024", Some(3), Some(2024))]);
        assert_eq!(dates("at 2024-03-14T10:00 sharp"), [("2024-03-14T10:00", Some(3), Some(2024))]);
        assert_eq!(dates("due Jan 14"), [("Jan 14", Some(1), None)]);
        assert_eq!(dates("lundi 14 janvier 2025"), [("lundi 14 janvier 2025", Some(1), Some(2025))]);
        assert_eq!(dates("le douze mars 1987"), [("douze mars 1987", Some(3), Some(1987))]);
        assert_eq!(dates("the 4th of July, 1976"), [("4th of July, 1976", Some(7), Some(1976))]);
        assert_eq!(dates("03/14/2024")[0].1, Some(3), "American order when the day cannot be a month");
        assert!(dates("3/4 des personnes, 9h15, en 2024, mars 2024").is_empty());
    }

    fn births(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        find(text, &day_dates(text), &mut out);
        out.iter().filter(|s| s.kind == PiiKind::DateOfBirth).map(|s| s.text(text)).collect()
    }

    #[test]
    fn birth_dates_in_context() {
        assert_eq!(births("Fiche : DDN 3/4/85, sans domicile"), ["3/4/85"]);
        assert_eq!(births("née à Hanoï le 17 janvier 1999."), ["17 janvier 1999"]);
        assert_eq!(births("Born in Lagos on 12 January 1984, she"), ["12 January 1984"]);
        assert_eq!(births("His DOB is 1979-02-14 if asked"), ["1979-02-14"]);
        assert_eq!(births("Né le : 03.07.62 à Pointe-à-Pitre"), ["03.07.62"]);
        assert!(births("Brahim, né en 1962, est le plus ancien").is_empty(), "a year alone");
        assert!(births("Réunion le 14 janvier, née de la volonté des membres. Le 3 mars, bilan.").is_empty());
    }
}

#[cfg(test)]
mod more_tests {
    use super::*;

    fn births(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        find(text, &day_dates(text), &mut out);
        out.iter().filter(|s| s.kind == PiiKind::DateOfBirth).map(|s| s.text(text)).collect()
    }

    #[test]
    fn abbreviated_cues_and_short_years() {
        assert_eq!(births("d.o.b. 9 Sept 82, no fixed address"), ["9 Sept 82"]);
        assert_eq!(births("Date naiss. : 29/02/1996"), ["29/02/1996"]);
        assert_eq!(births("DDN 81-06-14 selon la carte"), ["81-06-14"]);
        assert_eq!(births("Fiche :\nNé le : 09/12/1990\nAdresse"), ["09/12/1990"]);
    }
}
