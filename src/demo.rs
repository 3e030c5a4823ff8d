//! A generated council with realistic French content: the demo (`--demo`)
//! and the benchmarks' ten-year council come from here.
//!
//! Deterministic for a given seed, so benchmarks compare like with like.
//! Contains pseudonyms only: no sentence in the pools names a person or
//! gives a contact.

mod pools;

use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use time::{Duration, Month};

use crate::domain::{
    ActionItem, AdvocacyDraft, AgendaItem, Audience, Author, Consent, ConsentLevel, Contribution, ContributionKind,
    Date, Decision, DraftSection, ExportRecord, Language, Meeting, MeetingKind, Member, Outcome, RecordId, Role, Task,
    TaskOrigin, TaskStatus, WorkingGroup, YearMonth,
};
use crate::storage::{Store, StoreError};

/// How big a council to generate.
#[derive(Clone, Copy, Debug)]
pub struct DemoSize {
    /// Years of monthly meetings.
    pub years: u16,
    /// Working-group meetings over the whole span.
    pub group_meetings: usize,
    /// Tasks over the whole span.
    pub tasks: usize,
    /// Contributions over the whole span.
    pub contributions: usize,
}

impl DemoSize {
    /// The demo: a year of council life.
    pub const ONE_YEAR: DemoSize = DemoSize { years: 1, group_meetings: 4, tasks: 36, contributions: 60 };

    /// The benchmarks' council: ten years.
    pub const TEN_YEARS: DemoSize = DemoSize { years: 10, group_meetings: 40, tasks: 5_000, contributions: 30_000 };
}

/// Counts of what was generated.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DemoSummary {
    /// Members.
    pub members: usize,
    /// Working groups.
    pub groups: usize,
    /// Meetings (monthly and working-group).
    pub meetings: usize,
    /// Adopted minutes among them.
    pub adopted: usize,
    /// Tasks.
    pub tasks: usize,
    /// Contributions.
    pub contributions: usize,
    /// Advocacy drafts.
    pub drafts: usize,
    /// Contributions by consent: council only, paraphrase, quote, withdrawn.
    pub consent: [usize; 4],
}

/// Records are written in batches of this many: one transaction and one
/// fsync each, instead of one per record.
const BATCH: usize = 1_000;

/// Fills `store` with a council of `size` whose first month is `start`.
pub fn populate(store: &Store, size: DemoSize, start: Date, seed: u64) -> Result<DemoSummary, StoreError> {
    let mut g = Generator { rng: StdRng::seed_from_u64(seed), start, size };
    let groups = g.groups()?;
    let members = g.members(&groups)?;
    let meetings = g.meetings(&groups, &members)?;
    let tasks = g.tasks(&groups, &members, &meetings);
    let contributions = g.contributions(&groups, &members, &meetings);
    let draft_ids = [g.id(), g.id()];
    let drafts = drafts(&contributions, g.end(), draft_ids);

    let mut summary = DemoSummary {
        members: members.len(),
        groups: groups.len(),
        meetings: meetings.len(),
        adopted: meetings.iter().filter(|m| m.is_adopted()).count(),
        tasks: tasks.len(),
        contributions: contributions.len(),
        drafts: drafts.len(),
        ..DemoSummary::default()
    };
    let end = g.end();
    for c in &contributions {
        let slot = match c.consent.effective(end) {
            Some(ConsentLevel::CouncilOnly) => 0,
            Some(ConsentLevel::Paraphrase) => 1,
            Some(ConsentLevel::Quote) => 2,
            None => 3,
        };
        summary.consent[slot] += 1;
    }
    write_all(store, &groups)?;
    write_all(store, &members)?;
    write_all(store, &meetings)?;
    write_all(store, &tasks)?;
    write_all(store, &contributions)?;
    write_all(store, &drafts)?;
    Ok(summary)
}

fn write_all<R: crate::domain::Record>(store: &Store, records: &[R]) -> Result<(), StoreError> {
    for chunk in records.chunks(BATCH) {
        let mut batch = store.batch();
        for r in chunk {
            batch.put(r)?;
        }
        batch.commit()?;
    }
    Ok(())
}

