//! Archives: random councils survive export and import unchanged; a second
//! import changes nothing; the reference `age` tool reads ours and we read
//! its files; damaged, foreign, newer or hostile archives are refused with
//! the council untouched.

use std::process::{Command, Stdio};

use age::secrecy::SecretString;
use age::x25519;
use conseil::archive::{self, ArchiveError, Document, OpenWith, SealTo};
use conseil::domain::*;
use conseil::storage::Store;
use proptest::prelude::*;
use time::macros::date;

use crate::common::{assert_same, normalise, put_sample, sample, snapshot, TestCouncil};

fn doc_of(store: &Store) -> Document {
    Document::from_store(store).unwrap()
}

fn seal_to(id: &x25519::Identity) -> SealTo {
    SealTo::Recipients(vec![Box::new(id.to_public())])
}

fn open_with(id: &x25519::Identity) -> OpenWith {
    OpenWith::Identities(vec![Box::new(id.clone())])
}

/// A random council: every kind, Unicode, empty and large fields.
fn council_strategy() -> impl Strategy<Value = Vec<crate::common::Sample>> {
    let text = prop_oneof![Just(String::new()), "\\PC{0,40}", "[a-zé🌱 ]{2000,4000}"];
    prop::collection::vec((text.clone(), "[A-Za-zÀ-ÿ]{1,8}", 0u64..5), 1..4).prop_map(|items| {
        items
            .into_iter()
            .enumerate()
            .map(|(i, (notes, marker, revision))| {
                let mut s = sample(&format!("{marker}{i}"));
                s.meeting.agenda[0].notes = notes.clone();
                s.contribution.text = if notes.trim().is_empty() { "x".into() } else { notes };
                s.member.pseudonym = format!("{marker}Oiseau{i}");
                for _ in 0..revision {
                    s.task.bump_revision();
                }
                s
            })
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    #[test]
    fn export_import_round_trips_and_is_idempotent(samples in council_strategy()) {
        let (_a, store) = TestCouncil::new();
        for s in &samples {
            put_sample(&store, s);
        }
        let key = x25519::Identity::generate();
        let sealed = archive::seal(&archive::to_json(&doc_of(&store)).unwrap(), &seal_to(&key), false).unwrap();
        let doc = archive::from_json(&archive::open(&sealed, &open_with(&key)).unwrap()).unwrap();

        let (_b, empty) = TestCouncil::new();
        let first = archive::import(&empty, &doc).unwrap();
        prop_assert_eq!(first.added.values().sum::<usize>(), doc.len());
        let mut expected = normalise(doc_of(&store));
        expected.council = empty.council().unwrap();
        prop_assert_eq!(normalise(doc_of(&empty)), expected);

        let into_source = archive::import(&store, &doc).unwrap();
        prop_assert!(into_source.is_noop());
        drop(empty);
        let before = snapshot(&_b.path());
        let empty = _b.open();
        let again = archive::import(&empty, &doc).unwrap();
        prop_assert!(again.is_noop());
        drop(empty);
        assert_same(&snapshot(&_b.path()), &before, "a second import");
    }
}

#[test]
fn newer_revisions_win_and_equal_ones_that_differ_are_kept_both_ways() {
    let (_a, store) = TestCouncil::new();
    let s = sample("merge");
    put_sample(&store, &s);
    let mut doc = doc_of(&store);
    // The archive has a newer task and a different group at the same revision.
    doc.tasks[0].title = "Titre plus récent".into();
    doc.tasks[0].bump_revision();
    doc.groups[0].name = "Autre nom".into();
    let outcome = archive::import(&store, &doc).unwrap();
    assert_eq!(outcome.updated.get(&Kind::Task), Some(&1));
    assert_eq!(outcome.conflicts.len(), 1);
    assert_eq!(store.get::<Task>(s.task.id).unwrap().title, "Titre plus récent");
    let groups: Vec<WorkingGroup> = store.list().unwrap();
    assert_eq!(groups.len(), 2, "the council's group stays and the archive's is added as a copy");
    assert!(groups.iter().any(|g| g.name == s.group.name));
    assert!(groups.iter().any(|g| g.name.starts_with("Autre nom") && g.name.contains("conflit")));
    // Adopted minutes are not rewritten by a "newer" archive either.
    let mut m = s.meeting.clone();
    m.adopt(date!(2026 - 04 - 01)).unwrap();
    m.bump_revision();
    store.put(&m).unwrap();
    let mut doc = doc_of(&store);
    let pos = doc.meetings.iter().position(|x| x.id == m.id).unwrap();
    doc.meetings[pos].agenda[0].notes = "réécrit".into();
    doc.meetings[pos].bump_revision();
    let outcome = archive::import(&store, &doc).unwrap();
    assert_eq!(outcome.conflicts.iter().filter(|c| c.0 == Kind::Meeting).count(), 1);
    assert_eq!(store.get::<Meeting>(m.id).unwrap(), m);
}

#[test]
fn inconsistent_documents_are_refused_and_nothing_is_written() {
    let (council, store) = TestCouncil::new();
    put_sample(&store, &sample("ok"));
    let good = doc_of(&store);
    drop(store);
    let before = snapshot(&council.path());
    let store = council.open();
    let mut dangling = good.clone();
    let mut t = dangling.tasks[0].clone();
    t.id = RecordId::random();
    t.group = RecordId::random();
    dangling.tasks.push(t);
    assert!(matches!(archive::import(&store, &dangling), Err(ArchiveError::Dangling { field: "group", .. })));
    let mut duplicate = good.clone();
    duplicate.members.push(duplicate.members[0].clone());
    assert!(matches!(archive::import(&store, &duplicate), Err(ArchiveError::Duplicate { .. })));
    let mut invalid = good.clone();
    invalid.members[0].pseudonym = "marie@exemple.fr".into();
    assert!(matches!(archive::import(&store, &invalid), Err(ArchiveError::Invalid { .. })));
    let mut newer = good.clone();
    newer.version = 9;
    assert!(matches!(archive::import(&store, &newer), Err(ArchiveError::Newer { found: 9 })));
    let json = String::from_utf8(archive::to_json(&good).unwrap())
        .unwrap()
        .replace(&format!("\"version\": {}", archive::VERSION), "\"version\": 7");
    assert!(matches!(archive::from_json(json.as_bytes()), Err(ArchiveError::Newer { found: 7 })));
    // Past what this version could ever write (more than 16 bits): still
    // "newer", never "not an archive".
    let far = json.replace("\"version\": 7", "\"version\": 70000");
    assert!(matches!(archive::from_json(far.as_bytes()), Err(ArchiveError::Newer { found: 70000 })));
    assert!(matches!(archive::parse(far.as_bytes()), Err(ArchiveError::Newer { found: 70000 })));
    assert!(matches!(archive::from_json(b"{\"hello\": 1}"), Err(ArchiveError::NotAnArchive)));
    // A record with a field this version does not know is refused, not
    // read with the field silently dropped.
    let extra = json.replace("\"version\": 7", &format!("\"version\": {}", archive::VERSION)).replacen(
        "\"pseudonym\":",
        "\"surnom_inconnu\": \"x\", \"pseudonym\":",
        1,
    );
    assert!(extra.contains("surnom_inconnu"), "the test added a field");
    assert!(matches!(archive::from_json(extra.as_bytes()), Err(ArchiveError::Invalid { .. })));
    drop(store);
    assert_same(&snapshot(&council.path()), &before, "refused imports");
}

#[test]
fn bad_archives_are_refused_without_panic() {
    let (_c, store) = TestCouncil::new();
    put_sample(&store, &sample("bad"));
    let key = x25519::Identity::generate();
    let plain = archive::to_json(&doc_of(&store)).unwrap();
    let sealed = archive::seal(&plain, &seal_to(&key), false).unwrap();
    let with = open_with(&key);
    // Truncated at every sixteenth.
    for i in 0..16 {
        let cut = &sealed[..sealed.len() * i / 16];
        let r = archive::open(cut, &with);
        assert!(r.is_err(), "truncated at {i}/16 opened");
    }
    // One byte flipped in the header, the body and the final tag.
    let header_end = sealed.windows(4).position(|w| w == b"\n---").unwrap();
    for pos in [10, header_end + 10, header_end + 60, sealed.len() / 2, sealed.len() - 1] {
        let mut t = sealed.clone();
        t[pos] ^= 0x01;
        assert!(archive::open(&t, &with).is_err(), "flipped byte {pos} opened");
    }
    let stranger = open_with(&x25519::Identity::generate());
    assert!(matches!(archive::open(&sealed, &stranger), Err(ArchiveError::WrongKey)));
    let random: Vec<u8> = (0..4096).map(|_| rand::random()).collect();
    assert!(archive::open(&random, &with).is_err());
    assert!(archive::open(b"", &with).is_err());
    // A valid age file holding garbage.
    let garbage = archive::seal(b"\x00\x01 pas du JSON", &seal_to(&key), false).unwrap();
    let opened = archive::open(&garbage, &with).unwrap();
    assert!(matches!(archive::from_json(&opened), Err(ArchiveError::NotAnArchive)));
    // Larger than allowed: refused without keeping it all in memory.
    assert!(matches!(archive::open_with_limit(&sealed, &with, 1024), Err(ArchiveError::TooLarge)));
    // The wrong kind of secret.
    assert!(matches!(
        archive::open(&sealed, &OpenWith::Passphrase(SecretString::from("x".to_string()))),
        Err(ArchiveError::NeedsIdentity)
    ));
}

#[test]
fn passphrase_archives_and_an_absurd_work_factor() {
    let (_c, store) = TestCouncil::new();
    put_sample(&store, &sample("pass"));
    let pass = || SecretString::from("longue phrase de l'archive".to_string());
    let sealed = archive::seal(&archive::to_json(&doc_of(&store)).unwrap(), &SealTo::Passphrase(pass()), true).unwrap();
    assert!(sealed.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----"));
    assert!(archive::open(&sealed, &OpenWith::Passphrase(pass())).is_ok());
    let wrong = OpenWith::Passphrase(SecretString::from("autre".to_string()));
    assert!(matches!(archive::open(&sealed, &wrong), Err(ArchiveError::WrongKey)));
    // Claim a work factor of 2^40 in the scrypt stanza: refused at once.
    let binary = archive::seal(b"{}", &SealTo::Passphrase(pass()), false).unwrap();
    let text = String::from_utf8_lossy(&binary).into_owned();
    let line = text.lines().find(|l| l.starts_with("-> scrypt")).unwrap().to_string();
    let hostile = text.replacen(&line, &format!("{} 40", line.rsplit_once(' ').unwrap().0), 1);
    let hostile_bytes: Vec<u8> = binary.iter().copied().take(0).chain(hostile.bytes()).collect();
    let t = std::time::Instant::now();
    let r = archive::open(&hostile_bytes, &OpenWith::Passphrase(pass()));
    assert!(matches!(r, Err(ArchiveError::ExcessiveWork { found: 40 })), "{r:?}");
    assert!(t.elapsed().as_secs() < 5, "no scrypt work was attempted");
}

/// The scrypt stanza of a passphrase archive rewritten to claim `log_n`.
fn claiming_work(sealed: &[u8], log_n: u8) -> Vec<u8> {
    let text = String::from_utf8_lossy(sealed).into_owned();
    let line = text.lines().find(|l| l.starts_with("-> scrypt")).unwrap().to_string();
    let at = text.find(&line).unwrap();
    let mut out = sealed.to_vec();
    out.splice(at..at + line.len(), format!("{} {log_n}", line.rsplit_once(' ').unwrap().0).into_bytes());
    out
}

#[test]
fn a_passphrase_archive_above_the_work_cap_is_refused_at_once_with_what_to_do() {
    use conseil::i18n::{loader_for, Explain, Lang};
    use conseil::storage::MAX_PASSPHRASE_WORK_FACTOR;
    let pass = || SecretString::from("longue phrase de l'archive".to_string());
    let sealed = archive::seal(b"{}", &SealTo::Passphrase(pass()), false).unwrap();
    assert_eq!(archive::open(&sealed, &OpenWith::Passphrase(pass())).unwrap(), b"{}", "our own default opens");
    // Just above the cap, and what the cap used to allow (2^22: 4 GiB).
    for log_n in [MAX_PASSPHRASE_WORK_FACTOR + 1, 22] {
        let t = std::time::Instant::now();
        let r = archive::open(&claiming_work(&sealed, log_n), &OpenWith::Passphrase(pass()));
        assert!(matches!(&r, Err(ArchiveError::ExcessiveWork { found }) if *found == log_n), "{r:?}");
        assert!(t.elapsed() < std::time::Duration::from_millis(500), "2^{log_n}: no scrypt work was attempted");
        let (what, todo) = r.unwrap_err().explain_in(&loader_for(Lang::Fr));
        assert!(what.contains(&format!("2^{log_n}")), "{what}");
        assert!(todo.contains(&format!("2^{MAX_PASSPHRASE_WORK_FACTOR}")) && todo.contains("age -p"), "{todo}");
    }
    // A file from another age tool at exactly the cap still opens.
    let mut at_cap = age::scrypt::Recipient::new(pass());
    at_cap.set_work_factor(MAX_PASSPHRASE_WORK_FACTOR);
    let encryptor = age::Encryptor::with_recipients(std::iter::once(&at_cap as &dyn age::Recipient)).unwrap();
    let mut file = Vec::new();
    let mut w = encryptor.wrap_output(&mut file).unwrap();
    std::io::Write::write_all(&mut w, b"{}").unwrap();
    w.finish().unwrap();
    assert_eq!(archive::open(&file, &OpenWith::Passphrase(pass())).unwrap(), b"{}");
}

fn age_tool() -> Command {
    assert!(Command::new("age").arg("--version").output().is_ok(), "`age` is missing: see .ci/run");
    Command::new("age")
}

#[test]
fn the_age_tool_reads_our_archives_and_we_read_its_files() {
    let (_c, store) = TestCouncil::new();
    put_sample(&store, &sample("interop"));
    let dir = tempfile::tempdir().unwrap();
    let key_file = dir.path().join("k.txt");
    let public = conseil::storage::keyfile::generate(&key_file, "test").unwrap();
    let keys = conseil::storage::keyfile::read(&key_file).unwrap();
    let ours = OpenWith::Identities(vec![Box::new(keys.identities[0].clone())]);
    let plain = archive::to_json(&doc_of(&store)).unwrap();
    for armor in [false, true] {
        let sealed = archive::seal(&plain, &SealTo::Recipients(vec![Box::new(public.clone())]), armor).unwrap();
        let file = dir.path().join(format!("ours-{armor}.age"));
        std::fs::write(&file, &sealed).unwrap();
        let out = age_tool().arg("-d").arg("-i").arg(&key_file).arg(&file).output().unwrap();
        assert!(out.status.success(), "age -d failed: {}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(out.stdout, plain, "age reads our archive (armor {armor})");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["format"], "conseil-archive", "readable with ordinary tools");
    }
    for armor in [false, true] {
        let mut cmd = age_tool();
        cmd.args(["-e", "-r", &public.to_string()]);
        if armor {
            cmd.arg("-a");
        }
        let mut child = cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
        std::io::Write::write_all(child.stdin.as_mut().unwrap(), &plain).unwrap();
        let theirs = child.wait_with_output().unwrap().stdout;
        let doc = archive::from_json(&archive::open(&theirs, &ours).unwrap()).unwrap();
        let (_d, empty) = TestCouncil::new();
        let outcome = archive::import(&empty, &doc).unwrap();
        assert_eq!(outcome.added.values().sum::<usize>(), 6, "a file made by age -r imports (armor {armor})");
    }
}

#[test]
fn passphrase_interop_with_the_age_tool_through_a_terminal() {
    // age reads passphrases only from a terminal: tmux provides one.
    let (_c, store) = TestCouncil::new();
    put_sample(&store, &sample("tty"));
    let dir = tempfile::tempdir().unwrap();
    let plain = archive::to_json(&doc_of(&store)).unwrap();
    let pass = "une phrase de passe pour age";
    // Armoured one way, binary the other.
    let sealed = archive::seal(&plain, &SealTo::Passphrase(SecretString::from(pass.to_string())), true).unwrap();
    let ours = dir.path().join("ours.age");
    std::fs::write(&ours, &sealed).unwrap();
    let out = dir.path().join("out.json");
    let plain_file = dir.path().join("plain.json");
    std::fs::write(&plain_file, &plain).unwrap();
    let theirs = dir.path().join("theirs.age");
    let session = format!("age-pass-{}", std::process::id());
    let run = |cmd: String, keys: &[&str], wait_for: &std::path::Path| {
        let ok =
            Command::new("tmux").args(["new-session", "-d", "-s", &session, "-x", "80", "-y", "10", &cmd]).status();
        assert!(ok.map(|s| s.success()).unwrap_or(false), "tmux is needed (see .ci/run)");
        std::thread::sleep(std::time::Duration::from_millis(500));
        for k in keys {
            Command::new("tmux").args(["send-keys", "-t", &session, "-l", k]).status().unwrap();
            Command::new("tmux").args(["send-keys", "-t", &session, "Enter"]).status().unwrap();
            std::thread::sleep(std::time::Duration::from_millis(400));
        }
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while !wait_for.exists() || std::fs::metadata(wait_for).map(|m| m.len()).unwrap_or(0) == 0 {
            assert!(std::time::Instant::now() < deadline, "age did not finish");
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        std::thread::sleep(std::time::Duration::from_millis(1500));
        let _ = Command::new("tmux").args(["kill-session", "-t", &session]).output();
    };
    run(format!("age -d -o {} {}", out.display(), ours.display()), &[pass], &out);
    assert_eq!(std::fs::read(&out).unwrap(), plain, "age opens our passphrase archive");
    run(format!("age -p -a -o {} {}", theirs.display(), plain_file.display()), &[pass, pass], &theirs);
    let opened =
        archive::open(&std::fs::read(&theirs).unwrap(), &OpenWith::Passphrase(SecretString::from(pass.to_string())));
    assert_eq!(opened.unwrap(), plain, "we open age's passphrase file");
}

#[test]
fn archives_of_schema_one_import_without_a_consent_history_and_newer_ones_keep_it() {
    let (_a, store) = TestCouncil::new();
    let s = sample("consent");
    put_sample(&store, &s);
    let mut c = s.contribution.clone();
    assert!(c.change_consent(ConsentLevel::Quote, c.consent.given_on).unwrap());
    c.bump_revision();
    store.put(&c).unwrap();
    let doc = doc_of(&store);
    assert_eq!(doc.schema, SCHEMA_VERSION);
    // As an archive written before the history existed: schema 1, no field.
    let mut old: serde_json::Value = serde_json::from_slice(&archive::to_json(&doc).unwrap()).unwrap();
    old["schema"] = 1.into();
    for c in old["contributions"].as_array_mut().unwrap() {
        c.as_object_mut().unwrap().remove("consent_history").unwrap();
    }
    let old = archive::from_json(&serde_json::to_vec(&old).unwrap()).unwrap();
    let (_b, fresh) = TestCouncil::new();
    archive::import(&fresh, &old).unwrap();
    let imported: Contribution = fresh.get(c.id).unwrap();
    assert!(imported.consent_history.is_empty());
    assert_eq!(imported.consent.level, ConsentLevel::Quote);
    assert!(fresh.check().unwrap().is_clean());
    // Today's archives carry the dated changes across.
    let (_c, other) = TestCouncil::new();
    archive::import(&other, &archive::from_json(&archive::to_json(&doc).unwrap()).unwrap()).unwrap();
    assert_eq!(other.get::<Contribution>(c.id).unwrap().consent_history, c.consent_history);
}

/// The archive of a sample council as JSON, to be edited as a hostile or
/// careless sender would, and read back as a document.
fn edited(store: &Store, edit: impl FnOnce(&mut serde_json::Value)) -> Document {
    let mut json: serde_json::Value = serde_json::from_slice(&archive::to_json(&doc_of(store)).unwrap()).unwrap();
    edit(&mut json);
    archive::from_json(&serde_json::to_vec(&json).unwrap()).unwrap()
}

/// A refused document is refused by an import into a council (nothing
/// written) and by `import --new` before any council is created.
fn refused_everywhere(council: &TestCouncil, doc: &Document, what: &str) -> ArchiveError {
    let store = council.open();
    let err = archive::import(&store, doc).expect_err(what);
    drop(store);
    let new = council.path().with_extension("nouveau");
    let access =
        conseil::storage::Access { recipients: vec![x25519::Identity::generate().to_public()], passphrase: None };
    assert!(conseil::council::import_new(&new, doc, &access).is_err(), "{what}: import --new");
    assert!(!new.exists(), "{what}: import --new left a council behind");
    err
}

#[test]
fn a_task_from_a_meeting_that_exists_nowhere_is_refused() {
    let (council, store) = TestCouncil::new();
    put_sample(&store, &sample("origine"));
    let meeting = serde_json::to_value(RecordId::random()).unwrap();
    let here = serde_json::to_value(doc_of(&store).meetings[0].id).unwrap();
    // Pointing to a meeting of the file is fine.
    let good = edited(&store, |j| j["tasks"][0]["origin"] = serde_json::json!({ "meeting": here, "item": 0 }));
    good.validate(None).unwrap();
    let bad = edited(&store, |j| j["tasks"][0]["origin"] = serde_json::json!({ "meeting": meeting, "item": 0 }));
    drop(store);
    let before = snapshot(&council.path());
    let err = refused_everywhere(&council, &bad, "unknown meeting of origin");
    assert!(
        matches!(&err, ArchiveError::Dangling { kind: "tasks", field: "origin.meeting", target, .. }
        if serde_json::to_value(target).unwrap() == meeting),
        "{err:?}"
    );
    assert_same(&snapshot(&council.path()), &before, "refused import");
}

#[test]
fn an_action_item_made_into_a_task_that_exists_nowhere_is_refused() {
    let (council, store) = TestCouncil::new();
    let s = sample("action");
    put_sample(&store, &s);
    let action = |task: serde_json::Value| {
        serde_json::json!({ "title": "Appeler la mairie", "group": s.group.id, "assignees": [s.member.id],
            "due": null, "task": task })
    };
    let good = edited(&store, |j| {
        j["meetings"][0]["agenda"][0]["actions"] = serde_json::json!([action(serde_json::to_value(s.task.id).unwrap())])
    });
    good.validate(None).unwrap();
    let bad = edited(&store, |j| {
        j["meetings"][0]["agenda"][0]["actions"] =
            serde_json::json!([action(serde_json::to_value(RecordId::random()).unwrap())])
    });
    drop(store);
    let before = snapshot(&council.path());
    let err = refused_everywhere(&council, &bad, "unknown task of an action");
    assert!(matches!(err, ArchiveError::Dangling { kind: "meetings", field: "task", .. }), "{err:?}");
    assert_same(&snapshot(&council.path()), &before, "refused import");
}

#[test]
fn two_members_of_an_archive_that_read_the_same_once_normalised_are_refused() {
    let (council, store) = TestCouncil::new();
    let s = sample("homonymes");
    put_sample(&store, &s);
    let mut mesange = Member::new(RecordId::random(), "Mésange").unwrap();
    mesange.bump_revision();
    store.put(&mesange).unwrap();
    drop(store);
    let before = snapshot(&council.path());
    for (twin, what) in [
        ("Me\u{301}sange", "decomposed accent"),
        ("Més\u{200b}ange", "zero-width space"),
        ("\u{202e}Mésange\u{202c}", "bidirectional override"),
        ("MÉSANGE", "case"),
        ("\u{feff}mésange ", "byte-order mark and a space"),
    ] {
        let store = council.open();
        let doc = edited(&store, |j| {
            let mut copy = j["members"][0].clone();
            copy["id"] = serde_json::to_value(RecordId::random()).unwrap();
            copy["pseudonym"] = twin.into();
            copy["groups"] = serde_json::json!([]);
            j["members"].as_array_mut().unwrap().push(copy);
        });
        drop(store);
        let err = refused_everywhere(&council, &doc, what);
        assert!(
            matches!(&err, ArchiveError::Invalid { kind: "members", reason: archive::Refusal::PseudonymTwice(_), .. }),
            "{what}: {err:?}"
        );
        // And a new member of an archive whose name is one of this council's, written differently.
        let store = council.open();
        let mut doc = doc_of(&store);
        doc.members.retain(|m| m.id != mesange.id);
        let mut stranger = Member::new(RecordId::random(), "Héron").unwrap();
        stranger.pseudonym = twin.to_string();
        doc.members.push(stranger);
        let err = archive::import(&store, &doc).expect_err(what);
        assert!(
            matches!(&err, ArchiveError::Invalid { reason: archive::Refusal::PseudonymTaken(id), .. } if *id == mesange.id.to_string()),
            "{what}: {err:?}"
        );
    }
    assert_same(&snapshot(&council.path()), &before, "refused imports");
}

#[test]
fn a_members_conflict_copy_takes_the_first_free_numbered_pseudonym() {
    let (_c, store) = TestCouncil::new();
    let mut loutre = Member::new(RecordId::random(), "Loutre").unwrap();
    let two = Member::new(RecordId::random(), "loutre (2)").unwrap();
    let long = Member::new(
        RecordId::random(),
        &"Grand Héron cendré des marais du Nord 9".chars().take(40).collect::<String>(),
    )
    .unwrap();
    for m in [&loutre, &two, &long] {
        store.put(m).unwrap();
    }
    // The archive has both at the same revision, with other settings.
    let mut doc = doc_of(&store);
    for m in &mut doc.members {
        m.credit_in_exports = !m.credit_in_exports;
    }
    doc.members.retain(|m| m.id != two.id);
    let out = archive::import(&store, &doc).unwrap();
    assert_eq!(out.conflicts.len(), 2, "{out:?}");
    let names = |store: &Store| {
        let mut v: Vec<String> = store.list::<Member>().unwrap().into_iter().map(|m| m.pseudonym).collect();
        v.sort();
        v
    };
    let after = names(&store);
    assert!(after.contains(&"Loutre (3)".to_string()), "« loutre (2) » is taken: {after:?}");
    let copy_of_long = after.iter().find(|p| p.ends_with(" (2)") && p.starts_with("Grand Héron")).unwrap();
    assert!(copy_of_long.chars().count() <= 40, "{copy_of_long}");
    // A second archive in conflict again: the next number, never a name twice.
    loutre.roles.push(Role::Facilitator);
    let mut doc = doc_of(&store);
    doc.members.retain(|m| m.id == loutre.id);
    doc.members[0].roles = loutre.roles.clone();
    archive::import(&store, &doc).unwrap();
    let after = names(&store);
    assert!(after.contains(&"Loutre (4)".to_string()), "{after:?}");
    let keys: std::collections::HashSet<String> = after.iter().map(|p| pseudonym_key(p)).collect();
    assert_eq!(keys.len(), after.len(), "no two members read the same: {after:?}");
}

/// Counts what a reader hands out, to show an archive is streamed.
struct Counted<R> {
    inner: R,
    read: std::rc::Rc<std::cell::Cell<u64>>,
}

impl<R: std::io::Read> std::io::Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.set(self.read.get() + n as u64);
        Ok(n)
    }
}

#[test]
fn archives_are_streamed_and_oversized_files_refused_before_reading() {
    use std::io::Read;
    let key = x25519::Identity::generate();
    let with = open_with(&key);
    // 300 MB that is not age: refused after its first bytes, never read
    // whole (it used to be, before « pas un fichier age »).
    let read = std::rc::Rc::new(std::cell::Cell::new(0));
    let junk = Counted { inner: std::io::repeat(b'x').take(300 << 20), read: read.clone() };
    let r = archive::open_reader(std::io::BufReader::new(junk), &with, archive::MAX_ARCHIVE_BYTES);
    assert!(matches!(r, Err(ArchiveError::NotAge)), "{r:?}");
    assert!(read.get() < 1 << 20, "{} bytes read to refuse a file that is not age", read.get());
    // A good archive read through the stream opens as from memory.
    let (_c, store) = TestCouncil::new();
    put_sample(&store, &sample("flux"));
    let plain = archive::to_json(&doc_of(&store)).unwrap();
    let sealed = archive::seal(&plain, &seal_to(&key), true).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("conseil.age");
    std::fs::write(&path, &sealed).unwrap();
    let streamed = archive::open_reader(archive::open_file(&path).unwrap(), &with, archive::MAX_ARCHIVE_BYTES);
    assert_eq!(streamed.unwrap(), archive::open(&sealed, &with).unwrap());
    // An armoured archive saved by a Windows editor (a byte-order mark
    // first) opens the same.
    let marked = [b"\xEF\xBB\xBF".as_slice(), &sealed].concat();
    assert_eq!(archive::open(&marked, &with).unwrap(), archive::open(&sealed, &with).unwrap());
    // A file larger than any sealed archive we accept is refused from its
    // size alone (a sparse file: nothing is written to the disk).
    let big = dir.path().join("enorme.age");
    std::fs::File::create(&big).unwrap().set_len(archive::MAX_SEALED_BYTES + 1).unwrap();
    assert!(matches!(archive::open_file(&big), Err(ArchiveError::TooLarge)));
    assert!(matches!(archive::open_file(&dir.path().join("absent.age")), Err(ArchiveError::Read { .. })));
}
