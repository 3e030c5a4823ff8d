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

/// Which of the lists above a folded word is on, as bits: the name finder
/// asks a dozen lists about every word, so each word's answers are read
/// once (and kept with its lexicon flags in the per-thread cache) and then
/// tested as bits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Lists(pub u32);

impl Lists {
    /// On [`FUNCTION`].
    pub const FUNCTION: u32 = 1;
    /// On [`TITLES`].
    pub const TITLES: u32 = 1 << 1;
    /// On [`KIN`].
    pub const KIN: u32 = 1 << 2;
    /// On [`CUE_VERBS`].
    pub const CUE_VERBS: u32 = 1 << 3;
    /// On [`CUE_NOUNS`].
    pub const CUE_NOUNS: u32 = 1 << 4;
    /// On [`PLACE_BEFORE`].
    pub const PLACE_BEFORE: u32 = 1 << 5;
    /// On [`EPONYM_BEFORE`].
    pub const EPONYM_BEFORE: u32 = 1 << 6;
    /// On [`PLACE_AFTER_LOWER`].
    pub const PLACE_AFTER_LOWER: u32 = 1 << 7;
    /// On [`COMPOUND_PARTS`].
    pub const COMPOUND_PARTS: u32 = 1 << 8;
    /// On [`PLACE_AFTER`].
    pub const PLACE_AFTER: u32 = 1 << 9;
    /// On [`CALENDAR`].
    pub const CALENDAR: u32 = 1 << 10;
    /// On [`NEVER`].
    pub const NEVER: u32 = 1 << 11;
    /// On [`PARTICLES`].
    pub const PARTICLES: u32 = 1 << 12;
    /// On [`COMMON_NAMES`].
    pub const COMMON_NAMES: u32 = 1 << 13;
    /// On [`PERSON_VERBS`].
    pub const PERSON_VERBS: u32 = 1 << 14;
    /// On [`BRANDS`].
    pub const BRANDS: u32 = 1 << 15;
    /// On [`CUE_LINKS`].
    pub const CUE_LINKS: u32 = 1 << 16;
    /// On [`BRAND_WORDS`].
    pub const BRAND_WORDS: u32 = 1 << 17;

    /// Whether the word is on the list `bit`.
    pub fn has(self, bit: u32) -> bool {
        self.0 & bit != 0
    }
}

/// Every listed word with the bits of the lists it is on.
static LISTS: LazyLock<rustc_hash::FxHashMap<&'static str, u32>> = LazyLock::new(|| {
    let lists: [(&LazyLock<HashSet<&'static str>>, u32); 18] = [
        (&FUNCTION, Lists::FUNCTION),
        (&TITLES, Lists::TITLES),
        (&KIN, Lists::KIN),
        (&CUE_VERBS, Lists::CUE_VERBS),
        (&CUE_NOUNS, Lists::CUE_NOUNS),
        (&PLACE_BEFORE, Lists::PLACE_BEFORE),
        (&EPONYM_BEFORE, Lists::EPONYM_BEFORE),
        (&PLACE_AFTER_LOWER, Lists::PLACE_AFTER_LOWER),
        (&COMPOUND_PARTS, Lists::COMPOUND_PARTS),
        (&PLACE_AFTER, Lists::PLACE_AFTER),
        (&CALENDAR, Lists::CALENDAR),
        (&NEVER, Lists::NEVER),
        (&PARTICLES, Lists::PARTICLES),
        (&COMMON_NAMES, Lists::COMMON_NAMES),
        (&PERSON_VERBS, Lists::PERSON_VERBS),
        (&BRANDS, Lists::BRANDS),
        (&CUE_LINKS, Lists::CUE_LINKS),
        (&BRAND_WORDS, Lists::BRAND_WORDS),
    ];
    let mut map = rustc_hash::FxHashMap::default();
    for (set, bit) in lists {
        for word in set.iter() {
            *map.entry(*word).or_insert(0) |= bit;
        }
    }
    map
});

/// The lists a folded word is on.
pub fn lists_of(folded: &str) -> Lists {
    Lists(LISTS.get(folded).copied().unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_bits_agree_with_the_lists() {
        for w in ["de", "mme", "tante", "chez", "rue", "lundi", "rose", "van", "zzqxj"] {
            let l = lists_of(w);
            assert_eq!(l.has(Lists::FUNCTION), FUNCTION.contains(w), "{w}");
            assert_eq!(l.has(Lists::TITLES), TITLES.contains(w), "{w}");
            assert_eq!(l.has(Lists::KIN), KIN.contains(w), "{w}");
            assert_eq!(l.has(Lists::PLACE_BEFORE), PLACE_BEFORE.contains(w), "{w}");
            assert_eq!(l.has(Lists::CALENDAR), CALENDAR.contains(w), "{w}");
            assert_eq!(l.has(Lists::COMMON_NAMES), COMMON_NAMES.contains(w), "{w}");
            assert_eq!(l.has(Lists::PARTICLES), PARTICLES.contains(w), "{w}");
        }
    }
}
