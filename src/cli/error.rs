//! Errors of the command line: those of the layers below, plus what only
//! the shell can get wrong (a key file, a prompt, an argument).

use std::path::PathBuf;

use crate::council::CouncilError;
use crate::domain::DomainError;
use crate::storage::keyfile::KeyFileError;
use crate::storage::StoreError;

/// An error reported to the user by the command line.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// From the council.
    #[error(transparent)]
    Session(#[from] CouncilError),
    /// A key file could not be used.
    #[error("key file {path}: {source}")]
    KeyFile {
        /// The file.
        path: PathBuf,
        /// Why.
        source: KeyFileError,
    },
    /// No identity and no passphrase could be had.
    #[error("no way to unlock")]
    NoUnlock,
    /// The two passphrases typed differ.
    #[error("passphrases differ")]
    PassphraseMismatch,
    /// An empty passphrase.
    #[error("empty passphrase")]
    PassphraseEmpty,
    /// `init` with neither recipient nor passphrase.
    #[error("no recipient and no passphrase")]
    InitWithoutAccess,
    /// Reading text from a file or standard input failed.
    #[error("cannot read {0}: {1}")]
    Read(String, std::io::Error),
    /// An input is larger than what is read (refused, never cut).
    #[error("{what} is larger than {limit_mib} MiB")]
    TooLarge {
        /// The input.
        what: String,
        /// The limit, in MiB.
        limit_mib: u64,
    },
    /// No data folder could be found for the default council.
    #[error("no data folder")]
    NoDataDir,
    /// `keygen` would overwrite a file.
    #[error("{0} exists")]
    Exists(PathBuf),
    /// `check` found damaged records.
    #[error("{0} damaged records")]
    CheckFailed(usize),
    /// Votes not written as three numbers.
    #[error("bad votes")]
    BadVotes,
    /// Nothing to do in a `rekey` or `update`.
    #[error("nothing to change")]
    NothingToChange,
    /// An archive could not be made or read.
    #[error(transparent)]
    Archive(#[from] crate::archive::ArchiveError),
    /// A member slip was given where a council archive was expected.
    #[error("a member slip, not an archive")]
    SlipNotArchive,
    /// A council archive was given where a member slip was expected.
    #[error("not a member slip")]
    NotASlip,
    /// An archive recipient or identity could not be read.
    #[error("{0}")]
    ArchiveKey(String),
    /// The terminal UI was asked for without a terminal.
    #[error("no terminal")]
    NoTerminal,
    /// The config file has a mistake.
    #[error(transparent)]
    Config(#[from] crate::tui::config::ConfigError),
    /// The terminal could not be written (e.g. a closed pipe).
    #[error("output: {0}")]
    Output(std::io::Error),
}

impl From<StoreError> for CliError {
    fn from(e: StoreError) -> Self {
        CliError::Session(CouncilError::Store(e))
    }
}

impl From<DomainError> for CliError {
    fn from(e: DomainError) -> Self {
        CliError::Session(CouncilError::Domain(e))
    }
}
