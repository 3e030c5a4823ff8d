//! Writing: a [`Batch`] of puts and removals applied in one sled
//! transaction that also moves the head (counter + 1, digest updated by the
//! elements of what each write replaces and adds), then flushed (fsync),
//! then mirrored in the head file. A write is reported done only after all
//! three.
//!
//! Values are sealed when staged, at the revision the commit is expected to
//! get; commits are serialised by the head's lock, and a value staged for
//! another revision (another batch committed in between) is re-sealed, so a
//! value's revision is always the number of the commit that wrote it.

use sled::transaction::{ConflictableTransactionError, TransactionError};
use sled::{IVec, Transactional, Tree};

use super::envelope;
use super::error::StoreError;
use super::head::{Head, WRITTEN_CAP};
use super::meta;
use super::mirror::{self, Mirror};
use super::store::Store;
use crate::domain::{Kind, Record, RecordId};

/// A set of writes applied in one transaction: all or nothing.
pub struct Batch<'a> {
    pub(super) store: &'a Store,
    pub(super) ops: Vec<(usize, Vec<u8>, Option<Vec<u8>>)>,
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

    /// Applies every staged write and the new head in one transaction, then
    /// flushes and writes the head's mirror.
    pub fn commit(self) -> Result<(), StoreError> {
        let store = self.store;
        store.writable()?;
        let mut state = store.lock_head();
        let next = state.counter + 1;
        let mut ops = Vec::with_capacity(self.ops.len());
        // Values as sled's own buffers: the transaction and the tree then
        // share each one instead of copying it (an import writes a whole
        // council in one transaction).
        for (tree, key, value) in self.ops {
            let value = value.map(|v| store.at_revision(tree, &key, v, next).map(IVec::from)).transpose()?;
            ops.push((tree, key, value));
        }
        let meta_index = Kind::ALL.len();
        let stored_schema = store.meta.get(meta::SCHEMA).map_err(|e| store.sled_err(e))?;
        if let Some((key, value)) = super::schema::raise(stored_schema.as_deref()) {
            ops.push((meta_index, key, Some(IVec::from(value))));
        }
        let written: Vec<(String, Vec<u8>)> =
            ops.iter().take(WRITTEN_CAP).map(|(t, k, _)| (store.tree_name(*t).to_string(), k.clone())).collect();
        let more = u32::try_from(ops.len().saturating_sub(WRITTEN_CAP)).unwrap_or(u32::MAX);
        // Only the trees this batch writes take part (and meta, for the
        // head): one saved value does not lock and log every tree.
        let mut touched: Vec<usize> = ops.iter().map(|(t, _, _)| *t).filter(|t| *t != meta_index).collect();
        touched.sort_unstable();
        touched.dedup();
        let mut all: Vec<Tree> = touched.iter().filter_map(|t| store.trees.get(*t).cloned()).collect();
        all.push(store.meta.clone());
        let at = |tree: usize| touched.iter().position(|t| *t == tree).unwrap_or(touched.len());
        let result: Result<_, TransactionError<()>> = all[..].transaction(|tx| {
            let mut digest = state.digest;
            for (tree, key, value) in &ops {
                let name = store.tree_name(*tree);
                let old = match value {
                    Some(v) => tx[at(*tree)].insert(key.as_slice(), v.clone())?,
                    None => tx[at(*tree)].remove(key.as_slice())?,
                };
                if let Some(old) = old {
                    digest.toggle(&store.hasher.element(name, key, &old));
                }
                if let Some(v) = value {
                    digest.toggle(&store.hasher.element(name, key, v));
                }
            }
            let head = Head { counter: next, digest, written: written.clone(), more };
            let sealed = store.seal_head(&head).ok_or(ConflictableTransactionError::Abort(()))?;
            tx[touched.len()].insert(meta::HEAD, sealed)?;
            Ok(digest)
        });
        // Whatever the transaction did, what a reading of every tree kept
        // (or is reading now) may no longer be what is stored.
        store.warm.forget();
        let digest = match result {
            Ok(d) => d,
            Err(TransactionError::Storage(e)) => return Err(store.sled_err(e)),
            Err(TransactionError::Abort(())) => return Err(StoreError::Database("transaction aborted".into())),
        };
        // sled holds the commit now, whatever the flush says.
        state.counter = next;
        state.digest = digest;
        store.flush()?;
        let m = Mirror { counter: next, settled: state.settled, digest };
        mirror::write(store.path(), &store.record_key, &m)
            .map_err(|source| StoreError::Access { path: mirror::path(store.path()), source })
    }
}

/// A batch over the meta tree (index = number of kinds).
pub(crate) struct MetaBatch<'a>(pub(super) Batch<'a>);

impl MetaBatch<'_> {
    pub(crate) fn push(&mut self, key: &[u8], value: Option<Vec<u8>>) {
        self.0.ops.push((Kind::ALL.len(), key.to_vec(), value));
    }

    pub(crate) fn commit(self) -> Result<(), StoreError> {
        self.0.commit()
    }
}

pub(super) fn kind_index(kind: Kind) -> usize {
    Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0)
}

impl Store {
    /// A sealed value for `tree`/`key` at revision `seq`: as staged when it
    /// already is, re-sealed when it was staged for another; values that
    /// are not envelopes (key wraps, format numbers) pass as they are.
    fn at_revision(&self, tree: usize, key: &[u8], value: Vec<u8>, seq: u64) -> Result<Vec<u8>, StoreError> {
        let name = self.tree_name(tree);
        match envelope::peek(&value) {
            Some(h) if h.tree == name && h.key == key && h.seq != seq => {
                let opened = envelope::open(&self.record_key, name, key, &value, false)
                    .map_err(|_| super::store::corrupt(name, key))?;
                envelope::seal(&self.record_key, name, key, seq, opened.schema, &opened.body)
                    .ok_or_else(super::store::sealing_failed)
            }
            _ => Ok(value),
        }
    }
}
