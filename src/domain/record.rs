//! What every stored record kind has in common.

use serde::{de::DeserializeOwned, Serialize};

use super::{DomainError, RecordId};

/// The kinds of records, one storage tree each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// Pseudonymous members.
    Member,
    /// Working groups.
    Group,
    /// Meetings and their minutes.
    Meeting,
    /// Working-group tasks.
    Task,
    /// Members' contributions.
    Contribution,
    /// Advocacy drafts.
    Draft,
}

impl Kind {
    /// Every kind, in the order reports list them.
    pub const ALL: [Kind; 6] = [Kind::Member, Kind::Group, Kind::Meeting, Kind::Task, Kind::Contribution, Kind::Draft];

    /// Name of the storage tree. Tree names are stored in clear by sled, so
    /// they name the kind and nothing more.
    pub fn tree(self) -> &'static str {
        match self {
            Kind::Member => "members",
            Kind::Group => "groups",
            Kind::Meeting => "meetings",
            Kind::Task => "tasks",
            Kind::Contribution => "contributions",
            Kind::Draft => "drafts",
        }
    }
}

/// A record that can be stored: serialisable, identified, versioned, and
/// able to check its own invariants (records read back from disk are checked
/// again, since a tampered or newer file could hold anything).
pub trait Record: Serialize + DeserializeOwned + Clone + Send {
    /// Which tree holds this kind.
    const KIND: Kind;

    /// The shape this kind had in record schema 1, read from councils
    /// written then and converted (`Self` for kinds whose shape has not
    /// changed since). See [`crate::domain::SCHEMA_VERSION`].
    type Schema1: DeserializeOwned + Into<Self>;

    /// The record's id.
    fn id(&self) -> RecordId;

    /// Revision number, bumped on every change.
    fn revision(&self) -> u64;

    /// Marks the record as changed once more.
    fn bump_revision(&mut self);

    /// Checks the record's own invariants.
    fn validate(&self) -> Result<(), DomainError>;

    /// The free text the record holds (titles, notes, comments…), for the
    /// checks of identifying data made before it is saved.
    fn free_texts(&self) -> Vec<&str> {
        Vec::new()
    }
}

/// Implements the id/revision plumbing of [`Record`] for a struct with `id`
/// and `revision` fields, and names its schema-1 shape (itself unless given).
macro_rules! record_basics {
    ($kind:expr) => {
        record_basics!($kind, Self);
    };
    ($kind:expr, $schema1:ty) => {
        const KIND: $crate::domain::Kind = $kind;
        type Schema1 = $schema1;

        fn id(&self) -> $crate::domain::RecordId {
            self.id
        }

        fn revision(&self) -> u64 {
            self.revision
        }

        fn bump_revision(&mut self) {
            self.revision = self.revision.saturating_add(1);
        }
    };
}
pub(crate) use record_basics;
