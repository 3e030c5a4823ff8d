//! `conseil check` and `conseil recover` through the real binary, on the
//! damage sled hides: one flipped byte in the writes of the last session,
//! which sled takes for a torn write and drops (then zeroes), even for a
//! read-only command.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

struct Council {
    dir: tempfile::TempDir,
}

impl Council {
    fn new() -> Self {
        let c = Self { dir: tempfile::tempdir().unwrap() };
        c.cmd(&c.db()).args(["keygen", "-o"]).arg(c.key()).assert().success();
        c.run(&c.db()).args(["init", "--name", "Conseil abîmé", "--recipient"]).arg(c.key()).assert().success();
        c
    }

    fn db(&self) -> PathBuf {
        self.dir.path().join("council")
    }

    fn key(&self) -> PathBuf {
        self.dir.path().join("key.txt")
    }

    fn cmd(&self, db: &Path) -> Command {
        let mut cmd = Command::cargo_bin("conseil").unwrap();
        cmd.env_remove("CONSEIL_IDENTITY").env_remove("LC_ALL").env("LANG", "fr_FR.UTF-8").arg("--db").arg(db);
        cmd
    }

    fn run(&self, db: &Path) -> Command {
        let mut cmd = self.cmd(db);
        cmd.arg("-i").arg(self.key());
        cmd
    }

    fn member_ids(&self, db: &Path) -> Vec<String> {
        let out = self.run(db).args(["member", "list", "--json"]).assert().success().get_output().stdout.clone();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        let mut ids: Vec<String> =
            v.as_array().unwrap().iter().map(|m| m["id"].as_str().unwrap().to_string()).collect();
        ids.sort();
        ids
    }
}

fn stdout(cmd: &mut Command) -> (bool, String) {
    let out = cmd.output().unwrap();
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr))
}

/// Flips one byte inside the last head sled's log holds (the header names
/// it: `meta`, then `head`): the last commit, written after its records in
/// the same sled batch, which sled then drops whole — the member's value
/// stays intact in the bytes.
fn flip_last_head(db: &Path) {
    let file = db.join("db");
    let mut bytes = std::fs::read(&file).unwrap();
    let header = [&[2u8, b'c', b'n', 4][..], b"meta", &[4], b"head"].concat();
    let at = memchr::memmem::rfind(&bytes, &header).expect("a head is in the log");
    bytes[at + header.len() + 40] ^= 0x5A;
    std::fs::write(&file, bytes).unwrap();
}

#[test]
fn check_names_a_write_sled_dropped_and_recover_brings_it_back() {
    let c = Council::new();
    for name in ["Colibri", "Héron", "Mésange"] {
        c.run(&c.db()).args(["member", "add", name]).assert().success();
    }
    let before = c.member_ids(&c.db());
    c.run(&c.db()).args(["member", "add", "Loutre"]).assert().success();
    let all = c.member_ids(&c.db());
    assert_eq!(all.len(), before.len() + 1);
    // The list above folded Loutre into sled's snapshot; write once more so
    // the last session's writes are again the ones sled can drop.
    let out = c.run(&c.db()).args(["member", "add", "Castor", "--json"]).assert().success().get_output().stdout.clone();
    let castor = serde_json::from_slice::<serde_json::Value>(&out).unwrap()["id"].as_str().unwrap().to_string();
    let mut all = [all, vec![castor.clone()]].concat();
    all.sort();
    flip_last_head(&c.db());

    let (ok, out) = stdout(c.run(&c.db()).arg("check"));
    assert!(!ok, "check must fail: {out}");
    assert!(out.contains("il lui manque la dernière écriture enregistrée"), "{out}");
    assert!(
        out.contains(&format!("Écriture perdue : Membres {castor} (une copie intacte existe)")),
        "the lost member is named: {out}"
    );
    assert!(out.contains("council.preserved"), "the copy kept aside is named: {out}");
    // Every other command refuses too, with the same explanation.
    let (ok, out) = stdout(c.run(&c.db()).args(["member", "list"]));
    assert!(!ok && out.contains("Rien n'a été modifié"), "{out}");

    let (ok, out) = stdout(c.run(&c.db()).arg("recover"));
    assert!(ok, "{out}");
    assert!(out.contains("Tout est revenu"), "{out}");
    let rebuilt = c.dir.path().join("council.recovered");
    assert_eq!(c.member_ids(&rebuilt), all, "every member is back, Castor included");
    let (ok, out) = stdout(c.run(&rebuilt).arg("check"));
    assert!(ok, "{out}");
}

#[test]
fn a_replayed_value_is_named_by_the_cli_and_accepted_only_when_asked() {
    let c = Council::new();
    c.run(&c.db()).args(["member", "add", "Colibri"]).assert().success();
    let id = c.member_ids(&c.db()).remove(0);
    let old = {
        let db = crate::common::raw_open(&c.db());
        let v = db.open_tree("members").unwrap().get(hex(&id)).unwrap().unwrap().to_vec();
        drop(db);
        v
    };
    c.run(&c.db()).args(["member", "update", &id, "--active", "false"]).assert().success();
    {
        let db = crate::common::raw_open(&c.db());
        db.open_tree("members").unwrap().insert(hex(&id), old).unwrap();
        db.flush().unwrap();
    }
    let (ok, out) = stdout(c.run(&c.db()).arg("check"));
    assert!(!ok, "{out}");
    assert!(out.contains(&format!("Remis à une version plus ancienne : Membres {id}")), "{out}");
    let (ok, out) = stdout(c.run(&c.db()).args(["check", "--accept"]));
    assert!(!ok && out.contains("État accepté"), "{out}");
    let (ok, out) = stdout(c.run(&c.db()).arg("check"));
    assert!(ok, "accepted: {out}");
}

fn hex(id: &str) -> Vec<u8> {
    (0..id.len()).step_by(2).map(|i| u8::from_str_radix(&id[i..i + 2], 16).unwrap()).collect()
}
