//! `update(app, action) -> effects`: every change of the UI's state, with
//! no I/O. Screens have their own files; this one routes actions and holds
//! what is common (typing, locking, saves coming back).

mod forms;
mod lists;
mod minutes;
mod review;

pub use forms::Refusal;

use ratatui::crossterm::event::KeyEvent;
use serde::{Deserialize, Serialize};

use super::action::{Action, Failure, Opened, Saved};
use super::app::{masked_area, App, Overlay, Resume, Screen, Status};
use super::data::Data;
use super::effect::{Change, Effect, UnlockWith};
use super::form::{FieldId, FormKind, Input};
use super::keymap::{Command, Mode};
use crate::council::CouncilError;
use crate::domain::RecordId;
use crate::i18n::Explain;

/// Seconds of pause in typing after which notes are saved.
const SAVE_AFTER_IDLE_SECS: u64 = 1;

/// What was being typed when the screen locked, kept encrypted in the
/// council until the next unlock.
#[derive(Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct UiDraft {
    /// The form that was open.
    pub form: FormKind,
    /// The text of each of its fields.
    pub texts: Vec<String>,
}

/// Applies one action; returns what the runtime must do.
pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    let effects = dispatch(app, action);
    minutes::refresh_highlight(app);
    effects
}

fn dispatch(app: &mut App, action: Action) -> Vec<Effect> {
    match action {
        Action::Tick { today, now, idle_secs } => tick(app, today, now, idle_secs),
        Action::Unlocked(result) => unlocked(app, result),
        Action::Saved(result) => saved(app, result),
        Action::Planned(result) => {
            review::planned(app, result);
            Vec::new()
        }
        Action::Unauthenticated { path, identity, fingerprint, reason } => {
            let message = format!("{reason}\n\n{}", super::tr!(app, "confirm-import-unauthenticated"));
            app.overlay = Some(Overlay::Confirm {
                message,
                on_yes: super::app::Pending::ImportUnauthenticated { path, identity, fingerprint },
            });
            Vec::new()
        }
        Action::Paste(text) => {
            paste(app, &text);
            Vec::new()
        }
        Action::Input(key) => input(app, key),
        Action::Command(command) => command_(app, command),
    }
}

fn tick(app: &mut App, today: crate::domain::Date, now: crate::domain::ClockTime, idle_secs: u64) -> Vec<Effect> {
    app.today = today;
    app.now = now;
    if !app.is_unlocked() {
        return Vec::new();
    }
    if idle_secs >= app.auto_lock_secs {
        // Nobody is there to choose a code: the identity must be given again.
        return lock_now(app);
    }
    if idle_secs >= SAVE_AFTER_IDLE_SECS {
        return minutes::save_notes(app).into_iter().collect();
    }
    Vec::new()
}

fn unlocked(app: &mut App, result: Result<Box<Opened>, String>) -> Vec<Effect> {
    match result {
        Ok(opened) => {
            let Opened { data, draft, warning } = *opened;
            if !app.auto_lock_fixed {
                app.auto_lock_secs = u64::from(data.council.settings.auto_lock_minutes.max(1)) * 60;
            }
            app.status = match (warning, data.read_only) {
                (Some(warning), _) => Status::Info(warning),
                (None, true) => Status::Info(super::tr!(app, "status-read-only-media")),
                (None, false) => Status::Idle,
            };
            app.data = Some(data);
            app.unlock_error = None;
            *app.passphrase = masked_area();
            resume(app);
            restore_draft(app, draft)
        }
        Err(reason) => {
            app.unlock_error = Some(reason);
            *app.passphrase = masked_area();
            Vec::new()
        }
    }
}

