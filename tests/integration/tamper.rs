//! Values flipped, moved to another id or tree, or truncated are refused,
//! named by tree and id, and never stop the other records from reading.

use conseil::domain::*;
use conseil::storage::{Problem, StoreError};

use crate::common::{put_sample, sample, TestCouncil};

/// Rewrites one raw value of the closed council through sled itself.
fn with_raw_db(council: &TestCouncil, f: impl FnOnce(&sled::Db)) {
    let db = crate::common::raw_open(&council.path());
    f(&db);
    db.flush().expect("flush");
}

fn damaged(store: &conseil::storage::Store, tree: &str, id: RecordId) -> bool {
    let report = store.check().expect("check");
    report.bad.len() == 1 && report.bad[0].tree == tree && report.bad[0].id == id.to_string()
}

#[test]
fn every_flipped_byte_is_caught_and_named() {
    let (council, store) = TestCouncil::new();
    let s = sample("flip");
    put_sample(&store, &s);
    drop(store);
    let original = {
        let db = crate::common::raw_open(&council.path());
        let v = db.open_tree("tasks").expect("tree").get(s.task.id.as_bytes()).expect("get").expect("value");
        v.to_vec()
    };
    // Header, nonce, ciphertext and tag: every position, one at a time.
    let positions: Vec<usize> = (0..original.len()).step_by(7).chain([0, 1, 24, 25, original.len() - 1]).collect();
    for pos in positions {
        let mut value = original.clone();
        value[pos] ^= 0x20;
        with_raw_db(&council, |db| {
            db.open_tree("tasks").expect("tree").insert(s.task.id.as_bytes(), value).expect("insert");
        });
        let store = council.open();
        let err = store.get::<Task>(s.task.id).expect_err("tampered task must not read");
        let named = matches!(&err, StoreError::Corrupt { tree, id } if tree == "tasks" && *id == s.task.id.to_string());
        // Byte 0 is the format version: raising it reads as a newer format.
        assert!(named || (pos == 0 && matches!(err, StoreError::NewerFormat { .. })), "byte {pos}: {err:?}");
        assert_eq!(store.get::<Member>(s.member.id).expect("others still read"), s.member);
        assert_eq!(store.list::<Meeting>().expect("others still list").len(), 1);
        if pos != 0 {
            assert!(damaged(&store, "tasks", s.task.id), "check must name the task (byte {pos})");
        }
    }
}

#[test]
fn value_moved_to_another_id_or_tree_is_refused() {
    let (council, store) = TestCouncil::new();
    let s = sample("move");
    put_sample(&store, &s);
    drop(store);
    let other = RecordId::random();
    with_raw_db(&council, |db| {
        let tasks = db.open_tree("tasks").expect("tree");
        let v = tasks.get(s.task.id.as_bytes()).expect("get").expect("value");
        tasks.insert(other.as_bytes(), v.clone()).expect("copy to other id");
        db.open_tree("members").expect("tree").insert(s.task.id.as_bytes(), v).expect("copy to other tree");
    });
    // Two values where none should be: the values no longer add up to the
    // head, so the council is not opened for work…
    let err = conseil::storage::Store::open(&council.path(), &council.unlock()).err();
    assert!(
        matches!(&err, Some(StoreError::Integrity(r)) if r.verdict.problems.contains(&Problem::DoesNotAddUp)),
        "{err:?}"
    );
    // …but it is examined, and both are named.
    let (store, _) = council.examine();
    assert!(matches!(store.get::<Task>(other), Err(StoreError::Corrupt { .. })));
    assert!(matches!(store.get::<Member>(s.task.id), Err(StoreError::Corrupt { .. })));
    assert_eq!(store.get::<Task>(s.task.id).expect("original intact"), s.task);
    drop(store);
    let report = council.check();
    assert!(!report.is_clean());
    let mut bad: Vec<_> = report.bad.iter().map(|b| (b.tree.as_str(), b.id.clone())).collect();
    bad.sort();
    assert_eq!(bad, vec![("members", s.task.id.to_string()), ("tasks", other.to_string())]);
}

