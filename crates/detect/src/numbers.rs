//! Numbers that identify a person: NIR (with its key checked, or without
//! its key when the context names it), SIN (Luhn), RAMQ (its birth date
//! checked) and other provinces' health cards (where the context names
//! them, or by their version code), IBAN (mod 97) — so that counts, years,
//! receipts and file numbers do not fire.

use std::sync::LazyLock;

use regex::Regex;

use super::{re, re_anchorable};
use crate::checks;
use crate::zones::{captures_in, cut_regions, find_in, find_starting, Reach, Zones};
use crate::{PiiKind, Span};
use regex_automata::meta::Regex as Meta;

/// Separators people put in numbers: space, no-break space, dot, dash.
const SEP: &str = r"[\s.\-]?";

static NIR: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b[12]{SEP}\d{{2}}{SEP}(?:0[1-9]|1[0-2]|[2-9]\d){SEP}(?:\d{{2}}|2[ABab]){SEP}\d{{3}}{SEP}\d{{3}}(?:{SEP}(\d{{2}}))?\b"
    ))
});
/// Words that name a French social-security number (for one without key).
static NIR_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:NIR|s[ée]cu|s[ée]curit[ée]\s+sociale|INSEE|carte\s+vitale|n°\s*SS|num[ée]ro\s+SS|social\s+security)")
});
static SIN: LazyLock<Regex> = LazyLock::new(|| re(r"\b\d{3}[\s\-.]?\d{3}[\s\-.]?\d{3}\b"));
static RAMQ: LazyLock<Regex> = LazyLock::new(|| re(r"\b[A-Z]{4}[\s\-]?\d{4}[\s\-]?\d{4}\b"));
static IBAN: LazyLock<Meta> =
    LazyLock::new(|| re_anchorable(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b"));
static YEARS: LazyLock<Regex> = LazyLock::new(|| re(r"^(?:19|20)\d{2}(?:19|20)\d{2}$"));
/// Ontario's health number with its version code is distinctive alone.
static OHIP_VERSIONED: LazyLock<Regex> = LazyLock::new(|| re(r"\b\d{4}[\s\-]?\d{3}[\s\-]?\d{3}[\s\-]?[A-Z]{2}\b"));
/// Words that name a health card outside Quebec, then the number after.
static HEALTH_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:OHIP|PHN|MSP|health\s+(?:card|number|care|insurance)|care\s*card|medicare|carte\s+(?:sant[ée]|d'assurance[\s\-]maladie|soleil)|assurance[\s\-]maladie|num[ée]ro\s+d'assurance\s+maladie|AHCIP)",
    )
});
static HEALTH_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b(?:\d{4,5}[\s\-]?\d{3,4}(?:[\s\-]?\d{3})?(?:[\s\-]?[A-Z]{2})?|\d{3}[\s\-]?\d{3}[\s\-]?\d{3})\b")
});

/// How far after its cue a number may stand ("Alberta health care #: …").
const CUE_REACH: usize = 40;

fn cued(cue: &Regex, text: &str, at: usize) -> bool {
    let from = text[..at].char_indices().rev().nth(CUE_REACH).map_or(0, |(i, _)| i);
    let to = text[at..].char_indices().nth(CUE_REACH).map_or(text.len(), |(i, _)| at + i);
    cue.is_match(&text[from..to])
}

/// How far the NIR, SIN and health card patterns reach around their
/// digits (see [`crate::zones`]): RAMQ's four letters and a separator
/// before, OHIP's version code after, and the digits each holds.
const NIR_REACH: Reach = Reach { before: 0, after: 0, digits: 12 };
const SIN_REACH: Reach = Reach { before: 0, after: 0, digits: 9 };
const RAMQ_REACH: Reach = Reach { before: 5, after: 0, digits: 8 };
const OHIP_REACH: Reach = Reach { before: 0, after: 3, digits: 10 };

