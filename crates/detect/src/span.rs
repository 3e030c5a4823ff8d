//! A detected span: its kind and where it lies in the text.

use serde::Serialize;

use crate::PiiKind;

/// A run of text of some kind, by byte offsets into the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Span {
    /// What it is.
    pub kind: PiiKind,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span of `kind` over `start..end`.
    pub fn new(kind: PiiKind, start: usize, end: usize) -> Self {
        Self { kind, start, end }
    }

    /// The text covered.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or_default()
    }

    /// Whether two spans share a byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Character (Unicode scalar) offsets of spans sorted by start, counted in
/// one pass over the text: `(start, end)` for each span, in order.
pub fn char_ranges(text: &str, spans: &[Span]) -> Vec<(usize, usize)> {
    let mut points: Vec<(usize, usize, bool)> = Vec::with_capacity(spans.len() * 2);
    for (i, s) in spans.iter().enumerate() {
        points.push((s.start, i, false));
        points.push((s.end, i, true));
    }
    points.sort_unstable();
    let mut out = vec![(0, 0); spans.len()];
    let (mut byte, mut chars) = (0usize, 0usize);
    for (at, i, is_end) in points {
        let at = at.min(text.len());
        if at > byte {
            chars += text.get(byte..at).map_or(0, |s| s.chars().count());
            byte = at;
        }
        if is_end {
            out[i].1 = chars;
        } else {
            out[i].0 = chars;
        }
    }
    out
}
