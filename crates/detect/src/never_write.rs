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

/// A set of keyed hashes of names: whole names, and their parts.
#[derive(Clone)]
pub struct NeverWrite {
    mac: Hmac<Sha256>,
    key: Zeroizing<[u8; 32]>,
    /// Whole names (one per name added; lists written before parts were
    /// kept hold only these).
    names: HashSet<[u8; 32]>,
    /// Each name's parts, plain or marked as common words.
    parts: HashSet<[u8; 32]>,
}

impl std::fmt::Debug for NeverWrite {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "NeverWrite({} names)", self.names.len())
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

    /// The keyed hash of a name as a whole.
    pub fn hash(&self, name: &str) -> [u8; 32] {
        self.digest(&normalise(name), b"")
    }

    /// Adds a name, whole and by parts; returns whether anything was new.
    /// `is_common` says whether a part is a common word (caught only
    /// capitalised).
    pub fn add_with(&mut self, name: &str, is_common: impl Fn(&str) -> bool) -> bool {
        let whole = normalise(name);
        if whole.is_empty() {
            return false;
        }
        let mut new = self.names.insert(self.digest(&whole, b""));
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
                new |= self.parts.insert(self.digest(piece, suffix));
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
        !self.names.is_empty() && self.names.contains(&self.hash(candidate))
    }

    /// Whether one word (folded) is listed as a part; `capitalised` says
    /// whether it was written with a capital (weak parts need one).
    pub fn contains_word(&self, folded_word: &str, capitalised: bool) -> bool {
        if self.parts.is_empty() && self.names.is_empty() {
            return false;
        }
        let word = folded_word.replace(['-', '\''], " ");
        let mut forms = vec![word.clone()];
        // Plurals: "les Tremblays", "the Nguyens".
        if let Some(stem) = word.strip_suffix('s').filter(|s| s.chars().count() >= 2) {
            forms.push(stem.to_string());
        }
        // A one-word name added before parts were kept is a whole name.
        forms.iter().any(|f| {
            let plain = self.digest(f, b"");
            self.parts.contains(&plain)
                || self.names.contains(&plain)
                || capitalised && self.parts.contains(&self.digest(f, WEAK))
        })
    }

    /// The hashing key, for re-sealing the list when the council's data
    /// key is rotated.
    pub fn key(&self) -> &[u8; 32] {
        &self.key
    }

    /// Number of names.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty() && self.parts.is_empty()
    }

    /// Longest whole name in words.
    pub fn max_words(&self) -> usize {
        MAX_WORDS
    }

    /// The whole names' hashes, sorted, to store (sealed) in the council.
    pub fn name_hashes(&self) -> Vec<[u8; 32]> {
        sorted(&self.names)
    }

    /// The parts' hashes, sorted, to store (sealed) in the council.
    pub fn part_hashes(&self) -> Vec<[u8; 32]> {
        sorted(&self.parts)
    }

    /// Adds another list's hashes (made under the same key: a hand-over or
    /// a restored archive brings the previous list along).
    pub fn extend(&mut self, other: &NeverWrite) {
        self.names.extend(other.names.iter().copied());
        self.parts.extend(other.parts.iter().copied());
    }

    /// Whether the whole name made of `words` (folded, two to four) is
    /// listed: names added before parts were kept are only known whole.
    pub fn contains_sequence(&self, words: &[&str]) -> bool {
        !self.names.is_empty() && self.names.contains(&self.digest(&normalise(&words.join(" ")), b""))
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
        let other_key = NeverWrite::new(Zeroizing::new([8; 32]), list.name_hashes(), list.part_hashes());
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
