//! Reading free text and passphrases without putting them on the command
//! line, where shell history and the process list would keep them.

use std::io::{IsTerminal, Read};
use std::path::Path;

use age::secrecy::SecretString;
use zeroize::{Zeroize, Zeroizing};

use super::CliError;

/// Largest text read from a file or standard input (matches the domain's
/// limit with room for the check to name the field).
const MAX_READ: u64 = 4 * 1024 * 1024;

/// Reads all of `source` (shown as `shown` in errors) as text, refusing
/// past `limit` bytes: every limit says so, none cuts a text silently.
pub fn read_capped(source: impl Read, limit: u64, shown: &str) -> Result<String, CliError> {
    let mut text = String::new();
    source.take(limit + 1).read_to_string(&mut text).map_err(|e| CliError::Read(shown.to_string(), e))?;
    if text.len() as u64 > limit {
        text.zeroize();
        return Err(CliError::TooLarge { what: shown.to_string(), limit_mib: limit.div_ceil(1 << 20) });
    }
    Ok(text)
}

/// Standard input, read once for a `-` text argument before the council
/// is opened (see [`read_stdin_text_first`]).
static STDIN_TEXT: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

/// Reads standard input now when a text argument of the command line is
/// `-`: a command waiting for its text must not hold the council's lock
/// meanwhile (the terminal UI, a backup, another command would find the
/// council busy for as long as someone takes to type). Not when the
/// passphrase itself comes from standard input.
pub fn read_stdin_text_first(passphrase_from_stdin: bool) -> Result<(), CliError> {
    let wants = std::env::args_os().skip(1).any(|a| a == "-");
    if !wants || passphrase_from_stdin {
        return Ok(());
    }
    let text = read_capped(std::io::stdin(), MAX_READ, "-")?;
    *STDIN_TEXT.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = Some(text);
    Ok(())
}

/// The text of an argument, or standard input when it is `-`.
pub fn text_arg(value: &str) -> Result<String, CliError> {
    if value != "-" {
        return Ok(value.to_string());
    }
    let early = STDIN_TEXT.lock().unwrap_or_else(std::sync::PoisonError::into_inner).take();
    let text = match early {
        Some(text) => text,
        None => read_capped(std::io::stdin(), MAX_READ, "-")?,
    };
    Ok(text.trim_end_matches(['\n', '\r']).to_string())
}

/// Reads a passphrase from a file (or `-`, standard input): its first line.
pub fn passphrase_from_file(path: &Path) -> Result<SecretString, CliError> {
    let shown = path.display().to_string();
    let raw = Zeroizing::new(if path.as_os_str() == "-" {
        read_capped(std::io::stdin(), MAX_READ, &shown)?
    } else {
        let file = std::fs::File::open(path).map_err(|e| CliError::Read(shown.clone(), e))?;
        read_capped(file, MAX_READ, &shown)?
    });
    // A byte-order mark (a file saved by a Windows editor) is not part of
    // the passphrase: kept, it would silently make another one.
    let line = raw.strip_prefix('\u{feff}').unwrap_or(&raw).lines().next().unwrap_or("");
    if line.is_empty() {
        return Err(CliError::PassphraseEmpty);
    }
    Ok(SecretString::from(line.to_string()))
}

/// Asks for a passphrase on the terminal without echo; `None` when there
/// is no terminal to ask on.
pub fn prompt_passphrase(prompt: &str) -> Result<Option<SecretString>, CliError> {
    if !std::io::stdin().is_terminal() && std::fs::File::open("/dev/tty").is_err() {
        return Ok(None);
    }
    let typed = Zeroizing::new(rpassword::prompt_password(prompt).map_err(|e| CliError::Read("tty".into(), e))?);
    if typed.is_empty() {
        return Err(CliError::PassphraseEmpty);
    }
    Ok(Some(SecretString::from(typed.to_string())))
}
