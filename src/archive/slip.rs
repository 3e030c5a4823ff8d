//! Members' task slips: a small archive holding only what one member may
//! see — their tasks, the adopted minutes of meetings they attended, their
//! own contributions and where each went — every text scrubbed as for an
//! export (a third party's name or number in the minutes does not travel),
//! no other member's attendance; and the return slip that brings back their
//! task updates — status changes and comments, nothing else.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::ArchiveError;
use crate::domain::{
    AdvocacyDraft, Audience, Author, Contribution, Meeting, Member, RecordId, Task, TaskEventKind, WorkingGroup,
    YearMonth,
};
use crate::storage::{Store, StoreError};

/// Value of a slip's `format` field.
pub const SLIP_FORMAT: &str = "conseil-slip";
/// Value of a return slip's `format` field.
pub const RETURN_FORMAT: &str = "conseil-return";

/// One use of a member's contribution in an export.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Use {
    /// The contribution.
    pub contribution: RecordId,
    /// Title of the draft it went into.
    pub draft: String,
    /// Month of the export.
    pub month: YearMonth,
    /// Audience it went to.
    pub audience: Audience,
}

/// What one member may see.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Slip {
    /// Always "conseil-slip".
    pub format: String,
    /// Layout version (1).
    pub version: u16,
    /// The council's name.
    pub council: String,
    /// The member.
    pub member: Member,
    /// Public keys the return slip is encrypted to (the council's).
    pub secretary: Vec<String>,
    /// Groups the member belongs to or works for.
    pub groups: Vec<WorkingGroup>,
    /// Other members, reduced to their pseudonyms (as seen in minutes).
    pub members: Vec<Member>,
    /// Adopted minutes of meetings the member could attend.
    pub meetings: Vec<Meeting>,
    /// The member's tasks.
    pub tasks: Vec<Task>,
    /// The member's own contributions.
    pub contributions: Vec<Contribution>,
    /// Where those contributions went.
    pub uses: Vec<Use>,
}

/// The member's task updates, going back to the secretary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReturnSlip {
    /// Always "conseil-return".
    pub format: String,
    /// Layout version: 2 (1: whole tasks, still read).
    pub version: u16,
    /// The member.
    pub member: RecordId,
    /// Version 1: their tasks, with new statuses and comments.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<Task>,
    /// Version 2: what changed on each task (the slip's texts are scrubbed,
    /// so whole tasks could not be compared with the council's).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub updates: Vec<TaskUpdate>,
}

/// What a member changed on one task: its status, and the events appended.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskUpdate {
    /// The task.
    pub task: RecordId,
    /// Its status now.
    pub status: crate::domain::TaskStatus,
    /// How many events the task had when the slip was made: the events
    /// after them are the member's (so merging twice adds nothing twice).
    pub base: usize,
    /// Status changes and comments added, in order.
    pub events: Vec<crate::domain::TaskEvent>,
}

