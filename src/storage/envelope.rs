//! Sealing and opening one stored value.
//!
//! Version 2 layout (this version writes it):
//! `[2]["cn"][tree len: u8][tree][key len: u8][key][seq: u64 LE][ct len: u32 LE][nonce: 24][ct + tag: 16]`.
//! Everything before the nonce is the *header*, and the associated data is
//! `"conseil"` followed by the whole header: the value is bound to its tree,
//! its key and its *revision* (`seq`, the number of the commit that wrote
//! it), so a value moved elsewhere fails to open and an older value written
//! back is an older revision, which the head's digest does not count. The
//! header is in clear on purpose: the tree and key are already in clear in
//! sled, and having them beside the ciphertext lets `recover` find and
//! authenticate a value in the raw files without sled. The price is that the
//! commit number of each value is visible (the threat model says so).
//!
//! Version 1 (`[1][nonce][ct + tag]`, associated data = tree and key only)
//! is still read, for councils written before the head existed; migration
//! re-seals them as version 2.
//!
//! The plaintext is `[length: u32 LE][schema: u16 LE][record][zero padding]`,
//! padded to a Padmé bucket (at most ~12 % larger, leaking only the order of
//! magnitude of the length).

use chacha20poly1305::aead::{Aead, AeadCore, AeadInPlace, KeyInit, OsRng, Payload};
use chacha20poly1305::XChaCha20Poly1305;
use zeroize::Zeroizing;

use super::keys::RecordKey;

/// First byte of every value this version writes.
pub const ENVELOPE_VERSION: u8 = 2;
/// The version written before the head existed (read, never written).
pub const LEGACY_VERSION: u8 = 1;
/// Follows the version byte in version 2: with it, a value is found in raw
/// bytes.
pub const MAGIC: [u8; 2] = *b"cn";
const NONCE_LEN: usize = 24;
const TAG_LEN: usize = 16;
const FRAME_HEADER: usize = 6;
/// Smallest padded plaintext: short records all look alike.
const MIN_BUCKET: usize = 128;
/// Largest ciphertext a header may announce (sled refuses larger values
/// long before; this only bounds what a raw scan tries to read).
pub const MAX_SEALED: usize = 64 * 1024 * 1024;

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

/// An opened value.
pub struct Opened {
    /// Schema of the record inside.
    pub schema: u16,
    /// Revision: number of the commit that wrote it (0 for version 1).
    pub seq: u64,
    /// The serialised record.
    pub body: Zeroizing<Vec<u8>>,
}

/// The clear header of a version-2 value, read without any key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header<'a> {
    /// Tree the value was sealed for.
    pub tree: &'a str,
    /// Key the value was sealed for.
    pub key: &'a [u8],
    /// Revision (commit number).
    pub seq: u64,
    /// Bytes of the header itself.
    header_len: usize,
    /// Bytes of the whole value (header, nonce, ciphertext).
    pub total_len: usize,
}

/// Reads the header at the start of `bytes` (which may run on past the
/// value, as in a raw file); `None` unless it is a well-formed version 2.
pub fn peek(bytes: &[u8]) -> Option<Header<'_>> {
    let rest = bytes.strip_prefix(&[ENVELOPE_VERSION])?.strip_prefix(&MAGIC[..])?;
    let (&tree_len, rest) = rest.split_first()?;
    let tree = std::str::from_utf8(rest.get(..usize::from(tree_len))?).ok()?;
    let rest = &rest[usize::from(tree_len)..];
    let (&key_len, rest) = rest.split_first()?;
    let key = rest.get(..usize::from(key_len))?;
    let rest = &rest[usize::from(key_len)..];
    let seq = u64::from_le_bytes(rest.get(..8)?.try_into().ok()?);
    let ct_len = u32::from_le_bytes(rest.get(8..12)?.try_into().ok()?) as usize;
    if !(TAG_LEN + FRAME_HEADER..=MAX_SEALED).contains(&ct_len) {
        return None;
    }
    let header_len = bytes.len() - rest.len() + 12;
    let total_len = header_len + NONCE_LEN + ct_len;
    Some(Header { tree, key, seq, header_len, total_len })
}

fn header(tree: &str, key: &[u8], seq: u64, ct_len: usize) -> Option<Vec<u8>> {
    let mut h = Vec::with_capacity(16 + tree.len() + key.len());
    h.push(ENVELOPE_VERSION);
    h.extend_from_slice(&MAGIC);
    h.push(u8::try_from(tree.len()).ok()?);
    h.extend_from_slice(tree.as_bytes());
    h.push(u8::try_from(key.len()).ok()?);
    h.extend_from_slice(key);
    h.extend_from_slice(&seq.to_le_bytes());
    h.extend_from_slice(&u32::try_from(ct_len).ok()?.to_le_bytes());
    Some(h)
}

fn associated_data(header: &[u8]) -> Vec<u8> {
    [b"conseil".as_slice(), header].concat()
}

