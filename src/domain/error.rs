//! Why a record or an input was refused. Each variant is shown to the user
//! through a Fluent message (see `i18n::errors`), never through `Display`,
//! which stays in English for logs of developers only.

use thiserror::Error;

/// A rule of the domain that an input or a record breaks.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DomainError {
    /// An id is not 32 hexadecimal digits.
    #[error("invalid record id")]
    BadId,
    /// A required text field is empty.
    #[error("field {0} is empty")]
    Empty(&'static str),
    /// A text field exceeds [`super::MAX_TEXT_BYTES`].
    #[error("field {0} is too long")]
    TooLong(&'static str),
    /// A pseudonym looks like identifying data (e-mail, phone, address…).
    #[error("pseudonym looks identifying: {0}")]
    IdentifyingPseudonym(&'static str),
    /// Another working group already has this name.
    #[error("group name already used")]
    DuplicateName,
    /// Another member already uses this pseudonym.
    #[error("pseudonym already used")]
    DuplicatePseudonym,
    /// A time slot ends at or before its start.
    #[error("time slot ends before it starts")]
    SlotOrder,
    /// A clock time could not be read ("9h15", "09:15").
    #[error("invalid time of day")]
    BadClockTime,
    /// A date could not be read (YYYY-MM-DD).
    #[error("invalid date")]
    BadDate,
    /// Adopted minutes are read-only; only amendments may be appended.
    #[error("adopted minutes cannot be edited")]
    AdoptedReadOnly,
    /// Minutes are adopted once; adopting again is refused.
    #[error("minutes already adopted")]
    AlreadyAdopted,
    /// Adoption checks found gaps (listed by `Meeting::adoption_gaps`).
    #[error("minutes are not ready for adoption")]
    NotReadyForAdoption,
    /// A date of consent, expiry or withdrawal is out of order.
    #[error("consent dates out of order")]
    ConsentDates,
    /// Consent was withdrawn: it is not changed back, only given anew.
    #[error("consent withdrawn")]
    ConsentWithdrawn,
    /// Consent lapsed before the day a change is dated: like a withdrawn
    /// one, it is given anew rather than changed.
    #[error("consent expired")]
    ConsentExpired,
    /// A record refers to another record that does not exist.
    #[error("dangling reference in {0}")]
    Dangling(&'static str),
    /// An agenda item index is out of range.
    #[error("no such agenda item")]
    NoSuchItem,
    /// A question, decision or action index is out of range.
    #[error("no such entry")]
    NoSuchEntry,
    /// An amendment was asked for on minutes not yet adopted.
    #[error("minutes not adopted")]
    NotAdopted,
    /// A vote counts more votes than members present.
    #[error("{votes} votes for {present} members present")]
    TooManyVotes {
        /// Votes counted.
        votes: u16,
        /// Members marked present.
        present: u16,
    },
    /// The same member is listed twice.
    #[error("duplicate member in {0}")]
    Duplicate(&'static str),
    /// A name of a known value (role, status, kind…) was not recognised.
    #[error("unknown value {0}")]
    UnknownValue(String),
}
