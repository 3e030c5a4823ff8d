//! Meetings by date, newest first.

use ratatui::layout::{Constraint, Rect};
use ratatui::widgets::{Block, Borders, Row, Table};
use ratatui::Frame;

use super::marker;
use crate::domain::{MeetingKind, MinutesStatus};
use crate::tui::app::App;
use crate::tui::tr;

/// Draws the list of meetings.
pub fn render(app: &App, frame: &mut Frame, area: Rect, selected: usize) {
    let Some(data) = &app.data else { return };
    let visible = area.height.saturating_sub(3) as usize;
    let first = selected.saturating_sub(visible.saturating_sub(1));
    let rows = data.meetings.iter().enumerate().skip(first).take(visible).map(|(i, m)| {
        let kind = match m.kind {
            MeetingKind::Monthly => tr!(app, "meeting-monthly"),
            MeetingKind::WorkingGroup(g) => data.group_name(g).to_string(),
            MeetingKind::Extraordinary => tr!(app, "meeting-extraordinary"),
        };
        let status = match m.status {
            MinutesStatus::Draft => tr!(app, "minutes-draft-badge"),
            MinutesStatus::Adopted(_) => tr!(app, "minutes-adopted-badge"),
        };
        let row = Row::new(vec![format!("{}{}", marker(i == selected), m.date), kind, m.title.clone(), status]);
        if i == selected {
            row.style(app.theme.selected)
        } else {
            row
        }
    });
    let header =
        Row::new(vec![tr!(app, "col-date"), tr!(app, "col-kind"), tr!(app, "col-title"), tr!(app, "col-status")])
            .style(app.theme.title);
    let table =
        Table::new(rows, [Constraint::Length(13), Constraint::Length(16), Constraint::Min(10), Constraint::Length(14)])
            .header(header)
            .block(Block::default().borders(Borders::ALL).title(tr!(app, "tab-meetings")));
    frame.render_widget(table, area);
}
