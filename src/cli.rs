//! The command line: parse, pick the language, unlock, run one command,
//! print the outcome or an error saying what happened and what to do.
//!
//! A thin shell over [`crate::council`]: commands turn arguments into domain
//! values and print results; the rules live below.

mod args;
mod commands;
mod context;
mod error;
mod localize;
mod output;
mod parse_error;
mod text_input;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

pub use args::Cli;
pub use error::CliError;

use crate::i18n::{self, Explain, Lang};

/// Entry point of the binary.
pub fn main() -> ExitCode {
    crate::hardening::harden_process();
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    i18n::select(pre_scan_lang(&argv).or_else(Lang::from_env).unwrap_or(Lang::Fr));
    let command = localize::command(Cli::command());
    let matches = match command.clone().try_get_matches_from(&argv) {
        Ok(m) => m,
        Err(e) => return parse_failure(&e, &command, &argv),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => return parse_failure(&e, &command, &argv),
    };
    match commands::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            report(&err);
            ExitCode::from(1)
        }
    }
}

/// Prints what clap found wrong with the command line, in the user's
/// language (help and version go through clap, already localised), and
/// gives clap's exit code: 2 for a usage error, 0 for help.
fn parse_failure(err: &clap::Error, command: &clap::Command, argv: &[std::ffi::OsString]) -> ExitCode {
    let code = if err.use_stderr() { 2 } else { 0 };
    if parse_error::is_answer(err) {
        let _ = err.print();
    } else {
        use std::io::Write as _;
        let args: Vec<String> = argv.iter().map(|a| a.to_string_lossy().into_owned()).collect();
        let path = parse_error::command_path(command, &args);
        let _ = std::io::stderr().lock().write_all(parse_error::render(err, &path, &i18n::LOADER).as_bytes());
    }
    ExitCode::from(code)
}

/// Prints an error as two plain sentences: what happened, what to do.
fn report(err: &CliError) {
    let (what, todo) = err.explain();
    // An error may quote council text (a name, an archive's field).
    let (what, todo) = (output::terminal_safe(&what).into_owned(), output::terminal_safe(&todo).into_owned());
    // Standard error may be a terminal that went away: never panic on it.
    use std::io::Write as _;
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{} {what}", crate::fl!("error-prefix"));
    if !todo.is_empty() {
        let _ = writeln!(err, "{} {todo}", crate::fl!("hint-prefix"));
    }
}

/// Finds `--lang X` / `--lang=X` before clap runs, so that help and parse
/// errors are already in the chosen language.
fn pre_scan_lang(argv: &[std::ffi::OsString]) -> Option<Lang> {
    let args: Vec<&str> = argv.iter().filter_map(|a| a.to_str()).collect();
    args.iter().enumerate().find_map(|(i, a)| {
        if let Some(v) = a.strip_prefix("--lang=") {
            Lang::parse(v)
        } else if *a == "--lang" {
            args.get(i + 1).and_then(|v| Lang::parse(v))
        } else {
            None
        }
    })
}
