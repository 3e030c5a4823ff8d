//! Forms: typing into them, moving between fields, submitting. Which
//! fields each form has is in `fields.rs`; what a submitted form changes is
//! in `build.rs`. A submitted form stays open until the council answers, so
//! a refusal (here or from the council) keeps everything typed.

mod build;
mod fields;

pub use fields::{open, suggested_title};

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::super::app::{App, Overlay, Status};
use super::super::effect::Effect;
use super::super::form::{FieldId, Form, FormKind, Input};
use super::super::keymap::Command;
use super::explain;
use crate::domain::{DomainError, RecordId};
use crate::export::Format;

/// ← → and Space on choice fields.
pub fn choose(form: &mut Form, key: KeyEvent) {
    let on_format =
        matches!(form.kind, FormKind::Export(_)) && form.focused_field().is_some_and(|f| f.id == FieldId::Format);
    choose_in(form, key);
    if on_format {
        extension_follows_format(form);
    }
}

fn choose_in(form: &mut Form, key: KeyEvent) {
    match form.focused() {
        Some(Input::Choice { options, selected }) => {
            let n = options.len().max(1);
            match key.code {
                KeyCode::Right | KeyCode::Char(' ') => *selected = (*selected + 1) % n,
                KeyCode::Left => *selected = (*selected + n - 1) % n,
                _ => {}
            }
        }
        Some(Input::Multi { options, checked, cursor }) => match key.code {
            KeyCode::Right => *cursor = (*cursor + 1).min(options.len().saturating_sub(1)),
            KeyCode::Left => *cursor = cursor.saturating_sub(1),
            KeyCode::Char(' ') => {
                if let Some(c) = checked.get_mut(*cursor) {
                    *c = !*c;
                }
            }
            _ => {}
        },
        _ => {}
    }
}

/// In the export form, the file name's extension follows the format
/// chosen (an HTML file does not keep ".md").
pub fn extension_follows_format(form: &mut Form) {
    let Some(crate::tui::form::Pick::Format(format)) = form.pick(FieldId::Format) else { return };
    let Some(field) = form.field_mut(FieldId::File) else { return };
    let Input::Text { area, .. } = &mut field.input else { return };
    let path = area.lines().join("");
    let Some((stem, ext)) = path.rsplit_once('.') else { return };
    if !["md", "html", "txt"].contains(&ext) || ext == format.extension() {
        return;
    }
    let renamed = format!("{stem}.{}", format.extension());
    **area = ratatui_textarea::TextArea::new(vec![renamed]);
    area.move_cursor(ratatui_textarea::CursorMove::End);
}

/// Handles a command while a form is open.
pub fn command(app: &mut App, command: Command) -> Vec<Effect> {
    let Some(Overlay::Form(form)) = &mut app.overlay else {
        return Vec::new();
    };
    match command {
        Command::NextField => form.move_focus(1),
        Command::PrevField => form.move_focus(-1),
        Command::Toggle => {
            if let Some(Input::Multi { checked, cursor, .. }) = form.focused() {
                if let Some(c) = checked.get_mut(*cursor) {
                    *c = !*c;
                }
            }
        }
        Command::ClearField => {
            if let Some(Input::Text { area, .. }) = form.focused() {
                **area = ratatui_textarea::TextArea::default();
            }
            super::after_typing(app);
        }
        Command::NewLine => {
            if let Some(Input::Text { area, multiline: true, .. }) = form.focused() {
                area.insert_newline();
            }
            super::after_typing(app);
        }
        Command::Cancel => app.overlay = app.set_aside.take().map(|o| *o),
        Command::Submit => return submit(app),
        Command::ReplaceSpan => {
            let Some(Overlay::Form(mut form)) = app.overlay.take() else { return Vec::new() };
            if let Some(Input::Text { area, .. }) = form.fields.get_mut(form.focus).map(|f| &mut f.input) {
                super::replace_span(app, area);
            }
            app.overlay = Some(Overlay::Form(form));
            super::after_typing(app);
        }
        _ => {}
    }
    Vec::new()
}

/// Why a form was refused, and at which field.
pub enum Refusal {
    /// A domain rule, at a field when known.
    Domain(Option<FieldId>, DomainError),
    /// A message about one field.
    Field(FieldId, String),
    /// A message about the whole form.
    Message(String),
}

impl Refusal {
    /// A domain refusal about `field`.
    fn at(field: FieldId, e: DomainError) -> Self {
        Refusal::Domain(Some(field), e)
    }

