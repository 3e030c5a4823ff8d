//! The minutes editor: agenda on the left, the selected item on the right
//! (notes, then its lines: questions, decisions, action items). The item's
//! detail scrolls, and says how much is above and below; on narrow
//! terminals only the selected item is shown, with its place in the agenda.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use ratatui::Frame;

use super::{clip, marker, slot_label, time_label, wrap};
use crate::domain::{AgendaItem, Meeting, MinutesStatus, Outcome};
use crate::tui::app::{App, LineRef, MinutesFocus, MinutesState, NotesHighlight};
use crate::tui::data::Data;
use crate::tui::keymap::{Command, Mode};
use crate::tui::tr;

/// Width below which the agenda column is hidden.
const TWO_COLUMNS: u16 = 70;

/// Draws the minutes of the meeting being edited.
pub fn render(app: &App, frame: &mut Frame, area: Rect, state: &MinutesState) {
    let Some(data) = &app.data else { return };
    let Some(meeting) = data.meeting(state.meeting) else {
        return;
    };
    let header_lines = header(app, meeting, area.width as usize);
    let [head, body] =
        Layout::vertical([Constraint::Length(header_lines.len() as u16), Constraint::Min(1)]).areas(area);
    frame.render_widget(Paragraph::new(header_lines), head);
    if area.width >= TWO_COLUMNS {
        let [left, right] = Layout::horizontal([Constraint::Length(30), Constraint::Min(20)]).areas(body);
        render_agenda(app, meeting, state, frame, left);
        render_item(app, data, meeting, state, frame, right);
    } else {
        render_item(app, data, meeting, state, frame, body);
    }
}

fn header(app: &App, m: &Meeting, width: usize) -> Vec<Line<'static>> {
    let status = match m.status {
        MinutesStatus::Draft => tr!(app, "minutes-draft-badge"),
        MinutesStatus::Adopted(d) => tr!(app, "minutes-adopted-on", date = d.to_string()),
    };
    let mut lines = vec![
        Line::from(vec![
            Span::styled(clip(&format!("{} — {}", m.date, m.title), width.saturating_sub(24)), app.theme.title),
            Span::raw(format!("  {status}")),
        ]),
        Line::raw(clip(
            &tr!(app, "minutes-attendance", present = m.attendance.members.len(), guests = m.attendance.guests),
            width,
        )),
    ];
    let disorder = m.slots_out_of_order();
    if !disorder.is_empty() {
        let items: Vec<String> = disorder.iter().map(|i| (i + 1).to_string()).collect();
        let text = tr!(app, "minutes-slots-out-of-order", items = items.join(", "));
        // Wrapped, never cut: it says how to fix it.
        lines.extend(wrap(&text, width).into_iter().take(2).map(|row| Line::styled(row, app.theme.warn)));
    }
    lines
}

/// Minutes an item started late, if it did.
fn overrun(item: &AgendaItem) -> Option<u16> {
    let started = item.actual_start?;
    (started > item.slot.start).then(|| started.minutes() - item.slot.start.minutes())
}

/// "commencé à 9h25, en retard de 10 min".
fn started_label(app: &App, item: &AgendaItem) -> Option<String> {
    let at = item.actual_start?;
    let mut text = tr!(app, "minutes-started", time = time_label(app, at));
    if let Some(late) = overrun(item) {
        text.push_str(", ");
        text.push_str(&tr!(app, "minutes-late", minutes = late));
    }
    Some(format!("⏱ {text}"))
}

