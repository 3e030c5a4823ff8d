//! Members: a pseudonym and what the council needs to know about their role.
//! There is deliberately no field for a name, a contact or a birth date.

use serde::{Deserialize, Serialize};

use super::record::record_basics;
use super::{check_pseudonym, DomainError, Kind, Record, RecordId};

/// A role held in the council.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Takes the minutes and keeps the council.
    Secretary,
    /// Leads meetings.
    Facilitator,
    /// Any member.
    Member,
}

impl std::str::FromStr for Role {
    type Err = DomainError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_lowercase().as_str() {
            "secretary" | "secretaire" | "secrétaire" => Ok(Role::Secretary),
            "facilitator" | "animateur" | "animatrice" | "animation" => Ok(Role::Facilitator),
            "member" | "membre" => Ok(Role::Member),
            other => Err(DomainError::UnknownValue(other.to_string())),
        }
    }
}

/// A member of the council, known only by a pseudonym.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// Random id.
    pub id: RecordId,
    /// Revision, bumped on each change.
    pub revision: u64,
    /// The only way the member is named, checked against identifying data.
    pub pseudonym: String,
    /// Roles held.
    pub roles: Vec<Role>,
    /// Working groups the member belongs to.
    pub groups: Vec<RecordId>,
    /// Whether exports may credit the member by pseudonym (off by default).
    pub credit_in_exports: bool,
    /// Whether the member still sits on the council.
    pub active: bool,
}

impl Member {
    /// A new active member with the plain `Member` role and no credit.
    pub fn new(id: RecordId, pseudonym: &str) -> Result<Self, DomainError> {
        let member = Self {
            id,
            revision: 1,
            pseudonym: super::normalise_pseudonym(pseudonym),
            roles: vec![Role::Member],
            groups: Vec::new(),
            credit_in_exports: false,
            active: true,
        };
        member.validate()?;
        Ok(member)
    }

    /// Gives the member a new pseudonym, normalised as a new member's is
    /// (see [`super::normalise_pseudonym`]); refused, unchanged, if it is
    /// not a pseudonym.
    pub fn rename(&mut self, pseudonym: &str) -> Result<(), DomainError> {
        let pseudonym = super::normalise_pseudonym(pseudonym);
        check_pseudonym(&pseudonym)?;
        self.pseudonym = pseudonym;
        Ok(())
    }
}

impl Record for Member {
    record_basics!(Kind::Member);

    fn validate(&self) -> Result<(), DomainError> {
        check_pseudonym(&self.pseudonym)?;
        if has_duplicates(&self.groups) {
            return Err(DomainError::Duplicate("groups"));
        }
        Ok(())
    }
}

/// True when a list holds the same value twice.
pub(crate) fn has_duplicates<T: Ord + Clone>(items: &[T]) -> bool {
    let mut sorted = items.to_vec();
    sorted.sort();
    sorted.windows(2).any(|w| w[0] == w[1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_member_has_no_credit_by_default() {
        let m = Member::new(RecordId::random(), " Colibri ");
        assert!(matches!(&m, Ok(m) if m.pseudonym == "Colibri" && !m.credit_in_exports && m.active));
    }

    #[test]
    fn pseudonyms_are_kept_normalised_when_given_or_changed() {
        let m = Member::new(RecordId::random(), "Me\u{301}sange");
        assert!(matches!(&m, Ok(m) if m.pseudonym == "Mésange"), "{m:?}");
        let Ok(mut m) = Member::new(RecordId::random(), "Lou\u{200b}tre") else { panic!("refused") };
        assert_eq!(m.pseudonym, "Loutre");
        assert!(m.rename("\u{202e}\u{200d}").is_err(), "nothing visible is not a pseudonym");
        assert_eq!(m.pseudonym, "Loutre", "a refused name changes nothing");
        assert!(m.rename("He\u{301}ron\u{2069}").is_ok());
        assert_eq!(m.pseudonym, "Héron");
    }

    #[test]
    fn email_pseudonym_refused() {
        assert!(Member::new(RecordId::random(), "a.b@c.fr").is_err());
    }

    #[test]
    fn roles_read_in_both_languages() {
        assert_eq!("secrétaire".parse::<Role>(), Ok(Role::Secretary));
        assert_eq!("Facilitator".parse::<Role>(), Ok(Role::Facilitator));
        assert!("président".parse::<Role>().is_err());
    }
}
