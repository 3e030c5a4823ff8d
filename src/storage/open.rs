//! Opening a council: recover an interrupted rotation, keep the evidence
//! sled's recovery could destroy, open sled, refuse a newer format, unwrap
//! the data key, migrate an older format, and verify the store against its
//! head.
//!
//! Two doors: [`Store::open`] refuses a council that is not where its head
//! says (naming what is missing or replayed, and changing nothing), while
//! [`Store::open_examined`] opens it anyway, read-only, for `check` and
//! `recover` to look at.

use std::path::Path;

use sled::Tree;

use super::error::StoreError;
use super::keys::{DataKey, Unlock};
use super::mirror::{self, Mirror};
use super::preserve;
use super::store::{corrupt, HeadState, ReadOnly, Store};
use super::verify::Verdict;
use super::{meta, STORE_FORMAT};
use crate::domain::SCHEMA_VERSION;

impl Store {
    /// Opens and unlocks the council at `path`, refusing one whose store
    /// is behind its head or whose values do not add up (the error names
    /// what is missing or replayed; nothing is changed).
    pub fn open(path: &Path, unlock: &Unlock) -> Result<Self, StoreError> {
        let (mut store, verdict) = Self::open_inner(path, unlock)?;
        if !verdict.is_sound() {
            return Err(StoreError::Integrity(Box::new(store.findings(&verdict)?)));
        }
        store.writes_allowed();
        store.settle();
        Ok(store)
    }

    /// Opens and unlocks the council whatever its head says, to examine it:
    /// the store refuses writes, and the verdict says what the head check
    /// found. A copy taken aside before sled's recovery is kept.
    pub fn open_examined(path: &Path, unlock: &Unlock) -> Result<(Self, Verdict), StoreError> {
        Self::open_inner(path, unlock)
    }

    /// After an examination that found the council sound: the same as a
    /// verified open (writes allowed again, copy aside dropped).
    pub fn conclude_sound(&mut self) {
        self.writes_allowed();
        self.settle();
    }

    /// Lifts the examination's refusal of writes; a store read from a copy
    /// of read-only media keeps refusing them.
    fn writes_allowed(&mut self) {
        self.read_only = self.copy.as_ref().map(|_| ReadOnly::Copy);
    }

    /// Accepts the council as it is now: a new head over the values
    /// present (damaged ones included, still named by `check`), counting on
    /// from the highest counter seen. The copy taken aside is kept for
    /// `recover`. This is the user's decision, after `check` said what is
    /// missing.
    pub fn accept_state(&mut self) -> Result<(), StoreError> {
        if self.copy.is_some() {
            return Err(StoreError::ReadOnly { path: self.path.clone(), why: ReadOnly::Copy });
        }
        let computed = self.computed_digest()?;
        let mirrored = match mirror::read(&self.path, &self.record_key) {
            Ok(mirror::Found::Present(m)) => m.counter,
            _ => 0,
        };
        {
            let mut state = self.lock_head();
            state.counter = state.counter.max(mirrored);
            state.digest = computed;
        }
        self.read_only = None;
        self.preserved = None;
        self.batch().commit()?;
        self.settle();
        Ok(())
    }

    fn open_inner(path: &Path, unlock: &Unlock) -> Result<(Self, Verdict), StoreError> {
        super::rotate::recover(path)?;
        check_folder(path)?;
        // On media that cannot be written, sled opens a copy and the
        // original is never touched: it is its own evidence.
        let copy = if super::media::is_writable(path) { None } else { Some(super::media::copy_aside(path)?) };
        let preserved = if copy.is_none() { preserve::before_open(path)? } else { None };
        let sled_dir = copy.as_ref().map_or_else(|| path.to_path_buf(), super::media::sled_folder);
        let db = match open_db(&sled_dir, path) {
            Ok(db) => db,
            Err(e) => {
                if let (Some(p), StoreError::Locked(_)) = (&preserved, &e) {
                    preserve::discard(p);
                }
                return Err(e);
            }
        };
        let meta_tree = db.open_tree(meta::TREE).map_err(|e| StoreError::from_sled(path, e))?;
        let format = check_format(path, &meta_tree)?;
        let data_key = unwrap_data_key(path, &meta_tree, unlock)?;
        drop(meta_tree);
        let mut store = Self::with_db_in(path, copy, db, data_key, HeadState::default())?;
        if format < STORE_FORMAT {
            store.legacy = true;
            // The council record doubles as a check that the unwrapped key
            // is the one records were sealed with.
            store.council()?;
            // A copy of read-only media is migrated in the copy only.
            let why = store.read_only.take();
            store.migrate()?;
            store.read_only = why;
            store.legacy = false;
        }
        let mut verdict = store.verify()?;
        verdict.preserved = preserved.as_ref().map(|p| p.path.clone());
        store.preserved = preserved;
        store.read_only = Some(ReadOnly::Examining);
        Ok((store, verdict))
    }

