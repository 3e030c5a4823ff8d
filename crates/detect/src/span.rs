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

/// The bytes covered by a set of spans, as sorted disjoint intervals, to
/// ask whether ranges touch any of them.
#[derive(Debug, Default)]
pub struct Coverage(Vec<(usize, usize)>);

impl Coverage {
    /// The union of `spans`.
    pub fn of<'a>(spans: impl IntoIterator<Item = &'a Span>) -> Self {
        let mut v: Vec<(usize, usize)> = spans.into_iter().map(|s| (s.start, s.end)).collect();
        v.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(v.len());
        for (s, e) in v {
            match merged.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        Self(merged)
    }

    /// For each range of `ranges` (sorted by start), whether it shares a
    /// byte with the covered set: one walk instead of a search per range.
    /// Lazy, so that a caller walking the words for something else reads
    /// the answers in the same walk (the words of a long text fill more
    /// than the caches, and each walk over them costs a read of them all).
    pub fn overlaps_each<'c>(
        &'c self,
        ranges: impl Iterator<Item = (usize, usize)> + 'c,
    ) -> impl Iterator<Item = bool> + 'c {
        let mut i = 0;
        ranges.map(move |(start, end)| {
            // Intervals ending at or before this start end before every
            // later one too.
            while self.0.get(i).is_some_and(|&(_, e)| e <= start) {
                i += 1;
            }
            self.0.get(i).is_some_and(|&(s, _)| s < end)
        })
    }
}
