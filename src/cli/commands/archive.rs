//! `conseil archive export|import`: the whole council in one age file, for
//! backups and hand-over.

use std::path::Path;

use super::keys::{new_passphrase, recipients};
use crate::archive::{self, OpenWith, SealTo};
use crate::cli::args::{ArchiveCmd, Cli};
use crate::cli::context::{self, db_path};
use crate::cli::text_input::{passphrase_from_file, prompt_passphrase};
use crate::cli::{output, CliError};
use crate::council::Imported;
use crate::domain::Kind;
use crate::fl;
use crate::storage::{Access, Store};

/// Runs an archive subcommand.
pub fn run(cli: &Cli, cmd: &ArchiveCmd) -> Result<(), CliError> {
    let mut quiet = |_: f64, _: &'static str| {};
    match cmd {
        ArchiveCmd::Export {
            output: path,
            to,
            to_files,
            archive_passphrase,
            archive_passphrase_file,
            armor,
            force,
            for_member,
            review,
        } => {
            if path.exists() && !force {
                return Err(CliError::Exists(path.clone()));
            }
            let seal_to = if *archive_passphrase || archive_passphrase_file.is_some() {
                SealTo::Passphrase(new_passphrase(archive_passphrase_file.as_deref())?)
            } else {
                SealTo::Recipients(archive_recipients(to, to_files)?)
            };
            let session = context::open(cli)?;
            if let Some(pseudonym) = for_member {
                let member = session.find_member(pseudonym)?;
                let mut plan = session.plan_slip(member.id)?;
                if *review {
                    super::review::interactive(&session, &mut plan)?;
                }
                let waiting = plan.unresolved().count();
                output::line(fl!("slip-report", removed = plan.report().total_removed(), waiting = waiting))?;
                let w = session.write_slip(&plan, &seal_to, path, *force, cli.strict, &mut quiet)?;
                return output::line(fl!("slip-written", path = path.display().to_string(), pseudonym = w.pseudonym));
            }
            let w = session.export_archive(&seal_to, *armor, path, *force, &mut quiet)?;
            output::line(fl!("archive-written", path = path.display().to_string(), count = w.records))?;
            output::line(fl!("archive-fingerprint", fingerprint = w.fingerprint))
        }
        ArchiveCmd::Import {
            archive: file,
            archive_identities,
            archive_passphrase,
            archive_passphrase_file,
            new,
            recipients: new_recipients,
            accept_unauthenticated,
        } => {
            let sealed = archive::open_file(file)?;
            let with = if *archive_passphrase || archive_passphrase_file.is_some() {
                let p = match archive_passphrase_file {
                    Some(f) => passphrase_from_file(f)?,
                    None => prompt_passphrase(&fl!("prompt-archive-passphrase"))?.ok_or(CliError::NoUnlock)?,
                };
                OpenWith::Passphrase(p)
            } else {
                let mut files = archive_identities.clone();
                if files.is_empty() {
                    files.extend(cli.identity.iter().map(|p| p.display().to_string()));
                }
                if files.is_empty() {
                    return Err(CliError::NoUnlock);
                }
                OpenWith::Identities(archive::keys::identities(&files)?)
            };
            if *new {
                let plain = archive::open_reader(sealed, &with, archive::MAX_ARCHIVE_BYTES)?;
                let doc = match archive::parse(&plain)? {
                    archive::Contents::Council(doc) => *doc,
                    archive::Contents::Return(_) | archive::Contents::Slip(_) => return Err(CliError::SlipNotArchive),
                };
                // A new council holds no key that could vouch for an
                // archive: it is always someone else's, to be confirmed.
                if !accept_unauthenticated {
                    let split = archive::auth::split(&plain)?;
                    let fingerprint = archive::auth::fingerprint(&split.canonical);
                    let claimed = match archive::auth::verify(&split, &[0; 32]) {
                        archive::auth::Authenticity::Unauthenticated { claimed, .. } => claimed,
                        archive::auth::Authenticity::Authentic => None,
                    };
                    return Err(archive::ArchiveError::Unauthenticated { fingerprint, claimed }.into());
                }
                let (_, outcome) = crate::council::import_new(&db_path(cli)?, &doc, &access_for(cli, new_recipients)?)?;
                return report(&outcome);
            }
            let mut session = context::open(cli)?;
            session.accept_unauthenticated(*accept_unauthenticated);
            match session.import_archive_from(sealed, &with, &mut quiet)? {
                Imported::Council(outcome) => report(&outcome),
                Imported::Return(updated) => output::line(fl!("return-merged", count = updated)),
            }
        }
    }
}

/// `conseil handover`: an archive for the next secretary's key (the
/// never-write list travels in it), and the outgoing secretary's checklist.
pub fn handover(cli: &Cli, args: &crate::cli::args::HandoverArgs) -> Result<(), CliError> {
    if args.output.exists() {
        return Err(CliError::Exists(args.output.clone()));
    }
    let to = SealTo::Recipients(archive_recipients(&args.to, &[])?);
    let session = context::open(cli)?;
    let w = session.export_archive(&to, args.armor, &args.output, false, &mut |_, _| {})?;
    let shown = args.output.display().to_string();
    output::line(fl!("archive-written", path = shown.clone(), count = w.records))?;
    output::line(fl!("handover-checklist", archive = shown, keys = w.keys.join(" "), listed = w.listed))
}

