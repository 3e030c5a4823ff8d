//! Identifying data: detection (pure functions from text to typed spans)
//! and scrubbing (spans to placeholders). No I/O; the "never write" list
//! arrives as keyed hashes.
//!
//! Detectors favour recall: a false alarm costs the secretary a glance, a
//! miss can cost a member their privacy. Look-alikes (meeting times, years,
//! page numbers, counts, acronyms) are kept out by checksums and context,
//! measured on the labelled corpus in `tests/corpus/`.

mod checks;
mod detectors;
mod kind;
mod line_cache;
pub mod never_write;
mod scrub;
mod span;

pub use detectors::{detect, Context};
pub use kind::PiiKind;
pub use line_cache::LineCache;
pub use never_write::NeverWrite;
pub use scrub::{scrub, Report};
pub use span::Span;

/// Detects and scrubs in one call.
pub fn scrub_text(text: &str, ctx: &Context<'_>, lang: crate::i18n::Lang) -> (String, Report) {
    let spans = detect(text, ctx);
    scrub(text, &spans, lang)
}
