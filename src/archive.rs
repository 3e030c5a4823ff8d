//! Encrypted archives of a whole council: a JSON document (see
//! `docs/archive-format.md`) sealed with age, for backups and hand-over.
//! Import is all-or-nothing, idempotent, merged by revision, and refuses
//! anything malformed with the council untouched.

pub mod auth;
pub mod backup;
mod canonical;
mod crypt;
mod document;
pub mod keys;
mod merge;
pub mod slip;

pub use crypt::{
    open, open_file, open_reader, open_with_limit, seal, OpenWith, SealTo, MAX_ARCHIVE_BYTES, MAX_SEALED_BYTES,
};
pub use document::{Document, KeyedList, Lists, SoundDocument, FORMAT, VERSION};
pub use merge::{import, Outcome};

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use crate::i18n::Explain;
use crate::storage::StoreError;

/// Why an archive could not be made or read.
#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    /// Not an age file at all.
    #[error("not an age file")]
    NotAge,
    /// Truncated, altered, or otherwise unreadable.
    #[error("archive damaged")]
    Damaged,
    /// None of the keys (or not this passphrase) opens it.
    #[error("wrong key or passphrase")]
    WrongKey,
    /// Sealed with a passphrase; an identity was given.
    #[error("archive needs a passphrase")]
    NeedsPassphrase,
    /// Sealed to recipients; a passphrase was given.
    #[error("archive needs an identity")]
    NeedsIdentity,
    /// The passphrase demands more scrypt work than
    /// [`crate::storage::MAX_PASSPHRASE_WORK_FACTOR`] allows.
    #[error("excessive scrypt work factor 2^{found}")]
    ExcessiveWork {
        /// Work factor (log2 N) the file asks for.
        found: u8,
    },
    /// Larger than any council could be.
    #[error("archive too large")]
    TooLarge,
    /// The sealed file could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: std::path::PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A member's slip was given where an archive or a return slip was
    /// expected.
    #[error("a member slip is not an archive")]
    SlipNotArchive,
    /// Decrypted, but not a conseil archive document.
    #[error("not a conseil archive")]
    NotAnArchive,
    /// Written by a newer version of conseil.
    #[error("archive version {found} is newer")]
    Newer {
        /// Version found (read wide: a version past what this one could
        /// write is still "newer", never "not an archive").
        found: u64,
    },
    /// A record breaks a rule.
    #[error("invalid {kind} {id}: {reason}")]
    Invalid {
        /// Tree name.
        kind: &'static str,
        /// Record id.
        id: String,
        /// Why.
        reason: Refusal,
    },
    /// Two records of a kind share an id.
    #[error("duplicate {kind} {id}")]
    Duplicate {
        /// Tree name.
        kind: &'static str,
        /// Record id.
        id: String,
    },
    /// A record points to a record that exists nowhere.
    #[error("{kind} {id}: {field} points to unknown {target}")]
    Dangling {
        /// Tree name.
        kind: &'static str,
        /// Record id.
        id: String,
        /// Field.
        field: &'static str,
        /// The missing id.
        target: String,
    },
    /// A key or key file could not be read.
    #[error("key: {0}")]
    Key(String),
    /// No recipient was given.
    #[error("no recipient")]
    NoRecipient,
    /// The file to write exists already.
    #[error("{0} exists")]
    Exists(String),
    /// Encryption failed.
    #[error("sealing failed: {0}")]
    Seal(String),
    /// Not provably made by this council (or, for a return slip, by the
    /// member it was sent to): refused unless the user, having compared its
    /// fingerprint with the sender, accepts it.
    #[error("unauthenticated archive {fingerprint}")]
    Unauthenticated {
        /// Short fingerprint of the contents.
        fingerprint: String,
        /// The council id it claims, if any.
        claimed: Option<String>,
    },
    /// The council store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Why a record of an archive or slip is refused: typed, so that the
/// sentence is in the reader's language (the parser's own words are kept
/// only as a technical detail).
#[derive(Debug, Clone)]
pub enum Refusal {
    /// A rule of the domain.
    Rule(crate::domain::DomainError),
    /// Not the expected shape (JSON parser's message).
    Malformed(String),
    /// A keyed-hash list entry is not 32 bytes of hex.
    BadHash,
    /// The pseudonym is another member's here.
    PseudonymTaken(String),
    /// Another member of the same file reads the same (the id of the first).
    PseudonymTwice(String),
    /// No free numbered variant (« X (2) », « X (3) »…) of a pseudonym in
    /// conflict is a valid pseudonym.
    NoFreePseudonym,
    /// A return slip names a member this council does not have.
    UnknownMember,
    /// A return slip names a task this council does not have.
    UnknownTask,
    /// A return slip touches a task that is not the member's.
    NotTheMembersTask,
    /// A return slip changes more than a task's status and comments.
    BeyondStatusAndComments,
    /// The authentication part is not as written.
    Authentication,
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self:?}")
    }
}

