//! Merging what the detectors found: when spans overlap, identifying kinds
//! win over review kinds (so a name inside a quasi-identifier is still
//! removed); among identifying kinds, exact ones (checked numbers,
//! e-mails…) win over the looser address and name patterns, which must not
//! swallow them; then the longer span wins.

use crate::{PiiKind, Span};

/// Keeps the best of overlapping spans, in order.
pub fn resolve(found: Vec<Span>) -> Vec<Span> {
    // Each span's rank is computed once (the sort used to rebuild the
    // tuple at every comparison); the index keeps the order of spans that
    // rank alike, as the stable sort did.
    let mut ranked: Vec<(Rank, usize)> = found.iter().enumerate().map(|(i, s)| (rank(s), i)).collect();
    ranked.sort_unstable();
    // Kept spans never overlap: a candidate clashes when one of its bytes
    // is already covered, read from a map of covered bytes (spans are
    // short; a search tree cost a log-time probe and a node per span).
    let len = found.iter().map(|s| s.end).max().unwrap_or(0);
    let mut covered = vec![false; len];
    let mut kept = Vec::new();
    for (_, i) in ranked {
        let s = found[i];
        if s.end > s.start && !covered[s.start..s.end].contains(&true) {
            covered[s.start..s.end].fill(true);
            kept.push(s);
        }
    }
    // Starts are distinct: kept spans are not empty and do not overlap.
    kept.sort_unstable_by_key(|s| s.start);
    kept
}

/// The order in which overlapping spans are chosen (smaller first).
type Rank = (bool, bool, u8, std::cmp::Reverse<usize>, usize);

fn rank(s: &Span) -> Rank {
    let looseness = match s.kind {
        PiiKind::Address => 1,
        PiiKind::PersonName => 2,
        _ => 0,
    };
    // A listed diagnosis (whose eponym, "Gilles de la Tourette", is no
    // one's name here) comes first.
    (s.kind != PiiKind::Diagnosis, s.kind.is_review(), looseness, std::cmp::Reverse(s.end - s.start), s.start)
}
