//! The kinds of identifying data, their names (stable, used by `--json`
//! and the corpus) and the placeholders that replace them in exports.

use serde::Serialize;

use crate::i18n::Lang;

/// A kind of span found in text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PiiKind {
    /// An e-mail address.
    Email,
    /// A phone number (France or North America).
    Phone,
    /// A French social-security number (NIR), key checked.
    Nir,
    /// A Canadian social insurance number (Luhn).
    Sin,
    /// A Quebec health-insurance number.
    Ramq,
    /// An IBAN (mod 97).
    Iban,
    /// A postal code (Canadian, or French in an address).
    PostalCode,
    /// A street address.
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
}

impl PiiKind {
    /// Every kind, identifying ones first.
    pub const ALL: [PiiKind; 18] = [
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
        }
    }

    /// Reads a stable name.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == name)
    }

    /// Quasi-identifiers are flagged for review, not removed: alone they
    /// name nobody, together they may.
    pub fn is_quasi(self) -> bool {
        matches!(self, PiiKind::Age | PiiKind::Place | PiiKind::Institution | PiiKind::EventDate | PiiKind::Diagnosis)
    }

    /// What replaces a span of this kind in an export. Never contains any
    /// of the replaced text.
    pub fn placeholder(self, lang: Lang) -> &'static str {
        let (fr, en) = match self {
            PiiKind::Email => ("[courriel retiré]", "[e-mail removed]"),
            PiiKind::Phone => ("[téléphone retiré]", "[phone removed]"),
            PiiKind::Nir => ("[numéro de sécurité sociale retiré]", "[social security number removed]"),
            PiiKind::Sin => ("[NAS retiré]", "[SIN removed]"),
            PiiKind::Ramq => ("[numéro d'assurance maladie retiré]", "[health insurance number removed]"),
            PiiKind::Iban => ("[IBAN retiré]", "[IBAN removed]"),
            PiiKind::PostalCode => ("[code postal retiré]", "[postal code removed]"),
            PiiKind::Address => ("[adresse retirée]", "[address removed]"),
            PiiKind::DateOfBirth => ("[date de naissance retirée]", "[date of birth removed]"),
            PiiKind::Url => ("[adresse web retirée]", "[web address removed]"),
            PiiKind::Ip => ("[adresse IP retirée]", "[IP address removed]"),
            PiiKind::Handle => ("[pseudonyme de réseau retiré]", "[social handle removed]"),
            PiiKind::PersonName => ("[nom retiré]", "[name removed]"),
            PiiKind::Age => ("[âge retiré]", "[age removed]"),
            PiiKind::Place => ("[lieu retiré]", "[place removed]"),
            PiiKind::Institution => ("[établissement retiré]", "[institution removed]"),
            PiiKind::EventDate => ("[date retirée]", "[date removed]"),
            PiiKind::Diagnosis => ("[diagnostic retiré]", "[diagnosis removed]"),
        };
        if lang == Lang::En {
            en
        } else {
            fr
        }
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
