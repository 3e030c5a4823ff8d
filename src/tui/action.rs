//! What can happen to the terminal UI: a command from the keymap, text typed
//! into a field, time passing, or the outcome of an effect.

use ratatui::crossterm::event::KeyEvent;

use super::data::Data;
use super::keymap::Command;
use crate::domain::{ClockTime, Contribution, Date, Meeting, Member, Task, WorkingGroup};

/// Input to `update`.
#[derive(Debug)]
pub enum Action {
    /// A bound key's command.
    Command(Command),
    /// A key for the focused text field.
    Input(KeyEvent),
    /// Text pasted in one piece (bracketed paste).
    Paste(String),
    /// Time passes: the clock for overruns, the idle lock, pending saves.
    Tick {
        /// Today.
        today: Date,
        /// Time of day.
        now: ClockTime,
        /// Seconds since the last key.
        idle_secs: u64,
    },
    /// The council opened, with any draft kept at the last lock (or the
    /// reason it did not open).
    Unlocked(Result<Box<Opened>, String>),
    /// A save finished (or failed, with the reason to show).
    Saved(Result<Box<Saved>, Failure>),
    /// An export was built (again) for review.
    Planned(Result<Box<super::app::Review>, String>),
    /// An import was refused because nothing proves the archive comes from
    /// this council: the secretary may compare its fingerprint and accept.
    Unauthenticated {
        /// File to read.
        path: String,
        /// Identity file.
        identity: String,
        /// Its fingerprint.
        fingerprint: String,
        /// The refusal, explained (with the fingerprint).
        reason: String,
    },
}

/// Why an effect failed: the reason to show, and the form field it is
/// about when there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// In the UI's language.
    pub reason: String,
    /// The field at fault.
    pub field: Option<super::form::FieldId>,
}

impl Failure {
    /// A failure not tied to a field.
    pub fn new(reason: String) -> Self {
        Self { reason, field: None }
    }
}

/// A council just opened.
#[derive(Debug)]
pub struct Opened {
    /// Every record, decrypted.
    pub data: Data,
    /// What was being typed at the last lock, sealed until now.
    pub draft: Option<Vec<u8>>,
    /// A warning to show at once (an identity file others can read).
    pub warning: Option<String>,
}

/// What a save wrote, as stored (with its new revision).
#[derive(Debug, Clone)]
pub enum Saved {
    /// A member.
    Member(Member),
    /// A working group.
    Group(WorkingGroup),
    /// A meeting.
    Meeting(Meeting),
    /// A task.
    Task(Task),
    /// A meeting was deleted; these tasks lost their origin.
    MeetingDeleted(crate::domain::RecordId, Vec<Task>),
    /// Minutes changed, with the tasks that followed.
    Minutes(Box<crate::council::MinutesSaved>),
    /// A lock code was set (the screen can lock now).
    LockCode,
    /// A contribution.
    Contribution(Contribution),
    /// The typing in progress was kept as an encrypted draft.
    UiDraft,
    /// An advocacy draft.
    Draft(crate::domain::AdvocacyDraft),
    /// The "never write" list, with a name added.
    NeverWrite(Box<crate::privacy::NeverWrite>),
    /// An archive job finished: what to tell, and the reloaded council when
    /// records changed.
    Archive(Vec<String>, Option<Box<Data>>),
    /// An export was written to this file and recorded in its draft.
    Exported(String, Box<crate::domain::AdvocacyDraft>),
}

impl Saved {
    /// The one record saved, when there is one a list can point at.
    pub fn record(&self) -> Option<crate::domain::RecordId> {
        match self {
            Self::Member(m) => Some(m.id),
            Self::Group(g) => Some(g.id),
            Self::Meeting(m) => Some(m.id),
            Self::Contribution(c) => Some(c.id),
            Self::Draft(d) => Some(d.id),
            _ => None,
        }
    }
}
