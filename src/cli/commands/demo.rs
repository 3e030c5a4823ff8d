//! `conseil --demo`: a generated council in a temporary folder, with a
//! summary of what is in it. The folder and its ephemeral key are removed on
//! exit, even on error.

use age::x25519;

use crate::cli::{context, output, CliError};
use crate::demo::{populate, DemoSize};
use crate::domain::{Council, Language};
use crate::fl;
use crate::storage::{Access, Store, Unlock};

/// Builds, summarises and removes the demo council.
pub fn run() -> Result<(), CliError> {
    let dir = tempfile::Builder::new()
        .prefix("conseil-demo-")
        .tempdir()
        .map_err(|e| CliError::Read("tmp".into(), e))?;
    let path = dir.path().join("council");
    let identity = x25519::Identity::generate();
    let access = Access {
        recipients: vec![identity.to_public()],
        passphrase: None,
    };
    let council = Council::new(&fl!("demo-council-name"), Language::Fr)?;
    let start = context::today() - time::Duration::days(365);
    {
        let store = Store::create(&path, &council, &access)?;
        let summary = populate(&store, DemoSize::ONE_YEAR, start, 2026)?;
        drop(store);
        // Reopen as a user would, to show the council unlocks and checks.
        let store = Store::open(&path, &Unlock::Identities(vec![identity]))?;
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
        output::line(fl!(
            "demo-check",
            total = report.total_ok(),
            bad = report.bad.len()
        ))?;
    }
    dir.close().map_err(|e| CliError::Read("tmp".into(), e))?;
    output::line(fl!("demo-removed"))
}
