//! What submitting each form changes: the form's fields, read by name,
//! turned into a council change, with the domain's refusals pointing at the
//! field at fault.

use super::Refusal;

use super::super::super::app::App;
use super::super::super::effect::{ArchiveJob, Change, Effect};
use super::super::super::form::{FieldId as F, Form, FormKind, OutcomeChoice, Pick};
use super::super::super::tr;
use crate::domain::{
    ActionFields, AdvocacyDraft, Audience, Author, ClockTime, Consent, ConsentLevel, Contribution, ContributionKind,
    Date, Decision, DomainError, DraftSection, Entry, ItemKind, Language, MeetingKind, Member, MinutesEdit as E,
    Outcome, RecordId, Role, Task, TimeSlot, WorkingGroup,
};

fn parse_date(s: &str) -> Result<Option<Date>, Refusal> {
    if s.trim().is_empty() {
        return Ok(None);
    }
    crate::domain::parse_day(s).map(Some).map_err(Refusal::domain)
}

fn themes(s: &str) -> Vec<String> {
    s.split(',').map(str::trim).filter(|t| !t.is_empty()).map(str::to_string).collect()
}

fn required(form: &Form, field: F, name: &'static str) -> Result<String, Refusal> {
    let text = form.text(field);
    if text.trim().is_empty() {
        return Err(Refusal::at(field, DomainError::Empty(name)));
    }
    Ok(text.trim().to_string())
}

/// Reads `field` with `parse`, pointing any refusal at it.
fn parsed<T>(form: &Form, field: F, parse: impl FnOnce(&str) -> Result<T, DomainError>) -> Result<T, Refusal> {
    parse(form.text(field).trim()).map_err(|e| Refusal::at(field, e))
}

fn minutes(meeting: RecordId, edit: E) -> Change {
    Change::Minutes { meeting, edit }
}

