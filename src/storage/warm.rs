//! Reading every tree at once, as the head check does at each open, and
//! keeping what was read for the first listing of each kind.
//!
//! sled's iteration is a third of an unlock, so it is done once, on two
//! cores: record ids are random bytes, so the keys below `0x80` and the
//! rest halve every kind's tree, and each half is read (and its values
//! added up) by its own thread. What was read is then kept, and each kind's
//! first listing takes it instead of iterating again — which also means the
//! records shown are exactly the bytes the head check vouched for. A commit
//! forgets everything kept (the values may have changed), and so does a
//! compaction.

use std::ops::Bound;
use std::sync::{Mutex, MutexGuard};

use sled::IVec;

use super::error::StoreError;
use super::store::Store;
use crate::domain::Kind;

/// Raw entries of a tree, as sled iterated them, in key order.
pub(super) type Raw = Vec<(IVec, IVec)>;

/// The entries kept, one slot per kind (in `Kind::ALL` order), and how
/// many times they were forgotten: a reading that began before a commit is
/// not kept after it (a `check` may read while another thread commits).
#[derive(Default)]
pub(super) struct Warm(Mutex<Slots>);

#[derive(Default)]
struct Slots {
    forgotten: u64,
    kept: Vec<Option<Raw>>,
}

impl Warm {
    fn slots(&self) -> MutexGuard<'_, Slots> {
        // The slots are only ever replaced whole: a panic elsewhere cannot
        // leave one half-written.
        self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Where a reading begins: to be given back to [`Warm::keep`].
    fn mark(&self) -> u64 {
        self.slots().forgotten
    }

    /// Keeps the entries of the tree at `index` (meta is not kept), unless
    /// they were forgotten since the reading began at `mark`.
    fn keep(&self, mark: u64, index: usize, raw: Raw) {
        let mut slots = self.slots();
        if index < Kind::ALL.len() && slots.forgotten == mark {
            slots.kept.resize_with(Kind::ALL.len(), || None);
            slots.kept[index] = Some(raw);
        }
    }

    /// The entries kept for the tree at `index`, once.
    fn take(&self, index: usize) -> Option<Raw> {
        self.slots().kept.get_mut(index).and_then(Option::take)
    }

    /// Forgets everything kept, and any reading under way.
    pub(super) fn forget(&self) {
        let mut slots = self.slots();
        slots.kept.clear();
        slots.forgotten += 1;
    }
}

/// Where the two halves of every tree meet.
const MIDDLE: [u8; 1] = [0x80];

/// The keys of half `half` (0: below [`MIDDLE`], 1: from it on).
fn half(half: usize) -> (Bound<&'static [u8]>, Bound<&'static [u8]>) {
    if half == 0 {
        (Bound::Unbounded, Bound::Excluded(&MIDDLE[..]))
    } else {
        (Bound::Included(&MIDDLE[..]), Bound::Unbounded)
    }
}

impl Store {
    /// Every raw entry of the tree at `index`: the ones the last reading of
    /// everything kept if no commit came since, or read anew.
    pub(super) fn raw_at(&self, index: usize) -> Result<Raw, StoreError> {
        if let Some(raw) = self.warm.take(index) {
            return Ok(raw);
        }
        self.tree_at(index).iter().collect::<Result<_, _>>().map_err(|e| self.sled_err(e))
    }

    /// Reads every tree (kinds in `Kind::ALL` order, then meta), each half
    /// on its own thread, and folds `f` over each entry as it is read
    /// (`f(acc, tree index, key, value)`); returns both halves' results.
    /// What was read is kept for the first listing of each kind.
    pub(super) fn read_everything<A: Default + Send>(
        &self,
        f: impl Fn(&mut A, usize, &IVec, &IVec) + Sync,
    ) -> Result<[A; 2], StoreError> {
        let mark = self.warm.mark();
        let read_half = |h: usize| -> Result<(A, Vec<Raw>), StoreError> {
            let mut acc = A::default();
            let mut raws = Vec::with_capacity(Kind::ALL.len() + 1);
            for index in 0..=Kind::ALL.len() {
                let mut raw = Vec::new();
                for entry in self.tree_at(index).range::<&[u8], _>(half(h)) {
                    let (key, value) = entry.map_err(|e| self.sled_err(e))?;
                    f(&mut acc, index, &key, &value);
                    raw.push((key, value));
                }
                raws.push(raw);
            }
            Ok((acc, raws))
        };
        let (low, high) = if std::thread::available_parallelism().map_or(1, |n| n.get()) > 1 {
            std::thread::scope(|scope| {
                let high = scope.spawn(|| read_half(1));
                let low = read_half(0);
                // A reader only panics if `f` does; the same panic then goes
                // on here, as it would have without the thread.
                (low, high.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            })
        } else {
            (read_half(0), read_half(1))
        };
        let ((low_acc, low_raws), (high_acc, high_raws)) = (low?, high?);
        for (index, (low, high)) in low_raws.into_iter().zip(high_raws).enumerate() {
            let mut raw = Vec::with_capacity(low.len() + high.len());
            raw.extend(low);
            raw.extend(high);
            self.warm.keep(mark, index, raw);
        }
        Ok([low_acc, high_acc])
    }
}
