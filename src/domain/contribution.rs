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
#[serde(deny_unknown_fields)]
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

/// One dated change of a consent's level. The history of changes is kept
/// so that what a member agreed to, and from when, can always be told.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsentChange {
    /// The day the member changed it.
    pub on: Date,
    /// The level before.
    pub from: ConsentLevel,
    /// The level after.
    pub to: ConsentLevel,
}

/// A contribution of a member.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
    /// Changes of the consent's level, oldest first (empty when it never
    /// changed). `consent.level` is the level in force, the last change's
    /// `to`; `consent.given_on` stays the day consent was first given.
    /// Archives written before this field existed read as empty.
    #[serde(default)]
    pub consent_history: Vec<ConsentChange>,
}

impl Contribution {
    /// Changes the consent's level as the member asked on `on`, keeping the
    /// change, dated, in the history. The new level is in force as soon as
    /// it is recorded (a more restrictive level must not wait for its date).
    /// Returns whether anything changed: the same level again is not a change.
    ///
    /// Refused once consent is withdrawn (it is given again as a new
    /// contribution), for a date after it lapsed, and for a date before it
    /// was given or before the last change (the history stays in order).
    pub fn change_consent(&mut self, level: ConsentLevel, on: Date) -> Result<bool, DomainError> {
        if self.consent.withdrawn_on.is_some() {
            return Err(DomainError::ConsentWithdrawn);
        }
        if level == self.consent.level {
            return Ok(false);
        }
        if self.consent.expires_on.is_some_and(|end| on > end) {
            return Err(DomainError::ConsentExpired);
        }
        if on < self.last_consent_date() {
            return Err(DomainError::ConsentDates);
        }
        self.consent_history.push(ConsentChange { on, from: self.consent.level, to: level });
        self.consent.level = level;
        Ok(true)
    }

    /// The day of the last change of consent, or the day it was given.
    pub fn last_consent_date(&self) -> Date {
        self.consent_history.last().map_or(self.consent.given_on, |c| c.on)
    }

    /// The level consent was first given at.
    pub fn first_consent_level(&self) -> ConsentLevel {
        self.consent_history.first().map_or(self.consent.level, |c| c.from)
    }

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
    record_basics!(Kind::Contribution, super::legacy::ContributionV1);

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
        self.consent.validate()?;
        check_history(&self.consent, &self.consent_history)
    }

    fn free_texts(&self) -> Vec<&str> {
        std::iter::once(self.text.as_str()).chain(self.themes.iter().map(String::as_str)).collect()
    }
}

/// The history of changes follows from the day consent was given, in
/// order, each change starting from the level the one before left, the
/// last ending at the level in force.
fn check_history(consent: &Consent, history: &[ConsentChange]) -> Result<(), DomainError> {
    let mut at = (consent.given_on, history.first().map_or(consent.level, |c| c.from));
    for change in history {
        if change.on < at.0 || change.from != at.1 || change.from == change.to {
            return Err(DomainError::ConsentDates);
        }
        at = (change.on, change.to);
    }
    if at.1 != consent.level {
        return Err(DomainError::ConsentDates);
    }
    Ok(())
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
            consent_history: Vec::new(),
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

#[cfg(test)]
mod change_tests {
    use super::*;
    use time::macros::date;

    fn contribution() -> Contribution {
        Contribution {
            id: RecordId::random(),
            revision: 1,
            author: Author::Unlinked,
            meeting: None,
            group: None,
            kind: ContributionKind::Quote,
            text: "Être écoutée, enfin.".into(),
            themes: Vec::new(),
            consent: Consent {
                level: ConsentLevel::Quote,
                given_on: date!(2026 - 11 - 05),
                expires_on: Some(date!(2027 - 11 - 05)),
                withdrawn_on: None,
            },
            consent_history: Vec::new(),
        }
    }

    #[test]
    fn a_change_is_dated_in_the_history_and_given_on_stays() {
        let mut c = contribution();
        assert_eq!(c.change_consent(ConsentLevel::Paraphrase, date!(2026 - 12 - 03)), Ok(true));
        assert_eq!(c.consent.level, ConsentLevel::Paraphrase);
        assert_eq!(c.consent.given_on, date!(2026 - 11 - 05), "first given");
        assert_eq!(
            c.consent_history,
            [ConsentChange { on: date!(2026 - 12 - 03), from: ConsentLevel::Quote, to: ConsentLevel::Paraphrase }]
        );
        assert_eq!(c.consent.effective(date!(2026 - 12 - 04)), Some(ConsentLevel::Paraphrase));
        assert_eq!(c.change_consent(ConsentLevel::CouncilOnly, date!(2026 - 12 - 03)), Ok(true), "same day");
        assert_eq!(c.first_consent_level(), ConsentLevel::Quote);
        assert_eq!(c.last_consent_date(), date!(2026 - 12 - 03));
        assert_eq!(c.consent_history.len(), 2);
        assert!(c.validate().is_ok());
    }

    #[test]
    fn the_same_level_again_is_no_change() {
        let mut c = contribution();
        assert_eq!(c.change_consent(ConsentLevel::Quote, date!(2026 - 12 - 03)), Ok(false));
        assert_eq!(c.change_consent(ConsentLevel::Quote, date!(2020 - 01 - 01)), Ok(false), "whatever the day");
        assert!(c.consent_history.is_empty());
    }

    #[test]
    fn changes_out_of_order_or_after_the_end_are_refused() {
        let mut c = contribution();
        let before = c.clone();
        assert_eq!(c.change_consent(ConsentLevel::Paraphrase, date!(2026 - 11 - 04)), Err(DomainError::ConsentDates));
        assert_eq!(c.change_consent(ConsentLevel::Paraphrase, date!(2027 - 11 - 06)), Err(DomainError::ConsentExpired));
        assert_eq!(c, before, "nothing recorded");
        assert_eq!(c.change_consent(ConsentLevel::Paraphrase, date!(2026 - 12 - 03)), Ok(true));
        assert_eq!(c.change_consent(ConsentLevel::Quote, date!(2026 - 12 - 02)), Err(DomainError::ConsentDates));
        c.withdraw(date!(2026 - 12 - 10));
        assert_eq!(c.change_consent(ConsentLevel::Quote, date!(2026 - 12 - 05)), Err(DomainError::ConsentWithdrawn));
    }

    #[test]
    fn a_history_that_does_not_add_up_is_invalid() {
        let mut c = contribution();
        assert!(c.change_consent(ConsentLevel::Paraphrase, date!(2026 - 12 - 03)).is_ok());
        let good = c.clone();
        c.consent.level = ConsentLevel::CouncilOnly;
        assert_eq!(c.validate(), Err(DomainError::ConsentDates), "level set beside the history");
        let mut c = good.clone();
        c.consent_history[0].on = date!(2026 - 01 - 01);
        assert_eq!(c.validate(), Err(DomainError::ConsentDates), "before consent was given");
        let mut c = good.clone();
        c.consent_history[0].from = ConsentLevel::Paraphrase;
        assert_eq!(c.validate(), Err(DomainError::ConsentDates), "not a change");
        let mut c = good;
        c.consent_history.push(ConsentChange {
            on: date!(2026 - 12 - 01),
            from: ConsentLevel::Paraphrase,
            to: ConsentLevel::Quote,
        });
        c.consent.level = ConsentLevel::Quote;
        assert_eq!(c.validate(), Err(DomainError::ConsentDates), "out of order");
    }
}
