//! [`Store`]: an open, unlocked council — creating one, reading records,
//! and the meta records (council, key wraps, recipients). Opening and
//! verifying live in `open`, writing in `batch`.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use age::x25519;
use sled::Tree;

use super::batch::{kind_index, Batch, MetaBatch};
use super::envelope::{self, OpenError};
use super::error::StoreError;
use super::head::{Digest, Hasher, Head};
use super::keys::{Access, DataKey, KeyChange, PassphraseChange, RecordKey};
use super::{fsperm, meta, STORE_FORMAT};
use crate::domain::{Council, Kind, Record, RecordId, SCHEMA_VERSION};

/// An unlocked council. Dropping it closes the database and wipes the keys.
pub struct Store {
    pub(super) path: PathBuf,
    pub(super) db: sled::Db,
    pub(super) meta: Tree,
    /// One tree per kind, in `Kind::ALL` order.
    pub(super) trees: Vec<Tree>,
    pub(super) record_key: RecordKey,
    pub(super) data_key: DataKey,
    pub(super) hasher: Hasher,
    /// The head as of the last commit; its lock serialises commits.
    pub(super) head: Mutex<HeadState>,
    /// Whether version-1 values may still be read (until migrated).
    pub(super) legacy: bool,
    /// Why writes are refused, if they are (a damaged council opened to be
    /// examined, or one read from a copy of read-only media).
    pub(super) read_only: Option<ReadOnly>,
    /// The copy of the files taken before sled's recovery, if one was.
    pub(super) preserved: Option<super::preserve::Preserved>,
    /// The temporary copy sled reads when the council's own folder cannot
    /// be written (see `media`); removed on drop. Last, so that it is
    /// dropped after the database that has it open.
    pub(super) copy: Option<tempfile::TempDir>,
    /// What the head check read, for the first listing of each kind.
    pub(super) warm: super::warm::Warm,
}

/// The head as the open store knows it.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct HeadState {
    /// Counter of the last commit.
    pub counter: u64,
    /// Counter at the last verified open (see `mirror`).
    pub settled: u64,
    /// Digest after the last commit.
    pub digest: Digest,
}

/// Why a store refuses writes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadOnly {
    /// Opened to be examined (`check`, `recover`): nothing may change.
    Examining,
    /// Opened from a temporary copy because the folder cannot be written.
    Copy,
}

impl Store {
    /// Creates a new council at `path` (which must not exist or be empty).
    pub fn create(path: &Path, council: &Council, access: &Access) -> Result<Self, StoreError> {
        council.validate()?;
        if access.recipients.is_empty() && access.passphrase.is_none() {
            return Err(StoreError::NoWayIn);
        }
        let not_empty = path.exists() && std::fs::read_dir(path).map(|mut d| d.next().is_some()).unwrap_or(true);
        if not_empty {
            return Err(StoreError::AlreadyExists(path.to_path_buf()));
        }
        if !path.exists() {
            fsperm::create_private_dir(path)
                .map_err(|source| StoreError::Access { path: path.to_path_buf(), source })?;
        }
        let result = Self::initialise(path, council, access);
        if result.is_err() {
            // A half-made council would be refused as "already exists" next
            // time: the folder was empty or absent, so nothing is lost.
            let _ = std::fs::remove_dir_all(path);
        }
        result
    }

    /// Writes the format, the key wraps and the council into an empty folder.
    fn initialise(path: &Path, council: &Council, access: &Access) -> Result<Self, StoreError> {
        let data_key = DataKey::generate();
        let db = sled::open(path).map_err(|e| StoreError::from_sled(path, e))?;
        let store = Self::with_db(path, db, data_key, HeadState::default())?;
        let mut batch = store.meta_batch();
        batch.push(meta::FORMAT, Some(STORE_FORMAT.to_be_bytes().to_vec()));
        batch.push(meta::SCHEMA, Some(SCHEMA_VERSION.to_be_bytes().to_vec()));
        store.stage_access(&mut batch, &access.recipients, access.passphrase.as_ref().map(Some))?;
        let council_bytes = store.seal_meta(meta::COUNCIL, council)?;
        batch.push(meta::COUNCIL, Some(council_bytes));
        batch.commit()?;
        store.copy_wraps()?;
        Ok(store)
    }

