//! An unlocked council and the rules that span several records: unique
//! pseudonyms, references that must exist, adopted minutes that only take
//! amendments, action items that become tasks in the same transaction.

use super::CouncilError;
use crate::domain::{
    Author, Contribution, Date, DomainError, Meeting, MeetingKind, Member, Record, RecordId, Task, WorkingGroup,
};
use crate::storage::{Store, StoreError};

/// Refuses a pseudonym in which the detectors find identifying data (a
/// full name, a contact…) or that is a real given name or surname in any
/// case (Julie, mohamed, Lapointe), beyond the domain's own coarse checks.
fn check_pseudonym_privacy(pseudonym: &str, never: &crate::privacy::NeverWrite) -> Result<(), DomainError> {
    let ctx = crate::privacy::Context { pseudonyms: None, never_write: Some(never), dismissed: None };
    if let Some(span) = crate::privacy::detect(pseudonym, &ctx).into_iter().find(|s| !s.kind.is_review()) {
        return Err(DomainError::IdentifyingPseudonym(span.kind.name()));
    }
    match crate::privacy::real_name_in(pseudonym) {
        Some(kind) => Err(DomainError::IdentifyingPseudonym(kind.name())),
        None => Ok(()),
    }
}

/// Shortest id prefix accepted when naming a record.
const MIN_PREFIX: usize = 4;

/// An unlocked council.
pub struct Session {
    store: Store,
    /// What happens to identifying data in text being saved.
    pub(super) policy: super::TextPolicy,
    /// Kinds found under [`super::TextPolicy::Warn`], until the shell takes them.
    pub(super) warnings: std::cell::RefCell<std::collections::BTreeSet<crate::privacy::PiiKind>>,
    /// Whether archives and return slips not provably from this council
    /// are imported (after the user compared their fingerprint).
    pub(super) accept_unauthenticated: bool,
}

/// How many commits apart a session looks at whether its folder needs
/// compacting (looking costs one pass over every key, ~10 ms on a ten-year
/// council).
pub const MAINTAIN_EVERY: u64 = 25;

impl Session {
    /// Wraps an unlocked store.
    pub fn new(store: Store) -> Self {
        Self {
            store,
            policy: super::TextPolicy::default(),
            warnings: Default::default(),
            accept_unauthenticated: false,
        }
    }

    /// Opens and unlocks the council at `path`.
    pub fn open(path: &std::path::Path, unlock: &crate::storage::Unlock) -> Result<Self, CouncilError> {
        Ok(Self::new(Store::open(path, unlock)?))
    }

    /// Creates a new, empty council at `path` that `access` opens, and
    /// closes it.
    pub fn create(
        path: &std::path::Path,
        council: &crate::domain::Council,
        access: &crate::storage::Access,
    ) -> Result<(), CouncilError> {
        Store::create(path, council, access)?;
        Ok(())
    }

    /// The store underneath (the shells never reach it: every operation
    /// they offer is a function of this module).
    pub(crate) fn store(&self) -> &Store {
        &self.store
    }

    /// Gives the store back (to close it; tests read it directly). The
    /// shells never call it: the architecture test refuses it there.
    pub fn into_store(self) -> Store {
        self.store
    }

    /// Whether the council is read from a copy because its own folder
    /// cannot be written (read-only media): reading and exporting work,
    /// every change is refused with that reason.
    pub fn read_only_media(&self) -> bool {
        self.store.is_copy()
    }

    /// Between saves of a long session: every [`MAINTAIN_EVERY`] commits,
    /// compacts the folder if sled left it bloated (a large meeting saved
    /// again and again), and goes on on the compacted folder.
    pub fn maintain(&mut self) -> Result<Option<crate::storage::Compaction>, CouncilError> {
        if self.store.counter() % MAINTAIN_EVERY != 0 {
            return Ok(None);
        }
        Ok(self.store.compact_if_bloated()?)
    }

    /// Every record of one kind, in no particular order.
    pub fn all<R: Record>(&self) -> Result<Vec<R>, CouncilError> {
        Ok(self.store.list::<R>()?)
    }

    /// Every record of one kind that opens, and the damaged ones named
    /// apart, so that one bad record costs only itself.
    pub fn all_sound<R: Record>(&self) -> Result<crate::storage::Listing<R>, CouncilError> {
        Ok(self.store.list_sound::<R>()?)
    }

    /// Every record of the council that opens, the damaged ones named
    /// apart, and its never-write list, for a shell that shows them all
    /// (the terminal UI opens with the rest and shows what is damaged).
    pub fn everything(&self) -> Result<(crate::archive::SoundDocument, crate::privacy::NeverWrite), CouncilError> {
        Ok((crate::archive::Document::from_store_sound(&self.store)?, self.never_write()?))
    }

