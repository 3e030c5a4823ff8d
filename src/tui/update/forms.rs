//! Forms: which fields each one has, and what submitting it changes.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::super::app::{App, Overlay, Pending, Status};
use super::super::effect::{ArchiveJob, Change, Effect};
use super::super::form::{Choice, Field, Form, FormKind, Input};
use super::super::keymap::Command;
use super::super::tr;
use super::explain;
use crate::domain::{
    ActionItem, AdvocacyDraft, AgendaItem, Audience, Author, ClockTime, Consent, ConsentLevel, Contribution,
    ContributionKind, Date, Decision, DomainError, DraftSection, ItemKind, Language, Meeting, MeetingKind, Member,
    Outcome, RecordId, Role, Task, TimeSlot,
};
use crate::export::{build as build_export, Format, Sources};
use crate::i18n::Lang;

/// Builds the form for `kind`, filled with current values when editing.
pub fn open(app: &App, kind: FormKind) -> Option<Form> {
    let data = app.data.as_ref()?;
    let t = |id: &str| app.loader.get(id);
    let groups = || -> Vec<Choice> {
        data.groups
            .iter()
            .filter(|g| g.active)
            .map(|g| Choice { label: g.name.clone(), value: g.id.to_string() })
            .collect()
    };
    let members = || -> Vec<Choice> {
        data.members
            .iter()
            .filter(|m| m.active)
            .map(|m| Choice { label: m.pseudonym.clone(), value: m.id.to_string() })
            .collect()
    };
    let options = |pairs: &[(&str, &str)]| -> Vec<Choice> {
        pairs.iter().map(|(id, value)| Choice { label: t(id), value: (*value).to_string() }).collect()
    };
    let (title, fields) = match &kind {
        FormKind::NewMeeting | FormKind::NewGroupMeeting => {
            let mut f = vec![
                Field::text(t("label-date"), &app.today.to_string()),
                Field::text(t("label-title"), &default_title(app)),
            ];
            if kind == FormKind::NewGroupMeeting {
                f.push(Field::choice(t("label-group"), groups()));
            }
            (t("form-new-meeting"), f)
        }
        FormKind::NewItem(id) => {
            let start = data
                .meeting(*id)
                .and_then(|m| m.agenda.last())
                .map(|i| i.slot.end)
                .unwrap_or(ClockTime::new(9, 0).ok()?);
            let end = ClockTime::new((start.minutes() / 60 + 1).min(23), start.minutes() % 60).ok()?;
            let kinds = options(&[
                ("item-other", "other"),
                ("item-welcome", "welcome"),
                ("item-round-table", "round-table"),
                ("item-plenary", "plenary"),
                ("item-presentation", "presentation"),
                ("item-break", "break"),
            ]);
            (
                t("form-new-item"),
                vec![
                    Field::text(t("label-slot"), &format!("{start}-{end}")),
                    Field::choice(t("label-kind"), kinds),
                    Field::text(t("label-title"), ""),
                ],
            )
        }
        FormKind::Question(..) => (t("form-question"), vec![Field::long_text(t("label-text"), "")]),
        FormKind::Decision(..) => {
            let outcomes = options(&[
                ("outcome-consensus", "consensus"),
                ("outcome-vote-choice", "vote"),
                ("outcome-none", "none"),
            ]);
            (
                t("form-decision"),
                vec![
                    Field::long_text(t("label-text"), ""),
                    Field::choice(t("label-outcome"), outcomes),
                    Field::text(t("label-votes"), ""),
                ],
            )
        }
        FormKind::ActionItem(..) | FormKind::NewTask => (
            t(if kind == FormKind::NewTask { "form-new-task" } else { "form-action" }),
            vec![
                Field::text(t("label-title"), ""),
                Field::choice(t("label-group"), groups()),
                Field::multi(t("label-assignees"), members()),
                Field::text(t("label-due"), ""),
            ],
        ),
        FormKind::Amendment(_) => (t("form-amendment"), vec![Field::long_text(t("label-text"), "")]),
        FormKind::EditTask(id) => {
            let task = data.tasks.iter().find(|x| x.id == *id)?;
            let due = task.due.map(|d| d.to_string()).unwrap_or_default();
            (t("form-edit-task"), vec![Field::text(t("label-title"), &task.title), Field::text(t("label-due"), &due)])
        }
        FormKind::Comment(_) => (t("form-comment"), vec![Field::long_text(t("label-text"), "")]),
        FormKind::NewContribution => {
            let mut authors = vec![Choice { label: t("author-unlinked"), value: String::new() }];
            authors.extend(members());
            let mut group_opts = vec![Choice { label: t("no-group"), value: String::new() }];
            group_opts.extend(groups());
            (
                t("form-new-contribution"),
                vec![
                    Field::choice(t("label-author"), authors),
                    Field::choice(
                        t("label-kind"),
                        options(&[
                            ("contribution-testimony", "testimony"),
                            ("contribution-idea", "idea"),
                            ("contribution-recommendation", "recommendation"),
                            ("contribution-question", "question"),
                            ("contribution-quote", "quote"),
                        ]),
                    ),
                    Field::choice(
                        t("label-consent"),
                        options(&[
                            ("consent-council-only", "council-only"),
                            ("consent-paraphrase", "paraphrase"),
                            ("consent-quote", "quote"),
                        ]),
                    ),
                    Field::long_text(t("label-text"), ""),
                    Field::text(t("label-themes"), ""),
                    Field::choice(t("label-group"), group_opts),
                ],
            )
        }
        FormKind::EditContribution(id) => {
            let c = data.contributions.iter().find(|x| x.id == *id)?;
            (
                t("form-edit-contribution"),
                vec![Field::long_text(t("label-text"), &c.text), Field::text(t("label-themes"), &c.themes.join(", "))],
            )
        }
        FormKind::NewMember => (
            t("form-new-member"),
            vec![
                Field::text(t("label-pseudonym"), ""),
                Field::choice(
                    t("label-role"),
                    options(&[
                        ("role-member", "member"),
                        ("role-secretary", "secretary"),
                        ("role-facilitator", "facilitator"),
                    ]),
                ),
            ],
        ),
        FormKind::RenameMember(id) => {
            let m = data.members.iter().find(|x| x.id == *id)?;
            (t("form-rename-member"), vec![Field::text(t("label-pseudonym"), &m.pseudonym)])
        }
        FormKind::NewDraft => (
            t("form-new-draft"),
            vec![
                Field::text(t("label-title"), ""),
                Field::choice(
                    t("label-audience"),
                    options(&[
                        ("audience-decision-makers", "decision-makers"),
                        ("audience-public", "public"),
                        ("audience-research", "research"),
                    ]),
                ),
                Field::choice(t("label-language"), options(&[("language-fr", "fr"), ("language-en", "en")])),
            ],
        ),
        FormKind::NewSection(_) => {
            // Only contributions whose consent lets them inform a draft.
            let material: Vec<Choice> = data
                .contributions_filtered(&app.material_filter)
                .into_iter()
                .filter_map(|c| match c.consent.effective(app.today) {
                    Some(ConsentLevel::Quote) => Some((c, t("consent-quote"))),
                    Some(ConsentLevel::Paraphrase) => Some((c, t("consent-paraphrase"))),
                    _ => None,
                })
                .take(60)
                .map(|(c, badge)| Choice {
                    label: format!(
                        "[{badge}] ({}) {}",
                        c.themes.join(", "),
                        c.text.chars().take(30).collect::<String>()
                    ),
                    value: c.id.to_string(),
                })
                .collect();
            (
                t("form-new-section"),
                vec![
                    Field::text(t("label-heading"), ""),
                    Field::long_text(t("label-text"), ""),
                    Field::multi(material_label(app, data), material),
                ],
            )
        }
        FormKind::Export(_) => {
            let default = format!("plaidoyer-{}-{:02}.md", app.today.year(), u8::from(app.today.month()));
            (
                t("form-export"),
                vec![
                    Field::choice(
                        t("label-format"),
                        options(&[("format-md", "md"), ("format-html", "html"), ("format-txt", "txt")]),
                    ),
                    Field::text(t("label-file"), &default),
                ],
            )
        }
        FormKind::NeverWrite => (t("form-never-write"), vec![Field::text(t("label-name"), "")]),
        FormKind::ArchiveExport | FormKind::Handover => {
            let default = format!("conseil-{}.age", app.today);
            let title = if kind == FormKind::Handover { "form-handover" } else { "form-archive-export" };
            (
                t(title),
                vec![
                    Field::text(t("label-recipient"), ""),
                    Field::text(t("label-file"), &default),
                    Field::choice(t("label-armor"), options(&[("armor-no", "no"), ("armor-yes", "yes")])),
                ],
            )
        }
        FormKind::ArchiveImport => {
            (t("form-archive-import"), vec![Field::text(t("label-file"), ""), Field::text(t("label-identity"), "")])
        }
        FormKind::MemberSlip => (
            t("form-member-slip"),
            vec![
                Field::choice(t("label-member"), members()),
                Field::text(t("label-recipient"), ""),
                Field::text(t("label-file"), &format!("fiche-{}.age", app.today)),
            ],
        ),
    };
    Some(Form::new(kind, title, fields))
}

