//! Privacy warnings: identifying data found in the council's own texts
//! (notes, questions, decisions, contributions, task descriptions), counted
//! on the dashboard with where they are. Quasi-identifiers are not counted
//! here; they matter at export time.

use super::data::Data;
use crate::domain::{Meeting, RecordId};
use crate::privacy::{detect, Context, PiiKind};

/// Where a warning is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// An agenda item of a meeting.
    Minutes {
        /// Meeting.
        meeting: RecordId,
        /// Item index.
        item: usize,
    },
    /// A contribution.
    Contribution(RecordId),
    /// A task.
    Task(RecordId),
}

impl Place {
    /// The record this place belongs to.
    pub fn record(&self) -> RecordId {
        match self {
            Place::Minutes { meeting, .. } => *meeting,
            Place::Contribution(id) | Place::Task(id) => *id,
        }
    }
}

/// One piece of identifying data in the council's texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Warning {
    /// Where.
    pub place: Place,
    /// What.
    pub kind: PiiKind,
}

fn identifying(text: &str, ctx: &Context<'_>) -> impl Iterator<Item = PiiKind> {
    detect(text, ctx).into_iter().map(|s| s.kind).filter(|k| !k.is_review())
}

/// Warnings of one meeting.
pub fn of_meeting(m: &Meeting, ctx: &Context<'_>) -> Vec<Warning> {
    let mut out = Vec::new();
    for (item, it) in m.agenda.iter().enumerate() {
        let place = Place::Minutes { meeting: m.id, item };
        let texts = std::iter::once(it.notes.as_str())
            .chain(it.questions.iter().map(String::as_str))
            .chain(it.decisions.iter().map(|d| d.text.as_str()));
        for text in texts {
            out.extend(identifying(text, ctx).map(|kind| Warning { place, kind }));
        }
    }
    out
}

/// Every warning of the council.
pub fn scan(data: &Data) -> Vec<Warning> {
    let ctx = data.privacy();
    // Every text with its place, then read on every core: the council's
    // texts are megabytes after ten years.
    let mut texts: Vec<(Place, &str)> = Vec::new();
    for m in &data.meetings {
        for (item, it) in m.agenda.iter().enumerate() {
            let place = Place::Minutes { meeting: m.id, item };
            texts.push((place, it.notes.as_str()));
            texts.extend(it.questions.iter().map(|q| (place, q.as_str())));
            texts.extend(it.decisions.iter().map(|d| (place, d.text.as_str())));
        }
    }
    texts.extend(data.contributions.iter().map(|c| (Place::Contribution(c.id), c.text.as_str())));
    texts.extend(data.tasks.iter().map(|t| (Place::Task(t.id), t.description.as_str())));
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get).clamp(1, 8);
    let chunk = texts.len().div_ceil(cores).max(1);
    let read = |part: &[(Place, &str)]| -> Vec<Warning> {
        part.iter()
            .flat_map(|(place, text)| identifying(text, &ctx).map(|kind| Warning { place: *place, kind }))
            .collect()
    };
    if cores == 1 || texts.len() < 64 {
        return read(&texts);
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = texts.chunks(chunk).map(|part| scope.spawn(move || read(part))).collect();
        // A reader that panicked passes its panic on (the terminal is then
        // restored by the panic hook): no warning is silently dropped.
        handles.into_iter().flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
    })
}

/// Recomputes the warnings of one record after it was saved.
pub fn refresh(data: &mut Data, record: RecordId) {
    data.warnings.retain(|w| w.place.record() != record);
    let ctx = data.privacy();
    let mut fresh = Vec::new();
    if let Some(m) = data.meeting(record) {
        fresh.extend(of_meeting(m, &ctx));
    }
    if let Some(c) = data.contributions.iter().find(|c| c.id == record) {
        fresh.extend(identifying(&c.text, &ctx).map(|kind| Warning { place: Place::Contribution(c.id), kind }));
    }
    if let Some(t) = data.tasks.iter().find(|t| t.id == record) {
        fresh.extend(identifying(&t.description, &ctx).map(|kind| Warning { place: Place::Task(t.id), kind }));
    }
    data.warnings.extend(fresh);
}
