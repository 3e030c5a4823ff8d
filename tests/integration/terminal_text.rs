//! Text from the council never reaches a terminal raw: escape sequences
//! typed in a field, or brought by an archive made elsewhere, are dropped
//! from lines and escaped in JSON.

use assert_cmd::Command;
use conseil::archive::{self, Document, SealTo};

use crate::common::{sample, TestCouncil};

/// Clear screen, an OSC 52 clipboard write, an 8-bit CSI, a bidi override.
const HOSTILE: &str = "Avril\u{1b}[2J\u{1b}]52;c;cGF3bmVk\u{7}\u{9b}31m\u{202e}fin";

fn no_escape(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    !text.chars().any(|c| (c.is_control() && c != '\n' && c != '\t') || c == '\u{202e}')
}

fn conseil(council: &TestCouncil, key: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("conseil").unwrap();
    cmd.env("LANG", "fr_FR.UTF-8").env_remove("LC_ALL").arg("--db").arg(council.path()).arg("-i").arg(key);
    cmd
}

#[test]
fn escape_sequences_from_an_imported_archive_never_reach_the_terminal() {
    let (council, store) = TestCouncil::new();
    let key = council.dir.path().join("key.txt");
    std::fs::write(&key, {
        use age::secrecy::ExposeSecret;
        council.identity.to_string().expose_secret().to_string()
    })
    .unwrap();
    // An archive made elsewhere, with escape sequences in its text.
    let (_other, elsewhere) = TestCouncil::new();
    let mut s = sample("hostile");
    s.meeting.title = HOSTILE.to_string();
    s.contribution.text = HOSTILE.to_string();
    crate::common::put_sample(&elsewhere, &s);
    let doc = Document::from_store(&elsewhere).unwrap();
    let sealed = archive::seal(
        &archive::to_json(&doc).unwrap(),
        &SealTo::Recipients(vec![Box::new(council.identity.to_public())]),
        false,
    )
    .unwrap();
    let file = council.dir.path().join("ailleurs.age");
    std::fs::write(&file, sealed).unwrap();
    drop(store);
    conseil(&council, &key).args(["archive", "import"]).arg(&file).assert().success();
    for args in [
        &["meeting", "list"][..],
        &["meeting", "list", "--json"],
        &["contribution", "list"],
        &["contribution", "list", "--json"],
    ] {
        let out = conseil(&council, &key).args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(no_escape(&out.stdout) && no_escape(&out.stderr), "{args:?} printed a control sequence");
        assert!(String::from_utf8_lossy(&out.stdout).contains("Avril"), "{args:?}: the text itself is shown");
    }
}
