//! Every record kind goes through the store and comes back identical,
//! before and after reopening.

use conseil::domain::*;
use conseil::storage::StoreError;

use crate::common::{put_sample, sample, TestCouncil};

#[test]
fn every_kind_round_trips_through_a_reopen() {
    let (council, store) = TestCouncil::new();
    let s = sample("aller-retour ✓");
    put_sample(&store, &s);
    let check = |store: &conseil::storage::Store| {
        assert_eq!(store.get::<WorkingGroup>(s.group.id).expect("group"), s.group);
        assert_eq!(store.get::<Member>(s.member.id).expect("member"), s.member);
        assert_eq!(store.get::<Meeting>(s.meeting.id).expect("meeting"), s.meeting);
        assert_eq!(store.get::<Task>(s.task.id).expect("task"), s.task);
        assert_eq!(store.get::<Contribution>(s.contribution.id).expect("contribution"), s.contribution);
        assert_eq!(store.get::<AdvocacyDraft>(s.draft.id).expect("draft"), s.draft);
        assert_eq!(store.list::<Meeting>().expect("list"), vec![s.meeting.clone()]);
        assert_eq!(store.council().expect("council").name, "Conseil d'essai");
    };
    check(&store);
    drop(store);
    check(&council.open());
}

#[test]
fn empty_and_huge_fields_round_trip() {
    let (council, store) = TestCouncil::new();
    let mut s = sample("");
    s.meeting.agenda[0].notes = "é".repeat(MAX_TEXT_BYTES / 2);
    s.group.purpose = String::new();
    put_sample(&store, &s);
    drop(store);
    let store = council.open();
    assert_eq!(store.get::<Meeting>(s.meeting.id).expect("meeting"), s.meeting);
    assert_eq!(store.get::<WorkingGroup>(s.group.id).expect("group"), s.group);
}

#[test]
fn invalid_records_are_refused_and_nothing_is_written() {
    let (_council, store) = TestCouncil::new();
    let s = sample("x");
    let mut bad = s.meeting.clone();
    bad.agenda[0].notes = "x".repeat(MAX_TEXT_BYTES + 1);
    let mut batch = store.batch();
    batch.put(&s.group).expect("group");
    assert!(matches!(batch.put(&bad), Err(StoreError::Invalid(DomainError::TooLong("notes")))));
    // The batch is dropped uncommitted: the valid group was not written either.
    drop(batch);
    assert_eq!(store.count(Kind::Group), 0);
}

#[test]
fn removed_records_are_gone() {
    let (_council, store) = TestCouncil::new();
    let s = sample("x");
    put_sample(&store, &s);
    store.remove::<Task>(s.task.id).expect("remove");
    assert!(matches!(store.get::<Task>(s.task.id), Err(StoreError::Missing { tree: "tasks", .. })));
    assert_eq!(store.count(Kind::Member), 1);
}

/// The open's head check reads every tree and keeps what it read for the
/// first listing of each kind: a commit in between must make that listing
/// read again (it would otherwise miss the new record, or show a removed
/// or older one).
#[test]
fn a_listing_after_a_commit_sees_the_commit_not_what_the_open_read() {
    let (council, store) = TestCouncil::new();
    let s = sample("lecture gardée");
    put_sample(&store, &s);
    drop(store);
    let store = council.open();
    let added = Member::new(RecordId::random(), "Hirondelle").expect("member");
    store.put(&added).expect("put");
    let mut renamed = s.group.clone();
    renamed.name = "Groupe renommé".into();
    store.put(&renamed).expect("put");
    store.remove::<Meeting>(s.meeting.id).expect("remove");
    let by_name = |mut v: Vec<Member>| {
        v.sort_by_key(|m| m.pseudonym.clone());
        v
    };
    assert_eq!(by_name(store.list::<Member>().expect("members")), by_name(vec![added, s.member.clone()]));
    assert_eq!(store.list::<WorkingGroup>().expect("groups"), vec![renamed]);
    assert_eq!(store.list::<Meeting>().expect("meetings"), vec![]);
    // Without a commit, what the open read is what is listed, once per
    // kind; a second listing reads the tree again and agrees.
    drop(store);
    let store = council.open();
    assert_eq!(store.list::<Task>().expect("tasks"), vec![s.task.clone()]);
    assert_eq!(store.list::<Task>().expect("tasks again"), vec![s.task.clone()]);
    assert_eq!(store.list::<Contribution>().expect("contributions"), vec![s.contribution.clone()]);
}
