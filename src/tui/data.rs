//! The decrypted council held in memory while unlocked, and the queries the
//! screens need. Dropped entirely on lock.

use super::warnings::{self, Warning};
use crate::domain::{
    AdvocacyDraft, Contribution, Council, Date, Meeting, Member, MinutesStatus, Record, RecordId, Task, TaskStatus,
    WorkingGroup,
};
use crate::privacy::{Context, NeverWrite};
use crate::storage::BadRecord;

/// Which contributions to show.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContributionFilter {
    /// Only this theme.
    pub theme: Option<String>,
    /// Only this group.
    pub group: Option<RecordId>,
    /// Only this meeting.
    pub meeting: Option<RecordId>,
}

/// The records of a council, list by list, for [`Data::from_records`].
#[derive(Clone, Debug, Default)]
pub struct Records {
    /// Members.
    pub members: Vec<Member>,
    /// Working groups.
    pub groups: Vec<WorkingGroup>,
    /// Meetings.
    pub meetings: Vec<Meeting>,
    /// Tasks.
    pub tasks: Vec<Task>,
    /// Contributions.
    pub contributions: Vec<Contribution>,
    /// Advocacy drafts.
    pub drafts: Vec<AdvocacyDraft>,
}

/// Every record of the council, decrypted.
#[derive(Clone, Debug)]
pub struct Data {
    /// Name, language, settings.
    pub council: Council,
    /// Members, by pseudonym.
    pub members: Vec<Member>,
    /// Working groups, by name.
    pub groups: Vec<WorkingGroup>,
    /// Meetings, newest first.
    pub meetings: Vec<Meeting>,
    /// Tasks.
    pub tasks: Vec<Task>,
    /// Contributions.
    pub contributions: Vec<Contribution>,
    /// Advocacy drafts.
    pub drafts: Vec<AdvocacyDraft>,
    /// The "never write" list (keyed hashes and their key).
    pub never_write: NeverWrite,
    /// Identifying data found in the council's texts.
    pub warnings: Vec<Warning>,
    /// The warnings are still to be found: the first frame is drawn
    /// before the detectors read the whole council.
    pub warnings_pending: bool,
    /// Records that did not open at unlock (damaged or altered): left out
    /// of every list, named on the dashboard with what to do.
    pub damaged: Vec<BadRecord>,
    /// The council is read from a copy of read-only media: changes are
    /// refused, and the secretary is told so at unlock.
    pub read_only: bool,
    /// The members' pseudonyms (never reported as names), kept in step
    /// with `members` by [`Data::sort`].
    pseudonyms: crate::privacy::Pseudonyms,
}

impl Data {
    /// Finds the privacy warnings if they are still to be found.
    pub fn find_warnings(&mut self) {
        if self.warnings_pending {
            self.warnings = warnings::scan(self);
            self.warnings_pending = false;
        }
    }

    /// Loads and sorts everything.
    pub fn load(session: &crate::council::Session) -> Result<Self, crate::council::CouncilError> {
        let (sound, never_write) = session.everything()?;
        let doc = sound.document;
        let records = Records {
            members: doc.members,
            groups: doc.groups,
            meetings: doc.meetings,
            tasks: doc.tasks,
            contributions: doc.contributions,
            drafts: doc.drafts,
        };
        let mut data = Self::from_records(doc.council, records, never_write);
        data.damaged = sound.damaged;
        data.read_only = session.read_only_media();
        Ok(data)
    }

    /// The council's records held as if loaded: sorted, their identifying
    /// data scanned. Lets tests and tools build screens' data without a
    /// store.
    pub fn from_records(council: Council, records: Records, never_write: NeverWrite) -> Self {
        let Records { members, groups, meetings, tasks, contributions, drafts } = records;
        let mut data = Self {
            council,
            members,
            groups,
            meetings,
            tasks,
            contributions,
            drafts,
            never_write,
            warnings: Vec::new(),
            warnings_pending: true,
            damaged: Vec::new(),
            read_only: false,
            pseudonyms: crate::privacy::Pseudonyms::default(),
        };
        data.sort();
        data
    }

    /// Orders every list the way screens show it (ties fall back on ids so
    /// the order is stable) and refreshes the pseudonym list.
    pub fn sort(&mut self) {
        self.sort_members();
        self.sort_groups();
        self.sort_meetings();
        self.sort_tasks();
        self.sort_contributions();
    }

