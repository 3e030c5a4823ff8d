//! Changing minutes, for both shells: one [`MinutesEdit`] applied to the
//! stored meeting, and the tasks made from its action items kept in step in
//! the same transaction — a task follows its action (title, group,
//! assignees, due date, its place in the agenda) and goes when the action
//! or its agenda item is deleted. An action saved without a group gets its
//! task once a group is chosen.

use std::collections::{BTreeMap, BTreeSet};

use super::{CouncilError, Session};
use crate::domain::{Date, DomainError, Entry, Meeting, MinutesEdit, Record, RecordId, Task, TaskOrigin};

/// What a change to minutes wrote.
#[derive(Clone, Debug)]
pub struct MinutesSaved {
    /// The meeting as stored (with its new revision).
    pub meeting: Meeting,
    /// Tasks created or changed with it.
    pub tasks: Vec<Task>,
    /// Tasks removed with their action items.
    pub removed_tasks: Vec<RecordId>,
}

/// What deleting a part of the minutes takes with it, for the question
/// asked before.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeleteCost {
    /// Questions that go.
    pub questions: usize,
    /// Decisions that go.
    pub decisions: usize,
    /// Action items that go.
    pub actions: usize,
    /// Titles of the tasks on the board that go with their actions.
    pub tasks: Vec<String>,
    /// Whether there are notes.
    pub notes: bool,
}

impl Session {
    /// Applies `edit` to the stored meeting `id` and keeps its tasks in step,
    /// all in one transaction.
    pub fn edit_minutes(&self, id: RecordId, edit: &MinutesEdit) -> Result<MinutesSaved, CouncilError> {
        let old: Meeting = self.store().get(id)?;
        let mut meeting = old.clone();
        meeting.apply(edit)?;
        self.ensure_minutes_refs(&old, &meeting)?;
        let touched = edit.touched_action(&meeting);
        let (tasks, removed_tasks) = self.follow_tasks(&old, &mut meeting, touched)?;
        Meeting::check_update(&old, &meeting)?;
        meeting.bump_revision();
        self.guard(&meeting)?;
        for t in &tasks {
            self.guard(t)?;
        }
        let mut batch = self.store().batch();
        for t in &tasks {
            batch.put(t)?;
        }
        for t in &removed_tasks {
            batch.remove::<Task>(*t);
        }
        batch.put(&meeting)?;
        batch.commit()?;
        Ok(MinutesSaved { meeting, tasks, removed_tasks })
    }

    /// What deleting agenda item `item` (or, with `entry`, one action)
    /// would take with it.
    pub fn delete_cost(&self, id: RecordId, item: usize, action: Option<usize>) -> Result<DeleteCost, CouncilError> {
        let meeting: Meeting = self.store().get(id)?;
        let it = meeting.agenda.get(item).ok_or(DomainError::NoSuchItem)?;
        let actions: Vec<_> = match action {
            Some(i) => it.actions.get(i).into_iter().collect(),
            None => it.actions.iter().collect(),
        };
        let mut tasks = Vec::new();
        for t in actions.iter().filter_map(|a| a.task) {
            if let Some(task) = self.stored::<Task>(t)? {
                tasks.push(task.title);
            }
        }
        Ok(match action {
            Some(_) => DeleteCost { actions: actions.len(), tasks, ..Default::default() },
            None => DeleteCost {
                questions: it.questions.len(),
                decisions: it.decisions.len(),
                actions: actions.len(),
                tasks,
                notes: !it.notes.trim().is_empty(),
            },
        })
    }

    /// A new meeting on `date`, from the previous meeting of its kind's
    /// agenda when there is one.
    pub fn new_meeting(
        &self,
        kind: crate::domain::MeetingKind,
        date: Date,
        title: &str,
        from_previous: bool,
    ) -> Result<Meeting, CouncilError> {
        let previous = if from_previous { self.previous_meeting(kind, date)? } else { None };
        let m = match previous {
            Some(prev) => Meeting::from_template(&prev, RecordId::random(), date, title)?,
            None => Meeting::new(RecordId::random(), kind, date, title)?,
        };
        self.save_meeting(m)
    }

    /// Deletes a meeting whose minutes are not adopted. Tasks made from it
    /// stay on the board, without an origin.
    pub fn delete_meeting(&self, id: RecordId) -> Result<Vec<Task>, CouncilError> {
        let meeting: Meeting = self.store().get(id)?;
        if meeting.is_adopted() {
            return Err(DomainError::AdoptedReadOnly.into());
        }
        let mut kept = Vec::new();
        // A damaged task that came from this meeting keeps its origin (it
        // cannot be read, and is never written over).
        for mut task in self.sound::<Task>()? {
            if task.origin.is_some_and(|o| o.meeting == id) {
                task.origin = None;
                task.bump_revision();
                kept.push(task);
            }
        }
        let mut batch = self.store().batch();
        for t in &kept {
            batch.put(t)?;
        }
        batch.remove::<Meeting>(id);
        batch.commit()?;
        Ok(kept)
    }