/// Goes back to the screen, selection and notes that were open when the
/// screen locked (the dashboard on a first unlock).
fn resume(app: &mut App) {
    let Some(Resume { screen, notes_cursor }) = app.resume.take() else {
        app.screen = Screen::Dashboard;
        return;
    };
    app.screen = screen;
    lists::clamp_all(app);
    if let (Some((row, col)), Screen::Minutes(state)) = (notes_cursor, &app.screen) {
        let Some(meeting) = app.data.as_ref().and_then(|d| d.meeting(state.meeting)) else { return };
        let Some(item) = meeting.agenda.get(state.item) else { return };
        let lines: Vec<String> = item.notes.lines().map(str::to_string).collect();
        let mut area = ratatui_textarea::TextArea::new(if lines.is_empty() { vec![String::new()] } else { lines });
        area.set_wrap_mode(ratatui_textarea::WrapMode::Word);
        area.move_cursor(ratatui_textarea::CursorMove::Jump(
            u16::try_from(row).unwrap_or(u16::MAX),
            u16::try_from(col).unwrap_or(u16::MAX),
        ));
        minutes::open_notes(app, area);
    }
}

/// Reopens the form that was being filled at lock time, then clears the
/// stored draft.
fn restore_draft(app: &mut App, draft: Option<Vec<u8>>) -> Vec<Effect> {
    let Some(bytes) = draft else {
        return Vec::new();
    };
    if let Ok(draft) = postcard::from_bytes::<UiDraft>(&bytes) {
        if let Some(mut form) = forms::open(app, draft.form) {
            for (field, text) in form.fields.iter_mut().zip(draft.texts) {
                if let Input::Text { area, .. } = &mut field.input {
                    let lines: Vec<String> = text.lines().map(str::to_string).collect();
                    **area =
                        ratatui_textarea::TextArea::new(if lines.is_empty() { vec![String::new()] } else { lines });
                    area.move_cursor(ratatui_textarea::CursorMove::Bottom);
                    area.move_cursor(ratatui_textarea::CursorMove::End);
                }
            }
            form.title_suggested = false;
            app.overlay = Some(Overlay::Form(form));
            refresh_form_spans(app);
            app.status = Status::Info(super::tr!(app, "status-draft-restored"));
        }
    }
    vec![Effect::Save(Change::UiDraft(None))]
}

