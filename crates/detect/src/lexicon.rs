//! The lexicon: about a million folded words, each with what it can be (a
//! given name, a surname, a common French or English word, a place…), as
//! one finite-state transducer built from openly licensed lists (see
//! `lexicon/SOURCES.md`). It is embedded in the binary and read in place.

use std::sync::LazyLock;

use fst::{IntoStreamer, Map, Streamer};

use crate::cues::Lists;

/// What a word can be; several at once ("Rose": given name and common word).
///
/// Thirteen bits are used; they are held in 32 (the transducer stores
/// 64-bit values) so that every word's token, copied for each word of a
/// text and read by every pass of the name finder, stays smaller. A test
/// checks that no value of the lexicon has a bit above them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags(pub u32);

impl Flags {
    /// A given name (INSEE, US census, Faker's locales).
    pub const GIVEN: u32 = 1;
    /// Among the most frequent given names.
    pub const GIVEN_TOP: u32 = 1 << 1;
    /// A surname.
    pub const SURNAME: u32 = 1 << 2;
    /// Among the most frequent surnames.
    pub const SURNAME_TOP: u32 = 1 << 3;
    /// A person's name of unknown role (given name or surname).
    pub const NAME: u32 = 1 << 4;
    /// A capitalised entry of a spelling dictionary: a person or a place.
    pub const PROPER: u32 = 1 << 5;
    /// A headword of the French spelling dictionary: a common word.
    pub const FR_LEMMA: u32 = 1 << 6;
    /// Any inflected French word.
    pub const FR_FORM: u32 = 1 << 7;
    /// A common English word (SCOWL levels up to 35).
    pub const EN_COMMON: u32 = 1 << 8;
    /// Any English word.
    pub const EN_FORM: u32 = 1 << 9;
    /// A town, city, region, province, country or community.
    pub const PLACE: u32 = 1 << 10;
    /// A large place (15,000 people or more, a region, a country).
    pub const PLACE_BIG: u32 = 1 << 11;
    /// A country, a province, a state or a region.
    pub const COUNTRY: u32 = 1 << 12;

    /// The flags a transducer value holds (every bit the lexicon sets fits;
    /// see the test `every_value_fits_the_flags`).
    fn from_value(value: u64) -> Self {
        Self(u32::try_from(value).unwrap_or(u32::MAX))
    }

    /// Whether every bit of `mask` is set.
    pub fn has(self, mask: u32) -> bool {
        self.0 & mask == mask
    }

    /// Whether any bit of `mask` is set.
    pub fn any(self, mask: u32) -> bool {
        self.0 & mask != 0
    }

    /// Nothing known about the word.
    pub fn is_unknown(self) -> bool {
        self.0 == 0
    }

    /// A given name.
    pub fn given(self) -> bool {
        self.any(Self::GIVEN)
    }

    /// Any kind of person's name.
    pub fn person(self) -> bool {
        self.any(Self::GIVEN | Self::SURNAME | Self::NAME)
    }

    /// A common word by the lexicon alone: a common English word, or a
    /// French headword that is not a frequent given name (the French
    /// dictionary lists many given names as rare nouns: « isabelle », a
    /// horse's coat). [`crate::names`] adds the hand-written list of
    /// given names that are everyday words.
    pub fn common(self) -> bool {
        self.any(Self::EN_COMMON) || self.any(Self::FR_LEMMA) && !self.any(Self::GIVEN_TOP)
    }

    /// Any dictionary word, common or rare, inflected or not.
    pub fn word(self) -> bool {
        self.any(Self::FR_LEMMA | Self::FR_FORM | Self::EN_COMMON | Self::EN_FORM)
    }

    /// A place.
    pub fn place(self) -> bool {
        self.any(Self::PLACE)
    }
}

/// Whether a folded word with these flags is an everyday word: the
/// lexicon's own judgement ([`Flags::common`]) or one of the given names
/// that everyone also uses as a word (« rose », "hope").
pub fn common(folded: &str, flags: Flags) -> bool {
    flags.common() || crate::cues::COMMON_NAMES.contains(folded)
}

/// `lexicon/SOURCES.md`: every list the lexicon is built from, what is
/// taken, under which licence, and the notices those licences ask for. It
/// is embedded so that the notices travel with the lexicon in every binary.
pub const SOURCES: &str = include_str!("../lexicon/SOURCES.md");

