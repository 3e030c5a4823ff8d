//! Importing a document into a council: all or nothing, in one
//! transaction; idempotent; merged by record revision (newer wins; equal
//! revisions with different content are conflicts, kept both ways: the
//! council's version stays, the archive's is added as a marked copy).

use std::collections::BTreeMap;

use super::{ArchiveError, Document};
use crate::domain::{Kind, Meeting, Member, Record, RecordId};
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
/// apart, under a fresh id.
trait ConflictCopy: Record {
    fn conflict_copy(&self) -> Self;
}

const MARK: &str = " (conflit d'import)";

macro_rules! copy_with_title {
    ($ty:ty, $field:ident) => {
        impl ConflictCopy for $ty {
            fn conflict_copy(&self) -> Self {
                let mut c = self.clone();
                c.id = RecordId::random();
                c.$field.push_str(MARK);
                c
            }
        }
    };
}
copy_with_title!(crate::domain::WorkingGroup, name);
copy_with_title!(Meeting, title);
copy_with_title!(crate::domain::Task, title);
copy_with_title!(crate::domain::AdvocacyDraft, title);

impl ConflictCopy for Member {
    fn conflict_copy(&self) -> Self {
        let mut c = self.clone();
        c.id = RecordId::random();
        // Pseudonyms are short and unique: a numbered variant.
        let base: String = c.pseudonym.chars().take(36).collect();
        c.pseudonym = format!("{base} (2)");
        c
    }
}

impl ConflictCopy for crate::domain::Contribution {
    fn conflict_copy(&self) -> Self {
        let mut c = self.clone();
        c.id = RecordId::random();
        c.themes.push("conflit d'import".to_string());
        c
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
                let copy = r.conflict_copy();
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
    let mut out = Outcome::default();
    let mut batch = store.batch();
    merge_kind(store, &doc.groups, &mut batch, &mut out)?;
    merge_kind(store, &doc.members, &mut batch, &mut out)?;
    merge_kind(store, &doc.meetings, &mut batch, &mut out)?;
    merge_kind(store, &doc.tasks, &mut batch, &mut out)?;
    merge_kind(store, &doc.contributions, &mut batch, &mut out)?;
    merge_kind(store, &doc.drafts, &mut batch, &mut out)?;
    check_pseudonyms(store, doc)?;
    if !out.is_noop() {
        batch.commit()?;
    }
    Ok(out)
}

/// Refuses an archive whose members would share a pseudonym with a
/// different member of this council.
fn check_pseudonyms(store: &Store, doc: &Document) -> Result<(), ArchiveError> {
    let local = store.list::<Member>()?;
    for m in &doc.members {
        let clash = local.iter().find(|l| l.id != m.id && l.pseudonym.to_lowercase() == m.pseudonym.to_lowercase());
        if let Some(l) = clash {
            return Err(ArchiveError::Invalid {
                kind: Kind::Member.tree(),
                id: m.id.to_string(),
                reason: super::Refusal::PseudonymTaken(l.id.to_string()),
            });
        }
    }
    Ok(())
}