struct Generator {
    rng: StdRng,
    start: Date,
    size: DemoSize,
}

impl Generator {
    /// Ids from the seeded generator, so a seed gives the same council
    /// (benchmarks and screen snapshots compare like with like).
    fn id(&mut self) -> RecordId {
        RecordId::from_bytes(self.rng.gen())
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.rng.gen_range(0..items.len())]
    }

    fn end(&self) -> Date {
        self.start + Duration::days(365 * i64::from(self.size.years))
    }

    fn day_within(&mut self) -> Date {
        let days = 365 * i64::from(self.size.years);
        self.start + Duration::days(self.rng.gen_range(0..days))
    }

    fn groups(&mut self) -> Result<Vec<WorkingGroup>, StoreError> {
        pools::GROUPS
            .iter()
            .map(|(name, purpose)| {
                let mut g = WorkingGroup::new(self.id(), name)?;
                g.purpose = (*purpose).to_string();
                g.cadence = "trimestrielle".to_string();
                Ok(g)
            })
            .collect()
    }

    fn members(&mut self, groups: &[WorkingGroup]) -> Result<Vec<Member>, StoreError> {
        let mut out = Vec::new();
        for (i, pseudonym) in pools::PSEUDONYMS.iter().enumerate() {
            let mut m = Member::new(self.id(), pseudonym)?;
            m.roles = match i {
                0 => vec![Role::Secretary, Role::Member],
                1 => vec![Role::Facilitator, Role::Member],
                _ => vec![Role::Member],
            };
            m.groups = groups.iter().filter(|_| self.rng.gen_bool(0.4)).map(|g| g.id).collect();
            m.credit_in_exports = self.rng.gen_bool(0.25);
            m.active = i < pools::PSEUDONYMS.len() - 1;
            out.push(m);
        }
        Ok(out)
    }

    fn meetings(&mut self, groups: &[WorkingGroup], members: &[Member]) -> Result<Vec<Meeting>, StoreError> {
        let mut out = Vec::new();
        let months = usize::from(self.size.years) * 12;
        for n in 0..months {
            let date = month_day(self.start, n, 10);
            let title = format!("Conseil {} {}", pools::MONTHS[usize::from(u8::from(date.month())) - 1], date.year());
            let mut m = Meeting::new(self.id(), MeetingKind::Monthly, date, &title)?;
            m.agenda = self.agenda(members, groups);
            self.attend(&mut m, members);
            if n + 1 < months {
                m.adopt(date + Duration::days(28))?;
            }
            out.push(m);
        }
        for n in 0..self.size.group_meetings {
            let group = &groups[n % groups.len()];
            let date = month_day(self.start, n * months / self.size.group_meetings.max(1), 20);
            let title = format!("Groupe {} — rencontre", group.name);
            let mut m = Meeting::new(self.id(), MeetingKind::WorkingGroup(group.id), date, &title)?;
            m.agenda = vec![AgendaItem::new(
                "14h00-16h00".parse()?,
                crate::domain::ItemKind::Plenary,
                "Avancement des tâches",
            )];
            m.agenda[0].notes = self.pick(pools::NOTES).to_string();
            self.attend(&mut m, members);
            out.push(m);
        }
        Ok(out)
    }

    fn agenda(&mut self, members: &[Member], groups: &[WorkingGroup]) -> Vec<AgendaItem> {
        let mut items = Vec::new();
        for (slot, kind, title) in pools::AGENDA {
            let Ok(slot) = slot.parse() else { continue };
            let mut item = AgendaItem::new(slot, *kind, title);
            if *kind != crate::domain::ItemKind::Break {
                item.notes = format!("{}\n{}", self.pick(pools::NOTES), self.pick(pools::NOTES));
            }
            if self.rng.gen_bool(0.3) {
                item.questions.push(self.pick(pools::QUESTIONS).to_string());
            }
            if self.rng.gen_bool(0.2) {
                let outcome = if self.rng.gen_bool(0.7) {
                    Outcome::Consensus
                } else {
                    Outcome::Vote {
                        r#for: self.rng.gen_range(5..10),
                        against: self.rng.gen_range(0..3),
                        abstain: self.rng.gen_range(0..3),
                    }
                };
                item.decisions.push(Decision { text: self.pick(pools::DECISIONS).to_string(), outcome: Some(outcome) });
            }
            if self.rng.gen_bool(0.15) {
                item.actions.push(ActionItem {
                    title: self.pick(pools::TASKS).to_string(),
                    group: Some(self.pick(groups).id),
                    assignees: vec![self.pick(members).id],
                    due: None,
                    task: None,
                });
            }
            items.push(item);
        }
        items
    }

    fn attend(&mut self, m: &mut Meeting, members: &[Member]) {
        let mut ids: Vec<RecordId> = members.iter().filter(|p| p.active).map(|p| p.id).collect();
        ids.shuffle(&mut self.rng);
        let present = self.rng.gen_range(ids.len() * 2 / 3..=ids.len());
        ids.truncate(present);
        m.attendance.members = ids;
        m.attendance.guests = self.rng.gen_range(0..3);
        // Only members present vote: a count never exceeds them.
        let present = u16::try_from(m.attendance.members.len()).unwrap_or(u16::MAX);
        for d in m.agenda.iter_mut().flat_map(|i| i.decisions.iter_mut()) {
            if let Some(Outcome::Vote { r#for, against, abstain }) = &mut d.outcome {
                *against = (*against).min(present / 4);
                *abstain = (*abstain).min(present / 4);
                *r#for = (*r#for).min(present.saturating_sub(*against + *abstain));
            }
        }
    }

    fn tasks(&mut self, groups: &[WorkingGroup], members: &[Member], meetings: &[Meeting]) -> Vec<Task> {
        (0..self.size.tasks)
            .filter_map(|_| {
                let group = self.pick(groups).id;
                let title = *self.pick::<&str>(pools::TASKS);
                let mut t = Task::new(self.id(), group, title).ok()?;
                t.description = self.pick(pools::NOTES).to_string();
                t.assignees = vec![self.pick(members).id];
                let created = self.day_within();
                t.due = Some(created + Duration::days(self.rng.gen_range(14..90)));
                if self.rng.gen_bool(0.3) {
                    let meeting = self.pick(meetings);
                    t.origin = Some(TaskOrigin { meeting: meeting.id, item: 0 });
                }
                let status = *self.pick(&TaskStatus::ALL);
                t.set_status(created + Duration::days(7), status);
                if status == TaskStatus::Blocked {
                    t.comment(created + Duration::days(8), "En attente d'une réponse de l'établissement").ok()?;
                }
                Some(t)
            })
            .collect()
    }

    fn contributions(
        &mut self,
        groups: &[WorkingGroup],
        members: &[Member],
        meetings: &[Meeting],
    ) -> Vec<Contribution> {
        let kinds = [
            ContributionKind::Testimony,
            ContributionKind::Idea,
            ContributionKind::Recommendation,
            ContributionKind::Question,
            ContributionKind::Quote,
        ];
        let levels = [ConsentLevel::CouncilOnly, ConsentLevel::Paraphrase, ConsentLevel::Quote];
        (0..self.size.contributions)
            .map(|_| {
                let given_on = self.day_within();
                let author =
                    if self.rng.gen_bool(0.85) { Author::Member(self.pick(members).id) } else { Author::Unlinked };
                let withdrawn = self.rng.gen_bool(0.08);
                Contribution {
                    id: self.id(),
                    revision: 1,
                    author,
                    meeting: self.rng.gen_bool(0.7).then(|| self.pick(meetings).id),
                    group: self.rng.gen_bool(0.4).then(|| self.pick(groups).id),
                    kind: *self.pick(&kinds),
                    text: self.pick(pools::CONTRIBUTIONS).to_string(),
                    themes: vec![self.pick(pools::THEMES).to_string()],
                    consent: Consent {
                        level: *self.pick(&levels),
                        given_on,
                        expires_on: None,
                        withdrawn_on: withdrawn.then(|| given_on + Duration::days(30)),
                    },
                    consent_history: Vec::new(),
                }
            })
            .collect()
    }
}

