//! The locked screen: nothing decrypted is shown here.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use ratatui::Frame;

use super::overlays::centered;
use crate::tui::app::App;
use crate::tui::tr;

/// Draws the unlock screen.
pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let popup = centered(area, 64, 11);
    let block = Block::default().borders(Borders::ALL).title(tr!(app, "unlock-title")).style(app.theme.base);
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let [help, field, error] =
        Layout::vertical([Constraint::Min(2), Constraint::Length(3), Constraint::Length(2)]).areas(inner);
    let text = if app.has_identity { tr!(app, "unlock-help-identity") } else { tr!(app, "unlock-help-passphrase") };
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), help);
    let mut area = app.passphrase.as_ref().clone();
    area.set_block(Block::default().borders(Borders::ALL).title(tr!(app, "unlock-passphrase")));
    frame.render_widget(&area, field);
    if let Some(e) = &app.unlock_error {
        let line = Line::styled(format!("⚠ {e}"), app.theme.error);
        frame.render_widget(Paragraph::new(line).wrap(Wrap { trim: true }), error);
    }
}
