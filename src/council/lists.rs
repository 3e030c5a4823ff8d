//! The council's never-write list and dismissed words, built from the
//! keyed hashes the store keeps sealed. Names are added whole and by parts
//! (see the detector's `NeverWrite`); words are never stored in clear.

use zeroize::Zeroizing;

use super::{CouncilError, Session};
use crate::privacy::NeverWrite;
use crate::storage::{KeyedHashes, ListKind, Store};

/// A list as the detector reads it, from its sealed sets.
fn build(sets: Vec<KeyedHashes>) -> NeverWrite {
    let mut sets = sets.into_iter();
    let first = sets.next();
    let base = match first {
        Some(s) => NeverWrite::new(s.key, s.names, s.parts),
        None => NeverWrite::new(Zeroizing::new([0; 32]), [], []),
    };
    sets.fold(base, |list, s| list.with_set(s.key, s.names, s.parts))
}

fn sealed(list: &NeverWrite) -> Vec<KeyedHashes> {
    list.sets().into_iter().map(|(key, names, parts)| KeyedHashes { key, names, parts }).collect()
}

/// Reads a list from a store (also used while a council is being loaded).
pub(crate) fn read(store: &Store, which: ListKind) -> Result<NeverWrite, CouncilError> {
    Ok(build(store.keyed_list(which)?))
}

impl Session {
    /// The never-write list.
    pub fn never_write(&self) -> Result<NeverWrite, CouncilError> {
        read(self.store(), ListKind::NeverWrite)
    }

    /// The words dismissed as "not a name".
    pub fn dismissed(&self) -> Result<NeverWrite, CouncilError> {
        read(self.store(), ListKind::Dismissed)
    }

    /// Adds names to the never-write list (each caught from then on in any
    /// case, order and accent form); returns how many were new and the
    /// list.
    pub fn add_never_write<S: AsRef<str>>(&self, names: &[S]) -> Result<(usize, NeverWrite), CouncilError> {
        let mut list = self.never_write()?;
        let added = names.iter().filter(|n| !n.as_ref().trim().is_empty()).filter(|n| list.add(n.as_ref())).count();
        self.store().put_keyed_list(ListKind::NeverWrite, &sealed(&list), false)?;
        Ok((added, list))
    }

    /// Empties the never-write list (the sets brought by archives too).
    pub fn clear_never_write(&self) -> Result<NeverWrite, CouncilError> {
        let list = self.never_write()?;
        let empty = NeverWrite::new(Zeroizing::new(*list.key()), [], []);
        self.store().put_keyed_list(ListKind::NeverWrite, &sealed(&empty), false)?;
        Ok(empty)
    }

    /// Remembers words as "not a name": they are not asked about again.
    pub fn remember_dismissed<S: AsRef<str>>(&self, words: &[S]) -> Result<NeverWrite, CouncilError> {
        let mut list = self.dismissed()?;
        for w in words {
            list.add_with(w.as_ref(), |_| false);
        }
        self.store().put_keyed_list(ListKind::Dismissed, &sealed(&list), false)?;
        Ok(list)
    }

    /// Takes in a list an archive brought (its sets keep their keys). A
    /// fresh council (`adopt`) takes over the archive's key when its own
    /// lists are still empty, so the two lists keep sharing one key.
    pub fn merge_list(&self, which: ListKind, incoming: &NeverWrite, adopt: bool) -> Result<(), CouncilError> {
        let both_empty =
            read(self.store(), ListKind::NeverWrite)?.is_empty() && read(self.store(), ListKind::Dismissed)?.is_empty();
        if adopt && both_empty {
            return Ok(self.store().put_keyed_list(which, &sealed(incoming), true)?);
        }
        let mut list = read(self.store(), which)?;
        list.merge(incoming);
        Ok(self.store().put_keyed_list(which, &sealed(&list), false)?)
    }
}
