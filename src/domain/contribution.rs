//! Members' contributions and the consent that governs where they may go.

use serde::{Deserialize, Serialize};

use super::record::record_basics;
use super::text::{check_required, check_text};
use super::{Date, DomainError, Kind, Record, RecordId};

/// Who contributed: a member, or "a member" when they prefer not to be
/// linked even inside the council.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Author {
    /// Linked to this member.
    Member(RecordId),
    /// Not linked to anyone.
    Unlinked,
}

/// Kind of contribution.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ContributionKind {
    /// Lived experience told in one's own words.
    Testimony,
    /// An idea.
    Idea,
    /// A recommendation to an institution.
    Recommendation,
    /// A question raised.
    Question,
    /// A sentence meant to be quoted.
    Quote,
}

impl std::str::FromStr for ContributionKind {
    type Err = DomainError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s.trim().to_lowercase().as_str() {
            "testimony" | "temoignage" | "témoignage" => ContributionKind::Testimony,
            "idea" | "idee" | "idée" => ContributionKind::Idea,
            "recommendation" | "recommandation" => ContributionKind::Recommendation,
            "question" => ContributionKind::Question,
            "quote" | "citation" => ContributionKind::Quote,
            other => return Err(DomainError::UnknownValue(other.to_string())),
        })
    }
}

/// How far a contribution may travel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConsentLevel {
    /// Stays inside the council.
    CouncilOnly,
    /// May inform a draft, never quoted.
    Paraphrase,
    /// May be quoted verbatim, anonymised.
    Quote,
}

impl std::str::FromStr for ConsentLevel {
    type Err = DomainError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s.trim().to_lowercase().as_str() {
            "council-only" | "conseil" | "conseil-seulement" => ConsentLevel::CouncilOnly,
            "paraphrase" | "reformulation" => ConsentLevel::Paraphrase,
            "quote" | "citation" => ConsentLevel::Quote,
            other => return Err(DomainError::UnknownValue(other.to_string())),
        })
    }
}

/// The member's consent: level, when given, until when, and withdrawal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    /// How far the words may go.
    pub level: ConsentLevel,
    /// When consent was given.
    pub given_on: Date,
    /// When it lapses (then counts as withdrawn).
    pub expires_on: Option<Date>,
    /// When it was withdrawn.
    pub withdrawn_on: Option<Date>,
}

impl Consent {
    /// The level in force on `today`: `None` once withdrawn or expired.
    pub fn effective(&self, today: Date) -> Option<ConsentLevel> {
        let withdrawn = self.withdrawn_on.is_some_and(|d| d <= today);
        let expired = self.expires_on.is_some_and(|d| d < today);
        (!withdrawn && !expired).then_some(self.level)
    }

    fn validate(&self) -> Result<(), DomainError> {
        let before_given = |d: Option<Date>| d.is_some_and(|d| d < self.given_on);
        if before_given(self.expires_on) || before_given(self.withdrawn_on) {
            return Err(DomainError::ConsentDates);
        }
        Ok(())
    }
}

/// A contribution of a member.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contribution {
    /// Random id.
    pub id: RecordId,
    /// Revision, bumped on each change.
    pub revision: u64,
    /// Who, if linked.
    pub author: Author,
    /// Meeting where it was said, if any.
    pub meeting: Option<RecordId>,
    /// Working group it belongs to, if any.
    pub group: Option<RecordId>,
    /// Testimony, idea…
    pub kind: ContributionKind,
    /// The words.
    pub text: String,
    /// Themes ("rétablissement", "pouvoir d'agir", "stigmatisation"…).
    pub themes: Vec<String>,
    /// Consent governing its use.
    pub consent: Consent,
}

impl Contribution {
    /// Withdraws consent on `date`; earlier withdrawal dates are kept.
    pub fn withdraw(&mut self, date: Date) {
        if self.consent.withdrawn_on.is_none() {
            self.consent.withdrawn_on = Some(date);
        }
    }

    /// Withdraws consent and erases the words: what remains is a dated
    /// tombstone (kind, themes, author, the withdrawal date) so that the
    /// "you said, we did" history still shows where the words had gone.
    pub fn erase(&mut self, date: Date) {
        self.withdraw(date);
        self.text.clear();
    }

    /// Whether the words were erased.
    pub fn is_erased(&self) -> bool {
        self.consent.withdrawn_on.is_some() && self.text.is_empty()
    }
}

impl Record for Contribution {
    record_basics!(Kind::Contribution);

    fn validate(&self) -> Result<(), DomainError> {
        // Only a withdrawn contribution may have lost its words.
        if self.consent.withdrawn_on.is_none() {
            check_required("text", &self.text)?;
        } else {
            check_text("text", &self.text)?;
        }
        for theme in &self.themes {
            check_required("theme", theme)?;
            check_text("theme", theme)?;
        }
        self.consent.validate()
    }

    fn free_texts(&self) -> Vec<&str> {
        std::iter::once(self.text.as_str()).chain(self.themes.iter().map(String::as_str)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn consent() -> Consent {
        Consent {
            level: ConsentLevel::Quote,
            given_on: date!(2026 - 01 - 01),
            expires_on: Some(date!(2026 - 12 - 31)),
            withdrawn_on: None,
        }
    }

    #[test]
    fn erasing_leaves_a_dated_tombstone() {
        let mut c = Contribution {
            id: RecordId::random(),
            revision: 1,
            author: Author::Unlinked,
            meeting: None,
            group: None,
            kind: ContributionKind::Testimony,
            text: "Des mots à retirer".into(),
            themes: vec!["accès".into()],
            consent: consent(),
        };
        c.erase(date!(2026 - 05 - 02));
        assert!(c.is_erased() && c.text.is_empty());
        assert_eq!(c.consent.withdrawn_on, Some(date!(2026 - 05 - 02)));
        assert_eq!(c.themes, ["accès"]);
        assert!(c.validate().is_ok(), "a tombstone is a valid record");
        c.consent.withdrawn_on = None;
        assert!(c.validate().is_err(), "but only once withdrawn");
    }

    #[test]
    fn expiry_and_withdrawal_end_consent() {
        let mut c = consent();
        assert_eq!(c.effective(date!(2026 - 06 - 01)), Some(ConsentLevel::Quote));
        assert_eq!(c.effective(date!(2027 - 01 - 01)), None);
        c.withdrawn_on = Some(date!(2026 - 03 - 01));
        assert_eq!(c.effective(date!(2026 - 06 - 01)), None);
        assert_eq!(c.effective(date!(2026 - 02 - 01)), Some(ConsentLevel::Quote));
    }

    #[test]
    fn consent_dates_must_follow_giving() {
        let mut c = consent();
        c.withdrawn_on = Some(date!(2025 - 12 - 31));
        assert_eq!(c.validate(), Err(DomainError::ConsentDates));
    }
}
