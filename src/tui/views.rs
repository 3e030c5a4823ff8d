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
const MIN_WIDTH: u16 = 36;
const MIN_HEIGHT: u16 = 10;

/// Draws the whole frame.
pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let msg = tr!(app, "too-small");
        frame
            .render_widget(Paragraph::new(msg).style(app.theme.warn).wrap(ratatui::widgets::Wrap { trim: true }), area);
        return;
    }
    let tabs_lines = tab_lines(app, area.width as usize, area.height >= 16);
    let tabs_height = tabs_lines.len() as u16;
    // Two rows of key hints when the terminal is tall enough: fewer pages.
    let hints_height = if area.height >= 24 { 2 } else { 1 };
    let (status_text, status_style) = status_line(app);
    let status_rows = wrap(&status_text, area.width as usize);
    // A long message (an export's full path) takes a second row rather
    // than being cut.
    let status_height = if area.height >= 24 && status_rows.len() > 1 { 2 } else { 1 };
    let [tabs, body, status, hints] = Layout::vertical([
        Constraint::Length(tabs_height),
        Constraint::Min(1),
        Constraint::Length(status_height),
        Constraint::Length(hints_height),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(tabs_lines), tabs);
    match &app.screen {
        Screen::Unlock => unlock::render(app, frame, body),
        Screen::Dashboard => dashboard::render(app, frame, body),
        Screen::Meetings { selected } => meetings::render(app, frame, body, *selected),
        Screen::Minutes(state) => minutes::render(app, frame, body, state),
        Screen::Board(state) => board::render(app, frame, body, state),
        Screen::Contributions(state) => contributions::render(app, frame, body, state),
        Screen::Members { selected } => members::render(app, frame, body, *selected),
        Screen::Groups { selected } => members::render_groups(app, frame, body, *selected),
        Screen::Drafts { selected, open } => drafts::render(app, frame, body, *selected, *open),
        Screen::Settings => settings::render(app, frame, body),
        Screen::Archives { selected } => archives::render(app, frame, body, *selected),
    }
    render_status(frame, status, status_rows, status_style);
    render_hints(app, frame, hints);
    overlays::render(app, frame, body);
}

/// The tab bar on one line, or two when it does not fit and `two` is
/// allowed; a tab is never split.
fn tab_lines(app: &App, width: usize, two: bool) -> Vec<Line<'static>> {
    let spans = tab_spans(app);
    let mut lines = vec![Vec::new()];
    let mut used = 0;
    for span in spans {
        let w = span.content.chars().count();
        if used + w > width && used > 0 && two && lines.len() < 2 {
            lines.push(Vec::new());
            used = 0;
        }
        used += w;
        if let Some(line) = lines.last_mut() {
            line.push(span);
        }
    }
    lines.into_iter().map(Line::from).collect()
}

/// The council's name and the numbered screens; the current one is
/// bracketed, not only highlighted.
fn tab_spans(app: &App) -> Vec<Span<'static>> {
    let name = app.data.as_ref().map(|d| d.council.name.clone()).unwrap_or_else(|| tr!(app, "app-name"));
    let current = match &app.screen {
        Screen::Unlock => 0,
        Screen::Dashboard => 1,
        Screen::Meetings { .. } | Screen::Minutes(_) => 2,
        Screen::Board(_) => 3,
        Screen::Contributions(_) => 4,
        Screen::Members { .. } | Screen::Groups { .. } => 5,
        Screen::Drafts { .. } => 6,
        Screen::Settings => 7,
        Screen::Archives { .. } => 8,
    };
    let mut spans = vec![Span::styled(format!("{} ", clip(&name, 24)), app.theme.title)];
    if !app.is_unlocked() {
        spans.push(Span::styled(format!(" 🔒 {}", tr!(app, "locked")), app.theme.warn));
        return spans;
    }
    let tabs = [
        "tab-dashboard",
        "tab-meetings",
        "tab-board",
        "tab-contributions",
        "tab-members",
        "tab-drafts",
        "tab-settings",
        "tab-archives",
    ];
    for (i, id) in tabs.iter().enumerate() {
        let n = i + 1;
        if app.member_view && n > 3 {
            break;
        }
        let label = app.loader.get(id);
        if n == current {
            spans.push(Span::styled(format!("[{n} {label}]"), app.theme.selected));
        } else {
            spans.push(Span::styled(format!(" {n} {label} "), app.theme.dim));
        }
    }
    spans
}

fn status_line(app: &App) -> (String, ratatui::style::Style) {
    match &app.status {
        Status::Idle => (String::new(), app.theme.dim),
        Status::Saved(at) => (tr!(app, "status-saved", time = time_label(app, *at)), app.theme.ok),
        Status::Unsaved => (tr!(app, "status-unsaved"), app.theme.warn),
        Status::Failed(why) => (tr!(app, "status-failed", reason = why.clone()), app.theme.error),
        Status::Info(msg) => (format!("ℹ {msg}"), app.theme.base),
    }
}

