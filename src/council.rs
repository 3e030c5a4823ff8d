//! The middle floor: every operation the shells offer, written once. The
//! command line and the terminal UI parse and display; what they do to a
//! council — open it, find records, save and edit them, export documents
//! through review, make and import archives — they ask of this module,
//! which holds the rules that span several records.
//!
//! [`Session`] is an unlocked council; its store is reachable only from
//! here, so a rule written in this module holds whichever shell is used.

mod archive;
mod error;
mod export;
mod keys;
pub(crate) mod lists;
mod minutes;
mod review;
mod session;
mod slip_export;
mod texts;

pub use archive::{import_new, ArchiveWritten, Imported, Progress, SlipWritten};
pub use error::CouncilError;
pub use export::{write_report, ExportPlan, Written};
pub use minutes::{DeleteCost, MinutesSaved};
pub use review::Reviewable;
pub use session::Session;
pub use slip_export::SlipPlan;
pub use texts::TextPolicy;