fn saved(app: &mut App, result: Result<Box<Saved>, Failure>) -> Vec<Effect> {
    let Some(data) = app.data.as_mut() else {
        return Vec::new();
    };
    let saved = match result {
        Ok(saved) => saved,
        Err(failure) => {
            if !forms::answered(app, Some(&failure)) {
                app.status = Status::Failed(failure.reason);
            }
            return Vec::new();
        }
    };
    // Records whose texts may have changed, to re-check for identifying
    // data; and the kinds whose order may have changed.
    let mut changed: Vec<RecordId> = Vec::new();
    // The record acted on, for the selection to follow it once sorted.
    let acted_on = saved.record();
    match *saved {
        Saved::Member(m) => {
            Data::replace(&mut data.members, m);
            data.sort_members();
        }
        Saved::Group(g) => {
            Data::replace(&mut data.groups, g);
            data.sort_groups();
        }
        Saved::Meeting(m) => {
            changed.push(m.id);
            let id = m.id;
            Data::replace(&mut data.meetings, m);
            data.sort_meetings();
            // A new meeting opens at once on its minutes.
            if let Some(Overlay::Form(form)) = &app.overlay {
                if matches!(form.kind, FormKind::NewMeeting | FormKind::NewGroupMeeting) {
                    app.screen = Screen::Minutes(super::app::MinutesState::at(id, 0));
                }
            }
        }
        Saved::MeetingDeleted(id, tasks) => {
            data.meetings.retain(|m| m.id != id);
            for t in tasks {
                Data::replace(&mut data.tasks, t);
            }
            data.warnings.retain(|w| w.place.record() != id);
            if let Screen::Meetings { selected } = &mut app.screen {
                *selected = (*selected).min(data.meetings.len().saturating_sub(1));
            }
        }
        Saved::Minutes(m) => {
            let crate::council::MinutesSaved { meeting, tasks, removed_tasks } = *m;
            changed.push(meeting.id);
            let date_changed = data.meeting(meeting.id).is_none_or(|old| old.date != meeting.date);
            // A new item is selected, so that its notes are the next typed.
            let added_item = matches!(&app.overlay, Some(Overlay::Form(f)) if matches!(f.kind, FormKind::NewItem(_)));
            if let (true, Screen::Minutes(state)) = (added_item, &mut app.screen) {
                state.item = meeting.agenda.len().saturating_sub(1);
            }
            Data::replace(&mut data.meetings, meeting);
            if date_changed {
                data.sort_meetings();
            }
            if !tasks.is_empty() || !removed_tasks.is_empty() {
                changed.extend(tasks.iter().map(|t| t.id));
                for t in tasks {
                    Data::replace(&mut data.tasks, t);
                }
                data.tasks.retain(|t| !removed_tasks.contains(&t.id));
                data.sort_tasks();
            }
        }
        Saved::Task(t) => {
            changed.push(t.id);
            Data::replace(&mut data.tasks, t);
            data.sort_tasks();
        }
        Saved::Contribution(c) => {
            changed.push(c.id);
            Data::replace(&mut data.contributions, c);
            data.sort_contributions();
        }
        Saved::Draft(d) => Data::replace(&mut data.drafts, d),
        Saved::NeverWrite(list) => {
            data.never_write = *list;
            data.warnings = super::warnings::scan(data);
        }
        Saved::Exported(path, d) => {
            Data::replace(&mut data.drafts, *d);
            // Written: the review it confirmed closes.
            if matches!(app.overlay, Some(Overlay::Review(_))) {
                app.overlay = None;
            }
            app.status = Status::Info(super::tr!(app, "status-exported", path = path));
            return Vec::new();
        }
        Saved::Archive(lines, reloaded) => {
            if let Some(fresh) = reloaded {
                *data = *fresh;
            }
            app.overlay = Some(Overlay::Notice { title: super::tr!(app, "archive-done-title"), lines });
            app.status = Status::Saved(app.now);
            return Vec::new();
        }
        Saved::LockCode => {
            forms::answered(app, None);
            app.overlay = app.set_aside.take().map(|o| *o);
            return lock_now(app);
        }
        Saved::UiDraft => return Vec::new(),
    }
    for id in changed {
        super::warnings::refresh(data, id);
    }
    forms::answered(app, None);
    if let Some(id) = acted_on {
        lists::select_record(app, id);
    }
    lists::follow_selection(app);
    minutes::clamp(app);
    let unsaved_notes = matches!(&app.screen, Screen::Minutes(m) if m.notes.as_ref().is_some_and(|n| n.dirty));
    app.status = if unsaved_notes { Status::Unsaved } else { Status::Saved(app.now) };
    Vec::new()
}

/// The form field a council refusal is about, when it names one.
pub fn field_of(e: &CouncilError) -> Option<FieldId> {
    match e {
        CouncilError::Domain(d) => match forms::Refusal::from(d.clone()) {
            forms::Refusal::Domain(field, _) => field,
            _ => None,
        },
        CouncilError::Archive(_) | CouncilError::Template(_) => Some(FieldId::File),
        CouncilError::IdentifyingText(_) => Some(FieldId::Text),
        _ => None,
    }
}

/// Sends pasted text to the focused field in one piece.
fn paste(app: &mut App, text: &str) {
    if let Some(area) = focused_area(app) {
        area.insert_str(text);
    }
    after_typing(app);
}

fn input(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    if let Some(Overlay::Form(form)) = &mut app.overlay {
        forms::choose(form, key);
    }
    if let Some(area) = focused_area(app) {
        area.input(key);
    }
    after_typing(app);
    Vec::new()
}

/// The text area that typing goes to, if any.
fn focused_area(app: &mut App) -> Option<&mut ratatui_textarea::TextArea<'static>> {
    match &mut app.overlay {
        Some(Overlay::Search { query, .. }) => return Some(query),
        Some(Overlay::Form(form)) => {
            return match form.focused() {
                Some(Input::Text { area, .. }) => Some(area),
                _ => None,
            }
        }
        Some(_) => return None,
        None => {}
    }
    match &mut app.screen {
        Screen::Unlock if app.unlock_on_identity => Some(&mut app.identity_path),
        Screen::Unlock => Some(&mut app.passphrase),
        Screen::Minutes(m) => m.notes.as_mut().map(|n| n.area.as_mut()),
        _ => None,
    }
}

