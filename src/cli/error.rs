//! Errors of the command line: those of the layers below, plus what only
//! the shell can get wrong (a key file, a prompt, an argument).

use std::path::PathBuf;

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use crate::council::CouncilError;
use crate::domain::DomainError;
use crate::i18n::Explain;
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

impl Explain for CliError {
    fn explain_in(&self, l: &FluentLanguageLoader) -> (String, String) {
        use CliError as E;
        match self {
            E::Session(e) => e.explain_in(l),
            E::TooLarge { what, limit_mib } => {
                (fl!(l, "err-too-large", what = what.clone(), limit = limit_mib), fl!(l, "rec-too-large"))
            }
            E::KeyFile { path, source } => source.explain_at(l, path),
            E::NoUnlock => (fl!(l, "err-no-unlock"), fl!(l, "rec-no-unlock")),
            E::PassphraseMismatch => (fl!(l, "err-passphrase-mismatch"), fl!(l, "rec-passphrase-mismatch")),
            E::PassphraseEmpty => (fl!(l, "err-passphrase-empty"), fl!(l, "rec-passphrase-mismatch")),
            E::InitWithoutAccess => (fl!(l, "err-init-without-access"), fl!(l, "rec-init-without-access")),
            E::Read(what, e) => (fl!(l, "err-read", what = what.clone(), reason = e.to_string()), String::new()),
            E::NoDataDir => (fl!(l, "err-no-data-dir"), fl!(l, "rec-no-data-dir")),
            E::Exists(p) => (fl!(l, "err-exists", path = p.display().to_string()), fl!(l, "rec-exists")),
            E::CheckFailed(n) => (fl!(l, "err-check-failed", count = n), fl!(l, "rec-corrupt")),
            E::BadVotes => (fl!(l, "err-bad-votes"), fl!(l, "rec-bad-votes")),
            E::NothingToChange => (fl!(l, "err-nothing-to-change"), String::new()),
            E::Output(e) => (fl!(l, "err-output", reason = e.to_string()), String::new()),
            E::Archive(a) => a.explain_in(l),
            E::SlipNotArchive => (fl!(l, "err-slip-not-archive"), fl!(l, "rec-slip-not-archive")),
            E::NotASlip => (fl!(l, "err-not-a-slip"), fl!(l, "rec-not-a-slip")),
            E::ArchiveKey(reason) => (fl!(l, "err-archive-key", reason = reason.clone()), fl!(l, "rec-key-file")),
            E::NoTerminal => (fl!(l, "err-no-terminal"), fl!(l, "rec-no-terminal")),
            E::Config(e) => e.explain_in(l),
        }
    }
}
