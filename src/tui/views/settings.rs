//! Settings: what applies now, and the "never write" list, whose entries
//! are never shown once saved (only their count: the council keeps keyed
//! hashes, not the names).

use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use ratatui::Frame;

use crate::i18n::Lang;
use crate::tui::app::App;
use crate::tui::tr;

/// Draws the settings screen.
pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let Some(data) = &app.data else { return };
    let lang = if app.lang == Lang::En { tr!(app, "language-en") } else { tr!(app, "language-fr") };
    let count = data.never_write.len();
    let minutes = app.auto_lock_secs.div_euclid(60);
    let lines = vec![
        Line::raw(tr!(app, "settings-language", lang = lang)),
        Line::raw(tr!(app, "settings-autolock", minutes = minutes)),
        Line::raw(""),
        Line::raw(tr!(app, "settings-never-write", count = count)),
        Line::styled("•••••••• ".repeat(count.min(8)), app.theme.dim),
    ];
    let block = Block::default().borders(Borders::ALL).title(tr!(app, "settings-title"));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }).block(block), area);
}
