//! What `update` asks the outside world to do. The runtime carries effects
//! out against the store and feeds their outcome back as actions, so that
//! `update` itself never touches the disk.

use age::secrecy::SecretString;

use crate::domain::{ActionItem, Contribution, Meeting, Member, RecordId, Task, WorkingGroup};

/// A request to the runtime.
#[derive(Debug)]
pub enum Effect {
    /// Write a change (encrypted, flushed) and report back.
    Save(Change),
    /// Try to open the council.
    Unlock(UnlockWith),
    /// Drop the session: keys and decrypted records leave memory.
    Lock,
    /// Leave the program.
    Quit,
}

/// How to unlock.
#[derive(Debug)]
pub enum UnlockWith {
    /// The identity file (or demo key) the program was started with.
    Identity,
    /// A typed passphrase.
    Passphrase(SecretString),
}

/// A change to write.
#[derive(Debug, Clone)]
pub enum Change {
    /// A member, new or changed.
    Member(Member),
    /// A working group.
    Group(WorkingGroup),
    /// A meeting.
    Meeting(Meeting),
    /// A task.
    Task(Task),
    /// A contribution.
    Contribution(Contribution),
    /// An action item added to an agenda item, and its task, in one
    /// transaction.
    ActionTask {
        /// Meeting.
        meeting: RecordId,
        /// Agenda item index.
        item: usize,
        /// The action item.
        action: ActionItem,
        /// Its working group.
        group: RecordId,
    },
    /// An advocacy draft.
    Draft(crate::domain::AdvocacyDraft),
    /// A name for the "never write" list (kept only as a keyed hash).
    NeverWrite(String),
    /// Render and write an export, then record it in the draft's history.
    Export {
        /// Draft.
        draft: RecordId,
        /// Format.
        format: crate::export::Format,
        /// File to write (refused if it exists).
        path: String,
    },
    /// Text being typed when the screen locked, kept encrypted (`None`
    /// clears it once restored).
    UiDraft(Option<Vec<u8>>),
}