    /// Attendance must name members, action items existing groups and
    /// members. Only references `old` did not hold are read from the store
    /// (the others were checked when they came): a notes save reads none.
    fn ensure_minutes_refs(&self, old: &Meeting, meeting: &Meeting) -> Result<(), CouncilError> {
        let new_ids = |now: &[RecordId], before: &[RecordId]| -> Vec<RecordId> {
            now.iter().filter(|id| !before.contains(id)).copied().collect()
        };
        let old_groups: Vec<RecordId> = old.agenda.iter().flat_map(|i| &i.actions).filter_map(|a| a.group).collect();
        let old_assignees: Vec<RecordId> =
            old.agenda.iter().flat_map(|i| &i.actions).flat_map(|a| a.assignees.iter().copied()).collect();
        let attendance = new_ids(&meeting.attendance.members, &old.attendance.members);
        self.ensure_ids::<crate::domain::Member>(&attendance, "attendance")?;
        for a in meeting.agenda.iter().flat_map(|i| &i.actions) {
            let group: Vec<RecordId> = a.group.into_iter().collect();
            self.ensure_ids::<crate::domain::WorkingGroup>(&new_ids(&group, &old_groups), "group")?;
            self.ensure_ids::<crate::domain::Member>(&new_ids(&a.assignees, &old_assignees), "assignees")?;
        }
        Ok(())
    }

    fn ensure_ids<R: Record>(&self, ids: &[RecordId], field: &'static str) -> Result<(), CouncilError> {
        for id in ids {
            if self.stored::<R>(*id)?.is_none() {
                return Err(DomainError::Dangling(field).into());
            }
        }
        Ok(())
    }

