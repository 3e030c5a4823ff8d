//! Exports for the outside world: advocacy drafts (plaidoyers) rendered
//! through templates over scrubbed, consent-checked domain data.

pub(crate) mod clean;
mod copies;
pub mod plaidoyer;
mod report;
pub mod review;
pub mod templates;

pub use plaidoyer::{build, Built, Document, ExportReport, Sources};
pub use report::report_lines;
pub use review::{Answers, ItemKey, Place, ReviewItem};
pub use templates::{render, Format, TemplateError};
