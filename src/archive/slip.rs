//! Members' task slips: a small archive holding only what one member may
//! see (their tasks, the adopted minutes of meetings they could attend,
//! their own contributions and where each went), and the return slip that
//! brings back their task updates — and nothing else.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::ArchiveError;
use crate::domain::{
    AdvocacyDraft, Audience, Author, Contribution, Meeting, MeetingKind, Member, RecordId, Task, TaskEventKind,
    WorkingGroup, YearMonth,
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
    /// Layout version (1).
    pub version: u16,
    /// The member.
    pub member: RecordId,
    /// Their tasks, with new statuses and comments.
    pub tasks: Vec<Task>,
}

/// Builds the slip of `member` from the council.
pub fn member_slip(store: &Store, member: &Member) -> Result<Slip, StoreError> {
    let tasks: Vec<Task> = store.list::<Task>()?.into_iter().filter(|t| t.assignees.contains(&member.id)).collect();
    let mut group_ids: HashSet<RecordId> = member.groups.iter().copied().collect();
    group_ids.extend(tasks.iter().map(|t| t.group));
    let groups: Vec<WorkingGroup> =
        store.list::<WorkingGroup>()?.into_iter().filter(|g| group_ids.contains(&g.id)).collect();
    let meetings: Vec<Meeting> = store
        .list::<Meeting>()?
        .into_iter()
        .filter(|m| m.is_adopted())
        .filter(|m| match m.kind {
            MeetingKind::WorkingGroup(g) => member.groups.contains(&g),
            _ => true,
        })
        .collect();
    let seen: HashSet<RecordId> = meetings
        .iter()
        .flat_map(|m| {
            m.attendance
                .members
                .iter()
                .copied()
                .chain(m.agenda.iter().flat_map(|i| i.actions.iter().flat_map(|a| a.assignees.clone())))
        })
        .chain(tasks.iter().flat_map(|t| t.assignees.iter().copied()))
        .collect();
    let members: Vec<Member> = store
        .list::<Member>()?
        .into_iter()
        .filter(|m| m.id != member.id && seen.contains(&m.id))
        .map(|m| Member { roles: Vec::new(), groups: Vec::new(), credit_in_exports: false, ..m })
        .collect();
    let contributions: Vec<Contribution> =
        store.list::<Contribution>()?.into_iter().filter(|c| c.author == Author::Member(member.id)).collect();
    let own: HashSet<RecordId> = contributions.iter().map(|c| c.id).collect();
    let uses = store
        .list::<AdvocacyDraft>()?
        .iter()
        .flat_map(|d| {
            d.exports.iter().flat_map(move |e| {
                e.contributions.iter().map(move |c| Use {
                    contribution: *c,
                    draft: d.title.clone(),
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
        council: store.council()?.name,
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

/// The return slip for the tasks changed since the slip was made.
pub fn return_slip(slip: &Slip, now: &[Task]) -> Option<ReturnSlip> {
    let changed: Vec<Task> =
        now.iter().filter(|t| slip.tasks.iter().any(|o| o.id == t.id && o != *t)).cloned().collect();
    (!changed.is_empty()).then(|| ReturnSlip {
        format: RETURN_FORMAT.to_string(),
        version: 1,
        member: slip.member.id,
        tasks: changed,
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
    if ret.version > 1 {
        return Err(ArchiveError::Newer { found: ret.version });
    }
    let refuse = |id: RecordId, reason: &str| ArchiveError::Invalid {
        kind: "tasks",
        id: id.to_string(),
        reason: reason.to_string(),
    };
    store.get::<Member>(ret.member).map_err(|_| refuse(ret.member, "unknown member"))?;
    let mut batch = store.batch();
    let mut updated = 0;
    for t in &ret.tasks {
        let stored: Task = store.get(t.id).map_err(|_| refuse(t.id, "unknown task"))?;
        if !stored.assignees.contains(&ret.member) {
            return Err(refuse(t.id, "not a task of this member"));
        }
        if !only_status_and_comments(&stored, t) {
            return Err(refuse(t.id, "changes more than the status and comments"));
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
    batch.commit()?;
    Ok(updated)
}