    /// The tasks to write and to remove so that every task made from
    /// `meeting` matches its action: removed with it, its origin following
    /// its agenda item, its fields following the action just edited, and
    /// made when that action first has a group.
    fn follow_tasks(
        &self,
        old: &Meeting,
        meeting: &mut Meeting,
        touched: Option<Entry>,
    ) -> Result<(Vec<Task>, Vec<RecordId>), CouncilError> {
        let before: BTreeSet<RecordId> = old.agenda.iter().flat_map(|i| &i.actions).filter_map(|a| a.task).collect();
        let mut now: BTreeMap<RecordId, usize> = BTreeMap::new();
        let mut write = Vec::new();
        for (item, it) in meeting.agenda.iter_mut().enumerate() {
            for (index, action) in it.actions.iter_mut().enumerate() {
                let edited = touched == Some(Entry { item, index });
                let origin =
                    TaskOrigin { meeting: meeting.id, item: u16::try_from(item).map_err(|_| DomainError::NoSuchItem)? };
                match (action.task, action.group) {
                    (Some(id), _) => {
                        now.insert(id, item);
                        let Some(mut task) = self.stored::<Task>(id)? else { continue };
                        let before = task.clone();
                        task.origin = Some(origin);
                        if edited {
                            task.title.clone_from(&action.title);
                            if let Some(g) = action.group {
                                task.group = g;
                            }
                            task.assignees.clone_from(&action.assignees);
                            task.due = action.due;
                        }
                        if task != before {
                            task.bump_revision();
                            write.push(task);
                        }
                    }
                    (None, Some(group)) if edited => {
                        let mut task = Task::new(RecordId::random(), group, &action.title)?;
                        task.assignees.clone_from(&action.assignees);
                        task.due = action.due;
                        task.origin = Some(origin);
                        action.task = Some(task.id);
                        write.push(task);
                    }
                    _ => {}
                }
            }
        }
        let mut removed = Vec::new();
        for id in before.into_iter().filter(|id| !now.contains_key(id)) {
            if self.stored::<Task>(id)?.is_some() {
                removed.push(id);
            }
        }
        Ok((write, removed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        ActionFields, Council, Decision, ItemKind, MeetingKind, Member, MinutesEdit as E, Outcome, TaskStatus,
        WorkingGroup,
    };
    use crate::storage::{Access, Store};
    use time::macros::date;

    struct Fixture {
        _dir: tempfile::TempDir,
        session: Session,
        group: RecordId,
        loutre: RecordId,
        meeting: RecordId,
    }

    fn fixture() -> Fixture {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let id = age::x25519::Identity::generate();
        let access = Access { recipients: vec![id.to_public()], passphrase: None };
        let council = Council::new("Conseil", crate::domain::Language::Fr).unwrap_or_else(|e| panic!("{e}"));
        let store = Store::create(&dir.path().join("c"), &council, &access).unwrap_or_else(|e| panic!("{e}"));
        let session = Session::new(store);
        let group = WorkingGroup::new(RecordId::random(), "Prise de parole").unwrap_or_else(|e| panic!("{e}"));
        let group = session.save_group(group).unwrap_or_else(|e| panic!("{e}")).id;
        let loutre = Member::new(RecordId::random(), "Loutre").unwrap_or_else(|e| panic!("{e}"));
        let loutre = session.save_member(loutre).unwrap_or_else(|e| panic!("{e}")).id;
        let m = session
            .new_meeting(MeetingKind::Monthly, date!(2026 - 12 - 10), "Conseil de décembre", false)
            .unwrap_or_else(|e| panic!("{e}"));
        let f = Fixture { _dir: dir, session, group, loutre, meeting: m.id };
        for (slot, kind, title) in
            [("9h00-9h15", ItemKind::Welcome, "Accueil"), ("10h45-12h00", ItemKind::Plenary, "Plénière")]
        {
            let slot = slot.parse().unwrap_or_else(|e| panic!("{e:?}"));
            f.edit(&E::AddItem { slot, kind, title: title.into() });
        }
        f
    }

    impl Fixture {
        fn edit(&self, edit: &MinutesEdit) -> MinutesSaved {
            self.session.edit_minutes(self.meeting, edit).unwrap_or_else(|e| panic!("{edit:?}: {e}"))
        }
        fn tasks(&self) -> Vec<Task> {
            self.session.store().list::<Task>().unwrap_or_else(|e| panic!("{e}"))
        }
    }

    #[test]
    fn an_action_saved_without_group_or_assignee_is_corrected_and_becomes_a_task() {
        let f = fixture();
        let bare = ActionFields { title: "Écrire au CLSM".into(), group: None, assignees: vec![], due: None };
        f.edit(&E::AddAction { item: 1, action: bare });
        assert!(f.tasks().is_empty(), "no group yet: no task");
        let entry = Entry { item: 1, index: 0 };
        let fixed = ActionFields {
            title: "Écrire au CLSM".into(),
            group: Some(f.group),
            assignees: vec![f.loutre],
            due: Some(date!(2027 - 01 - 15)),
        };
        let saved = f.edit(&E::EditAction { entry, action: fixed });
        let tasks = f.tasks();
        assert_eq!(tasks.len(), 1);
        let task = &tasks[0];
        assert_eq!(
            (task.group, task.assignees.clone(), task.due),
            (f.group, vec![f.loutre], Some(date!(2027 - 01 - 15)))
        );
        assert_eq!(task.origin, Some(TaskOrigin { meeting: f.meeting, item: 1 }));
        assert_eq!(saved.meeting.agenda[1].actions[0].task, Some(task.id));
        assert!(!saved
            .meeting
            .adoption_gaps()
            .iter()
            .any(|g| matches!(g, crate::domain::AdoptionGap::ActionWithoutAssignee { .. })));
    }

    #[test]
    fn tasks_follow_their_item_when_it_moves_and_go_when_it_is_deleted() {
        let f = fixture();
        let action =
            ActionFields { title: "Préparer".into(), group: Some(f.group), assignees: vec![f.loutre], due: None };
        f.edit(&E::AddAction { item: 1, action });
        f.edit(&E::MoveItem { item: 1, to: 0 });
        assert_eq!(f.tasks()[0].origin.map(|o| o.item), Some(0), "the origin follows its item");
        let cost = f.session.delete_cost(f.meeting, 0, None).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((cost.actions, cost.tasks.clone()), (1, vec!["Préparer".to_string()]));
        let saved = f.edit(&E::DeleteItem { item: 0 });
        assert_eq!(saved.removed_tasks.len(), 1);
        assert!(f.tasks().is_empty(), "the task went with its action");
    }

    #[test]
    fn a_refused_edit_writes_nothing() {
        let f = fixture();
        let before: Meeting = f.session.store().get(f.meeting).unwrap_or_else(|e| panic!("{e}"));
        let ghost = ActionFields { title: "X".into(), group: Some(RecordId::random()), assignees: vec![], due: None };
        assert!(f.session.edit_minutes(f.meeting, &E::AddAction { item: 0, action: ghost }).is_err());
        let vote = Decision { text: "D".into(), outcome: Some(Outcome::Vote { r#for: 2, against: 0, abstain: 0 }) };
        f.edit(&E::Attendance { members: vec![f.loutre], guests: 2 });
        assert!(f.session.edit_minutes(f.meeting, &E::AddDecision { item: 0, decision: vote }).is_err());
        let after: Meeting = f.session.store().get(f.meeting).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(after.agenda, before.agenda);
        assert!(f.tasks().is_empty());
    }

    #[test]
    fn editing_an_action_keeps_the_task_status_and_history() {
        let f = fixture();
        let action = ActionFields { title: "Préparer".into(), group: Some(f.group), assignees: vec![], due: None };
        f.edit(&E::AddAction { item: 0, action: action.clone() });
        let mut task = f.tasks().remove(0);
        task.set_status(date!(2026 - 12 - 11), TaskStatus::Doing);
        f.session.save_task(task).unwrap_or_else(|e| panic!("{e}"));
        let renamed = ActionFields { title: "Préparer le courrier".into(), assignees: vec![f.loutre], ..action };
        f.edit(&E::EditAction { entry: Entry { item: 0, index: 0 }, action: renamed });
        let task = f.tasks().remove(0);
        assert_eq!(
            (task.title.as_str(), task.status, task.history.len()),
            ("Préparer le courrier", TaskStatus::Doing, 1)
        );
    }
}
