//! The head: an older value written back (replay), a store put back to an
//! older state, a lost or damaged head file are named by `check` and refuse
//! the open without changing anything; a council of the previous format is
//! migrated and keeps every record.

use conseil::domain::*;
use conseil::storage::{Problem, Store, StoreError, Unlock, HEAD_FILE};
use time::macros::date;

use crate::common::{assert_same, put_sample, sample, snapshot, TestCouncil};

fn raw_value(council: &TestCouncil, tree: &str, id: RecordId) -> Vec<u8> {
    let db = crate::common::raw_open(&council.path());
    let v = db.open_tree(tree).expect("tree").get(id.as_bytes()).expect("get").expect("value").to_vec();
    v
}

fn write_raw(council: &TestCouncil, tree: &str, id: RecordId, value: &[u8]) {
    let db = crate::common::raw_open(&council.path());
    db.open_tree(tree).expect("tree").insert(id.as_bytes(), value).expect("insert");
    db.flush().expect("flush");
}

fn integrity_error(council: &TestCouncil) -> Box<conseil::storage::IntegrityReport> {
    match Store::open(&council.path(), &council.unlock()) {
        Err(StoreError::Integrity(report)) => report,
        Err(e) => panic!("expected an integrity error, got {e:?}"),
        Ok(_) => panic!("the council opened as if nothing happened"),
    }
}

#[test]
fn an_older_sealed_value_written_back_is_named_and_changes_nothing() {
    let (council, store) = TestCouncil::new();
    let s = sample("rejeu");
    put_sample(&store, &s);
    drop(store);
    let consented = raw_value(&council, "contributions", s.contribution.id);
    // The member withdraws their consent.
    let store = council.open();
    let mut c = s.contribution.clone();
    c.consent.withdrawn_on = Some(date!(2026 - 05 - 01));
    c.bump_revision();
    store.put(&c).expect("withdraw");
    drop(store);
    // Someone with the files (not the key) writes the old value back.
    write_raw(&council, "contributions", s.contribution.id, &consented);
    let before = snapshot(&council.path());

    let report = integrity_error(&council);
    assert!(report.verdict.problems.contains(&Problem::DoesNotAddUp), "{:?}", report.verdict);
    assert_eq!(report.replayed.len(), 1, "{report:?}");
    assert_eq!(report.replayed[0].tree, "contributions");
    assert_eq!(report.replayed[0].id, s.contribution.id.to_string());
    assert!(report.replayed[0].found < report.replayed[0].newer);

    let check = council.check();
    assert!(!check.is_clean(), "check must not pass a replayed value");
    assert_eq!(check.integrity.replayed, report.replayed);
    assert_same(&snapshot(&council.path()), &before, "opening and checking a replayed council");
    // The examined store refuses writes.
    let (store, _) = council.examine();
    assert!(matches!(store.put(&c), Err(StoreError::ReadOnly { .. })));
}

#[test]
fn a_store_put_back_to_an_older_state_is_behind_its_head() {
    let (council, store) = TestCouncil::new();
    put_sample(&store, &sample("avant"));
    drop(store);
    let old = tempfile::tempdir().expect("tmp");
    copy_sled_files(&council.path(), old.path());
    let store = council.open();
    let later = sample("après");
    put_sample(&store, &later);
    store.put(&later.member).expect("second commit");
    drop(store);
    // The database goes back; the head file outside it stays.
    copy_sled_files(old.path(), &council.path());
    let report = integrity_error(&council);
    match report.verdict.problems.first() {
        Some(Problem::Behind { store, head }) => assert_eq!(head - store, 2, "two commits are missing"),
        other => panic!("expected Behind, got {other:?}"),
    }
    assert!(!council.check().is_clean());
}

