//! The minutes editor: agenda on the left, the selected item on the right
//! (notes, questions, decisions, action items). On narrow terminals only
//! the selected item is shown, with its position in the agenda.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use ratatui::Frame;

use super::{clip, marker};
use crate::domain::{AgendaItem, Meeting, MinutesStatus, Outcome};
use crate::tui::app::{App, MinutesState};
use crate::tui::data::Data;
use crate::tui::tr;

/// Width below which the agenda column is hidden.
const TWO_COLUMNS: u16 = 70;

/// Draws the minutes of the meeting being edited.
pub fn render(app: &App, frame: &mut Frame, area: Rect, state: &MinutesState) {
    let Some(data) = &app.data else { return };
    let Some(meeting) = data.meeting(state.meeting) else {
        return;
    };
    let [header, body] = Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(area);
    render_header(app, meeting, frame, header);
    if area.width >= TWO_COLUMNS {
        let [left, right] = Layout::horizontal([Constraint::Length(34), Constraint::Min(20)]).areas(body);
        render_agenda(app, meeting, state, frame, left);
        render_item(app, data, meeting, state, frame, right);
    } else {
        render_item(app, data, meeting, state, frame, body);
    }
}

fn render_header(app: &App, m: &Meeting, frame: &mut Frame, area: Rect) {
    let status = match m.status {
        MinutesStatus::Draft => tr!(app, "minutes-draft-badge"),
        MinutesStatus::Adopted(d) => tr!(app, "minutes-adopted-on", date = d.to_string()),
    };
    let lines = vec![
        Line::from(vec![
            Span::styled(format!("{} — {}", m.date, m.title), app.theme.title),
            Span::raw(format!("  {status}")),
        ]),
        Line::raw(tr!(app, "minutes-attendance", present = m.attendance.members.len(), guests = m.attendance.guests)),
    ];
    frame.render_widget(Paragraph::new(lines), area);
}

/// The overrun of an item in minutes, if it started late.
fn overrun(item: &AgendaItem) -> Option<u16> {
    let started = item.actual_start?;
    (started > item.slot.start).then(|| started.minutes() - item.slot.start.minutes())
}

fn render_agenda(app: &App, m: &Meeting, state: &MinutesState, frame: &mut Frame, area: Rect) {
    let block = Block::default().borders(Borders::ALL).title(tr!(app, "minutes-agenda"));
    let width = area.width.saturating_sub(4) as usize;
    let lines: Vec<Line> = m
        .agenda
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let late = overrun(item).map(|n| format!(" ⏱+{n}")).unwrap_or_default();
            let text = clip(&format!("{}{} {}{late}", marker(i == state.item), item.slot, item.title), width);
            if i == state.item {
                Line::styled(text, app.theme.selected)
            } else {
                Line::raw(text)
            }
        })
        .collect();
    let lines =
        if lines.is_empty() { vec![Line::styled(tr!(app, "minutes-empty-agenda"), app.theme.dim)] } else { lines };
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