/// Associated data of version 1: format version, tree and key.
fn legacy_associated_data(tree: &str, key: &[u8]) -> Vec<u8> {
    let mut ad = Vec::with_capacity(16 + tree.len() + key.len());
    ad.extend_from_slice(b"conseil");
    ad.push(LEGACY_VERSION);
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

/// Encrypts `record` (already serialised) for `tree`/`key` at revision
/// `seq`. `None` only if the AEAD refuses (a message over 256 GiB) or the
/// tree or key is over 255 bytes: never write a value then.
pub fn seal(rk: &RecordKey, tree: &str, key: &[u8], seq: u64, schema: u16, record: &[u8]) -> Option<Vec<u8>> {
    let framed_len = FRAME_HEADER + record.len();
    let mut plain = Zeroizing::new(Vec::with_capacity(padme(framed_len)));
    plain.extend_from_slice(&u32::try_from(record.len()).ok()?.to_le_bytes());
    plain.extend_from_slice(&schema.to_le_bytes());
    plain.extend_from_slice(record);
    plain.resize(padme(framed_len), 0);

    let head = header(tree, key, seq, plain.len() + TAG_LEN)?;
    let cipher = XChaCha20Poly1305::new(rk.as_key());
    let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
    let ad = associated_data(&head);
    let sealed = cipher.encrypt(&nonce, Payload { msg: &plain, aad: &ad }).ok()?;
    let mut out = head;
    out.reserve(NONCE_LEN + sealed.len());
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&sealed);
    Some(out)
}

/// Decrypts a value of `tree`/`key` (version 2, or 1 when `legacy` is
/// allowed): its schema, revision and record bytes.
pub fn open(rk: &RecordKey, tree: &str, key: &[u8], value: &[u8], legacy: bool) -> Result<Opened, OpenError> {
    let (&version, rest) = value.split_first().ok_or(OpenError::Corrupt)?;
    if version > ENVELOPE_VERSION {
        return Err(OpenError::NewerVersion(version));
    }
    if version == LEGACY_VERSION && legacy {
        return open_legacy(rk, tree, key, rest);
    }
    let h = peek(value).ok_or(OpenError::Corrupt)?;
    if h.tree != tree || h.key != key || h.total_len != value.len() {
        return Err(OpenError::Corrupt);
    }
    decrypt(rk, value, &h)
}

/// Opens whatever version-2 value starts `bytes`, wherever it was found
/// (`recover`'s raw scan): the header says where it belongs, the AEAD says
/// whether to believe it.
pub fn open_found<'a>(rk: &RecordKey, bytes: &'a [u8]) -> Option<(Header<'a>, Opened)> {
    let h = peek(bytes)?;
    let value = bytes.get(..h.total_len)?;
    decrypt(rk, value, &h).ok().map(|o| (h, o))
}

/// Decrypts in one buffer, which becomes the record's bytes (opening every
/// record is most of an unlock: no second copy of each).
fn decrypt(rk: &RecordKey, value: &[u8], h: &Header<'_>) -> Result<Opened, OpenError> {
    let (head, rest) = value.split_at(h.header_len);
    let (nonce, sealed) = rest.split_at(NONCE_LEN);
    let (ct, tag) = sealed.split_at(sealed.len().checked_sub(TAG_LEN).ok_or(OpenError::Corrupt)?);
    let mut plain = Zeroizing::new(ct.to_vec());
    XChaCha20Poly1305::new(rk.as_key())
        .decrypt_in_place_detached(nonce.into(), &associated_data(head), &mut plain, tag.into())
        .map_err(|_| OpenError::Corrupt)?;
    unframe_in_place(plain, h.seq)
}

fn open_legacy(rk: &RecordKey, tree: &str, key: &[u8], rest: &[u8]) -> Result<Opened, OpenError> {
    if rest.len() < NONCE_LEN + TAG_LEN + FRAME_HEADER {
        return Err(OpenError::Corrupt);
    }
    let (nonce, sealed) = rest.split_at(NONCE_LEN);
    let cipher = XChaCha20Poly1305::new(rk.as_key());
    let ad = legacy_associated_data(tree, key);
    let plain = cipher
        .decrypt(nonce.into(), Payload { msg: sealed, aad: &ad })
        .map(Zeroizing::new)
        .map_err(|_| OpenError::Corrupt)?;
    unframe_in_place(plain, 0)
}

/// Unframes a decrypted buffer in place: the record's bytes are moved to
/// its start and the frame and padding cut off (the whole capacity is still
/// zeroed on drop).
fn unframe_in_place(mut plain: Zeroizing<Vec<u8>>, seq: u64) -> Result<Opened, OpenError> {
    let (schema, len) = frame(&plain)?;
    plain.copy_within(FRAME_HEADER..FRAME_HEADER + len, 0);
    plain.truncate(len);
    Ok(Opened { schema, seq, body: plain })
}

