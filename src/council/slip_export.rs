//! A member's slip through the same review as every export: built from
//! the council with every text cleaned (the council's pseudonyms are not
//! names, its never-write names are, dismissed words are not asked again),
//! every removed span and every word nothing explains kept in place for
//! the secretary, then sealed exactly as reviewed.

use std::cell::RefCell;
use std::path::Path;

use super::archive::SlipWritten;
use super::review::Reviewable;
use super::{CouncilError, Progress, Session};
use crate::archive::slip::Slip;
use crate::archive::{self, SealTo};
use crate::domain::{Member, RecordId};
use crate::export::clean::Cleaner;
use crate::export::{Answers, Place, ReviewItem};
use crate::i18n::Lang;
use crate::privacy::{Context, Pseudonyms, Report};

/// A member's slip being reviewed: the slip as it will be sealed.
#[derive(Clone, Debug)]
pub struct SlipPlan {
    member: Member,
    slip: Slip,
    report: Report,
    review: Vec<ReviewItem>,
    answers: Answers,
}

impl SlipPlan {
    /// Whose slip.
    pub fn member(&self) -> &Member {
        &self.member
    }

    /// Scrubbing counts over every text of the slip.
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// Everything found, in place.
    pub fn items(&self) -> &[ReviewItem] {
        &self.review
    }

    /// Items that still need an answer.
    pub fn unresolved(&self) -> impl Iterator<Item = &ReviewItem> {
        self.answers.unresolved(&self.review)
    }

    /// Acknowledges an item: the secretary saw it and keeps it.
    pub fn acknowledge(&mut self, item: &ReviewItem) {
        self.answers.acknowledge(item);
    }
}

impl Reviewable for SlipPlan {
    fn items(&self) -> &[ReviewItem] {
        &self.review
    }

    fn answers(&self) -> &Answers {
        &self.answers
    }

    fn answers_mut(&mut self) -> &mut Answers {
        &mut self.answers
    }

    fn rebuild(&mut self, session: &Session) -> Result<(), CouncilError> {
        let fresh = session.plan_slip(self.member.id)?;
        let answers = self.answers.kept_for(&fresh.review);
        *self = SlipPlan { answers, ..fresh };
        Ok(())
    }
}

impl Session {
    /// Builds the slip of `member` for review: what they may see, every
    /// text cleaned with the council's context.
    pub fn plan_slip(&self, member: RecordId) -> Result<SlipPlan, CouncilError> {
        let member: Member = self.store().get(member)?;
        let pseudonyms = self.pseudonyms()?;
        let (never, dismissed) = (self.never_write()?, self.dismissed()?);
        let ctx = Context::new(&pseudonyms, Some(&never), Some(&dismissed));
        let lang = Lang::of(self.store().council()?.language);
        // Members read pseudonyms inside the council: none is hidden.
        let shown = Pseudonyms::default();
        let cleaner = RefCell::new((Cleaner::new(ctx, &shown, lang).keeping_dates(), 0usize));
        let clean = |text: &str| {
            let mut state = cleaner.borrow_mut();
            let (cleaner, n) = &mut *state;
            *n += 1;
            cleaner.clean(text, Place::Text(*n))
        };
        let slip = archive::slip::member_slip(self.store(), &member, &clean)?;
        let (cleaner, _) = cleaner.into_inner();
        Ok(SlipPlan { member, slip, report: cleaner.report, review: cleaner.review, answers: Answers::default() })
    }

    /// Seals the reviewed slip and writes it (a new file, or over one only
    /// when `overwrite`). `strict` refuses while something still needs an
    /// answer.
    pub fn write_slip(
        &self,
        plan: &SlipPlan,
        to: &SealTo,
        path: &Path,
        overwrite: bool,
        strict: bool,
        progress: Progress<'_>,
    ) -> Result<SlipWritten, CouncilError> {
        let unresolved = plan.unresolved().count();
        if strict && unresolved > 0 {
            return Err(CouncilError::Unreviewed(unresolved));
        }
        progress(0.6, "progress-sealing");
        // The slip carries the key its return slip will be signed with.
        let json = archive::auth::attach_return_key(
            &archive::to_json(&plan.slip)?,
            &*self.store().archive_key()?,
            plan.member.id,
        )?;
        let sealed = archive::seal(&json, to, false)?;
        archive::keys::write_new(path, &sealed, overwrite)?;
        progress(1.0, "progress-done");
        Ok(SlipWritten { path: path.to_path_buf(), pseudonym: plan.member.pseudonym.clone() })
    }
}