/// Bookkeeping after text changed: notes become unsaved and are checked
/// again for identifying data (only the changed lines), so is the focused
/// form field; a suggested title follows the date; search reruns.
pub(super) fn after_typing(app: &mut App) {
    if let (Screen::Minutes(m), Some(data), None) = (&mut app.screen, &app.data, &app.overlay) {
        if let Some(notes) = &mut m.notes {
            notes.dirty = true;
            let ctx = data.privacy();
            notes.spans.update(notes.area.lines(), &ctx);
            app.status = Status::Unsaved;
        }
    }
    if let Some(Overlay::Form(form)) = &mut app.overlay {
        form.error = None;
    }
    refresh_form_spans(app);
    forms::follow_date(app);
    lists::refresh_search(app);
}

/// Re-checks the focused form field for identifying data (line by line:
/// only changed lines are scanned again).
fn refresh_form_spans(app: &mut App) {
    let (Some(Overlay::Form(form)), Some(data)) = (&mut app.overlay, &app.data) else { return };
    let ctx = data.privacy();
    for field in form.fields.iter_mut() {
        if let Input::Text { area, spans, .. } = &mut field.input {
            spans.update(area.lines(), &ctx);
        }
    }
}

fn command_(app: &mut App, command: Command) -> Vec<Effect> {
    let mode = app.mode();
    if command != Command::MoreKeys {
        app.hint_page = 0;
    }
    let leaving = matches!(
        command,
        Command::Dashboard | Command::Meetings | Command::Board | Command::Quit | Command::Lock | Command::Help
    );
    if app.member_view && !mode.in_member_view() && !leaving {
        return Vec::new();
    }
    match (mode, command) {
        (_, Command::MoreKeys) => {
            app.hint_page = app.hint_page.wrapping_add(1);
            Vec::new()
        }
        (_, Command::Lock) if app.is_unlocked() => lock(app),
        (_, Command::Quit) => quit(app),
        (Mode::Unlock, c) => unlock_command(app, c),
        (Mode::Help, c) => {
            help_command(app, c);
            Vec::new()
        }
        (_, Command::Help) => {
            app.overlay = Some(Overlay::Help(0));
            Vec::new()
        }
        (_, Command::Search) => {
            lists::open_search(app);
            Vec::new()
        }
        (_, Command::Dashboard) => go(app, Screen::Dashboard),
        (_, Command::Meetings) => go(app, Screen::Meetings { selected: 0 }),
        (_, Command::Board) => go(app, Screen::Board(Default::default())),
        (_, Command::Contributions) if !app.member_view => go(app, Screen::Contributions(Default::default())),
        (_, Command::Members) if !app.member_view => go(app, Screen::Members { selected: 0 }),
        (_, Command::Drafts) if !app.member_view => go(app, Screen::Drafts { selected: 0, open: None }),
        (_, Command::Settings) if !app.member_view => go(app, Screen::Settings),
        (_, Command::Archives) if !app.member_view => go(app, Screen::Archives { selected: 0 }),
        (Mode::Form, c) => forms::command(app, c),
        (Mode::Confirm, c) => lists::confirm(app, c),
        (Mode::Review, c) => review::command(app, c),
        (Mode::Picker, c) => minutes::picker(app, c),
        (Mode::Gaps, c) => minutes::gaps(app, c),
        (Mode::Search, c) => {
            lists::search_command(app, c);
            Vec::new()
        }
        (Mode::Minutes | Mode::MinutesLines | Mode::Adopted | Mode::Notes, c) => {
            if app.member_view
                && !matches!(
                    c,
                    Command::Up
                        | Command::Down
                        | Command::PageUp
                        | Command::PageDown
                        | Command::Back
                        | Command::FocusLines
                        | Command::FocusAgenda
                )
            {
                app.status = Status::Info(super::tr!(app, "member-view-read-only"));
                return Vec::new();
            }
            minutes::command(app, c)
        }
        (_, c) => lists::command(app, c),
    }
}

