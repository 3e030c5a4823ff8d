//! The minutes editor: the agenda on one side, the chosen item's notes and
//! lines (questions, decisions, actions) on the other. Every change goes to
//! the council as one [`MinutesEdit`], which keeps tasks in step.

use ratatui_textarea::{TextArea, WrapMode};

use super::super::app::{
    App, AttendancePicker, LineRef, MinutesFocus, MinutesState, NotesEditor, Overlay, Pending, Screen, Status,
};
use super::super::effect::{Change, Effect};
use super::super::form::FormKind as F;
use super::super::keymap::Command;
use super::super::tr;
use super::{explain, forms, step};
use crate::domain::{AdoptionGap, DomainError, Entry, Meeting, MinutesEdit, RecordId};

/// Rows scrolled by PgUp/PgDn in the item's detail.
const PAGE: u16 = 8;

/// Handles a command of the minutes editor (browsing or typing notes).
pub fn command(app: &mut App, command: Command) -> Vec<Effect> {
    let Screen::Minutes(state) = &mut app.screen else {
        return Vec::new();
    };
    if state.notes.is_some() {
        return notes_command(app, command);
    }
    let (meeting_id, item) = (state.meeting, state.item);
    let Some(meeting) = app.data.as_ref().and_then(|d| d.meeting(meeting_id)).cloned() else {
        return Vec::new();
    };
    if let Some(effects) = navigate(app, &meeting, command) {
        return effects;
    }
    let len = meeting.agenda.len();
    match command {
        Command::Back => {
            let selected =
                app.data.as_ref().and_then(|d| d.meetings.iter().position(|m| m.id == meeting_id)).unwrap_or(0);
            app.screen = Screen::Meetings { selected };
            Vec::new()
        }
        Command::EditNotes => start_notes(app, &meeting, item),
        Command::AddItem
        | Command::AddQuestion
        | Command::AddDecision
        | Command::AddAction
        | Command::Amend
        | Command::EditItem
        | Command::EditMeeting
        | Command::MarkStart => open_form(app, &meeting, item, command),
        Command::EditLine => edit_line(app, &meeting),
        Command::DeleteLine => delete_line(app, &meeting),
        Command::Attendance => attendance(app, &meeting),
        Command::MoveItemUp | Command::MoveItemDown => {
            let up = command == Command::MoveItemUp;
            let target = step(item, if up { -1 } else { 1 }, len);
            if target == item {
                return Vec::new();
            }
            if let Screen::Minutes(state) = &mut app.screen {
                state.item = target;
            }
            save(app, &meeting, MinutesEdit::MoveItem { item, to: target })
        }
        Command::Delete if item < len => confirm(app, &meeting, Pending::DeleteItem(meeting.id, item)),
        Command::Adopt => adopt(app, &meeting),
        _ => Vec::new(),
    }
}

/// Moving within the editor: items, lines, focus, scrolling. `None` when
/// the command is not a move.
fn navigate(app: &mut App, meeting: &Meeting, command: Command) -> Option<Vec<Effect>> {
    let Screen::Minutes(state) = &mut app.screen else { return None };
    let lines = meeting.agenda.get(state.item).map_or(0, |i| LineRef::all(i).len());
    let adopted = meeting.is_adopted();
    match command {
        Command::Up | Command::Down => {
            let delta = if command == Command::Up { -1 } else { 1 };
            if state.focus == MinutesFocus::Lines && !adopted {
                state.line = step(state.line, delta, lines);
            } else {
                state.item = step(state.item, delta, meeting.agenda.len());
                state.line = 0;
                state.scroll = 0;
            }
        }
        Command::FocusLines if lines > 0 => {
            state.focus = MinutesFocus::Lines;
            state.line = state.line.min(lines - 1);
        }
        Command::FocusLines => {
            app.status = Status::Info(tr!(app, "minutes-no-lines"));
        }
        Command::FocusAgenda => state.focus = MinutesFocus::Agenda,
        Command::PageUp => state.scroll = state.scroll.saturating_sub(PAGE),
        Command::PageDown => state.scroll = state.scroll.saturating_add(PAGE),
        _ => return None,
    }
    Some(Vec::new())
}

fn notes_command(app: &mut App, command: Command) -> Vec<Effect> {
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
    effects
}

