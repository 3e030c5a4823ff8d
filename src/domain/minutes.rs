//! Every change a secretary makes to a meeting's minutes, as one value.
//!
//! Both shells (command line and terminal UI) describe what they want as a
//! [`MinutesEdit`] and the council applies it with [`Meeting::apply`]: the
//! rules (adopted minutes are frozen, indexes must exist, votes cannot
//! outnumber the members present) are written once, here, with no I/O.
//! What the change means for tasks made from action items is the council's
//! business (`council::minutes`), because tasks are other records.

use super::meeting::{ActionItem, AgendaItem, Decision, ItemKind, Meeting, Outcome};
use super::{ClockTime, Date, DomainError, RecordId, TimeSlot};

/// What an action item should say, as typed (its task is the council's).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionFields {
    /// What to do.
    pub title: String,
    /// Group that will carry it (none yet: no task is made until chosen).
    pub group: Option<RecordId>,
    /// Members who will carry it.
    pub assignees: Vec<RecordId>,
    /// When it is due.
    pub due: Option<Date>,
}

/// Which entry of an agenda item: the item, then the entry's index in its
/// list (0-based).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Agenda item (0-based).
    pub item: usize,
    /// Index in the item's questions, decisions or actions.
    pub index: usize,
}

/// One change to a meeting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MinutesEdit {
    /// New date and title.
    Retitle {
        /// Day of the meeting.
        date: Date,
        /// Title.
        title: String,
    },
    /// A new agenda item at the end.
    AddItem {
        /// Planned slot.
        slot: TimeSlot,
        /// Kind.
        kind: ItemKind,
        /// Title.
        title: String,
    },
    /// An item's slot, kind and title.
    EditItem {
        /// Item (0-based).
        item: usize,
        /// Planned slot.
        slot: TimeSlot,
        /// Kind.
        kind: ItemKind,
        /// Title.
        title: String,
    },
    /// Moves an item to another place in the agenda.
    MoveItem {
        /// Item (0-based).
        item: usize,
        /// Its new place (0-based).
        to: usize,
    },
    /// Removes an item with its notes, questions, decisions and actions.
    DeleteItem {
        /// Item (0-based).
        item: usize,
    },
    /// An item's notes.
    Notes {
        /// Item (0-based).
        item: usize,
        /// The whole text.
        text: String,
    },
    /// When an item really began (`None` forgets it).
    Start {
        /// Item (0-based).
        item: usize,
        /// Time of day.
        at: Option<ClockTime>,
    },
    /// Who was there.
    Attendance {
        /// Members present.
        members: Vec<RecordId>,
        /// Number of guests.
        guests: u16,
    },
    /// A question raised.
    AddQuestion {
        /// Item (0-based).
        item: usize,
        /// The question.
        text: String,
    },
    /// A question corrected.
    EditQuestion {
        /// Which question.
        entry: Entry,
        /// The question.
        text: String,
    },
    /// A question removed.
    DeleteQuestion(Entry),
    /// A decision taken.
    AddDecision {
        /// Item (0-based).
        item: usize,
        /// The decision.
        decision: Decision,
    },
    /// A decision corrected (its text or its outcome).
    EditDecision {
        /// Which decision.
        entry: Entry,
        /// The decision.
        decision: Decision,
    },
    /// A decision removed.
    DeleteDecision(Entry),
    /// An action item agreed.
    AddAction {
        /// Item (0-based).
        item: usize,
        /// What it says.
        action: ActionFields,
    },
    /// An action item corrected (its task follows).
    EditAction {
        /// Which action.
        entry: Entry,
        /// What it says now.
        action: ActionFields,
    },
    /// An action item removed (its task goes with it).
    DeleteAction(Entry),
    /// The minutes adopted on a date.
    Adopt {
        /// Day of adoption.
        on: Date,
    },
    /// A dated amendment to adopted minutes.
    Amend {
        /// Day of the amendment.
        on: Date,
        /// What it corrects.
        text: String,
    },
}

impl MinutesEdit {
    /// The action item this edit creates or changes, once applied, so that
    /// its task can follow.
    pub fn touched_action(&self, meeting: &Meeting) -> Option<Entry> {
        match self {
            MinutesEdit::AddAction { item, .. } => {
                let index = meeting.agenda.get(*item)?.actions.len().checked_sub(1)?;
                Some(Entry { item: *item, index })
            }
            MinutesEdit::EditAction { entry, .. } => Some(*entry),
            _ => None,
        }
    }
}

/// Text of a required field, trimmed.
fn required(field: &'static str, text: &str) -> Result<String, DomainError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(DomainError::Empty(field));
    }
    Ok(text.to_string())
}

fn slot_of<T>(list: &mut [T], index: usize) -> Result<&mut T, DomainError> {
    list.get_mut(index).ok_or(DomainError::NoSuchEntry)
}

fn remove_at<T>(list: &mut Vec<T>, index: usize) -> Result<(), DomainError> {
    if index >= list.len() {
        return Err(DomainError::NoSuchEntry);
    }
    list.remove(index);
    Ok(())
}

