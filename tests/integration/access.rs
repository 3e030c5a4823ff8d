//! Who can open a council, and the clear errors for everyone else.

use age::secrecy::SecretString;
use age::x25519;
use conseil::domain::{Council, Language, Member};
use conseil::storage::{Access, KeyChange, PassphraseChange, Store, StoreError, Unlock};

use crate::common::{assert_same, put_sample, sample, snapshot, TestCouncil};

fn open_err(council: &TestCouncil, unlock: &Unlock) -> StoreError {
    match Store::open(&council.path(), unlock) {
        Ok(_) => panic!("should not open"),
        Err(e) => e,
    }
}

fn pass(s: &str) -> SecretString {
    SecretString::from(s.to_string())
}

#[test]
fn wrong_identity_is_refused_and_changes_nothing() {
    let (council, store) = TestCouncil::new();
    put_sample(&store, &sample("x"));
    drop(store);
    let before = snapshot(&council.path());
    let stranger = Unlock::Identities(vec![x25519::Identity::generate()]);
    assert!(matches!(open_err(&council, &stranger), StoreError::NotARecipient));
    assert!(matches!(open_err(&council, &Unlock::Passphrase(pass("x"))), StoreError::NoPassphrase));
    assert_same(&snapshot(&council.path()), &before, "a refused open");
}

#[test]
fn passphrase_opens_and_wrong_passphrase_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c");
    let access = Access { recipients: vec![], passphrase: Some(pass("soleil d'hiver à Lille")) };
    let store = Store::create(&path, &Council::new("C", Language::Fr).unwrap(), &access).unwrap();
    drop(store);
    let before = snapshot(&path);
    let wrong = Store::open(&path, &Unlock::Passphrase(pass("soleil d'hiver a Lille"))).err();
    assert!(matches!(wrong, Some(StoreError::WrongPassphrase)), "{wrong:?}");
    let no_recipient = Store::open(&path, &Unlock::Identities(vec![x25519::Identity::generate()])).err();
    assert!(matches!(no_recipient, Some(StoreError::NoRecipients)));
    assert_same(&snapshot(&path), &before, "a refused open");
    assert!(Store::open(&path, &Unlock::Passphrase(pass("soleil d'hiver à Lille"))).is_ok());
}

#[test]
fn rekey_keeps_remaining_recipients_and_drops_removed_ones() {
    let (council, store) = TestCouncil::new();
    let s = sample("rekey");
    put_sample(&store, &s);
    let bob = x25519::Identity::generate();
    store
        .change_access(&KeyChange { add: vec![bob.to_public()], remove: vec![], passphrase: PassphraseChange::Keep })
        .unwrap();
    assert_eq!(store.recipients().unwrap().len(), 2);
    store
        .change_access(&KeyChange {
            add: vec![],
            remove: vec![council.identity.to_public().to_string()],
            passphrase: PassphraseChange::Keep,
        })
        .unwrap();
    drop(store);
    assert!(matches!(open_err(&council, &council.unlock()), StoreError::NotARecipient));
    let store = Store::open(&council.path(), &Unlock::Identities(vec![bob])).unwrap();
    assert_eq!(store.get::<Member>(s.member.id).unwrap(), s.member);
}

#[test]
fn rekey_never_leaves_the_council_without_a_way_in() {
    let (council, store) = TestCouncil::new();
    let me = council.identity.to_public().to_string();
    let remove_me = |passphrase| KeyChange { add: vec![], remove: vec![me.clone()], passphrase };
    assert!(matches!(store.change_access(&remove_me(PassphraseChange::Keep)), Err(StoreError::NoWayIn)));
    assert!(matches!(store.change_access(&remove_me(PassphraseChange::Remove)), Err(StoreError::NoWayIn)));
    assert!(matches!(
        store.change_access(&KeyChange {
            add: vec![],
            remove: vec![x25519::Identity::generate().to_public().to_string()],
            passphrase: PassphraseChange::Keep,
        }),
        Err(StoreError::UnknownRecipient(_))
    ));
    // Swapping the identity for a passphrase in one change is allowed.
    store.change_access(&remove_me(PassphraseChange::Set(pass("nouvelle phrase")))).unwrap();
    assert!(store.has_passphrase().unwrap());
    assert!(store.recipients().unwrap().is_empty());
    drop(store);
    assert!(matches!(open_err(&council, &council.unlock()), StoreError::NoRecipients));
    let store = Store::open(&council.path(), &Unlock::Passphrase(pass("nouvelle phrase"))).unwrap();
    assert!(matches!(
        store.change_access(&KeyChange { add: vec![], remove: vec![], passphrase: PassphraseChange::Remove }),
        Err(StoreError::NoWayIn)
    ));
}

#[test]
fn second_opener_gets_a_lock_error() {
    let (council, store) = TestCouncil::new();
    assert!(matches!(open_err(&council, &council.unlock()), StoreError::Locked(_)));
    drop(store);
    assert!(Store::open(&council.path(), &council.unlock()).is_ok());
}

#[test]
fn newer_format_is_refused_before_unlocking() {
    let (council, store) = TestCouncil::new();
    drop(store);
    {
        let db = crate::common::raw_open(&council.path());
        db.open_tree("meta").unwrap().insert(b"format", &99u16.to_be_bytes()).unwrap();
        db.flush().unwrap();
    }
    let err = open_err(&council, &council.unlock());
    assert!(matches!(err, StoreError::NewerFormat { found: 99, supported: conseil::storage::STORE_FORMAT }), "{err:?}");
}

#[test]
fn missing_and_foreign_folders_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let unlock = Unlock::Identities(vec![x25519::Identity::generate()]);
    let missing = dir.path().join("absent");
    assert!(matches!(Store::open(&missing, &unlock).err(), Some(StoreError::NotFound(_))));
    assert!(!missing.exists(), "opening must never create a council");
    std::fs::write(dir.path().join("notes.txt"), "x").unwrap();
    assert!(matches!(Store::open(dir.path(), &unlock).err(), Some(StoreError::NotACouncil(_))));
    let access = Access { recipients: vec![x25519::Identity::generate().to_public()], passphrase: None };
    let council = Council::new("C", Language::Fr).unwrap();
    assert!(matches!(Store::create(dir.path(), &council, &access).err(), Some(StoreError::AlreadyExists(_))));
    let nobody = Access { recipients: vec![], passphrase: None };
    assert!(matches!(Store::create(&dir.path().join("new"), &council, &nobody).err(), Some(StoreError::NoWayIn)));
}

#[test]
fn council_files_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let (council, store) = TestCouncil::new();
    put_sample(&store, &sample("perm"));
    drop(store);
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&council.path()), 0o700);
    for file in crate::common::files(&council.path()) {
        assert_eq!(mode(&file), 0o600, "{}", file.display());
    }
}
