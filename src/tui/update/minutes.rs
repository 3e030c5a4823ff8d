//! The minutes editor: agenda items, notes typed live, attendance,
//! adoption and amendments.

use ratatui_textarea::{TextArea, WrapMode};

use super::super::app::{App, AttendancePicker, NotesEditor, Overlay, Pending, Screen, Status};
use super::super::effect::{Change, Effect};
use super::super::keymap::Command;
use super::super::tr;
use super::{explain, forms, step};
use crate::domain::{DomainError, Meeting, RecordId};

/// Handles a command of the minutes editor (browsing or typing notes).
pub fn command(app: &mut App, command: Command) -> Vec<Effect> {
    let Screen::Minutes(state) = &mut app.screen else {
        return Vec::new();
    };
    let (meeting_id, item) = (state.meeting, state.item);
    if state.notes.is_some() {
        if command == Command::ReplaceSpan {
            let Screen::Minutes(state) = &mut app.screen else { return Vec::new() };
            let Some(mut notes) = state.notes.take() else { return Vec::new() };
            let changed = super::replace_span(app, &mut notes.area);
            if let Screen::Minutes(state) = &mut app.screen {
                state.notes = Some(notes);
            }
            if changed {
                super::after_typing(app);
            }
            return Vec::new();
        }
        // Only Back reaches here otherwise while typing (other keys are text).
        let effects = save_notes(app).into_iter().collect();
        if let Screen::Minutes(state) = &mut app.screen {
            state.notes = None;
        }
        return effects;
    }
    let Some(meeting) = app.data.as_ref().and_then(|d| d.meeting(meeting_id)).cloned() else {
        return Vec::new();
    };
    let len = meeting.agenda.len();
    match command {
        Command::Up | Command::Down => {
            if let Screen::Minutes(state) = &mut app.screen {
                state.item = step(item, if command == Command::Up { -1 } else { 1 }, len);
            }
            Vec::new()
        }
        Command::Back => {
            let selected =
                app.data.as_ref().and_then(|d| d.meetings.iter().position(|m| m.id == meeting_id)).unwrap_or(0);
            app.screen = Screen::Meetings { selected };
            Vec::new()
        }
        Command::EditNotes => start_notes(app, &meeting, item),
        Command::AddItem | Command::AddQuestion | Command::AddDecision | Command::AddAction | Command::Amend => {
            open_form(app, &meeting, item, command)
        }
        Command::Attendance => attendance(app, &meeting),
        Command::MarkStart => change(app, meeting, |m, now| {
            m.item_mut(item)?.actual_start = Some(now);
            Ok(())
        }),
        Command::MoveItemUp | Command::MoveItemDown => {
            let up = command == Command::MoveItemUp;
            let target = step(item, if up { -1 } else { 1 }, len);
            if target == item {
                return Vec::new();
            }
            let effects = change(app, meeting, |m, _| {
                m.edit()?.agenda.swap(item, target);
                Ok(())
            });
            if let (Screen::Minutes(state), false) = (&mut app.screen, effects.is_empty()) {
                state.item = target;
            }
            effects
        }
        Command::Delete if len > 0 => confirm(app, &meeting, Pending::DeleteItem(meeting.id, item)),
        Command::Adopt => adopt(app, &meeting),
        _ => Vec::new(),
    }
}

/// Applies `f` to a copy of the meeting and asks to save it; a refusal
/// (adopted minutes, bad index) goes to the status line and changes nothing.
fn change(
    app: &mut App,
    mut meeting: Meeting,
    f: impl FnOnce(&mut Meeting, crate::domain::ClockTime) -> Result<(), DomainError>,
) -> Vec<Effect> {
    match f(&mut meeting, app.now) {
        Ok(()) => vec![Effect::Save(Change::Meeting(meeting))],
        Err(e) => {
            app.status = Status::Info(explain(app, &e));
            Vec::new()
        }
    }
}

fn start_notes(app: &mut App, meeting: &Meeting, item: usize) -> Vec<Effect> {
    if meeting.is_adopted() {
        app.status = Status::Info(explain(app, &DomainError::AdoptedReadOnly));
        return Vec::new();
    }
    let Some(agenda_item) = meeting.agenda.get(item) else {
        app.status = Status::Info(tr!(app, "minutes-add-item-first"));
        return Vec::new();
    };
    let lines: Vec<String> = agenda_item.notes.lines().map(str::to_string).collect();
    let mut area = TextArea::new(if lines.is_empty() { vec![String::new()] } else { lines });
    area.set_wrap_mode(WrapMode::Word);
    area.move_cursor(ratatui_textarea::CursorMove::Bottom);
    area.move_cursor(ratatui_textarea::CursorMove::End);
    let mut spans = crate::privacy::LineCache::default();
    if let Some(data) = &app.data {
        let ctx = data.privacy();
        spans.update(area.lines(), &ctx);
    }
    if let Screen::Minutes(state) = &mut app.screen {
        state.notes = Some(NotesEditor { area: Box::new(area), dirty: false, spans });
    }
    Vec::new()
}

/// Saves the notes being typed, if they changed since the last save.
pub fn save_notes(app: &mut App) -> Option<Effect> {
    let Screen::Minutes(state) = &mut app.screen else {
        return None;
    };
    let notes = state.notes.as_mut().filter(|n| n.dirty)?;
    let mut meeting = app.data.as_ref()?.meeting(state.meeting)?.clone();
    let text = notes.area.lines().join("\n");
    let item = meeting.item_mut(state.item).ok()?;
    item.notes = text;
    notes.dirty = false;
    Some(Effect::Save(Change::Meeting(meeting)))
}

