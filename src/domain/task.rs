//! Working-group tasks with a dated history of status changes and comments.

use serde::{Deserialize, Serialize};

use super::member::has_duplicates;
use super::record::record_basics;
use super::text::{check_required, check_text};
use super::{Date, DomainError, Kind, Record, RecordId};

/// Where a task stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TaskStatus {
    /// Not started.
    Todo,
    /// Under way.
    Doing,
    /// Stuck; a comment says why.
    Blocked,
    /// Finished.
    Done,
}

impl TaskStatus {
    /// Every status, in board order.
    pub const ALL: [TaskStatus; 4] = [TaskStatus::Todo, TaskStatus::Doing, TaskStatus::Blocked, TaskStatus::Done];
}

impl std::str::FromStr for TaskStatus {
    type Err = DomainError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s.trim().to_lowercase().as_str() {
            "todo" | "a-faire" | "à-faire" => TaskStatus::Todo,
            "doing" | "en-cours" => TaskStatus::Doing,
            "blocked" | "bloquee" | "bloquée" => TaskStatus::Blocked,
            "done" | "faite" | "fait" => TaskStatus::Done,
            other => return Err(DomainError::UnknownValue(other.to_string())),
        })
    }
}

/// The meeting and agenda item a task came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskOrigin {
    /// Meeting id.
    pub meeting: RecordId,
    /// Agenda item index in that meeting.
    pub item: u16,
}

/// What happened to a task on a given day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TaskEventKind {
    /// The status changed.
    Status {
        /// Status before.
        from: TaskStatus,
        /// Status after.
        to: TaskStatus,
    },
    /// Someone commented.
    Comment(String),
}

/// One dated entry of a task's history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskEvent {
    /// Day of the event.
    pub date: Date,
    /// What happened.
    pub kind: TaskEventKind,
}

/// A task of a working group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Task {
    /// Random id.
    pub id: RecordId,
    /// Revision, bumped on each change.
    pub revision: u64,
    /// What to do.
    pub title: String,
    /// Details.
    pub description: String,
    /// Group carrying the task.
    pub group: RecordId,
    /// Members carrying it.
    pub assignees: Vec<RecordId>,
    /// Current status.
    pub status: TaskStatus,
    /// Due date, if any.
    pub due: Option<Date>,
    /// Where it was decided, if in a meeting.
    pub origin: Option<TaskOrigin>,
    /// Dated history of status changes and comments.
    pub history: Vec<TaskEvent>,
}

impl Task {
    /// A new task to do.
    pub fn new(id: RecordId, group: RecordId, title: &str) -> Result<Self, DomainError> {
        let task = Self {
            id,
            revision: 1,
            title: title.trim().to_string(),
            description: String::new(),
            group,
            assignees: Vec::new(),
            status: TaskStatus::Todo,
            due: None,
            origin: None,
            history: Vec::new(),
        };
        task.validate()?;
        Ok(task)
    }

    /// Changes the status and records the change; no-op when unchanged.
    pub fn set_status(&mut self, date: Date, to: TaskStatus) {
        if self.status == to {
            return;
        }
        self.history.push(TaskEvent { date, kind: TaskEventKind::Status { from: self.status, to } });
        self.status = to;
    }

    /// Adds a dated comment.
    pub fn comment(&mut self, date: Date, text: &str) -> Result<(), DomainError> {
        check_required("comment", text)?;
        self.history.push(TaskEvent { date, kind: TaskEventKind::Comment(text.trim().to_string()) });
        Ok(())
    }

    /// Whether the task is past due on `today` and not done.
    pub fn is_overdue(&self, today: Date) -> bool {
        self.status != TaskStatus::Done && self.due.is_some_and(|d| d < today)
    }
}

impl Record for Task {
    record_basics!(Kind::Task);

    fn validate(&self) -> Result<(), DomainError> {
        check_required("title", &self.title)?;
        check_text("description", &self.description)?;
        if has_duplicates(&self.assignees) {
            return Err(DomainError::Duplicate("assignees"));
        }
        for event in &self.history {
            if let TaskEventKind::Comment(text) = &event.kind {
                check_required("comment", text)?;
            }
        }
        Ok(())
    }

    fn free_texts(&self) -> Vec<&str> {
        let comments = self.history.iter().filter_map(|e| match &e.kind {
            super::TaskEventKind::Comment(c) => Some(c.as_str()),
            super::TaskEventKind::Status { .. } => None,
        });
        [self.title.as_str(), self.description.as_str()].into_iter().chain(comments).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn status_changes_are_dated_in_history() {
        let mut t =
            Task::new(RecordId::random(), RecordId::random(), "Relire l'affiche").unwrap_or_else(|e| panic!("{e}"));
        t.set_status(date!(2026 - 01 - 10), TaskStatus::Doing);
        t.set_status(date!(2026 - 01 - 10), TaskStatus::Doing);
        assert_eq!(t.comment(date!(2026 - 01 - 11), "En attente du CCOMS"), Ok(()));
        assert_eq!(t.history.len(), 2);
        assert_eq!(t.history[0].kind, TaskEventKind::Status { from: TaskStatus::Todo, to: TaskStatus::Doing });
    }

    #[test]
    fn overdue_unless_done() {
        let mut t = Task::new(RecordId::random(), RecordId::random(), "x").unwrap_or_else(|e| panic!("{e}"));
        t.due = Some(date!(2026 - 01 - 10));
        assert!(t.is_overdue(date!(2026 - 01 - 11)));
        assert!(!t.is_overdue(date!(2026 - 01 - 10)));
        t.set_status(date!(2026 - 01 - 11), TaskStatus::Done);
        assert!(!t.is_overdue(date!(2026 - 02 - 11)));
    }
}
