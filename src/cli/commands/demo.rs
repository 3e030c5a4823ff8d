//! `conseil --demo`: a generated council in a temporary folder with a
//! throwaway key. On a terminal it opens the UI; otherwise (a pipe, a
//! script) it prints a summary. The folder and its key are removed on exit,
//! even on error.

use std::io::IsTerminal;

use crate::cli::{context, output, Cli, CliError};
use crate::demo::{populate, DemoSize};
use crate::domain::{Council, Language};
use crate::fl;
use crate::storage::{keyfile, Access, Store, Unlock};
use crate::tui::Source;

/// Builds the demo council, shows it, and removes it.
pub fn run(cli: &Cli) -> Result<(), CliError> {
    let dir =
        tempfile::Builder::new().prefix("conseil-demo-").tempdir().map_err(|e| CliError::Read("tmp".into(), e))?;
    let path = dir.path().join("council");
    let key_file = super::tui::demo_identity(dir.path());
    let recipient =
        keyfile::generate(&key_file, "demo").map_err(|source| CliError::KeyFile { path: key_file.clone(), source })?;
    let access = Access { recipients: vec![recipient], passphrase: None };
    let council = Council::new(&fl!("demo-council-name"), Language::Fr)?;
    let start = context::today() - time::Duration::days(365);
    let summary = {
        let store = Store::create(&path, &council, &access)?;
        populate(&store, DemoSize::ONE_YEAR, start, 2026)?
    };
    let result = if std::io::stdout().is_terminal() {
        super::tui::run(cli, Source { path, identity_file: Some(key_file) })
    } else {
        print_summary(&path, &key_file, &summary)
    };
    dir.close().map_err(|e| CliError::Read("tmp".into(), e))?;
    result?;
    output::line(fl!("demo-removed"))
}

fn print_summary(
    path: &std::path::Path,
    key_file: &std::path::Path,
    summary: &crate::demo::DemoSummary,
) -> Result<(), CliError> {
    let identities = context::read_identities(key_file)?;
    // Reopen as a user would, to show the council unlocks and checks.
    let store = Store::open(path, &Unlock::Identities(identities))?;
    let report = store.check()?;
    output::line(fl!("demo-title", name = store.council()?.name))?;
    output::line(fl!(
        "demo-summary",
        members = summary.members,
        groups = summary.groups,
        meetings = summary.meetings,
        adopted = summary.adopted,
        tasks = summary.tasks,
        contributions = summary.contributions,
        drafts = summary.drafts
    ))?;
    output::line(fl!(
        "demo-consent",
        council = summary.consent[0],
        paraphrase = summary.consent[1],
        quote = summary.consent[2],
        withdrawn = summary.consent[3]
    ))?;
    output::line(fl!("demo-check", total = report.total_ok(), bad = report.bad.len()))
}
