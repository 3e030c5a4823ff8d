//! `update(app, action) -> effects`: every change of the UI's state, with
//! no I/O. Screens have their own files; this one routes actions and holds
//! what is common (typing, locking, saves coming back).

mod forms;
mod lists;
mod minutes;
mod review;

use ratatui::crossterm::event::KeyEvent;
use serde::{Deserialize, Serialize};

use super::action::{Action, Opened, Saved};
use super::app::{masked_area, App, Overlay, Screen, Status};
use super::data::Data;
use super::effect::{Change, Effect, UnlockWith};
use super::form::{FormKind, Input};
use super::keymap::{Command, Mode};
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
    match action {
        Action::Tick { today, now, idle_secs } => tick(app, today, now, idle_secs),
        Action::Unlocked(result) => unlocked(app, result),
        Action::Saved(result) => {
            saved(app, result);
            Vec::new()
        }
        Action::Planned(result) => {
            review::planned(app, result);
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
        return lock(app);
    }
    if idle_secs >= SAVE_AFTER_IDLE_SECS {
        return minutes::save_notes(app).into_iter().collect();
    }
    Vec::new()
}

fn unlocked(app: &mut App, result: Result<Box<Opened>, String>) -> Vec<Effect> {
    match result {
        Ok(opened) => {
            let Opened { data, draft } = *opened;
            if !app.auto_lock_fixed {
                app.auto_lock_secs = u64::from(data.council.settings.auto_lock_minutes.max(1)) * 60;
            }
            app.data = Some(data);
            app.screen = Screen::Dashboard;
            app.unlock_error = None;
            *app.passphrase = masked_area();
            app.status = Status::Idle;
            restore_draft(app, draft)
        }
        Err(reason) => {
            app.unlock_error = Some(reason);
            *app.passphrase = masked_area();
            Vec::new()
        }
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
                    **area = ratatui_textarea::TextArea::new(text.lines().map(str::to_string).collect());
                    area.move_cursor(ratatui_textarea::CursorMove::Bottom);
                    area.move_cursor(ratatui_textarea::CursorMove::End);
                }
            }
            app.overlay = Some(Overlay::Form(form));
            app.status = Status::Info(super::tr!(app, "status-draft-restored"));
        }
    }
    vec![Effect::Save(Change::UiDraft(None))]
}

fn saved(app: &mut App, result: Result<Box<Saved>, String>) {
    let Some(data) = app.data.as_mut() else {
        return;
    };
    match result {
        Ok(saved) => {
            // Records whose texts may have changed, to re-check for
            // identifying data.
            let changed: Vec<RecordId> = match *saved {
                Saved::Member(m) => {
                    Data::replace(&mut data.members, m);
                    Vec::new()
                }
                Saved::Group(g) => {
                    Data::replace(&mut data.groups, g);
                    Vec::new()
                }
                Saved::Meeting(m) => {
                    let id = m.id;
                    Data::replace(&mut data.meetings, m);
                    vec![id]
                }
                Saved::Task(t) => {
                    let id = t.id;
                    Data::replace(&mut data.tasks, t);
                    vec![id]
                }
                Saved::MeetingAndTask(m, t) => {
                    let ids = vec![m.id, t.id];
                    Data::replace(&mut data.meetings, m);
                    Data::replace(&mut data.tasks, t);
                    ids
                }
                Saved::Contribution(c) => {
                    let id = c.id;
                    Data::replace(&mut data.contributions, c);
                    vec![id]
                }
                Saved::Draft(d) => {
                    Data::replace(&mut data.drafts, d);
                    Vec::new()
                }
                Saved::NeverWrite(list) => {
                    data.never_write = *list;
                    data.warnings = super::warnings::scan(data);
                    Vec::new()
                }
                Saved::Exported(path, d) => {
                    Data::replace(&mut data.drafts, *d);
                    app.status = Status::Info(super::tr!(app, "status-exported", path = path));
                    return;
                }
                Saved::Archive(lines, reloaded) => {
                    if let Some(fresh) = reloaded {
                        *data = *fresh;
                    }
                    app.overlay = Some(Overlay::Notice { title: super::tr!(app, "archive-done-title"), lines });
                    app.status = Status::Saved(app.now);
                    return;
                }
                Saved::UiDraft => return,
            };
            data.sort();
            for id in changed {
                super::warnings::refresh(data, id);
            }
            let unsaved_notes = matches!(&app.screen, Screen::Minutes(m) if m.notes.as_ref().is_some_and(|n| n.dirty));
            app.status = if unsaved_notes { Status::Unsaved } else { Status::Saved(app.now) };
        }
        Err(reason) => app.status = Status::Failed(reason),
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
        Screen::Unlock => Some(&mut app.passphrase),
        Screen::Minutes(m) => m.notes.as_mut().map(|n| n.area.as_mut()),
        _ => None,
    }
}