impl Refusal {
    /// The reason in the language of `l`.
    pub fn words(&self, l: &i18n_embed::fluent::FluentLanguageLoader) -> String {
        use crate::i18n::Explain;
        match self {
            Refusal::Rule(e) => e.explain_in(l).0,
            Refusal::Malformed(detail) => fl!(l, "refusal-malformed", detail = detail.clone()),
            Refusal::BadHash => fl!(l, "refusal-bad-hash"),
            Refusal::PseudonymTaken(by) => fl!(l, "refusal-pseudonym-taken", id = by.clone()),
            Refusal::PseudonymTwice(by) => fl!(l, "refusal-pseudonym-twice", id = by.clone()),
            Refusal::NoFreePseudonym => fl!(l, "refusal-no-free-pseudonym"),
            Refusal::UnknownMember => fl!(l, "refusal-unknown-member"),
            Refusal::UnknownTask => fl!(l, "refusal-unknown-task"),
            Refusal::NotTheMembersTask => fl!(l, "refusal-not-members-task"),
            Refusal::BeyondStatusAndComments => fl!(l, "refusal-beyond-status"),
            Refusal::Authentication => fl!(l, "refusal-authentication"),
        }
    }
}

/// What happened and what to do, from Fluent.
impl Explain for ArchiveError {
    fn explain_in(&self, l: &FluentLanguageLoader) -> (String, String) {
        use ArchiveError as A;
        match self {
            A::NotAge => (fl!(l, "err-archive-not-age"), fl!(l, "rec-archive-not-age")),
            A::Damaged => (fl!(l, "err-archive-damaged"), fl!(l, "rec-archive-damaged")),
            A::WrongKey => (fl!(l, "err-archive-wrong-key"), fl!(l, "rec-archive-wrong-key")),
            A::NeedsPassphrase => (fl!(l, "err-archive-needs-passphrase"), fl!(l, "rec-archive-needs-passphrase")),
            A::NeedsIdentity => (fl!(l, "err-archive-needs-identity"), fl!(l, "rec-archive-needs-identity")),
            A::ExcessiveWork { found } => (
                fl!(l, "err-archive-work", found = found, mib = crate::storage::scrypt_memory_mib(*found)),
                fl!(
                    l,
                    "rec-archive-work",
                    max = crate::storage::MAX_PASSPHRASE_WORK_FACTOR,
                    ours = crate::storage::PASSPHRASE_WORK_FACTOR,
                    mib = crate::storage::scrypt_memory_mib(crate::storage::MAX_PASSPHRASE_WORK_FACTOR)
                ),
            ),
            A::TooLarge => (fl!(l, "err-archive-too-large"), fl!(l, "rec-archive-not-age")),
            A::Read { path, source } => {
                (fl!(l, "err-read", what = path.display().to_string(), reason = source.to_string()), String::new())
            }
            A::NotAnArchive => (fl!(l, "err-archive-not-archive"), fl!(l, "rec-archive-not-age")),
            A::SlipNotArchive => (fl!(l, "err-slip-not-archive"), String::new()),
            A::Newer { found } => (fl!(l, "err-archive-newer", found = found), fl!(l, "rec-archive-newer")),
            A::Invalid { kind, id, reason } => (
                fl!(l, "err-archive-invalid", kind = kind.to_string(), id = id.clone(), reason = reason.words(l)),
                fl!(l, "rec-archive-invalid"),
            ),
            A::Duplicate { kind, id } => (
                fl!(l, "err-archive-duplicate", kind = kind.to_string(), id = id.clone()),
                fl!(l, "rec-archive-invalid"),
            ),
            A::Dangling { kind, id, field, target } => (
                fl!(
                    l,
                    "err-archive-dangling",
                    kind = kind.to_string(),
                    id = id.clone(),
                    field = field.to_string(),
                    target = target.clone()
                ),
                fl!(l, "rec-archive-invalid"),
            ),
            A::Seal(reason) => (fl!(l, "err-archive-seal", reason = reason.clone()), String::new()),
            A::Key(reason) => (fl!(l, "err-archive-key", reason = reason.clone()), fl!(l, "rec-key-file")),
            A::NoRecipient => (fl!(l, "err-init-without-access"), fl!(l, "rec-key-file")),
            A::Unauthenticated { fingerprint, claimed } => {
                let mut what = fl!(l, "err-archive-unauthenticated", fingerprint = fingerprint.clone());
                if let Some(council) = claimed {
                    what.push(' ');
                    what.push_str(&fl!(l, "archive-claims", council = council.clone()));
                }
                (what, fl!(l, "rec-archive-unauthenticated"))
            }
            A::Exists(path) => (fl!(l, "err-exists", path = path.clone()), fl!(l, "rec-exists")),
            A::Store(e) => e.explain_in(l),
        }
    }
}

