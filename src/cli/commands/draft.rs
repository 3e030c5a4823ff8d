//! `conseil draft …` and `conseil export plaidoyer`: compose advocacy drafts
//! and export them, scrubbed, through a template.

use std::path::PathBuf;

use crate::cli::args::{AudienceArg, DraftCmd, ExportCmd, FormatArg, LangArg};
use crate::cli::context::today;
use crate::cli::text_input::text_arg;
use crate::cli::{output, CliError};
use crate::council::Session;
use crate::domain::{AdvocacyDraft, Audience, Contribution, DraftSection, Language, RecordId};
use crate::export::{report_lines, Format};
use crate::fl;

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
            let all = output::sound(session.all_sound::<AdvocacyDraft>()?)?;
            if args.json {
                return output::json(&all);
            }
            all.iter().try_for_each(|d| output::line(summary(d)))
        }
        DraftCmd::Show { draft, json } => output::record(*json, &session.find::<AdvocacyDraft>(draft)?, summary),
    }
}

/// Runs `conseil export plaidoyer`: builds the export, lets the secretary
/// answer the review with `--review`, shows the redaction report, then
/// writes exactly the reviewed text (never over an existing file without
/// `--force`; `--strict` refuses while something waits for an answer) and
/// records the export in the draft's history.
pub fn export(session: &Session, cmd: &ExportCmd, config_dir: Option<PathBuf>, strict: bool) -> Result<(), CliError> {
    let ExportCmd::Plaidoyer { draft, format, output: path, save_report, force, dry_run, review } = cmd;
    let d: AdvocacyDraft = session.find(draft)?;
    let format = match format {
        FormatArg::Md => Format::Markdown,
        FormatArg::Html => Format::Html,
        FormatArg::Txt => Format::Text,
    };
    let templates = config_dir.map(|d| d.join("templates"));
    let mut plan = session.plan_export(d.id, format, templates.as_deref(), today())?;
    if *review {
        super::review::interactive(session, &mut plan)?;
    }
    let report = report_lines(plan.report(), plan.unresolved().count(), &crate::i18n::LOADER).join("\n");
    output::line(&report)?;
    if *dry_run {
        // Nothing is written; with --strict the exit status still says
        // whether the export would be refused (for scripts).
        let unresolved = plan.unresolved().count();
        if strict && unresolved > 0 {
            return Err(crate::council::CouncilError::Unreviewed(unresolved).into());
        }
        return Ok(());
    }
    let written = session.write_export(&plan, path, *force, strict)?;
    if *save_report {
        crate::council::write_report(path, &report, *force)?;
    }
    output::line(fl!("export-written", path = written.path.display().to_string()))?;
    if !written.recorded {
        output::line(fl!("export-not-recorded"))?;
    }
    Ok(())
}
