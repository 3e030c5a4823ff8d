//! Pure domain types of a council: no I/O, no clock, no randomness except
//! through the ids handed in by callers.
//!
//! Every record carries a random [`RecordId`] (meaningless on disk) and a
//! `revision` bumped on each change, so that later merges can tell newer from
//! older. Nothing here can hold a name, a contact or a birth date: members
//! exist only as pseudonyms, attendance is a list of ids plus a guest count.

mod clock;
mod contribution;
mod council;
mod draft;
mod error;
mod group;
mod ids;
mod legacy;
mod meeting;
mod member;
mod minutes;
mod record;
mod task;
mod text;

pub use clock::{parse_day, ClockTime, TimeSlot, TYPED_YEARS};
pub use contribution::{Author, Consent, ConsentChange, ConsentLevel, Contribution, ContributionKind};
pub use council::{Council, CouncilSettings, Language};
pub use draft::{AdvocacyDraft, Audience, DraftSection, ExportRecord, YearMonth};
pub use error::DomainError;
pub use group::WorkingGroup;
pub use ids::RecordId;
pub use legacy::ContributionV1;
pub use meeting::{
    ActionItem, AdoptionGap, AgendaItem, Amendment, Attendance, Decision, ItemKind, Meeting, MeetingKind,
    MinutesStatus, Outcome,
};
pub use member::{Member, Role};
pub use minutes::{ActionFields, Entry, MinutesEdit};
pub use record::{Kind, Record};
pub use task::{Task, TaskEvent, TaskEventKind, TaskOrigin, TaskStatus};
pub use text::{check_pseudonym, check_text, normalise_pseudonym, pseudonym_key, MAX_TEXT_BYTES};

/// Version of the serialised record schema. A store holding records of a
/// newer schema refuses to open rather than misread them; records of an
/// older one are read with the shape they had then ([`Record::Schema1`]).
///
/// - 1: the first.
/// - 2: contributions keep the dated history of their consent changes.
pub const SCHEMA_VERSION: u16 = 2;

/// Calendar dates are kept to the day: minutes never need finer precision,
/// and a coarser clock leaks less.
pub type Date = time::Date;
