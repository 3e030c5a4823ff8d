//! Helpers shared by the integration tests: councils in temporary folders
//! and one sample record of every kind.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use age::x25519;
use conseil::domain::*;
use conseil::storage::{Access, Store, Unlock};
use time::macros::date;

/// A council in a temporary folder, unlocked by a fresh identity.
pub struct TestCouncil {
    pub dir: tempfile::TempDir,
    pub identity: x25519::Identity,
}

impl TestCouncil {
    pub fn new() -> (Self, Store) {
        let dir = tempfile::tempdir().expect("tempdir");
        let identity = x25519::Identity::generate();
        let access = Access { recipients: vec![identity.to_public()], passphrase: None };
        let council = Council::new("Conseil d'essai", Language::Fr).expect("council");
        let store = Store::create(&dir.path().join("council"), &council, &access).expect("create");
        (Self { dir, identity }, store)
    }

    pub fn path(&self) -> PathBuf {
        self.dir.path().join("council")
    }

    pub fn unlock(&self) -> Unlock {
        Unlock::Identities(vec![self.identity.clone()])
    }

    pub fn open(&self) -> Store {
        Store::open(&self.path(), &self.unlock()).expect("open")
    }

    /// Opens to examine (as `check` does): whatever the head says, read-only.
    pub fn examine(&self) -> (Store, conseil::storage::Verdict) {
        Store::open_examined(&self.path(), &self.unlock()).expect("open to examine")
    }

    /// The full `check` report, opened as `check` opens.
    pub fn check(&self) -> conseil::storage::CheckReport {
        let (store, verdict) = self.examine();
        store.check_with(&verdict).expect("check")
    }
}

/// One record of every kind, referring to each other, with `marker` in
/// every free-text field.
#[derive(Debug, Clone)]
pub struct Sample {
    pub group: WorkingGroup,
    pub member: Member,
    pub meeting: Meeting,
    pub task: Task,
    pub contribution: Contribution,
    pub draft: AdvocacyDraft,
}

