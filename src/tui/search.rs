//! Fuzzy search over everything decrypted: minutes (titles, notes,
//! questions, decisions), tasks, contributions and members. In memory only;
//! nothing derived from the text is ever written.

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use super::data::Data;
use crate::domain::RecordId;

/// Where a result leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// An agenda item of a meeting.
    Minutes {
        /// Meeting.
        meeting: RecordId,
        /// Item index.
        item: usize,
    },
    /// A task on the board.
    Task(RecordId),
    /// A contribution.
    Contribution(RecordId),
    /// A member.
    Member(RecordId),
}

/// One search result: where it leads, a one-line excerpt, its score.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Where Enter goes.
    pub target: Target,
    /// What the line shows.
    pub excerpt: String,
    /// Higher is better.
    pub score: u32,
}

/// Most results kept for display.
const MAX_HITS: usize = 50;

/// The best matches of `query` ("reunion" finds "Réunion").
pub fn search(data: &Data, query: &str) -> Vec<Hit> {
    if query.trim().is_empty() {
        return Vec::new();
    }
    let pattern = Pattern::parse(query, CaseMatching::Ignore, Normalization::Smart);
    let mut matcher = Matcher::new(Config::DEFAULT);
    let mut buf = Vec::new();
    let mut hits = Vec::new();
    // `context` prefixes the excerpt (the meeting's date) without being
    // searched itself.
    let mut consider = |target: Target, text: &str, context: &str| {
        if let Some(score) = pattern.score(Utf32Str::new(text, &mut buf), &mut matcher) {
            hits.push(Hit { target, excerpt: format!("{context}{}", excerpt(text)), score });
        }
    };
    for m in &data.meetings {
        for (i, item) in m.agenda.iter().enumerate() {
            let target = Target::Minutes { meeting: m.id, item: i };
            consider(target, &item.title, &format!("{} · ", m.date));
            let texts = item.notes.lines().chain(item.questions.iter().map(String::as_str));
            for text in texts.chain(item.decisions.iter().map(|d| d.text.as_str())) {
                if !text.trim().is_empty() {
                    consider(target, text, &format!("{} · ", m.date));
                }
            }
        }
    }
    for t in &data.tasks {
        consider(Target::Task(t.id), &t.title, "✓ ");
    }
    for c in &data.contributions {
        consider(Target::Contribution(c.id), &c.text, "« ");
    }
    for m in &data.members {
        consider(Target::Member(m.id), &m.pseudonym, "@ ");
    }
    // Best first; among equals, newest meetings first (the order data keeps).
    hits.sort_by_key(|h| std::cmp::Reverse(h.score));
    hits.truncate(MAX_HITS);
    hits
}

/// First line, at most 100 characters.
fn excerpt(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default();
    let mut out: String = line.chars().take(100).collect();
    if line.chars().count() > 100 {
        out.push('…');
    }
    out
}
