//! The scrubber: identifying spans become typed placeholders; quasi-
//! identifiers are left in place and counted for review. The report counts
//! kinds, never the removed text.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{PiiKind, Span};
use crate::i18n::Lang;

/// What scrubbing did, by kind.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Spans replaced by a placeholder.
    pub removed: BTreeMap<PiiKind, usize>,
    /// Quasi-identifiers left for the secretary to review.
    pub to_review: BTreeMap<PiiKind, usize>,
}

impl Report {
    /// Adds another report's counts.
    pub fn merge(&mut self, other: &Report) {
        for (k, n) in &other.removed {
            *self.removed.entry(*k).or_default() += n;
        }
        for (k, n) in &other.to_review {
            *self.to_review.entry(*k).or_default() += n;
        }
    }

    /// Total spans removed.
    pub fn total_removed(&self) -> usize {
        self.removed.values().sum()
    }
}

/// Replaces each identifying span of `text` by its placeholder.
pub fn scrub(text: &str, spans: &[Span], lang: Lang) -> (String, Report) {
    let mut out = String::with_capacity(text.len());
    let mut report = Report::default();
    let mut at = 0;
    for s in spans {
        if s.kind.is_review() {
            *report.to_review.entry(s.kind).or_default() += 1;
            continue;
        }
        if s.start < at || s.end > text.len() {
            continue;
        }
        out.push_str(&text[at..s.start]);
        out.push_str(&crate::i18n::placeholder(s.kind, lang));
        *report.removed.entry(s.kind).or_default() += 1;
        at = s.end;
    }
    out.push_str(&text[at..]);
    (out, report)
}
