//! The encrypted store: one sled database per council.
//!
//! Layout: one tree per record kind plus `meta`. Keys are random record ids
//! (sled keeps keys and tree names in clear). Each value is an
//! [`envelope`] — version byte, nonce, XChaCha20-Poly1305 ciphertext of the
//! padded record — bound to its tree and id by the associated data, so a value
//! moved elsewhere fails to open. The data key exists on disk only as age
//! wraps in `meta` ([`keys`]).
//!
//! The API is small on purpose: open or create, get/list/put/remove typed
//! records, apply a batch in one transaction, check everything, change who
//! holds a key. Every write is flushed (fsync) before it returns.

mod batch;
mod check;
mod compact;
mod envelope;
mod error;
mod explain;
#[cfg(test)]
mod fault_points;
mod findings;
mod fsperm;
mod head;
pub mod integrity_words;
mod key_copies;
pub mod keyfile;
mod keys;
mod listing;
mod lists;
mod media;
mod meta;
mod migrate;
mod mirror;
mod open;
mod preserve;
mod recover;
mod rotate;
pub mod safe_file;
mod scan;
mod schema;
mod store;
mod verify;
mod warm;

pub use batch::Batch;
pub use check::{BadRecord, CheckReport};
pub use compact::{Compaction, BLOAT_RATIO};
pub use error::StoreError;
pub use findings::{IntegrityReport, Place, Replay};
pub use keys::{
    scrypt_memory_mib, Access, KeyChange, PassphraseChange, Unlock, MAX_PASSPHRASE_WORK_FACTOR, PASSPHRASE_WORK_FACTOR,
};
pub use listing::Listing;
pub use lists::{KeyedHashes, ListKind};
pub use mirror::FILE as HEAD_FILE;
pub use preserve::path_for as preserved_path;
pub use recover::{recover, RecoverReport, Unrecovered};
pub use store::{ReadOnly, Store};
pub use verify::{Problem, Verdict};

/// Version of the on-disk layout (envelope and meta keys). A council written
/// by a newer version is refused with a clear error instead of misread.
/// Format 2 added the head and envelopes of version 2 (revision bound in the
/// associated data); format 1 is migrated at its first open.
pub const STORE_FORMAT: u16 = 2;
