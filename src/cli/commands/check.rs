//! `conseil check`: verify the council against its head, then decrypt and
//! verify every record; name everything missing, written back or damaged.
//!
//! The council is opened to be examined: nothing is changed, even when it
//! does not match its head, unless the user passes `--accept` after reading
//! the report (a new head over what is there now).

use serde::Serialize;

use crate::cli::args::{CheckArgs, Cli};
use crate::cli::{context, output, CliError};
use crate::domain::Kind;
use crate::fl;
use crate::storage::integrity_words as words;
use crate::storage::{CheckReport, Store};

#[derive(Serialize)]
struct JsonReport {
    counts: Vec<(&'static str, usize)>,
    bad: Vec<(String, String)>,
    counter: u64,
    problems: Vec<String>,
    lost: Vec<(String, String, u64, bool)>,
    replayed: Vec<(String, String, u64, u64)>,
    absent: Vec<(String, String, u64)>,
    preserved: Option<String>,
}

/// Prints counts per kind, names every problem and damaged record; fails
/// if any (after accepting the state, with `--accept`).
pub fn run(cli: &Cli, args: &CheckArgs) -> Result<(), CliError> {
    let (mut store, verdict) = Store::open_examined(&context::db_path(cli)?, &context::unlock(cli)?)?;
    let report = store.check_with(&verdict)?;
    if args.json {
        output::json(&json(&report))?;
    } else {
        print(&report, store.path())?;
    }
    if report.integrity.is_sound() {
        store.conclude_sound();
    } else if args.accept {
        store.accept_state()?;
        output::line(fl!("check-accepted", counter = store.counter()))?;
    }
    if report.is_clean() {
        Ok(())
    } else {
        Err(CliError::CheckFailed(report.bad.len() + problems_named(&report)))
    }
}

fn problems_named(r: &CheckReport) -> usize {
    let i = &r.integrity;
    if i.is_sound() {
        0
    } else {
        (i.lost.len() + i.replayed.len() + i.absent.len()).max(1)
    }
}

fn print(report: &CheckReport, store_path: &std::path::Path) -> Result<(), CliError> {
    let l = &*crate::i18n::LOADER;
    let count = |k: Kind| report.ok.get(&k).copied().unwrap_or(0);
    for kind in Kind::ALL {
        output::line(fl!("check-count", kind = crate::i18n::kind_label(l, kind), count = count(kind)))?;
    }
    let i = &report.integrity;
    if !i.is_sound() {
        output::line(fl!("err-integrity", problems = words::problems(l, &i.verdict.problems)))?;
    }
    for p in &i.lost {
        output::line(fl!("check-lost", place = words::place(l, p), seq = p.seq))?;
    }
    for r in &i.replayed {
        let kind = words::tree_label(l, &r.tree);
        output::line(fl!("check-replayed", kind = kind, id = r.id.clone(), found = r.found, newer = r.newer))?;
    }
    for p in &i.absent {
        output::line(fl!("check-absent", place = words::place(l, p), seq = p.seq))?;
    }
    if let Some(path) = &i.verdict.preserved {
        output::line(fl!("integrity-preserved", path = path.display().to_string()))?;
    }
    if !i.is_sound() {
        // What is at stake at worst: the work since the newest backup.
        match crate::archive::backup::list(store_path).first() {
            Some((counter, file)) => {
                output::line(fl!("recover-newest-backup", counter = counter, path = file.display().to_string()))?
            }
            None => output::line(fl!("recover-no-backup"))?,
        }
    }
    for bad in &report.bad {
        output::line(fl!("check-bad", tree = bad.tree.clone(), id = bad.id.clone()))?;
    }
    if report.is_clean() {
        output::line(fl!("check-ok", total = report.total_ok()))?;
        output::line(fl!("check-head", counter = i.verdict.counter))?;
    }
    Ok(())
}

fn json(report: &CheckReport) -> JsonReport {
    let count = |k: Kind| report.ok.get(&k).copied().unwrap_or(0);
    let i = &report.integrity;
    JsonReport {
        counts: Kind::ALL.iter().map(|k| (k.tree(), count(*k))).collect(),
        bad: report.bad.iter().map(|b| (b.tree.clone(), b.id.clone())).collect(),
        counter: i.verdict.counter,
        problems: i.verdict.problems.iter().map(|p| format!("{p:?}")).collect(),
        lost: i.lost.iter().map(|p| (p.tree.clone(), p.id.clone(), p.seq, p.intact)).collect(),
        replayed: i.replayed.iter().map(|r| (r.tree.clone(), r.id.clone(), r.found, r.newer)).collect(),
        absent: i.absent.iter().map(|p| (p.tree.clone(), p.id.clone(), p.seq)).collect(),
        preserved: i.verdict.preserved.as_ref().map(|p| p.display().to_string()),
    }
}

/// `conseil compact`: gives back the space sled keeps for values written
/// over (the terminal UI does it by itself on a clean close when the
/// folder is over three times what it holds).
pub fn compact(cli: &Cli) -> Result<(), CliError> {
    let done = crate::cli::context::open(cli)?.compact()?;
    let mib = |b: u64| format!("{:.1}", b as f64 / 1_048_576.0);
    output::line(fl!("compacted", before = mib(done.before), after = mib(done.after), live = mib(done.live)))
}
