//! [`Store`]: an open, unlocked council.

use std::path::{Path, PathBuf};

use age::x25519;
use sled::transaction::{ConflictableTransactionError, TransactionError};
use sled::Transactional;
use sled::Tree;

use super::envelope::{self, OpenError};
use super::error::StoreError;
use super::keys::{Access, DataKey, KeyChange, PassphraseChange, RecordKey, Unlock};
use super::{fsperm, meta, STORE_FORMAT};
use crate::domain::{Council, Kind, Record, RecordId, SCHEMA_VERSION};

/// An unlocked council. Dropping it closes the database and wipes the keys.
pub struct Store {
    path: PathBuf,
    db: sled::Db,
    meta: Tree,
    /// One tree per kind, in `Kind::ALL` order.
    trees: Vec<Tree>,
    record_key: RecordKey,
    data_key: DataKey,
}

/// A set of writes applied in one transaction: all or nothing.
pub struct Batch<'a> {
    store: &'a Store,
    ops: Vec<(usize, Vec<u8>, Option<Vec<u8>>)>,
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
        let store = Self::from_parts(path, data_key)?;
        let mut batch = store.meta_batch();
        batch.push(meta::FORMAT, Some(STORE_FORMAT.to_be_bytes().to_vec()));
        batch.push(meta::SCHEMA, Some(SCHEMA_VERSION.to_be_bytes().to_vec()));
        store.stage_access(&mut batch, &access.recipients, access.passphrase.as_ref().map(Some))?;
        let council_bytes = store.seal_meta(meta::COUNCIL, council)?;
        batch.push(meta::COUNCIL, Some(council_bytes));
        batch.commit()?;
        Ok(store)
    }

    /// Opens and unlocks the council at `path`.
    pub fn open(path: &Path, unlock: &Unlock) -> Result<Self, StoreError> {
        let db = open_db(path)?;
        let meta_tree = db.open_tree(meta::TREE).map_err(|e| StoreError::from_sled(path, e))?;
        check_format(path, &meta_tree)?;
        let data_key = unwrap_data_key(path, &meta_tree, unlock)?;
        drop(meta_tree);
        let store = Self::with_db(path, db, data_key)?;
        // The council record doubles as a check that the unwrapped key is the
        // one records were sealed with.
        store.council()?;
        Ok(store)
    }

    fn from_parts(path: &Path, data_key: DataKey) -> Result<Self, StoreError> {
        let db = sled::open(path).map_err(|e| StoreError::from_sled(path, e))?;
        Self::with_db(path, db, data_key)
    }

    fn with_db(path: &Path, db: sled::Db, data_key: DataKey) -> Result<Self, StoreError> {
        let sled_err = |e| StoreError::from_sled(path, e);
        let meta = db.open_tree(meta::TREE).map_err(sled_err)?;
        let trees =
            Kind::ALL.iter().map(|k| db.open_tree(k.tree()).map_err(sled_err)).collect::<Result<Vec<_>, _>>()?;
        fsperm::restrict(path).map_err(|source| StoreError::Access { path: path.to_path_buf(), source })?;
        Ok(Self { path: path.to_path_buf(), db, meta, trees, record_key: data_key.record_key(), data_key })
    }

    /// Folder of the council.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn tree(&self, kind: Kind) -> &Tree {
        // `trees` is built from `Kind::ALL`, so every kind has its index.
        let index = Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        &self.trees[index]
    }

    fn sled_err(&self, e: sled::Error) -> StoreError {
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

    /// Reads every record of a kind; the first damaged one is an error (use
    /// [`Store::check`] to list them all).
    ///
    /// Large kinds are decrypted on every core: unlocking a ten-year council
    /// is mostly this.
    pub fn list<R: Record>(&self) -> Result<Vec<R>, StoreError> {
        let raw: Vec<(sled::IVec, sled::IVec)> =
            self.tree(R::KIND).iter().collect::<Result<_, _>>().map_err(|e| self.sled_err(e))?;
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
        if raw.len() < PARALLEL_FROM || threads < 2 {
            return raw.iter().map(|(k, v)| self.open_record(k, v)).collect();
        }
        std::thread::scope(|scope| {
            let parts: Vec<_> = raw
                .chunks(raw.len().div_ceil(threads))
                .map(|part| {
                    scope.spawn(move || {
                        part.iter().map(|(k, v)| self.open_record::<R>(k, v)).collect::<Result<Vec<R>, _>>()
                    })
                })
                .collect();
            let mut out = Vec::with_capacity(raw.len());
            for part in parts {
                let records = part.join().map_err(|_| StoreError::Database("decryption thread failed".into()))??;
                out.extend(records);
            }
            Ok(out)
        })
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
        batch.commit()
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

    /// Iterates the raw entries of a kind's tree (for `check`).
    pub(crate) fn raw_entries(
        &self,
        kind: Kind,
    ) -> impl Iterator<Item = Result<(sled::IVec, sled::IVec), StoreError>> + '_ {
        self.tree(kind).iter().map(|e| e.map_err(|e| self.sled_err(e)))
    }

    /// Decrypts and decodes one value, checking the record's invariants and
    /// that its id matches its key.
    pub(crate) fn open_value<T: serde::de::DeserializeOwned>(
        &self,
        tree: &str,
        key: &[u8],
        value: &[u8],
    ) -> Result<T, StoreError> {
        let (_schema, body) = envelope::open(&self.record_key, tree, key, value).map_err(|e| match e {
            OpenError::NewerVersion(v) => {
                StoreError::NewerFormat { found: u16::from(v), supported: u16::from(envelope::ENVELOPE_VERSION) }
            }
            OpenError::NewerSchema(found) => StoreError::NewerFormat { found, supported: SCHEMA_VERSION },
            OpenError::Corrupt => corrupt(tree, key),
        })?;
        postcard::from_bytes(&body).map_err(|_| corrupt(tree, key))
    }

    /// Opens a record and checks it: its id must match its key (a value
    /// re-sealed elsewhere by someone holding the key is still refused) and
    /// it must pass the domain's validation.
    pub(crate) fn open_record<R: Record>(&self, key: &[u8], value: &[u8]) -> Result<R, StoreError> {
        let tree = R::KIND.tree();
        let record: R = self.open_value(tree, key, value)?;
        if record.id().as_bytes()[..] != key[..] || record.validate().is_err() {
            return Err(corrupt(tree, key));
        }
        Ok(record)
    }

    pub(crate) fn seal_meta<T: serde::Serialize>(&self, key: &[u8], value: &T) -> Result<Vec<u8>, StoreError> {
        let bytes =
            zeroize::Zeroizing::new(postcard::to_allocvec(value).map_err(|e| StoreError::Database(e.to_string()))?);
        envelope::seal(&self.record_key, meta::TREE, key, SCHEMA_VERSION, &bytes).ok_or_else(sealing_failed)
    }

    fn seal_record<R: Record>(&self, record: &R) -> Result<Vec<u8>, StoreError> {
        let bytes =
            zeroize::Zeroizing::new(postcard::to_allocvec(record).map_err(|e| StoreError::Database(e.to_string()))?);
        envelope::seal(&self.record_key, R::KIND.tree(), record.id().as_bytes(), SCHEMA_VERSION, &bytes)
            .ok_or_else(sealing_failed)
    }

    /// Forces everything written so far to disk.
    fn flush(&self) -> Result<(), StoreError> {
        self.db.flush().map(|_| ()).map_err(|e| self.sled_err(e))
    }
}