    pub(super) fn with_db(path: &Path, db: sled::Db, data_key: DataKey, head: HeadState) -> Result<Self, StoreError> {
        Self::with_db_in(path, None, db, data_key, head)
    }

    /// As [`Store::with_db`], for a council `path` whose database sled has
    /// open from a temporary `copy` of it (read-only media).
    pub(super) fn with_db_in(
        path: &Path,
        copy: Option<tempfile::TempDir>,
        db: sled::Db,
        data_key: DataKey,
        head: HeadState,
    ) -> Result<Self, StoreError> {
        let sled_err = |e| StoreError::from_sled(path, e);
        let meta = db.open_tree(meta::TREE).map_err(sled_err)?;
        let trees =
            Kind::ALL.iter().map(|k| db.open_tree(k.tree()).map_err(sled_err)).collect::<Result<Vec<_>, _>>()?;
        // Only the folder sled writes is tightened: a read-only original
        // is never touched.
        let sled_dir = copy.as_ref().map_or_else(|| path.to_path_buf(), super::media::sled_folder);
        fsperm::restrict(&sled_dir).map_err(|source| StoreError::Access { path: path.to_path_buf(), source })?;
        let read_only = copy.as_ref().map(|_| ReadOnly::Copy);
        Ok(Self {
            path: path.to_path_buf(),
            db,
            meta,
            trees,
            record_key: data_key.record_key(),
            hasher: Hasher::new(&data_key.head_key()),
            data_key,
            head: Mutex::new(head),
            legacy: false,
            read_only,
            preserved: None,
            copy,
            warm: Default::default(),
        })
    }

    /// Folder of the council.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the council is read from a temporary copy (its own folder
    /// cannot be written): reading and exporting work, changes are refused.
    pub fn is_copy(&self) -> bool {
        self.copy.is_some()
    }

    fn tree(&self, kind: Kind) -> &Tree {
        // `trees` is built from `Kind::ALL`, so every kind has its index.
        &self.trees[kind_index(kind)]
    }

    /// The tree at `index` (kinds in `Kind::ALL` order, then meta).
    pub(super) fn tree_at(&self, index: usize) -> &Tree {
        self.trees.get(index).unwrap_or(&self.meta)
    }

