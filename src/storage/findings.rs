//! Naming what the head check found wrong: which records a lost commit
//! held, which record was written back over a newer one, which one
//! disappeared. The names come from the raw files (the council's and the
//! copy kept aside before sled's recovery), searched for intact sealed
//! values, since what sled dropped or someone replaced is by definition no
//! longer in the store.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use super::error::StoreError;
use super::head::Head;
use super::meta;
use super::scan;
use super::store::Store;
use super::verify::{Problem, Verdict};
use crate::domain::{Kind, RecordId};

/// A record named by a finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// Its tree.
    pub tree: String,
    /// Its id (hex) or meta key.
    pub id: String,
    /// The revision concerned.
    pub seq: u64,
    /// Whether an intact copy of that revision exists in the files (so
    /// `recover` can bring it back).
    pub intact: bool,
}

/// A record whose value is older than one the files hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replay {
    /// Its tree.
    pub tree: String,
    /// Its id (hex) or meta key.
    pub id: String,
    /// The revision in the store.
    pub found: u64,
    /// The newer revision an intact copy of which exists.
    pub newer: u64,
}

/// What the head check found, with names.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IntegrityReport {
    /// The verdict itself.
    pub verdict: Verdict,
    /// Writes of commits the store no longer holds.
    pub lost: Vec<Place>,
    /// Records put back to an older revision.
    pub replayed: Vec<Replay>,
    /// Records the files show but the store lacks (when the values do not
    /// add up: removed outside conseil).
    pub absent: Vec<Place>,
}

impl IntegrityReport {
    /// Whether nothing is wrong.
    pub fn is_sound(&self) -> bool {
        self.verdict.is_sound()
    }
}

/// How a key is shown: the hex of a record id, or a meta key's name.
pub fn display_id(key: &[u8]) -> String {
    match <[u8; 16]>::try_from(key) {
        Ok(bytes) => RecordId::from_bytes(bytes).to_string(),
        Err(_) => String::from_utf8_lossy(key).into_owned(),
    }
}

/// Meta keys whose disappearance is ordinary (cleared on purpose).
const TRANSIENT: [&[u8]; 5] =
    [meta::UI_DRAFT, meta::WRAP_PASSPHRASE, meta::RECIPIENTS, meta::NEVER_WRITE_EXTRA, meta::DISMISSED_EXTRA];

impl Store {
    /// Names what `verdict` found wrong, searching the raw files; a sound
    /// verdict costs nothing.
    pub fn findings(&self, verdict: &Verdict) -> Result<IntegrityReport, StoreError> {
        let mut report = IntegrityReport { verdict: verdict.clone(), ..Default::default() };
        if verdict.is_sound() {
            return Ok(report);
        }
        let mut dirs: Vec<PathBuf> = vec![self.path.clone()];
        dirs.extend(verdict.preserved.clone());
        let dir_refs: Vec<&std::path::Path> = dirs.iter().map(PathBuf::as_path).collect();
        let (found, _unreadable) = scan::values(&scan::files(&dir_refs), &self.record_key);
        let present = self.present_revisions()?;
        let counter = verdict.counter;
        // Values of a commit after the mirror's last were never reported
        // saved (a write cut by a crash): not a loss.
        let acknowledged = verdict.mirrored.unwrap_or(u64::MAX);
        let mut lost_places: HashSet<(String, Vec<u8>)> = HashSet::new();
        let mut lost_heads: Vec<Head> = Vec::new();
        for f in &found {
            if f.seq <= counter || f.seq > acknowledged {
                continue;
            }
            if f.tree == meta::TREE && f.key == meta::HEAD {
                if let Some(h) = self.open_head(&f.sealed) {
                    lost_heads.push(h);
                }
            } else if lost_places.insert((f.tree.clone(), f.key.clone())) {
                report.lost.push(place(&f.tree, &f.key, f.seq, true));
            }
        }
        // A lost commit whose head survived names what it wrote, even when
        // the value itself did not survive.
        for h in lost_heads {
            for (tree, key) in h.written {
                if !lost_places.contains(&(tree.clone(), key.clone())) && key != meta::HEAD {
                    lost_places.insert((tree.clone(), key.clone()));
                    report.lost.push(place(&tree, &key, h.counter, false));
                }
            }
        }
        let newest = scan::newest(found.into_iter().filter(|f| f.seq <= counter).collect());
        let adds_up = !verdict.problems.contains(&Problem::DoesNotAddUp);
        for ((tree, key), f) in &newest {
            match present.get(&(tree.clone(), key.clone())) {
                Some(Some(seq)) if *seq < f.seq => {
                    report.replayed.push(Replay { tree: tree.clone(), id: display_id(key), found: *seq, newer: f.seq })
                }
                None if !adds_up && is_lasting(tree, key) => report.absent.push(place(tree, key, f.seq, true)),
                _ => {}
            }
        }
        report.lost.sort_by(|a, b| (a.seq, &a.tree, &a.id).cmp(&(b.seq, &b.tree, &b.id)));
        report.replayed.sort_by(|a, b| (&a.tree, &a.id).cmp(&(&b.tree, &b.id)));
        report.absent.sort_by(|a, b| (&a.tree, &a.id).cmp(&(&b.tree, &b.id)));
        Ok(report)
    }

    /// The revision of every value in the store, by place (`None` when its
    /// header does not read).
    fn present_revisions(&self) -> Result<HashMap<scan::PlaceKey, Option<u64>>, StoreError> {
        let mut out = HashMap::new();
        for index in 0..=Kind::ALL.len() {
            let name = self.tree_name(index);
            for entry in self.tree_at(index).iter() {
                let (key, value) = entry.map_err(|e| self.sled_err(e))?;
                let seq = super::envelope::peek(&value).filter(|h| h.key == key.as_ref()).map(|h| h.seq);
                out.insert((name.to_string(), key.to_vec()), seq);
            }
        }
        Ok(out)
    }

    fn open_head(&self, sealed: &[u8]) -> Option<Head> {
        let opened = super::envelope::open(&self.record_key, meta::TREE, meta::HEAD, sealed, false).ok()?;
        postcard::from_bytes(&opened.body).ok()
    }
}

fn place(tree: &str, key: &[u8], seq: u64, intact: bool) -> Place {
    Place { tree: tree.to_string(), id: display_id(key), seq, intact }
}

/// Whether a place should still be there: records, and meta values that
/// are never cleared.
fn is_lasting(tree: &str, key: &[u8]) -> bool {
    tree != meta::TREE || (key != meta::HEAD && !TRANSIENT.contains(&key))
}
