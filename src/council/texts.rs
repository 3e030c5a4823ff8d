//! Free text checked before it is saved. The terminal UI underlines
//! identifying data as it is typed; the command line has no such screen, so
//! the session checks each new text of a record it saves: it warns (the
//! CLI prints the kinds found on standard error, never the text) or, with
//! `--strict`, refuses.

use std::collections::{BTreeSet, HashSet};

use super::{CouncilError, Session};
use crate::domain::{Member, Record};
use crate::privacy::{detect, Context, PiiKind, Pseudonyms};

/// What to do with identifying data in text being saved.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TextPolicy {
    /// Save without checking (the terminal UI, which shows it live).
    #[default]
    Allow,
    /// Save, and keep a warning for the shell to show.
    Warn,
    /// Refuse the save.
    Refuse,
}

impl Session {
    /// Sets what happens to identifying data in text being saved.
    pub fn set_text_policy(&mut self, policy: TextPolicy) {
        self.policy = policy;
    }

    /// The kinds of identifying data found in saved texts since the last
    /// call, for the shell to show.
    pub fn take_text_warnings(&self) -> BTreeSet<PiiKind> {
        std::mem::take(&mut *self.warnings.borrow_mut())
    }

    /// The council's pseudonyms, prepared for the detectors.
    pub fn pseudonyms(&self) -> Result<Pseudonyms, CouncilError> {
        let members: Vec<Member> = self.sound()?;
        let names: Vec<&str> = members.iter().map(|m| m.pseudonym.as_str()).collect();
        Ok(Pseudonyms::new(&names))
    }

    /// The kinds of identifying data in `texts`, read with the council's
    /// pseudonyms and never-write list.
    pub fn identifying_kinds(&self, texts: &[&str]) -> Result<BTreeSet<PiiKind>, CouncilError> {
        let pseudonyms = self.pseudonyms()?;
        let never = self.never_write()?;
        let ctx = Context::new(&pseudonyms, Some(&never), None);
        Ok(texts.iter().flat_map(|t| detect(t, &ctx)).map(|s| s.kind).filter(|k| !k.is_review()).collect())
    }

    /// Checks the texts `record` adds to its stored version.
    pub(super) fn guard<R: Record>(&self, record: &R) -> Result<(), CouncilError> {
        if self.policy == TextPolicy::Allow {
            return Ok(());
        }
        let old = self.stored::<R>(record.id())?;
        let before: HashSet<&str> = old.as_ref().map(|o| o.free_texts().into_iter().collect()).unwrap_or_default();
        let new: Vec<&str> =
            record.free_texts().into_iter().filter(|t| !t.trim().is_empty() && !before.contains(t)).collect();
        if new.is_empty() {
            return Ok(());
        }
        let kinds = self.identifying_kinds(&new)?;
        if kinds.is_empty() {
            return Ok(());
        }
        match self.policy {
            TextPolicy::Refuse => Err(CouncilError::IdentifyingText(kinds.into_iter().collect())),
            _ => {
                self.warnings.borrow_mut().extend(kinds);
                Ok(())
            }
        }
    }
}
