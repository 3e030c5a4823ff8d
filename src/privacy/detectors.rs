//! The detectors, one file per family, and the rules that merge their
//! findings: when spans overlap, identifying kinds win over
//! quasi-identifiers, then the longer span wins.

mod contact;
mod dates;
mod names;
mod numbers;
mod places;
mod quasi;

use regex::Regex;

use super::never_write::NeverWrite;
use super::{PiiKind, Span};

/// What detection needs to know beyond the text.
#[derive(Default, Clone, Copy)]
pub struct Context<'a> {
    /// The council's pseudonyms: never reported as names.
    pub pseudonyms: &'a [String],
    /// Names the council wants caught, as keyed hashes.
    pub never_write: Option<&'a NeverWrite>,
}

/// Every span of identifying data and quasi-identifiers in `text`, in order,
/// without overlaps.
pub fn detect(text: &str, ctx: &Context<'_>) -> Vec<Span> {
    let mut found = Vec::new();
    contact::find(text, &mut found);
    numbers::find(text, &mut found);
    places::find(text, &mut found);
    dates::find(text, &mut found);
    names::find(text, ctx.pseudonyms, ctx.never_write, &mut found);
    quasi::find(text, &mut found);
    resolve(found)
}

/// Keeps the best of overlapping spans.
fn resolve(mut found: Vec<Span>) -> Vec<Span> {
    // Best first: a listed diagnosis (whose eponym, "Gilles de la
    // Tourette", is no one's name here); then identifying before quasi (so a
    // name inside a quasi span is still removed); among identifying kinds,
    // exact ones (checked numbers, e-mails…) before the looser address and
    // name patterns, which must not swallow them; then longer first.
    found.sort_by_key(|s| {
        let looseness = match s.kind {
            PiiKind::Address => 1,
            PiiKind::PersonName => 2,
            _ => 0,
        };
        (s.kind != PiiKind::Diagnosis, s.kind.is_quasi(), looseness, std::cmp::Reverse(s.end - s.start), s.start)
    });
    // Kept spans never overlap, so only the one starting last before a
    // candidate's end can overlap it: a map by start answers in log time.
    let mut kept: std::collections::BTreeMap<usize, Span> = std::collections::BTreeMap::new();
    for s in found {
        let clashes = kept.range(..s.end).next_back().is_some_and(|(_, k)| k.end > s.start);
        if s.end > s.start && !clashes {
            kept.insert(s.start, s);
        }
    }
    kept.into_values().collect()
}

/// Compiles a pattern written in this module; patterns are constants, so a
/// failure is a programming error caught by the tests.
///
/// Word boundaries are made ASCII (`(?-u:\b)`): a Unicode boundary keeps the
/// fast DFA engine from running on accented text (ten times slower). Every
/// `\b` in the patterns therefore sits next to an ASCII character.
fn re(pattern: &str) -> Regex {
    let ascii_boundaries = pattern.replace(r"\b", r"(?-u:\b)");
    Regex::new(&ascii_boundaries).unwrap_or_else(|e| panic!("invalid detector pattern: {e}"))
}

/// Pushes every match of `re` as a span of `kind`.
fn push_all(re: &Regex, text: &str, kind: PiiKind, out: &mut Vec<Span>) {
    out.extend(re.find_iter(text).map(|m| Span::new(kind, m.start(), m.end())));
}

/// Pushes capture group 1 of every match of `re` as a span of `kind`.
fn push_group(re: &Regex, text: &str, kind: PiiKind, out: &mut Vec<Span>) {
    out.extend(re.captures_iter(text).filter_map(|c| c.get(1)).map(|m| Span::new(kind, m.start(), m.end())));
}
