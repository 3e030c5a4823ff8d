//! Writing results: plain lines for people, JSON for scripts. Writes go
//! through `io::Write` so a closed pipe is an error, not a panic.

use std::io::{self, Write};

use serde::Serialize;

use super::CliError;

/// Prints one line on standard output.
pub fn line(text: impl std::fmt::Display) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    writeln!(out, "{text}").map_err(CliError::Output)
}

/// Prints a value as pretty JSON.
pub fn json<T: Serialize + ?Sized>(value: &T) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, value).map_err(|e| CliError::Output(e.into()))?;
    writeln!(out).map_err(CliError::Output)
}

/// Prints `value` as JSON when asked, else the plain line.
pub fn record<T: Serialize>(as_json: bool, value: &T, plain: impl FnOnce(&T) -> String) -> Result<(), CliError> {
    if as_json {
        json(value)
    } else {
        line(plain(value))
    }
}

/// Prints one line on standard error (prompts, warnings): what scripts
/// read on standard output stays clean.
pub fn note(text: impl std::fmt::Display) -> Result<(), CliError> {
    let mut err = io::stderr().lock();
    writeln!(err, "{text}").map_err(CliError::Output)
}
