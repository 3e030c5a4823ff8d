//! The council's keyed word lists, sealed in `meta`: the never-write list
//! (names to catch) and the dismissed list (words the secretary said are not
//! names). The store hands them out as raw keyed hashes: what a hash means
//! is the privacy layer's business, not storage's.
//!
//! Each list is a main set under the council's list key, plus sets brought
//! by archives made under another council's key (a hand-over, a restored
//! backup): those keep their own key, so their hashes still match.

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::error::StoreError;
use super::meta;
use super::store::{corrupt, Store};

/// A set of keyed hashes: whole names and their parts, and the key they
/// were made under.
#[derive(Clone, Serialize, Deserialize)]
pub struct KeyedHashes {
    /// HMAC key of the hashes.
    pub key: Zeroizing<[u8; 32]>,
    /// Hashes of whole names (or words).
    pub names: Vec<[u8; 32]>,
    /// Hashes of their parts.
    pub parts: Vec<[u8; 32]>,
}

impl std::fmt::Debug for KeyedHashes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "KeyedHashes({} names, {} parts)", self.names.len(), self.parts.len())
    }
}

/// Which list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListKind {
    /// Names the council wants caught.
    NeverWrite,
    /// Words dismissed as "not a name" in a review.
    Dismissed,
}

impl ListKind {
    fn keys(self) -> (&'static [u8], &'static [u8], &'static [u8]) {
        match self {
            ListKind::NeverWrite => (meta::NEVER_WRITE, meta::NEVER_WRITE_PARTS, meta::NEVER_WRITE_EXTRA),
            ListKind::Dismissed => (meta::DISMISSED, meta::DISMISSED_PARTS, meta::DISMISSED_EXTRA),
        }
    }
}

impl Store {
    fn sealed_or_default<T: serde::de::DeserializeOwned + Default>(&self, key: &[u8]) -> Result<T, StoreError> {
        match self.meta_value(key)? {
            Some(value) => self.open_value(meta::TREE, key, &value),
            None => Ok(T::default()),
        }
    }

    /// The key the council's lists are hashed under: kept sealed after a
    /// rotation, otherwise derived from the data key.
    fn list_key(&self) -> Result<Zeroizing<[u8; 32]>, StoreError> {
        match self.meta_value(meta::NEVER_WRITE_KEY)? {
            Some(value) => {
                let bytes: Zeroizing<Vec<u8>> =
                    Zeroizing::new(self.open_value(meta::TREE, meta::NEVER_WRITE_KEY, &value)?);
                let array: [u8; 32] =
                    bytes.as_slice().try_into().map_err(|_| corrupt(meta::TREE, meta::NEVER_WRITE_KEY))?;
                Ok(Zeroizing::new(array))
            }
            None => Ok(self.derived_list_key()),
        }
    }

    /// A list: its main set first, then the sets brought by archives.
    pub fn keyed_list(&self, which: ListKind) -> Result<Vec<KeyedHashes>, StoreError> {
        let (names_key, parts_key, extra_key) = which.keys();
        let main = KeyedHashes {
            key: self.list_key()?,
            names: self.sealed_or_default(names_key)?,
            parts: self.sealed_or_default(parts_key)?,
        };
        let extra: Vec<KeyedHashes> = self.sealed_or_default(extra_key)?;
        Ok(std::iter::once(main).chain(extra).collect())
    }

    /// Replaces a list. The first set must be under the council's key
    /// (unless `adopt_key`, used when a fresh council takes over a list:
    /// rotation, import into a new council); the others keep theirs.
    pub fn put_keyed_list(&self, which: ListKind, sets: &[KeyedHashes], adopt_key: bool) -> Result<(), StoreError> {
        let (names_key, parts_key, extra_key) = which.keys();
        let Some((main, extra)) = sets.split_first() else { return Ok(()) };
        let mut batch = self.meta_batch();
        if adopt_key {
            let key = Zeroizing::new(main.key.to_vec());
            batch.push(meta::NEVER_WRITE_KEY, Some(self.seal_meta(meta::NEVER_WRITE_KEY, &*key)?));
        } else if *main.key != *self.list_key()? {
            return Err(StoreError::Database("list key mismatch".into()));
        }
        batch.push(names_key, Some(self.seal_meta(names_key, &main.names)?));
        batch.push(parts_key, Some(self.seal_meta(parts_key, &main.parts)?));
        let extra = (!extra.is_empty()).then(|| self.seal_meta(extra_key, &extra.to_vec())).transpose()?;
        batch.push(extra_key, extra);
        batch.commit()
    }
}
