//! Compaction: sled keeps every overwritten value in its log until segments
//! are reused, and never gives back blobs of large values written over — a
//! meeting of 200 KB saved a hundred times left 21 MB behind. When the
//! folder holds more than [`BLOAT_RATIO`] times its live bytes, every tree
//! is copied, value for value (still sealed: nothing is decrypted or
//! re-encrypted), into a fresh folder that replaces this one.
//!
//! Crash safety is rotation's: the copy is complete, flushed, reopened and
//! compared byte for byte with the original in `P.rotation-new` before
//! anything moves; then `P` becomes `P.rotation-old`, the copy becomes `P`,
//! and the old folder is deleted. [`super::rotate::recover`] runs before
//! every open and finishes or undoes an interrupted swap, so a kill at any
//! point leaves the old council or the compacted one, both whole.

use std::path::Path;

use super::error::StoreError;
use super::store::Store;

/// Compact when the folder is larger than this many times its live bytes.
pub const BLOAT_RATIO: u64 = 3;

/// Never bother below this size on disk (a small council's sled files are
/// mostly preallocated segments).
pub const MIN_BYTES: u64 = 8 << 20;

/// What a compaction did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Compaction {
    /// Bytes on disk before.
    pub before: u64,
    /// Bytes on disk after.
    pub after: u64,
    /// Live keys and values (what the council holds).
    pub live: u64,
}

impl Store {
    /// Bytes of every key and value the council holds now, in every tree.
    pub fn live_bytes(&self) -> Result<u64, StoreError> {
        let mut total = 0u64;
        for name in self.db.tree_names() {
            let tree = self.db.open_tree(&name).map_err(|e| self.sled_err(e))?;
            for entry in tree.iter() {
                let (k, v) = entry.map_err(|e| self.sled_err(e))?;
                total += (k.len() + v.len()) as u64;
            }
        }
        Ok(total)
    }

    /// Bytes the council's folder takes on disk (blocks allocated).
    pub fn disk_bytes(&self) -> u64 {
        allocated(&self.path)
    }

    /// Compacts the council if its folder is over [`MIN_BYTES`] and more
    /// than [`BLOAT_RATIO`] times its live bytes; says what it did. The
    /// store stays open on the compacted folder (a long session in the
    /// terminal UI calls this between saves).
    pub fn compact_if_bloated(&mut self) -> Result<Option<Compaction>, StoreError> {
        // A store that refuses writes (read from a copy of read-only media,
        // or examined) is never compacted.
        if self.read_only.is_some() {
            return Ok(None);
        }
        let disk = self.disk_bytes();
        if disk < MIN_BYTES || disk <= BLOAT_RATIO.saturating_mul(self.live_bytes()?) {
            return Ok(None);
        }
        self.compact().map(Some)
    }

    /// Copies every tree into a fresh folder that replaces this one, and
    /// goes on from there.
    pub fn compact(&mut self) -> Result<Compaction, StoreError> {
        self.writable()?;
        let path = self.path.clone();
        let before = self.disk_bytes();
        let live = self.live_bytes()?;
        let new = super::rotate::new_path(&path);
        if new.exists() {
            std::fs::remove_dir_all(&new).map_err(io(&new))?;
        }
        let copied = self.copy_into(&new);
        if copied.is_err() {
            // The original is untouched; an unfinished copy is only space.
            let _ = std::fs::remove_dir_all(&new);
            copied?;
        }
        // sled lays a fresh copy of a large council out no smaller than the
        // original once its segments are reused (measured: 21.6 → 28.2 MiB
        // for the ten-year council after 80,000 updates): keep the smaller.
        let after = allocated(&new);
        if after >= before {
            std::fs::remove_dir_all(&new).map_err(io(&new))?;
            return Ok(Compaction { before, after: before, live });
        }
        self.swap_to_copy()?;
        Ok(Compaction { before, after: allocated(&path), live })
    }

