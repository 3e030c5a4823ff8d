//! The locked screen: nothing decrypted is shown here. It asks for what
//! opens the council: the passphrase, or the identity file (its path can be
//! completed with Tab); once the screen was locked during a session opened
//! with an identity, the code chosen at that lock.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use ratatui::Frame;

use super::marker;
use super::overlays::centered;
use crate::tui::app::App;
use crate::tui::tr;

/// Draws the unlock screen.
pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let popup = centered(area, 70, 14);
    let block = Block::default().borders(Borders::ALL).title(tr!(app, "unlock-title")).style(app.theme.base);
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let code = app.relocked && app.lock_code_set;
    let identity = app.shows_identity_field();
    let [help, secret, file, error] = Layout::vertical([
        Constraint::Min(2),
        Constraint::Length(3),
        Constraint::Length(if identity { 3 } else { 1 }),
        Constraint::Length(2),
    ])
    .areas(inner);
    let text = match (code, app.relocked, app.has_identity) {
        (true, _, _) => tr!(app, "unlock-help-code"),
        (false, true, _) => tr!(app, "unlock-help-relock"),
        (false, false, true) => tr!(app, "unlock-help-identity"),
        (false, false, false) => tr!(app, "unlock-help-passphrase"),
    };
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), help);
    let label = if code { tr!(app, "unlock-code") } else { tr!(app, "unlock-passphrase") };
    field(app, frame, secret, &app.passphrase, &label, !app.unlock_on_identity);
    if identity {
        field(app, frame, file, &app.identity_path, &tr!(app, "unlock-identity"), app.unlock_on_identity);
    } else if app.has_identity && !app.relocked {
        frame.render_widget(Paragraph::new(Line::styled(tr!(app, "unlock-in-memory"), app.theme.dim)), file);
    }
    if let Some(e) = &app.unlock_error {
        let line = Line::styled(format!("⚠ {e}"), app.theme.error);
        frame.render_widget(Paragraph::new(line).wrap(Wrap { trim: true }), error);
    }
}

fn field(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    text: &ratatui_textarea::TextArea<'static>,
    label: &str,
    focused: bool,
) {
    let mut t = text.clone();
    let style = if focused { app.theme.title } else { app.theme.dim };
    t.set_block(
        Block::default().borders(Borders::ALL).title(format!("{}{label}", marker(focused))).border_style(style),
    );
    t.set_cursor_line_style(ratatui::style::Style::default());
    t.set_selection_style(app.theme.selected);
    if !focused {
        t.set_cursor_style(app.theme.base);
    }
    frame.render_widget(&t, area);
}