fn help_command(app: &mut App, command: Command) {
    let Some(Overlay::Help(top)) = &mut app.overlay else {
        app.overlay = None;
        return;
    };
    match command {
        Command::Up => *top = top.saturating_sub(1),
        Command::Down => *top = top.saturating_add(1),
        Command::PageUp => *top = top.saturating_sub(10),
        Command::PageDown => *top = top.saturating_add(10),
        _ => app.overlay = None,
    }
}

fn go(app: &mut App, screen: Screen) -> Vec<Effect> {
    let effects = minutes::save_notes(app).into_iter().collect();
    app.overlay = None;
    app.screen = screen;
    // A message about the screen left does not follow to the next one.
    if matches!(app.status, Status::Info(_)) {
        app.status = Status::Idle;
    }
    effects
}

/// The unlock screen: two fields (secret, identity file), completion of
/// the file path, submit.
fn unlock_command(app: &mut App, command: Command) -> Vec<Effect> {
    match command {
        Command::Submit => unlock(app),
        Command::NextField | Command::PrevField => {
            if app.shows_identity_field() {
                app.unlock_on_identity = !app.unlock_on_identity;
            }
            Vec::new()
        }
        Command::Complete if app.unlock_on_identity => {
            let typed = app.identity_path.lines().join("");
            if let Some(done) = super::paths::complete(&typed) {
                *app.identity_path = ratatui_textarea::TextArea::new(vec![done]);
                app.identity_path.move_cursor(ratatui_textarea::CursorMove::End);
            }
            Vec::new()
        }
        Command::ClearField => {
            if app.unlock_on_identity {
                *app.identity_path = ratatui_textarea::TextArea::default();
            } else {
                *app.passphrase = masked_area();
            }
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// Opens with what was typed: after a lock, the code chosen then; before,
/// a passphrase, or the identity file named in its field.
fn unlock(app: &mut App) -> Vec<Effect> {
    let typed = app.passphrase.lines().join("");
    let path = app.identity_path.lines().join("").trim().to_string();
    let with = if app.relocked && app.lock_code_set {
        if typed.is_empty() {
            app.unlock_error = Some(super::tr!(app, "unlock-type-code"));
            return Vec::new();
        }
        UnlockWith::Code(typed.into())
    } else if !typed.is_empty() {
        UnlockWith::Passphrase(typed.into())
    } else if !path.is_empty() && app.source_identity.as_deref() != Some(path.as_str()) {
        UnlockWith::IdentityFile(super::paths::expand(&path))
    } else if app.has_identity && !app.relocked {
        UnlockWith::Identity
    } else if !path.is_empty() {
        UnlockWith::IdentityFile(super::paths::expand(&path))
    } else {
        app.unlock_error = Some(super::tr!(app, "unlock-type-passphrase"));
        return Vec::new();
    };
    *app.passphrase = masked_area();
    vec![Effect::Unlock(with)]
}

/// Locks the screen. A council opened with an identity file first asks for
/// a code to reopen it (the file stays on the disk: Enter alone would
/// protect nothing).
pub fn lock(app: &mut App) -> Vec<Effect> {
    if app.lock_needs_code && !app.lock_code_set {
        let effects: Vec<Effect> = minutes::save_notes(app).into_iter().collect();
        if let Some(form) = forms::open(app, FormKind::LockCode) {
            app.set_aside = app.overlay.take().map(Box::new);
            app.overlay = Some(Overlay::Form(form));
        }
        return effects;
    }
    lock_now(app)
}

/// Checks the chosen unlock code, then has its hash kept and locks.
fn lock_code(app: &mut App) -> Vec<Effect> {
    let Some(Overlay::Form(form)) = &mut app.overlay else { return Vec::new() };
    let code = form.text(FieldId::Code);
    if code.trim().chars().count() < super::lock_code::MIN_CHARS {
        let reason = super::tr!(app, "lock-code-too-short", min = super::lock_code::MIN_CHARS);
        if let Some(Overlay::Form(form)) = &mut app.overlay {
            form.refuse(Some(FieldId::Code), reason);
        }
        return Vec::new();
    }
    form.saving = true;
    vec![Effect::SetLockCode(code.trim().to_string().into())]
}

/// Keeps what was being typed (notes saved to their meeting; an open form
/// kept as an encrypted draft) and where the secretary was, then forgets
/// everything decrypted.
fn lock_now(app: &mut App) -> Vec<Effect> {
    let mut effects: Vec<Effect> = minutes::save_notes(app).into_iter().collect();
    if let Some(Overlay::Form(form)) = &app.overlay {
        if form.has_text() && form.kind != FormKind::LockCode {
            let draft = UiDraft { form: form.kind.clone(), texts: form.texts() };
            if let Ok(bytes) = postcard::to_allocvec(&draft) {
                effects.push(Effect::Save(Change::UiDraft(Some(bytes))));
            }
        }
    }
    let screen = std::mem::replace(&mut app.screen, Screen::Unlock);
    app.resume = Some(Resume::of(screen));
    app.overlay = None;
    app.data = None;
    app.relocked = true;
    app.unlock_on_identity = false;
    if !app.lock_code_set {
        // Without a code, reopening takes the identity file named again.
        *app.identity_path = ratatui_textarea::TextArea::default();
        app.unlock_on_identity = app.shows_identity_field();
    }
    app.status = Status::Idle;
    app.unlock_error = None;
    effects.push(Effect::Lock);
    effects
}

fn quit(app: &mut App) -> Vec<Effect> {
    let effects = if app.is_unlocked() { lock_now(app) } else { Vec::new() };
    app.quit = true;
    effects
}

/// A refusal from the domain or the store, as one line for the status bar.
pub(super) fn explain(app: &App, err: &impl Explain) -> String {
    let (what, todo) = err.explain_in(&app.loader);
    if todo.is_empty() {
        what
    } else {
        format!("{what} {todo}")
    }
}

/// Replaces the identifying span under the cursor (or the next one after
/// it, or the first) by its placeholder; returns whether anything changed.
pub(super) fn replace_span(app: &App, area: &mut ratatui_textarea::TextArea<'static>) -> bool {
    let Some(data) = &app.data else { return false };
    let ctx = data.privacy();
    let text = area.lines().join("\n");
    let ratatui_textarea::DataCursor(row, col) = area.cursor();
    let line_start: usize = area.lines().iter().take(row).map(|l| l.len() + 1).sum();
    let cursor =
        line_start + area.lines().get(row).map_or(0, |l| l.char_indices().nth(col).map_or(l.len(), |(b, _)| b));
    let spans = crate::privacy::detect(&text, &ctx);
    // The item under the cursor, else the nearest one behind it (what was
    // just typed), else the first one after it.
    let Some(span) = spans
        .iter()
        .find(|s| s.start <= cursor && cursor <= s.end)
        .or_else(|| spans.iter().rev().find(|s| s.end <= cursor))
        .or_else(|| spans.first())
        .copied()
    else {
        return false;
    };
    let placeholder = crate::i18n::placeholder(span.kind, app.lang);
    let replaced = format!("{}{placeholder}{}", &text[..span.start], &text[span.end..]);
    // The cursor stays where the secretary was typing: shifted by the
    // change when the item was behind it, after the marker when inside it.
    let end = if cursor >= span.end {
        cursor - (span.end - span.start) + placeholder.len()
    } else if cursor > span.start {
        span.start + placeholder.len()
    } else {
        cursor
    };
    let before = &replaced[..end];
    let new_row = before.matches('\n').count();
    let new_col = before.rsplit('\n').next().map_or(0, |l| l.chars().count());
    let wrap = area.wrap_mode();
    *area = ratatui_textarea::TextArea::new(replaced.split('\n').map(str::to_string).collect());
    area.set_wrap_mode(wrap);
    area.move_cursor(ratatui_textarea::CursorMove::Jump(new_row as u16, new_col as u16));
    true
}

/// Index helper: moves `i` by `delta` within `0..len`.
pub(super) fn step(i: usize, delta: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    (i as isize + delta).clamp(0, len as isize - 1) as usize
}
