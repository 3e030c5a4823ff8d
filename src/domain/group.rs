//! Working groups (communication, speaking up, international research…).

use serde::{Deserialize, Serialize};

use super::record::record_basics;
use super::text::{check_required, check_text};
use super::{DomainError, Kind, Record, RecordId};

/// A working group of the council.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkingGroup {
    /// Random id.
    pub id: RecordId,
    /// Revision, bumped on each change.
    pub revision: u64,
    /// Short name ("Communication").
    pub name: String,
    /// What the group is for.
    pub purpose: String,
    /// How often it meets, in the council's words ("trimestrielle").
    pub cadence: String,
    /// Whether the group is still running.
    pub active: bool,
}

impl WorkingGroup {
    /// A new active group.
    pub fn new(id: RecordId, name: &str) -> Result<Self, DomainError> {
        let group = Self {
            id,
            revision: 1,
            name: name.trim().to_string(),
            purpose: String::new(),
            cadence: String::new(),
            active: true,
        };
        group.validate()?;
        Ok(group)
    }
}

impl Record for WorkingGroup {
    record_basics!(Kind::Group);

    fn validate(&self) -> Result<(), DomainError> {
        check_required("name", &self.name)?;
        check_text("purpose", &self.purpose)?;
        check_text("cadence", &self.cadence)
    }

    fn free_texts(&self) -> Vec<&str> {
        vec![self.name.as_str(), self.purpose.as_str(), self.cadence.as_str()]
    }
}
