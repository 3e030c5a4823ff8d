//! Meetings and their minutes: agenda items in time slots, attendance,
//! notes, questions, decisions and action items.
//!
//! Minutes go `Draft → Adopted`. Once adopted they are frozen: the only change
//! allowed is appending a dated amendment, enforced by
//! [`Meeting::check_update`] so that every writer (command line, terminal UI,
//! archive import) applies the same rule.

use serde::{Deserialize, Serialize};

use super::member::has_duplicates;
use super::record::record_basics;
use super::text::{check_required, check_text};
use super::{Date, DomainError, Kind, Record, RecordId, TimeSlot};

/// What sort of meeting this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MeetingKind {
    /// The council's monthly meeting.
    Monthly,
    /// A meeting of one working group.
    WorkingGroup(RecordId),
    /// An extraordinary meeting.
    Extraordinary,
}

/// What sort of agenda item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    /// Welcome and opening.
    Welcome,
    /// Each person speaks in turn.
    RoundTable,
    /// Whole-council discussion.
    Plenary,
    /// A guest or member presents.
    Presentation,
    /// Break or meal.
    Break,
    /// Anything else.
    Other,
}

impl std::str::FromStr for ItemKind {
    type Err = DomainError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s.trim().to_lowercase().as_str() {
            "welcome" | "accueil" => ItemKind::Welcome,
            "round-table" | "tour-de-table" | "table-ronde" => ItemKind::RoundTable,
            "plenary" | "pleniere" | "plénière" => ItemKind::Plenary,
            "presentation" | "présentation" => ItemKind::Presentation,
            "break" | "pause" => ItemKind::Break,
            "other" | "autre" => ItemKind::Other,
            other => return Err(DomainError::UnknownValue(other.to_string())),
        })
    }
}

/// How a decision was reached. Votes are counts only: never who voted what.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// Agreed by consensus.
    Consensus,
    /// Put to a vote.
    Vote {
        /// Votes for.
        r#for: u16,
        /// Votes against.
        against: u16,
        /// Abstentions.
        abstain: u16,
    },
}

/// A decision taken on an agenda item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// What was decided.
    pub text: String,
    /// How; `None` until recorded (adoption asks for it).
    pub outcome: Option<Outcome>,
}

/// Something someone will do, to become a task of a working group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionItem {
    /// What to do.
    pub title: String,
    /// Group that will carry it.
    pub group: Option<RecordId>,
    /// Members who will carry it.
    pub assignees: Vec<RecordId>,
    /// When it is due.
    pub due: Option<Date>,
    /// The task made from it, once made.
    pub task: Option<RecordId>,
}

/// One item of the agenda.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaItem {
    /// Planned slot.
    pub slot: TimeSlot,
    /// When it actually began, so overruns show.
    pub actual_start: Option<super::ClockTime>,
    /// Kind of item.
    pub kind: ItemKind,
    /// Title ("Tour de table : nouvelles de chacun·e").
    pub title: String,
    /// Notes, several lines.
    pub notes: String,
    /// Questions raised.
    pub questions: Vec<String>,
    /// Decisions taken.
    pub decisions: Vec<Decision>,
    /// Action items agreed.
    pub actions: Vec<ActionItem>,
}

impl AgendaItem {
    /// An item with nothing recorded yet.
    pub fn new(slot: TimeSlot, kind: ItemKind, title: &str) -> Self {
        Self {
            slot,
            actual_start: None,
            kind,
            title: title.trim().to_string(),
            notes: String::new(),
            questions: Vec::new(),
            decisions: Vec::new(),
            actions: Vec::new(),
        }
    }

    fn validate(&self) -> Result<(), DomainError> {
        self.slot.validate()?;
        if let Some(t) = self.actual_start {
            t.validate()?;
        }
        check_required("title", &self.title)?;
        check_text("notes", &self.notes)?;
        for q in &self.questions {
            check_required("question", q)?;
        }
        for d in &self.decisions {
            check_required("decision", &d.text)?;
        }
        for a in &self.actions {
            check_required("action", &a.title)?;
            if has_duplicates(&a.assignees) {
                return Err(DomainError::Duplicate("assignees"));
            }
        }
        Ok(())
    }
}

/// Who was there: member ids and a number of guests, never guests' names.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attendance {
    /// Members present.
    pub members: Vec<RecordId>,
    /// Number of guests present.
    pub guests: u16,
}

/// Where the minutes stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MinutesStatus {
    /// Still being written.
    Draft,
    /// Adopted on that date; read-only from then on.
    Adopted(Date),
}

/// A dated correction appended to adopted minutes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Amendment {
    /// When the amendment was made.
    pub date: Date,
    /// What it corrects.
    pub text: String,
}

