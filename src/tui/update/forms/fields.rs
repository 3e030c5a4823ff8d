//! Which fields each form has, filled with current values when editing.

use super::super::super::app::App;
use super::super::super::data::Data;
use super::super::super::form::{Choice, Field, FieldId as F, Form, FormKind, OutcomeChoice, Pick};
use crate::domain::{
    Audience, ClockTime, ConsentLevel, ContributionKind, Date, Decision, ItemKind, Language, Outcome, Role,
};
use crate::export::Format;

/// Options shared by several forms, labelled in the UI's language.
struct Options<'a> {
    app: &'a App,
    data: &'a Data,
}

impl Options<'_> {
    fn t(&self, id: &str) -> String {
        self.app.loader.get(id)
    }

    fn labelled(&self, pairs: &[(&str, Pick)]) -> Vec<Choice> {
        pairs.iter().map(|(id, value)| Choice { label: self.t(id), value: *value }).collect()
    }

    /// Active groups, after "no group" when `none` is given.
    fn groups(&self, none: bool) -> Vec<Choice> {
        let mut out = if none { vec![Choice { label: self.t("no-group"), value: Pick::Nothing }] } else { Vec::new() };
        out.extend(
            self.data
                .groups
                .iter()
                .filter(|g| g.active)
                .map(|g| Choice { label: g.name.clone(), value: Pick::Id(g.id) }),
        );
        out
    }

    fn members(&self) -> Vec<Choice> {
        self.data
            .members
            .iter()
            .filter(|m| m.active)
            .map(|m| Choice { label: m.pseudonym.clone(), value: Pick::Id(m.id) })
            .collect()
    }

    fn item_kinds(&self) -> Vec<Choice> {
        use ItemKind as K;
        self.labelled(&[
            ("item-other", Pick::ItemKind(K::Other)),
            ("item-welcome", Pick::ItemKind(K::Welcome)),
            ("item-round-table", Pick::ItemKind(K::RoundTable)),
            ("item-plenary", Pick::ItemKind(K::Plenary)),
            ("item-presentation", Pick::ItemKind(K::Presentation)),
            ("item-break", Pick::ItemKind(K::Break)),
        ])
    }

    fn outcomes(&self) -> Vec<Choice> {
        use OutcomeChoice as O;
        self.labelled(&[
            ("outcome-undecided", Pick::Outcome(O::Undecided)),
            ("outcome-consensus", Pick::Outcome(O::Consensus)),
            ("outcome-vote-choice", Pick::Outcome(O::Vote)),
        ])
    }

    fn consents(&self) -> Vec<Choice> {
        use ConsentLevel as C;
        self.labelled(&[
            ("consent-council-only", Pick::Consent(C::CouncilOnly)),
            ("consent-paraphrase", Pick::Consent(C::Paraphrase)),
            ("consent-quote", Pick::Consent(C::Quote)),
        ])
    }

    fn roles(&self) -> Vec<Choice> {
        self.labelled(&[
            ("role-member", Pick::Role(Role::Member)),
            ("role-secretary", Pick::Role(Role::Secretary)),
            ("role-facilitator", Pick::Role(Role::Facilitator)),
        ])
    }
}

/// Index of the option standing for `value` (0 when absent).
fn position(options: &[Choice], value: Pick) -> usize {
    options.iter().position(|c| c.value == value).unwrap_or(0)
}

