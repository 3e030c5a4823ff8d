//! What a word can be, on its own: the lexicon's flags read with the word's
//! shape and the council's own lists.

use crate::cues::{self, Lists};
use crate::lexicon::Flags;
use crate::tokens::{Shape, Token};
use crate::Context;

/// What a word can be, before context is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// Never a name: a function word, a month, a pseudonym, digits…
    Never,
    /// On the council's never-write list: always a name.
    Listed,
    /// A given name that is no common word: a name wherever it stands.
    Given,
    /// A given name that is also a common word (Pierre, Grâce, Hope):
    /// a name only in context.
    Ambiguous,
    /// A surname (or a name of unknown role) that is no word.
    Surname,
    /// A surname that is also a word (Chevrier, Fortin): a name after a
    /// title or a given name.
    SurnameWord,
    /// A capitalised word nothing knows: a proper noun of some kind.
    Unknown,
    /// A place and nothing else.
    Place,
    /// A common word.
    Word,
    /// An initial (`J.`, `J.-F.`).
    Initial,
    /// A word in another script (Arabic, Cyrillic…) that the lexicon knows
    /// as a name.
    OtherScript,
    /// A word in another script the lexicon does not know: a name only when
    /// announced or next to a known one.
    Foreign,
}

impl Class {
    /// Classes that can be part of a name once context says so.
    pub fn can_be_name(self) -> bool {
        !matches!(self, Class::Never | Class::Word | Class::Place)
    }
}

/// Classes one word.
pub fn class(t: &Token<'_>, ctx: &Context<'_>) -> Class {
    if t.initial {
        return Class::Initial;
    }
    let f = t.folded.as_ref();
    let lists = t.lists;
    if lists.has(Lists::FUNCTION) && !accented_foreign(t) || t.shape == Shape::WithDigits {
        return Class::Never;
    }
    if ctx.is_listed(f, t.is_capitalised()) {
        return Class::Listed;
    }
    if ctx.is_pseudonym(f) || lists.has(Lists::NEVER) || lists.has(Lists::TITLES) && t.is_capitalised() {
        return Class::Never;
    }
    // Toussaint, Avril, Janvier: surnames and given names too, but only in
    // context.
    if lists.has(Lists::CALENDAR) {
        return if t.is_capitalised() && t.flags.person() { Class::Ambiguous } else { Class::Never };
    }
    match t.shape {
        Shape::WithDigits => Class::Never,
        // Han runs are searched for names separately (no spaces there).
        Shape::OtherScript if super::scripts::is_han_token(t) => Class::Never,
        Shape::OtherScript if t.flags.person() => Class::OtherScript,
        Shape::OtherScript => Class::Foreign,
        Shape::Lower => lower(t),
        Shape::Capital | Shape::Upper => capitalised(t),
    }
}

/// A capitalised name with accents that no French dictionary knows is not
/// the English word it folds to: `Saïd` is not "said", neither a function
/// word nor a common one.
fn accented_foreign(t: &Token<'_>) -> bool {
    t.is_capitalised() && !t.text.is_ascii() && t.flags.person() && !t.flags.any(Flags::FR_LEMMA | Flags::FR_FORM)
}

/// A lower-case word is a name only when the lexicon knows it as a given
/// name and as nothing else (`rachid`, `marie-claude`, `pier-luc`).
fn lower(t: &Token<'_>) -> Class {
    let flags = t.flags;
    let len = t.text.chars().count();
    if len < 3 || flags.place() || t.lists.has(Lists::PARTICLES) {
        return Class::Never;
    }
    if t.hyphenated && compound_word(&t.folded) {
        return Class::Never;
    }
    // A word of no dictionary, or a frequent given name the French
    // dictionary lists as a rare noun (« zoé »): not an English word.
    let wordlike = flags.word() && (flags.any(Flags::EN_FORM) || !flags.any(Flags::GIVEN_TOP));
    if flags.given() && !wordlike && !t.common() {
        return Class::Given;
    }
    if flags.word() {
        return Class::Never;
    }
    match t.parts {
        // marc-andré, pier-luc: a given name, then a given name or a word
        // of no dictionary.
        Some((first, last)) if first.given() && !first.common() && (last.given() || !last.word()) => Class::Given,
        _ => Class::Never,
    }
}

fn capitalised(t: &Token<'_>) -> Class {
    let f = t.flags;
    if t.hyphenated && saint_prefix(&t.folded) {
        return Class::Place;
    }
    if camel_case(t.text) {
        return Class::Never;
    }
    if t.hyphenated {
        if t.text.split('-').any(|p| p.chars().count() >= 2 && p.chars().all(|c| !c.is_lowercase()))
            && t.shape != Shape::Upper
        {
            // Berri-UQAM, Info-CLSC: a station or a service.
            return Class::Place;
        }
        if compound_word(&t.folded) {
            return Class::Word;
        }
    }
    if diminutive(t) {
        return Class::Given;
    }
    if arabic_prefix(t) {
        return Class::Surname;
    }
    if romanised_syllables(t) {
        return Class::Given;
    }
    if let Some((first, last)) = t.parts {
        // Lille-Métropole, Lyon-Sud, Paris-Saclay: a town and a word.
        if first.place() && !first.given() && last.word() && !last.person() {
            return Class::Place;
        }
        // Jean-Philippe is a given name; Jean-Talon, Simone-Veil,
        // Albert-Prévost (a given name, then a surname) are mostly streets,
        // stations and hospitals named after someone: context decides.
        if first.given() && last.given() && !t.common() {
            return Class::Given;
        }
        if first.given() || last.given() {
            return Class::Ambiguous;
        }
    }
    if f.given() {
        let big_place = f.any(Flags::COUNTRY) || f.any(Flags::PLACE_BIG) && !f.any(Flags::GIVEN_TOP);
        let common = t.common() && !accented_foreign(t);
        return if common || big_place { Class::Ambiguous } else { Class::Given };
    }
    if f.any(Flags::SURNAME | Flags::NAME) {
        // Tremblay is a surname first; Gatineau and Lyon are cities first.
        let town = f.place() && (f.any(Flags::PLACE_BIG) || !f.any(Flags::SURNAME_TOP));
        return if f.word() || town { Class::SurnameWord } else { Class::Surname };
    }
    if f.place() {
        return Class::Place;
    }
    if f.word() {
        return Class::Word;
    }
    if f.any(Flags::PROPER) {
        return Class::Unknown;
    }
    Class::Unknown
}

