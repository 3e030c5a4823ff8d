//! A detected span: its kind and where it lies in the text.

use serde::Serialize;

use super::PiiKind;

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

    /// Offsets in Unicode scalar values (characters) instead of bytes.
    pub fn char_range(&self, text: &str) -> (usize, usize) {
        let start = text.get(..self.start).map_or(0, |s| s.chars().count());
        let len = text.get(self.start..self.end).map_or(0, |s| s.chars().count());
        (start, start + len)
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
