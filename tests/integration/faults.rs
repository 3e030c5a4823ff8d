//! Fault injection on the council's own files, the way disks and people
//! break them: for each file of a council (sled's `db`, `conf` and snapshot,
//! conseil's head file), one byte flipped at 200 or more positions spread
//! over it, the file cut at 20 or more lengths, the file deleted. After each:
//!
//! - `check` either passes with every acknowledged record present and
//!   intact, or fails naming what is damaged or missing — never "intact"
//!   with a record gone;
//! - `recover` restores every record whose newest sealed value was still
//!   intact on disk (found byte for byte in the damaged files, before sled
//!   touched them).
//!
//! The counts are printed (`--nocapture`) for the report.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use conseil::archive::Document;
use conseil::domain::*;
use conseil::storage::{recover, Store, StoreError};

use crate::common::{files, normalised, put_sample, sample, TestCouncil};

/// The council every case starts from, and what it must hold.
struct Template {
    council: TestCouncil,
    /// The council's files as the last session left them, before anything
    /// (even a read) opened them again.
    files: tempfile::TempDir,
    /// Every acknowledged record, as a document.
    expected: Document,
    /// The newest sealed value of every record, by (tree, id), as sled held
    /// it: the oracle of "intact on disk".
    sealed: HashMap<(String, RecordId), Vec<u8>>,
}

/// Two sessions of writes: the first folded into sled's snapshot by a
/// reopen, the second not yet (the region sled drops silently when damaged).
fn template() -> Template {
    let (council, store) = TestCouncil::new();
    let mut samples = Vec::new();
    for i in 0..6 {
        let s = sample(&format!("premier{i}"));
        put_sample(&store, &s);
        samples.push(s);
    }
    drop(store);
    let store = council.open();
    for (i, s) in samples.iter_mut().enumerate() {
        s.task.title = format!("Tâche revue {i}");
        s.task.bump_revision();
        store.put(&s.task).expect("update");
    }
    for i in 0..4 {
        put_sample(&store, &sample(&format!("second{i}")));
    }
    let expected = normalised(&store);
    drop(store);
    // Any open (even the raw one below) folds the last session into sled's
    // snapshot: copy the files first, so the cases start from the state
    // where sled's recovery still has that session to replay.
    let files = tempfile::tempdir().expect("tmp");
    std::thread::sleep(std::time::Duration::from_millis(100));
    copy_dir(&council.path(), &files.path().join("council"));
    let db = crate::common::raw_open(&council.path());
    let mut sealed = HashMap::new();
    for tree in ["members", "groups", "meetings", "tasks", "contributions", "drafts"] {
        for entry in db.open_tree(tree).expect("tree").iter() {
            let (k, v) = entry.expect("entry");
            let id = RecordId::from_bytes(<[u8; 16]>::try_from(&k[..]).expect("id"));
            sealed.insert((tree.to_string(), id), v.to_vec());
        }
    }
    drop(db);
    Template { council, files, expected, sealed }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read_dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find(hay, needle).is_some()
}

/// Records (tree, id) whose newest sealed value is still byte for byte in
/// one of the files under `dirs`.
fn intact_on_disk(t: &Template, dirs: &[&Path]) -> Vec<(String, RecordId)> {
    let all: Vec<Vec<u8>> = dirs
        .iter()
        .filter(|d| d.exists())
        .flat_map(|d| files(d))
        .map(|f| std::fs::read(f).unwrap_or_default())
        .collect();
    t.sealed.iter().filter(|(_, v)| all.iter().any(|bytes| contains(bytes, v))).map(|(k, _)| k.clone()).collect()
}

/// The records of a document by (tree, id), as JSON to compare.
fn records(d: &Document) -> HashMap<(String, RecordId), serde_json::Value> {
    fn add<R: Record>(out: &mut HashMap<(String, RecordId), serde_json::Value>, rs: &[R]) {
        for r in rs {
            out.insert((R::KIND.tree().to_string(), r.id()), serde_json::to_value(r).expect("json"));
        }
    }
    let mut out = HashMap::new();
    add(&mut out, &d.members);
    add(&mut out, &d.groups);
    add(&mut out, &d.meetings);
    add(&mut out, &d.tasks);
    add(&mut out, &d.contributions);
    add(&mut out, &d.drafts);
    out
}

