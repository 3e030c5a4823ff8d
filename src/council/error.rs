//! Why an operation on the council was refused.

use crate::domain::{DomainError, Kind};
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
    /// A strict export was refused: words or quasi-identifiers still need
    /// the secretary's answer.
    #[error("{0} items still need an answer")]
    Unreviewed(usize),
}
