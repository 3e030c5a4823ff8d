//! Pop-ups over the screen: help (from the keymap), search, forms,
//! confirmations and the attendance picker.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use ratatui::Frame;

use super::{clip, marker};
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
        Some(Overlay::Help(top)) => help(app, frame, area, *top),
        Some(Overlay::Gaps { gaps, selected, .. }) => gaps_popup(app, frame, area, gaps, *selected),
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

/// Every key of the screen under the help, one per row, scrolled from
/// `top` (↑↓ PgUp PgDn), with a sign when more are below or above.
fn help(app: &App, frame: &mut Frame, area: Rect, top: u16) {
    let english = app.lang == Lang::En;
    let mode = app.screen_mode();
    let bindings: Vec<_> =
        app.keymap.bindings(mode).into_iter().filter(|(_, c)| crate::tui::hints::applies(app, *c)).collect();
    let area = centered(area, 52, bindings.len() as u16 + 4);
    let inner = popup(app, frame, area, tr!(app, "help-title"));
    let room = inner.height.saturating_sub(1) as usize;
    let first = (top as usize).min(bindings.len().saturating_sub(room));
    let mut lines: Vec<Line> = bindings
        .iter()
        .skip(first)
        .take(room)
        .map(|(key, command)| {
            Line::from(vec![
                Span::styled(format!("{:>10}  ", key.label(english)), app.theme.key),
                Span::raw(crate::tui::hints::label(app, mode, *command)),
            ])
        })
        .collect();
    let below = bindings.len().saturating_sub(first + room);
    let sign = match (first > 0, below > 0) {
        (_, true) => tr!(app, "help-more-below", n = below),
        (true, false) => tr!(app, "help-top"),
        (false, false) => tr!(app, "help-close"),
    };
    lines.push(Line::styled(sign, app.theme.dim));
    frame.render_widget(Paragraph::new(lines), inner);
}

