//! `conseil check`: decrypt and verify every record.

use serde::Serialize;

use crate::cli::{output, CliError};
use crate::council::Session;
use crate::domain::Kind;
use crate::fl;

#[derive(Serialize)]
struct JsonReport {
    counts: Vec<(&'static str, usize)>,
    bad: Vec<(String, String)>,
}

/// Prints counts per kind and names every damaged record; fails if any.
pub fn run(session: &Session, as_json: bool) -> Result<(), CliError> {
    let report = session.store().check()?;
    let count = |k: Kind| report.ok.get(&k).copied().unwrap_or(0);
    if as_json {
        output::json(&JsonReport {
            counts: Kind::ALL.iter().map(|k| (k.tree(), count(*k))).collect(),
            bad: report.bad.iter().map(|b| (b.tree.clone(), b.id.clone())).collect(),
        })?;
    } else {
        for kind in Kind::ALL {
            output::line(fl!(
                "check-count",
                kind = crate::i18n::kind_label(&crate::i18n::LOADER, kind),
                count = count(kind)
            ))?;
        }
        for bad in &report.bad {
            output::line(fl!("check-bad", tree = bad.tree.clone(), id = bad.id.clone()))?;
        }
        if report.is_clean() {
            output::line(fl!("check-ok", total = report.total_ok()))?;
        }
    }
    if report.is_clean() {
        Ok(())
    } else {
        Err(CliError::CheckFailed(report.bad.len()))
    }
}