fn default_title(app: &App) -> String {
    let month = u8::from(app.today.month());
    app.loader.get(&format!("month-{month}")) + &format!(" {}", app.today.year())
}

/// The material field's label, saying which contributions filter applies
/// (set on the Contributions screen: theme, group, meeting).
fn material_label(app: &App, data: &super::super::data::Data) -> String {
    let f = &app.material_filter;
    let all = app.loader.get("filter-all");
    let theme = f.theme.clone().unwrap_or_else(|| all.clone());
    let group = f.group.map(|g| data.group_name(g).to_string()).unwrap_or_else(|| all.clone());
    let meeting = f.meeting.and_then(|m| data.meeting(m)).map(|m| m.date.to_string()).unwrap_or(all);
    i18n_embed_fl::fl!(app.loader, "label-material", theme = theme, group = group, meeting = meeting)
}

/// ← → and Space on choice fields.
pub fn choose(form: &mut Form, key: KeyEvent) {
    match form.focused() {
        Some(Input::Choice { options, selected }) => {
            let n = options.len().max(1);
            match key.code {
                KeyCode::Right | KeyCode::Char(' ') => *selected = (*selected + 1) % n,
                KeyCode::Left => *selected = (*selected + n - 1) % n,
                _ => {}
            }
        }
        Some(Input::Multi { options, checked, cursor }) => match key.code {
            KeyCode::Right => *cursor = (*cursor + 1).min(options.len().saturating_sub(1)),
            KeyCode::Left => *cursor = cursor.saturating_sub(1),
            KeyCode::Char(' ') => {
                if let Some(c) = checked.get_mut(*cursor) {
                    *c = !*c;
                }
            }
            _ => {}
        },
        _ => {}
    }
}

