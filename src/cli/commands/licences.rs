//! `conseil licences`: the program's licence (AGPL-3.0-or-later, no
//! warranty, where its source is), then the notices and attributions that
//! the licences of the lexicon's lists ask every copy to carry. The binary
//! embeds the lexicon, so it embeds those notices too and shows them here.

use crate::cli::{output, CliError};
use crate::fl;

/// Prints the statement, then the notices (as written in the lexicon's
/// `SOURCES.md`, in English).
pub fn run() -> Result<(), CliError> {
    output::line(fl!("licences-statement", version = env!("CARGO_PKG_VERSION")))?;
    output::line(fl!("licences-warranty"))?;
    output::line(fl!("licences-source"))?;
    output::line("")?;
    output::line(fl!("licences-data"))?;
    output::line("")?;
    output::line(crate::privacy::lexicon_notices().trim_end())
}
