//! Integration tests of conseil, in one binary so the suite links once.
//!
//! - `architecture`: no module imports a layer above it; the doc's table of layers agrees.
//! - `anonymity`: every way out of the council keeps names and identifiers in.
//! - `export`: advocacy exports keep no identifier, honour consent, escape HTML.
//! - `privacy`: detectors against the labelled corpus; scrubber properties.
//! - `rotation`: data-key rotation, and kill -9 in the middle of it.
//! - `slip`: members' slips hold only their view; return slips change only task status.
//! - `store_roundtrip`: every record kind survives a write, a reopen, a read.
//! - `terminal_text`: escape sequences in council text never reach the terminal.
//! - `tamper`: flipped, moved and truncated values are named and refused.
//! - `damaged`: one damaged meeting costs only itself in the UI, the lists, archives and backups.
//! - `authenticity`: own archives re-import; forged archives and return slips are refused.
//! - `backup`: rolling backups at each clean close, the last N kept; recover takes from them.
//! - `faults`: every file of a council flipped, cut, deleted: check names it, recover restores.
//! - `compaction`: a bloated council is given back its space, whole, even when killed mid-way.
//! - `read_only_media`: a council that cannot be written is read, checked and exported from a copy, never changed.
//! - `recover_cli`: check and recover through the binary on a write sled dropped, and a replay.
//! - `integrity`: the head names replayed values, a store put back, a lost head file; format 1 migrates.
//! - `access`: identities, passphrases, rekey, locks, formats, folders.
//! - `no_plaintext`: canary strings never reach any file of the council.
//! - `crash`: SIGKILL at random moments loses nothing reported as saved.
//! - `archive`: archive round trips, merges, interop with `age`, bad archives.
//! - `cli`: command-line scenarios in French and English.
//! - `safe_write`: files outside sled survive a full disk whole (old or new).
//! - `docs`: documents generated from code are current.
//! - `age_interop`: keys are exchangeable with the reference `age` tools.
//! - `tui_flow`: the terminal UI's update logic, driven by scripted actions.
//! - `tui_screens`: screen snapshots (insta) and sizes that must not panic.
//! - `tui_tmux`: the real binary in tmux: typing, kill -9, quit, SIGTERM.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "integration/common.rs"]
mod common;

#[path = "integration/acceptance.rs"]
mod acceptance;
#[path = "integration/access.rs"]
mod access;
#[path = "integration/age_interop.rs"]
mod age_interop;
#[path = "integration/anonymity.rs"]
mod anonymity;
#[path = "integration/architecture.rs"]
mod architecture;
#[path = "integration/archive.rs"]
mod archive;
#[path = "integration/authenticity.rs"]
mod authenticity;
#[path = "integration/backup.rs"]
mod backup;
#[path = "integration/cli.rs"]
mod cli;
#[path = "integration/compaction.rs"]
mod compaction;
#[path = "integration/crash.rs"]
mod crash;
#[path = "integration/damaged.rs"]
mod damaged;
#[path = "integration/docs.rs"]
mod docs;
#[path = "integration/export.rs"]
mod export;
#[path = "integration/faults.rs"]
mod faults;
#[path = "integration/integrity.rs"]
mod integrity;
#[path = "integration/no_plaintext.rs"]
mod no_plaintext;
#[path = "integration/privacy.rs"]
mod privacy;
#[path = "integration/read_only_media.rs"]
mod read_only_media;
#[path = "integration/recover_cli.rs"]
mod recover_cli;
#[path = "integration/rotation.rs"]
mod rotation;
#[path = "integration/safe_write.rs"]
mod safe_write;
#[path = "integration/slip.rs"]
mod slip;
#[path = "integration/store_roundtrip.rs"]
mod store_roundtrip;
#[path = "integration/tamper.rs"]
mod tamper;
#[path = "integration/terminal_text.rs"]
mod terminal_text;
#[path = "integration/tui_common.rs"]
mod tui_common;
#[path = "integration/tui_flow.rs"]
mod tui_flow;
#[path = "integration/tui_meeting_fixes.rs"]
mod tui_meeting_fixes;
#[path = "integration/tui_screens.rs"]
mod tui_screens;
#[path = "integration/tui_tmux.rs"]
mod tui_tmux;
