//! The list screens (dashboard, meetings, board, contributions, members),
//! search and confirmations.

use ratatui_textarea::TextArea;

use super::super::app::{App, ContributionsState, Overlay, Pending, Screen, Status};
use super::super::data::Data;
use super::super::effect::{Change, Effect};
use super::super::form::FormKind;
use super::super::keymap::Command;
use super::super::search::{SearchIndex, Target};
use super::super::tr;
use super::{forms, minutes, step};
use crate::domain::{RecordId, Task, TaskStatus};

/// Handles a command of a list screen.
pub fn command(app: &mut App, command: Command) -> Vec<Effect> {
    let Some(data) = app.data.as_ref() else {
        return Vec::new();
    };
    let delta = match command {
        Command::Up => -1,
        Command::Down => 1,
        _ => 0,
    };
    match &mut app.screen {
        Screen::Dashboard => {
            if command == Command::Open {
                if let Some(m) = data.next_meeting(app.today).map(|m| m.id) {
                    minutes::open(app, m, 0);
                }
            }
            Vec::new()
        }
        Screen::Meetings { selected } => {
            *selected = step(*selected, delta, data.meetings.len());
            let chosen = data.meetings.get(*selected).map(|m| m.id);
            match (command, chosen) {
                (Command::Open, Some(id)) => {
                    minutes::open(app, id, 0);
                    Vec::new()
                }
                (Command::New, _) => open_form(app, FormKind::NewMeeting),
                (Command::NewGroupMeeting, _) => open_form(app, FormKind::NewGroupMeeting),
                (Command::EditMeeting, Some(id)) => open_form(app, FormKind::EditMeeting(id)),
                (Command::Delete, Some(id)) => confirm_delete_meeting(app, id),
                _ => Vec::new(),
            }
        }
        Screen::Board(_) => board(app, command),
        Screen::Contributions(_) => contributions(app, command, delta),
        Screen::Groups { selected } => {
            *selected = step(*selected, delta, data.groups.len());
            let group = data.groups.get(*selected).cloned();
            match (command, group) {
                (Command::NewGroup, _) => open_form(app, FormKind::NewGroup),
                (Command::EditGroup, Some(g)) => open_form(app, FormKind::EditGroup(g.id)),
                (Command::ToggleGroup, Some(mut g)) => {
                    g.active = !g.active;
                    vec![Effect::Save(Change::Group(g))]
                }
                (Command::FocusAgenda, _) => {
                    app.screen = Screen::Members { selected: 0 };
                    Vec::new()
                }
                _ => Vec::new(),
            }
        }
        Screen::Members { selected } => {
            *selected = step(*selected, delta, data.members.len());
            let Some(member) = data.members.get(*selected).cloned() else {
                return match command {
                    Command::New => open_form(app, FormKind::NewMember),
                    Command::FocusLines => {
                        app.screen = Screen::Groups { selected: 0 };
                        Vec::new()
                    }
                    _ => Vec::new(),
                };
            };
            match command {
                Command::New => open_form(app, FormKind::NewMember),
                Command::Edit => open_form(app, FormKind::RenameMember(member.id)),
                Command::ToggleCredit => {
                    let message = if member.credit_in_exports {
                        tr!(app, "confirm-uncredit", pseudonym = member.pseudonym.clone())
                    } else {
                        tr!(app, "confirm-credit", pseudonym = member.pseudonym.clone())
                    };
                    app.overlay = Some(Overlay::Confirm { message, on_yes: Pending::ToggleCredit(member.id) });
                    Vec::new()
                }
                Command::FocusLines => {
                    app.screen = Screen::Groups { selected: 0 };
                    Vec::new()
                }
                Command::ToggleActive => {
                    let message = if member.active {
                        tr!(app, "confirm-deactivate", pseudonym = member.pseudonym.clone())
                    } else {
                        tr!(app, "confirm-reactivate", pseudonym = member.pseudonym.clone())
                    };
                    app.overlay = Some(Overlay::Confirm { message, on_yes: Pending::ToggleActive(member.id) });
                    Vec::new()
                }
                _ => Vec::new(),
            }
        }
        Screen::Drafts { selected, open } => {
            *selected = step(*selected, delta, data.drafts.len());
            let chosen = open.or_else(|| data.drafts.get(*selected).map(|d| d.id));
            match (command, chosen) {
                (Command::Open, Some(id)) => *open = Some(id),
                (Command::Back, _) => *open = None,
                (Command::New, _) => return open_form(app, FormKind::NewDraft),
                (Command::AddSection, Some(id)) => return open_form(app, FormKind::NewSection(id)),
                (Command::Export, Some(id)) => return open_form(app, FormKind::Export(id)),
                _ => {}
            }
            Vec::new()
        }
        Screen::Settings => {
            if command == Command::New {
                return open_form(app, FormKind::NeverWrite);
            }
            Vec::new()
        }
        Screen::Archives { selected } => {
            *selected = step(*selected, delta, ARCHIVE_ACTIONS.len());
            let kind = ARCHIVE_ACTIONS[*selected].clone();
            if command == Command::Open {
                return open_form(app, kind);
            }
            Vec::new()
        }
        Screen::Unlock | Screen::Minutes(_) => Vec::new(),
    }
}

