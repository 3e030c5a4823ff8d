//! Archive operations run from the Archives screen: export, member slip,
//! hand-over and import, in phases reported to a progress callback so the
//! terminal can show a gauge during long runs.

use std::path::Path;

use super::data::Data;
use super::effect::ArchiveJob;
use crate::archive::{self, keys, Contents, Document, OpenWith, SealTo};
use crate::council::{CouncilError, Session};
use crate::storage::StoreError;

/// What a finished job reports: lines for a notice, and fresh data when
/// records changed.
pub struct Done {
    /// What happened, to read.
    pub lines: Vec<String>,
    /// The reloaded council, after an import.
    pub reloaded: Option<Box<Data>>,
}

/// Progress: fraction done (0–1) and the phase's name (a Fluent id).
pub type Progress<'a> = &'a mut dyn FnMut(f64, &'static str);

/// A job's failure: from the archive layer or from the council.
#[derive(Debug)]
pub enum JobError {
    /// The archive could not be made or read.
    Archive(archive::ArchiveError),
    /// The council refused.
    Session(CouncilError),
}

impl From<archive::ArchiveError> for JobError {
    fn from(e: archive::ArchiveError) -> Self {
        JobError::Archive(e)
    }
}

impl From<StoreError> for JobError {
    fn from(e: StoreError) -> Self {
        JobError::Session(CouncilError::Store(e))
    }
}

impl crate::i18n::Explain for JobError {
    fn explain_in(&self, l: &i18n_embed::fluent::FluentLanguageLoader) -> (String, String) {
        match self {
            JobError::Archive(e) => e.explain_in(l),
            JobError::Session(e) => e.explain_in(l),
        }
    }
}

/// Runs a job against the open council.
pub fn run(
    session: &Session,
    job: ArchiveJob,
    l: &i18n_embed::fluent::FluentLanguageLoader,
    progress: Progress<'_>,
) -> Result<Done, JobError> {
    let store = session.store();
    match job {
        ArchiveJob::Export { to, path, armor, handover } => {
            progress(0.1, "progress-reading");
            let recipients = keys::recipients(&to, &[])?;
            let doc = Document::from_store(store)?;
            progress(0.5, "progress-sealing");
            let sealed = archive::seal(&archive::to_json(&doc)?, &SealTo::Recipients(recipients), armor)?;
            progress(0.9, "progress-writing");
            keys::write_new(Path::new(&path), &sealed, false)?;
            progress(1.0, "progress-done");
            let mut lines = vec![i18n_embed_fl::fl!(l, "archive-written", path = path.clone(), count = doc.len())];
            if handover {
                let mine = store.recipients()?.join(" ");
                lines.extend(
                    i18n_embed_fl::fl!(l, "handover-checklist", archive = path, keys = mine)
                        .lines()
                        .map(str::to_string),
                );
            }
            Ok(Done { lines, reloaded: None })
        }
        ArchiveJob::Slip { member, to, path } => {
            progress(0.2, "progress-reading");
            let member = store.get::<crate::domain::Member>(member)?;
            let slip = archive::slip::member_slip(store, &member)?;
            let recipients = keys::recipients(&[to], &[])?;
            progress(0.6, "progress-sealing");
            let json = archive::to_json(&slip)?;
            let sealed = archive::seal(&json, &SealTo::Recipients(recipients), false)?;
            keys::write_new(Path::new(&path), &sealed, false)?;
            progress(1.0, "progress-done");
            Ok(Done {
                lines: vec![i18n_embed_fl::fl!(l, "slip-written", path = path, pseudonym = member.pseudonym)],
                reloaded: None,
            })
        }
        ArchiveJob::Import { path, identity } => {
            progress(0.1, "progress-reading");
            let bytes =
                std::fs::read(&path).map_err(|source| StoreError::Access { path: path.clone().into(), source })?;
            let ids = keys::identities(&[identity])?;
            progress(0.3, "progress-decrypting");
            let plain = archive::open(&bytes, &OpenWith::Identities(ids))?;
            progress(0.5, "progress-checking");
            let lines = match archive::parse(&plain)? {
                Contents::Council(doc) => {
                    progress(0.7, "progress-importing");
                    let o = archive::import(store, &doc)?;
                    let sum = |m: &std::collections::BTreeMap<crate::domain::Kind, usize>| m.values().sum::<usize>();
                    vec![i18n_embed_fl::fl!(
                        l,
                        "import-summary",
                        added = sum(&o.added),
                        updated = sum(&o.updated),
                        unchanged = sum(&o.unchanged),
                        conflicts = o.conflicts.len()
                    )]
                }
                Contents::Return(ret) => {
                    progress(0.7, "progress-importing");
                    let n = archive::slip::apply_return(store, &ret)?;
                    vec![i18n_embed_fl::fl!(l, "return-merged", count = n)]
                }
                Contents::Slip(_) => vec![i18n_embed_fl::fl!(l, "err-slip-not-archive")],
            };
            progress(0.9, "progress-reloading");
            let data = Data::load(store)?;
            progress(1.0, "progress-done");
            Ok(Done { lines, reloaded: Some(Box::new(data)) })
        }
    }
}
