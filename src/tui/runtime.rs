//! The imperative shell around `update`: holds the unlocked session and
//! carries out effects, feeding their outcome back as actions. Tests drive
//! it directly, without a terminal.

use std::path::PathBuf;

use super::action::{Action, Opened, Saved};
use super::app::App;
use super::data::Data;
use super::effect::{Change, Effect, UnlockWith};
use super::update::{explain, update};
use crate::domain::RecordId;
use crate::council::{Session, CouncilError};
use crate::storage::{keyfile, Store, StoreError, Unlock};

/// Where the council is and what can open it without typing.
#[derive(Clone, Debug)]
pub struct Source {
    /// Council folder.
    pub path: PathBuf,
    /// Identity file, read at each unlock (no key stays in memory while
    /// locked).
    pub identity_file: Option<PathBuf>,
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
}

impl Runtime {
    /// A locked runtime.
    pub fn new(app: App, source: Source) -> Self {
        Self { app, session: None, source, clear_screen: false, templates: None, slip_member: None, progress: None }
    }

    /// Applies an action and everything it leads to.
    pub fn dispatch(&mut self, action: Action) {
        let effects = update(&mut self.app, action);
        for effect in effects {
            if let Some(next) = self.run(effect) {
                self.dispatch(next);
            }
        }
    }

    /// Whether a session is open (for tests and the terminal loop).
    pub fn is_unlocked(&self) -> bool {
        self.session.is_some()
    }

    fn run(&mut self, effect: Effect) -> Option<Action> {
        match effect {
            Effect::Save(Change::Archive(job)) => Some(Action::Saved(self.archive_job(job))),
            Effect::Save(Change::Export { draft, format, path }) => {
                Some(Action::Saved(self.export_job(draft, format, &path)))
            }
            Effect::Save(change) => {
                let result = self.save(change).map(Box::new).map_err(|e| explain(&self.app, &e));
                Some(Action::Saved(result))
            }
            Effect::Unlock(with) => Some(Action::Unlocked(self.unlock(with).map_err(|e| explain(&self.app, &e)))),
            Effect::Lock => {
                self.session = None;
                self.clear_screen = true;
                None
            }
            Effect::Quit => None,
        }
    }

    fn unlock(&mut self, with: UnlockWith) -> Result<Box<Opened>, CouncilError> {
        let unlock = match with {
            UnlockWith::Passphrase(p) => Unlock::Passphrase(p),
            UnlockWith::Identity => {
                let path = self.source.identity_file.as_ref().ok_or(StoreError::NoPassphrase)?;
                let keys = keyfile::read(path).map_err(|e| match e {
                    keyfile::KeyFileError::Io(source) => StoreError::Access { path: path.clone(), source },
                    _ => StoreError::NotARecipient,
                })?;
                Unlock::Identities(keys.identities)
            }
        };
        let store = Store::open(&self.source.path, &unlock)?;
        let data = Data::load(&store)?;
        let draft = store.ui_draft()?;
        self.session = Some(Session::new(store));
        Ok(Box::new(Opened { data, draft }))
    }

    /// The open council, for whole-council jobs (exports, archives): refused
    /// when locked or when viewing a member's slip.
    fn council_session(&self) -> Result<&Session, String> {
        let session =
            self.session.as_ref().ok_or_else(|| explain(&self.app, &CouncilError::Locked))?;
        if self.slip_member.is_some() {
            return Err(explain(&self.app, &CouncilError::ReadOnlySlip));
        }
        Ok(session)
    }

    /// Renders a draft, writes it (never over an existing file) and records
    /// the export in the draft's history; failures are explained.
    fn export_job(&self, id: RecordId, format: crate::export::Format, path: &str) -> Result<Box<Saved>, String> {
        let session = self.council_session()?;
        let mut draft: crate::domain::AdvocacyDraft = session.store().get(id).map_err(|e| explain(&self.app, &e))?;
        let rendered =
            crate::export::render_draft(session.store(), &draft, format, self.templates.as_deref(), self.app.today)
                .map_err(|e| explain(&self.app, &e))?;
        crate::archive::keys::write_new(std::path::Path::new(path), rendered.text.as_bytes(), false)
            .map_err(|e| explain(&self.app, &e))?;
        crate::export::record(&mut draft, rendered.built, self.app.today);
        let draft = session.save_draft(draft).map_err(|e| explain(&self.app, &e))?;
        Ok(Box::new(Saved::Exported(path.to_string(), Box::new(draft))))
    }

    /// Runs an archive job, drawing progress, and explains any failure.
    fn archive_job(&mut self, job: crate::tui::effect::ArchiveJob) -> Result<Box<Saved>, String> {
        let mut progress = self.progress.take();
        let session = match self.council_session() {
            Ok(session) => session,
            Err(why) => {
                self.progress = progress;
                return Err(why);
            }
        };
        let app = &self.app;
        let mut report = |fraction: f64, phase: &'static str| {
            if let Some(p) = progress.as_mut() {
                p(app, fraction, phase);
            }
        };
        let done = crate::tui::archive_jobs::run(session, job, &self.app.loader, &mut report);
        self.progress = progress;
        done.map(|d| Box::new(Saved::Archive(d.lines, d.reloaded))).map_err(|e| explain(&self.app, &e))
    }

    /// In a member's slip, the one change allowed: status and comments of
    /// the member's own tasks.
    fn allowed_in_slip(&self, session: &Session, change: &Change) -> Result<(), CouncilError> {
        let Some(member) = self.slip_member else { return Ok(()) };
        let read_only = || CouncilError::ReadOnlySlip;
        match change {
            Change::Task(t) if t.assignees.contains(&member) => {
                let stored: crate::domain::Task = session.store().get(t.id)?;
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
            Change::Meeting(m) => Saved::Meeting(session.save_meeting(m)?),
            Change::Task(t) => Saved::Task(session.save_task(t)?),
            Change::Contribution(c) => Saved::Contribution(session.save_contribution(c)?),
            Change::ActionTask { meeting, item, action, group } => {
                let (m, t) = session.add_action(meeting, item, action, group)?;
                Saved::MeetingAndTask(m, t)
            }
            Change::Draft(d) => Saved::Draft(session.save_draft(d)?),
            Change::NeverWrite(name) => {
                let store = session.store();
                let mut list = store.never_write()?;
                list.add(&name);
                store.put_never_write(&list)?;
                Saved::NeverWrite(Box::new(list))
            }
            // Exports and archive jobs go through `export_job` and
            // `archive_job`, which explain their own failures.
            Change::Export { draft, format, path } => {
                return self
                    .export_job(draft, format, &path)
                    .map(|b| *b)
                    .map_err(|why| StoreError::Database(why).into())
            }
            Change::Archive(job) => {
                return self.archive_job(job).map(|b| *b).map_err(|why| StoreError::Database(why).into())
            }
            Change::UiDraft(draft) => {
                session.store().put_ui_draft(draft.as_deref())?;
                Saved::UiDraft
            }
        })
    }
}
