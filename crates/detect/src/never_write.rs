//! The council's "never write" list — names the secretary wants caught
//! (staff, relatives, names confirmed in a review) — and its sibling, the
//! words she dismissed as "not a name". Both are kept only as keyed hashes
//! (HMAC-SHA256 under a key derived from the council's data key), so the
//! lists reveal nothing, even decrypted, to someone without the key.
//!
//! A name is hashed whole and by parts, folded (case, accents, NFD do not
//! matter): "Jean-Émile Tremblay" also catches "Tremblay" alone,
//! "TREMBLAY, Jean-Émile", "J.-É. Tremblay", "Tremblay-Roy" and "Nguyen"
//! for "Nguyễn". A part that is also a common word ("Petit", "Rose") is
//! caught only when capitalised, so that an ordinary word is not.

use std::collections::HashSet;

use hmac::digest::KeyInit;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use zeroize::Zeroizing;

use crate::fold::fold;

/// Longest whole name, in words, matched as a sequence.
const MAX_WORDS: usize = 4;
/// Marks a part that is also a common word.
const WEAK: &[u8] = b"\x00weak";

/// One set as stored: its key, its whole names' hashes, its parts'.
pub type KeyedSet = (Zeroizing<[u8; 32]>, Vec<[u8; 32]>, Vec<[u8; 32]>);

/// Hashes made under one key.
#[derive(Clone)]
struct Keyed {
    mac: Hmac<Sha256>,
    key: Zeroizing<[u8; 32]>,
    /// Whole names (one per name added; lists written before parts were
    /// kept hold only these).
    names: HashSet<[u8; 32]>,
    /// Each name's parts, plain or marked as common words.
    parts: HashSet<[u8; 32]>,
}

impl Keyed {
    fn new(key: Zeroizing<[u8; 32]>, names: Vec<[u8; 32]>, parts: Vec<[u8; 32]>) -> Self {
        // HMAC pads a short key with zeros to the hash's block: padding it
        // here gives the same MAC through the infallible constructor.
        let mut block = Zeroizing::new([0u8; 64]);
        block[..32].copy_from_slice(&key[..]);
        let mac = <Hmac<Sha256> as KeyInit>::new(&(*block).into());
        Self { mac, key, names: names.into_iter().collect(), parts: parts.into_iter().collect() }
    }

    fn digest(&self, normalised: &str, suffix: &[u8]) -> [u8; 32] {
        let mut mac = self.mac.clone();
        mac.update(normalised.as_bytes());
        mac.update(suffix);
        mac.finalize().into_bytes().into()
    }

    fn has_word(&self, forms: &[String], capitalised: bool) -> bool {
        forms.iter().any(|f| {
            let plain = self.digest(f, b"");
            // A one-word name added before parts were kept is a whole name.
            self.parts.contains(&plain)
                || self.names.contains(&plain)
                || capitalised && self.parts.contains(&self.digest(f, WEAK))
        })
    }
}

/// Keyed hashes of names: whole names and their parts, under the council's
/// key, and under the keys of councils whose lists came with an archive.
#[derive(Clone)]
pub struct NeverWrite {
    /// The council's own set first (names are added there), then the
    /// others.
    sets: Vec<Keyed>,
}

impl std::fmt::Debug for NeverWrite {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "NeverWrite({} names)", self.len())
    }
}

