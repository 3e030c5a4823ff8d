//! Sealing and opening archive bytes with age: to x25519 or ssh recipients,
//! or a passphrase (never both in one file: age forbids it); binary or
//! armoured. Opening caps the decrypted size and the scrypt work factor, so
//! a hostile file cannot exhaust memory or time.

use std::io::{BufRead, Read, Write};
use std::path::Path;

use age::armor::{ArmoredReader, ArmoredWriter, Format};
use age::secrecy::SecretString;

use super::ArchiveError;
use crate::storage::{MAX_PASSPHRASE_WORK_FACTOR, PASSPHRASE_WORK_FACTOR};

/// Largest decrypted archive accepted (a ten-year council is ~15 MiB).
pub const MAX_ARCHIVE_BYTES: u64 = 512 * 1024 * 1024;

/// Largest sealed file read: an archive at [`MAX_ARCHIVE_BYTES`] once
/// armoured (4/3, plus a line break every 64 characters) and age's chunk
/// tags stays below 1.4 times it; a bigger file cannot hold an archive we
/// would accept, and is refused before a byte of it is read.
pub const MAX_SEALED_BYTES: u64 = MAX_ARCHIVE_BYTES / 2 * 3;

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
    let recipients = match to {
        SealTo::Recipients(rs) => rs.len(),
        SealTo::Passphrase(_) => 1,
    };
    let mut out = Vec::with_capacity(sealed_capacity(plain.len(), recipients, armor));
    let format = if armor { Format::AsciiArmor } else { Format::Binary };
    let io = |e: std::io::Error| ArchiveError::Seal(e.to_string());
    let armored = ArmoredWriter::wrap_output(&mut out, format).map_err(io)?;
    let mut writer = encryptor.wrap_output(armored).map_err(io)?;
    writer.write_all(plain).map_err(io)?;
    writer.finish().and_then(|a| a.finish()).map_err(io)?;
    Ok(out)
}

/// Room for the sealed form of `plain_len` bytes, so that the output is
/// never moved as it grows: moving a large archive costs a copy, the
/// zeroing of the block left (every freed block is zeroed) and fresh pages
/// — measured at 1.6× the whole sealing time of 21 MB when the last 16-byte
/// tags did not fit.
fn sealed_capacity(plain_len: usize, recipients: usize, armor: bool) -> usize {
    // age: a header (about 100 bytes an x25519 recipient, up to about 710
    // for a 4096-bit ssh-rsa key, plus a random grease stanza of up to
    // about 210), then 64 KiB chunks, each with a 16-byte tag.
    let binary = plain_len + (plain_len / 65_536 + 1) * 16 + 512 + 1024 * recipients;
    // ASCII armour: base64 (4 bytes for 3) in lines of 64, and its markers.
    if armor {
        binary.div_ceil(3) * 4 + binary / 48 + 128
    } else {
        binary
    }
}

/// Decrypts an archive (binary or armoured), refusing anything damaged,
/// for someone else, or larger than [`MAX_ARCHIVE_BYTES`].
pub fn open(sealed: &[u8], with: &OpenWith) -> Result<Vec<u8>, ArchiveError> {
    open_with_limit(sealed, with, MAX_ARCHIVE_BYTES)
}

/// [`open`] with another size cap (the refusal of oversized archives is
/// tested with a small one).
pub fn open_with_limit(sealed: &[u8], with: &OpenWith, limit: u64) -> Result<Vec<u8>, ArchiveError> {
    open_reader(sealed, with, limit)
}

/// Opens the sealed file at `path` for [`open_reader`], refusing one larger
/// than [`MAX_SEALED_BYTES`] from its size alone: an archive is streamed
/// through age, never read whole first (a 1 GB file used to take 2 GB of
/// memory before being called "not an age file").
pub fn open_file(path: &Path) -> Result<std::io::BufReader<std::fs::File>, ArchiveError> {
    let io = |source| ArchiveError::Read { path: path.to_path_buf(), source };
    let file = std::fs::File::open(path).map_err(io)?;
    if file.metadata().map_err(io)?.len() > MAX_SEALED_BYTES {
        return Err(ArchiveError::TooLarge);
    }
    Ok(std::io::BufReader::with_capacity(1 << 16, file))
}

