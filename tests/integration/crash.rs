//! Crash safety: a child process writes records and prints each id once
//! the write has returned; the test kills it with SIGKILL at random moments.
//! After every kill the council opens, `check` is clean, and every printed
//! record is present and intact.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
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
    let store = Store::open(db.as_ref(), &conseil::storage::Unlock::Identities(vec![identity])).expect("open");
    let mut out = std::io::stdout().lock();
    for n in 0u64.. {
        let c = contribution(n);
        if n % 4 == 3 {
            // Every fourth write is a two-tree transaction.
            let group = WorkingGroup::new(RecordId::random(), &format!("Groupe {n}")).expect("group");
            let task = Task::new(RecordId::random(), group.id, &format!("Tâche {n}")).expect("task");
            let mut batch = store.batch();
            batch.put(&group).expect("stage");
            batch.put(&task).expect("stage");
            batch.commit().expect("commit");
            writeln!(out, "WROTE group {} {n}", group.id).expect("stdout");
            writeln!(out, "WROTE task {} {n}", task.id).expect("stdout");
        } else {
            store.put(&c).expect("put");
            writeln!(out, "WROTE contribution {} {n}", c.id).expect("stdout");
        }
        out.flush().expect("flush");
        // Keeps the council small enough to check after each of the kills,
        // while kills still land in the middle of writes.
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
}

/// Runs the writer once, kills it after `delay`, returns the complete lines.
fn run_and_kill(council: &TestCouncil, delay: Duration) -> Vec<String> {
    let key = {
        use age::secrecy::ExposeSecret;
        council.identity.to_string().expose_secret().to_string()
    };
    let mut child = Command::new(std::env::current_exe().expect("exe"))
        .args(["--exact", "crash::child_writer", "--ignored", "--nocapture", "--test-threads=1"])
        .env("CONSEIL_CRASH_DB", council.path())
        .env("CONSEIL_CRASH_KEY", key)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn child");
    let stdout = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut lines = Vec::new();
        let mut r = BufReader::new(stdout);
        let mut line = String::new();
        while r.read_line(&mut line).unwrap_or(0) > 0 {
            // A line cut by the kill has no newline: it proves nothing.
            if line.ends_with('\n') && line.starts_with("WROTE ") {
                lines.push(line.trim_end().to_string());
            }
            line.clear();
        }
        lines
    });
    std::thread::sleep(delay);
    child.kill().expect("SIGKILL");
    child.wait().expect("wait");
    reader.join().expect("reader")
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
        let store = Store::open(&council.path(), &council.unlock())
            .unwrap_or_else(|e| panic!("round {round} (seed {seed}): council does not open: {e}"));
        let report = store.check().expect("check");
        assert!(report.is_clean(), "round {round} (seed {seed}): damaged {:?}", report.bad);
        for line in &written {
            let parts: Vec<&str> = line.split(' ').collect();
            let (kind, id, n) = (parts[1], parts[2].parse::<RecordId>().expect("id"), parts[3]);
            let present = match kind {
                "contribution" => {
                    store.get::<Contribution>(id).map(|c| c.text.starts_with(&format!("idée numéro {n} ")))
                }
                "group" => store.get::<WorkingGroup>(id).map(|g| g.name == format!("Groupe {n}")),
                _ => store.get::<Task>(id).map(|t| t.title == format!("Tâche {n}")),
            };
            assert!(matches!(present, Ok(true)), "round {round} (seed {seed}): {line} lost or altered: {present:?}");
        }
    }
    assert!(written.len() >= ROUNDS, "the writer should have reported writes ({})", written.len());
    eprintln!("crash test: {} acknowledged writes survived {ROUNDS} kills", written.len());
}
