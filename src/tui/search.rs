//! Fuzzy search over everything decrypted: minutes (titles, notes,
//! questions, decisions), tasks, contributions and members. In memory only;
//! nothing derived from the text is ever written.
//!
//! The texts are converted once into the matcher's form ([`SearchIndex`],
//! rebuilt when the search opens) so that each keystroke only scores.

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32String};

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

/// One searchable text.
struct Entry {
    target: Target,
    text: Utf32String,
    /// Shown before the excerpt (a meeting's date), not searched.
    context: String,
}

/// Every searchable text of the council, ready for the matcher.
pub struct SearchIndex {
    entries: Vec<Entry>,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SearchIndex({} entries)", self.entries.len())
    }
}

impl SearchIndex {
    /// Collects the texts of `data`.
    pub fn new(data: &Data) -> Self {
        let mut entries = Vec::new();
        let mut push = |target: Target, text: &str, context: &str| {
            if !text.trim().is_empty() {
                entries.push(Entry { target, text: Utf32String::from(text), context: context.to_string() });
            }
        };
        for m in &data.meetings {
            let context = format!("{} · ", m.date);
            for (i, item) in m.agenda.iter().enumerate() {
                let target = Target::Minutes { meeting: m.id, item: i };
                push(target, &item.title, &context);
                for line in item.notes.lines() {
                    push(target, line, &context);
                }
                for q in &item.questions {
                    push(target, q, &context);
                }
                for d in &item.decisions {
                    push(target, &d.text, &context);
                }
            }
        }
        for t in &data.tasks {
            push(Target::Task(t.id), &t.title, "✓ ");
        }
        for c in &data.contributions {
            push(Target::Contribution(c.id), &c.text, "« ");
        }
        for m in &data.members {
            push(Target::Member(m.id), &m.pseudonym, "@ ");
        }
        Self { entries }
    }

    /// The best matches of `query` ("reunion" finds "Réunion"), best first;
    /// among equal scores, the order of the data (newest meetings first).
    pub fn search(&self, query: &str) -> Vec<Hit> {
        if query.trim().is_empty() {
            return Vec::new();
        }
        let pattern = Pattern::parse(query, CaseMatching::Ignore, Normalization::Smart);
        let mut matcher = Matcher::new(Config::DEFAULT);
        let mut scored: Vec<(u32, usize)> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| pattern.score(e.text.slice(..), &mut matcher).map(|s| (s, i)))
            .collect();
        scored.sort_by_key(|(s, i)| (std::cmp::Reverse(*s), *i));
        scored.truncate(MAX_HITS);
        scored
            .into_iter()
            .map(|(score, i)| {
                let e = &self.entries[i];
                Hit { target: e.target, excerpt: format!("{}{}", e.context, excerpt(&e.text.to_string())), score }
            })
            .collect()
    }
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
