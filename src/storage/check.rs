//! `check`: verify the store against its head (naming what is missing or
//! written back), then decrypt and verify every record, and say which ones
//! fail.

use std::collections::BTreeMap;

use super::error::StoreError;
use super::findings::IntegrityReport;
use super::store::Store;
use super::verify::Verdict;
use crate::domain::{AdvocacyDraft, Contribution, Kind, Meeting, Member, Record, Task, WorkingGroup};

/// A record that failed to open or to validate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadRecord {
    /// Its tree.
    pub tree: String,
    /// Its id (hex) or meta key.
    pub id: String,
}

/// What `check` found.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct CheckReport {
    /// Records that opened and validated, per kind.
    pub ok: BTreeMap<Kind, usize>,
    /// Records that did not.
    pub bad: Vec<BadRecord>,
    /// What the head check found, with names.
    pub integrity: IntegrityReport,
}

impl CheckReport {
    /// True when every record is sound and the store is where its head says.
    pub fn is_clean(&self) -> bool {
        self.bad.is_empty() && self.integrity.is_sound()
    }

    /// Total number of sound records.
    pub fn total_ok(&self) -> usize {
        self.ok.values().sum()
    }
}

impl Store {
    /// Verifies the head again, then [`Store::check_with`].
    pub fn check(&self) -> Result<CheckReport, StoreError> {
        let verdict = self.verify()?;
        self.check_with(&verdict)
    }

    /// Names what `verdict` (from opening) found, then decrypts and
    /// validates every record of every kind, plus the sealed values of
    /// `meta`. Storage errors (disk) abort; damaged records are listed and
    /// the walk goes on.
    pub fn check_with(&self, verdict: &Verdict) -> Result<CheckReport, StoreError> {
        let mut report = CheckReport { integrity: self.findings(verdict)?, ..Default::default() };
        for kind in Kind::ALL {
            match kind {
                Kind::Member => self.check_kind::<Member>(&mut report)?,
                Kind::Group => self.check_kind::<WorkingGroup>(&mut report)?,
                Kind::Meeting => self.check_kind::<Meeting>(&mut report)?,
                Kind::Task => self.check_kind::<Task>(&mut report)?,
                Kind::Contribution => self.check_kind::<Contribution>(&mut report)?,
                Kind::Draft => self.check_kind::<AdvocacyDraft>(&mut report)?,
            }
        }
        let others = [self.council().map(|_| ()), self.recipients().map(|_| ()), self.ui_draft().map(|_| ())];
        if !self.wraps_copied()? {
            let id = super::key_copies::FILE.to_string();
            report.bad.push(BadRecord { tree: super::meta::TREE.to_string(), id });
        }
        for result in others {
            if let Err(StoreError::Corrupt { tree, id }) = result {
                report.bad.push(BadRecord { tree, id });
            } else {
                result?;
            }
        }
        Ok(report)
    }

    fn check_kind<R: Record>(&self, report: &mut CheckReport) -> Result<(), StoreError> {
        // Decrypted on every core, as a listing is (`par_map`: in order, so
        // the damaged records are named in the same order as before); only
        // whether each opened is kept, not the record.
        let raw = self.raw_at(super::batch::kind_index(R::KIND))?;
        let opened = super::listing::par_map(&raw, |key, value| self.open_record::<R>(key, value).map(drop));
        let mut ok = 0;
        for result in opened {
            match result {
                Ok(()) => ok += 1,
                Err(StoreError::Corrupt { tree, id }) => report.bad.push(BadRecord { tree, id }),
                Err(e) => return Err(e),
            }
        }
        report.ok.insert(R::KIND, ok);
        Ok(())
    }
}
