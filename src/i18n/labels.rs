//! Names of domain values in the user's language.

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use crate::domain::{AdoptionGap, ConsentLevel, Kind, TaskStatus};

/// Plural name of a kind of record ("membres").
pub fn kind_label(l: &FluentLanguageLoader, kind: Kind) -> String {
    match kind {
        Kind::Member => fl!(l, "kind-member"),
        Kind::Group => fl!(l, "kind-group"),
        Kind::Meeting => fl!(l, "kind-meeting"),
        Kind::Task => fl!(l, "kind-task"),
        Kind::Contribution => fl!(l, "kind-contribution"),
        Kind::Draft => fl!(l, "kind-draft"),
    }
}

/// Name of a task status.
pub fn status_label(l: &FluentLanguageLoader, status: TaskStatus) -> String {
    match status {
        TaskStatus::Todo => fl!(l, "status-todo"),
        TaskStatus::Doing => fl!(l, "status-doing"),
        TaskStatus::Blocked => fl!(l, "status-blocked"),
        TaskStatus::Done => fl!(l, "status-done"),
    }
}

/// Name of a consent level.
pub fn consent_label(l: &FluentLanguageLoader, level: ConsentLevel) -> String {
    match level {
        ConsentLevel::CouncilOnly => fl!(l, "consent-council-only"),
        ConsentLevel::Paraphrase => fl!(l, "consent-paraphrase"),
        ConsentLevel::Quote => fl!(l, "consent-quote"),
    }
}

/// What adoption still misses, as a sentence (items numbered from 1).
pub fn gap_label(l: &FluentLanguageLoader, gap: &AdoptionGap) -> String {
    let number = |item: &usize| item.saturating_add(1);
    match gap {
        AdoptionGap::NoAttendance => fl!(l, "gap-no-attendance"),
        AdoptionGap::DecisionWithoutOutcome { item } => {
            fl!(l, "gap-decision-outcome", item = number(item))
        }
        AdoptionGap::ActionWithoutGroup { item } => fl!(l, "gap-action-group", item = number(item)),
        AdoptionGap::ActionWithoutAssignee { item } => {
            fl!(l, "gap-action-assignee", item = number(item))
        }
    }
}

/// Name of a field named in an error.
pub fn field_label(l: &FluentLanguageLoader, field: &str) -> String {
    let id = format!("field-{field}");
    if l.has(&id) {
        l.get(&id)
    } else {
        field.to_string()
    }
}
