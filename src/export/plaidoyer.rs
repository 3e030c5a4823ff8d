//! Building the document of an advocacy draft for export: every rule that
//! keeps members safe is applied here, on pure data, before any template
//! sees it.
//!
//! - Each text passes the cleaner (`clean.rs`): scrubbed, pseudonyms
//!   without credit neutralised, dates to the month, no record id.
//! - Consent: only `Quote` contributions are quoted; `Paraphrase` ones are
//!   counted as material for the secretary, never pasted; `CouncilOnly`,
//!   withdrawn and expired ones never appear — and a sentence of the
//!   secretary's own text that repeats one of them (`copies.rs`) is taken
//!   out too.
//! - Everything found is kept for the secretary's review (`review.rs`).

use std::collections::BTreeMap;

use serde::Serialize;

use super::clean::Cleaner;
use super::copies::{sentences, Copies};
use super::review::{Place, ReviewItem};
use crate::domain::{AdvocacyDraft, Author, ConsentLevel, Contribution, Date, Member, RecordId};
use crate::i18n::Lang;
use crate::privacy::{Context, NeverWrite, PiiKind, Pseudonyms, Report};

/// What the export may draw on, besides the draft.
pub struct Sources<'a> {
    /// Every contribution (the draft refers to some).
    pub contributions: &'a [Contribution],
    /// Every member (for pseudonyms and credit).
    pub members: &'a [Member],
    /// The council's "never write" list.
    pub never_write: Option<&'a NeverWrite>,
    /// Words dismissed as "not a name" in earlier reviews.
    pub dismissed: Option<&'a NeverWrite>,
}

/// A quote as exported.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Quote {
    /// The words, cleaned.
    pub text: String,
    /// "un·e membre du conseil", or the pseudonym of a member who opted in.
    pub attribution: String,
}

/// A section as exported.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Section {
    /// Heading, cleaned.
    pub heading: String,
    /// Paragraphs of the secretary's text, cleaned.
    pub paragraphs: Vec<String>,
    /// Quotes.
    pub quotes: Vec<Quote>,
}

/// The document handed to templates.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Document {
    /// Title, cleaned.
    pub title: String,
    /// Audience, in words.
    pub audience: String,
    /// Month of the export ("novembre 2026").
    pub month: String,
    /// Sections in order.
    pub sections: Vec<Section>,
}

/// What the export removed and left out, by section; never the text.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct ExportReport {
    /// Scrubbing counts over the whole document (removed, and left for
    /// review by kind).
    pub total: Report,
    /// Scrubbing counts per section heading (cleaned).
    pub by_section: Vec<(String, Report)>,
    /// Member pseudonyms replaced by a neutral attribution.
    pub pseudonyms_neutralised: usize,
    /// Dates reduced to their month.
    pub dates_coarsened: usize,
    /// Quotes included.
    pub quotes: usize,
    /// Paraphrase-only contributions: material for the secretary, not pasted.
    pub paraphrase_material: usize,
    /// Contributions left out: council only.
    pub excluded_council_only: usize,
    /// Contributions left out: consent withdrawn or expired.
    pub excluded_withdrawn: usize,
    /// Sentences of the secretary's text taken out because they repeat a
    /// contribution that may not be quoted.
    pub pasted_refused: usize,
    /// Sentences of the secretary's text that repeat a contribution that may
    /// be quoted (kept).
    pub pasted_quoted: usize,
}

/// The document, its report, what to review, and the contributions used
/// (for the export history).
#[derive(Clone, Debug)]
pub struct Built {
    /// The document.
    pub document: Document,
    /// The report.
    pub report: ExportReport,
    /// Everything found, in place, for the secretary's review.
    pub review: Vec<ReviewItem>,
    /// Contributions quoted, or repeated in the text with quote consent.
    pub used: Vec<RecordId>,
}