    /// Puts the verified copy in `P.rotation-new` in place (the old folder,
    /// still open and locked, becomes `P.rotation-old`), reopens sled there,
    /// and deletes the old folder. The keys and the head stay as they are:
    /// the copy holds the same sealed values. A kill at any point is
    /// finished or undone by `rotate::recover` at the next open.
    fn swap_to_copy(&mut self) -> Result<(), StoreError> {
        use super::rotate::Swap;
        let path = self.path.clone();
        let (new, old) = (super::rotate::new_path(&path), super::rotate::old_path(&path));
        let swapped = match super::rotate::put_new_in_place(&path) {
            Ok(()) => Ok(()),
            Err((e, Swap::NotDone)) => {
                // Nothing moved: this store goes on where it was; the copy
                // is only space.
                let _ = std::fs::remove_dir_all(&new);
                return Err(e);
            }
            Err((e, Swap::Done)) => Err(e),
            Err((e, Swap::Half)) => {
                // This store's handles are on the folder set aside, which
                // the next open deletes: write nothing more through them.
                self.read_only = Some(super::store::ReadOnly::Examining);
                return Err(e);
            }
        };
        let (db, meta, trees) = match swapped.and_then(|()| reopen(&path)) {
            Ok(handles) => handles,
            Err(e) => {
                // The copy is in place but not open: put the old folder
                // (which this store's handles are on) back, or, failing
                // that, write nothing more through them (the next open
                // finishes the swap to the copy, which is whole).
                if super::rotate::put_old_back(&path) {
                    let _ = std::fs::remove_dir_all(&new);
                } else {
                    self.read_only = Some(super::store::ReadOnly::Examining);
                }
                return Err(e);
            }
        };
        // The old handles go (sled flushes them into the old folder), then
        // the old folder.
        self.trees = trees;
        self.warm.forget();
        self.meta = meta;
        self.db = db;
        // sled's flusher may still be closing the old files for a moment; a
        // folder left over is removed at the next open (`rotate::recover`).
        for _ in 0..20 {
            if std::fs::remove_dir_all(&old).is_ok() || !old.exists() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(25));
        }
        Ok(())
    }

    /// Writes every tree and the files beside sled's into `new`, flushes,
    /// reopens, and compares the copy with this store, tree by tree.
    fn copy_into(&self, new: &Path) -> Result<(), StoreError> {
        super::fsperm::create_private_dir(new).map_err(io(new))?;
        let sled_err = |e| StoreError::from_sled(new, e);
        let copy = sled::open(new).map_err(sled_err)?;
        for name in self.db.tree_names() {
            let (from, to) = (self.tree_named(&name)?, copy.open_tree(&name).map_err(sled_err)?);
            let mut batch = sled::Batch::default();
            for entry in from.iter() {
                let (k, v) = entry.map_err(|e| self.sled_err(e))?;
                batch.insert(k, v);
            }
            to.apply_batch(batch).map_err(sled_err)?;
        }
        copy.flush().map_err(sled_err)?;
        drop(copy);
        // The head file and the copy of the key wraps travel with the
        // store they describe.
        for file in [super::mirror::path(&self.path), super::key_copies::path(&self.path)] {
            if let Some(name) = file.file_name().filter(|_| file.is_file()) {
                std::fs::copy(&file, new.join(name)).map_err(io(&file))?;
            }
        }
        // Reopened (sled folds its log into a snapshot) and compared; the
        // handle just dropped may hold its lock a few more milliseconds.
        let copy = super::open::open_db(new, new)?;
        for name in self.db.tree_names() {
            let (from, to) = (self.tree_named(&name)?, copy.open_tree(&name).map_err(sled_err)?);
            let same = from.iter().zip(to.iter()).all(|(a, b)| matches!((a, b), (Ok(a), Ok(b)) if a == b));
            if !same || from.len() != to.len() {
                return Err(StoreError::Unreadable {
                    path: new.to_path_buf(),
                    detail: format!("compacted copy differs in {}", String::from_utf8_lossy(&name)),
                });
            }
        }
        copy.flush().map_err(sled_err)?;
        Ok(())
    }

    fn tree_named(&self, name: &[u8]) -> Result<sled::Tree, StoreError> {
        self.db.open_tree(name).map_err(|e| self.sled_err(e))
    }
}

/// sled's handles on the council at `path`: the database, `meta`, and one
/// tree per kind.
fn reopen(path: &Path) -> Result<(sled::Db, sled::Tree, Vec<sled::Tree>), StoreError> {
    if super::rotate::fault("reopen") {
        return Err(StoreError::Database("fault injected: reopening the compacted folder".into()));
    }
    let db = super::open::open_db(path, path)?;
    let sled_err = |e| StoreError::from_sled(path, e);
    let meta = db.open_tree(super::meta::TREE).map_err(sled_err)?;
    let trees =
        crate::domain::Kind::ALL.iter().map(|k| db.open_tree(k.tree()).map_err(sled_err)).collect::<Result<_, _>>()?;
    Ok((db, meta, trees))
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Access { path: path.to_path_buf(), source }
}