impl Batch<'_> {
    /// Stages a record (validated first).
    pub fn put<R: Record>(&mut self, record: &R) -> Result<(), StoreError> {
        record.validate()?;
        let value = self.store.seal_record(record)?;
        self.ops.push((kind_index(R::KIND), record.id().as_bytes().to_vec(), Some(value)));
        Ok(())
    }

    /// Stages the removal of a record.
    pub fn remove<R: Record>(&mut self, id: RecordId) {
        self.ops.push((kind_index(R::KIND), id.as_bytes().to_vec(), None));
    }

    /// Applies every staged write in one transaction, then flushes.
    pub fn commit(self) -> Result<(), StoreError> {
        let store = self.store;
        let mut all: Vec<Tree> = store.trees.clone();
        all.push(store.meta.clone());
        let result: Result<(), TransactionError<()>> = all[..].transaction(|tx| {
            for (tree, key, value) in &self.ops {
                match value {
                    Some(v) => tx[*tree].insert(key.as_slice(), v.as_slice())?,
                    None => tx[*tree].remove(key.as_slice())?,
                };
            }
            Ok::<(), ConflictableTransactionError<()>>(())
        });
        match result {
            Ok(()) => store.flush(),
            Err(TransactionError::Storage(e)) => Err(store.sled_err(e)),
            Err(TransactionError::Abort(())) => Err(StoreError::Database("transaction aborted".into())),
        }
    }
}

