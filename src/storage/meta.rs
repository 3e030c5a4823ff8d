//! Keys of the `meta` tree. Only the format numbers are stored in clear, so
//! a newer council can be refused before any key is tried.

/// Store format (u16, big-endian, clear).
pub const FORMAT: &[u8] = b"format";
/// Schema version of records (u16, big-endian, clear).
pub const SCHEMA: &[u8] = b"schema";
/// age file wrapping the data key to the x25519 recipients.
pub const WRAP_RECIPIENTS: &[u8] = b"wrap.recipients";
/// age file wrapping the data key to the passphrase.
pub const WRAP_PASSPHRASE: &[u8] = b"wrap.passphrase";
/// Sealed list of the recipients' public keys (sealed: a key is a
/// pseudonymous identifier of its holder).
pub const RECIPIENTS: &[u8] = b"recipients";
/// Sealed council record (name, language, settings).
pub const COUNCIL: &[u8] = b"council";
/// Sealed text being typed when the terminal UI locked.
pub const UI_DRAFT: &[u8] = b"ui.draft";
/// Sealed keyed hashes of the "never write" list.
pub const NEVER_WRITE: &[u8] = b"never_write";
/// The never-write names' parts (keyed hashes), beside the whole names.
pub const NEVER_WRITE_PARTS: &[u8] = b"never_write.parts";
/// Never-write sets brought by archives, each with its own key.
pub const NEVER_WRITE_EXTRA: &[u8] = b"never_write.extra";
/// Words dismissed as "not a name" in a review (keyed hashes).
pub const DISMISSED: &[u8] = b"dismissed";
/// Their parts.
pub const DISMISSED_PARTS: &[u8] = b"dismissed.parts";
/// Dismissed sets brought by archives.
pub const DISMISSED_EXTRA: &[u8] = b"dismissed.extra";
/// Sealed key of the lists' hashes, kept across data-key rotations.
pub const NEVER_WRITE_KEY: &[u8] = b"never_write.key";
/// Sealed head: commit counter and digest of every other value (`head`).
pub const HEAD: &[u8] = b"head";
/// The keyed lists' values, carried whole by `recover`.
pub const LISTS: [&[u8]; 6] =
    [NEVER_WRITE, NEVER_WRITE_PARTS, NEVER_WRITE_EXTRA, DISMISSED, DISMISSED_PARTS, DISMISSED_EXTRA];
/// Meta values that are envelopes (the head apart).
pub const SEALED: [&[u8]; 10] = [
    COUNCIL,
    RECIPIENTS,
    UI_DRAFT,
    NEVER_WRITE_KEY,
    NEVER_WRITE,
    NEVER_WRITE_PARTS,
    NEVER_WRITE_EXTRA,
    DISMISSED,
    DISMISSED_PARTS,
    DISMISSED_EXTRA,
];
/// Name of the meta tree.
pub const TREE: &str = "meta";