/// Folded, with hyphens and apostrophes as spaces, one space between words
/// (the form earlier versions hashed whole names in, kept so their lists
/// still match).
pub fn normalise(name: &str) -> String {
    let folded = fold(name).replace(['-', '\''], " ");
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl NeverWrite {
    /// A list under `key` holding the hashes of whole `names` and of their
    /// `parts`.
    pub fn new(
        key: Zeroizing<[u8; 32]>,
        names: impl IntoIterator<Item = [u8; 32]>,
        parts: impl IntoIterator<Item = [u8; 32]>,
    ) -> Self {
        Self { sets: vec![Keyed::new(key, names.into_iter().collect(), parts.into_iter().collect())] }
    }

    /// Adds a set made under another key (brought by an archive).
    pub fn with_set(
        mut self,
        key: Zeroizing<[u8; 32]>,
        names: impl IntoIterator<Item = [u8; 32]>,
        parts: impl IntoIterator<Item = [u8; 32]>,
    ) -> Self {
        let set = Keyed::new(key, names.into_iter().collect(), parts.into_iter().collect());
        match self.sets.iter_mut().find(|s| *s.key == *set.key) {
            Some(same) => {
                same.names.extend(set.names);
                same.parts.extend(set.parts);
            }
            None => self.sets.push(set),
        }
        self
    }

    fn main(&mut self) -> &mut Keyed {
        // `new` makes one set and nothing removes it.
        &mut self.sets[0]
    }

    /// The keyed hash of a name as a whole, under the council's key.
    pub fn hash(&self, name: &str) -> [u8; 32] {
        self.sets[0].digest(&normalise(name), b"")
    }

    /// Adds a name, whole and by parts; returns whether anything was new.
    /// `is_common` says whether a part is a common word (caught only
    /// capitalised).
    pub fn add_with(&mut self, name: &str, is_common: impl Fn(&str) -> bool) -> bool {
        let whole = normalise(name);
        if whole.is_empty() {
            return false;
        }
        let set = self.main();
        let mut new = set.names.insert(set.digest(&whole, b""));
        for part in name.split(|c: char| c.is_whitespace() || c == ',').filter(|p| !p.is_empty()) {
            let part = normalise(part.trim_matches(|c: char| !c.is_alphanumeric()));
            // "Jean-Émile" whole, then "jean" and "emile".
            let pieces: Vec<&str> = part.split(' ').collect();
            for piece in std::iter::once(part.as_str()).chain(pieces.iter().copied().filter(|_| pieces.len() > 1)) {
                // "de", "van", "le" in "Le Gall" are not names by themselves.
                if piece.chars().count() < 2
                    || crate::cues::PARTICLES.contains(piece)
                    || crate::cues::FUNCTION.contains(piece)
                {
                    continue;
                }
                let suffix = if is_common(piece) { WEAK } else { b"" };
                new |= set.parts.insert(set.digest(piece, suffix));
            }
        }
        new
    }

    /// Adds a name, whole and by parts; the parts the lexicon knows as
    /// common words are caught only when capitalised.
    pub fn add(&mut self, name: &str) -> bool {
        self.add_with(name, |part| crate::lexicon::common(part, crate::lexicon::lookup(part)))
    }

    /// Whether a whole name (as written, any case or accents) is listed.
    pub fn contains(&self, candidate: &str) -> bool {
        let n = normalise(candidate);
        self.sets.iter().any(|s| !s.names.is_empty() && s.names.contains(&s.digest(&n, b"")))
    }

    /// Whether one word (folded) is listed as a part; `capitalised` says
    /// whether it was written with a capital (weak parts need one).
    pub fn contains_word(&self, folded_word: &str, capitalised: bool) -> bool {
        if self.is_empty() {
            return false;
        }
        let word = folded_word.replace(['-', '\''], " ");
        let mut forms = vec![word.clone()];
        // Plurals: "les Tremblays", "the Nguyens".
        if let Some(stem) = word.strip_suffix('s').filter(|s| s.chars().count() >= 2) {
            forms.push(stem.to_string());
        }
        self.sets.iter().any(|s| s.has_word(&forms, capitalised))
    }

    /// Whether the whole name made of `words` (folded, two to four) is
    /// listed: names added before parts were kept are only known whole.
    pub fn contains_sequence(&self, words: &[&str]) -> bool {
        let n = normalise(&words.join(" "));
        self.sets.iter().any(|s| !s.names.is_empty() && s.names.contains(&s.digest(&n, b"")))
    }

    /// The council's hashing key (the first set's).
    pub fn key(&self) -> &[u8; 32] {
        &self.sets[0].key
    }

    /// Number of names, every set counted.
    pub fn len(&self) -> usize {
        self.sets.iter().map(|s| s.names.len()).sum()
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.sets.iter().all(|s| s.names.is_empty() && s.parts.is_empty())
    }

    /// Longest whole name in words.
    pub fn max_words(&self) -> usize {
        MAX_WORDS
    }

    /// Every set as `(key, names, parts)`, the council's first, hashes
    /// sorted: what the store seals.
    pub fn sets(&self) -> Vec<KeyedSet> {
        self.sets.iter().map(|s| (s.key.clone(), sorted(&s.names), sorted(&s.parts))).collect()
    }

    /// Adds every set of another list (a hand-over or a restored archive
    /// brings the previous council's list along).
    pub fn merge(&mut self, other: &NeverWrite) {
        for (key, names, parts) in other.sets() {
            let taken = std::mem::replace(self, NeverWrite { sets: Vec::new() });
            *self = taken.with_set(key, names, parts);
        }
    }
}

fn sorted(set: &HashSet<[u8; 32]>) -> Vec<[u8; 32]> {
    let mut v: Vec<[u8; 32]> = set.iter().copied().collect();
    v.sort();
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list() -> NeverWrite {
        NeverWrite::new(Zeroizing::new([7; 32]), [], [])
    }

    #[test]
    fn names_match_whatever_their_case_accents_and_order() {
        let mut list = list();
        assert!(list.add("Jean-Émile Tremblay"));
        assert!(!list.add("jean emile tremblay"));
        assert!(list.contains("JEAN-EMILE  TREMBLAY"));
        assert!(list.contains_word("tremblay", false));
        assert!(list.contains_word("jean emile", true));
        assert!(list.contains_word("emile", false));
        assert!(list.contains_word("tremblays", true), "plural");
        let (_, names, parts) = list.sets().remove(0);
        let other_key = NeverWrite::new(Zeroizing::new([8; 32]), names, parts);
        assert!(!other_key.contains("Jean-Émile Tremblay"), "hashes are keyed");
        assert!(!other_key.contains_word("tremblay", true));
    }

    #[test]
    fn common_word_parts_need_a_capital() {
        let mut list = list();
        list.add_with("Rose Petit", |w| w == "rose" || w == "petit");
        assert!(list.contains_word("petit", true));
        assert!(!list.contains_word("petit", false));
    }

    #[test]
    fn accents_fold_away() {
        let mut list = list();
        list.add("Nguyễn Văn Thành");
        assert!(list.contains_word(&fold("Nguyen"), true));
        assert!(list.contains_word(&fold("Nguye\u{0302}\u{0303}n"), true));
    }
}

#[cfg(test)]
mod set_tests {
    use super::*;

    #[test]
    fn a_list_brought_by_an_archive_keeps_its_key_and_still_matches() {
        let mut theirs = NeverWrite::new(Zeroizing::new([1; 32]), [], []);
        theirs.add("Kossi Agbodjan");
        let mut ours = NeverWrite::new(Zeroizing::new([2; 32]), [], []);
        ours.add("Ginette Lapointe");
        ours.merge(&theirs);
        assert!(ours.contains_word("agbodjan", false) && ours.contains_word("lapointe", false));
        assert_eq!(ours.len(), 2);
        assert_eq!(ours.sets().len(), 2);
        assert_eq!(*ours.key(), [2; 32], "names are still added under our key");
    }
}
