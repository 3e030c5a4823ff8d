//! Advocacy drafts ("plaidoyers") and the history of their exports, so each
//! member can see what became of their words.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::record::record_basics;
use super::text::{check_required, check_text};
use super::{DomainError, Kind, Language, Record, RecordId};

/// Who a draft is written for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    /// Elected officials, institutions.
    DecisionMakers,
    /// The general public.
    Public,
    /// Researchers.
    Research,
}

/// A month, the finest date precision an export carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearMonth {
    /// Year.
    pub year: i32,
    /// Month, 1–12.
    pub month: u8,
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// One section of a draft.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DraftSection {
    /// Heading.
    pub heading: String,
    /// Text written by the secretary.
    pub body: String,
    /// Contributions the section draws on.
    pub contributions: Vec<RecordId>,
}

/// One export of a draft: when, for whom, with which contributions, and what
/// answer came back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportRecord {
    /// Month of the export.
    pub month: YearMonth,
    /// Audience it went to.
    pub audience: Audience,
    /// Contributions it used.
    pub contributions: Vec<RecordId>,
    /// Response received, if any.
    pub response: Option<String>,
}

/// An advocacy draft.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdvocacyDraft {
    /// Random id.
    pub id: RecordId,
    /// Revision, bumped on each change.
    pub revision: u64,
    /// Title.
    pub title: String,
    /// Audience.
    pub audience: Audience,
    /// Language of the text.
    pub language: Language,
    /// Sections in order.
    pub sections: Vec<DraftSection>,
    /// Exports made so far.
    pub exports: Vec<ExportRecord>,
}

impl Record for AdvocacyDraft {
    record_basics!(Kind::Draft);

    fn validate(&self) -> Result<(), DomainError> {
        check_required("title", &self.title)?;
        for s in &self.sections {
            check_text("heading", &s.heading)?;
            check_text("body", &s.body)?;
        }
        for e in &self.exports {
            if !(1..=12).contains(&e.month.month) {
                return Err(DomainError::BadDate);
            }
            if let Some(r) = &e.response {
                check_text("response", r)?;
            }
        }
        Ok(())
    }

    fn free_texts(&self) -> Vec<&str> {
        let mut out = vec![self.title.as_str()];
        for s in &self.sections {
            out.extend([s.heading.as_str(), s.body.as_str()]);
        }
        out
    }
}
