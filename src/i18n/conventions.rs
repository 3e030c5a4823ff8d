//! Each language's writing conventions, checked on the Fluent files:
//! nouns agree with the counts they follow (French counts 0 and 1 as
//! singular, English only 1), and English reads as English (no space
//! before ":", no « » quotes, no "9h15" times).

use std::collections::HashMap;

use fluent_bundle::FluentValue;
use i18n_embed::fluent::FluentLanguageLoader;

use super::{loader_for, Lang, Localizations};

/// Renders `id` with every argument in `fixed` and every one of `counts`
/// set to the number `n` (a number, so that plural selectors apply).
fn render(l: &FluentLanguageLoader, id: &str, fixed: &[(&str, &str)], counts: &[&str], n: i64) -> String {
    let mut args: HashMap<&str, FluentValue> = HashMap::new();
    for (k, v) in fixed {
        args.insert(k, FluentValue::from(*v));
    }
    for k in counts {
        args.insert(k, FluentValue::from(n));
    }
    l.get_args(id, args)
}

/// One count-taking message: its id, its other arguments, the arguments
/// that are counts, and what it says for 0, 1 and 2.
struct Row {
    id: &'static str,
    fixed: &'static [(&'static str, &'static str)],
    counts: &'static [&'static str],
    said: [&'static str; 3],
}

const FRENCH: &[Row] = &[
    Row {
        id: "err-damaged-records",
        fixed: &[("names", "rencontre 3f2a")],
        counts: &["count"],
        said: [
            "0 fiche est abîmée : rencontre 3f2a. Une archive doit contenir tout le conseil : aucune n'a été écrite.",
            "1 fiche est abîmée : rencontre 3f2a. Une archive doit contenir tout le conseil : aucune n'a été écrite.",
            "2 fiches sont abîmées : rencontre 3f2a. Une archive doit contenir tout le conseil : aucune n'a été écrite.",
        ],
    },
    Row {
        id: "minutes-attendance",
        fixed: &[],
        counts: &["present", "guests"],
        said: [
            "Présences : aucun membre noté et aucune personne invitée",
            "Présences : 1 membre et 1 personne invitée",
            "Présences : 2 membres et 2 personnes invitées",
        ],
    },
    Row {
        id: "dash-meeting-detail",
        fixed: &[],
        counts: &["items", "present"],
        said: [
            "0 point à l'ordre du jour · 0 membre noté·e présent·e",
            "1 point à l'ordre du jour · 1 membre noté·e présent·e",
            "2 points à l'ordre du jour · 2 membres noté·es présent·es",
        ],
    },
    Row {
        id: "dash-group-line",
        fixed: &[("group", "Communication")],
        counts: &["open", "overdue"],
        said: [
            "Communication : 0 ouverte, dont 0 en retard",
            "Communication : 1 ouverte, dont 1 en retard",
            "Communication : 2 ouvertes, dont 2 en retard",
        ],
    },
    Row {
        id: "check-ok",
        fixed: &[],
        counts: &["total"],
        said: [
            "Tout est lisible et intact (0 fiche).",
            "Tout est lisible et intact (1 fiche).",
            "Tout est lisible et intact (2 fiches).",
        ],
    },
    Row {
        id: "import-summary",
        fixed: &[],
        counts: &["added", "updated", "unchanged", "conflicts"],
        said: [
            "Import : 0 ajoutée, 0 mise à jour, 0 inchangée, 0 en conflit.",
            "Import : 1 ajoutée, 1 mise à jour, 1 inchangée, 1 en conflit.",
            "Import : 2 ajoutées, 2 mises à jour, 2 inchangées, 2 en conflit.",
        ],
    },
    Row {
        id: "return-merged",
        fixed: &[],
        counts: &["count"],
        said: [
            "Fiche retour intégrée : 0 tâche mise à jour.",
            "Fiche retour intégrée : 1 tâche mise à jour.",
            "Fiche retour intégrée : 2 tâches mises à jour.",
        ],
    },
    Row {
        id: "draft-history-line",
        fixed: &[("month", "mars 2026"), ("audience", "grand public")],
        counts: &["count"],
        said: [
            "mars 2026 — grand public — 0 citation",
            "mars 2026 — grand public — 1 citation",
            "mars 2026 — grand public — 2 citations",
        ],
    },
    Row {
        id: "report-pasted",
        fixed: &[],
        counts: &["refused", "quoted"],
        said: [
            "Phrases qui reprennent une contribution : 0 retirée (pas d'accord de citation), 0 gardée (citation permise)",
            "Phrases qui reprennent une contribution : 1 retirée (pas d'accord de citation), 1 gardée (citation permise)",
            "Phrases qui reprennent une contribution : 2 retirées (pas d'accord de citation), 2 gardées (citation permise)",
        ],
    },
    Row {
        id: "never-write-count",
        fixed: &[],
        counts: &["total"],
        said: [
            "La liste « à ne jamais écrire » compte 0 nom.",
            "La liste « à ne jamais écrire » compte 1 nom.",
            "La liste « à ne jamais écrire » compte 2 noms.",
        ],
    },
    Row {
        id: "search-count",
        fixed: &[],
        counts: &["count"],
        said: ["0 résultat", "1 résultat", "2 résultats"],
    },
    Row {
        id: "draft-line",
        fixed: &[],
        counts: &["sections", "exports"],
        said: ["0 section · jamais exporté", "1 section · exporté une fois", "2 sections · exporté 2 fois"],
    },
    Row {
        id: "demo-check",
        fixed: &[],
        counts: &["total", "bad"],
        said: [
            "Vérification : 0 fiche déchiffrée, 0 abîmée.",
            "Vérification : 1 fiche déchiffrée, 1 abîmée.",
            "Vérification : 2 fiches déchiffrées, 2 abîmées.",
        ],
    },
    Row {
        id: "review-cli-removed",
        fixed: &[],
        counts: &["count"],
        said: [
            "Aucun élément ne sera retiré.",
            "Un élément sera retiré (nom, coordonnée, numéro…).",
            "2 éléments seront retirés (noms, coordonnées, numéros…).",
        ],
    },
    Row {
        id: "settings-autolock",
        fixed: &[],
        counts: &["minutes"],
        said: [
            "Verrouillage après 0 minute sans frappe",
            "Verrouillage après 1 minute sans frappe",
            "Verrouillage après 2 minutes sans frappe",
        ],
    },
];

