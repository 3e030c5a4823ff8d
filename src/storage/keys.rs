//! The key hierarchy: a random 32-byte data key, wrapped by age for the
//! council's x25519 recipients and, optionally, for a passphrase; and keys
//! derived from it by HKDF for each purpose (records, the head's digest,
//! keyed hashes of the "never write" list), so that no key serves two
//! purposes.

use std::io::Read;

use age::secrecy::SecretString;
use age::x25519;
use hkdf::Hkdf;
use sha2::Sha256;
use zeroize::Zeroizing;

use crate::hardening::lock_in_memory;

/// scrypt work factor (log2 N) of new passphrase wraps: the same as the Go
/// `age` tool, about 0.8 s here, so unlock time is predictable.
pub const PASSPHRASE_WORK_FACTOR: u8 = 18;

/// Largest work factor accepted when unwrapping: a tampered wrap demanding
/// hours of scrypt is refused instead of hanging.
const MAX_WORK_FACTOR: u8 = 22;

/// 32 secret bytes, zeroized on drop and pinned in RAM while alive.
struct SecretKey {
    // Declared before the pin so the bytes are wiped before the page is
    // unpinned.
    bytes: Box<Zeroizing<[u8; 32]>>,
    _pin: Option<region::LockGuard>,
}

impl SecretKey {
    fn new(bytes: [u8; 32]) -> Self {
        let bytes = Box::new(Zeroizing::new(bytes));
        let pin = lock_in_memory(&bytes[..]);
        Self { bytes, _pin: pin }
    }
}

/// The council's data key.
pub struct DataKey(SecretKey);

impl DataKey {
    /// A fresh key from the operating system's generator.
    pub fn generate() -> Self {
        Self(SecretKey::new(rand::random()))
    }

    /// Reads a key from unwrapped bytes; `None` unless exactly 32 bytes.
    fn from_slice(bytes: &[u8]) -> Option<Self> {
        let array: [u8; 32] = bytes.try_into().ok()?;
        Some(Self(SecretKey::new(array)))
    }

    /// The key that seals records.
    pub fn record_key(&self) -> RecordKey {
        RecordKey(self.derive(b"conseil/v1/records"))
    }

    /// The key of the "never write" list's keyed hashes.
    pub fn never_write_key(&self) -> zeroize::Zeroizing<[u8; 32]> {
        zeroize::Zeroizing::new(**self.derive(b"conseil/v1/never-write").bytes)
    }

    /// The key of the head's keyed digest (set-hash of every value's place
    /// and revision).
    pub fn head_key(&self) -> HeadKey {
        HeadKey(self.derive(b"conseil/v2/head"))
    }

    fn derive(&self, purpose: &[u8]) -> SecretKey {
        let hk = Hkdf::<Sha256>::new(None, &self.0.bytes[..]);
        let mut out = [0u8; 32];
        // 32 bytes is far below HKDF-SHA256's 8160-byte limit.
        let _ = hk.expand(purpose, &mut out);
        let key = SecretKey::new(out);
        zeroize::Zeroize::zeroize(&mut out);
        key
    }

    /// Wraps the key to every recipient in one age file.
    pub fn wrap_to_recipients(&self, recipients: &[x25519::Recipient]) -> Result<Vec<u8>, age::EncryptError> {
        let encryptor = age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))?;
        self.wrap(encryptor)
    }

    /// Wraps the key to a passphrase (scrypt).
    pub fn wrap_to_passphrase(&self, passphrase: &SecretString) -> Result<Vec<u8>, age::EncryptError> {
        let mut recipient = age::scrypt::Recipient::new(passphrase.clone());
        recipient.set_work_factor(PASSPHRASE_WORK_FACTOR);
        let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))?;
        self.wrap(encryptor)
    }

    fn wrap(&self, encryptor: age::Encryptor) -> Result<Vec<u8>, age::EncryptError> {
        use std::io::Write;
        let mut out = Vec::with_capacity(256);
        let mut writer = encryptor.wrap_output(&mut out)?;
        writer.write_all(&self.0.bytes[..])?;
        writer.finish()?;
        Ok(out)
    }

    /// Unwraps a wrap with the given identities.
    fn unwrap(wrap: &[u8], identities: &[&dyn age::Identity]) -> Result<Option<Self>, age::DecryptError> {
        let decryptor = age::Decryptor::new_buffered(wrap)?;
        let reader = decryptor.decrypt(identities.iter().copied())?;
        let mut bytes = Zeroizing::new(Vec::with_capacity(32));
        reader.take(64).read_to_end(&mut bytes)?;
        Ok(Self::from_slice(&bytes))
    }

    /// Unwraps a recipients wrap with x25519 identities.
    pub fn unwrap_with_identities(
        wrap: &[u8],
        identities: &[x25519::Identity],
    ) -> Result<Option<Self>, age::DecryptError> {
        let ids: Vec<&dyn age::Identity> = identities.iter().map(|i| i as &dyn age::Identity).collect();
        Self::unwrap(wrap, &ids)
    }

    /// Unwraps a passphrase wrap, refusing absurd work factors.
    pub fn unwrap_with_passphrase(wrap: &[u8], passphrase: &SecretString) -> Result<Option<Self>, age::DecryptError> {
        let mut identity = age::scrypt::Identity::new(passphrase.clone());
        identity.set_max_work_factor(MAX_WORK_FACTOR);
        Self::unwrap(wrap, &[&identity])
    }
}