/// What adoption still misses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AdoptionGap {
    /// Nobody was marked present.
    NoAttendance,
    /// A decision of item `item` (0-based) has no outcome.
    DecisionWithoutOutcome { item: usize },
    /// An action item of item `item` has no working group.
    ActionWithoutGroup { item: usize },
    /// An action item of item `item` has nobody assigned.
    ActionWithoutAssignee { item: usize },
    /// A vote counts more votes than members present.
    TooManyVotes {
        /// Agenda item (0-based).
        item: usize,
        /// Votes counted.
        votes: u16,
        /// Members marked present.
        present: u16,
    },
}

/// A meeting and its minutes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// Random id.
    pub id: RecordId,
    /// Revision, bumped on each change.
    pub revision: u64,
    /// Monthly, working-group or extraordinary.
    pub kind: MeetingKind,
    /// Day of the meeting.
    pub date: Date,
    /// Title ("Conseil de mars").
    pub title: String,
    /// Agenda items in order.
    pub agenda: Vec<AgendaItem>,
    /// Who was there.
    pub attendance: Attendance,
    /// Draft or adopted.
    pub status: MinutesStatus,
    /// Corrections made after adoption.
    pub amendments: Vec<Amendment>,
}

impl Meeting {
    /// A new draft meeting with an empty agenda.
    pub fn new(id: RecordId, kind: MeetingKind, date: Date, title: &str) -> Result<Self, DomainError> {
        let meeting = Self {
            id,
            revision: 1,
            kind,
            date,
            title: title.trim().to_string(),
            agenda: Vec::new(),
            attendance: Attendance::default(),
            status: MinutesStatus::Draft,
            amendments: Vec::new(),
        };
        meeting.validate()?;
        Ok(meeting)
    }

    /// A new draft meeting reusing `previous`'s agenda (slots, kinds and
    /// titles), with nothing recorded: the usual way to prepare next month.
    pub fn from_template(previous: &Meeting, id: RecordId, date: Date, title: &str) -> Result<Self, DomainError> {
        let mut meeting = Self::new(id, previous.kind, date, title)?;
        meeting.agenda =
            previous.agenda.iter().map(|item| AgendaItem::new(item.slot, item.kind, &item.title)).collect();
        Ok(meeting)
    }

    /// Whether the minutes are adopted (and so read-only).
    pub fn is_adopted(&self) -> bool {
        matches!(self.status, MinutesStatus::Adopted(_))
    }

    /// What adoption still misses; empty when the minutes are complete.
    pub fn adoption_gaps(&self) -> Vec<AdoptionGap> {
        let mut gaps = Vec::new();
        if self.attendance.members.is_empty() && self.attendance.guests == 0 {
            gaps.push(AdoptionGap::NoAttendance);
        }
        for (item, agenda_item) in self.agenda.iter().enumerate() {
            if agenda_item.decisions.iter().any(|d| d.outcome.is_none()) {
                gaps.push(AdoptionGap::DecisionWithoutOutcome { item });
            }
            if agenda_item.actions.iter().any(|a| a.group.is_none()) {
                gaps.push(AdoptionGap::ActionWithoutGroup { item });
            }
            if agenda_item.actions.iter().any(|a| a.assignees.is_empty()) {
                gaps.push(AdoptionGap::ActionWithoutAssignee { item });
            }
        }
        if let Some((item, votes, present)) = self.vote_overflow() {
            gaps.push(AdoptionGap::TooManyVotes { item, votes, present });
        }
        gaps
    }

    /// Adopts the minutes on `date` if nothing is missing.
    pub fn adopt(&mut self, date: Date) -> Result<(), DomainError> {
        if self.is_adopted() {
            return Err(DomainError::AlreadyAdopted);
        }
        if !self.adoption_gaps().is_empty() {
            return Err(DomainError::NotReadyForAdoption);
        }
        self.status = MinutesStatus::Adopted(date);
        Ok(())
    }

    /// Appends a dated amendment (allowed on adopted minutes).
    pub fn amend(&mut self, date: Date, text: &str) -> Result<(), DomainError> {
        check_required("amendment", text)?;
        self.amendments.push(Amendment { date, text: text.trim().to_string() });
        Ok(())
    }

    /// Mutable access to the minutes, refused once adopted.
    pub fn edit(&mut self) -> Result<&mut Self, DomainError> {
        if self.is_adopted() {
            return Err(DomainError::AdoptedReadOnly);
        }
        Ok(self)
    }