pub fn sample(marker: &str) -> Sample {
    let mut group = WorkingGroup::new(RecordId::random(), &format!("Groupe {marker}")).expect("group");
    group.purpose = format!("But {marker}");
    let mut member = Member::new(RecordId::random(), &format!("Colibri{}", marker.len())).expect("member");
    member.groups = vec![group.id];
    let mut meeting =
        Meeting::new(RecordId::random(), MeetingKind::Monthly, date!(2026 - 03 - 12), &format!("Conseil {marker}"))
            .expect("meeting");
    let mut item = AgendaItem::new("9h15-10h30".parse().expect("slot"), ItemKind::RoundTable, "Tour de table");
    item.notes = format!("Notes : {marker}\nDeuxième ligne é à ç 🌱");
    item.questions.push(format!("Question {marker} ?"));
    item.decisions.push(Decision {
        text: format!("Décision {marker}"),
        outcome: Some(Outcome::Vote { r#for: 1, against: 0, abstain: 0 }),
    });
    meeting.agenda.push(item);
    meeting.attendance.members.push(member.id);
    meeting.attendance.guests = 2;
    let mut task = Task::new(RecordId::random(), group.id, &format!("Tâche {marker}")).expect("task");
    task.assignees.push(member.id);
    task.due = Some(date!(2026 - 04 - 01));
    task.set_status(date!(2026 - 03 - 13), TaskStatus::Doing);
    task.comment(date!(2026 - 03 - 14), &format!("Commentaire {marker}")).expect("comment");
    let contribution = Contribution {
        id: RecordId::random(),
        revision: 1,
        author: Author::Member(member.id),
        meeting: Some(meeting.id),
        group: Some(group.id),
        kind: ContributionKind::Testimony,
        text: format!("Témoignage {marker}"),
        themes: vec!["rétablissement".into()],
        consent: Consent {
            level: ConsentLevel::Paraphrase,
            given_on: date!(2026 - 03 - 12),
            expires_on: None,
            withdrawn_on: None,
        },
        consent_history: Vec::new(),
    };
    let draft = AdvocacyDraft {
        id: RecordId::random(),
        revision: 1,
        title: format!("Plaidoyer {marker}"),
        audience: Audience::DecisionMakers,
        language: Language::Fr,
        sections: vec![DraftSection {
            heading: "Accès".into(),
            body: format!("Corps {marker}"),
            contributions: vec![contribution.id],
        }],
        exports: vec![ExportRecord {
            month: YearMonth { year: 2026, month: 4 },
            audience: Audience::Public,
            contributions: vec![contribution.id],
            response: Some(format!("Réponse {marker}")),
        }],
    };
    Sample { group, member, meeting, task, contribution, draft }
}

/// Writes every record of a sample in one batch.
pub fn put_sample(store: &Store, s: &Sample) {
    let mut batch = store.batch();
    batch.put(&s.group).expect("group");
    batch.put(&s.member).expect("member");
    batch.put(&s.meeting).expect("meeting");
    batch.put(&s.task).expect("task");
    batch.put(&s.contribution).expect("contribution");
    batch.put(&s.draft).expect("draft");
    batch.commit().expect("commit");
}

/// Every regular file under `dir`, recursively.
pub fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read_dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.extend(files(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// Every key and value of every tree, read through sled: what a council
/// *holds*, to prove a refused operation changed nothing. (sled rewrites its
/// own snapshot files on open, so raw file bytes are not the measure.)
pub fn snapshot(dir: &Path) -> Vec<(Vec<u8>, Vec<u8>, Vec<u8>)> {
    let db = raw_open(dir);
    let mut all = Vec::new();
    for name in db.tree_names() {
        let tree = db.open_tree(&name).expect("tree");
        for entry in tree.iter() {
            let (k, v) = entry.expect("entry");
            all.push((name.to_vec(), k.to_vec(), v.to_vec()));
        }
    }
    all
}

/// Compares two snapshots without printing their bytes.
pub fn assert_same(a: &[(Vec<u8>, Vec<u8>, Vec<u8>)], b: &[(Vec<u8>, Vec<u8>, Vec<u8>)], what: &str) {
    assert_eq!(a.len(), b.len(), "{what}: number of entries changed");
    assert!(a == b, "{what}: content changed");
}

/// A council as a document with every list sorted by id, to compare two
/// councils whatever order their records were listed in.
pub fn normalised(store: &Store) -> conseil::archive::Document {
    normalise(conseil::archive::Document::from_store(store).expect("document"))
}

/// Sorts every list of a document by id.
pub fn normalise(mut d: conseil::archive::Document) -> conseil::archive::Document {
    d.members.sort_by_key(|r| r.id);
    d.groups.sort_by_key(|r| r.id);
    d.meetings.sort_by_key(|r| r.id);
    d.tasks.sort_by_key(|r| r.id);
    d.contributions.sort_by_key(|r| r.id);
    d.drafts.sort_by_key(|r| r.id);
    d
}

/// A council with one monthly meeting of one agenda item, for screens and
/// flows that need minutes to edit. Returns the meeting's id.
pub fn add_meeting(store: Store, title: &str) -> RecordId {
    let session = conseil::council::Session::new(store);
    let mut m = Meeting::new(RecordId::random(), MeetingKind::Monthly, date!(2026 - 11 - 12), title).expect("meeting");
    m.agenda.push(AgendaItem::new("9h15-10h30".parse().expect("slot"), ItemKind::RoundTable, "Tour de table"));
    session.save_meeting(m).expect("save").id
}

/// Opens a council's sled database directly (to read or tamper with raw
/// values). A store just dropped may hold its lock for a few milliseconds
/// while sled's flusher winds down, so this waits for it.
pub fn raw_open(dir: &Path) -> sled::Db {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(3);
    loop {
        match sled::open(dir) {
            Ok(db) => return db,
            Err(e) if std::time::Instant::now() < deadline && e.to_string().contains("lock") => {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            Err(e) => panic!("raw open of {}: {e}", dir.display()),
        }
    }
}

/// Bytes allocated on disk by every file under `dir`.
pub fn dir_bytes(dir: &Path) -> u64 {
    use std::os::unix::fs::MetadataExt;
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| match e.metadata() {
                    Ok(m) if m.is_dir() => dir_bytes(&e.path()),
                    Ok(m) => m.blocks() * 512,
                    Err(_) => 0,
                })
                .sum()
        })
        .unwrap_or(0)
}