fn render_item(app: &App, data: &Data, m: &Meeting, state: &MinutesState, frame: &mut Frame, area: Rect) {
    let Some(item) = m.agenda.get(state.item) else {
        let block = Block::default().borders(Borders::ALL);
        frame.render_widget(Paragraph::new(tr!(app, "minutes-add-item-first")).block(block), area);
        return;
    };
    let n = state.item.saturating_add(1);
    let position = tr!(app, "minutes-item-position", n = n, total = m.agenda.len());
    let title = format!("{position} · {} {}", item.slot, item.title);
    let block = Block::default().borders(Borders::ALL).title(title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let extra = item.questions.len() + item.decisions.len() + item.actions.len() + m.amendments.len();
    let extra_height = (extra as u16 + 1).min(inner.height / 2);
    let [notes_area, rest] = Layout::vertical([Constraint::Min(1), Constraint::Length(extra_height)]).areas(inner);
    match &state.notes {
        Some(editor) => {
            let [text_area, alert] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(notes_area);
            let mut area = editor.area.as_ref().clone();
            let block = Block::default().borders(Borders::TOP).title(tr!(app, "minutes-notes-editing"));
            let inner = block.inner(text_area);
            area.set_block(block);
            // Underline marks identifying data here, not the cursor's line.
            area.set_cursor_line_style(ratatui::style::Style::default());
            frame.render_widget(&area, text_area);
            super::underline_spans(app, &area, &editor.spans, inner, frame.buffer_mut());
            frame.render_widget(Paragraph::new(alert_line(app, &editor.spans)), alert);
        }
        None if item.notes.is_empty() => {
            frame.render_widget(Paragraph::new(tr!(app, "minutes-no-notes")).wrap(Wrap { trim: false }), notes_area);
        }
        None => {
            frame.render_widget(
                Paragraph::new(highlighted(app, data, &item.notes)).wrap(Wrap { trim: false }),
                notes_area,
            );
        }
    }
    frame.render_widget(Paragraph::new(details(app, data, m, item)).wrap(Wrap { trim: true }), rest);
}

/// The line under the notes editor: what was found, and the key to fix it.
fn alert_line(app: &App, spans: &crate::privacy::LineCache) -> Line<'static> {
    let mut kinds: Vec<&str> = Vec::new();
    let mut count = 0;
    for (_, s) in spans.all().filter(|(_, s)| !s.kind.is_review()) {
        count += 1;
        if !kinds.contains(&s.kind.name()) {
            kinds.push(s.kind.name());
        }
    }
    if count == 0 {
        return Line::styled(tr!(app, "notes-no-warning"), app.theme.dim);
    }
    let labels: Vec<String> = kinds.iter().map(|k| crate::i18n::field_label(&app.loader, k)).collect();
    Line::styled(tr!(app, "notes-warnings", count = count, kinds = labels.join(", ")), app.theme.warn)
}

/// Notes with identifying data marked "⚠" and underlined (not by colour
/// alone).
fn highlighted(app: &App, data: &Data, notes: &str) -> Vec<Line<'static>> {
    let ctx = data.privacy();
    let marked = app.theme.warn.add_modifier(ratatui::style::Modifier::UNDERLINED);
    notes
        .lines()
        .map(|line| {
            let mut spans = Vec::new();
            let mut at = 0;
            for s in crate::privacy::detect(line, &ctx).iter().filter(|s| !s.kind.is_review()) {
                spans.push(Span::raw(line[at..s.start].to_string()));
                spans.push(Span::styled(format!("⚠{}", &line[s.start..s.end]), marked));
                at = s.end;
            }
            spans.push(Span::raw(line[at..].to_string()));
            Line::from(spans)
        })
        .collect()
}

fn details(app: &App, data: &Data, m: &Meeting, item: &AgendaItem) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for q in &item.questions {
        lines.push(Line::raw(format!("? {q}")));
    }
    for d in &item.decisions {
        let outcome = match d.outcome {
            Some(Outcome::Consensus) => tr!(app, "outcome-consensus"),
            Some(Outcome::Vote { r#for, against, abstain }) => {
                tr!(app, "outcome-vote", yes = r#for, no = against, abstain = abstain)
            }
            None => tr!(app, "outcome-none"),
        };
        lines.push(Line::raw(format!("✔ {} ({outcome})", d.text)));
    }
    for a in &item.actions {
        let who: Vec<&str> = a.assignees.iter().map(|id| data.pseudonym(*id)).collect();
        let group = a.group.map(|g| data.group_name(g).to_string()).unwrap_or_default();
        lines.push(Line::raw(format!("→ {} [{}] {group}", a.title, who.join(", "))));
    }
    for am in &m.amendments {
        lines.push(Line::styled(
            tr!(app, "amendment-line", date = am.date.to_string(), text = am.text.clone()),
            app.theme.warn,
        ));
    }
    lines
}
