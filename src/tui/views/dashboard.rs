//! The overview: next meeting, damaged records left out at unlock (if
//! any), open tasks per group (overdue first), recent contributions,
//! privacy warnings.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use ratatui::Frame;

use super::{clip, contributions::badge};
use crate::domain::MinutesStatus;
use crate::tui::app::App;
use crate::tui::data::Data;
use crate::tui::tr;
use crate::tui::warnings::Place;

/// Draws the dashboard.
pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let Some(data) = &app.data else { return };
    let damaged = damaged_line(app, data);
    let damaged_height = damaged.as_ref().map_or(0, |text| wrapped_height(text, area.width.saturating_sub(2)) + 2);
    let [top, warning, middle, bottom] = Layout::vertical([
        Constraint::Length(4),
        Constraint::Length(damaged_height),
        Constraint::Min(3),
        // The damaged records come before the latest contributions.
        Constraint::Length(if damaged_height > 0 { 5 } else { 7 }),
    ])
    .areas(area);
    render_next(app, data, frame, top);
    if let Some(text) = damaged {
        let block = Block::default().borders(Borders::ALL).border_style(app.theme.warn);
        frame.render_widget(Paragraph::new(text).style(app.theme.warn).block(block).wrap(Wrap { trim: true }), warning);
    }
    render_tasks(app, data, frame, middle);
    render_recent(app, data, frame, bottom);
}

/// The records that did not open at unlock, named with what to do; `None`
/// when every record opened.
fn damaged_line(app: &App, data: &Data) -> Option<String> {
    if data.damaged.is_empty() {
        return None;
    }
    let names =
        crate::i18n::damaged_names(&app.loader, data.damaged.iter().map(|b| (b.tree.as_str(), b.id.as_str())), true);
    Some(tr!(app, "dash-damaged", count = data.damaged.len(), names = names))
}

/// Lines `text` takes wrapped at `width`, words moved whole as the
/// paragraph does (no-break spaces keep theirs); at most five, so the rest
/// of the dashboard keeps its room.
fn wrapped_height(text: &str, width: u16) -> u16 {
    let width = usize::from(width.max(1));
    let (mut lines, mut used) = (1usize, 0usize);
    for word in text.split(' ').map(|w| w.chars().count()) {
        if used == 0 {
            used = word;
        } else if used + 1 + word <= width {
            used += 1 + word;
        } else {
            lines += 1;
            used = word;
        }
        // A word longer than the line is cut.
        while used > width {
            lines += 1;
            used -= width;
        }
    }
    u16::try_from(lines.min(5)).unwrap_or(5)
}

fn render_next(app: &App, data: &Data, frame: &mut Frame, area: Rect) {
    let block = Block::default().borders(Borders::ALL).title(tr!(app, "dash-next-meeting"));
    let lines = match data.next_meeting(app.today) {
        Some(m) => {
            let status = match m.status {
                MinutesStatus::Draft => tr!(app, "minutes-draft-badge"),
                MinutesStatus::Adopted(_) => tr!(app, "minutes-adopted-badge"),
            };
            vec![
                Line::from(vec![
                    Span::styled(format!("{}  {}", m.date, m.title), app.theme.title),
                    Span::raw(format!("  {status}")),
                ]),
                Line::raw(tr!(
                    app,
                    "dash-meeting-detail",
                    items = m.agenda.len(),
                    present = m.attendance.members.len()
                )),
            ]
        }
        None => vec![Line::raw(tr!(app, "dash-no-meeting"))],
    };
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

fn render_tasks(app: &App, data: &Data, frame: &mut Frame, area: Rect) {
    let block = Block::default().borders(Borders::ALL).title(tr!(app, "dash-open-tasks"));
    let width = area.width.saturating_sub(8) as usize;
    let mut lines = Vec::new();
    for g in data.groups.iter().filter(|g| g.active) {
        let open = data.open_tasks(g.id, app.today);
        let overdue = open.iter().filter(|t| t.is_overdue(app.today)).count();
        lines.push(Line::styled(
            tr!(app, "dash-group-line", group = g.name.clone(), open = open.len(), overdue = overdue),
            app.theme.title,
        ));
        for t in open.iter().take(2) {
            let mark = if t.is_overdue(app.today) { tr!(app, "overdue-badge") } else { String::from("  ") };
            let style = if t.is_overdue(app.today) { app.theme.warn } else { app.theme.base };
            lines.push(Line::styled(format!("  {mark} {}", clip(&t.title, width)), style));
        }
    }
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// "2026-03-12 · Tour de table", "« Quand on m'a… »", "✓ Relire l'affiche".
fn place_label(data: &Data, place: &Place) -> String {
    match place {
        Place::Minutes { meeting, item } => data
            .meeting(*meeting)
            .map(|m| format!("{} · {}", m.date, m.agenda.get(*item).map_or("", |i| i.title.as_str())))
            .unwrap_or_default(),
        Place::Contribution(id) => data
            .contributions
            .iter()
            .find(|c| c.id == *id)
            .map(|c| format!("« {} »", clip(&c.text, 24)))
            .unwrap_or_default(),
        Place::Task(id) => {
            data.tasks.iter().find(|t| t.id == *id).map(|t| format!("✓ {}", clip(&t.title, 24))).unwrap_or_default()
        }
    }
}

fn render_recent(app: &App, data: &Data, frame: &mut Frame, area: Rect) {
    let title = if data.warnings_pending {
        tr!(app, "dash-recent-pending")
    } else {
        tr!(app, "dash-recent", warnings = data.warnings.len())
    };
    let block = Block::default().borders(Borders::ALL).title(title);
    let width = area.width.saturating_sub(24) as usize;
    // Where the warnings are, first; then the latest contributions.
    let mut lines: Vec<Line> = data
        .warnings
        .iter()
        .take(2)
        .map(|w| {
            let kind = crate::i18n::field_label(&app.loader, w.kind.name());
            Line::styled(
                tr!(app, "dash-warning-line", place = place_label(data, &w.place), kind = kind),
                app.theme.warn,
            )
        })
        .collect();
    lines.extend(
        data.contributions
            .iter()
            .take(5 - lines.len())
            .map(|c| Line::raw(format!("{} {}", badge(app, c), clip(&c.text, width)))),
    );
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: true }), area);
}