/// The status rows; the last one shown ends in "…" when more is left.
fn render_status(frame: &mut Frame, area: Rect, mut rows: Vec<String>, style: ratatui::style::Style) {
    let shown = usize::from(area.height.max(1));
    if rows.len() > shown {
        rows.truncate(shown);
        if let Some(last) = rows.last_mut() {
            let cut: String = last.chars().take(usize::from(area.width).saturating_sub(1)).collect();
            *last = format!("{cut}…");
        }
    }
    let lines: Vec<Line> = rows.into_iter().map(Line::raw).collect();
    frame.render_widget(Paragraph::new(lines).style(style), area);
}

/// The key hints of the current mode, paged behind the "more" key when
/// they do not fit.
fn render_hints(app: &App, frame: &mut Frame, area: Rect) {
    let all = super::hints::hints(app);
    let more = super::hints::more_hint(app);
    let rows = area.height.max(1) as usize;
    let width = area.width as usize;
    let pages = match &more {
        Some(m) => super::hints::pages(&all, width, rows, m),
        None => vec![all],
    };
    let page = app.hint_page % pages.len().max(1);
    let mut items: Vec<(String, String)> =
        pages.get(page).into_iter().flatten().map(|h| (format!("[{}]", h.keys), format!(" {}  ", h.label))).collect();
    if let (Some(m), true) = (more, pages.len() > 1) {
        let (shown, count) = (page + 1, pages.len());
        let counter = tr!(app, "hints-page", page = shown, pages = count);
        items.push((format!("[{}]", m.keys), format!(" {} {counter}", m.label)));
    }
    // Laid out on the rows, a hint never split across two.
    let mut lines: Vec<Vec<Span>> = vec![Vec::new()];
    let mut used = 0;
    for (keys, label) in items {
        let w = keys.chars().count() + label.chars().count();
        if used + w > width && used > 0 && lines.len() < rows {
            lines.push(Vec::new());
            used = 0;
        }
        used += w;
        if let Some(line) = lines.last_mut() {
            line.push(Span::styled(keys, app.theme.key));
            line.push(Span::raw(label));
        }
    }
    frame.render_widget(Paragraph::new(lines.into_iter().map(Line::from).collect::<Vec<_>>()), area);
}

/// The short name of a command in the current mode, from the Fluent files.
pub fn command_label(app: &App, command: Command) -> String {
    super::hints::label(app, app.mode(), command)
}

/// A time of day in the UI's conventions.
pub fn time_label(app: &App, t: crate::domain::ClockTime) -> String {
    match app.lang {
        Lang::En => format!("{}:{:02}", t.minutes() / 60, t.minutes() % 60),
        Lang::Fr => t.to_string(),
    }
}

/// A time slot in the UI's conventions ("9h15–10h30", "9:15–10:30").
pub fn slot_label(app: &App, start: crate::domain::ClockTime, end: crate::domain::ClockTime) -> String {
    format!("{}–{}", time_label(app, start), time_label(app, end))
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

/// `text` cut into rows of at most `width` characters, at spaces when
/// possible (a word longer than a row is cut).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut rows = Vec::new();
    let mut row = String::new();
    let mut len = 0;
    for word in text.split(' ') {
        let mut rest = word;
        loop {
            let n = rest.chars().count();
            let need = if len == 0 { n } else { len + 1 + n };
            if need <= width {
                if len > 0 {
                    row.push(' ');
                    len += 1;
                }
                row.push_str(rest);
                len += n;
                break;
            }
            if len > 0 {
                rows.push(std::mem::take(&mut row));
                len = 0;
                continue;
            }
            let cut = rest.char_indices().nth(width).map_or(rest.len(), |(b, _)| b);
            rows.push(rest[..cut].to_string());
            rest = &rest[cut..];
        }
    }
    if !row.is_empty() || rows.is_empty() {
        rows.push(row);
    }
    rows
}

/// Styled spans wrapped to `width`, word by word, each word keeping its
/// span's style.
pub fn wrap_spans(parts: Vec<Span<'static>>, width: usize) -> Vec<Line<'static>> {
    let width = width.max(1);
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut row: Vec<Span<'static>> = Vec::new();
    let mut len = 0;
    for part in parts {
        let style = part.style;
        for (k, word) in part.content.split(' ').enumerate() {
            let space = k > 0;
            let w = word.chars().count() + usize::from(space);
            if len > 0 && len + w > width {
                lines.push(Line::from(std::mem::take(&mut row)));
                len = 0;
            }
            let text = if space && len > 0 { format!(" {word}") } else { word.to_string() };
            len += text.chars().count();
            row.push(Span::styled(text, style));
        }
    }
    lines.push(Line::from(row));
    lines
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
    area: Rect,
    title: String,
    headers: [String; N],
    widths: [Constraint; N],
    rows: impl Iterator<Item = (bool, [String; N])>,
) -> ratatui::widgets::Table<'a> {
    use ratatui::widgets::{Block, Borders, Row, Table};
    // The widths the table will give its columns, so that a cell too long
    // ends in "…" rather than being cut without a sign.
    let inner = Rect { x: 0, y: 0, width: area.width.saturating_sub(2), height: 1 };
    let columns = Layout::horizontal(widths).spacing(1).split(inner);
    let rows = rows.map(|(selected, mut cells)| {
        if let Some(first) = cells.first_mut() {
            first.insert_str(0, marker(selected));
        }
        for (cell, column) in cells.iter_mut().zip(columns.iter()) {
            *cell = clip(cell, usize::from(column.width));
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
