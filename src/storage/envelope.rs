//! Sealing and opening one stored value.
//!
//! Value layout: `[version: u8][nonce: 24 bytes][ciphertext + 16-byte tag]`.
//! The plaintext is `[length: u32 LE][schema: u16 LE][record][zero padding]`,
//! padded to a Padmé bucket (at most ~12 % larger, leaking only the order of
//! magnitude of the length). The associated data names the format version,
//! the tree and the key, so a value copied to another record or tree fails
//! authentication.

use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::XChaCha20Poly1305;
use zeroize::Zeroizing;

use super::keys::RecordKey;

/// First byte of every sealed value.
pub const ENVELOPE_VERSION: u8 = 1;
const NONCE_LEN: usize = 24;
const TAG_LEN: usize = 16;
const FRAME_HEADER: usize = 6;
/// Smallest padded plaintext: short records all look alike.
const MIN_BUCKET: usize = 128;

/// Why a value could not be opened.
#[derive(Debug, PartialEq, Eq)]
pub enum OpenError {
    /// Written by a newer envelope format.
    NewerVersion(u8),
    /// Too short, tampered with, moved, or under another key.
    Corrupt,
    /// The record inside was written by a newer schema.
    NewerSchema(u16),
}

/// Builds the associated data binding a value to its place.
fn associated_data(tree: &str, key: &[u8]) -> Vec<u8> {
    let mut ad = Vec::with_capacity(16 + tree.len() + key.len());
    ad.extend_from_slice(b"conseil");
    ad.push(ENVELOPE_VERSION);
    ad.extend_from_slice(&(tree.len() as u32).to_le_bytes());
    ad.extend_from_slice(tree.as_bytes());
    ad.extend_from_slice(key);
    ad
}

/// Padmé: rounds `len` up so that only its top bits vary.
fn padme(len: usize) -> usize {
    let len = len.max(MIN_BUCKET);
    let e = usize::BITS - 1 - len.leading_zeros();
    let s = u32::BITS - e.leading_zeros();
    let low_bits = e - s;
    let mask = (1usize << low_bits) - 1;
    (len + mask) & !mask
}

/// Encrypts `record` (already serialised) for `tree`/`key`. `None` only if
/// the AEAD refuses (a message over 256 GiB): never write a value then.
pub fn seal(rk: &RecordKey, tree: &str, key: &[u8], schema: u16, record: &[u8]) -> Option<Vec<u8>> {
    let framed_len = FRAME_HEADER + record.len();
    let mut plain = Zeroizing::new(Vec::with_capacity(padme(framed_len)));
    plain.extend_from_slice(&(record.len() as u32).to_le_bytes());
    plain.extend_from_slice(&schema.to_le_bytes());
    plain.extend_from_slice(record);
    plain.resize(padme(framed_len), 0);

    let cipher = XChaCha20Poly1305::new(rk.as_key());
    let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
    let ad = associated_data(tree, key);
    let sealed = cipher.encrypt(&nonce, Payload { msg: &plain, aad: &ad }).ok()?;
    let mut out = Vec::with_capacity(1 + NONCE_LEN + sealed.len());
    out.push(ENVELOPE_VERSION);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&sealed);
    Some(out)
}

/// Decrypts a value of `tree`/`key`; returns the schema and the record bytes.
pub fn open(rk: &RecordKey, tree: &str, key: &[u8], value: &[u8]) -> Result<(u16, Zeroizing<Vec<u8>>), OpenError> {
    let (&version, rest) = value.split_first().ok_or(OpenError::Corrupt)?;
    if version > ENVELOPE_VERSION {
        return Err(OpenError::NewerVersion(version));
    }
    if version != ENVELOPE_VERSION || rest.len() < NONCE_LEN + TAG_LEN + FRAME_HEADER {
        return Err(OpenError::Corrupt);
    }
    let (nonce, sealed) = rest.split_at(NONCE_LEN);
    let cipher = XChaCha20Poly1305::new(rk.as_key());
    let ad = associated_data(tree, key);
    let plain = cipher
        .decrypt(nonce.into(), Payload { msg: sealed, aad: &ad })
        .map(Zeroizing::new)
        .map_err(|_| OpenError::Corrupt)?;
    let len = u32::from_le_bytes([plain[0], plain[1], plain[2], plain[3]]) as usize;
    let schema = u16::from_le_bytes([plain[4], plain[5]]);
    if schema > crate::domain::SCHEMA_VERSION {
        return Err(OpenError::NewerSchema(schema));
    }
    let body = plain.get(FRAME_HEADER..FRAME_HEADER + len).ok_or(OpenError::Corrupt)?;
    Ok((schema, Zeroizing::new(body.to_vec())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> RecordKey {
        RecordKey::from_bytes([9u8; 32])
    }

    #[test]
    fn round_trip_and_padding() {
        let v = seal(&key(), "members", b"id-1", 1, b"Colibri").unwrap_or_default();
        assert_eq!(v.len(), 1 + 24 + 128 + 16);
        let (schema, body) = open(&key(), "members", b"id-1", &v).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!((schema, body.as_slice()), (1, &b"Colibri"[..]));
    }

    #[test]
    fn padme_overhead_is_bounded() {
        for len in [1usize, 127, 128, 129, 300, 1000, 4097, 100_000, 1 << 20] {
            let p = padme(len);
            assert!(p >= len.max(MIN_BUCKET));
            assert!(len < MIN_BUCKET || p - len <= len / 8 + 1, "{len} -> {p}");
        }
    }

    #[test]
    fn moved_or_flipped_values_fail() {
        let v = seal(&key(), "members", b"id-1", 1, b"Colibri").unwrap_or_default();
        assert_eq!(open(&key(), "members", b"id-2", &v).err(), Some(OpenError::Corrupt));
        assert_eq!(open(&key(), "tasks", b"id-1", &v).err(), Some(OpenError::Corrupt));
        for i in 0..v.len() {
            let mut t = v.clone();
            t[i] ^= 0x01;
            assert!(open(&key(), "members", b"id-1", &t).is_err(), "byte {i}");
        }
        assert!(open(&key(), "members", b"id-1", &v[..v.len() - 1]).is_err());
        assert!(open(&key(), "members", b"id-1", &[]).is_err());
        let other = RecordKey::from_bytes([8u8; 32]);
        assert_eq!(open(&other, "members", b"id-1", &v).err(), Some(OpenError::Corrupt));
    }

    #[test]
    fn newer_versions_are_named() {
        let mut v = seal(&key(), "members", b"id", 1, b"x").unwrap_or_default();
        v[0] = 2;
        assert_eq!(open(&key(), "members", b"id", &v).err(), Some(OpenError::NewerVersion(2)));
        let v = seal(&key(), "members", b"id", 99, b"x").unwrap_or_default();
        assert_eq!(open(&key(), "members", b"id", &v).err(), Some(OpenError::NewerSchema(99)));
    }
}
