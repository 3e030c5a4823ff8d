//! A council on media that cannot be written (a backup disk mounted
//! read-only, a folder the user may only read): it is read, checked and
//! exported from a private temporary copy; changes are refused with that
//! reason; the original is left byte for byte as it was, and no copy is
//! left behind.
//!
//! The folder is made unwritable with permissions. Root ignores them, so
//! when the tests run as root the binary runs as `nobody` (with
//! `setpriv`, from util-linux), owning files it may only read — the same
//! refusal (EACCES) a read-only mount gives (EROFS) at the first write.

use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const NOBODY: u32 = 65534;

struct Medium {
    dir: tempfile::TempDir,
}

impl Medium {
    fn db(&self) -> PathBuf {
        self.dir.path().join("council")
    }
    fn key(&self) -> PathBuf {
        self.dir.path().join("key.txt")
    }
    fn out(&self) -> PathBuf {
        self.dir.path().join("out")
    }
    fn tmp(&self) -> PathBuf {
        self.dir.path().join("tmp")
    }

    /// The binary, as the user who may only read the council.
    fn run(&self, args: &[&str]) -> Output {
        let bin = assert_cmd::cargo::cargo_bin("conseil");
        let mut cmd = if rustix::process::geteuid().is_root() {
            let mut c = Command::new("setpriv");
            c.args(["--reuid", "65534", "--regid", "65534", "--clear-groups"]).arg(bin);
            c
        } else {
            Command::new(bin)
        };
        cmd.env_remove("CONSEIL_IDENTITY")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "fr_FR.UTF-8")
            .env("TMPDIR", self.tmp())
            .env("HOME", self.tmp())
            .arg("--db")
            .arg(self.db())
            .arg("-i")
            .arg(self.key())
            .args(args);
        cmd.output().expect("setpriv (util-linux) runs the binary as nobody")
    }
}

/// The binary, as the council's owner, while the folder is still writable.
fn owner(m: &Medium, args: &[&str]) -> String {
    let out = assert_cmd::Command::cargo_bin("conseil")
        .unwrap()
        .env_remove("CONSEIL_IDENTITY")
        .env("LANG", "fr_FR.UTF-8")
        .arg("--db")
        .arg(m.db())
        .arg("-i")
        .arg(m.key())
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

fn id_of(json: &str) -> String {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    v["id"].as_str().unwrap().to_string()
}

/// A council with a member, minutes and an advocacy draft, then made
/// unwritable; the output and temporary folders stay writable.
fn council_on_read_only_medium() -> Medium {
    let m = Medium { dir: tempfile::tempdir().unwrap() };
    let bin = || assert_cmd::Command::cargo_bin("conseil").unwrap();
    bin().args(["keygen", "-o"]).arg(m.key()).assert().success();
    bin().arg("--db").arg(m.db()).args(["init", "--name", "Conseil du Rivage", "-r"]).arg(m.key()).assert().success();
    owner(&m, &["member", "add", "Colibri"]);
    let meeting =
        id_of(&owner(&m, &["meeting", "add", "--date", "2026-03-12", "--title", "Conseil de mars", "--json"]));
    owner(
        &m,
        &["meeting", "item", &meeting, "--slot", "9h15-10h30", "--kind", "tour-de-table", "--title", "Tour de table"],
    );
    owner(&m, &["meeting", "notes", &meeting, "--item", "1", "--text", "Le conseil a parlé des loyers."]);
    let draft = id_of(&owner(&m, &["draft", "add", "--title", "Logement d'abord", "--json"]));
    owner(&m, &["draft", "section", &draft, "--heading", "Constats", "--body", "Les loyers montent."]);
    for dir in [m.out(), m.tmp()] {
        std::fs::create_dir(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    }
    std::fs::set_permissions(m.dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    if rustix::process::geteuid().is_root() {
        for p in [m.key(), m.out(), m.tmp()] {
            std::os::unix::fs::chown(&p, Some(NOBODY), Some(NOBODY)).unwrap();
        }
        walk(&m.db(), &mut |p| std::os::unix::fs::chown(p, Some(NOBODY), Some(NOBODY)).unwrap());
    }
    walk(&m.db(), &mut |p| {
        let mode = std::fs::metadata(p).unwrap().permissions().mode();
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode & !0o222)).unwrap();
    });
    m
}

/// Calls `f` on `dir`, every folder under it and every file (children
/// before their folder, so a folder's mode changes last).
fn walk(dir: &Path, f: &mut dyn FnMut(&Path)) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            walk(&path, f);
        } else {
            f(&path);
        }
    }
    f(dir);
}

