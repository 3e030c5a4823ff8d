//! What the secretary reviews before a document leaves the council: every
//! span the scrubber will remove, every capitalised word the detector
//! could not explain, every quasi-identifier — each with where it stands,
//! so it can be shown in place. The words themselves stay in memory: a
//! report written to disk counts them by section and kind, never quotes
//! them.

use std::sync::Arc;

use crate::privacy::PiiKind;

/// Where a reviewed span stands in a draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Place {
    /// The draft's title.
    Title,
    /// A section's heading.
    Heading(usize),
    /// A paragraph of a section's body: (section, paragraph).
    Paragraph(usize, usize),
    /// A quoted contribution of a section: (section, quote).
    Quote(usize, usize),
}

impl Place {
    /// The section, if the place is inside one.
    pub fn section(self) -> Option<usize> {
        match self {
            Place::Title => None,
            Place::Heading(s) | Place::Paragraph(s, _) | Place::Quote(s, _) => Some(s),
        }
    }
}

/// One span to look at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewItem {
    /// Where.
    pub place: Place,
    /// What the detector took it for.
    pub kind: PiiKind,
    /// The text it stands in, as written in the draft.
    pub source: Arc<str>,
    /// Its bytes in `source`.
    pub start: usize,
    /// End.
    pub end: usize,
}

impl ReviewItem {
    /// The words reviewed.
    pub fn text(&self) -> &str {
        self.source.get(self.start..self.end).unwrap_or_default()
    }

    /// Whether the secretary must answer before a strict export: a word
    /// nothing explains, or a quasi-identifier (removed spans only inform).
    pub fn needs_answer(&self) -> bool {
        self.kind.is_review()
    }

    /// What identifies the item across rebuilds of the same draft.
    pub fn key(&self) -> (Place, String, PiiKind) {
        (self.place, self.text().to_string(), self.kind)
    }
}
