//! Names of domain values in the user's language.

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use conseil_detect::PiiKind;

use super::Lang;
use crate::domain::{AdoptionGap, ConsentChange, ConsentLevel, Kind, TaskStatus};

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

/// Damaged records named for a sentence, kind and id ("rencontre
/// 3f2a…, tâche 91b0…"): with `short`, ids cut to eight digits and at most
/// `SHOWN` named, then "…" (a screen line); otherwise every one in full (a
/// command's message, whose ids can be typed back).
pub fn damaged_names<'a>(
    l: &FluentLanguageLoader,
    records: impl IntoIterator<Item = (&'a str, &'a str)>,
    short: bool,
) -> String {
    const SHOWN: usize = 3;
    let mut names = Vec::new();
    for (i, (tree, id)) in records.into_iter().enumerate() {
        if short && i == SHOWN {
            names.push(String::from("…"));
            break;
        }
        let id = match id.char_indices().nth(8) {
            Some((cut, _)) if short => format!("{}…", &id[..cut]),
            _ => id.to_string(),
        };
        names.push(fl!(l, "damaged-record", tree = tree, id = id));
    }
    names.join(", ")
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

/// One dated change of consent: « consentement changé le 3 décembre
/// 2026 : citation → paraphrase », "consent changed on December 3, 2026:
/// quote → paraphrase".
pub fn consent_change_line(l: &FluentLanguageLoader, lang: Lang, change: &ConsentChange) -> String {
    fl!(
        l,
        "consent-changed",
        date = super::long_date(change.on, lang),
        from = consent_label(l, change.from),
        to = consent_label(l, change.to)
    )
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
        AdoptionGap::TooManyVotes { item, votes, present } => {
            fl!(l, "gap-too-many-votes", item = number(item), votes = votes, present = present)
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

/// What replaces a span of `kind` in a document written in `lang`.
pub fn placeholder(kind: PiiKind, lang: Lang) -> String {
    let loader = super::loader_for(lang);
    let l = &loader;
    match kind {
        PiiKind::Email => fl!(l, "placeholder-email"),
        PiiKind::Phone => fl!(l, "placeholder-phone"),
        PiiKind::Nir => fl!(l, "placeholder-nir"),
        PiiKind::Sin => fl!(l, "placeholder-sin"),
        PiiKind::Ramq => fl!(l, "placeholder-ramq"),
        PiiKind::Iban => fl!(l, "placeholder-iban"),
        PiiKind::PostalCode => fl!(l, "placeholder-postal-code"),
        PiiKind::Address => fl!(l, "placeholder-address"),
        PiiKind::DateOfBirth => fl!(l, "placeholder-date-of-birth"),
        PiiKind::Url => fl!(l, "placeholder-url"),
        PiiKind::Ip => fl!(l, "placeholder-ip"),
        PiiKind::Handle => fl!(l, "placeholder-handle"),
        PiiKind::PersonName => fl!(l, "placeholder-person-name"),
        PiiKind::Age => fl!(l, "placeholder-age"),
        PiiKind::Place => fl!(l, "placeholder-place"),
        PiiKind::Institution => fl!(l, "placeholder-institution"),
        PiiKind::EventDate => fl!(l, "placeholder-event-date"),
        PiiKind::Diagnosis => fl!(l, "placeholder-diagnosis"),
        PiiKind::Unexplained => fl!(l, "placeholder-unexplained-word"),
    }
}

/// The neutral attribution that replaces a member's pseudonym in a
/// document written in `lang`.
pub fn neutral_attribution(lang: Lang) -> String {
    let l = &super::loader_for(lang);
    fl!(l, "export-neutral")
}

/// What replaces a passage that repeats a contribution without quote
/// consent.
pub fn passage_removed(lang: Lang) -> String {
    let l = &super::loader_for(lang);
    fl!(l, "export-passage-removed")
}

/// The twelve months' names in `lang` (in the case they take in a date).
pub fn month_names(lang: Lang) -> [String; 12] {
    let l = &super::loader_for(lang);
    [
        fl!(l, "month-name-1"),
        fl!(l, "month-name-2"),
        fl!(l, "month-name-3"),
        fl!(l, "month-name-4"),
        fl!(l, "month-name-5"),
        fl!(l, "month-name-6"),
        fl!(l, "month-name-7"),
        fl!(l, "month-name-8"),
        fl!(l, "month-name-9"),
        fl!(l, "month-name-10"),
        fl!(l, "month-name-11"),
        fl!(l, "month-name-12"),
    ]
}

/// "novembre 2026", "November 2026".
pub fn month_year(lang: Lang, month: u8, year: i32) -> String {
    let names = month_names(lang);
    let name = names.get(usize::from(month.clamp(1, 12)) - 1).cloned().unwrap_or_default();
    let l = &super::loader_for(lang);
    fl!(l, "month-year", month = name, year = year.to_string())
}

/// An audience in words, in `lang`.
pub fn audience_label(lang: Lang, audience: crate::domain::Audience) -> String {
    let l = &super::loader_for(lang);
    match audience {
        crate::domain::Audience::DecisionMakers => fl!(l, "audience-decision-makers"),
        crate::domain::Audience::Public => fl!(l, "audience-public"),
        crate::domain::Audience::Research => fl!(l, "audience-research"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn a_consent_change_reads_in_each_language() {
        let change =
            ConsentChange { on: date!(2026 - 12 - 03), from: ConsentLevel::Quote, to: ConsentLevel::Paraphrase };
        let fr = super::super::loader_for(Lang::Fr);
        let en = super::super::loader_for(Lang::En);
        assert_eq!(
            consent_change_line(&fr, Lang::Fr, &change),
            "consentement changé le 3 décembre 2026 : citation → reformulation"
        );
        assert_eq!(
            consent_change_line(&en, Lang::En, &change),
            "consent changed on December 3, 2026: quote → paraphrase"
        );
    }
}
