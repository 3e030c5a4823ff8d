//! The imperative shell around `update`: holds the unlocked session and
//! carries out effects, feeding their outcome back as actions. Tests drive
//! it directly, without a terminal.

use std::path::PathBuf;

use super::action::{Action, Failure, Opened, Saved};
use super::app::App;
use super::app::Review;
use super::data::Data;
use super::effect::{Answer, Change, Effect, UnlockWith};
use super::review_plan::Plan;
use super::update::{explain, update};
use crate::council::{CouncilError, Session};
use crate::domain::RecordId;
use crate::storage::{keyfile, StoreError, Unlock};

/// Where the council is and what can open it without typing.
#[derive(Clone)]
pub struct Source {
    /// Council folder.
    pub path: PathBuf,
    /// Identity file, read at each unlock (no key stays in memory while
    /// locked).
    pub identity_file: Option<PathBuf>,
    /// A throwaway identity that exists only in memory (the demo, a
    /// member's slip): the folder it opens is unreadable once the process
    /// is gone, however it ends.
    pub identity: Option<age::x25519::Identity>,
}

impl std::fmt::Debug for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Source")
            .field("path", &self.path)
            .field("identity_file", &self.identity_file)
            .field("identity", &self.identity.as_ref().map(|_| "in memory"))
            .finish()
    }
}

impl Source {
    /// A council opened with an identity file (or a passphrase).
    pub fn with_file(path: PathBuf, identity_file: Option<PathBuf>) -> Self {
        Self { path, identity_file, identity: None }
    }

    /// A throwaway council opened with an identity held in memory.
    pub fn in_memory(path: PathBuf, identity: age::x25519::Identity) -> Self {
        Self { path, identity_file: None, identity: Some(identity) }
    }

    /// Whether Enter alone can unlock (an identity is at hand).
    pub fn has_identity(&self) -> bool {
        self.identity_file.is_some() || self.identity.is_some()
    }
}

/// The UI state plus the session it edits.
pub struct Runtime {
    /// The UI state.
    pub app: App,
    session: Option<Session>,
    source: Source,
    /// Set when the screen must be wiped (after a lock).
    pub clear_screen: bool,
    /// The user's export templates folder, if any.
    pub templates: Option<PathBuf>,
    /// Draws a progress gauge during long archive jobs (set by the terminal
    /// loop; absent in tests).
    #[allow(clippy::type_complexity)]
    pub progress: Option<Box<dyn FnMut(&App, f64, &'static str)>>,
    /// Viewing a member's slip: only this member's task statuses and
    /// comments may change; everything else is read-only.
    pub slip_member: Option<crate::domain::RecordId>,
    /// Rolling backups kept at each clean close (lock, quit); 0 for none.
    pub backups_kept: usize,
    /// What the last close did about the backup, for the shell to tell.
    pub last_backup: Option<Result<crate::archive::backup::Outcome, String>>,
    /// The code that reopens this session's locked screen, as a slow hash
    /// (in memory only; gone when the program ends).
    lock_code: Option<super::lock_code::LockCode>,
    /// The identity file that opened this session (to reopen it after a
    /// lock, once the code is given).
    opened_with: Option<Opening>,
}

/// How this session was first opened.
#[derive(Clone)]
enum Opening {
    /// With an identity file at this path.
    File(PathBuf),
    /// With the identity held in memory (the demo, a member's slip).
    Memory,
}

impl Runtime {
    /// A locked runtime.
    pub fn new(app: App, source: Source) -> Self {
        Self {
            app,
            session: None,
            source,
            clear_screen: false,
            templates: None,
            slip_member: None,
            progress: None,
            backups_kept: 0,
            last_backup: None,
            lock_code: None,
            opened_with: None,
        }
    }

    /// Applies an action and everything it leads to.
    pub fn dispatch(&mut self, action: Action) {
        // Work left for after the first frame is done before anything else.
        self.after_frame();
        let effects = update(&mut self.app, action);
        for effect in effects {
            if let Some(next) = self.run(effect) {
                self.dispatch(next);
            }
        }
    }

