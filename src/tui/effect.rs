//! What `update` asks the outside world to do. The runtime carries effects
//! out against the store and feeds their outcome back as actions, so that
//! `update` itself never touches the disk.

use age::secrecy::SecretString;

use crate::domain::{Contribution, Member, RecordId, Task, WorkingGroup};

/// A request to the runtime.
#[derive(Debug)]
pub enum Effect {
    /// Write a change (encrypted, flushed) and report back.
    Save(Change),
    /// Try to open the council.
    Unlock(UnlockWith),
    /// Drop the session: keys and decrypted records leave memory.
    Lock,
    /// Build a draft's export for review (nothing is written yet).
    PlanExport {
        /// Draft.
        draft: RecordId,
        /// Format.
        format: crate::export::Format,
        /// File to write once reviewed.
        path: String,
    },
    /// Build a member's slip for review (nothing is sealed yet).
    PlanSlip {
        /// The member.
        member: RecordId,
        /// Their public key or key file.
        to: String,
        /// File to write once reviewed.
        path: String,
    },
    /// Answer a review question (the council's lists change) and build the
    /// export again.
    Answer(Box<crate::tui::app::Review>, Answer),
    /// Write the reviewed export, exactly as reviewed.
    WriteExport(Box<crate::tui::app::Review>),
    /// An archive operation (slow: the runtime reports progress).
    Archive(ArchiveJob),
    /// Remember (as a slow hash, in memory only) the code that unlocks
    /// this session's locked screen.
    SetLockCode(SecretString),
}

/// A review answer that changes the council's lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// These words are people's names: never write them.
    Names(Vec<String>),
    /// These words are not names: do not ask again.
    NotNames(Vec<String>),
}

/// How to unlock.
#[derive(Debug)]
pub enum UnlockWith {
    /// The identity file (or demo key) the program was started with.
    Identity,
    /// A typed passphrase.
    Passphrase(SecretString),
    /// Another identity file, typed on the unlock screen.
    IdentityFile(std::path::PathBuf),
    /// The unlock code chosen at the first lock of this session.
    Code(SecretString),
}

/// A change to write.
#[derive(Debug, Clone)]
pub enum Change {
    /// A member, new or changed.
    Member(Member),
    /// A working group.
    Group(WorkingGroup),
    /// A task.
    Task(Task),
    /// A contribution.
    Contribution(Contribution),
    /// A contribution's consent withdrawn (and, with `erase`, its words
    /// erased).
    Withdraw {
        /// The contribution.
        contribution: RecordId,
        /// Erase the words too.
        erase: bool,
    },
    /// A new meeting, from the previous one's agenda when there is one.
    NewMeeting {
        /// Monthly or a group's.
        kind: crate::domain::MeetingKind,
        /// Day.
        date: crate::domain::Date,
        /// Title.
        title: String,
    },
    /// A meeting not yet adopted deleted (its tasks stay).
    DeleteMeeting(RecordId),
    /// A change to a meeting's minutes (its tasks follow).
    Minutes {
        /// Meeting.
        meeting: RecordId,
        /// What changes.
        edit: crate::domain::MinutesEdit,
    },
    /// A contribution's consent changed today.
    Consent {
        /// The contribution.
        contribution: RecordId,
        /// The new level.
        level: crate::domain::ConsentLevel,
    },
    /// An advocacy draft.
    Draft(crate::domain::AdvocacyDraft),
    /// A name for the "never write" list (kept only as keyed hashes).
    NeverWrite(zeroize::Zeroizing<String>),
    /// Text being typed when the screen locked, kept encrypted (`None`
    /// clears it once restored).
    UiDraft(Option<Vec<u8>>),
}

/// An archive operation from the Archives screen.
#[derive(Debug, Clone)]
pub enum ArchiveJob {
    /// The whole council, to recipients (keys or key files).
    Export {
        /// Recipients: `age1…`, ssh public keys, or key files.
        to: Vec<String>,
        /// File to write (refused if it exists).
        path: String,
        /// ASCII armour.
        armor: bool,
        /// Print the hand-over checklist afterwards.
        handover: bool,
    },
    /// An archive or a return slip, opened with an identity file.
    Import {
        /// File to read.
        path: String,
        /// Identity file (age or ssh).
        identity: String,
        /// The fingerprint the secretary compared and accepted, for an
        /// archive nothing proves comes from this council.
        accepted: Option<String>,
    },
}