    /// Name of the tree at `index` (kinds in `Kind::ALL` order, then meta).
    pub(super) fn tree_name(&self, index: usize) -> &'static str {
        Kind::ALL.get(index).map_or(meta::TREE, |k| k.tree())
    }

    /// The head's state, locked (commits hold it from sealing to mirror).
    pub(super) fn lock_head(&self) -> MutexGuard<'_, HeadState> {
        // A panic while committing leaves sled's transaction undone; the
        // state is only changed after it succeeded, so it stays right.
        self.head.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The revision the next commit will have.
    fn next_seq(&self) -> u64 {
        self.lock_head().counter + 1
    }

    /// Refuses writes to a council opened to be examined or from a copy.
    pub(super) fn writable(&self) -> Result<(), StoreError> {
        match &self.read_only {
            None => Ok(()),
            Some(why) => Err(StoreError::ReadOnly { path: self.path.clone(), why: why.clone() }),
        }
    }

    /// The commit counter of the open council.
    pub fn counter(&self) -> u64 {
        self.lock_head().counter
    }

    pub(super) fn sled_err(&self, e: sled::Error) -> StoreError {
        StoreError::from_sled(&self.path, e)
    }

    /// Reads one record.
    pub fn get<R: Record>(&self, id: RecordId) -> Result<R, StoreError> {
        let tree = R::KIND.tree();
        let value = self
            .tree(R::KIND)
            .get(id.as_bytes())
            .map_err(|e| self.sled_err(e))?
            .ok_or(StoreError::Missing { tree, id: id.to_string() })?;
        self.open_record(id.as_bytes(), &value)
    }

    /// Number of records of a kind, without decrypting them.
    pub fn count(&self, kind: Kind) -> usize {
        self.tree(kind).len()
    }

    /// Writes one record (validated first) and flushes it to disk.
    pub fn put<R: Record>(&self, record: &R) -> Result<(), StoreError> {
        let mut batch = self.batch();
        batch.put(record)?;
        batch.commit()
    }

    /// Removes one record and flushes.
    pub fn remove<R: Record>(&self, id: RecordId) -> Result<(), StoreError> {
        let mut batch = self.batch();
        batch.remove::<R>(id);
        batch.commit()
    }

    /// Starts a batch of writes.
    pub fn batch(&self) -> Batch<'_> {
        Batch { store: self, ops: Vec::new() }
    }

    pub(crate) fn meta_batch(&self) -> MetaBatch<'_> {
        MetaBatch(self.batch())
    }

    /// The council's name, language and settings.
    pub fn council(&self) -> Result<Council, StoreError> {
        let value = self
            .meta
            .get(meta::COUNCIL)
            .map_err(|e| self.sled_err(e))?
            .ok_or_else(|| StoreError::NotACouncil(self.path.clone()))?;
        let council: Council = self.open_value(meta::TREE, meta::COUNCIL, &value)?;
        council.validate().map_err(|_| corrupt(meta::TREE, meta::COUNCIL))?;
        Ok(council)
    }

    /// Replaces the council's name, language or settings.
    pub fn put_council(&self, council: &Council) -> Result<(), StoreError> {
        council.validate()?;
        let mut batch = self.meta_batch();
        batch.push(meta::COUNCIL, Some(self.seal_meta(meta::COUNCIL, council)?));
        batch.commit()
    }

    /// Keeps (or clears) the text a user was typing when the screen locked,
    /// sealed like any record, so nothing typed is lost and nothing readable
    /// is written.
    pub fn put_ui_draft(&self, draft: Option<&[u8]>) -> Result<(), StoreError> {
        let mut batch = self.meta_batch();
        let value = draft.map(|d| self.seal_meta(meta::UI_DRAFT, &d.to_vec())).transpose()?;
        batch.push(meta::UI_DRAFT, value);
        batch.commit()
    }

    /// The text kept at the last lock, if any.
    pub fn ui_draft(&self) -> Result<Option<Vec<u8>>, StoreError> {
        match self.meta.get(meta::UI_DRAFT).map_err(|e| self.sled_err(e))? {
            Some(value) => self.open_value(meta::TREE, meta::UI_DRAFT, &value).map(Some),
            None => Ok(None),
        }
    }

    /// A raw sealed value of `meta`, if present.
    pub(crate) fn meta_value(&self, key: &[u8]) -> Result<Option<sled::IVec>, StoreError> {
        self.meta.get(key).map_err(|e| self.sled_err(e))
    }

    /// The key authenticating this council's archives: kept sealed after a
    /// rotation or a rebuild (so older backups still verify), otherwise
    /// derived from the data key.
    pub fn archive_key(&self) -> Result<zeroize::Zeroizing<[u8; 32]>, StoreError> {
        let Some(value) = self.meta_value(meta::ARCHIVE_KEY)? else { return Ok(self.data_key.archive_key()) };
        let bytes: zeroize::Zeroizing<Vec<u8>> =
            zeroize::Zeroizing::new(self.open_value(meta::TREE, meta::ARCHIVE_KEY, &value)?);
        let array: [u8; 32] = bytes.as_slice().try_into().map_err(|_| corrupt(meta::TREE, meta::ARCHIVE_KEY))?;
        Ok(zeroize::Zeroizing::new(array))
    }

    /// Keeps an archive key (the one a council had before its data key
    /// changed).
    pub(crate) fn put_archive_key(&self, key: &[u8; 32]) -> Result<(), StoreError> {
        let mut batch = self.meta_batch();
        let bytes = zeroize::Zeroizing::new(key.to_vec());
        batch.push(meta::ARCHIVE_KEY, Some(self.seal_meta(meta::ARCHIVE_KEY, &*bytes)?));
        batch.commit()
    }

    /// The lists' key as derived from the data key.
    pub(crate) fn derived_list_key(&self) -> zeroize::Zeroizing<[u8; 32]> {
        self.data_key.never_write_key()
    }

    /// Public keys (age1…) of the council's recipients.
    pub fn recipients(&self) -> Result<Vec<String>, StoreError> {
        match self.meta.get(meta::RECIPIENTS).map_err(|e| self.sled_err(e))? {
            Some(value) => self.open_value(meta::TREE, meta::RECIPIENTS, &value),
            None => Ok(Vec::new()),
        }
    }

    /// Whether a passphrase can open the council.
    pub fn has_passphrase(&self) -> Result<bool, StoreError> {
        self.meta.contains_key(meta::WRAP_PASSPHRASE).map_err(|e| self.sled_err(e))
    }

    /// Adds or removes recipients and sets or removes the passphrase, in one
    /// transaction. Only the wraps change; records are not re-encrypted.
    /// Refused if no recipient and no passphrase would remain.
    pub fn change_access(&self, change: &KeyChange) -> Result<(), StoreError> {
        let mut keys = self.recipients()?;
        for r in &change.remove {
            let before = keys.len();
            keys.retain(|k| k != r);
            if keys.len() == before {
                return Err(StoreError::UnknownRecipient(r.clone()));
            }
        }
        for r in &change.add {
            let s = r.to_string();
            if !keys.contains(&s) {
                keys.push(s);
            }
        }
        let recipients = keys
            .iter()
            .map(|k| k.parse::<x25519::Recipient>())
            .collect::<Result<Vec<_>, _>>()
            .map_err(|_| corrupt(meta::TREE, meta::RECIPIENTS))?;
        let passphrase = match &change.passphrase {
            PassphraseChange::Keep => None,
            PassphraseChange::Set(p) => Some(Some(p)),
            PassphraseChange::Remove => Some(None),
        };
        let will_have_passphrase = match passphrase {
            None => self.has_passphrase()?,
            Some(p) => p.is_some(),
        };
        if recipients.is_empty() && !will_have_passphrase {
            return Err(StoreError::NoWayIn);
        }
        let mut batch = self.meta_batch();
        self.stage_access(&mut batch, &recipients, passphrase)?;
        batch.commit()?;
        self.copy_wraps()
    }

    /// Rewrites the copy of the key wraps kept outside sled.
    pub(super) fn copy_wraps(&self) -> Result<(), StoreError> {
        let wraps = self.wraps()?;
        let refs: Vec<&[u8]> = wraps.iter().map(|w| w.as_ref()).collect();
        super::key_copies::write(&self.path, &refs)
            .map_err(|source| StoreError::Access { path: super::key_copies::path(&self.path), source })
    }

    /// Whether the copy of the key wraps outside sled is current.
    pub(super) fn wraps_copied(&self) -> Result<bool, StoreError> {
        let wraps = self.wraps()?;
        let refs: Vec<&[u8]> = wraps.iter().map(|w| w.as_ref()).collect();
        Ok(super::key_copies::matches(&self.path, &refs))
    }

    fn wraps(&self) -> Result<Vec<sled::IVec>, StoreError> {
        let mut wraps = Vec::new();
        for key in [meta::WRAP_RECIPIENTS, meta::WRAP_PASSPHRASE] {
            wraps.extend(self.meta.get(key).map_err(|e| self.sled_err(e))?);
        }
        Ok(wraps)
    }

    /// Stages the recipients wrap and list, and the passphrase wrap when
    /// `passphrase` is `Some` (`Some(None)` removes it).
    fn stage_access(
        &self,
        batch: &mut MetaBatch<'_>,
        recipients: &[x25519::Recipient],
        passphrase: Option<Option<&age::secrecy::SecretString>>,
    ) -> Result<(), StoreError> {
        if recipients.is_empty() {
            batch.push(meta::WRAP_RECIPIENTS, None);
            batch.push(meta::RECIPIENTS, None);
        } else {
            let list: Vec<String> = recipients.iter().map(ToString::to_string).collect();
            batch.push(meta::WRAP_RECIPIENTS, Some(self.data_key.wrap_to_recipients(recipients)?));
            batch.push(meta::RECIPIENTS, Some(self.seal_meta(meta::RECIPIENTS, &list)?));
        }
        match passphrase {
            Some(Some(p)) => batch.push(meta::WRAP_PASSPHRASE, Some(self.data_key.wrap_to_passphrase(p)?)),
            Some(None) => batch.push(meta::WRAP_PASSPHRASE, None),
            None => {}
        }
        Ok(())
    }

    /// Decrypts one value: its schema, revision and bytes.
    fn open_sealed(&self, tree: &str, key: &[u8], value: &[u8]) -> Result<envelope::Opened, StoreError> {
        envelope::open(&self.record_key, tree, key, value, self.legacy).map_err(|e| match e {
            OpenError::NewerVersion(v) => {
                StoreError::NewerFormat { found: u16::from(v), supported: u16::from(envelope::ENVELOPE_VERSION) }
            }
            OpenError::NewerSchema(found) => StoreError::NewerFormat { found, supported: SCHEMA_VERSION },
            OpenError::Corrupt => corrupt(tree, key),
        })
    }

    /// Decrypts and decodes one meta value (whose shape no schema changed).
    pub(crate) fn open_value<T: serde::de::DeserializeOwned>(
        &self,
        tree: &str,
        key: &[u8],
        value: &[u8],
    ) -> Result<T, StoreError> {
        let opened = self.open_sealed(tree, key, value)?;
        postcard::from_bytes(&opened.body).map_err(|_| corrupt(tree, key))
    }

    /// Opens a record (with the shape of the schema it was written with)
    /// and checks it: its id must match its key (a value re-sealed
    /// elsewhere by someone holding the key is still refused) and it must
    /// pass the domain's validation.
    pub(crate) fn open_record<R: Record>(&self, key: &[u8], value: &[u8]) -> Result<R, StoreError> {
        let tree = R::KIND.tree();
        let opened = self.open_sealed(tree, key, value)?;
        let record: R = super::schema::decode(opened.schema, &opened.body).map_err(|_| corrupt(tree, key))?;
        if record.id().as_bytes()[..] != key[..] || record.validate().is_err() {
            return Err(corrupt(tree, key));
        }
        Ok(record)
    }

    pub(crate) fn seal_meta<T: serde::Serialize>(&self, key: &[u8], value: &T) -> Result<Vec<u8>, StoreError> {
        let bytes =
            zeroize::Zeroizing::new(postcard::to_allocvec(value).map_err(|e| StoreError::Database(e.to_string()))?);
        envelope::seal(&self.record_key, meta::TREE, key, self.next_seq(), SCHEMA_VERSION, &bytes)
            .ok_or_else(sealing_failed)
    }

    pub(super) fn seal_record<R: Record>(&self, record: &R) -> Result<Vec<u8>, StoreError> {
        let bytes =
            zeroize::Zeroizing::new(postcard::to_allocvec(record).map_err(|e| StoreError::Database(e.to_string()))?);
        let seq = self.next_seq();
        envelope::seal(&self.record_key, R::KIND.tree(), record.id().as_bytes(), seq, SCHEMA_VERSION, &bytes)
            .ok_or_else(sealing_failed)
    }

    /// Seals a head for `meta/head` (inside the commit's transaction).
    pub(super) fn seal_head(&self, head: &Head) -> Option<Vec<u8>> {
        let bytes = zeroize::Zeroizing::new(postcard::to_allocvec(head).ok()?);
        envelope::seal(&self.record_key, meta::TREE, meta::HEAD, head.counter, SCHEMA_VERSION, &bytes)
    }

    /// Forces everything written so far to disk.
    pub(super) fn flush(&self) -> Result<(), StoreError> {
        self.db.flush().map(|_| ()).map_err(|e| self.sled_err(e))
    }
}

/// The AEAD refused to seal (it only does above 256 GiB).
pub(super) fn sealing_failed() -> StoreError {
    StoreError::Database("encryption failed".into())
}

/// The error for a value that does not open, naming its place.
pub(crate) fn corrupt(tree: &str, key: &[u8]) -> StoreError {
    let id = match <[u8; 16]>::try_from(key) {
        Ok(bytes) => RecordId::from_bytes(bytes).to_string(),
        Err(_) => String::from_utf8_lossy(key).into_owned(),
    };
    StoreError::Corrupt { tree: tree.to_string(), id }
}
