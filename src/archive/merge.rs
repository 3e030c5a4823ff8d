//! Importing a document into a council: all or nothing, in one
//! transaction; idempotent; merged by record revision (newer wins; equal
//! revisions with different content are conflicts, kept both ways: the
//! council's version stays, the archive's is added as a marked copy).

use std::collections::{BTreeMap, HashSet};

use super::{ArchiveError, Document, Refusal};
use crate::domain::{check_pseudonym, pseudonym_key, Kind, Meeting, Member, Record, RecordId};
use crate::storage::{Batch, Store, StoreError};

/// What an import did, by kind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// New records.
    pub added: BTreeMap<Kind, usize>,
    /// Records replaced by a newer revision.
    pub updated: BTreeMap<Kind, usize>,
    /// Records already up to date (or newer here).
    pub unchanged: BTreeMap<Kind, usize>,
    /// Records in conflict: (kind, id here, id of the added copy).
    pub conflicts: Vec<(Kind, RecordId, RecordId)>,
}

impl Outcome {
    /// Whether the import changed nothing.
    pub fn is_noop(&self) -> bool {
        self.added.values().sum::<usize>() + self.updated.values().sum::<usize>() == 0 && self.conflicts.is_empty()
    }
}

/// Marks the archive's side of a conflict so the secretary can tell them
/// apart, under a fresh id. `taken` holds the pseudonym keys (see
/// [`pseudonym_key`]) of every member here, in the archive and copied so
/// far: a member's copy takes a name outside it, and adds it.
trait ConflictCopy: Record {
    fn conflict_copy(&self, taken: &mut HashSet<String>) -> Result<Self, ArchiveError>;
}

const MARK: &str = " (conflit d'import)";

macro_rules! copy_with_title {
    ($ty:ty, $field:ident) => {
        impl ConflictCopy for $ty {
            fn conflict_copy(&self, _taken: &mut HashSet<String>) -> Result<Self, ArchiveError> {
                let mut c = self.clone();
                c.id = RecordId::random();
                c.$field.push_str(MARK);
                Ok(c)
            }
        }
    };
}
copy_with_title!(crate::domain::WorkingGroup, name);
copy_with_title!(Meeting, title);
copy_with_title!(crate::domain::Task, title);
copy_with_title!(crate::domain::AdvocacyDraft, title);

/// Longest pseudonym, in characters (as `check_pseudonym` allows).
const PSEUDONYM_CHARS: usize = 40;
/// Numbered variants tried for a member's conflict copy, « X (2) » to
/// « X (99) »: more copies of one member than that is no longer a conflict.
const VARIANTS: std::ops::RangeInclusive<u32> = 2..=99;

impl ConflictCopy for Member {
    fn conflict_copy(&self, taken: &mut HashSet<String>) -> Result<Self, ArchiveError> {
        let mut c = self.clone();
        c.id = RecordId::random();
        // Pseudonyms are short and unique: the first numbered variant that
        // no member has (here, in the archive or copied before) and that is
        // still a pseudonym (a number may make it look like a phone).
        for n in VARIANTS {
            let suffix = format!(" ({n})");
            let base: String = c.pseudonym.chars().take(PSEUDONYM_CHARS - suffix.chars().count()).collect();
            let candidate = format!("{}{suffix}", base.trim_end());
            if check_pseudonym(&candidate).is_ok() && taken.insert(pseudonym_key(&candidate)) {
                c.pseudonym = candidate;
                return Ok(c);
            }
        }
        Err(ArchiveError::Invalid {
            kind: Kind::Member.tree(),
            id: self.id.to_string(),
            reason: Refusal::NoFreePseudonym,
        })
    }
}

impl ConflictCopy for crate::domain::Contribution {
    fn conflict_copy(&self, _taken: &mut HashSet<String>) -> Result<Self, ArchiveError> {
        let mut c = self.clone();
        c.id = RecordId::random();
        c.themes.push("conflit d'import".to_string());
        Ok(c)
    }
}

/// Whether replacing `old` by `new` is allowed (adopted minutes only gain
/// amendments; other kinds have no such rule).
trait UpdateRule: Record {
    fn may_replace(_old: &Self, _new: &Self) -> bool {
        true
    }
}
impl UpdateRule for Meeting {
    fn may_replace(old: &Self, new: &Self) -> bool {
        Meeting::check_update(old, new).is_ok()
    }
}
impl UpdateRule for Member {}
impl UpdateRule for crate::domain::WorkingGroup {}
impl UpdateRule for crate::domain::Task {}
impl UpdateRule for crate::domain::Contribution {}
impl UpdateRule for crate::domain::AdvocacyDraft {}

fn merge_kind<R: ConflictCopy + UpdateRule + PartialEq>(
    store: &Store,
    incoming: &[R],
    batch: &mut Batch<'_>,
    taken: &mut HashSet<String>,
    out: &mut Outcome,
) -> Result<(), ArchiveError> {
    let kind = R::KIND;
    for r in incoming {
        match store.get::<R>(r.id()) {
            Err(StoreError::Missing { .. }) => {
                batch.put(r)?;
                *out.added.entry(kind).or_default() += 1;
            }
            Err(e) => return Err(e.into()),
            Ok(local) if local == *r || local.revision() > r.revision() => {
                *out.unchanged.entry(kind).or_default() += 1;
            }
            Ok(local) if local.revision() < r.revision() && R::may_replace(&local, r) => {
                batch.put(r)?;
                *out.updated.entry(kind).or_default() += 1;
            }
            Ok(_) => {
                let copy = r.conflict_copy(taken)?;
                batch.put(&copy)?;
                out.conflicts.push((kind, r.id(), copy.id()));
            }
        }
    }
    Ok(())
}

/// Merges a validated document into `store` in one transaction.
pub fn import(store: &Store, doc: &Document) -> Result<Outcome, ArchiveError> {
    doc.validate(Some(store))?;
    let local = store.list::<Member>()?;
    check_pseudonyms(&local, doc)?;
    let mut taken: HashSet<String> = local.iter().chain(&doc.members).map(|m| pseudonym_key(&m.pseudonym)).collect();
    let mut out = Outcome::default();
    let mut batch = store.batch();
    let t = &mut taken;
    merge_kind(store, &doc.groups, &mut batch, t, &mut out)?;
    merge_kind(store, &doc.members, &mut batch, t, &mut out)?;
    merge_kind(store, &doc.meetings, &mut batch, t, &mut out)?;
    merge_kind(store, &doc.tasks, &mut batch, t, &mut out)?;
    merge_kind(store, &doc.contributions, &mut batch, t, &mut out)?;
    merge_kind(store, &doc.drafts, &mut batch, t, &mut out)?;
    if !out.is_noop() {
        batch.commit()?;
    }
    Ok(out)
}

/// Refuses an archive whose members would share a pseudonym with a
/// different member of this council, compared once normalised and in any
/// case (see [`pseudonym_key`]), before anything is staged.
fn check_pseudonyms(local: &[Member], doc: &Document) -> Result<(), ArchiveError> {
    let here: BTreeMap<String, RecordId> = local.iter().map(|l| (pseudonym_key(&l.pseudonym), l.id)).collect();
    for m in &doc.members {
        match here.get(&pseudonym_key(&m.pseudonym)) {
            Some(l) if *l != m.id => {
                return Err(ArchiveError::Invalid {
                    kind: Kind::Member.tree(),
                    id: m.id.to_string(),
                    reason: Refusal::PseudonymTaken(l.to_string()),
                });
            }
            _ => {}
        }
    }
    Ok(())
}