fn render_agenda(app: &App, m: &Meeting, state: &MinutesState, frame: &mut Frame, area: Rect) {
    let focused = state.focus == MinutesFocus::Agenda;
    let title = if focused { format!("[{}]", tr!(app, "minutes-agenda")) } else { tr!(app, "minutes-agenda") };
    let block = Block::default().borders(Borders::ALL).title(title).border_style(if focused {
        app.theme.title
    } else {
        app.theme.dim
    });
    let width = area.width.saturating_sub(2) as usize;
    let disorder = m.slots_out_of_order();
    let mut lines: Vec<Line> = Vec::new();
    let mut selected_row = 0;
    for (i, item) in m.agenda.iter().enumerate() {
        let selected = i == state.item;
        if selected {
            selected_row = lines.len();
        }
        let warn = if disorder.contains(&i) { "⚠" } else { "" };
        let slot = slot_label(app, item.slot.start, item.slot.end);
        let style = if selected { app.theme.selected } else { Style::default() };
        for (j, row) in wrap(&format!("{warn}{slot} {}", item.title), width.saturating_sub(2)).into_iter().enumerate() {
            let lead = if j == 0 { marker(selected) } else { "  " };
            lines.push(Line::styled(format!("{lead}{row}"), style));
        }
        if let Some(late) = overrun(item) {
            lines.push(Line::styled(format!("   ⏱ +{late} min"), app.theme.warn));
        }
    }
    if lines.is_empty() {
        let text = tr!(app, "minutes-empty-agenda");
        lines.extend(wrap(&text, width).into_iter().map(|r| Line::styled(r, app.theme.dim)));
    }
    let height = area.height.saturating_sub(2) as usize;
    let first = selected_row.saturating_sub(height.saturating_sub(2));
    frame.render_widget(Paragraph::new(lines.into_iter().skip(first).collect::<Vec<_>>()).block(block), area);
}

fn render_item(app: &App, data: &Data, m: &Meeting, state: &MinutesState, frame: &mut Frame, area: Rect) {
    let Some(item) = m.agenda.get(state.item) else {
        let block = Block::default().borders(Borders::ALL);
        let text = if m.is_adopted() { String::new() } else { tr!(app, "minutes-add-item-first") };
        frame.render_widget(Paragraph::new(text).wrap(ratatui::widgets::Wrap { trim: true }).block(block), area);
        return;
    };
    let n = state.item.saturating_add(1);
    let position = tr!(app, "minutes-item-position", n = n, total = m.agenda.len());
    let title = format!("{position} · {} {}", slot_label(app, item.slot.start, item.slot.end), item.title);
    let focused = state.focus == MinutesFocus::Lines;
    let block = Block::default()
        .borders(Borders::ALL)
        .title(clip(&title, area.width.saturating_sub(4) as usize))
        .border_style(if focused { app.theme.title } else { app.theme.dim });
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    if let Some(editor) = &state.notes {
        let rest = item_lines(app, data, m, item, state, width);
        let below = (rest.rows.len() as u16).min(inner.height / 3);
        let alert_rows = alert_rows(app, editor, width);
        let alert_height = (alert_rows.len() as u16).min(4);
        let [text_area, alert, lines_area] =
            Layout::vertical([Constraint::Min(3), Constraint::Length(alert_height), Constraint::Length(below)])
                .areas(inner);
        let mut area = editor.area.as_ref().clone();
        let title = clip(&tr!(app, "minutes-notes-editing"), width);
        let block = Block::default().borders(Borders::TOP).title(title);
        let text_inner = block.inner(text_area);
        area.set_block(block);
        // Underline marks identifying data here, not the cursor's line.
        area.set_cursor_line_style(Style::default());
        frame.render_widget(&area, text_area);
        super::underline_spans(app, &area, &editor.spans, text_inner, frame.buffer_mut());
        frame.render_widget(Paragraph::new(alert_rows), alert);
        frame.render_widget(Paragraph::new(rest.rows), lines_area);
        return;
    }
    let mut rows: Vec<Line> = Vec::new();
    if let Some(started) = started_label(app, item) {
        rows.push(Line::styled(clip(&started, width), app.theme.warn));
    }
    if item.notes.is_empty() {
        if !m.is_adopted() {
            rows.push(Line::styled(tr!(app, "minutes-no-notes"), app.theme.dim));
        }
    } else {
        rows.extend(highlighted(
            app,
            state.highlight.as_ref().filter(|h| h.item == state.item && h.revision == m.revision),
            &item.notes,
            width,
        ));
    }
    let rest = item_lines(app, data, m, item, state, width);
    let offset = rows.len() + 1;
    rows.push(Line::raw(""));
    rows.extend(rest.rows);
    let selected = rest.selected.map(|(a, b)| (a + offset, b + offset));
    scrolled(app, frame, inner, rows, state.scroll as usize, selected);
}

