//! The head: what the council was at its last commit, so that anything sled
//! loses, or anyone writes back, shows.
//!
//! The head is a commit counter and a keyed *set-hash* of every value in
//! the store: the XOR of one HMAC per value over its tree, its key and its
//! revision (the `seq` in its envelope header; for the few values that are
//! not envelopes — key wraps, format numbers — a hash of the bytes). XOR
//! makes it incremental: a commit removes the elements of the values it
//! replaces and adds the new ones, in the same sled transaction that writes
//! the values and the head, so one write costs a few HMACs, not a pass over
//! the council. The key comes from the data key, so nobody without it can
//! compute an element, and the digest itself is sealed.
//!
//! The head lives in the store (`meta/head`) and, after every commit, in a
//! small sealed file outside sled ([`super::mirror`]): a store that sled
//! rolled back carries an older head, consistent with itself, and only the
//! file outside shows the loss.

use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use super::envelope;
use super::keys::HeadKey;

/// The keyed set-hash of every value of the store.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Digest(pub [u8; 32]);

impl Digest {
    /// Adds an element, or removes it if present (XOR).
    pub fn toggle(&mut self, element: &[u8; 32]) {
        for (d, e) in self.0.iter_mut().zip(element) {
            *d ^= e;
        }
    }

    /// The difference of two digests (what toggled between them).
    pub fn xor(mut self, other: &Digest) -> Digest {
        self.toggle(&other.0);
        self
    }
}

/// The head as sealed in `meta/head`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Head {
    /// Number of commits since the council was made (or migrated).
    pub counter: u64,
    /// Set-hash of every value after this commit.
    pub digest: Digest,
    /// Tree and key of what this commit wrote (the first
    /// [`WRITTEN_CAP`]), so that a lost commit found in the raw files says
    /// what it held.
    pub written: Vec<(String, Vec<u8>)>,
    /// How many more it wrote.
    pub more: u32,
}

/// Places named in one head.
pub const WRITTEN_CAP: usize = 32;

/// Computes elements: one HMAC per value.
pub struct Hasher {
    mac: Hmac<Sha256>,
}

impl Hasher {
    /// A hasher under the head key.
    pub fn new(key: &HeadKey) -> Self {
        Self { mac: key.mac() }
    }

    /// The element of the value at `tree`/`key`: by its revision when it is
    /// an envelope sealed for this place, by its bytes otherwise.
    pub fn element(&self, tree: &str, key: &[u8], value: &[u8]) -> [u8; 32] {
        match envelope::peek(value) {
            Some(h) if h.tree == tree && h.key == key && h.total_len == value.len() => self.at(tree, key, h.seq),
            _ => {
                let mut mac = self.start(b'H', tree, key);
                mac.update(&Sha256::digest(value));
                mac.finalize().into_bytes().into()
            }
        }
    }

    /// The element of an envelope at `tree`/`key` of revision `seq`.
    pub fn at(&self, tree: &str, key: &[u8], seq: u64) -> [u8; 32] {
        let mut mac = self.start(b'S', tree, key);
        mac.update(&seq.to_le_bytes());
        mac.finalize().into_bytes().into()
    }

    fn start(&self, kind: u8, tree: &str, key: &[u8]) -> Hmac<Sha256> {
        let mut mac = self.mac.clone();
        // Lengths first, so that no two (tree, key) pairs run together.
        mac.update(&[kind, tree.len() as u8, key.len() as u8]);
        mac.update(tree.as_bytes());
        mac.update(key);
        mac
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::keys::RecordKey;

    fn hasher() -> Hasher {
        Hasher::new(&HeadKey::from_bytes([3u8; 32]))
    }

    #[test]
    fn elements_name_place_and_revision() {
        let h = hasher();
        let rk = RecordKey::from_bytes([1u8; 32]);
        let v1 = envelope::seal(&rk, "tasks", b"a", 1, 1, b"x").unwrap_or_default();
        let v1b = envelope::seal(&rk, "tasks", b"a", 1, 1, b"other content").unwrap_or_default();
        let v2 = envelope::seal(&rk, "tasks", b"a", 2, 1, b"x").unwrap_or_default();
        assert_eq!(h.element("tasks", b"a", &v1), h.element("tasks", b"a", &v1b), "same revision, same element");
        assert_ne!(h.element("tasks", b"a", &v1), h.element("tasks", b"a", &v2), "an older revision differs");
        assert_ne!(h.element("tasks", b"a", &v1), h.element("tasks", b"b", &v1), "a moved value differs");
        assert_ne!(h.element("meta", b"wrap", b"age1"), h.element("meta", b"wrap", b"age2"));
        let other = Hasher::new(&HeadKey::from_bytes([4u8; 32]));
        assert_ne!(h.element("tasks", b"a", &v1), other.element("tasks", b"a", &v1), "keyed");
    }

    #[test]
    fn toggling_is_incremental_and_order_free() {
        let h = hasher();
        let (a, b, c) = (h.at("t", b"a", 1), h.at("t", b"b", 1), h.at("t", b"c", 5));
        let mut x = Digest::default();
        for e in [&a, &b, &c] {
            x.toggle(e);
        }
        let mut y = Digest::default();
        for e in [&c, &a, &b] {
            y.toggle(e);
        }
        assert_eq!(x, y);
        y.toggle(&b);
        assert_ne!(x, y);
        assert_eq!(x.xor(&y).0, b);
    }
}