/// Builds the form for `kind`, filled with current values when editing.
pub fn open(app: &App, kind: FormKind) -> Option<Form> {
    let data = app.data.as_ref()?;
    let o = Options { app, data };
    let t = |id: &str| app.loader.get(id);
    let mut title_suggested = false;
    let (title, fields) = match &kind {
        FormKind::NewMeeting | FormKind::NewGroupMeeting => {
            title_suggested = true;
            let mut f = vec![
                Field::text(F::Date, t("label-date"), &app.today.to_string()),
                Field::text(F::Title, t("label-title"), &suggested_title(app, data, app.today)),
            ];
            if kind == FormKind::NewGroupMeeting {
                f.push(Field::choice(F::Group, t("label-group"), o.groups(false), 0));
            }
            (t("form-new-meeting"), f)
        }
        FormKind::EditMeeting(id) => {
            let m = data.meeting(*id)?;
            (
                t("form-edit-meeting"),
                vec![
                    Field::text(F::Date, t("label-date"), &m.date.to_string()),
                    Field::text(F::Title, t("label-title"), &m.title),
                ],
            )
        }
        FormKind::NewItem(id) => {
            let start = data
                .meeting(*id)
                .and_then(|m| m.agenda.last())
                .map(|i| i.slot.end)
                .unwrap_or(ClockTime::new(9, 0).ok()?);
            let end = ClockTime::new((start.minutes() / 60 + 1).min(23), start.minutes() % 60).ok()?;
            (
                t("form-new-item"),
                vec![
                    Field::text(F::Slot, t("label-slot"), &super::super::super::views::slot_label(app, start, end)),
                    Field::choice(F::Kind, t("label-kind"), o.item_kinds(), 0),
                    Field::text(F::Title, t("label-title"), ""),
                ],
            )
        }
        FormKind::EditItem(id, i) => {
            let item = data.meeting(*id)?.agenda.get(*i)?;
            let kinds = o.item_kinds();
            let selected = position(&kinds, Pick::ItemKind(item.kind));
            (
                t("form-edit-item"),
                vec![
                    Field::text(
                        F::Slot,
                        t("label-slot"),
                        &super::super::super::views::slot_label(app, item.slot.start, item.slot.end),
                    ),
                    Field::choice(F::Kind, t("label-kind"), kinds, selected),
                    Field::text(F::Title, t("label-title"), &item.title),
                ],
            )
        }
        FormKind::Start(id, i) => {
            let item = data.meeting(*id)?.agenda.get(*i)?;
            let at = item.actual_start.unwrap_or(app.now);
            let label = super::super::super::views::time_label(app, at);
            (t("form-start"), vec![Field::text(F::Time, t("label-start"), &label)])
        }
        FormKind::Question(..) => (t("form-question"), vec![Field::long_text(F::Text, t("label-text"), "")]),
        FormKind::EditQuestion(id, i, j) => {
            let q = data.meeting(*id)?.agenda.get(*i)?.questions.get(*j)?;
            (t("form-edit-question"), vec![Field::long_text(F::Text, t("label-text"), q)])
        }
        FormKind::Decision(..) => (t("form-decision"), decision_fields(&o, None)),
        FormKind::EditDecision(id, i, j) => {
            let d = data.meeting(*id)?.agenda.get(*i)?.decisions.get(*j)?;
            (t("form-edit-decision"), decision_fields(&o, Some(d)))
        }
        FormKind::ActionItem(..) | FormKind::NewTask => {
            let action = kind != FormKind::NewTask;
            let groups = o.groups(action);
            // A new action starts on the only group when there is one.
            let first = usize::from(action && groups.len() == 2);
            (
                t(if action { "form-action" } else { "form-new-task" }),
                vec![
                    Field::text(F::Title, t("label-title"), ""),
                    Field::choice(F::Group, t("label-group"), groups, first),
                    Field::multi(F::Assignees, t("label-assignees"), o.members(), |_| false),
                    Field::text(F::Due, t("label-due"), ""),
                ],
            )
        }
        FormKind::EditAction(id, i, j) => {
            let a = data.meeting(*id)?.agenda.get(*i)?.actions.get(*j)?;
            let groups = o.groups(true);
            let selected = a.group.map_or(0, |g| position(&groups, Pick::Id(g)));
            let due = a.due.map(|d| d.to_string()).unwrap_or_default();
            (
                t("form-edit-action"),
                vec![
                    Field::text(F::Title, t("label-title"), &a.title),
                    Field::choice(F::Group, t("label-group"), groups, selected),
                    Field::multi(
                        F::Assignees,
                        t("label-assignees"),
                        o.members(),
                        |c| matches!(c.value, Pick::Id(m) if a.assignees.contains(&m)),
                    ),
                    Field::text(F::Due, t("label-due"), &due),
                ],
            )
        }
        FormKind::Amendment(_) => (t("form-amendment"), vec![Field::long_text(F::Text, t("label-text"), "")]),
        FormKind::EditTask(id) => {
            let task = data.tasks.iter().find(|x| x.id == *id)?;
            let due = task.due.map(|d| d.to_string()).unwrap_or_default();
            let groups = o.groups(false);
            let selected = position(&groups, Pick::Id(task.group));
            (
                t("form-edit-task"),
                vec![
                    Field::text(F::Title, t("label-title"), &task.title),
                    Field::choice(F::Group, t("label-group"), groups, selected),
                    Field::multi(
                        F::Assignees,
                        t("label-assignees"),
                        o.members(),
                        |c| matches!(c.value, Pick::Id(m) if task.assignees.contains(&m)),
                    ),
                    Field::text(F::Due, t("label-due"), &due),
                ],
            )
        }
        FormKind::Comment(_) => (t("form-comment"), vec![Field::long_text(F::Text, t("label-text"), "")]),
        FormKind::NewContribution => {
            let mut authors = vec![Choice { label: t("author-unlinked"), value: Pick::Nothing }];
            authors.extend(o.members());
            use ContributionKind as K;
            let kinds = o.labelled(&[
                ("contribution-testimony", Pick::ContributionKind(K::Testimony)),
                ("contribution-idea", Pick::ContributionKind(K::Idea)),
                ("contribution-recommendation", Pick::ContributionKind(K::Recommendation)),
                ("contribution-question", Pick::ContributionKind(K::Question)),
                ("contribution-quote", Pick::ContributionKind(K::Quote)),
            ]);
            (
                t("form-new-contribution"),
                vec![
                    Field::choice(F::Author, t("label-author"), authors, 0),
                    Field::choice(F::Kind, t("label-kind"), kinds, 0),
                    Field::choice(F::Consent, t("label-consent"), o.consents(), 0),
                    Field::long_text(F::Text, t("label-text"), ""),
                    Field::text(F::Themes, t("label-themes"), ""),
                    Field::choice(F::Group, t("label-group"), o.groups(true), 0),
                ],
            )
        }
        FormKind::EditContribution(id) => {
            let c = data.contributions.iter().find(|x| x.id == *id)?;
            (
                t("form-edit-contribution"),
                vec![
                    Field::long_text(F::Text, t("label-text"), &c.text),
                    Field::text(F::Themes, t("label-themes"), &c.themes.join(", ")),
                ],
            )
        }
        FormKind::Consent(id) => {
            let c = data.contributions.iter().find(|x| x.id == *id)?;
            let consents = o.consents();
            let selected = position(&consents, Pick::Consent(c.consent.level));
            (t("form-consent"), vec![Field::choice(F::Consent, t("label-consent"), consents, selected)])
        }
        FormKind::NewMember => (
            t("form-new-member"),
            vec![
                Field::text(F::Pseudonym, t("label-pseudonym"), ""),
                Field::choice(F::Role, t("label-role"), o.roles(), 0),
            ],
        ),
        FormKind::RenameMember(id) => {
            let m = data.members.iter().find(|x| x.id == *id)?;
            let all_groups: Vec<Choice> =
                data.groups.iter().map(|g| Choice { label: g.name.clone(), value: Pick::Id(g.id) }).collect();
            (
                t("form-rename-member"),
                vec![
                    Field::text(F::Pseudonym, t("label-pseudonym"), &m.pseudonym),
                    Field::multi(
                        F::Roles,
                        t("label-roles"),
                        o.roles(),
                        |c| matches!(c.value, Pick::Role(r) if m.roles.contains(&r)),
                    ),
                    Field::multi(
                        F::Groups,
                        t("label-groups"),
                        all_groups,
                        |c| matches!(c.value, Pick::Id(g) if m.groups.contains(&g)),
                    ),
                ],
            )
        }
        FormKind::NewGroup => (
            t("form-new-group"),
            vec![
                Field::text(F::Name, t("label-group-name"), ""),
                Field::text(F::Purpose, t("label-purpose"), ""),
                Field::text(F::Cadence, t("label-cadence"), ""),
            ],
        ),
        FormKind::EditGroup(id) => {
            let g = data.groups.iter().find(|g| g.id == *id)?;
            (
                t("form-edit-group"),
                vec![
                    Field::text(F::Name, t("label-group-name"), &g.name),
                    Field::text(F::Purpose, t("label-purpose"), &g.purpose),
                    Field::text(F::Cadence, t("label-cadence"), &g.cadence),
                ],
            )
        }
        FormKind::NewDraft => {
            let audiences = o.labelled(&[
                ("audience-decision-makers", Pick::Audience(Audience::DecisionMakers)),
                ("audience-public", Pick::Audience(Audience::Public)),
                ("audience-research", Pick::Audience(Audience::Research)),
            ]);
            let languages = o.labelled(&[
                ("language-fr", Pick::Language(Language::Fr)),
                ("language-en", Pick::Language(Language::En)),
            ]);
            (
                t("form-new-draft"),
                vec![
                    Field::text(F::Title, t("label-title"), ""),
                    Field::choice(F::Audience, t("label-audience"), audiences, 0),
                    Field::choice(F::Language, t("label-language"), languages, 0),
                ],
            )
        }
        FormKind::NewSection(_) => (
            t("form-new-section"),
            vec![
                Field::text(F::Heading, t("label-heading"), ""),
                Field::long_text(F::Text, t("label-text"), ""),
                Field::multi(F::Material, material_label(app, data), material(app, data), |_| false),
            ],
        ),
        FormKind::Export(_) => {
            let formats = o.labelled(&[
                ("format-md", Pick::Format(Format::Markdown)),
                ("format-html", Pick::Format(Format::Html)),
                ("format-txt", Pick::Format(Format::Text)),
            ]);
            let default = format!("plaidoyer-{}-{:02}.md", app.today.year(), u8::from(app.today.month()));
            (
                t("form-export"),
                vec![
                    Field::choice(F::Format, t("label-format"), formats, 0),
                    Field::text(F::File, t("label-file"), &default),
                ],
            )
        }
        FormKind::NeverWrite => (t("form-never-write"), vec![Field::text(F::Name, t("label-name"), "")]),
        FormKind::ArchiveExport | FormKind::Handover => {
            let default = format!("conseil-{}.age", app.today);
            let title = if kind == FormKind::Handover { "form-handover" } else { "form-archive-export" };
            let armor = o.labelled(&[("armor-no", Pick::Yes(false)), ("armor-yes", Pick::Yes(true))]);
            (
                t(title),
                vec![
                    Field::text(F::Recipient, t("label-recipient"), ""),
                    Field::text(F::File, t("label-file"), &default),
                    Field::choice(F::Armor, t("label-armor"), armor, 0),
                ],
            )
        }
        FormKind::ArchiveImport => (
            t("form-archive-import"),
            vec![Field::text(F::File, t("label-file"), ""), Field::text(F::Identity, t("label-identity"), "")],
        ),
        FormKind::MemberSlip => (
            t("form-member-slip"),
            vec![
                Field::choice(F::Member, t("label-member"), o.members(), 0),
                Field::text(F::Recipient, t("label-recipient"), ""),
                Field::text(F::File, t("label-file"), &format!("fiche-{}.age", app.today)),
            ],
        ),
        FormKind::LockCode => (t("form-lock-code"), vec![Field::text(F::Code, t("label-code"), "")]),
    };
    let mut form = Form::new(kind, title, fields);
    form.title_suggested = title_suggested;
    Some(form)
}

