//! `conseil meeting …`: meetings and their minutes.

use crate::cli::args::{MeetingCmd, MeetingKindArg};
use crate::cli::context::{parse_date, today};
use crate::cli::text_input::text_arg;
use crate::cli::{output, CliError};
use crate::council::Session;
use crate::domain::{
    ActionItem, AgendaItem, Decision, DomainError, Meeting, MeetingKind, Member, MinutesStatus, Outcome, RecordId,
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
    let members = session.store().list::<Member>()?;
    let name = |id: &RecordId| {
        members.iter().find(|p| p.id == *id).map(|p| p.pseudonym.clone()).unwrap_or_else(|| id.to_string())
    };
    let mut out = vec![summary(m)];
    let present: Vec<String> = m.attendance.members.iter().map(name).collect();
    out.push(fl!("attendance-line", members = present.join(", "), guests = m.attendance.guests));
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
            let template = match template.as_deref() {
                Some("previous" | "precedente" | "précédente") => session.previous_meeting(kind, date)?,
                Some(key) => Some(session.find::<Meeting>(key)?),
                None => None,
            };
            let m = match &template {
                Some(prev) => Meeting::from_template(prev, RecordId::random(), date, title)?,
                None => Meeting::new(RecordId::random(), kind, date, title)?,
            };
            let m = session.save_meeting(m)?;
            output::record(*json, &m, |m| fl!("meeting-added", title = m.title.clone(), id = m.id.to_string()))
        }
        MeetingCmd::List(args) => {
            let mut all = session.store().list::<Meeting>()?;
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
        MeetingCmd::Item { meeting, slot, kind, title } => edit(session, meeting, |m| {
            m.edit()?.agenda.push(AgendaItem::new(slot.parse()?, kind.parse()?, title));
            Ok(())
        }),
        MeetingCmd::Notes { meeting, item, text } => {
            let text = text_arg(text)?;
            edit(session, meeting, |m| {
                m.item_mut(index(*item)?)?.notes = text;
                Ok(())
            })
        }
        MeetingCmd::Attend { meeting, members, guests } => {
            let ids = members.iter().map(|p| Ok(session.find_member(p)?.id)).collect::<Result<Vec<_>, CliError>>()?;
            edit(session, meeting, |m| {
                let attendance = &mut m.edit()?.attendance;
                for id in ids {
                    if !attendance.members.contains(&id) {
                        attendance.members.push(id);
                    }
                }
                if let Some(g) = guests {
                    attendance.guests = *g;
                }
                Ok(())
            })
        }
        MeetingCmd::Decide { meeting, item, text, consensus, votes } => {
            let outcome = match (consensus, votes) {
                (true, _) => Some(Outcome::Consensus),
                (false, Some(v)) => Some(parse_votes(v)?),
                (false, None) => None,
            };
            let text = text_arg(text)?;
            edit(session, meeting, |m| {
                m.item_mut(index(*item)?)?.decisions.push(Decision { text, outcome });
                Ok(())
            })
        }
        MeetingCmd::Action { meeting, item, title, group, assignees, due } => {
            let m: Meeting = session.find(meeting)?;
            let group = session.find_group(group)?.id;
            let action = ActionItem {
                title: title.trim().to_string(),
                group: Some(group),
                assignees: assignees.iter().map(|p| Ok(session.find_member(p)?.id)).collect::<Result<_, CliError>>()?,
                due: due.as_deref().map(parse_date).transpose()?,
                task: None,
            };
            let (_, task) = session.add_action(m.id, index(*item)?, action, group)?;
            output::line(fl!("task-added", title = task.title.clone(), id = task.id.to_string()))
        }
        MeetingCmd::Adopt { meeting, on } => {
            let date = on.as_deref().map(parse_date).transpose()?.unwrap_or_else(today);
            let m: Meeting = session.find(meeting)?;
            let gaps = m.adoption_gaps();
            for gap in &gaps {
                output::line(crate::i18n::gap_label(&crate::i18n::LOADER, gap))?;
            }
            edit(session, meeting, |m| Ok(m.adopt(date)?))
        }
        MeetingCmd::Amend { meeting, text } => {
            let text = text_arg(text)?;
            edit(session, meeting, |m| Ok(m.amend(today(), &text)?))
        }
    }
}

/// Loads a meeting, applies `change`, saves it (with the adopted-minutes
/// rule checked by the session) and says so.
fn edit(
    session: &Session,
    key: &str,
    change: impl FnOnce(&mut Meeting) -> Result<(), CliError>,
) -> Result<(), CliError> {
    let mut m: Meeting = session.find(key)?;
    change(&mut m)?;
    let m = session.save_meeting(m)?;
    output::line(fl!("saved", id = m.id.to_string()))
}
