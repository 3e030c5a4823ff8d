//! `check`: decrypt and verify every record, and say which ones fail.

use std::collections::BTreeMap;

use super::error::StoreError;
use super::store::Store;
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
}

impl CheckReport {
    /// True when every record is sound.
    pub fn is_clean(&self) -> bool {
        self.bad.is_empty()
    }

    /// Total number of sound records.
    pub fn total_ok(&self) -> usize {
        self.ok.values().sum()
    }
}

impl Store {
    /// Decrypts and validates every record of every kind, plus the council
    /// and recipients in `meta`. Storage errors (disk) abort; damaged records
    /// are listed and the walk goes on.
    pub fn check(&self) -> Result<CheckReport, StoreError> {
        let mut report = CheckReport::default();
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
        for result in [self.council().map(|_| ()), self.recipients().map(|_| ())] {
            if let Err(StoreError::Corrupt { tree, id }) = result {
                report.bad.push(BadRecord { tree, id });
            } else {
                result?;
            }
        }
        Ok(report)
    }

    fn check_kind<R: Record>(&self, report: &mut CheckReport) -> Result<(), StoreError> {
        let mut ok = 0;
        for entry in self.raw_entries(R::KIND) {
            let (key, value) = entry?;
            match self.open_record::<R>(&key, &value) {
                Ok(_) => ok += 1,
                Err(StoreError::Corrupt { tree, id }) => report.bad.push(BadRecord { tree, id }),
                Err(e) => return Err(e),
            }
        }
        report.ok.insert(R::KIND, ok);
        Ok(())
    }
}
