//! Names of domain values in the user's language.

use crate::domain::{AdoptionGap, ConsentLevel, Kind, TaskStatus};
use crate::fl;

/// Plural name of a kind of record ("membres").
pub fn kind_label(kind: Kind) -> String {
    match kind {
        Kind::Member => fl!("kind-member"),
        Kind::Group => fl!("kind-group"),
        Kind::Meeting => fl!("kind-meeting"),
        Kind::Task => fl!("kind-task"),
        Kind::Contribution => fl!("kind-contribution"),
        Kind::Draft => fl!("kind-draft"),
    }
}

/// Name of a task status.
pub fn status_label(status: TaskStatus) -> String {
    match status {
        TaskStatus::Todo => fl!("status-todo"),
        TaskStatus::Doing => fl!("status-doing"),
        TaskStatus::Blocked => fl!("status-blocked"),
        TaskStatus::Done => fl!("status-done"),
    }
}

/// Name of a consent level.
pub fn consent_label(level: ConsentLevel) -> String {
    match level {
        ConsentLevel::CouncilOnly => fl!("consent-council-only"),
        ConsentLevel::Paraphrase => fl!("consent-paraphrase"),
        ConsentLevel::Quote => fl!("consent-quote"),
    }
}

/// What adoption still misses, as a sentence (items numbered from 1).
pub fn gap_label(gap: &AdoptionGap) -> String {
    let number = |item: &usize| item.saturating_add(1);
    match gap {
        AdoptionGap::NoAttendance => fl!("gap-no-attendance"),
        AdoptionGap::DecisionWithoutOutcome { item } => {
            fl!("gap-decision-outcome", item = number(item))
        }
        AdoptionGap::ActionWithoutGroup { item } => fl!("gap-action-group", item = number(item)),
        AdoptionGap::ActionWithoutAssignee { item } => {
            fl!("gap-action-assignee", item = number(item))
        }
    }
}

/// Name of a field named in an error.
pub fn field_label(field: &str) -> String {
    let id = format!("field-{field}");
    if super::LOADER.has(&id) {
        super::LOADER.get(&id)
    } else {
        field.to_string()
    }
}