/// The schema and record length a decrypted frame announces, refusing a
/// newer schema or a length past the frame.
fn frame(plain: &[u8]) -> Result<(u16, usize), OpenError> {
    let frame = plain.get(..FRAME_HEADER).ok_or(OpenError::Corrupt)?;
    let len = u32::from_le_bytes([frame[0], frame[1], frame[2], frame[3]]) as usize;
    let schema = u16::from_le_bytes([frame[4], frame[5]]);
    if schema > crate::domain::SCHEMA_VERSION {
        return Err(OpenError::NewerSchema(schema));
    }
    if plain.len() - FRAME_HEADER < len {
        return Err(OpenError::Corrupt);
    }
    Ok((schema, len))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> RecordKey {
        RecordKey::from_bytes([9u8; 32])
    }

    fn sealed(tree: &str, id: &[u8], seq: u64) -> Vec<u8> {
        seal(&key(), tree, id, seq, 1, b"Colibri").unwrap_or_default()
    }

    /// Version 1 as the previous release wrote it.
    fn seal_legacy(tree: &str, id: &[u8], record: &[u8]) -> Vec<u8> {
        let mut plain = vec![0u8; 128];
        plain[..4].copy_from_slice(&(record.len() as u32).to_le_bytes());
        plain[4..6].copy_from_slice(&1u16.to_le_bytes());
        plain[6..6 + record.len()].copy_from_slice(record);
        let cipher = XChaCha20Poly1305::new(key().as_key());
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let ad = legacy_associated_data(tree, id);
        let ct = cipher.encrypt(&nonce, Payload { msg: &plain, aad: &ad }).unwrap_or_default();
        [&[LEGACY_VERSION][..], &nonce, &ct].concat()
    }

    #[test]
    fn round_trip_padding_and_revision() {
        let v = sealed("members", b"id-1", 42);
        assert_eq!(v.len(), 3 + 1 + 7 + 1 + 4 + 8 + 4 + 24 + 128 + 16);
        let o = open(&key(), "members", b"id-1", &v, false).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!((o.schema, o.seq, o.body.as_slice()), (1, 42, &b"Colibri"[..]));
        let h = peek(&v).unwrap_or_else(|| panic!("header"));
        assert_eq!((h.tree, h.key, h.seq, h.total_len), ("members", &b"id-1"[..], 42, v.len()));
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
    fn moved_flipped_or_re_numbered_values_fail() {
        let v = sealed("members", b"id-1", 7);
        assert_eq!(open(&key(), "members", b"id-2", &v, false).err(), Some(OpenError::Corrupt));
        assert_eq!(open(&key(), "tasks", b"id-1", &v, false).err(), Some(OpenError::Corrupt));
        for i in 0..v.len() {
            let mut t = v.clone();
            t[i] ^= 0x01;
            assert!(open(&key(), "members", b"id-1", &t, false).is_err(), "byte {i}");
            assert!(open_found(&key(), &t).is_none(), "byte {i} found");
        }
        assert!(open(&key(), "members", b"id-1", &v[..v.len() - 1], false).is_err());
        assert!(open(&key(), "members", b"id-1", &[], false).is_err());
        let other = RecordKey::from_bytes([8u8; 32]);
        assert_eq!(open(&other, "members", b"id-1", &v, false).err(), Some(OpenError::Corrupt));
    }

    #[test]
    fn a_value_is_found_in_raw_bytes_with_its_place() {
        let v = sealed("tasks", b"0123456789abcdef", 9);
        let raw = [&b"sled bytes before"[..], &v, b"and after"].concat();
        let (h, o) = open_found(&key(), &raw[17..]).unwrap_or_else(|| panic!("found"));
        assert_eq!((h.tree, h.key, h.seq, o.body.as_slice()), ("tasks", &b"0123456789abcdef"[..], 9, &b"Colibri"[..]));
    }

    #[test]
    fn version_one_is_read_only_when_allowed() {
        let v = seal_legacy("members", b"id-1", b"Colibri");
        let o = open(&key(), "members", b"id-1", &v, true).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!((o.seq, o.body.as_slice()), (0, &b"Colibri"[..]));
        assert_eq!(open(&key(), "members", b"id-1", &v, false).err(), Some(OpenError::Corrupt));
        assert_eq!(open(&key(), "members", b"id-2", &v, true).err(), Some(OpenError::Corrupt));
    }

    #[test]
    fn newer_versions_are_named() {
        let mut v = sealed("members", b"id", 1);
        v[0] = 3;
        assert_eq!(open(&key(), "members", b"id", &v, false).err(), Some(OpenError::NewerVersion(3)));
        let v = seal(&key(), "members", b"id", 1, 99, b"x").unwrap_or_default();
        assert_eq!(open(&key(), "members", b"id", &v, false).err(), Some(OpenError::NewerSchema(99)));
    }
}