/// Copies sled's files (not the head file) from one folder to another.
fn copy_sled_files(from: &std::path::Path, to: &std::path::Path) {
    for file in crate::common::files(from) {
        let rel = file.strip_prefix(from).expect("prefix");
        if rel.to_str() == Some(HEAD_FILE) {
            continue;
        }
        let dest = to.join(rel);
        std::fs::create_dir_all(dest.parent().expect("parent")).expect("mkdir");
        std::fs::copy(&file, &dest).expect("copy");
    }
}

#[test]
fn a_lost_or_damaged_head_file_refuses_the_open_until_accepted() {
    let (council, store) = TestCouncil::new();
    let s = sample("tête");
    put_sample(&store, &s);
    drop(store);
    let head = council.path().join(HEAD_FILE);
    let good = std::fs::read(&head).expect("head file");
    let mut bad = good.clone();
    let last = bad.len() - 1;
    bad[last] ^= 1;
    std::fs::write(&head, &bad).expect("damage");
    assert!(integrity_error(&council).verdict.problems.contains(&Problem::MirrorDamaged));
    std::fs::remove_file(&head).expect("delete");
    assert!(integrity_error(&council).verdict.problems.contains(&Problem::MirrorMissing));
    assert!(!council.check().is_clean());
    // The user, having read the report, accepts the council as it is.
    let (mut store, _) = council.examine();
    store.accept_state().expect("accept");
    drop(store);
    let store = council.open();
    assert_eq!(store.get::<Task>(s.task.id).expect("task"), s.task);
    assert!(store.check().expect("check").is_clean());
}

#[test]
fn every_write_moves_the_head_and_its_file() {
    let (council, store) = TestCouncil::new();
    let start = store.counter();
    put_sample(&store, &sample("compte"));
    assert_eq!(store.counter(), start + 1);
    let head = std::fs::read(council.path().join(HEAD_FILE)).expect("head file");
    drop(store);
    let store = council.open();
    assert_eq!(store.counter(), start + 1);
    assert!(store.check().expect("check").is_clean());
    assert!(!head.is_empty());
}

#[test]
fn a_council_of_format_one_is_migrated_with_every_record() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("council-v1");
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/council-v1");
    std::fs::create_dir(&path).expect("mkdir");
    copy_sled_files(&fixture, &path);
    let unlock = Unlock::Passphrase(age::secrecy::SecretString::from("format un".to_string()));
    let store = Store::open(&path, &unlock).expect("a format-1 council opens");
    assert_eq!(store.council().expect("council").name, "Conseil au format 1");
    let task: Task = store.get("3ca670632ee4efd8becbb635ff334f8e".parse().expect("id")).expect("task");
    assert_eq!((task.title.as_str(), task.revision), ("Tâche ancien révisée", 2));
    assert_eq!(store.list::<Member>().expect("members").len(), 1);
    assert_eq!(store.list::<Meeting>().expect("meetings").len(), 1);
    let contributions = store.list::<Contribution>().expect("contributions");
    assert_eq!(contributions.len(), 1);
    assert!(contributions[0].consent_history.is_empty(), "schema 1 knew no history");
    assert_eq!(store.list::<AdvocacyDraft>().expect("drafts").len(), 1);
    assert_eq!(store.ui_draft().expect("draft"), Some(b"brouillon".to_vec()));
    assert!(store.check().expect("check").is_clean());
    drop(store);
    // Every value is now of envelope version 2.
    let db = crate::common::raw_open(&path);
    let meta = |key: &[u8]| db.open_tree("meta").expect("meta").get(key).expect("get").expect("present");
    assert_eq!(meta(b"format")[..], [0, 2]);
    assert_eq!(meta(b"schema")[..], SCHEMA_VERSION.to_be_bytes(), "raised by the migration's commit");
    for tree in ["members", "groups", "meetings", "tasks", "contributions", "drafts"] {
        for entry in db.open_tree(tree).expect("tree").iter() {
            assert_eq!(entry.expect("entry").1[0], 2, "{tree}");
        }
    }
    drop(db);
    let store = Store::open(&path, &unlock).expect("reopens");
    assert!(store.check().expect("check").is_clean());
}