    /// A domain refusal; the field is guessed from the error.
    fn domain(e: DomainError) -> Self {
        let field = match &e {
            DomainError::Empty(f) | DomainError::TooLong(f) => FieldId::from_domain(f),
            DomainError::IdentifyingPseudonym(_) | DomainError::DuplicatePseudonym => Some(FieldId::Pseudonym),
            DomainError::SlotOrder => Some(FieldId::Slot),
            DomainError::TooManyVotes { .. } => Some(FieldId::Votes),
            DomainError::DuplicateName => Some(FieldId::Name),
            _ => None,
        };
        Refusal::Domain(field, e)
    }

    /// The same refusal, pointed at `field` if it named none.
    fn on(self, field: FieldId) -> Self {
        match self {
            Refusal::Domain(None, e) => Refusal::Domain(Some(field), e),
            other => other,
        }
    }
}

impl From<DomainError> for Refusal {
    fn from(e: DomainError) -> Self {
        Refusal::domain(e)
    }
}

fn submit(app: &mut App) -> Vec<Effect> {
    let Some(Overlay::Form(form)) = &app.overlay else {
        return Vec::new();
    };
    if form.saving {
        return Vec::new();
    }
    match form.kind {
        FormKind::Export(draft) => return plan_export(app, draft),
        FormKind::LockCode => return super::lock_code(app),
        _ => {}
    }
    match build::build(app, form) {
        Ok(effect) => {
            if let Some(Overlay::Form(form)) = &mut app.overlay {
                form.saving = true;
                form.error = None;
            }
            app.status = Status::Idle;
            vec![effect]
        }
        Err(refusal) => {
            let (field, message) = match refusal {
                Refusal::Domain(field, e) => (field, explain(app, &e)),
                Refusal::Field(field, m) => (Some(field), m),
                Refusal::Message(m) => (None, m),
            };
            if let Some(Overlay::Form(form)) = &mut app.overlay {
                form.refuse(field, message);
            }
            Vec::new()
        }
    }
}

/// The council answered a submitted form: close it once saved; otherwise
/// keep it open with the reason, everything typed still there. Returns
/// whether a form was waiting.
pub fn answered(app: &mut App, refusal: Option<&super::super::action::Failure>) -> bool {
    let Some(Overlay::Form(form)) = &mut app.overlay else { return false };
    if !form.saving {
        return false;
    }
    match refusal {
        None => app.overlay = None,
        Some(failure) => {
            let field = failure.field.filter(|f| form.fields.iter().any(|x| x.id == *f));
            form.refuse(field, failure.reason.clone());
        }
    }
    true
}

/// After typing in a new meeting's date, a title that was only suggested
/// follows the date.
pub fn follow_date(app: &mut App) {
    let Some(data) = app.data.as_ref() else { return };
    let Some(Overlay::Form(form)) = &app.overlay else { return };
    if !matches!(form.kind, FormKind::NewMeeting | FormKind::NewGroupMeeting) {
        return;
    }
    let focused = form.focused_field().map(|f| f.id);
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let date = crate::domain::Date::parse(form.text(FieldId::Date).trim(), format).ok();
    let title = date.map(|d| suggested_title(app, data, d));
    let Some(Overlay::Form(form)) = &mut app.overlay else { return };
    if focused == Some(FieldId::Title) {
        form.title_suggested = false;
        return;
    }
    if let (true, Some(title)) = (form.title_suggested, title) {
        if let Some(field) = form.field_mut(FieldId::Title) {
            if let Input::Text { area, .. } = &mut field.input {
                **area = ratatui_textarea::TextArea::new(vec![title]);
                area.select_all();
            }
        }
    }
}

/// Asks the council to build the export for review: nothing is written
/// until the secretary has seen the review and confirms.
fn plan_export(app: &mut App, draft: RecordId) -> Vec<Effect> {
    let Some(Overlay::Form(form)) = &app.overlay else { return Vec::new() };
    let format = match form.pick(FieldId::Format) {
        Some(super::super::form::Pick::Format(f)) => f,
        _ => Format::Markdown,
    };
    let path = with_extension(form.text(FieldId::File).trim(), format);
    app.status = Status::Idle;
    vec![Effect::PlanExport { draft, format, path }]
}

/// The file name with the format's extension (replacing another export
/// format's, adding it when missing).
pub(super) fn with_extension(path: &str, format: Format) -> String {
    let p = std::path::Path::new(path);
    let known = ["md", "html", "htm", "txt"];
    match p.extension().and_then(|e| e.to_str()) {
        Some(ext) if ext.eq_ignore_ascii_case(format.extension()) => path.to_string(),
        Some(ext) if known.contains(&ext.to_ascii_lowercase().as_str()) => {
            p.with_extension(format.extension()).display().to_string()
        }
        _ => format!("{path}.{}", format.extension()),
    }
}