/// Builds the export of `draft` on `today`.
pub fn build(draft: &AdvocacyDraft, sources: &Sources<'_>, today: Date, lang: Lang) -> Built {
    let names: Vec<&str> = sources.members.iter().map(|m| m.pseudonym.as_str()).collect();
    let hidden: Vec<&str> =
        sources.members.iter().filter(|m| !m.credit_in_exports).map(|m| m.pseudonym.as_str()).collect();
    let (all, hidden) = (Pseudonyms::new(&names), Pseudonyms::new(&hidden));
    let ctx = Context { pseudonyms: Some(&all), never_write: sources.never_write, dismissed: sources.dismissed };
    let mut cleaner = Cleaner::new(ctx, &hidden, lang);
    let copies = Copies::new(sources.contributions, today);
    let by_id: std::collections::HashMap<RecordId, &Contribution> =
        sources.contributions.iter().map(|c| (c.id, c)).collect();
    let mut report = ExportReport::default();
    let mut used = Vec::new();
    let mut sections = Vec::new();
    for (si, s) in draft.sections.iter().enumerate() {
        let before = cleaner.report.clone();
        let heading = cleaner.clean(&s.heading, Place::Heading(si));
        let mut paragraphs = Vec::new();
        for (pi, p) in s.body.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).enumerate() {
            let kept = keep_consented(p, &copies, &mut report, &mut used, lang);
            let cleaned = cleaner.clean(&kept, Place::Paragraph(si, pi));
            if !cleaned.trim().is_empty() {
                paragraphs.push(cleaned);
            }
        }
        let mut quotes = Vec::new();
        for id in &s.contributions {
            let Some(c) = by_id.get(id).copied() else { continue };
            match c.consent.effective(today) {
                Some(ConsentLevel::Quote) if !c.text.trim().is_empty() => {
                    let text = cleaner.clean(&c.text, Place::Quote(si, quotes.len()));
                    quotes.push(Quote { text, attribution: attribution(c, sources, cleaner.neutral()) });
                    used.push(c.id);
                }
                Some(ConsentLevel::Quote) | None => report.excluded_withdrawn += 1,
                Some(ConsentLevel::Paraphrase) => report.paraphrase_material += 1,
                Some(ConsentLevel::CouncilOnly) => report.excluded_council_only += 1,
            }
        }
        report.quotes += quotes.len();
        report.by_section.push((heading.clone(), difference(&cleaner.report, &before)));
        sections.push(Section { heading, paragraphs, quotes });
    }
    let title = cleaner.clean(&draft.title, Place::Title);
    report.total = cleaner.report.clone();
    report.pseudonyms_neutralised = cleaner.pseudonyms;
    report.dates_coarsened = cleaner.dates;
    used.sort();
    used.dedup();
    let month = crate::i18n::month_year(lang, u8::from(today.month()), today.year());
    let audience = crate::i18n::audience_label(lang, draft.audience);
    Built { document: Document { title, audience, month, sections }, report, review: cleaner.review, used }
}

/// The paragraph without the sentences that repeat a contribution that may
/// not be quoted (each replaced by a placeholder saying a passage was taken
/// out); sentences repeating a quotable one stay and count as used.
fn keep_consented(p: &str, copies: &Copies, report: &mut ExportReport, used: &mut Vec<RecordId>, lang: Lang) -> String {
    let mut out = String::with_capacity(p.len());
    let mut at = 0;
    for (start, end) in sentences(p) {
        let Some(copy) = copies.of(&p[start..end]) else { continue };
        out.push_str(&p[at..start]);
        if copy.quotable {
            out.push_str(&p[start..end]);
            used.push(copy.id);
            report.pasted_quoted += 1;
        } else {
            let lead = p[start..end].len() - p[start..end].trim_start().len();
            out.push_str(&p[start..start + lead]);
            out.push_str(&crate::i18n::passage_removed(lang));
            report.pasted_refused += 1;
        }
        at = end;
    }
    out.push_str(&p[at..]);
    out
}

/// The pseudonym of a member who opted in to credit, else `neutral`.
fn attribution(c: &Contribution, sources: &Sources<'_>, neutral: &str) -> String {
    match c.author {
        Author::Member(id) => sources
            .members
            .iter()
            .find(|m| m.id == id && m.credit_in_exports)
            .map_or_else(|| neutral.to_string(), |m| m.pseudonym.clone()),
        Author::Unlinked => neutral.to_string(),
    }
}

/// Counts in `after` not yet in `before`.
fn difference(after: &Report, before: &Report) -> Report {
    let sub = |a: &BTreeMap<PiiKind, usize>, b: &BTreeMap<PiiKind, usize>| {
        a.iter()
            .map(|(k, n)| (*k, n - b.get(k).copied().unwrap_or(0)))
            .filter(|(_, n)| *n > 0)
            .collect::<BTreeMap<_, _>>()
    };
    Report { removed: sub(&after.removed, &before.removed), to_review: sub(&after.to_review, &before.to_review) }
}