    /// The records of a kind that open, for the rules that span records
    /// (unique names, templates, tasks made from a meeting): a damaged
    /// record must not stop the others from being edited. It is never
    /// written over either: every save reads the stored version first, and
    /// a damaged one is refused there, named.
    pub(super) fn sound<R: Record>(&self) -> Result<Vec<R>, CouncilError> {
        Ok(self.store.list_sound::<R>()?.records)
    }

    /// What the terminal UI was typing when it locked (sealed like any
    /// record), if anything.
    pub fn ui_draft(&self) -> Result<Option<Vec<u8>>, CouncilError> {
        Ok(self.store.ui_draft()?)
    }

    /// Keeps (or clears) what the terminal UI was typing at a lock.
    pub fn keep_ui_draft(&self, draft: Option<&[u8]>) -> Result<(), CouncilError> {
        Ok(self.store.put_ui_draft(draft)?)
    }

    /// Finds a record by full id or by a unique prefix of at least four hex
    /// digits.
    pub fn find<R: Record>(&self, key: &str) -> Result<R, CouncilError> {
        let key = key.trim().to_ascii_lowercase();
        if let Ok(id) = key.parse::<RecordId>() {
            return Ok(self.store.get(id)?);
        }
        self.unique(key.clone(), |r: &R| key.len() >= MIN_PREFIX && r.id().to_string().starts_with(&key))
    }

    fn unique<R: Record>(&self, key: String, pred: impl Fn(&R) -> bool) -> Result<R, CouncilError> {
        let listing = self.store.list_sound::<R>()?;
        let mut found = listing.records.into_iter().filter(|r| pred(r));
        match (found.next(), found.next()) {
            (Some(r), None) => Ok(r),
            (None, _) => {
                // An id prefix that only a damaged record has: say it is
                // damaged rather than absent.
                let damaged = listing.damaged.into_iter().find(|b| key.len() >= MIN_PREFIX && b.id.starts_with(&key));
                Err(match damaged {
                    Some(b) => StoreError::Corrupt { tree: b.tree, id: b.id }.into(),
                    None => CouncilError::NoMatch { kind: R::KIND, key },
                })
            }
            (Some(_), Some(_)) => Err(CouncilError::Ambiguous { kind: R::KIND, key }),
        }
    }

    /// Finds a member by pseudonym (any case) or id.
    pub fn find_member(&self, key: &str) -> Result<Member, CouncilError> {
        let wanted = crate::domain::pseudonym_key(key);
        match self.unique(key.to_string(), |m: &Member| crate::domain::pseudonym_key(&m.pseudonym) == wanted) {
            Err(CouncilError::NoMatch { .. }) => self.find(key),
            other => other,
        }
    }

    /// Finds a working group by name (any case) or id.
    pub fn find_group(&self, key: &str) -> Result<WorkingGroup, CouncilError> {
        let wanted = key.trim().to_lowercase();
        match self.unique(key.to_string(), |g: &WorkingGroup| g.name.to_lowercase() == wanted) {
            Err(CouncilError::NoMatch { .. }) => self.find(key),
            other => other,
        }
    }

    /// Saves a new or changed member.
    pub fn save_member(&self, mut member: Member) -> Result<Member, CouncilError> {
        // Kept composed and without invisible characters whichever shell
        // set it; compared the same way, so a look-alike ("Lou\u{200b}tre",
        // "Me\u{301}sange") is the same pseudonym, taken.
        let pseudonym = member.pseudonym.clone();
        member.rename(&pseudonym)?;
        check_pseudonym_privacy(&member.pseudonym, &self.never_write()?)?;
        let wanted = crate::domain::pseudonym_key(&member.pseudonym);
        // A damaged member's pseudonym cannot be read: it cannot be
        // compared either, and must not block the others.
        let taken = self
            .sound::<Member>()?
            .iter()
            .any(|m| m.id != member.id && crate::domain::pseudonym_key(&m.pseudonym) == wanted);
        if taken {
            return Err(DomainError::DuplicatePseudonym.into());
        }
        self.ensure_all::<WorkingGroup>(&member.groups, "groups")?;
        self.bump_if_stored(&mut member)?;
        self.store.put(&member)?;
        Ok(member)
    }

    /// Saves a new or changed working group; two groups never share a name.
    pub fn save_group(&self, mut group: WorkingGroup) -> Result<WorkingGroup, CouncilError> {
        self.guard(&group)?;
        let wanted = group.name.to_lowercase();
        let taken = self.sound::<WorkingGroup>()?.iter().any(|g| g.id != group.id && g.name.to_lowercase() == wanted);
        if taken {
            return Err(DomainError::DuplicateName.into());
        }
        self.bump_if_stored(&mut group)?;
        self.store.put(&group)?;
        Ok(group)
    }

