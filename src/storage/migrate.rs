//! Migrating a council of store format 1 (envelopes of version 1, no head)
//! to format 2, at its first open by this version.
//!
//! Every sealed value is re-sealed as version 2 at revision 1, the format
//! number raised and the first head written, in one transaction: a kill
//! leaves the council in format 1, migrated again at the next open. A value
//! that no longer opens is left as it is; format 2 does not read version 1,
//! so `check` names it damaged. The old ciphertexts stay in sled's log until
//! their segments are reused, as any overwritten value does; they are under
//! the same key, so this reveals nothing new. The key wraps get their copy
//! outside sled (`key_copies`).

use super::batch::Batch;
use super::envelope;
use super::error::StoreError;
use super::meta;
use super::store::{sealing_failed, Store};
use super::STORE_FORMAT;
use crate::domain::Kind;

/// Meta values that are not envelopes, kept as they are.
const CLEAR: [&[u8]; 4] = [meta::FORMAT, meta::SCHEMA, meta::WRAP_RECIPIENTS, meta::WRAP_PASSPHRASE];

impl Store {
    /// Re-seals everything as version 2 and writes the first head.
    pub(super) fn migrate(&self) -> Result<(), StoreError> {
        // The head starts from the values as they are, so that the commit
        // below (which replaces them) leaves the digest of what remains.
        let digest = self.computed_digest()?;
        {
            let mut state = self.lock_head();
            state.counter = 0;
            state.digest = digest;
        }
        let mut batch = Batch { store: self, ops: Vec::new() };
        for index in 0..=Kind::ALL.len() {
            let name = self.tree_name(index);
            for entry in self.tree_at(index).iter() {
                let (key, value) = entry.map_err(|e| self.sled_err(e))?;
                if index == Kind::ALL.len() && CLEAR.contains(&key.as_ref()) {
                    continue;
                }
                let Ok(opened) = envelope::open(&self.record_key, name, &key, &value, true) else { continue };
                let sealed = envelope::seal(&self.record_key, name, &key, 1, opened.schema, &opened.body)
                    .ok_or_else(sealing_failed)?;
                batch.ops.push((index, key.to_vec(), Some(sealed)));
            }
        }
        batch.ops.push((Kind::ALL.len(), meta::FORMAT.to_vec(), Some(STORE_FORMAT.to_be_bytes().to_vec())));
        batch.commit()?;
        self.copy_wraps()
    }
}