#[test]
fn swapped_values_between_records_are_refused() {
    let (council, store) = TestCouncil::new();
    let a = sample("a");
    let b = sample("b");
    put_sample(&store, &a);
    put_sample(&store, &b);
    drop(store);
    with_raw_db(&council, |db| {
        let t = db.open_tree("contributions").expect("tree");
        let va = t.get(a.contribution.id.as_bytes()).expect("get").expect("a");
        let vb = t.get(b.contribution.id.as_bytes()).expect("get").expect("b");
        t.insert(a.contribution.id.as_bytes(), vb).expect("swap");
        t.insert(b.contribution.id.as_bytes(), va).expect("swap");
    });
    let report = council.check();
    let mut bad: Vec<String> = report.bad.iter().map(|b| b.id.clone()).collect();
    bad.sort();
    let mut want = vec![a.contribution.id.to_string(), b.contribution.id.to_string()];
    want.sort();
    assert_eq!(bad, want);
    assert!(!report.is_clean());
}

#[test]
fn truncated_values_are_refused() {
    let (council, store) = TestCouncil::new();
    let s = sample("trunc");
    put_sample(&store, &s);
    drop(store);
    let original = {
        let db = crate::common::raw_open(&council.path());
        let t = db.open_tree("meetings").expect("tree");
        t.get(s.meeting.id.as_bytes()).expect("get").expect("value").to_vec()
    };
    for keep in [0usize, 1, 10, 25, 40, 100, original.len() - 16, original.len() - 1] {
        with_raw_db(&council, |db| {
            let t = db.open_tree("meetings").expect("tree");
            let cut = original[..keep].to_vec();
            t.insert(s.meeting.id.as_bytes(), cut).expect("insert");
        });
        let store = council.open();
        assert!(matches!(store.get::<Meeting>(s.meeting.id), Err(StoreError::Corrupt { .. })), "keep {keep}");
        assert!(damaged(&store, "meetings", s.meeting.id));
    }
}

#[test]
fn tampered_key_wrap_is_an_error_not_a_panic() {
    let (council, store) = TestCouncil::new();
    drop(store);
    with_raw_db(&council, |db| {
        let meta = db.open_tree("meta").expect("meta");
        let mut w = meta.get(b"wrap.recipients").expect("get").expect("wrap").to_vec();
        let last = w.len() - 1;
        w[last] ^= 1;
        meta.insert(b"wrap.recipients", w).expect("insert");
    });
    let err = conseil::storage::Store::open(&council.path(), &council.unlock()).err();
    assert!(matches!(err, Some(StoreError::Corrupt { .. })), "{err:?}");
}

#[test]
fn a_damaged_record_costs_only_itself_in_a_listing() {
    let (council, store) = TestCouncil::new();
    let samples: Vec<_> = (0..4).map(|i| sample(&format!("liste{i}"))).collect();
    for (i, s) in samples.iter().enumerate() {
        let mut s = s.clone();
        s.member.pseudonym = format!("Oiseau{i}");
        put_sample(&store, &s);
    }
    drop(store);
    let victim = samples[2].task.id;
    with_raw_db(&council, |db| {
        let t = db.open_tree("tasks").expect("tree");
        let mut v = t.get(victim.as_bytes()).expect("get").expect("value").to_vec();
        let last = v.len() - 1;
        v[last] ^= 0x10;
        t.insert(victim.as_bytes(), v).expect("insert");
    });
    // One damaged value is explained by the head: the council opens.
    let store = council.open();
    assert!(matches!(store.list::<Task>(), Err(StoreError::Corrupt { .. })), "the strict listing stops");
    let listing = store.list_sound::<Task>().expect("listing");
    assert_eq!(listing.records.len(), 3, "the three others are listed");
    assert_eq!(listing.damaged.len(), 1);
    assert_eq!(listing.damaged[0].id, victim.to_string());
    assert!(listing.records.iter().all(|t| t.id != victim));
}