/// A scratch folder in memory when the machine has one: these cases are
/// about damaged bytes, not durability, and a thousand fsyncs on a real
/// disk would only slow them down.
fn scratch() -> tempfile::TempDir {
    let shm = Path::new("/dev/shm");
    if shm.is_dir() {
        if let Ok(dir) = tempfile::tempdir_in(shm) {
            return dir;
        }
    }
    tempfile::tempdir().expect("tmp")
}

/// Short name of an error, for the tally.
fn variant(e: &StoreError) -> String {
    format!("{e:?}").split(|c: char| !c.is_alphanumeric()).next().unwrap_or_default().to_string()
}

/// What one case came to.
#[derive(Default, Debug)]
struct Tally {
    cases: usize,
    check_passed: usize,
    check_named: usize,
    open_refused: usize,
    intact_on_disk: usize,
    restored: usize,
    recover_refused: usize,
    recovered_cases: usize,
    refusals: std::collections::BTreeMap<String, usize>,
}

/// Runs `check` and `recover` on a damaged copy and asserts the promises.
/// One way of breaking one file.
#[derive(Clone, Debug)]
enum Damage {
    Flip(usize, u8),
    Cut(usize),
    Delete,
}

impl Damage {
    fn apply(&self, file: &Path) {
        match self {
            Damage::Flip(pos, mask) => {
                let mut bytes = std::fs::read(file).expect("read");
                bytes[*pos] ^= mask;
                std::fs::write(file, bytes).expect("write");
            }
            Damage::Cut(keep) => {
                let f = std::fs::OpenOptions::new().write(true).open(file).expect("open");
                f.set_len(*keep as u64).expect("truncate");
            }
            Damage::Delete => std::fs::remove_file(file).expect("delete"),
        }
    }
}

/// Runs `check` on a damaged copy, then `recover` when check did not pass
/// (and on one passing case in eight: a rebuild costs a new council).
fn run_case(t: &Template, rel: &Path, damage: &Damage, index: usize, tally: &mut Tally) {
    let what = format!("{} {damage:?}", rel.display());
    let dir = scratch();
    let path = dir.path().join("council");
    copy_dir(&t.source(), &path);
    damage.apply(&path.join(rel));
    tally.cases += 1;
    let intact = intact_on_disk(t, &[&path]);
    let expected = records(&t.expected);

    match Store::open_examined(&path, &t.council.unlock()) {
        Err(e) => {
            assert!(!matches!(e, StoreError::Database(_)), "{what}: an unnamed database error: {e:?}");
            tally.open_refused += 1;
            *tally.refusals.entry(variant(&e)).or_default() += 1;
        }
        Ok((store, verdict)) => match store.check_with(&verdict) {
            Ok(report) if report.is_clean() => {
                let present = records(&normalised(&store));
                for (place, value) in &expected {
                    assert_eq!(present.get(place), Some(value), "{what}: check passed with {place:?} gone or altered");
                }
                tally.check_passed += 1;
                if index % 8 != 0 {
                    return;
                }
            }
            Ok(report) => {
                let named = !report.bad.is_empty()
                    || !report.integrity.verdict.problems.is_empty()
                    || report.integrity.verdict.explained.is_some();
                assert!(named, "{what}: check failed without naming anything");
                tally.check_named += 1;
            }
            Err(e) => {
                assert!(!matches!(e, StoreError::Database(_)), "{what}: check: an unnamed database error: {e:?}");
                tally.check_named += 1;
            }
        },
    }

    let target = dir.path().join("recovered");
    let fallback = Council::new("Récupéré", Language::Fr).expect("council");
    tally.recovered_cases += 1;
    tally.intact_on_disk += intact.len();
    match recover(&path, &t.council.unlock(), &target, &fallback) {
        Ok(_) => {
            let store = Store::open(&target, &t.council.unlock()).expect("the rebuilt council opens");
            let got = records(&normalised(&store));
            for place in &intact {
                assert_eq!(
                    got.get(place),
                    expected.get(place),
                    "{what}: {place:?} was intact on disk but not restored"
                );
            }
            tally.restored += intact.len();
        }
        Err(e) => {
            // Only a council whose every key wrap is gone cannot be rebuilt.
            assert!(
                matches!(e, StoreError::NotACouncil(_) | StoreError::NotARecipient | StoreError::NotFound(_)),
                "{what}: recover failed: {e:?}"
            );
            tally.recover_refused += 1;
        }
    }
}