/// Handles a command while a form is open.
pub fn command(app: &mut App, command: Command) -> Vec<Effect> {
    let Some(Overlay::Form(form)) = &mut app.overlay else {
        return Vec::new();
    };
    match command {
        Command::NextField => form.move_focus(1),
        Command::PrevField => form.move_focus(-1),
        Command::Toggle => {
            if let Some(Input::Multi { checked, cursor, .. }) = form.focused() {
                if let Some(c) = checked.get_mut(*cursor) {
                    *c = !*c;
                }
            }
        }
        Command::Cancel => app.overlay = None,
        Command::Submit => return submit(app),
        Command::ReplaceSpan => {
            let Some(Overlay::Form(mut form)) = app.overlay.take() else { return Vec::new() };
            if let Some(Input::Text { area, .. }) = form.fields.get_mut(form.focus).map(|f| &mut f.input) {
                super::replace_span(app, area);
            }
            app.overlay = Some(Overlay::Form(form));
        }
        _ => {}
    }
    Vec::new()
}

/// Why a form was refused.
enum Refusal {
    Domain(DomainError),
    Message(String),
}

impl From<DomainError> for Refusal {
    fn from(e: DomainError) -> Self {
        Refusal::Domain(e)
    }
}

fn submit(app: &mut App) -> Vec<Effect> {
    let Some(Overlay::Form(form)) = &app.overlay else {
        return Vec::new();
    };
    if let FormKind::Export(draft) = form.kind {
        preview_export(app, draft);
        return Vec::new();
    }
    match build(app, form) {
        Ok(change) => {
            app.overlay = None;
            app.status = Status::Idle;
            vec![Effect::Save(change)]
        }
        Err(refusal) => {
            let message = match refusal {
                Refusal::Domain(e) => explain(app, &e),
                Refusal::Message(m) => m,
            };
            if let Some(Overlay::Form(form)) = &mut app.overlay {
                form.error = Some(message);
            }
            Vec::new()
        }
    }
}

