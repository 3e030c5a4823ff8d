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

/// Largest scrypt work factor (log2 N) accepted from any file: a council's
/// passphrase wrap and a passphrase archive alike. scrypt (r = 8, p = 1)
/// needs 128 × r × 2^log_n bytes of memory and time in proportion, so a
/// tampered or foreign file claiming more is refused before any work,
/// instead of taking seconds to minutes and gigabytes per try.
///
/// Measured with `cargo run --release --example scrypt_timing` on the
/// project's machine (two cores, shared: load ~3.4), one unwrap each:
/// 2^18 1.05 s (256 MiB), 2^19 2.3 s (512 MiB), 2^20 4.3 s (1 GiB), 2^21
/// 11.8 s (2 GiB), 2^22 21.0 s (4 GiB, the former cap). Hence 2^19: about
/// 2 s and 512 MiB per try at most. Our own
/// wraps and archives use [`PASSPHRASE_WORK_FACTOR`] (2^18, as the Go
/// `age` tool does), always below the cap; files sealed by `rage` on a
/// fast machine may ask more and are refused with what to do.
pub const MAX_PASSPHRASE_WORK_FACTOR: u8 = 19;

/// Memory scrypt needs at `log_n`, in MiB (128 × 8 × 2^log_n bytes).
pub fn scrypt_memory_mib(log_n: u8) -> u64 {
    1u64.checked_shl(u32::from(log_n).saturating_sub(10)).unwrap_or(u64::MAX)
}

const _: () = assert!(PASSPHRASE_WORK_FACTOR <= MAX_PASSPHRASE_WORK_FACTOR, "our own files must open");

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

    /// The key that authenticates the council's archives and its members'
    /// return slips (kept sealed across rotations, see `Store::archive_key`).
    pub fn archive_key(&self) -> Zeroizing<[u8; 32]> {
        Zeroizing::new(**self.derive(b"conseil/v2/archive").bytes)
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
        identity.set_max_work_factor(MAX_PASSPHRASE_WORK_FACTOR);
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

    /// The wrap with its scrypt stanza claiming `log_n` (its header MAC no
    /// longer matches: the work factor is checked before any scrypt runs).
    fn forged(wrap: &[u8], log_n: u8) -> Vec<u8> {
        let text = String::from_utf8_lossy(wrap).into_owned();
        let line = text.lines().find(|l| l.starts_with("-> scrypt")).unwrap_or_default().to_string();
        let head = line.rsplit_once(' ').map(|(h, _)| h).unwrap_or_default();
        let mut out = wrap.to_vec();
        let at = text.find(&line).unwrap_or_default();
        out.splice(at..at + line.len(), format!("{head} {log_n}").into_bytes());
        out
    }

    #[test]
    fn a_passphrase_wrap_above_the_work_cap_is_refused_before_any_work() {
        let dk = DataKey::generate();
        let pass = SecretString::from("phrase de passe du conseil".to_string());
        let wrap = dk.wrap_to_passphrase(&pass).unwrap_or_default();
        assert!(matches!(DataKey::unwrap_with_passphrase(&wrap, &pass), Ok(Some(_))), "our own factor opens");
        for log_n in [MAX_PASSPHRASE_WORK_FACTOR + 1, 22, 40] {
            let t = std::time::Instant::now();
            let r = DataKey::unwrap_with_passphrase(&forged(&wrap, log_n), &pass);
            assert!(
                matches!(r, Err(age::DecryptError::ExcessiveWork { required, .. }) if required == log_n),
                "{log_n}"
            );
            assert!(t.elapsed() < std::time::Duration::from_millis(200), "2^{log_n}: no scrypt was attempted");
        }
        assert_eq!(scrypt_memory_mib(MAX_PASSPHRASE_WORK_FACTOR), 512);
        assert_eq!(scrypt_memory_mib(22), 4096);
        assert_eq!(scrypt_memory_mib(255), u64::MAX);
    }
}
