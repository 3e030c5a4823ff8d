//! Building the document of an advocacy draft for export: every rule that
//! keeps members safe is applied here, on pure data, before any template
//! sees it.
//!
//! - Each text passes the scrubber (typed placeholders).
//! - Members are not named: the pseudonyms of members who did not opt in
//!   to credit are replaced by a neutral attribution, in quotes and in the
//!   secretary's text alike.
//! - Only `Quote` contributions are quoted; `Paraphrase` ones are counted
//!   as material for the secretary, never pasted; `CouncilOnly`, withdrawn
//!   and expired ones never appear.
//! - No record id, and no date finer than the month.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::domain::{AdvocacyDraft, Audience, Author, ConsentLevel, Contribution, Date, Member, RecordId};
use crate::i18n::Lang;
use crate::privacy::{detect, scrub, Context, NeverWrite, PiiKind, Report};

/// What the export may draw on, besides the draft.
pub struct Sources<'a> {
    /// Every contribution (the draft refers to some).
    pub contributions: &'a [Contribution],
    /// Every member (for pseudonyms and credit).
    pub members: &'a [Member],
    /// The council's "never write" list.
    pub never_write: Option<&'a NeverWrite>,
}

/// A quote as exported.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Quote {
    /// The words, scrubbed.
    pub text: String,
    /// "un·e membre du conseil", or the pseudonym of a member who opted in.
    pub attribution: String,
}

/// A section as exported.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Section {
    /// Heading, scrubbed.
    pub heading: String,
    /// Paragraphs of the secretary's text, scrubbed.
    pub paragraphs: Vec<String>,
    /// Quotes.
    pub quotes: Vec<Quote>,
}

/// The document handed to templates.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Document {
    /// Title, scrubbed.
    pub title: String,
    /// Audience, in words.
    pub audience: String,
    /// Month of the export ("2026-11").
    pub month: String,
    /// Sections in order.
    pub sections: Vec<Section>,
}

/// What the export removed and left out, by section; never the text.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct ExportReport {
    /// Scrubbing counts over the whole document.
    pub total: Report,
    /// Scrubbing counts per section heading (scrubbed).
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
}

/// The document, its report, and the contributions quoted (for the
/// export history).
pub struct Built {
    /// The document.
    pub document: Document,
    /// The report.
    pub report: ExportReport,
    /// Contributions quoted.
    pub used: Vec<RecordId>,
}

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

static DAY_DATES: LazyLock<Regex> = LazyLock::new(|| {
    let months = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december";
    Regex::new(&format!(
        r"(?i)(\b(?:le|on)\s+)?\b(?:(\d{{1,2}})(?:er)?\s+({months})\s+(\d{{4}})|(\d{{1,2}})[/.](\d{{1,2}})[/.](\d{{4}})|(\d{{4}})-(\d{{2}})-(\d{{2}})|({months})\s+(\d{{1,2}}),\s+(\d{{4}}))\b"
    ))
    .unwrap_or_else(|e| panic!("date pattern: {e}"))
});
static RECORD_ID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b[0-9a-f]{32}\b").unwrap_or_else(|e| panic!("id pattern: {e}")));

/// Builds the export of `draft` on `today`.
pub fn build(draft: &AdvocacyDraft, sources: &Sources<'_>, today: Date, lang: Lang) -> Built {
    let mut cleaner = Cleaner::new(sources, lang);
    let mut report = ExportReport::default();
    let mut used = Vec::new();
    let mut sections = Vec::new();
    for s in &draft.sections {
        let before = cleaner.report.clone();
        let heading = cleaner.clean(&s.heading);
        let paragraphs = s.body.split("\n\n").map(|p| cleaner.clean(p.trim())).filter(|p| !p.is_empty()).collect();
        let mut quotes = Vec::new();
        for id in &s.contributions {
            let Some(c) = sources.contributions.iter().find(|c| c.id == *id) else { continue };
            match c.consent.effective(today) {
                Some(ConsentLevel::Quote) => {
                    quotes.push(Quote { text: cleaner.clean(&c.text), attribution: attribution(c, sources, lang) });
                    used.push(c.id);
                }
                Some(ConsentLevel::Paraphrase) => report.paraphrase_material += 1,
                Some(ConsentLevel::CouncilOnly) => report.excluded_council_only += 1,
                None => report.excluded_withdrawn += 1,
            }
        }
        report.quotes += quotes.len();
        report.by_section.push((heading.clone(), difference(&cleaner.report, &before)));
        sections.push(Section { heading, paragraphs, quotes });
    }
    let title = cleaner.clean(&draft.title);
    report.total = cleaner.report.clone();
    report.pseudonyms_neutralised = cleaner.pseudonyms;
    report.dates_coarsened = cleaner.dates;
    let month_names = if lang == Lang::En { MONTHS_EN } else { MONTHS_FR };
    let month = format!("{} {}", month_names[usize::from(u8::from(today.month())) - 1], today.year());
    let document = Document { title, audience: audience_label(draft.audience, lang).to_string(), month, sections };
    Built { document, report, used }
}

