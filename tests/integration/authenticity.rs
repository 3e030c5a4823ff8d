//! Archives and return slips are tied to who made them: a council's own
//! backup re-imports as its own; an archive forged with only the council's
//! public key (higher revisions, to win the merge) or a return slip forged
//! with only the secretary's public key is refused with its fingerprint and
//! changes nothing, unless the user accepts it explicitly.

use conseil::archive::auth::{self, Authenticity};
use conseil::archive::slip::{return_slip, ReturnSlip, Slip};
use conseil::archive::{self, ArchiveError, Document, OpenWith, SealTo};
use conseil::council::{CouncilError, Imported, Session};
use conseil::domain::*;
use time::macros::date;

use crate::common::{assert_same, put_sample, sample, snapshot, TestCouncil};

fn to(council: &TestCouncil) -> SealTo {
    SealTo::Recipients(vec![Box::new(council.identity.to_public())])
}

fn with(council: &TestCouncil) -> OpenWith {
    OpenWith::Identities(vec![Box::new(council.identity.clone())])
}

fn unauthenticated(result: Result<Imported, CouncilError>) -> (String, Option<String>) {
    match result {
        Err(CouncilError::Archive(ArchiveError::Unauthenticated { fingerprint, claimed })) => (fingerprint, claimed),
        Err(e) => panic!("expected an unauthenticated archive, got {e:?}"),
        Ok(_) => panic!("a forged file was imported"),
    }
}

#[test]
fn a_councils_own_archive_reimports_and_a_forged_one_is_refused() {
    let (council, store) = TestCouncil::new();
    let s = sample("authentique");
    put_sample(&store, &s);
    let session = Session::new(store);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sauvegarde.age");
    let written = session.export_archive(&to(&council), false, &path, false, &mut |_, _| {}).unwrap();
    let own = std::fs::read(&path).unwrap();
    assert!(matches!(session.import_archive(&own, &with(&council), &mut |_, _| {}), Ok(Imported::Council(_))));

    // Anyone with the council's public key: the same council, with the
    // member withdrawn and every revision raised so the forgery wins.
    let mut forged: Document = archive::from_json(&archive::open(&own, &with(&council)).unwrap()).unwrap();
    for m in &mut forged.members {
        m.active = false;
        m.revision += 10;
    }
    let plain = archive::to_json(&forged).unwrap();
    let sealed = archive::seal(&plain, &to(&council), false).unwrap();
    // …and one that keeps the genuine authenticator but changes the content.
    let genuine = archive::open(&own, &with(&council)).unwrap();
    let genuine = String::from_utf8(genuine).unwrap();
    let tampered = genuine.replacen("\"active\": true", "\"active\": false", 1);
    assert_ne!(tampered, genuine, "the tampering changed something");
    let resealed = archive::seal(tampered.as_bytes(), &to(&council), false).unwrap();

    let store = session.into_store();
    drop(store);
    let before = snapshot(&council.path());
    let session = Session::new(council.open());
    for bad in [&sealed, &resealed] {
        let (fingerprint, _) = unauthenticated(session.import_archive(bad, &with(&council), &mut |_, _| {}));
        assert_eq!(fingerprint.len(), 24);
        assert_ne!(fingerprint, written.fingerprint);
    }
    drop(session);
    assert_same(&snapshot(&council.path()), &before, "refused forgeries");

    // Accepted explicitly, it goes in.
    let mut session = Session::new(council.open());
    session.accept_unauthenticated(true);
    session.import_archive(&sealed, &with(&council), &mut |_, _| {}).unwrap();
    let store = session.into_store();
    assert!(!store.get::<Member>(s.member.id).unwrap().active);
}

#[test]
fn a_backup_still_verifies_after_the_data_key_is_rotated() {
    let (council, store) = TestCouncil::new();
    put_sample(&store, &sample("rotation"));
    let session = Session::new(store);
    let path = council.dir.path().join("avant.age");
    session.export_archive(&to(&council), false, &path, false, &mut |_, _| {}).unwrap();
    let store = session.into_store();
    let access = conseil::storage::Access { recipients: vec![council.identity.to_public()], passphrase: None };
    store.rotate(&access).unwrap();
    let session = Session::new(council.open());
    let bytes = std::fs::read(&path).unwrap();
    assert!(session.import_archive(&bytes, &with(&council), &mut |_, _| {}).is_ok(), "the archive key is kept");
}

#[test]
fn a_return_slip_must_be_signed_with_the_key_of_the_slip_sent() {
    let (council, store) = TestCouncil::new();
    let session = Session::new(store);
    let group = session.save_group(WorkingGroup::new(RecordId::random(), "Accueil").unwrap()).unwrap();
    let member = session.save_member(Member::new(RecordId::random(), "Colibri").unwrap()).unwrap();
    let mut task = Task::new(RecordId::random(), group.id, "Relire l'affiche").unwrap();
    task.assignees = vec![member.id];
    let task = session.save_task(task).unwrap();
    // The member's own key opens the slip.
    let member_key = age::x25519::Identity::generate();
    let slip_path = council.dir.path().join("fiche.age");
    let to_member = SealTo::Recipients(vec![Box::new(member_key.to_public())]);
    session.export_slip(member.id, &to_member, &slip_path, false, &mut |_, _| {}).unwrap();
    let plain =
        archive::open(&std::fs::read(&slip_path).unwrap(), &OpenWith::Identities(vec![Box::new(member_key)])).unwrap();
    let archive::Contents::Slip(slip) = archive::parse(&plain).unwrap() else { panic!("a slip") };
    let (nonce, return_key) = auth::return_key_of(&auth::split(&plain).unwrap()).expect("the slip carries its key");
    let ret = changed(&slip, &task);

    // Forged: the same change, sealed with only the secretary's public key.
    let unsigned = archive::to_json(&ret).unwrap();
    let forged = archive::seal(&unsigned, &to(&council), false).unwrap();
    let store = session.into_store();
    drop(store);
    let before = snapshot(&council.path());
    let session = Session::new(council.open());
    unauthenticated(session.import_archive(&forged, &with(&council), &mut |_, _| {}));
    // Signed, but under a key the council never gave out.
    let other = auth::sign_return(&unsigned, &nonce, &[9u8; 32]).unwrap();
    let other = archive::seal(&other, &to(&council), false).unwrap();
    unauthenticated(session.import_archive(&other, &with(&council), &mut |_, _| {}));
    drop(session);
    assert_same(&snapshot(&council.path()), &before, "refused return slips");

    // The member's genuine return slip goes in.
    let signed = auth::sign_return(&unsigned, &nonce, &return_key).unwrap();
    assert_eq!(
        auth::verify_return(&auth::split(&signed).unwrap(), &[0; 32], member.id),
        Authenticity::Unauthenticated {
            fingerprint: auth::fingerprint(&auth::split(&signed).unwrap().canonical),
            claimed: None
        },
        "another council's key does not verify it"
    );
    let sealed = archive::seal(&signed, &to(&council), false).unwrap();
    let session = Session::new(council.open());
    assert!(matches!(session.import_archive(&sealed, &with(&council), &mut |_, _| {}), Ok(Imported::Return(1))));
    assert_eq!(session.into_store().get::<Task>(task.id).unwrap().status, TaskStatus::Done);
}

fn changed(slip: &Slip, task: &Task) -> ReturnSlip {
    let mut now = task.clone();
    now.set_status(date!(2026 - 07 - 01), TaskStatus::Done);
    let _ = slip.tasks.iter().find(|t| t.id == task.id).expect("the task is in the slip");
    return_slip(slip, &[now]).expect("a return slip")
}