fn decision_fields(o: &Options<'_>, d: Option<&Decision>) -> Vec<Field> {
    let outcomes = o.outcomes();
    let (chosen, votes) = match d.and_then(|d| d.outcome) {
        Some(Outcome::Consensus) => (OutcomeChoice::Consensus, String::new()),
        Some(Outcome::Vote { r#for, against, abstain }) => (OutcomeChoice::Vote, format!("{for},{against},{abstain}")),
        None => (OutcomeChoice::Undecided, String::new()),
    };
    let selected = position(&outcomes, Pick::Outcome(chosen));
    vec![
        Field::long_text(F::Text, o.t("label-text"), d.map_or("", |d| d.text.as_str())),
        Field::choice(F::Outcome, o.t("label-outcome"), outcomes, selected),
        Field::text(F::Votes, o.t("label-votes"), &votes),
    ]
}

/// The usual title of a meeting on `date` ("Conseil de décembre 2026"),
/// with a number when another meeting already has it.
pub fn suggested_title(app: &App, data: &Data, date: Date) -> String {
    let month = u8::from(date.month());
    let base = i18n_embed_fl::fl!(app.loader, "meeting-title", month = month, year = date.year());
    let taken = |t: &str| data.meetings.iter().any(|m| m.title.eq_ignore_ascii_case(t));
    if !taken(&base) {
        return base;
    }
    (2..).map(|n| format!("{base} ({n})")).find(|t| !taken(t)).unwrap_or(base)
}

/// Only contributions whose consent lets them inform a draft.
fn material(app: &App, data: &Data) -> Vec<Choice> {
    data.contributions_filtered(&app.material_filter)
        .into_iter()
        .filter_map(|c| match c.consent.effective(app.today) {
            Some(ConsentLevel::Quote) => Some((c, app.loader.get("consent-quote"))),
            Some(ConsentLevel::Paraphrase) => Some((c, app.loader.get("consent-paraphrase"))),
            _ => None,
        })
        .take(60)
        .map(|(c, badge)| Choice {
            label: format!("[{badge}] ({}) {}", c.themes.join(", "), c.text.chars().take(30).collect::<String>()),
            value: Pick::Id(c.id),
        })
        .collect()
}

/// The material field's label, saying which contributions filter applies
/// (set on the Contributions screen: theme, group, meeting).
fn material_label(app: &App, data: &Data) -> String {
    let f = &app.material_filter;
    let all = app.loader.get("filter-all");
    let theme = f.theme.clone().unwrap_or_else(|| all.clone());
    let group = f.group.map(|g| data.group_name(g).to_string()).unwrap_or_else(|| all.clone());
    let meeting = f.meeting.and_then(|m| data.meeting(m)).map(|m| m.date.to_string()).unwrap_or(all);
    i18n_embed_fl::fl!(app.loader, "label-material", theme = theme, group = group, meeting = meeting)
}