impl Tally {
    fn add(&mut self, o: Tally) {
        self.cases += o.cases;
        self.check_passed += o.check_passed;
        self.check_named += o.check_named;
        self.open_refused += o.open_refused;
        self.intact_on_disk += o.intact_on_disk;
        self.restored += o.restored;
        self.recover_refused += o.recover_refused;
        self.recovered_cases += o.recovered_cases;
        for (k, v) in o.refusals {
            *self.refusals.entry(k).or_default() += v;
        }
    }
}

/// Positions spread over `start..end`: at least `n` cases (short spans get
/// every byte, with several bit patterns).
fn flips(start: usize, end: usize, n: usize) -> Vec<(usize, u8)> {
    let len = end.saturating_sub(start);
    if len == 0 {
        return Vec::new();
    }
    if len >= n {
        return (0..n).map(|i| (start + i * len / n, 0x5A)).collect();
    }
    let masks = [0x01u8, 0x10, 0x80, 0xFF, 0x5A, 0x24];
    (0..n).map(|i| (start + i % len, masks[(i / len) % masks.len()])).collect()
}

/// The part of a file that holds data (sled pre-allocates whole segments
/// of zeros): from the first to the last byte that is not zero.
fn used_span(bytes: &[u8]) -> (usize, usize) {
    let first = bytes.iter().position(|b| *b != 0).unwrap_or(0);
    let last = bytes.iter().rposition(|b| *b != 0).map_or(0, |i| i + 1);
    (first, last)
}

impl Template {
    fn source(&self) -> PathBuf {
        self.files.path().join("council")
    }
}

fn sled_and_head_files(t: &Template) -> Vec<PathBuf> {
    files(&t.source()).into_iter().map(|f| f.strip_prefix(t.source()).expect("rel").to_path_buf()).collect()
}

#[test]
fn every_file_flipped_cut_and_deleted_is_caught_and_recovered() {
    let started = std::time::Instant::now();
    let t = template();
    let mut report = Vec::new();
    for rel in sled_and_head_files(&t) {
        let bytes = std::fs::read(t.source().join(&rel)).expect("read");
        let len = bytes.len();
        let (first, last) = used_span(&bytes);
        // Spread over the whole file, and as many again over the part that
        // holds data, where damage matters.
        let mut positions = flips(0, len, 200);
        if (first, last) != (0, len) {
            positions.extend(flips(first, last, 200));
        }
        let mut damages: Vec<Damage> = positions.into_iter().map(|(p, m)| Damage::Flip(p, m)).collect();
        damages.extend((0..20).map(|i| Damage::Cut(i * len / 20)));
        damages.push(Damage::Delete);
        // Two workers: the machine has two cores.
        let tallies: Vec<Tally> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..2)
                .map(|w| {
                    let (t, rel, damages) = (&t, &rel, &damages);
                    scope.spawn(move || {
                        let mut tally = Tally::default();
                        for (i, d) in damages.iter().enumerate().filter(|(i, _)| i % 2 == w) {
                            run_case(t, rel, d, i, &mut tally);
                        }
                        tally
                    })
                })
                .collect();
            workers.into_iter().map(|w| w.join().expect("worker")).collect()
        });
        let mut tally = Tally::default();
        for x in tallies {
            tally.add(x);
        }
        report.push((rel.display().to_string(), len, tally));
    }
    eprintln!("fault injection ({} records acknowledged):", t.sealed.len());
    for (file, len, t) in &report {
        eprintln!(
            "  {file} ({len} B): {} cases; check passed with all present {}, named the damage {}, open refused (named) {} {:?}; \
             recover run on {} cases: records intact on disk {}, restored {}; recover impossible (no key wrap left) {}",
            t.cases,
            t.check_passed,
            t.check_named,
            t.open_refused,
            t.refusals,
            t.recovered_cases,
            t.intact_on_disk,
            t.restored,
            t.recover_refused
        );
    }
    eprintln!("  in {:.1?}", started.elapsed());
    assert!(report.iter().any(|(f, _, _)| f == "db"), "sled's database was among the files");
}
