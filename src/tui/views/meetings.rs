//! Meetings by date, newest first.

use ratatui::layout::{Constraint, Rect};
use ratatui::Frame;

use super::list_table;
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
        (i == selected, [m.date.to_string(), kind, m.title.clone(), status])
    });
    let table = list_table(
        app,
        area,
        tr!(app, "tab-meetings"),
        [tr!(app, "col-date"), tr!(app, "col-kind"), tr!(app, "col-title"), tr!(app, "col-status")],
        [Constraint::Length(13), Constraint::Length(16), Constraint::Min(10), Constraint::Length(14)],
        rows,
    );
    frame.render_widget(table, area);
}