/// Shows the redaction report of an export before anything is written.
fn preview_export(app: &mut App, draft: RecordId) {
    let Some(Overlay::Form(form)) = &app.overlay else { return };
    let format = match form.value(0).as_str() {
        "html" => Format::Html,
        "txt" => Format::Text,
        _ => Format::Markdown,
    };
    let mut path = form.value(1).trim().to_string();
    if !path.contains('.') {
        path = format!("{path}.{}", format.extension());
    }
    let Some(data) = &app.data else { return };
    let Some(d) = data.drafts.iter().find(|d| d.id == draft) else { return };
    let sources =
        Sources { contributions: &data.contributions, members: &data.members, never_write: Some(&data.never_write) };
    let lang = if d.language == Language::En { Lang::En } else { Lang::Fr };
    let r = build_export(d, &sources, app.today, lang).report;
    let review: usize = r.total.to_review.values().sum();
    let excluded = r.excluded_council_only.saturating_add(r.excluded_withdrawn);
    let message = tr!(
        app,
        "confirm-export",
        path = path.clone(),
        removed = r.total.total_removed(),
        review = review,
        quotes = r.quotes,
        paraphrase = r.paraphrase_material,
        excluded = excluded,
        pseudonyms = r.pseudonyms_neutralised
    );
    app.overlay = Some(Overlay::Confirm { message, on_yes: Pending::Export { draft, format, path } });
}

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
fn build(app: &App, form: &Form) -> Result<Change, Refusal> {
    let data = app.data.as_ref().ok_or(Refusal::Message(String::new()))?;
    let v = |i: usize| form.value(i);
    let meeting = |id: &RecordId| data.meeting(*id).cloned().ok_or(DomainError::Dangling("meeting"));
    Ok(match &form.kind {
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
        FormKind::NeverWrite => Change::NeverWrite(required(&v(0), "name")?),
        FormKind::ArchiveExport | FormKind::Handover => Change::Archive(ArchiveJob::Export {
            to: vec![required(&v(0), "recipient")?],
            path: required(&v(1), "file")?,
            armor: v(2) == "yes",
            handover: form.kind == FormKind::Handover,
        }),
        FormKind::ArchiveImport => Change::Archive(ArchiveJob::Import {
            path: required(&v(0), "file")?,
            identity: required(&v(1), "identity")?,
        }),
        FormKind::MemberSlip => Change::Archive(ArchiveJob::Slip {
            member: id(&v(0)).ok_or(DomainError::Dangling("member"))?,
            to: required(&v(1), "recipient")?,
            path: required(&v(2), "file")?,
        }),
        FormKind::RenameMember(mid) => {
            let mut m = data.members.iter().find(|m| m.id == *mid).cloned().ok_or(DomainError::Dangling("member"))?;
            m.pseudonym = v(0).trim().to_string();
            crate::domain::check_pseudonym(&m.pseudonym)?;
            Change::Member(m)
        }
    })
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
