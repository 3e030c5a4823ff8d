//! Who can open the council: its recipients, its passphrase, a change of
//! either (the data key rewrapped, nothing re-encrypted) and a rotation of
//! the data key (everything re-encrypted into a fresh folder). `conseil
//! rekey` only asks and prints; what it changes is here.

use age::x25519;

use super::{CouncilError, Session};
use crate::storage::{Access, KeyChange, StoreError};

impl Session {
    /// The public keys the data key is wrapped to.
    pub fn recipients(&self) -> Result<Vec<String>, CouncilError> {
        Ok(self.store().recipients()?)
    }

    /// Whether a passphrase also opens the council.
    pub fn has_passphrase(&self) -> Result<bool, CouncilError> {
        Ok(self.store().has_passphrase()?)
    }

    /// Adds or removes recipients, sets or removes the passphrase: the data
    /// key is rewrapped, no record is re-encrypted.
    pub fn change_access(&self, change: &KeyChange) -> Result<(), CouncilError> {
        Ok(self.store().change_access(change)?)
    }

    /// The recipients a rotation keeps: today's minus `remove` (each of which
    /// must be one of them), plus `add` (once each).
    pub fn recipients_after(
        &self,
        add: Vec<x25519::Recipient>,
        remove: &[String],
    ) -> Result<Vec<x25519::Recipient>, CouncilError> {
        let mut keys = self.recipients()?;
        for r in remove {
            if !keys.contains(r) {
                return Err(StoreError::UnknownRecipient(r.clone()).into());
            }
            keys.retain(|k| k != r);
        }
        let mut recipients: Vec<x25519::Recipient> = keys.iter().filter_map(|k| k.parse().ok()).collect();
        for a in add {
            if !recipients.iter().any(|r| r.to_string() == a.to_string()) {
                recipients.push(a);
            }
        }
        Ok(recipients)
    }

    /// A fresh data key for `access`, every record re-encrypted into a new
    /// folder that replaces the old one; closes the council. Refused when
    /// `access` would let no one in. Returns how many records moved.
    pub fn rotate(self, access: &Access) -> Result<usize, CouncilError> {
        if access.recipients.is_empty() && access.passphrase.is_none() {
            return Err(StoreError::NoWayIn.into());
        }
        Ok(self.into_store().rotate(access)?)
    }
}
