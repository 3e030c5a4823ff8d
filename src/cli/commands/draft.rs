//! `conseil draft …` and `conseil export plaidoyer`: compose advocacy drafts
//! and export them, scrubbed, through a template.

use std::path::PathBuf;

use crate::cli::args::{AudienceArg, DraftCmd, ExportCmd, FormatArg, LangArg};
use crate::cli::context::today;
use crate::cli::text_input::text_arg;
use crate::cli::{output, CliError};
use crate::domain::{AdvocacyDraft, Audience, Contribution, DraftSection, Language, RecordId};
use crate::export::{record, render_draft, Format, Rendered};
use crate::fl;
use crate::council::Session;

fn summary(d: &AdvocacyDraft) -> String {
    format!("{}  {}  ({} sections, {} exports)", d.id, d.title, d.sections.len(), d.exports.len())
}

/// Runs a draft subcommand.
pub fn run(session: &Session, cmd: &DraftCmd) -> Result<(), CliError> {
    match cmd {
        DraftCmd::Add { title, audience, language, json } => {
            let d = AdvocacyDraft {
                id: RecordId::random(),
                revision: 1,
                title: title.trim().to_string(),
                audience: match audience {
                    AudienceArg::DecisionMakers => Audience::DecisionMakers,
                    AudienceArg::Public => Audience::Public,
                    AudienceArg::Research => Audience::Research,
                },
                language: if *language == Some(LangArg::En) { Language::En } else { Language::Fr },
                sections: Vec::new(),
                exports: Vec::new(),
            };
            let d = session.save_draft(d)?;
            output::record(*json, &d, |d| fl!("draft-added", title = d.title.clone(), id = d.id.to_string()))
        }
        DraftCmd::Section { draft, heading, body, contributions } => {
            let mut d: AdvocacyDraft = session.find(draft)?;
            let ids = contributions
                .iter()
                .map(|c| Ok(session.find::<Contribution>(c)?.id))
                .collect::<Result<_, CliError>>()?;
            d.sections.push(DraftSection {
                heading: heading.trim().to_string(),
                body: text_arg(body)?,
                contributions: ids,
            });
            let d = session.save_draft(d)?;
            output::line(fl!("saved", id = d.id.to_string()))
        }
        DraftCmd::List(args) => {
            let all = session.store().list::<AdvocacyDraft>()?;
            if args.json {
                return output::json(&all);
            }
            all.iter().try_for_each(|d| output::line(summary(d)))
        }
        DraftCmd::Show { draft, json } => output::record(*json, &session.find::<AdvocacyDraft>(draft)?, summary),
    }
}

/// Runs `conseil export plaidoyer`: shows the redaction report, then
/// writes the file (never over an existing one without `--force`) and
/// records the export in the draft's history.
pub fn export(session: &Session, cmd: &ExportCmd, config_dir: Option<PathBuf>) -> Result<(), CliError> {
    let ExportCmd::Plaidoyer { draft, format, output: path, save_report, force, dry_run } = cmd;
    let mut d: AdvocacyDraft = session.find(draft)?;
    let today = today();
    let format = match format {
        FormatArg::Md => Format::Markdown,
        FormatArg::Html => Format::Html,
        FormatArg::Txt => Format::Text,
    };
    let templates = config_dir.map(|d| d.join("templates"));
    let Rendered { text, built } = render_draft(session.store(), &d, format, templates.as_deref(), today)?;
    let report = report_text(&built.report);
    output::line(&report)?;
    if *dry_run {
        return Ok(());
    }
    if path.exists() && !force {
        return Err(CliError::Exists(path.clone()));
    }
    write_file(path, text.as_bytes())?;
    if *save_report {
        let mut report_path = path.clone().into_os_string();
        report_path.push(".rapport.txt");
        write_file(&PathBuf::from(report_path), report.as_bytes())?;
    }
    record(&mut d, built, today);
    session.save_draft(d)?;
    output::line(fl!("export-written", path = path.display().to_string()))
}

fn write_file(path: &std::path::Path, bytes: &[u8]) -> Result<(), CliError> {
    std::fs::write(path, bytes).map_err(|e| CliError::Read(path.display().to_string(), e))
}

/// The redaction report as text: counts by kind and by section, never the
/// removed text.
fn report_text(r: &crate::export::ExportReport) -> String {
    use super::scrub::kind_label;
    let mut lines = vec![fl!("report-title")];
    lines.push(fl!("report-removed", count = r.total.total_removed()));
    lines.extend(r.total.removed.iter().map(|(k, n)| format!("  {} : {n}", kind_label(*k))));
    let review: usize = r.total.to_review.values().sum();
    lines.push(fl!("report-review", count = review));
    lines.extend(r.total.to_review.iter().map(|(k, n)| format!("  {} : {n}", kind_label(*k))));
    for (heading, sr) in &r.by_section {
        lines.push(fl!("report-section", heading = heading.clone(), removed = sr.total_removed()));
    }
    lines.push(fl!(
        "report-consent",
        quotes = r.quotes,
        paraphrase = r.paraphrase_material,
        council = r.excluded_council_only,
        withdrawn = r.excluded_withdrawn
    ));
    lines.push(fl!("report-neutral", pseudonyms = r.pseudonyms_neutralised, dates = r.dates_coarsened));
    lines.join("\n")
}
