//! Exports for the outside world: advocacy drafts (plaidoyers) rendered
//! through templates over scrubbed, consent-checked domain data.

pub mod plaidoyer;
pub mod templates;

pub use plaidoyer::{build, Built, Document, ExportReport, Sources};
pub use templates::{render, Format, TemplateError};
