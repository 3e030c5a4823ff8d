//! Forms: typing into them, moving between fields, submitting. Which
//! fields each form has is in `fields.rs`; what a submitted form changes is
//! in `build.rs`.

mod build;
mod fields;

pub use fields::open;

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::super::app::{App, Overlay, Status};
use super::super::effect::Effect;
use super::super::form::{Form, FormKind, Input};
use super::super::keymap::Command;
use super::explain;
use crate::domain::{DomainError, RecordId};
use crate::export::Format;

/// ← → and Space on choice fields.
pub fn choose(form: &mut Form, key: KeyEvent) {
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
        Command::Cancel => app.overlay = None,
        Command::Submit => return submit(app),
        Command::ReplaceSpan => {
            let Some(Overlay::Form(mut form)) = app.overlay.take() else { return Vec::new() };
            if let Some(Input::Text { area, .. }) = form.fields.get_mut(form.focus).map(|f| &mut f.input) {
                super::replace_span(app, area);
            }
            app.overlay = Some(Overlay::Form(form));
        }
        _ => {}
    }
    Vec::new()
}

/// Why a form was refused.
enum Refusal {
    Domain(DomainError),
    Message(String),
}

impl From<DomainError> for Refusal {
    fn from(e: DomainError) -> Self {
        Refusal::Domain(e)
    }
}

fn submit(app: &mut App) -> Vec<Effect> {
    let Some(Overlay::Form(form)) = &app.overlay else {
        return Vec::new();
    };
    if let FormKind::Export(draft) = form.kind {
        return plan_export(app, draft);
    }
    match build::build(app, form) {
        Ok(effect) => {
            app.overlay = None;
            app.status = Status::Idle;
            vec![effect]
        }
        Err(refusal) => {
            let message = match refusal {
                Refusal::Domain(e) => explain(app, &e),
                Refusal::Message(m) => m,
            };
            if let Some(Overlay::Form(form)) = &mut app.overlay {
                form.error = Some(message);
            }
            Vec::new()
        }
    }
}

/// Asks the council to build the export for review: nothing is written
/// until the secretary has seen the review and confirms.
fn plan_export(app: &mut App, draft: RecordId) -> Vec<Effect> {
    let Some(Overlay::Form(form)) = &app.overlay else { return Vec::new() };
    let format = match form.value(0).as_str() {
        "html" => Format::Html,
        "txt" => Format::Text,
        _ => Format::Markdown,
    };
    let path = with_extension(form.value(1).trim(), format);
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
