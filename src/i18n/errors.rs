//! Errors as the user reads them: what happened, then what to do.

use crate::cli::CliError;
use crate::council::CouncilError;
use crate::domain::DomainError;
use crate::storage::keyfile::KeyFileError;
use crate::storage::StoreError;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

/// An error explained as two sentences: what happened, what to do (may be
/// empty when there is nothing to do but read the first).
pub trait Explain {
    /// `(what happened, what to do)` in the language of `l`.
    fn explain_in(&self, l: &FluentLanguageLoader) -> (String, String);

    /// `(what happened, what to do)` in the process-wide language.
    fn explain(&self) -> (String, String) {
        self.explain_in(&super::LOADER)
    }
}

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
            E::ExcessiveWork => (fl!(l, "err-excessive-work"), fl!(l, "rec-excessive-work")),
            E::Corrupt { tree, id } => {
                (fl!(l, "err-corrupt", tree = tree.clone(), id = id.clone()), fl!(l, "rec-corrupt"))
            }
            E::Missing { tree, id } => {
                (fl!(l, "err-missing", kind = tree.to_string(), id = id.clone()), fl!(l, "rec-missing"))
            }
            E::Invalid(e) => e.explain_in(l),
            E::Database(reason) => (fl!(l, "err-database", reason = reason.clone()), fl!(l, "rec-database")),
            E::Wrap(reason) => (fl!(l, "err-wrap", reason = reason.clone()), fl!(l, "rec-database")),
            E::Integrity(report) => (super::integrity::what(l, report), super::integrity::todo(l, report)),
            E::ReadOnly { path, why } => (
                fl!(l, "err-read-only", path = path.display().to_string()),
                match why {
                    crate::storage::ReadOnly::Examining => fl!(l, "rec-read-only-examining"),
                    crate::storage::ReadOnly::Copy => fl!(l, "rec-read-only-copy"),
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

impl Explain for DomainError {
    fn explain_in(&self, l: &FluentLanguageLoader) -> (String, String) {
        use DomainError as E;
        let field = |f: &str| super::field_label(l, f);
        match self {
            E::BadId => (fl!(l, "err-bad-id"), fl!(l, "rec-bad-id")),
            E::Empty(f) => (fl!(l, "err-empty", field = field(f)), String::new()),
            E::TooLong(f) => (fl!(l, "err-too-long", field = field(f)), fl!(l, "rec-too-long")),
            E::IdentifyingPseudonym(why) => {
                (fl!(l, "err-identifying-pseudonym", what = field(why)), fl!(l, "rec-identifying-pseudonym"))
            }
            E::DuplicatePseudonym => (fl!(l, "err-duplicate-pseudonym"), fl!(l, "rec-duplicate-pseudonym")),
            E::SlotOrder => (fl!(l, "err-slot-order"), fl!(l, "rec-slot")),
            E::BadClockTime => (fl!(l, "err-bad-time"), fl!(l, "rec-slot")),
            E::BadDate => (fl!(l, "err-bad-date"), fl!(l, "rec-bad-date")),
            E::AdoptedReadOnly => (fl!(l, "err-adopted"), fl!(l, "rec-adopted")),
            E::AlreadyAdopted => (fl!(l, "err-already-adopted"), String::new()),
            E::NotReadyForAdoption => (fl!(l, "err-not-ready"), fl!(l, "rec-not-ready")),
            E::DuplicateName => (fl!(l, "err-duplicate-group"), fl!(l, "rec-duplicate-group")),
            E::ConsentWithdrawn => (fl!(l, "err-consent-withdrawn"), fl!(l, "rec-consent-withdrawn")),
            E::ConsentExpired => (fl!(l, "err-consent-expired"), fl!(l, "rec-consent-withdrawn")),
            E::NoSuchEntry => (fl!(l, "err-no-such-entry"), String::new()),
            E::NotAdopted => (fl!(l, "err-not-adopted"), fl!(l, "rec-not-adopted")),
            E::TooManyVotes { votes, present } => {
                (fl!(l, "err-too-many-votes", votes = votes, present = present), fl!(l, "rec-too-many-votes"))
            }
            E::ConsentDates => (fl!(l, "err-consent-dates"), fl!(l, "rec-consent-dates")),
            E::Dangling(f) => (fl!(l, "err-dangling", field = field(f)), fl!(l, "rec-dangling")),
            E::NoSuchItem => (fl!(l, "err-no-such-item"), fl!(l, "rec-no-such-item")),
            E::Duplicate(f) => (fl!(l, "err-duplicate", field = field(f)), String::new()),
            E::UnknownValue(v) => (fl!(l, "err-unknown-value", value = v.clone()), fl!(l, "rec-unknown-value")),
        }
    }
}

impl Explain for CouncilError {
    fn explain_in(&self, l: &FluentLanguageLoader) -> (String, String) {
        match self {
            CouncilError::Store(e) => e.explain_in(l),
            CouncilError::Domain(e) => e.explain_in(l),
            CouncilError::NoMatch { kind, key } => {
                (fl!(l, "err-no-match", kind = super::kind_label(l, *kind), key = key.clone()), fl!(l, "rec-no-match"))
            }
            CouncilError::Locked => (fl!(l, "err-council-locked"), fl!(l, "rec-council-locked")),
            CouncilError::WrongCode => (fl!(l, "err-wrong-code"), fl!(l, "rec-wrong-code")),
            CouncilError::Template(e) => e.explain_in(l),
            CouncilError::Archive(e) => e.explain_in(l),
            CouncilError::IdentifyingText(kinds) => {
                let what: Vec<String> = kinds.iter().map(|k| super::field_label(l, k.name())).collect();
                (fl!(l, "err-identifying-text", what = what.join(", ")), fl!(l, "rec-identifying-text"))
            }
            CouncilError::Unreviewed(n) => (fl!(l, "err-unreviewed", count = n), fl!(l, "rec-unreviewed")),
            CouncilError::ReadOnlySlip => (fl!(l, "err-read-only-slip"), fl!(l, "rec-read-only-slip")),
            CouncilError::Ambiguous { kind, key } => (
                fl!(l, "err-ambiguous", kind = super::kind_label(l, *kind), key = key.clone()),
                fl!(l, "rec-ambiguous"),
            ),
        }
    }
}

impl Explain for crate::archive::ArchiveError {
    fn explain_in(&self, l: &FluentLanguageLoader) -> (String, String) {
        use crate::archive::ArchiveError as A;
        match self {
            A::NotAge => (fl!(l, "err-archive-not-age"), fl!(l, "rec-archive-not-age")),
            A::Damaged => (fl!(l, "err-archive-damaged"), fl!(l, "rec-archive-damaged")),
            A::WrongKey => (fl!(l, "err-archive-wrong-key"), fl!(l, "rec-archive-wrong-key")),
            A::NeedsPassphrase => (fl!(l, "err-archive-needs-passphrase"), fl!(l, "rec-archive-needs-passphrase")),
            A::NeedsIdentity => (fl!(l, "err-archive-needs-identity"), fl!(l, "rec-archive-needs-identity")),
            A::ExcessiveWork => (fl!(l, "err-archive-work"), fl!(l, "rec-archive-work")),
            A::TooLarge => (fl!(l, "err-archive-too-large"), fl!(l, "rec-archive-not-age")),
            A::NotAnArchive => (fl!(l, "err-archive-not-archive"), fl!(l, "rec-archive-not-age")),
            A::SlipNotArchive => (fl!(l, "err-slip-not-archive"), String::new()),
            A::Newer { found } => (fl!(l, "err-archive-newer", found = found), fl!(l, "rec-archive-newer")),
            A::Invalid { kind, id, reason } => (
                fl!(l, "err-archive-invalid", kind = kind.to_string(), id = id.clone(), reason = reason.clone()),
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

impl Explain for crate::export::TemplateError {
    fn explain_in(&self, l: &FluentLanguageLoader) -> (String, String) {
        (fl!(l, "err-template", name = self.name.clone(), reason = self.message.clone()), fl!(l, "rec-template"))
    }
}

impl Explain for CliError {
    fn explain_in(&self, l: &FluentLanguageLoader) -> (String, String) {
        use CliError as E;
        match self {
            E::Session(e) => e.explain_in(l),
            E::TooLarge { what, limit_mib } => {
                (fl!(l, "err-too-large", what = what.clone(), limit = limit_mib), fl!(l, "rec-too-large"))
            }
            E::KeyFile { path, source } => {
                let path = path.display().to_string();
                match source {
                    KeyFileError::Io(io) => {
                        (fl!(l, "err-key-file-io", path = path, reason = io.to_string()), fl!(l, "rec-key-file"))
                    }
                    KeyFileError::BadLine(n) => {
                        (fl!(l, "err-key-file-line", path = path, line = n), fl!(l, "rec-key-file"))
                    }
                    KeyFileError::Empty => (fl!(l, "err-key-file-empty", path = path), fl!(l, "rec-key-file")),
                }
            }
            E::NoUnlock => (fl!(l, "err-no-unlock"), fl!(l, "rec-no-unlock")),
            E::PassphraseMismatch => (fl!(l, "err-passphrase-mismatch"), fl!(l, "rec-passphrase-mismatch")),
            E::PassphraseEmpty => (fl!(l, "err-passphrase-empty"), fl!(l, "rec-passphrase-mismatch")),
            E::InitWithoutAccess => (fl!(l, "err-init-without-access"), fl!(l, "rec-init-without-access")),
            E::Read(what, e) => (fl!(l, "err-read", what = what.clone(), reason = e.to_string()), String::new()),
            E::NoDataDir => (fl!(l, "err-no-data-dir"), fl!(l, "rec-no-data-dir")),
            E::Exists(p) => (fl!(l, "err-exists", path = p.display().to_string()), fl!(l, "rec-exists")),
            E::CheckFailed(n) => (fl!(l, "err-check-failed", count = n), fl!(l, "rec-corrupt")),
            E::BadVotes => (fl!(l, "err-bad-votes"), fl!(l, "rec-bad-votes")),
            E::NothingToChange => (fl!(l, "err-nothing-to-change"), String::new()),
            E::Output(e) => (fl!(l, "err-output", reason = e.to_string()), String::new()),
            E::Archive(a) => a.explain_in(l),
            E::SlipNotArchive => (fl!(l, "err-slip-not-archive"), fl!(l, "rec-slip-not-archive")),
            E::NotASlip => (fl!(l, "err-not-a-slip"), fl!(l, "rec-not-a-slip")),
            E::ArchiveKey(reason) => (fl!(l, "err-archive-key", reason = reason.clone()), fl!(l, "rec-key-file")),
            E::NoTerminal => (fl!(l, "err-no-terminal"), fl!(l, "rec-no-terminal")),
            E::Config(crate::tui::config::ConfigError::Syntax { path, message }) => (
                fl!(l, "err-config-syntax", path = path.display().to_string(), reason = message.clone()),
                fl!(l, "rec-config"),
            ),
            E::Config(crate::tui::config::ConfigError::BadValue { path, setting, value, expected }) => (
                fl!(
                    l,
                    "err-config-value",
                    path = path.display().to_string(),
                    setting = setting.clone(),
                    value = value.clone()
                ),
                fl!(l, "rec-config-value", expected = expected.clone()),
            ),
        }
    }
}
