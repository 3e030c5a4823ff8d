//! Forms: typing into them, moving between fields, submitting. Which
//! fields each form has is in `fields.rs`; what a submitted form changes is
//! in `build.rs`.

mod build;
mod fields;

pub use fields::open;

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::super::app::{App, Overlay, Pending, Status};
use super::super::effect::Effect;
use super::super::form::{Form, FormKind, Input};
use super::super::keymap::Command;
use super::super::tr;
use super::explain;
use crate::domain::{DomainError, RecordId};
use crate::export::{build as build_export, Format, Sources};
use crate::i18n::Lang;

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
        preview_export(app, draft);
        return Vec::new();
    }
    match build::build(app, form) {
        Ok(change) => {
            app.overlay = None;
            app.status = Status::Idle;
            vec![Effect::Save(change)]
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

/// Shows the redaction report of an export before anything is written.
fn preview_export(app: &mut App, draft: RecordId) {
    let Some(Overlay::Form(form)) = &app.overlay else { return };
    let format = match form.value(0).as_str() {
        "html" => Format::Html,
        "txt" => Format::Text,
        _ => Format::Markdown,
    };
    let mut path = form.value(1).trim().to_string();
    if !path.contains('.') {
        path = format!("{path}.{}", format.extension());
    }
    let Some(data) = &app.data else { return };
    let Some(d) = data.drafts.iter().find(|d| d.id == draft) else { return };
    let sources =
        Sources { contributions: &data.contributions, members: &data.members, never_write: Some(&data.never_write) };
    let lang = Lang::of(d.language);
    let r = build_export(d, &sources, app.today, lang).report;
    let review: usize = r.total.to_review.values().sum();
    let excluded = r.excluded_council_only.saturating_add(r.excluded_withdrawn);
    let message = tr!(
        app,
        "confirm-export",
        path = path.clone(),
        removed = r.total.total_removed(),
        review = review,
        quotes = r.quotes,
        paraphrase = r.paraphrase_material,
        excluded = excluded,
        pseudonyms = r.pseudonyms_neutralised
    );
    app.overlay = Some(Overlay::Confirm { message, on_yes: Pending::Export { draft, format, path } });
}