/// Decrypts a sealed stream (binary or armoured) as it is read: only the
/// decrypted document, capped at `limit`, is held in memory.
pub fn open_reader(mut sealed: impl BufRead, with: &OpenWith, limit: u64) -> Result<Vec<u8>, ArchiveError> {
    refuse_non_age(&mut sealed)?;
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

/// Refuses a stream that starts like neither an age file nor an armoured
/// one, from its first bytes: age's header parser reads up to the first
/// line break, which a hostile file may never have.
fn refuse_non_age(sealed: &mut impl BufRead) -> Result<(), ArchiveError> {
    const BINARY: &[u8] = b"age-encryption.org/";
    const ARMOURED: &[u8] = b"-----BEGIN AGE ENCRYPTED FILE-----";
    // An armoured archive saved by a Windows editor may start with a
    // byte-order mark: it is skipped, as age skips leading whitespace.
    if sealed.fill_buf().map_err(|_| ArchiveError::Damaged)?.starts_with(b"\xEF\xBB\xBF") {
        sealed.consume(3);
    }
    let head = sealed.fill_buf().map_err(|_| ArchiveError::Damaged)?;
    let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(head.len());
    let head = &head[start..];
    let starts_like = |magic: &[u8]| {
        let n = head.len().min(magic.len());
        head[..n] == magic[..n]
    };
    if head.is_empty() || !(starts_like(BINARY) || starts_like(ARMOURED)) {
        return Err(ArchiveError::NotAge);
    }
    Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A 4096-bit ssh-rsa public key (the largest stanza age writes), made
    /// by `ssh-keygen` (installed by `.ci/run`).
    fn ssh_rsa_recipient() -> age::ssh::Recipient {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let key = dir.path().join("k");
        let made = std::process::Command::new("ssh-keygen")
            .args(["-q", "-t", "rsa", "-b", "4096", "-N", "", "-f"])
            .arg(&key)
            .status()
            .unwrap_or_else(|e| panic!("ssh-keygen is needed (apt-get install openssh-client): {e}"));
        assert!(made.success());
        let public = std::fs::read_to_string(key.with_extension("pub")).unwrap_or_default();
        public.trim().parse().unwrap_or_else(|e| panic!("{e:?}"))
    }

    /// The output is sized once: it never grows (and so is never moved)
    /// while sealing, whatever the length, the recipients or the armour.
    #[test]
    fn sealing_never_moves_its_output() {
        let keys: Vec<age::x25519::Identity> = (0..3).map(|_| age::x25519::Identity::generate()).collect();
        let rsa = ssh_rsa_recipient();
        for len in [0, 1, 65_535, 65_536, 65_537, 3 * 65_536 + 5, 1 << 20, (1 << 23) + 1] {
            let plain = vec![7u8; len];
            // (x25519 keys, with the ssh-rsa key): one or three x25519 keys,
            // the ssh-rsa key alone, all four.
            for (n, with_rsa) in [(1, false), (3, false), (0, true), (3, true)] {
                for armor in [false, true] {
                    let mut to: Vec<Box<dyn age::Recipient + Send>> =
                        keys[..n].iter().map(|k| Box::new(k.to_public()) as _).collect();
                    if with_rsa {
                        to.push(Box::new(rsa.clone()));
                    }
                    let n = to.len();
                    let to = SealTo::Recipients(to);
                    let sealed = seal(&plain, &to, armor).unwrap_or_else(|e| panic!("{e:?}"));
                    let room = sealed_capacity(len, n, armor);
                    assert!(sealed.len() <= room, "{len} bytes, {n} recipients, armour {armor}");
                    assert_eq!(sealed.capacity(), room, "moved: {len} bytes, {n} recipients, armour {armor}");
                }
            }
        }
    }
}
