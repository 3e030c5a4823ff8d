//! What every command needs: where the council is, how to unlock it, and
//! today's date.

use std::path::{Path, PathBuf};

use age::secrecy::SecretString;

use super::text_input::{passphrase_from_file, prompt_passphrase};
use super::{Cli, CliError};
use crate::council::Session;
use crate::domain::Date;
use crate::fl;
use crate::storage::{keyfile, Unlock};

/// The council folder: `--db`, or `conseil/council` in the XDG data folder.
pub fn db_path(cli: &Cli) -> Result<PathBuf, CliError> {
    if let Some(p) = &cli.db {
        return Ok(p.clone());
    }
    directories::ProjectDirs::from("", "", "conseil").map(|d| d.data_dir().join("council")).ok_or(CliError::NoDataDir)
}

/// The config folder: beside `--config`, or the XDG one.
pub fn config_dir(cli: &Cli) -> Option<PathBuf> {
    match &cli.config {
        Some(file) => file.parent().map(Path::to_path_buf),
        None => directories::ProjectDirs::from("", "", "conseil").map(|d| d.config_dir().to_path_buf()),
    }
}

/// Reads the identities of an identity file.
pub fn read_identities(path: &Path) -> Result<Vec<age::x25519::Identity>, CliError> {
    let keys = keyfile::read(path).map_err(|source| CliError::KeyFile { path: path.to_path_buf(), source })?;
    if keys.identities.is_empty() {
        return Err(CliError::KeyFile { path: path.to_path_buf(), source: keyfile::KeyFileError::Empty });
    }
    if let Some(mode) = keyfile::readable_by_others(path) {
        crate::cli::output::note(fl!(
            "warn-identity-readable",
            path = path.display().to_string(),
            mode = format!("{mode:03o}")
        ))?;
    }
    Ok(keys.identities)
}

/// How to unlock: the identity file if one is given, else the passphrase
/// file, else a prompt on the terminal.
pub fn unlock(cli: &Cli) -> Result<Unlock, CliError> {
    if let Some(path) = &cli.identity {
        return Ok(Unlock::Identities(read_identities(path)?));
    }
    Ok(Unlock::Passphrase(passphrase(cli, &fl!("prompt-passphrase"))?))
}

/// The passphrase from `--passphrase-file`, or typed without echo.
pub fn passphrase(cli: &Cli, prompt: &str) -> Result<SecretString, CliError> {
    match &cli.passphrase_file {
        Some(path) => passphrase_from_file(path),
        None => prompt_passphrase(prompt)?.ok_or(CliError::NoUnlock),
    }
}

/// Opens and unlocks the council.
pub fn open(cli: &Cli) -> Result<Session, CliError> {
    let path = db_path(cli)?;
    // A council that is not there is said so before any key is asked for.
    if !path.exists() {
        return Err(crate::storage::StoreError::NotFound(path).into());
    }
    let unlock = unlock(cli)?;
    Ok(Session::open(&path, &unlock)?)
}

/// Today's date where the secretary is (UTC when the offset is unknown).
pub fn today() -> Date {
    // The secretary's calendar day, as the terminal UI counts it.
    time::OffsetDateTime::now_local().unwrap_or_else(|_| time::OffsetDateTime::now_utc()).date()
}

/// Reads a date written YYYY-MM-DD.
pub fn parse_date(s: &str) -> Result<Date, CliError> {
    Ok(crate::domain::parse_day(s)?)
}
