//! Identity and recipient files in the formats of `age-keygen` and `age -R`:
//! one key per line, `#` comments. An identity file also yields its public
//! keys, so `--recipient` accepts either kind of file.

use std::io;
use std::path::Path;
use std::str::FromStr;

use age::secrecy::ExposeSecret;
use age::x25519;
use zeroize::Zeroizing;

/// Why a key file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum KeyFileError {
    /// The file could not be read or written.
    #[error("{0}")]
    Io(#[from] io::Error),
    /// A line is neither a comment, an `age1…` key nor an `AGE-SECRET-KEY-…`.
    #[error("line {0} is not an age key")]
    BadLine(usize),
    /// The file holds no key.
    #[error("no key in file")]
    Empty,
}

/// The keys found in a file.
#[derive(Default)]
pub struct Keys {
    /// Secret keys (identity files).
    pub identities: Vec<x25519::Identity>,
    /// Public keys: listed ones, plus those of the identities.
    pub recipients: Vec<x25519::Recipient>,
}

/// The permission bits of an identity file that let people other than its
/// owner read it (`None` when only the owner can): a secret key others can
/// read is a key beside its ciphertext.
pub fn readable_by_others(path: &Path) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).ok()?.permissions().mode() & 0o777;
    (mode & 0o044 != 0).then_some(mode)
}

/// Parses the text of an identity or recipients file.
pub fn parse(text: &str) -> Result<Keys, KeyFileError> {
    let mut keys = Keys::default();
    // A file saved by a Windows editor may start with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Ok(identity) = x25519::Identity::from_str(line) {
            keys.recipients.push(identity.to_public());
            keys.identities.push(identity);
        } else if let Ok(recipient) = x25519::Recipient::from_str(line) {
            keys.recipients.push(recipient);
        } else {
            return Err(KeyFileError::BadLine(n + 1));
        }
    }
    if keys.recipients.is_empty() {
        return Err(KeyFileError::Empty);
    }
    Ok(keys)
}

/// Reads and parses a key file; the text is wiped from memory afterwards.
pub fn read(path: &Path) -> Result<Keys, KeyFileError> {
    let text = Zeroizing::new(std::fs::read_to_string(path)?);
    parse(&text)
}

/// Writes a new identity file like `age-keygen -o`: refuses to overwrite,
/// mode 0600, through the safe writer. Returns the public key.
pub fn generate(path: &Path, created: &str) -> Result<x25519::Recipient, KeyFileError> {
    let identity = x25519::Identity::generate();
    let public = identity.to_public();
    let secret = identity.to_string();
    let text = Zeroizing::new(format!("# created: {created}\n# public key: {public}\n{}\n", secret.expose_secret()));
    // Beside, synced, renamed without clobbering: a full disk never leaves a
    // truncated identity that would look like a key.
    super::safe_file::write(path, text.as_bytes(), super::safe_file::Overwrite::Refuse)?;
    Ok(public)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_file_yields_its_public_key() {
        let id = x25519::Identity::generate();
        let text = format!("# a comment\n{}\n", id.to_string().expose_secret());
        let keys = parse(&text).unwrap_or_default();
        assert_eq!(keys.identities.len(), 1);
        assert_eq!(keys.recipients[0].to_string(), id.to_public().to_string());
    }

    #[test]
    fn garbage_line_is_named() {
        assert!(matches!(parse("age1notakey\n"), Err(KeyFileError::BadLine(1))));
        assert!(matches!(parse("# only comments\n"), Err(KeyFileError::Empty)));
    }
}
