//! Reading a council without sled: every file of the folder (and of a copy
//! kept aside) is searched for sealed values, each of which says in its
//! header where it belongs and proves with its tag that it is whole and
//! ours. sled is not parsed at all, so a file sled refuses, or a log tail
//! sled dropped, still gives up every value whose bytes survive.
//!
//! Also finds the age files wrapping the data key, so that a council whose
//! database does not open can still be unlocked.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use memchr::memmem;

use super::envelope::{self, ENVELOPE_VERSION, MAGIC};
use super::keys::RecordKey;

/// A place in the store: tree and key.
pub type PlaceKey = (String, Vec<u8>);

/// One intact sealed value found in the raw files.
#[derive(Clone, Debug)]
pub struct Found {
    /// The tree it was sealed for.
    pub tree: String,
    /// The key it was sealed for.
    pub key: Vec<u8>,
    /// Its revision.
    pub seq: u64,
    /// The sealed bytes, as sled held them.
    pub sealed: Vec<u8>,
}

/// Every regular file under the given folders (missing folders are
/// skipped), except conseil's own head file and temporary files.
pub fn files(dirs: &[&Path]) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let path = entry.path();
            match entry.file_type() {
                Ok(t) if t.is_dir() => walk(&path, out),
                Ok(t) if t.is_file() => {
                    let name = entry.file_name();
                    let name = name.to_string_lossy();
                    if name != super::mirror::FILE && !name.ends_with(".tmp") {
                        out.push(path);
                    }
                }
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    for dir in dirs {
        walk(dir, &mut out);
    }
    out
}

/// Every intact value in `files`, once per (tree, key, revision). Files
/// that cannot be read are returned apart, to be reported.
pub fn values(files: &[PathBuf], rk: &RecordKey) -> (Vec<Found>, Vec<PathBuf>) {
    let mut seen: HashMap<(String, Vec<u8>, u64), ()> = HashMap::new();
    let mut out = Vec::new();
    let mut unreadable = Vec::new();
    let needle = [ENVELOPE_VERSION, MAGIC[0], MAGIC[1]];
    let finder = memmem::Finder::new(&needle);
    for file in files {
        let Ok(bytes) = std::fs::read(file) else {
            unreadable.push(file.clone());
            continue;
        };
        for at in finder.find_iter(&bytes) {
            let Some((h, _)) = envelope::open_found(rk, &bytes[at..]) else { continue };
            let id = (h.tree.to_string(), h.key.to_vec(), h.seq);
            if seen.insert(id, ()).is_none() {
                out.push(Found {
                    tree: h.tree.to_string(),
                    key: h.key.to_vec(),
                    seq: h.seq,
                    sealed: bytes[at..at + h.total_len].to_vec(),
                });
            }
        }
    }
    (out, unreadable)
}

/// The newest intact value of each place (tree, key).
pub fn newest(found: Vec<Found>) -> HashMap<PlaceKey, Found> {
    let mut best: HashMap<PlaceKey, Found> = HashMap::new();
    for f in found {
        let place = (f.tree.clone(), f.key.clone());
        match best.get(&place) {
            Some(b) if b.seq >= f.seq => {}
            _ => {
                best.insert(place, f);
            }
        }
    }
    best
}

/// Candidate age files (from their header line to the end of a wrapped
/// 32-byte key), to try against the user's identity or passphrase.
pub fn wraps(files: &[PathBuf]) -> Vec<Vec<u8>> {
    const START: &[u8] = b"age-encryption.org/v1\n";
    const MAC_LINE: &[u8] = b"\n--- ";
    // After the header: a 16-byte nonce and one chunk of 32 + 16 bytes.
    const PAYLOAD: usize = 16 + 32 + 16;
    let mut out: Vec<Vec<u8>> = Vec::new();
    for file in files {
        let Ok(bytes) = std::fs::read(file) else { continue };
        for at in memmem::find_iter(&bytes, START) {
            let rest = &bytes[at..];
            // A wrap's header is a few hundred bytes; look no further.
            let window = &rest[..rest.len().min(8 * 1024)];
            let Some(mac) = memmem::find(window, MAC_LINE) else { continue };
            let Some(end_of_header) = window[mac + 1..].iter().position(|b| *b == b'\n') else { continue };
            let end = mac + 1 + end_of_header + 1 + PAYLOAD;
            if let Some(candidate) = rest.get(..end) {
                if !out.iter().any(|c| c == candidate) {
                    out.push(candidate.to_vec());
                }
            }
        }
    }
    out
}
