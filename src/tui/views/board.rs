//! The task board: one column per status, filters by group and member.
//! Overdue tasks carry "⚠" and the word, not only a colour.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph};
use ratatui::Frame;

use super::{clip, marker};
use crate::domain::TaskStatus;
use crate::i18n::status_label;
use crate::tui::app::{App, BoardState};
use crate::tui::tr;

/// Width below which only the current column is shown.
const ALL_COLUMNS: u16 = 80;

/// Draws the board.
pub fn render(app: &App, frame: &mut Frame, area: Rect, state: &BoardState) {
    let Some(data) = &app.data else { return };
    let [filters, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    let all = tr!(app, "filter-all");
    let group = state.group.map(|g| data.group_name(g).to_string()).unwrap_or_else(|| all.clone());
    let member = state.member.map(|m| data.pseudonym(m).to_string()).unwrap_or(all);
    frame.render_widget(
        Paragraph::new(tr!(app, "board-filters", group = group, member = member)).style(app.theme.dim),
        filters,
    );
    let shown: Vec<usize> =
        if area.width >= ALL_COLUMNS { (0..TaskStatus::ALL.len()).collect() } else { vec![state.column] };
    let areas = Layout::horizontal(shown.iter().map(|_| Constraint::Ratio(1, shown.len() as u32))).split(body);
    for (slot, &c) in shown.iter().enumerate() {
        let status = TaskStatus::ALL[c];
        let tasks = data.board_column(status, state.group, state.member);
        let current = c == state.column;
        let arrows = if shown.len() == 1 { ("◀ ", " ▶") } else { ("", "") };
        let title = format!("{}{} ({}){}", arrows.0, status_label(&app.loader, status), tasks.len(), arrows.1);
        let block = Block::default()
            .borders(Borders::ALL)
            .title(if current { format!("[{title}]") } else { title })
            .border_style(if current { app.theme.title } else { app.theme.dim });
        let width = areas[slot].width.saturating_sub(4) as usize;
        let visible = areas[slot].height.saturating_sub(2) as usize;
        let first = if current { state.row.saturating_sub(visible.saturating_sub(1)) } else { 0 };
        let lines: Vec<Line> = tasks
            .iter()
            .enumerate()
            .skip(first)
            .take(visible)
            .map(|(i, t)| {
                let selected = current && i == state.row;
                let late =
                    if t.is_overdue(app.today) { format!("{} ", tr!(app, "overdue-badge")) } else { String::new() };
                let text = clip(&format!("{}{late}{}", marker(selected), t.title), width);
                match (selected, t.is_overdue(app.today)) {
                    (true, _) => Line::styled(text, app.theme.selected),
                    (false, true) => Line::styled(text, app.theme.warn),
                    _ => Line::raw(text),
                }
            })
            .collect();
        frame.render_widget(Paragraph::new(lines).block(block), areas[slot]);
    }
}
