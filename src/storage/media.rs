//! Councils on media that cannot be written: a backup disk mounted
//! read-only, a locked USB key, a folder the user may only read.
//!
//! sled writes on every open (its lock, its recovery), so such a council
//! cannot be opened where it lies. It is copied instead — ciphertext only:
//! the records sealed, the data key only in its age wraps, exactly as on
//! the medium — into a private temporary folder (0700), opened from there
//! with every write refused ([`ReadOnly::Copy`](super::ReadOnly::Copy)),
//! and the copy is removed when the store is dropped. The original is
//! never written, so it stays the evidence for `check` and `recover`.

use std::path::Path;

use super::error::StoreError;

/// Whether the council's folder can be written: one empty file is made
/// and removed. Any refusal (read-only file system, permissions, a full
/// disk, a quota) counts as "no": opening in place would fail on the
/// first write sled makes.
pub(super) fn is_writable(path: &Path) -> bool {
    tempfile::Builder::new().prefix(".conseil-essai-").tempfile_in(path).is_ok()
}

/// Copies the council at `path` into a fresh private temporary folder.
pub(super) fn copy_aside(path: &Path) -> Result<tempfile::TempDir, StoreError> {
    let io = |source| StoreError::Access { path: path.to_path_buf(), source };
    let dir = tempfile::Builder::new().prefix("conseil-lecture-").tempdir().map_err(io)?;
    let copy = dir.path().join("conseil");
    super::preserve::copy_dir(path, &copy).map_err(io)?;
    owner_writable(&copy).map_err(io)?;
    Ok(dir)
}

/// Gives the copy's files back the owner's write bit (they keep the
/// original's modes, read-only ones included, and sled opens them for
/// writing): files 0600, folders 0700.
fn owner_writable(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_type()?.is_dir() {
            owner_writable(&entry.path())?;
        } else {
            std::fs::set_permissions(entry.path(), std::fs::Permissions::from_mode(0o600))?;
        }
    }
    Ok(())
}

/// The folder sled opens for a council copied by [`copy_aside`].
pub(super) fn sled_folder(dir: &tempfile::TempDir) -> std::path::PathBuf {
    dir.path().join("conseil")
}