/// Asks the council to apply `edit` to `meeting`; a refusal the UI can see
/// coming (adopted minutes) is said at once.
fn save(app: &mut App, meeting: &Meeting, edit: MinutesEdit) -> Vec<Effect> {
    let mut preview = meeting.clone();
    match preview.apply(&edit) {
        Ok(()) => vec![Effect::Save(Change::Minutes { meeting: meeting.id, edit })],
        Err(e) => {
            app.status = Status::Info(refusal(app, &e));
            Vec::new()
        }
    }
}

/// A refusal, with the key that leads on for adopted minutes.
fn refusal(app: &App, e: &DomainError) -> String {
    match e {
        DomainError::AdoptedReadOnly => {
            let key = app.keymap.key_label(super::super::keymap::Mode::Adopted, Command::Amend, app.lang);
            tr!(app, "minutes-adopted-amend", key = key)
        }
        _ => explain(app, e),
    }
}

fn start_notes(app: &mut App, meeting: &Meeting, item: usize) -> Vec<Effect> {
    if meeting.is_adopted() {
        app.status = Status::Info(refusal(app, &DomainError::AdoptedReadOnly));
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
    open_notes(app, area);
    Vec::new()
}

/// Puts a notes editor on the minutes screen, its text checked once.
pub(super) fn open_notes(app: &mut App, area: TextArea<'static>) {
    let mut spans = crate::privacy::LineCache::default();
    if let Some(data) = &app.data {
        let ctx = data.privacy();
        spans.update(area.lines(), &ctx);
    }
    if let Screen::Minutes(state) = &mut app.screen {
        state.notes = Some(NotesEditor { area: Box::new(area), dirty: false, spans });
    }
}

/// Saves the notes being typed, if they changed since the last save.
pub fn save_notes(app: &mut App) -> Option<Effect> {
    let Screen::Minutes(state) = &mut app.screen else {
        return None;
    };
    let notes = state.notes.as_mut().filter(|n| n.dirty)?;
    let text = notes.area.lines().join("\n");
    notes.dirty = false;
    let edit = MinutesEdit::Notes { item: state.item, text };
    Some(Effect::Save(Change::Minutes { meeting: state.meeting, edit }))
}

fn open_form(app: &mut App, meeting: &Meeting, item: usize, command: Command) -> Vec<Effect> {
    let kind = match command {
        Command::AddItem if !meeting.is_adopted() => F::NewItem(meeting.id),
        Command::EditMeeting if !meeting.is_adopted() => F::EditMeeting(meeting.id),
        Command::Amend if !meeting.is_adopted() => {
            app.status = Status::Info(tr!(app, "minutes-amend-only-adopted"));
            return Vec::new();
        }
        Command::Amend => F::Amendment(meeting.id),
        _ if meeting.is_adopted() => {
            app.status = Status::Info(refusal(app, &DomainError::AdoptedReadOnly));
            return Vec::new();
        }
        _ if item >= meeting.agenda.len() => {
            app.status = Status::Info(tr!(app, "minutes-add-item-first"));
            return Vec::new();
        }
        Command::EditItem => F::EditItem(meeting.id, item),
        Command::MarkStart => F::Start(meeting.id, item),
        Command::AddQuestion => F::Question(meeting.id, item),
        Command::AddDecision => F::Decision(meeting.id, item),
        _ => F::ActionItem(meeting.id, item),
    };
    show_form(app, kind);
    Vec::new()
}

fn show_form(app: &mut App, kind: F) {
    if let Some(form) = forms::open(app, kind) {
        app.overlay = Some(Overlay::Form(form));
    }
}

/// The line under the cursor of the lines pane.
fn current_line(app: &App, meeting: &Meeting) -> Option<(usize, LineRef)> {
    let Screen::Minutes(state) = &app.screen else { return None };
    let item = meeting.agenda.get(state.item)?;
    LineRef::all(item).get(state.line).map(|l| (state.item, *l))
}

fn edit_line(app: &mut App, meeting: &Meeting) -> Vec<Effect> {
    let Some((item, line)) = current_line(app, meeting) else { return Vec::new() };
    let kind = match line {
        LineRef::Question(i) => F::EditQuestion(meeting.id, item, i),
        LineRef::Decision(i) => F::EditDecision(meeting.id, item, i),
        LineRef::Action(i) => F::EditAction(meeting.id, item, i),
    };
    show_form(app, kind);
    Vec::new()
}

fn delete_line(app: &mut App, meeting: &Meeting) -> Vec<Effect> {
    let Some((item, line)) = current_line(app, meeting) else { return Vec::new() };
    confirm(app, meeting, Pending::DeleteLine(meeting.id, item, line))
}

fn attendance(app: &mut App, meeting: &Meeting) -> Vec<Effect> {
    if meeting.is_adopted() {
        app.status = Status::Info(refusal(app, &DomainError::AdoptedReadOnly));
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
            let members = picked.members.iter().filter(|(_, p)| *p).map(|(id, _)| *id).collect();
            return save(app, &meeting, MinutesEdit::Attendance { members, guests: picked.guests });
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
        app.overlay = Some(Overlay::Gaps { meeting: meeting.id, gaps, selected: 0 });
        return Vec::new();
    }
    confirm(app, meeting, Pending::Adopt(meeting.id))
}

/// Moves in the list of adoption gaps, or jumps to one.
pub fn gaps(app: &mut App, command: Command) -> Vec<Effect> {
    let Some(Overlay::Gaps { meeting, gaps, selected }) = &mut app.overlay else { return Vec::new() };
    match command {
        Command::Up => *selected = step(*selected, -1, gaps.len()),
        Command::Down => *selected = step(*selected, 1, gaps.len()),
        Command::Cancel => app.overlay = None,
        Command::Open => {
            let (id, gap) = (*meeting, gaps.get(*selected).cloned());
            app.overlay = None;
            if let Some(gap) = gap {
                jump_to_gap(app, id, &gap);
            }
        }
        _ => {}
    }
    Vec::new()
}

/// Shows the line a gap is about, ready to be corrected.
fn jump_to_gap(app: &mut App, id: RecordId, gap: &AdoptionGap) {
    let Some(meeting) = app.data.as_ref().and_then(|d| d.meeting(id)).cloned() else { return };
    let (item, wanted): (usize, Option<LineRef>) = match gap {
        AdoptionGap::NoAttendance => {
            attendance(app, &meeting);
            return;
        }
        AdoptionGap::DecisionWithoutOutcome { item } => {
            let i = meeting.agenda.get(*item).and_then(|it| it.decisions.iter().position(|d| d.outcome.is_none()));
            (*item, i.map(LineRef::Decision))
        }
        AdoptionGap::TooManyVotes { item, .. } => {
            let i = meeting.agenda.get(*item).and_then(|it| it.decisions.iter().position(|d| d.outcome.is_some()));
            (*item, i.map(LineRef::Decision))
        }
        AdoptionGap::ActionWithoutGroup { item } => {
            let i = meeting.agenda.get(*item).and_then(|it| it.actions.iter().position(|a| a.group.is_none()));
            (*item, i.map(LineRef::Action))
        }
        AdoptionGap::ActionWithoutAssignee { item } => {
            let i = meeting.agenda.get(*item).and_then(|it| it.actions.iter().position(|a| a.assignees.is_empty()));
            (*item, i.map(LineRef::Action))
        }
    };
    let line = meeting
        .agenda
        .get(item)
        .and_then(|it| wanted.and_then(|w| LineRef::all(it).iter().position(|l| *l == w)))
        .unwrap_or(0);
    let mut state = MinutesState::at(id, item);
    state.focus = MinutesFocus::Lines;
    state.line = line;
    app.screen = Screen::Minutes(state);
    let key = app.keymap.key_label(super::super::keymap::Mode::MinutesLines, Command::EditLine, app.lang);
    app.status = Status::Info(tr!(app, "gap-jumped", key = key));
}

fn confirm(app: &mut App, meeting: &Meeting, pending: Pending) -> Vec<Effect> {
    let message = match &pending {
        Pending::Adopt(_) => tr!(app, "confirm-adopt", title = meeting.title.clone()),
        Pending::DeleteItem(_, i) => delete_item_message(app, meeting, *i),
        Pending::DeleteLine(_, item, line) => delete_line_message(app, meeting, *item, *line),
        _ => String::new(),
    };
    app.overlay = Some(Overlay::Confirm { message, on_yes: pending });
    Vec::new()
}

/// Says what deleting an item takes with it, tasks on the board included.
fn delete_item_message(app: &App, meeting: &Meeting, i: usize) -> String {
    let Some(item) = meeting.agenda.get(i) else { return String::new() };
    let tasks = item.actions.iter().filter(|a| a.task.is_some()).count();
    tr!(
        app,
        "confirm-delete-item",
        title = item.title.clone(),
        questions = item.questions.len(),
        decisions = item.decisions.len(),
        actions = item.actions.len(),
        tasks = tasks
    )
}

fn delete_line_message(app: &App, meeting: &Meeting, item: usize, line: LineRef) -> String {
    let Some(it) = meeting.agenda.get(item) else { return String::new() };
    match line {
        LineRef::Question(i) => {
            tr!(app, "confirm-delete-question", text = it.questions.get(i).cloned().unwrap_or_default())
        }
        LineRef::Decision(i) => {
            tr!(app, "confirm-delete-decision", text = it.decisions.get(i).map(|d| d.text.clone()).unwrap_or_default())
        }
        LineRef::Action(i) => {
            let a = it.actions.get(i);
            let task = a.and_then(|a| a.task).map_or(0, |_| 1);
            tr!(app, "confirm-delete-action", text = a.map(|a| a.title.clone()).unwrap_or_default(), tasks = task)
        }
    }
}

/// Carries out a confirmed change to minutes.
pub fn confirmed(app: &mut App, pending: &Pending) -> Vec<Effect> {
    let id = match pending {
        Pending::Adopt(id) | Pending::DeleteItem(id, _) | Pending::DeleteLine(id, ..) => *id,
        _ => return Vec::new(),
    };
    let Some(meeting) = app.data.as_ref().and_then(|d| d.meeting(id)).cloned() else {
        return Vec::new();
    };
    let edit = match pending {
        Pending::Adopt(_) => MinutesEdit::Adopt { on: app.today },
        Pending::DeleteItem(_, item) => MinutesEdit::DeleteItem { item: *item },
        Pending::DeleteLine(_, item, line) => {
            let entry = |index| Entry { item: *item, index };
            match line {
                LineRef::Question(i) => MinutesEdit::DeleteQuestion(entry(*i)),
                LineRef::Decision(i) => MinutesEdit::DeleteDecision(entry(*i)),
                LineRef::Action(i) => MinutesEdit::DeleteAction(entry(*i)),
            }
        }
        _ => return Vec::new(),
    };
    if let Screen::Minutes(state) = &mut app.screen {
        match pending {
            Pending::DeleteItem(..) => state.item = state.item.saturating_sub(1),
            Pending::DeleteLine(..) => state.line = state.line.saturating_sub(1),
            _ => {}
        }
    }
    save(app, &meeting, edit)
}

/// Opens the minutes of a meeting at an item.
pub fn open(app: &mut App, meeting: RecordId, item: usize) {
    app.screen = Screen::Minutes(MinutesState::at(meeting, item));
}

/// After a save, keeps the cursors of the minutes inside what exists.
pub fn clamp(app: &mut App) {
    let Some(data) = &app.data else { return };
    let Screen::Minutes(state) = &mut app.screen else { return };
    let Some(m) = data.meeting(state.meeting) else { return };
    state.item = state.item.min(m.agenda.len().saturating_sub(1));
    let lines = m.agenda.get(state.item).map_or(0, |i| LineRef::all(i).len());
    state.line = state.line.min(lines.saturating_sub(1));
    if lines == 0 {
        state.focus = MinutesFocus::Agenda;
    }
}

/// Finds again the identifying data of the item shown, when the item or
/// its meeting changed since last time: views draw from it and never run
/// the detectors themselves.
pub fn refresh_highlight(app: &mut App) {
    let (Some(data), Screen::Minutes(state)) = (app.data.as_ref(), &mut app.screen) else { return };
    let Some(meeting) = data.meeting(state.meeting) else { return };
    let fresh = |h: &crate::tui::app::NotesHighlight| {
        h.meeting == meeting.id && h.item == state.item && h.revision == meeting.revision
    };
    if state.highlight.as_ref().is_some_and(fresh) {
        return;
    }
    let ctx = data.privacy();
    let lines = meeting.agenda.get(state.item).map_or_else(Vec::new, |item| {
        item.notes
            .lines()
            .map(|line| crate::privacy::detect(line, &ctx).into_iter().filter(|s| !s.kind.is_review()).collect())
            .collect()
    });
    state.highlight = Some(crate::tui::app::NotesHighlight {
        meeting: meeting.id,
        item: state.item,
        revision: meeting.revision,
        lines,
    });
}
