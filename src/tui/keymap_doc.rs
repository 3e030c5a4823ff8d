//! `docs/keymap.md`, generated from the keymap tables so that the document
//! cannot drift from the keys that work (a test compares them).

use i18n_embed::fluent::FluentLanguageLoader;

use super::keymap::{Keymap, Mode};
use crate::i18n::{loader_for, Lang};

/// Modes in the order of the document, with their headings.
const SECTIONS: [(Mode, &str); 22] = [
    (Mode::Unlock, "Déverrouillage / Unlock"),
    (Mode::Dashboard, "Accueil / Home"),
    (Mode::Meetings, "Rencontres / Meetings"),
    (Mode::Minutes, "Procès-verbal : ordre du jour / Minutes: agenda"),
    (Mode::MinutesLines, "Procès-verbal : lignes du point / Minutes: lines of the item"),
    (Mode::Adopted, "Procès-verbal adopté / Adopted minutes"),
    (Mode::Notes, "Notes en cours de frappe / Typing notes"),
    (Mode::Board, "Tâches / Tasks"),
    (Mode::TaskDetail, "Détail d'une tâche / Task detail"),
    (Mode::Contributions, "Contributions"),
    (Mode::Members, "Membres / Members"),
    (Mode::Groups, "Groupes de travail / Working groups"),
    (Mode::Drafts, "Plaidoyers / Advocacy drafts"),
    (Mode::Settings, "Réglages / Settings"),
    (Mode::Archives, "Archives"),
    (Mode::Form, "Formulaires / Forms"),
    (Mode::Review, "Relecture avant export / Review before export"),
    (Mode::Picker, "Présences / Attendance"),
    (Mode::Gaps, "Ce qui manque avant l'adoption / What adoption misses"),
    (Mode::Search, "Recherche / Search"),
    (Mode::Confirm, "Confirmation"),
    (Mode::Help, "Aide / Help"),
];

fn label(l: &FluentLanguageLoader, name: &str) -> String {
    l.get(&format!("key-{name}"))
}

/// The whole document for `keymap`.
pub fn markdown(keymap: &Keymap) -> String {
    let (fr, en) = (loader_for(Lang::Fr), loader_for(Lang::En));
    let mut out = String::from(
        "# Touches / Keys\n\n\
         Généré depuis la table des touches (`src/tui/keymap.rs`) ; un test vérifie que ce fichier est à jour. \
         Les touches se changent dans `config.toml`, section `[keys]` (nom de la commande = touche, partout) \
         ou `[keys.<écran>]` (pour un seul écran, par ex. `[keys.board]` ; le nom de l'écran est entre \
         parenthèses dans chaque titre).\n\n\
         Generated from the keymap table (`src/tui/keymap.rs`); a test checks this file is current. \
         Keys can be changed in `config.toml`, section `[keys]` (command name = key, everywhere) or \
         `[keys.<screen>]` (one screen only, e.g. `[keys.board]`; the screen's name is in brackets in each \
         heading).\n",
    );
    for (mode, heading) in SECTIONS {
        out.push_str(&format!(
            "\n## {heading} (`{}`)\n\n| Touche / Key | Action | Action (en) | `[keys]` |\n|---|---|---|---|\n",
            mode.name()
        ));
        for (key, command) in keymap.bindings(mode) {
            let name = command.name();
            out.push_str(&format!(
                "| `{}` | {} | {} | `{name}` |\n",
                key.label(false),
                label(&fr, &name),
                label(&en, &name)
            ));
        }
    }
    out
}
