//! The head's mirror: a small sealed file beside sled's own
//! (`conseil.head` in the council folder), rewritten through the safe
//! writer after every commit.
//!
//! Layout: `"conseil-head\n"`, a version byte, the counter and the
//! *settled* counter (u64 LE, in clear), then an envelope sealing the same
//! numbers and the digest. The clear numbers are read before any key, to
//! decide whether sled's recovery could destroy evidence (see
//! [`super::preserve`]); the sealed copy is what any verdict rests on, so a
//! forged clear part can at worst cost an unneeded copy.
//!
//! *Settled* is the counter at the last open that verified the council:
//! sled folds every write into its snapshot at open, so commits after it
//! are the ones a damaged byte can make sled drop silently.

use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::envelope;
use super::head::Digest;
use super::keys::RecordKey;
use super::safe_file::{self, Overwrite};
use crate::domain::SCHEMA_VERSION;

/// Name of the mirror in the council folder.
pub const FILE: &str = "conseil.head";
const MAGIC: &[u8] = b"conseil-head\n";
const VERSION: u8 = 1;
const CLEAR_LEN: usize = 13 + 1 + 8 + 8;
/// Tree and key named in the mirror's associated data.
const TREE: &str = "mirror";
const KEY: &[u8] = b"head";

/// What the mirror says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mirror {
    /// Counter of the last commit.
    pub counter: u64,
    /// Counter at the last verified open.
    pub settled: u64,
    /// Digest after the last commit.
    pub digest: Digest,
}

/// The mirror as found on disk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    /// No mirror file.
    Missing,
    /// A file that is not a whole, authentic mirror.
    Damaged,
    /// An authentic mirror.
    Present(Mirror),
}

/// Path of the mirror of the council at `dir`.
pub fn path(dir: &Path) -> PathBuf {
    dir.join(FILE)
}

/// The clear `(counter, settled)`, without any key: `None` if the file is
/// missing or unreadable.
pub fn peek(dir: &Path) -> Option<(u64, u64)> {
    let bytes = std::fs::read(path(dir)).ok()?;
    clear(&bytes)
}

fn clear(bytes: &[u8]) -> Option<(u64, u64)> {
    let rest = bytes.strip_prefix(MAGIC)?.strip_prefix(&[VERSION])?;
    let counter = u64::from_le_bytes(rest.get(..8)?.try_into().ok()?);
    let settled = u64::from_le_bytes(rest.get(8..16)?.try_into().ok()?);
    Some((counter, settled))
}

/// Reads and authenticates the mirror. An I/O error other than absence is
/// an error (the verdict must not be "missing" for a file we cannot read).
pub fn read(dir: &Path, rk: &RecordKey) -> io::Result<Found> {
    let bytes = match std::fs::read(path(dir)) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Found::Missing),
        Err(e) => return Err(e),
    };
    Ok(decode(&bytes, rk).map_or(Found::Damaged, Found::Present))
}

fn decode(bytes: &[u8], rk: &RecordKey) -> Option<Mirror> {
    let (counter, settled) = clear(bytes)?;
    let sealed = bytes.get(CLEAR_LEN..)?;
    let opened = envelope::open(rk, TREE, KEY, sealed, false).ok()?;
    let mirror: Mirror = postcard::from_bytes(&opened.body).ok()?;
    (mirror.counter == counter && mirror.settled == settled && opened.seq == counter).then_some(mirror)
}

/// Writes the mirror (beside, synced, renamed).
pub fn write(dir: &Path, rk: &RecordKey, mirror: &Mirror) -> io::Result<()> {
    let body = postcard::to_allocvec(mirror).map_err(io::Error::other)?;
    let sealed = envelope::seal(rk, TREE, KEY, mirror.counter, SCHEMA_VERSION, &body)
        .ok_or_else(|| io::Error::other("sealing the head failed"))?;
    let mut bytes = Vec::with_capacity(CLEAR_LEN + sealed.len());
    bytes.extend_from_slice(MAGIC);
    bytes.push(VERSION);
    bytes.extend_from_slice(&mirror.counter.to_le_bytes());
    bytes.extend_from_slice(&mirror.settled.to_le_bytes());
    bytes.extend_from_slice(&sealed);
    safe_file::write(&path(dir), &bytes, Overwrite::Replace)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn round_trip_and_every_damage_is_seen() {
        let dir = tempfile::tempdir().unwrap();
        let rk = RecordKey::from_bytes([5u8; 32]);
        assert_eq!(read(dir.path(), &rk).unwrap(), Found::Missing);
        let m = Mirror { counter: 12, settled: 9, digest: Digest([7u8; 32]) };
        write(dir.path(), &rk, &m).unwrap();
        assert_eq!(read(dir.path(), &rk).unwrap(), Found::Present(m));
        assert_eq!(peek(dir.path()), Some((12, 9)));
        let good = std::fs::read(path(dir.path())).unwrap();
        for i in 0..good.len() {
            let mut bad = good.clone();
            bad[i] ^= 0x04;
            std::fs::write(path(dir.path()), &bad).unwrap();
            assert_eq!(read(dir.path(), &rk).unwrap(), Found::Damaged, "byte {i}");
        }
        for keep in [0, 5, CLEAR_LEN, good.len() - 1] {
            std::fs::write(path(dir.path()), &good[..keep]).unwrap();
            assert_eq!(read(dir.path(), &rk).unwrap(), Found::Damaged, "cut at {keep}");
        }
    }
}
