//! Everything that can go wrong opening, reading or writing a council. Each
//! variant has a Fluent message saying what happened and what to do
//! (`storage/explain.rs`).

use std::path::PathBuf;

use thiserror::Error;

use crate::domain::DomainError;

/// An error of the encrypted store.
#[derive(Debug, Error)]
pub enum StoreError {
    /// No council at this path.
    #[error("no council at {0}")]
    NotFound(PathBuf),
    /// Creating a council where something already is.
    #[error("{0} already exists")]
    AlreadyExists(PathBuf),
    /// The folder exists but is not a council (or is missing its keys).
    #[error("{0} is not a council")]
    NotACouncil(PathBuf),
    /// Another process has the council open.
    #[error("council {0} is in use by another process")]
    Locked(PathBuf),
    /// The folder or a file in it cannot be read or written.
    #[error("cannot access {path}: {source}")]
    Access {
        /// Path involved.
        path: PathBuf,
        /// Underlying error.
        source: std::io::Error,
    },
    /// Written by a newer version of conseil.
    #[error("format {found} is newer than {supported}")]
    NewerFormat {
        /// Format found on disk.
        found: u16,
        /// Newest format this version reads.
        supported: u16,
    },
    /// The passphrase does not open the council.
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// The identity is not one of the council's recipients.
    #[error("identity is not a recipient")]
    NotARecipient,
    /// The council has no passphrase; an identity file is needed.
    #[error("council has no passphrase")]
    NoPassphrase,
    /// The council has no recipients; its passphrase is needed.
    #[error("council has no recipients")]
    NoRecipients,
    /// A key change would leave no recipient and no passphrase.
    #[error("no way in would remain")]
    NoWayIn,
    /// A recipient to remove is not in the council.
    #[error("unknown recipient {0}")]
    UnknownRecipient(String),
    /// A passphrase wrap asks for more scrypt work than
    /// [`super::MAX_PASSPHRASE_WORK_FACTOR`] (our own wraps never do: it
    /// was altered).
    #[error("passphrase wrap demands too much work (2^{found})")]
    ExcessiveWork {
        /// Work factor (log2 N) the wrap asks for.
        found: u8,
    },
    /// A stored value failed to decrypt or decode.
    #[error("record {id} of {tree} is damaged")]
    Corrupt {
        /// Tree of the record.
        tree: String,
        /// Id (hex) or meta key of the record.
        id: String,
    },
    /// No record with this id.
    #[error("no record {id} in {tree}")]
    Missing {
        /// Tree searched.
        tree: &'static str,
        /// Id searched.
        id: String,
    },
    /// A record to write breaks a domain rule.
    #[error("invalid record: {0}")]
    Invalid(#[from] DomainError),
    /// The database engine failed (disk full, I/O error…).
    #[error("database error: {0}")]
    Database(String),
    /// The council is not where its head says: commits are missing, or
    /// values were removed or written back outside conseil. Nothing was
    /// changed; the report names what was found.
    #[error("council {} does not match its head", .0.verdict.counter)]
    Integrity(Box<super::findings::IntegrityReport>),
    /// The council was opened to be examined (or from a copy of read-only
    /// media) and refuses writes.
    #[error("council {path} is open read-only")]
    ReadOnly {
        /// The council.
        path: PathBuf,
        /// Why.
        why: super::store::ReadOnly,
    },
    /// The council's files could not be copied aside before sled's
    /// recovery, so it was not opened.
    #[error("cannot keep a copy at {path}: {source}")]
    Preserve {
        /// Where the copy was to go.
        path: PathBuf,
        /// Underlying error.
        source: std::io::Error,
    },
    /// sled refuses the database itself (damaged beyond its recovery).
    #[error("council {path} is unreadable: {detail}")]
    Unreadable {
        /// The council.
        path: PathBuf,
        /// sled's words, for a bug report.
        detail: String,
    },
    /// age could not wrap the key.
    #[error("key wrapping failed: {0}")]
    Wrap(String),
}

impl StoreError {
    /// Turns a sled error into a store error, recognising the lock held by
    /// another process.
    pub(crate) fn from_sled(path: &std::path::Path, err: sled::Error) -> Self {
        match err {
            sled::Error::Io(io) if io.kind() == std::io::ErrorKind::WouldBlock || io.to_string().contains("lock") => {
                StoreError::Locked(path.to_path_buf())
            }
            sled::Error::Io(io) => StoreError::Access { path: path.to_path_buf(), source: io },
            sled::Error::Corruption { .. } | sled::Error::Unsupported(_) => {
                StoreError::Unreadable { path: path.to_path_buf(), detail: other_text(&err) }
            }
            other => StoreError::Database(other.to_string()),
        }
    }
}

/// sled's own description of an error (kept for bug reports only).
fn other_text(err: &sled::Error) -> String {
    err.to_string()
}

impl From<age::EncryptError> for StoreError {
    fn from(e: age::EncryptError) -> Self {
        StoreError::Wrap(e.to_string())
    }
}