    /// Work left until a frame was shown (the privacy warnings over the
    /// whole council, after unlocking). Returns whether there was some, so
    /// the loop draws again.
    pub fn after_frame(&mut self) -> bool {
        match self.app.data.as_mut() {
            Some(data) if data.warnings_pending => {
                data.find_warnings();
                true
            }
            _ => false,
        }
    }

    /// Whether a session is open (for tests and the terminal loop).
    pub fn is_unlocked(&self) -> bool {
        self.session.is_some()
    }

    fn run(&mut self, effect: Effect) -> Option<Action> {
        match effect {
            Effect::Archive(job) => Some(self.archive_action(job)),
            Effect::PlanExport { draft, format, path } => Some(Action::Planned(self.plan_export(draft, format, path))),
            Effect::PlanSlip { member, to, path } => Some(Action::Planned(self.plan_slip(member, to, path))),
            Effect::Answer(review, answer) => Some(Action::Planned(self.answer(*review, answer))),
            Effect::WriteExport(review) => Some(Action::Saved(self.write_export(&review))),
            Effect::Save(change) => {
                let result = self.save(change).map(Box::new).map_err(|e| self.failure(&e));
                // A long evening of saves does not grow the folder without
                // bound (a failed compaction leaves the council as it was,
                // and is tried again later).
                if let Some(session) = self.session.as_mut() {
                    let _ = session.maintain();
                }
                Some(Action::Saved(result))
            }
            Effect::Unlock(with) => Some(Action::Unlocked(self.unlock(with).map_err(|e| explain(&self.app, &e)))),
            Effect::SetLockCode(code) => {
                self.lock_code = Some(super::lock_code::LockCode::new(&code));
                self.app.lock_code_set = true;
                Some(Action::Saved(Ok(Box::new(Saved::LockCode))))
            }
            Effect::Lock => {
                // Locking closes the store cleanly: the moment for a rolling backup.
                if let Some(session) = self.session.take().filter(|_| self.backups_kept > 0) {
                    let done = session.close_with_backup(self.backups_kept);
                    self.last_backup = Some(done.map_err(|e| explain(&self.app, &e)));
                }
                self.clear_screen = true;
                None
            }
        }
    }

    /// A council refusal as the UI shows it, with the form field it is
    /// about.
    fn failure(&self, e: &CouncilError) -> Failure {
        Failure { reason: explain(&self.app, e), field: super::update::field_of(e) }
    }

    fn unlock(&mut self, with: UnlockWith) -> Result<Box<Opened>, CouncilError> {
        let (unlock, opening) = match with {
            UnlockWith::Passphrase(p) => (Unlock::Passphrase(p), None),
            UnlockWith::Code(code) => {
                let known = self.lock_code.as_ref().is_some_and(|c| c.matches(&code));
                if !known {
                    return Err(CouncilError::WrongCode);
                }
                match self.opened_with.clone() {
                    Some(Opening::File(path)) => (self.identity_from(&path)?, None),
                    Some(Opening::Memory) | None => (self.memory_identity()?, None),
                }
            }
            UnlockWith::Identity if self.source.identity.is_some() => (self.memory_identity()?, Some(Opening::Memory)),
            UnlockWith::Identity => {
                let path = self.source.identity_file.clone().ok_or(StoreError::NoPassphrase)?;
                (self.identity_from(&path)?, Some(Opening::File(path)))
            }
            UnlockWith::IdentityFile(path) => (self.identity_from(&path)?, Some(Opening::File(path))),
        };
        let session = Session::open(&self.source.path, &unlock)?;
        let data = Data::load(&session)?;
        let draft = session.ui_draft()?;
        self.session = Some(session);
        if let Some(opening) = opening {
            self.opened_with = Some(opening);
        }
        self.app.lock_needs_code = self.opened_with.is_some();
        let warning = match &self.opened_with {
            Some(Opening::File(path)) => crate::storage::keyfile::readable_by_others(path).map(|mode| {
                super::tr!(
                    self.app,
                    "warn-identity-readable",
                    path = path.display().to_string(),
                    mode = format!("{mode:03o}")
                )
            }),
            _ => None,
        };
        Ok(Box::new(Opened { data, draft, warning }))
    }

