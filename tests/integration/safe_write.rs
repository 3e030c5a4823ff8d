//! Files written outside sled (archives, key files) go through the safe
//! writer: on a full disk (a real file-size limit, as `ulimit -f` sets) the
//! old backup stays whole, no partial file is left, and the next try works.

use std::process::Command;

use conseil::archive::keys::write_new;

/// Bytes of the archive the child tries to write: well past its size limit.
const BIG: usize = 200 * 1024;
/// The child's file-size limit, in KiB.
const LIMIT_KIB: u64 = 64;

/// The writer, run by the tests below under a file-size limit (ignored in
/// normal runs; it does nothing without its environment).
#[test]
#[ignore = "child process of safe_write tests"]
fn child_export() {
    let (Ok(path), Ok(force)) = (std::env::var("CONSEIL_SAFE_PATH"), std::env::var("CONSEIL_SAFE_FORCE")) else {
        return;
    };
    match write_new(path.as_ref(), &vec![0x42; BIG], force == "1") {
        Ok(()) => println!("WROTE"),
        Err(e) => println!("REFUSED {e}"),
    }
}

/// Runs the child under `ulimit -f`, SIGXFSZ ignored so the write fails
/// with EFBIG as on a full disk, and returns its output.
fn export_on_full_disk(path: &std::path::Path, force: bool) -> String {
    let exe = std::env::current_exe().expect("exe");
    let out = Command::new("sh")
        .args(["-c", "trap '' XFSZ; ulimit -f \"$1\"; shift; exec \"$@\"", "sh", &(LIMIT_KIB * 2).to_string()])
        .arg(exe)
        .args(["--exact", "safe_write::child_export", "--ignored", "--nocapture", "--test-threads=1"])
        .env("CONSEIL_SAFE_PATH", path)
        .env("CONSEIL_SAFE_FORCE", if force { "1" } else { "0" })
        .output()
        .expect("spawn child");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn entries(dir: &std::path::Path) -> Vec<String> {
    let mut v: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    v.sort();
    v
}

#[test]
fn forced_export_on_a_full_disk_keeps_the_old_backup_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sauvegarde.age");
    let good = b"une bonne sauvegarde".repeat(100);
    write_new(&path, &good, false).unwrap();
    let out = export_on_full_disk(&path, true);
    assert!(out.contains("REFUSED"), "the write must fail past the limit: {out}");
    assert_eq!(std::fs::read(&path).unwrap(), good, "the old backup is whole");
    assert_eq!(entries(dir.path()), vec!["sauvegarde.age"], "no temporary file is left");
}

#[test]
fn a_failed_export_leaves_nothing_that_blocks_the_next_try() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sauvegarde.age");
    let out = export_on_full_disk(&path, false);
    assert!(out.contains("REFUSED"), "the write must fail past the limit: {out}");
    assert!(entries(dir.path()).is_empty(), "no partial file: {:?}", entries(dir.path()));
    write_new(&path, b"ok", false).expect("the next try is not blocked");
    assert!(write_new(&path, b"again", false).is_err(), "but an existing file is never replaced unasked");
}

/// The redaction report saved beside an export goes through the same
/// writer: owner-only, never over an old one unless asked.
#[test]
fn the_report_beside_an_export_is_written_safely() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let export = dir.path().join("plaidoyer.md");
    let path = conseil::council::write_report(&export, "rapport 1", false).unwrap();
    assert_eq!(path, dir.path().join("plaidoyer.md.rapport.txt"));
    assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    assert!(conseil::council::write_report(&export, "rapport 2", false).is_err());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "rapport 1");
    conseil::council::write_report(&export, "rapport 2", true).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "rapport 2");
}
