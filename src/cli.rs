//! The command line: parse, pick the language, unlock, run one command,
//! print the outcome or an error saying what happened and what to do.
//!
//! A thin shell over [`crate::session`]: commands turn arguments into domain
//! values and print results; the rules live below.

mod args;
mod commands;
mod context;
mod error;
mod localize;
mod output;
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
    let matches = match localize::command(Cli::command()).try_get_matches_from(&argv) {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(2);
        }
    };
    match commands::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            report(&err);
            ExitCode::from(1)
        }
    }
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
