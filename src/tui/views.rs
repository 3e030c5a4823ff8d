//! Drawing: the app is a pure function of its state. One file per screen;
//! this one lays out the frame (tabs, body, status, key hints) and degrades
//! to what fits on small terminals without ever panicking.

mod archives;
mod board;
mod contributions;
mod dashboard;
mod drafts;
mod meetings;
mod members;
mod minutes;
pub mod overlays;
mod review;
mod settings;
mod unlock;

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

use super::app::{App, Screen, Status};
use super::keymap::Command;
use super::tr;
use crate::i18n::Lang;

/// Smallest frame we draw a screen in; below it, a one-line request to
/// enlarge the terminal.
const MIN_WIDTH: u16 = 20;
const MIN_HEIGHT: u16 = 5;

/// Draws the whole frame.
pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let msg = tr!(app, "too-small");
        frame.render_widget(Paragraph::new(msg).style(app.theme.warn), area);
        return;
    }
    let [tabs, body, status, hints] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(1), Constraint::Length(1), Constraint::Length(1)])
            .areas(area);
    render_tabs(app, frame, tabs);
    match &app.screen {
        Screen::Unlock => unlock::render(app, frame, body),
        Screen::Dashboard => dashboard::render(app, frame, body),
        Screen::Meetings { selected } => meetings::render(app, frame, body, *selected),
        Screen::Minutes(state) => minutes::render(app, frame, body, state),
        Screen::Board(state) => board::render(app, frame, body, state),
        Screen::Contributions(state) => contributions::render(app, frame, body, state),
        Screen::Members { selected } => members::render(app, frame, body, *selected),
        Screen::Drafts { selected, open } => drafts::render(app, frame, body, *selected, *open),
        Screen::Settings => settings::render(app, frame, body),
        Screen::Archives { selected } => archives::render(app, frame, body, *selected),
    }
    render_status(app, frame, status);
    render_hints(app, frame, hints);
    overlays::render(app, frame, body);
}