    /// Members by pseudonym; the pseudonym list follows.
    pub fn sort_members(&mut self) {
        self.members.sort_by_cached_key(|m| (m.pseudonym.to_lowercase(), m.id));
        let all: Vec<&str> = self.members.iter().map(|m| m.pseudonym.as_str()).collect();
        self.pseudonyms = crate::privacy::Pseudonyms::new(&all);
    }

    /// Groups by name.
    pub fn sort_groups(&mut self) {
        self.groups.sort_by_cached_key(|g| (g.name.to_lowercase(), g.id));
    }

    /// Meetings, newest first.
    pub fn sort_meetings(&mut self) {
        self.meetings.sort_by_key(|m| std::cmp::Reverse((m.date, m.id)));
    }

    /// Tasks by due date, then title.
    pub fn sort_tasks(&mut self) {
        self.tasks.sort_by(|a, b| (a.due, &a.title, a.id).cmp(&(b.due, &b.title, b.id)));
    }

    /// Contributions, newest first.
    pub fn sort_contributions(&mut self) {
        self.contributions.sort_by_key(|c| std::cmp::Reverse((c.consent.given_on, c.id)));
    }

    /// Puts a saved record in place of its previous version (or adds it).
    pub fn replace<R: Record>(list: &mut Vec<R>, record: R) {
        match list.iter_mut().find(|r| r.id() == record.id()) {
            Some(slot) => *slot = record,
            None => list.push(record),
        }
    }

    /// What the detectors need to know about this council: its pseudonyms
    /// and its "never write" list.
    pub fn privacy(&self) -> Context<'_> {
        Context::new(&self.pseudonyms, Some(&self.never_write), None)
    }

    /// A member's pseudonym, or a neutral word for an unknown id.
    pub fn pseudonym(&self, id: RecordId) -> &str {
        self.members.iter().find(|m| m.id == id).map_or("?", |m| m.pseudonym.as_str())
    }

    /// A group's name.
    pub fn group_name(&self, id: RecordId) -> &str {
        self.groups.iter().find(|g| g.id == id).map_or("?", |g| g.name.as_str())
    }

    /// A meeting by id.
    pub fn meeting(&self, id: RecordId) -> Option<&Meeting> {
        self.meetings.iter().find(|m| m.id == id)
    }

    /// The meeting to prepare or hold next: the earliest draft on or after
    /// today, else the latest draft, else the latest meeting.
    pub fn next_meeting(&self, today: Date) -> Option<&Meeting> {
        let drafts = || self.meetings.iter().filter(|m| m.status == MinutesStatus::Draft);
        drafts()
            .filter(|m| m.date >= today)
            .min_by_key(|m| m.date)
            .or_else(|| drafts().max_by_key(|m| m.date))
            .or_else(|| self.meetings.first())
    }

    /// Tasks of one board column after filters, in display order.
    pub fn board_column(&self, status: TaskStatus, group: Option<RecordId>, member: Option<RecordId>) -> Vec<&Task> {
        self.tasks
            .iter()
            .filter(|t| t.status == status)
            .filter(|t| group.is_none_or(|g| t.group == g))
            .filter(|t| member.is_none_or(|m| t.assignees.contains(&m)))
            .collect()
    }

    /// Contributions after filters, in display order.
    pub fn contributions_filtered(&self, filter: &ContributionFilter) -> Vec<&Contribution> {
        let ContributionFilter { theme, group, meeting } = filter;
        self.contributions
            .iter()
            .filter(|c| meeting.is_none_or(|m| c.meeting == Some(m)))
            .filter(|c| theme.as_ref().is_none_or(|t| c.themes.iter().any(|x| x == t)))
            .filter(|c| group.is_none_or(|g| c.group == Some(g)))
            .collect()
    }

    /// Open tasks of a group, overdue first, then by due date.
    pub fn open_tasks(&self, group: RecordId, today: Date) -> Vec<&Task> {
        let mut tasks: Vec<&Task> =
            self.tasks.iter().filter(|t| t.group == group && t.status != TaskStatus::Done).collect();
        tasks.sort_by_key(|t| (!t.is_overdue(today), t.due, t.id));
        tasks
    }
}
