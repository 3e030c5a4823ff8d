//! Pop-ups over the screen: help (from the keymap), search, forms,
//! confirmations and the attendance picker.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use ratatui::Frame;

use super::{clip, command_label, marker};
use crate::i18n::{long_date, status_label, Lang};
use crate::tui::app::{App, AttendancePicker, Overlay};
use crate::tui::form::{Form, Input};
use crate::tui::search::{excerpt, Hit, HitKind, Place};
use crate::tui::tr;

/// A rectangle of at most `w`×`h` centred in `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect { x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h }
}

/// Draws the overlay, if any, over `area`.
pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    match &app.overlay {
        None => {}
        Some(Overlay::Help) => help(app, frame, area),
        Some(Overlay::Search { query, hits, selected, index }) => {
            search(app, frame, area, SearchView { query, hits, selected: *selected, total: index.last_total() })
        }
        Some(Overlay::Form(form)) => form_popup(app, frame, area, form),
        Some(Overlay::Confirm { message, .. }) => confirm(app, frame, area, message),
        Some(Overlay::Attendance(p)) => attendance(app, frame, area, p),
        Some(Overlay::Notice { title, lines }) => notice(app, frame, area, title, lines),
        Some(Overlay::Review(review)) => super::review::render(app, frame, area, review),
    }
}

/// Clears `area` and frames it with `title`; returns the inside.
pub fn popup(app: &App, frame: &mut Frame, area: Rect, title: String) -> Rect {
    frame.render_widget(Clear, area);
    let block = Block::default().borders(Borders::ALL).title(title).style(app.theme.base);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}

fn help(app: &App, frame: &mut Frame, area: Rect) {
    let english = app.lang == Lang::En;
    let bindings = app.keymap.bindings(app.screen_mode());
    // Two columns when one would not fit the height.
    let columns = if bindings.len() as u16 + 2 > area.height { 2 } else { 1 };
    let rows = bindings.len().div_ceil(columns);
    let area = centered(area, 36 * columns as u16 + 2, rows as u16 + 2);
    let inner = popup(app, frame, area, tr!(app, "help-title"));
    let parts = Layout::horizontal(vec![Constraint::Ratio(1, columns as u32); columns]).split(inner);
    for (part, chunk) in parts.iter().zip(bindings.chunks(rows.max(1))) {
        let lines: Vec<Line> = chunk
            .iter()
            .map(|(key, command)| {
                Line::from(vec![
                    Span::styled(format!("{:>9}  ", key.label(english)), app.theme.key),
                    Span::raw(command_label(app, *command)),
                ])
            })
            .collect();
        frame.render_widget(Paragraph::new(lines), *part);
    }
}

/// What the search overlay draws.
struct SearchView<'a> {
    query: &'a ratatui_textarea::TextArea<'static>,
    hits: &'a [Hit],
    selected: usize,
    /// Matches in all, shown or not.
    total: usize,
}

/// The search box and its results, two lines each: what and where, then
/// the excerpt with the matched words in brackets, bold and underlined
/// (not by colour alone, so it reads in every theme and to a screen reader).
fn search(app: &App, frame: &mut Frame, area: Rect, view: SearchView) {
    let SearchView { query, hits, selected, total } = view;
    let area = centered(area, area.width.saturating_sub(4).max(20), area.height.saturating_sub(2).max(5));
    let title = if query.is_empty() {
        tr!(app, "search-title")
    } else {
        tr!(
            app,
            "search-title-count",
            title = tr!(app, "search-title"),
            count = tr!(app, "search-count", count = total)
        )
    };
    let inner = popup(app, frame, area, title);
    let [field, list] = Layout::vertical([Constraint::Length(3), Constraint::Min(1)]).areas(inner);
    let mut q = query.clone();
    q.set_block(Block::default().borders(Borders::ALL).title(tr!(app, "search-query")));
    frame.render_widget(&q, field);
    let width = list.width.saturating_sub(2) as usize;
    let lines: Vec<Line> = if hits.is_empty() && !query.is_empty() {
        vec![Line::styled(tr!(app, "search-nothing"), app.theme.dim)]
    } else {
        // Two lines a result; scrolled so that the selected one shows.
        let visible = (list.height as usize / 2).max(1);
        let first = selected.saturating_sub(visible - 1);
        hits.iter()
            .enumerate()
            .skip(first)
            .take(visible)
            .flat_map(|(i, h)| {
                let lines = [hit_heading(app, h, i == selected, width), hit_excerpt(app, h, width)];
                lines.map(|l| if i == selected { l.style(app.theme.selected) } else { l })
            })
            .collect()
    };
    frame.render_widget(Paragraph::new(lines), list);
}