/// Draws `rows` from `scroll` (moved so that the selected rows show), with
/// a sign and the key to reach what is above and below.
fn scrolled(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    rows: Vec<Line<'static>>,
    scroll: usize,
    selected: Option<(usize, usize)>,
) {
    let height = area.height as usize;
    let total = rows.len();
    if total <= height {
        frame.render_widget(Paragraph::new(rows), area);
        return;
    }
    let room = height.saturating_sub(2).max(1);
    let mut first = scroll.min(total.saturating_sub(room));
    if let Some((start, end)) = selected {
        if end > first + room {
            first = end.saturating_sub(room);
        }
        if start < first {
            first = start;
        }
    }
    let mode = app.mode();
    let key = |c: Command| {
        let mode =
            if matches!(mode, Mode::Minutes | Mode::MinutesLines | Mode::Adopted) { mode } else { Mode::Minutes };
        app.keymap.key_label(mode, c, app.lang)
    };
    let above = first;
    let below = total.saturating_sub(first + room);
    let mut out = Vec::with_capacity(height);
    out.push(if above > 0 {
        Line::styled(tr!(app, "minutes-more-above", n = above, key = key(Command::PageUp)), app.theme.key)
    } else {
        Line::raw("")
    });
    out.extend(rows.into_iter().skip(first).take(room));
    if below > 0 {
        out.push(Line::styled(tr!(app, "minutes-more-below", n = below, key = key(Command::PageDown)), app.theme.key));
    }
    frame.render_widget(Paragraph::new(out), area);
}

/// The rows of an item's lines, and which rows the selected line takes.
struct ItemLines {
    rows: Vec<Line<'static>>,
    selected: Option<(usize, usize)>,
}

fn item_lines(app: &App, data: &Data, m: &Meeting, item: &AgendaItem, state: &MinutesState, width: usize) -> ItemLines {
    let mut rows = Vec::new();
    let mut selected = None;
    let focused = state.focus == MinutesFocus::Lines && !m.is_adopted();
    for (i, line) in LineRef::all(item).into_iter().enumerate() {
        let is_selected = focused && i == state.line;
        let (text, warn) = line_text(app, data, item, line);
        let style = match (is_selected, warn) {
            (true, _) => app.theme.selected,
            (false, true) => app.theme.warn,
            _ => Style::default(),
        };
        let start = rows.len();
        for (j, row) in wrap(&text, width.saturating_sub(2)).into_iter().enumerate() {
            let lead = if j == 0 { marker(is_selected) } else { "  " };
            rows.push(Line::styled(format!("{lead}{row}"), style));
        }
        if is_selected {
            selected = Some((start, rows.len()));
        }
    }
    for am in &m.amendments {
        let text = tr!(app, "amendment-line", date = am.date.to_string(), text = am.text.clone());
        rows.extend(wrap(&text, width).into_iter().map(|r| Line::styled(r, app.theme.warn)));
    }
    ItemLines { rows, selected }
}

