//! Errors as the user reads them: what happened, then what to do.
//!
//! The trait lives here; each layer explains its own errors next to their
//! types (`storage/explain.rs`, `council/error.rs`, `archive.rs`,
//! `export/templates.rs`, `cli/error.rs`, `tui/config.rs`), so this module
//! imports nothing above the domain. The domain's errors are explained here
//! because the domain, below us, cannot name the trait.

use crate::domain::DomainError;
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
