//! Rotating the data key: records survive, a removed key opens nothing any
//! more (and no old ciphertext stays in the folder), and a `kill -9` at any
//! point of `rekey --rotate` leaves the old council or the new one, whole.

use std::process::Command;
use std::time::Duration;

use conseil::demo::{populate, DemoSize};
use conseil::storage::{keyfile, Store, StoreError, Unlock};
use rand::{Rng, SeedableRng};
use time::macros::date;

use crate::common::{files, normalised};
use crate::tui_common::UiCouncil;

fn unlock(key: &std::path::Path) -> Unlock {
    Unlock::Identities(keyfile::read(key).unwrap().identities)
}

fn conseil() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_conseil"));
    c.env("LANG", "fr_FR.UTF-8").env_remove("CONSEIL_IDENTITY");
    c
}

#[test]
fn removing_a_key_rotates_and_the_old_key_opens_nothing() {
    let council = UiCouncil::demo();
    let reference = normalised(&council.store());
    let old_value = {
        // A ciphertext that exists now and must not survive the rotation.
        let db = crate::common::raw_open(&council.path());
        let first = db.open_tree("contributions").unwrap().iter().next().unwrap().unwrap();
        first.1.to_vec()
    };
    let next = council.dir.path().join("next.txt");
    conseil().args(["keygen", "-o"]).arg(&next).output().unwrap();
    let old_public = keyfile::read(&council.key()).unwrap().recipients[0].to_string();
    let out = conseil()
        .arg("--db")
        .arg(council.path())
        .arg("-i")
        .arg(council.key())
        .args(["rekey", "--add-recipient"])
        .arg(&next)
        .args(["--remove-recipient", &old_public])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout} {}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("renouvelle aussi la clé de données") && stdout.contains("rechiffrées"), "{stdout}");
    assert!(matches!(Store::open(&council.path(), &unlock(&council.key())).err(), Some(StoreError::NotARecipient)));
    let store = Store::open(&council.path(), &unlock(&next)).unwrap();
    assert!(store.check().unwrap().is_clean());
    assert_eq!(normalised(&store), reference);
    drop(store);
    for file in files(&council.path()) {
        let bytes = std::fs::read(&file).unwrap();
        assert!(
            !bytes.windows(old_value.len()).any(|w| w == old_value.as_slice()),
            "old ciphertext left in {}",
            file.display()
        );
    }
    assert!(!council.dir.path().join("council.rotation-old").exists());
}

#[test]
fn kill_9_during_rotation_leaves_one_whole_council() {
    let council = UiCouncil::new();
    {
        let store = council.store();
        let size = DemoSize { years: 1, group_meetings: 4, tasks: 400, contributions: 1200 };
        populate(&store, size, date!(2025 - 11 - 01), 3).unwrap();
    }
    let reference = normalised(&council.store());
    let seed: u64 = rand::random();
    eprintln!("rotation crash test seed: {seed}");
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let mut current = council.key();
    let (mut finished, mut interrupted) = (0, 0);
    for round in 0..20 {
        let next = council.dir.path().join(format!("key-{round}.txt"));
        keyfile::generate(&next, "test").unwrap();
        let current_public = keyfile::read(&current).unwrap().recipients[0].to_string();
        let mut child = conseil()
            .arg("--db")
            .arg(council.path())
            .arg("-i")
            .arg(&current)
            .args(["rekey", "--rotate", "--add-recipient"])
            .arg(&next)
            .args(["--remove-recipient", &current_public])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(rng.gen_range(5..350)));
        child.kill().unwrap();
        child.wait().unwrap();
        // One key or the other opens; never neither, never a mix.
        let store = match Store::open(&council.path(), &unlock(&next)) {
            Ok(s) => {
                finished += 1;
                current = next;
                s
            }
            Err(StoreError::NotARecipient) => {
                interrupted += 1;
                Store::open(&council.path(), &unlock(&current))
                    .unwrap_or_else(|e| panic!("round {round} (seed {seed}): neither key opens: {e}"))
            }
            Err(e) => panic!("round {round} (seed {seed}): {e}"),
        };
        assert!(store.check().unwrap().is_clean(), "round {round} (seed {seed})");
        assert!(normalised(&store) == reference, "round {round} (seed {seed}): records changed");
        drop(store);
        for leftover in ["council.rotation-new", "council.rotation-old"] {
            assert!(!council.dir.path().join(leftover).exists(), "round {round}: {leftover} left behind");
        }
    }
    eprintln!("rotation crash test: {finished} rotations finished, {interrupted} interrupted");
    assert!(interrupted > 0, "some kills should land mid-rotation (seed {seed})");
}
