//! Reading a whole kind: every value decrypted on every core, and a
//! listing that keeps going past damaged records, so that one damaged
//! record costs only itself (lists and the terminal UI open with the rest,
//! and name the damaged ones).

use sled::IVec;

use super::check::BadRecord;
use super::error::StoreError;
use super::store::Store;
use crate::domain::Record;

/// The records of a kind that open, and the ids of those that do not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listing<R> {
    /// Sound records.
    pub records: Vec<R>,
    /// Records that failed to open or to validate (tree and id).
    pub damaged: Vec<BadRecord>,
}

impl<R> Default for Listing<R> {
    fn default() -> Self {
        Self { records: Vec::new(), damaged: Vec::new() }
    }
}

/// Lists at least this long are worked through in parallel.
const PARALLEL_FROM: usize = 2_000;

/// `f` over every entry, on every core for long lists; results in order.
pub(super) fn par_map<T: Send>(raw: &[(IVec, IVec)], f: impl Fn(&IVec, &IVec) -> T + Sync) -> Vec<T> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
    if raw.len() < PARALLEL_FROM || threads < 2 {
        return raw.iter().map(|(k, v)| f(k, v)).collect();
    }
    let f = &f;
    std::thread::scope(|scope| {
        let parts: Vec<_> = raw
            .chunks(raw.len().div_ceil(threads))
            .map(|part| scope.spawn(move || part.iter().map(|(k, v)| f(k, v)).collect::<Vec<T>>()))
            .collect();
        // A worker only panics if `f` does; the same panic then goes on
        // here, as it would have without threads. Sized once: a large
        // vector moved as it grows costs a copy and the zeroing of the
        // block it leaves.
        let mut out = Vec::with_capacity(raw.len());
        for part in parts {
            out.extend(part.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
        }
        out
    })
}

impl Store {
    /// Every raw entry of a kind's tree.
    fn raw_kind<R: Record>(&self) -> Result<Vec<(IVec, IVec)>, StoreError> {
        self.raw_at(super::batch::kind_index(R::KIND))
    }

    /// Every record of a kind, each opened (or its error).
    fn open_all<R: Record>(&self) -> Result<Vec<Result<R, StoreError>>, StoreError> {
        Ok(par_map(&self.raw_kind::<R>()?, |k, v| self.open_record::<R>(k, v)))
    }

    /// Reads every record of a kind; the first damaged one is an error (see
    /// [`Store::list_sound`] to go on past it, [`Store::check`] for all).
    ///
    /// Large kinds are decrypted on every core: unlocking a ten-year council
    /// is mostly this.
    pub fn list<R: Record>(&self) -> Result<Vec<R>, StoreError> {
        self.open_all::<R>()?.into_iter().collect()
    }

    /// Reads every record of a kind that opens, and names the ones that do
    /// not (damaged or altered): one bad record costs only itself. Errors
    /// other than damage (disk, newer format) still stop the listing.
    pub fn list_sound<R: Record>(&self) -> Result<Listing<R>, StoreError> {
        let all = self.open_all::<R>()?;
        let mut listing = Listing { records: Vec::with_capacity(all.len()), damaged: Vec::new() };
        for result in all {
            match result {
                Ok(r) => listing.records.push(r),
                Err(StoreError::Corrupt { tree, id }) => listing.damaged.push(BadRecord { tree, id }),
                Err(e) => return Err(e),
            }
        }
        Ok(listing)
    }
}
