//! What the review screen holds: an advocacy draft's export or a member's
//! slip, both built by the council's one export pipeline. The screen asks
//! the same questions of either; only what is written differs.

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use crate::council::{ExportPlan, Reviewable, SlipPlan};
use crate::export::ReviewItem;

/// An export under review.
#[derive(Debug, Clone)]
pub enum Plan {
    /// An advocacy draft, rendered as it will be written.
    Draft(ExportPlan),
    /// A member's slip, to be sealed to `to` (a public key or key file).
    Slip {
        /// The slip as it will be sealed.
        plan: SlipPlan,
        /// Who will open it.
        to: String,
    },
}

impl Plan {
    /// Gives a review answer to the council (its lists change) and builds
    /// the plan again.
    pub fn answer(
        &mut self,
        session: &crate::council::Session,
        answer: &crate::tui::effect::Answer,
    ) -> Result<(), crate::council::CouncilError> {
        match self {
            Plan::Draft(p) => answer_on(session, p, answer),
            Plan::Slip { plan, .. } => answer_on(session, plan, answer),
        }
    }

    /// The plan as the council's review rules see it.
    fn reviewable(&self) -> &dyn Reviewable {
        match self {
            Plan::Draft(p) => p,
            Plan::Slip { plan, .. } => plan,
        }
    }

    /// Everything found, in place.
    pub fn items(&self) -> &[ReviewItem] {
        self.reviewable().items()
    }

    /// Whether an item was acknowledged.
    pub fn is_acknowledged(&self, item: &ReviewItem) -> bool {
        self.reviewable().answers().is_acknowledged(item)
    }

    /// Acknowledges an item: the secretary saw it and keeps it.
    pub fn acknowledge(&mut self, item: &ReviewItem) {
        let answers = match self {
            Plan::Draft(p) => p.answers_mut(),
            Plan::Slip { plan, .. } => plan.answers_mut(),
        };
        answers.acknowledge(item);
    }

    /// How many items still wait for an answer.
    pub fn unresolved(&self) -> usize {
        let plan = self.reviewable();
        plan.answers().unresolved(plan.items()).count()
    }

    /// The report shown above the items (counts only, never the text).
    pub fn report_lines(&self, l: &FluentLanguageLoader) -> Vec<String> {
        match self {
            Plan::Draft(p) => crate::export::report_lines(p.report(), self.unresolved(), l),
            Plan::Slip { plan, .. } => vec![
                fl!(l, "slip-review-title", pseudonym = plan.member().pseudonym.clone()),
                fl!(l, "slip-report", removed = plan.report().total_removed(), waiting = self.unresolved()),
            ],
        }
    }
}

fn answer_on(
    session: &crate::council::Session,
    plan: &mut impl Reviewable,
    answer: &crate::tui::effect::Answer,
) -> Result<(), crate::council::CouncilError> {
    match answer {
        crate::tui::effect::Answer::Names(words) => session.confirm_names(plan, words),
        crate::tui::effect::Answer::NotNames(words) => session.dismiss_words(plan, words),
    }
}