/// Turns a filled form into the effect to run.
pub(super) fn build(app: &App, form: &Form) -> Result<Effect, Refusal> {
    let data = app.data.as_ref().ok_or(Refusal::Message(String::new()))?;
    Ok(Effect::Save(match &form.kind {
        FormKind::NewMeeting | FormKind::NewGroupMeeting => {
            let date = parse_date(&form.text(F::Date))?.ok_or(Refusal::at(F::Date, DomainError::BadDate))?;
            let kind = if form.kind == FormKind::NewGroupMeeting {
                MeetingKind::WorkingGroup(
                    form.id(F::Group).ok_or(Refusal::at(F::Group, DomainError::Dangling("group")))?,
                )
            } else {
                MeetingKind::Monthly
            };
            Change::NewMeeting { kind, date, title: required(form, F::Title, "title")? }
        }
        FormKind::EditMeeting(id) => {
            let date = parse_date(&form.text(F::Date))?.ok_or(Refusal::at(F::Date, DomainError::BadDate))?;
            minutes(*id, E::Retitle { date, title: required(form, F::Title, "title")? })
        }
        FormKind::NewItem(id) => {
            minutes(*id, E::AddItem { slot: slot(form)?, kind: item_kind(form), title: form.text(F::Title) })
        }
        FormKind::EditItem(id, item) => minutes(
            *id,
            E::EditItem { item: *item, slot: slot(form)?, kind: item_kind(form), title: form.text(F::Title) },
        ),
        FormKind::Start(id, item) => {
            let text = form.text(F::Time);
            let at = if text.trim().is_empty() { None } else { Some(parsed(form, F::Time, str::parse::<ClockTime>)?) };
            minutes(*id, E::Start { item: *item, at })
        }
        FormKind::Question(id, item) => minutes(*id, E::AddQuestion { item: *item, text: form.text(F::Text) }),
        FormKind::EditQuestion(id, item, index) => {
            minutes(*id, E::EditQuestion { entry: Entry { item: *item, index: *index }, text: form.text(F::Text) })
        }
        FormKind::Decision(id, item) => minutes(*id, E::AddDecision { item: *item, decision: decision(app, form)? }),
        FormKind::EditDecision(id, item, index) => minutes(
            *id,
            E::EditDecision { entry: Entry { item: *item, index: *index }, decision: decision(app, form)? },
        ),
        FormKind::ActionItem(id, item) => minutes(*id, E::AddAction { item: *item, action: action(form)? }),
        FormKind::EditAction(id, item, index) => {
            minutes(*id, E::EditAction { entry: Entry { item: *item, index: *index }, action: action(form)? })
        }
        FormKind::Amendment(id) => minutes(*id, E::Amend { on: app.today, text: form.text(F::Text) }),
        FormKind::NewTask => {
            let group = form.id(F::Group).ok_or(Refusal::at(F::Group, DomainError::Dangling("group")))?;
            let mut t = Task::new(RecordId::random(), group, &required(form, F::Title, "title")?)?;
            t.assignees = form.ids(F::Assignees);
            t.due = parse_date(&form.text(F::Due)).map_err(|r| r.on(F::Due))?;
            Change::Task(t)
        }
        FormKind::EditTask(tid) => {
            let mut t = data.tasks.iter().find(|t| t.id == *tid).cloned().ok_or(DomainError::Dangling("task"))?;
            t.title = required(form, F::Title, "title")?;
            if let Some(g) = form.id(F::Group) {
                t.group = g;
            }
            t.assignees = form.ids(F::Assignees);
            t.due = parse_date(&form.text(F::Due)).map_err(|r| r.on(F::Due))?;
            Change::Task(t)
        }
        FormKind::Comment(tid) => {
            let mut t = data.tasks.iter().find(|t| t.id == *tid).cloned().ok_or(DomainError::Dangling("task"))?;
            t.comment(app.today, &form.text(F::Text)).map_err(|e| Refusal::at(F::Text, e))?;
            Change::Task(t)
        }
        FormKind::NewContribution => new_contribution(app, form)?,
        FormKind::EditContribution(cid) => {
            let mut c =
                data.contributions.iter().find(|c| c.id == *cid).cloned().ok_or(DomainError::Dangling("text"))?;
            c.text = required(form, F::Text, "text")?;
            c.themes = themes(&form.text(F::Themes));
            Change::Contribution(c)
        }
        FormKind::Consent(cid) => {
            let level = match form.pick(F::Consent) {
                Some(Pick::Consent(l)) => l,
                _ => ConsentLevel::CouncilOnly,
            };
            Change::Consent { contribution: *cid, level }
        }
        FormKind::NewMember => {
            let mut m =
                Member::new(RecordId::random(), &form.text(F::Pseudonym)).map_err(|e| Refusal::at(F::Pseudonym, e))?;
            let role = match form.pick(F::Role) {
                Some(Pick::Role(r)) => r,
                _ => Role::Member,
            };
            m.roles = if role == Role::Member { vec![Role::Member] } else { vec![role, Role::Member] };
            Change::Member(m)
        }
        FormKind::RenameMember(mid) => {
            let mut m = data.members.iter().find(|m| m.id == *mid).cloned().ok_or(DomainError::Dangling("member"))?;
            m.rename(&form.text(F::Pseudonym)).map_err(|e| Refusal::at(F::Pseudonym, e))?;
            let roles: Vec<Role> = form
                .picks(F::Roles)
                .into_iter()
                .filter_map(|p| match p {
                    Pick::Role(r) => Some(r),
                    _ => None,
                })
                .collect();
            m.roles = if roles.is_empty() { vec![Role::Member] } else { roles };
            m.groups = form.ids(F::Groups);
            Change::Member(m)
        }
        FormKind::NewGroup | FormKind::EditGroup(_) => {
            let name = required(form, F::Name, "name")?;
            let mut g = match &form.kind {
                FormKind::EditGroup(id) => {
                    let mut g =
                        data.groups.iter().find(|g| g.id == *id).cloned().ok_or(DomainError::Dangling("group"))?;
                    g.name = name;
                    g
                }
                _ => WorkingGroup::new(RecordId::random(), &name).map_err(|e| Refusal::at(F::Name, e))?,
            };
            g.purpose = form.text(F::Purpose).trim().to_string();
            g.cadence = form.text(F::Cadence).trim().to_string();
            Change::Group(g)
        }
        FormKind::NewDraft => Change::Draft(AdvocacyDraft {
            id: RecordId::random(),
            revision: 1,
            title: required(form, F::Title, "title")?,
            audience: match form.pick(F::Audience) {
                Some(Pick::Audience(a)) => a,
                _ => Audience::DecisionMakers,
            },
            language: match form.pick(F::Language) {
                Some(Pick::Language(l)) => l,
                _ => Language::Fr,
            },
            sections: Vec::new(),
            exports: Vec::new(),
        }),
        FormKind::NewSection(did) => {
            let mut d = data.drafts.iter().find(|d| d.id == *did).cloned().ok_or(DomainError::Dangling("draft"))?;
            d.sections.push(DraftSection {
                heading: required(form, F::Heading, "heading")?,
                body: form.text(F::Text),
                contributions: form.ids(F::Material),
            });
            Change::Draft(d)
        }
        FormKind::Export(_) | FormKind::LockCode => return Err(Refusal::Message(String::new())),
        FormKind::NeverWrite => Change::NeverWrite(zeroize::Zeroizing::new(required(form, F::Name, "name")?)),
        FormKind::ArchiveExport | FormKind::Handover => {
            return Ok(Effect::Archive(ArchiveJob::Export {
                to: vec![required(form, F::Recipient, "recipient")?],
                path: required(form, F::File, "file")?,
                armor: form.pick(F::Armor) == Some(Pick::Yes(true)),
                handover: form.kind == FormKind::Handover,
            }))
        }
        FormKind::ArchiveImport => {
            return Ok(Effect::Archive(ArchiveJob::Import {
                path: required(form, F::File, "file")?,
                identity: required(form, F::Identity, "identity")?,
                accepted: None,
            }))
        }
        FormKind::MemberSlip => {
            // Reviewed first, like every export leaving the council.
            return Ok(Effect::PlanSlip {
                member: form.id(F::Member).ok_or(Refusal::at(F::Member, DomainError::Dangling("member")))?,
                to: required(form, F::Recipient, "recipient")?,
                path: required(form, F::File, "file")?,
            });
        }
    }))
}

