//! Exporting a stored draft: its sources gathered from the council, the
//! document built and rendered, and the export recorded in the draft's
//! history. The command line and the terminal UI both go through here.

use std::path::Path;

use super::{build, render, Built, Format, Sources, TemplateError};
use crate::domain::{AdvocacyDraft, Contribution, Date, ExportRecord, Member, YearMonth};
use crate::i18n::Lang;
use crate::storage::{Store, StoreError};

/// Why a draft could not be exported.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The council could not be read.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The template could not be used.
    #[error(transparent)]
    Template(#[from] TemplateError),
}

/// A rendered export and what building it found.
pub struct Rendered {
    /// The text to write.
    pub text: String,
    /// The document, its redaction report and the contributions quoted.
    pub built: Built,
}

/// Builds and renders `draft` on `today` from the council's contributions,
/// members and "never write" list; `templates` is the user's folder, if any.
pub fn render_draft(
    store: &Store,
    draft: &AdvocacyDraft,
    format: Format,
    templates: Option<&Path>,
    today: Date,
) -> Result<Rendered, ExportError> {
    let contributions: Vec<Contribution> = store.list()?;
    let members: Vec<Member> = store.list()?;
    let never = store.never_write()?;
    let sources = Sources { contributions: &contributions, members: &members, never_write: Some(&never) };
    let lang = Lang::of(draft.language);
    let built = build(draft, &sources, today, lang);
    let text = render(&built.document, lang, format, templates)?;
    Ok(Rendered { text, built })
}

/// Records an export made on `today` in the draft's history, so members can
/// see what became of their words.
pub fn record(draft: &mut AdvocacyDraft, built: Built, today: Date) {
    draft.exports.push(ExportRecord {
        month: YearMonth { year: today.year(), month: u8::from(today.month()) },
        audience: draft.audience,
        contributions: built.used,
        response: None,
    });
}