    /// Saves a new or changed meeting. Adopted minutes only take amendments;
    /// attendance and the meeting's group must exist.
    pub fn save_meeting(&self, mut meeting: Meeting) -> Result<Meeting, CouncilError> {
        self.guard(&meeting)?;
        if let Some(old) = self.stored::<Meeting>(meeting.id)? {
            Meeting::check_update(&old, &meeting)?;
            meeting.revision = old.revision.saturating_add(1);
        }
        self.ensure_all::<Member>(&meeting.attendance.members, "attendance")?;
        if let MeetingKind::WorkingGroup(g) = meeting.kind {
            self.ensure_all::<WorkingGroup>(&[g], "group")?;
        }
        self.store.put(&meeting)?;
        Ok(meeting)
    }

    /// Saves a new or changed task; group and assignees must exist.
    pub fn save_task(&self, mut task: Task) -> Result<Task, CouncilError> {
        self.guard(&task)?;
        self.check_task_refs(&task)?;
        self.bump_if_stored(&mut task)?;
        self.store.put(&task)?;
        Ok(task)
    }

    fn check_task_refs(&self, task: &Task) -> Result<(), CouncilError> {
        self.ensure_all::<WorkingGroup>(&[task.group], "group")?;
        self.ensure_all::<Member>(&task.assignees, "assignees")
    }

    /// Saves a new or changed contribution; its author, meeting and group
    /// must exist.
    pub fn save_contribution(&self, mut c: Contribution) -> Result<Contribution, CouncilError> {
        self.guard(&c)?;
        if let Author::Member(m) = c.author {
            self.ensure_all::<Member>(&[m], "author")?;
        }
        if let Some(m) = c.meeting {
            self.ensure_all::<Meeting>(&[m], "meeting")?;
        }
        if let Some(g) = c.group {
            self.ensure_all::<WorkingGroup>(&[g], "group")?;
        }
        self.bump_if_stored(&mut c)?;
        self.store.put(&c)?;
        Ok(c)
    }

    /// Withdraws a contribution's consent on `date` and, with `erase`,
    /// removes its words for good (from the council and every later
    /// archive; a dated tombstone stays for the history).
    pub fn withdraw_contribution(&self, id: RecordId, date: Date, erase: bool) -> Result<Contribution, CouncilError> {
        let mut c: Contribution = self.store.get(id)?;
        if erase {
            c.erase(date);
        } else {
            c.withdraw(date);
        }
        c.bump_revision();
        self.store.put(&c)?;
        Ok(c)
    }

    /// Changes a contribution's consent level as the member asked on
    /// `date`: the change is kept, dated, in the contribution's history (see
    /// [`Contribution::change_consent`] for what is refused). A withdrawn
    /// consent is not given back this way: the member gives it again, as a
    /// new contribution. The same level again writes nothing.
    pub fn change_consent(
        &self,
        id: RecordId,
        level: crate::domain::ConsentLevel,
        date: Date,
    ) -> Result<Contribution, CouncilError> {
        let mut c: Contribution = self.store.get(id)?;
        if c.change_consent(level, date)? {
            c.bump_revision();
            self.store.put(&c)?;
        }
        Ok(c)
    }

    /// Saves a new or changed advocacy draft; its contributions must exist.
    pub fn save_draft(
        &self,
        mut d: crate::domain::AdvocacyDraft,
    ) -> Result<crate::domain::AdvocacyDraft, CouncilError> {
        self.guard(&d)?;
        let ids: Vec<RecordId> = d.sections.iter().flat_map(|s| s.contributions.iter().copied()).collect();
        self.ensure_all::<Contribution>(&ids, "contributions")?;
        self.bump_if_stored(&mut d)?;
        self.store.put(&d)?;
        Ok(d)
    }

    /// The meeting of the same kind just before `date`, to use as template.
    pub fn previous_meeting(&self, kind: MeetingKind, date: Date) -> Result<Option<Meeting>, CouncilError> {
        Ok(self.sound::<Meeting>()?.into_iter().filter(|m| m.kind == kind && m.date < date).max_by_key(|m| m.date))
    }

    pub(super) fn stored<R: Record>(&self, id: RecordId) -> Result<Option<R>, CouncilError> {
        match self.store.get::<R>(id) {
            Ok(r) => Ok(Some(r)),
            Err(StoreError::Missing { .. }) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    fn bump_if_stored<R: Record>(&self, record: &mut R) -> Result<(), CouncilError> {
        if let Some(old) = self.stored::<R>(record.id())? {
            while record.revision() <= old.revision() {
                record.bump_revision();
            }
        }
        Ok(())
    }

    fn ensure_all<R: Record>(&self, ids: &[RecordId], field: &'static str) -> Result<(), CouncilError> {
        for id in ids {
            if self.stored::<R>(*id)?.is_none() {
                return Err(DomainError::Dangling(field).into());
            }
        }
        Ok(())
    }
}