const ENGLISH: &[Row] = &[
    Row {
        id: "err-damaged-records",
        fixed: &[("names", "meeting 3f2a")],
        counts: &["count"],
        said: [
            "0 records are damaged: meeting 3f2a. An archive must hold the whole council: none was written.",
            "One record is damaged: meeting 3f2a. An archive must hold the whole council: none was written.",
            "2 records are damaged: meeting 3f2a. An archive must hold the whole council: none was written.",
        ],
    },
    Row {
        id: "minutes-attendance",
        fixed: &[],
        counts: &["present", "guests"],
        said: [
            "Attendance: no member marked and no guests",
            "Attendance: 1 member and 1 guest",
            "Attendance: 2 members and 2 guests",
        ],
    },
    Row {
        id: "dash-meeting-detail",
        fixed: &[],
        counts: &["items", "present"],
        said: [
            "0 agenda items · 0 members marked present",
            "1 agenda item · 1 member marked present",
            "2 agenda items · 2 members marked present",
        ],
    },
    Row {
        id: "check-ok",
        fixed: &[],
        counts: &["total"],
        said: [
            "Everything is readable and intact (0 records).",
            "Everything is readable and intact (1 record).",
            "Everything is readable and intact (2 records).",
        ],
    },
    Row {
        id: "return-merged",
        fixed: &[],
        counts: &["count"],
        said: [
            "Return slip merged: 0 tasks updated.",
            "Return slip merged: 1 task updated.",
            "Return slip merged: 2 tasks updated.",
        ],
    },
    Row {
        id: "draft-history-line",
        fixed: &[("month", "March 2026"), ("audience", "general public")],
        counts: &["count"],
        said: [
            "March 2026 — general public — 0 quotes",
            "March 2026 — general public — 1 quote",
            "March 2026 — general public — 2 quotes",
        ],
    },
    Row {
        id: "never-write-count",
        fixed: &[],
        counts: &["total"],
        said: [
            "The \"never write\" list holds 0 names.",
            "The \"never write\" list holds 1 name.",
            "The \"never write\" list holds 2 names.",
        ],
    },
    Row { id: "search-count", fixed: &[], counts: &["count"], said: ["0 results", "1 result", "2 results"] },
    Row {
        id: "draft-line",
        fixed: &[],
        counts: &["sections", "exports"],
        said: ["0 sections · never exported", "1 section · exported once", "2 sections · exported 2 times"],
    },
    Row {
        id: "demo-check",
        fixed: &[],
        counts: &["total", "bad"],
        said: [
            "Check: 0 records decrypted, 0 damaged.",
            "Check: 1 record decrypted, 1 damaged.",
            "Check: 2 records decrypted, 2 damaged.",
        ],
    },
    Row {
        id: "notes-warnings",
        fixed: &[("kinds", "a phone number")],
        counts: &["count"],
        said: [
            "⚠ 0 identifying items: a phone number — [Ctrl-R] replace with a marker",
            "⚠ 1 identifying item: a phone number — [Ctrl-R] replace with a marker",
            "⚠ 2 identifying items: a phone number — [Ctrl-R] replace with a marker",
        ],
    },
    Row {
        id: "review-cli-removed",
        fixed: &[],
        counts: &["count"],
        said: [
            "No item will be removed.",
            "One item will be removed (a name, a contact detail, a number…).",
            "2 items will be removed (names, contact details, numbers…).",
        ],
    },
    Row {
        id: "settings-autolock",
        fixed: &[],
        counts: &["minutes"],
        said: [
            "Locks after 0 minutes without a key",
            "Locks after 1 minute without a key",
            "Locks after 2 minutes without a key",
        ],
    },
];

