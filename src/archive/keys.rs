//! Who an archive is for and who opens it: keys typed or read from files
//! in every format age knows (conseil and `age-keygen` identity files give
//! their public keys; `age -R` files; ssh keys), and writing the sealed
//! file through the safe writer, never replacing another unless asked.

use std::path::Path;

use age::cli_common::{read_identities, read_recipients, StdinGuard};

use super::ArchiveError;
use crate::storage::safe_file::{self, Overwrite};
use crate::storage::{keyfile, StoreError};

/// Recipients from keys or key files (`to`) and `age -R` files.
pub fn recipients(to: &[String], to_files: &[String]) -> Result<Vec<Box<dyn age::Recipient + Send>>, ArchiveError> {
    let mut keys = Vec::new();
    let mut files = to_files.to_vec();
    let mut out: Vec<Box<dyn age::Recipient + Send>> = Vec::new();
    for r in to.iter().map(|r| r.trim()).filter(|r| !r.is_empty()) {
        if Path::new(r).is_file() {
            match keyfile::read(Path::new(r)) {
                Ok(found) => {
                    out.extend(found.recipients.into_iter().map(|k| Box::new(k) as Box<dyn age::Recipient + Send>))
                }
                // Not an age key file: an ssh key or an `age -R` list.
                Err(_) => files.push(r.to_string()),
            }
        } else {
            keys.push(r.to_string());
        }
    }
    if !keys.is_empty() || !files.is_empty() {
        let more = read_recipients(keys, files, Vec::new(), None, &mut StdinGuard::new(false))
            .map_err(|e| ArchiveError::Key(e.to_string()))?;
        out.extend(more);
    }
    if out.is_empty() {
        return Err(ArchiveError::NoRecipient);
    }
    Ok(out)
}

/// The council's own public keys (for return slips).
pub fn from_public_keys(keys: &[String]) -> Vec<Box<dyn age::Recipient + Send>> {
    keys.iter()
        .filter_map(|k| k.parse::<age::x25519::Recipient>().ok())
        .map(|r| Box::new(r) as Box<dyn age::Recipient + Send>)
        .collect()
}

/// Identities from identity files (age or ssh), with scrypt capped.
pub fn identities(files: &[String]) -> Result<Vec<Box<dyn age::Identity>>, ArchiveError> {
    if files.is_empty() {
        return Err(ArchiveError::Key(String::new()));
    }
    read_identities(files.to_vec(), Some(22), &mut StdinGuard::new(false)).map_err(|e| ArchiveError::Key(e.to_string()))
}

/// Writes `bytes` to a new file (or over one only with `force`) through
/// the safe writer: beside, synced, renamed. A failed write (full disk, size
/// limit) leaves the old file whole and no partial file behind.
pub fn write_new(path: &Path, bytes: &[u8], force: bool) -> Result<(), ArchiveError> {
    let overwrite = if force { Overwrite::Replace } else { Overwrite::Refuse };
    safe_file::write(path, bytes, overwrite).map_err(|source| {
        if source.kind() == std::io::ErrorKind::AlreadyExists {
            ArchiveError::Exists(path.display().to_string())
        } else {
            ArchiveError::Store(StoreError::Access { path: path.to_path_buf(), source })
        }
    })
}