    fn memory_identity(&self) -> Result<Unlock, CouncilError> {
        let id = self.source.identity.clone().ok_or(StoreError::NoPassphrase)?;
        Ok(Unlock::Identities(vec![id]))
    }

    /// Reads an identity file (never kept: read again at each unlock).
    fn identity_from(&self, path: &std::path::Path) -> Result<Unlock, CouncilError> {
        let keys = keyfile::read(path).map_err(|e| match e {
            keyfile::KeyFileError::Io(source) => StoreError::Access { path: path.to_path_buf(), source },
            _ => StoreError::NotARecipient,
        })?;
        Ok(Unlock::Identities(keys.identities))
    }

    /// The open council, for whole-council jobs (exports, archives): refused
    /// when locked or when viewing a member's slip.
    fn council_session(&self) -> Result<&Session, String> {
        let session = self.session.as_ref().ok_or_else(|| explain(&self.app, &CouncilError::Locked))?;
        if self.slip_member.is_some() {
            return Err(explain(&self.app, &CouncilError::ReadOnlySlip));
        }
        Ok(session)
    }

    /// Builds a draft's export for review.
    fn plan_export(&self, draft: RecordId, format: crate::export::Format, path: String) -> Result<Box<Review>, String> {
        let session = self.council_session()?;
        let plan = session
            .plan_export(draft, format, self.templates.as_deref(), self.app.today)
            .map_err(|e| explain(&self.app, &e))?;
        Ok(Box::new(Review { plan: Plan::Draft(plan), path, selected: 0 }))
    }

    /// Builds a member's slip for review.
    fn plan_slip(&self, member: RecordId, to: String, path: String) -> Result<Box<Review>, String> {
        let session = self.council_session()?;
        let plan = session.plan_slip(member).map_err(|e| explain(&self.app, &e))?;
        Ok(Box::new(Review { plan: Plan::Slip { plan, to }, path, selected: 0 }))
    }

    /// Records a review answer in the council's lists and builds the export
    /// again.
    fn answer(&self, mut review: Review, answer: Answer) -> Result<Box<Review>, String> {
        let session = self.council_session()?;
        review.plan.answer(session, &answer).map_err(|e| explain(&self.app, &e))?;
        review.selected = review.selected.min(review.plan.items().len().saturating_sub(1));
        Ok(Box::new(review))
    }

    /// Writes the reviewed export (never over an existing file) and records
    /// it in the draft's history.
    fn write_export(&self, review: &Review) -> Result<Box<Saved>, Failure> {
        let session = self.council_session().map_err(Failure::new)?;
        let path = std::path::Path::new(&review.path);
        let plan = match &review.plan {
            Plan::Draft(plan) => plan,
            Plan::Slip { plan, to } => {
                let sealed = crate::archive::keys::recipients(std::slice::from_ref(to), &[])
                    .map_err(crate::council::CouncilError::from)
                    .and_then(|r| {
                        session.write_slip(
                            plan,
                            &crate::archive::SealTo::Recipients(r),
                            path,
                            false,
                            true,
                            &mut |_, _| {},
                        )
                    })
                    .map_err(|e| self.failure(&e))?;
                let line =
                    super::tr!(self.app, "slip-written", path = review.path.clone(), pseudonym = sealed.pseudonym);
                return Ok(Box::new(Saved::Archive(vec![line], None)));
            }
        };
        let written = session.write_export(plan, path, false, false).map_err(|e| self.failure(&e))?;
        let shown = std::fs::canonicalize(&written.path).unwrap_or(written.path);
        Ok(Box::new(Saved::Exported(shown.display().to_string(), Box::new(written.draft))))
    }