/// Builds the slip of `member` from the council; `clean` scrubs every text
/// that leaves (with the council's context, in its language).
pub fn member_slip(store: &Store, member: &Member, clean: &dyn Fn(&str) -> String) -> Result<Slip, StoreError> {
    let tasks: Vec<Task> = store
        .list::<Task>()?
        .into_iter()
        .filter(|t| t.assignees.contains(&member.id))
        .map(|t| clean_task(t, clean))
        .collect();
    let mut group_ids: HashSet<RecordId> = member.groups.iter().copied().collect();
    group_ids.extend(tasks.iter().map(|t| t.group));
    let groups: Vec<WorkingGroup> = store
        .list::<WorkingGroup>()?
        .into_iter()
        .filter(|g| group_ids.contains(&g.id))
        .map(|g| WorkingGroup { name: clean(&g.name), purpose: clean(&g.purpose), ..g })
        .collect();
    // Only minutes the member saw: adopted, and attended.
    let meetings: Vec<Meeting> = store
        .list::<Meeting>()?
        .into_iter()
        .filter(|m| m.is_adopted() && m.attendance.members.contains(&member.id))
        .map(|m| clean_meeting(m, member.id, clean))
        .collect();
    let seen: HashSet<RecordId> = meetings
        .iter()
        .flat_map(|m| m.agenda.iter().flat_map(|i| i.actions.iter().flat_map(|a| a.assignees.clone())))
        .chain(tasks.iter().flat_map(|t| t.assignees.iter().copied()))
        .collect();
    let members: Vec<Member> = store
        .list::<Member>()?
        .into_iter()
        .filter(|m| m.id != member.id && seen.contains(&m.id))
        .map(|m| Member { roles: Vec::new(), groups: Vec::new(), credit_in_exports: false, ..m })
        .collect();
    let contributions: Vec<Contribution> = store
        .list::<Contribution>()?
        .into_iter()
        .filter(|c| c.author == Author::Member(member.id))
        .map(|c| Contribution { text: clean(&c.text), ..c })
        .collect();
    let own: HashSet<RecordId> = contributions.iter().map(|c| c.id).collect();
    let uses = store
        .list::<AdvocacyDraft>()?
        .iter()
        .flat_map(|d| {
            d.exports.iter().flat_map(move |e| {
                e.contributions.iter().map(move |c| Use {
                    contribution: *c,
                    draft: clean(&d.title),
                    month: e.month,
                    audience: e.audience,
                })
            })
        })
        .filter(|u| own.contains(&u.contribution))
        .collect();
    Ok(Slip {
        format: SLIP_FORMAT.to_string(),
        version: 1,
        council: clean(&store.council()?.name),
        member: member.clone(),
        secretary: store.recipients()?,
        groups,
        members,
        meetings,
        tasks,
        contributions,
        uses,
    })
}

fn clean_task(t: Task, clean: &dyn Fn(&str) -> String) -> Task {
    let history = t
        .history
        .into_iter()
        .map(|e| match e.kind {
            TaskEventKind::Comment(c) => crate::domain::TaskEvent { kind: TaskEventKind::Comment(clean(&c)), ..e },
            TaskEventKind::Status { .. } => e,
        })
        .collect();
    Task { title: clean(&t.title), description: clean(&t.description), history, ..t }
}

/// Minutes as a member may see them: texts scrubbed, and only their own
/// presence (nobody else's, no count of guests).
fn clean_meeting(m: Meeting, member: RecordId, clean: &dyn Fn(&str) -> String) -> Meeting {
    let agenda = m
        .agenda
        .into_iter()
        .map(|mut item| {
            item.title = clean(&item.title);
            item.notes = clean(&item.notes);
            item.questions = item.questions.iter().map(|q| clean(q)).collect();
            for d in &mut item.decisions {
                d.text = clean(&d.text);
            }
            for a in &mut item.actions {
                a.title = clean(&a.title);
            }
            item
        })
        .collect();
    let amendments = m.amendments.into_iter().map(|a| crate::domain::Amendment { text: clean(&a.text), ..a }).collect();
    let attendance = crate::domain::Attendance { members: vec![member], guests: 0 };
    Meeting { title: clean(&m.title), agenda, amendments, attendance, ..m }
}

/// Writes a slip into a (temporary) council so the usual screens can show
/// it: the member's export history becomes drafts listing their exports.
pub fn materialize(slip: &Slip, store: &Store) -> Result<(), StoreError> {
    let mut batch = store.batch();
    for g in &slip.groups {
        batch.put(g)?;
    }
    batch.put(&slip.member)?;
    for m in &slip.members {
        batch.put(m)?;
    }
    for m in &slip.meetings {
        batch.put(m)?;
    }
    for t in &slip.tasks {
        batch.put(t)?;
    }
    for c in &slip.contributions {
        batch.put(c)?;
    }
    let mut titles: Vec<&str> = slip.uses.iter().map(|u| u.draft.as_str()).collect();
    titles.dedup();
    for title in titles {
        let exports = slip
            .uses
            .iter()
            .filter(|u| u.draft == title)
            .map(|u| crate::domain::ExportRecord {
                month: u.month,
                audience: u.audience,
                contributions: vec![u.contribution],
                response: None,
            })
            .collect();
        let draft = AdvocacyDraft {
            id: RecordId::random(),
            revision: 1,
            title: title.to_string(),
            audience: Audience::Public,
            language: crate::domain::Language::Fr,
            sections: Vec::new(),
            exports,
        };
        batch.put(&draft)?;
    }
    batch.commit()
}