impl From<crate::domain::DomainError> for ArchiveError {
    fn from(e: crate::domain::DomainError) -> Self {
        ArchiveError::Store(StoreError::Invalid(e))
    }
}

/// Serialises a document, slip or return slip to JSON (pretty: it is meant
/// to be read). Never writes an empty archive on failure.
pub fn to_json<T: serde::Serialize>(value: &T) -> Result<Vec<u8>, ArchiveError> {
    serde_json::to_vec_pretty(value).map_err(|e| ArchiveError::Seal(e.to_string()))
}

/// What a decrypted file is, by its `format` field.
pub enum Contents {
    /// A whole council.
    Council(Box<Document>),
    /// A member's slip.
    Slip(Box<slip::Slip>),
    /// A member's return slip.
    Return(slip::ReturnSlip),
}

/// Parses any decrypted conseil file (its authenticator set aside: see
/// [`auth`] to check it).
pub fn parse(bytes: &[u8]) -> Result<Contents, ArchiveError> {
    parse_split(&auth::split(bytes)?)
}

/// [`parse`] of a file already split from its authenticator (an import
/// splits once, then lets the decrypted bytes go).
pub fn parse_split(split: &auth::Split) -> Result<Contents, ArchiveError> {
    let bytes = &split.canonical[..];
    #[derive(serde::Deserialize)]
    struct Head {
        format: Option<String>,
        version: Option<u64>,
    }
    let head: Head = serde_json::from_slice(bytes).map_err(|_| ArchiveError::NotAnArchive)?;
    if let Some(v) = head.version.filter(|v| *v > u64::from(VERSION)) {
        return Err(ArchiveError::Newer { found: v });
    }
    let invalid = |e: serde_json::Error| ArchiveError::Invalid {
        kind: "document",
        id: String::new(),
        reason: Refusal::Malformed(e.to_string()),
    };
    match head.format.as_deref() {
        Some(FORMAT) => Ok(Contents::Council(Box::new(serde_json::from_slice(bytes).map_err(invalid)?))),
        Some(slip::SLIP_FORMAT) => Ok(Contents::Slip(Box::new(serde_json::from_slice(bytes).map_err(invalid)?))),
        Some(slip::RETURN_FORMAT) => Ok(Contents::Return(serde_json::from_slice(bytes).map_err(invalid)?)),
        _ => Err(ArchiveError::NotAnArchive),
    }
}

/// Parses a decrypted document.
pub fn from_json(bytes: &[u8]) -> Result<Document, ArchiveError> {
    let split = auth::split(bytes)?;
    let bytes = &split.canonical[..];
    // Peek at the version first, so a newer layout is named as such rather
    // than as unreadable.
    #[derive(serde::Deserialize)]
    struct Head {
        format: Option<String>,
        version: Option<u64>,
    }
    let head: Head = serde_json::from_slice(bytes).map_err(|_| ArchiveError::NotAnArchive)?;
    if head.format.as_deref() != Some(FORMAT) {
        return Err(ArchiveError::NotAnArchive);
    }
    if let Some(v) = head.version.filter(|v| *v > u64::from(VERSION)) {
        return Err(ArchiveError::Newer { found: v });
    }
    serde_json::from_slice(bytes).map_err(|e| ArchiveError::Invalid {
        kind: "document",
        id: String::new(),
        reason: Refusal::Malformed(e.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{loader_for, Explain, Lang};

    /// Every reason reads in the reader's language: no English words in
    /// the French sentence (they used to be "unknown task", "pseudonym
    /// already used by …").
    #[test]
    fn refusals_are_explained_in_the_readers_language() {
        let reasons = [
            Refusal::UnknownMember,
            Refusal::UnknownTask,
            Refusal::NotTheMembersTask,
            Refusal::BeyondStatusAndComments,
            Refusal::PseudonymTaken("3f2a".into()),
            Refusal::PseudonymTwice("3f2a".into()),
            Refusal::NoFreePseudonym,
            Refusal::BadHash,
            Refusal::Authentication,
        ];
        let fr = loader_for(Lang::Fr);
        let en = loader_for(Lang::En);
        for reason in reasons {
            let e = ArchiveError::Invalid { kind: "tasks", id: "3f2a".into(), reason: reason.clone() };
            let (french, _) = e.explain_in(&fr);
            let (english, _) = e.explain_in(&en);
            for word in ["unknown", "task ", "member ", "already used", "not a", "changes more"] {
                assert!(!french.contains(word), "{word:?} in {french}");
            }
            assert_ne!(french, english, "{reason:?} has its own English sentence");
        }
    }
}
