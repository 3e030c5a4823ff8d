//! The store's errors as the user reads them: what happened, then what to
//! do, from Fluent. They sit here, next to the types, so that `i18n` is a
//! leaf that imports nothing above the domain.

use std::path::Path;

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use super::keyfile::KeyFileError;
use super::{ReadOnly, StoreError};
use crate::i18n::Explain;

impl Explain for StoreError {
    fn explain_in(&self, l: &FluentLanguageLoader) -> (String, String) {
        use StoreError as E;
        match self {
            E::NotFound(p) => (fl!(l, "err-not-found", path = p.display().to_string()), fl!(l, "rec-not-found")),
            E::AlreadyExists(p) => {
                (fl!(l, "err-already-exists", path = p.display().to_string()), fl!(l, "rec-already-exists"))
            }
            E::NotACouncil(p) => {
                (fl!(l, "err-not-a-council", path = p.display().to_string()), fl!(l, "rec-not-a-council"))
            }
            E::Locked(p) => (fl!(l, "err-locked", path = p.display().to_string()), fl!(l, "rec-locked")),
            E::Access { path, source } => (
                fl!(l, "err-access", path = path.display().to_string(), reason = source.to_string()),
                fl!(l, "rec-access"),
            ),
            E::NewerFormat { found, supported } => {
                (fl!(l, "err-newer-format", found = found, supported = supported), fl!(l, "rec-newer-format"))
            }
            E::WrongPassphrase => (fl!(l, "err-wrong-passphrase"), fl!(l, "rec-wrong-passphrase")),
            E::NotARecipient => (fl!(l, "err-not-a-recipient"), fl!(l, "rec-not-a-recipient")),
            E::NoPassphrase => (fl!(l, "err-no-passphrase"), fl!(l, "rec-no-passphrase")),
            E::NoRecipients => (fl!(l, "err-no-recipients"), fl!(l, "rec-no-recipients")),
            E::NoWayIn => (fl!(l, "err-no-way-in"), fl!(l, "rec-no-way-in")),
            E::UnknownRecipient(r) => {
                (fl!(l, "err-unknown-recipient", key = r.clone()), fl!(l, "rec-unknown-recipient"))
            }
            E::ExcessiveWork { found } => (
                fl!(
                    l,
                    "err-excessive-work",
                    found = found,
                    mib = super::scrypt_memory_mib(*found),
                    ours = super::PASSPHRASE_WORK_FACTOR
                ),
                fl!(l, "rec-excessive-work"),
            ),
            E::Corrupt { tree, id } => {
                (fl!(l, "err-corrupt", tree = tree.clone(), id = id.clone()), fl!(l, "rec-corrupt"))
            }
            E::Missing { tree, id } => {
                (fl!(l, "err-missing", kind = tree.to_string(), id = id.clone()), fl!(l, "rec-missing"))
            }
            E::Invalid(e) => e.explain_in(l),
            E::Database(reason) => (fl!(l, "err-database", reason = reason.clone()), fl!(l, "rec-database")),
            E::Wrap(reason) => (fl!(l, "err-wrap", reason = reason.clone()), fl!(l, "rec-database")),
            E::Integrity(report) => (super::integrity_words::what(l, report), super::integrity_words::todo(l, report)),
            E::ReadOnly { path, why } => (
                fl!(l, "err-read-only", path = path.display().to_string()),
                match why {
                    ReadOnly::Examining => fl!(l, "rec-read-only-examining"),
                    ReadOnly::Copy => fl!(l, "rec-read-only-copy"),
                },
            ),
            E::Preserve { path, source } => (
                fl!(l, "err-preserve", path = path.display().to_string(), reason = source.to_string()),
                fl!(l, "rec-preserve"),
            ),
            E::Unreadable { path, .. } => {
                (fl!(l, "err-unreadable", path = path.display().to_string()), fl!(l, "rec-unreadable"))
            }
        }
    }
}

impl KeyFileError {
    /// `(what happened, what to do)` for this error on the key file `path`.
    pub fn explain_at(&self, l: &FluentLanguageLoader, path: &Path) -> (String, String) {
        let path = path.display().to_string();
        match self {
            KeyFileError::Io(io) => {
                (fl!(l, "err-key-file-io", path = path, reason = io.to_string()), fl!(l, "rec-key-file"))
            }
            KeyFileError::BadLine(n) => (fl!(l, "err-key-file-line", path = path, line = n), fl!(l, "rec-key-file")),
            KeyFileError::Empty => (fl!(l, "err-key-file-empty", path = path), fl!(l, "rec-key-file")),
        }
    }
}
