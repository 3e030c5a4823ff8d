//! The Archives screen: backup, import, a member's slip, hand-over.

use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use ratatui::Frame;

use super::marker;
use crate::tui::app::App;
use crate::tui::tr;

/// Draws the list of archive actions with what each does.
pub fn render(app: &App, frame: &mut Frame, area: Rect, selected: usize) {
    let actions = [
        (tr!(app, "archives-export"), tr!(app, "archives-export-help")),
        (tr!(app, "archives-import"), tr!(app, "archives-import-help")),
        (tr!(app, "archives-slip"), tr!(app, "archives-slip-help")),
        (tr!(app, "archives-handover"), tr!(app, "archives-handover-help")),
    ];
    let mut lines = Vec::new();
    for (i, (name, help)) in actions.into_iter().enumerate() {
        let title = format!("{}{name}", marker(i == selected));
        lines.push(if i == selected {
            Line::styled(title, app.theme.selected)
        } else {
            Line::styled(title, app.theme.title)
        });
        lines.push(Line::styled(format!("    {help}"), app.theme.dim));
        lines.push(Line::raw(""));
    }
    let block = Block::default().borders(Borders::ALL).title(tr!(app, "tab-archives"));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }).block(block), area);
}