fn gaps_popup(app: &App, frame: &mut Frame, area: Rect, gaps: &[crate::domain::AdoptionGap], selected: usize) {
    let area = centered(area, 72, gaps.len() as u16 * 2 + 5);
    let inner = popup(app, frame, area, tr!(app, "gaps-title"));
    let width = inner.width.saturating_sub(2) as usize;
    let mut lines: Vec<Line> = Vec::new();
    for (i, gap) in gaps.iter().enumerate() {
        let text = crate::i18n::gap_label(&app.loader, gap);
        let style = if i == selected { app.theme.selected } else { app.theme.base };
        for (j, row) in super::wrap(&text, width).into_iter().enumerate() {
            let lead = if j == 0 { marker(i == selected) } else { "  " };
            lines.push(Line::styled(format!("{lead}{row}"), style));
        }
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(tr!(app, "gaps-help"), app.theme.dim));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
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

/// Rows a field takes: its label, then its input (a long text gets four).
fn field_height(field: &crate::tui::form::Field) -> u16 {
    match &field.input {
        Input::Text { multiline: true, .. } => 5,
        // Every option shown: boxes wrap onto as many rows as they need.
        Input::Multi { options, .. } => 1 + multi_rows(options.iter().map(|o| o.label.chars().count() + 6), 70),
        _ => 2,
    }
}

/// Rows taken by items of these widths laid out left to right in `width`
/// columns, an item never split.
fn multi_rows(widths: impl Iterator<Item = usize>, width: usize) -> u16 {
    let mut rows = 1u16;
    let mut used = 0;
    for w in widths {
        if used > 0 && used + w > width {
            rows += 1;
            used = 0;
        }
        used += w;
    }
    rows.min(6)
}

/// A form: each field a label row and an input row (no boxes, so that a
/// six-field form fits 80×24), scrolled to keep the focused field in
/// view, with the reason of a refusal under its field.
fn form_popup(app: &App, frame: &mut Frame, area: Rect, form: &Form) {
    let error_rows = u16::from(form.error.is_some()) * 2;
    let total: u16 = form.fields.iter().map(field_height).sum::<u16>() + 3 + error_rows;
    let area = centered(area, 76, total + 2);
    let inner = popup(app, frame, area, form.title.clone());
    if inner.height < 3 || inner.width < 16 {
        frame.render_widget(Paragraph::new(tr!(app, "too-small-form")).wrap(Wrap { trim: true }), inner);
        return;
    }
    let [fields_area, footer] = Layout::vertical([Constraint::Min(1), Constraint::Length(2)]).areas(inner);
    // The fields shown: from `first`, as many as fit, the focused one in.
    let heights: Vec<u16> = form
        .fields
        .iter()
        .map(|f| field_height(f) + if form.error.as_ref().is_some_and(|e| e.field == Some(f.id)) { 1 } else { 0 })
        .collect();
    let room = fields_area.height;
    let mut first = 0;
    while first < form.focus && heights[first..=form.focus].iter().sum::<u16>() > room.saturating_sub(1) {
        first += 1;
    }
    let mut y = fields_area.y;
    if first > 0 {
        frame.render_widget(
            Paragraph::new(Line::styled(tr!(app, "form-more-fields-above"), app.theme.dim)),
            Rect { y, height: 1, ..fields_area },
        );
        y += 1;
    }
    let bottom = fields_area.y + fields_area.height;
    for (i, &h) in heights.iter().enumerate().skip(first) {
        if y + h > bottom {
            frame.render_widget(
                Paragraph::new(Line::styled(tr!(app, "form-more-fields"), app.theme.dim)),
                Rect { y: bottom.saturating_sub(1), height: 1, ..fields_area },
            );
            break;
        }
        let rect = Rect { y, height: h, ..fields_area };
        draw_field(app, frame, rect, form, i);
        y += h;
    }
    let footer_line = match (form.error.as_ref().filter(|e| e.field.is_none()), focused_alert(app, form)) {
        (Some(e), _) => Line::styled(format!("⚠ {}", e.reason), app.theme.error),
        (None, Some(alert)) => Line::styled(alert, app.theme.warn),
        (None, None) if form.focused_field().is_some_and(|f| f.is_multiline()) => {
            Line::styled(tr!(app, "form-multiline-hint"), app.theme.dim)
        }
        (None, None) => Line::styled(tr!(app, "form-help"), app.theme.dim),
    };
    frame.render_widget(Paragraph::new(footer_line).wrap(Wrap { trim: true }), footer);
}

/// One field: its label (marked when focused, "⚠" when refused), its
/// input, and the reason of a refusal under it.
fn draw_field(app: &App, frame: &mut Frame, rect: Rect, form: &Form, i: usize) {
    let Some(field) = form.fields.get(i) else { return };
    let focused = i == form.focus;
    let refused = form.error.as_ref().filter(|e| e.field == Some(field.id));
    let warn = if refused.is_some() { "⚠ " } else { "" };
    let label_style = if focused { app.theme.title } else { app.theme.dim };
    let [label, input, reason] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(field_height(field) - 1),
        Constraint::Length(u16::from(refused.is_some())),
    ])
    .areas(rect);
    frame.render_widget(
        Paragraph::new(Line::styled(format!("{}{warn}{}", marker(focused), field.label), label_style)),
        label,
    );
    let input = Rect { x: input.x + 2, width: input.width.saturating_sub(2), ..input };
    match &field.input {
        Input::Text { area: text, spans, .. } => {
            let mut t = text.as_ref().clone();
            t.set_cursor_line_style(ratatui::style::Style::default());
            t.set_selection_style(app.theme.selected);
            t.set_style(app.theme.key);
            if !focused {
                t.set_cursor_style(app.theme.base);
            }
            frame.render_widget(&t, input);
            // Identifying data is underlined as it is typed here too.
            super::underline_spans(app, &t, spans, input, frame.buffer_mut());
        }
        Input::Choice { options, selected } => {
            let label = options.get(*selected).map(|c| c.label.clone()).unwrap_or_default();
            frame.render_widget(Paragraph::new(format!("◀ {label} ▶")).style(app.theme.key), input);
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
            // One line per row of boxes, so that a box is never split.
            let mut rows: Vec<Line> = vec![Line::default()];
            let mut used = 0;
            for span in spans {
                let w = span.content.chars().count();
                if used > 0 && used + w > usize::from(input.width) {
                    rows.push(Line::default());
                    used = 0;
                }
                used += w;
                if let Some(row) = rows.last_mut() {
                    row.spans.push(span);
                }
            }
            frame.render_widget(Paragraph::new(rows), input);
        }
    }
    if let Some(e) = refused {
        frame.render_widget(Paragraph::new(Line::styled(format!("  ⚠ {}", e.reason), app.theme.error)), reason);
    }
}

/// What the detectors found in the focused text field, as typed (from the
/// field's cache, not detected again per frame).
fn focused_alert(app: &App, form: &Form) -> Option<String> {
    let Input::Text { spans, .. } = &form.focused_field()?.input else { return None };
    let mut kinds: Vec<String> = Vec::new();
    let mut count = 0;
    for (_, s) in spans.all().filter(|(_, s)| !s.kind.is_review()) {
        count += 1;
        let label = crate::i18n::field_label(&app.loader, s.kind.name());
        if !kinds.contains(&label) {
            kinds.push(label);
        }
    }
    (count > 0).then(|| tr!(app, "notes-warnings", count = count, kinds = kinds.join(", ")))
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
    let rows = super::wrap(message, 56).len() as u16;
    let area = centered(area, 60, rows + 4);
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