/// Saint-Denis, Sainte-Foy, St-Jérôme, Lac-Simon, Pointe-Claire: places
/// and streets (a surname such as St-Onge is caught next to a given name or
/// a title).
fn saint_prefix(folded: &str) -> bool {
    [
        "saint-",
        "sainte-",
        "st-",
        "ste-",
        "san-",
        "santa-",
        "sao-",
        "lac-",
        "mont-",
        "pointe-",
        "riviere-",
        "ile-",
        "port-",
        "fort-",
        "val-",
        "bois-",
        "pont-",
        "notre-dame",
    ]
    .iter()
    .any(|p| folded.starts_with(p))
}

/// WeChat, YouTube, iPhone: brands. (McNeil, MacLeod, DeShawn, LaToya,
/// DiCaprio are names: a capital after such a prefix is allowed.)
///
/// Read in one walk over the characters, without collecting them (this
/// runs for every capitalised word).
fn camel_case(text: &str) -> bool {
    let mut chars = text.char_indices().peekable();
    let inner_capital = loop {
        let Some((_, c)) = chars.next() else { return false };
        match chars.peek() {
            Some(&(next_at, next)) if c.is_lowercase() && next.is_uppercase() => break next_at,
            Some(_) => {}
            None => return false,
        }
    };
    !matches!(
        &text[..inner_capital],
        "Mc" | "Mac" | "De" | "Di" | "Da" | "La" | "Le" | "Du" | "Van" | "Von" | "Fitz" | "St" | "Ste"
    )
}

/// A compound of ordinary words: `co-write`, `drop-in`, `jour-là`, or
/// words only and no given name (`check-up`).
fn compound_word(folded: &str) -> bool {
    let parts: Vec<&str> = folded.split('-').collect();
    let short = parts.iter().any(|p| cues::COMPOUND_PARTS.contains(p) || cues::FUNCTION.contains(p));
    short
        || parts.iter().all(|p| {
            let f = crate::lexicon::lookup(p);
            f.word() && !f.given()
        })
}

/// `Al-Masri`, `El-Khoury`, `Ben-Ali`, `Abou-Zeid`: an Arabic particle
/// joined to a capitalised name is a surname (a hyphenated word the
/// lexicon does not know whole would otherwise be read by its parts).
fn arabic_prefix(t: &Token<'_>) -> bool {
    let Some((prefix, rest)) = t.text.split_once('-') else { return false };
    let known = matches!(
        crate::fold(prefix).as_str(),
        "al" | "el" | "ben" | "bin" | "ibn" | "ould" | "bou" | "abou" | "abu" | "ait"
    );
    known
        && rest.chars().next().is_some_and(char::is_uppercase)
        && rest.chars().count() >= 3
        && !t.flags.place()
        && !rest.contains('-')
}

/// `Hyun-woo`, `Seo-yeon`, `Jae-won`: a romanised Korean (or Chinese)
/// given name, two short syllables with a lower-case second one. The
/// first is a name and no word; the second may happen to be an English
/// word (`woo`, `won`), which must not make the whole a word.
fn romanised_syllables(t: &Token<'_>) -> bool {
    let Some((first, second)) = t.text.split_once('-') else { return false };
    let Some((first_flags, _)) = t.parts else { return false };
    let short = |p: &str, n: usize| (2..=n).contains(&p.chars().count()) && p.chars().all(|c| c.is_ascii_alphabetic());
    t.shape == Shape::Capital
        && short(first, 5)
        && short(second, 4)
        && second.starts_with(|c: char| c.is_ascii_lowercase())
        && first_flags.person()
        && !first_flags.word()
        && !cues::COMPOUND_PARTS.contains(crate::fold(second).as_str())
}

/// Diminutives: doubled syllables (Jojo, Mimi, Dédé, Loulou) and the
/// Quebec « Ti- » forms (Ti-Guy, Tit-Louis, Ti-Jean).
fn diminutive(t: &Token<'_>) -> bool {
    let f = t.folded.as_ref();
    if let Some(rest) = f.strip_prefix("ti-").or_else(|| f.strip_prefix("tit-")) {
        return crate::lexicon::lookup(rest).given();
    }
    // Capitalised, « Mimi » is someone even though « c'est mimi » is a word.
    // Halves compared as strings: no vector of characters for every
    // capitalised word.
    let len = f.chars().count();
    let half = len / 2;
    if len % 2 != 0 || !(2..=3).contains(&half) {
        return false;
    }
    let middle = f.char_indices().nth(half).map_or(f.len(), |(at, _)| at);
    f[..middle] == f[middle..]
}
