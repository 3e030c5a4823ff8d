//! Which fields each form has, filled with current values when editing.

use super::super::super::app::App;
use super::super::super::form::{Choice, Field, Form, FormKind};
use crate::domain::{ClockTime, ConsentLevel};

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
            let roles = options(&[
                ("role-member", "member"),
                ("role-secretary", "secretary"),
                ("role-facilitator", "facilitator"),
            ]);
            let all_groups: Vec<Choice> =
                data.groups.iter().map(|g| Choice { label: g.name.clone(), value: g.id.to_string() }).collect();
            let has_role = |c: &Choice| m.roles.iter().any(|r| c.value.parse::<crate::domain::Role>().ok() == Some(*r));
            let in_group = |c: &Choice| m.groups.iter().any(|g| g.to_string() == c.value);
            (
                t("form-rename-member"),
                vec![
                    Field::text(t("label-pseudonym"), &m.pseudonym),
                    Field::multi_checked(t("label-roles"), roles, has_role),
                    Field::multi_checked(t("label-groups"), all_groups, in_group),
                ],
            )
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
fn material_label(app: &App, data: &super::super::super::data::Data) -> String {
    let f = &app.material_filter;
    let all = app.loader.get("filter-all");
    let theme = f.theme.clone().unwrap_or_else(|| all.clone());
    let group = f.group.map(|g| data.group_name(g).to_string()).unwrap_or_else(|| all.clone());
    let meeting = f.meeting.and_then(|m| data.meeting(m)).map(|m| m.date.to_string()).unwrap_or(all);
    i18n_embed_fl::fl!(app.loader, "label-material", theme = theme, group = group, meeting = meeting)
}
