//! Quasi-identifiers, flagged for the secretary's review rather than
//! removed: stated ages (a child's too), towns and neighbourhoods (every
//! place the lexicon knows that is not a large city or a country), named
//! hospitals, clinics and schools, rare diagnoses. (Dates of personal
//! events are in `dates.rs`.)

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

use regex::Regex;

use super::{push_all, re};
use crate::cues::Lists;
use crate::lexicon::Flags;
use crate::zones::{captures_in, cut_regions, find_in, Reach};
use crate::{PiiKind, Span};

static AGE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\bj'ai|\bj’ai|\b(?:il|elle|iel|on|qui)\s+a|\bavait|(?:^|[^\p{L}])âgée?s?\s+de|(?:^|[^\p{L}])âgé·e\s+de|\b(?:homme|femme|personne|jeune|fille|garçon|mère|père)\s+de|\baged|\bi'm|\bi\s+am|\b(?:he|she|they)\s+(?:is|was)|\bturned)\s+(\d{1,3})\s?(?:ans|an|years?[\s\-]old|years?\b)",
    )
});
/// How far a stated age reaches around its digits, to search [`AGE`] in
/// the windows of [`crate::zones::Zones::windows_led`] rather than over the
/// whole text: led by two words at most (« il a », « âgée de », "she
/// was", « j'ai »), with the character before them that `(?:^|[^\p{L}])`
/// reads (four bytes at most), and followed by the unit (` years-old`,
/// eleven bytes at most).
const AGE_REACH: Reach = Reach { before: 4, after: 12, digits: 1 };

/// How far a child's age reaches around its digits, for
/// [`crate::zones::Zones::windows_around`]: led by the kin word and « de »,
/// `,` or `(` (two words, spaces of any length between), and ended by the
/// unit after spaces of any length (`years old`, `-year-old`: two words).
const CHILD_AGE_REACH: Reach = Reach { before: 0, after: 0, digits: 1 };

/// A child's or a relative's age: « son fils de 8 ans », « sa fille, 12
/// ans », "my 6-year-old", "her son (14)".
static CHILD_AGE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:fils|fille|filles|enfant|enfants|petit-fils|petite-fille|bébé|garçon|ado|son|daughter|child|kid|boy|girl|baby|grandson|granddaughter|nephew|niece|neveu|nièce)\s*(?:,|de|of|aged|âgée?|\()?\s*(\d{1,2})\s*(?:ans|an|mois|years?(?:[\s\-]old)?|months?|\))|\b(\d{1,2})[\s\-]year[\s\-]old\b",
    )
});
static INSTITUTION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[^\p{L}])((?i:hôpital|hopital|clinique|centre\s+hospitalier|CHU|CHUM|CHSLD|CLSC|institut|hospital|clinic|école|ecole|collège|college|lycée|lycee|cégep|cegep|polyvalente|maternelle|université|universite|university|school|foyer|ehpad)\s+(?:(?i:de\s+la|de|du|des|d'|la|le|l')\s*)?[\p{Lu}][\p{L}'\-]+(?:[\s\-](?:[\p{Lu}][\p{L}'\-]+|de|du|la))*)",
    )
});
/// Hospitals named by an acronym alone (the generic "CHU", "CLSC" are not
/// names and do not fire on their own).
static NAMED_ACRONYM: LazyLock<Regex> = LazyLock::new(|| re(r"\b(?:CHUM|CHUS|CHUQ|CHUL|CHUV|AP-HP|HEGP|IUSMM)\b"));
static TOWNS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../data/towns.txt").lines().filter(|l| !l.starts_with('#')).flat_map(str::split_whitespace).collect()
});
/// Any of the [`TOWNS`] written anywhere (a literal search, far cheaper
/// than reading every capitalised word with [`PLACE_WORD`]): only the
/// stretches around these hits can hold a town word.
static TOWN_HITS: LazyLock<Regex> = LazyLock::new(|| {
    let mut towns: Vec<&str> = TOWNS.iter().copied().collect();
    towns.sort_unstable();
    re(&towns.iter().map(|t| regex::escape(t)).collect::<Vec<_>>().join("|"))
});
static DIAGNOSIS: LazyLock<Regex> = LazyLock::new(|| {
    let names: Vec<String> = include_str!("../data/diagnoses.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(regex::escape)
        .collect();
    // No closing boundary: names may end with an accented letter.
    re(&format!(r"(?i)\b(?:{})", names.join("|")))
});
static PLACE_WORD: LazyLock<Regex> = LazyLock::new(|| re(r"[\p{Lu}][\p{L}'\-]+"));

/// Bytes no match of [`PLACE_WORD`] holds: ASCII other than letters, the
/// apostrophe and the hyphen.
fn outside_place_word(b: u8) -> bool {
    b.is_ascii() && !(b.is_ascii_alphabetic() || b == b'\'' || b == b'-')
}

/// The stretches around each town written in `text`, out to bytes no
/// [`PLACE_WORD`] holds: a capitalised word that is a town overlaps such
/// a hit, so it lies in one of them.
fn town_regions(text: &str) -> Vec<(usize, usize)> {
    cut_regions(text, TOWN_HITS.find_iter(text).map(|m| (m.start(), m.end())), 0, outside_place_word)
}

/// Finds quasi-identifiers; `tokens` are the text's words (for places),
/// `zones` its digit zones.
pub fn find(text: &str, tokens: &[crate::tokens::Token<'_>], zones: &crate::zones::Zones, out: &mut Vec<Span>) {
    // An age is written in digits.
    if !zones.is_empty() {
        let ages = captures_in(&AGE, text, &zones.windows_led(text, AGE_REACH, 2));
        out.extend(ages.iter().filter_map(|c| c.get(1)).map(|m| Span::new(PiiKind::Age, m.start(), m.end())));
        for c in captures_in(&CHILD_AGE, text, &zones.windows_around(text, CHILD_AGE_REACH, 2, 2)) {
            if let Some(m) = c.get(1).or_else(|| c.get(2)) {
                out.push(Span::new(PiiKind::Age, m.start(), m.end()));
            }
        }
    }
    for m in INSTITUTION.captures_iter(text).filter_map(|c| c.get(1)) {
        // Trailing connectors ("de", "la") belong to the next words.
        let trimmed = m.as_str().trim_end_matches([' ', '-']);
        let trimmed = trimmed.strip_suffix(" de").or_else(|| trimmed.strip_suffix(" du")).unwrap_or(trimmed);
        out.push(Span::new(PiiKind::Institution, m.start(), m.start() + trimmed.len()));
    }
    push_all(&NAMED_ACRONYM, text, PiiKind::Institution, out);
    for m in find_in(&PLACE_WORD, text, &town_regions(text)).iter().filter(|m| TOWNS.contains(m.as_str())) {
        out.push(Span::new(PiiKind::Place, m.start(), m.end()));
    }
    // A small town: where few people live, naming it narrows who is meant.
    for t in tokens.iter().filter(|t| t.shape == crate::tokens::Shape::Capital && !t.sentence_start) {
        let f = t.flags;
        if f.place() && !f.any(Flags::PLACE_BIG | Flags::COUNTRY) && !f.common() && !t.lists.has(Lists::FUNCTION) {
            out.push(Span::new(PiiKind::Place, t.core_start, t.core_end));
        }
    }
    push_all(&DIAGNOSIS, text, PiiKind::Diagnosis, out);
}
