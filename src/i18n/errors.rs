//! Errors as the user reads them: what happened, then what to do.

use crate::cli::CliError;
use crate::domain::DomainError;
use crate::fl;
use crate::session::SessionError;
use crate::storage::keyfile::KeyFileError;
use crate::storage::StoreError;

/// An error explained as two sentences: what happened, what to do (may be
/// empty when there is nothing to do but read the first).
pub trait Explain {
    /// `(what happened, what to do)` in the current language.
    fn explain(&self) -> (String, String);
}

impl Explain for StoreError {
    fn explain(&self) -> (String, String) {
        use StoreError as E;
        match self {
            E::NotFound(p) => (
                fl!("err-not-found", path = p.display().to_string()),
                fl!("rec-not-found"),
            ),
            E::AlreadyExists(p) => (
                fl!("err-already-exists", path = p.display().to_string()),
                fl!("rec-already-exists"),
            ),
            E::NotACouncil(p) => (
                fl!("err-not-a-council", path = p.display().to_string()),
                fl!("rec-not-a-council"),
            ),
            E::Locked(p) => (
                fl!("err-locked", path = p.display().to_string()),
                fl!("rec-locked"),
            ),
            E::Access { path, source } => (
                fl!(
                    "err-access",
                    path = path.display().to_string(),
                    reason = source.to_string()
                ),
                fl!("rec-access"),
            ),
            E::NewerFormat { found, supported } => (
                fl!("err-newer-format", found = found, supported = supported),
                fl!("rec-newer-format"),
            ),
            E::WrongPassphrase => (fl!("err-wrong-passphrase"), fl!("rec-wrong-passphrase")),
            E::NotARecipient => (fl!("err-not-a-recipient"), fl!("rec-not-a-recipient")),
            E::NoPassphrase => (fl!("err-no-passphrase"), fl!("rec-no-passphrase")),
            E::NoRecipients => (fl!("err-no-recipients"), fl!("rec-no-recipients")),
            E::NoWayIn => (fl!("err-no-way-in"), fl!("rec-no-way-in")),
            E::UnknownRecipient(r) => (
                fl!("err-unknown-recipient", key = r.clone()),
                fl!("rec-unknown-recipient"),
            ),
            E::ExcessiveWork => (fl!("err-excessive-work"), fl!("rec-excessive-work")),
            E::Corrupt { tree, id } => (
                fl!("err-corrupt", tree = tree.clone(), id = id.clone()),
                fl!("rec-corrupt"),
            ),
            E::Missing { tree, id } => (
                fl!("err-missing", kind = tree.to_string(), id = id.clone()),
                fl!("rec-missing"),
            ),
            E::Invalid(e) => e.explain(),
            E::Database(reason) => (
                fl!("err-database", reason = reason.clone()),
                fl!("rec-database"),
            ),
            E::Wrap(reason) => (
                fl!("err-wrap", reason = reason.clone()),
                fl!("rec-database"),
            ),
        }
    }
}

impl Explain for DomainError {
    fn explain(&self) -> (String, String) {
        use DomainError as E;
        let field = |f: &str| super::field_label(f);
        match self {
            E::BadId => (fl!("err-bad-id"), fl!("rec-bad-id")),
            E::Empty(f) => (fl!("err-empty", field = field(f)), String::new()),
            E::TooLong(f) => (fl!("err-too-long", field = field(f)), fl!("rec-too-long")),
            E::IdentifyingPseudonym(why) => (
                fl!("err-identifying-pseudonym", what = field(why)),
                fl!("rec-identifying-pseudonym"),
            ),
            E::DuplicatePseudonym => (
                fl!("err-duplicate-pseudonym"),
                fl!("rec-duplicate-pseudonym"),
            ),
            E::SlotOrder => (fl!("err-slot-order"), fl!("rec-slot")),
            E::BadClockTime => (fl!("err-bad-time"), fl!("rec-slot")),
            E::BadDate => (fl!("err-bad-date"), fl!("rec-bad-date")),
            E::AdoptedReadOnly => (fl!("err-adopted"), fl!("rec-adopted")),
            E::AlreadyAdopted => (fl!("err-already-adopted"), String::new()),
            E::NotReadyForAdoption => (fl!("err-not-ready"), fl!("rec-not-ready")),
            E::ConsentDates => (fl!("err-consent-dates"), String::new()),
            E::Dangling(f) => (fl!("err-dangling", field = field(f)), fl!("rec-dangling")),
            E::NoSuchItem => (fl!("err-no-such-item"), fl!("rec-no-such-item")),
            E::Duplicate(f) => (fl!("err-duplicate", field = field(f)), String::new()),
            E::UnknownValue(v) => (
                fl!("err-unknown-value", value = v.clone()),
                fl!("rec-unknown-value"),
            ),
        }
    }
}

impl Explain for SessionError {
    fn explain(&self) -> (String, String) {
        match self {
            SessionError::Store(e) => e.explain(),
            SessionError::Domain(e) => e.explain(),
            SessionError::NoMatch { kind, key } => (
                fl!(
                    "err-no-match",
                    kind = super::kind_label(*kind),
                    key = key.clone()
                ),
                fl!("rec-no-match"),
            ),
            SessionError::Ambiguous { kind, key } => (
                fl!(
                    "err-ambiguous",
                    kind = super::kind_label(*kind),
                    key = key.clone()
                ),
                fl!("rec-ambiguous"),
            ),
        }
    }
}

impl Explain for CliError {
    fn explain(&self) -> (String, String) {
        use CliError as E;
        match self {
            E::Session(e) => e.explain(),
            E::KeyFile { path, source } => {
                let path = path.display().to_string();
                match source {
                    KeyFileError::Io(io) => (
                        fl!("err-key-file-io", path = path, reason = io.to_string()),
                        fl!("rec-key-file"),
                    ),
                    KeyFileError::BadLine(n) => (
                        fl!("err-key-file-line", path = path, line = n),
                        fl!("rec-key-file"),
                    ),
                    KeyFileError::Empty => {
                        (fl!("err-key-file-empty", path = path), fl!("rec-key-file"))
                    }
                }
            }
            E::NoUnlock => (fl!("err-no-unlock"), fl!("rec-no-unlock")),
            E::PassphraseMismatch => (
                fl!("err-passphrase-mismatch"),
                fl!("rec-passphrase-mismatch"),
            ),
            E::PassphraseEmpty => (fl!("err-passphrase-empty"), fl!("rec-passphrase-mismatch")),
            E::InitWithoutAccess => (
                fl!("err-init-without-access"),
                fl!("rec-init-without-access"),
            ),
            E::Read(what, e) => (
                fl!("err-read", what = what.clone(), reason = e.to_string()),
                String::new(),
            ),
            E::NoDataDir => (fl!("err-no-data-dir"), fl!("rec-no-data-dir")),
            E::Exists(p) => (
                fl!("err-exists", path = p.display().to_string()),
                fl!("rec-exists"),
            ),
            E::CheckFailed(n) => (fl!("err-check-failed", count = n), fl!("rec-corrupt")),
            E::BadVotes => (fl!("err-bad-votes"), fl!("rec-bad-votes")),
            E::NothingToChange => (fl!("err-nothing-to-change"), String::new()),
            E::Output(e) => (fl!("err-output", reason = e.to_string()), String::new()),
        }
    }
}