/// `conseil view SLIP`: a member's slip in the terminal UI, read-only but
/// for their tasks; their changes are saved as a return slip for the
/// secretary.
pub fn view(cli: &Cli, args: &crate::cli::args::ViewArgs) -> Result<(), CliError> {
    let sealed = archive::open_file(&args.slip)?;
    let with = if args.archive_passphrase || cli.passphrase_file.is_some() {
        OpenWith::Passphrase(context::passphrase(cli, &fl!("prompt-archive-passphrase"))?)
    } else {
        let files: Vec<String> = cli.identity.iter().map(|p| p.display().to_string()).collect();
        if files.is_empty() {
            return Err(CliError::NoUnlock);
        }
        OpenWith::Identities(archive::keys::identities(&files)?)
    };
    let plain = archive::open_reader(sealed, &with, archive::MAX_ARCHIVE_BYTES)?;
    let archive::Contents::Slip(slip) = archive::parse(&plain)? else {
        return Err(CliError::NotASlip);
    };
    // The key the return slip is signed with, sealed to this member only.
    let return_key = archive::auth::return_key_of(&archive::auth::split(&plain)?);
    // The slip is opened in a throwaway encrypted council whose key exists
    // only in memory: the folder is removed on every way out the program
    // controls, and what a kill leaves behind cannot be opened.
    remove_stale_slip_folders();
    let dir =
        tempfile::Builder::new().prefix("conseil-fiche-").tempdir().map_err(|e| CliError::Read("tmp".into(), e))?;
    let identity = age::x25519::Identity::generate();
    let path = dir.path().join("fiche");
    let council = crate::domain::Council::new(&slip.council, crate::domain::Language::Fr)?;
    {
        let access = Access { recipients: vec![identity.to_public()], passphrase: None };
        let store = Store::create(&path, &council, &access)?;
        archive::slip::materialize(&slip, &store)?;
    }
    let source = crate::tui::Source::in_memory(path.clone(), identity.clone());
    super::tui::run_slip(cli, source, slip.member.id)?;
    let store = Store::open(&path, &crate::storage::Unlock::Identities(vec![identity]))?;
    let tasks = store.list::<crate::domain::Task>()?;
    drop(store);
    let result = match archive::slip::return_slip(&slip, &tasks) {
        Some(ret) => write_return(&args.slip, &slip, &ret, return_key.as_ref()),
        None => output::line(fl!("return-nothing")),
    };
    dir.close().map_err(|e| CliError::Read("tmp".into(), e))?;
    result
}

/// Removes the folders earlier `conseil view` runs left in the temporary
/// folder when they were killed (unreadable without their in-memory key,
/// but clutter nonetheless). Best effort: a folder in use elsewhere is
/// locked and stays.
fn remove_stale_slip_folders() {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else { return };
    for e in entries.flatten() {
        let name = e.file_name();
        let stale = name.to_string_lossy().starts_with("conseil-fiche-")
            && e.metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|t| t.elapsed().is_ok_and(|d| d.as_secs() > 24 * 3600));
        if stale {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

/// Seals the return slip to the secretary's keys, beside the slip.
fn write_return(
    slip_path: &Path,
    slip: &archive::slip::Slip,
    ret: &archive::slip::ReturnSlip,
    return_key: Option<&(Vec<u8>, zeroize::Zeroizing<Vec<u8>>)>,
) -> Result<(), CliError> {
    let to = archive::keys::from_public_keys(&slip.secretary);
    if to.is_empty() {
        return Err(CliError::InitWithoutAccess);
    }
    let mut json = archive::to_json(ret)?;
    if let Some((nonce, key)) = return_key {
        json = archive::auth::sign_return(&json, nonce, key)?;
    }
    let sealed = archive::seal(&json, &SealTo::Recipients(to), false)?;
    let mut n = 1;
    let mut path = slip_path.with_extension("retour.age");
    while path.exists() {
        n += 1;
        path = slip_path.with_extension(format!("retour-{n}.age"));
    }
    write_new(&path, &sealed, false)?;
    output::line(fl!("return-written", path = path.display().to_string(), count = ret.tasks.len()))
}

/// How a council made by `import --new` will be opened.
fn access_for(cli: &Cli, keys: &[String]) -> Result<Access, CliError> {
    let mut access = Access { recipients: Vec::new(), passphrase: None };
    for k in keys {
        access.recipients.extend(recipients(k)?);
    }
    if cli.passphrase_file.is_some() {
        access.passphrase = Some(new_passphrase(cli.passphrase_file.as_deref())?);
    }
    if access.recipients.is_empty() && access.passphrase.is_none() {
        return Err(CliError::InitWithoutAccess);
    }
    Ok(access)
}

fn archive_recipients(to: &[String], to_files: &[String]) -> Result<Vec<Box<dyn age::Recipient + Send>>, CliError> {
    Ok(archive::keys::recipients(to, to_files)?)
}

fn write_new(path: &Path, bytes: &[u8], force: bool) -> Result<(), CliError> {
    Ok(archive::keys::write_new(path, bytes, force)?)
}

fn report(o: &archive::Outcome) -> Result<(), CliError> {
    let sum = |m: &std::collections::BTreeMap<Kind, usize>| m.values().sum::<usize>();
    output::line(fl!(
        "import-summary",
        added = sum(&o.added),
        updated = sum(&o.updated),
        unchanged = sum(&o.unchanged),
        conflicts = o.conflicts.len()
    ))?;
    for (kind, here, copy) in &o.conflicts {
        output::line(fl!("import-conflict", kind = kind.tree(), id = here.to_string(), copy = copy.to_string()))?;
    }
    Ok(())
}