impl Meeting {
    /// Applies one edit. Adopted minutes take only an amendment; nothing
    /// changes when the edit is refused.
    pub fn apply(&mut self, edit: &MinutesEdit) -> Result<(), DomainError> {
        let mut next = self.clone();
        next.apply_in_place(edit)?;
        next.check_votes()?;
        *self = next;
        Ok(())
    }

    fn apply_in_place(&mut self, edit: &MinutesEdit) -> Result<(), DomainError> {
        use MinutesEdit as E;
        match edit {
            E::Amend { on, text } => {
                if !self.is_adopted() {
                    return Err(DomainError::NotAdopted);
                }
                self.amend(*on, text)
            }
            E::Adopt { on } => self.adopt(*on),
            E::Retitle { date, title } => {
                let m = self.edit()?;
                m.title = required("title", title)?;
                m.date = *date;
                Ok(())
            }
            E::AddItem { slot, kind, title } => {
                let title = required("title", title)?;
                self.edit()?.agenda.push(AgendaItem::new(*slot, *kind, &title));
                Ok(())
            }
            E::EditItem { item, slot, kind, title } => {
                let title = required("title", title)?;
                let it = self.item_mut(*item)?;
                (it.slot, it.kind, it.title) = (*slot, *kind, title);
                Ok(())
            }
            E::MoveItem { item, to } => {
                let agenda = &mut self.edit()?.agenda;
                if *item >= agenda.len() || *to >= agenda.len() {
                    return Err(DomainError::NoSuchItem);
                }
                let moved = agenda.remove(*item);
                agenda.insert(*to, moved);
                Ok(())
            }
            E::DeleteItem { item } => {
                let agenda = &mut self.edit()?.agenda;
                if *item >= agenda.len() {
                    return Err(DomainError::NoSuchItem);
                }
                agenda.remove(*item);
                Ok(())
            }
            E::Notes { item, text } => {
                self.item_mut(*item)?.notes = text.clone();
                Ok(())
            }
            E::Start { item, at } => {
                self.item_mut(*item)?.actual_start = *at;
                Ok(())
            }
            E::Attendance { members, guests } => {
                let attendance = &mut self.edit()?.attendance;
                attendance.members = members.clone();
                attendance.guests = *guests;
                Ok(())
            }
            E::AddQuestion { item, text } => {
                let text = required("question", text)?;
                self.item_mut(*item)?.questions.push(text);
                Ok(())
            }
            E::EditQuestion { entry, text } => {
                let text = required("question", text)?;
                *slot_of(&mut self.item_mut(entry.item)?.questions, entry.index)? = text;
                Ok(())
            }
            E::DeleteQuestion(entry) => remove_at(&mut self.item_mut(entry.item)?.questions, entry.index),
            E::AddDecision { item, decision } => {
                let decision = Decision { text: required("decision", &decision.text)?, outcome: decision.outcome };
                self.item_mut(*item)?.decisions.push(decision);
                Ok(())
            }
            E::EditDecision { entry, decision } => {
                let decision = Decision { text: required("decision", &decision.text)?, outcome: decision.outcome };
                *slot_of(&mut self.item_mut(entry.item)?.decisions, entry.index)? = decision;
                Ok(())
            }
            E::DeleteDecision(entry) => remove_at(&mut self.item_mut(entry.item)?.decisions, entry.index),
            E::AddAction { item, action } => {
                let title = required("action", &action.title)?;
                self.item_mut(*item)?.actions.push(ActionItem {
                    title,
                    group: action.group,
                    assignees: action.assignees.clone(),
                    due: action.due,
                    task: None,
                });
                Ok(())
            }
            E::EditAction { entry, action } => {
                let title = required("action", &action.title)?;
                let a = slot_of(&mut self.item_mut(entry.item)?.actions, entry.index)?;
                a.title = title;
                a.group = action.group;
                a.assignees = action.assignees.clone();
                a.due = action.due;
                Ok(())
            }
            E::DeleteAction(entry) => remove_at(&mut self.item_mut(entry.item)?.actions, entry.index),
        }
    }

    /// Refuses a vote with more votes than members marked present (guests
    /// do not vote). Before attendance is marked, any count is accepted;
    /// adoption then lists the mismatch.
    fn check_votes(&self) -> Result<(), DomainError> {
        match self.vote_overflow() {
            Some((_, votes, present)) => Err(DomainError::TooManyVotes { votes, present }),
            None => Ok(()),
        }
    }