/// Blocks allocated under `dir`, in bytes.
fn allocated(dir: &Path) -> u64 {
    use std::os::unix::fs::MetadataExt;
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    entries
        .flatten()
        .map(|e| match e.metadata() {
            Ok(m) if m.is_dir() => allocated(&e.path()),
            Ok(m) => m.blocks() * 512,
            Err(_) => 0,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AgendaItem, Council, ItemKind, Language, Meeting, MeetingKind, Member, RecordId};
    use crate::storage::fault_points::arm;
    use crate::storage::rotate::{new_path, old_path};
    use crate::storage::{Access, StoreError, Unlock};

    /// A council whose one meeting (~200 KB of notes) was saved 60 times,
    /// with one member: bloated enough that its compacted copy is smaller
    /// and is swapped in.
    fn bloated() -> (tempfile::TempDir, Unlock, Store, Meeting) {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let identity = age::x25519::Identity::generate();
        let access = Access { recipients: vec![identity.to_public()], passphrase: None };
        let council = Council::new("Conseil gonflé", Language::Fr).unwrap_or_else(|e| panic!("{e:?}"));
        let store = Store::create(&dir.path().join("council"), &council, &access).unwrap_or_else(|e| panic!("{e:?}"));
        let date = time::macros::date!(2026 - 03 - 12);
        let mut meeting = Meeting::new(RecordId::random(), MeetingKind::Monthly, date, "Conseil de mars")
            .unwrap_or_else(|e| panic!("{e:?}"));
        let slot = "9h15-10h30".parse().unwrap_or_else(|e| panic!("{e:?}"));
        meeting.agenda.push(AgendaItem::new(slot, ItemKind::RoundTable, "Tour de table"));
        let words = ["le", "conseil", "parle", "des", "loyers", "et", "de", "la", "santé", "mentale"];
        for round in 0..60 {
            meeting.agenda[0].notes =
                (0..40_000).map(|i| words[(i * 7 + round) % words.len()]).collect::<Vec<_>>().join(" ");
            store.put(&meeting).unwrap_or_else(|e| panic!("{e:?}"));
        }
        store.put(&Member::new(RecordId::random(), "Hibou").unwrap_or_else(|e| panic!("{e:?}"))).unwrap_or_default();
        (dir, Unlock::Identities(vec![identity]), store, meeting)
    }

    /// The council opens verified, with its meeting and `members` members
    /// (one more when a write after the failure was allowed), and nothing
    /// is left beside it.
    fn whole(store: Store, unlock: &Unlock, meeting: &Meeting, members: usize) {
        let path = store.path().to_path_buf();
        drop(store);
        let store = Store::open(&path, unlock).unwrap_or_else(|e| panic!("does not open verified: {e:?}"));
        assert_eq!(store.get::<Meeting>(meeting.id).ok().as_ref(), Some(meeting));
        assert_eq!(store.list::<Member>().map(|m| m.len()).ok(), Some(members));
        assert!(!new_path(&path).exists() && !old_path(&path).exists(), "a folder was left beside the council");
    }

    fn hirondelle() -> Member {
        Member::new(RecordId::random(), "Hirondelle").unwrap_or_else(|e| panic!("{e:?}"))
    }

    #[test]
    fn a_compacted_folder_that_cannot_be_reopened_is_put_back_and_the_session_goes_on() {
        let (_dir, unlock, mut store, meeting) = bloated();
        arm("reopen");
        assert!(matches!(store.compact(), Err(StoreError::Database(_))));
        // The store is on the old folder, back in place: it still writes.
        store.put(&hirondelle()).unwrap_or_else(|e| panic!("write after the failed swap: {e:?}"));
        whole(store, &unlock, &meeting, 2);
    }

    #[test]
    fn when_the_old_folder_cannot_be_put_back_writes_are_refused_and_the_next_open_finishes_the_swap() {
        let (_dir, unlock, mut store, meeting) = bloated();
        arm("reopen");
        arm("put-old-back");
        assert!(store.compact().is_err());
        // Its handles are on a folder the next open deletes: nothing more
        // may be written through them.
        assert!(matches!(store.put(&hirondelle()), Err(StoreError::ReadOnly { .. })));
        whole(store, &unlock, &meeting, 1);
    }

    #[test]
    fn a_second_rename_that_fails_is_undone_and_the_session_goes_on() {
        let (_dir, unlock, mut store, meeting) = bloated();
        arm("rename-new");
        assert!(matches!(store.compact(), Err(StoreError::Access { .. })));
        store.put(&hirondelle()).unwrap_or_else(|e| panic!("write after the failed swap: {e:?}"));
        whole(store, &unlock, &meeting, 2);
    }

    #[test]
    fn a_second_rename_that_cannot_be_undone_refuses_writes_and_the_next_open_finishes_the_swap() {
        let (_dir, unlock, mut store, meeting) = bloated();
        arm("rename-new");
        arm("undo-rename");
        assert!(store.compact().is_err());
        assert!(matches!(store.put(&hirondelle()), Err(StoreError::ReadOnly { .. })));
        whole(store, &unlock, &meeting, 1);
    }

    /// A real failure, no fault armed: a folder left at the name the old
    /// council is moved to makes the first rename fail. Nothing moved, so
    /// the session goes on, and the compacted copy is removed.
    #[test]
    fn a_folder_in_the_way_of_the_swap_leaves_the_council_in_place_and_writable() {
        let (_dir, unlock, mut store, meeting) = bloated();
        let in_the_way = old_path(store.path());
        std::fs::create_dir(&in_the_way).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(in_the_way.join("quelque chose"), b"x").unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(store.compact(), Err(StoreError::Access { .. })));
        assert!(!new_path(store.path()).exists(), "the compacted copy was left behind");
        store.put(&hirondelle()).unwrap_or_else(|e| panic!("write after the failed swap: {e:?}"));
        // The next open clears the folder in the way (the name is the
        // swap's own) and finds everything.
        whole(store, &unlock, &meeting, 2);
    }
}