/// The notices and attributions that the lexicon's licences ask every copy
/// to carry: the *Notices* section of [`SOURCES`], to its end (the whole
/// file should the heading ever be renamed, so nothing is lost).
pub fn notices() -> &'static str {
    SOURCES.find("\n## Notices\n").map_or(SOURCES, |at| &SOURCES[at + 1..])
}

static LEXICON: LazyLock<Option<Map<&'static [u8]>>> =
    LazyLock::new(|| Map::new(&include_bytes!("../data/lexicon.fst")[..]).ok());

thread_local! {
    /// Words already looked up on this thread, with the lists they are on:
    /// text repeats its words, and a hash probe costs a tenth of a walk
    /// through the transducer.
    static SEEN: std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, (Flags, Lists)>> = Default::default();
}

/// Entries kept in the per-thread cache before it starts afresh.
const SEEN_MAX: usize = 200_000;

/// What the lexicon knows of a folded word (see [`crate::fold`]).
pub fn lookup(folded: &str) -> Flags {
    lookup_word(folded).0
}

/// What the lexicon knows of a folded word and which of the closed lists
/// of [`crate::cues`] it is on, in one probe of the per-thread cache.
pub fn lookup_word(folded: &str) -> (Flags, Lists) {
    SEEN.with(|seen| {
        if let Some(found) = seen.borrow().get(folded) {
            return *found;
        }
        let f = LEXICON.as_ref().and_then(|m| m.get(folded)).map_or(Flags::default(), Flags::from_value);
        let found = (f, crate::cues::lists_of(folded));
        let mut seen = seen.borrow_mut();
        if seen.len() >= SEEN_MAX {
            seen.clear();
        }
        seen.insert(folded.into(), found);
        found
    })
}

/// Whether `prefix` (folded, three letters or more) is cut from a longer
/// frequent given name that is no word: « kev » from "kevin", « quent »
/// from « quentin ». Text messages clip names, and a clipped name is in no
/// list. Walks the transducer's range of words that start with `prefix`,
/// so it is kept for the rare words context already makes likely names.
pub fn clips_a_given_name(prefix: &str) -> bool {
    let Some(map) = LEXICON.as_ref() else { return false };
    if prefix.chars().count() < 3 || !prefix.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    // The words starting with `prefix` sort before `prefix` with its last
    // byte raised by one (ASCII, so no carry).
    let mut end = prefix.as_bytes().to_vec();
    if let Some(last) = end.last_mut() {
        *last += 1;
    }
    let mut words = map.range().gt(prefix).lt(&end).into_stream();
    while let Some((_, value)) = words.next() {
        let f = Flags::from_value(value);
        if f.has(Flags::GIVEN | Flags::GIVEN_TOP) && !f.word() {
            return true;
        }
    }
    false
}

/// Whether the embedded lexicon loaded (a build without it detects far
/// less; a test checks it never happens).
pub fn loaded() -> bool {
    LEXICON.is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lexicon_knows_names_words_and_places() {
        assert!(loaded());
        assert!(lookup("aminata").given());
        assert!(lookup("tremblay").any(Flags::SURNAME));
        assert!(lookup("pierre").given() && common("pierre", lookup("pierre")));
        assert!(lookup("maison").common() && !lookup("maison").given());
        assert!(lookup("villeurbanne").place());
        assert!(lookup("zzqxj").is_unknown());
    }

    #[test]
    fn every_value_fits_the_flags() {
        let Some(map) = LEXICON.as_ref() else { panic!("the lexicon did not load") };
        let mut all = 0u64;
        let mut words = map.stream();
        while let Some((_, value)) = words.next() {
            all |= value;
        }
        assert_eq!(all >> 13, 0, "a lexicon value has a bit no flag names: {all:#x}");
    }

    #[test]
    fn the_notices_are_the_sources_last_section() {
        let n = notices();
        assert!(n.starts_with("## Notices\n") && n.len() < SOURCES.len());
        for needed in ["INSEE", "GeoNames", "Permission is hereby granted", "Kevin Atkinson", "Mozilla Public"] {
            assert!(n.contains(needed), "the notices lack {needed}");
        }
    }
}
