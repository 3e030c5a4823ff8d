//! The kinds of span found in text, with their stable names (used by
//! `conseil scrub --json`, the corpora and the redaction reports).

use serde::Serialize;

/// A kind of span found in text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PiiKind {
    /// An e-mail address (also written `x [at] y [dot] z`).
    Email,
    /// A phone number (France, Belgium, Switzerland, North America, any
    /// number in international form).
    Phone,
    /// A French social-security number (NIR), key checked, or without key.
    Nir,
    /// A Canadian social insurance number (Luhn).
    Sin,
    /// A Quebec health-insurance number, or another province's health card.
    Ramq,
    /// An IBAN (mod 97).
    Iban,
    /// A postal code standing alone (Canadian, or French as a place of
    /// residence).
    PostalCode,
    /// A street address, to its postal code.
    Address,
    /// A date of birth, in context.
    DateOfBirth,
    /// A web address.
    Url,
    /// An IP address.
    Ip,
    /// A social-media handle.
    Handle,
    /// A person's name.
    PersonName,
    /// Quasi-identifier: a stated age.
    Age,
    /// Quasi-identifier: a town or neighbourhood.
    Place,
    /// Quasi-identifier: a named hospital, clinic or service.
    Institution,
    /// Quasi-identifier: the precise date of a personal event.
    EventDate,
    /// Quasi-identifier: a rare diagnosis.
    Diagnosis,
    /// A capitalised word nothing explains (not a known name, word, place,
    /// pseudonym or institution): asked about before any export.
    Unexplained,
}

impl PiiKind {
    /// Every kind, identifying ones first.
    pub const ALL: [PiiKind; 19] = [
        PiiKind::Email,
        PiiKind::Phone,
        PiiKind::Nir,
        PiiKind::Sin,
        PiiKind::Ramq,
        PiiKind::Iban,
        PiiKind::PostalCode,
        PiiKind::Address,
        PiiKind::DateOfBirth,
        PiiKind::Url,
        PiiKind::Ip,
        PiiKind::Handle,
        PiiKind::PersonName,
        PiiKind::Age,
        PiiKind::Place,
        PiiKind::Institution,
        PiiKind::EventDate,
        PiiKind::Diagnosis,
        PiiKind::Unexplained,
    ];

    /// Stable name ("postal_code").
    pub fn name(self) -> &'static str {
        match self {
            PiiKind::Email => "email",
            PiiKind::Phone => "phone",
            PiiKind::Nir => "nir",
            PiiKind::Sin => "sin",
            PiiKind::Ramq => "ramq",
            PiiKind::Iban => "iban",
            PiiKind::PostalCode => "postal_code",
            PiiKind::Address => "address",
            PiiKind::DateOfBirth => "date_of_birth",
            PiiKind::Url => "url",
            PiiKind::Ip => "ip",
            PiiKind::Handle => "handle",
            PiiKind::PersonName => "person_name",
            PiiKind::Age => "age",
            PiiKind::Place => "place",
            PiiKind::Institution => "institution",
            PiiKind::EventDate => "event_date",
            PiiKind::Diagnosis => "diagnosis",
            PiiKind::Unexplained => "unexplained_word",
        }
    }

    /// Reads a stable name.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == name)
    }

    /// Quasi-identifiers and unexplained words are shown for review, not
    /// removed: alone they name nobody, together they may.
    pub fn is_review(self) -> bool {
        matches!(
            self,
            PiiKind::Age
                | PiiKind::Place
                | PiiKind::Institution
                | PiiKind::EventDate
                | PiiKind::Diagnosis
                | PiiKind::Unexplained
        )
    }

    /// Quasi-identifiers proper (the review kinds but unexplained words).
    pub fn is_quasi(self) -> bool {
        self.is_review() && self != PiiKind::Unexplained
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for k in PiiKind::ALL {
            assert_eq!(PiiKind::from_name(k.name()), Some(k));
        }
    }
}
