//! Rolling backups: on each clean close, the whole council as an archive
//! sealed to the council's own recipients, beside the council
//! (`NAME.backups/conseil-<commit>.age`), the last N kept.
//!
//! The file is named by the head's commit counter, not by a date, so that
//! "the work since the last backup" is a number `check` and `recover` can
//! state, and so that closing without having written anything adds nothing.
//! Backups are age files like any archive (`age -d` opens them), written
//! through the safe writer; a council unlocked only by a passphrase has no
//! recipients to seal to, and gets none (the outcome says so).
//!
//! A damaged record costs only itself here too: the backup holds every
//! record that opens and names the ones left out, and then removes no older
//! backup, since those may hold the damaged records intact (what `recover`
//! takes them from).
//!
//! Shells call [`on_close`] when they close the store cleanly (the terminal
//! UI does, on lock and quit); `recover` reads the newest one back.

use std::path::{Path, PathBuf};

use super::{ArchiveError, Document, SealTo};
use crate::storage::safe_file::{self, Overwrite};
use crate::storage::{BadRecord, Store, StoreError};

/// Backups kept when nothing else is said.
pub const DEFAULT_KEPT: usize = 5;

/// What a close did about backups.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A new backup was written.
    Written {
        /// The file.
        path: PathBuf,
        /// The commit it holds.
        counter: u64,
        /// Damaged records left out of it (tree and id); while there are
        /// any, older backups are all kept.
        left_out: Vec<BadRecord>,
    },
    /// The newest backup already holds this state.
    UpToDate,
    /// The council has no recipients (passphrase only): nothing to seal to.
    NoRecipients,
    /// Backups are turned off (N = 0).
    Off,
}

/// The backup folder of the council at `council`.
pub fn folder(council: &Path) -> PathBuf {
    let mut name = council.file_name().unwrap_or_default().to_os_string();
    name.push(".backups");
    council.with_file_name(name)
}

/// The backups of a council, newest first: (commit, file).
pub fn list(council: &Path) -> Vec<(u64, PathBuf)> {
    let Ok(entries) = std::fs::read_dir(folder(council)) else { return Vec::new() };
    let mut out: Vec<(u64, PathBuf)> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let counter = name.strip_prefix("conseil-")?.strip_suffix(".age")?.parse().ok()?;
            Some((counter, e.path()))
        })
        .collect();
    out.sort_by_key(|(c, _)| std::cmp::Reverse(*c));
    out
}

/// Writes a backup of `store` unless the newest one holds the same commit,
/// then keeps only the newest `kept` (all of them when damaged records were
/// left out of the new one).
pub fn on_close(store: &Store, kept: usize) -> Result<Outcome, ArchiveError> {
    if kept == 0 {
        return Ok(Outcome::Off);
    }
    let counter = store.counter();
    let existing = list(store.path());
    if existing.first().is_some_and(|(c, _)| *c == counter) {
        return Ok(Outcome::UpToDate);
    }
    let to = super::keys::from_public_keys(&store.recipients()?);
    if to.is_empty() {
        return Ok(Outcome::NoRecipients);
    }
    let dir = folder(store.path());
    let io = |source| ArchiveError::Store(StoreError::Access { path: dir.clone(), source });
    if !dir.exists() {
        std::fs::DirBuilder::new().recursive(true).create(&dir).map_err(io)?;
        restrict(&dir).map_err(io)?;
    }
    let sound = Document::from_store_sound(store)?;
    let json = super::auth::sign(&super::to_json(&sound.document)?, &*store.archive_key()?)?;
    let sealed = super::seal(&json, &SealTo::Recipients(to), false)?;
    let path = dir.join(format!("conseil-{counter:012}.age"));
    safe_file::write(&path, &sealed, Overwrite::Replace).map_err(io)?;
    if sound.damaged.is_empty() {
        for (_, old) in list(store.path()).into_iter().skip(kept) {
            // An old backup that cannot be removed costs space, not data.
            let _ = std::fs::remove_file(old);
        }
    }
    Ok(Outcome::Written { path, counter, left_out: sound.damaged })
}

fn restrict(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
}