    /// The rule every writer applies before replacing `old` by `new`: adopted
    /// minutes may only gain amendments at the end.
    pub fn check_update(old: &Meeting, new: &Meeting) -> Result<(), DomainError> {
        if !old.is_adopted() {
            return Ok(());
        }
        if new.amendments.len() < old.amendments.len() || new.amendments[..old.amendments.len()] != old.amendments[..] {
            return Err(DomainError::AdoptedReadOnly);
        }
        let mut frozen = new.clone();
        frozen.amendments.truncate(old.amendments.len());
        frozen.revision = old.revision;
        if frozen != *old {
            return Err(DomainError::AdoptedReadOnly);
        }
        Ok(())
    }

    /// The agenda item at `index`, for editing.
    pub fn item_mut(&mut self, index: usize) -> Result<&mut AgendaItem, DomainError> {
        self.edit()?.agenda.get_mut(index).ok_or(DomainError::NoSuchItem)
    }
}

impl Record for Meeting {
    record_basics!(Kind::Meeting);

    fn validate(&self) -> Result<(), DomainError> {
        check_required("title", &self.title)?;
        for item in &self.agenda {
            item.validate()?;
        }
        if has_duplicates(&self.attendance.members) {
            return Err(DomainError::Duplicate("attendance"));
        }
        for a in &self.amendments {
            check_required("amendment", &a.text)?;
        }
        Ok(())
    }

    fn free_texts(&self) -> Vec<&str> {
        let mut out = vec![self.title.as_str()];
        for item in &self.agenda {
            out.extend([item.title.as_str(), item.notes.as_str()]);
            out.extend(item.questions.iter().map(String::as_str));
            out.extend(item.decisions.iter().map(|d| d.text.as_str()));
            out.extend(item.actions.iter().map(|a| a.title.as_str()));
        }
        out.extend(self.amendments.iter().map(|a| a.text.as_str()));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn meeting() -> Meeting {
        let mut m = Meeting::new(RecordId::random(), MeetingKind::Monthly, date!(2026 - 03 - 12), "Conseil de mars")
            .unwrap_or_else(|e| panic!("{e}"));
        let slot = "9h15-10h30".parse().unwrap_or_else(|e| panic!("{e:?}"));
        m.agenda.push(AgendaItem::new(slot, ItemKind::RoundTable, "Tour de table"));
        m
    }

    #[test]
    fn adoption_names_what_is_missing() {
        let mut m = meeting();
        m.agenda[0].decisions.push(Decision { text: "Écrire au CLSM".into(), outcome: None });
        m.agenda[0].actions.push(ActionItem {
            title: "Préparer le courrier".into(),
            group: None,
            assignees: vec![],
            due: None,
            task: None,
        });
        assert_eq!(
            m.adoption_gaps(),
            vec![
                AdoptionGap::NoAttendance,
                AdoptionGap::DecisionWithoutOutcome { item: 0 },
                AdoptionGap::ActionWithoutGroup { item: 0 },
                AdoptionGap::ActionWithoutAssignee { item: 0 },
            ]
        );
        assert_eq!(m.adopt(date!(2026 - 04 - 09)), Err(DomainError::NotReadyForAdoption));
    }

    #[test]
    fn adopted_minutes_only_take_amendments() {
        let mut m = meeting();
        m.attendance.guests = 2;
        assert_eq!(m.adopt(date!(2026 - 04 - 09)), Ok(()));
        assert_eq!(m.adopt(date!(2026 - 04 - 10)), Err(DomainError::AlreadyAdopted));
        assert!(m.item_mut(0).is_err());

        let old = m.clone();
        let mut edited = m.clone();
        edited.agenda[0].notes.push_str("ajout");
        assert_eq!(Meeting::check_update(&old, &edited), Err(DomainError::AdoptedReadOnly));

        let mut amended = m.clone();
        assert_eq!(amended.amend(date!(2026 - 05 - 07), "Coquille corrigée au point 1"), Ok(()));
        amended.bump_revision();
        assert_eq!(Meeting::check_update(&old, &amended), Ok(()));

        let mut rewritten = amended.clone();
        rewritten.amendments[0].text = "autre chose".into();
        assert_eq!(Meeting::check_update(&amended, &rewritten), Err(DomainError::AdoptedReadOnly));
    }

    #[test]
    fn template_copies_agenda_but_not_content() {
        let mut prev = meeting();
        prev.agenda[0].notes = "Notes de mars".into();
        prev.attendance.guests = 3;
        let next = Meeting::from_template(&prev, RecordId::random(), date!(2026 - 04 - 09), "Conseil d'avril")
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(next.agenda.len(), 1);
        assert_eq!(next.agenda[0].title, "Tour de table");
        assert!(next.agenda[0].notes.is_empty());
        assert_eq!(next.attendance, Attendance::default());
    }

    #[test]
    fn duplicate_attendance_refused() {
        let mut m = meeting();
        let id = RecordId::random();
        m.attendance.members = vec![id, id];
        assert_eq!(m.validate(), Err(DomainError::Duplicate("attendance")));
    }
}
