//! Dates that identify: a date of birth, or the precise day of a personal
//! event (a hospitalisation, an arrest). Meeting dates and years alone do
//! not fire.

use std::sync::LazyLock;

use regex::Regex;

use super::{push_group, re};
use crate::{PiiKind, Span};

const MONTHS: &str = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december";

fn day_precise() -> String {
    format!(
        r"\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}(?:er)?\s+(?:{MONTHS})\s+\d{{4}}|(?:{MONTHS})\s+\d{{1,2}},?\s+\d{{4}}"
    )
}

static BIRTH: LazyLock<Regex> = LazyLock::new(|| {
    let any = format!(r"{}|(?:{MONTHS})\s+\d{{4}}|\d{{4}}", day_precise());
    re(&format!(
        r"(?i)\b(?:née?s?|né·e|born|date\s+de\s+naissance|dob|d\.o\.b\.?)\s*:?\s+(?:le\s+|en\s+|on\s+|in\s+)?({any})\b"
    ))
});
static EVENT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:hospitalisée?s?|hospitalisé·e|hospitali[sz]ed|admise?|admitted|internée?|sortie?\s+de\s+l'hôpital|discharged|arrêtée?|arrested|expulsée?|evicted)\s+(?:le\s+|on\s+)?({})\b",
        day_precise()
    ))
});

/// Finds dates of birth and precise dates of personal events.
pub fn find(text: &str, out: &mut Vec<Span>) {
    push_group(&BIRTH, text, PiiKind::DateOfBirth, out);
    push_group(&EVENT, text, PiiKind::EventDate, out);
}

/// A day-precise date in parentheses right after a name, as in a sign-in
/// list: `Léandre Vermouthier (04.11.1963)`.
pub fn after_names(text: &str, out: &mut Vec<Span>) {
    let names: Vec<Span> = out.iter().filter(|s| s.kind == PiiKind::PersonName).copied().collect();
    for n in names {
        let Some(rest) = text.get(n.end..) else { continue };
        if let Some(c) = IN_PARENS.captures(rest).and_then(|c| c.get(1)) {
            out.push(Span::new(PiiKind::DateOfBirth, n.end + c.start(), n.end + c.end()));
        }
    }
}

static IN_PARENS: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"^\s*\(\s*(?:DDN|DOB|né·?e?|born)?\s*:?\s*({})\s*\)", day_precise())));
