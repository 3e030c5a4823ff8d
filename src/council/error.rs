//! Why an operation on the council was refused.

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use crate::domain::{DomainError, Kind};
use crate::i18n::Explain;
use crate::storage::StoreError;

/// Why an operation on the council was refused.
#[derive(Debug, thiserror::Error)]
pub enum CouncilError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A domain rule was broken.
    #[error(transparent)]
    Domain(#[from] DomainError),
    /// Nothing matches what the user typed.
    #[error("no {kind:?} matches {key}")]
    NoMatch {
        /// Kind searched.
        kind: Kind,
        /// What was typed.
        key: String,
    },
    /// Several records match what the user typed.
    #[error("several {kind:?} match {key}")]
    Ambiguous {
        /// Kind searched.
        kind: Kind,
        /// What was typed.
        key: String,
    },
    /// The screen is locked: nothing can be read or written until it is
    /// unlocked.
    #[error("the council is locked")]
    Locked,
    /// The code typed on the locked screen is not the one chosen.
    #[error("wrong unlock code")]
    WrongCode,
    /// A member's slip is open: only their own tasks can change.
    #[error("a member's slip is read-only")]
    ReadOnlySlip,
    /// An export template could not be used.
    #[error(transparent)]
    Template(#[from] crate::export::TemplateError),
    /// An archive or a file could not be made, read or written.
    #[error(transparent)]
    Archive(#[from] crate::archive::ArchiveError),
    /// A text holds identifying data and strict mode refuses it.
    #[error("identifying data in text: {0:?}")]
    IdentifyingText(Vec<crate::privacy::PiiKind>),
    /// Records do not open (damaged or altered) and the operation needs
    /// the whole council (an archive must be whole); each is named.
    #[error("{} damaged records", .0.len())]
    Damaged(Vec<crate::storage::BadRecord>),
    /// A strict export was refused: words or quasi-identifiers still need
    /// the secretary's answer.
    #[error("{0} items still need an answer")]
    Unreviewed(usize),
}

impl Explain for CouncilError {
    fn explain_in(&self, l: &FluentLanguageLoader) -> (String, String) {
        match self {
            CouncilError::Store(e) => e.explain_in(l),
            CouncilError::Domain(e) => e.explain_in(l),
            CouncilError::NoMatch { kind, key } => (
                fl!(l, "err-no-match", kind = crate::i18n::kind_label(l, *kind), key = key.clone()),
                fl!(l, "rec-no-match"),
            ),
            CouncilError::Locked => (fl!(l, "err-council-locked"), fl!(l, "rec-council-locked")),
            CouncilError::WrongCode => (fl!(l, "err-wrong-code"), fl!(l, "rec-wrong-code")),
            CouncilError::Template(e) => e.explain_in(l),
            CouncilError::Archive(e) => e.explain_in(l),
            CouncilError::IdentifyingText(kinds) => {
                let what: Vec<String> = kinds.iter().map(|k| crate::i18n::field_label(l, k.name())).collect();
                (fl!(l, "err-identifying-text", what = what.join(", ")), fl!(l, "rec-identifying-text"))
            }
            CouncilError::Damaged(bad) => {
                let names = crate::i18n::damaged_names(l, bad.iter().map(|b| (b.tree.as_str(), b.id.as_str())), false);
                (fl!(l, "err-damaged-records", count = bad.len(), names = names), fl!(l, "rec-damaged-records"))
            }
            CouncilError::Unreviewed(n) => (fl!(l, "err-unreviewed", count = n), fl!(l, "rec-unreviewed")),
            CouncilError::ReadOnlySlip => (fl!(l, "err-read-only-slip"), fl!(l, "rec-read-only-slip")),
            CouncilError::Ambiguous { kind, key } => (
                fl!(l, "err-ambiguous", kind = crate::i18n::kind_label(l, *kind), key = key.clone()),
                fl!(l, "rec-ambiguous"),
            ),
        }
    }
}