fn check(lang: Lang, rows: &[Row]) {
    let l = loader_for(lang);
    for row in rows {
        for (n, want) in row.said.iter().enumerate() {
            let got = render(&l, row.id, row.fixed, row.counts, n as i64);
            assert_eq!(&got, want, "{lang:?} {} with {n}", row.id);
        }
    }
}

#[test]
fn french_nouns_agree_with_counts() {
    check(Lang::Fr, FRENCH);
}

#[test]
fn english_nouns_agree_with_counts() {
    check(Lang::En, ENGLISH);
}

/// The English file's messages, as (id, text) with continuation lines
/// joined; comments left out.
fn english_messages() -> Vec<(String, String)> {
    let file = Localizations::get("en/conseil.ftl").map(|f| f.data.into_owned()).unwrap_or_default();
    let text = String::from_utf8_lossy(&file).into_owned();
    let mut out: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        match (line.starts_with(' '), out.last_mut()) {
            (true, Some((_, body))) => {
                body.push('\n');
                body.push_str(line.trim());
            }
            _ => {
                if let Some((id, body)) = line.split_once(" = ") {
                    out.push((id.to_string(), body.to_string()));
                } else if let Some(id) = line.strip_suffix(" =") {
                    out.push((id.to_string(), String::new()));
                }
            }
        }
    }
    out
}

/// The first French-spaced punctuation in `text`: a word, a space, then
/// ":", ";", "?" or "!" ending the clause ("Adopter ?"). A key named in
/// running text ("Esc or ?: close") is not punctuation.
fn spaced_punctuation(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(4)
        .find_map(|w| {
            let clause_end = w[3].is_whitespace() || w[3] == '"';
            (!w[0].is_whitespace() && w[1] == ' ' && matches!(w[2], ':' | ';' | '?' | '!') && clause_end)
                .then(|| w[..3].iter().collect())
        })
        .or_else(|| {
            // At the very end of a message.
            let n = chars.len();
            (n >= 3
                && chars[n - 2] == ' '
                && matches!(chars[n - 1], ':' | ';' | '?' | '!')
                && !chars[n - 3].is_whitespace())
            .then(|| chars[n - 3..].iter().collect())
        })
}

/// Whether `text` writes a time the French way ("9h15", "14h").
fn has_french_time(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(2).enumerate().any(|(i, w)| {
        let before_is_word = i > 0 && chars[i - 1].is_alphabetic();
        w[0].is_ascii_digit() && w[1] == 'h' && !before_is_word && chars.get(i + 2).is_none_or(|c| !c.is_alphabetic())
    })
}

#[test]
fn english_messages_use_english_punctuation_and_times() {
    let messages = english_messages();
    assert!(messages.len() > 300, "English file not read");
    let mut wrong = Vec::new();
    for (id, body) in &messages {
        // Fluent syntax (`{ $x ->`, `[one]`) is not text; placeables'
        // surrounding spaces are checked through the joined text.
        if let Some(bad) = spaced_punctuation(body) {
            wrong.push(format!("{id}: {bad:?} in {body:?}"));
        }
        for bad in ["«", "»"] {
            if body.contains(bad) {
                wrong.push(format!("{id}: {bad:?} in {body:?}"));
            }
        }
        if has_french_time(body) {
            wrong.push(format!("{id}: French time in {body:?}"));
        }
    }
    assert!(wrong.is_empty(), "French conventions in English messages:\n{}", wrong.join("\n"));
}

#[test]
fn french_spacing_is_recognised() {
    assert_eq!(spaced_punctuation("Adopter les minutes ?").as_deref(), Some("s ?"));
    assert_eq!(spaced_punctuation("Erreur : rien").as_deref(), Some("r :"));
    assert_eq!(spaced_punctuation("Write it? Yes; no: maybe!"), None);
    assert_eq!(spaced_punctuation("Esc or ?: close the help"), None);
}

#[test]
fn french_times_are_recognised() {
    assert!(has_french_time("e.g. 9h15-10h30"));
    assert!(has_french_time("at 14h"));
    assert!(!has_french_time("e.g. 9:15-10:30"));
    assert!(!has_french_time("the 4th item, 20×5"));
}

#[test]
fn english_file_is_read_by_message() {
    let messages = english_messages();
    let slot = messages.iter().find(|(id, _)| id == "rec-slot").map(|(_, b)| b.as_str());
    assert_eq!(slot, Some("Write the slot like 9:15-10:30."));
    let loader = loader_for(Lang::En);
    assert!(loader.current_languages().iter().any(|l| l.language.as_str() == "en"));
}