    /// After a verified open: records that sled has now folded every commit
    /// into its snapshot, and drops the copy taken aside. Best effort: if
    /// the head file cannot be written, the next open only copies again.
    pub(super) fn settle(&mut self) {
        if self.copy.is_some() {
            return;
        }
        let mut state = self.lock_head();
        if state.settled != state.counter || mirror::peek(&self.path) != Some((state.counter, state.counter)) {
            let m = Mirror { counter: state.counter, settled: state.counter, digest: state.digest };
            if mirror::write(&self.path, &self.record_key, &m).is_ok() {
                state.settled = state.counter;
            }
        }
        drop(state);
        // A damaged or missing copy of the key wraps is rewritten from the
        // database, which the head check has just vouched for.
        if !self.wraps_copied().unwrap_or(true) {
            let _ = self.copy_wraps();
        }
        if let Some(p) = self.preserved.take() {
            preserve::discard(&p);
        }
    }
}

/// Refuses a folder that is absent or holds no sled database.
fn check_folder(path: &Path) -> Result<(), StoreError> {
    if !path.exists() {
        return Err(StoreError::NotFound(path.to_path_buf()));
    }
    std::fs::read_dir(path).map_err(|source| StoreError::Access { path: path.to_path_buf(), source })?;
    let (db, conf) = (path.join("db").is_file(), path.join("conf").is_file());
    if db && conf {
        return Ok(());
    }
    // One of sled's files gone from a folder that was a council: say so,
    // rather than "not a council".
    if db || conf || mirror::path(path).is_file() {
        let missing = if db { "conf" } else { "db" };
        return Err(StoreError::Unreadable { path: path.to_path_buf(), detail: format!("{missing} missing") });
    }
    Err(StoreError::NotACouncil(path.to_path_buf()))
}

/// Opens the sled database of an existing council, never creating one.
/// `sled_dir` is where sled opens it (the council, or its copy), `path`
/// the council that errors name.
pub(super) fn open_db(sled_dir: &Path, path: &Path) -> Result<sled::Db, StoreError> {
    // A program that just closed the council may hold its lock for a few
    // more milliseconds while sled's flusher thread winds down: wait a
    // little before calling the council busy.
    let deadline = std::time::Instant::now() + LOCK_PATIENCE;
    loop {
        match sled::open(sled_dir).map_err(|e| StoreError::from_sled(path, e)) {
            Err(StoreError::Locked(_)) if std::time::Instant::now() < deadline => {
                std::thread::sleep(std::time::Duration::from_millis(25));
            }
            other => return other,
        }
    }
}

/// How long to wait for a council that another handle is releasing.
const LOCK_PATIENCE: std::time::Duration = std::time::Duration::from_millis(1500);

/// Refuses a council written by a newer format, before any key is tried;
/// returns its format.
fn check_format(path: &Path, meta_tree: &Tree) -> Result<u16, StoreError> {
    let read_u16 = |key: &[u8]| -> Result<Option<u16>, StoreError> {
        let value = meta_tree.get(key).map_err(|e| StoreError::from_sled(path, e))?;
        Ok(value.and_then(|v| <[u8; 2]>::try_from(&v[..]).ok()).map(u16::from_be_bytes))
    };
    let format = read_u16(meta::FORMAT)?.ok_or_else(|| StoreError::NotACouncil(path.to_path_buf()))?;
    if format > STORE_FORMAT {
        return Err(StoreError::NewerFormat { found: format, supported: STORE_FORMAT });
    }
    if let Some(schema) = read_u16(meta::SCHEMA)? {
        if schema > SCHEMA_VERSION {
            return Err(StoreError::NewerFormat { found: schema, supported: SCHEMA_VERSION });
        }
    }
    Ok(format)
}

/// Tries the user's identities or passphrase against the wraps.
fn unwrap_data_key(path: &Path, meta_tree: &Tree, unlock: &Unlock) -> Result<DataKey, StoreError> {
    let wrap = |key: &[u8]| meta_tree.get(key).map_err(|e| StoreError::from_sled(path, e));
    let (key, wrap) = match unlock {
        Unlock::Identities(_) => (meta::WRAP_RECIPIENTS, wrap(meta::WRAP_RECIPIENTS)?.ok_or(StoreError::NoRecipients)?),
        Unlock::Passphrase(_) => (meta::WRAP_PASSPHRASE, wrap(meta::WRAP_PASSPHRASE)?.ok_or(StoreError::NoPassphrase)?),
    };
    unwrap_with(&wrap, unlock).map_err(|e| e.unwrap_or_else(|| corrupt(meta::TREE, key)))
}

/// Unwraps one wrap; `Err(None)` when the wrap itself is damaged.
pub(super) fn unwrap_with(wrap: &[u8], unlock: &Unlock) -> Result<DataKey, Option<StoreError>> {
    let result = match unlock {
        Unlock::Identities(ids) => DataKey::unwrap_with_identities(wrap, ids).map_err(|e| match e {
            age::DecryptError::NoMatchingKeys => Some(StoreError::NotARecipient),
            _ => None,
        }),
        Unlock::Passphrase(p) => DataKey::unwrap_with_passphrase(wrap, p).map_err(|e| match e {
            age::DecryptError::ExcessiveWork { required, .. } => Some(StoreError::ExcessiveWork { found: required }),
            age::DecryptError::DecryptionFailed | age::DecryptError::NoMatchingKeys => {
                Some(StoreError::WrongPassphrase)
            }
            _ => None,
        }),
    }?;
    result.ok_or(None)
}
