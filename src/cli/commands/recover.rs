//! `conseil recover`: rebuild a damaged council from its raw files into a
//! new folder (never over the damaged one, which stays as evidence), take
//! what the files no longer hold from the newest rolling backup, and say
//! exactly what came back, from where, and what did not.

use std::path::PathBuf;

use crate::archive;
use crate::cli::args::{Cli, RecoverArgs};
use crate::cli::{context, output, CliError};
use crate::domain::{Council, Kind, Language};
use crate::fl;
use crate::storage::integrity_words as words;

/// Runs the rebuild and prints its report.
pub fn run(cli: &Cli, args: &RecoverArgs) -> Result<(), CliError> {
    let path = context::db_path(cli)?;
    let target = args.to.clone().unwrap_or_else(|| sibling(&path, ".recovered"));
    let unlock = context::unlock(cli)?;
    let fallback = Council::new(&fl!("recover-fallback-name"), Language::Fr)?;
    let report = crate::storage::recover(&path, &unlock, &target, &fallback)?;
    let from_backup = if report.complete == Some(true) {
        None
    } else {
        complete_from_backup(cli, &path, &target, !report.council_found)?
    };
    let l = &*crate::i18n::LOADER;
    output::line(fl!("recover-heading"))?;
    for kind in Kind::ALL {
        let count = report.restored.get(&kind).copied().unwrap_or(0);
        output::line(fl!("recover-count", kind = crate::i18n::kind_label(l, kind), count = count))?;
    }
    if !report.council_found && from_backup.is_none() {
        output::line(fl!("recover-no-council", name = fallback.name))?;
    }
    match (report.complete, report.reference) {
        (Some(true), Some(n)) => output::line(fl!("recover-complete", counter = n))?,
        (Some(false), Some(n)) => output::line(fl!("recover-incomplete", counter = n))?,
        _ => output::line(fl!("recover-no-reference"))?,
    }
    for u in &report.unrecovered {
        output::line(fl!("recover-lost", kind = words::tree_label(l, &u.tree), id = u.id.clone(), seq = u.seq))?;
    }
    match (&from_backup, crate::archive::backup::list(&path).first()) {
        (Some((counter, added)), _) => output::line(fl!("recover-from-backup", counter = counter, count = added))?,
        (None, Some((counter, file))) => {
            output::line(fl!("recover-newest-backup", counter = counter, path = file.display().to_string()))?
        }
        (None, None) => output::line(fl!("recover-no-backup"))?,
    }
    for file in &report.unreadable {
        output::line(fl!("recover-unreadable", path = file.display().to_string()))?;
    }
    if report.passphrase_dropped {
        output::line(fl!("recover-passphrase"))?;
    }
    output::line(fl!(
        "recover-next",
        target = target.display().to_string(),
        path = path.display().to_string(),
        damaged = sibling(&path, ".damaged").display().to_string()
    ))
}

/// Adds what the rebuilt council lacks from the newest rolling backup
/// (merged by revision: nothing newer found in the files is replaced).
/// Returns the backup's commit and the records it brought back.
fn complete_from_backup(
    cli: &Cli,
    path: &std::path::Path,
    target: &std::path::Path,
    council_lost: bool,
) -> Result<Option<(u64, usize)>, CliError> {
    let Some((counter, file)) = crate::archive::backup::list(path).into_iter().next() else { return Ok(None) };
    let Some(identity) = &cli.identity else { return Ok(None) };
    let with = archive::OpenWith::Identities(archive::keys::identities(&[identity.display().to_string()])?);
    let bytes = std::fs::read(&file).map_err(|e| CliError::Read(file.display().to_string(), e))?;
    let doc = archive::from_json(&archive::open(&bytes, &with)?)?;
    let store = crate::storage::Store::open(target, &context::unlock(cli)?)?;
    let outcome = archive::import(&store, &doc)?;
    if council_lost {
        store.put_council(&doc.council)?;
    }
    Ok(Some((counter, outcome.added.values().sum())))
}

fn sibling(path: &std::path::Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}