/// Every file of the folder: its bytes and mode.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (Vec<u8>, u32)> {
    let mut files = BTreeMap::new();
    walk(dir, &mut |p| {
        let mode = std::fs::metadata(p).unwrap().permissions().mode();
        let bytes = if p.is_file() { std::fs::read(p).unwrap() } else { Vec::new() };
        files.insert(p.to_path_buf(), (bytes, mode));
    });
    files
}

fn text(out: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

#[test]
fn a_council_on_read_only_media_is_read_checked_and_exported_never_written() {
    let m = council_on_read_only_medium();
    let before = snapshot(&m.db());

    let list = m.run(&["member", "list"]);
    assert!(list.status.success() && text(&list).contains("Colibri"), "{}", text(&list));
    let shown = m.run(&["meeting", "list"]);
    assert!(shown.status.success() && text(&shown).contains("Conseil de mars"), "{}", text(&shown));
    let check = m.run(&["check"]);
    assert!(check.status.success() && text(&check).contains("intact"), "{}", text(&check));

    let drafts = m.run(&["draft", "list", "--json"]);
    let drafts: serde_json::Value = serde_json::from_slice(&drafts.stdout).unwrap();
    let draft = drafts[0]["id"].as_str().unwrap().to_string();
    let export = m.out().join("plaidoyer.txt");
    let exported = m.run(&["export", "plaidoyer", &draft, "--format", "txt", "-o", export.to_str().unwrap()]);
    assert!(exported.status.success(), "{}", text(&exported));
    assert!(text(&exported).contains("lecture seule"), "the secretary is told the history was not kept");
    assert!(std::fs::read_to_string(&export).unwrap().contains("Les loyers montent."));

    let archive = m.out().join("conseil.age");
    let sealed = m.run(&["archive", "export", "-r", m.key().to_str().unwrap(), "-o", archive.to_str().unwrap()]);
    assert!(sealed.status.success(), "{}", text(&sealed));
    assert!(std::fs::metadata(&archive).unwrap().len() > 0);

    let refused = m.run(&["member", "add", "Hibou"]);
    assert_eq!(refused.status.code(), Some(1), "{}", text(&refused));
    assert!(text(&refused).contains("lecture seule"), "the refusal names why: {}", text(&refused));

    assert!(before == snapshot(&m.db()), "the council on the medium was changed");
    let left: Vec<_> = std::fs::read_dir(m.tmp()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(left.is_empty(), "temporary copies left behind: {left:?}");
}

#[test]
fn a_writable_council_is_opened_in_place_and_no_copy_is_made() {
    let m = Medium { dir: tempfile::tempdir().unwrap() };
    let bin = || assert_cmd::Command::cargo_bin("conseil").unwrap();
    bin().args(["keygen", "-o"]).arg(m.key()).assert().success();
    bin().arg("--db").arg(m.db()).args(["init", "--name", "Conseil du Rivage", "-r"]).arg(m.key()).assert().success();
    std::fs::create_dir(m.tmp()).unwrap();
    let added = assert_cmd::Command::cargo_bin("conseil")
        .unwrap()
        .env("TMPDIR", m.tmp())
        .env("LANG", "fr_FR.UTF-8")
        .arg("--db")
        .arg(m.db())
        .arg("-i")
        .arg(m.key())
        .args(["member", "add", "Hibou"])
        .assert();
    added.success();
    assert!(owner(&m, &["member", "list"]).contains("Hibou"), "the write went to the council itself");
    assert_eq!(std::fs::read_dir(m.tmp()).unwrap().count(), 0);
}
