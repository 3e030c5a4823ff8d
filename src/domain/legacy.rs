//! Record shapes of older schemas, kept so that a council written then
//! still opens. Records are stored with postcard, which is not
//! self-describing: a record is read with the shape of the schema number
//! its envelope carries, then converted. Only the kinds whose shape changed
//! have one here; the others read as they are.

use serde::{Deserialize, Serialize};

use super::{Author, Consent, Contribution, ContributionKind, RecordId};

/// A contribution as schema 1 stored it: no history of consent changes
/// (a change overwrote the level and moved `given_on`). Field order is the
/// serialised order and must not change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContributionV1 {
    /// Random id.
    pub id: RecordId,
    /// Revision.
    pub revision: u64,
    /// Who, if linked.
    pub author: Author,
    /// Meeting where it was said, if any.
    pub meeting: Option<RecordId>,
    /// Working group, if any.
    pub group: Option<RecordId>,
    /// Testimony, idea…
    pub kind: ContributionKind,
    /// The words.
    pub text: String,
    /// Themes.
    pub themes: Vec<String>,
    /// Consent: the level in force and the day of its last change.
    pub consent: Consent,
}

impl From<ContributionV1> for Contribution {
    /// What came before was not kept: the history starts empty, and
    /// `given_on` is the day of the last change, as schema 1 left it.
    fn from(c: ContributionV1) -> Self {
        let ContributionV1 { id, revision, author, meeting, group, kind, text, themes, consent } = c;
        Contribution { id, revision, author, meeting, group, kind, text, themes, consent, consent_history: Vec::new() }
    }
}
