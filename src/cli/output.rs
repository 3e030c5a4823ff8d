//! Writing results: plain lines for people, JSON for scripts. Writes go
//! through `io::Write` so a closed pipe is an error, not a panic.
//!
//! Every text reaches the terminal through [`terminal_safe`]: council text
//! (typed here, or imported from an archive someone else made) could hold
//! escape sequences that clear the screen, rewrite the title, or put text
//! in the clipboard (OSC 52). Control characters are dropped from lines and
//! escaped in JSON; line breaks and tabs stay.

use std::io::{self, Write};

use serde::Serialize;

use super::CliError;

/// Whether a character must never reach a terminal raw: C0 controls but
/// line break and tab, DEL, C1 controls (8-bit CSI, OSC…), and the
/// invisible bidirectional overrides and isolates that reorder what is
/// shown.
fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The text without anything a terminal would act on.
pub fn terminal_safe(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(is_unsafe) {
        std::borrow::Cow::Owned(text.chars().filter(|c| !is_unsafe(*c)).collect())
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Prints one line on standard output.
pub fn line(text: impl std::fmt::Display) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    writeln!(out, "{}", terminal_safe(&text.to_string())).map_err(CliError::Output)
}

/// Prints a value as pretty JSON. serde escapes C0 controls; the others
/// (C1, bidirectional controls) are escaped here, so the JSON means the
/// same and no terminal acts on it.
pub fn json<T: Serialize + ?Sized>(value: &T) -> Result<(), CliError> {
    let text = serde_json::to_string_pretty(value).map_err(|e| CliError::Output(e.into()))?;
    let mut safe = String::with_capacity(text.len());
    for c in text.chars() {
        if is_unsafe(c) {
            safe.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            safe.push(c);
        }
    }
    let mut out = io::stdout().lock();
    writeln!(out, "{safe}").map_err(CliError::Output)
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
    writeln!(err, "{}", terminal_safe(&text.to_string())).map_err(CliError::Output)
}

/// The sound records of a listing; each damaged one is named on standard
/// error with what to do, so one damaged record costs only itself.
pub fn sound<R>(listing: crate::storage::Listing<R>) -> Result<Vec<R>, CliError> {
    for bad in &listing.damaged {
        note(crate::fl!("list-damaged", tree = bad.tree.clone(), id = bad.id.clone()))?;
    }
    Ok(listing.records)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_never_pass() {
        let hostile = "Colibri\u{1b}[2J\u{1b}]52;c;cGF3bmVk\u{7}\u{9b}31m\u{202e}lirbiloC\r\nligne 2\tfin";
        let safe = terminal_safe(hostile);
        assert!(!safe.chars().any(|c| c.is_control() && c != '\n' && c != '\t'), "{safe:?}");
        assert!(!safe.contains('\u{202e}'));
        assert_eq!(safe, "Colibri[2J]52;c;cGF3bmVk31mlirbiloC\nligne 2\tfin");
        assert_eq!(terminal_safe("Réunion plénière 🌱"), "Réunion plénière 🌱");
    }
}
