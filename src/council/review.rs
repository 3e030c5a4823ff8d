//! The review answers every export takes before it is written, written
//! once for every kind of export (advocacy drafts, members' slips): a word
//! confirmed as a name joins the never-write list, a word dismissed is
//! remembered, and the plan is built again from the council so that what
//! the secretary sees is what will be written.

use super::{CouncilError, Session};
use crate::export::{Answers, ReviewItem};

/// An export being reviewed.
pub trait Reviewable {
    /// Everything found, in place.
    fn items(&self) -> &[ReviewItem];

    /// The answers given so far.
    fn answers(&self) -> &Answers;

    /// The answers, to add one.
    fn answers_mut(&mut self) -> &mut Answers;

    /// Builds the plan again from the council (after its lists changed),
    /// keeping the answers that still apply.
    fn rebuild(&mut self, session: &Session) -> Result<(), CouncilError>;

    /// The first item still waiting for an answer that `skip` does not
    /// pass over.
    fn next_pending(&self, skip: &dyn Fn(&ReviewItem) -> bool) -> Option<ReviewItem> {
        self.answers().unresolved(self.items()).find(|i| !skip(i)).cloned()
    }

    /// Whether `item` still waits for an answer.
    fn is_pending(&self, item: &ReviewItem) -> bool {
        self.answers().unresolved(self.items()).any(|i| i.key() == item.key())
    }
}

impl Session {
    /// Review answer: these words are people's names. They join the
    /// never-write list (caught from then on everywhere) and the plan is
    /// built again.
    pub fn confirm_names(&self, plan: &mut impl Reviewable, names: &[String]) -> Result<(), CouncilError> {
        self.add_never_write(names)?;
        plan.rebuild(self)
    }

    /// Review answer: these words are not names. They are remembered
    /// (keyed hashes) and not asked about again; the plan is built again.
    pub fn dismiss_words(&self, plan: &mut impl Reviewable, words: &[String]) -> Result<(), CouncilError> {
        let single: Vec<&str> = words.iter().flat_map(|w| w.split_whitespace()).collect();
        self.remember_dismissed(&single)?;
        plan.rebuild(self)
    }
}
