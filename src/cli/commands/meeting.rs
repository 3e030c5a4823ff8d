//! `conseil meeting …`: meetings and their minutes.

use crate::cli::args::{ActionCmd, DecisionCmd, EntryArgs, MeetingCmd, MeetingKindArg, QuestionCmd};
use crate::cli::context::{parse_date, today};
use crate::cli::text_input::text_arg;
use crate::cli::{output, CliError};
use crate::council::Session;
use crate::domain::{
    ActionFields, Decision, DomainError, Entry, Meeting, MeetingKind, Member, MinutesEdit as E, MinutesStatus, Outcome,
    RecordId,
};
use crate::fl;

fn summary(m: &Meeting) -> String {
    let status = match m.status {
        MinutesStatus::Draft => fl!("minutes-draft"),
        MinutesStatus::Adopted(d) => fl!("minutes-adopted", date = d.to_string()),
    };
    format!("{}  {}  {}  [{status}]", m.id, m.date, m.title)
}

/// The minutes as readable text.
fn minutes(session: &Session, m: &Meeting) -> Result<String, CliError> {
    let members = output::sound(session.all_sound::<Member>()?)?;
    let name = |id: &RecordId| {
        members.iter().find(|p| p.id == *id).map(|p| p.pseudonym.clone()).unwrap_or_else(|| id.to_string())
    };
    let mut out = vec![summary(m)];
    let present: Vec<String> = m.attendance.members.iter().map(name).collect();
    out.push(fl!("attendance-line", count = present.len(), members = present.join(", "), guests = m.attendance.guests));
    for (n, item) in m.agenda.iter().enumerate() {
        out.push(format!("\n{}. {}  {}", n + 1, crate::i18n::slot(item.slot, crate::i18n::current()), item.title));
        out.extend(item.notes.lines().map(|l| format!("   {l}")));
        out.extend(item.questions.iter().map(|q| format!("   ? {q}")));
        for d in &item.decisions {
            let how = match d.outcome {
                Some(Outcome::Consensus) => fl!("outcome-consensus"),
                Some(Outcome::Vote { r#for, against, abstain }) => {
                    fl!("outcome-vote", yes = r#for, no = against, abstain = abstain)
                }
                None => fl!("outcome-none"),
            };
            out.push(format!("   ✔ {} ({how})", d.text));
        }
        for a in &item.actions {
            let who: Vec<String> = a.assignees.iter().map(name).collect();
            out.push(format!("   → {} [{}]", a.title, who.join(", ")));
        }
    }
    for a in &m.amendments {
        out.push(fl!("amendment-line", date = a.date.to_string(), text = a.text.clone()));
    }
    Ok(out.join("\n"))
}

fn parse_votes(raw: &str) -> Result<Outcome, CliError> {
    let n: Vec<u16> =
        raw.split(',').map(|p| p.trim().parse::<u16>()).collect::<Result<_, _>>().map_err(|_| CliError::BadVotes)?;
    match n[..] {
        [r#for, against, abstain] => Ok(Outcome::Vote { r#for, against, abstain }),
        _ => Err(CliError::BadVotes),
    }
}

/// 1-based item number from the user to a 0-based index.
fn index(item: usize) -> Result<usize, CliError> {
    item.checked_sub(1).ok_or_else(|| DomainError::NoSuchItem.into())
}

/// Runs a meeting subcommand.
pub fn run(session: &Session, cmd: &MeetingCmd) -> Result<(), CliError> {
    match cmd {
        MeetingCmd::Add { date, title, kind, group, template, json } => {
            let date = parse_date(date)?;
            let kind = match (kind, group) {
                (MeetingKindArg::Group, Some(g)) => MeetingKind::WorkingGroup(session.find_group(g)?.id),
                (MeetingKindArg::Group, None) => return Err(DomainError::Dangling("group").into()),
                (MeetingKindArg::Extraordinary, _) => MeetingKind::Extraordinary,
                (MeetingKindArg::Monthly, _) => MeetingKind::Monthly,
            };
            let m = match template.as_deref() {
                Some("previous" | "precedente" | "précédente") => session.new_meeting(kind, date, title, true)?,
                Some(key) => {
                    let from: Meeting = session.find(key)?;
                    session.save_meeting(Meeting::from_template(&from, RecordId::random(), date, title)?)?
                }
                None => session.new_meeting(kind, date, title, false)?,
            };
            output::record(*json, &m, |m| fl!("meeting-added", title = m.title.clone(), id = m.id.to_string()))
        }
        MeetingCmd::List(args) => {
            let mut all = output::sound(session.all_sound::<Meeting>()?)?;
            all.sort_by_key(|m| m.date);
            if args.json {
                return output::json(&all);
            }
            all.iter().try_for_each(|m| output::line(summary(m)))
        }
        MeetingCmd::Show { meeting, json } => {
            let m: Meeting = session.find(meeting)?;
            if *json {
                return output::json(&m);
            }
            output::line(minutes(session, &m)?)
        }
        MeetingCmd::Item { meeting, slot, kind, title } => {
            edit(session, meeting, E::AddItem { slot: slot.parse()?, kind: kind.parse()?, title: title.clone() })
        }
        MeetingCmd::ItemEdit { meeting, item, slot, kind, title } => {
            let m: Meeting = session.find(meeting)?;
            let i = index(*item)?;
            let old = m.agenda.get(i).ok_or(DomainError::NoSuchItem)?;
            let change = E::EditItem {
                item: i,
                slot: slot.as_deref().map(str::parse).transpose()?.unwrap_or(old.slot),
                kind: kind.as_deref().map(str::parse).transpose()?.unwrap_or(old.kind),
                title: title.clone().unwrap_or_else(|| old.title.clone()),
            };
            edit(session, meeting, change)
        }
        MeetingCmd::ItemDelete { meeting, item } => edit(session, meeting, E::DeleteItem { item: index(*item)? }),
        MeetingCmd::Move { meeting, item, position } => {
            edit(session, meeting, E::MoveItem { item: index(*item)?, to: index(*position)? })
        }
        MeetingCmd::Start { meeting, item, at, clear } => {
            let at = if *clear { None } else { at.as_deref().map(str::parse).transpose()? };
            edit(session, meeting, E::Start { item: index(*item)?, at })
        }
        MeetingCmd::Edit { meeting, date, title } => {
            let m: Meeting = session.find(meeting)?;
            let date = date.as_deref().map(parse_date).transpose()?.unwrap_or(m.date);
            edit(session, meeting, E::Retitle { date, title: title.clone().unwrap_or(m.title) })
        }
        MeetingCmd::Delete { meeting } => {
            let m: Meeting = session.find(meeting)?;
            let kept = session.delete_meeting(m.id)?;
            output::line(fl!("meeting-deleted", title = m.title.clone(), tasks = kept.len()))
        }
        MeetingCmd::Notes { meeting, item, text } => {
            let text = text_arg(text)?;
            edit(session, meeting, E::Notes { item: index(*item)?, text })
        }
        MeetingCmd::Attend { meeting, members, guests } => {
            let m: Meeting = session.find(meeting)?;
            let mut present = m.attendance.members.clone();
            for p in members {
                let id = session.find_member(p)?.id;
                if !present.contains(&id) {
                    present.push(id);
                }
            }
            edit(session, meeting, E::Attendance { members: present, guests: guests.unwrap_or(m.attendance.guests) })
        }
        MeetingCmd::Decide { meeting, item, text, consensus, votes } => decision(
            session,
            &DecisionCmd::Add {
                meeting: meeting.clone(),
                item: *item,
                text: text.clone(),
                consensus: *consensus,
                votes: votes.clone(),
            },
        ),
        MeetingCmd::Question { cmd } => question(session, cmd),
        MeetingCmd::Decision { cmd } => decision(session, cmd),
        MeetingCmd::Action { cmd } => action(session, cmd),
        MeetingCmd::Adopt { meeting, on } => {
            let date = on.as_deref().map(parse_date).transpose()?.unwrap_or_else(today);
            let m: Meeting = session.find(meeting)?;
            for gap in &m.adoption_gaps() {
                output::line(crate::i18n::gap_label(&crate::i18n::LOADER, gap))?;
            }
            edit(session, meeting, E::Adopt { on: date })
        }
        MeetingCmd::Amend { meeting, text } => {
            let text = text_arg(text)?;
            edit(session, meeting, E::Amend { on: today(), text })
        }
    }
}

/// The agenda item and line named on the command line, 0-based.
fn entry(e: &EntryArgs) -> Result<Entry, CliError> {
    Ok(Entry { item: index(e.item)?, index: e.number.checked_sub(1).ok_or(DomainError::NoSuchEntry)? })
}

fn question(session: &Session, cmd: &QuestionCmd) -> Result<(), CliError> {
    match cmd {
        QuestionCmd::Add { meeting, item, text } => {
            edit(session, meeting, E::AddQuestion { item: index(*item)?, text: text_arg(text)? })
        }
        QuestionCmd::Edit { entry: e, text } => {
            edit(session, &e.meeting, E::EditQuestion { entry: entry(e)?, text: text_arg(text)? })
        }
        QuestionCmd::Delete { entry: e } => edit(session, &e.meeting, E::DeleteQuestion(entry(e)?)),
    }
}

fn outcome(consensus: bool, votes: Option<&str>) -> Result<Option<Outcome>, CliError> {
    Ok(match (consensus, votes) {
        (true, _) => Some(Outcome::Consensus),
        (false, Some(v)) => Some(parse_votes(v)?),
        (false, None) => None,
    })
}

fn decision(session: &Session, cmd: &DecisionCmd) -> Result<(), CliError> {
    match cmd {
        DecisionCmd::Add { meeting, item, text, consensus, votes } => {
            let decision = Decision { text: text_arg(text)?, outcome: outcome(*consensus, votes.as_deref())? };
            edit(session, meeting, E::AddDecision { item: index(*item)?, decision })
        }
        DecisionCmd::Edit { entry: e, text, consensus, votes, no_outcome } => {
            let at = entry(e)?;
            let m: Meeting = session.find(&e.meeting)?;
            let old = m.agenda.get(at.item).and_then(|i| i.decisions.get(at.index)).ok_or(DomainError::NoSuchEntry)?;
            let text = text.as_deref().map(text_arg).transpose()?.unwrap_or_else(|| old.text.clone());
            let outcome = match outcome(*consensus, votes.as_deref())? {
                Some(o) => Some(o),
                None if *no_outcome => None,
                None => old.outcome,
            };
            edit(session, &e.meeting, E::EditDecision { entry: at, decision: Decision { text, outcome } })
        }
        DecisionCmd::Delete { entry: e } => edit(session, &e.meeting, E::DeleteDecision(entry(e)?)),
    }
}

fn members(session: &Session, keys: &[String]) -> Result<Vec<RecordId>, CliError> {
    keys.iter().map(|p| Ok(session.find_member(p)?.id)).collect()
}

fn action(session: &Session, cmd: &ActionCmd) -> Result<(), CliError> {
    match cmd {
        ActionCmd::Add { meeting, item, title, group, assignees, due } => {
            let action = ActionFields {
                title: title.clone(),
                group: group.as_deref().map(|g| session.find_group(g)).transpose()?.map(|g| g.id),
                assignees: members(session, assignees)?,
                due: due.as_deref().map(parse_date).transpose()?,
            };
            let m: Meeting = session.find(meeting)?;
            let saved = session.edit_minutes(m.id, &E::AddAction { item: index(*item)?, action })?;
            match saved.tasks.first() {
                Some(task) => output::line(fl!("task-added", title = task.title.clone(), id = task.id.to_string())),
                None => output::line(fl!("action-added-no-task")),
            }
        }
        ActionCmd::Edit { entry: e, title, group, assignees, no_assignee, due } => {
            let at = entry(e)?;
            let m: Meeting = session.find(&e.meeting)?;
            let old = m.agenda.get(at.item).and_then(|i| i.actions.get(at.index)).ok_or(DomainError::NoSuchEntry)?;
            let action = ActionFields {
                title: title.clone().unwrap_or_else(|| old.title.clone()),
                group: match group {
                    Some(g) => Some(session.find_group(g)?.id),
                    None => old.group,
                },
                assignees: match (assignees.is_empty(), no_assignee) {
                    (_, true) => Vec::new(),
                    (true, false) => old.assignees.clone(),
                    (false, false) => members(session, assignees)?,
                },
                due: due.as_deref().map(parse_date).transpose()?.or(old.due),
            };
            edit(session, &e.meeting, E::EditAction { entry: at, action })
        }
        ActionCmd::Delete { entry: e } => edit(session, &e.meeting, E::DeleteAction(entry(e)?)),
    }
}

/// Applies one change to a meeting's minutes through the council (which
/// keeps its tasks in step) and says so.
fn edit(session: &Session, key: &str, change: E) -> Result<(), CliError> {
    let m: Meeting = session.find(key)?;
    let saved = session.edit_minutes(m.id, &change)?;
    output::line(fl!("saved", id = saved.meeting.id.to_string()))
}
