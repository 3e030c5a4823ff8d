//! Merging what the detectors found: when spans overlap, identifying kinds
//! win over review kinds (so a name inside a quasi-identifier is still
//! removed); among identifying kinds, exact ones (checked numbers,
//! e-mails…) win over the looser address and name patterns, which must not
//! swallow them; then the longer span wins.

use std::collections::BTreeMap;

use crate::{PiiKind, Span};

/// Keeps the best of overlapping spans, in order.
pub fn resolve(mut found: Vec<Span>) -> Vec<Span> {
    found.sort_by_key(|s| {
        let looseness = match s.kind {
            PiiKind::Address => 1,
            PiiKind::PersonName => 2,
            _ => 0,
        };
        // A listed diagnosis (whose eponym, "Gilles de la Tourette", is no
        // one's name here) comes first.
        (s.kind != PiiKind::Diagnosis, s.kind.is_review(), looseness, std::cmp::Reverse(s.end - s.start), s.start)
    });
    // Kept spans never overlap, so only the one starting last before a
    // candidate's end can overlap it: a map by start answers in log time.
    let mut kept: BTreeMap<usize, Span> = BTreeMap::new();
    for s in found {
        let clashes = kept.range(..s.end).next_back().is_some_and(|(_, k)| k.end > s.start);
        if s.end > s.start && !clashes {
            kept.insert(s.start, s);
        }
    }
    kept.into_values().collect()
}
