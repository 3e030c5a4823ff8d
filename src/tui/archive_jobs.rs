//! Archive jobs from the Archives screen, run by the council and put into
//! words for a notice: export (and hand-over), member slip, import.

use std::path::Path;

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use super::data::Data;
use super::effect::ArchiveJob;
use crate::archive::{keys, OpenWith, SealTo};
use crate::council::{CouncilError, Imported, Progress, Session};

/// What a finished job reports: lines for a notice, and fresh data when
/// records changed.
pub struct Done {
    /// What happened, to read.
    pub lines: Vec<String>,
    /// The reloaded council, after an import.
    pub reloaded: Option<Box<Data>>,
}

/// Runs a job against the open council.
pub fn run(
    session: &Session,
    job: ArchiveJob,
    l: &FluentLanguageLoader,
    progress: Progress<'_>,
) -> Result<Done, CouncilError> {
    match job {
        ArchiveJob::Export { to, path, armor, handover } => {
            let to = SealTo::Recipients(keys::recipients(&to, &[])?);
            let w = session.export_archive(&to, armor, Path::new(&path), false, progress)?;
            let mut lines = vec![fl!(l, "archive-written", path = path.clone(), count = w.records)];
            if handover {
                let checklist =
                    fl!(l, "handover-checklist", archive = path, keys = w.keys.join(" "), listed = w.listed);
                lines.extend(checklist.lines().map(str::to_string));
            }
            Ok(Done { lines, reloaded: None })
        }
        ArchiveJob::Import { path, identity, accepted } => {
            progress(0.1, "progress-reading");
            let sealed = crate::archive::open_file(Path::new(&path))?;
            let with = OpenWith::Identities(keys::identities(&[identity])?);
            let imported = match accepted {
                Some(fingerprint) => session.import_archive_confirmed(sealed, &with, &fingerprint, progress)?,
                None => session.import_archive_from(sealed, &with, progress)?,
            };
            let lines = match imported {
                Imported::Council(o) => {
                    let sum = |m: &std::collections::BTreeMap<crate::domain::Kind, usize>| m.values().sum::<usize>();
                    vec![fl!(
                        l,
                        "import-summary",
                        added = sum(&o.added),
                        updated = sum(&o.updated),
                        unchanged = sum(&o.unchanged),
                        conflicts = o.conflicts.len()
                    )]
                }
                Imported::Return(n) => vec![fl!(l, "return-merged", count = n)],
            };
            Ok(Done { lines, reloaded: Some(Box::new(Data::load(session)?)) })
        }
    }
}
