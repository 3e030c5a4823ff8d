//! The task board: one column per status, filters by group and member.
//! Overdue tasks carry "⚠" and the word, not only a colour.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::domain::{Task, TaskEventKind};
use crate::tui::data::Data;
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
    if state.detail {
        if let Some(task) = state.task.and_then(|id| data.tasks.iter().find(|t| t.id == id)) {
            render_detail(app, data, task, state.scroll, frame, body);
            return;
        }
    }
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

/// Everything a task has: who carries it, its group, due date, status,
/// where it was decided, and its dated history with every comment.
fn render_detail(app: &App, data: &Data, task: &Task, scroll: u16, frame: &mut Frame, area: Rect) {
    let block = Block::default()
        .borders(Borders::ALL)
        .title(format!("[{}] {}", tr!(app, "task-detail-title"), clip(&task.title, 50)))
        .border_style(app.theme.title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let who: Vec<&str> = task.assignees.iter().map(|m| data.pseudonym(*m)).collect();
    let who = if who.is_empty() { format!("⚠ {}", tr!(app, "action-no-one")) } else { who.join(", ") };
    let mut text = vec![
        task.title.clone(),
        tr!(app, "task-status", status = status_label(&app.loader, task.status)),
        tr!(app, "task-carried-by", who = who),
        tr!(app, "task-group", group = data.group_name(task.group).to_string()),
        match task.due {
            Some(d) if task.is_overdue(app.today) => {
                format!("{} ⚠ {}", tr!(app, "task-due", date = d.to_string()), tr!(app, "overdue-badge"))
            }
            Some(d) => tr!(app, "task-due", date = d.to_string()),
            None => tr!(app, "task-no-due"),
        },
        match task.origin.and_then(|o| data.meeting(o.meeting).map(|m| (m, o.item))) {
            Some((m, item)) => {
                let item = m.agenda.get(usize::from(item)).map(|i| i.title.clone()).unwrap_or_default();
                tr!(app, "task-origin", meeting = format!("{} {}", m.date, m.title), item = item)
            }
            None => tr!(app, "task-no-origin"),
        },
    ];
    if !task.description.trim().is_empty() {
        text.push(String::new());
        text.push(task.description.clone());
    }
    text.push(String::new());
    text.push(tr!(app, "task-history"));
    if task.history.is_empty() {
        text.push(tr!(app, "task-no-history"));
    }
    for event in task.history.iter().rev() {
        text.push(match &event.kind {
            TaskEventKind::Status { from, to } => tr!(
                app,
                "task-event-status",
                date = event.date.to_string(),
                from = status_label(&app.loader, *from),
                to = status_label(&app.loader, *to)
            ),
            TaskEventKind::Comment(c) => {
                tr!(app, "task-event-comment", date = event.date.to_string(), text = c.clone())
            }
        });
    }
    let mut rows: Vec<Line> = Vec::new();
    for (i, t) in text.iter().enumerate() {
        let style = if i == 0 { app.theme.title } else { app.theme.base };
        rows.extend(super::wrap(t, width).into_iter().map(|r| Line::styled(r, style)));
    }
    let height = inner.height as usize;
    let first = (scroll as usize).min(rows.len().saturating_sub(height));
    let below = rows.len().saturating_sub(first + height);
    let mut shown: Vec<Line> = rows.into_iter().skip(first).take(height).collect();
    if below > 0 {
        if let Some(last) = shown.last_mut() {
            *last = Line::styled(
                tr!(
                    app,
                    "minutes-more-below",
                    n = below,
                    key = app.keymap.key_label(
                        crate::tui::keymap::Mode::TaskDetail,
                        crate::tui::keymap::Command::PageDown,
                        app.lang
                    )
                ),
                app.theme.key,
            );
        }
    }
    frame.render_widget(Paragraph::new(shown), inner);
}