/// Two advocacy drafts drawing on quotable contributions, one already sent.
fn drafts(contributions: &[Contribution], end: Date, ids: [RecordId; 2]) -> Vec<AdvocacyDraft> {
    let quotable: Vec<RecordId> = contributions
        .iter()
        .filter(|c| c.consent.effective(end) == Some(ConsentLevel::Quote))
        .take(3)
        .map(|c| c.id)
        .collect();
    let section = |heading: &str, body: &str| DraftSection {
        heading: heading.to_string(),
        body: body.to_string(),
        contributions: quotable.clone(),
    };
    let sent = AdvocacyDraft {
        id: ids[0],
        revision: 1,
        title: "Pour un accueil digne aux urgences".to_string(),
        audience: Audience::DecisionMakers,
        language: Language::Fr,
        sections: vec![
            section(
                "Ce que vivent les personnes",
                "Les membres du conseil décrivent des attentes longues et un accueil sans explication.",
            ),
            section(
                "Nos recommandations",
                "Nommer une personne de référence ; associer des pair·es aidant·es à l'accueil.",
            ),
        ],
        exports: vec![ExportRecord {
            month: YearMonth { year: end.year(), month: u8::from(end.month()) },
            audience: Audience::DecisionMakers,
            contributions: quotable.clone(),
            response: Some("Réponse reçue : la direction propose une rencontre.".to_string()),
        }],
    };
    let draft = AdvocacyDraft {
        id: ids[1],
        revision: 1,
        title: "Participation sans alibi".to_string(),
        audience: Audience::Public,
        language: Language::Fr,
        sections: vec![section(
            "Être associé·es avant la décision",
            "Brouillon à compléter par le groupe Prise de parole.",
        )],
        exports: Vec::new(),
    };
    vec![sent, draft]
}

