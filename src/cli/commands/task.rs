//! `conseil task …`: working-group tasks.

use crate::cli::args::TaskCmd;
use crate::cli::context::{parse_date, today};
use crate::cli::text_input::text_arg;
use crate::cli::{output, CliError};
use crate::council::Session;
use crate::domain::{RecordId, Task, TaskStatus};
use crate::fl;

fn summary(t: &Task) -> String {
    let due = t.due.map(|d| d.to_string()).unwrap_or_default();
    let overdue = if t.is_overdue(today()) { fl!("overdue-mark") } else { String::new() };
    format!("{}  [{}] {}  {due} {overdue}", t.id, crate::i18n::status_label(&crate::i18n::LOADER, t.status), t.title)
}

fn assignees(session: &Session, raw: &[String]) -> Result<Vec<RecordId>, CliError> {
    raw.iter().map(|m| Ok(session.find_member(m)?.id)).collect()
}

/// Runs a task subcommand.
pub fn run(session: &Session, cmd: &TaskCmd) -> Result<(), CliError> {
    match cmd {
        TaskCmd::Add { group, title, description, assignees: a, due, json } => {
            let mut t = Task::new(RecordId::random(), session.find_group(group)?.id, title)?;
            t.description = description.as_deref().map(text_arg).transpose()?.unwrap_or_default();
            t.assignees = assignees(session, a)?;
            t.due = due.as_deref().map(parse_date).transpose()?;
            let t = session.save_task(t)?;
            output::record(*json, &t, |t| fl!("task-added", title = t.title.clone(), id = t.id.to_string()))
        }
        TaskCmd::List { group, status, json } => {
            let group = group.as_deref().map(|g| session.find_group(g)).transpose()?;
            let status: Option<TaskStatus> = status.as_deref().map(str::parse).transpose()?;
            let mut all: Vec<Task> = output::sound(session.all_sound::<Task>()?)?
                .into_iter()
                .filter(|t| group.as_ref().is_none_or(|g| t.group == g.id))
                .filter(|t| status.is_none_or(|s| t.status == s))
                .collect();
            all.sort_by_key(|t| (t.due, t.title.clone()));
            if *json {
                return output::json(&all);
            }
            all.iter().try_for_each(|t| output::line(summary(t)))
        }
        TaskCmd::Show { task, json } => output::record(*json, &session.find::<Task>(task)?, summary),
        TaskCmd::Update { task, status, comment, title, due, assignees: a } => {
            let mut t: Task = session.find(task)?;
            let before = t.clone();
            if let Some(s) = status {
                t.set_status(today(), s.parse()?);
            }
            if let Some(c) = comment {
                t.comment(today(), &text_arg(c)?)?;
            }
            if let Some(title) = title {
                t.title = title.trim().to_string();
            }
            if let Some(d) = due {
                t.due = Some(parse_date(d)?);
            }
            if !a.is_empty() {
                t.assignees = assignees(session, a)?;
            }
            if t == before {
                return Err(CliError::NothingToChange);
            }
            let t = session.save_task(t)?;
            output::line(fl!("saved", id = t.id.to_string()))
        }
    }
}