/// The return slip for the tasks changed since the slip was made: for each,
/// its status and the events appended.
pub fn return_slip(slip: &Slip, now: &[Task]) -> Option<ReturnSlip> {
    let updates: Vec<TaskUpdate> = now
        .iter()
        .filter_map(|t| {
            let old = slip.tasks.iter().find(|o| o.id == t.id)?;
            let events = t.history.get(old.history.len()..).unwrap_or_default().to_vec();
            let base = old.history.len();
            (t.status != old.status || !events.is_empty()).then_some(TaskUpdate {
                task: t.id,
                status: t.status,
                base,
                events,
            })
        })
        .collect();
    (!updates.is_empty()).then(|| ReturnSlip {
        format: RETURN_FORMAT.to_string(),
        version: 2,
        member: slip.member.id,
        tasks: Vec::new(),
        updates,
    })
}

/// Whether `new` differs from `old` only by status and appended history
/// (status changes and comments): all a member may change.
pub fn only_status_and_comments(old: &Task, new: &Task) -> bool {
    let prefix_kept = new.history.len() >= old.history.len() && new.history[..old.history.len()] == old.history[..];
    let appended_ok = new.history[old.history.len().min(new.history.len())..]
        .iter()
        .all(|e| matches!(e.kind, TaskEventKind::Status { .. } | TaskEventKind::Comment(_)));
    // A new status must be the outcome of a recorded status change.
    let last_change = new.history.iter().rev().find_map(|e| match e.kind {
        TaskEventKind::Status { to, .. } => Some(to),
        TaskEventKind::Comment(_) => None,
    });
    let status_recorded = new.status == old.status || last_change == Some(new.status);
    let mut same = new.clone();
    same.status = old.status;
    same.history = old.history.clone();
    same.revision = old.revision;
    prefix_kept && appended_ok && status_recorded && same == *old
}

/// Merges a return slip: only the member's own tasks, only their status and
/// comments; anything else refuses the whole slip.
pub fn apply_return(store: &Store, ret: &ReturnSlip) -> Result<usize, ArchiveError> {
    if ret.format != RETURN_FORMAT {
        return Err(ArchiveError::NotAnArchive);
    }
    if ret.version > 2 {
        return Err(ArchiveError::Newer { found: u64::from(ret.version) });
    }
    let refuse =
        |id: RecordId, reason: super::Refusal| ArchiveError::Invalid { kind: "tasks", id: id.to_string(), reason };
    store.get::<Member>(ret.member).map_err(|_| refuse(ret.member, super::Refusal::UnknownMember))?;
    let mut batch = store.batch();
    let mut updated = 0;
    for t in &ret.tasks {
        let stored: Task = store.get(t.id).map_err(|_| refuse(t.id, super::Refusal::UnknownTask))?;
        if !stored.assignees.contains(&ret.member) {
            return Err(refuse(t.id, super::Refusal::NotTheMembersTask));
        }
        if !only_status_and_comments(&stored, t) {
            return Err(refuse(t.id, super::Refusal::BeyondStatusAndComments));
        }
        // Revisions differ once merged: compare the content only.
        let mut same_revision = t.clone();
        same_revision.revision = stored.revision;
        if same_revision != stored {
            let mut merged = t.clone();
            merged.revision = stored.revision.saturating_add(1);
            batch.put(&merged)?;
            updated += 1;
        }
    }
    for u in &ret.updates {
        let stored: Task = store.get(u.task).map_err(|_| refuse(u.task, super::Refusal::UnknownTask))?;
        if !stored.assignees.contains(&ret.member) {
            return Err(refuse(u.task, super::Refusal::NotTheMembersTask));
        }
        let mut merged = stored.clone();
        // Events already merged (a second import of the same slip) are not
        // added again.
        let since = stored.history.get(u.base.min(stored.history.len())..).unwrap_or_default();
        let fresh: Vec<_> = u.events.iter().filter(|e| !since.contains(e)).cloned().collect();
        merged.history.extend(fresh);
        merged.status = u.status;
        if !only_status_and_comments(&stored, &merged) {
            return Err(refuse(u.task, super::Refusal::BeyondStatusAndComments));
        }
        if merged != stored {
            merged.revision = stored.revision.saturating_add(1);
            batch.put(&merged)?;
            updated += 1;
        }
    }
    batch.commit()?;
    Ok(updated)
}