/// The actions of the Archives screen, in display order.
pub const ARCHIVE_ACTIONS: [FormKind; 4] =
    [FormKind::ArchiveExport, FormKind::ArchiveImport, FormKind::MemberSlip, FormKind::Handover];

fn open_form(app: &mut App, kind: FormKind) -> Vec<Effect> {
    if let Some(form) = forms::open(app, kind) {
        app.overlay = Some(Overlay::Form(form));
    }
    Vec::new()
}

fn board(app: &mut App, command: Command) -> Vec<Effect> {
    let (Some(data), Screen::Board(b)) = (app.data.as_ref(), &mut app.screen) else {
        return Vec::new();
    };
    let cols = TaskStatus::ALL.len();
    match command {
        Command::Left => b.column = step(b.column, -1, cols),
        Command::Right => b.column = step(b.column, 1, cols),
        Command::FilterGroup => b.group = cycle(b.group, data.groups.iter().map(|g| g.id)),
        Command::FilterMember => b.member = cycle(b.member, data.members.iter().filter(|m| m.active).map(|m| m.id)),
        Command::Open => b.detail = true,
        Command::CloseDetail => b.detail = false,
        Command::PageUp => b.scroll = b.scroll.saturating_sub(8),
        Command::PageDown => b.scroll = b.scroll.saturating_add(8),
        _ => {}
    }
    let col = data.board_column(TaskStatus::ALL[b.column], b.group, b.member);
    b.row = match command {
        Command::Up => step(b.row, -1, col.len()),
        Command::Down => step(b.row, 1, col.len()),
        _ => b.row.min(col.len().saturating_sub(1)),
    };
    let task = col.get(b.row).map(|t| (*t).clone());
    if matches!(command, Command::Up | Command::Down | Command::Left | Command::Right) {
        b.scroll = 0;
    }
    b.task = task.as_ref().map(|t| t.id);
    if b.task.is_none() {
        b.detail = false;
    }
    let member_view = app.member_view;
    match (command, task) {
        (Command::New, _) if !member_view => open_form(app, FormKind::NewTask),
        (Command::Edit, Some(t)) if !member_view => open_form(app, FormKind::EditTask(t.id)),
        (Command::Comment, Some(t)) => open_form(app, FormKind::Comment(t.id)),
        (Command::StatusForward | Command::StatusBack, Some(mut t)) => {
            let forward = command == Command::StatusForward;
            let target = step(b.column, if forward { 1 } else { -1 }, cols);
            if target == b.column {
                return Vec::new();
            }
            t.set_status(app.today, TaskStatus::ALL[target]);
            // The selection follows the task to its new column.
            b.column = target;
            b.task = Some(t.id);
            vec![Effect::Save(Change::Task(t))]
        }
        (Command::New | Command::Edit, _) => {
            app.status = Status::Info(tr!(app, "member-view-read-only"));
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// After a save, puts every list's selection back on the record it was on
/// (a task moved to another column, a renamed member).
pub fn follow_selection(app: &mut App) {
    let (Some(data), Screen::Board(b)) = (app.data.as_ref(), &mut app.screen) else { return };
    let Some(id) = b.task else { return };
    let Some(task) = data.tasks.iter().find(|t| t.id == id) else { return };
    b.column = TaskStatus::ALL.iter().position(|s| *s == task.status).unwrap_or(b.column);
    let col = data.board_column(task.status, b.group, b.member);
    if let Some(row) = col.iter().position(|t| t.id == id) {
        b.row = row;
    }
}

/// Puts the cursor of the list shown on the record `id` (just created or
/// changed, so re-sorted): the next key acts on what was just acted on.
pub fn select_record(app: &mut App, id: RecordId) {
    let Some(data) = app.data.as_ref() else { return };
    let row = match &app.screen {
        Screen::Meetings { .. } => data.meetings.iter().position(|m| m.id == id),
        Screen::Members { .. } => data.members.iter().position(|m| m.id == id),
        Screen::Groups { .. } => data.groups.iter().position(|g| g.id == id),
        Screen::Drafts { open: None, .. } => data.drafts.iter().position(|d| d.id == id),
        Screen::Contributions(state) => data.contributions_filtered(&state.filter()).iter().position(|c| c.id == id),
        _ => None,
    };
    let Some(row) = row else { return };
    match &mut app.screen {
        Screen::Meetings { selected }
        | Screen::Members { selected }
        | Screen::Groups { selected }
        | Screen::Drafts { selected, .. } => *selected = row,
        Screen::Contributions(state) => state.selected = row,
        _ => {}
    }
}

/// Keeps every selection inside what exists (after an unlock).
pub fn clamp_all(app: &mut App) {
    let Some(data) = app.data.as_ref() else { return };
    match &mut app.screen {
        Screen::Meetings { selected } => *selected = (*selected).min(data.meetings.len().saturating_sub(1)),
        Screen::Members { selected } => *selected = (*selected).min(data.members.len().saturating_sub(1)),
        Screen::Groups { selected } => *selected = (*selected).min(data.groups.len().saturating_sub(1)),
        Screen::Minutes(m) if data.meeting(m.meeting).is_none() => app.screen = Screen::Dashboard,
        _ => {}
    }
    follow_selection(app);
    minutes::clamp(app);
}

fn confirm_delete_meeting(app: &mut App, id: RecordId) -> Vec<Effect> {
    let Some(m) = app.data.as_ref().and_then(|d| d.meeting(id)) else { return Vec::new() };
    if m.is_adopted() {
        app.status = Status::Info(tr!(app, "meeting-adopted-stays"));
        return Vec::new();
    }
    let tasks =
        app.data.as_ref().map_or(0, |d| d.tasks.iter().filter(|t| t.origin.is_some_and(|o| o.meeting == id)).count());
    let message = tr!(app, "confirm-delete-meeting", title = m.title.clone(), tasks = tasks);
    app.overlay = Some(Overlay::Confirm { message, on_yes: Pending::DeleteMeeting(id) });
    Vec::new()
}

/// Next value of a filter: none → first → … → last → none.
fn cycle(current: Option<RecordId>, options: impl Iterator<Item = RecordId>) -> Option<RecordId> {
    let all: Vec<RecordId> = options.collect();
    match current.and_then(|c| all.iter().position(|x| *x == c)) {
        None => all.first().copied(),
        Some(i) => all.get(i + 1).copied(),
    }
}

/// Rows a page key scrolls a detail pane by.
const DETAIL_PAGE: u16 = 4;

fn contributions(app: &mut App, command: Command, delta: isize) -> Vec<Effect> {
    let (Some(data), Screen::Contributions(state)) = (app.data.as_ref(), &mut app.screen) else {
        return Vec::new();
    };
    match command {
        Command::FilterTheme => {
            let mut themes: Vec<String> = data.contributions.iter().flat_map(|c| c.themes.clone()).collect();
            themes.sort();
            themes.dedup();
            state.theme = match state.theme.as_ref().and_then(|t| themes.iter().position(|x| x == t)) {
                None => themes.first().cloned(),
                Some(i) => themes.get(i + 1).cloned(),
            };
            state.selected = 0;
        }
        Command::FilterGroup => {
            state.group = cycle(state.group, data.groups.iter().map(|g| g.id));
            state.selected = 0;
        }
        Command::FilterMeeting => {
            let with_contributions = data
                .meetings
                .iter()
                .map(|m| m.id)
                .filter(|id| data.contributions.iter().any(|c| c.meeting == Some(*id)));
            state.meeting = cycle(state.meeting, with_contributions);
            state.selected = 0;
        }
        Command::PageUp => state.detail_scroll = state.detail_scroll.saturating_sub(DETAIL_PAGE),
        Command::PageDown => state.detail_scroll = state.detail_scroll.saturating_add(DETAIL_PAGE),
        _ => {}
    }
    let filter = state.filter();
    let visible = data.contributions_filtered(&filter);
    let before = state.selected;
    state.selected = step(state.selected, delta, visible.len());
    if state.selected != before {
        // Another contribution's detail starts at its top.
        state.detail_scroll = 0;
    }
    let chosen = visible.get(state.selected).map(|c| (*c).clone());
    // Draft sections pick their material from what was last shown here.
    app.material_filter = filter;
    match (command, chosen) {
        (Command::New, _) => open_form(app, FormKind::NewContribution),
        (Command::Edit, Some(c)) => open_form(app, FormKind::EditContribution(c.id)),
        (Command::Consent, Some(c)) => open_form(app, FormKind::Consent(c.id)),
        (Command::Withdraw, Some(c)) if c.consent.withdrawn_on.is_none() => {
            // Earlier exports cannot be recalled: say which ones hold it.
            let earlier: Vec<String> = app
                .data
                .iter()
                .flat_map(|d| d.drafts.iter())
                .flat_map(|d| d.exports.iter().filter(|e| e.contributions.contains(&c.id)).map(move |e| (d, e)))
                .map(|(d, e)| format!("« {} » ({})", d.title, e.month))
                .collect();
            let mut message = tr!(app, "confirm-withdraw");
            if !earlier.is_empty() {
                message.push(' ');
                message.push_str(&tr!(app, "confirm-withdraw-earlier", exports = earlier.join(", ")));
            }
            app.overlay = Some(Overlay::Confirm { message, on_yes: Pending::Withdraw(c.id) });
            Vec::new()
        }
        (Command::Erase, Some(c)) if !c.is_erased() => {
            let message = tr!(app, "confirm-erase");
            app.overlay = Some(Overlay::Confirm { message, on_yes: Pending::Erase(c.id) });
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// Yes or no on a pending action.
pub fn confirm(app: &mut App, command: Command) -> Vec<Effect> {
    let Some(Overlay::Confirm { on_yes, .. }) = app.overlay.take() else {
        return Vec::new();
    };
    if command != Command::Confirm {
        return Vec::new();
    }
    let Some(data) = app.data.as_ref() else {
        return Vec::new();
    };
    match &on_yes {
        Pending::Withdraw(id) => vec![Effect::Save(Change::Withdraw { contribution: *id, erase: false })],
        Pending::Erase(id) => vec![Effect::Save(Change::Withdraw { contribution: *id, erase: true })],
        Pending::ToggleActive(id) | Pending::ToggleCredit(id) => data
            .members
            .iter()
            .find(|m| m.id == *id)
            .map(|m| {
                let mut m = m.clone();
                if matches!(on_yes, Pending::ToggleActive(_)) {
                    m.active = !m.active;
                } else {
                    m.credit_in_exports = !m.credit_in_exports;
                }
                vec![Effect::Save(Change::Member(m))]
            })
            .unwrap_or_default(),
        Pending::DeleteMeeting(id) => vec![Effect::Save(Change::DeleteMeeting(*id))],
        Pending::ImportUnauthenticated { path, identity, fingerprint } => {
            vec![Effect::Archive(crate::tui::effect::ArchiveJob::Import {
                path: path.clone(),
                identity: identity.clone(),
                accepted: Some(fingerprint.clone()),
            })]
        }
        Pending::Adopt(_) | Pending::DeleteItem(..) | Pending::DeleteLine(..) => minutes::confirmed(app, &on_yes),
    }
}

/// Opens the search overlay.
pub fn open_search(app: &mut App) {
    if let Some(data) = &app.data {
        app.overlay = Some(Overlay::Search {
            index: Box::new(SearchIndex::new(data)),
            query: Box::new(TextArea::default()),
            hits: Vec::new(),
            selected: 0,
        });
    }
}

/// Reruns the search after the query changed.
pub fn refresh_search(app: &mut App) {
    let Some(Overlay::Search { index, query, hits, selected }) = &mut app.overlay else {
        return;
    };
    *hits = index.search(&query.lines().join(" "));
    *selected = 0;
}

/// Moves in the results, opens one, or closes.
pub fn search_command(app: &mut App, command: Command) {
    let Some(Overlay::Search { hits, selected, .. }) = &mut app.overlay else {
        return;
    };
    match command {
        Command::Up => *selected = step(*selected, -1, hits.len()),
        Command::Down => *selected = step(*selected, 1, hits.len()),
        Command::Cancel => app.overlay = None,
        Command::Open => {
            let target = hits.get(*selected).map(|h| h.target);
            app.overlay = None;
            if let Some(target) = target {
                jump(app, target);
            }
        }
        _ => {}
    }
}

/// Shows the record a search result points to.
pub fn jump(app: &mut App, target: Target) {
    let Some(data) = app.data.as_ref() else {
        return;
    };
    match target {
        Target::Minutes { meeting, item } => minutes::open(app, meeting, item),
        Target::Task(id) => {
            if let Some(t) = data.tasks.iter().find(|t| t.id == id) {
                let column = TaskStatus::ALL.iter().position(|s| *s == t.status).unwrap_or(0);
                let row = column_position(data, t);
                app.screen = Screen::Board(super::super::app::BoardState {
                    column,
                    row,
                    task: Some(id),
                    detail: true,
                    ..Default::default()
                });
            }
        }
        Target::Contribution(id) => {
            let selected = data.contributions.iter().position(|c| c.id == id).unwrap_or(0);
            app.screen = Screen::Contributions(ContributionsState { selected, ..Default::default() });
        }
        Target::Member(id) => {
            let selected = data.members.iter().position(|m| m.id == id).unwrap_or(0);
            app.screen = Screen::Members { selected };
        }
    }
    app.status = Status::Idle;
}

fn column_position(data: &Data, task: &Task) -> usize {
    data.board_column(task.status, None, None).iter().position(|t| t.id == task.id).unwrap_or(0)
}