fn slot(form: &Form) -> Result<TimeSlot, Refusal> {
    parsed(form, F::Slot, str::parse::<TimeSlot>)
}

fn item_kind(form: &Form) -> ItemKind {
    match form.pick(F::Kind) {
        Some(Pick::ItemKind(k)) => k,
        _ => ItemKind::Other,
    }
}

fn decision(app: &App, form: &Form) -> Result<Decision, Refusal> {
    let outcome = match form.pick(F::Outcome) {
        Some(Pick::Outcome(OutcomeChoice::Consensus)) => Some(Outcome::Consensus),
        Some(Pick::Outcome(OutcomeChoice::Vote)) => Some(votes(app, &form.text(F::Votes))?),
        _ => None,
    };
    Ok(Decision { text: required(form, F::Text, "decision")?, outcome })
}

fn action(form: &Form) -> Result<ActionFields, Refusal> {
    Ok(ActionFields {
        title: required(form, F::Title, "action")?,
        group: form.id(F::Group),
        assignees: form.ids(F::Assignees),
        due: parse_date(&form.text(F::Due)).map_err(|r| r.on(F::Due))?,
    })
}

fn new_contribution(app: &App, form: &Form) -> Result<Change, Refusal> {
    let kind = match form.pick(F::Kind) {
        Some(Pick::ContributionKind(k)) => k,
        _ => ContributionKind::Testimony,
    };
    let level = match form.pick(F::Consent) {
        Some(Pick::Consent(l)) => l,
        _ => ConsentLevel::CouncilOnly,
    };
    Ok(Change::Contribution(Contribution {
        id: RecordId::random(),
        revision: 1,
        author: form.id(F::Author).map_or(Author::Unlinked, Author::Member),
        meeting: None,
        group: form.id(F::Group),
        kind,
        text: required(form, F::Text, "text")?,
        themes: themes(&form.text(F::Themes)),
        consent: Consent { level, given_on: app.today, expires_on: None, withdrawn_on: None },
        consent_history: Vec::new(),
    }))
}

fn votes(app: &App, raw: &str) -> Result<Outcome, Refusal> {
    let parts: Vec<&str> = raw.split([',', ' ', '/', ';']).filter(|p| !p.is_empty()).collect();
    let n: Vec<u16> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    match n[..] {
        [r#for, against, abstain] if parts.len() == 3 => Ok(Outcome::Vote { r#for, against, abstain }),
        _ => Err(Refusal::Field(F::Votes, tr!(app, "form-votes-hint"))),
    }
}
