//! Identifying data: detection (the `conseil-detect` crate: pure functions
//! from text to typed spans, measured on corpora written independently of
//! it) and scrubbing (spans to placeholders in the document's language).
//! No I/O; the "never write" list arrives as keyed hashes.

mod line_cache;
mod scrub;

pub use conseil_detect::lexicon::notices as lexicon_notices;
pub use conseil_detect::{
    char_ranges, day_dates, detect, fold, normalise, real_name_in, Context, DayDate, NeverWrite, PiiKind, Pseudonyms,
    Span,
};
pub use line_cache::LineCache;
pub use scrub::{scrub, Report};