fn render_tabs(app: &App, frame: &mut Frame, area: Rect) {
    let name = app.data.as_ref().map(|d| d.council.name.clone()).unwrap_or_else(|| tr!(app, "app-name"));
    let current = match &app.screen {
        Screen::Unlock => 0,
        Screen::Dashboard => 1,
        Screen::Meetings { .. } | Screen::Minutes(_) => 2,
        Screen::Board(_) => 3,
        Screen::Contributions(_) => 4,
        Screen::Members { .. } => 5,
        Screen::Drafts { .. } => 6,
        Screen::Settings => 7,
        Screen::Archives { .. } => 8,
    };
    // Narrow terminals name only the current tab; the others keep their
    // number, which is also their key. A long council name is shortened.
    let compact = area.width < 140;
    let tabs_width = if !app.is_unlocked() {
        16
    } else if compact {
        40
    } else {
        112
    };
    let room = (area.width as usize).saturating_sub(tabs_width).max(8);
    let mut spans = vec![Span::styled(format!(" {} ", clip(&name, room)), app.theme.title)];
    if app.is_unlocked() {
        let tabs = [
            tr!(app, "tab-dashboard"),
            tr!(app, "tab-meetings"),
            tr!(app, "tab-board"),
            tr!(app, "tab-contributions"),
            tr!(app, "tab-members"),
            tr!(app, "tab-drafts"),
            tr!(app, "tab-settings"),
            tr!(app, "tab-archives"),
        ];
        for (i, label) in tabs.iter().enumerate() {
            let n = i + 1;
            // The current tab is bracketed, not only highlighted.
            if n == current {
                spans.push(Span::styled(format!(" [{n} {label}]"), app.theme.selected));
            } else if compact {
                spans.push(Span::styled(format!(" {n}"), app.theme.dim));
            } else {
                spans.push(Span::styled(format!("  {n} {label} "), app.theme.dim));
            }
        }
    } else {
        spans.push(Span::styled(format!("  🔒 {}", tr!(app, "locked")), app.theme.warn));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn render_status(app: &App, frame: &mut Frame, area: Rect) {
    let (text, style) = match &app.status {
        Status::Idle => (String::new(), app.theme.dim),
        Status::Saved(at) => (tr!(app, "status-saved", time = at.to_string()), app.theme.ok),
        Status::Unsaved => (tr!(app, "status-unsaved"), app.theme.warn),
        Status::Failed(why) => (tr!(app, "status-failed", reason = why.clone()), app.theme.error),
        Status::Info(msg) => (format!("ℹ {msg}"), app.theme.base),
    };
    frame.render_widget(Paragraph::new(text).style(style), area);
}

/// The key hints, generated from the live keymap of the current mode.
fn render_hints(app: &App, frame: &mut Frame, area: Rect) {
    let english = app.lang == Lang::En;
    let mut spans = Vec::new();
    // Help comes first so that it shows even when the line is cut.
    let mut bindings = app.keymap.bindings(app.mode());
    bindings.sort_by_key(|(_, c)| *c != Command::Help);
    for (key, command) in bindings {
        if matches!(command, Command::Up | Command::Down | Command::Left | Command::Right) {
            continue;
        }
        spans.push(Span::styled(format!("[{}]", key.label(english)), app.theme.key));
        spans.push(Span::raw(format!(" {}  ", command_label(app, command))));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The short name of a command, from the Fluent files (`key-<name>`).
pub fn command_label(app: &App, command: Command) -> String {
    app.loader.get(&format!("key-{}", command.name()))
}

/// Up to `n` characters of `s`, with an ellipsis when cut.
pub fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let mut out: String = s.chars().take(n.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// The marker of the row under the cursor (a symbol, not only a style).
pub fn marker(selected: bool) -> &'static str {
    if selected {
        "▶ "
    } else {
        "  "
    }
}

/// A list as a table: headed columns in a titled frame; the row under the
/// cursor starts with [`marker`] and is styled, so it shows without colour.
pub fn list_table<'a, const N: usize>(
    app: &App,
    title: String,
    headers: [String; N],
    widths: [Constraint; N],
    rows: impl Iterator<Item = (bool, [String; N])>,
) -> ratatui::widgets::Table<'a> {
    use ratatui::widgets::{Block, Borders, Row, Table};
    let rows = rows.map(|(selected, mut cells)| {
        if let Some(first) = cells.first_mut() {
            first.insert_str(0, marker(selected));
        }
        let row = Row::new(cells);
        if selected {
            row.style(app.theme.selected)
        } else {
            row
        }
    });
    Table::new(rows, widths)
        .header(Row::new(headers).style(app.theme.title))
        .block(Block::default().borders(Borders::ALL).title(title))
}

/// Underlines, in a drawn text area, the characters of identifying spans
/// (style, not colour alone; an alert line nearby carries the symbol).
/// Only screen rows whose text line holds a span are mapped cell by cell.
pub(super) fn underline_spans(
    app: &App,
    area: &ratatui_textarea::TextArea<'_>,
    spans: &crate::privacy::LineCache,
    inner: Rect,
    buf: &mut ratatui::buffer::Buffer,
) {
    let style = app.theme.warn.add_modifier(ratatui::style::Modifier::UNDERLINED);
    let (top, left) = area.scroll_offset();
    let mut previous = None;
    for row in 0..inner.height {
        let start = area.screen_to_data(usize::from(top + row), 0);
        // Rows past the text map back to its last row: stop there.
        if previous == Some(start) {
            break;
        }
        previous = Some(start);
        let ratatui_textarea::DataCursor(line, _) = start;
        let line_spans = spans.spans(line);
        let Some(text) = area.lines().get(line).filter(|_| !line_spans.is_empty()) else { continue };
        for col in 0..inner.width {
            let ratatui_textarea::DataCursor(l, ch) =
                area.screen_to_data(usize::from(top + row), usize::from(left + col));
            if l != line {
                continue;
            }
            let byte = text.char_indices().nth(ch).map_or(text.len(), |(b, _)| b);
            if line_spans.iter().any(|s| s.start <= byte && byte < s.end) {
                if let Some(cell) = buf.cell_mut((inner.x + col, inner.y + row)) {
                    cell.set_style(style);
                }
            }
        }
    }
}
