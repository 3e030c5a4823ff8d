//! Owner-only permissions on the council folder and its files.
//!
//! The binary sets umask 077 at start, so sled creates private files; this
//! module also tightens an existing folder (a council copied from elsewhere,
//! or one opened by a library user who never set the umask).

use std::fs;
use std::io;
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::Path;

/// Creates `path` (and missing parents) with mode 0700 for the last part.
pub fn create_private_dir(path: &Path) -> io::Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent)?;
    }
    fs::DirBuilder::new().mode(0o700).create(path)
}

/// Removes every permission of group and others from `dir`, its
/// sub-folders and every file inside. The owner's own bits are kept as they
/// are: a folder made read-only on purpose stays read-only.
pub fn restrict(dir: &Path) -> io::Result<()> {
    only_owner(dir)?;
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        if kind.is_dir() {
            restrict(&entry.path())?;
        } else if kind.is_file() {
            only_owner(&entry.path())?;
        }
    }
    Ok(())
}

/// Clears group and other bits, touching nothing when they are clear
/// already (so a read-only medium is never written for nothing).
fn only_owner(path: &Path) -> io::Result<()> {
    let mode = fs::metadata(path)?.permissions().mode();
    if mode & 0o077 != 0 {
        fs::set_permissions(path, fs::Permissions::from_mode(mode & 0o700))?;
    }
    Ok(())
}
