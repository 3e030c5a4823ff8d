//! Advocacy exports: planted identifiers of every kind, pseudonyms of
//! members who did not opt in and record ids never reach the output, in any
//! format; consent rules hold; the report counts what was planted; default
//! templates are snapshot-tested; HTML is escaped.

use conseil::domain::*;
use conseil::export::{build, render, Format, Sources};
use conseil::i18n::Lang;
use conseil::privacy::PiiKind;
use time::macros::date;

/// Identifiers planted in texts, with their kind.
const PLANTED: [(&str, PiiKind); 13] = [
    ("marie.canari@exemple.fr", PiiKind::Email),
    ("06 98 76 54 32", PiiKind::Phone),
    ("(514) 555-0142", PiiKind::Phone),
    ("1 85 05 78 006 084 91", PiiKind::Nir),
    ("046 454 286", PiiKind::Sin),
    ("TREM 5812 1512", PiiKind::Ramq),
    ("FR76 3000 6000 0112 3456 7890 189", PiiKind::Iban),
    ("H2X 1Y4", PiiKind::PostalCode),
    ("12 rue des Canaris", PiiKind::Address),
    ("https://facebook.com/canari.prive", PiiKind::Url),
    ("192.168.40.12", PiiKind::Ip),
    ("@canari_prive", PiiKind::Handle),
    ("Jean Canardeau", PiiKind::PersonName),
];

struct Fixture {
    draft: AdvocacyDraft,
    contributions: Vec<Contribution>,
    members: Vec<Member>,
}

fn member(pseudonym: &str, credit: bool) -> Member {
    let mut m = Member::new(RecordId::random(), pseudonym).unwrap();
    m.credit_in_exports = credit;
    m
}

fn contribution(author: &Member, level: ConsentLevel, text: &str, withdrawn: bool) -> Contribution {
    Contribution {
        id: RecordId::random(),
        revision: 1,
        author: Author::Member(author.id),
        meeting: None,
        group: None,
        kind: ContributionKind::Testimony,
        text: text.to_string(),
        themes: vec!["accès".into()],
        consent: Consent {
            level,
            given_on: date!(2026 - 01 - 10),
            expires_on: None,
            withdrawn_on: withdrawn.then_some(date!(2026 - 06 - 01)),
        },
        consent_history: Vec::new(),
    }
}

/// A draft whose sections and quotes carry every planted identifier, the
/// pseudonyms of non-consenting members, and contributions of every
/// consent state.
fn fixture() -> Fixture {
    let hidden = member("Passereau", false);
    let other_hidden = member("Tournesol", false);
    let credited = member("Héron", true);
    let planted_text: Vec<String> = PLANTED.iter().map(|(t, _)| format!("voir {t} ici")).collect();
    let quote = contribution(
        &hidden,
        ConsentLevel::Quote,
        &format!("Mon voisin Jean Canardeau m'a donné le {}. Tournesol était là.", PLANTED[1].0),
        false,
    );
    let credited_quote = contribution(&credited, ConsentLevel::Quote, "On m'a enfin écouté.", false);
    let paraphrase =
        contribution(&hidden, ConsentLevel::Paraphrase, "PARAPHRASE-SECRETE ne doit pas être collée", false);
    let council_only = contribution(&hidden, ConsentLevel::CouncilOnly, "CONSEIL-SEULEMENT reste ici", false);
    let withdrawn = contribution(&other_hidden, ConsentLevel::Quote, "RETIREE ne sort plus", true);
    let body = format!(
        "Le 12 mars 2026, Passereau et Héron ont témoigné.\n\n{}\n\nIdentifiant interne : {}",
        planted_text.join(" ; "),
        quote.id
    );
    let draft = AdvocacyDraft {
        id: RecordId::random(),
        revision: 1,
        title: "Pour un accueil digne <script>alert(1)</script>".into(),
        audience: Audience::DecisionMakers,
        language: Language::Fr,
        sections: vec![
            DraftSection {
                heading: "Ce que vivent les personnes".into(),
                body,
                contributions: vec![quote.id, credited_quote.id, paraphrase.id, council_only.id, withdrawn.id],
            },
            DraftSection {
                heading: "Recommandations & suites".into(),
                body: "Nommer une personne de référence.".into(),
                contributions: vec![],
            },
        ],
        exports: vec![],
    };
    Fixture {
        draft,
        contributions: vec![quote, credited_quote, paraphrase, council_only, withdrawn],
        members: vec![hidden, other_hidden, credited],
    }
}

fn built(f: &Fixture) -> conseil::export::Built {
    let sources = Sources { contributions: &f.contributions, members: &f.members, never_write: None, dismissed: None };
    build(&f.draft, &sources, date!(2026 - 11 - 22), Lang::Fr)
}

