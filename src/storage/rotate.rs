//! Rotating the data key: every record is re-encrypted under a fresh key
//! into a fresh folder, which then replaces the old one. Rewriting in place
//! would leave old ciphertext and the old key wraps in sled's log, readable
//! by a removed recipient who kept a copy of their key.
//!
//! Crash safety: the new council is complete and flushed in `P.rotation-new`
//! before anything moves. Then `P` becomes `P.rotation-old`, the new folder
//! becomes `P`, and the old one is deleted. [`recover`] runs before every
//! open and finishes or undoes an interrupted rotation, so a kill at any
//! point leaves the old council or the new one, never a mix or neither.

use std::path::{Path, PathBuf};

use super::error::StoreError;
use super::keys::Access;
use super::lists::ListKind;
use super::store::Store;
use crate::domain::{AdvocacyDraft, Contribution, Meeting, Member, Record, Task, WorkingGroup};

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

pub(super) fn new_path(path: &Path) -> PathBuf {
    sibling(path, ".rotation-new")
}

pub(super) fn old_path(path: &Path) -> PathBuf {
    sibling(path, ".rotation-old")
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Access { path: path.to_path_buf(), source }
}

/// Flushes a folder's entry list to disk, so renames survive a power cut.
pub(super) fn sync_dir(dir: &Path) -> Result<(), StoreError> {
    let parent = dir.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::File::open(parent).and_then(|f| f.sync_all()).map_err(io(parent))
}

/// Finishes or undoes a rotation interrupted by a crash.
pub(crate) fn recover(path: &Path) -> Result<(), StoreError> {
    let (new, old) = (new_path(path), old_path(path));
    match (path.exists(), new.exists(), old.exists()) {
        // Killed between the two renames: the new council is complete.
        (false, true, true) => {
            std::fs::rename(&new, path).map_err(io(path))?;
            sync_dir(path)?;
            std::fs::remove_dir_all(&old).map_err(io(&old))
        }
        // Only the old one left (should not happen): put it back.
        (false, false, true) => {
            std::fs::rename(&old, path).map_err(io(path))?;
            sync_dir(path)
        }
        // Killed while writing the new council: it is incomplete.
        (true, true, false) => std::fs::remove_dir_all(&new).map_err(io(&new)),
        // Killed before the old one was deleted.
        (true, _, true) => std::fs::remove_dir_all(&old).map_err(io(&old)),
        _ => Ok(()),
    }
}

fn copy_kind<R: Record>(from: &Store, to: &Store) -> Result<usize, StoreError> {
    let records = from.list::<R>()?;
    for chunk in records.chunks(1_000) {
        let mut batch = to.batch();
        for r in chunk {
            batch.put(r)?;
        }
        batch.commit()?;
    }
    Ok(records.len())
}

impl Store {
    /// Re-encrypts the council under a fresh data key for `access`, in a
    /// fresh folder that replaces this one. Returns the number of records.
    pub fn rotate(self, access: &Access) -> Result<usize, StoreError> {
        let path = self.path().to_path_buf();
        let new = new_path(&path);
        if new.exists() {
            std::fs::remove_dir_all(&new).map_err(io(&new))?;
        }
        let fresh = Store::create(&new, &self.council()?, access)?;
        let mut count = 0;
        count += copy_kind::<Member>(&self, &fresh)?;
        count += copy_kind::<WorkingGroup>(&self, &fresh)?;
        count += copy_kind::<Meeting>(&self, &fresh)?;
        count += copy_kind::<Task>(&self, &fresh)?;
        count += copy_kind::<Contribution>(&self, &fresh)?;
        count += copy_kind::<AdvocacyDraft>(&self, &fresh)?;
        for which in [ListKind::NeverWrite, ListKind::Dismissed] {
            fresh.put_keyed_list(which, &self.keyed_list(which)?, true)?;
        }
        fresh.put_archive_key(&*self.archive_key()?)?;
        if let Some(draft) = self.ui_draft()? {
            fresh.put_ui_draft(Some(&draft))?;
        }
        drop(fresh);
        swap_in(&path, self)?;
        Ok(count)
    }
}

/// Puts the complete council written in `P.rotation-new` in place of the
/// one at `path` (still open as `current`, so still locked), then deletes
/// the old folder. A kill at any point is finished or undone by
/// [`recover`].
pub(super) fn swap_in(path: &Path, current: Store) -> Result<(), StoreError> {
    put_new_in_place(path).map_err(|(e, _)| e)?;
    drop(current);
    let old = old_path(path);
    std::fs::remove_dir_all(&old).map_err(io(&old))
}

/// Where the folders are after [`put_new_in_place`] failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Swap {
    /// Nothing moved, or the move was undone: the old folder is at `P`.
    NotDone,
    /// Both folders moved (`P` is the new one): only the final sync failed.
    Done,
    /// `P` is missing: the old folder is aside and could not be put back
    /// (the next open's [`recover`] finishes the swap).
    Half,
}

/// `P` becomes `P.rotation-old` and `P.rotation-new` becomes `P`, both
/// synced. If the second step fails, the first is undone, so that an error
/// says where the folders are (a kill between the two is [`recover`]'s to
/// finish).
pub(super) fn put_new_in_place(path: &Path) -> Result<(), (StoreError, Swap)> {
    let (new, old) = (new_path(path), old_path(path));
    sync_dir(&new).map_err(|e| (e, Swap::NotDone))?;
    std::fs::rename(path, &old).map_err(|e| (io(path)(e), Swap::NotDone))?;
    let second =
        if fault("rename-new") { Err(std::io::Error::other("fault injected")) } else { std::fs::rename(&new, path) };
    if let Err(e) = second {
        let undone = !fault("undo-rename") && std::fs::rename(&old, path).is_ok();
        return Err((io(path)(e), if undone { Swap::NotDone } else { Swap::Half }));
    }
    sync_dir(path).map_err(|e| (e, Swap::Done))
}

/// Whether the unit tests have armed a failure at `step` (never outside
/// tests: the steps are ones the world rarely fails on cue).
#[cfg(test)]
pub(super) fn fault(step: &'static str) -> bool {
    super::fault_points::hit(step)
}

#[cfg(not(test))]
pub(super) fn fault(_step: &'static str) -> bool {
    false
}

/// Undoes [`put_new_in_place`]: `P` goes back to `P.rotation-new` and
/// `P.rotation-old` back to `P`. False if it could not be done (then the
/// next open's [`recover`] finishes the swap instead).
pub(super) fn put_old_back(path: &Path) -> bool {
    let (new, old) = (new_path(path), old_path(path));
    let moved = !path.exists() || std::fs::rename(path, &new).is_ok();
    moved && !fault("put-old-back") && std::fs::rename(&old, path).is_ok()
}
