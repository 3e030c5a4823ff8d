//! Numbers that identify a person: NIR, SIN, RAMQ, IBAN — each confirmed by
//! its checksum or structure, so that counts and years do not fire.

use std::sync::LazyLock;

use regex::Regex;

use super::re;
use crate::checks;
use crate::{PiiKind, Span};

static NIR: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b[12]\s?\d{2}\s?(?:0[1-9]|1[0-2]|[2-9]\d)\s?(?:\d{2}|2[ABab])\s?\d{3}\s?\d{3}\s?\d{2}\b"));
static SIN: LazyLock<Regex> = LazyLock::new(|| re(r"\b\d{3}[\s\-]?\d{3}[\s\-]?\d{3}\b"));
static RAMQ: LazyLock<Regex> = LazyLock::new(|| re(r"\b[A-Z]{4}\s?\d{4}\s?\d{4}\b"));
static IBAN: LazyLock<Regex> = LazyLock::new(|| re(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b"));
static YEARS: LazyLock<Regex> = LazyLock::new(|| re(r"^(?:19|20)\d{2}(?:19|20)\d{2}$"));

/// Finds identification numbers.
pub fn find(text: &str, out: &mut Vec<Span>) {
    for m in NIR.find_iter(text).filter(|m| checks::nir(m.as_str())) {
        out.push(Span::new(PiiKind::Nir, m.start(), m.end()));
    }
    for m in SIN.find_iter(text) {
        let d = checks::digits(m.as_str());
        // Numbers starting with 8 are business numbers, not people's.
        if d[0] != 8 && checks::luhn(&d) {
            out.push(Span::new(PiiKind::Sin, m.start(), m.end()));
        }
    }
    for m in RAMQ.find_iter(text) {
        let digits: String = m.as_str().chars().filter(char::is_ascii_digit).collect();
        // "PASM 2005 2010" holds two years, not a birth date.
        if checks::ramq(m.as_str()) && !YEARS.is_match(&digits) {
            out.push(Span::new(PiiKind::Ramq, m.start(), m.end()));
        }
    }
    for m in IBAN.find_iter(text).filter(|m| checks::iban(m.as_str())) {
        out.push(Span::new(PiiKind::Iban, m.start(), m.end()));
    }
}
