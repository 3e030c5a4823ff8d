//! `init`, `keygen` and `rekey`: who can open the council.

use std::path::Path;

use age::x25519;

use crate::cli::args::{Cli, InitArgs, KeygenArgs, LangArg, RekeyArgs};
use crate::cli::context::{self, db_path};
use crate::cli::text_input::passphrase_from_file;
use crate::cli::{output, CliError};
use crate::domain::{Council, Language};
use crate::fl;
use crate::storage::{keyfile, Access, KeyChange, PassphraseChange};

/// Recipients from a file (recipients or identity file) or an `age1…` key.
pub(super) fn recipients(arg: &str) -> Result<Vec<x25519::Recipient>, CliError> {
    let path = Path::new(arg);
    if !path.exists() {
        if let Ok(r) = arg.trim().parse::<x25519::Recipient>() {
            return Ok(vec![r]);
        }
    }
    keyfile::read(path).map(|k| k.recipients).map_err(|source| CliError::KeyFile { path: path.to_path_buf(), source })
}

/// Asks twice (or reads the file once) for a new passphrase.
pub(super) fn new_passphrase(file: Option<&Path>) -> Result<age::secrecy::SecretString, CliError> {
    use age::secrecy::ExposeSecret;
    if let Some(path) = file {
        return passphrase_from_file(path);
    }
    let first = crate::cli::text_input::prompt_passphrase(&fl!("prompt-new-passphrase"))?.ok_or(CliError::NoUnlock)?;
    let again =
        crate::cli::text_input::prompt_passphrase(&fl!("prompt-repeat-passphrase"))?.ok_or(CliError::NoUnlock)?;
    if first.expose_secret() != again.expose_secret() {
        return Err(CliError::PassphraseMismatch);
    }
    Ok(first)
}

/// `conseil init`: a new, empty council.
pub fn init(cli: &Cli, args: &InitArgs) -> Result<(), CliError> {
    let path = db_path(cli)?;
    let mut access = Access { recipients: Vec::new(), passphrase: None };
    for r in &args.recipients {
        access.recipients.extend(recipients(r)?);
    }
    if args.passphrase || cli.passphrase_file.is_some() {
        access.passphrase = Some(new_passphrase(cli.passphrase_file.as_deref())?);
    }
    if access.recipients.is_empty() && access.passphrase.is_none() {
        return Err(CliError::InitWithoutAccess);
    }
    let language = match args.language {
        Some(LangArg::En) => Language::En,
        _ => Language::Fr,
    };
    let name = args.name.clone().unwrap_or_else(|| fl!("default-council-name"));
    let council = Council::new(&name, language)?;
    crate::council::Session::create(&path, &council, &access)?;
    output::line(fl!(
        "init-done",
        path = path.display().to_string(),
        recipients = access.recipients.len(),
        passphrase = if access.passphrase.is_some() { "yes" } else { "no" }
    ))
}

/// Rotation: a fresh data key and a fresh folder, for the recipients that
/// remain and the passphrase (kept, changed or removed).
fn rotate_key(
    cli: &Cli,
    session: crate::council::Session,
    add: Vec<x25519::Recipient>,
    remove: &[String],
    passphrase: PassphraseChange,
) -> Result<(), CliError> {
    let recipients = session.recipients_after(add, remove)?;
    let passphrase = match passphrase {
        PassphraseChange::Set(p) => Some(p),
        PassphraseChange::Remove => None,
        // Keeping the passphrase means wrapping the new key with it again.
        PassphraseChange::Keep if session.has_passphrase()? => {
            Some(context::passphrase(cli, &fl!("prompt-current-passphrase"))?)
        }
        PassphraseChange::Keep => None,
    };
    let count = session.rotate(&Access { recipients, passphrase })?;
    output::line(fl!("rekey-rotated", count = count))
}

/// `conseil keygen -o FILE`: a new identity file, like `age-keygen`.
pub fn keygen(args: &KeygenArgs) -> Result<(), CliError> {
    if args.output.exists() {
        return Err(CliError::Exists(args.output.clone()));
    }
    let created =
        time::OffsetDateTime::now_utc().format(&time::format_description::well_known::Rfc3339).unwrap_or_default();
    let public = keyfile::generate(&args.output, &created)
        .map_err(|source| CliError::KeyFile { path: args.output.clone(), source })?;
    output::line(fl!("keygen-done", path = args.output.display().to_string()))?;
    output::line(public)
}

/// `conseil rekey`: add or remove recipients, set or remove the passphrase.
pub fn rekey(cli: &Cli, args: &RekeyArgs) -> Result<(), CliError> {
    let session = context::open(cli)?;
    if args.list {
        for r in session.recipients()? {
            output::line(r)?;
        }
        let has = session.has_passphrase()?;
        return output::line(if has { fl!("rekey-has-passphrase") } else { fl!("rekey-no-passphrase") });
    }
    let mut add = Vec::new();
    for r in &args.add_recipient {
        add.extend(recipients(r)?);
    }
    let passphrase = if args.set_passphrase {
        PassphraseChange::Set(new_passphrase(args.new_passphrase_file.as_deref())?)
    } else if args.remove_passphrase {
        PassphraseChange::Remove
    } else {
        PassphraseChange::Keep
    };
    let rotate = args.rotate || (!args.remove_recipient.is_empty() && !args.no_rotate);
    if !rotate && add.is_empty() && args.remove_recipient.is_empty() && matches!(passphrase, PassphraseChange::Keep) {
        return Err(CliError::NothingToChange);
    }
    let remove: Vec<String> = args.remove_recipient.iter().map(|s| s.trim().to_string()).collect();
    if rotate {
        if !args.rotate {
            output::line(fl!("rekey-rotates-on-removal"))?;
        }
        return rotate_key(cli, session, add, &remove, passphrase);
    }
    session.change_access(&KeyChange { add, remove, passphrase })?;
    output::line(fl!(
        "rekey-done",
        recipients = session.recipients()?.len(),
        passphrase = if session.has_passphrase()? { "yes" } else { "no" }
    ))
}