    /// Runs an archive job; an import refused because nothing proves where
    /// the archive comes from asks the secretary instead of failing.
    fn archive_action(&mut self, job: crate::tui::effect::ArchiveJob) -> Action {
        use crate::tui::effect::ArchiveJob;
        let asked = match &job {
            ArchiveJob::Import { path, identity, accepted: None } => Some((path.clone(), identity.clone())),
            _ => None,
        };
        match self.archive_job(job) {
            Ok(saved) => Action::Saved(Ok(saved)),
            Err(e) => match (&e, asked) {
                (
                    CouncilError::Archive(crate::archive::ArchiveError::Unauthenticated { fingerprint, .. }),
                    Some((path, identity)),
                ) => {
                    // What happened, without the command line's advice: the
                    // question below is the way on here.
                    let reason = crate::i18n::Explain::explain_in(&e, &self.app.loader).0;
                    Action::Unauthenticated { path, identity, fingerprint: fingerprint.clone(), reason }
                }
                _ => Action::Saved(Err(Failure::new(explain(&self.app, &e)))),
            },
        }
    }

    /// Runs an archive job, drawing progress.
    fn archive_job(&mut self, job: crate::tui::effect::ArchiveJob) -> Result<Box<Saved>, CouncilError> {
        let mut progress = self.progress.take();
        let Some(session) = self.session.as_ref().filter(|_| self.slip_member.is_none()) else {
            self.progress = progress;
            return Err(if self.session.is_none() { CouncilError::Locked } else { CouncilError::ReadOnlySlip });
        };
        let app = &self.app;
        let mut report = |fraction: f64, phase: &'static str| {
            if let Some(p) = progress.as_mut() {
                p(app, fraction, phase);
            }
        };
        let done = crate::tui::archive_jobs::run(session, job, &self.app.loader, &mut report);
        self.progress = progress;
        done.map(|d| Box::new(Saved::Archive(d.lines, d.reloaded)))
    }

    /// In a member's slip, the one change allowed: status and comments of
    /// the member's own tasks.
    fn allowed_in_slip(&self, session: &Session, change: &Change) -> Result<(), CouncilError> {
        let Some(member) = self.slip_member else { return Ok(()) };
        let read_only = || CouncilError::ReadOnlySlip;
        match change {
            Change::Task(t) if t.assignees.contains(&member) => {
                let stored: crate::domain::Task = session.find(&t.id.to_string())?;
                if crate::archive::slip::only_status_and_comments(&stored, t) {
                    Ok(())
                } else {
                    Err(read_only())
                }
            }
            Change::UiDraft(_) => Ok(()),
            _ => Err(read_only()),
        }
    }

    fn save(&mut self, change: Change) -> Result<Saved, CouncilError> {
        let session = self.session.as_ref().ok_or(CouncilError::Locked)?;
        self.allowed_in_slip(session, &change)?;
        Ok(match change {
            Change::Member(m) => Saved::Member(session.save_member(m)?),
            Change::Group(g) => Saved::Group(session.save_group(g)?),
            Change::NewMeeting { kind, date, title } => Saved::Meeting(session.new_meeting(kind, date, &title, true)?),
            Change::DeleteMeeting(id) => Saved::MeetingDeleted(id, session.delete_meeting(id)?),
            Change::Minutes { meeting, edit } => Saved::Minutes(Box::new(session.edit_minutes(meeting, &edit)?)),
            Change::Task(t) => Saved::Task(session.save_task(t)?),
            Change::Contribution(c) => Saved::Contribution(session.save_contribution(c)?),
            Change::Consent { contribution, level } => {
                Saved::Contribution(session.change_consent(contribution, level, self.app.today)?)
            }
            Change::Withdraw { contribution, erase } => {
                Saved::Contribution(session.withdraw_contribution(contribution, self.app.today, erase)?)
            }
            Change::Draft(d) => Saved::Draft(session.save_draft(d)?),
            Change::NeverWrite(name) => Saved::NeverWrite(Box::new(session.add_never_write(&[name])?.1)),
            Change::UiDraft(draft) => {
                session.keep_ui_draft(draft.as_deref())?;
                Saved::UiDraft
            }
        })
    }
}