/// A batch over the meta tree (index = number of kinds).
pub(crate) struct MetaBatch<'a>(Batch<'a>);

impl MetaBatch<'_> {
    pub(crate) fn push(&mut self, key: &[u8], value: Option<Vec<u8>>) {
        self.0.ops.push((Kind::ALL.len(), key.to_vec(), value));
    }

    pub(crate) fn commit(self) -> Result<(), StoreError> {
        self.0.commit()
    }
}

fn kind_index(kind: Kind) -> usize {
    Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0)
}

/// Lists at least this long are decrypted in parallel.
const PARALLEL_FROM: usize = 2_000;

/// The AEAD refused to seal (it only does above 256 GiB).
fn sealing_failed() -> StoreError {
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

/// Opens the sled database of an existing council, never creating one.
fn open_db(path: &Path) -> Result<sled::Db, StoreError> {
    super::rotate::recover(path)?;
    if !path.exists() {
        return Err(StoreError::NotFound(path.to_path_buf()));
    }
    std::fs::read_dir(path).map_err(|source| StoreError::Access { path: path.to_path_buf(), source })?;
    if !path.join("db").is_file() || !path.join("conf").is_file() {
        return Err(StoreError::NotACouncil(path.to_path_buf()));
    }
    // A program that just closed the council may hold its lock for a few
    // more milliseconds while sled's flusher thread winds down: wait a
    // little before calling the council busy.
    let deadline = std::time::Instant::now() + LOCK_PATIENCE;
    loop {
        match sled::open(path).map_err(|e| StoreError::from_sled(path, e)) {
            Err(StoreError::Locked(_)) if std::time::Instant::now() < deadline => {
                std::thread::sleep(std::time::Duration::from_millis(25));
            }
            other => return other,
        }
    }
}

/// How long to wait for a council that another handle is releasing.
const LOCK_PATIENCE: std::time::Duration = std::time::Duration::from_millis(1500);

/// Refuses a council written by a newer format, before any key is tried.
fn check_format(path: &Path, meta_tree: &Tree) -> Result<(), StoreError> {
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
    Ok(())
}

/// Tries the user's identities or passphrase against the wraps.
fn unwrap_data_key(path: &Path, meta_tree: &Tree, unlock: &Unlock) -> Result<DataKey, StoreError> {
    let wrap = |key: &[u8]| meta_tree.get(key).map_err(|e| StoreError::from_sled(path, e));
    let result = match unlock {
        Unlock::Identities(ids) => {
            let w = wrap(meta::WRAP_RECIPIENTS)?.ok_or(StoreError::NoRecipients)?;
            DataKey::unwrap_with_identities(&w, ids).map_err(|e| match e {
                age::DecryptError::NoMatchingKeys => StoreError::NotARecipient,
                _ => corrupt(meta::TREE, meta::WRAP_RECIPIENTS),
            })
        }
        Unlock::Passphrase(p) => {
            let w = wrap(meta::WRAP_PASSPHRASE)?.ok_or(StoreError::NoPassphrase)?;
            DataKey::unwrap_with_passphrase(&w, p).map_err(|e| match e {
                age::DecryptError::ExcessiveWork { .. } => StoreError::ExcessiveWork,
                age::DecryptError::DecryptionFailed | age::DecryptError::NoMatchingKeys => StoreError::WrongPassphrase,
                _ => corrupt(meta::TREE, meta::WRAP_PASSPHRASE),
            })
        }
    }?;
    result.ok_or_else(|| corrupt(meta::TREE, meta::WRAP_RECIPIENTS))
}
