//! Sealing and opening archive bytes with age: to x25519 or ssh recipients,
//! or a passphrase (never both in one file: age forbids it); binary or
//! armoured. Opening caps the decrypted size and the scrypt work factor, so
//! a hostile file cannot exhaust memory or time.

use std::io::{Read, Write};

use age::armor::{ArmoredReader, ArmoredWriter, Format};
use age::secrecy::SecretString;

use super::ArchiveError;
use crate::storage::{MAX_PASSPHRASE_WORK_FACTOR, PASSPHRASE_WORK_FACTOR};

/// Largest decrypted archive accepted (a ten-year council is ~15 MiB).
pub const MAX_ARCHIVE_BYTES: u64 = 512 * 1024 * 1024;

/// Who can open an archive.
pub enum SealTo {
    /// Recipients (x25519 or ssh public keys).
    Recipients(Vec<Box<dyn age::Recipient + Send>>),
    /// A passphrase.
    Passphrase(SecretString),
}

/// What opens an archive.
pub enum OpenWith {
    /// Identities (x25519 or ssh private keys).
    Identities(Vec<Box<dyn age::Identity>>),
    /// A passphrase.
    Passphrase(SecretString),
}

/// Encrypts `plain` for `to`, armoured (text-safe) when asked.
pub fn seal(plain: &[u8], to: &SealTo, armor: bool) -> Result<Vec<u8>, ArchiveError> {
    let encryptor = match to {
        SealTo::Recipients(rs) => age::Encryptor::with_recipients(rs.iter().map(|r| r.as_ref() as &dyn age::Recipient)),
        SealTo::Passphrase(p) => {
            let mut r = age::scrypt::Recipient::new(p.clone());
            r.set_work_factor(PASSPHRASE_WORK_FACTOR);
            age::Encryptor::with_recipients(std::iter::once(&r as &dyn age::Recipient))
        }
    }
    .map_err(|e| ArchiveError::Seal(e.to_string()))?;
    let mut out = Vec::with_capacity(plain.len() + 1024);
    let format = if armor { Format::AsciiArmor } else { Format::Binary };
    let io = |e: std::io::Error| ArchiveError::Seal(e.to_string());
    let armored = ArmoredWriter::wrap_output(&mut out, format).map_err(io)?;
    let mut writer = encryptor.wrap_output(armored).map_err(io)?;
    writer.write_all(plain).map_err(io)?;
    writer.finish().and_then(|a| a.finish()).map_err(io)?;
    Ok(out)
}

/// Decrypts an archive (binary or armoured), refusing anything damaged,
/// for someone else, or larger than [`MAX_ARCHIVE_BYTES`].
pub fn open(sealed: &[u8], with: &OpenWith) -> Result<Vec<u8>, ArchiveError> {
    open_with_limit(sealed, with, MAX_ARCHIVE_BYTES)
}

/// [`open`] with another size cap (the refusal of oversized archives is
/// tested with a small one).
pub fn open_with_limit(sealed: &[u8], with: &OpenWith, limit: u64) -> Result<Vec<u8>, ArchiveError> {
    let decryptor = age::Decryptor::new_buffered(ArmoredReader::new(sealed)).map_err(map_decrypt)?;
    let mut scrypt;
    let ids: Vec<&dyn age::Identity> = match with {
        OpenWith::Identities(ids) => ids.iter().map(|i| i.as_ref()).collect(),
        OpenWith::Passphrase(p) => {
            scrypt = age::scrypt::Identity::new(p.clone());
            // Capped as a council's own wrap is (see the constant for the
            // measured times and memory).
            scrypt.set_max_work_factor(MAX_PASSPHRASE_WORK_FACTOR);
            vec![&scrypt]
        }
    };
    if matches!(with, OpenWith::Passphrase(_)) != decryptor.is_scrypt() {
        return Err(if decryptor.is_scrypt() { ArchiveError::NeedsPassphrase } else { ArchiveError::NeedsIdentity });
    }
    let passphrase = matches!(with, OpenWith::Passphrase(_));
    let reader = decryptor.decrypt(ids.into_iter()).map_err(|e| match e {
        // A wrong passphrase fails to unwrap the file key.
        age::DecryptError::DecryptionFailed if passphrase => ArchiveError::WrongKey,
        other => map_decrypt(other),
    })?;
    let mut plain = Vec::new();
    reader.take(limit.saturating_add(1)).read_to_end(&mut plain).map_err(|_| ArchiveError::Damaged)?;
    if plain.len() as u64 > limit {
        return Err(ArchiveError::TooLarge);
    }
    Ok(plain)
}

fn map_decrypt(e: age::DecryptError) -> ArchiveError {
    use age::DecryptError as D;
    match e {
        D::NoMatchingKeys => ArchiveError::WrongKey,
        D::ExcessiveWork { required, .. } => ArchiveError::ExcessiveWork { found: required },
        D::UnknownFormat => ArchiveError::NotAge,
        D::InvalidHeader => ArchiveError::NotAge,
        _ => ArchiveError::Damaged,
    }
}
