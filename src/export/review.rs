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
    /// The n-th text of a member's slip (task, comment, minutes, group,
    /// contribution…), in the order the slip is built.
    Text(usize),
}

impl Place {
    /// Where the item stands, in words (« section 2, paragraphe 3 »), for
    /// both shells' reviews.
    pub fn describe(self, l: &i18n_embed::fluent::FluentLanguageLoader) -> String {
        use i18n_embed_fl::fl;
        let one = |n: usize| n as u64 + 1;
        match self {
            Place::Title => fl!(l, "review-where-title"),
            Place::Heading(s) => fl!(l, "review-where-heading", section = one(s)),
            Place::Paragraph(s, n) => fl!(l, "review-where-paragraph", section = one(s), paragraph = one(n)),
            Place::Quote(s, n) => fl!(l, "review-where-quote", section = one(s), quote = one(n)),
            Place::Text(n) => fl!(l, "review-where-text", text = (n as u64)),
        }
    }

    /// The section, if the place is inside one.
    pub fn section(self) -> Option<usize> {
        match self {
            Place::Title | Place::Text(_) => None,
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

/// What identifies a reviewed item across rebuilds of the same document.
pub type ItemKey = (Place, String, PiiKind);

/// The secretary's answers on one document: what was seen and kept.
/// Kept by every plan under review, so that the rules — which items need an
/// answer, which answers survive a rebuild — are written once.
#[derive(Clone, Debug, Default)]
pub struct Answers {
    acknowledged: std::collections::BTreeSet<ItemKey>,
}

impl Answers {
    /// Whether an item was acknowledged.
    pub fn is_acknowledged(&self, item: &ReviewItem) -> bool {
        self.acknowledged.contains(&item.key())
    }

    /// Acknowledges an item: the secretary saw it and keeps it.
    pub fn acknowledge(&mut self, item: &ReviewItem) {
        self.acknowledged.insert(item.key());
    }

    /// Items of `items` that still need an answer: unexplained words and
    /// quasi-identifiers not acknowledged.
    pub fn unresolved<'a>(&'a self, items: &'a [ReviewItem]) -> impl Iterator<Item = &'a ReviewItem> + 'a {
        items.iter().filter(|i| i.needs_answer() && !self.is_acknowledged(i))
    }

    /// The answers that still apply after the document was built again
    /// into `items`.
    pub fn kept_for(&self, items: &[ReviewItem]) -> Self {
        let now: std::collections::BTreeSet<ItemKey> = items.iter().map(ReviewItem::key).collect();
        Self { acknowledged: self.acknowledged.intersection(&now).cloned().collect() }
    }
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
    pub fn key(&self) -> ItemKey {
        (self.place, self.text().to_string(), self.kind)
    }
}