/// "▶ Tâche — groupe Communication · en cours".
fn hit_heading(app: &App, hit: &Hit, selected: bool, width: usize) -> Line<'static> {
    let kind = hit_kind(app, hit.kind);
    let place = clip(&hit_place(app, &hit.place), width.saturating_sub(kind.chars().count() + 5));
    Line::from(vec![
        Span::raw(marker(selected)),
        Span::styled(kind, app.theme.title),
        Span::raw(" — "),
        Span::raw(place),
    ])
}

/// The excerpt under the heading, indented, matched words marked.
fn hit_excerpt(app: &App, hit: &Hit, width: usize) -> Line<'static> {
    let mark = app.theme.base.add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
    let mut spans = vec![Span::raw("    ")];
    for piece in excerpt(&hit.text, &hit.marks, width.saturating_sub(4)) {
        if piece.marked {
            spans.push(Span::styled(format!("[{}]", piece.text), mark));
        } else {
            spans.push(Span::raw(piece.text));
        }
    }
    Line::from(spans)
}

/// What a result is, in the interface's language.
fn hit_kind(app: &App, kind: HitKind) -> String {
    match kind {
        HitKind::Meeting => tr!(app, "search-kind-meeting"),
        HitKind::Item => tr!(app, "search-kind-item"),
        HitKind::Note => tr!(app, "search-kind-note"),
        HitKind::Question => tr!(app, "search-kind-question"),
        HitKind::Decision => tr!(app, "search-kind-decision"),
        HitKind::Action => tr!(app, "search-kind-action"),
        HitKind::Task => tr!(app, "search-kind-task"),
        HitKind::Contribution => tr!(app, "search-kind-contribution"),
        HitKind::Member => tr!(app, "search-kind-member"),
    }
}

/// Where a result is: meeting and item, group and status, date and themes.
fn hit_place(app: &App, place: &Place) -> String {
    match place {
        Place::Minutes { date, meeting, item: None } => {
            tr!(app, "search-place-meeting", meeting = meeting.as_str(), date = long_date(*date, app.lang))
        }
        Place::Minutes { date, meeting, item: Some(item) } => tr!(
            app,
            "search-place-item",
            meeting = meeting.as_str(),
            date = long_date(*date, app.lang),
            item = item.as_str()
        ),
        Place::Task { group, status } => {
            tr!(app, "search-place-task", group = group.as_str(), status = status_label(&app.loader, *status))
        }
        Place::Contribution { date, themes } if themes.is_empty() => {
            tr!(app, "search-place-contribution", date = long_date(*date, app.lang))
        }
        Place::Contribution { date, themes } => {
            tr!(app, "search-place-contribution-themes", date = long_date(*date, app.lang), themes = themes.join(", "))
        }
        Place::Member { active: true } => tr!(app, "state-active"),
        Place::Member { active: false } => tr!(app, "state-inactive"),
    }
}

fn form_popup(app: &App, frame: &mut Frame, area: Rect, form: &Form) {
    let heights: Vec<u16> = form
        .fields
        .iter()
        .map(|f| match &f.input {
            Input::Text { multiline: true, .. } => 6,
            _ => 3,
        })
        .collect();
    let total: u16 = heights.iter().sum::<u16>() + 4;
    let area = centered(area, 72, total);
    let inner = popup(app, frame, area, form.title.clone());
    let mut constraints: Vec<Constraint> = heights.iter().map(|h| Constraint::Length(*h)).collect();
    constraints.push(Constraint::Min(1));
    let rows = Layout::vertical(constraints).split(inner);
    for (i, field) in form.fields.iter().enumerate() {
        let focused = i == form.focus;
        let title = format!("{}{}", marker(focused), field.label);
        let block = Block::default().borders(Borders::ALL).title(title).border_style(if focused {
            app.theme.title
        } else {
            app.theme.dim
        });
        match &field.input {
            Input::Text { area: text, .. } => {
                let mut t = text.as_ref().clone();
                let inner = block.inner(rows[i]);
                t.set_block(block);
                t.set_cursor_line_style(ratatui::style::Style::default());
                if !focused {
                    t.set_cursor_style(app.theme.base);
                }
                frame.render_widget(&t, rows[i]);
                // Identifying data is underlined as it is typed here too.
                if let Some(data) = &app.data {
                    let ctx = data.privacy();
                    let mut spans = crate::privacy::LineCache::default();
                    spans.update(t.lines(), &ctx);
                    super::underline_spans(app, &t, &spans, inner, frame.buffer_mut());
                }
            }
            Input::Choice { options, selected } => {
                let label = options.get(*selected).map(|c| c.label.clone()).unwrap_or_default();
                frame.render_widget(Paragraph::new(format!("◀ {label} ▶")).block(block), rows[i]);
            }
            Input::Multi { options, checked, cursor } => {
                let spans: Vec<Span> = options
                    .iter()
                    .zip(checked)
                    .enumerate()
                    .map(|(j, (o, c))| {
                        let text = format!("[{}] {}  ", if *c { "x" } else { " " }, o.label);
                        if focused && j == *cursor {
                            Span::styled(text, app.theme.selected)
                        } else {
                            Span::raw(text)
                        }
                    })
                    .collect();
                frame.render_widget(Paragraph::new(Line::from(spans)).wrap(Wrap { trim: true }).block(block), rows[i]);
            }
        }
    }
    let footer = match (&form.error, focused_alert(app, form)) {
        (Some(e), _) => Line::styled(format!("⚠ {e}"), app.theme.error),
        (None, Some(alert)) => Line::styled(alert, app.theme.warn),
        (None, None) => Line::styled(tr!(app, "form-help"), app.theme.dim),
    };
    if let Some(last) = rows.last() {
        frame.render_widget(Paragraph::new(footer).wrap(Wrap { trim: true }), *last);
    }
}

