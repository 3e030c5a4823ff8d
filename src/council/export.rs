//! The export pipeline both shells use: build → review → write → record.
//!
//! [`Session::plan_export`] builds the document from the council (its
//! contributions, members, never-write list, dismissed words) and renders
//! it once; the plan carries that very text. Review answers change the
//! council's lists and rebuild the plan ([`Session::confirm_names`],
//! [`Session::dismiss_words`]); quasi-identifiers are acknowledged on the
//! plan itself. [`Session::write_export`] writes exactly the text the
//! secretary reviewed — never a second rendering — and records the export
//! in the draft's history so that members see what became of their words.

use std::path::{Path, PathBuf};

use super::review::Reviewable;
use super::{CouncilError, Session};
use crate::domain::{AdvocacyDraft, Contribution, Date, ExportRecord, Member, RecordId, YearMonth};
use crate::export::{build, render, Answers, Built, ExportReport, Format, ReviewItem, Sources};
use crate::i18n::Lang;

/// An export being reviewed: the document as it will be written.
#[derive(Clone, Debug)]
pub struct ExportPlan {
    draft: AdvocacyDraft,
    format: Format,
    templates: Option<PathBuf>,
    today: Date,
    built: Built,
    text: String,
    answers: Answers,
}

impl ExportPlan {
    /// The draft being exported.
    pub fn draft(&self) -> &AdvocacyDraft {
        &self.draft
    }

    /// The format.
    pub fn format(&self) -> Format {
        self.format
    }

    /// The redaction report of the text that will be written.
    pub fn report(&self) -> &ExportReport {
        &self.built.report
    }

    /// Everything found, in place.
    pub fn items(&self) -> &[ReviewItem] {
        &self.built.review
    }

    /// The text that will be written.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether an item was acknowledged.
    pub fn is_acknowledged(&self, item: &ReviewItem) -> bool {
        self.answers.is_acknowledged(item)
    }

    /// Items that still need an answer: unexplained words and
    /// quasi-identifiers not acknowledged.
    pub fn unresolved(&self) -> impl Iterator<Item = &ReviewItem> {
        self.answers.unresolved(&self.built.review)
    }

    /// Acknowledges an item: the secretary saw it and keeps it.
    pub fn acknowledge(&mut self, item: &ReviewItem) {
        self.answers.acknowledge(item);
    }

    /// A file name for the export: the draft's month and the format's
    /// extension (`plaidoyer-2026-11.html`).
    pub fn file_name(&self) -> String {
        format!("plaidoyer-{}-{:02}.{}", self.today.year(), u8::from(self.today.month()), self.format.extension())
    }
}

/// What writing an export did.
#[derive(Clone, Debug)]
pub struct Written {
    /// Where the file is.
    pub path: PathBuf,
    /// The draft, its history updated.
    pub draft: AdvocacyDraft,
    /// Whether the export was noted in the draft's history: not when the
    /// council is read from read-only media (the file is written all the
    /// same; the shells say the history could not be kept).
    pub recorded: bool,
}

impl Session {
    /// Builds and renders the export of `draft` as of `today`, for review.
    pub fn plan_export(
        &self,
        draft: RecordId,
        format: Format,
        templates: Option<&Path>,
        today: Date,
    ) -> Result<ExportPlan, CouncilError> {
        let draft: AdvocacyDraft = self.store().get(draft)?;
        let mut plan = ExportPlan {
            built: self.build_draft(&draft, today)?,
            draft,
            format,
            templates: templates.map(Path::to_path_buf),
            today,
            text: String::new(),
            answers: Answers::default(),
        };
        plan.text = render(&plan.built.document, Lang::of(plan.draft.language), format, templates)?;
        Ok(plan)
    }

    fn build_draft(&self, draft: &AdvocacyDraft, today: Date) -> Result<Built, CouncilError> {
        let contributions: Vec<Contribution> = self.store().list()?;
        let members: Vec<Member> = self.store().list()?;
        let (never, dismissed) = (self.never_write()?, self.dismissed()?);
        let sources = Sources {
            contributions: &contributions,
            members: &members,
            never_write: Some(&never),
            dismissed: Some(&dismissed),
        };
        Ok(build(draft, &sources, today, Lang::of(draft.language)))
    }

    /// Writes the reviewed text (a new file, or over one only when
    /// `overwrite`), and records the export in the draft's history.
    /// `strict` refuses while something still needs an answer.
    pub fn write_export(
        &self,
        plan: &ExportPlan,
        path: &Path,
        overwrite: bool,
        strict: bool,
    ) -> Result<Written, CouncilError> {
        let unresolved = plan.unresolved().count();
        if strict && unresolved > 0 {
            return Err(CouncilError::Unreviewed(unresolved));
        }
        crate::archive::keys::write_new(path, plan.text.as_bytes(), overwrite)?;
        if self.read_only_media() {
            return Ok(Written { path: path.to_path_buf(), draft: plan.draft.clone(), recorded: false });
        }
        let mut draft = self.store().get::<AdvocacyDraft>(plan.draft.id)?;
        draft.exports.push(ExportRecord {
            month: YearMonth { year: plan.today.year(), month: u8::from(plan.today.month()) },
            audience: draft.audience,
            contributions: plan.built.used.clone(),
            response: None,
        });
        let draft = self.save_draft(draft)?;
        Ok(Written { path: path.to_path_buf(), draft, recorded: true })
    }
}

/// Writes the redaction report of the export written at `export` beside it
/// (`<file>.rapport.txt`), through the one safe writer (new file 0600,
/// written beside and renamed, fsynced; over an old one only when
/// `overwrite`). Returns where.
pub fn write_report(export: &Path, report: &str, overwrite: bool) -> Result<std::path::PathBuf, CouncilError> {
    let mut name = export.as_os_str().to_os_string();
    name.push(".rapport.txt");
    let path = std::path::PathBuf::from(name);
    crate::archive::keys::write_new(&path, report.as_bytes(), overwrite)?;
    Ok(path)
}

impl Reviewable for ExportPlan {
    fn items(&self) -> &[ReviewItem] {
        ExportPlan::items(self)
    }

    fn answers(&self) -> &Answers {
        &self.answers
    }

    fn answers_mut(&mut self) -> &mut Answers {
        &mut self.answers
    }

    fn rebuild(&mut self, session: &Session) -> Result<(), CouncilError> {
        let fresh = session.plan_export(self.draft.id, self.format, self.templates.as_deref(), self.today)?;
        let answers = self.answers.kept_for(fresh.items());
        *self = ExportPlan { answers, ..fresh };
        Ok(())
    }
}