/// Bookkeeping after text changed: notes become unsaved and are checked
/// again for identifying data (only the changed lines), search reruns.
pub(super) fn after_typing(app: &mut App) {
    if let (Screen::Minutes(m), Some(data)) = (&mut app.screen, &app.data) {
        if let Some(notes) = &mut m.notes {
            notes.dirty = true;
            let ctx = data.privacy();
            notes.spans.update(notes.area.lines(), &ctx);
            app.status = Status::Unsaved;
        }
    }
    lists::refresh_search(app);
}

fn command_(app: &mut App, command: Command) -> Vec<Effect> {
    match (app.mode(), command) {
        (_, Command::Lock) if app.is_unlocked() => lock(app),
        (_, Command::Quit) => quit(app),
        (Mode::Unlock, Command::Submit) => unlock(app),
        (Mode::Help, _) => {
            app.overlay = None;
            Vec::new()
        }
        (_, Command::Help) => {
            app.overlay = Some(Overlay::Help);
            Vec::new()
        }
        (_, Command::Search) => {
            lists::open_search(app);
            Vec::new()
        }
        (_, Command::Dashboard) => go(app, Screen::Dashboard),
        (_, Command::Meetings) => go(app, Screen::Meetings { selected: 0 }),
        (_, Command::Board) => go(app, Screen::Board(Default::default())),
        (_, Command::Contributions) => go(app, Screen::Contributions(Default::default())),
        (_, Command::Members) => go(app, Screen::Members { selected: 0 }),
        (_, Command::Drafts) => go(app, Screen::Drafts { selected: 0, open: None }),
        (_, Command::Settings) => go(app, Screen::Settings),
        (_, Command::Archives) => go(app, Screen::Archives { selected: 0 }),
        (Mode::Form, c) => forms::command(app, c),
        (Mode::Confirm, c) => lists::confirm(app, c),
        (Mode::Review, c) => review::command(app, c),
        (Mode::Picker, c) => minutes::picker(app, c),
        (Mode::Search, c) => {
            lists::search_command(app, c);
            Vec::new()
        }
        (Mode::Minutes | Mode::Notes, c) => minutes::command(app, c),
        (_, c) => lists::command(app, c),
    }
}

fn go(app: &mut App, screen: Screen) -> Vec<Effect> {
    let effects = minutes::save_notes(app).into_iter().collect();
    app.overlay = None;
    app.screen = screen;
    effects
}

fn unlock(app: &mut App) -> Vec<Effect> {
    let typed = app.passphrase.lines().join("");
    let with = if typed.is_empty() && app.has_identity {
        UnlockWith::Identity
    } else if typed.is_empty() {
        app.unlock_error = Some(super::tr!(app, "unlock-type-passphrase"));
        return Vec::new();
    } else {
        UnlockWith::Passphrase(typed.into())
    };
    *app.passphrase = masked_area();
    vec![Effect::Unlock(with)]
}

/// Keeps what was being typed (notes saved to their meeting; an open form
/// kept as an encrypted draft), then forgets everything decrypted.
pub fn lock(app: &mut App) -> Vec<Effect> {
    let mut effects: Vec<Effect> = minutes::save_notes(app).into_iter().collect();
    if let Some(Overlay::Form(form)) = &app.overlay {
        if form.has_text() {
            let draft = UiDraft { form: form.kind.clone(), texts: form.texts() };
            if let Ok(bytes) = postcard::to_allocvec(&draft) {
                effects.push(Effect::Save(Change::UiDraft(Some(bytes))));
            }
        }
    }
    app.overlay = None;
    app.data = None;
    app.screen = Screen::Unlock;
    app.status = Status::Idle;
    app.unlock_error = None;
    effects.push(Effect::Lock);
    effects
}

fn quit(app: &mut App) -> Vec<Effect> {
    let effects = if app.is_unlocked() { lock(app) } else { Vec::new() };
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
    let Some(span) = spans
        .iter()
        .find(|s| s.start <= cursor && cursor <= s.end)
        .or_else(|| spans.iter().find(|s| s.start >= cursor))
        .or_else(|| spans.first())
        .copied()
    else {
        return false;
    };
    let placeholder = crate::i18n::placeholder(span.kind, app.lang);
    let replaced = format!("{}{placeholder}{}", &text[..span.start], &text[span.end..]);
    let end = span.start + placeholder.len();
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
