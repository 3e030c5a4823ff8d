//! The council itself: its display name, language and settings.

use serde::{Deserialize, Serialize};

use super::text::check_required;
use super::DomainError;

/// A language the council works in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Language {
    /// French (the default).
    Fr,
    /// English.
    En,
}

/// Settings of a council.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CouncilSettings {
    /// Minutes of inactivity before the terminal UI locks itself.
    pub auto_lock_minutes: u16,
}

impl Default for CouncilSettings {
    fn default() -> Self {
        Self { auto_lock_minutes: 10 }
    }
}

/// The council: one per database.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Council {
    /// Display name ("Conseil des consultant·es en savoir expérientiel").
    pub name: String,
    /// Default language.
    pub language: Language,
    /// Settings.
    pub settings: CouncilSettings,
}

impl Council {
    /// A council with default settings.
    pub fn new(name: &str, language: Language) -> Result<Self, DomainError> {
        let council = Self { name: name.trim().to_string(), language, settings: CouncilSettings::default() };
        council.validate()?;
        Ok(council)
    }

    /// Checks the council's fields.
    pub fn validate(&self) -> Result<(), DomainError> {
        check_required("name", &self.name)
    }
}
