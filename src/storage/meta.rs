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
/// Sealed key of the "never write" hashes, kept across data-key rotations.
pub const NEVER_WRITE_KEY: &[u8] = b"never_write.key";
/// Sealed head: commit counter and digest of every other value (`head`).
pub const HEAD: &[u8] = b"head";
/// Meta values that are envelopes (the head apart).
pub const SEALED: [&[u8]; 5] = [COUNCIL, RECIPIENTS, UI_DRAFT, NEVER_WRITE, NEVER_WRITE_KEY];
/// Name of the meta tree.
pub const TREE: &str = "meta";
