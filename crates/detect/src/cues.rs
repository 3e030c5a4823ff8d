//! The closed lists the name finder reads context with, written for this
//! project from ordinary French and English usage, one file per list in
//! `data/words/` (folded: lower case, no accents; `#` starts a comment).

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// The words of a list file.
fn words(file: &'static str) -> HashSet<&'static str> {
    file.lines().map(|l| l.split('#').next().unwrap_or_default().trim()).filter(|l| !l.is_empty()).collect()
}

/// Articles, pronouns, prepositions, conjunctions, auxiliaries and the
/// most frequent adverbs and verbs: never a name, whatever the lexicons
/// say ("Le", "Elle", "He" are someone's name somewhere).
pub static FUNCTION: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../data/words/function.txt")));

/// Titles written before a name: the name follows, the title stays out of
/// the span.
pub static TITLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| words(include_str!("../data/words/titles.txt")));

/// Kin and role words: the capitalised word after them (or after their
/// "de") is a person: « sa tante Malika », « la TS de Ovila », "her son,
/// Kevin".
pub static KIN: LazyLock<HashSet<&'static str>> = LazyLock::new(|| words(include_str!("../data/words/kin.txt")));

/// Verbs and prepositions right after which a capitalised word is a
/// person: « chez X », « selon X », « contacter X », "Call X", "per X".
pub static CUE_VERBS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../data/words/cue-verbs.txt")));

/// Words after which a capitalised word is a person once a preposition
/// joins them: « appuyée par X », « témoignage de X », « écrire à X »,
/// "Message from X", "moved by X", "according to X".
pub static CUE_NOUNS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../data/words/cue-nouns.txt")));

/// Words after which a capitalised word names a place, a street or an
/// institution rather than a person: « rue Victor-Hugo », « Institut
/// Philippe-Pinel », « Fondation Jean-Lapointe », "Queen Street".
pub static PLACE_BEFORE: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../data/words/place-before.txt")));

/// Words right before a capitalised word that make it something named
/// after a person: « loi Evin », « rapport Laforcade », « prix Nobel ».
pub static EPONYM_BEFORE: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../data/words/eponym-before.txt")));

/// English words after a proper noun, even in lower case, that make it a
/// place: "Bloor-Yonge station", "the Jarry parks".
pub static PLACE_AFTER_LOWER: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../data/words/place-after-lower.txt")));

/// Prefixes of compound words (`co-write`, `ex-conjoint`, `anti-stigma`)
/// and the short words that end them (`drop-in`, `sign-up`, `jour-là`).
pub static COMPOUND_PARTS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../data/words/compound-parts.txt")));

/// Words after a capitalised word that make it a place or an institution:
/// "Queen Street", "St. Michael's Hospital".
pub static PLACE_AFTER: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../data/words/place-after.txt")));

/// Months, days and holidays: capitalised, never a person here.
pub static CALENDAR: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../data/words/calendar.txt")));

/// Words that are never a person here even capitalised: God, and the
/// capitalised words of forms and headings.
pub static NEVER: LazyLock<HashSet<&'static str>> = LazyLock::new(|| words(include_str!("../data/words/never.txt")));

/// Particles inside surnames: "de Villiers", "van der Berghe", "Ben Youssef".
pub static PARTICLES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../data/words/particles.txt")));

/// Given names that are also everyday French or English words, so that a
/// capitalised one needs context to be a name and a lower-case one is a
/// word: « une rose », « la pierre », « grâce à », « il se marie »,
/// « aimé de tous ». (The lexicon's English frequency levels already
/// mark the English ones; French has no frequency list openly licensed, so
/// the French ones are written here.)
pub static COMMON_NAMES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../data/words/common-names.txt")));

/// Verbs right after a word that make it a person doing something: « Avril
/// a pris les notes », « Jordan n'a plus de téléphone », "Ngozi said".
pub static PERSON_VERBS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../data/words/person-verbs.txt")));

/// Brands and businesses named after people: the whole name is a brand.
pub static BRANDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| words(include_str!("../data/words/brands.txt")));

/// The prepositions that join a [`CUE_NOUNS`] word to a name.
pub static CUE_LINKS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../data/words/cue-links.txt")));

/// Every word of every brand, to skip the brand check for other words.
pub static BRAND_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| BRANDS.iter().flat_map(|b| b.split(' ')).collect());