#[test]
fn no_canary_pseudonym_or_id_in_any_format() {
    let f = fixture();
    let b = built(&f);
    for format in [Format::Markdown, Format::Html, Format::Text] {
        let out = render(&b.document, Lang::Fr, format, None).unwrap();
        for (canary, kind) in PLANTED {
            assert!(!out.contains(canary), "{kind:?} {canary} leaked in {format:?}:\n{out}");
        }
        for pseudonym in ["Passereau", "Tournesol"] {
            assert!(!out.contains(pseudonym), "{pseudonym} leaked in {format:?}");
        }
        for c in &f.contributions {
            assert!(!out.contains(&c.id.to_string()), "record id leaked in {format:?}");
        }
        assert!(!out.contains(&f.draft.id.to_string()));
        for absent in ["PARAPHRASE-SECRETE", "CONSEIL-SEULEMENT", "RETIREE"] {
            assert!(!out.contains(absent), "{absent} must not be exported ({format:?})");
        }
        assert!(!out.contains("12 mars 2026"), "dates stay at month precision");
        assert!(out.contains("Héron"), "a member who opted in is credited by pseudonym");
        assert!(out.contains("un·e membre du conseil"), "others get a neutral attribution");
        assert!(out.contains("[téléphone retiré]"));
    }
}

#[test]
fn the_report_counts_what_was_planted_and_what_consent_left_out() {
    let b = built(&fixture());
    let r = &b.report;
    // The body carries each planted identifier once; the quote a name and
    // the second phone number.
    let mut expected = std::collections::BTreeMap::new();
    for (_, kind) in PLANTED {
        *expected.entry(kind).or_insert(0usize) += 1;
    }
    *expected.entry(PiiKind::PersonName).or_insert(0) += 1;
    *expected.entry(PiiKind::Phone).or_insert(0) += 1;
    assert_eq!(r.total.removed, expected);
    assert_eq!((r.quotes, r.paraphrase_material, r.excluded_council_only, r.excluded_withdrawn), (2, 1, 1, 1));
    assert_eq!(r.pseudonyms_neutralised, 2, "Passereau in the body, Tournesol in the quote");
    assert_eq!(r.dates_coarsened, 1);
    assert_eq!(b.used.len(), 2, "the history records the two quotes used");
    assert_eq!(r.by_section.len(), 2);
    let report = format!("{r:?}");
    for (canary, _) in PLANTED {
        assert!(!report.contains(canary), "the report must never hold removed text");
    }
}

#[test]
fn html_export_is_escaped() {
    let b = built(&fixture());
    let html = render(&b.document, Lang::Fr, Format::Html, None).unwrap();
    assert!(html.contains("&lt;script&gt;"), "{html}");
    assert!(!html.contains("<script>"));
    assert!(html.contains("Recommandations &amp; suites"));
    assert!(html.starts_with("<!DOCTYPE html>"));
}

#[test]
fn user_templates_replace_the_defaults() {
    let b = built(&fixture());
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("fr")).unwrap();
    std::fs::write(dir.path().join("fr/plaidoyer.md"), "PERSO {{ title }} ({{ sections | length }})").unwrap();
    let out = render(&b.document, Lang::Fr, Format::Markdown, Some(dir.path())).unwrap();
    assert!(out.starts_with("PERSO Pour un accueil digne"), "{out}");
    std::fs::write(dir.path().join("fr/plaidoyer.md"), "{% for %}").unwrap();
    let err = render(&b.document, Lang::Fr, Format::Markdown, Some(dir.path())).unwrap_err();
    assert!(err.name.contains("plaidoyer.md"));
}

#[test]
fn default_templates_in_both_languages() {
    let f = fixture();
    let sources = Sources { contributions: &f.contributions, members: &f.members, never_write: None, dismissed: None };
    for lang in [Lang::Fr, Lang::En] {
        let b = build(&f.draft, &sources, date!(2026 - 11 - 22), lang);
        let code = if lang == Lang::Fr { "fr" } else { "en" };
        for (format, ext) in [(Format::Markdown, "md"), (Format::Html, "html"), (Format::Text, "txt")] {
            let out = render(&b.document, lang, format, None).unwrap();
            insta::assert_snapshot!(format!("plaidoyer_{code}_{ext}"), out);
        }
    }
}

#[test]
fn a_quote_whose_consent_changed_to_paraphrase_is_no_longer_quoted_nor_pasted() {
    let mut f = fixture();
    let words = "Je voulais qu'on me demande mon avis avant de décider pour moi, chaque fois.";
    let mesange = member("Mésange", true);
    let c = contribution(&mesange, ConsentLevel::Quote, words, false);
    f.draft.sections[1].contributions.push(c.id);
    f.draft.sections[1].body = format!("Nommer une personne de référence.\n\n« {words} »");
    f.contributions.push(c.clone());
    f.members.push(mesange);
    let out = |f: &Fixture| {
        let b = built(f);
        (render(&b.document, Lang::Fr, Format::Markdown, None).unwrap(), b)
    };
    let (before, b) = out(&f);
    assert_eq!(before.matches(words).count(), 2, "quoted and pasted while consent allows it:\n{before}");
    assert!(b.used.contains(&c.id));
    assert_eq!((b.report.quotes, b.report.pasted_quoted), (3, 1));
    // Mésange now allows paraphrase only: the level in force decides.
    let changed = f.contributions.iter_mut().find(|x| x.id == c.id).unwrap();
    assert!(changed.change_consent(ConsentLevel::Paraphrase, date!(2026 - 11 - 01)).unwrap());
    let (after, b) = out(&f);
    assert!(!after.contains(words), "neither quoted nor pasted any more:\n{after}");
    assert!(!after.contains("Je voulais qu'on me demande"), "{after}");
    assert!(!b.used.contains(&c.id), "and not recorded as used");
    assert_eq!((b.report.quotes, b.report.paraphrase_material), (2, 2));
    assert_eq!((b.report.pasted_quoted, b.report.pasted_refused), (0, 1));
}
