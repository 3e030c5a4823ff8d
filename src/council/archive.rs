//! Archive jobs both shells run: the whole council sealed for a backup or a
//! hand-over, one member's slip, and an import (an archive, or a member's
//! return slip), each reporting what it did. Long jobs report progress in
//! phases (a fraction and the phase's Fluent id) for the terminal's gauge.
//!
//! The never-write list and the dismissed words travel with the council:
//! an import brings them along (a fresh council takes over their key), so
//! the next secretary's exports keep catching every listed name.

use std::path::{Path, PathBuf};

use super::{CouncilError, Session};
use crate::archive::{self, Contents, Document, OpenWith, Outcome, SealTo};
use crate::domain::RecordId;
use crate::privacy::NeverWrite;
use crate::storage::{Access, ListKind, Store};

/// Progress of a long job: fraction done (0–1) and the phase's Fluent id.
pub type Progress<'a> = &'a mut dyn FnMut(f64, &'static str);

/// A council archive written.
#[derive(Clone, Debug)]
pub struct ArchiveWritten {
    /// Where.
    pub path: PathBuf,
    /// Records it holds.
    pub records: usize,
    /// The council's public keys (for the hand-over checklist).
    pub keys: Vec<String>,
    /// Never-write names travelling with it (as keyed hashes).
    pub listed: usize,
    /// Fingerprint of its contents, for whoever imports it to compare.
    pub fingerprint: String,
}

/// A member's slip written.
#[derive(Clone, Debug)]
pub struct SlipWritten {
    /// Where.
    pub path: PathBuf,
    /// Whose.
    pub pseudonym: String,
}

/// What an import did.
#[derive(Clone, Debug)]
pub enum Imported {
    /// A council archive merged (by kind: added, updated, unchanged,
    /// conflicts).
    Council(Outcome),
    /// A member's return slip merged: tasks updated.
    Return(usize),
}

impl Session {
    /// Seals the whole council (its keyed lists included) and writes it.
    pub fn export_archive(
        &self,
        to: &SealTo,
        armor: bool,
        path: &Path,
        overwrite: bool,
        progress: Progress<'_>,
    ) -> Result<ArchiveWritten, CouncilError> {
        progress(0.1, "progress-reading");
        // An archive must be whole: with a damaged record, none is written,
        // and every damaged one is named (not only the first).
        let sound = Document::from_store_sound(self.store())?;
        if !sound.damaged.is_empty() {
            return Err(CouncilError::Damaged(sound.damaged));
        }
        let doc = sound.document;
        progress(0.5, "progress-sealing");
        // Authenticated under the council's key (issue 13): only this
        // council can make an archive it will take as its own.
        let json = archive::auth::sign(&archive::to_json(&doc)?, &*self.store().archive_key()?)?;
        let fingerprint = archive::auth::fingerprint(&archive::auth::split(&json)?.canonical);
        let sealed = archive::seal(&json, to, armor)?;
        progress(0.9, "progress-writing");
        archive::keys::write_new(path, &sealed, overwrite)?;
        progress(1.0, "progress-done");
        let listed = doc.lists.never_write.iter().map(|l| l.names.len()).sum();
        let keys = self.store().recipients()?;
        Ok(ArchiveWritten { path: path.to_path_buf(), records: doc.len(), keys, listed, fingerprint })
    }

    /// Seals one member's slip (what they may see, scrubbed) and writes it,
    /// through the same plan a review would show ([`Session::plan_slip`]).
    pub fn export_slip(
        &self,
        member: RecordId,
        to: &SealTo,
        path: &Path,
        overwrite: bool,
        progress: Progress<'_>,
    ) -> Result<SlipWritten, CouncilError> {
        progress(0.2, "progress-reading");
        let plan = self.plan_slip(member)?;
        self.write_slip(&plan, to, path, overwrite, false, progress)
    }

    /// Opens an archive or a return slip and merges it into this council,
    /// all or nothing. A member's slip is refused (it is opened with
    /// `conseil view`).
    pub fn import_archive(
        &self,
        bytes: &[u8],
        with: &OpenWith,
        progress: Progress<'_>,
    ) -> Result<Imported, CouncilError> {
        self.import_archive_from(bytes, with, progress)
    }

    /// [`Session::import_archive`] from a stream (an archive file opened
    /// with [`archive::open_file`]): decrypted as it is read, never held
    /// whole in its sealed form.
    pub fn import_archive_from(
        &self,
        sealed: impl std::io::BufRead,
        with: &OpenWith,
        progress: Progress<'_>,
    ) -> Result<Imported, CouncilError> {
        self.import_checked(sealed, with, None, progress)
    }

    /// [`Session::import_archive_from`] of an archive the secretary accepted
    /// although nothing proves where it comes from, after comparing its
    /// `fingerprint`: accepted only if the file still has that fingerprint
    /// (a file changed since it was shown is refused again).
    pub fn import_archive_confirmed(
        &self,
        sealed: impl std::io::BufRead,
        with: &OpenWith,
        fingerprint: &str,
        progress: Progress<'_>,
    ) -> Result<Imported, CouncilError> {
        self.import_checked(sealed, with, Some(fingerprint), progress)
    }

    fn import_checked(
        &self,
        sealed: impl std::io::BufRead,
        with: &OpenWith,
        confirmed: Option<&str>,
        progress: Progress<'_>,
    ) -> Result<Imported, CouncilError> {
        progress(0.3, "progress-decrypting");
        let plain = archive::open_reader(sealed, with, archive::MAX_ARCHIVE_BYTES)?;
        progress(0.5, "progress-checking");
        // Split once; the decrypted bytes then go (the canonical form
        // parses as the document), and so does the canonical form once
        // checked: a large archive is not held three times over.
        let split = archive::auth::split(&plain)?;
        drop(plain);
        let contents = archive::parse_split(&split)?;
        self.check_authenticity(&split, &contents, confirmed)?;
        drop(split);
        let imported = match contents {
            Contents::Council(doc) => {
                progress(0.7, "progress-importing");
                let outcome = archive::import(self.store(), &doc)?;
                self.take_lists(&doc, false)?;
                Imported::Council(outcome)
            }
            Contents::Return(ret) => {
                progress(0.7, "progress-importing");
                Imported::Return(archive::slip::apply_return(self.store(), &ret)?)
            }
            Contents::Slip(_) => return Err(archive::ArchiveError::SlipNotArchive.into()),
        };
        progress(1.0, "progress-done");
        Ok(imported)
    }

    /// Accepts (from now on) archives and return slips that are not
    /// provably from this council: the user compared the fingerprint.
    pub fn accept_unauthenticated(&mut self, accept: bool) {
        self.accept_unauthenticated = accept;
    }

    /// Refuses an archive this council did not make, or a return slip not
    /// signed with the key of a slip it sent, unless accepted (all of them,
    /// or the one with the `confirmed` fingerprint).
    fn check_authenticity(
        &self,
        split: &archive::auth::Split,
        contents: &Contents,
        confirmed: Option<&str>,
    ) -> Result<(), CouncilError> {
        let key = self.store().archive_key()?;
        let found = match contents {
            Contents::Return(ret) => archive::auth::verify_return(split, &key, ret.member),
            Contents::Council(_) => archive::auth::verify(split, &key),
            // Refused below as "a slip, not an archive".
            Contents::Slip(_) => return Ok(()),
        };
        match found {
            archive::auth::Authenticity::Unauthenticated { fingerprint, claimed }
                if !self.accept_unauthenticated && confirmed != Some(fingerprint.as_str()) =>
            {
                Err(archive::ArchiveError::Unauthenticated { fingerprint, claimed }.into())
            }
            _ => Ok(()),
        }
    }

    /// Merges the archive's keyed lists into this council's (a fresh
    /// council, `adopt`, takes over their key).
    fn take_lists(&self, doc: &Document, adopt: bool) -> Result<(), CouncilError> {
        let list =
            |sets: &[archive::KeyedList]| -> Option<NeverWrite> {
                let mut sets = sets.iter().filter_map(archive::KeyedList::to_hashes);
                let first = sets.next()?;
                Some(sets.fold(NeverWrite::new(first.key, first.names, first.parts), |l, s| {
                    l.with_set(s.key, s.names, s.parts)
                }))
            };
        if let Some(never) = list(&doc.lists.never_write) {
            self.merge_list(ListKind::NeverWrite, &never, adopt)?;
        }
        if let Some(dismissed) = list(&doc.lists.dismissed) {
            self.merge_list(ListKind::Dismissed, &dismissed, adopt)?;
        }
        Ok(())
    }

    /// Compacts the council's folder now (see `storage::compact`): every
    /// sealed value copied into a fresh folder that replaces this one.
    pub fn compact(self) -> Result<crate::storage::Compaction, CouncilError> {
        Ok(self.into_store().compact()?)
    }

    /// Closes the council, first writing a rolling backup beside it unless
    /// the newest one holds the same commit, the newest `kept` kept (0: off),
    /// then compacting its folder if sled left it bloated (see
    /// `storage::compact`). A compaction that fails leaves the council as it
    /// was (that is how it is built); it is tried again at the next close.
    pub fn close_with_backup(self, kept: usize) -> Result<archive::backup::Outcome, CouncilError> {
        let outcome = archive::backup::on_close(self.store(), kept)?;
        let _ = self.into_store().compact_if_bloated();
        Ok(outcome)
    }
}

/// Creates a new council at `path` from an archive's document (named and
/// set up as in the archive, its lists taken over), opened with `access`.
/// Nothing is left behind if the document is refused.
pub fn import_new(path: &Path, doc: &Document, access: &Access) -> Result<(Session, Outcome), CouncilError> {
    doc.validate(None)?;
    let store = Store::create(path, &doc.council, access)?;
    let session = Session::new(store);
    let outcome = match archive::import(session.store(), doc).and_then(|o| {
        session.take_lists(doc, true).map_err(|e| archive::ArchiveError::Seal(e.to_string()))?;
        Ok(o)
    }) {
        Ok(o) => o,
        Err(e) => {
            drop(session);
            let _ = std::fs::remove_dir_all(path);
            return Err(e.into());
        }
    };
    Ok((session, outcome))
}