    /// The first vote whose count exceeds the members present, as
    /// `(item, votes, present)`, once attendance is marked.
    pub fn vote_overflow(&self) -> Option<(usize, u16, u16)> {
        let present = u16::try_from(self.attendance.members.len()).unwrap_or(u16::MAX);
        if present == 0 {
            return None;
        }
        self.agenda.iter().enumerate().find_map(|(item, it)| {
            it.decisions.iter().find_map(|d| match d.outcome {
                Some(Outcome::Vote { r#for, against, abstain }) => {
                    let votes = r#for.saturating_add(against).saturating_add(abstain);
                    (votes > present).then_some((item, votes, present))
                }
                _ => None,
            })
        })
    }

    /// Items (0-based) whose planned start comes before the end of the item
    /// before them: the agenda is out of time order there.
    pub fn slots_out_of_order(&self) -> Vec<usize> {
        self.agenda
            .windows(2)
            .enumerate()
            .filter(|(_, pair)| pair[1].slot.start < pair[0].slot.end)
            .map(|(i, _)| i + 1)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AdoptionGap, MeetingKind};
    use time::macros::date;

    fn meeting() -> Meeting {
        let mut m = Meeting::new(RecordId::random(), MeetingKind::Monthly, date!(2026 - 12 - 10), "Conseil")
            .unwrap_or_else(|e| panic!("{e}"));
        for (slot, kind, title) in [
            ("9h00-9h15", ItemKind::Welcome, "Accueil"),
            ("9h15-10h30", ItemKind::RoundTable, "Tour de table"),
            ("10h30-10h45", ItemKind::Break, "Pause"),
        ] {
            let slot = slot.parse().unwrap_or_else(|e| panic!("{e:?}"));
            m.apply(&MinutesEdit::AddItem { slot, kind, title: title.into() }).unwrap_or_else(|e| panic!("{e}"));
        }
        m
    }

    fn ok(m: &mut Meeting, edit: MinutesEdit) {
        m.apply(&edit).unwrap_or_else(|e| panic!("{edit:?}: {e}"));
    }

    #[test]
    fn a_forgotten_outcome_is_corrected_and_the_gap_closes() {
        let mut m = meeting();
        ok(&mut m, MinutesEdit::Attendance { members: (0..6).map(|_| RecordId::random()).collect(), guests: 2 });
        ok(&mut m, MinutesEdit::AddDecision { item: 1, decision: Decision { text: "Écrire".into(), outcome: None } });
        assert_eq!(m.adoption_gaps(), vec![AdoptionGap::DecisionWithoutOutcome { item: 1 }]);
        let entry = Entry { item: 1, index: 0 };
        let eight = Outcome::Vote { r#for: 6, against: 2, abstain: 0 };
        let refused = m.apply(&MinutesEdit::EditDecision {
            entry,
            decision: Decision { text: "Écrire".into(), outcome: Some(eight) },
        });
        assert_eq!(refused, Err(DomainError::TooManyVotes { votes: 8, present: 6 }));
        assert_eq!(m.agenda[1].decisions[0].outcome, None, "a refused edit changes nothing");
        let vote = Some(Outcome::Vote { r#for: 5, against: 1, abstain: 0 });
        ok(&mut m, MinutesEdit::EditDecision { entry, decision: Decision { text: "Écrire".into(), outcome: vote } });
        assert!(m.adoption_gaps().is_empty());
        ok(&mut m, MinutesEdit::DeleteDecision(entry));
        assert!(m.agenda[1].decisions.is_empty());
        assert_eq!(m.apply(&MinutesEdit::DeleteDecision(entry)), Err(DomainError::NoSuchEntry));
    }

    #[test]
    fn moving_items_says_when_slots_are_out_of_order() {
        let mut m = meeting();
        assert!(m.slots_out_of_order().is_empty());
        ok(&mut m, MinutesEdit::MoveItem { item: 2, to: 1 });
        assert_eq!(m.agenda[1].title, "Pause");
        assert_eq!(m.slots_out_of_order(), vec![2]);
        ok(&mut m, MinutesEdit::MoveItem { item: 1, to: 2 });
        assert_eq!(m.agenda[2].title, "Pause");
        assert!(m.slots_out_of_order().is_empty());
    }

    #[test]
    fn adopted_minutes_take_only_an_amendment() {
        let mut m = meeting();
        assert_eq!(
            m.apply(&MinutesEdit::Amend { on: date!(2026 - 12 - 11), text: "x".into() }),
            Err(DomainError::NotAdopted)
        );
        ok(&mut m, MinutesEdit::Attendance { members: vec![RecordId::random()], guests: 0 });
        ok(&mut m, MinutesEdit::Adopt { on: date!(2026 - 12 - 11) });
        let notes = MinutesEdit::Notes { item: 0, text: "ajout".into() };
        assert_eq!(m.apply(&notes), Err(DomainError::AdoptedReadOnly));
        ok(&mut m, MinutesEdit::Amend { on: date!(2026 - 12 - 12), text: "Coquille au point 2".into() });
        assert_eq!(m.amendments.len(), 1);
    }

    #[test]
    fn empty_texts_and_missing_entries_are_refused() {
        let mut m = meeting();
        assert_eq!(
            m.apply(&MinutesEdit::AddQuestion { item: 0, text: "  ".into() }),
            Err(DomainError::Empty("question"))
        );
        assert_eq!(m.apply(&MinutesEdit::AddQuestion { item: 9, text: "Qui ?".into() }), Err(DomainError::NoSuchItem));
        let entry = Entry { item: 0, index: 3 };
        assert_eq!(m.apply(&MinutesEdit::EditQuestion { entry, text: "Qui ?".into() }), Err(DomainError::NoSuchEntry));
        assert_eq!(m.apply(&MinutesEdit::MoveItem { item: 0, to: 7 }), Err(DomainError::NoSuchItem));
    }
}