/// One line of an item as read: what it is, its text, and what is
/// missing (with "⚠", not only a colour); whether something is missing.
fn line_text(app: &App, data: &Data, item: &AgendaItem, line: LineRef) -> (String, bool) {
    match line {
        LineRef::Question(i) => {
            (format!("? {} {}", tr!(app, "line-question"), item.questions.get(i).cloned().unwrap_or_default()), false)
        }
        LineRef::Decision(i) => {
            let Some(d) = item.decisions.get(i) else { return (String::new(), false) };
            let (outcome, warn) = match d.outcome {
                Some(Outcome::Consensus) => (tr!(app, "outcome-consensus"), false),
                Some(Outcome::Vote { r#for, against, abstain }) => {
                    (tr!(app, "outcome-vote", yes = r#for, no = against, abstain = abstain), false)
                }
                None => (format!("⚠ {}", tr!(app, "outcome-none")), true),
            };
            (format!("✔ {} {} — {outcome}", tr!(app, "line-decision"), d.text), warn)
        }
        LineRef::Action(i) => {
            let Some(a) = item.actions.get(i) else { return (String::new(), false) };
            let who: Vec<&str> = a.assignees.iter().map(|id| data.pseudonym(*id)).collect();
            let who = if who.is_empty() { format!("⚠ {}", tr!(app, "action-no-one")) } else { who.join(", ") };
            let group = match a.group {
                Some(g) => data.group_name(g).to_string(),
                None => format!("⚠ {}", tr!(app, "action-no-group")),
            };
            let mut parts = vec![who, group];
            if let Some(d) = a.due {
                parts.push(tr!(app, "action-due", date = d.to_string()));
            }
            if let Some(t) = a.task.and_then(|t| data.tasks.iter().find(|x| x.id == t)) {
                parts.push(tr!(app, "action-task", status = crate::i18n::status_label(&app.loader, t.status)));
            }
            let warn = a.assignees.is_empty() || a.group.is_none();
            (format!("→ {} {} — {}", tr!(app, "line-action"), a.title, parts.join(" · ")), warn)
        }
    }
}

/// The rows under the notes editor: each identifying item found, quoted
/// with what it is, and the key to replace it; wrapped, never cut.
fn alert_rows(app: &App, editor: &crate::tui::app::NotesEditor, width: usize) -> Vec<Line<'static>> {
    let lines = editor.area.lines();
    let mut items: Vec<String> = Vec::new();
    let mut count = 0;
    for (line, s) in editor.spans.all().filter(|(_, s)| !s.kind.is_review()) {
        count += 1;
        let text = lines.get(line).and_then(|l| l.get(s.start..s.end)).unwrap_or_default();
        let kind = crate::i18n::field_label(&app.loader, s.kind.name());
        let item = tr!(app, "notes-warning-item", text = text.to_string(), kind = kind);
        if !items.contains(&item) {
            items.push(item);
        }
    }
    if count == 0 {
        return vec![Line::styled(clip(&tr!(app, "notes-no-warning"), width), app.theme.dim)];
    }
    let text = tr!(app, "notes-warnings", count = count, kinds = items.join(&tr!(app, "list-separator")));
    wrap(&text, width).into_iter().map(|row| Line::styled(row, app.theme.warn)).collect()
}

/// Notes wrapped to `width`, identifying data marked "⚠" and underlined
/// (not by colour alone), each mark kept whole on its row. The spans come
/// from the model (found once per change), not from the detectors here.
fn highlighted(app: &App, highlight: Option<&NotesHighlight>, notes: &str, width: usize) -> Vec<Line<'static>> {
    let marked = app.theme.warn.add_modifier(ratatui::style::Modifier::UNDERLINED);
    let mut out = Vec::new();
    for (i, line) in notes.lines().enumerate() {
        let spans = highlight.and_then(|h| h.lines.get(i)).map_or(&[][..], Vec::as_slice);
        let spans: Vec<_> = spans.iter().filter(|s| s.end <= line.len() && line.is_char_boundary(s.start)).collect();
        if spans.is_empty() {
            out.extend(wrap(line, width).into_iter().map(Line::raw));
            continue;
        }
        let mut parts: Vec<Span> = Vec::new();
        let mut at = 0;
        for s in spans {
            if s.start < at || !line.is_char_boundary(s.end) {
                continue;
            }
            parts.push(Span::raw(line[at..s.start].to_string()));
            parts.push(Span::styled(format!("⚠{}", &line[s.start..s.end]), marked));
            at = s.end;
        }
        parts.push(Span::raw(line[at..].to_string()));
        out.extend(super::wrap_spans(parts, width));
    }
    out
}