/// The key records are sealed with (derived from the data key).
pub struct RecordKey(SecretKey);

impl RecordKey {
    /// For tests of the envelope alone.
    #[cfg(test)]
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(SecretKey::new(bytes))
    }

    /// The key in the AEAD's type.
    pub fn as_key(&self) -> &chacha20poly1305::Key {
        chacha20poly1305::Key::from_slice(&self.0.bytes[..])
    }
}

/// The key of the head's digest (derived from the data key).
pub struct HeadKey(SecretKey);

impl HeadKey {
    /// For tests of the digest alone.
    #[cfg(test)]
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(SecretKey::new(bytes))
    }

    /// A keyed HMAC-SHA256, ready to be cloned for each element.
    pub fn mac(&self) -> hmac::Hmac<Sha256> {
        // HMAC pads a short key with zeros to the block size, so passing the
        // padded key to the infallible constructor is HMAC under the 32
        // bytes themselves.
        let mut block = Zeroizing::new([0u8; 64]);
        block[..32].copy_from_slice(&self.0.bytes[..]);
        <hmac::Hmac<Sha256> as hmac::digest::KeyInit>::new(hmac::digest::generic_array::GenericArray::from_slice(
            &block[..],
        ))
    }
}

/// How the user unlocks a council.
pub enum Unlock {
    /// With the x25519 identities of an identity file.
    Identities(Vec<x25519::Identity>),
    /// With the council's passphrase.
    Passphrase(SecretString),
}

/// Who may open a new council: at least one recipient or a passphrase.
pub struct Access {
    /// Public keys (age1…) able to unwrap the data key.
    pub recipients: Vec<x25519::Recipient>,
    /// Optional passphrase able to unwrap it too.
    pub passphrase: Option<SecretString>,
}

/// What happens to the passphrase in a key change.
pub enum PassphraseChange {
    /// Leave the passphrase wrap as it is.
    Keep,
    /// Set (or replace) the passphrase.
    Set(SecretString),
    /// Remove the passphrase wrap.
    Remove,
}

/// A change of who holds a key; the data key stays, only wraps change.
pub struct KeyChange {
    /// Recipients to add.
    pub add: Vec<x25519::Recipient>,
    /// Recipients to remove (by their `age1…` string).
    pub remove: Vec<String>,
    /// What to do with the passphrase.
    pub passphrase: PassphraseChange,
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_open_only_with_their_key() {
        let dk = DataKey::generate();
        let alice = x25519::Identity::generate();
        let bob = x25519::Identity::generate();
        let wrap = dk.wrap_to_recipients(&[alice.to_public()]).unwrap_or_default();
        let opened = DataKey::unwrap_with_identities(&wrap, &[alice]);
        assert!(matches!(&opened, Ok(Some(k)) if k.0.bytes[..] == dk.0.bytes[..]));
        assert!(matches!(DataKey::unwrap_with_identities(&wrap, &[bob]), Err(age::DecryptError::NoMatchingKeys)));
    }

    #[test]
    fn derived_keys_differ_from_the_data_key() {
        let dk = DataKey::generate();
        let rk = dk.record_key();
        assert_ne!(rk.as_key().as_slice(), &dk.0.bytes[..]);
        assert_eq!(rk.as_key().as_slice(), dk.record_key().as_key().as_slice());
    }
}
