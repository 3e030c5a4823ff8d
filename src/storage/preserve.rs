//! Keeping the evidence: before sled opens a council whose last writes it
//! has not yet folded into its snapshot, the council's files are copied
//! aside, because sled's recovery rewrites them — a damaged byte in that
//! region makes it drop the write and everything after, and zero the rest
//! of the segment, even for a read-only command.
//!
//! The mirror's clear counters say when this is needed (commits since the
//! last verified open), so an open after a clean session that only read
//! copies nothing. The copy sits beside the council (`NAME.preserved`) and
//! is removed once the open has verified the council against its head; if
//! anything is missing it stays, and `check` and `recover` read it. A copy
//! left by an earlier failed open is never overwritten: it is the one taken
//! before sled touched anything.

use std::path::{Path, PathBuf};

use super::error::StoreError;
use super::mirror;

/// A copy of the council's files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preserved {
    /// Where it is.
    pub path: PathBuf,
    /// Whether this open made it (and may remove it once all is well).
    pub fresh: bool,
}

/// Where the copy of the council at `path` goes.
pub fn path_for(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".preserved");
    path.with_file_name(name)
}

/// Copies the council aside when sled's recovery could rewrite writes it
/// has not folded in yet; returns the copy (fresh or earlier) if there is
/// one. A copy that cannot be made refuses the open.
pub fn before_open(path: &Path) -> Result<Option<Preserved>, StoreError> {
    let dest = path_for(path);
    if dest.exists() {
        return Ok(Some(Preserved { path: dest, fresh: false }));
    }
    // No mirror (an older council, or a lost file): assume the worst.
    let at_risk = mirror::peek(path).is_none_or(|(counter, settled)| counter > settled);
    if !at_risk {
        return Ok(None);
    }
    let io = |source| StoreError::Preserve { path: dest.clone(), source };
    let mut name = dest.file_name().unwrap_or_default().to_os_string();
    name.push(".tmp");
    let tmp = dest.with_file_name(name);
    if tmp.exists() {
        std::fs::remove_dir_all(&tmp).map_err(io)?;
    }
    copy_dir(path, &tmp).map_err(io)?;
    std::fs::rename(&tmp, &dest).map_err(io)?;
    Ok(Some(Preserved { path: dest, fresh: true }))
}

/// Removes a copy this open made, once the council is known to be whole.
pub fn discard(preserved: &Preserved) {
    if preserved.fresh {
        // Best effort: a leftover copy is only disk space, and the next
        // open will not overwrite it but report it.
        let _ = std::fs::remove_dir_all(&preserved.path);
    }
}

/// Copies a folder (files and sub-folders), owner-only, without following
/// links. Clones blocks where the file system can (`copy_file_range`).
pub(super) fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    super::fsperm::create_private_dir(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        let target = to.join(entry.file_name());
        if kind.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else if kind.is_file() {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}
