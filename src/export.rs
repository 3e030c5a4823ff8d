//! Exports for the outside world: advocacy drafts (plaidoyers) rendered
//! through templates over scrubbed, consent-checked domain data.

pub mod council;
pub mod plaidoyer;
pub mod templates;

pub use council::{record, render_draft, ExportError, Rendered};
pub use plaidoyer::{build, Built, Document, ExportReport, Sources};
pub use templates::{render, Format, TemplateError};
