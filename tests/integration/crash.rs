//! Crash safety: a child process writes records and prints each id once
//! the write has returned; the test kills it with SIGKILL at random moments.
//! After every kill the head check passes (the store is where its head file
//! says, and its values add up), the council opens, `check` is clean, and
//! every printed record is present and intact. A full disk (a cap on file size) refuses
//! writes with an error and loses nothing either. An import killed at any
//! moment leaves all of the archive or none of it, the head verified.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use conseil::domain::*;
use conseil::storage::Store;
use rand::{Rng, SeedableRng};
use time::macros::date;

use crate::common::TestCouncil;

const ROUNDS: usize = 32;

fn contribution(n: u64) -> Contribution {
    Contribution {
        id: RecordId::random(),
        revision: 1,
        author: Author::Unlinked,
        meeting: None,
        group: None,
        kind: ContributionKind::Idea,
        text: format!("idée numéro {n} — {}", "x".repeat((n % 700) as usize)),
        themes: vec![],
        consent: Consent {
            level: ConsentLevel::CouncilOnly,
            given_on: date!(2026 - 01 - 01),
            expires_on: None,
            withdrawn_on: None,
        },
        consent_history: Vec::new(),
    }
}

/// The writer, run as a child process by `kill_during_writes_loses_nothing`
/// (ignored in normal runs; it does nothing without its environment).
#[test]
#[ignore = "child process of crash::kill_during_writes_loses_nothing"]
fn child_writer() {
    let (Ok(db), Ok(key)) = (std::env::var("CONSEIL_CRASH_DB"), std::env::var("CONSEIL_CRASH_KEY")) else {
        return;
    };
    let identity: age::x25519::Identity = key.parse().expect("identity");
    let mut out = std::io::stdout().lock();
    let store = match Store::open(db.as_ref(), &conseil::storage::Unlock::Identities(vec![identity])) {
        Ok(store) => store,
        Err(e) => return writeln!(out, "REFUSED {e}").expect("stdout"),
    };
    for n in 0u64.. {
        let c = contribution(n);
        if n % 4 == 3 {
            // Every fourth write is a two-tree transaction.
            let group = WorkingGroup::new(RecordId::random(), &format!("Groupe {n}")).expect("group");
            let task = Task::new(RecordId::random(), group.id, &format!("Tâche {n}")).expect("task");
            let mut batch = store.batch();
            batch.put(&group).expect("stage");
            batch.put(&task).expect("stage");
            if let Err(e) = batch.commit() {
                writeln!(out, "REFUSED {e}").expect("stdout");
                return;
            }
            writeln!(out, "WROTE group {} {n}", group.id).expect("stdout");
            writeln!(out, "WROTE task {} {n}", task.id).expect("stdout");
        } else {
            if let Err(e) = store.put(&c) {
                writeln!(out, "REFUSED {e}").expect("stdout");
                return;
            }
            writeln!(out, "WROTE contribution {} {n}", c.id).expect("stdout");
        }
        out.flush().expect("flush");
        // Keeps the council small enough to check after each of the kills,
        // while kills still land in the middle of writes.
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
}

/// Starts the writer; with `max_file_kib`, through a shell that caps the
/// size of any file it writes (as a full disk would) and ignores SIGXFSZ,
/// so writes past the cap fail with an error instead of killing it.
fn start_writer(council: &TestCouncil, max_file_kib: Option<u64>) -> Child {
    let key = {
        use age::secrecy::ExposeSecret;
        council.identity.to_string().expose_secret().to_string()
    };
    let exe = std::env::current_exe().expect("exe");
    let mut command = match max_file_kib {
        None => Command::new(exe),
        Some(kib) => {
            let mut sh = Command::new("sh");
            // `ulimit -f` counts 512-byte blocks.
            sh.args(["-c", "trap '' XFSZ; ulimit -f \"$1\"; shift; exec \"$@\"", "sh", &(kib * 2).to_string()]);
            sh.arg(exe);
            sh
        }
    };
    command
        .args(["--exact", "crash::child_writer", "--ignored", "--nocapture", "--test-threads=1"])
        .env("CONSEIL_CRASH_DB", council.path())
        .env("CONSEIL_CRASH_KEY", key)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn child")
}

/// Reads the writer's complete lines until it exits.
fn read_lines(child: &mut Child) -> std::thread::JoinHandle<Vec<String>> {
    let stdout = child.stdout.take().expect("stdout");
    std::thread::spawn(move || {
        let mut lines = Vec::new();
        let mut r = BufReader::new(stdout);
        let mut line = String::new();
        while r.read_line(&mut line).unwrap_or(0) > 0 {
            // A line cut by the kill has no newline: it proves nothing.
            if line.ends_with('\n') {
                lines.push(line.trim_end().to_string());
            }
            line.clear();
        }
        lines
    })
}

/// Runs the writer once, kills it after `delay`, returns the acknowledged writes.
fn run_and_kill(council: &TestCouncil, delay: Duration) -> Vec<String> {
    let mut child = start_writer(council, None);
    let reader = read_lines(&mut child);
    std::thread::sleep(delay);
    child.kill().expect("SIGKILL");
    child.wait().expect("wait");
    reader.join().expect("reader").into_iter().filter(|l| l.starts_with("WROTE ")).collect()
}

/// Opens the council and asserts it is clean and holds every acknowledged
/// write, intact.
fn assert_all_present(council: &TestCouncil, written: &[String], context: &str) -> Store {
    // The head check first, as `check` does it: the store is where its head
    // file says (no acknowledged commit lost), and the values add up.
    let (examined, verdict) = Store::open_examined(&council.path(), &council.unlock())
        .unwrap_or_else(|e| panic!("{context}: council does not open: {e}"));
    assert!(verdict.is_sound(), "{context}: head check failed: {verdict:?}");
    let acknowledged_commits = written.iter().filter(|l| !l.starts_with("WROTE task ")).count() as u64;
    assert!(
        examined.counter() >= acknowledged_commits,
        "{context}: {} commits in the head, {acknowledged_commits} acknowledged",
        examined.counter()
    );
    drop(examined);
    let store = Store::open(&council.path(), &council.unlock())
        .unwrap_or_else(|e| panic!("{context}: council does not open: {e}"));
    let report = store.check().expect("check");
    assert!(report.is_clean(), "{context}: damaged {:?}, head {:?}", report.bad, report.integrity);
    for line in written {
        let parts: Vec<&str> = line.split(' ').collect();
        let (kind, id, n) = (parts[1], parts[2].parse::<RecordId>().expect("id"), parts[3]);
        let present = match kind {
            "contribution" => store.get::<Contribution>(id).map(|c| c.text.starts_with(&format!("idée numéro {n} "))),
            "group" => store.get::<WorkingGroup>(id).map(|g| g.name == format!("Groupe {n}")),
            _ => store.get::<Task>(id).map(|t| t.title == format!("Tâche {n}")),
        };
        assert!(matches!(present, Ok(true)), "{context}: {line} lost or altered: {present:?}");
    }
    store
}

#[test]
fn kill_during_writes_loses_nothing() {
    let (council, store) = TestCouncil::new();
    drop(store);
    let seed: u64 = rand::random();
    eprintln!("crash test seed: {seed}");
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let mut written = Vec::new();
    for round in 0..ROUNDS {
        let delay = Duration::from_millis(rng.gen_range(40..400));
        written.extend(run_and_kill(&council, delay));
        assert_all_present(&council, &written, &format!("round {round} (seed {seed})"));
    }
    assert!(written.len() >= ROUNDS, "the writer should have reported writes ({})", written.len());
    eprintln!("crash test: {} acknowledged writes survived {ROUNDS} kills", written.len());
}

/// A size cap on the writer's files, above what opening the council needs
/// (sled works in 512 KiB segments) and reached after a few hundred writes.
const FULL_AT_KIB: u64 = 1_200;

/// A full disk (a cap on file size) refuses writes with an error naming the
/// council; everything acknowledged before is intact, and writing works
/// again once there is room.
#[test]
fn a_full_disk_refuses_writes_and_loses_nothing() {
    let (council, store) = TestCouncil::new();
    drop(store);
    let mut child = start_writer(&council, Some(FULL_AT_KIB));
    let reader = read_lines(&mut child);
    let deadline = std::time::Instant::now() + Duration::from_secs(120);
    while child.try_wait().expect("wait").is_none() {
        if std::time::Instant::now() > deadline {
            child.kill().expect("SIGKILL");
            panic!("the writer never reached the cap");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let lines = reader.join().expect("reader");
    // The test harness adds its own lines around the writer's.
    let refused = lines.iter().find(|l| l.starts_with("REFUSED ")).cloned();
    let refused = refused.unwrap_or_else(|| panic!("the writer should stop on a refused write: {lines:?}"));
    assert!(refused.contains(&council.path().display().to_string()), "the error names the council: {refused}");
    assert!(refused.contains("File too large"), "the error is the full file, not something else: {refused}");
    let written: Vec<String> = lines.into_iter().filter(|l| l.starts_with("WROTE ")).collect();
    assert!(written.len() >= 10, "writes should succeed before the cap ({})", written.len());
    let store = assert_all_present(&council, &written, "after a full disk");
    let after = contribution(1);
    store.put(&after).expect("writing works again once there is room");
    assert_eq!(store.get::<Contribution>(after.id).expect("get"), after);
    eprintln!("full disk: {} acknowledged writes intact, then: {refused}", written.len());
}

/// `kill -9` at random moments of `conseil archive import`: every time the
/// council opens with its head verified and `check` clean, holding either
/// nothing of the archive or all of it — never part.
#[test]
fn kill_9_during_import_is_all_or_nothing() {
    use crate::tui_common::UiCouncil;
    let source = UiCouncil::new();
    {
        let store = source.store();
        let size = conseil::demo::DemoSize { years: 1, group_meetings: 4, tasks: 300, contributions: 900 };
        conseil::demo::populate(&store, size, date!(2025 - 11 - 01), 5).unwrap();
    }
    let archive = source.dir.path().join("conseil.age");
    let status = Command::new(env!("CARGO_BIN_EXE_conseil"))
        .env_remove("CONSEIL_IDENTITY")
        .arg("--db")
        .arg(source.path())
        .arg("-i")
        .arg(source.key())
        .args(["archive", "export", "-r"])
        .arg(source.key())
        .arg("-o")
        .arg(&archive)
        .output()
        .unwrap();
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    let whole = crate::common::normalised(&source.store());
    let import = |target: &UiCouncil| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_conseil"));
        c.env_remove("CONSEIL_IDENTITY").arg("--db").arg(target.path()).arg("-i").arg(target.key());
        c.args(["archive", "import", "--accept-unauthenticated", "--archive-identity"]).arg(source.key()).arg(&archive);
        c.stdout(Stdio::null()).stderr(Stdio::null());
        c
    };
    // One import from start to end, to spread the kills over its length.
    let target = UiCouncil::new();
    let started = std::time::Instant::now();
    assert!(import(&target).status().unwrap().success());
    let span = started.elapsed().as_millis().max(20) as u64;
    assert_eq!(crate::common::normalised(&target.store()).members.len(), whole.members.len());
    let seed: u64 = rand::random();
    eprintln!("import crash test seed: {seed}, one import {span} ms");
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let (mut none, mut all) = (0, 0);
    for round in 0..20 {
        let target = UiCouncil::new();
        let mut child = import(&target).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(rng.gen_range(0..span)));
        let _ = child.kill();
        child.wait().unwrap();
        let store = target.store();
        assert!(store.check().unwrap().is_clean(), "round {round} (seed {seed})");
        let now = crate::common::normalised(&store);
        let kinds = |d: &conseil::archive::Document| {
            [d.members.len(), d.groups.len(), d.meetings.len(), d.tasks.len(), d.contributions.len()]
        };
        if kinds(&now) == [0; 5] {
            none += 1;
        } else {
            assert!(kinds(&now) == kinds(&whole), "round {round} (seed {seed}): part of the archive imported");
            assert!(now.contributions == whole.contributions && now.meetings == whole.meetings, "round {round}");
            all += 1;
        }
    }
    eprintln!("import crash test: {none} left empty, {all} imported whole");
}