/// Finds identification numbers; `zones` are the digit zones of `text`.
pub fn find(text: &str, zones: &Zones, out: &mut Vec<Span>) {
    // Every number here holds a digit.
    if zones.is_empty() {
        return;
    }
    for c in captures_in(&NIR, text, &zones.windows(text, NIR_REACH)) {
        let Some(m) = c.get(0) else { continue };
        // With a key, the key decides; without, the context must say NIR.
        let ok = if c.get(1).is_some() { checks::nir(m.as_str()) } else { cued(&NIR_CUE, text, m.start()) };
        if ok {
            out.push(Span::new(PiiKind::Nir, m.start(), m.end()));
        }
    }
    for m in find_in(&SIN, text, &zones.windows(text, SIN_REACH)) {
        let d = checks::digits(m.as_str());
        // Numbers starting with 8 are business numbers, not people's.
        if d[0] != 8 && checks::luhn(&d) {
            out.push(Span::new(PiiKind::Sin, m.start(), m.end()));
        }
    }
    for m in find_in(&RAMQ, text, &zones.windows(text, RAMQ_REACH)) {
        let digits: String = m.as_str().chars().filter(char::is_ascii_digit).collect();
        // "PASM 2005 2010" holds two years, not a birth date.
        if checks::ramq(m.as_str()) && !YEARS.is_match(&digits) {
            out.push(Span::new(PiiKind::Ramq, m.start(), m.end()));
        }
    }
    for m in find_in(&OHIP_VERSIONED, text, &zones.windows(text, OHIP_REACH)) {
        out.push(Span::new(PiiKind::Ramq, m.start(), m.end()));
    }
    // A health number has nine digits or more, in one zone.
    if zones.most_digits() >= 9 {
        health_cards(text, zones, out);
    }
    for (start, end) in find_starting(&IBAN, text, iban_starts(text, zones)) {
        if checks::iban(&text[start..end]) {
            out.push(Span::new(PiiKind::Iban, start, end));
        }
    }
}

/// Bytes no match of [`HEALTH_CUE`] can hold: ASCII that is neither a
/// letter, an ASCII space (`(?-u:\s)`), a hyphen nor an apostrophe (digits
/// and punctuation among them). No cue crosses one, so the text can be cut
/// at them and the pieces searched alone with the same matches.
fn outside_cue(b: u8) -> bool {
    b.is_ascii() && !(b.is_ascii_alphabetic() || matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C | b'-' | b'\''))
}

/// The stretches of `text` where a health-card cue can be followed, within
/// [`CUE_REACH`] characters (four bytes at most each), by a number of nine
/// digits or more. Cues elsewhere have no such number after them and find
/// nothing; the cue pattern, like most full passes, costs far more than
/// these few stretches (it was a sixth of the detector's time on minutes).
fn cue_regions(text: &str, zones: &Zones) -> Vec<(usize, usize)> {
    cut_regions(text, zones.with_digits(9), CUE_REACH * 4, outside_cue)
}

/// Where an IBAN can start: two ASCII capitals right before a numeric
/// character (a superset of its `[A-Z]{2}\d{2}`), read in the digit zones
/// only (they hold every numeric character).
fn iban_starts(text: &str, zones: &Zones) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for (first, last) in zones.with_digits(2) {
        for at in first.max(2)..last {
            let numeric = bytes[at].is_ascii_digit()
                || bytes[at] >= 0xC0 && text[at..].chars().next().is_some_and(char::is_numeric);
            if numeric && bytes[at - 2].is_ascii_uppercase() && bytes[at - 1].is_ascii_uppercase() {
                out.push(at - 2);
            }
        }
    }
    out
}

/// Health numbers of other provinces, after the words that name them.
fn health_cards(text: &str, zones: &Zones, out: &mut Vec<Span>) {
    for cue in find_in(&HEALTH_CUE, text, &cue_regions(text, zones)) {
        let rest = &text[cue.end()..];
        let reach = rest.char_indices().nth(CUE_REACH).map_or(rest.len(), |(i, _)| i);
        if let Some(m) = HEALTH_NUMBER.find(&rest[..reach]) {
            let digits = checks::digits(m.as_str()).len();
            if (9..=12).contains(&digits) {
                out.push(Span::new(PiiKind::Ramq, cue.end() + m.start(), cue.end() + m.end()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(PiiKind, &str)> {
        let mut out = Vec::new();
        find(text, &Zones::of(text), &mut out);
        let mut v: Vec<_> = out.iter().map(|s| (s.kind, s.text(text))).collect();
        v.dedup();
        v
    }

    #[test]
    fn nir_with_or_without_its_key() {
        assert_eq!(found("NIR 1 85 05 78 006 084 91"), [(PiiKind::Nir, "1 85 05 78 006 084 91")]);
        assert_eq!(found("1-85-05-78-006-084-91 = sécu"), [(PiiKind::Nir, "1-85-05-78-006-084-91")]);
        assert_eq!(found("NIR (sans la clé) : 1 85 05 13 055 128"), [(PiiKind::Nir, "1 85 05 13 055 128")]);
        assert!(found("dossier 1 85 05 13 055 128").is_empty(), "no key and no context");
    }

    #[test]
    fn health_cards_of_every_province() {
        assert_eq!(found("RAMQ : BELM-7203-1514"), [(PiiKind::Ramq, "BELM-7203-1514")]);
        assert_eq!(found("OHIP: 4532-871-094-KT"), [(PiiKind::Ramq, "4532-871-094-KT")]);
        assert_eq!(found("BC PHN 9876 543 218"), [(PiiKind::Ramq, "9876 543 218")]);
        assert_eq!(found("Alberta health care #: 48213-5067"), [(PiiKind::Ramq, "48213-5067")]);
    }
}
