//! The archive document: the whole council as JSON, readable after
//! decryption with ordinary tools (`age -d archive.age | jq`). Described
//! field by field in `docs/archive-format.md`. Never holds the data key, an
//! identity, or the "never write" hashes (they are keyed to this council).

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::ArchiveError;
use crate::domain::{
    AdvocacyDraft, Author, Contribution, Council, Kind, Meeting, MeetingKind, Member, Record, RecordId, Task,
    WorkingGroup, SCHEMA_VERSION,
};
use crate::storage::{Store, StoreError};

/// Value of the `format` field.
pub const FORMAT: &str = "conseil-archive";
/// Version of the document layout this program writes and reads.
pub const VERSION: u16 = 1;

/// The whole council.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Always "conseil-archive".
    pub format: String,
    /// Layout version (1).
    pub version: u16,
    /// Record schema version.
    pub schema: u16,
    /// Name, language, settings.
    pub council: Council,
    /// Members.
    pub members: Vec<Member>,
    /// Working groups.
    pub groups: Vec<WorkingGroup>,
    /// Meetings and minutes.
    pub meetings: Vec<Meeting>,
    /// Tasks.
    pub tasks: Vec<Task>,
    /// Contributions.
    pub contributions: Vec<Contribution>,
    /// Advocacy drafts, with their export histories.
    pub drafts: Vec<AdvocacyDraft>,
}

impl Document {
    /// Everything in `store`.
    pub fn from_store(store: &Store) -> Result<Self, StoreError> {
        Ok(Self {
            format: FORMAT.to_string(),
            version: VERSION,
            schema: SCHEMA_VERSION,
            council: store.council()?,
            members: store.list()?,
            groups: store.list()?,
            meetings: store.list()?,
            tasks: store.list()?,
            contributions: store.list()?,
            drafts: store.list()?,
        })
    }

    /// Number of records.
    pub fn len(&self) -> usize {
        self.members.len()
            + self.groups.len()
            + self.meetings.len()
            + self.tasks.len()
            + self.contributions.len()
            + self.drafts.len()
    }

    /// Whether the document holds no record.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Checks everything typed input would be checked for, plus what only
    /// a file can get wrong: version, duplicate ids, references to records
    /// that exist neither in the document nor in `existing`.
    pub fn validate(&self, existing: Option<&Store>) -> Result<(), ArchiveError> {
        if self.format != FORMAT {
            return Err(ArchiveError::NotAnArchive);
        }
        if self.version > VERSION || self.schema > SCHEMA_VERSION {
            return Err(ArchiveError::Newer { found: self.version.max(self.schema) });
        }
        self.council.validate().map_err(|e| ArchiveError::Invalid {
            kind: "council",
            id: String::new(),
            reason: e.to_string(),
        })?;
        let members = ids_of(&self.members, existing)?;
        let groups = ids_of(&self.groups, existing)?;
        let meetings = ids_of(&self.meetings, existing)?;
        let contributions = ids_of(&self.contributions, existing)?;
        ids_of(&self.tasks, existing)?;
        ids_of(&self.drafts, existing)?;
        let refs = Refs { members, groups, meetings, contributions };
        for m in &self.members {
            refs.check(Kind::Member, m.id, "groups", &refs.groups, &m.groups)?;
        }
        for m in &self.meetings {
            refs.check(Kind::Meeting, m.id, "attendance", &refs.members, &m.attendance.members)?;
            if let MeetingKind::WorkingGroup(g) = m.kind {
                refs.check(Kind::Meeting, m.id, "group", &refs.groups, &[g])?;
            }
            for a in m.agenda.iter().flat_map(|i| i.actions.iter()) {
                refs.check(Kind::Meeting, m.id, "assignees", &refs.members, &a.assignees)?;
                refs.check(Kind::Meeting, m.id, "group", &refs.groups, a.group.as_slice())?;
            }
        }
        for t in &self.tasks {
            refs.check(Kind::Task, t.id, "group", &refs.groups, &[t.group])?;
            refs.check(Kind::Task, t.id, "assignees", &refs.members, &t.assignees)?;
        }
        for c in &self.contributions {
            if let Author::Member(a) = c.author {
                refs.check(Kind::Contribution, c.id, "author", &refs.members, &[a])?;
            }
            refs.check(Kind::Contribution, c.id, "meeting", &refs.meetings, c.meeting.as_slice())?;
            refs.check(Kind::Contribution, c.id, "group", &refs.groups, c.group.as_slice())?;
        }
        for d in &self.drafts {
            for s in &d.sections {
                refs.check(Kind::Draft, d.id, "contributions", &refs.contributions, &s.contributions)?;
            }
        }
        Ok(())
    }
}

/// Ids a reference may point to.
struct Refs {
    members: HashSet<RecordId>,
    groups: HashSet<RecordId>,
    meetings: HashSet<RecordId>,
    contributions: HashSet<RecordId>,
}

impl Refs {
    fn check(
        &self,
        kind: Kind,
        id: RecordId,
        field: &'static str,
        known: &HashSet<RecordId>,
        refs: &[RecordId],
    ) -> Result<(), ArchiveError> {
        match refs.iter().find(|r| !known.contains(r)) {
            Some(missing) => Err(ArchiveError::Dangling {
                kind: kind.tree(),
                id: id.to_string(),
                field,
                target: missing.to_string(),
            }),
            None => Ok(()),
        }
    }
}

/// Validates each record, refuses duplicate ids, and returns the ids of the
/// document plus those already in the council.
fn ids_of<R: Record>(records: &[R], existing: Option<&Store>) -> Result<HashSet<RecordId>, ArchiveError> {
    let mut ids = HashSet::with_capacity(records.len());
    for r in records {
        r.validate().map_err(|e| ArchiveError::Invalid {
            kind: R::KIND.tree(),
            id: r.id().to_string(),
            reason: e.to_string(),
        })?;
        if !ids.insert(r.id()) {
            return Err(ArchiveError::Duplicate { kind: R::KIND.tree(), id: r.id().to_string() });
        }
    }
    if let Some(store) = existing {
        ids.extend(store.list::<R>()?.iter().map(Record::id));
    }
    Ok(ids)
}
