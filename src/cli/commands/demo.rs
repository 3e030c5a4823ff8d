//! `conseil --demo`: a generated council in a temporary folder with a
//! throwaway key that exists only in memory (never written beside the
//! council, so a killed demo leaves nothing readable). On a terminal it
//! opens the UI; otherwise (a pipe, a script) it prints a summary. The
//! folder is removed on exit, even on error.

use std::io::IsTerminal;

use crate::cli::{context, output, Cli, CliError};
use crate::demo::{populate, DemoSize};
use crate::domain::{Council, Language};
use crate::fl;
use crate::storage::{Access, Store, Unlock};
use crate::tui::Source;

/// The demo's first month: its meeting in draft is the next one.
fn conseil_demo_start(today: time::Date) -> time::Date {
    crate::demo::start_for_upcoming(today, DemoSize::ONE_YEAR.years)
}

/// Builds the demo council, shows it, and removes it.
pub fn run(cli: &Cli) -> Result<(), CliError> {
    let dir =
        tempfile::Builder::new().prefix("conseil-demo-").tempdir().map_err(|e| CliError::Read("tmp".into(), e))?;
    let path = dir.path().join("council");
    let identity = age::x25519::Identity::generate();
    let access = Access { recipients: vec![identity.to_public()], passphrase: None };
    let council = Council::new(&fl!("demo-council-name"), Language::Fr)?;
    let start = conseil_demo_start(context::today());
    let summary = {
        let store = Store::create(&path, &council, &access)?;
        populate(&store, DemoSize::ONE_YEAR, start, 2026)?
    };
    let result = if std::io::stdout().is_terminal() {
        super::tui::run(cli, Source::in_memory(path, identity))
    } else {
        print_summary(&path, identity, &summary)
    };
    dir.close().map_err(|e| CliError::Read("tmp".into(), e))?;
    result?;
    output::line(fl!("demo-removed"))
}

fn print_summary(
    path: &std::path::Path,
    identity: age::x25519::Identity,
    summary: &crate::demo::DemoSummary,
) -> Result<(), CliError> {
    // Reopen as a user would, to show the council unlocks and checks.
    let store = Store::open(path, &Unlock::Identities(vec![identity]))?;
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