fn audience_label(a: Audience, lang: Lang) -> &'static str {
    match (a, lang) {
        (Audience::DecisionMakers, Lang::En) => "decision makers",
        (Audience::Public, Lang::En) => "the public",
        (Audience::Research, Lang::En) => "research",
        (Audience::DecisionMakers, _) => "décideurs et décideuses",
        (Audience::Public, _) => "grand public",
        (Audience::Research, _) => "recherche",
    }
}

fn neutral(lang: Lang) -> &'static str {
    if lang == Lang::En {
        "a council member"
    } else {
        "un·e membre du conseil"
    }
}

/// The pseudonym of a member who opted in to credit, else a neutral word.
fn attribution(c: &Contribution, sources: &Sources<'_>, lang: Lang) -> String {
    match c.author {
        Author::Member(id) => sources
            .members
            .iter()
            .find(|m| m.id == id && m.credit_in_exports)
            .map(|m| m.pseudonym.clone())
            .unwrap_or_else(|| neutral(lang).to_string()),
        Author::Unlinked => neutral(lang).to_string(),
    }
}

/// Applies every text rule and keeps count.
struct Cleaner<'a> {
    sources: &'a Sources<'a>,
    lang: Lang,
    /// Pseudonyms that must not appear (members without credit).
    hidden: Option<Regex>,
    /// Every pseudonym: not a name to remove (those without credit are
    /// then replaced by a neutral attribution).
    pseudonyms_all: crate::privacy::Pseudonyms,
    report: Report,
    pseudonyms: usize,
    dates: usize,
}

impl<'a> Cleaner<'a> {
    fn new(sources: &'a Sources<'a>, lang: Lang) -> Self {
        let hidden: Vec<String> =
            sources.members.iter().filter(|m| !m.credit_in_exports).map(|m| regex::escape(&m.pseudonym)).collect();
        let hidden =
            (!hidden.is_empty()).then(|| Regex::new(&format!(r"(?i)\b(?:{})\b", hidden.join("|"))).ok()).flatten();
        let all: Vec<&str> = sources.members.iter().map(|m| m.pseudonym.as_str()).collect();
        let pseudonyms_all = crate::privacy::Pseudonyms::new(&all);
        Self { sources, lang, hidden, pseudonyms_all, report: Report::default(), pseudonyms: 0, dates: 0 }
    }

    fn clean(&mut self, text: &str) -> String {
        let ctx = Context::new(&self.pseudonyms_all, self.sources.never_write, None);
        let (scrubbed, r) = scrub(text, &detect(text, &ctx), self.lang);
        self.report.merge(&r);
        let mut out = scrubbed;
        if let Some(hidden) = &self.hidden {
            let n = hidden.find_iter(&out).count();
            if n > 0 {
                self.pseudonyms += n;
                out = hidden.replace_all(&out, neutral(self.lang)).into_owned();
            }
        }
        let n = DAY_DATES.find_iter(&out).count();
        if n > 0 {
            self.dates += n;
            out = DAY_DATES.replace_all(&out, |c: &regex::Captures| coarsen(c, self.lang)).into_owned();
        }
        RECORD_ID.replace_all(&out, "").into_owned()
    }
}

/// "le 12 mars 2026" → "en mars 2026"; "12/03/2026" → "03/2026"; ISO →
/// "2026-03"; "on June 4, 2026" → "in June 2026".
fn coarsen(c: &regex::Captures, lang: Lang) -> String {
    let g = |i: usize| c.get(i).map_or("", |m| m.as_str());
    let lead = g(1);
    let preposition = match (lead.trim(), lang) {
        ("", _) => String::new(),
        ("Le" | "On", Lang::Fr) => "En ".to_string(),
        ("Le" | "On", Lang::En) => "In ".to_string(),
        (_, Lang::Fr) => "en ".to_string(),
        (_, Lang::En) => "in ".to_string(),
    };
    let date = if !g(3).is_empty() {
        format!("{} {}", g(3), g(4))
    } else if !g(6).is_empty() {
        format!("{:0>2}/{}", g(6), g(7))
    } else if !g(8).is_empty() {
        format!("{}-{}", g(8), g(9))
    } else {
        format!("{} {}", g(11), g(13))
    };
    format!("{preposition}{date}")
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
