//! The council's "never write" list: names the secretary wants caught
//! (staff, relatives…), kept only as keyed hashes (HMAC-SHA256 under a key
//! derived from the council's data key), so the list itself reveals
//! nothing, even decrypted, to someone without the key.

use std::collections::HashSet;

use hmac::{Hmac, Mac};
use sha2::Sha256;
use zeroize::Zeroizing;

/// Longest name, in words, that the list can match.
const MAX_WORDS: usize = 4;

/// A set of keyed hashes of names.
#[derive(Clone)]
pub struct NeverWrite {
    key: Zeroizing<[u8; 32]>,
    hashes: HashSet<[u8; 32]>,
}

impl std::fmt::Debug for NeverWrite {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "NeverWrite({} names)", self.hashes.len())
    }
}

impl NeverWrite {
    /// A list under `key` holding `hashes`.
    pub fn new(key: Zeroizing<[u8; 32]>, hashes: impl IntoIterator<Item = [u8; 32]>) -> Self {
        Self { key, hashes: hashes.into_iter().collect() }
    }

    /// The keyed hash of a name, after normalisation (case, accents,
    /// hyphens and spaces do not matter).
    pub fn hash(&self, name: &str) -> [u8; 32] {
        let mut mac = match Hmac::<Sha256>::new_from_slice(&self.key[..]) {
            Ok(mac) => mac,
            // HMAC takes keys of any length; 32 bytes cannot fail.
            Err(_) => return [0; 32],
        };
        mac.update(normalise(name).as_bytes());
        mac.finalize().into_bytes().into()
    }

    /// Adds a name; returns whether it was new.
    pub fn add(&mut self, name: &str) -> bool {
        let h = self.hash(name);
        self.hashes.insert(h)
    }

    /// Whether `candidate` is on the list.
    pub fn contains(&self, candidate: &str) -> bool {
        !self.hashes.is_empty() && self.hashes.contains(&self.hash(candidate))
    }

    /// The hashing key, for re-sealing the list when the council's data
    /// key is rotated.
    pub fn key(&self) -> &[u8; 32] {
        &self.key
    }

    /// Number of names.
    pub fn len(&self) -> usize {
        self.hashes.len()
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.hashes.is_empty()
    }

    /// Longest name in words.
    pub fn max_words(&self) -> usize {
        MAX_WORDS
    }

    /// The hashes, to store (sealed) in the council.
    pub fn hashes(&self) -> Vec<[u8; 32]> {
        let mut v: Vec<[u8; 32]> = self.hashes.iter().copied().collect();
        v.sort();
        v
    }
}

/// Lower case, without accents, words separated by one space.
fn normalise(name: &str) -> String {
    let folded: String = name
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'à' | 'â' | 'ä' | 'á' | 'ã' => 'a',
            'ç' => 'c',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' | 'í' | 'ì' => 'i',
            'ô' | 'ö' | 'ó' | 'ò' | 'õ' => 'o',
            'ù' | 'û' | 'ü' | 'ú' => 'u',
            'ÿ' => 'y',
            'ñ' => 'n',
            '-' | '\'' | '’' => ' ',
            c => c,
        })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_whatever_their_case_and_accents() {
        let mut list = NeverWrite::new(Zeroizing::new([7; 32]), []);
        assert!(list.add("Jean-Émile Tremblay"));
        assert!(!list.add("jean emile tremblay"));
        assert!(list.contains("JEAN-EMILE  TREMBLAY"));
        assert!(!list.contains("Jean Tremblay"));
        let other_key = NeverWrite::new(Zeroizing::new([8; 32]), list.hashes());
        assert!(!other_key.contains("Jean-Émile Tremblay"), "hashes are keyed");
    }
}
