//! Word pools of the demo council, in the voice of the seed documents.
//! Pseudonyms only; no sentence names a person, a place of residence or a
//! contact.

use crate::domain::ItemKind;

/// Pseudonyms of the members.
pub const PSEUDONYMS: &[&str] = &[
    "Colibri", "Héron", "Mésange", "Saule", "Boréal", "Luciole", "Cèdre", "Azur", "Galet", "Pivoine", "Ruisseau",
    "Sirocco",
];

/// Working groups and what they are for.
pub const GROUPS: &[(&str, &str)] = &[
    ("Communication", "Faire connaître le conseil et ses avis, en langage clair."),
    ("Prise de parole et plaidoyer", "Préparer les prises de parole et rédiger les plaidoyers."),
    ("Recherche internationale", "Partager les savoirs expérientiels avec les partenaires d'autres pays."),
];

/// Month names for titles, with the elided "de" of French.
pub const MONTHS: [&str; 12] = [
    "de janvier",
    "de février",
    "de mars",
    "d'avril",
    "de mai",
    "de juin",
    "de juillet",
    "d'août",
    "de septembre",
    "d'octobre",
    "de novembre",
    "de décembre",
];

/// The usual agenda of a monthly council.
pub const AGENDA: &[(&str, ItemKind, &str)] = &[
    ("9h00-9h15", ItemKind::Welcome, "Accueil et café"),
    ("9h15-10h00", ItemKind::RoundTable, "Tour de table : nouvelles de chacun·e"),
    ("10h00-10h30", ItemKind::Plenary, "Retour des groupes de travail"),
    ("10h30-10h45", ItemKind::Break, "Pause"),
    ("10h45-11h30", ItemKind::Plenary, "Plénière : thème du mois"),
    ("11h30-12h00", ItemKind::Presentation, "Présentation d'un projet partenaire"),
    ("12h00-12h30", ItemKind::Plenary, "Décisions et suites à donner"),
    ("12h30-12h45", ItemKind::Other, "Évaluation de la rencontre"),
];

/// Lines of notes.
pub const NOTES: &[&str] = &[
    "Les membres souhaitent que leurs avis soient pris en compte avant les décisions, pas après.",
    "Échange sur le rétablissement : chacun·e a pu dire ce que le mot veut dire pour soi.",
    "Le groupe Communication présente la nouvelle affiche en langage clair.",
    "Plusieurs personnes rappellent le risque de participation alibi dans les instances.",
    "Retour sur la rencontre avec le CLSM : les usager·ères étaient invité·es mais sans droit de parole.",
    "Discussion sur la rémunération des consultant·es en savoir expérientiel.",
    "Le plan d'action en santé mentale cite le partenariat ; les membres demandent des exemples concrets.",
    "On note que l'accès aux services reste difficile le soir et la fin de semaine.",
    "Bilan de la formation des pairs aidant·es : très positif, à reconduire.",
    "Le CCOMS propose une collaboration pour une recherche internationale.",
];

/// Questions raised.
pub const QUESTIONS: &[&str] = &[
    "Comment s'assurer que nos recommandations reçoivent une réponse écrite ?",
    "Qui représente le conseil à la prochaine assemblée ?",
    "Peut-on obtenir le remboursement des frais de transport ?",
    "Quel délai pour relire le plaidoyer avant envoi ?",
];

/// Decisions taken.
pub const DECISIONS: &[&str] = &[
    "Le conseil adopte l'avis sur l'accueil aux urgences.",
    "Le plaidoyer sera envoyé aux élu·es en juin.",
    "Les rencontres auront lieu le deuxième jeudi du mois.",
    "Le conseil accepte de participer au comité de pilotage.",
];

/// Tasks and action items.
pub const TASKS: &[&str] = &[
    "Relire l'affiche en langage clair",
    "Préparer la prise de parole au conseil d'administration",
    "Rédiger la section « logement » du plaidoyer",
    "Traduire le résumé pour les partenaires internationaux",
    "Mettre à jour le dépliant du conseil",
    "Recenser les réponses reçues aux recommandations",
    "Organiser l'accueil des nouveaux membres",
];

/// Contributions.
pub const CONTRIBUTIONS: &[&str] = &[
    "Quand on m'a demandé mon avis pour la première fois, j'ai senti que j'existais autrement que comme un dossier.",
    "Il faudrait que chaque comité ait au moins deux personnes concernées, pour ne pas être seul·e face aux professionnel·les.",
    "Le rétablissement, ce n'est pas guérir, c'est reprendre du pouvoir sur sa vie.",
    "Les délais d'attente sont la première violence du système.",
    "Je recommande que les pair·es aidant·es soient payé·es comme les autres intervenant·es.",
    "On parle de partenariat mais les décisions sont déjà prises quand on arrive.",
    "Un accueil chaleureux change tout : un café, un prénom, du temps.",
    "La stigmatisation commence parfois dans les services eux-mêmes.",
];

/// Themes.
pub const THEMES: &[&str] = &[
    "rétablissement",
    "pouvoir d'agir",
    "partenariat",
    "stigmatisation",
    "accès aux services",
    "pair-aidance",
    "participation",
];
