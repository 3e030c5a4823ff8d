//! Verifying an open council against its head: do the values add up to the
//! digest, and is the store where its mirror says it was?
//!
//! This pass reads every value's header but decrypts nothing, so it runs at
//! every open. Only when the digest does not match does it decrypt
//! everything, to tell one damaged record (which costs only itself: the
//! digest is tried with that record at every revision the council has had)
//! from something missing or written back.

use std::path::PathBuf;

use super::error::StoreError;
use super::head::{Digest, Head};
use super::meta;
use super::mirror::{self, Found};
use super::store::Store;
use crate::domain::Kind;

/// What is wrong with the head, if anything.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The store holds fewer commits than its mirror recorded: the last
    /// ones were lost (sled dropped them, or the store was put back).
    Behind {
        /// Commits the store holds.
        store: u64,
        /// Commits the mirror recorded.
        head: u64,
    },
    /// The values do not add up to the head's digest: something was
    /// removed, written back or added outside conseil.
    DoesNotAddUp,
    /// The head file is missing.
    MirrorMissing,
    /// The head file is damaged.
    MirrorDamaged,
    /// The head file and the store disagree at the same commit.
    MirrorDisagrees,
    /// The store's own head is missing or damaged (and the head file does
    /// not vouch for the values either).
    HeadDamaged,
}

/// The verdict of the head check.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Verdict {
    /// Commits the store holds (its head's counter, or the mirror's when
    /// the store's head is lost but the values match the mirror).
    pub counter: u64,
    /// Commits the mirror recorded, when it could be read.
    pub mirrored: Option<u64>,
    /// Everything wrong, in the order found.
    pub problems: Vec<Problem>,
    /// The one damaged value the digest was explained with, if any.
    pub explained: Option<(String, Vec<u8>)>,
    /// Where the files were copied before sled's recovery could rewrite
    /// them, if they were.
    pub preserved: Option<PathBuf>,
}

impl Verdict {
    /// Whether the council is where its head says, with nothing missing.
    pub fn is_sound(&self) -> bool {
        self.problems.is_empty()
    }
}

/// A value that fails to open: tree index, key, bytes.
type Damaged = (usize, Vec<u8>, Vec<u8>);

/// The store's own head, as found.
enum StoreHead {
    Present(Head),
    Missing,
    Damaged,
}

impl Store {
    /// Reads the sealed head in `meta`.
    fn stored_head(&self) -> Result<StoreHead, StoreError> {
        let Some(value) = self.meta.get(meta::HEAD).map_err(|e| self.sled_err(e))? else {
            return Ok(StoreHead::Missing);
        };
        let opened = match super::envelope::open(&self.record_key, meta::TREE, meta::HEAD, &value, false) {
            Ok(o) => o,
            Err(_) => return Ok(StoreHead::Damaged),
        };
        match postcard::from_bytes::<Head>(&opened.body) {
            Ok(h) if h.counter == opened.seq => Ok(StoreHead::Present(h)),
            _ => Ok(StoreHead::Damaged),
        }
    }

    /// The digest of every value present, computed from their headers as
    /// every tree is read (on two cores: this runs at every open).
    pub(super) fn computed_digest(&self) -> Result<Digest, StoreError> {
        let meta_index = Kind::ALL.len();
        let [low, high] = self.read_everything(|digest: &mut Digest, index, key, value| {
            if index != meta_index || key.as_ref() != meta::HEAD {
                digest.toggle(&self.hasher.element(self.tree_name(index), key, value));
            }
        })?;
        Ok(low.xor(&high))
    }

    /// Checks the store against its head and its mirror; changes nothing.
    /// Sets the in-memory head to what was found.
    pub(super) fn verify(&self) -> Result<Verdict, StoreError> {
        let computed = self.computed_digest()?;
        let found = mirror::read(&self.path, &self.record_key)
            .map_err(|source| StoreError::Access { path: mirror::path(&self.path), source })?;
        let mut v = Verdict::default();
        let mut settled = 0;
        if let Found::Present(m) = found {
            v.mirrored = Some(m.counter);
            settled = m.settled;
        }
        let reference = match (self.stored_head()?, found) {
            (StoreHead::Present(h), found) => {
                match found {
                    Found::Present(m) if m.counter > h.counter => {
                        v.problems.push(Problem::Behind { store: h.counter, head: m.counter })
                    }
                    Found::Present(m) if m.counter == h.counter && m.digest != h.digest => {
                        v.problems.push(Problem::MirrorDisagrees)
                    }
                    Found::Present(_) => {}
                    Found::Missing => v.problems.push(Problem::MirrorMissing),
                    Found::Damaged => v.problems.push(Problem::MirrorDamaged),
                }
                v.counter = h.counter;
                Some(h.digest)
            }
            // The store's head is lost, but its mirror vouches for it if
            // the values add up to the mirror's digest.
            (_, Found::Present(m)) => {
                v.counter = m.counter;
                if computed != m.digest {
                    v.problems.push(Problem::HeadDamaged);
                }
                Some(m.digest)
            }
            (_, other) => {
                v.problems.push(Problem::HeadDamaged);
                v.problems.push(if other == Found::Missing { Problem::MirrorMissing } else { Problem::MirrorDamaged });
                None
            }
        };
        if let Some(reference) = reference {
            if reference != computed && !v.problems.contains(&Problem::HeadDamaged) {
                match self.explain_with_one_damaged(computed, reference, v.counter)? {
                    Some(place) => v.explained = Some(place),
                    None => v.problems.push(Problem::DoesNotAddUp),
                }
            }
        }
        let mut state = self.lock_head();
        state.counter = v.counter;
        state.settled = settled.min(v.counter);
        state.digest = reference.unwrap_or(computed);
        Ok(v)
    }

    /// When exactly one value fails to open, whether the digest matches
    /// with that value at some revision the council has had: then the only
    /// problem is that value, which `check` names.
    fn explain_with_one_damaged(
        &self,
        computed: Digest,
        reference: Digest,
        counter: u64,
    ) -> Result<Option<(String, Vec<u8>)>, StoreError> {
        let damaged = self.damaged_values(2)?;
        let [(index, key, value)] = &damaged[..] else { return Ok(None) };
        let name = self.tree_name(*index);
        let without = computed.xor(&Digest(self.hasher.element(name, key, value)));
        let wanted = without.xor(&reference).0;
        let found = (0..=counter).rev().any(|seq| self.hasher.at(name, key, seq) == wanted);
        Ok(found.then(|| (name.to_string(), key.clone())))
    }

    /// Up to `limit` values (tree index, key, bytes) that fail to open.
    fn damaged_values(&self, limit: usize) -> Result<Vec<Damaged>, StoreError> {
        let mut out = Vec::new();
        for index in 0..=Kind::ALL.len() {
            let name = self.tree_name(index);
            for entry in self.tree_at(index).iter() {
                let (key, value) = entry.map_err(|e| self.sled_err(e))?;
                let sealed = index < Kind::ALL.len() || meta::SEALED.contains(&key.as_ref());
                if sealed && super::envelope::open(&self.record_key, name, &key, &value, self.legacy).is_err() {
                    out.push((index, key.to_vec(), value.to_vec()));
                    if out.len() >= limit {
                        return Ok(out);
                    }
                }
            }
        }
        Ok(out)
    }
}
