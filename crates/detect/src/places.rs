//! Street addresses and postal codes.

use std::sync::LazyLock;

use regex::Regex;

use super::{push_all, push_group, re};
use crate::{PiiKind, Span};

static ADDRESS_FR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b\d{1,5}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|boul\.|bd|chemin|ch\.|allée|impasse|route|quai|rang|montée|place)\s+[^\n,;.()@]{2,40}",
    )
});
static ADDRESS_EN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b\d{1,5}\s+(?:[A-Z][a-z]+\s){1,3}(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.|Lane|Way|Court)",
    )
});
static POSTAL_CA: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \-]?\d[ABCEGHJ-NPRSTV-Z]\d\b"));
static POSTAL_FR: LazyLock<Regex> = LazyLock::new(|| re(r"\b((?:0[1-9]|[1-8]\d|9[0-8])\d{3})\s+[A-ZÉÈ][\p{L}'\-]+"));

/// Finds addresses and postal codes.
pub fn find(text: &str, out: &mut Vec<Span>) {
    for m in ADDRESS_FR.find_iter(text).chain(ADDRESS_EN.find_iter(text)) {
        let trimmed = m.as_str().trim_end();
        out.push(Span::new(PiiKind::Address, m.start(), m.start() + trimmed.len()));
    }
    push_all(&POSTAL_CA, text, PiiKind::PostalCode, out);
    push_group(&POSTAL_FR, text, PiiKind::PostalCode, out);
}
