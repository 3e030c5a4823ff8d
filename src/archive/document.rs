//! The archive document: the whole council as JSON, readable after
//! decryption with ordinary tools (`age -d archive.age | jq`). Described
//! field by field in `docs/archive-format.md`. Never holds the data key or
//! an identity. The never-write list and the dismissed words travel as
//! keyed hashes with their key (never the names): a next secretary's
//! exports keep catching every name the previous one listed.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::ArchiveError;
use crate::domain::{
    pseudonym_key, AdvocacyDraft, Author, Contribution, Council, Kind, Meeting, MeetingKind, Member, Record, RecordId,
    Task, WorkingGroup, SCHEMA_VERSION,
};
use crate::storage::{BadRecord, KeyedHashes, ListKind, Listing, Store, StoreError};

/// Value of the `format` field.
pub const FORMAT: &str = "conseil-archive";
/// Version of the document layout this program writes and reads (2: the
/// keyed lists; version 1 documents are read too).
pub const VERSION: u16 = 2;

/// A keyed list as archived: its HMAC key and its hashes, in hex.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyedList {
    /// HMAC-SHA256 key of the hashes (64 hex digits).
    pub key: String,
    /// Hashes of whole names.
    pub names: Vec<String>,
    /// Hashes of their parts.
    pub parts: Vec<String>,
}

/// The council's keyed lists.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lists {
    /// Names never to write (the council's set first, then sets brought by
    /// earlier archives, each with its key).
    pub never_write: Vec<KeyedList>,
    /// Words dismissed as "not a name" in reviews.
    pub dismissed: Vec<KeyedList>,
}

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
    /// The never-write list and the dismissed words (absent before version 2).
    #[serde(default)]
    pub lists: Lists,
}

/// The records of a council that open, as a document, and those left out
/// because they do not (damaged or altered), each named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SoundDocument {
    /// Every record that opens.
    pub document: Document,
    /// The records left out (tree and id), in `Kind::ALL` order.
    pub damaged: Vec<BadRecord>,
}

impl Document {
    /// Everything in `store`; the first damaged record is an error (an
    /// archive or a merge must be whole: see [`Document::from_store_sound`]
    /// to go on without the damaged ones).
    pub fn from_store(store: &Store) -> Result<Self, StoreError> {
        let sound = Self::from_store_sound(store)?;
        match sound.damaged.into_iter().next() {
            Some(BadRecord { tree, id }) => Err(StoreError::Corrupt { tree, id }),
            None => Ok(sound.document),
        }
    }

