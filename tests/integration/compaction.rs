//! Compaction: a council that sled left bloated (a large meeting saved
//! over and over) is given back its space on a clean close or on
//! `conseil compact`, with every record, the head and the key wraps as they
//! were; a `kill -9` at any point of it leaves a whole council.

use std::process::Command;
use std::time::{Duration, Instant};

use conseil::domain::*;
use conseil::storage::{Compaction, Store, BLOAT_RATIO};
use rand::{Rng, SeedableRng};

use crate::common::{add_meeting, normalised};
use crate::tui_common::UiCouncil;

/// About 200 KB of notes, different at each `round` (sealed values never
/// repeat anyway).
fn notes(round: usize) -> String {
    let words = ["le", "conseil", "parle", "des", "loyers", "et", "de", "la", "santé", "mentale"];
    (0..40_000).map(|i| words[(i * 7 + round) % words.len()]).collect::<Vec<_>>().join(" ")
}

/// A council whose one meeting's notes (~200 KB) were saved `saves` times.
fn bloated(saves: usize) -> UiCouncil {
    let council = UiCouncil::new();
    let id = add_meeting(council.store(), "Conseil de mars");
    let session = conseil::council::Session::new(council.store());
    for round in 0..saves {
        let mut m: Meeting = session.find(&id.to_string()).unwrap();
        m.agenda[0].notes = notes(round);
        session.save_meeting(m).unwrap();
    }
    council
}

fn disk(store: &Store) -> (u64, u64) {
    (store.disk_bytes(), store.live_bytes().unwrap())
}

#[test]
fn a_bloated_council_is_compacted_with_everything_kept() {
    let council = bloated(60);
    let reference = normalised(&council.store());
    let mut store = council.store();
    let (before, live) = disk(&store);
    assert!(before > BLOAT_RATIO * live, "the test council is bloated: {before} on disk for {live}");
    let counter = store.counter();
    let Some(Compaction { before: b, after, live: l }) = store.compact_if_bloated().unwrap() else {
        panic!("a bloated council was not compacted")
    };
    assert_eq!((b, l), (before, live));
    assert!(after * 4 < before, "{before} → {after} bytes");
    // Still open on the compacted folder: the same records, then a write.
    assert!(normalised(&store) == reference, "records changed");
    store.put(&Member::new(RecordId::random(), "Hibou").unwrap()).unwrap();
    drop(store);
    // Verified open (head and mirror agree), one more commit, clean.
    let store = council.store();
    assert_eq!(store.counter(), counter + 1);
    assert_eq!(normalised(&store).members.len(), reference.members.len() + 1);
    assert!(store.check().unwrap().is_clean());
    // Nothing left beside it, and the next save works.
    for leftover in ["council.rotation-new", "council.rotation-old"] {
        assert!(!council.dir.path().join(leftover).exists(), "{leftover} left behind");
    }
    let session = conseil::council::Session::new(store);
    session.save_member(Member::new(RecordId::random(), "Colibri").unwrap()).unwrap();
}

#[test]
fn a_council_that_is_not_bloated_is_left_alone() {
    let council = bloated(2);
    use std::os::unix::fs::MetadataExt;
    let folder = std::fs::metadata(council.path()).unwrap().ino();
    assert_eq!(council.store().compact_if_bloated().unwrap(), None);
    assert_eq!(std::fs::metadata(council.path()).unwrap().ino(), folder, "the folder was replaced");
}

#[test]
fn a_clean_close_compacts_a_bloated_council() {
    let council = bloated(60);
    let before = council.store().disk_bytes();
    let session = conseil::council::Session::new(council.store());
    session.close_with_backup(2).unwrap();
    let store = council.store();
    assert!(store.disk_bytes() * 4 < before, "{before} → {}", store.disk_bytes());
    assert!(store.check().unwrap().is_clean());
}

#[test]
fn kill_9_during_compaction_leaves_one_whole_council() {
    let council = bloated(60);
    let reference = normalised(&council.store());
    let command = || {
        let mut c = Command::new(env!("CARGO_BIN_EXE_conseil"));
        c.env("LANG", "fr_FR.UTF-8").env_remove("CONSEIL_IDENTITY");
        c.arg("--db").arg(council.path()).arg("-i").arg(council.key()).arg("compact");
        c
    };
    let compact = || command().stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null()).spawn().unwrap();
    // How long one run takes here, to spread the kills over it.
    let started = Instant::now();
    let first = command().output().unwrap();
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    let span = started.elapsed().as_millis().max(20) as u64;
    let seed: u64 = rand::random();
    eprintln!("compaction crash test seed: {seed}, one run {span} ms");
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    for round in 0..20 {
        let mut child = compact();
        std::thread::sleep(Duration::from_millis(rng.gen_range(0..span)));
        let _ = child.kill();
        child.wait().unwrap();
        let store = council.store();
        assert!(store.check().unwrap().is_clean(), "round {round} (seed {seed})");
        assert!(normalised(&store) == reference, "round {round} (seed {seed}): records changed");
        drop(store);
        for leftover in ["council.rotation-new", "council.rotation-old"] {
            assert!(!council.dir.path().join(leftover).exists(), "round {round}: {leftover} left behind");
        }
    }
}

/// A long session (as the terminal UI runs one, `maintain` after each
/// save) never lets the folder grow past a bound, and goes on writing on
/// the compacted folder; the council then opens verified and clean.
#[test]
fn a_long_session_compacts_as_it_goes() {
    let council = UiCouncil::new();
    let id = add_meeting(council.store(), "Conseil de mars");
    let mut session = conseil::council::Session::new(council.store());
    let mut largest = 0;
    let mut compacted = 0;
    for round in 0..150 {
        let mut m: Meeting = session.find(&id.to_string()).unwrap();
        m.agenda[0].notes = notes(round);
        session.save_meeting(m).unwrap();
        compacted += usize::from(session.maintain().unwrap().is_some());
        largest = largest.max(crate::common::dir_bytes(&council.path()));
    }
    assert!(compacted > 0, "never compacted");
    // 150 saves of ~200 KB wrote ~30 MB; the folder stayed well below.
    assert!(largest < 20 << 20, "the folder reached {largest} bytes");
    let last = notes(149);
    drop(session);
    let store = council.store();
    assert!(store.check().unwrap().is_clean());
    let m: Meeting = conseil::council::Session::new(store).find(&id.to_string()).unwrap();
    assert_eq!(m.agenda[0].notes, last, "the last save is what is kept");
}
