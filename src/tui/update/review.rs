//! The review before an export: the plan the council built is shown with
//! everything found in place; the secretary says « c'est un nom » or « pas
//! un nom » (the council's lists change and the plan is built again), or
//! « vu » for a quasi-identifier, then writes — exactly what she saw.

use super::super::app::{App, Overlay, Review, Status};
use super::super::effect::{Answer, Effect};
use super::super::keymap::Command;
use super::super::tr;

/// A plan arrived (first built, or built again after an answer).
pub(super) fn planned(app: &mut App, result: Result<Box<Review>, String>) {
    match result {
        Ok(review) => {
            app.overlay = Some(Overlay::Review(review));
            app.status = Status::Idle;
        }
        Err(reason) => app.status = Status::Failed(reason),
    }
}

/// A key in the review.
pub(super) fn command(app: &mut App, command: Command) -> Vec<Effect> {
    let Some(Overlay::Review(review)) = &mut app.overlay else { return Vec::new() };
    let count = review.plan.items().len();
    let item = review.plan.items().get(review.selected).cloned();
    match command {
        Command::Up => review.selected = review.selected.saturating_sub(1),
        Command::Down => review.selected = (review.selected + 1).min(count.saturating_sub(1)),
        Command::ConfirmName => {
            if let Some(item) = item {
                return vec![Effect::Answer(review.clone(), Answer::Names(vec![item.text().to_string()]))];
            }
        }
        Command::NotAName => {
            if let Some(item) = item {
                return vec![Effect::Answer(review.clone(), Answer::NotNames(vec![item.text().to_string()]))];
            }
        }
        Command::Acknowledge => {
            if let Some(item) = item.filter(|i| i.needs_answer()) {
                review.plan.acknowledge(&item);
                // On to the next item still waiting.
                if let Some(next) = (0..count).map(|d| (review.selected + 1 + d) % count).find(|&i| {
                    let it = &review.plan.items()[i];
                    it.needs_answer() && !review.plan.is_acknowledged(it)
                }) {
                    review.selected = next;
                }
            }
        }
        Command::Submit => {
            let waiting = review.plan.unresolved();
            if waiting > 0 {
                app.status = Status::Info(tr!(app, "review-waiting", count = waiting));
                return Vec::new();
            }
            return vec![Effect::WriteExport(review.clone())];
        }
        Command::Cancel => {
            app.overlay = None;
            app.status = Status::Info(tr!(app, "review-cancelled"));
        }
        _ => {}
    }
    Vec::new()
}
