//! `conseil export … --review`: the export's review on the command line.
//! Each item that waits for an answer (a word nothing explains, a
//! quasi-identifier) is shown in its sentence on standard error, and the
//! answer is read from standard input, one line per item — so the review
//! can be scripted as well as typed.

use std::collections::HashSet;
use std::io::BufRead;

use crate::cli::{output, CliError};
use crate::council::{Reviewable, Session};
use crate::fl;
use crate::privacy::PiiKind;

/// Asks about every item waiting for an answer, until each is answered or
/// skipped (or standard input ends).
pub fn interactive(session: &Session, plan: &mut impl Reviewable) -> Result<(), CliError> {
    let removed = plan.items().iter().filter(|i| !i.needs_answer()).count();
    output::note(fl!("review-cli-removed", count = removed))?;
    let mut skipped = HashSet::new();
    let stdin = std::io::stdin();
    let mut answers = stdin.lock().lines();
    while let Some(item) = plan.next_pending(&|i| skipped.contains(&i.key())) {
        let before: String =
            item.source[..item.start].chars().rev().take(50).collect::<Vec<_>>().into_iter().rev().collect();
        let after: String = item.source.get(item.end..).unwrap_or_default().chars().take(50).collect();
        output::note(format!(
            "{} — {} : …{before}⟦{}⟧{after}…",
            item.place.describe(&crate::i18n::LOADER),
            crate::i18n::field_label(&crate::i18n::LOADER, item.kind.name()),
            item.text()
        ))?;
        // Only a word can be a person's name: an age or a number is kept
        // or passed, never put on the never-write list.
        let nameable = item.kind == PiiKind::Unexplained || item.text().chars().any(char::is_alphabetic);
        let question = match (item.kind, nameable) {
            (PiiKind::Unexplained, _) => "review-cli-word",
            (_, true) => "review-cli-quasi",
            (_, false) => "review-cli-quasi-number",
        };
        output::note(crate::i18n::LOADER.get(question))?;
        let Some(answer) = answers.next() else { break };
        let answer = answer.map_err(|e| CliError::Read("-".into(), e))?;
        match answer.trim().to_lowercase().as_str() {
            "n" if nameable => session.confirm_names(plan, &[item.text().to_string()])?,
            "p" if item.kind == PiiKind::Unexplained => session.dismiss_words(plan, &[item.text().to_string()])?,
            "v" if item.kind != PiiKind::Unexplained => plan.answers_mut().acknowledge(&item),
            _ => {}
        }
        // Passed, or an answer that did not settle it (a word the
        // never-write list would not take): not asked again in this run.
        if plan.is_pending(&item) {
            skipped.insert(item.key());
        }
    }
    Ok(())
}