/// What the detectors find in the focused text field, as typed.
fn focused_alert(app: &App, form: &Form) -> Option<String> {
    let data = app.data.as_ref()?;
    let field = form.fields.get(form.focus)?;
    if !matches!(field.input, Input::Text { .. }) {
        return None;
    }
    let text = field.value();
    let ctx = data.privacy();
    let mut kinds: Vec<String> = Vec::new();
    let spans: Vec<_> = crate::privacy::detect(&text, &ctx).into_iter().filter(|s| !s.kind.is_review()).collect();
    for s in &spans {
        let label = crate::i18n::field_label(&app.loader, s.kind.name());
        if !kinds.contains(&label) {
            kinds.push(label);
        }
    }
    (!spans.is_empty()).then(|| tr!(app, "notes-warnings", count = spans.len(), kinds = kinds.join(", ")))
}

fn notice(app: &App, frame: &mut Frame, area: Rect, title: &str, lines: &[String]) {
    let area = centered(area, 76, lines.len() as u16 * 2 + 4);
    let inner = popup(app, frame, area, title.to_string());
    let mut text: Vec<Line> = lines.iter().map(|l| Line::raw(l.clone())).collect();
    text.push(Line::raw(""));
    text.push(Line::styled(tr!(app, "notice-keys"), app.theme.key));
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: false }), inner);
}

/// A gauge drawn over the screen while a long archive job runs.
pub fn progress(app: &App, frame: &mut Frame, fraction: f64, phase: &str) {
    let area = centered(frame.area(), 50, 5);
    let inner = popup(app, frame, area, app.loader.get(phase));
    let gauge = ratatui::widgets::Gauge::default()
        .gauge_style(app.theme.selected)
        .ratio(fraction.clamp(0.0, 1.0))
        .label(format!("{:.0} %", fraction * 100.0));
    frame.render_widget(gauge, inner);
}

fn confirm(app: &App, frame: &mut Frame, area: Rect, message: &str) {
    let area = centered(area, 60, 7);
    let inner = popup(app, frame, area, tr!(app, "confirm-title"));
    let lines =
        vec![Line::raw(message.to_string()), Line::raw(""), Line::styled(tr!(app, "confirm-keys"), app.theme.key)];
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
}

fn attendance(app: &App, frame: &mut Frame, area: Rect, p: &AttendancePicker) {
    let Some(data) = &app.data else { return };
    let area = centered(area, 44, p.members.len() as u16 + 5);
    let inner = popup(app, frame, area, tr!(app, "attendance-title"));
    let mut lines: Vec<Line> = p
        .members
        .iter()
        .enumerate()
        .map(|(i, (id, present))| {
            let text =
                format!("{}[{}] {}", marker(i == p.cursor), if *present { "x" } else { " " }, data.pseudonym(*id));
            if i == p.cursor {
                Line::styled(text, app.theme.selected)
            } else {
                Line::raw(text)
            }
        })
        .collect();
    lines.push(Line::raw(tr!(app, "attendance-guests", guests = p.guests)));
    frame.render_widget(Paragraph::new(lines), inner);
}
