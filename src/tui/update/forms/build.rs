//! What submitting each form changes: the form's text turned into domain
//! values, with the domain's refusals.

use super::Refusal;

use super::super::super::app::App;
use super::super::super::effect::{ArchiveJob, Change, Effect};
use super::super::super::form::{Form, FormKind};
use super::super::super::tr;
use crate::domain::{
    ActionItem, AdvocacyDraft, AgendaItem, Audience, Author, Consent, ConsentLevel, Contribution, ContributionKind,
    Date, Decision, DomainError, DraftSection, ItemKind, Language, Meeting, MeetingKind, Member, Outcome, RecordId,
    Role, Task, TimeSlot,
};

fn parse_date(s: &str) -> Result<Option<Date>, DomainError> {
    if s.trim().is_empty() {
        return Ok(None);
    }
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(s.trim(), format).map(Some).map_err(|_| DomainError::BadDate)
}

fn id(s: &str) -> Option<RecordId> {
    s.parse().ok()
}

fn ids(s: &str) -> Vec<RecordId> {
    s.split(',').filter_map(id).collect()
}

fn themes(s: &str) -> Vec<String> {
    s.split(',').map(str::trim).filter(|t| !t.is_empty()).map(str::to_string).collect()
}

/// Turns a filled form into the change to save.
pub(super) fn build(app: &App, form: &Form) -> Result<Effect, Refusal> {
    let data = app.data.as_ref().ok_or(Refusal::Message(String::new()))?;
    let v = |i: usize| form.value(i);
    let meeting = |id: &RecordId| data.meeting(*id).cloned().ok_or(DomainError::Dangling("meeting"));
    Ok(Effect::Save(match &form.kind {
        FormKind::NewMeeting | FormKind::NewGroupMeeting => {
            let date = parse_date(&v(0))?.ok_or(DomainError::BadDate)?;
            let kind = match id(&v(2)) {
                Some(g) if form.kind == FormKind::NewGroupMeeting => MeetingKind::WorkingGroup(g),
                None if form.kind == FormKind::NewGroupMeeting => return Err(DomainError::Dangling("group").into()),
                _ => MeetingKind::Monthly,
            };
            let previous = data.meetings.iter().filter(|m| m.kind == kind && m.date < date).max_by_key(|m| m.date);
            let m = match previous {
                Some(prev) => Meeting::from_template(prev, RecordId::random(), date, &v(1))?,
                None => Meeting::new(RecordId::random(), kind, date, &v(1))?,
            };
            Change::Meeting(m)
        }
        FormKind::NewItem(mid) => {
            let mut m = meeting(mid)?;
            let slot: TimeSlot = v(0).parse()?;
            let kind: ItemKind = v(1).parse()?;
            let title = v(2);
            if title.trim().is_empty() {
                return Err(DomainError::Empty("title").into());
            }
            m.edit()?.agenda.push(AgendaItem::new(slot, kind, &title));
            Change::Meeting(m)
        }
        FormKind::Question(mid, item) => {
            let mut m = meeting(mid)?;
            m.item_mut(*item)?.questions.push(required(&v(0), "question")?);
            Change::Meeting(m)
        }
        FormKind::Decision(mid, item) => {
            let mut m = meeting(mid)?;
            let outcome = match v(1).as_str() {
                "consensus" => Some(Outcome::Consensus),
                "vote" => Some(votes(app, &v(2))?),
                _ => None,
            };
            let text = required(&v(0), "decision")?;
            m.item_mut(*item)?.decisions.push(Decision { text, outcome });
            Change::Meeting(m)
        }
        FormKind::ActionItem(mid, item) => {
            let group = id(&v(1)).ok_or(DomainError::Dangling("group"))?;
            let action = ActionItem {
                title: required(&v(0), "action")?,
                group: Some(group),
                assignees: ids(&v(2)),
                due: parse_date(&v(3))?,
                task: None,
            };
            meeting(mid)?.item_mut(*item)?;
            Change::ActionTask { meeting: *mid, item: *item, action, group }
        }
        FormKind::Amendment(mid) => {
            let mut m = meeting(mid)?;
            m.amend(app.today, &v(0))?;
            Change::Meeting(m)
        }
        FormKind::NewTask => {
            let group = id(&v(1)).ok_or(DomainError::Dangling("group"))?;
            let mut t = Task::new(RecordId::random(), group, &v(0))?;
            t.assignees = ids(&v(2));
            t.due = parse_date(&v(3))?;
            Change::Task(t)
        }
        FormKind::EditTask(tid) => {
            let mut t = data.tasks.iter().find(|t| t.id == *tid).cloned().ok_or(DomainError::Dangling("task"))?;
            t.title = required(&v(0), "title")?;
            t.due = parse_date(&v(1))?;
            Change::Task(t)
        }
        FormKind::Comment(tid) => {
            let mut t = data.tasks.iter().find(|t| t.id == *tid).cloned().ok_or(DomainError::Dangling("task"))?;
            t.comment(app.today, &v(0))?;
            Change::Task(t)
        }
        FormKind::NewContribution => {
            let kind: ContributionKind = v(1).parse()?;
            let level: ConsentLevel = v(2).parse()?;
            Change::Contribution(Contribution {
                id: RecordId::random(),
                revision: 1,
                author: id(&v(0)).map_or(Author::Unlinked, Author::Member),
                meeting: None,
                group: id(&v(5)),
                kind,
                text: required(&v(3), "text")?,
                themes: themes(&v(4)),
                consent: Consent { level, given_on: app.today, expires_on: None, withdrawn_on: None },
            })
        }
        FormKind::EditContribution(cid) => {
            let mut c =
                data.contributions.iter().find(|c| c.id == *cid).cloned().ok_or(DomainError::Dangling("text"))?;
            c.text = required(&v(0), "text")?;
            c.themes = themes(&v(1));
            Change::Contribution(c)
        }
        FormKind::NewMember => {
            let mut m = Member::new(RecordId::random(), &v(0))?;
            let role: Role = v(1).parse()?;
            m.roles = if role == Role::Member { vec![Role::Member] } else { vec![role, Role::Member] };
            Change::Member(m)
        }
        FormKind::NewDraft => Change::Draft(AdvocacyDraft {
            id: RecordId::random(),
            revision: 1,
            title: required(&v(0), "title")?,
            audience: match v(1).as_str() {
                "public" => Audience::Public,
                "research" => Audience::Research,
                _ => Audience::DecisionMakers,
            },
            language: if v(2) == "en" { Language::En } else { Language::Fr },
            sections: Vec::new(),
            exports: Vec::new(),
        }),
        FormKind::NewSection(did) => {
            let mut d = data.drafts.iter().find(|d| d.id == *did).cloned().ok_or(DomainError::Dangling("draft"))?;
            d.sections.push(DraftSection {
                heading: required(&v(0), "heading")?,
                body: v(1),
                contributions: ids(&v(2)),
            });
            Change::Draft(d)
        }
        FormKind::Export(_) => return Err(Refusal::Message(String::new())),
        FormKind::NeverWrite => Change::NeverWrite(zeroize::Zeroizing::new(required(&v(0), "name")?)),
        FormKind::ArchiveExport | FormKind::Handover => {
            return Ok(Effect::Archive(ArchiveJob::Export {
                to: vec![required(&v(0), "recipient")?],
                path: required(&v(1), "file")?,
                armor: v(2) == "yes",
                handover: form.kind == FormKind::Handover,
            }))
        }
        FormKind::ArchiveImport => {
            return Ok(Effect::Archive(ArchiveJob::Import {
                path: required(&v(0), "file")?,
                identity: required(&v(1), "identity")?,
            }))
        }
        FormKind::MemberSlip => {
            return Ok(Effect::Archive(ArchiveJob::Slip {
                member: id(&v(0)).ok_or(DomainError::Dangling("member"))?,
                to: required(&v(1), "recipient")?,
                path: required(&v(2), "file")?,
            }))
        }
        FormKind::RenameMember(mid) => {
            let mut m = data.members.iter().find(|m| m.id == *mid).cloned().ok_or(DomainError::Dangling("member"))?;
            m.pseudonym = v(0).trim().to_string();
            crate::domain::check_pseudonym(&m.pseudonym)?;
            let roles = v(1).split(',').filter(|r| !r.is_empty()).map(str::parse).collect::<Result<Vec<Role>, _>>()?;
            m.roles = if roles.is_empty() { vec![Role::Member] } else { roles };
            m.groups = ids(&v(2));
            Change::Member(m)
        }
    }))
}

fn required(text: &str, field: &'static str) -> Result<String, DomainError> {
    if text.trim().is_empty() {
        return Err(DomainError::Empty(field));
    }
    Ok(text.trim().to_string())
}

fn votes(app: &App, raw: &str) -> Result<Outcome, Refusal> {
    let n: Vec<u16> = raw.split([',', ' ', '/']).filter(|p| !p.is_empty()).filter_map(|p| p.parse().ok()).collect();
    match n[..] {
        [r#for, against, abstain] => Ok(Outcome::Vote { r#for, against, abstain }),
        _ => Err(Refusal::Message(tr!(app, "form-votes-hint"))),
    }
}
