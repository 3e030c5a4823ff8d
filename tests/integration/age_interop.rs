//! Keys interoperate with the reference `age` tools (Debian package `age`,
//! installed by `.ci/run`). These tests fail, rather than skip, when the
//! tools are missing.

use std::process::{Command, Stdio};

use assert_cmd::Command as BinCommand;
use predicates::prelude::*;

fn tool(name: &str) -> Command {
    let probe = Command::new(name).arg("--version").output();
    assert!(probe.is_ok(), "`{name}` is missing: install the Debian package `age` (see .ci/run)");
    Command::new(name)
}

#[test]
fn an_age_keygen_identity_creates_and_opens_a_council() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("age-key.txt");
    let db = dir.path().join("c");
    assert!(tool("age-keygen").arg("-o").arg(&key).output().unwrap().status.success());
    let conseil = || {
        let mut c = BinCommand::cargo_bin("conseil").unwrap();
        c.env("LANG", "fr_FR.UTF-8").arg("--db").arg(&db);
        c
    };
    conseil().args(["init", "--recipient"]).arg(&key).assert().success();
    conseil().args(["member", "add", "Cèdre", "-i"]).arg(&key).assert().success();
    conseil()
        .env("CONSEIL_IDENTITY", &key)
        .args(["member", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Cèdre"));
}

#[test]
fn a_conseil_keygen_identity_works_with_age() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("k.txt");
    let out = BinCommand::cargo_bin("conseil").unwrap().args(["keygen", "-o"]).arg(&key).assert().success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let public = stdout.lines().last().unwrap().trim().to_string();
    // age-keygen -y derives the same public key from our file.
    let derived = tool("age-keygen").arg("-y").arg(&key).output().unwrap();
    assert_eq!(String::from_utf8(derived.stdout).unwrap().trim(), public);
    // age encrypts to it and decrypts with it.
    let secret = "procès-verbal de mars";
    let mut enc = tool("age").args(["-e", "-r", &public]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    std::io::Write::write_all(enc.stdin.as_mut().unwrap(), secret.as_bytes()).unwrap();
    let cipher = enc.wait_with_output().unwrap().stdout;
    let file = dir.path().join("m.age");
    std::fs::write(&file, cipher).unwrap();
    let dec = tool("age").arg("-d").arg("-i").arg(&key).arg(&file).output().unwrap();
    assert_eq!(String::from_utf8(dec.stdout).unwrap(), secret);
}