fn open_form(app: &mut App, meeting: &Meeting, item: usize, command: Command) -> Vec<Effect> {
    use super::super::form::FormKind as F;
    let kind = match command {
        Command::AddItem => F::NewItem(meeting.id),
        Command::Amend if !meeting.is_adopted() => {
            app.status = Status::Info(tr!(app, "minutes-amend-only-adopted"));
            return Vec::new();
        }
        Command::Amend => F::Amendment(meeting.id),
        _ if meeting.is_adopted() => {
            app.status = Status::Info(explain(app, &DomainError::AdoptedReadOnly));
            return Vec::new();
        }
        _ if item >= meeting.agenda.len() => {
            app.status = Status::Info(tr!(app, "minutes-add-item-first"));
            return Vec::new();
        }
        Command::AddQuestion => F::Question(meeting.id, item),
        Command::AddDecision => F::Decision(meeting.id, item),
        _ => F::ActionItem(meeting.id, item),
    };
    if let Some(form) = forms::open(app, kind) {
        app.overlay = Some(Overlay::Form(form));
    }
    Vec::new()
}

fn attendance(app: &mut App, meeting: &Meeting) -> Vec<Effect> {
    if meeting.is_adopted() {
        app.status = Status::Info(explain(app, &DomainError::AdoptedReadOnly));
        return Vec::new();
    }
    let Some(data) = &app.data else {
        return Vec::new();
    };
    let members = data
        .members
        .iter()
        .filter(|m| m.active || meeting.attendance.members.contains(&m.id))
        .map(|m| (m.id, meeting.attendance.members.contains(&m.id)))
        .collect();
    app.overlay = Some(Overlay::Attendance(AttendancePicker {
        meeting: meeting.id,
        members,
        cursor: 0,
        guests: meeting.attendance.guests,
    }));
    Vec::new()
}

/// Handles the attendance picker.
pub fn picker(app: &mut App, command: Command) -> Vec<Effect> {
    let Some(Overlay::Attendance(p)) = &mut app.overlay else {
        return Vec::new();
    };
    match command {
        Command::Up => p.cursor = step(p.cursor, -1, p.members.len()),
        Command::Down => p.cursor = step(p.cursor, 1, p.members.len()),
        Command::Toggle => {
            if let Some(row) = p.members.get_mut(p.cursor) {
                row.1 = !row.1;
            }
        }
        Command::GuestMore => p.guests = p.guests.saturating_add(1),
        Command::GuestLess => p.guests = p.guests.saturating_sub(1),
        Command::Cancel => app.overlay = None,
        Command::Submit => {
            let picked = p.clone();
            app.overlay = None;
            let Some(meeting) = app.data.as_ref().and_then(|d| d.meeting(picked.meeting)).cloned() else {
                return Vec::new();
            };
            return change(app, meeting, |m, _| {
                let attendance = &mut m.edit()?.attendance;
                attendance.members = picked.members.iter().filter(|(_, p)| *p).map(|(id, _)| *id).collect();
                attendance.guests = picked.guests;
                Ok(())
            });
        }
        _ => {}
    }
    Vec::new()
}

fn adopt(app: &mut App, meeting: &Meeting) -> Vec<Effect> {
    if meeting.is_adopted() {
        app.status = Status::Info(explain(app, &DomainError::AlreadyAdopted));
        return Vec::new();
    }
    let gaps = meeting.adoption_gaps();
    if !gaps.is_empty() {
        let lines: Vec<String> = gaps.iter().map(|g| crate::i18n::gap_label(&app.loader, g)).collect();
        app.status = Status::Info(format!("{} {}", tr!(app, "minutes-not-ready"), lines.join(" ")));
        return Vec::new();
    }
    confirm(app, meeting, Pending::Adopt(meeting.id))
}

fn confirm(app: &mut App, meeting: &Meeting, pending: Pending) -> Vec<Effect> {
    let message = match &pending {
        Pending::Adopt(_) => tr!(app, "confirm-adopt", title = meeting.title.clone()),
        Pending::DeleteItem(_, i) => {
            let title = meeting.agenda.get(*i).map(|it| it.title.clone()).unwrap_or_default();
            tr!(app, "confirm-delete-item", title = title)
        }
        _ => String::new(),
    };
    app.overlay = Some(Overlay::Confirm { message, on_yes: pending });
    Vec::new()
}

/// Carries out a confirmed change to minutes.
pub fn confirmed(app: &mut App, pending: &Pending) -> Vec<Effect> {
    let (id, index) = match pending {
        Pending::Adopt(id) => (*id, None),
        Pending::DeleteItem(id, i) => (*id, Some(*i)),
        _ => return Vec::new(),
    };
    let Some(meeting) = app.data.as_ref().and_then(|d| d.meeting(id)).cloned() else {
        return Vec::new();
    };
    let today = app.today;
    let effects = change(app, meeting, |m, _| match index {
        Some(i) if i < m.agenda.len() => {
            m.edit()?.agenda.remove(i);
            Ok(())
        }
        Some(_) => Err(DomainError::NoSuchItem),
        None => m.adopt(today),
    });
    if let (Screen::Minutes(state), Some(_)) = (&mut app.screen, index) {
        state.item = state.item.saturating_sub(1);
    }
    effects
}

/// Opens the minutes of a meeting at an item.
pub fn open(app: &mut App, meeting: RecordId, item: usize) {
    app.screen = Screen::Minutes(super::super::app::MinutesState { meeting, item, notes: None });
}
