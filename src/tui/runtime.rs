//! The imperative shell around `update`: holds the unlocked session and
//! carries out effects, feeding their outcome back as actions. Tests drive
//! it directly, without a terminal.

use std::path::PathBuf;

use super::action::{Action, Opened, Saved};
use super::app::App;
use super::data::Data;
use super::effect::{Change, Effect, UnlockWith};
use super::update::{explain, update};
use crate::session::{Session, SessionError};
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
}

impl Runtime {
    /// A locked runtime.
    pub fn new(app: App, source: Source) -> Self {
        Self { app, session: None, source, clear_screen: false }
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

    fn unlock(&mut self, with: UnlockWith) -> Result<Box<Opened>, SessionError> {
        let unlock = match with {
            UnlockWith::Passphrase(p) => Unlock::Passphrase(p),
            UnlockWith::Identity => {
                let path = self.source.identity_file.as_ref().ok_or(StoreError::NoPassphrase)?;
                let keys = keyfile::read(path).map_err(|_| StoreError::NotARecipient)?;
                Unlock::Identities(keys.identities)
            }
        };
        let store = Store::open(&self.source.path, &unlock)?;
        let data = Data::load(&store)?;
        let draft = store.ui_draft()?;
        self.session = Some(Session::new(store));
        Ok(Box::new(Opened { data, draft }))
    }

    fn save(&mut self, change: Change) -> Result<Saved, SessionError> {
        let session = self.session.as_ref().ok_or(StoreError::Database("locked".into()))?;
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
            Change::UiDraft(draft) => {
                session.store().put_ui_draft(draft.as_deref())?;
                Saved::UiDraft
            }
        })
    }
}
