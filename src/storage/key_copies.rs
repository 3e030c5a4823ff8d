//! A second copy of the key wraps, outside sled (`conseil.keys` in the
//! council folder), so that one damaged byte in the database cannot take
//! the only way to unlock what `recover` finds.
//!
//! The wraps are age files, as safe to keep in a file as in sled (sled keeps
//! them unencrypted too); the file is rewritten through the safe writer
//! whenever the wraps change. It holds no more than sled does: a recipient
//! removed from the council is removed by a rotation to a new data key,
//! which writes a new copy in the new folder.

use std::io;
use std::path::{Path, PathBuf};

use super::safe_file::{self, Overwrite};

/// Name of the copy in the council folder.
pub const FILE: &str = "conseil.keys";
const MAGIC: &[u8] = b"conseil-keys\n";

/// Path of the copy of the council at `dir`.
pub fn path(dir: &Path) -> PathBuf {
    dir.join(FILE)
}

/// Whether the copy on disk holds exactly these wraps.
pub fn matches(dir: &Path, wraps: &[&[u8]]) -> bool {
    std::fs::read(path(dir)).is_ok_and(|bytes| bytes == encode(wraps))
}

fn encode(wraps: &[&[u8]]) -> Vec<u8> {
    let mut bytes = MAGIC.to_vec();
    for w in wraps {
        // A wrap is a few hundred bytes; sled could not hold 4 GiB anyway.
        bytes.extend_from_slice(&(w.len() as u32).to_le_bytes());
        bytes.extend_from_slice(w);
    }
    bytes
}

/// Writes the copy: each wrap, length first.
pub fn write(dir: &Path, wraps: &[&[u8]]) -> io::Result<()> {
    safe_file::write(&path(dir), &encode(wraps), Overwrite::Replace)
}