/// Where a demo of `years` starts so that its last monthly meeting (the
/// one still in draft, on the 10th) is on or after `today`: the demo's
/// "next meeting" is then ahead, not in the past.
pub fn start_for_upcoming(today: Date, years: u16) -> Date {
    let months = i64::from(years.max(1)) * 12;
    let this_month = i64::from(today.year()) * 12 + i64::from(u8::from(today.month())) - 1;
    let last = if today.day() <= 10 { this_month } else { this_month + 1 };
    let first = last - (months - 1);
    let year = i32::try_from(first.div_euclid(12)).unwrap_or(today.year());
    let month = Month::try_from(u8::try_from(first.rem_euclid(12) + 1).unwrap_or(1)).unwrap_or(Month::January);
    Date::from_calendar_date(year, month, 1).unwrap_or(today)
}

/// Day `day` of the `n`-th month after `start`'s month.
fn month_day(start: Date, n: usize, day: u8) -> Date {
    let months_from_zero = i64::from(start.year()) * 12 + i64::from(u8::from(start.month())) - 1 + n as i64;
    let year = i32::try_from(months_from_zero / 12).unwrap_or(start.year());
    let month = Month::try_from(u8::try_from(months_from_zero % 12 + 1).unwrap_or(1)).unwrap_or(Month::January);
    Date::from_calendar_date(year, month, day).unwrap_or(start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn the_demo_meeting_in_draft_is_ahead_of_today() {
        for (today, expected) in [
            (time::macros::date!(2026 - 12 - 01), time::macros::date!(2026 - 12 - 10)),
            (time::macros::date!(2026 - 12 - 10), time::macros::date!(2026 - 12 - 10)),
            (time::macros::date!(2026 - 12 - 11), time::macros::date!(2027 - 01 - 10)),
            (time::macros::date!(2027 - 01 - 31), time::macros::date!(2027 - 02 - 10)),
        ] {
            let start = start_for_upcoming(today, 1);
            assert_eq!(month_day(start, 11, 10), expected, "today {today}");
        }
    }

    #[test]
    fn months_roll_over_years() {
        assert_eq!(month_day(date!(2025 - 11 - 03), 0, 10), date!(2025 - 11 - 10));
        assert_eq!(month_day(date!(2025 - 11 - 03), 2, 10), date!(2026 - 01 - 10));
        assert_eq!(month_day(date!(2025 - 11 - 03), 14, 20), date!(2027 - 01 - 20));
    }
}
