//! One function per command; each parses its arguments into domain values,
//! calls the session and prints the outcome.

mod archive;
mod check;
mod contribution;
mod demo;
mod draft;
mod group;
mod keys;
mod licences;
mod meeting;
mod member;
mod recover;
mod review;
mod scrub;
mod task;
mod tui;

use super::args::{Cli, Command};
use super::{context, CliError};
use crate::council::TextPolicy;

/// Runs the command the user asked for.
pub fn run(cli: Cli) -> Result<(), CliError> {
    if cli.demo {
        return demo::run(&cli);
    }
    let Some(command) = &cli.command else {
        return tui::run_default(&cli);
    };
    match command {
        Command::Init(args) => keys::init(&cli, args),
        Command::Keygen(args) => keys::keygen(args),
        Command::Rekey(args) => keys::rekey(&cli, args),
        Command::Check(args) => check::run(&cli, args),
        Command::Member(cmd) => with_session(&cli, |s| member::run(s, cmd)),
        Command::Group(cmd) => with_session(&cli, |s| group::run(s, cmd)),
        Command::Meeting(cmd) => with_session(&cli, |s| meeting::run(s, cmd)),
        Command::Task(cmd) => with_session(&cli, |s| task::run(s, cmd)),
        Command::Contribution(cmd) => with_session(&cli, |s| contribution::run(s, cmd)),
        Command::Scrub(args) => scrub::run(&cli, args),
        Command::NeverWrite(cmd) => scrub::never_write(&context::open(&cli)?, cmd),
        Command::Draft(cmd) => with_session(&cli, |s| draft::run(s, cmd)),
        Command::Export(cmd) => draft::export(&context::open(&cli)?, cmd, context::config_dir(&cli), cli.strict),
        Command::Archive(cmd) => archive::run(&cli, cmd),
        Command::Handover(args) => archive::handover(&cli, args),
        Command::View(args) => archive::view(&cli, args),
        Command::Recover(args) => recover::run(&cli, args),
        Command::Compact => check::compact(&cli),
        Command::Licences => licences::run(),
    }
}

/// Runs a command that saves text: identifying data in new text is refused
/// with `--strict`, otherwise saved with a warning on standard error that
/// names the kinds found (never the text).
fn with_session(cli: &Cli, f: impl FnOnce(&crate::council::Session) -> Result<(), CliError>) -> Result<(), CliError> {
    let passphrase_from_stdin = cli.passphrase_file.as_ref().is_some_and(|p| p.as_os_str() == "-");
    crate::cli::text_input::read_stdin_text_first(passphrase_from_stdin)?;
    let mut session = context::open(cli)?;
    let policy = if cli.strict { TextPolicy::Refuse } else { TextPolicy::Warn };
    session.set_text_policy(policy);
    let result = f(&session);
    let kinds = session.take_text_warnings();
    if !kinds.is_empty() {
        let what: Vec<String> =
            kinds.iter().map(|k| crate::i18n::field_label(&crate::i18n::LOADER, k.name())).collect();
        super::output::note(crate::fl!("warn-identifying-text", what = what.join(", ")))?;
    }
    result
}

/// Tells what a clean close did about the rolling backup (issue 13): the
/// file written, or why none was; a failure is said, never hidden.
fn backup_note(outcome: Option<Result<crate::archive::backup::Outcome, String>>) -> Result<(), CliError> {
    use crate::archive::backup::Outcome;
    match outcome {
        Some(Ok(Outcome::Written { path, counter, left_out })) => {
            super::output::note(crate::fl!("backup-written", path = path.display().to_string(), counter = counter))?;
            if left_out.is_empty() {
                return Ok(());
            }
            let names = crate::i18n::damaged_names(
                &crate::i18n::LOADER,
                left_out.iter().map(|b| (b.tree.as_str(), b.id.as_str())),
                false,
            );
            super::output::note(crate::fl!("backup-left-out", count = left_out.len(), names = names))
        }
        Some(Ok(Outcome::NoRecipients)) => super::output::note(crate::fl!("backup-no-recipients")),
        Some(Err(why)) => super::output::note(crate::fl!("backup-failed", reason = why)),
        Some(Ok(Outcome::UpToDate | Outcome::Off)) | None => Ok(()),
    }
}