    /// Every record of `store` that opens, and the damaged ones named apart,
    /// so that one damaged record costs only itself (the terminal UI opens
    /// with the rest, a rolling backup holds the rest and says so). Errors
    /// other than damage (disk, newer format) still stop it.
    pub fn from_store_sound(store: &Store) -> Result<SoundDocument, StoreError> {
        let mut damaged = Vec::new();
        let members = take(store.list_sound()?, &mut damaged);
        let groups = take(store.list_sound()?, &mut damaged);
        let meetings = take(store.list_sound()?, &mut damaged);
        let tasks = take(store.list_sound()?, &mut damaged);
        let contributions = take(store.list_sound()?, &mut damaged);
        let drafts = take(store.list_sound()?, &mut damaged);
        let document = Self {
            format: FORMAT.to_string(),
            version: VERSION,
            schema: SCHEMA_VERSION,
            council: store.council()?,
            members,
            groups,
            meetings,
            tasks,
            contributions,
            drafts,
            lists: Lists {
                never_write: archived(store, ListKind::NeverWrite)?,
                dismissed: archived(store, ListKind::Dismissed)?,
            },
        };
        Ok(SoundDocument { document, damaged })
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
    /// a file can get wrong: version, duplicate ids, two members with the
    /// same pseudonym once normalised, references to records that exist
    /// neither in the document nor in `existing` (a task's meeting of
    /// origin and an action item's task included).
    pub fn validate(&self, existing: Option<&Store>) -> Result<(), ArchiveError> {
        if self.format != FORMAT {
            return Err(ArchiveError::NotAnArchive);
        }
        if self.version > VERSION || self.schema > SCHEMA_VERSION {
            return Err(ArchiveError::Newer { found: u64::from(self.version.max(self.schema)) });
        }
        let lists = self.lists.never_write.iter().chain(&self.lists.dismissed);
        if lists.into_iter().any(|l| l.to_hashes().is_none()) {
            return Err(ArchiveError::Invalid { kind: "lists", id: String::new(), reason: super::Refusal::BadHash });
        }
        self.council.validate().map_err(|e| ArchiveError::Invalid {
            kind: "council",
            id: String::new(),
            reason: super::Refusal::Rule(e),
        })?;
        let members = ids_of(&self.members, existing)?;
        let groups = ids_of(&self.groups, existing)?;
        let meetings = ids_of(&self.meetings, existing)?;
        let contributions = ids_of(&self.contributions, existing)?;
        let tasks = ids_of(&self.tasks, existing)?;
        ids_of(&self.drafts, existing)?;
        self.check_pseudonyms()?;
        let refs = Refs { members, groups, meetings, tasks, contributions };
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
                refs.check(Kind::Meeting, m.id, "task", &refs.tasks, a.task.as_slice())?;
            }
        }
        for t in &self.tasks {
            refs.check(Kind::Task, t.id, "group", &refs.groups, &[t.group])?;
            let origin: Vec<RecordId> = t.origin.iter().map(|o| o.meeting).collect();
            refs.check(Kind::Task, t.id, "origin.meeting", &refs.meetings, &origin)?;
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

    /// Refuses two members of the document whose pseudonyms are the same
    /// once normalised and compared in any case (« Mésange » written
    /// composed and decomposed, or with a zero-width space): a council
    /// never holds two members that read the same.
    fn check_pseudonyms(&self) -> Result<(), ArchiveError> {
        let mut seen = std::collections::HashMap::with_capacity(self.members.len());
        for m in &self.members {
            if let Some(first) = seen.insert(pseudonym_key(&m.pseudonym), m.id) {
                return Err(ArchiveError::Invalid {
                    kind: Kind::Member.tree(),
                    id: m.id.to_string(),
                    reason: super::Refusal::PseudonymTwice(first.to_string()),
                });
            }
        }
        Ok(())
    }
}

/// The sound records of a listing; its damaged ones join `damaged`.
fn take<R>(listing: Listing<R>, damaged: &mut Vec<BadRecord>) -> Vec<R> {
    damaged.extend(listing.damaged);
    listing.records
}

/// A list's non-empty sets, as archived (an empty set's key says nothing).
fn archived(store: &Store, which: ListKind) -> Result<Vec<KeyedList>, StoreError> {
    Ok(store
        .keyed_list(which)?
        .iter()
        .filter(|h| !h.names.is_empty() || !h.parts.is_empty())
        .map(KeyedList::from_hashes)
        .collect())
}

impl KeyedList {
    /// A stored set, in hex.
    pub fn from_hashes(h: &KeyedHashes) -> Self {
        let hex = |b: &[u8; 32]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
        Self { key: hex(&h.key), names: h.names.iter().map(hex).collect(), parts: h.parts.iter().map(hex).collect() }
    }

    /// The set back from hex; `None` when a value is not 32 bytes of hex.
    pub fn to_hashes(&self) -> Option<KeyedHashes> {
        fn bytes(s: &str) -> Option<[u8; 32]> {
            let mut out = [0u8; 32];
            if s.len() != 64 || !s.is_ascii() {
                return None;
            }
            for (i, b) in out.iter_mut().enumerate() {
                *b = u8::from_str_radix(s.get(2 * i..2 * i + 2)?, 16).ok()?;
            }
            Some(out)
        }
        Some(KeyedHashes {
            key: zeroize::Zeroizing::new(bytes(&self.key)?),
            names: self.names.iter().map(|n| bytes(n)).collect::<Option<_>>()?,
            parts: self.parts.iter().map(|n| bytes(n)).collect::<Option<_>>()?,
        })
    }
}

/// Ids a reference may point to.
struct Refs {
    members: HashSet<RecordId>,
    groups: HashSet<RecordId>,
    meetings: HashSet<RecordId>,
    tasks: HashSet<RecordId>,
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
            reason: super::Refusal::Rule(e),
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
