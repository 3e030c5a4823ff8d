//! Rolling backups: written at each clean close (the terminal UI's lock and
//! quit), sealed to the council's recipients, the last N kept, none when
//! nothing changed; and `recover` takes from the newest one what the
//! damaged files no longer hold.

use conseil::archive::backup::{self, Outcome};
use conseil::archive::{self, OpenWith};
use conseil::domain::*;
use conseil::storage::{Access, Store};
use conseil::tui::keymap::Command;

use crate::common::{normalised, put_sample, sample, TestCouncil};
use crate::tui_common::{cmd, unlock, UiCouncil};

fn open_backup(council: &TestCouncil, file: &std::path::Path) -> archive::Document {
    let bytes = std::fs::read(file).unwrap();
    let with = OpenWith::Identities(vec![Box::new(council.identity.clone())]);
    archive::from_json(&archive::open(&bytes, &with).unwrap()).unwrap()
}

#[test]
fn a_close_writes_a_backup_only_when_something_changed_and_keeps_the_last_n() {
    let (council, store) = TestCouncil::new();
    put_sample(&store, &sample("sauvegarde"));
    let Outcome::Written { path, counter, left_out } = backup::on_close(&store, 3).unwrap() else {
        panic!("no backup")
    };
    assert!(left_out.is_empty());
    assert_eq!(counter, store.counter());
    assert_eq!(path.parent(), Some(backup::folder(&council.path()).as_path()));
    let doc = open_backup(&council, &path);
    let mut want = normalised(&store);
    want.council = doc.council.clone();
    assert_eq!(crate::common::normalise(doc), want, "the backup holds the whole council");
    assert_eq!(backup::on_close(&store, 3).unwrap(), Outcome::UpToDate, "nothing new, nothing written");
    for i in 0..4 {
        put_sample(&store, &sample(&format!("encore{i}")));
        assert!(matches!(backup::on_close(&store, 3).unwrap(), Outcome::Written { .. }));
    }
    let kept = backup::list(&council.path());
    assert_eq!(kept.len(), 3, "only the last three are kept");
    assert_eq!(kept[0].0, store.counter(), "the newest first");
    assert_eq!(backup::on_close(&store, 0).unwrap(), Outcome::Off);
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&backup::folder(&council.path())), 0o700);
    assert_eq!(mode(&kept[0].1), 0o600);
}

#[test]
fn a_council_opened_only_by_passphrase_gets_no_backup_and_is_told() {
    let dir = tempfile::tempdir().unwrap();
    let access =
        Access { recipients: vec![], passphrase: Some(age::secrecy::SecretString::from("phrase".to_string())) };
    let store = Store::create(&dir.path().join("c"), &Council::new("C", Language::Fr).unwrap(), &access).unwrap();
    assert_eq!(backup::on_close(&store, 5).unwrap(), Outcome::NoRecipients);
    assert!(!backup::folder(store.path()).exists());
}

#[test]
fn the_terminal_ui_backs_up_when_it_locks() {
    let council = UiCouncil::new();
    let mut rt = council.runtime(conseil::i18n::Lang::Fr);
    rt.backups_kept = 2;
    unlock(&mut rt);
    cmd(&mut rt, Command::Lock);
    // The first lock asks for the code that will reopen the screen.
    crate::tui_common::type_text(&mut rt, "2718");
    cmd(&mut rt, Command::Submit);
    assert!(matches!(rt.last_backup, Some(Ok(Outcome::Written { .. }))), "{:?}", rt.last_backup);
    crate::tui_common::type_text(&mut rt, "2718");
    unlock(&mut rt);
    cmd(&mut rt, Command::Lock);
    assert!(matches!(rt.last_backup, Some(Ok(Outcome::UpToDate))), "{:?}", rt.last_backup);
    assert_eq!(backup::list(&council.path()).len(), 1);
}

#[test]
fn recover_takes_from_the_newest_backup_what_the_files_lost() {
    let (council, store) = TestCouncil::new();
    let s = sample("avant la panne");
    put_sample(&store, &s);
    assert!(matches!(backup::on_close(&store, 5).unwrap(), Outcome::Written { .. }));
    drop(store);
    // The whole database file is lost: only the head file, the copy of the
    // key wraps and the backup remain.
    std::fs::remove_file(council.path().join("db")).unwrap();
    let key = council.dir.path().join("key.txt");
    std::fs::write(&key, {
        use age::secrecy::ExposeSecret;
        council.identity.to_string().expose_secret().to_string()
    })
    .unwrap();
    let out = assert_cmd::Command::cargo_bin("conseil")
        .unwrap()
        .env("LANG", "fr_FR.UTF-8")
        .env_remove("LC_ALL")
        .arg("--db")
        .arg(council.path())
        .arg("-i")
        .arg(&key)
        .arg("recover")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text} {}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("fiches ont été reprises de la dernière sauvegarde automatique"), "{text}");
    let rebuilt = Store::open(&council.dir.path().join("council.recovered"), &council.unlock()).unwrap();
    assert_eq!(rebuilt.get::<Task>(s.task.id).unwrap(), s.task);
    assert_eq!(rebuilt.get::<Contribution>(s.contribution.id).unwrap(), s.contribution);
    assert_eq!(rebuilt.list::<Member>().unwrap().len(), 1);
}
